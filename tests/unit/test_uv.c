/*
 * test_uv.c - unit values and the modified z-score against figures worked
 * by hand, and every refusal.
 */
#include <math.h>
#include <string.h>

#include "agg.h"

#include "test.h"
#include "uv.h"

int
main(void)
{
	/* seven partners: sorted 812.4 840.6 877.2 903.7 955.1 1021.5
	 * 9350.8, median 903.7; deviations 0 26.5 51.4 63.1 91.3 117.8
	 * 8447.1, MAD 63.1; M = 0.6745 * 8447.1 / 63.1 = 90.294 */
	static const double x7[7] = {
		812.4, 903.7, 1021.5, 877.2, 9350.8, 955.1, 840.6
	};
	/* six: median (3.346 + 3.902) / 2 = 3.624; deviations 0.278 0.278
	 * 0.493 0.753 1.239 14.016, MAD (0.493 + 0.753) / 2 = 0.623 */
	static const double x6[6] = {
		2.385, 4.117, 3.902, 2.871, 3.346, 17.64
	};
	static const double same[4] = { 5.5, 5.5, 5.5, 7.25 };
	static const double two[2] = { 1.5, 2.5 };
	double work[8], z[8], med, mad, uv;

	CHECK(uv_robust_z(x7, 7, work, &med, &mad, z) == 0);
	CHECK_NEAR(med, 903.7, 1e-15);
	CHECK_NEAR(mad, 63.1, 1e-12);
	CHECK_NEAR(z[4], 90.29427812995243, 1e-12);
	CHECK_NEAR(z[0], -0.9759405705229801, 1e-12);
	CHECK(z[1] == 0);
	CHECK(fabs(z[4]) > UV_Z_THRESHOLD && fabs(z[2]) < UV_Z_THRESHOLD);

	CHECK(uv_robust_z(x6, 6, work, &med, &mad, z) == 0);
	CHECK_NEAR(med, 3.624, 1e-15);
	CHECK_NEAR(mad, 0.623, 1e-12);
	CHECK_NEAR(z[5], 15.174626003210273, 1e-12);
	CHECK_NEAR(z[0], -1.3414213483146071, 1e-12);

	/* no scale: the MAD is 0 */
	CHECK(uv_robust_z(same, 4, work, &med, &mad, z) < 0);
	CHECK(med == 5.5 && mad == 0);
	CHECK(isnan(z[3]));
	/* too few to compare */
	CHECK(uv_robust_z(two, 2, work, &med, &mad, z) < 0);
	CHECK(med == 2 && mad == 0.5);
	CHECK(isnan(z[0]) && isnan(z[1]));
	CHECK(uv_robust_z(two, 0, work, &med, &mad, z) < 0);
	CHECK(isnan(med));

	/* classes: the seven above (class 4) among values of another unit
	 * (class 9: 12 and 15.5, too few to score) and one left out */
	{
		static const double x[10] = {
			812.4, 12, 903.7, 9350.8, 1021.5, 15.5, 877.2,
			955.1, 840.6, 7.25
		};
		static const int cls[10] = { 4, 9, 4, 4, 4, 9, 4, 4, 4, -1 };
		double w3[30], m[10], d[10], zz[10];

		uv_robust_z_classes(x, cls, 10, w3, m, d, zz);
		CHECK_NEAR(m[0], 903.7, 1e-15);
		CHECK_NEAR(d[8], 63.1, 1e-12);
		CHECK_NEAR(zz[3], 90.29427812995243, 1e-12);
		CHECK_NEAR(zz[0], -0.9759405705229801, 1e-12);
		CHECK_NEAR(m[1], 13.75, 1e-15);
		CHECK_NEAR(d[5], 1.75, 1e-15);
		CHECK(isnan(zz[1]) && isnan(zz[5]));
		CHECK(isnan(m[9]) && isnan(d[9]) && isnan(zz[9]));
	}

	/* BACI, China to Russia, HS 010620 in 2017: 48,641 USD for 3.124 t
	 * is 15,570.10 USD per tonne */
	CHECK(uv_value(48641, 3.124, "t", 0, &uv) == UV_OK);
	CHECK_NEAR(uv, 15570.102432778489, 1e-14);
	CHECK(uv_value(48641, NAN, "", 1, &uv) == UV_NO_QUANTITY);
	CHECK(isnan(uv));
	CHECK(uv_value(48641, NAN, "", 0, &uv) == UV_MIXED_UNITS);
	CHECK(uv_value(48641, 0, "t", 0, &uv) == UV_ZERO_QUANTITY);
	CHECK(uv_value(48641, 2.5, "", 0, &uv) == UV_NO_UNIT);
	CHECK(uv_value(1.5e300, 2.5e-10, "t", 0, &uv) == UV_OVERFLOW);
	CHECK(isnan(uv));
	/* the rows without a quantity, found by a sum's keys */
	{
		struct agg_opts o = { AK_PERIOD | AK_PRODUCT, 0, 0, 0, 0,
		    NULL };
		struct agg *miss = agg_new(&o), *all = agg_new(&o);
		struct uv_missing mi;
		struct trade_row r;
		char err[256];
		int i;

		for (i = 0; i < 3; i++) {
			memset(&r, 0, sizeof(r));
			r.period = 202300;
			strcpy(r.reporter, "ARM");
			strcpy(r.partner, i == 1 ? "GEO" : "RUS");
			r.flow = FLOW_X;
			strcpy(r.product, i == 2 ? "870324" : "870323");
			strcpy(r.currency, "USD");
			r.value = 1234.5 + i;
			r.quantity = i == 0 ? NAN : 2.75;
			strcpy(r.unit, "u");
			r.rows = 1;
			r.file = "t.csv";
			CHECK(agg_add(all, &r, err, sizeof(err)) == 0);
			if (i == 0)
				CHECK(agg_add(miss, &r, err, sizeof(err)) == 0);
		}
		CHECK(agg_finish(all, err, sizeof(err)) == 0);
		CHECK(agg_finish(miss, err, sizeof(err)) == 0);
		uv_missing_init(&mi, miss);
		CHECK(agg_count(all) == 2);
		CHECK(uv_missing_rows(&mi, agg_cell(all, 0)) == 1);
		CHECK(agg_cell(all, 0)->s.rows == 2);
		CHECK(uv_missing_rows(&mi, agg_cell(all, 1)) == 0);
		uv_missing_release(&mi);
		agg_free(miss);
		agg_free(all);
	}
	CHECK_STR(uv_reason_text(UV_MIXED_UNITS), "units differ");
	CHECK_STR(uv_reason_text(UV_OK), "");
	{
		/* the summary the program prints, made without printing */
		size_t refused[UV_OVERFLOW + 1] = { 0 };
		struct uv_scratch g = { 0 };
		char buf[256];

		refused[UV_OK] = 9;
		CHECK_STR(uv_summary(refused, 9, buf, sizeof(buf)), "");
		refused[UV_OK] = 7;
		refused[UV_NO_QUANTITY] = 1;
		refused[UV_MIXED_UNITS] = 1;
		CHECK_STR(uv_summary(refused, 9, buf, sizeof(buf)), "2 of 9 "
		    "sums without a unit value: 1 no quantity, 1 units differ");
		uv_scratch_reserve(&g, 5);
		CHECK(g.cap >= 5 && g.uv != NULL && g.why != NULL);
		g.work[3 * 5 - 1] = 1;	/* three times the values */
		uv_scratch_reserve(&g, 3);
		CHECK(g.cap >= 5);
		uv_scratch_release(&g);
		CHECK(g.cap == 0 && g.uv == NULL);
	}
	return test_done("test_uv");
}
