/*
 * csvrange.c - the CSV reader of a range of lines (trade_parallel()
 * cuts a file at line ends, and each block is read with one), and the
 * line prefilter of product filters: complete lines that hold none of
 * the wanted literals are counted, not parsed.
 */
#define _GNU_SOURCE	/* memmem */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "csvio_int.h"
#include "util.h"

/* The next range starts with the line after the one that holds byte
 * end - 1. */
int
csvr_fill_range(struct csvr *r)
{
	ssize_t k;
	size_t from;
	char *p = r->chunk + r->clen, *nl;

	if (r->mem != NULL) {	/* a block in memory, whole records */
		from = r->chunksz - r->clen;
		if (from > r->end - r->off)
			from = (size_t)(r->end - r->off);
		memcpy(p, r->mem + r->off, from);
		r->off += from;
		r->clen += from;
		r->bytes += from;
		if (r->off == r->end)
			r->eof = 1;
		return 0;
	}
	k = pread(r->fd, p, r->chunksz - r->clen, (off_t)r->off);
	if (k < 0) {
		if (errno == EINTR)
			return 0;
		csvr_seterr(r, r->line, "read error: %s",
		    strerror(errno));
		return -1;
	}
	if (k == 0) {
		r->eof = 1;
		return 0;
	}
	if (r->off + (uint64_t)k >= r->end) {
		from = r->off + 1 >= r->end ? 0 : (size_t)(r->end - 1 - r->off);
		if ((nl = memchr(p + from, '\n', (size_t)k - from)) != NULL) {
			k = nl + 1 - p;
			r->eof = 1;
		}
	}
	r->off += (uint64_t)k;
	r->clen += (size_t)k;
	r->bytes += (size_t)k;
	return 0;
}

/* The offset of the first line that starts at or after off (size when
 * none does). */
static int
line_start(int fd, uint64_t off, uint64_t size, uint64_t *at)
{
	char buf[4096], *nl;
	ssize_t k;

	if (off == 0) {
		*at = 0;
		return 0;
	}
	off--;			/* a line starts after a LF */
	while (off < size) {
		k = pread(fd, buf, sizeof(buf), (off_t)off);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			return -1;
		if (k == 0)
			break;
		if ((nl = memchr(buf, '\n', (size_t)k)) != NULL) {
			*at = off + (uint64_t)(nl - buf) + 1;
			return 0;
		}
		off += (uint64_t)k;
	}
	*at = size;
	return 0;
}

struct csvr *
csvr_open_range(const char *path, uint64_t start, uint64_t end,
    const struct csvr_opts *o, size_t hfields, int strict, uint64_t line,
    const char **err)
{
	struct csvr *r;
	struct stat st;
	int fd, in = strcmp(path, "-") == 0;

	/* "-": standard input that is a regular file, read by pread() */
	if ((fd = in ? dup(0) : open(path, O_RDONLY)) < 0 ||
	    fstat(fd, &st) < 0) {
		*err = strerror(errno);
		if (fd >= 0)
			close(fd);
		return NULL;
	}
	if ((r = csvr_new(fd, in ? "<stdin>" : path, o, line, err)) == NULL)
		return NULL;
	r->delim = o->delim;
	r->ranged = 1;
	r->strict = strict;
	r->records = 1;		/* the header is behind */
	r->hfields = hfields;
	if (line_start(fd, start, (uint64_t)st.st_size, &r->off) < 0) {
		*err = strerror(errno);
		csvr_close(r);
		return NULL;
	}
	csv_set_delim(&r->p, (unsigned char)o->delim);
	r->end = end;
	if (r->off >= end || r->off >= (uint64_t)st.st_size) {
		r->eof = 1;	/* no line starts in the range */
		r->clen = 0;
	} else if (csvr_fill(r, 0) < 0) {
		*err = strerror(errno);
		csvr_close(r);
		return NULL;
	}
	/* the chunk is not marked unparsed (head_pending): its lines are
	 * taken in place from the first (csvr_peek()), where feed() would
	 * queue the whole first chunk of every block for libcsv's way */
	return r;
}

