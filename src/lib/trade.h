/*
 * trade.h - trade rows in every supported input format.
 *
 * A trade_reader reads one or more files in order as one stream; each
 * file's format is detected from its header (or JSON's first byte) unless
 * forced, and every row comes out in the canonical shape: period,
 * reporter, partner, flow, product, value, quantity, unit, currency,
 * source.  Values are in the file's currency units (BACI's thousands and
 * the IMF's scale column are applied).  The reader streams: memory does
 * not grow with the number of rows (JSON, which comes in single API
 * responses, is read whole).
 */
#ifndef TRADESTAT_TRADE_H
#define TRADESTAT_TRADE_H

#include <stdint.h>

#include "csvio.h"
#include "fixed.h"
#include "flow.h"
#include "formats.h"
#include "hs.h"

#define CODE_MAX	32	/* bytes for a country code, with its NUL */

/* FMT_AUTO, then a value per format, in the order of formats.h */
enum trade_format {
	FMT_AUTO = 0,
#define TRADE_FORMAT_ENUM(e, ops)	e,
	TRADE_FORMATS(TRADE_FORMAT_ENUM)
#undef TRADE_FORMAT_ENUM
	FMT_COUNT			/* formats and FMT_AUTO */
};

/* The classification of a row's product codes. */
enum trade_class {
	TRADE_CLASS_HS = 0, TRADE_CLASS_SITC, TRADE_CLASS_BEC,
	TRADE_CLASS_OTHER
};

struct trade_row {
	int		 period;		/* YYYYMM, see period.h */
	char		 reporter[CODE_MAX];
	char		 partner[CODE_MAX];
	enum flow	 flow;
	char		 product[HS_MAX + 1];	/* digits or TOTAL */
	double		 value;
	double		 quantity;		/* NaN when missing */
	/* value and quantity digit for digit, as the text has them, when
	 * the reader kept them (TRADE_VDIGITS, TRADE_QDIGITS in digits;
	 * TRADE_VWIDE, TRADE_QWIDE when the text has more digits than
	 * fixed point holds), for the value and quantity they were read
	 * with, vread and qread: a program that changes value has its
	 * double's digits (trade_fixed()) */
	struct fixed	 vfix, qfix;
	double		 vread, qread;
	unsigned char	 digits;
	char		 unit[32];
	char		 currency[8];
	const char	*source;		/* valid until the next row */
	/* names, with trade_opts.names: the file's own, else the country
	 * table's; valid until the next row (NULL without names) */
	const char	*reporter_name, *partner_name;
	/* columns of tradestat's own roll-ups, when the input has them */
	double		 rows;			/* source rows in this one; 1 */
	int		 months;		/* months in a roll-up; 0 none */
	int		 month_mask;		/* which months (bit m-1); 0 */
	/* the product codes' classification (Comtrade's classificationCode;
	 * HS when the file does not say): SITC and BEC codes are kept as
	 * they are, never read as HS */
	enum trade_class classification;
	/* 0, or a row of a file with breakdown columns (Comtrade's motCode,
	 * customsCode, partner2Code; Eurostat's STAT_PROCEDURE): 1 a total,
	 * 2 a breakdown of a total (by mode of transport...) */
	unsigned char	 breakdown;
	/* where the row came from */
	const char	*file;
	uint64_t	 line;
	enum trade_format format;
};

