/*
 * test_share_groups.c - share_groups() gives the cells of a roll-up in
 * agg_sort_groups()'s order, for each dimension, on a roll-up of random
 * rows (many groups, runs of one cell and of dozens, equal values within
 * a group), and share_group_end() agg_group_end()'s groups.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "share.h"
#include "test.h"
#include "util.h"

static uint64_t rng = 0x2385u;

static unsigned
draw(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* A roll-up by every key of n random rows. */
static struct agg *
rollup(size_t n)
{
	static const char *const c[] = { "USA", "CHN", "DEU", "RUS", "KAZ",
	    "KGZ", "ARM", "WLD", "EU27", "FRA", "S19", "AFG" };
	static const char *const p[] = { "8542", "870323", "854231", "TOTAL",
	    "85", "01", "854290", "870321" };
	struct agg_opts o = { AK_ALL, 0, 0, 1, 0, NULL };
	struct agg *a = agg_new(&o);
	struct trade_row r;
	char err[256];
	size_t i;

	for (i = 0; i < n; i++) {
		memset(&r, 0, sizeof(r));
		r.period = (2015 + (int)draw(4)) * 100;
		snprintf(r.reporter, sizeof(r.reporter), "%s", c[draw(12)]);
		snprintf(r.partner, sizeof(r.partner), "%s", c[draw(12)]);
		r.flow = draw(2) ? FLOW_X : FLOW_M;
		snprintf(r.product, sizeof(r.product), "%s", p[draw(8)]);
		snprintf(r.currency, sizeof(r.currency), "%s", "USD");
		/* few values: equal sums within a group */
		r.value = 2.385 * (1 + draw(5));
		r.quantity = NAN;
		r.rows = 1;
		r.file = "t.csv";
		CHECK(agg_add(a, &r, err, sizeof(err)) >= 0);
	}
	CHECK(agg_finish(a, err, sizeof(err)) == 0);
	return a;
}

static int
same_cell(const struct agg_cell *x, const struct agg_cell *y)
{
	return x->period == y->period && strcmp(x->reporter,
	    y->reporter) == 0 && strcmp(x->partner, y->partner) == 0 &&
	    x->flow == y->flow && strcmp(x->product, y->product) == 0 &&
	    x->s.value == y->s.value;
}

int
main(void)
{
	static const unsigned dims[] = { AK_PARTNER, AK_REPORTER, AK_PRODUCT };
	const struct agg_cell **cells, **tmp;
	struct agg_cell *copy;
	size_t d, i, n, b, e, wrong, groups, big, *end;

	for (d = 0; d < 3; d++) {
		struct agg *a = rollup(20000);

		n = agg_count(a);
		CHECK(n > 2000);
		cells = xcalloc(n + 1, sizeof(*cells));
		tmp = xcalloc(n + 1, sizeof(*tmp));
		copy = xcalloc(n + 1, sizeof(*copy));
		end = xcalloc(n + 1, sizeof(*end));
		share_groups(a, dims[d], cells, tmp);
		/* the cells stay where they are (agg_sort_groups() moves
		 * them): copies and group ends to compare */
		for (i = 0; i < n; i++) {
			agg_cell_copy(&copy[i], cells[i]);
			end[i] = share_group_end(cells, n, i, dims[d]);
		}
		agg_sort_groups(a, dims[d]);
		for (i = 0, wrong = 0; i < n; i++)
			wrong += !same_cell(&copy[i], agg_cell(a, i));
		CHECK(wrong == 0);
		/* the same groups, some of one cell and some of many */
		for (b = 0, wrong = 0, groups = 0, big = 0; b < n; b = e) {
			e = agg_group_end(a, b, dims[d]);
			wrong += end[b] != e;
			groups++;
			big += e - b > 4;
		}
		CHECK(wrong == 0);
		CHECK(groups > 100 && groups < n && big > 10);
		free(cells);
		free(tmp);
		free(copy);
		free(end);
		agg_free(a);
	}
	return test_done("share_groups");
}
