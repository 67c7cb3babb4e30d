/*
 * fx.c - currency conversion with a stated rates table (see fx.h).
 *
 * The rates are the table's own: ECB euro foreign exchange reference
 * rates (units of currency per euro, monthly and annual averages of the
 * daily rates), IMF International Financial Statistics (national
 * currency per US dollar, period average), Federal Reserve H.10/G.5
 * (monthly averages; G.5A annual).  Cross rates go through the base:
 * rate(C -> T) = per(T) / per(C).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "fx.h"
#include "num.h"
#include "period.h"
#include "util.h"

struct fx_entry {
	char		 cur[4];
	int		 period;
	double		 per;
	unsigned long	 line;		/* in the rates file; 0 made here */
};

struct fx {
	struct fx_entry	*e;
	size_t		 n, cap;
	char		 base[4];
	char		*name;		/* the rates file, for messages */
};

static int
is_code(const char *s)
{
	return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
	    s[2] >= 'A' && s[2] <= 'Z' && s[3] == '\0';
}

struct fx *
fx_alloc(const char *base)
{
	struct fx *x = xcalloc(1, sizeof(*x));

	snprintf(x->base, sizeof(x->base), "%s", base);
	x->name = xstrdup("the rates table");
	return x;
}

void
fx_free(struct fx *x)
{
	if (x == NULL)
		return;
	free(x->e);
	free(x->name);
	free(x);
}

const char *
fx_base(const struct fx *x)
{
	return x->base;
}

static void
push(struct fx *x, const char *cur, int period, double per,
    unsigned long line)
{
	if (x->n == x->cap) {
		x->cap = x->cap ? 2 * x->cap : 64;
		x->e = xrealloc(x->e, x->cap * sizeof(*x->e));
	}
	memcpy(x->e[x->n].cur, cur, 4);
	x->e[x->n].period = period;
	x->e[x->n].per = per;
	x->e[x->n].line = line;
	x->n++;
}

int
fx_add(struct fx *x, int period, const char *cur, double per, char *err,
    size_t errsz)
{
	if (!is_code(cur)) {
		snprintf(err, errsz, "not a currency code (want three "
		    "capitals): '%s'", cur);
		return -1;
	}
	if (!(per > 0) || !isfinite(per)) {
		snprintf(err, errsz, "not a positive rate: %g", per);
		return -1;
	}
	push(x, cur, period, per, 0);
	return 0;
}

static int
entry_cmp(const void *a, const void *b)
{
	const struct fx_entry *x = a, *y = b;
	int c = strcmp(x->cur, y->cur);

	if (c != 0)
		return c;
	if (x->period != y->period)
		return x->period < y->period ? -1 : 1;
	return (x->line > y->line) - (x->line < y->line);
}

static const struct fx_entry *
find(const struct fx *x, const char *cur, int period)
{
	size_t lo = 0, hi = x->n;

	/* after fx_finish() a currency and period has one entry */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct fx_entry *m = &x->e[mid];
		int c = strcmp(m->cur, cur);

		if (c == 0)
			c = m->period < period ? -1 : m->period > period;
		if (c == 0)
			return m;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int
fx_finish(struct fx *x, char *err, size_t errsz)
{
	char pb[PERIOD_BUFSZ];
	size_t i, j, n;

	if (x->n > 0)
		qsort(x->e, x->n, sizeof(*x->e), entry_cmp);
	for (i = 1; i < x->n; i++) {
		const struct fx_entry *a = &x->e[i - 1], *b = &x->e[i];

		if (strcmp(a->cur, b->cur) == 0 && a->period == b->period) {
			if (b->line)
				snprintf(err, errsz, "%s:%lu: a second rate "
				    "for %s in %s (the first on line %lu)",
				    x->name, b->line, b->cur,
				    period_format(b->period, pb), a->line);
			else
				snprintf(err, errsz, "%s: a second rate for "
				    "%s in %s", x->name, b->cur,
				    period_format(b->period, pb));
			return -1;
		}
	}
	/* a year with no annual row and all twelve months: the mean of the
	 * twelve (entries of a currency's year are together, the annual
	 * row, month 0, first) */
	n = x->n;
	for (i = 0; i < n; i = j) {
		int y = period_year(x->e[i].period), annual = 0, months = 0;
		double sum = 0;

		for (j = i; j < n && strcmp(x->e[j].cur, x->e[i].cur) == 0 &&
		    period_year(x->e[j].period) == y; j++) {
			if (period_month(x->e[j].period) == 0)
				annual = 1;
			else {
				months++;
				sum += x->e[j].per;
			}
		}
		if (!annual && months == 12)
			push(x, x->e[i].cur, y * 100, sum / 12, 0);
	}
	if (x->n != n)
		qsort(x->e, x->n, sizeof(*x->e), entry_cmp);
	return 0;
}

int
fx_knows(const struct fx *x, const char *cur)
{
	size_t lo = 0, hi = x->n;

	if (strcmp(cur, x->base) == 0)
		return 1;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(x->e[mid].cur, cur);

		if (c == 0)
			return 1;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return 0;
}

const char *
fx_currencies(const struct fx *x, char *buf, size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < x->n && len + 6 < size; i++) {
		if (i > 0 && strcmp(x->e[i].cur, x->e[i - 1].cur) == 0)
			continue;
		len += (size_t)snprintf(buf + len, size - len, "%s%s",
		    len ? ", " : "", x->e[i].cur);
	}
	return buf;
}

