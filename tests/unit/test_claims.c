/*
 * test_claims.c - the claim engine (evidence.c) on rows made here, each
 * figure computed by hand in the comment beside it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "claimfile.h"
#include "claims.h"
#include "evidence.h"
#include "test.h"
#include "util.h"

static int
add(struct evidence *ev, int period, const char *rep, const char *par,
    enum flow flow, const char *product, double value, const char *cur)
{
	struct trade_row r;
	char err[256];

	memset(&r, 0, sizeof(r));
	r.period = period;
	snprintf(r.reporter, sizeof(r.reporter), "%s", rep);
	snprintf(r.partner, sizeof(r.partner), "%s", par);
	r.flow = flow;
	snprintf(r.product, sizeof(r.product), "%s", product);
	r.value = value;
	snprintf(r.currency, sizeof(r.currency), "%s", cur);
	r.source = "test";
	r.rows = 1;
	return evidence_add(ev, &r, err, sizeof(err));
}

/* A row that must be taken (kept or not, without an error). */
static void
row(struct evidence *ev, int period, const char *rep, const char *par,
    enum flow flow, const char *product, double value, const char *cur)
{
	CHECK(add(ev, period, rep, par, flow, product, value, cur) >= 0);
}

/* A row offered, and whether it must be kept (1) or not (0). */
struct offer {
	int		 period;
	const char	*rep, *par;
	enum flow	 flow;
	const char	*product;
	double		 value;
	int		 kept;
};

static void
offer_all(struct evidence *ev, const struct offer *o, size_t n)
{
	size_t i;

	int k;

	for (i = 0; i < n; i++) {
		k = add(ev, o[i].period, o[i].rep, o[i].par, o[i].flow,
		    o[i].product, o[i].value, "USD");
		if (k != o[i].kept)
			fprintf(stderr, "offer %zu (%s %s %s): %d, want %d\n",
			    i, o[i].rep, o[i].par, o[i].product, k, o[i].kept);
		CHECK(k == o[i].kept);
	}
}

/* ARM's exports: GEO 100 (2021), 150 (2022), 100 + 20 (2023); TUR 360
 * (2023); the world 600 (2023); chips imports from GEO 30 + 10 at HS6
 * and from TUR 60 at HS4. */
static void
arm_rows(struct evidence *ev)
{
	row(ev, 202100, "ARM", "GEO", FLOW_X, "TOTAL", 100, "USD");
	row(ev, 202200, "ARM", "GEO", FLOW_X, "TOTAL", 150, "USD");
	row(ev, 202300, "ARM", "GEO", FLOW_X, "TOTAL", 100, "USD");
	row(ev, 202300, "ARM", "GEO", FLOW_X, "TOTAL", 20, "USD");
	row(ev, 202300, "ARM", "TUR", FLOW_X, "TOTAL", 360, "USD");
	row(ev, 202300, "ARM", "WLD", FLOW_X, "TOTAL", 600, "USD");
	row(ev, 202300, "ARM", "GEO", FLOW_M, "854231", 30, "USD");
	row(ev, 202300, "ARM", "GEO", FLOW_M, "854239", 10, "USD");
	row(ev, 202300, "ARM", "TUR", FLOW_M, "8542", 60, "USD");
	/* not ARM's: not kept */
	row(ev, 202300, "FRA", "DEU", FLOW_X, "TOTAL", 9, "USD");
}

