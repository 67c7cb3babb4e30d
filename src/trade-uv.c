/*
 * trade-uv - unit values (value per unit of quantity), and their outliers
 *
 * usage: trade-uv [options] [file...]
 *
 * Reads any supported trade format, sums rows by the --by key columns as
 * trade-agg does (default: every key, the rows as they are), and writes
 * each sum with unit_value (value per unit of quantity, in the currency
 * per the unit of the unit column) where its rows all have a quantity in
 * one unit, else an empty unit_value and the reason in uv_reason.  With
 * --outliers, each unit value is set against the others of its reporter,
 * flow, product and period over the partners (Iglewicz and Hoaglin's
 * modified z-score; see uv.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "num.h"
#include "util.h"
#include "uv.h"

enum {
	OPT_BY = OPT_FIRST_PROGRAM, OPT_OUTLIERS, OPT_THRESHOLD
};

static const char usage[] =
    "usage: trade-uv [options] [file...]\n"
    "Unit values: value per unit of quantity, where the units agree. No\n"
    "file, or -, reads standard input.\n"
    "\n"
    "      --by COLUMNS      key columns kept: period,reporter,partner,flow,\n"
    "                        product (default: all of them)\n"
    "      --outliers        modified z-score of each unit value against the\n"
    "                        other partners' (same reporter, flow, product,\n"
    "                        period): 0.6745 (x - median) / MAD\n"
    "      --threshold Z     |z| above Z is an outlier (default 3.5)\n"
    "      --annual          roll monthly periods up to years first\n"
    "      --hs-level N      roll HS codes up to N digits first\n";

struct run {
	struct cli	*c;
	struct agg	*a;
	struct agg	*miss;		/* the rows without a quantity */
	struct uv_missing mi;
	int		 months, outliers;
	double		 threshold;
	size_t		 sums, refused[UV_OVERFLOW + 1];
	struct uv_scratch g;	/* per group, for --outliers */
};

static enum uv_reason
cell_uv(struct run *u, const struct agg_cell *cell, double *uv)
{
	const struct agg_sum *s = &cell->s;
	enum uv_reason why;
	char vb[NUM_BUFSZ], qb[NUM_BUFSZ];

	/* the roll-up's unit 0 is the empty one: only whether there is a
	 * unit matters here */
	why = uv_value(agg_value(s), s->qty == 1 ? s->quantity : NAN,
	    s->qty == 1 && s->unit != 0 ? "unit" : "",
	    uv_missing_rows(&u->mi, cell), uv);
	if (why == UV_OVERFLOW)
		cli_fail(u->c, "the unit value of %s overflows: %s / %s",
		    agg_group_name(cell, 0), num_format(agg_value(s), vb),
		    num_format(s->quantity, qb));
	return why;
}

static void
write_cell(struct run *u, const struct agg_cell *cell, double uv,
    enum uv_reason why, size_t k)
{
	struct csvw *w = &u->c->w;
	char buf[128], nb[2][NUM_BUFSZ];
	double nm;

	agg_write_keys(w, u->a, cell, 0);
	csvw_num(w, cell->s.rows);
	if (u->months)
		agg_write_months(w, util_popcount((unsigned)cell->s.month_mask),
		    cell->s.month_mask);
	csvw_num(w, uv);
	nm = why == UV_NO_QUANTITY ? uv_missing_rows(&u->mi, cell) : 0;
	if (nm > 0 && nm < cell->s.rows) {
		snprintf(buf, sizeof(buf), "no quantity in %s of %s rows",
		    num_format(nm, nb[0]), num_format(cell->s.rows, nb[1]));
		csvw_str(w, buf);
	} else
		csvw_str(w, uv_reason_text(why));
	if (u->outliers) {
		csvw_num(w, u->g.med[k]);
		csvw_num(w, u->g.mad[k]);
		csvw_num(w, u->g.z[k]);
		if (u->g.z[k] == u->g.z[k])
			csvw_int(w, fabs(u->g.z[k]) > u->threshold);
		else
			csvw_empty(w);
	}
	csvw_end(w);
	u->sums++;
	u->refused[why]++;
}

/* One group of partners, cells [b, e): the members' unit values of each
 * unit are scored against each other (a tonne is not an item). */
