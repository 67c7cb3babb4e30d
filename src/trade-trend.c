/*
 * trade-trend - growth, CAGR, log-linear trend with confidence intervals,
 * break tests, and period-by-period changes of trade series
 *
 * usage: trade-trend [options] [file...]
 *
 * A series is every row group that shares all keys but the period; it is
 * sorted by period here.  Monthly periods are spaced by months, annual by
 * years; a gap is a gap (missing, never zero).  Every statistic comes from
 * series.c and stats.c (GSL), with its reference there.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "period.h"
#include "series.h"
#include "util.h"

enum {
	OPT_LEVEL = OPT_FIRST_PROGRAM, OPT_BREAK, OPT_EACH, OPT_BASE,
	OPT_WINDOW, OPT_YTD
};

static const char usage[] =
    "usage: trade-trend [options] [file...]\n"
    "Growth and trend of each series (the rows that share every key but the\n"
    "period). No file, or -, reads standard input.\n"
    "\n"
    "      --level L         confidence level of the trend interval (0.95)\n"
    "      --break PERIOD    Chow test of a break, PERIOD the first of the\n"
    "                        second regime\n"
    "      --each            one row per period: value, yoy, index, moving\n"
    "                        average\n"
    "      --base PERIOD     with --each: the period whose index is 100\n"
    "      --window N        with --each: moving average over N periods\n"
    "      --ytd             the values are cumulative year-to-date: turn them\n"
    "                        into monthly values first\n"
    "      --annual          roll monthly periods up to years (a year with\n"
    "                        fewer months is marked partial)\n"
    "      --hs-level N      roll HS codes up to N digits first\n";

/* The columns of series_stats[], after the series' keys. */
static void
print_stats(FILE *fp)
{
	const struct series_stat *st;

	fputs("\nColumns after the series' keys (without --each):\n", fp);
	for (st = series_stats; st->name; st++)
		fprintf(fp, "  %-20s  %s\n", st->name, st->help);
}

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
	print_stats(fp);
}

struct opts {
	double	 level;
	int	 brk;		/* YYYYMM, 0 none */
	int	 each;
	int	 base;
	long	 window;
	int	 ytd;
	int	 annual;
};

static void
write_keys(struct cli *c, const struct agg *a, const struct agg_cell *key,
    int period, double value, uint32_t sources)
{
	struct agg_cell x;

	agg_cell_copy(&x, key);
	x.period = period;
	x.s.value = value;
	x.s.qty = 2;
	x.s.sources = sources;
	agg_write_keys(&c->w, a, &x, 0);
}

static void
warn_notes(struct series_notes *nt, const char *name)
{
	size_t i;

	for (i = 0; i < nt->n; i++)
		util_warn("%s: %s", name, nt->msg[i]);
	series_notes_release(nt);
}

/* --each: one row per point; w holds 3 n doubles. */
static void
each_out(struct cli *c, const struct agg *a, const struct agg_cell *key,
    const struct series_pt *p, size_t n, const struct series_pt *mon,
    size_t nmon, const struct series_cover *cv, const struct opts *o,
    const char *name, double *w)
{
	double *yoy = w, *idx = w + n, *ma = w + 2 * n;
	char pb[PERIOD_BUFSZ];
	size_t i;

	series_yoy(p, n, mon, nmon, cv, key->reporter, yoy);
	/* no --base (0): no point of period 0, every index NaN */
	if (series_index(p, n, o->base, idx) == SERIES_ENOBASE && o->base)
		util_warn("%s: no value in the base period %s: no index", name,
		    period_format(o->base, pb));
	series_moving_average(p, n, (size_t)o->window, ma);
	for (i = 0; i < n; i++) {
		write_keys(c, a, key, p[i].period, p[i].value, p[i].tag);
		if (p[i].months)
			csvw_int(&c->w, p[i].months);
		else
			csvw_empty(&c->w);
		csvw_num(&c->w, yoy[i]);
		csvw_num(&c->w, idx[i]);
		csvw_num(&c->w, ma[i]);
		csvw_end(&c->w);
	}
}

/* One row for the series, a column per series_stats[] row; w holds 4 n
 * doubles. */
static void
series_out(struct cli *c, const struct agg *a, const struct agg_cell *key,
    const struct series_pt *p, size_t n, const struct opts *o,
    const char *name, double *w)
{
	struct series_notes nt = { NULL, 0 };
	const struct series_stat *st;
	struct series_summary s;
	char pb[PERIOD_BUFSZ];

	series_summarise(p, n, o->level, o->brk, w, &nt, &s);
	warn_notes(&nt, name);
	write_keys(c, a, key, 0, s.last ? s.last->value : NAN,
	    key->s.sources);
	for (st = series_stats; st->name; st++) {
		double x = st->fn(&s);

		if (st->brk && !o->brk)
			continue;
		if (st->kind == SERIES_NUMBER)
			csvw_num(&c->w, x);
		else if (isnan(x))
			csvw_empty(&c->w);
		else if (st->kind == SERIES_COUNT)
			csvw_int(&c->w, (long long)x);
		else
			csvw_str(&c->w, period_format((int)x, pb));
	}
	csvw_end(&c->w);
}

