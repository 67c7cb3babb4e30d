/*
 * test_divert.c - the roundabout's sums, changes and substitution ratios
 * against figures worked by hand, the windows of the same months, the
 * origin's own rows against its members, and the refusals.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "divert.h"
#include "test.h"

static void
row(struct trade_row *r, int period, const char *rep, const char *par,
    const char *prod, double v)
{
	memset(r, 0, sizeof(*r));
	r->period = period;
	snprintf(r->reporter, sizeof(r->reporter), "%s", rep);
	snprintf(r->partner, sizeof(r->partner), "%s", par);
	r->flow = FLOW_X;
	snprintf(r->product, sizeof(r->product), "%s", prod);
	r->value = v;
	r->quantity = NAN;
	snprintf(r->currency, sizeof(r->currency), "EUR");
	r->file = "t.csv";
	r->line = 7;
}

static int
add(struct divert *d, int period, const char *rep, const char *par,
    const char *prod, double v)
{
	struct trade_row r;
	char err[256];

	row(&r, period, rep, par, prod, v);
	return divert_add(d, &r, err, sizeof(err));
}

int
main(void)
{
	struct prodlist placebo = { 0 };
	struct divert_opts o = { "EU27", "RUS", "ARM,KAZ", "TUR", NULL,
	    202203, 0 };
	const struct divert_result *r;
	struct trade_row tr;
	struct divert *d;
	char err[512];

	CHECK(prodlist_add_codes(&placebo, "01", err, sizeof(err)) == 0);
	o.placebo = &placebo;
	d = divert_alloc(&o, err, sizeof(err));
	CHECK(d != NULL);
	/* 8542 to RUS: before (Mar-Apr 2021) 100 + 50 + 30 = 180, after
	 * (Mar-Apr 2022) 20 + 10 + 5 = 35: 145 lost */
	CHECK(add(d, 202103, "DEU", "RUS", "8542", 100) == 0);
	CHECK(add(d, 202104, "DEU", "RUS", "8542", 50) == 0);
	CHECK(add(d, 202103, "FRA", "RUS", "8542", 30) == 0);
	CHECK(add(d, 202203, "DEU", "RUS", "8542", 20) == 0);
	CHECK(add(d, 202204, "DEU", "RUS", "8542", 10) == 0);
	CHECK(add(d, 202204, "FRA", "RUS", "8542", 5) == 0);
	/* outside the windows: May 2021 (the data end in April 2022) and
	 * February 2022 (before the break, not a twin of one after) */
	CHECK(add(d, 202105, "DEU", "RUS", "8542", 999) == 0);
	CHECK(add(d, 202202, "DEU", "RUS", "8542", 777) == 0);
	/* ARM 2 -> 20, KAZ 10 -> 19, TUR 40 -> 44 */
	CHECK(add(d, 202103, "DEU", "ARM", "8542", 2) == 0);
	CHECK(add(d, 202203, "DEU", "ARM", "8542", 12) == 0);
	CHECK(add(d, 202204, "DEU", "ARM", "8542", 8) == 0);
	CHECK(add(d, 202104, "FRA", "KAZ", "8542", 10) == 0);
	CHECK(add(d, 202203, "FRA", "KAZ", "8542", 19) == 0);
	CHECK(add(d, 202103, "DEU", "TUR", "8542", 40) == 0);
	CHECK(add(d, 202203, "DEU", "TUR", "8542", 44) == 0);
	/* a placebo product whose exports to Russia did not fall */
	CHECK(add(d, 202103, "DEU", "RUS", "0101", 10) == 0);
	CHECK(add(d, 202203, "DEU", "RUS", "0101", 10) == 0);
	/* not counted: not the origin, not a destination, not exports */
	CHECK(add(d, 202203, "USA", "RUS", "8542", 1e6) == 1);
	CHECK(add(d, 202203, "DEU", "CHN", "8542", 1e6) == 1);
	row(&tr, 202203, "DEU", "RUS", "8542", 1e6);
	tr.flow = FLOW_M;
	CHECK(divert_add(d, &tr, err, sizeof(err)) == 1);
	/* refused: another currency, an annual row */
	row(&tr, 202203, "DEU", "RUS", "8542", 1);
	snprintf(tr.currency, sizeof(tr.currency), "USD");
	CHECK(divert_add(d, &tr, err, sizeof(err)) == -1);
	CHECK(strstr(err, "t.csv:7: value in USD, where other rows are in "
	    "EUR") != NULL);
	row(&tr, 202200, "DEU", "RUS", "8542", 1);
	CHECK(divert_add(d, &tr, err, sizeof(err)) == -1);
	CHECK(strstr(err, "period 2022 is a year") != NULL);

	CHECK(divert_finish(d, err, sizeof(err)) == 0);
	CHECK_STR(divert_currency(d), "EUR");
	CHECK_STR(divert_origin(d), "EU27 members summed");
	CHECK(divert_count(d) == 12);
	/* 0101 first: nothing lost, so no substitution */
	r = divert_result(d, 0);
	CHECK_STR(r->product, "0101");
	CHECK(r->placebo == 1);
	CHECK(r->role == DIVERT_TARGET);
	CHECK_NEAR(r->growth, 0, 1e-15);
	r = divert_result(d, 3);
	CHECK_STR(r->partner, "hubs");
	CHECK(isnan(r->growth));
	CHECK(isnan(r->substitution));
	/* 8542 */
	r = divert_result(d, 6);
	CHECK_STR(r->product, "8542");
	CHECK(r->placebo == 0);
	CHECK_STR(r->partner, "RUS");
	CHECK(r->from == 202203 && r->to == 202204);
	CHECK(r->base_from == 202103 && r->base_to == 202104);
	CHECK(r->months == 2);
	CHECK_NEAR(r->before, 180, 1e-15);
	CHECK_NEAR(r->after, 35, 1e-15);
	CHECK_NEAR(r->change, -145, 1e-15);
	CHECK_NEAR(r->growth, 35.0 / 180 - 1, 1e-15);
	CHECK(isnan(r->substitution));
	r = divert_result(d, 7);
	CHECK_STR(r->partner, "ARM");
	CHECK(r->role == DIVERT_HUB);
	CHECK_NEAR(r->growth, 9, 1e-15);
	CHECK_NEAR(r->substitution, 18.0 / 145, 1e-15);
	r = divert_result(d, 8);
	CHECK_STR(r->partner, "KAZ");
	CHECK_NEAR(r->substitution, 9.0 / 145, 1e-15);
	r = divert_result(d, 9);
	CHECK_STR(r->partner, "hubs");
	CHECK(r->role == DIVERT_HUBS);
	CHECK_NEAR(r->before, 12, 1e-15);
	CHECK_NEAR(r->after, 39, 1e-15);
	CHECK_NEAR(r->growth, 2.25, 1e-15);
	CHECK_NEAR(r->substitution, 27.0 / 145, 1e-15);
	r = divert_result(d, 10);
	CHECK_STR(r->partner, "TUR");
	CHECK(r->role == DIVERT_CONTROL);
	CHECK_NEAR(r->substitution, 4.0 / 145, 1e-15);
	r = divert_result(d, 11);
	CHECK_STR(r->partner, "controls");
	CHECK_NEAR(r->change, 4, 1e-15);
	divert_free(d);

	/* the EU27's own rows, where the data have them, not its members;
	 * an annual break compares whole years */
	o.brk = 202200;
	o.controls = NULL;
	o.hubs = "ARM";
	d = divert_alloc(&o, err, sizeof(err));
	CHECK(d != NULL);
	CHECK(add(d, 202100, "EU27", "RUS", "TOTAL", 400) == 0);
	CHECK(add(d, 202100, "DEU", "RUS", "TOTAL", 300) == 0);
	CHECK(add(d, 202200, "EU27", "RUS", "TOTAL", 100) == 0);
	CHECK(add(d, 202100, "EU27", "ARM", "TOTAL", 10) == 0);
	CHECK(add(d, 202200, "EU27", "ARM", "TOTAL", 70) == 0);
	CHECK(add(d, 202300, "EU27", "ARM", "TOTAL", 40) == 0);
	CHECK(divert_finish(d, err, sizeof(err)) == 0);
	CHECK_STR(divert_origin(d), "EU27 rows");
	/* 2022 against 2021, 2023 against 2021 (no rows to RUS in 2023:
	 * all 400 lost) */
	CHECK(divert_count(d) == 6);
	r = divert_result(d, 0);
	CHECK_NEAR(r->before, 400, 1e-15);
	CHECK_NEAR(r->after, 100, 1e-15);
	r = divert_result(d, 1);
	CHECK_NEAR(r->substitution, 60.0 / 300, 1e-15);
	r = divert_result(d, 5);
	CHECK(r->from == 202300 && r->base_from == 202100);
	CHECK_NEAR(r->substitution, 30.0 / 400, 1e-15);
	divert_free(d);

	/* nothing to compare */
	d = divert_alloc(&o, err, sizeof(err));
	CHECK(add(d, 202100, "EU27", "RUS", "TOTAL", 400) == 0);
	CHECK(divert_finish(d, err, sizeof(err)) == -1);
	CHECK(strstr(err, "no period of the data is at or after the break "
	    "(2022)") != NULL);
	divert_free(d);

	/* bad lists */
	o.hubs = "ARM,XYZ";
	CHECK(divert_alloc(&o, err, sizeof(err)) == NULL);
	CHECK_STR(err, "hubs: not a country or aggregate code: 'XYZ'");
	o.hubs = "ARM,RUS";
	CHECK(divert_alloc(&o, err, sizeof(err)) == NULL);
	CHECK_STR(err, "hubs: RUS is the target");
	o.hubs = "ARM";
	o.origin = "EU27,USA";
	CHECK(divert_alloc(&o, err, sizeof(err)) == NULL);
	CHECK_STR(err, "origin: EU27 is an aggregate: name it alone, or its "
	    "members");
	o.origin = "DEU,FRA";
	o.hubs = "";
	CHECK(divert_alloc(&o, err, sizeof(err)) == NULL);
	CHECK_STR(err, "hubs: none named");
	prodlist_free(&placebo);
	return test_done("test_divert");
}
