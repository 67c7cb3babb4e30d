/*
 * trade-filter - keep the rows that match
 *
 * usage: trade-filter [options] [file...]
 *
 * Reads any supported format, or any table a tradestat program writes
 * (docs/tables.md).  Trade rows come out as canonical rows; every other
 * table (a roll-up, shares, a trend, a mirror...) comes out with its own
 * columns, every one passed through unchanged, filtered by the key
 * columns it has.  Every condition given must hold; a list (comma
 * separated) matches any of its members.  Countries may be given as ISO3
 * codes, numeric codes or names.  A query that leaves no row says why.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "tablefilter.h"
#include "util.h"

/* the four countries first, in the order of their conditions (TF_) */
enum {
	OPT_REPORTER = OPT_FIRST_PROGRAM, OPT_PARTNER, OPT_EXPORTER,
	OPT_IMPORTER, OPT_FLOW, OPT_PERIOD, OPT_PRODUCT, OPT_PRODUCTS,
	OPT_TIER, OPT_HS_TABLE, OPT_EXCL_AGG
};

static const char usage[] =
    "usage: trade-filter [options] [file...]\n"
    "Keep the rows that match every condition given. No file, or -,\n"
    "reads standard input. Trade rows, or any table of docs/tables.md\n"
    "with its columns unchanged.\n"
    "\n"
    "      --reporter LIST   reporters (ISO3 codes, comma separated)\n"
    "      --partner LIST    partners\n"
    "      --exporter LIST   exporters (of a mirror table)\n"
    "      --importer LIST   importers (of a mirror table)\n"
    "      --flow LIST       flows: M, X, RM, RX\n"
    "      --period RANGE    a period or a range: 2023, 2021..2023,\n"
    "                        2022-03..2023-12\n"
    "      --product LIST    HS codes or prefixes: 8542,8541\n"
    "      --products FILE   a product list (such as data/lists/chpl.csv);\n"
    "                        with --product, a row must be in both\n"
    "      --tier LIST       only these tiers of a tiered list: 1,2,3.A\n"
    "      --hs-table FILE   translate the product codes to the other HS\n"
    "                        edition of a UNSD correlation table\n"
    "      --exclude-aggregates  drop rows whose reporter or partner is the\n"
    "                        world or a group (EU27, ...)\n";

#define MAXLITS 8	/* product codes searched for in the raw lines */

/* On the reader's threads: a block's rows (the reader has checked the
 * product). */
static int
filter_row(void *arg, const struct trade_row *row, struct csvw *w)
{
	if (tablefilter_row(arg, row))
		trade_write_row(w, row);
	return 0;
}

/* Every row of a table of kind (not trade rows) that passes k, to the
 * output; the number kept, and *nread those read. */
static uint64_t
table_filter(struct cli *c, const struct tablefilter *k, enum tablekind kind,
    char **files, int nfiles, uint64_t *nread)
{
	struct tablefilter_table *t;
	char err[1024];
	uint64_t kept = 0;
	int st;

	if ((t = tablefilter_open(k, kind, files, nfiles, c->topts.delim,
	    c->topts.enc, c->topts.unknown_keep, err, sizeof(err))) == NULL)
		cli_fail(c, "%s", err);
	/* the header stays c->header until the end */
	c->header = xstrdup(tablefilter_header(t));
	while ((st = tablefilter_next(t)) == 1) {
		cli_open_once(c);
		tablefilter_write(t, &c->w);
		kept++;
	}
	if (st < 0)
		cli_fail(c, "%s", tablefilter_error(t));
	cli_open_once(c);
	*nread = tablefilter_nread(t);
	tablefilter_close(t);
	return kept;
}

/* The blocks of the threads to the output, counted. */
struct blocks {
	struct cli	*c;
	uint64_t	 bytes;
};

static void
write_block(void *arg, const char *buf, size_t len)
{
	struct blocks *b = arg;

	b->bytes += len;
	cli_write_block(b->c, buf, len);
}