/* The canonical keys, then the columns of --each or of the summary. */
static void
header(struct csvw *w, const struct opts *o)
{
	static const char *const keys[] = { "period", "reporter", "partner",
	    "flow", "product", "value", "quantity", "unit", "currency",
	    "source", NULL };
	static const char *const each[] = { "months", "yoy", "index", "ma",
	    NULL };
	const struct series_stat *st;
	const char *const *k;

	for (k = keys; *k; k++)
		csvw_str(w, *k);
	for (k = each; o->each && *k; k++)
		csvw_str(w, *k);
	for (st = series_stats; !o->each && st->name; st++)
		if (!st->brk || o->brk)
			csvw_str(w, st->name);
	csvw_end(w);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "level", required_argument, NULL, OPT_LEVEL },
		{ "break", required_argument, NULL, OPT_BREAK },
		{ "each", no_argument, NULL, OPT_EACH },
		{ "base", required_argument, NULL, OPT_BASE },
		{ "window", required_argument, NULL, OPT_WINDOW },
		{ "ytd", no_argument, NULL, OPT_YTD },
		CLI_ROLLUP_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct opts o = { 0.95, 0, 0, 0, 0, 0, 0 };
	struct agg_opts ao = { AK_ALL, 0, 0, 1, 0 };
	struct trade_reader *r;
	struct agg *a;
	struct series_cover *cv;
	struct series_pt *p, *mon;
	double *w;
	char *end;
	size_t i, b, n, nmon;
	struct series_notes nt = { NULL, 0 };
	int opt;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_LEVEL:
			o.level = strtod(optarg, &end);
			if (*end || !(o.level > 0 && o.level < 1))
				cli_bad_arg(usage, "--level", optarg,
				    "want a level between 0 and 1, such as 0.95");
			continue;
		case OPT_BREAK:
		case OPT_BASE:
			if (period_parse(optarg, strlen(optarg),
			    opt == OPT_BREAK ? &o.brk : &o.base) < 0)
				cli_bad_arg(usage, opt == OPT_BREAK ?
				    "--break" : "--base", optarg,
				    "not a period (YYYY or YYYY-MM)");
			continue;
		case OPT_EACH:
			o.each = 1;
			continue;
		case OPT_WINDOW:
			o.window = cli_count("--window", optarg);
			continue;
		case OPT_YTD:
			o.ytd = 1;
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	if ((o.base || o.window) && !o.each)
		cli_usage_fail("--base and --window go with --each");
	/* years are rolled up here, from the months each reporter's data
	 * covers, not by the roll-up of the rows */
	o.annual = ao.annual;
	ao.annual = 0;
	a = cli_rollup(&c, argc - optind, argv + optind, &ao, 0, 0, &r);
	agg_sort_series(a);
	cv = series_cover_alloc();
	for (i = 0; i < agg_count(a); i++)
		series_cover_add(cv, agg_cell(a, i)->reporter,
		    agg_cell(a, i)->period);
	cli_open_output(&c);
	header(&c.w, &o);
	n = agg_count(a) + 1;
	p = xcalloc(n, sizeof(*p));
	mon = xcalloc(n, sizeof(*mon));
	w = xcalloc(4 * n, sizeof(*w));
	for (b = 0; b < agg_count(a); b = i) {
		const struct agg_cell *key = agg_cell(a, b);
		char name[200];

		i = agg_group_end(a, b, AK_PERIOD);
		snprintf(name, sizeof(name), "%s", agg_group_name(key,
		    AK_PERIOD));
		for (n = 0; b + n < i; n++) {
			memset(&p[n], 0, sizeof(p[n]));
			p[n].period = agg_cell(a, b + n)->period;
			p[n].value = agg_cell(a, b + n)->s.value;
			p[n].tag = agg_cell(a, b + n)->s.sources;
		}
		if (o.ytd) {
			series_decumulate(p, n, p, &n, &nt);
			warn_notes(&nt, name);
		}
		memcpy(mon, p, n * sizeof(*p));
		nmon = n;
		if (o.annual)
			n = series_annualize(p, n, cv, key->reporter);
		if (o.each)
			each_out(&c, a, key, p, n, mon, nmon, cv, &o, name, w);
		else
			series_out(&c, a, key, p, n, &o, name, w);
	}
	free(p);
	free(mon);
	free(w);
	series_cover_free(cv);
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