static void
group_out(struct run *u, size_t b, size_t e)
{
	size_t i, n = e - b;

	struct uv_scratch *g = &u->g;

	uv_scratch_reserve(g, n);
	for (i = 0; i < n; i++) {
		const struct agg_cell *x = agg_cell(u->a, b + i);

		g->why[i] = cell_uv(u, x, &g->uv[i]);
		g->cls[i] = g->why[i] == UV_OK && agg_is_member(x,
		    AK_PARTNER) ? x->s.unit : -1;
	}
	uv_robust_z_classes(g->uv, g->cls, n, g->work, g->med, g->mad, g->z);
	for (i = 0; i < n; i++)
		write_cell(u, agg_cell(u->a, b + i), g->uv[i], g->why[i], i);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "by", required_argument, NULL, OPT_BY },
		{ "outliers", no_argument, NULL, OPT_OUTLIERS },
		{ "threshold", required_argument, NULL, OPT_THRESHOLD },
		CLI_ROLLUP_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	/* a world or group row summed with its members would count them twice
	 * in the value and the quantity: trade-uv has no --with-aggregates,
	 * and its own --by keeps such a row apart, with a unit value of its
	 * own */
	struct agg_opts ao = { AK_ALL, 0, 0, 0, 0,
	    "a --by with their column keeps them apart" };
	struct run u;
	struct trade_reader *r;
	struct trade_row row;
	char err[1024], *end;
	uint64_t nrows = 0;
	size_t i, b;
	int opt, st;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	memset(&u, 0, sizeof(u));
	u.c = &c;
	u.threshold = UV_Z_THRESHOLD;
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_BY:
			if (agg_parse_by(optarg, &ao.by) < 0 || ao.by == 0)
				cli_bad_arg(usage, "--by", optarg, "want key "
				    "columns among period,reporter,partner,"
				    "flow,product");
			continue;
		case OPT_OUTLIERS:
			u.outliers = 1;
			continue;
		case OPT_THRESHOLD:
			u.threshold = strtod(optarg, &end);
			if (*end || end == optarg || !(u.threshold > 0) ||
			    !isfinite(u.threshold))
				cli_bad_arg(usage, "--threshold", optarg,
				    "want a positive number (3.5)");
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		cli_print_usage(&c, stderr);
		return 2;
	}
	if (u.outliers && !(ao.by & AK_PARTNER))
		cli_usage_fail("--outliers compares partners: --by must keep "
		    "partner");
	/* the roll-up of trade-agg, and beside it the same of the rows
	 * without a quantity, which tells why a sum has none */
	r = cli_reader(&c, argc - optind, argv + optind);
	u.a = agg_new(&ao);
	u.miss = agg_new(&ao);
	while ((st = trade_next(r, &row)) == 1) {
		cli_progress(&c, r, ++nrows);
		if (agg_add(u.a, &row, err, sizeof(err)) < 0 ||
		    (row.quantity != row.quantity &&
		    agg_add(u.miss, &row, err, sizeof(err)) < 0))
			cli_fail(&c, "%s", err);
	}
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	cli_progress_done(&c);
	if (agg_finish(u.a, err, sizeof(err)) < 0 ||
	    agg_finish(u.miss, err, sizeof(err)) < 0)
		cli_fail(&c, "%s", err);
	uv_missing_init(&u.mi, u.miss);
	u.months = agg_has_months(u.a);
	/* an overflow stops the program before anything is written */
	for (i = 0; i < agg_count(u.a); i++) {
		double uv;

		(void)cell_uv(&u, agg_cell(u.a, i), &uv);
	}
	cli_open_output(&c);
	snprintf(err, sizeof(err), "period,reporter,partner,flow,product,"
	    "value,quantity,unit,currency,source,rows%s,unit_value,uv_reason%s",
	    u.months ? ",months,month_mask" : "", u.outliers ?
	    ",uv_median,uv_mad,uv_z,uv_outlier" : "");
	csvw_header(&c.w, err);
	if (u.outliers) {
		agg_sort_groups(u.a, AK_PARTNER);
		for (b = 0; b < agg_count(u.a); b = i) {
			i = agg_group_end(u.a, b, AK_PARTNER);
			group_out(&u, b, i);
		}
	} else
		for (i = 0; i < agg_count(u.a); i++) {
			double uv;
			enum uv_reason why = cell_uv(&u, agg_cell(u.a, i),
			    &uv);

			write_cell(&u, agg_cell(u.a, i), uv, why, 0);
		}
	cli_report(&c, r);
	if (!c.quiet) {
		if (*uv_summary(u.refused, u.sums, err, sizeof(err)))
			util_warn("%s", err);
		cli_report_rollup(u.a);
	}
	trade_close(r);
	agg_free(u.a);
	uv_missing_release(&u.mi);
	agg_free(u.miss);
	uv_scratch_release(&u.g);
	return cli_finish(&c);
}
