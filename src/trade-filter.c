/*
 * trade-filter - keep the trade rows that match
 *
 * usage: trade-filter [options] [file...]
 *
 * Reads any supported format, writes canonical rows.  Every condition
 * given must hold; a list (comma separated) matches any of its members.
 * Countries may be given as ISO3 codes, numeric codes or names.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "codes.h"
#include "period.h"
#include "prodlist.h"
#include "util.h"

enum {
	OPT_REPORTER = OPT_FIRST_PROGRAM, OPT_PARTNER, OPT_FLOW, OPT_PERIOD,
	OPT_PRODUCT, OPT_PRODUCTS, OPT_TIER, OPT_HS_TABLE, OPT_EXCL_AGG
};

static const char usage[] =
    "usage: trade-filter [options] [file...]\n"
    "Keep the trade rows that match every condition given. No file, or -,\n"
    "reads standard input.\n"
    "\n"
    "      --reporter LIST   reporters (ISO3 codes, comma separated)\n"
    "      --partner LIST    partners\n"
    "      --flow LIST       flows: M, X, RM, RX\n"
    "      --period RANGE    a period or a range: 2023, 2021..2023,\n"
    "                        2022-03..2023-12\n"
    "      --product LIST    HS codes or prefixes: 8542,8541\n"
    "      --products FILE   a product list (such as data/lists/chpl.csv)\n"
    "      --tier LIST       only these tiers of a tiered list: 1,2,3.A\n"
    "      --hs-table FILE   translate the product codes to the other HS\n"
    "                        edition of a UNSD correlation table\n"
    "      --exclude-aggregates  drop rows whose reporter or partner is the\n"
    "                        world or a group (EU27, ...)\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

struct clist {
	char	(*code)[CODE_MAX];
	size_t	  n;
};

static void
countries(struct clist *l, const char *opt, const char *s)
{
	while (*s) {
		size_t n = strcspn(s, ",");
		const struct country *c = codes_lookup(s, n);

		if (c == NULL)
			cli_bad_arg(usage, opt, util_excerpt(s, n),
			    "unknown country code");
		l->code = xrealloc(l->code, (l->n + 1) * sizeof(*l->code));
		snprintf(l->code[l->n++], CODE_MAX, "%s", c->code);
		s += n;
		if (*s == ',')
			s++;
	}
}

static int
in_clist(const struct clist *l, const char *code)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->code[i], code) == 0)
			return 1;
	return 0;
}

#define MAXLITS 8	/* product codes searched for in the raw lines */

/* The conditions on a row (the product's is the reader's). */
struct cond {
	struct clist		rep, par;
	unsigned		flows;
	int			by_period, excl;
	struct period_range	pr;
};

static int
wanted(const struct cond *k, const struct trade_row *row)
{
	if (k->rep.n && !in_clist(&k->rep, row->reporter))
		return 0;
	if (k->par.n && !in_clist(&k->par, row->partner))
		return 0;
	if (k->flows && !(k->flows & (1u << row->flow)))
		return 0;
	if (k->by_period && !period_in_range(row->period, &k->pr))
		return 0;
	if (k->excl && (codes_is_aggregate(row->reporter) ||
	    codes_is_aggregate(row->partner)))
		return 0;
	return 1;
}

/* On the reader's threads: a block's rows. */
static int
filter_row(void *arg, const struct trade_row *row, struct csvw *w)
{
	if (wanted(arg, row))
		trade_write_row(w, row);
	return 0;
}

