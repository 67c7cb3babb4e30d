/*
 * csvio.c - the streaming CSV reader: a state machine on libcsv.
 *
 * libcsv pushes fields and record ends through callbacks as a chunk is
 * parsed; the callbacks queue whole records here and csvr_next() hands
 * them out one at a time, so a program pulls records in a plain loop.
 * Lines without a quote (nearly all) are split here instead, to the same
 * records: queued with the others, or, when the queue is empty, split
 * where they lie in the chunk and handed out at once.  The scanners
 * are in csvscan.c, the range reader and the prefilter in csvrange.c,
 * the writer in csvwrite.c; csvio_int.h holds what they share.
 */
#define _GNU_SOURCE	/* F_SETPIPE_SZ */
#include <csv.h>
#include <stdarg.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvio_int.h"
#include "source.h"
#include "util.h"

#define CHUNK_DEFAULT	(256 * 1024)


void
csvr_seterr(struct csvr *r, uint64_t line, const char *fmt, ...)
{
	va_list ap;
	int n;

	if (r->failed)
		return;
	r->failed = 1;
	n = snprintf(r->err, sizeof(r->err), "%s:%llu: ", r->name,
	    (unsigned long long)line);
	if (n < 0 || (size_t)n >= sizeof(r->err))
		return;
	va_start(ap, fmt);
	vsnprintf(r->err + n, sizeof(r->err) - (size_t)n, fmt, ap);
	va_end(ap);
}

/* Offset of the first invalid UTF-8 byte in s, or n when all is valid. */
static size_t
utf8_invalid(const unsigned char *s, size_t n)
{
	size_t i = 0, k;

	while (i < n) {
		if (s[i] < 0x80) {
			i++;
			continue;
		}
		if ((k = util_utf8_len((const char *)s + i, n - i)) == 0)
			return i;
		i += k;
	}
	return n;
}

static void
arena_put(struct csvr *r, const void *s, size_t n)
{
	if (r->alen + n + 1 > r->acap) {
		while (r->alen + n + 1 > r->acap)
			r->acap = r->acap ? r->acap * 2 : 65536;
		r->arena = xrealloc(r->arena, r->acap);
	}
	memcpy(r->arena + r->alen, s, n);
	r->alen += n;
}

static void
arena_putc(struct csvr *r, unsigned int cp)
{
	char b[4];

	arena_put(r, b, csvenc_put_utf8(cp, b));
}

/* The field s[0..len), UTF-8 but for some bytes: valid sequences stay,
 * the other bytes are read as cp1252, and counted. */
static void
recode(struct csvr *r, const unsigned char *s, size_t len)
{
	size_t i = 0, k;

	while (i < len) {
		for (k = i; k < len && s[k] < 0x80; k++)
			;
		arena_put(r, s + i, k - i);
		if ((i = k) == len)
			break;
		if ((k = util_utf8_len((const char *)s + i, len - i)) > 0) {
			arena_put(r, s + i, k);
			i += k;
			continue;
		}
		arena_putc(r, csvenc_cp1252(s[i++]));
		if (r->recoded++ == 0)
			r->recoded_line = r->rec_line;
	}
}

