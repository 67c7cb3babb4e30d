/*
 * test_mirror.c - the mirror measures (import at FOB, gap, ratio,
 * discrepancy index) against figures worked by hand, and the one-sided
 * and zero cases.
 */
#include <math.h>

#include "mirror.h"
#include "test.h"

int
main(void)
{
	struct mirror_measures m;

	/* X 110, M 106 CIF, factor 1.06: M 100 FOB, gap 10, ratio 1.1,
	 * di 10 / 210 */
	mirror_measures(110, 106, 1.06, &m);
	CHECK_NEAR(m.import_fob, 100, 1e-12);
	CHECK_NEAR(m.gap, 10, 1e-12);
	CHECK_NEAR(m.ratio, 1.1, 1e-12);
	CHECK_NEAR(m.di, 10.0 / 210, 1e-12);

	/* factor 1: the import as reported; X 30, M 90: gap -60, ratio 1/3,
	 * di -60 / 120 = -0.5 (more arrives than left) */
	mirror_measures(30, 90, 1.0, &m);
	CHECK_NEAR(m.import_fob, 90, 1e-15);
	CHECK_NEAR(m.gap, -60, 1e-15);
	CHECK_NEAR(m.ratio, 1.0 / 3, 1e-15);
	CHECK_NEAR(m.di, -0.5, 1e-15);

	/* EU27 to Kyrgyzstan, 2023 (Eurostat exports, the national import
	 * figure): 2733762750 / 901470019.63 = 3.032561, di 0.504037 */
	mirror_measures(2733762750.0, 901470019.63, 1.0, &m);
	CHECK_NEAR(m.ratio, 3.032561, 1e-6);
	CHECK_NEAR(m.di, 0.504037, 1e-5);

	/* an export never recorded as an import: di +1, ratio undefined */
	mirror_measures(50, 0, 1.0, &m);
	CHECK(m.di == 1);
	CHECK(isnan(m.ratio));
	CHECK(m.gap == 50);

	/* an import no export matches: di -1, ratio 0 */
	mirror_measures(0, 40, 1.0, &m);
	CHECK(m.di == -1);
	CHECK(m.ratio == 0);

	/* both zero: nothing to compare */
	mirror_measures(0, 0, 1.0, &m);
	CHECK(isnan(m.di));
	CHECK(isnan(m.ratio));
	CHECK(m.gap == 0);

	/* one side missing: the present side stays, no measures */
	mirror_measures(NAN, 106, 1.06, &m);
	CHECK_NEAR(m.import_fob, 100, 1e-12);
	CHECK(isnan(m.gap) && isnan(m.ratio) && isnan(m.di));
	mirror_measures(110, NAN, 1.06, &m);
	CHECK(isnan(m.import_fob));
	CHECK(isnan(m.gap) && isnan(m.ratio) && isnan(m.di));

	return test_done("mirror");
}