static void
test_metrics(void)
{
	static const char lines[] =
	    "v,,value,ARM,GEO,X,TOTAL,2023,120,0,\n"
	    "v5,,value,ARM,GEO,X,TOTAL,2023,125,5%,\n"
	    "v3,,value,ARM,GEO,X,TOTAL,2023,125,3%,\n"
	    "r,,value,ARM,GEO,X,TOTAL,2021..2023,370,0,\n"
	    "s,,share,ARM,GEO,X,TOTAL,2023,0.2,0,\n"
	    "c,,share,ARM,GEO,M,8542,2023,0.4,0,\n"
	    "g,,growth,ARM,GEO,X,TOTAL,2023,-0.2,0,\n"
	    "k,,rank,ARM,GEO,X,TOTAL,2023,2,0,\n"
	    "rec,,record,ARM,GEO,X,TOTAL,2022,1,0,\n"
	    "no,,value,ARM,IRN,X,TOTAL,2023,1,0,\n";
	struct evidence_result res;
	struct evidence *ev;
	struct claim *cl;
	size_t n;

	cl = claims_of(lines, &n);
	CHECK(cl != NULL && n == 10);
	if (cl == NULL)
		return;
	ev = evidence_alloc(cl, n, NULL);
	arm_rows(ev);

	/* 100 + 20 = 120, two rows */
	evidence_check(ev, 0, &res);
	CHECK(res.verdict == V_SUPPORTED);
	CHECK_NEAR(res.computed, 120, 1e-15);
	CHECK(res.rows == 2);
	CHECK_STR(res.side, "ARM");
	CHECK_STR(res.sources, "test");
	CHECK_STR(res.holds, "0%");
	evidence_result_release(&res);
	/* 120 against 125: 5 below, 4% of 125: within 5%, not within 3% */
	evidence_check(ev, 1, &res);
	CHECK(res.verdict == V_SUPPORTED);
	CHECK_NEAR(res.difference, -5, 1e-15);
	CHECK_STR(res.holds, "4.0% below");
	evidence_result_release(&res);
	evidence_check(ev, 2, &res);
	CHECK(res.verdict == V_CONTRADICTED);
	evidence_result_release(&res);
	/* 100 + 150 + 120 = 370 over three years */
	evidence_check(ev, 3, &res);
	CHECK_NEAR(res.computed, 370, 1e-15);
	CHECK(res.verdict == V_SUPPORTED);
	evidence_result_release(&res);
	/* 120 of the reported world 600 = 0.2 */
	evidence_check(ev, 4, &res);
	CHECK_NEAR(res.computed, 0.2, 1e-15);
	CHECK(res.verdict == V_SUPPORTED);
	evidence_result_release(&res);
	/* chips: GEO 30 + 10 = 40 of 40 + TUR's 60 = 0.4 */
	evidence_check(ev, 5, &res);
	CHECK_NEAR(res.computed, 0.4, 1e-15);
	CHECK(res.rows == 3);
	evidence_result_release(&res);
	/* 120 / 150 - 1 = -0.2 */
	evidence_check(ev, 6, &res);
	CHECK_NEAR(res.computed, -0.2, 1e-14);
	CHECK(res.verdict == V_SUPPORTED);
	evidence_result_release(&res);
	/* GEO 120 after TUR 360: second */
	evidence_check(ev, 7, &res);
	CHECK_NEAR(res.computed, 2, 0);
	CHECK(res.verdict == V_SUPPORTED);
	evidence_result_release(&res);
	/* 2022's 150 is above 2021's 100 */
	evidence_check(ev, 8, &res);
	CHECK_NEAR(res.computed, 1, 0);
	CHECK(res.verdict == V_SUPPORTED);
	evidence_result_release(&res);
	/* no rows with IRN */
	evidence_check(ev, 9, &res);
	CHECK(res.verdict == V_INSUFFICIENT);
	CHECK(!res.ok);
	CHECK(strstr(res.note, "no rows for reporter ARM, partner IRN") !=
	    NULL);
	evidence_result_release(&res);
	evidence_free(ev);
	claims_free(cl, n);
}

/*
 * Only the rows a claim uses are kept: a value claim's the rows between
 * its two countries, a share's every row of its reporter's trade (the
 * partners' own reports too), each for the claim's products.  A row of
 * the claims' countries that no claim uses still counts for coverage
 * (its month is a reported month).
 */
