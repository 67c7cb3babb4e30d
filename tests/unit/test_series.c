/*
 * test_series.c - the series engine against figures worked by hand:
 * year-to-date figures made monthly, months rolled up to years with
 * their coverage, changes on a year with a partial year against the same
 * months, the index, moving averages and a series' summary; and every
 * status.
 */
#include <math.h>
#include <stddef.h>

#include "series.h"
#include "test.h"

static struct series_pt
pt(int period, double value, uint32_t tag)
{
	struct series_pt p = { 0, 0, 0, 0, 0 };

	p.period = period;
	p.value = value;
	p.tag = tag;
	return p;
}

/* 2022: month m is 1 + m / 10, all twelve; 2023: 2.385 a month for ten
 * months the reporter covers, but no row in April; 2024: 3 a month. */
static size_t
armenia(struct series_pt *p, struct series_cover *cv)
{
	size_t n = 0;
	int m;

	for (m = 1; m <= 12; m++) {
		series_cover_add(cv, "ARM", 202200 + m);
		p[n++] = pt(202200 + m, 1 + m / 10.0, 1);
	}
	for (m = 1; m <= 10; m++) {
		series_cover_add(cv, "ARM", 202300 + m);
		if (m != 4)
			p[n++] = pt(202300 + m, 2.385, 2);
	}
	for (m = 1; m <= 12; m++) {
		series_cover_add(cv, "ARM", 202400 + m);
		p[n++] = pt(202400 + m, 3, 4);
	}
	return n;
}

static void
test_decumulate(void)
{
	struct series_notes nt = { NULL, 0 };
	struct series_pt p[6];
	size_t n;

	p[0] = pt(202300, 40, 1);
	p[1] = pt(202301, 2.385, 2);
	p[2] = pt(202302, 5.1, 4);
	p[3] = pt(202303, 8.07, 8);
	p[4] = pt(202305, 13.2, 16);	/* April missing */
	p[5] = pt(202306, 12.9, 32);	/* fell: a revision */
	series_decumulate(p, 6, p, &n, &nt);
	CHECK(n == 4);
	CHECK(p[0].period == 202301);
	CHECK_NEAR(p[0].value, 2.385, 1e-15);
	/* 5.1 - 2.385, 8.07 - 5.1, 12.9 - 13.2 */
	CHECK(p[1].period == 202302);
	CHECK_NEAR(p[1].value, 2.715, 1e-13);
	CHECK(p[1].tag == 6);
	CHECK_NEAR(p[2].value, 2.97, 1e-13);
	CHECK(p[3].period == 202306);
	CHECK_NEAR(p[3].value, -0.3, 1e-12);
	CHECK(p[3].tag == 48);
	/* the year, the month without the one before, the negative one */
	CHECK(nt.n == 3);
	if (nt.n == 3) {
		CHECK_STR(nt.msg[0], "2023 is not a month: --ytd wants monthly "
		    "year-to-date figures (left out)");
		CHECK_STR(nt.msg[1], "2023-05: the year-to-date figure of "
		    "2023-04 is missing, so the month cannot be separated "
		    "(left out)");
		CHECK_STR(nt.msg[2], "2023-06: the year-to-date figure fell "
		    "(a revision?): the month is negative");
	}
	series_notes_release(&nt);
	CHECK(nt.n == 0 && nt.msg == NULL);
}