/* Units of cur per unit of the base at period, or -1 with err. */
static int
per_base(const struct fx *x, const char *cur, int period, double *per,
    char *err, size_t errsz)
{
	const struct fx_entry *e;
	char pb[PERIOD_BUFSZ];
	int m, months = 0;

	if (strcmp(cur, x->base) == 0) {
		*per = 1;
		return 0;
	}
	if ((e = find(x, cur, period)) != NULL) {
		*per = e->per;
		return 0;
	}
	if (period_month(period) != 0) {
		snprintf(err, errsz, "no rate for %s in %s in %s (a period "
		    "without a rate is not guessed)", cur,
		    period_format(period, pb), x->name);
		return -1;
	}
	for (m = 1; m <= 12; m++)
		months += find(x, cur, period + m) != NULL;
	snprintf(err, errsz, "no rate for %s in %s in %s (no annual row, "
	    "and %d of its 12 months: an annual rate is the annual row, or "
	    "the mean of all 12 monthly rates)", cur,
	    period_format(period, pb), x->name, months);
	return -1;
}

int
fx_rate(const struct fx *x, int period, const char *from, const char *to,
    double *rate, char *err, size_t errsz)
{
	double pf = 1, pt = 1;

	if (strcmp(from, to) == 0) {
		*rate = 1;
		return 0;
	}
	if (per_base(x, from, period, &pf, err, errsz) < 0 ||
	    per_base(x, to, period, &pt, err, errsz) < 0)
		return -1;
	*rate = pt / pf;
	return 0;
}

int
fx_convert(const struct fx *x, struct trade_row *row, const char *to,
    double *rate, char *err, size_t errsz)
{
	char why[512], vb[NUM_BUFSZ];
	const char *from = row->currency[0] ? row->currency : "USD";
	double v;

	if (strcmp(from, to) == 0) {
		*rate = 1;
		snprintf(row->currency, sizeof(row->currency), "%s", to);
		return 0;
	}
	if (row->period == 0) {
		snprintf(err, errsz, "%s:%llu: column 'period': empty (periods "
		    "summed away): convert each period's rows before summing "
		    "periods", row->file, (unsigned long long)row->line);
		return -1;
	}
	if (period_month(row->period) == 0 && row->months > 0 &&
	    row->months < 12) {
		snprintf(err, errsz, "%s:%llu: column 'months': a roll-up of "
		    "%d months of %d, whose rate is not the year's: convert "
		    "the monthly rows, then roll them up (trade-agg --annual)",
		    row->file, (unsigned long long)row->line, row->months,
		    period_year(row->period));
		return -1;
	}
	if (fx_rate(x, row->period, from, to, rate, why, sizeof(why)) < 0) {
		snprintf(err, errsz, "%s:%llu: %s", row->file,
		    (unsigned long long)row->line, why);
		return -1;
	}
	v = row->value * *rate;
	if (!isfinite(v)) {
		snprintf(err, errsz, "%s:%llu: column 'value': overflows in "
		    "%s at %.15g %s per %s: '%s'", row->file,
		    (unsigned long long)row->line, to, *rate, to, from,
		    num_format(row->value, vb));
		return -1;
	}
	row->value = v;
	snprintf(row->currency, sizeof(row->currency), "%s", to);
	return 0;
}

