/*
 * trade-rca - revealed comparative advantage and trade intensity (WITS)
 *
 * usage: trade-rca [options] [file...]
 *
 * Reads export rows (flow X) of any supported format and writes, per
 * period, Balassa's RCA of each reporter in each product, or with
 * --index tii the trade intensity index of each reporter with each
 * partner, as WITS defines them (see rca.h), with the figures they are
 * made of and where the world came from: a world row (reporter WLD) or
 * the reporters in the file, which must be at least --min-reporters.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "codes.h"
#include "period.h"
#include "rca.h"
#include "util.h"

enum {
	OPT_INDEX = OPT_FIRST_PROGRAM, OPT_MIN_REPORTERS
};

static const char usage[] =
    "usage: trade-rca [options] [file...]\n"
    "Revealed comparative advantage or trade intensity, as WITS defines\n"
    "them, from export rows. No file, or -, reads standard input.\n"
    "\n"
    "      --index I         rca (default): (x_ik / X_i) / (x_wk / X_w) by\n"
    "                        product; tii: (x_ij / X_i) / (x_wj / X_w) by\n"
    "                        partner\n"
    "      --min-reporters N without a world row (reporter WLD), the world\n"
    "                        is the reporters in the data: at least N\n"
    "                        (default 50)\n"
    "      --annual          roll monthly periods up to years first\n"
    "      --hs-level N      roll HS codes up to N digits first\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

struct period {
	int			 period;
	struct rca_table	*t;
	struct rca_world	 w;
};

/* The table of period p (added in the order met). */
static struct rca_table *
table_of(struct period **ps, size_t *n, int p)
{
	size_t i;

	for (i = 0; i < *n; i++)
		if ((*ps)[i].period == p)
			return (*ps)[i].t;
	*ps = xrealloc(*ps, (*n + 1) * sizeof(**ps));
	(*ps)[*n].period = p;
	(*ps)[*n].t = rca_alloc();
	return (*ps)[(*n)++].t;
}

static int
period_cmp(const void *a, const void *b)
{
	const struct period *x = a, *y = b;

	return (x->period > y->period) - (x->period < y->period);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "index", required_argument, NULL, OPT_INDEX },
		{ "min-reporters", required_argument, NULL, OPT_MIN_REPORTERS },
		CLI_ROLLUP_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct agg_opts ao = { AK_ALL, 0, 0, 1, 0, NULL };
	struct trade_reader *r;
	struct agg *a;
	struct period *ps = NULL;
	struct rca_flow f;
	char err[1024], pb[PERIOD_BUFSZ], cur[8] = "";
	size_t i, j, b, e, nps = 0;
	unsigned dim = AK_PARTNER;	/* summed over, for x_ab */
	long minrep = RCA_MIN_REPORTERS;
	unsigned levels = 0;
	int opt, tii = 0;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_INDEX:
			if (strcmp(optarg, "rca") != 0 &&
			    strcmp(optarg, "tii") != 0)
				cli_bad_arg(usage, "--index", optarg,
				    "want rca or tii");
			tii = strcmp(optarg, "tii") == 0;
			dim = tii ? AK_PRODUCT : AK_PARTNER;
			continue;
		case OPT_MIN_REPORTERS:
			minrep = cli_count("--min-reporters", optarg);
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	/* the sums over products below take TOTAL apart: the levels of
	 * the HS codes are checked here, not by the roll-up */
	a = cli_rollup(&c, argc - optind, argv + optind, &ao, 1u << FLOW_X, 0,
	    &r);
	for (i = 0; i < agg_count(a); i++) {
		const char *p = agg_cell(a, i)->product;

		if (p[0] >= '0' && p[0] <= '9')
			levels |= 1u << strlen(p);
		if (levels & (levels - 1))
			cli_fail(&c, "the input mixes HS codes of different "
			    "levels (%s among others): a heading and its "
			    "subheadings double-count in a reporter's total; "
			    "choose one with --hs-level", p);
	}
	/* x_ab per period: a's reported total over dim (partner WLD, product
	 * TOTAL) where the file has it, else the sum of the members */
	agg_sort_groups(a, dim);
	for (b = 0; b < agg_count(a); b = e) {
		const struct agg_cell *x = agg_cell(a, b);
		double sum = 0, total = -1;
		int world = codes_is_world(x->reporter), n = 0;

		e = agg_group_end(a, b, dim);
		if (cur[0] == '\0')
			snprintf(cur, sizeof(cur), "%s", x->currency);
		else if (strcmp(cur, x->currency) != 0)
			cli_fail(&c, "%s: in %s, where other rows are in %s: "
			    "RCA adds the reporters' exports (convert first: "
			    "trade-fx)", agg_group_name(x, dim), x->currency,
			    cur);
		if (!world && !agg_is_member(x, AK_REPORTER))
			continue;	/* EU27 is not one more reporter */
		for (i = b; i < e; i++) {
			const struct agg_cell *y = agg_cell(a, i);

			if (agg_is_total(y, dim) && total < 0)
				total = agg_value(&y->s);
			else if (agg_is_member(y, dim)) {
				sum += agg_value(&y->s);
				n++;
			}
		}
		if (total < 0 && n == 0)
			continue;
		if (tii && !agg_is_member(x, AK_PARTNER) &&
		    !agg_is_total(x, AK_PARTNER))
			continue;
		rca_add(table_of(&ps, &nps, x->period), x->reporter,
		    tii ? x->partner : x->product, total >= 0 ? total : sum,
		    world, tii ? agg_is_total(x, AK_PARTNER) :
		    agg_is_total(x, AK_PRODUCT));
	}
	if (nps == 0 && !c.quiet)
		util_warn("no export rows (flow X): RCA and TII are made of "
		    "exports");
	if (nps > 0)
		qsort(ps, nps, sizeof(*ps), period_cmp);
	for (i = 0; i < nps; i++)
		if (rca_compute(ps[i].t, (size_t)minrep, &ps[i].w, err,
		    sizeof(err)) < 0)
			cli_fail(&c, "period %s: %s", period_format(ps[i].period,
			    pb), err);
	cli_open_output(&c);
	csvw_header(&c.w, tii ? "period,reporter,partner,flow,product,value,"
	    "currency,reporter_total,world_value,world_total,tii,world,"
	    "reporters,coverage" : "period,reporter,partner,flow,product,"
	    "value,currency,reporter_total,world_value,world_total,rca,world,"
	    "reporters,coverage");
	for (i = 0; i < nps; i++) {
		const struct rca_world *w = &ps[i].w;

		for (j = 0; j < rca_count(ps[i].t); j++) {
			rca_flow(ps[i].t, j, &f);
			csvw_str(&c.w, period_format(ps[i].period, pb));
			csvw_str(&c.w, f.a);
			csvw_str(&c.w, tii ? f.b : "");
			csvw_str(&c.w, "X");
			csvw_str(&c.w, tii ? "" : f.b);
			csvw_num(&c.w, f.x);
			csvw_str(&c.w, cur);
			csvw_num(&c.w, f.xa);
			csvw_num(&c.w, f.xwb);
			csvw_num(&c.w, w->total);
			csvw_num(&c.w, f.index);
			csvw_str(&c.w, w->from_row ? "WLD row" : "reporters");
			csvw_int(&c.w, (long long)w->reporters);
			csvw_num(&c.w, w->coverage);
			csvw_end(&c.w);
		}
	}
	cli_report(&c, r);
	if (!c.quiet)
		cli_report_rollup(a);
	for (i = 0; i < nps; i++)
		rca_free(ps[i].t);
	free(ps);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