struct trade_opts {
	enum trade_format	 format;	/* FMT_AUTO to detect */
	int			 delim;		/* 0 to sniff */
	enum csv_encoding	 enc;
	int			 unknown_keep;	/* pass unknown codes through */
	int			 skip_bad;	/* skip unreadable rows */
	const char		*source;	/* overrides the source column */
	const char		*countries;	/* BACI country_codes file */
	const char		*sheet;		/* a workbook's sheet; NULL all */
	int			 decimal;	/* '.' or ','; 0: decided from
						 * the values of a ';' file */
	/* a file in no known format (fmt_columns.c): ROLE=COLUMN pairs,
	 * ROLE=VALUE constants, the currency, the values' power of ten,
	 * and periods as columns */
	const char		*columns, *set, *currency;
	int			 scale, wide;
	int			 names;		/* fill reporter_name... */
	/* a summing program's: refuse a table another program derived
	 * (shares, trend...: tablekind_summable()) */
	int			 refuse_derived;
	/* when set, rows whose product it rejects are skipped unread (a
	 * filter on products reads only the product of the others) */
	int			(*keep_product)(const char *product,
				    void *arg);
	void			*keep_arg;
	/* with keep_product: literals one of which every wanted row's line
	 * holds (the product codes without a leading zero); lines with none
	 * are skipped unread (csvr_prefilter) */
	const char *const	*line_literals;
	size_t			 nline_literals;
	/* the fast paths, for tests that compare them: CSVR_* for the CSV
	 * readers (csvio.h), TRADE_NO_CANON; 0 for all of them */
	unsigned		 flags;
	size_t			 chunk;		/* csvr_opts.chunk; 0 */
	int			 threads;	/* 0: trade_threads() */
	uint64_t		 block;		/* bytes of a block; 0 */
};

/* Every row through the reader of all formats, not the fast row of the
 * common canonical or BACI file (for the tests that compare them). */
#define TRADE_NO_CANON	0x100u

struct trade_reader;

/* Parse a --format name (a format's of formats.h, or "auto"); -1 when
 * unknown.  A format's name ("auto" for FMT_AUTO). */
int		 trade_format_parse(const char *name);
const char	*trade_format_name(enum trade_format f);
/* The formats, comma separated in the order of formats.h, for messages;
 * and the usage line(s) of -f, --format that list them ("  -f, --format
 * F        input format: auto (default), canonical,\n" and on). */
const char	*trade_format_list(void);
/* Whether a --columns or --set map (ROLE=NAME,...) reads: 0, or -1 with
 * why (fmt_columns.c). */
int		 columns_check(const char *map, char *why, size_t whylen);
const char	*trade_format_usage(void);

/*
 * Open files[0..nfiles) (none means standard input) with the options o.
 * Never fails: errors (a file that cannot be opened) come from the first
 * trade_next() that reaches them.
 */
struct trade_reader	*trade_open(const struct trade_opts *o,
			    char *const *files, int nfiles);
void			 trade_close(struct trade_reader *r);

/*
 * Next row into *row: 1 when there is one, 0 at the end of all files, -1
 * on an error (trade_error() says "FILE:LINE: column 'NAME': what:
 * 'value'").  With skip_bad, unreadable rows are counted and skipped.
 */
int		 trade_next(struct trade_reader *r, struct trade_row *row);
const char	*trade_error(const struct trade_reader *r);
/* A classification label (H5, S4, B5, HS, SITC...), and its name. */
enum trade_class trade_class_parse(const char *s, size_t len);
const char	*trade_class_name(enum trade_class c);


/*
 * Rows skipped with skip_bad, and the report of them (notes of bytes
 * read as cp1252, repeated headers, the count of rows skipped and the
 * first five messages) for the program to print: line i of it into buf
 * (size bytes, without a newline), 1 when there is a line i, 0 past the
 * last (at once when there is nothing to report).
 */
uint64_t	 trade_skipped(const struct trade_reader *r);
int		 trade_report_skipped(const struct trade_reader *r, int i,
		    char *buf, size_t size);

/*
 * Reading on several threads.  When every input is a regular file of a
 * CSV format with one record per line (not JSON), the lines after each
 * header are cut into blocks of about 8 MB (o->block when set) at line
 * ends, and nthreads
 * threads (the caller's among them) take blocks in turn and call
 * row(ctx[t], row) for their rows, in the block's order (t is the
 * thread, 0..nthreads-1).  progress(parg, bytes, total, rows), when set,
 * follows the blocks done (called on thread 0).  Returns 0 when every row went to row();
 * 1 when the input is not for splitting (or too small to be worth it),
 * before any row; -1 when a block cannot be split safely (a quote, a
 * lone CR, bytes beyond ASCII of an encoding not known yet), has a row
 * that is not readable, or row() returned -1: the others stop, and the
 * caller reads the input again in one pass with trade_next(), which
 * gives the exact rows, line numbers and messages.
 */
