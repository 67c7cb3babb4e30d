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
#include "fx.h"
#include "period.h"
#include "prodlist.h"
#include "util.h"

/* The data rows kept: those of the claims' countries, countries as ids
 * of the evidence set's table. */
struct rec {
	int		 period;
	int		 reporter, partner;	/* country ids */
	enum flow	 flow;
	char		 product[HS_MAX + 1];
	char		 currency[8];
	char		 unit[32];
	double		 value;
	double		 quantity;	/* NaN when the row has none */
	int		 src;
	uint64_t	 at;		/* place in the input */
};

#define MAXSOURCES	64
#define CHAP_OTHER	10000	/* the bit of products not of four digits */
#define CHAP_WORDS	(CHAP_OTHER / 64 + 1)
#define CHAP_LISTS	101	/* chapters 00..99 and the others */

struct hlist {
	size_t		 start, n;	/* hidx[start .. start + n) */
};

struct cover {
	int		 reporter;	/* id + 1; 0 a free slot */
	int		 year;		/* YYYY00 */
	unsigned	 months;	/* bit m-1, of its monthly rows */
	unsigned	 flows;		/* bits of enum flow of its rows with
					 * a country (not an aggregate) */
};

struct evidence {
	const struct claim	*cl;
	size_t			 ncl;
	struct evidence_opts	 o;
	struct rec		*recs;
	size_t			 nrecs, caprecs;
	int			 sorted;
	int			 minp, maxp, miny, maxy; /* periods, years */
	/* country codes: ids in order of first sight, an open hash set of
	 * them, and whether a claim names the country */
	char			(*code)[CODE_MAX];
	unsigned char		*named, *agg;	/* agg: an aggregate */
	/* the at of the row each was first seen in (a merge numbers the
	 * codes of its sets in this order, then in the order of ids) */
	uint64_t		*first;
	size_t			 ncode, capcode;
	size_t			 nnamed;	/* ids of the claims' countries */
	/* the claims of each of them that may want a row of a chapter (the
	 * heading's first two digits; CHAP_LISTS - 1 for a product that
	 * does not start with four): hidx[hl[i].start .. + hl[i].n) for i
	 * id * CHAP_LISTS + chapter; a row is offered to those only */
	struct hlist		*hl;
	size_t			*hidx;
	int			*crep, *cpar;	/* each claim's ids */
	size_t			 nseen;		/* rows of named countries */
	int			*slot;		/* id + 1; 0 free */
	size_t			 nslot;
	/* id + 1 of the codes of three capital letters (most of them), by
	 * codes_upper3(): found without hashing */
	int			*id3;
	/* per claim country (the first nnamed ids), the products its claims
	 * may want, as bits: heading 0000..9999, and CHAP_OTHER for a
	 * product that does not start with four digits (TOTAL): a row
	 * outside them is not offered to each claim */
	uint64_t		(*chap)[CHAP_WORDS];
	char			*srcs[MAXSOURCES];
	int			 nsrcs;
	/* the months each reporter's monthly rows cover, per year (any
	 * partner, product or flow: as trade-trend counts them) */
	struct cover		*cover;
	size_t			 ncover;	/* a power of two, or 0 */
	size_t			 ncovered;
	uint64_t		 nadd;		/* evidence_add()'s rows */
};

/* The slot of code: where it is, or the free one where it goes. */
static size_t
code_slot(const struct evidence *ev, const char *code)
{
	size_t mask = ev->nslot - 1, s = (size_t)util_hash(code) & mask;

	while (ev->slot[s] != 0 && strcmp(ev->code[ev->slot[s] - 1],
	    code) != 0)
		s = (s + 1) & mask;
	return s;
}

/* The id of a country code, -1 when no row or claim has it. */
static int
code_find(const struct evidence *ev, const char *code)
{
	unsigned i;

	if (codes_upper3(code, &i) && code[3] == '\0')
		return ev->id3[i] - 1;
	return ev->nslot ? ev->slot[code_slot(ev, code)] - 1 : -1;
}

static int
code_id(struct evidence *ev, const char *code, uint64_t first)
{
	size_t s, i;
	unsigned u3;

	if (2 * (ev->ncode + 1) > ev->nslot) {
		free(ev->slot);
		ev->nslot = ev->nslot ? 2 * ev->nslot : 256;
		ev->slot = xcalloc(ev->nslot, sizeof(*ev->slot));
		for (i = 0; i < ev->ncode; i++)
			ev->slot[code_slot(ev, ev->code[i])] = (int)i + 1;
	}
	s = code_slot(ev, code);
	if (ev->slot[s] != 0)
		return ev->slot[s] - 1;
	if (ev->ncode == ev->capcode) {
		ev->capcode = ev->capcode ? 2 * ev->capcode : 256;
		ev->code = xrealloc(ev->code, ev->capcode * sizeof(*ev->code));
		ev->named = xrealloc(ev->named, ev->capcode);
		ev->agg = xrealloc(ev->agg, ev->capcode);
		ev->first = xrealloc(ev->first, ev->capcode *
		    sizeof(*ev->first));
	}
	snprintf(ev->code[ev->ncode], CODE_MAX, "%s", code);
	ev->named[ev->ncode] = 0;
	ev->agg[ev->ncode] = (unsigned char)codes_is_aggregate(code);
	ev->first[ev->ncode] = first;
	ev->slot[s] = (int)ev->ncode + 1;
	if (codes_upper3(code, &u3) && code[3] == '\0')
		ev->id3[u3] = (int)ev->ncode + 1;
	return (int)ev->ncode++;
}

static int
year_of(int p)
{
	return p / 100 * 100;
}

/*
 * Whether a partner is an area "nes" ("Other Asia, nes": S19, Comtrade's
 * 490) rather than a country.  The code table does not flag S19 as an
 * aggregate (the other programs rank it with countries: it is Taiwan's
 * trade), but a claim's note counts and ranks countries, so the areas
 * are named apart (their trade stays in the sums).
 */
static int
is_area(const char *code)
{
	const struct country *c = codes_find(code);
	size_t n;

	if (c == NULL || c->name == NULL || (n = strlen(c->name)) < 5)
		return 0;
	return strcmp(c->name + n - 5, ", nes") == 0;
}

static size_t
cover_slot(const struct cover *c, size_t n, int rep, int year)
{
	size_t mask = n - 1, s = ((size_t)rep * 2654435761u ^
	    (size_t)year) & mask;

	while (c[s].reporter != 0 && (c[s].reporter != rep + 1 ||
	    c[s].year != year))
		s = (s + 1) & mask;
	return s;
}

/* The cover of reporter rep in a year (YYYY00), made when new. */
static struct cover *
cover_get(struct evidence *ev, int rep, int year)
{
	size_t s, i;

	if (2 * (ev->ncovered + 1) > ev->ncover) {
		size_t n = ev->ncover ? 2 * ev->ncover : 64;
		struct cover *c = xcalloc(n, sizeof(*c));

		for (i = 0; i < ev->ncover; i++)
			if (ev->cover[i].reporter != 0)
				c[cover_slot(c, n, ev->cover[i].reporter - 1,
				    ev->cover[i].year)] = ev->cover[i];
		free(ev->cover);
		ev->cover = c;
		ev->ncover = n;
	}
	s = cover_slot(ev->cover, ev->ncover, rep, year);
	if (ev->cover[s].reporter == 0) {
		ev->cover[s].reporter = rep + 1;
		ev->cover[s].year = year;
		ev->ncovered++;
	}
	return &ev->cover[s];
}

/* A row of reporter rep: its flow with a country, and the month of a
 * monthly row, are covered. */