/* The column named name in the header, or -1. */
static long
column(struct csvr *r, const char *name)
{
	size_t i;

	for (i = 0; i < csvr_nfields(r); i++)
		if (util_strcasecmp(csvr_field(r, i), name) == 0)
			return (long)i;
	return -1;
}

struct fx *
fx_load(const char *path, char *err, size_t errsz)
{
	const char *e, *f;
	struct csvr *r = csvr_open(path, 0, CSV_ENC_AUTO, &e);
	struct fx *x;
	long cp, cc, cr, cu, ce;
	unsigned long line;
	char cur[8], pb[PERIOD_BUFSZ];
	size_t len;
	double per;
	int st, period;

	if (r == NULL) {
		snprintf(err, errsz, "%s: %s", path, e);
		return NULL;
	}
	if ((st = csvr_next(r)) <= 0) {
		if (st < 0)
			snprintf(err, errsz, "%s", csvr_error(r));
		else
			snprintf(err, errsz, "%s:1: empty rates file (no header "
			    "line)", csvr_name(r));
		csvr_close(r);
		return NULL;
	}
	cp = column(r, "period");
	cc = column(r, "currency");
	cu = column(r, "per_usd");
	ce = column(r, "per_eur");
	if (cp < 0 || cc < 0 || (cu < 0) == (ce < 0)) {
		snprintf(err, errsz, "%s:1: %s", csvr_name(r), cu >= 0 &&
		    ce >= 0 ? "both per_usd and per_eur: a rates file has "
		    "one base currency" : "want columns period, currency and "
		    "per_usd (units of the currency per US dollar) or per_eur");
		csvr_close(r);
		return NULL;
	}
	cr = cu >= 0 ? cu : ce;
	x = fx_alloc(cu >= 0 ? "USD" : "EUR");
	free(x->name);
	x->name = xstrdup(csvr_name(r));
	while ((st = csvr_next(r)) == 1) {
		line = (unsigned long)csvr_line(r);
		if ((size_t)cp >= csvr_nfields(r) ||
		    (size_t)cc >= csvr_nfields(r) ||
		    (size_t)cr >= csvr_nfields(r)) {
			snprintf(err, errsz, "%s:%lu: ragged row: %zu fields",
			    x->name, line, csvr_nfields(r));
			goto fail;
		}
		f = csvr_field(r, (size_t)cp);
		len = csvr_len(r, (size_t)cp);
		if (period_parse(f, len, &period) < 0) {
			snprintf(err, errsz, "%s:%lu: column 'period': not a "
			    "period (want YYYY or YYYY-MM): '%s'", x->name,
			    line, util_excerpt(f, len));
			goto fail;
		}
		f = csvr_field(r, (size_t)cc);
		len = csvr_len(r, (size_t)cc);
		snprintf(cur, sizeof(cur), "%.*s", (int)(len < 7 ? len : 7),
		    f);
		if (len != 3 || !is_code(cur)) {
			snprintf(err, errsz, "%s:%lu: column 'currency': not a "
			    "currency code (want ISO 4217, three capitals): "
			    "'%s'", x->name, line, util_excerpt(f, len));
			goto fail;
		}
		f = csvr_field(r, (size_t)cr);
		len = csvr_len(r, (size_t)cr);
		if (num_parse(f, len, &per) != NUM_OK || !(per > 0)) {
			snprintf(err, errsz, "%s:%lu: column '%s': not a "
			    "positive rate: '%s'", x->name, line,
			    cu >= 0 ? "per_usd" : "per_eur",
			    util_excerpt(f, len));
			goto fail;
		}
		if (strcmp(cur, x->base) == 0) {
			if (per != 1) {
				snprintf(err, errsz, "%s:%lu: column '%s': the "
				    "base currency %s is 1 %s per %s in %s, "
				    "not '%s'", x->name, line, cu >= 0 ?
				    "per_usd" : "per_eur", cur, cur, cur,
				    period_format(period, pb),
				    util_excerpt(f, len));
				goto fail;
			}
			continue;
		}
		push(x, cur, period, per, line);
	}
	if (st < 0) {
		snprintf(err, errsz, "%s", csvr_error(r));
		goto fail;
	}
	csvr_close(r);
	if (x->n == 0) {
		snprintf(err, errsz, "%s: no rates", x->name);
		fx_free(x);
		return NULL;
	}
	if (fx_finish(x, err, errsz) < 0) {
		fx_free(x);
		return NULL;
	}
	return x;
fail:
	csvr_close(r);
	fx_free(x);
	return NULL;
}
