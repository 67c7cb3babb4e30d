/*
 * divert.c - trade diversion through hubs after a break (see divert.h).
 *
 * The sums are kept per product, destination and period (one cell for
 * the origin's own aggregate rows, one for the sum of its members), so
 * memory grows with those, never with the rows; the windows are made at
 * the end, when the last period of the data is known.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "hs.h"
#include "divert.h"
#include "period.h"
#include "util.h"

/* The member states of the European Union since 1 February 2020
 * (Eurostat's EU27_2020). */
static const char *const eu27[] = {
	"AUT", "BEL", "BGR", "CYP", "CZE", "DEU", "DNK", "ESP", "EST", "FIN",
	"FRA", "GRC", "HRV", "HUN", "IRL", "ITA", "LTU", "LUX", "LVA", "MLT",
	"NLD", "POL", "PRT", "ROU", "SVK", "SVN", "SWE"
};

#define NPIDX	(2200 * 12)	/* period indices: months to 2199 */

struct cell {
	uint64_t	 key;		/* product, destination, period; 0 free */
	double		 own, members;
};

struct divert {
	char		 origin[CODE_MAX];	/* the aggregate, or "" */
	char		(*members)[CODE_MAX];
	size_t		 nmembers;
	char		(*dest)[CODE_MAX];
	enum divert_role *role;
	size_t		 ndest;
	const struct prodlist *placebo;
	int		 brk, monthly, hs_level;
	char		 currency[8];
	int		 own_rows;	/* rows of the aggregate itself */
	char		 how[64];
	unsigned char	*seen;		/* period index -> data there */
	/* products: names, and a hash of them */
	char		(*prod)[HS_MAX + 1];
	unsigned	*levels;	/* per product: levels of its rows */
	size_t		 nprod, capprod;
	size_t		*pslot, npslot;
	struct cell	*cells;
	size_t		 ncells, capcells;
	struct divert_result *res;
	size_t		 nres;
};

static uint64_t
hash_u64(uint64_t x)
{
	x ^= x >> 33;
	x *= 0xff51afd7ed558ccdull;
	x ^= x >> 33;
	return x;
}

/* Split a list of codes into *out; -1 with err on an unknown code or
 * one named twice. */
static int
parse_codes(const char *what, const char *s, char (**out)[CODE_MAX],
    size_t *n, char *err, size_t errsz)
{
	const struct country *c;
	const char *p, *e;
	size_t i, len, n0 = *n;

	for (p = s; p != NULL && *p != '\0'; p = *e ? e + 1 : e) {
		e = strchr(p, ',');
		if (e == NULL)
			e = p + strlen(p);
		len = (size_t)(e - p);
		c = len ? codes_lookup(p, len) : NULL;
		if (c == NULL) {
			snprintf(err, errsz, "%s: not a country or aggregate "
			    "code: '%.*s'", what, (int)len, p);
			return -1;
		}
		for (i = n0; i < *n; i++)
			if (strcmp((*out)[i], c->code) == 0) {
				snprintf(err, errsz, "%s: %s is named twice",
				    what, c->code);
				return -1;
			}
		*out = xrealloc(*out, (*n + 1) * sizeof(**out));
		snprintf((*out)[(*n)++], CODE_MAX, "%s", c->code);
	}
	return 0;
}

static int
add_dests(struct divert *d, const char *what, const char *s,
    enum divert_role role, char *err, size_t errsz)
{
	size_t i, n0 = d->ndest;

	if (parse_codes(what, s, &d->dest, &d->ndest, err, errsz) < 0)
		return -1;
	d->role = xrealloc(d->role, (d->ndest + 1) * sizeof(*d->role));
	for (i = n0; i < d->ndest; i++)
		d->role[i] = role;
	return 0;
}