static void
cover_add(struct evidence *ev, int rep, int period, enum flow flow,
    int country)
{
	struct cover *c = cover_get(ev, rep, year_of(period));

	if (period_is_monthly(period))
		c->months |= 1u << (period_month(period) - 1);
	if (country)
		c->flows |= 1u << flow;
}

/* The months the reporter's rows cover in a year (bit m-1). */
static unsigned
cover_months(const struct evidence *ev, const char *rep, int year)
{
	int id = code_find(ev, rep);
	size_t s;

	if (id < 0 || ev->ncover == 0)
		return 0;
	s = cover_slot(ev->cover, ev->ncover, id, year);
	return ev->cover[s].reporter ? ev->cover[s].months : 0;
}

/*
 * Whether the reporter is silent for a claim: no rows in its flows with
 * any country, in any year of its period (one that does not publish:
 * its partners' reports are the evidence there is).
 */
static int
silent(const struct evidence *ev, const struct claim *cl, unsigned flows)
{
	int id = code_find(ev, cl->reporter), y;
	size_t s;

	if (id < 0 || ev->ncover == 0)
		return 1;
	for (y = year_of(cl->pr.lo); y <= year_of(cl->pr.hi); y += 100) {
		s = cover_slot(ev->cover, ev->ncover, id, y);
		if (ev->cover[s].reporter && (ev->cover[s].flows & flows))
			return 0;
	}
	return 1;
}

static int
bits_for(size_t n)
{
	int k = 0;

	while (k < 63 && ((size_t)1 << k) < n)
		k++;
	return k;
}

/*
 * Put the rows in order of reporter, partner and year, and in the order
 * of the input within (the sums add in that order): an LSD radix sort on
 * the three as one key, stable, 11 bits a pass (the years of periods are
 * 1900..2199).
 */
static void
sort_recs(struct evidence *ev)
{
	enum { DIGIT = 11, NB = 1 << DIGIT };
	size_t n = ev->nrecs, i, *cnt;
	uint64_t *key = xmalloc(n * sizeof(*key)), *k2;
	uint32_t *ix, *ix2;
	int cb = bits_for(ev->ncode), nbits = 2 * cb + 9, sh;
	struct rec *out;

	if (n < 2) {
		free(key);
		return;
	}
	k2 = xmalloc(n * sizeof(*k2));
	ix = xmalloc(n * sizeof(*ix));
	ix2 = xmalloc(n * sizeof(*ix2));
	cnt = xmalloc(NB * sizeof(*cnt));
	for (i = 0; i < n; i++) {
		const struct rec *x = &ev->recs[i];
		int y = period_year(x->period) - 1900;

		key[i] = (uint64_t)x->reporter << (cb + 9) |
		    (uint64_t)x->partner << 9 | (uint64_t)(y < 0 ? 0 :
		    y > 511 ? 511 : y);
		ix[i] = (uint32_t)i;
	}
	for (sh = 0; sh < nbits; sh += DIGIT) {
		size_t sum = 0, c;
		uint64_t *tk;
		uint32_t *ti;

		memset(cnt, 0, NB * sizeof(*cnt));
		for (i = 0; i < n; i++)
			cnt[key[i] >> sh & (NB - 1)]++;
		for (i = 0; i < NB; i++) {
			c = cnt[i];
			cnt[i] = sum;
			sum += c;
		}
		for (i = 0; i < n; i++) {
			size_t d = cnt[key[i] >> sh & (NB - 1)]++;

			k2[d] = key[i];
			ix2[d] = ix[i];
		}
		tk = key, key = k2, k2 = tk;
		ti = ix, ix = ix2, ix2 = ti;
	}
	out = xmalloc(ev->caprecs * sizeof(*out));
	for (i = 0; i < n; i++)
		out[i] = ev->recs[ix[i]];
	free(ev->recs);
	ev->recs = out;
	free(key);
	free(k2);
	free(ix);
	free(ix2);
	free(cnt);
}

