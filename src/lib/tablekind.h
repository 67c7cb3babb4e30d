/*
 * tablekind.h - what a table is, told from its header (docs/tables.md).
 *
 * Every table a tradestat program writes has a kind: trade rows, a
 * roll-up, shares, concentration, a trend, a series, a mirror, claims,
 * unit values, RCA or converted values.  Each kind has columns no other
 * kind has, so that the header alone says which it is, and a program
 * reading it knows which columns are keys (period, reporter, partner,
 * flow, product; exporter and importer for a mirror) and which are
 * figures it must pass on unchanged.
 */
#ifndef TRADESTAT_TABLEKIND_H
#define TRADESTAT_TABLEKIND_H

#include <stddef.h>

enum tablekind {
	TK_NONE = 0,	/* not a tradestat table (a source's own format) */
	TK_TRADE,	/* canonical trade rows: the ten columns, or fewer */
	TK_ROLLUP,	/* trade-agg: rows [, months, month_mask] */
	TK_SHARES,	/* trade-share: total, share or share_pct */
	TK_CONC,	/* trade-conc: hhi */
	TK_TREND,	/* trade-trend: cagr, trend_growth */
	TK_SERIES,	/* trade-trend --each: yoy, index, ma */
	TK_MIRROR,	/* trade-mirror: exporter, importer, export_value */
	TK_CLAIMS,	/* trade-claim: id, verdict */
	TK_UV,		/* trade-uv: unit_value */
	TK_RCA,		/* trade-rca: rca or tii */
	TK_FX,		/* trade-fx: fx_from, fx_rate */
	TK_COUNT
};

/* The key columns a table may have, as bits of tablekind_keys(). */
enum tablekey {
	TKEY_PERIOD, TKEY_REPORTER, TKEY_PARTNER, TKEY_FLOW, TKEY_PRODUCT,
	TKEY_EXPORTER, TKEY_IMPORTER, TKEY_COUNT
};

/*
 * The kind of the table whose header has the n column names names
 * (compared without regard to case); TK_NONE when it is not one of
 * tradestat's (a source's format, for the trade reader).
 */
enum tablekind	 tablekind_find(const char *const *names, size_t n);
/* The kind's name ("trade rows", "shares", ...) and the program that
 * writes it ("trade-share"; "" for trade rows, which many write). */
const char	*tablekind_name(enum tablekind k);
const char	*tablekind_program(enum tablekind k);
/* Whether rows of kind k may be summed as trade rows (trade rows, a
 * roll-up, converted values, a source's file): 1, else 0. */
int		 tablekind_summable(enum tablekind k);
/* Why summing a table of kind k would be wrong, for a message (a
 * phrase, "" for the kinds that may be summed). */
const char	*tablekind_why(enum tablekind k);
/* The index of column name in names[0..n), or -1. */
int		 tablekind_column(const char *const *names, size_t n,
		    const char *name);
/* The name of key k ("period", ..., "importer"). */
const char	*tablekind_key_name(enum tablekey k);
/* The key columns the header has: col[k] is the index of key k, or -1;
 * returns the bit mask (1 << k) of those it has. */
unsigned	 tablekind_keys(const char *const *names, size_t n,
		    int col[TKEY_COUNT]);

#endif
