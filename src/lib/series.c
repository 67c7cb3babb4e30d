/*
 * series.c - what is computed along a trade series (see series.h).
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "flow.h"
#include "group.h"
#include "period.h"
#include "series.h"
#include "util.h"

struct series_cover {
	struct group	*g;	/* key and year -> int mask */
};

struct series_cover *
series_cover_alloc(void)
{
	struct series_cover *cv = xmalloc(sizeof(*cv));

	cv->g = group_alloc(sizeof(int));
	return cv;
}

void
series_cover_free(struct series_cover *cv)
{
	if (cv == NULL)
		return;
	group_free(cv->g);
	free(cv);
}

static void
cover_key(struct keybuf *k, const char *key, int year)
{
	char yb[16];

	keybuf_reset(k);
	keybuf_add(k, key);
	snprintf(yb, sizeof(yb), "%d", year / 100);
	keybuf_add(k, yb);
}

int
series_cover_add(struct series_cover *cv, const char *key, int p)
{
	struct keybuf k;
	int *m;

	if (!period_is_monthly(p))
		return 0;
	cover_key(&k, key, p);
	if ((m = group_get(cv->g, k.buf, k.len, NULL)) == NULL)
		return -1;	/* GROUP_MAX keys and years */
	*m |= 1 << (period_month(p) - 1);
	return 0;
}

int
series_cover_mask(const struct series_cover *cv, const char *key, int year)
{
	struct keybuf k;
	const int *m;

	cover_key(&k, key, year);
	m = group_find(cv->g, k.buf, k.len);
	return m ? *m : 0;
}

const char *
series_cover_key(const struct agg_cell *c, char *buf)
{
	snprintf(buf, SERIES_KEYSZ, "%s %s", c->reporter, flow_code(c->flow));
	return buf;
}

int
series_cover_cells(struct series_cover *cv, const struct agg *a)
{
	char kb[SERIES_KEYSZ];
	size_t i;

	for (i = 0; i < agg_count(a); i++)
		if (series_cover_add(cv, series_cover_key(agg_cell(a, i), kb),
		    agg_cell(a, i)->period) < 0)
			return -1;
	return 0;
}

/* "EUR from 2019, USD from 2024": each currency of the cells [b, e)
 * with its first period, into buf. */
static void
currencies_text(const struct agg *a, size_t b, size_t e, char *buf,
    size_t size)
{
	char pb[PERIOD_BUFSZ];
	size_t i, j, len = 0;

	buf[0] = '\0';
	for (i = b; i < e && len < size; i++) {
		const struct agg_cell *c = agg_cell(a, i);
		int n;

		for (j = b; j < i; j++)
			if (strcmp(agg_cell(a, j)->currency, c->currency) == 0)
				break;
		if (j < i)
			continue;	/* named already */
		n = snprintf(buf + len, size - len, "%s%s from %s",
		    len ? ", " : "", c->currency[0] ? c->currency : "(none)",
		    period_format(c->period, pb));
		len += n > 0 ? (size_t)n : 0;
	}
}

int
series_load(const struct agg *a, size_t b, size_t e, struct series_pt *p,
    char *err, size_t errsz)
{
	const struct agg_cell *c0 = agg_cell(a, b);
	char cur[256];
	size_t i;

	for (i = b; i < e; i++) {
		const struct agg_cell *c = agg_cell(a, i);
		struct series_pt *x = &p[i - b];

		if (strcmp(c->currency, c0->currency) != 0) {
			currencies_text(a, b, e, cur, sizeof(cur));
			snprintf(err, errsz, "%s: the series mixes currencies "
			    "(%s): convert its rows to one first (trade-fx "
			    "--rates FILE --to USD), or keep the rows of one "
			    "currency", agg_group_name(c0, AK_PERIOD), cur);
			return -1;
		}
		memset(x, 0, sizeof(*x));
		x->period = c->period;
		x->value = c->s.value;
		x->tag = c->s.sources;
		if (!period_is_monthly(c->period) && c->s.month_mask) {
			x->mask = c->s.month_mask;
			x->months = util_popcount((unsigned)x->mask);
		}
	}
	return 0;
}

void
series_notes_release(struct series_notes *nt)
{
	size_t i;

	for (i = 0; i < nt->n; i++)
		free(nt->msg[i]);
	free(nt->msg);
	nt->msg = NULL;
	nt->n = 0;
}

