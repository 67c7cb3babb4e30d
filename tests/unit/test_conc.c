/*
 * test_conc.c - the concentration kernels against figures worked by
 * hand, the table of statistics, and every error return.
 */
#include <math.h>
#include <stddef.h>

#include "conc.h"
#include "test.h"

/* The value of the table's statistic name, or NaN when it has none. */
static double
stat(const char *name, const double *s, size_t m)
{
	const struct conc_stat *cs;

	for (cs = conc_stats; cs->name; cs++)
		if (strcmp(cs->name, name) == 0)
			return cs->fn(s, m);
	return NAN;
}

int
main(void)
{
	/* five partners and one without trade: sum 15.6; the sum of squares
	 * 53.29 + 16.81 + 5.688225 + 1.44 + 0.378225 = 77.60645, so hhi =
	 * 77.60645 / 15.6^2 = 77.60645 / 243.36 = 0.3188956690, normalised
	 * (0.3188956690 - 0.2) / 0.8 = 0.1486195862; cr1 7.3 / 15.6 =
	 * 0.4679487179, cr3 13.785 / 15.6 = 0.8836538462 */
	const double v[] = { 7.3, 4.1, 2.385, 1.2, 0.615, 0 };
	const double eq[] = { 2.385, 2.385 };
	const double one[] = { 2.385 };
	const double zeros[] = { 0, 0 };
	const double unsorted[] = { 1.2, 2.385 };
	const double neg[] = { 2.385, -1.2 };
	const double inf[] = { INFINITY, 2.385 };
	const double nan[] = { 2.385, NAN };
	const struct conc_stat *cs;
	double s[6], total;
	size_t m, ncols = 0;

	CHECK(conc_shares(v, 6, s, &m, &total) == CONC_OK);
	CHECK(m == 5);
	CHECK_NEAR(total, 15.6, 1e-15);
	CHECK_NEAR(s[2], 2.385 / 15.6, 1e-15);
	CHECK_NEAR(conc_hhi(s, m), 77.60645 / 243.36, 1e-14);
	CHECK_NEAR(conc_hhi(s, m), 0.3188956690, 1e-9);
	CHECK_NEAR(conc_hhi_norm(s, m), 0.1486195862, 1e-9);
	CHECK_NEAR(conc_cr(s, m, 1), 0.4679487179, 1e-9);
	CHECK_NEAR(conc_cr(s, m, 3), 0.8836538462, 1e-9);
	CHECK_NEAR(conc_cr(s, m, 5), 1, 1e-15);
	CHECK_NEAR(conc_cr(s, m, 9), 1, 1e-15);
	CHECK(conc_cr(s, m, 0) == 0);

	/* the table: the columns trade-conc writes, in order, each with
	 * its help line */
	for (cs = conc_stats; cs->name; cs++) {
		CHECK(cs->fn != NULL && cs->help != NULL && cs->help[0]);
		ncols++;
	}
	CHECK(ncols == 9);
	CHECK_STR(conc_stats[0].name, "n");
	CHECK_STR(conc_stats[ncols - 1].name, "top_share");
	CHECK(stat("n", s, m) == 5);
	CHECK_NEAR(stat("hhi_10000", s, m), 3188.956690, 1e-9);
	CHECK_NEAR(stat("cr5", s, m), 1, 1e-15);
	CHECK(stat("top", s, m) == 0);
	CHECK_NEAR(stat("top_share", s, m), 0.4679487179, 1e-9);

	/* two equal partners: hhi 1/2, normalised 0 (as even as two can
	 * be); one partner: hhi 1, no normalised form */
	CHECK(conc_shares(eq, 2, s, &m, &total) == CONC_OK);
	CHECK_NEAR(conc_hhi(s, m), 0.5, 1e-15);
	CHECK_NEAR(conc_hhi_norm(s, m), 0, 1e-15);
	CHECK_NEAR(total, 4.77, 1e-15);
	CHECK(conc_shares(one, 1, s, &m, &total) == CONC_OK);
	CHECK(m == 1 && conc_hhi(s, m) == 1);
	CHECK(isnan(conc_hhi_norm(s, m)));

	/* every error return, and nothing counted after one */
	CHECK(conc_shares(zeros, 2, s, &m, &total) == CONC_EMPTY && m == 0);
	CHECK(conc_shares(v, 0, s, &m, &total) == CONC_EMPTY);
	CHECK(conc_shares(unsorted, 2, s, &m, &total) == CONC_EUNSORTED &&
	    m == 0);
	CHECK(conc_shares(neg, 2, s, &m, &total) == CONC_EDOM);
	CHECK(conc_shares(inf, 2, s, &m, &total) == CONC_EDOM);
	CHECK(conc_shares(nan, 2, s, &m, &total) == CONC_EDOM && m == 0);

	return test_done("conc");
}