static void
cb_field(void *data, size_t len, void *ctx)
{
	struct csvr *r = ctx;
	const unsigned char *s = data;
	size_t i, bad, nfield;

	if (r->failed)
		return;
	nfield = r->nf - r->rec_first;
	if (nfield == 0)
		r->rec_line = r->line;
	if (s == NULL)
		len = 0;
	if (nfield >= CSVR_MAX_FIELDS) {
		csvr_seterr(r, r->rec_line, "more than %d fields in one record",
		    CSVR_MAX_FIELDS);
		return;
	}
	if (len > CSVR_MAX_FIELD) {
		csvr_seterr(r, r->rec_line, "field %zu is longer than %u bytes",
		    nfield + 1, CSVR_MAX_FIELD);
		return;
	}
	if (len > 0 && memchr(s, '\0', len) != NULL) {
		csvr_seterr(r, r->rec_line, "field %zu: NUL byte in the data",
		    nfield + 1);
		return;
	}
	if (r->nf == r->fcap) {
		r->fcap = r->fcap ? r->fcap * 2 : 1024;
		r->f = xrealloc(r->f, r->fcap * sizeof(*r->f));
	}
	r->f[r->nf].off = r->alen;
	bad = len;
	for (i = 0; i < len; i++)
		if (s[i] >= 0x80)
			break;
	/* UTF-8 stays; --encoding cp1252 converts every byte beyond ASCII,
	 * --encoding utf-8 refuses what is not UTF-8; else those bytes are
	 * cp1252's (a range leaves them to the one-pass reader, which
	 * counts them) */
	if (i < len && r->enc != CSV_ENC_LATIN1)
		bad = i + utf8_invalid(s + i, len - i);
	if (i == len || (r->enc != CSV_ENC_LATIN1 && bad == len))
		arena_put(r, s, len);
	else if (r->enc == CSV_ENC_LATIN1) {
		arena_put(r, s, i);
		for (; i < len; i++)
			arena_putc(r, csvenc_cp1252(s[i]));
	} else if (r->enc == CSV_ENC_UTF8) {
		csvr_seterr(r, r->rec_line,
		    "field %zu: invalid UTF-8 byte 0x%02x at byte %zu: '%s'",
		    nfield + 1, s[bad], bad + 1, util_excerpt(data, len));
		return;
	} else if (r->strict) {
		csvr_decline(r);
		return;
	} else
		recode(r, s, len);
	r->f[r->nf].len = r->alen - r->f[r->nf].off;
	arena_put(r, "", 1);	/* the NUL after the field */
	r->nf++;
	/* newlines inside a quoted field */
	for (i = 0; i < len; i++)
		if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == len ||
		    s[i + 1] != '\n')))
			r->line++;
}

static void
cb_record(int c, void *ctx)
{
	struct csvr *r = ctx;
	size_t n = r->nf - r->rec_first;

	if (c == '\n' && r->last_cr && n == 0) {
		r->last_cr = 0;		/* the LF of a CRLF */
		return;
	}
	r->last_cr = (c == '\r');
	if (r->failed)
		return;
	if (n > 0) {
		if (r->nq == r->qcap) {
			r->qcap = r->qcap ? r->qcap * 2 : 256;
			r->q = xrealloc(r->q, r->qcap * sizeof(*r->q));
		}
		r->q[r->nq].first = r->rec_first;
		r->q[r->nq].n = n;
		r->q[r->nq].line = r->rec_line;
		r->nq++;
		if (r->records++ == 0)
			r->hfields = n;
		r->rec_first = r->nf;
	}
	if (c == '\n' || c == '\r')
		r->line++;
}

static int
space_none(unsigned char c)
{
	(void)c;
	return 0;
}

static int
is_term(unsigned char c)
{
	return c == '\n' || c == '\r';
}

/* The delimiter that occurs most often outside quotes on the first line. */
static int
sniff(const char *s, size_t n)
{
	size_t i, comma = 0, semi = 0, tab = 0;
	int inq = 0;

	for (i = 0; i < n; i++) {
		if (s[i] == '"')
			inq = !inq;
		else if (inq)
			continue;
		else if (s[i] == '\n' || s[i] == '\r')
			break;
		else if (s[i] == ',')
			comma++;
		else if (s[i] == ';')
			semi++;
		else if (s[i] == '\t')
			tab++;
	}
	if (semi > comma && semi >= tab)
		return ';';
	if (tab > comma && tab > semi)
		return '\t';
	return ',';
}

/* Read up to a chunk, after the keep bytes already at its start. */
/* UTF-16: the chunk after its clen bytes filled with the UTF-8 of the
 * input's code units (a unit is 3 bytes of UTF-8 at most). */
