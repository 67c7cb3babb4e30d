/*
 * rca.c - Balassa's revealed comparative advantage and the trade
 * intensity index, as WITS defines them (see rca.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rca.h"
#include "util.h"

int
rca_index(const double *x, size_t na, size_t nb, const double *xa,
    const double *wb, double wtot, double *out)
{
	double *col = NULL, tot = 0, ta, v;
	size_t a, b;

	if (wb == NULL) {
		col = xcalloc(nb ? nb : 1, sizeof(*col));
		for (a = 0; a < na; a++)
			for (b = 0; b < nb; b++) {
				v = x[a * nb + b];
				if (v == v) {
					col[b] += v;
					tot += v;
				}
			}
		wb = col;
		if (wtot != wtot)
			wtot = tot;
	} else if (wtot != wtot) {
		for (b = 0, wtot = 0; b < nb; b++)
			if (wb[b] == wb[b])
				wtot += wb[b];
	}
	for (a = 0; a < na; a++) {
		ta = xa ? xa[a] : NAN;
		if (ta != ta)
			for (b = 0, ta = 0; b < nb; b++)
				if (x[a * nb + b] == x[a * nb + b])
					ta += x[a * nb + b];
		for (b = 0; b < nb; b++) {
			v = x[a * nb + b];
			out[a * nb + b] = v == v && ta > 0 && wb[b] > 0 &&
			    wtot > 0 ? (v / ta) / (wb[b] / wtot) : NAN;
		}
	}
	free(col);
	return wtot > 0 ? 0 : -1;
}

struct entry {
	char	 a[32], b[32];
	double	 v;
	int	 kind;		/* 0 flow, 1 a's total, 2 world's b, 3 world */
};

struct rca_table {
	struct entry	*e;
	size_t		 n, cap;
	/* after rca_compute(): the flows (kind 0, summed), their a's and
	 * b's indices, and the matrices */
	char		(*ra)[32], (*cb)[32];
	size_t		 na, nb;
	double		*x, *xa, *wb, *idx;
	size_t		*fa, *fb, nf;
};

struct rca_table *
rca_alloc(void)
{
	return xcalloc(1, sizeof(struct rca_table));
}

static void
release(struct rca_table *t)
{
	free(t->ra), free(t->cb), free(t->x), free(t->xa), free(t->wb);
	free(t->idx), free(t->fa), free(t->fb);
	t->ra = t->cb = NULL;
	t->x = t->xa = t->wb = t->idx = NULL;
	t->fa = t->fb = NULL;
	t->na = t->nb = t->nf = 0;
}

void
rca_free(struct rca_table *t)
{
	if (t == NULL)
		return;
	release(t);
	free(t->e);
	free(t);
}

void
rca_add(struct rca_table *t, const char *a, const char *b, double v,
    int a_world, int b_total)
{
	struct entry *e;

	if (t->n == t->cap) {
		t->cap = t->cap ? 2 * t->cap : 256;
		t->e = xrealloc(t->e, t->cap * sizeof(*t->e));
	}
	e = &t->e[t->n++];
	snprintf(e->a, sizeof(e->a), "%s", a_world ? "" : a);
	snprintf(e->b, sizeof(e->b), "%s", b_total ? "" : b);
	e->v = v;
	e->kind = (a_world ? 2 : 0) + (b_total ? 1 : 0);
}

static int
entry_cmp(const void *p, const void *q)
{
	const struct entry *x = p, *y = q;
	int c;

	if (x->kind != y->kind)
		return x->kind - y->kind;
	if ((c = strcmp(x->a, y->a)) != 0)
		return c;
	return strcmp(x->b, y->b);
}

static int
code_cmp(const void *p, const void *q)
{
	return strcmp(p, q);
}

/* The index of code s among the sorted n codes. */
static size_t
code_index(char (*codes)[32], size_t n, const char *s)
{
	char (*f)[32] = bsearch(s, codes, n, sizeof(*codes), code_cmp);

	return (size_t)(f - codes);
}

/* Sorted distinct codes of the entries of kinds k0 and k1 (a or b). */
static size_t
codes_of(const struct rca_table *t, int k0, int k1, int col, char (**out)[32])
{
	char (*c)[32] = xcalloc(t->n ? t->n : 1, sizeof(*c));
	size_t i, n = 0, m = 0;

	for (i = 0; i < t->n; i++)
		if (t->e[i].kind == k0 || t->e[i].kind == k1)
			memcpy(c[n++], col ? t->e[i].b : t->e[i].a, 32);
	qsort(c, n, sizeof(*c), code_cmp);
	for (i = 0; i < n; i++)
		if (m == 0 || strcmp(c[i], c[m - 1]) != 0)
			memmove(c[m++], c[i], 32);
	*out = c;
	return m;
}

