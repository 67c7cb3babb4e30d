/*
 * trade-trend - growth, CAGR, log-linear trend with confidence intervals,
 * break tests, and period-by-period changes of trade series
 *
 * usage: trade-trend [options] [file...]
 *
 * A series is every row group that shares all keys but the period; it is
 * sorted by period here.  Monthly periods are spaced by months, annual by
 * years; a gap is a gap (missing, never zero).  Every statistic comes from
 * stats.c (GSL).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "period.h"
#include "stats.h"
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

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
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

/* A point of a series. */
struct pt {
	int	 period;
	double	 value;
	int	 months;	/* an annual roll-up: months present; 0 not */
	int	 mask;
	uint32_t src;		/* sources, as agg_sum.sources */
};

/*
 * The months each reporter's data covers, per year (bit m-1): a month
 * without a row for one partner is then a month without that trade,
 * while a month the reporter has no rows for at all is missing data.
 */
struct cover {
	char	 reporter[CODE_MAX];
	int	 year;
	int	 mask;
};
static struct cover *covers;
static size_t ncovers;

static struct cover *
cover_of(const char *reporter, int year, int create)
{
	size_t i;

	for (i = 0; i < ncovers; i++)
		if (covers[i].year == year &&
		    strcmp(covers[i].reporter, reporter) == 0)
			return &covers[i];
	if (!create)
		return NULL;
	covers = xrealloc(covers, (ncovers + 1) * sizeof(*covers));
	memset(&covers[ncovers], 0, sizeof(*covers));
	snprintf(covers[ncovers].reporter, CODE_MAX, "%s", reporter);
	covers[ncovers].year = year;
	return &covers[ncovers++];
}

/* The time of a period in years. */
static double
tyears(int p)
{
	return period_is_monthly(p) ? period_year(p) +
	    (period_month(p) - 1) / 12.0 : period_year(p);
}

/* --ytd: cumulative year-to-date values to monthly ones. */
static size_t
decumulate(struct pt *p, size_t n, const char *name)
{
	struct pt *out = xcalloc(n ? n : 1, sizeof(*out));
	size_t i, k = 0;
	char pb[PERIOD_BUFSZ], pb2[PERIOD_BUFSZ];

	for (i = 0; i < n; i++) {
		int m = period_month(p[i].period);

		if (m == 0) {
			util_warn("%s: %s is not a month: --ytd wants "
			    "monthly year-to-date figures (left out)", name,
			    period_format(p[i].period, pb));
			continue;
		}
		if (m == 1) {
			out[k++] = p[i];
			continue;
		}
		if (i == 0 || p[i - 1].period != p[i].period - 1) {
			util_warn("%s: %s: the year-to-date figure of %s is "
			    "missing, so the month cannot be separated (left "
			    "out)", name, period_format(p[i].period, pb),
			    period_format(p[i].period - 1, pb2));
			continue;
		}
		out[k] = p[i];
		out[k].value = p[i].value - p[i - 1].value;
		out[k].src |= p[i - 1].src;
		if (out[k].value < 0)
			util_warn("%s: %s: the year-to-date figure fell (a "
			    "revision?): the month is negative", name,
			    period_format(p[i].period, pb));
		k++;
	}
	memcpy(p, out, k * sizeof(*p));
	free(out);
	return k;
}

/* --annual: monthly points to years; the months present are those the
 * reporter's data covers that year. */
static size_t
annualize(struct pt *p, size_t n, const char *reporter)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		int y = p[i].period / 100 * 100;
		const struct cover *cv;

		if (!period_is_monthly(p[i].period)) {
			p[k++] = p[i];
			continue;
		}
		if (k > 0 && p[k - 1].period == y && p[k - 1].months) {
			p[k - 1].value += p[i].value;
			p[k - 1].src |= p[i].src;
			continue;
		}
		cv = cover_of(reporter, y, 0);
		p[k].period = y;
		p[k].value = p[i].value;
		p[k].src = p[i].src;
		p[k].mask = cv ? cv->mask : 1 << (period_month(p[i].period) - 1);
		p[k].months = util_popcount((unsigned)p[k].mask);
		k++;
	}
	return k;
}

