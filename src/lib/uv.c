/*
 * uv.c - unit values and the modified z-score of Iglewicz and Hoaglin
 * (1993) for their outliers (see uv.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"
#include "uv.h"

const char *
uv_reason_text(enum uv_reason r)
{
	switch (r) {
	case UV_OK:
		return "";
	case UV_NO_QUANTITY:
		return "no quantity";
	case UV_MIXED_UNITS:
		return "units differ";
	case UV_NO_UNIT:
		return "quantity without a unit";
	case UV_ZERO_QUANTITY:
		return "quantity 0";
	case UV_OVERFLOW:
		return "value / quantity overflows";
	}
	return "";
}

const char *
uv_summary(const size_t *refused, size_t sums, char *buf, size_t size)
{
	size_t bad = sums - refused[UV_OK], o;
	int r, n = 0;

	buf[0] = '\0';
	if (bad == 0)
		return buf;
	o = (size_t)snprintf(buf, size, "%zu of %zu sums without a unit "
	    "value:", bad, sums);
	for (r = UV_NO_QUANTITY; r <= UV_OVERFLOW && o < size; r++)
		if (refused[r] > 0)
			o += (size_t)snprintf(buf + o, size - o, "%s %zu %s",
			    n++ ? "," : "", refused[r],
			    uv_reason_text((enum uv_reason)r));
	return buf;
}

void
uv_scratch_reserve(struct uv_scratch *s, size_t n)
{
	if (n <= s->cap)
		return;
	s->cap = 2 * n;
	s->uv = xrealloc(s->uv, s->cap * sizeof(double));
	s->work = xrealloc(s->work, 3 * s->cap * sizeof(double));
	s->z = xrealloc(s->z, s->cap * sizeof(double));
	s->med = xrealloc(s->med, s->cap * sizeof(double));
	s->mad = xrealloc(s->mad, s->cap * sizeof(double));
	s->cls = xrealloc(s->cls, s->cap * sizeof(int));
	s->why = xrealloc(s->why, s->cap * sizeof(*s->why));
}

void
uv_scratch_release(struct uv_scratch *s)
{
	free(s->uv), free(s->work), free(s->z), free(s->med), free(s->mad);
	free(s->cls), free(s->why);
	memset(s, 0, sizeof(*s));
}

enum uv_reason
uv_value(double value, double quantity, const char *unit, double nmissing,
    double *uv)
{
	*uv = NAN;
	if (quantity != quantity)
		return nmissing > 0 ? UV_NO_QUANTITY : UV_MIXED_UNITS;
	if (unit == NULL || unit[0] == '\0')
		return UV_NO_UNIT;
	if (quantity == 0)
		return UV_ZERO_QUANTITY;
	*uv = value / quantity;
	if (!isfinite(*uv)) {
		*uv = NAN;
		return UV_OVERFLOW;
	}
	return UV_OK;
}

/* The order of a cell's keys (any order serves: it is only searched). */
static int
key_cmp(const struct agg_cell *a, const struct agg_cell *b)
{
	int c;

	if (a->period != b->period)
		return a->period < b->period ? -1 : 1;
	if ((c = strcmp(a->reporter, b->reporter)) != 0 ||
	    (c = strcmp(a->partner, b->partner)) != 0)
		return c;
	if (a->flow != b->flow)
		return a->flow < b->flow ? -1 : 1;
	if ((c = strcmp(a->product, b->product)) != 0)
		return c;
	return strcmp(a->currency, b->currency);
}

static int
ptr_cmp(const void *a, const void *b)
{
	return key_cmp(*(const struct agg_cell *const *)a,
	    *(const struct agg_cell *const *)b);
}

void
uv_missing_init(struct uv_missing *m, const struct agg *miss)
{
	size_t i;

	m->n = agg_count(miss);
	m->cell = xcalloc(m->n ? m->n : 1, sizeof(*m->cell));
	for (i = 0; i < m->n; i++)
		m->cell[i] = agg_cell(miss, i);
	qsort(m->cell, m->n, sizeof(*m->cell), ptr_cmp);
}

double
uv_missing_rows(const struct uv_missing *m, const struct agg_cell *c)
{
	const struct agg_cell *const *f;

	if (m->n == 0)
		return 0;
	f = bsearch(&c, m->cell, m->n, sizeof(*m->cell), ptr_cmp);
	return f ? (*f)->s.rows : 0;
}

void
uv_missing_release(struct uv_missing *m)
{
	free(m->cell);
	m->cell = NULL;
	m->n = 0;
}

static int
dbl_cmp(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;

	return (x > y) - (x < y);
}

/* The median of the sorted s[0..n), n > 0. */
static double
median_sorted(const double *s, size_t n)
{
	return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

int
uv_robust_z(const double *x, size_t n, double *work, double *median,
    double *mad, double *z)
{
	size_t i;
	double med, m;

	for (i = 0; i < n; i++)
		z[i] = NAN;
	*median = *mad = NAN;
	if (n == 0)
		return -1;
	memcpy(work, x, n * sizeof(*work));
	qsort(work, n, sizeof(*work), dbl_cmp);
	med = median_sorted(work, n);
	for (i = 0; i < n; i++)
		work[i] = fabs(x[i] - med);
	qsort(work, n, sizeof(*work), dbl_cmp);
	m = median_sorted(work, n);
	*median = med;
	*mad = m;
	if (n < UV_MIN_SAMPLE || !(m > 0))
		return -1;
	for (i = 0; i < n; i++)
		z[i] = UV_Z_SCALE * (x[i] - med) / m;
	return 0;
}

void
uv_robust_z_classes(const double *x, const int *cls, size_t n, double *work,
    double *median, double *mad, double *z)
{
	double *sub = work, *scratch = work + n, *zs = work + 2 * n;
	double med, m;
	size_t i, j, k;

	for (i = 0; i < n; i++)
		median[i] = mad[i] = z[i] = NAN;
	for (i = 0; i < n; i++) {
		if (cls[i] < 0 || median[i] == median[i])
			continue;
		/* the class of x[i], first met here: gather, score, scatter
		 * in the same order */
		for (k = 0, j = i; j < n; j++)
			if (cls[j] == cls[i])
				sub[k++] = x[j];
		uv_robust_z(sub, k, scratch, &med, &m, zs);
		for (k = 0, j = i; j < n; j++)
			if (cls[j] == cls[i]) {
				median[j] = med;
				mad[j] = m;
				z[j] = zs[k++];
			}
	}
}
