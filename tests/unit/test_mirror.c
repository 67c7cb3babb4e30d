/*
 * test_mirror.c - the mirror measures (import at FOB, gap, ratio,
 * discrepancy index) against figures worked by hand, and the one-sided
 * and zero cases; the pairing of sides (lags, aggregates, oneself,
 * currencies) and the tally of pairs.
 */
#include <math.h>

#include "mirror.h"
#include "test.h"

static int
side_of(struct mirror *mr, int period, const char *reporter,
    const char *partner, int is_export, const char *product, int mask,
    double value)
{
	const struct mirror_pair *clash;
	struct mirror_side s;

	s.period = period;
	s.reporter = reporter;
	s.partner = partner;
	s.is_export = is_export;
	s.product = product;
	s.currency = "EUR";
	s.value = value;
	s.month_mask = mask;
	s.sources = 1;
	return mirror_add(mr, &s, &clash);
}

static int
side(struct mirror *mr, int period, const char *reporter,
    const char *partner, int is_export, const char *currency, double value,
    const struct mirror_pair **clash)
{
	struct mirror_side s;

	s.period = period;
	s.reporter = reporter;
	s.partner = partner;
	s.is_export = is_export;
	s.product = "8703";
	s.currency = currency;
	s.value = value;
	s.month_mask = 0;
	s.sources = is_export ? 1 : 2;
	return mirror_add(mr, &s, clash);
}

static void
test_pairs(void)
{
	struct mirror *mr = mirror_alloc(1);
	const struct mirror_pair *clash, *p;
	struct mirror_measures mm;
	struct mirror_tally t;
	size_t i;

	/* Armenia's exports to Russia in March 2023, 23.85, and Russia's
	 * imports from Armenia in April (a lag of one month), 25.281 */
	CHECK(side(mr, 202303, "ARM", "RUS", 1, "USD", 23.85, &clash) ==
	    MIRROR_OK);
	CHECK(side(mr, 202304, "RUS", "ARM", 0, "USD", 25.281, &clash) ==
	    MIRROR_OK);
	/* Russia's imports of March pair with February's exports: none */
	CHECK(side(mr, 202303, "RUS", "ARM", 0, "USD", 7.3, &clash) ==
	    MIRROR_OK);
	/* EU27's exports of March pair with the importer's EU27 row, never
	 * with its imports from France (of April, lagged to March) */
	CHECK(side(mr, 202303, "EU27", "KGZ", 1, "USD", 41.5, &clash) ==
	    MIRROR_OK);
	CHECK(side(mr, 202304, "KGZ", "FRA", 0, "USD", 2.385, &clash) ==
	    MIRROR_OK);
	/* trade with oneself is no pair; a side in another currency is
	 * refused, with the pair it would join */
	CHECK(side(mr, 202303, "ARM", "ARM", 1, "USD", 1, &clash) ==
	    MIRROR_SELF);
	CHECK(side(mr, 202304, "RUS", "ARM", 0, "RUB", 2000, &clash) ==
	    MIRROR_ECURRENCY);
	CHECK(clash != NULL && clash->period == 202303 &&
	    strcmp(clash->currency, "USD") == 0);
	CHECK(mirror_count(mr) == 4);

	/* by period, exporter, importer: 2023-02 ARM-RUS, then 2023-03
	 * ARM-RUS, EU27-KGZ, FRA-KGZ */
	mirror_sort(mr, 0);
	p = mirror_pair(mr, 0);
	CHECK(p->period == 202302 && isnan(p->x) && p->m == 7.3);
	CHECK_STR(mirror_flag(p), "import_only");
	p = mirror_pair(mr, 1);
	CHECK(p->period == 202303 && strcmp(p->exporter, "ARM") == 0);
	CHECK(p->x == 23.85 && p->m == 25.281 && p->sources == 3);
	CHECK_STR(mirror_flag(p), "matched");
	CHECK_STR(mirror_pair(mr, 2)->exporter, "EU27");
	CHECK_STR(mirror_flag(mirror_pair(mr, 2)), "export_only");
	CHECK_STR(mirror_pair(mr, 3)->exporter, "FRA");
	CHECK_STR(mirror_pair(mr, 3)->importer, "KGZ");
	/* by importer first: KGZ before RUS in 2023-03 */
	mirror_sort(mr, 1);
	CHECK_STR(mirror_pair(mr, 1)->importer, "KGZ");
	CHECK_STR(mirror_pair(mr, 3)->importer, "RUS");

	/* the tally at CIF/FOB 1.06: one match, gap 23.85 - 25.281 / 1.06
	 * = 23.85 - 23.85 = 0 */
	mirror_tally_init(&t);
	for (i = 0; i < mirror_count(mr); i++) {
		p = mirror_pair(mr, i);
		mirror_measures(p->x, p->m, 1.06, &mm);
		mirror_tally_add(&t, p, &mm);
	}
	CHECK(t.matched == 1 && t.export_only == 1 && t.import_only == 2);
	CHECK_NEAR(t.gap, 0, 1e-13);
	CHECK_STR(t.currency, "USD");
	CHECK(t.gap_ok);
	mirror_free(mr);

	/* aggregates stay out of the total gap; two currencies spoil it */
	mr = mirror_alloc(0);
	side(mr, 2023, "EU27", "KGZ", 1, "EUR", 41.5, &clash);
	side(mr, 2023, "KGZ", "EU27", 0, "EUR", 30.2, &clash);
	side(mr, 2023, "ARM", "RUS", 1, "USD", 23.85, &clash);
	side(mr, 2023, "RUS", "ARM", 0, "USD", 21.465, &clash);
	side(mr, 2023, "DEU", "KGZ", 1, "EUR", 7.3, &clash);
	side(mr, 2023, "KGZ", "DEU", 0, "EUR", 4.1, &clash);
	mirror_sort(mr, 0);
	mirror_tally_init(&t);
	for (i = 0; i < 3; i += 2) {
		p = mirror_pair(mr, i);
		mirror_measures(p->x, p->m, 1, &mm);
		mirror_tally_add(&t, p, &mm);
	}
	/* ARM-RUS 23.85 - 21.465 = 2.385, EU27-KGZ left out */
	CHECK_STR(mirror_pair(mr, 2)->exporter, "EU27");
	CHECK(t.matched == 2 && t.gap_ok);
	CHECK_NEAR(t.gap, 2.385, 1e-13);
	CHECK_STR(t.currency, "USD");
	/* DEU-KGZ in euros: counted, but no total in one currency */
	p = mirror_pair(mr, 1);
	mirror_measures(p->x, p->m, 1, &mm);
	mirror_tally_add(&t, p, &mm);
	CHECK(t.matched == 3 && !t.gap_ok);
	mirror_free(mr);
}