static const struct pt *
find(const struct pt *p, size_t n, int period)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i].period == period)
			return &p[i];
	return NULL;
}

/* The sum of a series' months of year y in mask, from the monthly points
 * m: a month the reporter covers without a row is 0; -1 when a month is
 * not covered by the reporter's data. */
static double
months_sum(const struct pt *m, size_t nm, const char *reporter, int y,
    int mask)
{
	const struct cover *cv = cover_of(reporter, y, 0);
	double s = 0;
	int k;

	if (cv == NULL || (cv->mask & mask) != mask)
		return -1;
	for (k = 0; k < 12; k++) {
		const struct pt *x;

		if ((mask & (1 << k)) && (x = find(m, nm, y + k + 1)) != NULL)
			s += x->value;
	}
	return s;
}

static void
write_keys(struct cli *c, const struct agg *a, const struct agg_cell *key,
    const struct pt *p)
{
	struct agg_cell x;

	agg_cell_copy(&x, key);
	x.period = p->period;
	x.s.value = p->value;
	x.s.qty = 2;
	x.s.sources = p->src;
	agg_write_keys(&c->w, a, &x, 0);
}

static void
each_out(struct cli *c, const struct agg *a, const struct agg_cell *key,
    const struct pt *p, size_t n, const struct pt *mon, size_t nmon,
    const struct opts *o, const char *name)
{
	const struct pt *base = NULL;
	char pb[PERIOD_BUFSZ];
	size_t i;

	if (o->base && (base = find(p, n, o->base)) == NULL)
		util_warn("%s: no value in the base period %s: no index", name,
		    period_format(o->base, pb));
	for (i = 0; i < n; i++) {
		const struct pt *prev;
		double yoy = NAN, ma = NAN;
		int py = p[i].period - 100;	/* a year earlier */

		/* a year on year: the same period a year earlier; a partial
		 * year against the same months of the year before */
		prev = find(p, n, py);
		if (p[i].months && p[i].months < 12) {
			double before = months_sum(mon, nmon, key->reporter, py,
			    p[i].mask);

			if (before > 0)
				yoy = p[i].value / before - 1;
		} else if (prev && prev->months && prev->months < 12) {
			double now = months_sum(mon, nmon, key->reporter,
			    p[i].period, prev->mask);

			if (now >= 0 && prev->value > 0)
				yoy = now / prev->value - 1;
		} else if (prev && prev->value > 0)
			yoy = p[i].value / prev->value - 1;
		if (o->window > 0) {
			long idx = period_index(p[i].period), k;
			double s = 0;

			for (k = 0; k < o->window; k++) {
				const struct pt *x = find(p, n,
				    period_from_index(idx - k, p[i].period));

				if (x == NULL)
					break;
				s += x->value;
			}
			if (k == o->window)
				ma = s / (double)o->window;
		}
		write_keys(c, a, key, &p[i]);
		if (p[i].months)
			csvw_int(&c->w, p[i].months);
		else
			csvw_empty(&c->w);
		csvw_num(&c->w, yoy);
		csvw_num(&c->w, base && base->value > 0 ? p[i].value /
		    base->value * 100 : NAN);
		csvw_num(&c->w, ma);
		csvw_end(&c->w);
	}
}