static void
test_years(void)
{
	struct series_notes nt = { NULL, 0 };
	struct series_cover *cv = series_cover_alloc();
	struct series_pt p[40], m[40];
	double yoy[40], idx[40], s;
	size_t n, nm, i;

	n = nm = armenia(p, cv);
	for (i = 0; i < n; i++)
		m[i] = p[i];
	CHECK(series_cover_mask(cv, "ARM", 202300) == 0x3ff);
	CHECK(series_cover_mask(cv, "ARM", 202200) == 0xfff);
	CHECK(series_cover_mask(cv, "KGZ", 202300) == 0);
	CHECK(series_cover_mask(cv, "ARM", 202100) == 0);

	/* the same months: Jan-Oct 2022 is 10 + 5.5 / 1 = 15.5; 2021 is
	 * not covered */
	CHECK(series_same_months(m, nm, cv, "ARM", 202200, 0x3ff, &s) ==
	    SERIES_OK);
	CHECK_NEAR(s, 15.5, 1e-14);
	CHECK(series_same_months(m, nm, cv, "ARM", 202100, 0x3ff, &s) ==
	    SERIES_PARTIAL && s == -1);
	/* Jan-Dec asked of 2023, which has ten months */
	CHECK(series_same_months(m, nm, cv, "ARM", 202300, 0xfff, &s) ==
	    SERIES_PARTIAL);

	/* monthly: January 2023 on January 2022, 2.385 / 1.1 - 1 */
	series_yoy(p, n, m, nm, cv, "ARM", yoy, &nt);
	CHECK(isnan(yoy[0]));
	CHECK_NEAR(yoy[12], 1.168181818181818, 1e-13);
	CHECK(nt.n == 0);

	/* years: 2022 19.8 (12 months), 2023 9 x 2.385 = 21.465 (10), 2024
	 * 36 (12) */
	n = series_annualize(p, n, cv, "ARM");
	CHECK(n == 3);
	CHECK(p[0].period == 202200 && p[0].months == 12);
	CHECK_NEAR(p[0].value, 19.8, 1e-14);
	CHECK(p[1].period == 202300 && p[1].months == 10);
	CHECK(p[1].mask == 0x3ff && p[1].tag == 2);
	CHECK_NEAR(p[1].value, 21.465, 1e-14);
	CHECK(p[2].months == 12 && p[2].value == 36);

	/* 2023 (Jan-Oct) on Jan-Oct 2022: 21.465 / 15.5 - 1; 2024's
	 * Jan-Oct, 30, on 2023: 30 / 21.465 - 1; never a partial year on a
	 * whole one */
	series_yoy(p, n, m, nm, cv, "ARM", yoy, &nt);
	CHECK(isnan(yoy[0]));
	CHECK_NEAR(yoy[1], 0.3848387096774193, 1e-13);
	CHECK_NEAR(yoy[2], 0.3976240391334731, 1e-13);
	CHECK(nt.n == 0);

	/* index on 2022: 21.465 / 19.8 x 100 */
	CHECK(series_index(p, n, 202200, idx) == SERIES_OK);
	CHECK_NEAR(idx[0], 100, 1e-15);
	CHECK_NEAR(idx[1], 108.4090909090909, 1e-13);
	CHECK(series_index(p, n, 201900, idx) == SERIES_ENOBASE);
	CHECK(isnan(idx[0]) && isnan(idx[2]));
	series_cover_free(cv);
}

/* Years that say their months (trade-agg --annual output), no monthly
 * points: Jan-Jun 2023 100 and Jan-Jun 2024 110 compare (+10%); Jan-Jun
 * 2023 after the whole of 2022, and Oct-Dec 2025 after Jan-Jun 2024, do
 * not, and a note says why. */
static void
test_masks(void)
{
	struct series_notes nt = { NULL, 0 };
	struct series_cover *cv = series_cover_alloc();
	struct series_pt p[4];
	double yoy[4];

	p[0] = pt(202200, 242, 0);
	p[1] = pt(202300, 100, 0);
	p[1].mask = 0x03f;
	p[1].months = 6;
	p[2] = pt(202400, 110, 0);
	p[2].mask = 0x03f;
	p[2].months = 6;
	p[3] = pt(202500, 30, 0);
	p[3].mask = 0xe00;
	p[3].months = 3;
	series_yoy(p, 4, p, 4, cv, "ARM X", yoy, &nt);
	CHECK(isnan(yoy[0]) && isnan(yoy[1]) && isnan(yoy[3]));
	CHECK_NEAR(yoy[2], 0.1, 1e-15);
	CHECK(nt.n == 2);
	CHECK(nt.n == 2 && strcmp(nt.msg[0], "2023: no change on 2022: "
	    "2023 covers 6 months (Jan-Jun), and the same months of 2022 are "
	    "not in the data (the monthly rows, with --annual, give them)")
	    == 0);
	CHECK(nt.n == 2 && strstr(nt.msg[1], "2025 covers 3 months "
	    "(Oct-Dec)") != NULL);
	series_notes_release(&nt);
	series_cover_free(cv);
}

static void
test_moving_average(void)
{
	struct series_cover *cv = series_cover_alloc();
	struct series_pt p[40];
	double ma[40];
	size_t n = armenia(p, cv);

	/* window 3 at February 2023 (p[13]): (2.385 + 2.385 + 2.2) / 3;
	 * at May 2023 (p[15]) April has no point: none, and none before
	 * three months exist */
	series_moving_average(p, n, 3, ma);
	CHECK(p[13].period == 202302 && p[15].period == 202305);
	CHECK_NEAR(ma[13], 2.3233333333333333, 1e-13);
	CHECK(isnan(ma[15]));
	CHECK(isnan(ma[0]) && isnan(ma[1]));
	CHECK_NEAR(ma[2], (1.1 + 1.2 + 1.3) / 3, 1e-13);
	/* a window of 1 is the value; 0 none */
	series_moving_average(p, n, 1, ma);
	CHECK(ma[13] == 2.385);
	series_moving_average(p, n, 0, ma);
	CHECK(isnan(ma[13]));
	series_cover_free(cv);
}

/* The value of the table's column name, or -1 when there is none. */
static double
stat(const char *name, const struct series_summary *s)
{
	const struct series_stat *st;

	for (st = series_stats; st->name; st++)
		if (strcmp(st->name, name) == 0)
			return st->fn(s);
	return -1;
}

