/*
 * evidence.c - the claim engine of trade-claim (see evidence.h).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "evidence.h"
#include "period.h"
#include "prodlist.h"
#include "util.h"

/* The data rows kept: those of the claims' countries. */
struct rec {
	int		 period;
	char		 reporter[CODE_MAX], partner[CODE_MAX];
	enum flow	 flow;
	char		 product[HS_MAX + 1];
	double		 value;
	char		 currency[8];
	int		 src;
};

struct evidence {
	const struct claim	*cl;
	size_t			 ncl;
	struct evidence_opts	 o;
	struct rec		*recs;
	size_t			 nrecs, caprecs;
	char			*srcs[64];
	int			 nsrcs;
};

/* The result of one measurement. */
struct meas {
	double		 value;
	long		 rows;
	unsigned	 months;	/* months of monthly rows, as bits */
	int		 monthly;	/* from monthly rows */
	uint64_t	 srcmask;
	int		 currency_bad;	/* not USD */
	char		 currency[8];
};

static int
src_id(struct evidence *ev, const char *s)
{
	int i;

	for (i = 0; i < ev->nsrcs; i++)
		if (strcmp(ev->srcs[i], s) == 0)
			return i;
	if (ev->nsrcs == 64)
		return 63;
	ev->srcs[ev->nsrcs] = xstrdup(s);
	return ev->nsrcs++;
}

static int
wanted(const struct claim *cl, size_t n, const char *code)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(cl[i].reporter, code) == 0 ||
		    strcmp(cl[i].partner, code) == 0)
			return 1;
	return 0;
}

/*
 * The product condition: TOTAL rows, or each listed code at the level the
 * data has it (its own rows where there are some, else its subheadings at
 * the coarsest level present: never a heading and its subheadings).  lv
 * (one per list code) gets the level of each code the candidates hold;
 * the others are not touched.
 */
static void
levels(const struct claim *cl, const struct rec *cand, size_t ncand, int *lv)
{
	size_t i, k, nk, idx[HS_MAX + 1];

	for (i = 0; i < ncand; i++) {
		nk = prodlist_prefixes(&cl->pl, cand[i].product, idx);
		for (k = 0; k < nk; k++)
			lv[idx[k]] = 99;
	}
	for (i = 0; i < ncand; i++) {
		int l = hs_level(cand[i].product);

		nk = prodlist_prefixes(&cl->pl, cand[i].product, idx);
		for (k = 0; k < nk; k++)
			if (l < lv[idx[k]])
				lv[idx[k]] = l;
	}
}

/* A candidate at the level its code is taken at. */
static int
at_level(const struct claim *cl, const struct rec *x, const int *lv)
{
	size_t k, nk, idx[HS_MAX + 1];
	int l = hs_level(x->product);

	nk = prodlist_prefixes(&cl->pl, x->product, idx);
	for (k = 0; k < nk; k++)
		if (lv[idx[k]] == l)
			return 1;
	return 0;
}

/*
 * The sum of rows reported by rep (NULL: any country) with partner par
 * (NULL: any country) in flows, for the claim's products, in period p
 * (a year: its annual rows, else its monthly rows; a month: that month).
 */
static struct meas
measure(const struct evidence *ev, const struct claim *cl, const char *rep,
    const char *par, unsigned flows, int p)
{
	struct meas m;
	struct rec *cand = NULL;
	size_t i, nc = 0, cap = 0;
	int *lv = NULL, has_annual = 0;

	memset(&m, 0, sizeof(m));
	for (i = 0; i < ev->nrecs; i++) {
		const struct rec *x = &ev->recs[i];
		int y = period_is_monthly(x->period) ? x->period / 100 * 100 :
		    x->period;

		if (!(flows & (1u << x->flow)))
			continue;
		if (rep ? strcmp(x->reporter, rep) != 0 :
		    codes_is_aggregate(x->reporter))
			continue;
		if (par ? strcmp(x->partner, par) != 0 :
		    codes_is_aggregate(x->partner) ||
		    strcmp(x->partner, x->reporter) == 0)
			continue;
		if (period_is_monthly(p) ? x->period != p : y != p)
			continue;
		if (cl->total ? strcmp(x->product, "TOTAL") != 0 :
		    !prodlist_match(&cl->pl, x->product))
			continue;
		if (nc == cap) {
			cap = cap ? 2 * cap : 64;
			cand = xrealloc(cand, cap * sizeof(*cand));
		}
		cand[nc++] = *x;
		if (x->period == p)
			has_annual = 1;
	}
	if (!cl->total) {
		lv = xmalloc(cl->pl.n * sizeof(*lv));
		levels(cl, cand, nc, lv);
	}
	for (i = 0; i < nc; i++) {
		const struct rec *x = &cand[i];

		if (has_annual && x->period != p)
			continue;	/* a year's own rows, not its months */
		if (!cl->total && !at_level(cl, x, lv))
			continue;
		if (strcmp(x->currency, "USD") != 0) {
			m.currency_bad = 1;
			snprintf(m.currency, sizeof(m.currency), "%s",
			    x->currency);
		}
		m.value += x->value;
		m.rows++;
		m.srcmask |= 1ull << x->src;
		if (x->period != p && period_is_monthly(x->period)) {
			m.monthly = 1;
			m.months |= 1u << (period_month(x->period) - 1);
		}
	}
	free(cand);
	free(lv);
	return m;
}