static int
keep_product(const char *product, void *arg)
{
	return prodlist_match(arg, product);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "reporter", required_argument, NULL, OPT_REPORTER },
		{ "partner", required_argument, NULL, OPT_PARTNER },
		{ "flow", required_argument, NULL, OPT_FLOW },
		{ "period", required_argument, NULL, OPT_PERIOD },
		{ "product", required_argument, NULL, OPT_PRODUCT },
		{ "products", required_argument, NULL, OPT_PRODUCTS },
		{ "tier", required_argument, NULL, OPT_TIER },
		{ "hs-table", required_argument, NULL, OPT_HS_TABLE },
		{ "exclude-aggregates", no_argument, NULL, OPT_EXCL_AGG },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct cond k = { { NULL, 0 }, { NULL, 0 }, 0, 0, 0, { 0, 999999 } };
	struct prodlist pl = { 0 };
	struct trade_reader *r;
	struct trade_row row;
	const char *products = NULL, *tiers = NULL, *table = NULL;
	const char *lits[MAXLITS];
	char err[1024];
	int opt, st, by_product = 0;
	uint64_t n = 0;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_REPORTER:
			countries(&k.rep, "--reporter", optarg);
			continue;
		case OPT_PARTNER:
			countries(&k.par, "--partner", optarg);
			continue;
		case OPT_FLOW: {
			const char *s = optarg;

			while (*s) {
				size_t len = strcspn(s, ",");
				enum flow f = flow_parse(s, len);

				if (f == FLOW_NONE)
					cli_bad_arg(usage, "--flow", optarg,
					    "want M, X, RM or RX");
				k.flows |= 1u << f;
				s += len;
				if (*s == ',')
					s++;
			}
			continue;
		}
		case OPT_PERIOD:
			if (period_range_parse(optarg, &k.pr) < 0)
				cli_bad_arg(usage, "--period", optarg, "want a "
				    "period or a range: 2023, 2021..2023, "
				    "2022-03..2023-12");
			k.by_period = 1;
			continue;
		case OPT_PRODUCT:
			if (prodlist_add_codes(&pl, optarg, err,
			    sizeof(err)) < 0)
				cli_bad_arg(usage, "--product", optarg, err);
			by_product = 1;
			continue;
		case OPT_PRODUCTS:
			products = optarg;
			by_product = 1;
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
		print_usage(stderr);
		return 2;
	}
	if ((tiers || table) && products == NULL && !by_product)
		cli_bad_arg(usage, tiers ? "--tier" : "--hs-table", tiers ?
		    tiers : table, "needs --products or --product");
	if (tiers && products == NULL)
		cli_bad_arg(usage, "--tier", tiers, "needs --products FILE");
	if (products && prodlist_load(&pl, products, tiers, err,
	    sizeof(err)) < 0)
		cli_fail(&c, "%s", err);
	if (table) {
		struct prodlist_notes notes = { 0 };
		size_t j;

		if (prodlist_translate(&pl, table, &notes, err,
		    sizeof(err)) < 0)
			cli_fail(&c, "%s", err);
		for (j = 0; j < notes.n; j++)
			util_warn("%s", notes.line[j]);
		prodlist_notes_free(&notes);
	}
	if (by_product) {
		c.topts.keep_product = keep_product;
		c.topts.keep_arg = &pl;
		/* a wanted row's line holds one of the codes, as written or
		 * without the leading zero a file may have lost: few codes,
		 * and lines with none of them are not even split */
		size_t i;

		for (i = 0; i < pl.n; i++)
			if (pl.code[i][0] < '0' || pl.code[i][0] > '9')
				break;	/* TOTAL: written TOTAL, ALL, AG0... */
		if (pl.n <= MAXLITS && i == pl.n) {
			for (i = 0; i < pl.n; i++)
				lits[i] = pl.code[i] + (pl.code[i][0] == '0' &&
				    pl.code[i][1] != '\0');
			c.topts.line_literals = lits;
			c.topts.nline_literals = pl.n;
		}
	}
	/* the blocks of a large file on several threads, the rest (or all)
	 * here */
	r = trade_parallel_ordered(&c.topts, argv + optind, argc - optind,
	    trade_threads(), c.excel, filter_row, &k, cli_write_block, &c,
	    cli_progress_blocks, &c);
	while ((st = trade_next(r, &row)) == 1) {
		cli_progress(&c, r, ++n);
		if (!wanted(&k, &row))
			continue;
		cli_open_once(&c);
		trade_write_row(&c.w, &row);
	}
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	cli_open_once(&c);
	cli_report(&c, r);
	trade_close(r);
	prodlist_free(&pl);
	free(k.rep.code);
	free(k.par.code);
	return cli_finish(&c);
}
