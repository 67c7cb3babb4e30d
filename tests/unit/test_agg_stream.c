/*
 * test_agg_stream.c - the roll-up period by period (agg_stream()): a
 * period's groups reach emit, sorted and summed, before the first row of
 * the next period is added, and the table holds no more than one
 * period's groups; a row of an earlier period, a breakdown row and a
 * refused group are AGG_UNSORTED; options with a first stage of their
 * own are refused.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "test.h"

struct seen {
	int		 n;
	int		 period[16];
	char		 reporter[16][8];
	double		 value[16];
	double		 rows[16];
};

static void
emit(void *arg, const struct agg *a, const struct agg_cell *c)
{
	struct seen *s = arg;

	(void)a;
	if (s->n < 16) {
		s->period[s->n] = c->period;
		snprintf(s->reporter[s->n], sizeof(s->reporter[0]), "%s",
		    c->reporter);
		s->value[s->n] = c->s.value;
		s->rows[s->n] = c->s.rows;
	}
	s->n++;
}

static void
row_of(struct trade_row *r, int period, const char *reporter, double v)
{
	memset(r, 0, sizeof(*r));
	r->period = period;
	snprintf(r->reporter, sizeof(r->reporter), "%s", reporter);
	snprintf(r->partner, sizeof(r->partner), "%s", "DEU");
	r->flow = FLOW_X;
	snprintf(r->product, sizeof(r->product), "%s", "870323");
	snprintf(r->currency, sizeof(r->currency), "%s", "USD");
	r->value = v;
	r->quantity = NAN;
	r->rows = 1;
	r->file = "t.csv";
}

int
main(void)
{
	struct agg_opts o = { AK_PERIOD | AK_REPORTER, 0, 0, 0, 0, NULL };
	struct agg_opts annual = { AK_PERIOD | AK_REPORTER, 1, 0, 0, 0, NULL };
	struct agg_opts noper = { AK_REPORTER, 0, 0, 0, 0, NULL };
	struct trade_row r;
	struct seen s;
	struct agg *a;
	char err[256];

	/* 2015's rows in any order, then 2016's */
	memset(&s, 0, sizeof(s));
	a = agg_new(&o);
	CHECK(agg_stream(a, emit, &s) == 0);
	row_of(&r, 201500, "USA", 10.25);
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	row_of(&r, 201500, "CHN", 1);
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	row_of(&r, 201500, "USA", 0.5);
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	CHECK(s.n == 0);
	CHECK(agg_count(a) == 2);
	row_of(&r, 201600, "ARM", 7);
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	/* 2015 went, sorted, before 2016's first row; one group held */
	CHECK(s.n == 2);
	CHECK(s.period[0] == 201500 && s.period[1] == 201500);
	CHECK_STR(s.reporter[0], "CHN");
	CHECK_STR(s.reporter[1], "USA");
	CHECK(s.value[1] == 10.75);
	CHECK(s.rows[1] == 2);
	CHECK(agg_count(a) == 1);
	/* a row of 2015 now comes too late */
	row_of(&r, 201500, "USA", 1);
	CHECK(agg_add(a, &r, err, sizeof(err)) == AGG_UNSORTED);
	agg_free(a);

	/* the last period at the end; nothing left in the table */
	memset(&s, 0, sizeof(s));
	a = agg_new(&o);
	CHECK(agg_stream(a, emit, &s) == 0);
	row_of(&r, 201500, "USA", 1);
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	row_of(&r, 201600, "USA", 2);
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	CHECK(s.n == 1);
	CHECK(agg_stream_end(a) == 0);
	CHECK(s.n == 2);
	CHECK(s.period[1] == 201600 && s.value[1] == 2);
	CHECK(agg_streamed(a) == 2);
	CHECK(agg_count(a) == 0);
	agg_free(a);

	/* a breakdown row, and a group refused when written (M + X) */
	memset(&s, 0, sizeof(s));
	a = agg_new(&o);
	CHECK(agg_stream(a, emit, &s) == 0);
	row_of(&r, 201500, "USA", 1);
	r.breakdown = 1;
	CHECK(agg_add(a, &r, err, sizeof(err)) == AGG_UNSORTED);
	agg_free(a);
	a = agg_new(&o);
	CHECK(agg_stream(a, emit, &s) == 0);
	row_of(&r, 201500, "USA", 1);
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	r.flow = FLOW_M;
	CHECK(agg_add(a, &r, err, sizeof(err)) == 0);
	CHECK(agg_stream_end(a) == AGG_UNSORTED);
	CHECK(s.n == 0);
	agg_free(a);

	/* a first stage other than the output's */
	a = agg_new(&annual);
	CHECK(agg_stream(a, emit, &s) == -1);
	agg_free(a);
	a = agg_new(&noper);
	CHECK(agg_stream(a, emit, &s) == -1);
	agg_free(a);
	return test_done("agg_stream");
}