struct csvr *
csvr_open_mem(const char *name, const char *buf, size_t len,
    const struct csvr_opts *o, size_t hfields, uint64_t line,
    const char **err)
{
	struct csvr *r;

	if ((r = csvr_new(-1, name, o, line, err)) == NULL)
		return NULL;
	r->delim = o->delim;
	r->ranged = 1;
	r->records = 1;		/* the header is behind */
	r->hfields = hfields;
	r->mem = buf;
	r->end = len;
	r->eof = len == 0;
	csv_set_delim(&r->p, (unsigned char)o->delim);
	return r;
}

size_t
csvr_lines_end(const struct csvr *r)
{
	const char *nl;

	if (r->cpos >= r->clen || (nl = memrchr(r->chunk + r->cpos, '\n',
	    r->clen - r->cpos)) == NULL)
		return 0;
	return (size_t)(nl + 1 - r->chunk);
}

int
csvr_pending(const struct csvr *r, size_t upto)
{
	return r->qpos < r->nq || r->cpos < upto;
}

int
csvr_detach(struct csvr *r, char **rest, size_t *n)
{
	if (r->failed || r->fini || r->eof || r->slow || r->utf16 ||
	    r->head_pending || r->ranged || r->fd < 0 || r->qpos < r->nq ||
	    r->rec_first != r->nf || r->last_cr || r->records == 0 ||
	    memchr(r->chunk + r->cpos, '\n', r->clen - r->cpos) != NULL)
		return -1;
	*n = r->clen - r->cpos;
	*rest = xmalloc(*n + 1);
	memcpy(*rest, r->chunk + r->cpos, *n);
	r->cpos = r->clen;
	return r->fd;
}

void
csvr_attach_end(struct csvr *r, uint64_t lines, uint64_t bytes)
{
	r->line += lines;
	r->bytes += bytes;
	r->clen = r->cpos = 0;
	r->eof = 1;
}

void
csvr_add_recoded(struct csvr *r, uint64_t n, uint64_t line)
{
	if (n == 0)
		return;
	if (r->recoded == 0 || line < r->recoded_line)
		r->recoded_line = line;
	r->recoded += n;
}

int
csvr_declined(const struct csvr *r)
{
	return r->declined;
}

uint64_t
csvr_next_line(const struct csvr *r)
{
	return r->line;
}

void
csvr_prefilter(struct csvr *r, const char *const *lits, size_t n)
{
	size_t i;

	for (i = 0; i < r->nlits; i++)
		free(r->lits[i]);
	free(r->lits);
	free(r->litlen);
	free(r->lit_at);
	r->lits = NULL;
	r->litlen = NULL;
	r->lit_at = NULL;
	r->nlits = 0;
	if (n == 0 || (r->flags & CSVR_NO_PREFILTER))
		return;
	r->lits = xcalloc(n, sizeof(char *));
	r->litlen = xcalloc(n, sizeof(size_t));
	r->lit_at = xcalloc(n, sizeof(char *));
	for (i = 0; i < n; i++) {
		r->lits[i] = xstrdup(lits[i]);
		r->litlen[i] = strlen(lits[i]);
	}
	r->nlits = n;
}

/*
 * A complete line that holds none of the prefilter's literals, no quote
 * and no CR but a final one: a record nobody wants.  It is counted, not
 * parsed.
 */

/* Whether the line [p, nl) holds one of the literals: each is searched
 * for once per stretch of chunk that lacks it, not once per line. */
int
csvr_has_literal(struct csvr *r, const char *p, const char *nl, const char *end)
{
	size_t i;

	for (i = 0; i < r->nlits; i++) {
		if (r->lit_at[i] == NULL || r->lit_at[i] < p) {
			r->lit_at[i] = memmem(p, (size_t)(end - p), r->lits[i],
			    r->litlen[i]);
			if (r->lit_at[i] == NULL)
				r->lit_at[i] = end;	/* none left */
		}
		/* a literal holds no LF: one that starts in the line ends
		 * in it */
		if (r->lit_at[i] < nl)
			return 1;
	}
	return 0;
}

/* Range mode: a line for libcsv (quotes, a lone CR, bytes whose
 * encoding is not known yet) ends the range's work. */
void
csvr_decline(struct csvr *r)
{
	csvr_seterr(r, r->line,
	    "a line the quote-free reader does not split");
	r->declined = 1;
}
