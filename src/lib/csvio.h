/*
 * csvio.h - CSV in (streaming, on libcsv) and CSV out (RFC 4180): the
 * reader is csvio.c, csvscan.c and csvrange.c, the writer csvwrite.c.
 *
 * The reader hands out one record at a time; memory is bounded by the
 * read chunk and the longest record, never by the number of rows.  It
 * strips a UTF-8 byte order mark, accepts LF, CRLF and CR line ends,
 * sniffs the delimiter (',', ';' or tab) from the first line unless told,
 * and delivers every field as UTF-8: valid UTF-8 stays as it is, and a
 * byte that is not UTF-8 is read as Windows-1252 (cp1252, a superset of
 * Latin-1), whatever the BOM says (csvr_recoded() counts them); a file
 * with a UTF-16 BOM is converted from UTF-16.  An encoding given at the
 * open forces one.
 */
#ifndef TRADESTAT_CSVIO_H
#define TRADESTAT_CSVIO_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

enum csv_encoding {
	CSV_ENC_AUTO = 0,	/* UTF-8, else cp1252 byte by byte; or UTF-16
				 * by its BOM */
	CSV_ENC_UTF8,		/* what is not UTF-8 is an error */
	CSV_ENC_LATIN1,		/* Windows-1252, converted to UTF-8 */
	CSV_ENC_UTF16LE,	/* UTF-16 (a BOM tells the byte order) */
	CSV_ENC_UTF16BE
};

#define CSVR_MAX_FIELD	(1u << 20)	/* longest field accepted, bytes */
#define CSVR_MAX_FIELDS	4096		/* most fields in one record */
/* Readable bytes past the last byte of input in the reader's buffer, so
 * that scanners and num_parse_padded() may read whole words past a
 * field's end (csvio_int.h says who reads how far). */
#define CSVR_PAD	17

struct csvr;

/*
 * The fast paths, each chosen per reader by a flag given at the open
 * (tests and fuzzers vary them per call; every combination gives the
 * same records, line numbers and messages, tests/unit/test_csvdiff.c):
 * CSVR_NO_FAST sends every line through libcsv (no quote-free split, no
 * records in place, csvr_peek() gives 0); CSVR_NO_PREFILTER makes
 * csvr_prefilter() do nothing; CSVR_PORTABLE_SCAN scans with the
 * portable eight-byte code where SSE2 would.
 */
#define CSVR_NO_FAST		0x01u
#define CSVR_NO_PREFILTER	0x02u
#define CSVR_PORTABLE_SCAN	0x04u
#define CSVR_FLAGS		0x07u	/* all of them */

struct csvr_opts {
	int		 delim;		/* ',', ';', '\t' or 0 to sniff */
	enum csv_encoding enc;
	unsigned	 flags;		/* CSVR_*; 0 for every fast path */
	/* bytes read at a time (at least 16); 0 is 256 KB: tests make it
	 * small, so that short inputs cross the ends of chunks */
	size_t		 chunk;
};

/*
 * Open path ("-" or NULL is standard input, named "<stdin>") and read its
 * first chunk.  delim is ',', ';', '\t' or 0 to sniff.  Returns NULL and
 * sets *err (a static string) when the file cannot be opened.
 */
struct csvr	*csvr_open(const char *path, int delim, enum csv_encoding enc,
		    const char **err);
/* The same with the options o (delim and enc as csvr_open() has them). */
struct csvr	*csvr_open_opts(const char *path, const struct csvr_opts *o,
		    const char **err);
void		 csvr_close(struct csvr *r);

/*
 * Open the lines of path that start in bytes [start, end) (a line that
 * starts before end is read to its end; UINT64_MAX: to the end of the
 * file), for readers that split a file at line ends: start is past the
 * header, whose fields (hfields), delim and encoding (o's, with its
 * flags and chunk) the caller knows;
 * the first line is numbered line.  strict: a line the quote-free fast
 * path cannot split (a quote, a lone CR, a NUL, a line longer than half
 * a chunk, bytes beyond ASCII when enc is still CSV_ENC_AUTO) is not
 * parsed: csvr_next() fails and csvr_declined() says so.
 */