/* The first row at or after (rep, par, year). */
static size_t
lower(const struct evidence *ev, int rep, int par, int year)
{
	size_t lo = 0, hi = ev->nrecs;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		const struct rec *x = &ev->recs[mid];
		int yx = year_of(x->period);

		if (x->reporter < rep || (x->reporter == rep &&
		    (x->partner < par || (x->partner == par && yx < year))))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* The result of one measurement. */
struct meas {
	double		 value;
	long		 rows;
	unsigned	 months;	/* months of monthly rows, as bits */
	int		 monthly;	/* from monthly rows */
	int		 partial;	/* a year the reporter does not cover
					 * in full (its monthly rows) */
	unsigned	 covered;	/* the months it covers of that year */
	uint64_t	 srcmask;
	char		 currency[32];	/* of the rows (quantity: unit) */
	char		 other[32];	/* a second one: mixed */
	long		 noqty;		/* quantity: rows without one */
	char		 from[8];	/* converted from this currency */
	char		 fxerr[256];	/* a rate that is missing */
};

/* The id of a source; -1 past MAXSOURCES. */
static int
src_id(struct evidence *ev, const char *s)
{
	int i;

	for (i = 0; i < ev->nsrcs; i++)
		if (strcmp(ev->srcs[i], s) == 0)
			return i;
	if (ev->nsrcs == MAXSOURCES)
		return -1;
	ev->srcs[ev->nsrcs] = xstrdup(s);
	return ev->nsrcs++;
}

/*
 * The product condition: TOTAL rows, or each listed code at the level the
 * data has it (its own rows where there are some, else its subheadings at
 * the coarsest level present: never a heading and its subheadings).  lv
 * (one per list code) gets the level of each code the candidates hold;
 * the others are not touched.
 */
static void
levels(const struct claim *cl, const struct rec *const *cand, size_t ncand,
    int *lv)
{
	size_t i, k, nk, idx[HS_MAX + 1];

	for (i = 0; i < ncand; i++) {
		nk = prodlist_prefixes(&cl->pl, cand[i]->product, idx);
		for (k = 0; k < nk; k++)
			lv[idx[k]] = 99;
	}
	for (i = 0; i < ncand; i++) {
		int l = hs_level(cand[i]->product);

		nk = prodlist_prefixes(&cl->pl, cand[i]->product, idx);
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
 * The sum of rows reported by rep with partner par in flows, for the
 * claim's products, in period p (a year: its annual rows, else its
 * monthly rows; a month: that month).
 */
static struct meas
measure(const struct evidence *ev, const struct claim *cl, const char *rep,
    const char *par, unsigned flows, int p)
{
	struct meas m;
	const struct rec **cand = NULL;
	const char *cur;
	double v;
	size_t i, nc = 0, cap = 0;
	int *lv = NULL, has_annual = 0, ri, pi;

	memset(&m, 0, sizeof(m));
	if ((ri = code_find(ev, rep)) < 0 || (pi = code_find(ev, par)) < 0)
		return m;
	for (i = lower(ev, ri, pi, year_of(p)); i < ev->nrecs; i++) {
		const struct rec *x = &ev->recs[i];

		if (x->reporter != ri || x->partner != pi ||
		    year_of(x->period) != year_of(p))
			break;
		if (!(flows & (1u << x->flow)))
			continue;
		if (period_is_monthly(p) && x->period != p)
			continue;
		if (cl->total ? strcmp(x->product, "TOTAL") != 0 :
		    !prodlist_match(&cl->pl, x->product))
			continue;
		if (nc == cap) {
			cap = cap ? 2 * cap : 64;
			cand = xrealloc(cand, cap * sizeof(*cand));
		}
		cand[nc++] = x;
		if (x->period == p)
			has_annual = 1;
	}
	if (!cl->total) {
		lv = xmalloc(cl->pl.n * sizeof(*lv));
		levels(cl, cand, nc, lv);
	}
	for (i = 0; i < nc; i++) {
		const struct rec *x = cand[i];

		if (has_annual && x->period != p)
			continue;	/* a year's own rows, not its months */
		if (!cl->total && !at_level(cl, x, lv))
			continue;
		/* a quantity claim sums the quantities, in one unit */
		if (cl->metric == M_QUANTITY && x->quantity != x->quantity) {
			m.noqty++;
			continue;
		}
		cur = cl->metric == M_QUANTITY ? x->unit : x->currency;
		v = cl->metric == M_QUANTITY ? x->quantity : x->value;
		/* an amount in another currency than the claim's, with the
		 * rates of its period (the month's, or the year's mean) */
		if ((cl->metric == M_VALUE || cl->metric == M_TOTAL) &&
		    ev->o.fx != NULL && strcmp(cur, cl->currency) != 0) {
			double rate;

			if (fx_rate(ev->o.fx, x->period, cur, cl->currency,
			    &rate, m.fxerr, sizeof(m.fxerr)) < 0)
				continue;
			snprintf(m.from, sizeof(m.from), "%s", cur);
			cur = cl->currency;
			v *= rate;
		}
		if (m.rows == 0)
			snprintf(m.currency, sizeof(m.currency), "%s", cur);
		else if (strcmp(cur, m.currency) != 0)
			snprintf(m.other, sizeof(m.other), "%s", cur);
		m.value += v;
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
		if (m.rows && t.rows == 0)
			memcpy(t.currency, m.currency, sizeof(t.currency));
		else if (m.rows && strcmp(m.currency, t.currency) != 0)
			memcpy(t.other, m.currency, sizeof(t.other));
		if (m.other[0])
			memcpy(t.other, m.other, sizeof(t.other));
		t.value += m.value;
		t.rows += m.rows;
		t.noqty += m.noqty;
		if (m.from[0])
			memcpy(t.from, m.from, sizeof(t.from));
		if (m.fxerr[0] && !t.fxerr[0])
			memcpy(t.fxerr, m.fxerr, sizeof(t.fxerr));
		t.srcmask |= m.srcmask;
		if (m.monthly && cl->annual && !t.partial) {
			/* a month the reporter has rows for, but none with
			 * this partner, is a month without this trade; a
			 * month with no rows at all is missing */
			unsigned c = cover_months(ev, rep, year_of(p));

			if (util_popcount(c) < 12) {
				t.partial = year_of(p);
				t.covered = c;
			}
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


/* Whether every source of mask is a reconciled dataset (CEPII BACI). */
static int
all_reconciled(const struct evidence *ev, uint64_t mask)
{
	int i;

	for (i = 0; i < ev->nsrcs; i++)
		if ((mask & (1ull << i)) && strstr(ev->srcs[i], "BACI") ==
		    NULL)
			return 0;
	return mask != 0;
}

/*
 * A reconciled dataset (CEPII BACI) is not the reporter's own reports:
 * it balances both sides' figures.  When every row of the result is
 * from one, the note's "CHN's reports" names it instead.
 */
static void
reconciled(const struct evidence *ev, const struct claim *cl,
    struct evidence_result *res)
{
	char was[64], now[200], tmp[sizeof(res->note)], *at;
	const char *who = res->side;

	/* a total from both sides ("CHN+RUS") names its sources */
	if (res->srcmask == 0 || res->side[0] == '\0' ||
	    strchr(res->side, '+') != NULL)
		return;
	/* the partner's side: its reports are BACI's too */
	if (strcmp(who, "mirror") == 0)
		who = cl->partner;
	if (!all_reconciled(ev, res->srcmask))
		return;
	snprintf(was, sizeof(was), "%s's reports", who);
	if ((at = strstr(res->note, was)) == NULL)
		return;
	snprintf(now, sizeof(now), "CEPII BACI's figures for %s (a dataset "
	    "reconciled from both sides' reports, not %s's own)", who, who);
	snprintf(tmp, sizeof(tmp), "%.*s%s%s", (int)(at - res->note),
	    res->note, now, at + strlen(was));
	memcpy(res->note, tmp, sizeof(res->note));
}

static const char *
flow_word(unsigned flows)
{
	return flows == (1u << FLOW_M | 1u << FLOW_X) ? "M and X" :
	    flows & (1u << FLOW_M) ? "M" : "X";
}

static void
what_missing(const struct claim *cl, const char *rep, const char *par,
    unsigned flows, struct evidence_result *res, const char *more)
{
	snprintf(res->note, sizeof(res->note), "no rows for reporter %s, "
	    "partner %s, flow %s, product %s, %s%s", rep, par ? par : "(any)",
	    flow_word(flows), cl->product, cl->period, more);
}

/* Whether a claim states an amount of money, which the data must give
 * in its currency (shares, growth, ranks and records are ratios). */
static int
money(const struct claim *cl)
{
	return cl->metric == M_VALUE || cl->metric == M_TOTAL;
}

/* A measurement is usable: rows, in one currency (the claim's, for an
 * amount), whole years. */
static int
usable(const struct claim *cl, const struct meas *m, const char *who,
    struct evidence_result *res)
{
	if (m->noqty > 0) {
		snprintf(res->note, sizeof(res->note), "%ld of %s's rows ha%s "
		    "no quantity: their sum is not the quantity traded",
		    m->noqty, who, m->noqty == 1 ? "s" : "ve");
		return -1;
	}
	if (m->fxerr[0]) {
		snprintf(res->note, sizeof(res->note), "%s's rows cannot be "
		    "converted to %s: %s", who, cl->currency, m->fxerr);
		return -1;
	}
	if (m->rows == 0)
		return 0;
	if (m->other[0]) {
		snprintf(res->note, sizeof(res->note), cl->metric ==
		    M_QUANTITY ? "%s's rows mix the units %s and %s" :
		    "%s's rows mix %s and %s (convert them to one currency "
		    "first)", who, m->currency, m->other);
		return -1;
	}
	if (money(cl) && strcmp(m->currency, cl->currency) != 0) {
		snprintf(res->note, sizeof(res->note), "the data are in %s, "
		    "the claim in %s (%s's reports; convert them first)",
		    m->currency, cl->currency, who);
		return -1;
	}
	if (m->partial) {
		static const char mon[] = "JanFebMarAprMayJunJulAugSepOctNov"
		    "Dec";
		char miss[64];
		size_t o = 0;
		int k;

		for (k = 0; k < 12; k++)
			if (!(m->covered & (1u << k)))
				o += (size_t)snprintf(miss + o,
				    sizeof(miss) - o, "%s%.3s", o ? " " : "",
				    mon + 3 * k);
		snprintf(res->note, sizeof(res->note), "%s reports only %d "
		    "months of %d (no rows at all for %s): a partial year "
		    "cannot check a claim about the year", who,
		    util_popcount(m->covered), period_year(m->partial), miss);
		return -1;
	}
	return 1;
}

/* The note says when an amount was converted, and with what rates. */
static void
converted(const struct evidence *ev, const struct meas *m,
    const struct claim *cl, struct evidence_result *res)
{
	size_t o = strlen(res->note);

	if (m->from[0] && o < sizeof(res->note))
		snprintf(res->note + o, sizeof(res->note) - o, "; converted "
		    "from %s to %s with the rates of %s (each row at its "
		    "period's rate)", m->from, cl->currency, ev->o.rates ?
		    ev->o.rates : "the rates table");
}

static int	 partners(const struct evidence *, const struct claim *, int,
		    double **, char ***, long *, uint64_t *, char *, char *);
static void	 coverage(const struct claim *, char **, const double *, int,
		    double, int, struct evidence_result *);
static double	 world_total(const struct evidence *, const struct claim *,
		    const char *);
static int	 mirror_sum(const struct evidence *, const struct claim *,
		    struct evidence_result *, double *);

/*
 * Total trade where the reporter reports one direction only, flow fl
 * (the other it does not publish at all in the claim's years): its
 * reports of fl, plus the partner's reports of the same flow the other
 * way, which are that other direction.  1 computed, 0 missing, -1 not
 * usable (the note says why).
 */
static int
half_total(const struct evidence *ev, const struct claim *cl, enum flow fl,
    struct evidence_result *res, double *out)
{
	struct claim pc = *cl;
	struct meas mine, theirs;
	char hb[32], hb2[32];
	const char *dir = fl == FLOW_X ? "exports" : "imports";
	const char *odir = fl == FLOW_X ? "imports" : "exports";

	mine = measure_range(ev, cl, cl->reporter, cl->partner, 1u << fl);
	theirs = measure_range(ev, cl, cl->partner, cl->reporter, 1u << fl);
	if ((mine.rows && usable(cl, &mine, cl->reporter, res) < 0) ||
	    (theirs.rows && usable(cl, &theirs, cl->partner, res) < 0))
		return -1;
	memcpy(pc.reporter, cl->partner, sizeof(pc.reporter));
	if (theirs.rows == 0 && silent(ev, &pc, 1u << fl)) {
		snprintf(res->note, sizeof(res->note), "total trade needs "
		    "both directions: %s has rows of %s only (%s %s) and %s "
		    "none of %s: %s's %s from %s are in neither side's rows",
		    cl->reporter, dir, flow_code(fl), human(mine.value, hb,
		    sizeof(hb)), cl->partner, dir, cl->reporter, odir,
		    cl->partner);
		return 0;
	}
	if (mine.rows && theirs.rows &&
	    strcmp(mine.currency, theirs.currency) != 0) {
		snprintf(res->note, sizeof(res->note), "%s's rows are in %s, "
		    "%s's in %s (convert them to one currency first)",
		    cl->reporter, mine.currency, cl->partner, theirs.currency);
		return -1;
	}
	*out = mine.value + theirs.value;
	/* ISO3 codes; a longer code is cut in the side, never the sum */
	snprintf(res->side, sizeof(res->side), "%.19s+%.19s", cl->reporter,
	    cl->partner);
	res->rows = mine.rows + theirs.rows;
	res->srcmask = mine.srcmask | theirs.srcmask;
	if (all_reconciled(ev, res->srcmask))
		snprintf(res->note, sizeof(res->note), "CEPII BACI's figures "
		    "(a dataset reconciled from both sides' reports, each "
		    "flow as its exporter's): %s's %s to %s %s, %s's %s to "
		    "%s %s", cl->reporter, dir, cl->partner, human(mine.value,
		    hb, sizeof(hb)), cl->partner, dir, cl->reporter,
		    human(theirs.value, hb2, sizeof(hb2)));
	else
		snprintf(res->note, sizeof(res->note), "%s has no rows of "
		    "%s: its %s to %s from %s's reports (%s), its %s from "
		    "%s's %s to it (%s)", cl->reporter, odir, dir,
		    cl->partner, cl->reporter, human(mine.value, hb,
		    sizeof(hb)), odir, cl->partner, dir, human(theirs.value,
		    hb2, sizeof(hb2)));
	converted(ev, mine.rows ? &mine : &theirs, cl, res);
	return 1;
}

/* For a claim of months: when who's rows (with whom, in flows) for the
 * claim's years are annual only, a note of it into buf ("" if not). */
static void
annual_only(const struct evidence *ev, const struct claim *cl,
    const char *who, const char *whom, unsigned flows, char *buf,
    size_t size)
{
	struct claim yc = *cl;
	struct meas m;
	char hb[32], yb[32];

	buf[0] = '\0';
	if (cl->annual)
		return;
	yc.annual = 1;
	yc.pr.lo = year_of(cl->pr.lo);
	yc.pr.hi = year_of(cl->pr.hi);
	m = measure_range(ev, &yc, who, whom, flows);
	if (m.rows == 0 || m.monthly)
		return;
	if (yc.pr.lo == yc.pr.hi)
		snprintf(yb, sizeof(yb), "%d", yc.pr.lo / 100);
	else
		snprintf(yb, sizeof(yb), "%d..%d", yc.pr.lo / 100,
		    yc.pr.hi / 100);
	snprintf(buf, size, "%s's reports of %s are annual rows only (%s in "
	    "the year%s), none of %s", who, yb, human(m.value, hb,
	    sizeof(hb)), yc.pr.lo == yc.pr.hi ? "" : "s", cl->period);
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
		int sm, sx;

		/* a published total (flow T) where the data has one */
		t = measure_range(ev, cl, cl->reporter, cl->partner,
		    1u << FLOW_T);
		if (t.rows && usable(cl, &t, cl->reporter, res) == 1) {
			own = t;
			goto have;
		}
		/* a reporter with rows of one direction only (BACI's rows
		 * are each exporter's; a country that publishes one flow):
		 * its M and X would be half the trade */
		sm = silent(ev, cl, 1u << FLOW_M);
		sx = silent(ev, cl, 1u << FLOW_X);
		if (sm != sx)
			return half_total(ev, cl, sm ? FLOW_X : FLOW_M, res,
			    out);
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
		converted(ev, &own, cl, res);
		return 1;
	}
	if (u < 0)
		return -1;
	/* a reporter that does not publish: its partners' side, with
	 * --mirror or not */
	if (!mirror && !cl->both && silent(ev, cl, fl))
		mirror = 1;
	if (mirror && !cl->both && codes_is_aggregate(cl->partner))
		return mirror_sum(ev, cl, res, out);
	/* total trade is the same flow seen from either side */
	if ((cl->both || mirror) && (u = usable(cl, &other, cl->partner,
	    res)) == 1) {
		*out = other.value;
		snprintf(res->side, sizeof(res->side), "%s", cl->both ?
		    cl->partner : "mirror");
		res->rows = other.rows;
		res->srcmask = other.srcmask;
		if (cl->both)
			snprintf(res->note, sizeof(res->note), "%s has no "
			    "rows; %s's reports of the same trade",
			    cl->reporter, cl->partner);
		else
			snprintf(res->note, sizeof(res->note), "%s has no "
			    "rows of flow %s in %s; mirror: computed from %s's "
			    "reports of the other direction (exports FOB, "
			    "imports CIF)", cl->reporter, flow_word(fl),
			    cl->period, cl->partner);
		if (!cl->both) {
			char code[CODE_MAX], *cp = code;

			memcpy(code, cl->partner, sizeof(code));
			coverage(cl, &cp, &other.value, 1, world_total(ev,
			    cl, other.currency), 0, res);
		}
		converted(ev, &other, cl, res);
		return 1;
	}
	if (u < 0)
		return -1;
	if (other.rows == 0) {
		char more[400], an[300];

		/* a monthly claim on rows of the year: say they are */
		annual_only(ev, cl, cl->partner, cl->reporter, mfl, an,
		    sizeof(an));
		if (an[0] == '\0')
			annual_only(ev, cl, cl->reporter, cl->partner, fl, an,
			    sizeof(an));
		snprintf(more, sizeof(more), " (nor rows of %s's reports of "
		    "it%s%s)", cl->partner, an[0] ? "; " : "", an);
		what_missing(cl, cl->reporter, cl->partner, fl, res, more);
	} else
		what_missing(cl, cl->reporter, cl->partner, fl, res, " (the "
		    "partner's reports have it: --mirror uses them)");
	return 0;
}

/* The reporter's own world row of the claim's flows and products, in
 * currency cur: NAN when it has none. */
static double
world_total(const struct evidence *ev, const struct claim *cl,
    const char *cur)
{
	struct meas w = measure_range(ev, cl, cl->reporter, "WLD", cl->flows);

	return w.rows && !w.other[0] && strcmp(w.currency, cur) == 0 &&
	    w.value > 0 ? w.value : NAN;
}

/* The partners' side of a flow with the world (or another aggregate):
 * the sum of every country's reports of the other direction. */
static int
mirror_sum(const struct evidence *ev, const struct claim *cl,
    struct evidence_result *res, double *out)
{
	double *v, sum = 0;
	char **codes, cur[32], cur2[32];
	long rows;
	uint64_t sm;
	int n, i, ok = 0;

	n = partners(ev, cl, 1, &v, &codes, &rows, &sm, cur, cur2);
	for (i = 0; i < n; i++)
		sum += v[i];
	if (n == 0)
		what_missing(cl, cl->reporter, cl->partner, cl->flows, res,
		    " (nor rows of its partners' reports)");
	else if (cur2[0])
		snprintf(res->note, sizeof(res->note), "the partners' rows "
		    "mix %s and %s (convert them to one currency first)", cur,
		    cur2);
	else if (money(cl) && strcmp(cur, cl->currency) != 0)
		snprintf(res->note, sizeof(res->note), "the data are in %s, "
		    "the claim in %s (the partners' reports; convert them "
		    "first)", cur, cl->currency);
	else {
		*out = sum;
		snprintf(res->side, sizeof(res->side), "mirror");
		res->rows = rows;
		res->srcmask = sm;
		snprintf(res->note, sizeof(res->note), "%s has no rows of "
		    "flow %s in %s; mirror: the sum of its partners' reports "
		    "of the other direction (exports FOB, imports CIF)",
		    cl->reporter, flow_word(cl->flows), cl->period);
		coverage(cl, codes, v, n, NAN, 0, res);
		ok = 1;
	}
	for (i = 0; i < n; i++)
		free(codes[i]);
	free(codes);
	free(v);
	return ok;
}

struct partner {
	int		 id;
	uint64_t	 first;		/* its first row in the input */
};

static int
partner_cmp(const void *a, const void *b)
{
	const struct partner *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

/* Each partner's value of rep's flow in the claim's period: for share
 * and rank.  Mirror: each reporter's value of the mirror flow to rep.
 * In the order of the partners' first rows in the input. */
static int
partners(const struct evidence *ev, const struct claim *cl, int mirror,
    double **vals, char ***codes, long *rows, uint64_t *srcmask, char *cur,
    char *cur2)
{
	unsigned fl = cl->flows, mfl = 0, want;
	struct partner *pt = NULL;
	size_t i, lo, hi, k, npt = 0, cap = 0, *at;
	int n = 0, self;

	if (fl & (1u << FLOW_M))
		mfl |= 1u << FLOW_X;
	if (fl & (1u << FLOW_X))
		mfl |= 1u << FLOW_M;
	want = mirror ? mfl : fl;
	*vals = NULL;
	*codes = NULL;
	*rows = 0;
	*srcmask = 0;
	cur[0] = cur2[0] = '\0';
	if ((self = code_find(ev, cl->reporter)) < 0)
		return 0;
	/* the reporter's rows are together; a mirror's are anywhere */
	lo = mirror ? 0 : lower(ev, self, 0, 0);
	hi = mirror ? ev->nrecs : lower(ev, self + 1, 0, 0);
	at = xmalloc(ev->ncode * sizeof(*at));
	for (i = 0; i < ev->ncode; i++)
		at[i] = (size_t)-1;
	for (i = lo; i < hi; ) {
		const struct rec *x = &ev->recs[i];
		int who = mirror ? x->reporter : x->partner;

		if ((mirror ? x->partner : x->reporter) != self ||
		    !(want & (1u << x->flow)) || at[who] == (size_t)-2) {
			i++;
			continue;
		}
		if (at[who] == (size_t)-1) {
			if (who == self || ev->agg[who]) {
				at[who] = (size_t)-2;
				continue;
			}
			if (npt == cap) {
				cap = cap ? 2 * cap : 64;
				pt = xrealloc(pt, cap * sizeof(*pt));
			}
			pt[npt].id = who;
			pt[npt].first = x->at;
			at[who] = npt++;
		} else if (x->at < pt[at[who]].first)
			pt[at[who]].first = x->at;
		/* the first of its year is the one that counts: the year's
		 * rows are in the order of the input */
		i = mirror ? i + 1 : lower(ev, self, who, year_of(x->period) +
		    100);
	}
	free(at);
	if (npt > 1)
		qsort(pt, npt, sizeof(*pt), partner_cmp);
	*vals = xmalloc((npt + 1) * sizeof(double));
	*codes = xmalloc((npt + 1) * sizeof(char *));
	for (k = 0; k < npt; k++) {
		const char *who = ev->code[pt[k].id];
		struct meas m;

		m = mirror ? measure_range(ev, cl, who, cl->reporter, mfl) :
		    measure_range(ev, cl, cl->reporter, who, fl);
		if (m.rows == 0)
			continue;
		if (n == 0)
			memcpy(cur, m.currency, sizeof(m.currency));
		if (m.other[0] || strcmp(m.currency, cur) != 0) {
			/* one partner's rows mix them, or two partners: the
			 * one that is not cur */
			snprintf(cur2, 32, "%s", strcmp(m.currency, cur) !=
			    0 ? m.currency : m.other);
		}
		(*vals)[n] = m.value;
		(*codes)[n] = xstrdup(who);
		*rows += m.rows;
		*srcmask |= m.srcmask;
		n++;
	}
	free(pt);
	return n;
}

/* How much of the partners' side the mirror covers, after the note:
 * which partners report, and what share of the reporter's own world
 * total they are (NAN when it has none). */
static void
coverage(const struct claim *cl, char **codes, const double *v, int n,
    double world, int share, struct evidence_result *res)
{
	size_t o = strlen(res->note);
	double sum = 0;
	char hb[32], hb2[32];
	int i;

	int na = 0, nc, k;

	for (i = 0; i < n; i++) {
		sum += v[i];
		na += is_area(codes[i]);
	}
	nc = n - na;
	o += (size_t)snprintf(res->note + o, o < sizeof(res->note) ?
	    sizeof(res->note) - o : 0, "; %d partner%s report%s (", nc,
	    nc == 1 ? "" : "s", nc == 1 ? "s" : "");
	for (i = 0, k = 0; i < n && k < 6 && o < sizeof(res->note); i++)
		if (!is_area(codes[i]))
			o += (size_t)snprintf(res->note + o,
			    sizeof(res->note) - o, "%s%s", k++ ? ", " : "",
			    codes[i]);
	if (o < sizeof(res->note) && nc > 6)
		o += (size_t)snprintf(res->note + o, sizeof(res->note) - o,
		    ", ...");
	/* areas nes are not countries: named after them */
	for (i = 0, k = 0; i < n && o < sizeof(res->note); i++)
		if (is_area(codes[i]))
			o += (size_t)snprintf(res->note + o,
			    sizeof(res->note) - o, "%s%s", k++ ? ", " :
			    nc ? "; areas nes, not countries: " :
			    "areas nes, not countries: ", codes[i]);
	if (o >= sizeof(res->note))
		return;
	if (isnan(world))
		snprintf(res->note + o, sizeof(res->note) - o, "), %s in "
		    "all; %s's own total: missing, so %s",
		    human(sum, hb, sizeof(hb)), cl->reporter, share ?
		    "the share is of the reporting partners only" :
		    "the part of it they cover is not known");
	else
		snprintf(res->note + o, sizeof(res->note) - o, "), %s: "
		    "%.1f%% of %s's reported world total of %s",
		    human(sum, hb, sizeof(hb)), 100 * sum / world,
		    cl->reporter, human(world, hb2, sizeof(hb2)));
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
	case M_QUANTITY:
		res->ok = flow_value(ev, cl, mirror, res, &res->computed) == 1;
		return;
	case M_GROWTH:
	case M_YOY: {
		struct claim prev = *cl;
		struct evidence_result r0;
		double now, before;
		char lb[2 * PERIOD_BUFSZ + 2], pb[PERIOD_BUFSZ];
		const char *word = cl->metric == M_YOY ? "the same period a "
		    "year before" : "the period before";

		if (flow_value(ev, cl, mirror, res, &now) != 1)
			return;
		if (cl->metric == M_YOY) {
			prev.pr.lo = cl->pr.lo - 100;
			prev.pr.hi = cl->pr.hi - 100;
		} else if (cl->annual) {
			int ny = period_year(cl->pr.hi) -
			    period_year(cl->pr.lo) + 1;

			prev.pr.lo = cl->pr.lo - 100 * ny;
			prev.pr.hi = cl->pr.hi - 100 * ny;
		} else {
			long lo = period_index(cl->pr.lo);
			long nm = period_index(cl->pr.hi) - lo + 1;

			prev.pr.lo = period_from_index(lo - nm, cl->pr.lo);
			prev.pr.hi = period_from_index(lo - 1, cl->pr.lo);
		}
		snprintf(lb, sizeof(lb), "%s", period_format(prev.pr.lo, pb));
		if (cl->annual ? period_year(prev.pr.hi) !=
		    period_year(prev.pr.lo) : prev.pr.hi != prev.pr.lo)
			snprintf(lb + strlen(lb), sizeof(lb) - strlen(lb),
			    "..%s", period_format(cl->annual ?
			    period_year(prev.pr.hi) * 100 : prev.pr.hi, pb));
		prev.period = lb;
		memset(&r0, 0, sizeof(r0));
		if (flow_value(ev, &prev, mirror, &r0, &before) != 1) {
			/* the earlier period's own reason; a note that does
			 * not fit says so with its last three bytes */
			if (snprintf(res->note, sizeof(res->note), "%s %s: %s",
			    word, cl->period, r0.note) >= (int)sizeof(res->note))
				memcpy(res->note + sizeof(res->note) - 4, "...", 4);
			return;
		}
		if (strcmp(r0.side, res->side) != 0) {
			snprintf(res->note, sizeof(res->note), "%s comes from "
			    "%s's reports, %s (%s) from %s's: not one side",
			    cl->period, res->side, word, lb, r0.side);
			return;
		}
		if (before <= 0) {
			snprintf(res->note, sizeof(res->note), "%s's reports: "
			    "%s (%s) is %s: no growth on it", res->side, word,
			    lb, human(before, hb2, sizeof(hb2)));
			return;
		}
		res->computed = now / before - 1;
		res->rows += r0.rows;
		res->srcmask |= r0.srcmask;
		if (strcmp(res->side, "mirror") == 0 ||
		    strchr(res->side, '+') != NULL) {
			/* the partners' side, or each direction from its
			 * own side: say whose, as a value does */
			char was[sizeof(res->note)];

			memcpy(was, res->note, sizeof(was));
			if (snprintf(res->note, sizeof(res->note), "%s%s, "
			    "%s (%s) %s; %s", res->side[0] == 'm' ? "mirror: " :
			    "", human(now, hb, sizeof(hb)), word,
			    lb, human(before, hb2, sizeof(hb2)), was) >=
			    (int)sizeof(res->note))
				memcpy(res->note + sizeof(res->note) - 4, "...",
				    4);
		} else if (cl->metric == M_YOY)
			snprintf(res->note, sizeof(res->note), "%s's reports: "
			    "%s, a year before (%s) %s", res->side, human(now,
			    hb, sizeof(hb)), lb, human(before, hb2,
			    sizeof(hb2)));
		else
			snprintf(res->note, sizeof(res->note), "%s's reports: "
			    "%s, the period before %s", res->side, human(now,
			    hb, sizeof(hb)), human(before, hb2, sizeof(hb2)));
		res->ok = 1;
		return;
	}
	case M_SHARE:
	case M_RANK: {
		double *v, tot = 0, mine = -1;
		char **codes;
		long rows;
		uint64_t sm;
		int n, i, rank = 1, nrank = 0, side_mirror = 0, world = 0;
		char cur[32], cur2[32];

		n = partners(ev, cl, 0, &v, &codes, &rows, &sm, cur, cur2);
		/* a reporter with no partner rows (one that no longer
		 * publishes): the partners' side, with --mirror or not */
		if (n == 0) {
			free(v);
			free(codes);
			n = partners(ev, cl, 1, &v, &codes, &rows, &sm, cur,
			    cur2);
			side_mirror = 1;
		}
		for (i = 0; i < n; i++) {
			tot += v[i];
			if (strcmp(codes[i], cl->partner) == 0)
				mine = v[i];
		}
		/* ranked among countries: an area nes is not one */
		for (i = 0; i < n; i++) {
			if (!is_area(codes[i]) || strcmp(codes[i],
			    cl->partner) == 0)
				nrank++;
			if (v[i] > mine && !is_area(codes[i]))
				rank++;
		}
		if (n && cl->metric == M_SHARE) {
			struct meas w = measure_range(ev, cl, cl->reporter,
			    "WLD", cl->flows);

			if (w.rows && !w.other[0] && strcmp(w.currency,
			    cur) == 0 && w.value > 0) {
				tot = w.value;	/* the reported total */
				world = 1;
				rows += w.rows;
			}
		}
		if (cur2[0]) {
			snprintf(res->note, sizeof(res->note), "%s's rows with "
			    "its partners mix %s and %s (convert them to one "
			    "currency first)", side_mirror ? "the mirror" :
			    cl->reporter, cur, cur2);
		} else if (side_mirror && !world && n == 1 && mine >= 0) {
			/* the numerator alone: no denominator to divide by */
			int imp = (cl->flows & (1u << FLOW_M)) != 0;

			snprintf(res->note, sizeof(res->note), "%s's %s to %s of "
			    "%s in %s: %s %s; %s's %s from all partners: "
			    "missing (no other partner reports, and %s has no "
			    "world row)", cl->partner, imp ? "exports" :
			    "imports", cl->reporter, cl->product, cl->period,
			    human(mine, hb, sizeof(hb)), cur, cl->reporter,
			    imp ? "imports" : "exports", cl->reporter);
		} else if (n == 0 || mine < 0) {
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
			    "the sum over partners", cl->partner, rank, nrank);
			if (side_mirror)
				coverage(cl, codes, v, n, world ? tot : NAN,
				    1, res);
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
		char pb[PERIOD_BUFSZ];

		if (flow_value(ev, cl, mirror, res, &now) != 1)
			return;
		if (ev->nseen) {
			lo = cl->annual ? ev->miny : ev->minp;
			hi = cl->annual ? ev->maxy : ev->maxp;
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

/* The bit of a product's heading: its first four digits, or CHAP_OTHER
 * when it does not start with four. */
static int
chap_bit(const char *product)
{
	int b = 0, k;

	for (k = 0; k < 4; k++) {
		unsigned d = (unsigned char)product[k] - '0';

		if (d > 9)
			return CHAP_OTHER;
		b = b * 10 + (int)d;
	}
	return b;
}

static void
chap_set(uint64_t *bits, int lo, int n)
{
	int b;

	for (b = lo; b < lo + n; b++)
		bits[b / 64] |= (uint64_t)1 << b % 64;
}

/* The headings the claim may want, into bits: those its codes start (a
 * code of two or three digits, all its headings, and CHAP_OTHER for the
 * rows of shorter codes), and every one for a code that is not digits. */
static void
chap_claim(const struct claim *cl, uint64_t *bits)
{
	size_t k;
	int b, j, n;

	if (cl->total) {
		chap_set(bits, chap_bit("TOTAL"), 1);
		return;
	}
	for (k = 0; k < cl->pl.n; k++) {
		const char *pc = cl->pl.code[k];

		for (b = 0, j = 0; j < 4 && pc[j] >= '0' && pc[j] <= '9'; j++)
			b = b * 10 + (pc[j] - '0');
		if (j < 4 && pc[j] != '\0') {
			chap_set(bits, 0, CHAP_OTHER + 1);
			return;
		}
		if (j < 4)
			chap_set(bits, CHAP_OTHER, 1);
		for (n = 1; j < 4; j++)
			b *= 10, n *= 10;
		chap_set(bits, b, n);
	}
}

/* The list of a heading's chapter (CHAP_OTHER: the last). */
static size_t
chap_list(int id, int heading)
{
	return (size_t)id * CHAP_LISTS + (size_t)(heading == CHAP_OTHER ?
	    CHAP_LISTS - 1 : heading / 100);
}

/*
 * The claims of each claim country by chapter (ev->hl): a country in 40
 * claims has a few of a given chapter, and a row is offered to those
 * only, not to the 40.  In the order of the claims.
 */
static void
heading_lists(struct evidence *ev)
{
	uint64_t bits[CHAP_WORDS];
	size_t i, k, nl = ev->nnamed * CHAP_LISTS, np = 0;
	unsigned char *in = xmalloc(CHAP_LISTS);
	int pass, side, id, w, b;

	ev->hl = xcalloc(nl + 1, sizeof(*ev->hl));
	/* count, then place */
	for (pass = 0; pass < 2; pass++) {
		for (i = 0; i < ev->ncl; i++) {
			memset(bits, 0, sizeof(bits));
			chap_claim(&ev->cl[i], bits);
			memset(in, 0, CHAP_LISTS);
			for (w = 0; w < CHAP_WORDS; w++)
				for (b = 0; b < 64 && bits[w] >> b; b++)
					if (bits[w] >> b & 1)
						in[chap_list(0, w * 64 + b)] = 1;
			for (side = 0; side < 2; side++) {
				id = side ? ev->cpar[i] : ev->crep[i];
				if (side && id == ev->crep[i])
					break;
				for (k = 0; k < CHAP_LISTS; k++) {
					struct hlist *h = &ev->hl[(size_t)id *
					    CHAP_LISTS + k];

					if (!in[k])
						continue;
					if (pass == 0)
						h->n++;
					else
						ev->hidx[h->start + h->n++] = i;
				}
			}
		}
		if (pass == 1)
			break;
		for (k = 0; k < nl; k++) {
			ev->hl[k].start = np;
			np += ev->hl[k].n;
			ev->hl[k].n = 0;
		}
		ev->hidx = xmalloc((np + 1) * sizeof(*ev->hidx));
	}
	free(in);
}

struct evidence *
evidence_alloc(const struct claim *cl, size_t n,
    const struct evidence_opts *o)
{
	struct evidence *ev = xcalloc(1, sizeof(*ev));
	size_t i;

	ev->cl = cl;
	ev->ncl = n;
	if (o)
		ev->o = *o;
	ev->id3 = xcalloc(26 * 26 * 26, sizeof(*ev->id3));
	ev->crep = xmalloc((n + 1) * sizeof(*ev->crep));
	ev->cpar = xmalloc((n + 1) * sizeof(*ev->cpar));
	for (i = 0; i < n; i++) {
		ev->crep[i] = code_id(ev, cl[i].reporter, 0);
		ev->named[ev->crep[i]] = 1;
		ev->cpar[i] = code_id(ev, cl[i].partner, 0);
		ev->named[ev->cpar[i]] = 1;
	}
	ev->nnamed = ev->ncode;
	ev->chap = xcalloc(ev->nnamed + 1, sizeof(*ev->chap));
	for (i = 0; i < n; i++) {
		chap_claim(&cl[i], ev->chap[ev->crep[i]]);
		chap_claim(&cl[i], ev->chap[ev->cpar[i]]);
	}
	heading_lists(ev);
	return ev;
}

/*
 * Whether a claim can use a row of reporter rep and partner par: a share
 * or rank every row of its reporter's trade with anyone (its partners,
 * the world row, the partners' own reports), another metric the rows
 * between its two countries; either only for its products.
 */
static int
wanted(const struct evidence *ev, size_t c, int rep, int par,
    const char *product)
{
	const struct claim *cl = &ev->cl[c];
	int r = ev->crep[c], p = ev->cpar[c];

	if (cl->metric == M_SHARE || cl->metric == M_RANK) {
		if (rep != r && par != r)
			return 0;
	} else if (!(rep == r && par == p) && !(rep == p && par == r))
		return 0;
	if (cl->total)
		return strcmp(product, "TOTAL") == 0;
	if (cl->pl.n <= 4) {
		/* a few codes: compared as they are, without hashing */
		size_t k;

		for (k = 0; k < cl->pl.n; k++) {
			const char *pc = cl->pl.code[k];

			if (product[0] == pc[0] && product[0] != '\0' &&
			    product[1] == pc[1] && strncmp(product, pc,
			    strlen(pc)) == 0)
				return 1;
		}
		return 0;
	}
	return prodlist_match(&cl->pl, product);
}

static int
wanted_any(const struct evidence *ev, int rep, int par, const char *product)
{
	const struct hlist *h;
	size_t k;
	int b = chap_bit(product);
	uint64_t m = (uint64_t)1 << b % 64, any = 0;

	if ((size_t)rep < ev->nnamed)
		any |= ev->chap[rep][b / 64];
	if ((size_t)par < ev->nnamed)
		any |= ev->chap[par][b / 64];
	if (!(any & m))
		return 0;	/* no claim of theirs has its heading */

	if ((size_t)rep < ev->nnamed) {
		h = &ev->hl[chap_list(rep, b)];
		for (k = h->start; k < h->start + h->n; k++)
			if (wanted(ev, ev->hidx[k], rep, par, product))
				return 1;
	}
	if (par != rep && (size_t)par < ev->nnamed) {
		h = &ev->hl[chap_list(par, b)];
		for (k = h->start; k < h->start + h->n; k++)
			if (wanted(ev, ev->hidx[k], rep, par, product))
				return 1;
	}
	return 0;
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
	free(ev->code);
	free(ev->named);
	free(ev->agg);
	free(ev->first);
	free(ev->hl);
	free(ev->hidx);
	free(ev->crep);
	free(ev->cpar);
	free(ev->slot);
	free(ev->id3);
	free(ev->chap);
	free(ev->cover);
	free(ev);
}

int
evidence_add(struct evidence *ev, const struct trade_row *row, char *err,
    size_t errsz)
{
	return evidence_add_at(ev, row, ev->nadd++, err, errsz);
}

int
evidence_add_at(struct evidence *ev, const struct trade_row *row,
    uint64_t at, char *err, size_t errsz)
{
	struct rec *x;
	int rep = code_find(ev, row->reporter), par = code_find(ev,
	    row->partner), src, y = year_of(row->period);

	if (!(rep >= 0 && ev->named[rep]) && !(par >= 0 && ev->named[par]))
		return 0;
	if (rep < 0)
		rep = code_id(ev, row->reporter, at);
	if (par < 0)
		par = code_id(ev, row->partner, at);
	/* what the reporter reports, and the periods there are, from every
	 * row of the claims' countries; the rows themselves only when a
	 * claim uses them */
	cover_add(ev, rep, row->period, row->flow, !ev->agg[par]);
	if (ev->nseen == 0 || row->period < ev->minp)
		ev->minp = row->period;
	if (ev->nseen == 0 || row->period > ev->maxp)
		ev->maxp = row->period;
	if (ev->nseen == 0 || y < ev->miny)
		ev->miny = y;
	if (ev->nseen == 0 || y > ev->maxy)
		ev->maxy = y;
	ev->nseen++;
	if (!wanted_any(ev, rep, par, row->product))
		return 0;
	if ((src = src_id(ev, row->source ? row->source : "")) < 0) {
		snprintf(err, errsz, "%s:%llu: column 'source': more than %d "
		    "sources (the limit of a claims check): '%s'", row->file,
		    (unsigned long long)row->line, MAXSOURCES,
		    util_excerpt(row->source, strlen(row->source)));
		return -1;
	}
	if (ev->nrecs == UINT32_MAX) {
		snprintf(err, errsz, "%s:%llu: more than %lu rows for the "
		    "claims (the limit of a claims check)", row->file,
		    (unsigned long long)row->line, (unsigned long)UINT32_MAX);
		return -1;
	}
	if (ev->nrecs == ev->caprecs) {
		ev->caprecs = ev->caprecs ? 2 * ev->caprecs : 1024;
		ev->recs = xrealloc(ev->recs, ev->caprecs * sizeof(*ev->recs));
	}
	x = &ev->recs[ev->nrecs];
	x->period = row->period;
	x->reporter = rep;
	x->partner = par;
	x->flow = row->flow;
	memcpy(x->product, row->product, HS_MAX + 1);
	memcpy(x->currency, row->currency, sizeof(x->currency));
	snprintf(x->unit, sizeof(x->unit), "%s", row->unit);
	x->value = row->value;
	x->quantity = row->quantity;
	x->src = src;
	x->at = at;
	ev->nrecs++;
	ev->sorted = 0;
	return 1;
}

/* A code of a set being merged: where it was first seen, and whose. */
struct seen {
	uint64_t	 first;
	size_t		 part;
	int		 id;
};

static int
seen_cmp(const void *a, const void *b)
{
	const struct seen *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	if (x->part != y->part)
		return x->part < y->part ? -1 : 1;
	return (x->id > y->id) - (x->id < y->id);
}

/*
 * The codes of the parts into ev, in the order one pass would have met
 * them (the claims' own first, the same ids in every set, then by where
 * each was first seen): map[p][id] is the id in ev of part p's id.
 */
static int **
merge_codes(struct evidence *ev, struct evidence *const *parts, size_t n)
{
	struct seen *sn;
	size_t p, k, m = 0, tot = 0;
	int **map = xcalloc(n + 1, sizeof(*map)), id;

	for (p = 0; p < n; p++)
		tot += parts[p]->ncode - parts[p]->nnamed;
	sn = xmalloc((tot + 1) * sizeof(*sn));
	for (p = 0; p < n; p++) {
		const struct evidence *x = parts[p];

		map[p] = xmalloc((x->ncode + 1) * sizeof(**map));
		for (k = 0; k < x->nnamed; k++)
			map[p][k] = (int)k;
		for (k = x->nnamed; k < x->ncode; k++) {
			sn[m].first = x->first[k];
			sn[m].part = p;
			sn[m++].id = (int)k;
		}
	}
	qsort(sn, m, sizeof(*sn), seen_cmp);
	for (k = 0; k < m; k++) {
		const char *code = parts[sn[k].part]->code[sn[k].id];

		if ((id = code_find(ev, code)) < 0)
			id = code_id(ev, code, sn[k].first);
		map[sn[k].part][sn[k].id] = id;
	}
	free(sn);
	return map;
}

int
evidence_merge(struct evidence *ev, struct evidence *const *parts, size_t n)
{
	size_t p, k, tot = 0, *pos;
	int **map, **smap, st = 0, s;

	for (p = 0; p < n; p++)
		tot += parts[p]->nrecs;
	if (tot > UINT32_MAX)
		return -1;
	map = merge_codes(ev, parts, n);
	/* what each reporter reports: the union of the parts' */
	for (p = 0; p < n; p++) {
		const struct evidence *x = parts[p];

		for (k = 0; k < x->ncover; k++) {
			const struct cover *c = &x->cover[k];
			struct cover *to;

			if (c->reporter == 0)
				continue;
			to = cover_get(ev, map[p][c->reporter - 1], c->year);
			to->months |= c->months;
			to->flows |= c->flows;
		}
		if (x->nseen == 0)
			continue;
		if (ev->nseen == 0 || x->minp < ev->minp)
			ev->minp = x->minp;
		if (ev->nseen == 0 || x->maxp > ev->maxp)
			ev->maxp = x->maxp;
		if (ev->nseen == 0 || x->miny < ev->miny)
			ev->miny = x->miny;
		if (ev->nseen == 0 || x->maxy > ev->maxy)
			ev->maxy = x->maxy;
		ev->nseen += x->nseen;
	}
	/* the rows in the order of the input, each part's in its own:
	 * sources numbered as one pass meets them */
	ev->caprecs = tot ? tot : 1;
	ev->recs = xmalloc(ev->caprecs * sizeof(*ev->recs));
	pos = xcalloc(n + 1, sizeof(*pos));
	smap = xcalloc(n + 1, sizeof(*smap));
	for (p = 0; p < n; p++) {
		smap[p] = xmalloc(MAXSOURCES * sizeof(**smap));
		for (s = 0; s < MAXSOURCES; s++)
			smap[p][s] = -1;
	}
	while (st == 0 && ev->nrecs < tot) {
		size_t b = n;
		struct rec *x;

		for (p = 0; p < n; p++)
			if (pos[p] < parts[p]->nrecs && (b == n ||
			    parts[p]->recs[pos[p]].at <
			    parts[b]->recs[pos[b]].at))
				b = p;
		x = &ev->recs[ev->nrecs];
		*x = parts[b]->recs[pos[b]++];
		x->at = ev->nrecs++;	/* one per row, as one pass has */
		x->reporter = map[b][x->reporter];
		x->partner = map[b][x->partner];
		if (smap[b][x->src] < 0 && (smap[b][x->src] = src_id(ev,
		    parts[b]->srcs[x->src])) < 0)
			st = -1;
		x->src = smap[b][x->src];
	}
	ev->sorted = 0;
	for (p = 0; p < n; p++) {
		free(map[p]);
		free(smap[p]);
	}
	free(map);
	free(smap);
	free(pos);
	return st;
}

void
evidence_check(struct evidence *ev, size_t i, struct evidence_result *res)
{
	const struct claim *x = &ev->cl[i];
	double d, lim;
	char sb[2048];

	if (!ev->sorted) {
		sort_recs(ev);
		ev->sorted = 1;
	}

	evaluate(ev, x, ev->o.mirror, res);
	d = res->computed - x->expected;
	if (fabs(d) < 1e-12 * fmax(fabs(res->computed), fabs(x->expected)))
		d = 0;	/* 120/150 - 1 is not exactly -0.2 */
	res->difference = d;
	lim = x->tol_kind == TOL_REL ? x->tol * fabs(x->expected) : x->tol;
	res->verdict = !res->ok ? V_INSUFFICIENT : fabs(d) <= lim *
	    (1 + 1e-12) ? V_SUPPORTED : V_CONTRADICTED;
	res->sources = xstrdup(sources_of(ev, res->srcmask, sb, sizeof(sb)));
	reconciled(ev, x, res);
	if (res->ok && x->expected != 0 && x->metric != M_RECORD) {
		double pc = fabs(d) / fabs(x->expected) * 100;

		if (d == 0)
			snprintf(res->holds, sizeof(res->holds), "0%%");
		else if (pc >= 0.01)
			snprintf(res->holds, sizeof(res->holds), "%.*f%% %s",
			    pc < 1 ? 2 : 1, pc, d < 0 ? "below" : "above");
		else
			snprintf(res->holds, sizeof(res->holds), "%.1g%% %s",
			    pc, d < 0 ? "below" : "above");
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