/* measure() over the claim's period or range: every year (or month) of
 * it; a year with only some of its months marks the sum partial. */
static struct meas
measure_range(const struct evidence *ev, const struct claim *cl,
    const char *rep, const char *par, unsigned flows)
{
	struct meas m, t;
	int p;

	memset(&t, 0, sizeof(t));
	for (p = cl->pr.lo; p <= cl->pr.hi; p = cl->annual ? p + 100 :
	    period_from_index(period_index(p) + 1, p)) {
		m = measure(ev, cl, rep, par, flows, p);
		t.value += m.value;
		t.rows += m.rows;
		t.srcmask |= m.srcmask;
		if (m.currency_bad) {
			t.currency_bad = 1;
			memcpy(t.currency, m.currency, sizeof(t.currency));
		}
		if (m.monthly && __builtin_popcount(m.months) < 12) {
			t.monthly = 1;
			t.months = m.months;
		}
	}
	return t;
}

static const char *
human(double v, char *buf, size_t size)
{
	if (fabs(v) >= 1e9)
		snprintf(buf, size, "%.2f bn", v / 1e9);
	else if (fabs(v) >= 1e6)
		snprintf(buf, size, "%.2f m", v / 1e6);
	else
		snprintf(buf, size, "%.6g", v);
	return buf;
}

static const char *
sources_of(const struct evidence *ev, uint64_t mask, char *buf, size_t size)
{
	size_t o = 0;
	int i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < ev->nsrcs && o < size; i++)
		if (mask & (1ull << i))
			o += (size_t)snprintf(buf + o, size - o, "%s%s",
			    n++ ? "; " : "", ev->srcs[i]);
	return buf;
}


static void
what_missing(const struct claim *cl, const char *rep, const char *par,
    unsigned flows, struct evidence_result *res, const char *more)
{
	snprintf(res->note, sizeof(res->note), "no rows for reporter %s, "
	    "partner %s, flow %s, product %s, %s%s", rep, par ? par : "(any)",
	    flows == (1u << FLOW_M | 1u << FLOW_X) ? "M and X" :
	    flows & (1u << FLOW_M) ? "M" : "X", cl->product, cl->period,
	    more);
}

/* A measurement is usable: rows, in USD, whole years. */
static int
usable(const struct claim *cl, const struct meas *m, const char *who,
    struct evidence_result *res)
{
	if (m->rows == 0)
		return 0;
	if (m->currency_bad) {
		snprintf(res->note, sizeof(res->note), "%s's rows are in %s; "
		    "the claim is in USD (convert the data first)", who,
		    m->currency);
		return -1;
	}
	if (cl->annual && m->monthly && __builtin_popcount(m->months) < 12) {
		snprintf(res->note, sizeof(res->note), "%s reports only %d "
		    "months of %s: a partial year cannot check a claim about "
		    "the year", who, __builtin_popcount(m->months),
		    cl->period);
		return -1;
	}
	return 1;
}

/* value or total trade of a claim, from rep's reports or (mirror) the
 * partner's; 1 computed, 0 missing, -1 not usable (note says why) */
static int
flow_value(const struct evidence *ev, const struct claim *cl, int mirror,
    struct evidence_result *res, double *out)
{
	unsigned fl = cl->flows, mfl = 0;
	struct meas own, other, t;
	int u;
	char hb[32];