struct csvr	*csvr_open_range(const char *path, uint64_t start,
		    uint64_t end, const struct csvr_opts *o, size_t hfields,
		    int strict, uint64_t line, const char **err);
int		 csvr_declined(const struct csvr *r);
/*
 * A reader of the len bytes at buf (the caller's, kept until
 * csvr_close()), whole records after a header of hfields fields, read
 * as a range that does not decline (libcsv takes what the fast path
 * does not); its first line is numbered line.  For the blocks of a
 * stream (tradepar.c).
 */
struct csvr	*csvr_open_mem(const char *name, const char *buf,
		    size_t len, const struct csvr_opts *o, size_t hfields,
		    uint64_t line, const char **err);
/*
 * Handing a stream to threads: csvr_lines_end() is the end of the last
 * whole line in the chunk (0: none), and csvr_pending(r, upto) whether
 * a record is queued or starts before upto (the caller takes them with
 * csvr_next()).  Then csvr_detach() gives the descriptor, with the
 * bytes of the chunk not parsed yet (a line begun, no LF) in *rest (n
 * of them, the caller's to free), when the reader is between records
 * and has more to read; -1 when it is not (it is left as it was).
 * csvr_attach_end() tells the reader that the caller read lines lines
 * and bytes bytes to the end: it is at its end then.
 */
size_t		 csvr_lines_end(const struct csvr *r);
int		 csvr_pending(const struct csvr *r, size_t upto);
int		 csvr_detach(struct csvr *r, char **rest, size_t *n);
void		 csvr_attach_end(struct csvr *r, uint64_t lines,
		    uint64_t bytes);
/* Add n bytes read as cp1252, the first on line line, to r's count
 * (csvr_recoded()). */
void		 csvr_add_recoded(struct csvr *r, uint64_t n,
		    uint64_t line);
/* The number of the line the reader reads next (after the last line of
 * a range, its number + 1). */
uint64_t	 csvr_next_line(const struct csvr *r);

/*
 * The line a program that failed ends its output with, after the rows it
 * wrote: "#tradestat-error: PROGRAM: MESSAGE".  A line that starts with
 * it ends the input with an error, whichever way the line is read (the
 * prefilter never skips it; a range declines it), so that a pipeline
 * never ends in a result built from part of the data.
 */
#define CSVR_MARKER	"#tradestat-error:"

/*
 * Next record: 1 when one is ready, 0 at the end of input, -1 on error
 * (csvr_error() has the message "FILE:LINE: what"; for CSVR_MARKER's line
 * "FILE:LINE: upstream step failed: PROGRAM: MESSAGE").  Blank lines are
 * skipped.  Fields stay valid until the next call; each is NUL-terminated.
 */
int		 csvr_next(struct csvr *r);
size_t		 csvr_nfields(const struct csvr *r);
/*
 * For a caller that decodes the common line's fields itself: the next
 * line's fields where they lie (f[i], l[i] bytes, not NUL-terminated; the
 * bytes may be written to until the next call, and read 17 bytes from a
 * field's start on (CSVR_PAD), whatever its length) and their number, when
 * csvr_next() would split that line so (no record queued, no quote, no
 * encoding to convert, no prefilter) into max fields at most; 0 when it
 * would not.  The caller then takes the line with csvr_take(r, *take),
 * the record of line csvr_line() (whose fields are the caller's:
 * csvr_fields() does not give them), or leaves it to csvr_next().
 */
size_t		 csvr_peek(struct csvr *r, char **f, size_t *l, size_t max,
		    size_t *take);
void		 csvr_take(struct csvr *r, size_t n);
/*
 * After the first record (the header), skip unread every complete line
 * that holds none of the literals lits[0..n) (and no quote, and no CR but
 * a final one): its line is counted, its fields are not parsed or
 * checked.  For filters whose wanted rows must hold one of the literals.
 * n = 0 turns it off; so does CSVR_NO_PREFILTER.
 */
void		 csvr_prefilter(struct csvr *r, const char *const *lits,
		    size_t n);
