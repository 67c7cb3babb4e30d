/*
 * share.c - shares of a group with a stated denominator (see share.h for
 * the formulas and their references).
 */
#include <math.h>
#include <string.h>

#include "share.h"

int
share_total(const double *v, size_t n, double reported, enum share_denom d,
    struct share_total *t)
{
	size_t i;

	t->sum = 0;
	t->reported = reported;
	t->total = NAN;
	t->coverage = NAN;
	for (i = 0; i < n; i++) {
		if (!isfinite(v[i]) || v[i] < 0)
			return SHARE_EDOM;
		t->sum += v[i];
	}
	if (!isnan(reported) && (!isfinite(reported) || reported < 0))
		return SHARE_EDOM;
	if (reported > 0)
		t->coverage = t->sum / reported;
	if (d == SHARE_WORLD) {
		if (isnan(reported))
			return SHARE_ENOTOTAL;
		t->total = reported;
	} else
		t->total = t->sum;
	return SHARE_OK;
}

double
share_of(double v, double total)
{
	return total > 0 ? v / total : 0;
}

int
share_top(const double *v, size_t n, size_t top, size_t *kept,
    double *other)
{
	size_t i;

	*kept = n;
	*other = 0;
	for (i = 0; i < n; i++) {
		if (!isfinite(v[i]) || v[i] < 0)
			return SHARE_EDOM;
		if (i > 0 && v[i] > v[i - 1])
			return SHARE_EUNSORTED;
	}
	if (top == 0 || top >= n)
		return SHARE_OK;
	*kept = top;
	for (i = top; i < n; i++)
		*other += v[i];
	return SHARE_OK;
}

/* Two codes of a roll-up: one copy of each, so the same pointer is the
 * same code (strcmp() otherwise). */
static int
code_cmp(const char *x, const char *y)
{
	return x == y ? 0 : strcmp(x, y);
}

/* Two product codes as strcmp() orders them: most pairs differ in the
 * first byte or are both empty (summed away), without a call. */
static int
product_cmp(const char *x, const char *y)
{
	if (x[0] != y[0])
		return (unsigned char)x[0] < (unsigned char)y[0] ? -1 : 1;
	return x[0] == '\0' ? 0 : strcmp(x + 1, y + 1);
}

int
share_keys_cmp(const struct agg_cell *x, const struct agg_cell *y,
    unsigned keys)
{
	int d;

	if ((keys & AK_PERIOD) && x->period != y->period)
		return x->period < y->period ? -1 : 1;
	if ((keys & AK_REPORTER) && (d = code_cmp(x->reporter, y->reporter)))
		return d;
	if ((keys & AK_PARTNER) && (d = code_cmp(x->partner, y->partner)))
		return d;
	if ((keys & AK_FLOW) && x->flow != y->flow)
		return x->flow < y->flow ? -1 : 1;
	if ((keys & AK_PRODUCT) && (d = product_cmp(x->product, y->product)))
		return d;
	return 0;
}

/* agg_sort_groups()'s order within a run of equal keys before dim: the
 * keys after it, the value (largest first), the member.  Cells of a
 * roll-up differ in their keys, so no two compare equal. */
static int
member_cmp(const struct agg_cell *x, const struct agg_cell *y, unsigned dim)
{
	int d = share_keys_cmp(x, y, AK_ALL & ~(dim | (dim - 1)));

	if (d)
		return d;
	if (x->s.value != y->s.value)
		return x->s.value > y->s.value ? -1 : 1;
	return code_cmp(agg_member(x, dim), agg_member(y, dim));
}

/* Insertion below a few cells, merges above. */
void
share_sort_run(const struct agg_cell **v, const struct agg_cell **tmp,
    size_t n, unsigned dim)
{
	const struct agg_cell *x;
	size_t h = n / 2, i, j, k;

	if (n < 12) {
		for (i = 1; i < n; i++) {
			x = v[i];
			for (j = i; j > 0 && member_cmp(x, v[j - 1], dim) < 0;
			    j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
		return;
	}
	share_sort_run(v, tmp, h, dim);
	share_sort_run(v + h, tmp, n - h, dim);
	if (member_cmp(v[h - 1], v[h], dim) < 0)
		return;		/* in order already */
	for (i = 0, j = h, k = 0; i < h && j < n; )
		tmp[k++] = member_cmp(v[j], v[i], dim) < 0 ? v[j++] : v[i++];
	while (i < h)
		tmp[k++] = v[i++];
	/* v[j..n) are in place already */
	memcpy(v, tmp, k * sizeof(*v));
}

void
share_groups(const struct agg *a, unsigned dim, const struct agg_cell **cells,
    const struct agg_cell **tmp)
{
	size_t i, b, n = agg_count(a);
	unsigned before = (dim - 1) & AK_ALL;

	for (i = 0; i < n; i++)
		cells[i] = agg_cell(a, i);
	for (b = 0; b < n; b = i) {
		for (i = b + 1; i < n && share_keys_cmp(cells[b], cells[i],
		    before) == 0; i++)
			;
		share_sort_run(cells + b, tmp, i - b, dim);
	}
}

size_t
share_group_end(const struct agg_cell *const *cells, size_t n, size_t b,
    unsigned dim)
{
	size_t i;

	for (i = b + 1; i < n && share_keys_cmp(cells[b], cells[i],
	    AK_ALL & ~dim) == 0; i++)
		;
	return i;
}