	if (cl->both) {
		/* a published total (flow T) where the data has one */
		t = measure_range(ev, cl, cl->reporter, cl->partner,
		    1u << FLOW_T);
		if (t.rows && usable(cl, &t, cl->reporter, res) == 1) {
			own = t;
			goto have;
		}
	}
	own = measure_range(ev, cl, cl->reporter, cl->partner, fl);
have:
	if (fl & (1u << FLOW_M))
		mfl |= 1u << FLOW_X;
	if (fl & (1u << FLOW_X))
		mfl |= 1u << FLOW_M;
	other = measure_range(ev, cl, cl->partner, cl->reporter, mfl);
	if (other.rows == 0 && cl->both)
		other = measure_range(ev, cl, cl->partner, cl->reporter,
		    1u << FLOW_T);
	if ((u = usable(cl, &own, cl->reporter, res)) == 1) {
		*out = own.value;
		snprintf(res->side, sizeof(res->side), "%s", cl->reporter);
		res->rows = own.rows;
		res->srcmask = own.srcmask;
		if (other.rows && usable(cl, &other, cl->partner, res) == 1)
			snprintf(res->note, sizeof(res->note), "%s's reports; "
			    "%s reports %s", cl->reporter, cl->partner,
			    human(other.value, hb, sizeof(hb)));
		else
			snprintf(res->note, sizeof(res->note), "%s's reports",
			    cl->reporter);
		return 1;
	}
	if (u < 0)
		return -1;
	/* total trade is the same flow seen from either side */
	if ((cl->both || mirror) && (u = usable(cl, &other, cl->partner,
	    res)) == 1) {
		*out = other.value;
		snprintf(res->side, sizeof(res->side), "%s", cl->both ?
		    cl->partner : "mirror");
		res->rows = other.rows;
		res->srcmask = other.srcmask;
		snprintf(res->note, sizeof(res->note), cl->both ? "%s has no "
		    "rows; %s's reports of the same trade" : "%s has no rows; "
		    "mirror: computed from %s's reports of the other "
		    "direction (exports FOB, imports CIF)", cl->reporter,
		    cl->partner);
		return 1;
	}
	if (u < 0)
		return -1;
	what_missing(cl, cl->reporter, cl->partner, fl, res, mirror ||
	    cl->both ? "" : " (--mirror computes it from the partner's "
	    "reports)");
	return 0;
}

/* Each partner's value of rep's flow in the claim's period: for share
 * and rank.  Mirror: each reporter's value of the mirror flow to rep. */
static int
partners(const struct evidence *ev, const struct claim *cl, int mirror,
    double **vals, char ***codes, long *rows, uint64_t *srcmask)
{
	unsigned fl = cl->flows, mfl = 0;
	size_t i, j;
	int n = 0;

	if (fl & (1u << FLOW_M))
		mfl |= 1u << FLOW_X;
	if (fl & (1u << FLOW_X))
		mfl |= 1u << FLOW_M;
	*vals = NULL;
	*codes = NULL;
	*rows = 0;
	*srcmask = 0;
	for (i = 0; i < ev->nrecs; i++) {
		const struct rec *x = &ev->recs[i];
		const char *who = mirror ? x->reporter : x->partner;
		const char *self = mirror ? x->partner : x->reporter;
		struct meas m;

		if (strcmp(self, cl->reporter) != 0 ||
		    !((mirror ? mfl : fl) & (1u << ev->recs[i].flow)) ||
		    codes_is_aggregate(who) || strcmp(who, self) == 0)
			continue;
		for (j = 0; j < (size_t)n; j++)
			if (strcmp((*codes)[j], who) == 0)
				break;
		if (j < (size_t)n)
			continue;
		m = mirror ? measure_range(ev, cl, who, cl->reporter, mfl) :
		    measure_range(ev, cl, cl->reporter, who, fl);
		if (m.rows == 0 || m.currency_bad)
			continue;
		*vals = xrealloc(*vals, (size_t)(n + 1) * sizeof(double));
		*codes = xrealloc(*codes, (size_t)(n + 1) * sizeof(char *));
		(*vals)[n] = m.value;
		(*codes)[n] = xstrdup(who);
		*rows += m.rows;
		*srcmask |= m.srcmask;
		n++;
	}
	return n;
}

static void
evaluate(const struct evidence *ev, const struct claim *cl, int mirror,
    struct evidence_result *res)
{
	char hb[32], hb2[32];