struct divert *
divert_alloc(const struct divert_opts *o, char *err, size_t errsz)
{
	struct divert *d = xcalloc(1, sizeof(*d));
	size_t i;

	d->placebo = o->placebo;
	d->brk = o->brk;
	d->hs_level = o->hs_level;
	d->monthly = o->brk % 100 != 0;
	if (parse_codes("origin", o->origin, &d->members, &d->nmembers, err,
	    errsz) < 0)
		goto bad;
	for (i = 0; i < d->nmembers; i++)
		if (codes_find(d->members[i]) != NULL &&
		    codes_find(d->members[i])->aggregate)
			break;
	if (i < d->nmembers) {
		if (d->nmembers > 1) {
			snprintf(err, errsz, "origin: %s is an aggregate: "
			    "name it alone, or its members", d->members[i]);
			goto bad;
		}
		snprintf(d->origin, sizeof(d->origin), "%s", d->members[0]);
		d->nmembers = 0;
		if (strcmp(d->origin, "EU27") == 0) {
			d->members = xrealloc(d->members, sizeof(eu27) /
			    sizeof(eu27[0]) * sizeof(*d->members));
			for (i = 0; i < sizeof(eu27) / sizeof(eu27[0]); i++)
				snprintf(d->members[d->nmembers++], CODE_MAX,
				    "%s", eu27[i]);
		}
	}
	if (d->nmembers + (d->origin[0] != '\0') == 0) {
		snprintf(err, errsz, "origin: no reporter named");
		goto bad;
	}
	if (add_dests(d, "target", o->target, DIVERT_TARGET, err, errsz) < 0)
		goto bad;
	if (d->ndest != 1) {
		snprintf(err, errsz, "target: want one partner, not '%s'",
		    o->target ? o->target : "");
		goto bad;
	}
	if (add_dests(d, "hubs", o->hubs, DIVERT_HUB, err, errsz) < 0 ||
	    add_dests(d, "controls", o->controls, DIVERT_CONTROL, err,
	    errsz) < 0)
		goto bad;
	for (i = 1; i < d->ndest; i++) {
		const char *why = NULL;
		size_t j;

		for (j = 0; j < i && why == NULL; j++)
			if (strcmp(d->dest[i], d->dest[j]) == 0)
				why = j == 0 ? "the target" : "named twice";
		if (why == NULL && codes_find(d->dest[i])->aggregate)
			why = "an aggregate, not a country";
		if (why != NULL) {
			snprintf(err, errsz, "%s: %s is %s",
			    d->role[i] == DIVERT_HUB ? "hubs" : "controls",
			    d->dest[i], why);
			goto bad;
		}
	}
	if (d->ndest == 1) {
		snprintf(err, errsz, "hubs: none named");
		goto bad;
	}
	d->seen = xcalloc(NPIDX, 1);
	return d;
bad:
	divert_free(d);
	return NULL;
}

void
divert_free(struct divert *d)
{
	if (d == NULL)
		return;
	free(d->members);
	free(d->dest);
	free(d->role);
	free(d->seen);
	free(d->prod);
	free(d->levels);
	free(d->pslot);
	free(d->cells);
	free(d->res);
	free(d);
}

/* The index of product code p, added when new. */
static size_t
product_index(struct divert *d, const char *p)
{
	size_t i, mask;

	if (2 * (d->nprod + 1) > d->npslot) {
		size_t n = d->npslot ? 2 * d->npslot : 64;

		free(d->pslot);
		d->pslot = xcalloc(n, sizeof(*d->pslot));
		d->npslot = n;
		for (i = 0; i < d->nprod; i++) {
			size_t h = util_hash(d->prod[i]) & (n - 1);

			while (d->pslot[h] != 0)
				h = (h + 1) & (n - 1);
			d->pslot[h] = i + 1;
		}
	}
	mask = d->npslot - 1;
	for (i = util_hash(p) & mask; d->pslot[i] != 0; i = (i + 1) & mask)
		if (strcmp(d->prod[d->pslot[i] - 1], p) == 0)
			return d->pslot[i] - 1;
	if (d->nprod == d->capprod) {
		d->capprod = d->capprod ? 2 * d->capprod : 64;
		d->prod = xrealloc(d->prod, d->capprod * sizeof(*d->prod));
		d->levels = xrealloc(d->levels, d->capprod *
		    sizeof(*d->levels));
	}
	d->levels[d->nprod] = 0;
	snprintf(d->prod[d->nprod], sizeof(d->prod[0]), "%s", p);
	d->pslot[i] = ++d->nprod;
	return d->nprod - 1;
}

static uint64_t
cell_key(size_t prod, size_t dest, long pidx)
{
	return ((uint64_t)(prod + 1) << 32) | ((uint64_t)dest << 16) |
	    (uint64_t)pidx;
}