static void
test_summary(void)
{
	/* 30% a year from 2.385, with a year of no trade (2018) and a
	 * partial 2021 */
	struct series_notes nt = { NULL, 0 };
	const struct series_stat *st;
	struct series_pt p[6];
	struct series_summary s;
	double w[24];
	size_t ncols = 0, nbrk = 0;

	p[0] = pt(201600, 2.385, 0);
	p[1] = pt(201700, 3.1005, 0);
	p[2] = pt(201800, 0, 0);
	p[3] = pt(201900, 5.239845, 0);
	p[4] = pt(202000, 6.8117985, 0);
	p[5] = pt(202100, 4, 0);
	p[5].months = 6;
	p[5].mask = 0x3f;
	series_summarise(p, 6, 0.95, 201900, w, &nt, &s);
	CHECK(!s.mixed && s.n == 6);
	CHECK(s.first == &p[0] && s.last == &p[4]);
	/* (6.8117985 / 2.385)^(1/4) - 1 */
	CHECK_NEAR(s.cagr, 0.3, 1e-13);
	CHECK(s.ntrend == 4 && s.trend == 0);
	CHECK_NEAR(s.tr.growth, 0.3, 1e-12);
	CHECK_NEAR(s.tr.fit.r2, 1, 1e-12);
	/* the linear slope over 2016-2020, 2018's zero in: (-2 x 2.385 -
	 * 3.1005 + 5.239845 + 2 x 6.8117985) / 10 */
	CHECK_NEAR(s.slope, 1.0992942, 1e-12);
	/* two points before 2019 and two from it: 4 < 5, no test */
	CHECK(s.nbefore == 2 && s.chow == -1);
	CHECK(nt.n == 3);
	if (nt.n == 3) {
		CHECK_STR(nt.msg[0], "partial years left out of the CAGR, "
		    "the trend and the slope: 2021 (6 months)");
		CHECK_STR(nt.msg[1], "zero or negative values cannot enter a "
		    "log-linear trend (left out of it, kept in the linear "
		    "slope): 2018");
		CHECK_STR(nt.msg[2], "a Chow test at 2019 needs 2 points in "
		    "each regime and 5 in all (has 2 before, 2 from it)");
	}
	series_notes_release(&nt);

	/* the table: every column has its function and help; the break
	 * test's six come last */
	for (st = series_stats; st->name; st++) {
		CHECK(st->fn != NULL && st->help != NULL && st->help[0]);
		CHECK(st->brk || nbrk == 0);
		nbrk += st->brk != 0;
		ncols++;
	}
	CHECK(ncols == 18 && nbrk == 6);
	CHECK(stat("n", &s) == 6);
	CHECK(stat("first_period", &s) == 201600);
	CHECK(stat("last_period", &s) == 202000);
	CHECK_NEAR(stat("last", &s), 6.8117985, 1e-15);
	CHECK_NEAR(stat("trend_growth", &s), 0.3, 1e-12);
	CHECK(stat("ci_low", &s) <= 0.3 && stat("ci_high", &s) >= 0.3);
	CHECK_NEAR(stat("slope", &s), 1.0992942, 1e-12);
	CHECK(isnan(stat("chow_f", &s)) && isnan(stat("chow_df1", &s)));

	/* no break asked */
	series_summarise(p, 6, 0.95, 0, w, &nt, &s);
	CHECK(s.chow == -1 && s.nbefore == 0 && nt.n == 2);
	series_notes_release(&nt);

	/* years and months in one series: nothing computed */
	p[1].period = 201701;
	series_summarise(p, 6, 0.95, 0, w, &nt, &s);
	CHECK(s.mixed && isnan(s.cagr) && isnan(s.slope) && s.trend == -1);
	CHECK(s.first == &p[0] && s.last == &p[4]);
	CHECK(nt.n == 2);
	if (nt.n == 2)
		CHECK_STR(nt.msg[0], "the series mixes years and months "
		    "(--annual rolls the months up to years): no statistics");
	series_notes_release(&nt);

	/* too short: two points, and a monthly break on years */
	p[1].period = 201700;
	series_summarise(p, 2, 0.95, 201707, w, &nt, &s);
	CHECK(s.trend == -1 && s.ntrend == 2);
	CHECK_NEAR(s.cagr, 0.3, 1e-13);
	CHECK(nt.n == 3);
	if (nt.n == 3) {
		CHECK_STR(nt.msg[0], "2 usable points: too short for a trend "
		    "(3 needed)");
		CHECK_STR(nt.msg[1], "a monthly break (2017-07) on annual "
		    "data: the year 2017 stays in the first regime (give "
		    "--break 2017 or 2018)");
	}
	series_notes_release(&nt);

	CHECK_NEAR(series_time(202304), 2023.25, 1e-15);
	CHECK(series_time(202300) == 2023);
}

int
main(void)
{
	test_decumulate();
	test_years();
	test_masks();
	test_moving_average();
	test_summary();
	return test_done("series");
}