	memset(res, 0, sizeof(*res));
	switch (cl->metric) {
	case M_VALUE:
	case M_TOTAL:
		res->ok = flow_value(ev, cl, mirror, res, &res->computed) == 1;
		return;
	case M_GROWTH: {
		struct claim prev = *cl;
		struct evidence_result r0;
		double now, before;
		int step = cl->annual ? 100 : 1;

		if (flow_value(ev, cl, mirror, res, &now) != 1)
			return;
		prev.pr.lo = cl->annual ? cl->pr.lo - 100 :
		    period_from_index(period_index(cl->pr.lo) - 1, cl->pr.lo);
		prev.pr.hi = cl->annual ? cl->pr.hi - 100 : prev.pr.lo;
		prev.period = "the period before";
		(void)step;
		memset(&r0, 0, sizeof(r0));
		if (flow_value(ev, &prev, mirror, &r0, &before) != 1 ||
		    strcmp(r0.side, res->side) != 0 || before <= 0) {
			snprintf(res->note, sizeof(res->note), "no value of "
			    "the period before %s from the same side (%s)",
			    cl->period, res->side);
			return;
		}
		res->computed = now / before - 1;
		res->rows += r0.rows;
		res->srcmask |= r0.srcmask;
		snprintf(res->note, sizeof(res->note), "%s's reports: %s, the "
		    "period before %s", res->side, human(now, hb, sizeof(hb)),
		    human(before, hb2, sizeof(hb2)));
		res->ok = 1;
		return;
	}
	case M_SHARE:
	case M_RANK: {
		double *v, tot = 0, mine = -1;
		char **codes;
		long rows;
		uint64_t sm;
		int n, i, rank = 1, side_mirror = 0, world = 0;

		n = partners(ev, cl, 0, &v, &codes, &rows, &sm);
		if (n == 0 && mirror) {
			n = partners(ev, cl, 1, &v, &codes, &rows, &sm);
			side_mirror = 1;
		}
		for (i = 0; i < n; i++) {
			tot += v[i];
			if (strcmp(codes[i], cl->partner) == 0)
				mine = v[i];
		}
		for (i = 0; i < n; i++)
			if (v[i] > mine)
				rank++;
		if (n && !side_mirror && cl->metric == M_SHARE) {
			struct meas w = measure_range(ev, cl, cl->reporter,
			    "WLD", cl->flows);

			if (w.rows && !w.currency_bad && w.value > 0) {
				tot = w.value;	/* the reported total */
				world = 1;
				rows += w.rows;
			}
		}
		if (n == 0 || mine < 0) {
			char more[200];

			if (n)
				snprintf(more, sizeof(more), " (%d other "
				    "partners have rows)", n);
			else
				snprintf(more, sizeof(more), "%s", mirror ? "" :
				    " (--mirror computes it from the partners' "
				    "reports)");
			what_missing(cl, cl->reporter, n ? cl->partner : NULL,
			    cl->flows, res, more);
		} else {
			res->ok = 1;
			res->computed = cl->metric == M_SHARE ? mine / tot :
			    rank;
			res->rows = rows;
			res->srcmask = sm;
			snprintf(res->side, sizeof(res->side), "%s",
			    side_mirror ? "mirror" : cl->reporter);
			snprintf(res->note, sizeof(res->note), "%s%s of %s "
			    "(%s); %s ranks %d of %d partners", side_mirror ?
			    "mirror, from the partners' reports: " : "",
			    human(mine, hb, sizeof(hb)), human(tot, hb2,
			    sizeof(hb2)), world ? "the reported world total" :
			    "the sum over partners", cl->partner, rank, n);
		}
		for (i = 0; i < n; i++)
			free(codes[i]);
		free(codes);
		free(v);
		return;
	}
	case M_RECORD: {
		struct claim other = *cl;
		double now, best = -1, later = -1, v;
		int p, bestp = 0, laterp = 0, np = 0, lo = 999999, hi = 0;
		size_t i;
		char pb[PERIOD_BUFSZ];

		if (flow_value(ev, cl, mirror, res, &now) != 1)
			return;
		for (i = 0; i < ev->nrecs; i++) {
			int q = cl->annual ? ev->recs[i].period / 100 * 100 :
			    ev->recs[i].period;

			if (q < lo)
				lo = q;
			if (q > hi)
				hi = q;
		}
		for (p = lo; p <= hi; p = cl->annual ? p + 100 :
		    period_from_index(period_index(p) + 1, p)) {
			struct evidence_result r0;

			if (p >= cl->pr.lo && p <= cl->pr.hi)
				continue;
			other.pr.lo = other.pr.hi = p;
			memset(&r0, 0, sizeof(r0));
			if (flow_value(ev, &other, mirror, &r0, &v) != 1 ||
			    strcmp(r0.side, res->side) != 0)
				continue;
			if (p > cl->pr.hi) {
				/* later: not part of the claim, but told */
				if (v > later) {
					later = v;
					laterp = p;
				}
				continue;
			}
			np++;
			res->rows += r0.rows;
			res->srcmask |= r0.srcmask;
			if (v > best) {
				best = v;
				bestp = p;
			}
		}
		if (np == 0) {
			snprintf(res->note, sizeof(res->note), "no earlier "
			    "period from the same side (%s) to compare %s with",
			    res->side, cl->period);
			return;
		}
		res->ok = 1;
		res->computed = now > best;
		{
			size_t o = (size_t)snprintf(res->note,
			    sizeof(res->note), "%s's reports: %s %s; the "
			    "highest of %d earlier periods: %s in %s",
			    res->side, cl->period, human(now, hb, sizeof(hb)),
			    np, human(best, hb2, sizeof(hb2)),
			    period_format(bestp, pb));

			if (later > now && o < sizeof(res->note))
				snprintf(res->note + o, sizeof(res->note) - o,
				    " (later, %s: %s)", period_format(laterp,
				    pb), human(later, hb2, sizeof(hb2)));
		}
		return;
	}
	}
}