/* The cell of key k; NULL when absent and not add. */
static struct cell *
cell_at(struct divert *d, uint64_t k, int add)
{
	size_t i, mask;

	if (add && 2 * (d->ncells + 1) > d->capcells) {
		struct cell *old = d->cells;
		size_t n = d->capcells ? 2 * d->capcells : 1024, j;

		d->cells = xcalloc(n, sizeof(*d->cells));
		for (j = 0; j < d->capcells; j++)
			if (old[j].key != 0) {
				i = hash_u64(old[j].key) & (n - 1);
				while (d->cells[i].key != 0)
					i = (i + 1) & (n - 1);
				d->cells[i] = old[j];
			}
		free(old);
		d->capcells = n;
	}
	if (d->capcells == 0)
		return NULL;
	mask = d->capcells - 1;
	for (i = hash_u64(k) & mask; d->cells[i].key != 0; i = (i + 1) & mask)
		if (d->cells[i].key == k)
			return &d->cells[i];
	if (!add)
		return NULL;
	d->cells[i].key = k;
	d->ncells++;
	return &d->cells[i];
}

int
divert_add(struct divert *d, const struct trade_row *row, char *err,
    size_t errsz)
{
	char pb[PERIOD_BUFSZ], prod[HS_MAX + 1];
	struct cell *c;
	size_t i, dest;
	long pidx;
	int own = 0;

	if (row->flow != FLOW_X)
		return 1;
	if (d->origin[0] != '\0' && strcmp(row->reporter, d->origin) == 0)
		own = 1;
	else {
		for (i = 0; i < d->nmembers; i++)
			if (strcmp(row->reporter, d->members[i]) == 0)
				break;
		if (i == d->nmembers)
			return 1;
	}
	for (dest = 0; dest < d->ndest; dest++)
		if (strcmp(row->partner, d->dest[dest]) == 0)
			break;
	if (dest == d->ndest)
		return 1;
	if ((row->period % 100 != 0) != d->monthly) {
		snprintf(err, errsz, "%s:%llu: period %s is %s, and the break "
		    "is %s: give the break as %s", row->file,
		    (unsigned long long)row->line,
		    period_format(row->period, pb), d->monthly ? "a year" :
		    "a month", d->monthly ? "a month" : "a year", d->monthly ?
		    "a year" : "a month (YYYY-MM)");
		return -1;
	}
	if (d->currency[0] == '\0')
		snprintf(d->currency, sizeof(d->currency), "%s", row->currency);
	else if (strcmp(d->currency, row->currency) != 0) {
		snprintf(err, errsz, "%s:%llu: value in %s, where other rows "
		    "are in %s: convert first (trade-fx)", row->file,
		    (unsigned long long)row->line, row->currency,
		    d->currency);
		return -1;
	}
	pidx = period_index(row->period);
	if (pidx < 0 || pidx >= NPIDX)
		return 1;	/* period_parse() keeps years to 2199 */
	/* a heading is the sum of its subheadings (CN8 8542 31 10 in
	 * 8542); a coarser code cannot be split, and stays as it is */
	snprintf(prod, sizeof(prod), "%s", row->product);
	if (d->hs_level > 0 && hs_level(prod) > d->hs_level)
		prod[d->hs_level] = '\0';
	i = product_index(d, prod);
	d->levels[i] |= 1u << hs_level(row->product);
	c = cell_at(d, cell_key(i, dest, pidx), 1);
	if (own) {
		c->own += row->value;
		d->own_rows = 1;
	} else
		c->members += row->value;
	d->seen[pidx] = 1;
	return 0;
}

struct byname {
	const char	*name;
	size_t		 i;
};

static int
byname_cmp(const void *a, const void *b)
{
	return strcmp(((const struct byname *)a)->name,
	    ((const struct byname *)b)->name);
}

static struct divert_result *
new_result(struct divert *d, size_t *cap)
{
	if (d->nres == *cap) {
		*cap = *cap ? 2 * *cap : 64;
		d->res = xrealloc(d->res, *cap * sizeof(*d->res));
	}
	memset(&d->res[d->nres], 0, sizeof(d->res[0]));
	return &d->res[d->nres++];
}

/* change, growth and substitution of r, against the target's loss. */
static void
settle(struct divert_result *r, double lost)
{
	r->change = r->after - r->before;
	r->growth = r->before != 0 ? r->after / r->before - 1 : NAN;
	r->substitution = r->role != DIVERT_TARGET && lost > 0 ?
	    r->change / lost : NAN;
}

