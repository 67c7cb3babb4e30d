/*
 * share.c - shares of a group with a stated denominator (see share.h for
 * the formulas and their references).
 */
#include <math.h>

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