static void
test_kept(void)
{
	static const struct offer kept_rows[] = {
		{ 202300, "ARM", "GEO", FLOW_X, "TOTAL", 120, 1 },
		{ 202300, "GEO", "ARM", FLOW_M, "TOTAL", 130, 1 },
		{ 202300, "ARM", "GEO", FLOW_M, "0101", 7, 0 },
		{ 202300, "ARM", "IRN", FLOW_X, "TOTAL", 7, 0 },
		{ 202300, "FRA", "DEU", FLOW_X, "TOTAL", 7, 0 },
		{ 202300, "ARM", "IRN", FLOW_M, "854231", 40, 1 },
		{ 202300, "ARM", "TUR", FLOW_M, "8542", 60, 1 },
		{ 202300, "DEU", "ARM", FLOW_X, "854239", 9, 1 },
		{ 202203, "ARM", "TUR", FLOW_M, "TOTAL", 5, 1 },
		{ 202204, "ARM", "IRN", FLOW_M, "0101", 1, 0 },
	};
	static const char lines[] =
	    "v,,value,ARM,GEO,X,TOTAL,2023,120,0,\n"
	    "c,,share,ARM,TUR,M,8542,2023,0.6,0,\n"
	    "m,,value,ARM,TUR,M,TOTAL,2022,5,0,\n";
	struct evidence_result res;
	struct evidence *ev;
	struct claim *cl;
	size_t n;

	cl = claims_of(lines, &n);
	CHECK(cl != NULL && n == 3);
	if (cl == NULL)
		return;
	ev = evidence_alloc(cl, n, NULL);
	offer_all(ev, kept_rows, sizeof(kept_rows) / sizeof(*kept_rows));
	/* 120 from ARM's reports, GEO's 130 in the note */
	evidence_check(ev, 0, &res);
	CHECK(res.verdict == V_SUPPORTED);
	CHECK(res.rows == 1);
	CHECK(strstr(res.note, "GEO reports 130") != NULL);
	evidence_result_release(&res);
	/* TUR's 60 of 60 + IRN's 40 */
	evidence_check(ev, 1, &res);
	CHECK(res.verdict == V_SUPPORTED);
	CHECK_NEAR(res.computed, 0.6, 1e-15);
	CHECK(res.rows == 2);
	evidence_result_release(&res);
	/* ARM's 2022: rows in March and April (that one not kept) */
	evidence_check(ev, 2, &res);
	CHECK(res.verdict == V_INSUFFICIENT);
	CHECK(strstr(res.note, "ARM reports only 2 months of 2022") != NULL);
	evidence_result_release(&res);
	evidence_free(ev);
	claims_free(cl, n);
}

/* A row is offered to the claims of its countries only when one of them
 * has the row's heading: a code of two digits wants the rows of its
 * chapter at any length, the chapter's own rows too. */
static void
test_headings(void)
{
	static const struct offer heading_rows[] = {
		{ 202300, "ARM", "GEO", FLOW_X, "85", 1, 1 },
		{ 202300, "GEO", "ARM", FLOW_M, "850110", 1, 1 },
		{ 202300, "ARM", "GEO", FLOW_X, "8601", 1, 0 },
		{ 202300, "ARM", "GEO", FLOW_X, "8", 1, 0 },
		{ 202300, "ARM", "DEU", FLOW_M, "010121", 1, 1 },
		{ 202300, "ARM", "DEU", FLOW_M, "0102", 1, 0 },
		{ 202300, "AZE", "IRN", FLOW_M, "TOTAL", 1, 1 },
		{ 202300, "ARM", "GEO", FLOW_X, "TOTAL", 1, 0 },
	};
	static const char lines[] =
	    "ch,,value,ARM,GEO,X,85,2023,1,0,\n"
	    "t,,share,ARM,TUR,M,\"8542,0101\",2023,1,0,\n"
	    "w,,value,AZE,IRN,M,TOTAL,2023,1,0,\n";
	struct evidence *ev;
	struct claim *cl;
	size_t n;

	if ((cl = claims_of(lines, &n)) == NULL)
		return;
	CHECK(n == 3);
	ev = evidence_alloc(cl, n, NULL);
	offer_all(ev, heading_rows, sizeof(heading_rows) /
	    sizeof(*heading_rows));
	evidence_free(ev);
	claims_free(cl, n);
}

/* A monthly claim where the partner reports the year only: the note
 * says its rows are annual, not just that there are none.  CHN's
 * exports to RUS: 120 in 2023, one annual row; RUS reports nothing. */
static void
test_annual_only(void)
{
	static const char lines[] =
	    "apr,,value,RUS,CHN,M,8542,2023-04,10,1%,\n"
	    "may,,value,RUS,CHN,M,8542,2024-05,10,1%,\n";
	struct evidence_result res;
	struct evidence *ev;
	struct claim *cl;
	size_t n;

	if ((cl = claims_of(lines, &n)) == NULL)
		return;
	ev = evidence_alloc(cl, n, NULL);
	row(ev, 202300, "CHN", "RUS", FLOW_X, "854231", 120, "USD");
	evidence_check(ev, 0, &res);
	CHECK(res.verdict == V_INSUFFICIENT);
	CHECK(strstr(res.note, "CHN's reports of 2023 are annual rows only "
	    "(120 in the year), none of 2023-04") != NULL);
	evidence_result_release(&res);
	/* no rows of 2024 at all: no word of annual rows */
	evidence_check(ev, 1, &res);
	CHECK(res.verdict == V_INSUFFICIENT);
	CHECK(strstr(res.note, "annual") == NULL);
	evidence_result_release(&res);
	evidence_free(ev);
	claims_free(cl, n);
}

/* A claim without a tolerance is refused, naming it, unless the file
 * has a default; the claim keeps the tolerance it is checked at. */
