/*
 * test_agg_order.c - the order agg_finish() leaves the groups in: by
 * period, reporter, partner, flow and product, each code as strcmp
 * orders it, whether the keys fit in one word (HS codes as 4 bits a
 * digit, TOTAL last) or not (12 digits beside the other keys, a code
 * with another character).  Codes
 * that differ only by their length ("01", "0100") keep their order,
 * and agg_sort_groups() still sorts after agg_finish().
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "test.h"

static const char *products[] = {
	"0100", "01", "85", "8542", "854231", "85423100", "8542310010",
	"854", "85423", "TOTAL", "010", "0", "851712", "8542311", "0101",
	"0000000000", "9999999999"
};
#define NPROD	(sizeof(products) / sizeof(products[0]))

static const char *countries[] = { "USA", "CHN", "DEU", "ARM", "WLD" };
#define NCTRY	(sizeof(countries) / sizeof(countries[0]))

static void
row_of(struct trade_row *r, int period, const char *reporter,
    const char *partner, enum flow flow, const char *product, double v)
{
	memset(r, 0, sizeof(*r));
	r->period = period;
	snprintf(r->reporter, sizeof(r->reporter), "%s", reporter);
	snprintf(r->partner, sizeof(r->partner), "%s", partner);
	r->flow = flow;
	snprintf(r->product, sizeof(r->product), "%s", product);
	snprintf(r->currency, sizeof(r->currency), "%s", "USD");
	r->value = v;
	r->quantity = NAN;
	r->rows = 1;
	r->file = "t.csv";
}

/* The order of agg.h: period, reporter, partner, flow, product. */
static int
before(const struct agg_cell *x, const struct agg_cell *y)
{
	int d;

	if (x->period != y->period)
		return x->period < y->period ? -1 : 1;
	if ((d = strcmp(x->reporter, y->reporter)) != 0)
		return d;
	if ((d = strcmp(x->partner, y->partner)) != 0)
		return d;
	if (x->flow != y->flow)
		return x->flow < y->flow ? -1 : 1;
	return strcmp(x->product, y->product);
}

/* Every group of the rows, in order, once; n groups. */
static void
check_order(struct agg *a, size_t n)
{
	size_t i, bad = 0;

	CHECK(agg_count(a) == n);
	for (i = 1; i < agg_count(a); i++)
		if (before(agg_cell(a, i - 1), agg_cell(a, i)) >= 0)
			bad++;
	CHECK(bad == 0);
}

/* Rows of every product, country pair, two flows and three periods
 * (a year, a month, a year before), in a scrambled order; extra a
 * product added to the list. */
static void
fill(struct agg *a, const char *extra, size_t *groups)
{
	static const int periods[] = { 202300, 202307, 201500 };
	size_t nprod = NPROD + (extra != NULL), n = 3 * NCTRY * NCTRY * 2 *
	    nprod, i, k;
	struct trade_row r;
	char err[256];

	for (i = 0, k = 0; i < n; i++) {
		size_t j = k, q = j % nprod;
		const char *p = q < NPROD ? products[q] : extra;

		j /= nprod;
		row_of(&r, periods[j % 3], countries[j / 3 % NCTRY],
		    countries[j / 3 / NCTRY % NCTRY], j / 3 / NCTRY / NCTRY %
		    2 ? FLOW_M : FLOW_X, p, 0.25 * (double)(i + 1));
		if (agg_add(a, &r, err, sizeof(err)) != 0)
			fprintf(stderr, "%s\n", err);
		k = (k + 7919) % n;	/* a prime: every row once */
	}
	*groups = n;
}

int
main(void)
{
	struct agg_opts o = { AK_ALL, 0, 0, 1, 0, NULL };
	struct agg *a;
	size_t n;
	char err[256];

	/* one word: 4 bits a character of up to 12 */
	a = agg_new(&o);
	fill(a, NULL, &n);
	CHECK(agg_finish(a, err, sizeof(err)) == 0);
	check_order(a, n);
	/* "01" before "010" before "0100" before "0101", TOTAL last */
	{
		size_t i, seen = 0;
		const char *want[] = { "0", "0000000000", "01", "010",
		    "0100", "0101" };

		for (i = 0; i < agg_count(a) && seen < 6; i++)
			if (strcmp(agg_cell(a, i)->product, want[seen]) == 0)
				seen++;
		CHECK(seen == 6);
		CHECK_STR(agg_cell(a, NPROD - 1)->product, "TOTAL");
		CHECK_STR(agg_cell(a, NPROD - 2)->product, "9999999999");
	}
	/* sorting the groups again, after the order agg_finish() left */
	agg_sort_groups(a, AK_PARTNER);
	CHECK(agg_count(a) == n);
	CHECK(agg_group_end(a, 0, AK_PARTNER) == NCTRY);
	agg_free(a);

	/* 12 digits, with the rest past one word: compared as text */
	a = agg_new(&o);
	fill(a, "000000000001", &n);
	CHECK(agg_finish(a, err, sizeof(err)) == 0);
	check_order(a, n);
	CHECK_STR(agg_cell(a, 2)->product, "000000000001");
	agg_free(a);

	/* a code with a letter: compared as text */
	a = agg_new(&o);
	fill(a, "85X1", &n);
	CHECK(agg_finish(a, err, sizeof(err)) == 0);
	check_order(a, n);
	agg_free(a);
	return test_done("agg_order");
}
