/*
 * test_share.c - shares with each denominator, coverage and --top's
 * "other" against figures worked by hand, and every error return.
 */
#include <math.h>
#include <stddef.h>

#include "share.h"
#include "test.h"

int
main(void)
{
	/* four partners, sum 3.2 + 2.385 + 1.415 + 0.5 = 7.5; the reported
	 * world 8.6, so the partners cover 7.5 / 8.6 = 0.8720930233 */
	const double v[] = { 3.2, 2.385, 1.415, 0.5 };
	const double unsorted[] = { 1.415, 2.385 };
	const double neg[] = { 2.385, -0.5 };
	const double nan[] = { 2.385, NAN };
	const double zeros[] = { 0, 0 };
	struct share_total t;
	size_t kept;
	double other;

	CHECK(share_total(v, 4, 8.6, SHARE_SUM, &t) == SHARE_OK);
	CHECK_NEAR(t.sum, 7.5, 1e-15);
	CHECK_NEAR(t.total, 7.5, 1e-15);
	CHECK_NEAR(t.reported, 8.6, 1e-15);
	CHECK_NEAR(t.coverage, 0.8720930233, 1e-9);
	/* 2.385 / 7.5 = 0.318 of the members' sum */
	CHECK_NEAR(share_of(v[1], t.total), 0.318, 1e-15);

	/* the reported world as the denominator: 2.385 / 8.6 */
	CHECK(share_total(v, 4, 8.6, SHARE_WORLD, &t) == SHARE_OK);
	CHECK_NEAR(t.total, 8.6, 1e-15);
	CHECK_NEAR(t.sum, 7.5, 1e-15);
	CHECK_NEAR(share_of(v[1], t.total), 0.2773255814, 1e-9);

	/* no world row: coverage has no meaning, and --total world cannot
	 * be had; a world of 0 gives no coverage either */
	CHECK(share_total(v, 4, NAN, SHARE_SUM, &t) == SHARE_OK);
	CHECK(isnan(t.coverage) && isnan(t.reported));
	CHECK_NEAR(t.total, 7.5, 1e-15);
	CHECK(share_total(v, 4, NAN, SHARE_WORLD, &t) == SHARE_ENOTOTAL);
	CHECK(isnan(t.total));
	CHECK(share_total(v, 4, 0, SHARE_SUM, &t) == SHARE_OK);
	CHECK(isnan(t.coverage));

	/* a group without trade: shares 0, not 0 / 0 */
	CHECK(share_total(zeros, 2, NAN, SHARE_SUM, &t) == SHARE_OK);
	CHECK(t.total == 0 && share_of(zeros[0], t.total) == 0);

	/* --top 2: 3.2 and 2.385 named, other 1.415 + 0.5 = 1.915, a share
	 * of 1.915 / 7.5 = 0.2553333333 */
	CHECK(share_top(v, 4, 2, &kept, &other) == SHARE_OK);
	CHECK(kept == 2);
	CHECK_NEAR(other, 1.915, 1e-15);
	CHECK_NEAR(share_of(other, 7.5), 0.2553333333, 1e-9);
	/* a top of all, of more, or none: nothing in other */
	CHECK(share_top(v, 4, 4, &kept, &other) == SHARE_OK);
	CHECK(kept == 4 && other == 0);
	CHECK(share_top(v, 4, 9, &kept, &other) == SHARE_OK);
	CHECK(kept == 4 && other == 0);
	CHECK(share_top(v, 4, 0, &kept, &other) == SHARE_OK);
	CHECK(kept == 4 && other == 0);
	CHECK(share_top(v, 0, 2, &kept, &other) == SHARE_OK && kept == 0);

	/* every error return */
	CHECK(share_top(unsorted, 2, 1, &kept, &other) == SHARE_EUNSORTED);
	CHECK(kept == 2 && other == 0);
	CHECK(share_top(neg, 2, 1, &kept, &other) == SHARE_EDOM);
	CHECK(share_top(nan, 2, 1, &kept, &other) == SHARE_EDOM);
	CHECK(share_total(neg, 2, NAN, SHARE_SUM, &t) == SHARE_EDOM);
	CHECK(share_total(nan, 2, 8.6, SHARE_SUM, &t) == SHARE_EDOM);
	CHECK(share_total(v, 4, -8.6, SHARE_WORLD, &t) == SHARE_EDOM);
	CHECK(share_total(v, 4, INFINITY, SHARE_WORLD, &t) == SHARE_EDOM);

	return test_done("share");
}