const char	*csvr_field(const struct csvr *r, size_t i);
/* The fields and their lengths as arrays of csvr_nfields() (valid until
 * the next csvr_next()). */
const char *const *csvr_fields(const struct csvr *r);
const size_t	*csvr_lens(const struct csvr *r);
size_t		 csvr_len(const struct csvr *r, size_t i);
uint64_t	 csvr_line(const struct csvr *r);	/* line the record starts on */
uint64_t	 csvr_bytes(const struct csvr *r);	/* bytes read so far */
const char	*csvr_name(const struct csvr *r);
const char	*csvr_error(const struct csvr *r);
int		 csvr_delim(const struct csvr *r);
enum csv_encoding csvr_encoding(const struct csvr *r);
/* The bytes that were not UTF-8 and were read as cp1252 (under
 * CSV_ENC_AUTO), and in *line the line of the first (0 when none). */
uint64_t	 csvr_recoded(const struct csvr *r, uint64_t *line);
/* The note a program prints of them into note (with its LF), naming
 * file: 0 when there are none. */
int		 csvr_recoded_note(const char *file, uint64_t n, uint64_t line,
		    char *note, size_t size);

/* The first bytes of the input (after any BOM), before parsing starts:
 * lets a caller tell JSON from CSV.  Valid until the first csvr_next(). */
const char	*csvr_head(const struct csvr *r, size_t *len);

/* Read the whole input (from its start) into a new NUL-terminated buffer
 * the caller frees; instead of csvr_next().  NULL on a read error. */
char		*csvr_slurp(struct csvr *r, size_t *len);

/*
 * Writer.  Quotes a field only when it holds the delimiter, a quote, CR
 * or LF, or starts or ends with a space.  With excel set, the first write
 * puts a UTF-8 BOM, lines end in CRLF, every non-empty text field
 * (csvw_str, csvw_strn, csvw_header) is quoted, and one that starts,
 * after any spaces, with '=', '+', '-', '@', TAB, CR or LF, which a
 * spreadsheet would take for a formula, gets a ' before it (OWASP's
 * advice against CSV injection); numbers are written bare.
 */
/*
 * A line is made in buf and goes to fp in one write at csvw_end() (or
 * when it fills buf): everything before the current line is in fp, so a
 * caller may write to fp, flush or close it between lines.  csvw_flush()
 * puts the part of a line written so far.  A writer made by
 * csvw_init_mem() has no fp: its lines stay in a buffer of its own that
 * grows (from about hint bytes), which csvw_take() hands over.
 */
#define CSVW_BUFSZ	4096

struct csvw {
	FILE	*fp;		/* NULL: into mem */
	int	 excel;
	int	 started;	/* BOM written */
	size_t	 nfield;	/* fields written on this line */
	size_t	 len;		/* bytes in buf, or in mem */
	char	*mem;
	size_t	 memsz;
	char	 buf[CSVW_BUFSZ];
};

void	csvw_init(struct csvw *w, FILE *fp, int excel);
void	csvw_init_mem(struct csvw *w, int excel, size_t hint);
char	*csvw_take(struct csvw *w, size_t *len);	/* the caller's */
void	csvw_flush(struct csvw *w);
void	csvw_str(struct csvw *w, const char *s);
void	csvw_strn(struct csvw *w, const char *s, size_t len);
/* Text s, NUL-terminated in an array of size bytes whose bytes after
 * the NUL, up to the eighth, are zeros (a row's code, unit, currency as
 * trade_next() leaves them): the eight bytes at s are read whatever its
 * length. */
void	csvw_code(struct csvw *w, const char *s, size_t size);
void	csvw_num(struct csvw *w, double v);	/* empty when NaN */
void	csvw_num_exact(struct csvw *w, double v);	/* num_format_exact */
void	csvw_numtext(struct csvw *w, const char *s);	/* a number's text */
void	csvw_int(struct csvw *w, long long v);
void	csvw_empty(struct csvw *w);
void	csvw_end(struct csvw *w);
/* Write a header line from a comma-separated list of names. */
void	csvw_header(struct csvw *w, const char *names);

#endif