struct evidence *
evidence_alloc(const struct claim *cl, size_t n,
    const struct evidence_opts *o)
{
	struct evidence *ev = xcalloc(1, sizeof(*ev));

	ev->cl = cl;
	ev->ncl = n;
	if (o)
		ev->o = *o;
	return ev;
}

void
evidence_free(struct evidence *ev)
{
	int i;

	if (ev == NULL)
		return;
	for (i = 0; i < ev->nsrcs; i++)
		free(ev->srcs[i]);
	free(ev->recs);
	free(ev);
}

int
evidence_add(struct evidence *ev, const struct trade_row *row)
{
	struct rec *x;

	if (!wanted(ev->cl, ev->ncl, row->reporter) &&
	    !wanted(ev->cl, ev->ncl, row->partner))
		return 0;
	if (ev->nrecs == ev->caprecs) {
		ev->caprecs = ev->caprecs ? 2 * ev->caprecs : 1024;
		ev->recs = xrealloc(ev->recs, ev->caprecs * sizeof(*ev->recs));
	}
	x = &ev->recs[ev->nrecs++];
	x->period = row->period;
	memcpy(x->reporter, row->reporter, CODE_MAX);
	memcpy(x->partner, row->partner, CODE_MAX);
	x->flow = row->flow;
	memcpy(x->product, row->product, HS_MAX + 1);
	x->value = row->value;
	memcpy(x->currency, row->currency, sizeof(x->currency));
	x->src = src_id(ev, row->source ? row->source : "");
	return 1;
}

void
evidence_check(const struct evidence *ev, size_t i,
    struct evidence_result *res)
{
	const struct claim *x = &ev->cl[i];
	double d, lim;
	char sb[2048];

	evaluate(ev, x, ev->o.mirror, res);
	d = res->computed - x->expected;
	if (fabs(d) < 1e-12 * fmax(fabs(res->computed), fabs(x->expected)))
		d = 0;	/* 120/150 - 1 is not exactly -0.2 */
	res->difference = d;
	lim = x->tol_kind == TOL_REL ? x->tol * fabs(x->expected) : x->tol;
	res->verdict = !res->ok ? V_INSUFFICIENT : fabs(d) <= lim *
	    (1 + 1e-12) ? V_SUPPORTED : V_CONTRADICTED;
	res->sources = xstrdup(sources_of(ev, res->srcmask, sb, sizeof(sb)));
	if (res->ok && x->tol_kind == TOL_REL && x->expected != 0) {
		double pc = fabs(d) / fabs(x->expected) * 100;
		size_t o = strlen(res->note);

		snprintf(res->note + o, sizeof(res->note) - o, "; %.*f%% %s "
		    "the claim", pc < 1 ? 2 : 1, pc, d < 0 ? "below" :
		    "above");
	}
}

void
evidence_result_release(struct evidence_result *res)
{
	free(res->sources);
	res->sources = NULL;
}

const char *
evidence_verdict_name(enum verdict v)
{
	return v == V_SUPPORTED ? "supported" : v == V_CONTRADICTED ?
	    "contradicted" : "insufficient";
}
