/*
 * csvio_int.h - the CSV reader's insides, shared by its files and by no
 * one else: csvio.c (the reader: libcsv's callbacks, the queue, the
 * fast line split and the in-place records), csvscan.c (the byte
 * scanners, SSE2 and portable side by side), csvrange.c (the range
 * reader of several threads, and the line prefilter).
 *
 * The padding contract: the chunk holds chunksz bytes of input and
 * CSVR_PAD more after the last byte read (clen), which are always
 * readable.  The fast split writes a NUL after a last field (one byte),
 * the scanners load 16 bytes at a time that may start at the last byte
 * of a line (15 more), and num_parse_padded() reads 17 bytes from a
 * field's start whatever its length (16 more): csvr_peek() promises its
 * callers the 17.  The bytes past clen are never input.
 */
#ifndef TRADESTAT_CSVIO_INT_H
#define TRADESTAT_CSVIO_INT_H

#include <csv.h>
#include <stddef.h>
#include <stdint.h>

#include "csvio.h"

/* the SSE2 scanners, where the machine has them (CSVR_PORTABLE_SCAN
 * turns them off per reader) */
#if defined(__SSE2__)
#define CSVSCAN_SSE2
#endif

struct qfield {
	size_t	off, len;	/* off in the arena, or with IN_CHUNK the chunk */
};
#define IN_CHUNK	((size_t)1 << (sizeof(size_t) * 8 - 1))

struct qrec {
	size_t		first, n;
	uint64_t	line;
};

struct csvr {
	struct csv_parser p;
	int		 fd;
	char		*name;
	int		 delim;
	enum csv_encoding enc;
	unsigned	 flags;		/* CSVR_* */
	char		*chunk;		/* chunksz + CSVR_PAD bytes */
	size_t		 chunksz;	/* its size: csvr_opts.chunk */
	size_t		 clen;		/* bytes in chunk */
	size_t		 cpos;		/* first byte not yet parsed */
	int		 slow;		/* libcsv is inside a record */
	/* csvr_prefilter(): lines without any of these are skipped, after
	 * the first record (the header) */
	uint64_t	 records;	/* records made so far */
	size_t		 hfields;	/* fields of the first record */
	char		**lits;
	size_t		 nlits, *litlen;
	const char	**lit_at;	/* feed(): the next place of each in
					 * the chunk; NULL not searched yet */
	size_t		*dpos, dcap;	/* delimiters of the fast path's line */
	int		 head_pending;	/* chunk read but not parsed yet */
	int		 eof, fini, failed;
	uint64_t	 bytes;
	/* csvr_open_range(): the lines that start in [off0, end) of the
	 * file, read with pread() from off; strict: a line the fast path
	 * cannot split declines instead of going to libcsv */
	int		 ranged, strict, declined;
	uint64_t	 off, end;
	const char	*mem;		/* csvr_open_mem(): [off, end) */

	/* records queued by the callbacks */
	char		*arena;
	size_t		 alen, acap;
	struct qfield	*f;
	size_t		 nf, fcap;
	struct qrec	*q;
	size_t		 nq, qcap, qpos;
	size_t		 rec_first;	/* first field of the record being built */
	uint64_t	 rec_line;

	/* line counting */
	uint64_t	 line;		/* line the parser is on */
	int		 last_cr;

	/* the record handed out */
	char		**cur;
	size_t		*curlen;
	size_t		 ncur, curcap;
	uint64_t	 curline;

	/* bytes that are not UTF-8, read as cp1252: how many, the line of
	 * the first */
	uint64_t	 recoded, recoded_line;
	/* UTF-16 input: raw holds the bytes read but not yet converted into
	 * the chunk (rawlen of them, chunksz at most); raweof: no more */
	int		 utf16, be, raweof;
	unsigned char	*raw;
	size_t		 rawlen;

	char		 err[1024];	/* an upstream message nests */
};

/* csvio.c */
/* The message "NAME:LINE: ..." of the first error (later ones are not
 * kept), and the reader failed. */
void		 csvr_seterr(struct csvr *r, uint64_t line, const char *fmt,
		    ...) __attribute__((format(printf, 3, 4)));
/* A reader of fd (closed with it) with o's encoding, flags and chunk
 * (not its delimiter), before its first chunk; NULL and *err when libcsv
 * cannot start. */
struct csvr	*csvr_new(int fd, const char *path, const struct csvr_opts *o,
		    uint64_t line, const char **err);
/* Read up to a chunk, after the keep bytes already at its start; 0 ok,
 * -1 on a read error (the reader failed). */
int		 csvr_fill(struct csvr *r, size_t keep);

/* csvrange.c */
/* Range mode: read more of the file, stopping after the line that holds
 * byte end - 1; 0 ok, -1 on a read error. */
int		 csvr_fill_range(struct csvr *r);
/* Range mode: the line at hand is not for the quote-free split, and the
 * range's work ends (csvr_declined()). */
void		 csvr_decline(struct csvr *r);
/* Whether the line [p, nl) of the chunk that ends at end holds one of
 * the prefilter's literals. */
int		 csvr_has_literal(struct csvr *r, const char *p, const char *nl,
		    const char *end);

/* csvenc.c */
/* The code point of the cp1252 byte c. */
unsigned	 csvenc_cp1252(unsigned char c);
/* The UTF-8 of code point cp into out (4 bytes at most): its length. */
size_t		 csvenc_put_utf8(unsigned cp, char *out);
/*
 * The UTF-16 (be: big-endian) code units of in[0..n) as UTF-8 into out,
 * which holds n / 2 * 3 bytes: the bytes written, and in *used the input
 * taken (an odd last byte, or a high surrogate whose low one is not
 * there yet, stays unless final).  A lone surrogate or odd byte is
 * U+FFFD.
 */
size_t		 csvenc_utf16(const unsigned char *in, size_t n, int be,
		    char *out, size_t *used, int final);

/* csvscan.c: the scanners look at bytes only, never at a reader. */
/*
 * Where the delimiters of the line p[0..n) are (into dpos, which holds n
 * + 1): their count, or -1 when the line holds a trap for libcsv (a
 * quote, a CR, a NUL).  *high: it has bytes beyond ASCII.  Reads up to
 * 15 bytes past p + n (CSVR_PAD).  portable: with the eight-byte code
 * even where SSE2 is (CSVR_PORTABLE_SCAN).
 */
long		 csvscan_line(const char *p, size_t n, unsigned char delim,
		    size_t *dpos, int *high, int portable);
/* Whether the line p[0..len) (its LF not in it) may be skipped unparsed
 * by the prefilter: no quote, NUL, CR but a final one or byte beyond
 * ASCII, and hfields fields. */
int		 csvscan_plain(const char *p, size_t len, int delim,
		    size_t hfields);
/* csvr_peek() of a short line in the 64 bytes from p (see csvscan.c);
 * 0 when the line is not for it.  With CSVSCAN_SSE2 only. */
size_t		 csvscan_peek64(char *p, size_t avail, int delim,
		    char **f, size_t *l, size_t max, size_t *take);

#endif