static void
note(struct series_notes *nt, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
note(struct series_notes *nt, const char *fmt, ...)
{
	va_list ap;
	int len;
	char *m;

	va_start(ap, fmt);
	len = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	m = xmalloc((size_t)len + 1);
	va_start(ap, fmt);
	vsnprintf(m, (size_t)len + 1, fmt, ap);
	va_end(ap);
	nt->msg = xrealloc(nt->msg, (nt->n + 1) * sizeof(*nt->msg));
	nt->msg[nt->n++] = m;
}

void
series_decumulate(const struct series_pt *p, size_t n, struct series_pt *out,
    size_t *nout, struct series_notes *nt)
{
	struct series_pt prev = { 0, 0, 0, 0, 0 };
	char pb[PERIOD_BUFSZ], pb2[PERIOD_BUFSZ];
	size_t i, k = 0;

	/* out may be p: point i is written at k <= i, so the original of
	 * point i - 1 is kept aside */
	for (i = 0; i < n; i++) {
		struct series_pt cur = p[i];
		int m = period_month(cur.period);

		if (m == 0)
			note(nt, "%s is not a month: --ytd wants monthly "
			    "year-to-date figures (left out)",
			    period_format(cur.period, pb));
		else if (m == 1)
			out[k++] = cur;
		else if (i == 0 || prev.period != cur.period - 1)
			note(nt, "%s: the year-to-date figure of %s is "
			    "missing, so the month cannot be separated (left "
			    "out)", period_format(cur.period, pb),
			    period_format(cur.period - 1, pb2));
		else {
			out[k] = cur;
			out[k].value = cur.value - prev.value;
			out[k].tag |= prev.tag;
			if (out[k].value < 0)
				note(nt, "%s: the year-to-date figure fell (a "
				    "revision?): the month is negative",
				    period_format(cur.period, pb));
			k++;
		}
		prev = cur;
	}
	*nout = k;
}

size_t
series_annualize(struct series_pt *p, size_t n, const struct series_cover *cv,
    const char *key)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++) {
		int y = p[i].period / 100 * 100, mask;

		if (!period_is_monthly(p[i].period)) {
			p[k++] = p[i];
			continue;
		}
		if (k > 0 && p[k - 1].period == y && p[k - 1].months) {
			p[k - 1].value += p[i].value;
			p[k - 1].tag |= p[i].tag;
			continue;
		}
		mask = series_cover_mask(cv, key, y);
		p[k].period = y;
		p[k].value = p[i].value;
		p[k].tag = p[i].tag;
		p[k].mask = mask ? mask : 1 << (period_month(p[i].period) - 1);
		p[k].months = util_popcount((unsigned)p[k].mask);
		k++;
	}
	return k;
}

const struct series_pt *
series_find(const struct series_pt *p, size_t n, int period)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i].period == period)
			return &p[i];
	return NULL;
}

int
series_same_months(const struct series_pt *m, size_t nm,
    const struct series_cover *cv, const char *key, int year, int mask,
    double *sum)
{
	int k;

	*sum = -1;
	if ((series_cover_mask(cv, key, year) & mask) != mask)
		return SERIES_PARTIAL;
	*sum = 0;
	for (k = 0; k < 12; k++) {
		const struct series_pt *x;

		if ((mask & (1 << k)) &&
		    (x = series_find(m, nm, year + k + 1)) != NULL)
			*sum += x->value;
	}
	return SERIES_OK;
}

