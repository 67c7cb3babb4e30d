/*
 * test_agg_spill.c - a roll-up past its memory budget (agg_set_memory()):
 * its groups go to runs on disk, and agg_finish() and agg_each() give
 * what the roll-up in memory gives: the same groups in the same order
 * with the same sums, parts of one group in many runs summed; the same
 * refusal, the one a single pass meets first, when several groups are
 * refused; the same from two aggs whose runs one adopts.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agg.h"
#include "test.h"

#define NROWS	20000

struct got {
	size_t		 n;
	char		 (*key)[64];
	double		*value, *rows;
};

static void
collect(void *arg, const struct agg *a, const struct agg_cell *c)
{
	struct got *g = arg;

	(void)a;
	g->key = realloc(g->key, (g->n + 1) * sizeof(*g->key));
	g->value = realloc(g->value, (g->n + 1) * sizeof(*g->value));
	g->rows = realloc(g->rows, (g->n + 1) * sizeof(*g->rows));
	snprintf(g->key[g->n], sizeof(g->key[0]), "%d,%s,%s,%d,%s",
	    c->period, c->reporter, c->partner, (int)c->flow, c->product);
	g->value[g->n] = c->s.value;
	g->rows[g->n] = c->s.rows;
	g->n++;
}

static void
got_free(struct got *g)
{
	free(g->key);
	free(g->value);
	free(g->rows);
	memset(g, 0, sizeof(*g));
}

/* Row i: ~3,000 groups by period, reporter and product, each in many
 * runs; flow X but every 5,000th row M (with mixed, their groups are
 * refused when flow is summed away). */
static void
row_of(struct trade_row *r, unsigned i, int mixed)
{
	static const char *codes[] = { "USA", "CHN", "DEU", "RUS", "KAZ" };
	unsigned x = i * 2654435761u;

	memset(r, 0, sizeof(*r));
	r->period = (2015 + (int)(x >> 28) % 4) * 100;
	snprintf(r->reporter, sizeof(r->reporter), "%s", codes[(x >> 8) % 5]);
	snprintf(r->partner, sizeof(r->partner), "%s", codes[(x >> 12) % 5]);
	r->flow = mixed && i % 5000 == 4999 ? FLOW_M : FLOW_X;
	snprintf(r->product, sizeof(r->product), "%06u", 10000 + (x >> 16) %
	    150);
	snprintf(r->currency, sizeof(r->currency), "%s", "USD");
	r->value = (double)(i % 97) + 0.25;
	r->quantity = NAN;
	r->rows = 1;
	r->file = "t.csv";
	r->line = i + 2;
}

/* The roll-up of the rows (two aggs, rows shared out between them and
 * the second's runs adopted, when two): 0 with the groups in g, or -1
 * with err. */
static int
rollup(const struct agg_opts *o, size_t memory, const char *dir, int two,
    int mixed, struct got *g, int *spilled, char *err, size_t errsz)
{
	struct agg *a = agg_new(o), *b = two ? agg_new(o) : NULL;
	struct trade_row r;
	unsigned i;
	int st = 0;

	agg_set_memory(a, memory, dir);
	if (b)
		agg_set_memory(b, memory, dir);
	for (i = 0; i < NROWS && st == 0; i++) {
		row_of(&r, i, mixed);
		st = agg_add(b && i % 2 ? b : a, &r, err, errsz) < 0 ? -1 : 0;
	}
	if (st == 0 && b && (agg_spilled(a) || agg_spilled(b)))
		st = agg_adopt(a, b, err, errsz);
	else if (st == 0 && b)
		st = agg_merge(a, b);
	*spilled = agg_spilled(a);
	if (st == 0)
		st = agg_finish(a, err, errsz);
	if (st == 0) {
		CHECK(agg_each(a, collect, g, err, errsz) == 0);
		CHECK(g->n == agg_count(a));
	}
	agg_free(b);
	agg_free(a);
	return st;
}

static void
same(const struct got *x, const struct got *y)
{
	size_t i, bad = 0;

	CHECK(x->n == y->n);
	for (i = 0; i < x->n && i < y->n; i++)
		if (strcmp(x->key[i], y->key[i]) != 0 ||
		    x->value[i] != y->value[i] || x->rows[i] != y->rows[i])
			bad++;
	CHECK(bad == 0);
}

int
main(void)
{
	struct agg_opts o = { AK_PERIOD | AK_REPORTER | AK_PRODUCT, 0, 0, 0,
	    0, NULL };
	struct agg_opts all = { AK_ALL, 0, 0, 0, 0, NULL };
	char dir[] = "/tmp/test_agg_spill.XXXXXX";
	char e1[1024], e2[1024];
	struct got m = { 0 }, d = { 0 };
	int sp;

	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	CHECK(agg_memory_min() == 64 * 1024);

	/* in memory, then on disk: one agg, then two */
	CHECK(rollup(&o, 0, dir, 0, 0, &m, &sp, e1, sizeof(e1)) == 0);
	CHECK(sp == 0);
	CHECK(m.n > 2000);
	CHECK(rollup(&o, 64 * 1024, dir, 0, 0, &d, &sp, e2, sizeof(e2)) == 0);
	CHECK(sp == 1);
	same(&m, &d);
	got_free(&d);
	CHECK(rollup(&o, 64 * 1024, dir, 1, 0, &d, &sp, e2, sizeof(e2)) == 0);
	CHECK(sp == 1);
	same(&m, &d);
	got_free(&d);
	/* a budget the groups fit in: nothing on disk */
	CHECK(rollup(&o, 64 << 20, dir, 0, 0, &d, &sp, e2, sizeof(e2)) == 0);
	CHECK(sp == 0);
	same(&m, &d);
	got_free(&d);
	got_free(&m);
	/* every key kept: one stage */
	CHECK(rollup(&all, 0, dir, 0, 0, &m, &sp, e1, sizeof(e1)) == 0);
	CHECK(rollup(&all, 64 * 1024, dir, 0, 0, &d, &sp, e2, sizeof(e2)) ==
	    0);
	CHECK(sp == 1);
	same(&m, &d);
	got_free(&d);
	got_free(&m);

	/* four groups refused (M and X): the one a pass meets first */
	CHECK(rollup(&o, 0, dir, 0, 1, &m, &sp, e1, sizeof(e1)) == -1);
	CHECK(rollup(&o, 64 * 1024, dir, 0, 1, &d, &sp, e2, sizeof(e2)) ==
	    -1);
	CHECK(sp == 1);
	CHECK_STR(e2, e1);
	CHECK(strstr(e1, "imports (M) to exports (X)") != NULL);
	got_free(&m);
	got_free(&d);

	/* the runs' files have no name */
	CHECK(rmdir(dir) == 0);
	return test_done("agg_spill");
}
