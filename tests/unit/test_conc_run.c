/*
 * test_conc_run.c - the stream of trade-conc: cells in the roll-up's
 * order taken a run at a time, where each run ends, the order of its
 * groups, and cells out of order.
 */
#include <math.h>
#include <stddef.h>
#include <string.h>

#include "conc.h"
#include "share.h"
#include "test.h"

static struct agg_cell
cell(int period, const char *rep, const char *par, enum flow flow,
    const char *product, double value)
{
	struct agg_cell c;

	memset(&c, 0, sizeof(c));
	c.period = period;
	c.reporter = rep;
	c.partner = par;
	c.flow = flow;
	snprintf(c.product, sizeof(c.product), "%s", product);
	snprintf(c.currency, sizeof(c.currency), "USD");
	c.s.value = value;
	return c;
}

int
main(void)
{
	/* trade-agg's order: period, reporter, partner, flow, product */
	struct agg_cell in[] = {
		cell(202300, "ARM", "CHN", FLOW_M, "8703", 2.385),
		cell(202300, "ARM", "CHN", FLOW_X, "8703", 7.125),
		cell(202300, "ARM", "DEU", FLOW_M, "8703", 23.85),
		cell(202300, "ARM", "RUS", FLOW_M, "8703", 2.385),
		cell(202300, "ARM", "RUS", FLOW_X, "8703", 0.615),
		cell(202300, "KAZ", "CHN", FLOW_M, "8703", 4.1),
		cell(202400, "ARM", "CHN", FLOW_M, "8703", 1.2),
	};
	const struct agg_cell *const *g;
	struct conc_run r;
	struct agg_cell late;
	size_t n, e;

	/* --of partner: a run is a period and reporter, whose groups are
	 * its flows (and products) */
	conc_run_init(&r, AK_PARTNER);
	CHECK(conc_run_place(&r, &in[0]) == 0);
	conc_run_add(&r, &in[0]);
	CHECK(conc_run_place(&r, &in[1]) == 0);
	conc_run_add(&r, &in[1]);
	CHECK(conc_run_place(&r, &in[2]) == 0);
	conc_run_add(&r, &in[2]);
	CHECK(conc_run_place(&r, &in[3]) == 0);
	conc_run_add(&r, &in[3]);
	CHECK(conc_run_place(&r, &in[4]) == 0);
	conc_run_add(&r, &in[4]);
	/* a cell again, or one before the last: out of order */
	CHECK(conc_run_place(&r, &in[4]) == -1);
	CHECK(conc_run_place(&r, &in[1]) == -1);
	/* KAZ starts the next run */
	CHECK(conc_run_place(&r, &in[5]) == 1);

	/* imports first (DEU 23.85, then CHN and RUS at 2.385 by code),
	 * then exports (CHN 7.125, RUS 0.615) */
	g = conc_run_sort(&r, &n);
	CHECK(n == 5);
	CHECK_STR(g[0]->partner, "DEU");
	CHECK_STR(g[1]->partner, "CHN");
	CHECK_STR(g[2]->partner, "RUS");
	CHECK(g[2]->flow == FLOW_M);
	CHECK_STR(g[3]->partner, "CHN");
	CHECK(g[3]->flow == FLOW_X);
	CHECK_NEAR(g[4]->s.value, 0.615, 1e-15);
	e = share_group_end(g, n, 0, AK_PARTNER);
	CHECK(e == 3);
	CHECK(share_group_end(g, n, e, AK_PARTNER) == 5);

	/* the run's cells are copies: the caller's may go */
	in[2].s.value = -1;
	CHECK_NEAR(g[0]->s.value, 23.85, 1e-15);

	conc_run_clear(&r);
	CHECK(conc_run_place(&r, &in[5]) == 0);
	conc_run_add(&r, &in[5]);
	CHECK(conc_run_place(&r, &in[6]) == 1);
	conc_run_clear(&r);
	conc_run_add(&r, &in[6]);
	/* a late row of an earlier run, after the run ended */
	late = cell(202300, "ARM", "USA", FLOW_M, "8703", 3.3);
	CHECK(conc_run_place(&r, &late) == -1);
	g = conc_run_sort(&r, &n);
	CHECK(n == 1 && g[0]->period == 202400);
	conc_run_release(&r);

	/* --of reporter: a run is a period, whose groups are the
	 * partners', flows' and products' */
	conc_run_init(&r, AK_REPORTER);
	for (e = 0; e < 6; e++) {
		CHECK(conc_run_place(&r, &in[e]) == 0);
		conc_run_add(&r, &in[e]);
	}
	CHECK(conc_run_place(&r, &in[6]) == 1);
	g = conc_run_sort(&r, &n);
	CHECK(n == 6);
	/* the group of partner CHN, flow M: KAZ 4.1, then ARM 2.385 */
	CHECK_STR(g[0]->reporter, "KAZ");
	CHECK_STR(g[1]->reporter, "ARM");
	CHECK(share_group_end(g, n, 0, AK_REPORTER) == 2);
	conc_run_release(&r);

	/* --of product: a run is all keys but the product; many cells in
	 * one run go through the merge sort, largest first */
	conc_run_init(&r, AK_PRODUCT);
	for (e = 0; e < 40; e++) {
		char code[8];
		struct agg_cell c;

		snprintf(code, sizeof(code), "%04zu", 8500 + e);
		c = cell(202300, "ARM", "CHN", FLOW_M, code,
		    2.385 * (double)((e * 7) % 40 + 1));
		CHECK(conc_run_place(&r, &c) == 0);
		conc_run_add(&r, &c);
	}
	g = conc_run_sort(&r, &n);
	CHECK(n == 40);
	CHECK_NEAR(g[0]->s.value, 2.385 * 40, 1e-15);
	for (e = 1; e < n; e++)
		CHECK(g[e]->s.value < g[e - 1]->s.value);
	CHECK(share_group_end(g, n, 0, AK_PRODUCT) == 40);
	conc_run_release(&r);

	/* groups by product in strcmp()'s order: empty (summed away),
	 * then a code before the longer code it starts, then the next */
	conc_run_init(&r, AK_PARTNER);
	{
		struct agg_cell p[] = {
			cell(202300, "ARM", "CHN", FLOW_M, "", 2.385),
			cell(202300, "ARM", "CHN", FLOW_M, "8703", 4.1),
			cell(202300, "ARM", "CHN", FLOW_M, "870323", 7.3),
			cell(202300, "ARM", "CHN", FLOW_M, "8704", 1.2),
			cell(202300, "ARM", "DEU", FLOW_M, "", 0.615),
			cell(202300, "ARM", "DEU", FLOW_M, "8704", 2.385),
		};

		for (e = 0; e < 6; e++) {
			CHECK(conc_run_place(&r, &p[e]) == 0);
			conc_run_add(&r, &p[e]);
		}
		/* 8704 again after DEU's 8704: out of order */
		CHECK(conc_run_place(&r, &p[3]) == -1);
	}
	g = conc_run_sort(&r, &n);
	CHECK(n == 6);
	CHECK_STR(g[0]->product, "");
	CHECK_STR(g[0]->partner, "CHN");
	CHECK_STR(g[1]->partner, "DEU");
	CHECK_STR(g[2]->product, "8703");
	CHECK_STR(g[3]->product, "870323");
	CHECK_STR(g[4]->product, "8704");
	CHECK_STR(g[4]->partner, "DEU");
	CHECK_STR(g[5]->partner, "CHN");
	CHECK(share_group_end(g, n, 0, AK_PARTNER) == 2);
	CHECK(share_group_end(g, n, 2, AK_PARTNER) == 3);
	CHECK(share_group_end(g, n, 4, AK_PARTNER) == 6);
	conc_run_release(&r);

	return test_done("conc_run");
}
