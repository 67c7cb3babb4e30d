/*
 * conc.c - concentration of a group's members (see conc.h for the
 * formulas and their references).
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "conc.h"
#include "share.h"
#include "util.h"

int
conc_shares(const double *v, size_t n, double *s, size_t *m, double *total)
{
	double sum = 0;
	size_t i, k = 0;

	*m = 0;
	*total = 0;
	for (i = 0; i < n; i++) {
		if (!isfinite(v[i]) || v[i] < 0)
			return CONC_EDOM;
		if (i > 0 && v[i] > v[i - 1])
			return CONC_EUNSORTED;
		if (v[i] > 0) {
			sum += v[i];
			k++;
		}
	}
	if (k == 0)
		return CONC_EMPTY;
	for (i = 0; i < k; i++)
		s[i] = v[i] / sum;
	*m = k;
	*total = sum;
	return CONC_OK;
}

double
conc_hhi(const double *s, size_t m)
{
	double h = 0;
	size_t i;

	for (i = 0; i < m; i++)
		h += s[i] * s[i];
	return h;
}

double
conc_hhi_norm(const double *s, size_t m)
{
	double inv = 1.0 / (double)m;

	if (m < 2)
		return NAN;
	return (conc_hhi(s, m) - inv) / (1 - inv);
}

double
conc_cr(const double *s, size_t m, size_t k)
{
	double c = 0;
	size_t i;

	for (i = 0; i < m && i < k; i++)
		c += s[i];
	return c;
}

/* The table's functions: one per statistic. */
static double
stat_n(const double *s, size_t m)
{
	(void)s;
	return (double)m;
}

/* The DoJ/FTC scale: shares in percent. */
static double
stat_hhi_10000(const double *s, size_t m)
{
	return conc_hhi(s, m) * 10000;
}

static double
stat_cr1(const double *s, size_t m)
{
	return conc_cr(s, m, 1);
}

static double
stat_cr3(const double *s, size_t m)
{
	return conc_cr(s, m, 3);
}

static double
stat_cr5(const double *s, size_t m)
{
	return conc_cr(s, m, 5);
}

/* The largest member: the first of the shares. */
static double
stat_top(const double *s, size_t m)
{
	(void)s;
	(void)m;
	return 0;
}

static double
stat_top_share(const double *s, size_t m)
{
	return m > 0 ? s[0] : NAN;
}

const struct conc_stat conc_stats[] = {
	{ "n", CONC_COUNT, stat_n, "members (with a value above zero)" },
	{ "hhi", CONC_NUMBER, conc_hhi, "Herfindahl-Hirschman index, sum "
	    "of squared shares" },
	{ "hhi_10000", CONC_NUMBER, stat_hhi_10000, "the same on shares in "
	    "percent (0 to 10000)" },
	{ "hhi_norm", CONC_NUMBER, conc_hhi_norm, "(hhi - 1/n) / (1 - 1/n); "
	    "empty for one member" },
	{ "cr1", CONC_NUMBER, stat_cr1, "share of the largest member" },
	{ "cr3", CONC_NUMBER, stat_cr3, "share of the 3 largest members" },
	{ "cr5", CONC_NUMBER, stat_cr5, "share of the 5 largest members" },
	{ "top", CONC_MEMBER, stat_top, "the largest member" },
	{ "top_share", CONC_NUMBER, stat_top_share, "its share" },
	{ NULL, CONC_NUMBER, NULL, NULL }
};

void
conc_run_init(struct conc_run *r, unsigned dim)
{
	memset(r, 0, sizeof(*r));
	r->dim = dim;
}

void
conc_run_release(struct conc_run *r)
{
	free(r->cells);
	free(r->order);
	conc_run_init(r, r->dim);
}

int
conc_run_place(const struct conc_run *r, const struct agg_cell *c)
{
	if (!r->any)
		return 0;
	if (share_keys_cmp(&r->last, c, AK_ALL) >= 0)
		return -1;
	if (r->n == 0)
		return 0;
	return share_keys_cmp(&r->cells[0], c, (r->dim - 1) & AK_ALL) != 0;
}

void
conc_run_add(struct conc_run *r, const struct agg_cell *c)
{
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 64;
		r->cells = xrealloc(r->cells, r->cap * sizeof(*r->cells));
		/* the sorted pointers, and as many again of scratch */
		r->order = xrealloc(r->order, r->cap * 2 *
		    sizeof(*r->order));
	}
	agg_cell_copy(&r->cells[r->n++], c);
	agg_cell_copy(&r->last, c);
	r->any = 1;
}

const struct agg_cell *const *
conc_run_sort(struct conc_run *r, size_t *n)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		r->order[i] = &r->cells[i];
	share_sort_run(r->order, r->order + r->cap, r->n, r->dim);
	*n = r->n;
	return r->order;
}

void
conc_run_clear(struct conc_run *r)
{
	r->n = 0;
}