static int
fill_utf16(struct csvr *r)
{
	size_t room, n, used;
	ssize_t k;

	while ((room = (r->chunksz - r->clen) / 3 * 2) >= 4) {
		if (r->rawlen < room && !r->raweof) {
			k = read(r->fd, r->raw + r->rawlen, room - r->rawlen);
			if (k < 0 && errno == EINTR)
				continue;
			if (k < 0) {
				csvr_seterr(r, r->line, "read error: %s",
				    strerror(errno));
				return -1;
			}
			if (k == 0)
				r->raweof = 1;
			r->rawlen += (size_t)k;
			r->bytes += (size_t)k;
		}
		n = csvenc_utf16(r->raw, r->rawlen < room ? r->rawlen : room,
		    r->be, r->chunk + r->clen, &used, r->raweof);
		r->clen += n;
		memmove(r->raw, r->raw + used, r->rawlen - used);
		r->rawlen -= used;
		if (r->raweof && r->rawlen == 0) {
			r->eof = 1;
			break;
		}
	}
	return 0;
}

int
csvr_fill(struct csvr *r, size_t keep)
{
	ssize_t k;

	r->clen = keep;
	r->cpos = 0;
	if (r->utf16)
		return fill_utf16(r);
	while (r->clen < r->chunksz) {
		if (r->ranged) {
			if (csvr_fill_range(r) < 0)
				return -1;
			if (r->eof)
				break;
			continue;
		}
		k = read(r->fd, r->chunk + r->clen, r->chunksz - r->clen);
		if (k < 0) {
			if (errno == EINTR)
				continue;
			csvr_seterr(r, r->line, "read error: %s",
			    strerror(errno));
			return -1;
		}
		if (k == 0) {
			r->eof = 1;
			break;
		}
		r->clen += (size_t)k;
		r->bytes += (size_t)k;
	}
	return 0;
}