/*
 * r, when set, is the caller's reader of the same files, not started:
 * it takes the counts of the blocks (repeated headers).  When the input
 * holds a stream (standard input, a pipe, a compressed file) that is
 * not to be read twice, r reads it (each stream after its first chunk
 * on the threads, the rest in one pass, rows to ctx[0]; o->skip_bad
 * keeps it to one pass): 2 when every row went to row(), r at its end;
 * -2 when r failed (trade_error(r), the first error in the input's
 * order; "" when row() refused a row, whose message is the caller's).
 */
int		 trade_parallel(const struct trade_opts *o, char *const *files,
		    int nfiles, int nthreads,
		    int (*row)(void *ctx, const struct trade_row *row),
		    void **ctx, void (*progress)(void *parg, uint64_t bytes,
		    uint64_t total, uint64_t rows), void *parg,
		    struct trade_reader *r);
/* In row() of trade_parallel() on files (not a stream): the number of
 * the block of its row, 0, 1... in the order of the files and their
 * bytes (the row's line counts from the block's start). */
size_t		 trade_parallel_block(void);
/*
 * The same for programs whose output follows the rows (filters): each
 * block's rows go to row(arg, row, w), which writes what it keeps with w
 * (a writer on the block's buffer; excel as csvw_init() has it, without
 * the BOM), and the buffers go to out(oarg, buf, len) in the order of
 * the input, on the caller's thread, a few blocks behind the threads at
 * most (memory does not grow with the input).  At the first block that
 * cannot be split safely or holds an unreadable row, the threads stop
 * and the reader returned goes on from that block's first line, in one
 * pass, with its line numbers: the caller reads the rest of the input
 * from it with trade_next().  The reader is at the end of the input when
 * every block went through, and at its start when the input is not for
 * splitting.  A stream (standard input, a pipe, a compressed file) is
 * not read twice: its first chunk's rows and then its blocks' go to
 * out() in order, and the reader is at the stream's end (the caller
 * reads the rest: more files or members, in one pass), or failed at
 * the stream's first error (the rows before it written).
 */
struct trade_reader *trade_parallel_ordered(const struct trade_opts *o,
		    char *const *files, int nfiles, int nthreads, int excel,
		    int (*row)(void *arg, const struct trade_row *row,
		    struct csvw *w), void *arg,
		    void (*out)(void *oarg, const char *buf, size_t len),
		    void *oarg, void (*progress)(void *parg, uint64_t bytes,
		    uint64_t total, uint64_t rows), void *parg);
/* Whether the input (files, none: standard input) is standard input
 * alone, a regular file read from its start: it is then split into
 * ranges read by pread(), and read again when needed, as a named file
 * is; its offset is left at the start. */
int		 trade_stdin_file(char *const *files, int nfiles);
/* Threads to use: o->threads when set, else the CPUs online (at most
 * 8). */
int		 trade_threads(const struct trade_opts *o);

/* Bytes read so far, over all files (for progress). */
uint64_t	 trade_bytes(const struct trade_reader *r);
/* Bytes of all the files; 0 when one is not a regular file. */
uint64_t	 trade_size(const struct trade_reader *r);

#define TRADE_VDIGITS	0x01u
#define TRADE_VWIDE	0x02u
#define TRADE_QDIGITS	0x04u
#define TRADE_QWIDE	0x08u

/*
 * The row's value (its quantity when q is set) in decimal fixed point:
 * the text's own digits when the reader kept them, else the double's
 * (fixed_from_double()).  0, or -1 when they do not fit (f unchanged).
 */
int		 trade_fixed(const struct trade_row *row, int q,
		    struct fixed *f);
/* The digits bits of a number read by num_parse_fixed() (whose fit it
 * was), for the value (q 0) or the quantity (q 1). */
unsigned	 trade_digits(int fit, int q);

/* Write the canonical header, and one row, to w. */
void		 trade_write_header(struct csvw *w);
void		 trade_write_row(struct csvw *w, const struct trade_row *row);
/* The ten canonical fields of row, without ending the line (a program
 * adds columns of its own, then calls csvw_end()). */
void		 trade_write_fields(struct csvw *w, const struct trade_row *row);

#endif