int
rca_compute(struct rca_table *t, size_t min_reporters, struct rca_world *w,
    char *err, size_t errsz)
{
	size_t i, j, a, b, n;
	double wtot = NAN, sum = 0, v;
	int world = 0;

	release(t);
	/* one entry per kind and codes, the flows first */
	if (t->n > 0)
		qsort(t->e, t->n, sizeof(*t->e), entry_cmp);
	for (i = 0, n = 0; i < t->n; i++) {
		if (n > 0 && entry_cmp(&t->e[i], &t->e[n - 1]) == 0)
			t->e[n - 1].v += t->e[i].v;
		else
			t->e[n++] = t->e[i];
	}
	t->n = n;
	t->na = codes_of(t, 0, 1, 0, &t->ra);
	t->nb = codes_of(t, 0, 2, 1, &t->cb);
	t->x = xcalloc(t->na * t->nb + 1, sizeof(double));
	t->idx = xcalloc(t->na * t->nb + 1, sizeof(double));
	t->xa = xcalloc(t->na + 1, sizeof(double));
	t->wb = xcalloc(t->nb + 1, sizeof(double));
	t->fa = xcalloc(t->n + 1, sizeof(size_t));
	t->fb = xcalloc(t->n + 1, sizeof(size_t));
	for (i = 0; i < t->na * t->nb; i++)
		t->x[i] = NAN;
	for (i = 0; i < t->na; i++)
		t->xa[i] = NAN;
	for (i = 0; i < t->nb; i++)
		t->wb[i] = NAN;
	for (i = 0; i < t->n; i++) {
		const struct entry *e = &t->e[i];

		switch (e->kind) {
		case 0:
			a = code_index(t->ra, t->na, e->a);
			b = code_index(t->cb, t->nb, e->b);
			t->x[a * t->nb + b] = e->v;
			t->fa[t->nf] = a;
			t->fb[t->nf++] = b;
			break;
		case 1:
			t->xa[code_index(t->ra, t->na, e->a)] = e->v;
			break;
		case 2:
			t->wb[code_index(t->cb, t->nb, e->b)] = e->v;
			world = 1;
			break;
		default:
			wtot = e->v;
			world = 1;
		}
	}
	memset(w, 0, sizeof(*w));
	w->from_row = world;
	w->reporters = t->na;
	w->coverage = NAN;
	if (!world && t->na < min_reporters) {
		snprintf(err, errsz, "the world is the reporters in the data "
		    "(no world row), and there are %zu of them: fewer than %zu "
		    "is not the world (--min-reporters N lowers it; a world "
		    "row, reporter WLD, replaces it)", t->na, min_reporters);
		return -1;
	}
	/* X_a: the total column, else the sum of a's flows; x_wb and X_w:
	 * the world row, else the sums over the reporters */
	for (a = 0; a < t->na; a++) {
		v = t->xa[a];
		if (v != v)
			for (j = 0, v = 0; j < t->nb; j++)
				if (t->x[a * t->nb + j] == t->x[a * t->nb + j])
					v += t->x[a * t->nb + j];
		t->xa[a] = v;
		sum += v;
	}
	if (!world)
		for (b = 0; b < t->nb; b++)
			for (a = 0, t->wb[b] = 0; a < t->na; a++)
				if (t->x[a * t->nb + b] == t->x[a * t->nb + b])
					t->wb[b] += t->x[a * t->nb + b];
	if (world && wtot != wtot)
		for (b = 0, wtot = 0; b < t->nb; b++)
			if (t->wb[b] == t->wb[b])
				wtot += t->wb[b];
	if (!world)
		wtot = sum;
	w->total = wtot;
	if (!isfinite(wtot) || !isfinite(sum)) {
		snprintf(err, errsz, "the world's total exports overflow");
		return -1;
	}
	if (world)
		w->coverage = sum / wtot;
	if (rca_index(t->x, t->na, t->nb, t->xa, t->wb, wtot, t->idx) < 0) {
		snprintf(err, errsz, "the world's total exports are 0");
		return -1;
	}
	return 0;
}

size_t
rca_count(const struct rca_table *t)
{
	return t->nf;
}

void
rca_flow(const struct rca_table *t, size_t i, struct rca_flow *f)
{
	size_t a = t->fa[i], b = t->fb[i];

	f->a = t->ra[a];
	f->b = t->cb[b];
	f->x = t->x[a * t->nb + b];
	f->xa = t->xa[a];
	f->xwb = t->wb[b];
	f->index = t->idx[a * t->nb + b];
}