static void
series_out(struct cli *c, const struct agg *a, const struct agg_cell *key,
    const struct pt *p, size_t n, const struct opts *o, const char *name)
{
	double *t = xcalloc(n + 1, sizeof(double));
	double *v = xcalloc(n + 1, sizeof(double));
	double *tl = xcalloc(n + 1, sizeof(double));
	double *vl = xcalloc(n + 1, sizeof(double));
	double cagr = NAN, slope = NAN;
	const struct pt *first = NULL, *last = NULL;
	struct trend tr;
	struct fit lin;
	struct chow ch;
	char pb[PERIOD_BUFSZ], bad[200] = "", part[200] = "";
	size_t i, k = 0, kl = 0, nb = 0, np = 0;
	int have_trend = 0, have_chow = 0, mixed = 0;

	/* years and months in one series have no common time step (nor
	 * comparable values): no statistics */
	for (i = 1; i < n; i++)
		if (period_is_monthly(p[i].period) !=
		    period_is_monthly(p[0].period))
			mixed = 1;
	if (mixed)
		util_warn("%s: the series mixes years and months (--annual "
		    "rolls the months up to years): no statistics", name);
	for (i = 0; i < n; i++) {
		if (p[i].months && p[i].months < 12) {
			/* a partial year is not compared with full ones */
			np += (size_t)snprintf(part + np, np < sizeof(part) ?
			    sizeof(part) - np : 0, "%s%s (%d months)", np ?
			    ", " : "", period_format(p[i].period, pb),
			    p[i].months);
			if (np >= sizeof(part))
				np = sizeof(part);
			continue;
		}
		if (first == NULL)
			first = &p[i];
		last = &p[i];
		if (mixed)
			continue;
		/* the linear slope takes every full period, zeros too */
		tl[kl] = tyears(p[i].period);
		vl[kl++] = p[i].value;
		if (!(p[i].value > 0)) {
			nb += (size_t)snprintf(bad + nb, nb < sizeof(bad) ?
			    sizeof(bad) - nb : 0, "%s%s", nb ? ", " : "",
			    period_format(p[i].period, pb));
			if (nb >= sizeof(bad))
				nb = sizeof(bad);
			continue;
		}
		t[k] = tyears(p[i].period);
		v[k] = p[i].value;
		k++;
	}
	if (np)
		util_warn("%s: partial years left out of the trend: %s", name,
		    part);
	if (nb)
		util_warn("%s: zero or negative values cannot enter a "
		    "log-linear trend (left out of it, kept in the linear "
		    "slope): %s", name, bad);
	if (!mixed && first && last && first != last)
		cagr = stats_cagr(first->value, last->value,
		    period_years_between(first->period, last->period));
	if (mixed)
		;
	else if (k >= 3 && stats_trend(t, v, k, o->level, &tr) == 0)
		have_trend = 1;
	else
		util_warn("%s: %zu usable points: too short for a trend (3 "
		    "needed)", name, k);
	if (stats_ols(tl, vl, kl, &lin) == 0)
		slope = lin.b;
	if (o->brk && !mixed && period_is_monthly(o->brk) && first &&
	    !period_is_monthly(first->period))
		util_warn("%s: a monthly break (%s) on annual data: the year "
		    "%d stays in the first regime (give --break %d or %d)",
		    name, period_format(o->brk, pb), period_year(o->brk),
		    period_year(o->brk), period_year(o->brk) + 1);
	if (o->brk && !mixed) {
		int cs = stats_chow(t, v, k, tyears(o->brk), &ch);

		if (cs == 0)
			have_chow = 1;
		else if (cs == -2)
			util_warn("%s: one trend fits every point exactly: "
			    "nothing for a Chow test at %s to test", name,
			    period_format(o->brk, pb));
		else {
			size_t k1 = 0;

			while (k1 < k && t[k1] < tyears(o->brk))
				k1++;
			util_warn("%s: a Chow test at %s needs 2 points in "
			    "each regime and 5 in all (has %zu before, %zu "
			    "from it)", name, period_format(o->brk, pb), k1,
			    k - k1);
		}
	}
	{
		struct agg_cell x;

		agg_cell_copy(&x, key);
		x.period = 0;
		x.s.value = last ? last->value : NAN;
		x.s.qty = 2;
		agg_write_keys(&c->w, a, &x, 0);
	}
	csvw_int(&c->w, (long long)n);
	csvw_str(&c->w, first ? period_format(first->period, pb) : "");
	csvw_str(&c->w, last ? period_format(last->period, pb) : "");
	csvw_num(&c->w, first ? first->value : NAN);
	csvw_num(&c->w, last ? last->value : NAN);
	csvw_num(&c->w, cagr);
	csvw_num(&c->w, have_trend ? tr.growth : NAN);
	csvw_num(&c->w, have_trend ? tr.fit.se_b : NAN);
	csvw_num(&c->w, have_trend ? tr.lo : NAN);
	csvw_num(&c->w, have_trend ? tr.hi : NAN);
	csvw_num(&c->w, have_trend ? tr.fit.r2 : NAN);
	csvw_num(&c->w, slope);
	if (o->brk) {
		csvw_num(&c->w, have_chow ? ch.f : NAN);
		if (have_chow) {
			csvw_int(&c->w, ch.df1);
			csvw_int(&c->w, ch.df2);
		} else {
			csvw_empty(&c->w);
			csvw_empty(&c->w);
		}
		csvw_num(&c->w, have_chow ? ch.p : NAN);
		csvw_num(&c->w, have_chow ? ch.before.growth : NAN);
		csvw_num(&c->w, have_chow ? ch.after.growth : NAN);
	}
	csvw_end(&c->w);
	free(t);
	free(v);
	free(tl);
	free(vl);
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
	struct agg_opts ao = { AK_ALL, 0, 0, 1 };
	struct trade_reader *r;
	struct agg *a;
	char *end;
	size_t i, b;
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
			if (period_parse(optarg, strlen(optarg), &o.brk) < 0)
				cli_bad_arg(usage, "--break", optarg,
				    "not a period (YYYY or YYYY-MM)");
			continue;
		case OPT_EACH:
			o.each = 1;
			continue;
		case OPT_BASE:
			if (period_parse(optarg, strlen(optarg), &o.base) < 0)
				cli_bad_arg(usage, "--base", optarg,
				    "not a period (YYYY or YYYY-MM)");
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
	for (i = 0; i < agg_count(a); i++) {
		const struct agg_cell *x = agg_cell(a, i);

		if (period_is_monthly(x->period))
			cover_of(x->reporter, x->period / 100 * 100, 1)->mask |=
			    1 << (period_month(x->period) - 1);
	}
	cli_open_output(&c);
	if (o.each)
		csvw_header(&c.w, "period,reporter,partner,flow,product,value,"
		    "quantity,unit,currency,source,months,yoy,index,ma");
	else
		csvw_header(&c.w, o.brk ? "period,reporter,partner,flow,"
		    "product,value,quantity,unit,currency,source,n,"
		    "first_period,last_period,first,last,cagr,trend_growth,"
		    "trend_se,ci_low,ci_high,r2,slope,chow_f,chow_df1,chow_df2,"
		    "chow_p,growth_before,growth_after" : "period,reporter,"
		    "partner,flow,product,value,quantity,unit,currency,source,n,"
		    "first_period,last_period,first,last,cagr,trend_growth,"
		    "trend_se,ci_low,ci_high,r2,slope");
	for (b = 0; b < agg_count(a); b = i) {
		const struct agg_cell *key = agg_cell(a, b);
		struct pt *p, *mon;
		size_t n, nmon;
		char name[200];

		i = agg_group_end(a, b, AK_PERIOD);
		snprintf(name, sizeof(name), "%s", agg_group_name(key,
		    AK_PERIOD));
		n = i - b;
		p = xcalloc(n, sizeof(*p));
		for (n = 0; b + n < i; n++) {
			p[n].period = agg_cell(a, b + n)->period;
			p[n].value = agg_cell(a, b + n)->s.value;
			p[n].src = agg_cell(a, b + n)->s.sources;
		}
		if (o.ytd)
			n = decumulate(p, n, name);
		mon = xcalloc(n ? n : 1, sizeof(*mon));
		memcpy(mon, p, n * sizeof(*p));
		nmon = n;
		if (o.annual)
			n = annualize(p, n, key->reporter);
		if (o.each)
			each_out(&c, a, key, p, n, mon, nmon, &o, name);
		else
			series_out(&c, a, key, p, n, &o, name);
		free(p);
		free(mon);
	}
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	free(covers);
	return cli_finish(&c);
}
