/*
 * formats.h - the input formats: one line each, in the order detection
 * tries them.  A file that a format's sniff hook claims by its first
 * bytes (JSON) is that format's; otherwise its header is the first
 * format's whose required columns it holds.  Canonical comes first: its
 * columns are tradestat's own, and a file written by tradestat is read
 * back as such.  The order is also the one --help and the messages list.
 *
 * A line names the enum trade_format value and the format's struct
 * trade_format_ops (tradefmt.h), defined in its own src/lib/fmt_*.c.
 * Adding a format is that file, one line here, and its tests.
 */
#ifndef TRADESTAT_FORMATS_H
#define TRADESTAT_FORMATS_H

#define TRADE_FORMATS(F) \
	F(FMT_CANONICAL,	fmt_canonical) \
	F(FMT_COMTRADE,		fmt_comtrade)		/* API, CSV */ \
	F(FMT_COMTRADE_JSON,	fmt_comtrade_json)	/* API, JSON */ \
	F(FMT_COMTRADE_LEGACY,	fmt_comtrade_legacy)	/* comtrade.un.org */ \
	F(FMT_COMTRADR,		fmt_comtradr)		/* the R package */ \
	F(FMT_BACI,		fmt_baci) \
	F(FMT_IMF,		fmt_imf)		/* wide */ \
	F(FMT_EUROSTAT,		fmt_eurostat)		/* Comext */ \
	F(FMT_XLSX,		fmt_xlsx)		/* workbooks */ \
	F(FMT_COLUMNS,		fmt_columns)		/* --columns */ \
	/* a new format: a line above this one */

#endif
