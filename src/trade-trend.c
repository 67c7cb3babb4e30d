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
#include "group.h"
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
	struct series_notes nt = { NULL, 0 };
	double *yoy = w, *idx = w + n, *ma = w + 2 * n;
	char pb[PERIOD_BUFSZ], kb[SERIES_KEYSZ];

	series_yoy(p, n, mon, nmon, cv, series_cover_key(key, kb), yoy, &nt);
	warn_notes(&nt, name);
	/* no --base (0): no point of period 0, every index NaN */
	if (series_index(p, n, o->base, idx) == SERIES_ENOBASE && o->base)
		util_warn("%s: no value in the base period %s: no index", name,
		    period_format(o->base, pb));
	series_moving_average(p, n, (size_t)o->window, ma);
	series_write_each(&c->w, a, key, p, n, yoy, idx, ma);
}

/* One row for the series; w holds 4 n doubles. */
static void
series_out(struct cli *c, const struct agg *a, const struct agg_cell *key,
    const struct series_pt *p, size_t n, const struct opts *o,
    const char *name, double *w)
{
	struct series_notes nt = { NULL, 0 };
	struct series_summary s;

	series_summarise(p, n, o->level, o->brk, w, &nt, &s);
	warn_notes(&nt, name);
	series_write_summary(&c->w, a, key, &s, o->brk);
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
	struct agg_opts ao = { AK_ALL, 0, 0, 1, 0, NULL };
	struct trade_reader *r;
	struct agg *a;
	struct series_cover *cv;
	struct series_pt *p, *mon;
	double *w;
	char *end, err[512] = "";
	size_t i, b, n, nmon;
	struct series_notes nt = { NULL, 0 };
	int opt;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	c.topts.refuse_derived = 1;	/* shares, trends... do not add up */
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
	if (series_cover_cells(cv, a) < 0)
		cli_fail(&c, "more than %zu reporter-years of months (the "
		    "limit of one trend): fewer reporters or years at a time",
		    GROUP_MAX);
	cli_open_output(&c);
	series_write_header(&c.w, o.each, o.brk);
	n = agg_count(a) + 1;
	p = xcalloc(n, sizeof(*p));
	mon = xcalloc(n, sizeof(*mon));
	w = xcalloc(4 * n, sizeof(*w));
	for (b = 0; b < agg_count(a) && err[0] == '\0'; b = i) {
		const struct agg_cell *key = agg_cell(a, b);
		char name[200], kb[SERIES_KEYSZ];

		i = agg_group_end(a, b, AK_PERIOD);
		snprintf(name, sizeof(name), "%s", agg_group_name(key,
		    AK_PERIOD));
		if (series_load(a, b, i, p, err, sizeof(err)) < 0)
			break;
		n = i - b;
		if (o.ytd) {
			series_decumulate(p, n, p, &n, &nt);
			warn_notes(&nt, name);
		}
		memcpy(mon, p, n * sizeof(*p));
		nmon = n;
		if (o.annual)
			n = series_annualize(p, n, cv,
			    series_cover_key(key, kb));
		if (o.each)
			each_out(&c, a, key, p, n, mon, nmon, cv, &o, name, w);
		else
			series_out(&c, a, key, p, n, &o, name, w);
	}
	free(p);
	free(mon);
	free(w);
	series_cover_free(cv);
	if (err[0])
		cli_fail(&c, "%s", err);
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
