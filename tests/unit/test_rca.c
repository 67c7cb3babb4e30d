/*
 * test_rca.c - the WITS index (x_ab / X_a) / (x_wb / X_w) against figures
 * worked by hand, the table built from flows, and its refusals.
 */
#include <math.h>
#include <string.h>

#include "rca.h"
#include "test.h"

int
main(void)
{
	/* three reporters by three products (A exports no k3):
	 *	     k1      k2      k3     X_a
	 *	A  12.5    37.25     -     49.75
	 *	B  48.75    8.125  23.5    80.375
	 *	C   5.375  19.625  61.0    86.0
	 *	x_wk 66.625 65.0   84.5   216.125 = X_w
	 * RCA_A,k1 = (12.5 / 49.75) / (66.625 / 216.125) = 0.815051 */
	const double x[9] = {
		12.5, 37.25, NAN, 48.75, 8.125, 23.5, 5.375, 19.625, 61.0
	};
	const double xa[3] = { 100, NAN, NAN };
	const double wb[3] = { 300.5, 412.25, 287.75 };
	double out[9];
	struct rca_table *t;
	struct rca_world w;
	struct rca_flow f;
	char err[512];
	int i;

	CHECK(rca_index(x, 3, 3, NULL, NULL, NAN, out) == 0);
	CHECK_NEAR(out[0], 0.81505086407648, 1e-13);
	CHECK_NEAR(out[1], 2.4895728643216084, 1e-13);
	CHECK(isnan(out[2]));
	CHECK_NEAR(out[3], 1.96753025073019, 1e-13);
	CHECK_NEAR(out[4], 0.33611975116640747, 1e-13);
	CHECK_NEAR(out[5], 0.7478167244885752, 1e-13);
	CHECK_NEAR(out[6], 0.2027439024390244, 1e-13);
	CHECK_NEAR(out[8], 1.8141771019678, 1e-13);
	/* A's total given (100: it exports what the table does not hold) */
	CHECK(rca_index(x, 3, 3, xa, NULL, NAN, out) == 0);
	CHECK_NEAR(out[0], 12.5 / 100 / (66.625 / 216.125), 1e-14);
	CHECK_NEAR(out[3], 1.96753025073019, 1e-13);
	/* a world row with its total (1500), and without (its sum, 1000.5) */
	CHECK(rca_index(x, 3, 3, NULL, wb, 1500, out) == 0);
	CHECK_NEAR(out[3], 3.0276133867090356, 1e-13);
	CHECK(rca_index(x, 3, 3, NULL, wb, NAN, out) == 0);
	CHECK_NEAR(out[3], 2.0194181289349267, 1e-13);
	/* nothing exported */
	{
		const double z[2] = { 0, 0 };

		CHECK(rca_index(z, 1, 2, NULL, NULL, NAN, out) < 0);
		CHECK(isnan(out[0]));
	}

	/* the same as flows; B twice for k1 (summed); no world row */
	t = rca_alloc();
	rca_add(t, "C", "k3", 61.0, 0, 0);
	rca_add(t, "A", "k1", 12.5, 0, 0);
	rca_add(t, "A", "k2", 37.25, 0, 0);
	rca_add(t, "B", "k1", 40, 0, 0);
	rca_add(t, "B", "k1", 8.75, 0, 0);
	rca_add(t, "B", "k2", 8.125, 0, 0);
	rca_add(t, "B", "k3", 23.5, 0, 0);
	rca_add(t, "C", "k1", 5.375, 0, 0);
	rca_add(t, "C", "k2", 19.625, 0, 0);
	CHECK(rca_compute(t, 50, &w, err, sizeof(err)) < 0);
	CHECK(strstr(err, "there are 3 of them: fewer than 50") != NULL);
	CHECK(rca_compute(t, 3, &w, err, sizeof(err)) == 0);
	CHECK(!w.from_row && w.reporters == 3 && isnan(w.coverage));
	CHECK_NEAR(w.total, 216.125, 1e-15);
	CHECK(rca_count(t) == 8);
	rca_flow(t, 0, &f);
	CHECK_STR(f.a, "A");
	CHECK_STR(f.b, "k1");
	CHECK_NEAR(f.index, 0.81505086407648, 1e-13);
	CHECK_NEAR(f.xa, 49.75, 1e-15);
	CHECK_NEAR(f.xwb, 66.625, 1e-15);
	rca_flow(t, 2, &f);
	CHECK_STR(f.a, "B");
	CHECK_STR(f.b, "k1");
	CHECK_NEAR(f.x, 48.75, 1e-15);
	CHECK_NEAR(f.index, 1.96753025073019, 1e-13);
	/* a world row and its total: the reporters cover 216.125 / 1500 */
	rca_add(t, "WLD", "k1", 300.5, 1, 0);
	rca_add(t, "WLD", "k2", 412.25, 1, 0);
	rca_add(t, "WLD", "k3", 287.75, 1, 0);
	rca_add(t, "WLD", "TOTAL", 1500, 1, 1);
	CHECK(rca_compute(t, 50, &w, err, sizeof(err)) == 0);
	CHECK(w.from_row && w.reporters == 3);
	CHECK_NEAR(w.total, 1500, 1e-15);
	CHECK_NEAR(w.coverage, 216.125 / 1500, 1e-14);
	CHECK(rca_count(t) == 8);
	rca_flow(t, 2, &f);
	CHECK_NEAR(f.index, 3.0276133867090356, 1e-13);
	CHECK_NEAR(f.xwb, 300.5, 1e-15);
	/* A's own total */
	rca_add(t, "A", "TOTAL", 100, 0, 1);
	CHECK(rca_compute(t, 50, &w, err, sizeof(err)) == 0);
	rca_flow(t, 0, &f);
	CHECK_NEAR(f.xa, 100, 1e-15);
	CHECK_NEAR(f.index, 12.5 / 100 / (300.5 / 1500), 1e-14);
	CHECK_NEAR(w.coverage, (100 + 80.375 + 86.0) / 1500, 1e-14);
	rca_free(t);

	/* zero world */
	t = rca_alloc();
	for (i = 0; i < 2; i++)
		rca_add(t, i ? "A" : "B", "k1", 0, 0, 0);
	CHECK(rca_compute(t, 1, &w, err, sizeof(err)) < 0);
	CHECK(strstr(err, "total exports are 0") != NULL);
	rca_free(t);
	t = rca_alloc();
	rca_add(t, "A", "k1", 1.7e308, 0, 0);
	rca_add(t, "B", "k1", 1.7e308, 0, 0);
	CHECK(rca_compute(t, 1, &w, err, sizeof(err)) < 0);
	CHECK(strstr(err, "overflow") != NULL);
	rca_free(t);
	return test_done("test_rca");
}