/* Codes of another HS edition in the table's: its notes to stderr. */
/* Whether the first input begins with the line of a step that failed
 * before it wrote any row: its reader then says so, and the options
 * meant for the table it did not write are not the error. */
static int
begins_failed(const struct tablefilter_feed *feed, char **files,
    int nfiles)
{
	char line[sizeof(CSVR_MARKER)];
	FILE *fp;
	int failed;

	if (nfiles == 0 || strcmp(files[0], "-") == 0)
		return strncmp(feed->line, CSVR_MARKER,
		    strlen(CSVR_MARKER)) == 0;
	if ((fp = fopen(files[0], "r")) == NULL)
		return 0;
	failed = fgets(line, sizeof(line), fp) != NULL &&
	    strcmp(line, CSVR_MARKER) == 0;
	fclose(fp);
	return failed;
}

static void
translate(struct cli *c, struct prodlist *pl, const char *table)
{
	struct prodlist_notes notes = { 0 };
	char err[512];
	size_t j;

	if (prodlist_translate(pl, table, &notes, err, sizeof(err)) < 0)
		cli_fail(c, "%s", err);
	for (j = 0; j < notes.n; j++)
		util_warn("%s", notes.line[j]);
	prodlist_notes_free(&notes);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "reporter", required_argument, NULL, OPT_REPORTER },
		{ "partner", required_argument, NULL, OPT_PARTNER },
		{ "exporter", required_argument, NULL, OPT_EXPORTER },
		{ "importer", required_argument, NULL, OPT_IMPORTER },
		{ "flow", required_argument, NULL, OPT_FLOW },
		{ "period", required_argument, NULL, OPT_PERIOD },
		{ "product", required_argument, NULL, OPT_PRODUCT },
		{ "products", required_argument, NULL, OPT_PRODUCTS },
		{ "tier", required_argument, NULL, OPT_TIER },
		{ "hs-table", required_argument, NULL, OPT_HS_TABLE },
		{ "exclude-aggregates", no_argument, NULL, OPT_EXCL_AGG },
		{ NULL, 0, NULL, 0 }
	};
	static const char *const ctry[] = { "--reporter", "--partner",
	    "--exporter", "--importer" };
	struct cli c;
	struct tablefilter k;
	struct tablefilter_why why;
	/* static: the thread that gives standard input back may outlive
	 * main()'s frame by a little, at exit */
	static struct tablefilter_feed feed = { "", 0, -1, -1 };
	struct blocks blk = { &c, 0 };
	struct trade_reader *r;
	struct trade_row row;
	const char *products = NULL, *tiers = NULL, *table = NULL;
	const char *lits[MAXLITS];
	char err[1024];
	int opt, st, i, stdin_in, stdin_file;
	enum tablekind kind = TK_NONE;
	uint64_t n = 0, kept = 0;

	tablefilter_init(&k);
	memset(&why, 0, sizeof(why));
	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_REPORTER:
		case OPT_PARTNER:
		case OPT_EXPORTER:
		case OPT_IMPORTER:
			i = opt - OPT_REPORTER;		/* TF_REPORTER... */
			if (tablefilter_set_countries(&k, i, optarg, err,
			    sizeof(err)) < 0)
				cli_bad_arg(usage, ctry[i], err,
				    "unknown country code");
			continue;
		case OPT_FLOW:
			if (tablefilter_set_flows(&k, optarg) < 0)
				cli_bad_arg(usage, "--flow", optarg,
				    "want M, X, RM or RX");
			continue;
		case OPT_PERIOD:
			if (tablefilter_set_period(&k, optarg) < 0)
				cli_bad_arg(usage, "--period", optarg, "want a "
				    "period or a range: 2023, 2021..2023, "
				    "2022-03..2023-12");
			continue;
		case OPT_PRODUCT:
			if (prodlist_add_codes(&k.codes, optarg, err,
			    sizeof(err)) < 0)
				cli_bad_arg(usage, "--product", optarg, err);
			k.by_codes = 1;
			continue;
		case OPT_PRODUCTS:
			products = optarg;
			k.by_file = 1;
			continue;
		case OPT_TIER:
			tiers = optarg;
			continue;
		case OPT_HS_TABLE:
			table = optarg;
			continue;
		case OPT_EXCL_AGG:
			k.excl = 1;
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		cli_print_usage(&c, stderr);
		return 2;
	}
	if ((tiers || table) && products == NULL && !k.by_codes)
		cli_bad_arg(usage, tiers ? "--tier" : "--hs-table", tiers ?
		    tiers : table, "needs --products or --product");
	if (tiers && products == NULL)
		cli_bad_arg(usage, "--tier", tiers, "needs --products FILE");
	if (products && prodlist_load(&k.file, products, tiers, err,
	    sizeof(err)) < 0)
		cli_fail(&c, "%s", err);
	if (table && k.by_codes)
		translate(&c, &k.codes, table);
	if (table && k.by_file)
		translate(&c, &k.file, table);

	stdin_in = optind == argc;
	for (i = optind; i < argc; i++)
		if (strcmp(argv[i], "-") == 0)
			stdin_in = 1;
	/* standard input that is a regular file is read as a file is */
	if ((stdin_file = trade_stdin_file(argv + optind, argc - optind)))
		stdin_in = 0;
	if (c.topts.format == FMT_AUTO && tablefilter_kind(argv + optind,
	    argc - optind, &feed, &kind, err, sizeof(err)) < 0)
		cli_fail(&c, "%s", err);
	if (kind != TK_NONE && kind != TK_TRADE) {
		k.why = &why;
		kept = table_filter(&c, &k, kind, argv + optind, argc - optind,
		    &n);
		goto done;
	}

	if ((k.cl[TF_EXPORTER].n || k.cl[TF_IMPORTER].n) &&
	    !begins_failed(&feed, argv + optind, argc - optind))
		cli_fail(&c, "%s: trade rows have reporter and partner, not "
		    "exporter and importer (those of trade-mirror's tables): "
		    "--reporter with --flow X or M", k.cl[TF_EXPORTER].n ?
		    "--exporter" : "--importer");
	/* trade rows: the reader skips those of other products unread,
	 * unless they are read once only (standard input but a regular
	 * file), when every row is counted for the message of an empty
	 * answer; lines with none of a few codes are not even split */
	if ((k.by_codes || k.by_file) && !stdin_in) {
		c.topts.keep_product = tablefilter_keep_product;
		c.topts.keep_arg = &k;
		c.topts.line_literals = lits;
		c.topts.nline_literals = tablefilter_literals(&k, lits,
		    MAXLITS);
	}
	if (stdin_in)
		k.why = &why;
	/* the blocks of a large file on several threads, the rest (or all)
	 * here */
	r = trade_parallel_ordered(&c.topts, argv + optind, argc - optind,
	    stdin_in ? 1 : trade_threads(&c.topts), c.excel, filter_row, &k,
	    write_block, &blk, cli_progress_blocks, &c);
	while ((st = trade_next(r, &row)) == 1) {
		cli_progress(&c, r, ++n);
		if (!tablefilter_row(&k, &row))
			continue;
		cli_open_once(&c);
		trade_write_row(&c.w, &row);
		kept++;
	}
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	cli_open_once(&c);
	cli_report(&c, r);
	trade_close(r);
	/* nothing written (no block, no row): read the files again, every
	 * row, to say why */
	if (kept == 0 && blk.bytes == 0 && !stdin_in) {
		if (stdin_file)
			(void)lseek(0, 0, SEEK_SET);
		k.why = &why;
		n = tablefilter_count(&k, &c.topts, argv + optind,
		    argc - optind);
	}
done:
	if (kept == 0 && blk.bytes == 0 && k.why && n > 0) {
		if (!tablefilter_explain(&k, n, err, sizeof(err)))
			cli_fail(&c, "%s", err);
		if (!c.quiet)
			util_warn("%s", err);
	}
	tablefilter_release(&k);
	st = cli_finish(&c);
	free((char *)c.header);
	return st;
}