static void
test_tolerance(void)
{
	struct claims_opts co = { NULL, NULL };
	struct claim *cl;
	char path[128], err[1024];
	size_t n;
	FILE *fp;

	snprintf(path, sizeof(path), "%s/claims.csv", dir);
	if ((fp = fopen(path, "w")) == NULL)
		return;
	fputs("id,metric,reporter,partner,flow,product,period,expected,"
	    "tolerance\n"
	    "a,value,ARM,GEO,X,TOTAL,2023,1,2pp\n"
	    "b,value,ARM,GEO,X,TOTAL,2023,1,\n", fp);
	fclose(fp);
	co.lists = dir;
	CHECK(claims_read(path, &co, &cl, &n, err, sizeof(err)) == 2);
	CHECK(strstr(err, "claims.csv:3: claim 'b' has no tolerance") !=
	    NULL);
	co.tolerance = "0.5%";
	CHECK(claims_read(path, &co, &cl, &n, err, sizeof(err)) == 0);
	CHECK(n == 2);
	if (n != 2)
		return;
	CHECK_STR(cl[0].tol_text, "2pp");
	CHECK(cl[0].tol_kind == TOL_PP);
	CHECK_NEAR(cl[0].tol, 0.02, 1e-15);
	CHECK_STR(cl[1].tol_text, "0.5%");
	CHECK(cl[1].tol_kind == TOL_REL);
	CHECK_NEAR(cl[1].tol, 0.005, 1e-15);
	claims_free(cl, n);
}

/* Coverage is the reporter's: a month with rows for some partner is a
 * reported month.  ARM: GEO in January to November (10 each), TUR in
 * December; AZE: January and February only. */
static void
test_coverage(void)
{
	static const char lines[] =
	    "full,,value,ARM,GEO,X,TOTAL,2023,110,0,\n"
	    "part,,value,AZE,GEO,X,TOTAL,2023,20,0,\n"
	    "grow,,growth,AZE,GEO,X,TOTAL,2024,0,1pp,\n";
	struct evidence_result res;
	struct evidence *ev;
	struct claim *cl;
	size_t n;
	int m;

	if ((cl = claims_of(lines, &n)) == NULL)
		return;
	ev = evidence_alloc(cl, n, NULL);
	for (m = 1; m <= 11; m++)
		row(ev, 202300 + m, "ARM", "GEO", FLOW_X, "TOTAL", 10, "USD");
	row(ev, 202312, "ARM", "TUR", FLOW_X, "TOTAL", 5, "USD");
	row(ev, 202301, "AZE", "GEO", FLOW_X, "TOTAL", 10, "USD");
	row(ev, 202302, "AZE", "GEO", FLOW_X, "TOTAL", 10, "USD");
	row(ev, 202400, "AZE", "GEO", FLOW_X, "TOTAL", 30, "USD");
	/* 11 x 10: December has rows, none with GEO */
	evidence_check(ev, 0, &res);
	CHECK(res.verdict == V_SUPPORTED);
	CHECK_NEAR(res.computed, 110, 1e-15);
	evidence_result_release(&res);
	evidence_check(ev, 1, &res);
	CHECK(res.verdict == V_INSUFFICIENT);
	CHECK_STR(res.note, "AZE reports only 2 months of 2023 (no rows at "
	    "all for Mar Apr May Jun Jul Aug Sep Oct Nov Dec): a partial "
	    "year cannot check a claim about the year");
	evidence_result_release(&res);
	/* the growth says why the year before is not there */
	evidence_check(ev, 2, &res);
	CHECK(res.verdict == V_INSUFFICIENT);
	CHECK(strncmp(res.note, "the period before 2024: AZE reports only 2 "
	    "months of 2023", 50) == 0);
	evidence_result_release(&res);
	evidence_free(ev);
	claims_free(cl, n);
}

/* ARM's imports from GEO: 2022-01..03 5 each, 2022-10..12 10 each,
 * 2023-01..03 12 each. */
static void
month_rows(struct evidence *ev)
{
	int m;

	for (m = 1; m <= 3; m++) {
		row(ev, 202200 + m, "ARM", "GEO", FLOW_M, "TOTAL", 5, "USD");
		row(ev, 202209 + m, "ARM", "GEO", FLOW_M, "TOTAL", 10, "USD");
		row(ev, 202300 + m, "ARM", "GEO", FLOW_M, "TOTAL", 12, "USD");
	}
}

/* growth on the period before of the same length, yoy on the same
 * period a year earlier.  ARM's exports to GEO: 2018..2020 10 a year,
 * 2021..2023 20, 30, 40; its imports by month (month_rows()). */