/* Coverage: EU27's Jan-Aug 2024 exports against a whole year of imports
 * is partial (not compared, not in the gap); DEU's exports of Jan-Jun
 * to KGZ, with its exports of Jul-Dec to ARM, cover the year; the gap
 * adds TOTAL, not its chapters. */
static void
test_cover(void)
{
	struct mirror *mr = mirror_alloc(0);
	const struct mirror_pair *p;
	struct mirror_measures mm;
	struct mirror_tally t;
	size_t i;

	side_of(mr, 202400, "EU27", "KGZ", 1, "TOTAL", 0x0ff, 1883571547);
	side_of(mr, 202400, "KGZ", "EU27", 0, "TOTAL", 0, 901470019.63);
	side_of(mr, 202400, "DEU", "KGZ", 1, "TOTAL", 0x03f, 100);
	side_of(mr, 202400, "DEU", "ARM", 1, "TOTAL", 0xfc0, 5);
	side_of(mr, 202400, "KGZ", "DEU", 0, "TOTAL", 0xfff, 80);
	side_of(mr, 202400, "DEU", "KGZ", 1, "84", 0x03f, 60);
	side_of(mr, 202400, "KGZ", "DEU", 0, "84", 0xfff, 50);
	mirror_sort(mr, 0);
	CHECK(mirror_count(mr) == 4);
	mirror_tally_init(&t);
	for (i = 0; i < mirror_count(mr); i++) {
		p = mirror_pair(mr, i);
		mirror_pair_measures(p, 1, &mm);
		mirror_tally_add(&t, p, &mm);
	}
	p = mirror_pair(mr, 3);
	CHECK_STR(p->exporter, "EU27");
	CHECK_STR(mirror_flag(p), "partial");
	CHECK(p->xmonths == 8 && p->xmask == 0x0ff && p->mmonths == 12 &&
	    p->mmask == 0xfff);
	mirror_pair_measures(p, 1, &mm);
	CHECK(isnan(mm.ratio) && isnan(mm.gap) && mm.import_fob == p->m);
	p = mirror_pair(mr, 2);
	CHECK_STR(p->exporter, "DEU");
	CHECK_STR(p->product, "TOTAL");
	CHECK_STR(mirror_flag(p), "matched");
	CHECK(p->xmonths == 12 && p->mmonths == 12);
	CHECK(t.matched == 2 && t.partial == 1 && t.export_only == 1);
	CHECK(t.level == 0 && t.finer && t.gap_ok);
	CHECK_NEAR(t.gap, 20, 1e-15);
	mirror_free(mr);
}

int
main(void)
{
	struct mirror_measures m;

	test_pairs();
	test_cover();

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
