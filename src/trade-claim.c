/*
 * trade-claim - check published claims about trade against the data
 *
 * usage: trade-claim [options] CLAIMS.csv [data...]
 *
 * CLAIMS.csv: id,claim,metric,reporter,partner,flow,product,period,
 * expected,tolerance,source.  For each claim, the figure it states is
 * recomputed from the data (any supported format) and compared: verdict
 * supported, contradicted or insufficient (with what is missing), the
 * computed figure, whose reports were used, how many rows, their sources.
 */
#include <sys/stat.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "cli.h"
#include "evidence.h"
#include "fx.h"
#include "prodlist.h"
#include "source.h"
#include "util.h"

enum { OPT_MIRROR = OPT_FIRST_PROGRAM, OPT_LISTS, OPT_TOLERANCE, OPT_RATES };

static const char usage[] =
    "usage: trade-claim [options] CLAIMS.csv [data...]\n"
    "Check claims about trade against trade data. No data file, or -, reads\n"
    "the data from standard input.\n"
    "\n"
    "      --mirror          where a reporter has no rows, compute its imports\n"
    "                        (exports) from its partners' exports (imports)\n"
    "      --lists DIR       where @NAME product lists are (default: the\n"
    "                        data/lists folder of tradestat)\n"
    "      --tolerance T     for claims without one: 0.5%, 1pp or a number\n"
    "                        (default: none, and such a claim is an error)\n"
    "      --rates FILE      convert amounts to a claim's currency with a\n"
    "                        rates table (period,currency,per_usd or\n"
    "                        per_eur, as trade-fx reads it)\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

/* A reading thread's evidence set: its rows' place in the input is
 * their block's number, then their line in it. */
static int
part_row(void *arg, const struct trade_row *row)
{
	char err[1024];

	/* an error is the one pass's to say, at its row */
	return evidence_add_at(arg, row, (uint64_t)trade_parallel_block() <<
	    40 | row->line, err, sizeof(err)) < 0 ? -1 : 0;
}

/*
 * The evidence of files[0..n) read on the threads, each into a set of its
 * own, merged: NULL when the input is not for it (not all plain regular
 * files, too small, a block the threads cannot take, an error, a merge
 * past a limit): the one pass then reads it, and says what is wrong.
 */
static struct evidence *
read_parallel(struct cli *c, const struct claim *cl, size_t ncl,
    const struct evidence_opts *eo, char *const *files, int n,
    struct trade_reader *r)
{
	int nt = trade_threads(&c->topts), t, st;
	struct evidence *ev = NULL, **sets;
	struct stat sb;
	void **ctx;

	if (nt < 2 || n < 1)
		return NULL;
	for (t = 0; t < n; t++)
		if (strcmp(files[t], "-") == 0 || stat(files[t], &sb) != 0 ||
		    !S_ISREG(sb.st_mode) ||
		    source_kind_of(files[t]) != SOURCE_PLAIN)
			return NULL;
	sets = xcalloc((size_t)nt, sizeof(*sets));
	ctx = xcalloc((size_t)nt, sizeof(*ctx));
	for (t = 0; t < nt; t++)
		ctx[t] = sets[t] = evidence_alloc(cl, ncl, eo);
	st = trade_parallel(&c->topts, files, n, nt, part_row, ctx, NULL,
	    NULL, r);
	if (st == 0) {
		ev = evidence_alloc(cl, ncl, eo);
		if (evidence_merge(ev, sets, (size_t)nt) < 0) {
			evidence_free(ev);
			ev = NULL;
		}
	}
	for (t = 0; t < nt; t++)
		evidence_free(sets[t]);
	free(sets);
	free(ctx);
	return ev;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "mirror", no_argument, NULL, OPT_MIRROR },
		{ "lists", required_argument, NULL, OPT_LISTS },
		{ "tolerance", required_argument, NULL, OPT_TOLERANCE },
		{ "rates", required_argument, NULL, OPT_RATES },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct claim *cl;
	struct evidence *ev;
	struct fx *fx = NULL;
	struct evidence_opts eo = { 0 };
	struct claims_opts co = { NULL, NULL };
	struct claim tc;
	struct trade_reader *r;
	struct trade_row row;
	size_t ncl, i;
	int opt, st;
	const char *lists = NULL;
	char listbuf[4096], err[1024];

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_MIRROR:
			eo.mirror = 1;
			continue;
		case OPT_LISTS:
			lists = optarg;
			continue;
		case OPT_RATES:
			eo.rates = optarg;
			continue;
		case OPT_TOLERANCE:
			if (claims_parse_tolerance(optarg, &tc) < 0)
				cli_bad_arg(usage, "--tolerance", optarg,
				    "want 5%, 2pp or a number");
			co.tolerance = optarg;
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	if (optind >= argc) {
		util_warn("no claims file");
		print_usage(stderr);
		return 2;
	}
	co.lists = lists ? lists : prodlist_dir(listbuf, sizeof(listbuf));
	if ((st = claims_read(argv[optind], &co, &cl, &ncl, err,
	    sizeof(err))) == 2)
		cli_usage_fail("%s", err);
	else if (st != 0)
		cli_fail(&c, "%s", err);
	if (eo.rates != NULL && (fx = fx_load(eo.rates, err,
	    sizeof(err))) == NULL)
		cli_fail(&c, "--rates %s", err);
	eo.fx = fx;
	r = cli_reader(&c, argc - optind - 1, argv + optind + 1);
	if ((ev = read_parallel(&c, cl, ncl, &eo, argv + optind + 1,
	    argc - optind - 1, r)) == NULL) {
		/* a fresh reader: the threads' may have counted blocks */
		trade_close(r);
		r = cli_reader(&c, argc - optind - 1, argv + optind + 1);
		ev = evidence_alloc(cl, ncl, &eo);
		while ((st = trade_next(r, &row)) == 1)
			if (evidence_add(ev, &row, err, sizeof(err)) < 0)
				cli_fail(&c, "%s", err);
		if (st < 0)
			cli_fail(&c, "%s", trade_error(r));
	}
	cli_open_output(&c);
	csvw_header(&c.w, "id,verdict,computed,expected,difference,tolerance,"
	    "holds_within,side,rows,sources,note");
	for (i = 0; i < ncl; i++) {
		struct evidence_result res;

		evidence_check(ev, i, &res);
		csvw_str(&c.w, cl[i].id);
		csvw_str(&c.w, evidence_verdict_name(res.verdict));
		if (res.ok)
			csvw_num(&c.w, res.computed);
		else
			csvw_empty(&c.w);
		csvw_num(&c.w, cl[i].expected);
		if (res.ok)
			csvw_num(&c.w, res.difference);
		else
			csvw_empty(&c.w);
		csvw_str(&c.w, cl[i].tol_text);
		csvw_str(&c.w, res.holds);
		csvw_str(&c.w, res.side);
		csvw_int(&c.w, res.rows);
		csvw_str(&c.w, res.sources);
		csvw_str(&c.w, res.note);
		csvw_end(&c.w);
		evidence_result_release(&res);
	}
	cli_report(&c, r);
	trade_close(r);
	evidence_free(ev);
	fx_free(fx);
	claims_free(cl, ncl);
	return cli_finish(&c);
}