static void
test_growth(void)
{
	static const char lines[] =
	    "g3y,,growth,ARM,GEO,X,TOTAL,2021..2023,2,0.1pp,\n"
	    "y3y,,yoy,ARM,GEO,X,TOTAL,2021..2023,0,0.1pp,\n"
	    "gq,,growth,ARM,GEO,X,TOTAL,2023M01..2023M03,0.2,0.1pp,\n"
	    "yq,,yoy,ARM,GEO,X,TOTAL,Jan 2023..Mar 2023,1.4,0.1pp,\n";
	struct evidence_result res;
	struct evidence *ev;
	struct claim *cl;
	size_t n;
	int y;

	if ((cl = claims_of(lines, &n)) == NULL)
		return;
	CHECK(n == 4 && cl[0].annual && !cl[2].annual && !cl[3].annual);
	CHECK(cl[2].pr.lo == 202301 && cl[2].pr.hi == 202303);
	ev = evidence_alloc(cl, n, NULL);
	for (y = 2018; y <= 2020; y++)
		row(ev, y * 100, "ARM", "GEO", FLOW_X, "TOTAL", 10, "USD");
	row(ev, 202100, "ARM", "GEO", FLOW_X, "TOTAL", 20, "USD");
	row(ev, 202200, "ARM", "GEO", FLOW_X, "TOTAL", 30, "USD");
	row(ev, 202300, "ARM", "GEO", FLOW_X, "TOTAL", 40, "USD");
	month_rows(ev);
	/* 90 on 2018..2020's 30: +200% */
	evidence_check(ev, 0, &res);
	CHECK_NEAR(res.computed, 2, 1e-14);
	evidence_result_release(&res);
	/* 90 on 2020..2022's 60: +50% */
	evidence_check(ev, 1, &res);
	CHECK_NEAR(res.computed, 0.5, 1e-14);
	evidence_result_release(&res);
	evidence_free(ev);
	claims_free(cl, n);
	/* the months are imports: the same claims on flow M */
	if ((cl = claims_of("gq,,growth,ARM,GEO,M,TOTAL,2023M01..2023M03,"
	    "0.2,0.1pp,\nyq,,yoy,ARM,GEO,M,TOTAL,Jan 2023..Mar 2023,1.4,"
	    "0.1pp,\n", &n)) == NULL)
		return;
	ev = evidence_alloc(cl, n, NULL);
	month_rows(ev);
	/* 36 on 2022-10..12's 30: +20% */
	evidence_check(ev, 0, &res);
	CHECK_NEAR(res.computed, 0.2, 1e-14);
	CHECK(res.verdict == V_SUPPORTED);
	evidence_result_release(&res);
	/* 36 on 2022-01..03's 15: +140% */
	evidence_check(ev, 1, &res);
	CHECK_NEAR(res.computed, 1.4, 1e-14);
	CHECK(res.verdict == V_SUPPORTED);
	evidence_result_release(&res);
	evidence_free(ev);
	claims_free(cl, n);
}

/* A partner whose own rows mix currencies (EUR, then USD) after one in
 * USD: the note names the two currencies, not USD twice. */
static void
test_mixed_partners(void)
{
	struct evidence_result res;
	struct evidence *ev;
	struct claim *cl;
	size_t n;

	if ((cl = claims_of("k,,rank,RUS,CHN,M,TOTAL,2023,1,0,\n",
	    &n)) == NULL)
		return;
	ev = evidence_alloc(cl, n, NULL);
	row(ev, 202300, "RUS", "CHN", FLOW_M, "TOTAL", 100.5, "USD");
	row(ev, 202300, "RUS", "DEU", FLOW_M, "TOTAL", 50.25, "EUR");
	row(ev, 202300, "RUS", "DEU", FLOW_M, "TOTAL", 20.75, "USD");
	evidence_check(ev, 0, &res);
	CHECK(res.verdict == V_INSUFFICIENT);
	CHECK_STR(res.note, "RUS's rows with its partners mix USD and EUR "
	    "(convert them to one currency first)");
	evidence_result_release(&res);
	evidence_free(ev);
	claims_free(cl, n);
}

int
main(void)
{
	util_progname = "test_claims";
	if (claimfile_open("test_claims") < 0)
		return 1;
	test_metrics();
	test_kept();
	test_headings();
	test_annual_only();
	test_tolerance();
	test_coverage();
	test_growth();
	test_mixed_partners();
	claimfile_close();
	return test_done("test_claims");
}
