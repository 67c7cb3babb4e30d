/*
 * test_tablekind.c - every program's header tells its kind, and a
 * source's header is none of them.
 */
#include <stddef.h>

#include "tablekind.h"
#include "test.h"

#define N(a)	(sizeof(a) / sizeof(a[0]))

int
main(void)
{
	const char *trade[] = { "period", "reporter", "partner", "flow",
	    "product", "value", "quantity", "unit", "currency", "source" };
	const char *six[] = { "PERIOD", "reporter", "partner", "flow",
	    "product", "value" };
	const char *rollup[] = { "period", "reporter", "partner", "flow",
	    "product", "value", "quantity", "unit", "currency", "source",
	    "rows", "months", "month_mask" };
	const char *shares[] = { "period", "reporter", "partner", "flow",
	    "product", "value", "rows", "total", "share_pct", "coverage_pct",
	    "rank" };
	const char *conc[] = { "period", "reporter", "value", "n", "hhi" };
	const char *trend[] = { "period", "reporter", "value", "n",
	    "first_period", "cagr" };
	const char *series[] = { "period", "reporter", "value", "months",
	    "yoy", "index", "ma" };
	const char *mirror[] = { "period", "exporter", "importer", "product",
	    "currency", "export_value", "import_value" };
	const char *claims[] = { "id", "verdict", "computed" };
	const char *uv[] = { "period", "value", "rows", "unit_value" };
	const char *rca[] = { "period", "reporter", "value", "rca" };
	const char *fx[] = { "period", "value", "rows", "months", "fx_from",
	    "fx_rate" };
	const char *baci[] = { "t", "i", "j", "k", "v", "q" };
	const char *odd[] = { "period", "reporter", "value", "extra" };
	const char *norows[] = { "rows", "index", "value" };
	int col[TKEY_COUNT];

	CHECK(tablekind_find(trade, N(trade)) == TK_TRADE);
	CHECK(tablekind_find(six, N(six)) == TK_TRADE);
	CHECK(tablekind_find(rollup, N(rollup)) == TK_ROLLUP);
	CHECK(tablekind_find(shares, N(shares)) == TK_SHARES);
	CHECK(tablekind_find(conc, N(conc)) == TK_CONC);
	CHECK(tablekind_find(trend, N(trend)) == TK_TREND);
	CHECK(tablekind_find(series, N(series)) == TK_SERIES);
	CHECK(tablekind_find(mirror, N(mirror)) == TK_MIRROR);
	CHECK(tablekind_find(claims, N(claims)) == TK_CLAIMS);
	CHECK(tablekind_find(uv, N(uv)) == TK_UV);
	CHECK(tablekind_find(rca, N(rca)) == TK_RCA);
	CHECK(tablekind_find(fx, N(fx)) == TK_FX);
	CHECK(tablekind_find(baci, N(baci)) == TK_NONE);
	CHECK(tablekind_find(odd, N(odd)) == TK_NONE);
	CHECK(tablekind_find(norows, N(norows)) == TK_NONE);

	/* what a summing program refuses: the derived kinds */
	CHECK(tablekind_summable(TK_TRADE));
	CHECK(tablekind_summable(TK_ROLLUP));
	CHECK(tablekind_summable(TK_FX));
	CHECK(tablekind_summable(TK_NONE));
	CHECK(!tablekind_summable(TK_SHARES));
	CHECK(!tablekind_summable(TK_CONC));
	CHECK(!tablekind_summable(TK_TREND));
	CHECK(!tablekind_summable(TK_SERIES));
	CHECK(!tablekind_summable(TK_MIRROR));
	CHECK(!tablekind_summable(TK_UV));
	CHECK(!tablekind_summable(TK_RCA));
	CHECK(!tablekind_summable(TK_CLAIMS));
	CHECK_STR(tablekind_why(TK_TRADE), "");

	CHECK_STR(tablekind_name(TK_SHARES), "shares");
	CHECK_STR(tablekind_program(TK_MIRROR), "trade-mirror");
	CHECK_STR(tablekind_name(TK_NONE), "not a tradestat table");

	CHECK(tablekind_keys(mirror, N(mirror), col) ==
	    (1u << TKEY_PERIOD | 1u << TKEY_PRODUCT | 1u << TKEY_EXPORTER |
	    1u << TKEY_IMPORTER));
	CHECK(col[TKEY_EXPORTER] == 1 && col[TKEY_IMPORTER] == 2);
	CHECK(col[TKEY_REPORTER] == -1 && col[TKEY_FLOW] == -1);
	CHECK(tablekind_keys(six, N(six), col) == 0x1f);
	CHECK(col[TKEY_PERIOD] == 0 && col[TKEY_PRODUCT] == 4);
	CHECK_STR(tablekind_key_name(TKEY_IMPORTER), "importer");
	return test_done("tablekind");
}
