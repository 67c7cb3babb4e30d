/*
 * tablekind.c - a table's kind from its header (tablekind.h).
 */
#include <string.h>

#include "tablekind.h"
#include "util.h"

/* The canonical columns, which trade rows have and nothing else. */
static const char *const canonical[] = {
	"period", "reporter", "partner", "flow", "product", "value",
	"quantity", "unit", "currency", "source", "reporter_name",
	"partner_name", NULL
};

/*
 * The columns that tell a kind, tried in this order: the first kind one
 * of whose columns the header has is the table's.  A roll-up's rows come
 * last but for trade rows: shares, unit values and the others carry it
 * too.
 */
static const struct {
	enum tablekind	 kind;
	const char	*name, *prog;
	const char	*cols[4];
	const char	*why;	/* why its rows are not summed; NULL: they are */
} kinds[] = {
	{ TK_CLAIMS, "claims", "trade-claim", { "verdict", NULL },
	    "its rows are verdicts on claims" },
	{ TK_MIRROR, "mirror", "trade-mirror", { "exporter", "importer",
	    "export_value", NULL }, "each row pairs two reports of one flow "
	    "(exporter's and importer's)" },
	{ TK_CONC, "concentration", "trade-conc", { "hhi", NULL },
	    "each row is a whole group (its total, hhi, cr1...): summed, "
	    "groups that share members count them again" },
	{ TK_SHARES, "shares", "trade-share", { "share", "share_pct", NULL },
	    "summing it adds shares, and adds an 'other' row to the members "
	    "it holds" },
	{ TK_TREND, "trend", "trade-trend", { "cagr", "trend_growth", NULL },
	    "each row is a whole series (first, last, cagr), not a period's "
	    "value" },
	{ TK_SERIES, "series", "trade-trend --each", { "yoy", "index", "ma",
	    NULL }, "its rows are changes, indices or moving averages of a "
	    "series" },
	{ TK_UV, "unit values", "trade-uv", { "unit_value", NULL },
	    "its rows are values per unit, beside the sums they came from" },
	{ TK_RCA, "rca", "trade-rca", { "rca", "tii", NULL },
	    "its rows are indices of advantage, not flows" },
	{ TK_FX, "converted values", "trade-fx", { "fx_rate", "fx_from",
	    NULL }, NULL },
	{ TK_ROLLUP, "roll-up", "trade-agg", { "rows", "months",
	    "month_mask", NULL }, NULL },
};

static const char *const keynames[TKEY_COUNT] = {
	"period", "reporter", "partner", "flow", "product", "exporter",
	"importer"
};

int
tablekind_column(const char *const *names, size_t n, const char *name)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (util_strcasecmp(names[i], name) == 0)
			return (int)i;
	return -1;
}

static int
is_canonical(const char *name)
{
	const char *const *c;

	for (c = canonical; *c; c++)
		if (util_strcasecmp(name, *c) == 0)
			return 1;
	return 0;
}

enum tablekind
tablekind_find(const char *const *names, size_t n)
{
	size_t i, j;

	/* every kind but claims has a period column: a source's file that
	 * happens to have a column "rows" or "index" is not one of ours */
	if (tablekind_column(names, n, "verdict") >= 0 &&
	    tablekind_column(names, n, "id") >= 0)
		return TK_CLAIMS;
	if (tablekind_column(names, n, "period") < 0)
		return TK_NONE;
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		for (j = 0; kinds[i].cols[j]; j++)
			if (tablekind_column(names, n, kinds[i].cols[j]) >= 0)
				return kinds[i].kind;
	/* trade rows: the canonical columns only, with period and value */
	for (i = 0; i < n; i++)
		if (!is_canonical(names[i]))
			return TK_NONE;
	if (tablekind_column(names, n, "value") < 0)
		return TK_NONE;
	return TK_TRADE;
}

const char *
tablekind_name(enum tablekind k)
{
	size_t i;

	if (k == TK_TRADE)
		return "trade rows";
	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].kind == k)
			return kinds[i].name;
	return "not a tradestat table";
}

const char *
tablekind_program(enum tablekind k)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].kind == k)
			return kinds[i].prog;
	return "";
}

int
tablekind_summable(enum tablekind k)
{
	return tablekind_why(k)[0] == '\0';
}

const char *
tablekind_why(enum tablekind k)
{
	size_t i;

	for (i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (kinds[i].kind == k)
			return kinds[i].why ? kinds[i].why : "";
	return "";
}

const char *
tablekind_key_name(enum tablekey k)
{
	return k < TKEY_COUNT ? keynames[k] : "";
}

unsigned
tablekind_keys(const char *const *names, size_t n, int col[TKEY_COUNT])
{
	unsigned have = 0;
	int k;

	for (k = 0; k < TKEY_COUNT; k++)
		if ((col[k] = tablekind_column(names, n, keynames[k])) >= 0)
			have |= 1u << k;
	return have;
}