struct csvr *
csvr_new(int fd, const char *path, const struct csvr_opts *o, uint64_t line,
    const char **err)
{
	struct csvr *r = xcalloc(1, sizeof(*r));

	r->fd = fd;
	r->name = xstrdup(path);
	r->enc = o->enc;
	r->flags = o->flags;
	r->line = line;
	r->chunksz = o->chunk == 0 ? CHUNK_DEFAULT : o->chunk < 16 ? 16 :
	    o->chunk;
	r->chunk = xcalloc(1, r->chunksz + CSVR_PAD);	/* csvio_int.h */
	if (csv_init(&r->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
		*err = "out of memory";
		csvr_close(r);
		return NULL;
	}
	csv_set_space_func(&r->p, space_none);
	csv_set_term_func(&r->p, is_term);
	return r;
}

struct csvr *
csvr_open(const char *path, int delim, enum csv_encoding enc,
    const char **err)
{
	struct csvr_opts o = { delim, enc, 0, 0 };

	return csvr_open_opts(path, &o, err);
}

/* The pipe buffer a pipe is given: 64 KB by default, in which the
 * writer and the reader take turns at every 64 KB (igzip | trade-agg:
 * 2.5 s, 1.04 s with 1 MB, the most an unprivileged process may set). */
#define PIPE_BUFSZ	(1 << 20)

/* The descriptor of path ("-" or NULL: standard input, *name
 * "<stdin>"); -1 and *err when it cannot be opened.  A pipe gets a
 * larger buffer when the system allows it. */
static int
open_input(const char *path, const char **name, const char **err)
{
	struct stat st;
	int fd;

	/* a compressed file or archive gives its decompressed bytes */
	if ((fd = source_fd(&path, err)) < 0)
		return -1;
	*name = path;
	if (fstat(fd, &st) == 0 && S_ISFIFO(st.st_mode))
		(void)fcntl(fd, F_SETPIPE_SZ, PIPE_BUFSZ);	/* or not */
	return fd;
}

/*
 * After the first chunk: UTF-16 when it starts with a BOM of UTF-16 (and
 * UTF-8 is not forced) or --encoding says so (little-endian unless a BOM
 * says otherwise); the chunk is then read again as UTF-8.  0 ok, -1 on
 * a read error.
 */
static int
start_utf16(struct csvr *r)
{
	const unsigned char *c = (const unsigned char *)r->chunk;
	int bom = r->clen >= 2 && ((c[0] == 0xff && c[1] == 0xfe) ||
	    (c[0] == 0xfe && c[1] == 0xff));

	if (r->enc == CSV_ENC_UTF8 || r->enc == CSV_ENC_LATIN1 ||
	    (!bom && r->enc == CSV_ENC_AUTO))
		return 0;
	r->be = bom ? c[0] == 0xfe : r->enc == CSV_ENC_UTF16BE;
	r->enc = r->be ? CSV_ENC_UTF16BE : CSV_ENC_UTF16LE;
	r->utf16 = 1;
	r->raw = xmalloc(r->chunksz);
	r->rawlen = r->clen - (bom ? 2 : 0);
	memcpy(r->raw, r->chunk + (bom ? 2 : 0), r->rawlen);
	r->raweof = r->eof;
	r->eof = 0;
	return csvr_fill(r, 0);
}

struct csvr *
csvr_open_opts(const char *path, const struct csvr_opts *o,
    const char **err)
{
	struct csvr *r;
	const char *name;
	int fd;

	if ((fd = open_input(path, &name, err)) < 0)
		return NULL;
	if ((r = csvr_new(fd, name, o, 1, err)) == NULL)
		return NULL;
	if (csvr_fill(r, 0) < 0) {
		*err = strerror(errno);
		csvr_close(r);
		return NULL;
	}
	if (r->clen >= 3 && memcmp(r->chunk, "\xef\xbb\xbf", 3) == 0) {
		memmove(r->chunk, r->chunk + 3, r->clen - 3);
		r->clen -= 3;
	} else if (start_utf16(r) < 0) {
		*err = strerror(errno);
		csvr_close(r);
		return NULL;
	}
	r->delim = o->delim ? o->delim : sniff(r->chunk, r->clen);
	csv_set_delim(&r->p, (unsigned char)r->delim);
	r->head_pending = 1;
	return r;
}

void
csvr_close(struct csvr *r)
{
	if (r == NULL)
		return;
	csv_free(&r->p);
	if (r->fd > 0)
		close(r->fd);
	free(r->name);
	free(r->chunk);
	free(r->raw);
	free(r->arena);
	free(r->f);
	free(r->q);
	free(r->cur);
	free(r->curlen);
	free(r->dpos);
	csvr_prefilter(r, NULL, 0);
	free(r);
}

const char *
csvr_head(const struct csvr *r, size_t *len)
{
	*len = r->head_pending ? r->clen : 0;
	return r->chunk;
}

char *
csvr_slurp(struct csvr *r, size_t *len)
{
	char *buf = NULL;
	size_t n = 0, cap = 0;

	for (;;) {
		if (!r->head_pending && !r->eof && csvr_fill(r, 0) < 0) {
			free(buf);
			return NULL;
		}
		if (!r->head_pending && r->clen == 0 && r->eof)
			break;
		r->head_pending = 0;
		if (n + r->clen + 1 > cap) {
			cap = (n + r->clen + 1) * 2;
			buf = xrealloc(buf, cap);
		}
		memcpy(buf + n, r->chunk, r->clen);
		n += r->clen;
		r->clen = 0;
		if (r->eof)
			break;
	}
	buf = xrealloc(buf, n + 1);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/*
 * The fast path (unless CSVR_NO_FAST).  Most trade files have no quotes
 * at all: a line without a quote, CR (but a final one) or NUL byte is
 * split at its delimiters here, and its fields go through the same
 * callbacks, in the same order, as libcsv would make them.  Anything
 * else goes through libcsv, the parser of record, which then keeps the
 * input until its record ends.  tests/unit/test_csvdiff.c, test_csvflags.c
 * and tests/fuzz/fuzz_csvdiff.c hold the paths to the same result.
 */
/* Feed libcsv n bytes; record where it stands. */
static void
slow(struct csvr *r, const char *p, size_t n)
{
	size_t used = csv_parse(&r->p, p, n, cb_field, cb_record, r);

	if (used != n && !r->failed) {
		if (csv_error(&r->p) == CSV_EPARSE)
			csvr_seterr(r, r->nf > r->rec_first ?
			    r->rec_line : r->line, "malformed quoting: a "
			    "quote inside an unquoted field, or a quoted "
			    "field not followed by a delimiter");
		else
			csvr_seterr(r, r->line, "%s",
			    csv_strerror(csv_error(&r->p)));
	}
	/* libcsv's public state: 0 (ROW_NOT_BEGUN) between records */
	r->slow = r->p.pstate != 0;
}

/* Queue a field that stays in the chunk (the fast path ends it with a
 * NUL in place of its delimiter). */
static void
put_inplace(struct csvr *r, char *s, size_t len)
{
	size_t nfield = r->nf - r->rec_first;

	if (r->failed)
		return;
	if (nfield == 0)
		r->rec_line = r->line;
	if (nfield >= CSVR_MAX_FIELDS) {
		csvr_seterr(r, r->rec_line, "more than %d fields in one record",
		    CSVR_MAX_FIELDS);
		return;
	}
	if (r->nf == r->fcap) {
		r->fcap = r->fcap ? r->fcap * 2 : 1024;
		r->f = xrealloc(r->f, r->fcap * sizeof(*r->f));
	}
	s[len] = '\0';
	r->f[r->nf].off = (size_t)(s - r->chunk) | IN_CHUNK;
	r->f[r->nf].len = len;
	r->nf++;
}

/* scan_line() of the line p[0..n) into r->dpos, made to hold it. */
static long
line_delims(struct csvr *r, const char *p, size_t n, int *high)
{
	if (r->dcap < n + 1) {
		r->dcap = n + 64;
		r->dpos = xrealloc(r->dpos, r->dcap * sizeof(*r->dpos));
	}
	return csvscan_line(p, n, (unsigned char)r->delim, r->dpos, high,
	    (r->flags & CSVR_PORTABLE_SCAN) != 0);
}

/* One line without its LF (nl: it had one); -1 when it needs libcsv. */
static int
fast_line(struct csvr *r, char *p, size_t len, int nl)
{
	size_t body = len, i, start, nd;
	long k;
	int cr = 0, high;

	if (body > 0 && p[body - 1] == '\r' && nl) {
		body--;
		cr = 1;
	}
	if ((k = line_delims(r, p, body, &high)) < 0)
		return -1;
	nd = (size_t)k;

	if (body > 0) {
		start = 0;
		if (!high && nd < CSVR_MAX_FIELDS && r->nf + nd + 1 <= r->fcap &&
		    r->nf == r->rec_first) {
			/* the common line: its fields stay where they are */
			r->rec_line = r->line;
			for (i = 0; i <= nd; i++) {
				size_t stop = i < nd ? r->dpos[i] : body;

				p[stop] = '\0';
				r->f[r->nf].off = (size_t)(p + start -
				    r->chunk) | IN_CHUNK;
				r->f[r->nf].len = stop - start;
				r->nf++;
				start = stop + 1;
			}
		} else
			for (i = 0; i <= nd; i++) {
				size_t stop = i < nd ? r->dpos[i] : body;

				if (high)
					cb_field(p + start, stop - start, r);
				else
					put_inplace(r, p + start, stop - start);
				start = stop + 1;
			}
	}
	if (cr) {
		cb_record('\r', r);
		cb_record('\n', r);
	} else
		cb_record(nl ? '\n' : -1, r);
	return 0;
}

/* Whether the line p[0..n) is a failed program's last (CSVR_MARKER). */
static int
is_marker(const char *p, size_t n)
{
	return n >= sizeof(CSVR_MARKER) - 1 && memcmp(p, CSVR_MARKER,
	    sizeof(CSVR_MARKER) - 1) == 0;
}

/* Whether the unfinished line p[0..n) may be the marker: it is waited
 * for whole (up to a chunk), not parsed in parts as a long line is. */
static int
maybe_marker(const char *p, size_t n)
{
	return memcmp(p, CSVR_MARKER, n < sizeof(CSVR_MARKER) - 1 ? n :
	    sizeof(CSVR_MARKER) - 1) == 0;
}

/*
 * The marker line p[0..n) ends the input with the upstream program's
 * message, on one line, control bytes shown as \xNN (it is text from
 * the input).
 */
static void
upstream(struct csvr *r, const char *p, size_t n)
{
	char msg[sizeof(r->err)];
	size_t i, k = 0;

	p += sizeof(CSVR_MARKER) - 1;
	n -= sizeof(CSVR_MARKER) - 1;
	while (n > 0 && (p[n - 1] == '\n' || p[n - 1] == '\r'))
		n--;
	for (; n > 0 && *p == ' '; p++, n--)
		;
	for (i = 0; i < n && k + 5 < sizeof(msg); i++) {
		unsigned char c = (unsigned char)p[i];

		if (c < 0x20 || c == 0x7f)
			k += (size_t)snprintf(msg + k, sizeof(msg) - k,
			    "\\x%02x", c);
		else
			msg[k++] = (char)c;
	}
	msg[k] = '\0';
	csvr_seterr(r, r->line, "upstream step failed: %s", k > 0 ? msg :
	    "(no message)");
}

/* Parse chunk[cpos..clen); an unfinished last line stays for the next
 * chunk unless the input has ended or the line is long. */
static void
feed(struct csvr *r)
{
	char *s = r->chunk, *p = s + r->cpos, *end = s + r->clen, *nl;
	size_t m;

	if (r->nlits)
		memset(r->lit_at, 0, r->nlits * sizeof(*r->lit_at));
	while (p < end && !r->failed) {
		nl = memchr(p, '\n', (size_t)(end - p));
		m = nl ? (size_t)(nl + 1 - p) : (size_t)(end - p);
		if (!r->slow && nl == NULL && !r->eof &&
		    ((size_t)(end - p) < r->chunksz / 2 ||
		    ((size_t)(end - p) < r->chunksz && maybe_marker(p,
		    (size_t)(end - p)))))
			break;	/* the rest of the line first */
		/* a failed program's last line: before any way of taking
		 * a line (the prefilter's too), never skipped or split; a
		 * range leaves it to the one-pass reader */
		if (!r->slow && r->nf == r->rec_first && is_marker(p, m)) {
			if (r->strict)
				csvr_decline(r);
			else
				upstream(r, p, m);
			break;
		}
		if (r->nlits && r->records > 0 && !r->slow && nl != NULL &&
		    r->nf == r->rec_first && !r->last_cr &&
		    !csvr_has_literal(r, p, nl, end) &&
		    csvscan_plain(p, (size_t)(nl - p), r->delim, r->hfields)) {
			r->line++;	/* as cb_record() counts it */
			r->last_cr = 0;
		} else if (r->strict && (nl == NULL && !r->eof)) {
			csvr_decline(r);
			break;
		} else if (r->slow || (r->flags & CSVR_NO_FAST) ||
		    (nl == NULL && !r->eof) || fast_line(r, p, nl ? (size_t)(nl - p) : m,
		    nl != NULL) < 0) {
			if (r->strict) {
				csvr_decline(r);
				break;
			}
			slow(r, p, m);
		}
		p += m;
	}
	r->cpos = (size_t)(p - s);
}

/* Whether csvr_next() may take the next line of the chunk in place (not
 * after a record libcsv ended at a CR: a LF may follow, of a CRLF). */
static int
in_place(const struct csvr *r)
{
	return !(r->flags & CSVR_NO_FAST) && !r->slow && !r->head_pending &&
	    !r->failed &&
	    !r->last_cr && r->nlits == 0 && r->nf == r->rec_first &&
	    r->records > 0;
}

/*
 * The next line of the chunk, when it is whole and plain (no quote, CR
 * but a final one, NUL or byte beyond ASCII) and has fewer than
 * CSVR_MAX_FIELDS fields: 1, its start, its length without the line end
 * (*body), its delimiters' places in r->dpos (*nd of them), and its bytes
 * up to and with its LF (*take).  0 when the queue's way must take it (or
 * the chunk needs more input).  Blank lines before it are passed over
 * (and counted), as libcsv does.
 */
static int
whole_line(struct csvr *r, char **pp, size_t *body, size_t *nd,
    size_t *take)
{
	char *s = r->chunk, *p, *nl;
	long k;
	int high;

	for (;;) {
		p = s + r->cpos;
		if (r->cpos >= r->clen || (nl = memchr(p, '\n', r->clen -
		    r->cpos)) == NULL)
			return 0;
		*body = (size_t)(nl - p);
		if (*body > 0 && p[*body - 1] == '\r')
			--*body;	/* CRLF */
		if (*body > 0)
			break;
		r->line++;		/* a blank line */
		r->last_cr = 0;
		r->cpos += (size_t)(nl + 1 - p);
	}
	if (*p == '#')
		return 0;	/* it may be CSVR_MARKER: feed() sees to it */
	k = line_delims(r, p, *body, &high);
	if (k < 0 || high || (size_t)k >= CSVR_MAX_FIELDS)
		return 0;
	*pp = p;
	*nd = (size_t)k;
	*take = (size_t)(nl + 1 - p);
	return 1;
}

/* The fields of the line p[0..body) whose nd delimiters are at r->dpos,
 * where they lie, into f and l. */
static void
split_at(const struct csvr *r, char *p, size_t body, size_t nd, char **f,
    size_t *l)
{
	size_t i, start;

	for (i = 0, start = 0; i <= nd; i++) {
		size_t stop = i < nd ? r->dpos[i] : body;

		f[i] = p + start;
		l[i] = stop - start;
		start = stop + 1;
	}
}

/* The common record without the queue: whole_line() split where it is
 * into the record handed out.  1 when it is, 0 when the queue's way must
 * take it. */
static int
next_in_place(struct csvr *r)
{
	char *p;
	size_t body, i, nd, take;

	if (!whole_line(r, &p, &body, &nd, &take))
		return 0;
	if (nd + 1 > r->curcap) {
		r->curcap = (nd + 1) * 2;
		r->cur = xrealloc(r->cur, r->curcap * sizeof(*r->cur));
		r->curlen = xrealloc(r->curlen, r->curcap * sizeof(*r->curlen));
	}
	split_at(r, p, body, nd, r->cur, r->curlen);
	for (i = 0; i <= nd; i++)
		r->cur[i][r->curlen[i]] = '\0';
	r->ncur = nd + 1;
	csvr_take(r, take);
	return 1;
}


size_t
csvr_peek(struct csvr *r, char **f, size_t *l, size_t max, size_t *take)
{
	char *p;
	size_t body, nd;

	if (r->qpos != r->nq || r->fini || !in_place(r))
		return 0;
#ifdef CSVSCAN_SSE2
	/* 64 bytes are there to read: 48 of the chunk, 16 of CSVR_PAD */
	if (!(r->flags & CSVR_PORTABLE_SCAN) && r->clen - r->cpos >= 48 &&
	    (nd = csvscan_peek64(r->chunk +
	    r->cpos, r->clen - r->cpos, r->delim, f, l, max, take)) > 0)
		return nd;
#endif
	if (!whole_line(r, &p, &body, &nd, take) || nd + 1 > max)
		return 0;
	split_at(r, p, body, nd, f, l);
	return nd + 1;
}

void
csvr_take(struct csvr *r, size_t n)
{
	r->curline = r->line;
	r->records++;
	r->line++;
	r->last_cr = 0;
	r->cpos += n;
}

/* Parse one more chunk (or finish); 0 ok, -1 error. */
static int
parse_more(struct csvr *r)
{
	/* every queued record has been handed out: start afresh, moving the
	 * fields of a record still being built to the front */
	if (r->rec_first < r->nf) {
		size_t base = r->f[r->rec_first].off, i, k = 0;

		memmove(r->arena, r->arena + base, r->alen - base);
		r->alen -= base;
		for (i = r->rec_first; i < r->nf; i++, k++) {
			r->f[k] = r->f[i];
			r->f[k].off -= base;
		}
		r->nf = k;
	} else {
		r->nf = 0;
		r->alen = 0;
	}
	r->rec_first = 0;
	r->nq = r->qpos = 0;

	if (r->head_pending)
		r->head_pending = 0;
	else if (!r->eof && memchr(r->chunk + r->cpos, '\n', r->clen -
	    r->cpos) == NULL) {
		size_t keep = r->clen - r->cpos;

		memmove(r->chunk, r->chunk + r->cpos, keep);
		if (csvr_fill(r, keep) < 0)
			return -1;
		if (in_place(r) && memchr(r->chunk, '\n', r->clen) != NULL)
			return 0;	/* csvr_next() takes the lines */
	}
	feed(r);
	if (!r->failed && csv_get_buffer_size(&r->p) > CSVR_MAX_FIELD +
	    r->chunksz)
		csvr_seterr(r, r->line, "a field is longer than %u bytes",
		    CSVR_MAX_FIELD);
	if (r->eof && r->cpos == r->clen && !r->fini && !r->failed) {
		uint64_t start = r->line;

		r->fini = 1;
		if (csv_fini(&r->p, cb_field, cb_record, r) != 0)
			csvr_seterr(r, start, "unterminated quoted field at "
			    "the end of the file");
	}
	return r->failed ? -1 : 0;
}

int
csvr_next(struct csvr *r)
{
	struct qrec *q;
	size_t i;

	/* the records before an error are handed out, then the error */
	if (r->failed && r->qpos == r->nq)
		return -1;
	while (r->qpos == r->nq) {
		if (r->fini)
			return 0;
		if (in_place(r) && next_in_place(r))
			return 1;
		if (parse_more(r) < 0 && r->qpos == r->nq)
			return -1;
	}
	q = &r->q[r->qpos++];
	if (q->n > r->curcap) {
		r->curcap = q->n * 2;
		r->cur = xrealloc(r->cur, r->curcap * sizeof(*r->cur));
		r->curlen = xrealloc(r->curlen, r->curcap * sizeof(*r->curlen));
	}
	for (i = 0; i < q->n; i++) {
		size_t off = r->f[q->first + i].off;

		r->cur[i] = (off & IN_CHUNK) ? r->chunk + (off & ~IN_CHUNK) :
		    r->arena + off;
		r->curlen[i] = r->f[q->first + i].len;
	}
	r->ncur = q->n;
	r->curline = q->line;
	return 1;
}

const char *const *
csvr_fields(const struct csvr *r)
{
	return (const char *const *)r->cur;
}

const size_t *
csvr_lens(const struct csvr *r)
{
	return r->curlen;
}

size_t
csvr_nfields(const struct csvr *r)
{
	return r->ncur;
}

const char *
csvr_field(const struct csvr *r, size_t i)
{
	return i < r->ncur ? r->cur[i] : "";
}

size_t
csvr_len(const struct csvr *r, size_t i)
{
	return i < r->ncur ? r->curlen[i] : 0;
}

uint64_t
csvr_line(const struct csvr *r)
{
	return r->curline;
}

uint64_t
csvr_bytes(const struct csvr *r)
{
	return r->bytes;
}

const char *
csvr_name(const struct csvr *r)
{
	return r->name;
}

const char *
csvr_error(const struct csvr *r)
{
	return r->err;
}

int
csvr_delim(const struct csvr *r)
{
	return r->delim;
}

enum csv_encoding
csvr_encoding(const struct csvr *r)
{
	return r->enc;
}

uint64_t
csvr_recoded(const struct csvr *r, uint64_t *line)
{
	*line = r->recoded_line;
	return r->recoded;
}

int
csvr_recoded_note(const char *file, uint64_t n, uint64_t line, char *note,
    size_t size)
{
	if (n == 0)
		return 0;
	snprintf(note, size, "%s:%llu: %llu byte%s not UTF-8, read as "
	    "cp1252 (the first on this line; --encoding forces one)\n",
	    file, (unsigned long long)line, (unsigned long long)n,
	    n == 1 ? "" : "s");
	return 1;
}