int
divert_finish(struct divert *d, char *err, size_t errsz)
{
	long w = d->monthly ? 12 : 1, b = period_index(d->brk), last, k, p;
	struct byname *idx;
	size_t i, j, cap = 0, first;
	long *pairs;
	size_t npairs;
	char pb[PERIOD_BUFSZ];

	for (last = NPIDX - 1; last >= 0 && !d->seen[last]; last--)
		;
	if (last < b) {
		snprintf(err, errsz, "no period of the data is at or after "
		    "the break (%s)", period_format(d->brk, pb));
		return -1;
	}
	if (d->own_rows)
		snprintf(d->how, sizeof(d->how), "%s rows", d->origin);
	else if (d->origin[0] != '\0')
		snprintf(d->how, sizeof(d->how), "%s members summed",
		    d->origin);
	else
		snprintf(d->how, sizeof(d->how), "%zu reporter%s summed",
		    d->nmembers, d->nmembers > 1 ? "s" : "");
	for (i = 0; i < d->nprod; i++)
		if (d->levels[i] & (d->levels[i] - 1)) {
			snprintf(err, errsz, "product %s: the data hold codes "
			    "of several levels summed in it (a heading and "
			    "its subheadings double-count): keep one level "
			    "(trade-filter)", d->prod[i]);
			return -1;
		}
	idx = xmalloc((d->nprod + 1) * sizeof(*idx));
	for (i = 0; i < d->nprod; i++) {
		idx[i].name = d->prod[i];
		idx[i].i = i;
	}
	qsort(idx, d->nprod, sizeof(*idx), byname_cmp);
	pairs = xmalloc((size_t)w * sizeof(*pairs));
	for (k = 0; b + k * w <= last; k++) {
		long from = b + k * w, to = from + w - 1;

		if (to > last)
			to = last;
		/* the periods of the window whose twin before the break
		 * the data have too */
		for (npairs = 0, p = from; p <= to; p++)
			if (d->seen[p] && p - (k + 1) * w >= 0 &&
			    d->seen[p - (k + 1) * w])
				pairs[npairs++] = p;
		if (npairs == 0)
			continue;
		for (i = 0; i < d->nprod; i++) {
			double lost = 0;

			first = d->nres;
			for (j = 0; j < d->ndest; j++) {
				struct divert_result *r;
				size_t q;

				r = new_result(d, &cap);
				r->product = d->prod[idx[i].i];
				r->placebo = d->placebo != NULL &&
				    prodlist_match(d->placebo, r->product);
				r->partner = d->dest[j];
				r->role = d->role[j];
				r->from = period_from_index(from, d->brk);
				r->to = period_from_index(to, d->brk);
				r->base_from = period_from_index(from -
				    (k + 1) * w, d->brk);
				r->base_to = period_from_index(to - (k + 1) * w,
				    d->brk);
				r->months = (int)npairs;
				for (q = 0; q < npairs; q++) {
					struct cell *a, *z;

					a = cell_at(d, cell_key(idx[i].i, j,
					    pairs[q]), 0);
					z = cell_at(d, cell_key(idx[i].i, j,
					    pairs[q] - (k + 1) * w), 0);
					if (a != NULL)
						r->after += d->own_rows ?
						    a->own : a->members;
					if (z != NULL)
						r->before += d->own_rows ?
						    z->own : z->members;
				}
				if (j == 0)
					lost = r->before - r->after;
				settle(r, lost);
				/* the sum of the hubs after the last hub,
				 * of the controls after the last control */
				if (j + 1 == d->ndest ||
				    d->role[j + 1] != d->role[j]) {
					struct divert_result *s;
					enum divert_role role = r->role;
					size_t m;

					if (role == DIVERT_TARGET)
						continue;
					s = new_result(d, &cap);
					*s = d->res[d->nres - 2];
					s->partner = role == DIVERT_HUB ?
					    "hubs" : "controls";
					s->role = role == DIVERT_HUB ?
					    DIVERT_HUBS : DIVERT_CONTROLS;
					s->before = s->after = 0;
					for (m = first; m + 1 < d->nres; m++)
						if (d->res[m].role == role) {
							s->before +=
							    d->res[m].before;
							s->after +=
							    d->res[m].after;
						}
					settle(s, lost);
				}
			}
		}
	}
	free(pairs);
	free(idx);
	if (d->nres == 0) {
		snprintf(err, errsz, "no period of the data after the break "
		    "(%s) has its twin a year before it", period_format(d->brk,
		    pb));
		return -1;
	}
	return 0;
}

size_t
divert_count(const struct divert *d)
{
	return d->nres;
}

const struct divert_result *
divert_result(const struct divert *d, size_t i)
{
	return &d->res[i];
}

const char *
divert_currency(const struct divert *d)
{
	return d->currency;
}

const char *
divert_origin(const struct divert *d)
{
	return d->how;
}

const char *
divert_role_name(enum divert_role r)
{
	static const char *const names[] = {
		"target", "hub", "hubs", "control", "controls"
	};

	return names[r];
}