/* "Jan-Aug", or "Jan, Mar, Dec": the months of mask, into buf. */
static const char *
mask_text(int mask, char *buf, size_t size)
{
	static const char names[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	size_t len = 0;
	int m, last;

	buf[0] = '\0';
	for (m = 0; m < 12; m++) {
		if (!(mask & 1 << m))
			continue;
		for (last = m; last + 1 < 12 && mask & 1 << (last + 1); last++)
			;
		if (len + 16 > size)
			break;
		len += (size_t)snprintf(buf + len, size - len, "%s%.3s",
		    len ? ", " : "", names + 3 * m);
		if (last > m)	/* a run: "Jan-Mar", two: "Jan, Feb" */
			len += (size_t)snprintf(buf + len, size - len,
			    "%s%.3s", last > m + 1 ? "-" : ", ",
			    names + 3 * last);
		m = last;
	}
	return buf;
}

/* The change of a partial year (or of a year after one): against the
 * other year's point of the same months, else from the monthly points;
 * NaN, noted, when neither has them. */
static double
yoy_partial(const struct series_pt *cur, const struct series_pt *prev,
    int py, const struct series_pt *m, size_t nm,
    const struct series_cover *cv, const char *key,
    struct series_notes *nt)
{
	const struct series_pt *part = cur->months && cur->months < 12 ?
	    cur : prev;
	char pb[PERIOD_BUFSZ], pb2[PERIOD_BUFSZ], mb[64];
	double s;

	if (prev->mask == cur->mask)
		return prev->value > 0 ? cur->value / prev->value - 1 : NAN;
	if (part == cur) {
		if (series_same_months(m, nm, cv, key, py, cur->mask,
		    &s) == SERIES_OK)
			return s > 0 ? cur->value / s - 1 : NAN;
	} else if (series_same_months(m, nm, cv, key, cur->period,
	    prev->mask, &s) == SERIES_OK && s >= 0)
		return prev->value > 0 ? s / prev->value - 1 : NAN;
	note(nt, "%s: no change on %s: %s covers %d months (%s), and the "
	    "same months of %s are not in the data (the monthly rows, with "
	    "--annual, give them)", period_format(cur->period, pb),
	    period_format(py, pb2), period_format(part->period, pb),
	    part->months, mask_text(part->mask, mb, sizeof(mb)),
	    period_format(part == cur ? py : cur->period, pb2));
	return NAN;
}

void
series_yoy(const struct series_pt *p, size_t n, const struct series_pt *m,
    size_t nm, const struct series_cover *cv, const char *key, double *yoy,
    struct series_notes *nt)
{
	size_t i;

	for (i = 0; i < n; i++) {
		int py = p[i].period - 100;	/* a year earlier */
		const struct series_pt *prev = series_find(p, n, py);

		yoy[i] = NAN;
		if (prev == NULL)
			continue;
		if ((p[i].months && p[i].months < 12) ||
		    (prev->months && prev->months < 12))
			yoy[i] = yoy_partial(&p[i], prev, py, m, nm, cv, key,
			    nt);
		else if (prev->value > 0)
			yoy[i] = p[i].value / prev->value - 1;
	}
}

int
series_index(const struct series_pt *p, size_t n, int base, double *idx)
{
	const struct series_pt *b = series_find(p, n, base);
	size_t i;

	for (i = 0; i < n; i++)
		idx[i] = b && b->value > 0 ? p[i].value / b->value * 100 : NAN;
	return b ? SERIES_OK : SERIES_ENOBASE;
}

void
series_moving_average(const struct series_pt *p, size_t n, size_t window,
    double *ma)
{
	size_t i, k;

	for (i = 0; i < n; i++) {
		long idx = period_index(p[i].period);
		double s = 0;

		ma[i] = NAN;
		if (window == 0)
			continue;
		for (k = 0; k < window; k++) {
			const struct series_pt *x = series_find(p, n,
			    period_from_index(idx - (long)k, p[i].period));

			if (x == NULL)
				break;
			s += x->value;
		}
		if (k == window)
			ma[i] = s / (double)window;
	}
}

double
series_time(int period)
{
	return period_is_monthly(period) ? period_year(period) +
	    (period_month(period) - 1) / 12.0 : period_year(period);
}

/* "P1, P2 (10 months)": the partial years, or the points not above 0,
 * of the full ones; NULL when none.  The caller frees it. */
static char *
periods_list(const struct series_pt *p, size_t n, int partial)
{
	char *s = NULL, pb[PERIOD_BUFSZ], one[64];
	size_t i, len = 0;

	for (i = 0; i < n; i++) {
		int part = p[i].months && p[i].months < 12;

		if (partial ? !part : part || p[i].value > 0)
			continue;
		if (partial)
			snprintf(one, sizeof(one), "%s%s (%d months)", len ?
			    ", " : "", period_format(p[i].period, pb),
			    p[i].months);
		else
			snprintf(one, sizeof(one), "%s%s", len ? ", " : "",
			    period_format(p[i].period, pb));
		s = xrealloc(s, len + strlen(one) + 1);
		memcpy(s + len, one, strlen(one) + 1);
		len += strlen(one);
	}
	return s;
}

/* What the summary left out or could not do. */
static void
summary_notes(const struct series_pt *p, size_t n, int brk,
    const struct series_summary *s, struct series_notes *nt)
{
	char pb[PERIOD_BUFSZ], *part, *bad = NULL;

	if (s->mixed)
		note(nt, "the series mixes years and months (--annual rolls "
		    "the months up to years): no statistics");
	if ((part = periods_list(p, n, 1)) != NULL)
		note(nt, "partial years left out of the CAGR, the trend and "
		    "the slope: %s", part);
	if (!s->mixed && (bad = periods_list(p, n, 0)) != NULL)
		note(nt, "zero or negative values cannot enter a log-linear "
		    "trend (left out of it, kept in the linear slope): %s",
		    bad);
	free(part);
	free(bad);
	if (s->mixed)
		return;
	if (s->trend < 0)
		note(nt, "%zu usable points: too short for a trend (3 "
		    "needed)", s->ntrend);
	if (brk && period_is_monthly(brk) && s->first &&
	    !period_is_monthly(s->first->period))
		note(nt, "a monthly break (%s) on annual data: the year %d "
		    "stays in the first regime (give --break %d or %d)",
		    period_format(brk, pb), period_year(brk),
		    period_year(brk), period_year(brk) + 1);
	if (!brk || s->chow == 0)
		return;
	if (s->chow == -2)
		note(nt, "one trend fits every point exactly: nothing for a "
		    "Chow test at %s to test", period_format(brk, pb));
	else
		note(nt, "a Chow test at %s needs 2 points in each regime and "
		    "5 in all (has %zu before, %zu from it)",
		    period_format(brk, pb), s->nbefore,
		    s->ntrend - s->nbefore);
}

void
series_summarise(const struct series_pt *p, size_t n, double level, int brk,
    double *work, struct series_notes *nt, struct series_summary *s)
{
	double *t = work, *v = work + n, *tl = work + 2 * n,
	    *vl = work + 3 * n;
	size_t i, k = 0, kl = 0;
	struct fit lin;

	s->n = n;
	s->first = s->last = NULL;
	s->mixed = 0;
	s->cagr = s->slope = NAN;
	s->trend = s->chow = -1;
	s->nbefore = 0;
	for (i = 1; i < n; i++)
		if (period_is_monthly(p[i].period) !=
		    period_is_monthly(p[0].period))
			s->mixed = 1;
	for (i = 0; i < n && !s->mixed; i++) {
		if (p[i].months && p[i].months < 12)
			continue;
		tl[kl] = series_time(p[i].period);
		vl[kl++] = p[i].value;
		if (!(p[i].value > 0))
			continue;
		t[k] = series_time(p[i].period);
		v[k++] = p[i].value;
	}
	for (i = 0; i < n; i++)
		if (!p[i].months || p[i].months >= 12) {
			if (s->first == NULL)
				s->first = &p[i];
			s->last = &p[i];
		}
	s->ntrend = k;
	if (!s->mixed) {
		if (s->first && s->first != s->last)
			s->cagr = stats_cagr(s->first->value, s->last->value,
			    period_years_between(s->first->period,
			    s->last->period));
		if (k >= 3 && stats_trend(t, v, k, level, &s->tr) == 0)
			s->trend = 0;
		if (stats_ols(tl, vl, kl, &lin) == 0)
			s->slope = lin.b;
		if (brk) {
			while (s->nbefore < k &&
			    t[s->nbefore] < series_time(brk))
				s->nbefore++;
			s->chow = stats_chow(t, v, k, series_time(brk),
			    &s->ch);
		}
	}
	summary_notes(p, n, brk, s, nt);
}

/* The table's functions: one per column. */
static double
stat_n(const struct series_summary *s)
{
	return (double)s->n;
}

static double
stat_first_period(const struct series_summary *s)
{
	return s->first ? s->first->period : NAN;
}

static double
stat_last_period(const struct series_summary *s)
{
	return s->last ? s->last->period : NAN;
}

static double
stat_first(const struct series_summary *s)
{
	return s->first ? s->first->value : NAN;
}

static double
stat_last(const struct series_summary *s)
{
	return s->last ? s->last->value : NAN;
}

static double
stat_cagr(const struct series_summary *s)
{
	return s->cagr;
}

static double
stat_growth(const struct series_summary *s)
{
	return s->trend == 0 ? s->tr.growth : NAN;
}

static double
stat_se(const struct series_summary *s)
{
	return s->trend == 0 ? s->tr.fit.se_b : NAN;
}

static double
stat_lo(const struct series_summary *s)
{
	return s->trend == 0 ? s->tr.lo : NAN;
}

static double
stat_hi(const struct series_summary *s)
{
	return s->trend == 0 ? s->tr.hi : NAN;
}

static double
stat_r2(const struct series_summary *s)
{
	return s->trend == 0 ? s->tr.fit.r2 : NAN;
}

static double
stat_slope(const struct series_summary *s)
{
	return s->slope;
}

static double
stat_chow_f(const struct series_summary *s)
{
	return s->chow == 0 ? s->ch.f : NAN;
}

static double
stat_chow_df1(const struct series_summary *s)
{
	return s->chow == 0 ? s->ch.df1 : NAN;
}

static double
stat_chow_df2(const struct series_summary *s)
{
	return s->chow == 0 ? s->ch.df2 : NAN;
}

static double
stat_chow_p(const struct series_summary *s)
{
	return s->chow == 0 ? s->ch.p : NAN;
}

static double
stat_before(const struct series_summary *s)
{
	return s->chow == 0 ? s->ch.before.growth : NAN;
}

static double
stat_after(const struct series_summary *s)
{
	return s->chow == 0 ? s->ch.after.growth : NAN;
}

const struct series_stat series_stats[] = {
	{ "n", SERIES_COUNT, 0, stat_n, "points of the series" },
	{ "first_period", SERIES_PERIOD, 0, stat_first_period,
	    "the first full period" },
	{ "last_period", SERIES_PERIOD, 0, stat_last_period,
	    "the last full period" },
	{ "first", SERIES_NUMBER, 0, stat_first, "its value" },
	{ "last", SERIES_NUMBER, 0, stat_last, "its value" },
	{ "cagr", SERIES_NUMBER, 0, stat_cagr,
	    "compound annual growth, first to last" },
	{ "trend_growth", SERIES_NUMBER, 0, stat_growth,
	    "log-linear trend growth a year (ITC)" },
	{ "trend_se", SERIES_NUMBER, 0, stat_se, "its slope's standard error" },
	{ "ci_low", SERIES_NUMBER, 0, stat_lo,
	    "its confidence interval (--level), from" },
	{ "ci_high", SERIES_NUMBER, 0, stat_hi, "to" },
	{ "r2", SERIES_NUMBER, 0, stat_r2, "R squared of the trend" },
	{ "slope", SERIES_NUMBER, 0, stat_slope,
	    "linear slope a year (zeros in)" },
	{ "chow_f", SERIES_NUMBER, 1, stat_chow_f,
	    "--break: Chow test F" },
	{ "chow_df1", SERIES_COUNT, 1, stat_chow_df1,
	    "its first degrees of freedom" },
	{ "chow_df2", SERIES_COUNT, 1, stat_chow_df2, "and the second" },
	{ "chow_p", SERIES_NUMBER, 1, stat_chow_p, "its p value" },
	{ "growth_before", SERIES_NUMBER, 1, stat_before,
	    "trend growth before the break" },
	{ "growth_after", SERIES_NUMBER, 1, stat_after, "and from it" },
	{ NULL, SERIES_NUMBER, 0, NULL, NULL }
};

/* The canonical fields of key, with period, value and sources. */
static void
write_keys(struct csvw *w, const struct agg *a, const struct agg_cell *key,
    int period, double value, uint32_t sources)
{
	struct agg_cell x;

	agg_cell_copy(&x, key);
	x.period = period;
	x.s.value = value;
	x.s.qty = 2;
	x.s.sources = sources;
	agg_write_keys(w, a, &x, 0);
}

void
series_write_header(struct csvw *w, int each, int brk)
{
	static const char *const keys[] = { "period", "reporter", "partner",
	    "flow", "product", "value", "quantity", "unit", "currency",
	    "source", NULL };
	static const char *const eachc[] = { "months", "month_mask", "yoy",
	    "index", "ma", NULL };
	const struct series_stat *st;
	const char *const *k;

	for (k = keys; *k; k++)
		csvw_str(w, *k);
	for (k = eachc; each && *k; k++)
		csvw_str(w, *k);
	for (st = series_stats; !each && st->name; st++)
		if (!st->brk || brk)
			csvw_str(w, st->name);
	csvw_end(w);
}

void
series_write_each(struct csvw *w, const struct agg *a,
    const struct agg_cell *key, const struct series_pt *p, size_t n,
    const double *yoy, const double *idx, const double *ma)
{
	size_t i;

	for (i = 0; i < n; i++) {
		write_keys(w, a, key, p[i].period, p[i].value, p[i].tag);
		agg_write_months(w, p[i].months, p[i].months ? p[i].mask : 0);
		csvw_num(w, yoy[i]);
		csvw_num(w, idx[i]);
		csvw_num(w, ma[i]);
		csvw_end(w);
	}
}

void
series_write_summary(struct csvw *w, const struct agg *a,
    const struct agg_cell *key, const struct series_summary *s, int brk)
{
	const struct series_stat *st;
	char pb[PERIOD_BUFSZ];

	write_keys(w, a, key, 0, s->last ? s->last->value : NAN,
	    key->s.sources);
	for (st = series_stats; st->name; st++) {
		double x = st->fn(s);

		if (st->brk && !brk)
			continue;
		if (st->kind == SERIES_NUMBER)
			csvw_num(w, x);
		else if (isnan(x))
			csvw_empty(w);
		else if (st->kind == SERIES_COUNT)
			csvw_int(w, (long long)x);
		else
			csvw_str(w, period_format((int)x, pb));
	}
	csvw_end(w);
}
