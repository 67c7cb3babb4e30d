/*
 * csvdiff.h - read one input every way the reader has: through libcsv
 * only (CSVR_NO_FAST), through the fast path and through csvr_peek()
 * where it takes a line, each with the SSE2 and the portable scanner
 * (CSVR_PORTABLE_SCAN), and say whether every record (its fields and its
 * line number) and the error are the same.  Used by test_csvdiff.c,
 * test_marker.c and tests/fuzz/fuzz_csvdiff.c.
 */
#ifndef TRADESTAT_CSVDIFF_H
#define TRADESTAT_CSVDIFF_H

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "csvio.h"

struct csvdump {
	char	*buf;
	size_t	 len, cap;
};

/* Bytes the readers read at a time (csvr_opts.chunk; 0: the default):
 * tests make it small, so that lines cross the ends of chunks. */
static size_t csvdiff_chunk;

/* An input as a file: its descriptor, its name into path. */
static int
csvdiff_file(const char *tag, const unsigned char *data, size_t size,
    char *path, size_t pathsz)
{
	int fd = memfd_create(tag, 0);

	if (fd < 0 || (size > 0 && write(fd, data, size) != (ssize_t)size))
		abort();
	lseek(fd, 0, SEEK_SET);
	snprintf(path, pathsz, "/proc/self/fd/%d", fd);
	return fd;
}

static struct csvr *
csvdiff_open(const char *path, int delim, unsigned flags)
{
	struct csvr_opts o = { delim, CSV_ENC_AUTO, flags, csvdiff_chunk };
	const char *err;
	struct csvr *r = csvr_open_opts(path, &o, &err);

	if (r == NULL)
		abort();
	return r;
}

static void
dump_put(struct csvdump *d, const void *s, size_t n)
{
	if (d->len + n > d->cap) {
		d->cap = (d->len + n) * 2 + 64;
		d->buf = realloc(d->buf, d->cap);
	}
	memcpy(d->buf + d->len, s, n);
	d->len += n;
}

/* A record as bytes: its line, its fields. */
static void
dump_record(struct csvdump *d, uint64_t line, size_t n,
    const char *const *f, const size_t *l)
{
	char num[64];
	size_t i;

	snprintf(num, sizeof(num), "[%llu:%zu]", (unsigned long long)line, n);
	dump_put(d, num, strlen(num));
	for (i = 0; i < n; i++) {
		snprintf(num, sizeof(num), "<%zu>", l[i]);
		dump_put(d, num, strlen(num));
		dump_put(d, f[i], l[i]);
	}
}

/* Everything the reader says about data, as bytes, read with flags
 * (peek: csvr_peek() first). */
static void
csv_dump(const unsigned char *data, size_t size, unsigned flags, int peek,
    int delim, struct csvdump *d)
{
	char path[64], *pf[64];
	size_t pl[64], np, take;
	struct csvr *r;
	int fd, st;

	d->len = 0;
	fd = csvdiff_file("csvdiff", data, size, path, sizeof(path));
	r = csvdiff_open(path, delim, flags);
	for (;;) {
		if (peek && (np = csvr_peek(r, pf, pl, 64, &take)) > 0) {
			csvr_take(r, take);
			dump_record(d, csvr_line(r), np,
			    (const char *const *)pf, pl);
			continue;
		}
		if ((st = csvr_next(r)) != 1)
			break;
		dump_record(d, csvr_line(r), csvr_nfields(r), csvr_fields(r),
		    csvr_lens(r));
	}
	if (st < 0)
		dump_put(d, csvr_error(r), strlen(csvr_error(r)));
	csvr_close(r);
	close(fd);
}

/* The ways of reading csv_same() compares with libcsv's: the fast path
 * and csvr_peek(), with either scanner, and libcsv with the portable
 * scanner flag (which it does not use). */
static const struct {
	unsigned	 flags;
	int		 peek;
} csvdiff_ways[] = {
	{ 0, 0 }, { 0, 1 }, { CSVR_PORTABLE_SCAN, 0 },
	{ CSVR_PORTABLE_SCAN, 1 }, { CSVR_NO_FAST | CSVR_PORTABLE_SCAN, 0 }
};

/* 1 when every way agrees with libcsv's on data. */
static int
csv_same(const unsigned char *data, size_t size, int delim)
{
	struct csvdump a = { 0 }, b = { 0 };
	size_t w;
	int same = 1;

	csv_dump(data, size, CSVR_NO_FAST, 0, delim, &b);
	for (w = 0; same && w < sizeof(csvdiff_ways) /
	    sizeof(csvdiff_ways[0]); w++) {
		csv_dump(data, size, csvdiff_ways[w].flags,
		    csvdiff_ways[w].peek, delim, &a);
		same = a.len == b.len && (a.len == 0 || memcmp(a.buf, b.buf,
		    a.len) == 0);
		if (!same && getenv("CSVDIFF_SHOW"))
			fprintf(stderr, "way %zu: %.*s\nslow: %.*s\n", w,
			    (int)a.len, a.buf, (int)b.len, b.buf);
	}
	free(a.buf);
	free(b.buf);
	return same;
}

/* Records of a reader from the one after the first record on, fields
 * only (a range counts its lines from 1): 0 at the end, -1 error. */
static int
dump_rest(struct csvr *r, int skip_first, struct csvdump *d)
{
	char num[64];
	size_t i;
	int st;

	while ((st = csvr_next(r)) == 1) {
		if (skip_first) {
			skip_first = 0;
			continue;
		}
		snprintf(num, sizeof(num), "[%zu]", csvr_nfields(r));
		dump_put(d, num, strlen(num));
		for (i = 0; i < csvr_nfields(r); i++) {
			snprintf(num, sizeof(num), "<%zu>", csvr_len(r, i));
			dump_put(d, num, strlen(num));
			dump_put(d, csvr_field(r, i), csvr_len(r, i));
		}
	}
	return st;
}

/*
 * Read data whole, and again as the ranges of block bytes after its first
 * line (csvr_open_range(), as trade_parallel() cuts a file): 1 when the
 * ranges give the same records, or one of them declines, or the input is
 * not for splitting (its header is not a quote-free first line); *compared
 * (when not NULL) counts the inputs compared.
 */
static int
csv_split_with(const unsigned char *data, size_t size, int delim,
    uint64_t block, unsigned flags, size_t *compared)
{
	struct csvdump a = { 0 }, b = { 0 };
	struct csvr_opts o = { 0, CSV_ENC_AUTO, flags, csvdiff_chunk };
	char path[64];
	const char *err;
	const unsigned char *nl;
	struct csvr *r;
	uint64_t body, s;
	size_t hf;
	int fd, sta, stb = 0, same = 1;

	nl = size ? memchr(data, '\n', size) : NULL;
	if (nl == NULL || memchr(data, '"', (size_t)(nl - data)) != NULL ||
	    ((nl - data) > 1 && memchr(data, '\r', (size_t)(nl - data) - 1)))
		return 1;
	body = (uint64_t)(nl - data) + 1;
	fd = csvdiff_file("csvsplit", data, size, path, sizeof(path));
	r = csvdiff_open(path, delim, flags);
	if (csvr_next(r) != 1 || csvr_line(r) != 1) {
		csvr_close(r);
		close(fd);
		return 1;
	}
	hf = csvr_nfields(r);
	o.delim = csvr_delim(r);
	o.enc = csvr_encoding(r);
	sta = dump_rest(r, 0, &a);
	csvr_close(r);
	for (s = body; s < size && stb == 0; s += block) {
		r = csvr_open_range(path, s, s + block, &o, hf, 1, 1, &err);
		if (r == NULL)
			abort();
		stb = dump_rest(r, 0, &b);
		if (stb < 0 && csvr_declined(r)) {
			csvr_close(r);
			goto out;
		}
		csvr_close(r);
	}
	if (compared)
		++*compared;
	/* an error of the whole read is an error of a range */
	same = (sta < 0) == (stb < 0) && (sta < 0 || (a.len == b.len &&
	    (a.len == 0 || memcmp(a.buf, b.buf, a.len) == 0)));
	if (!same && getenv("CSVDIFF_SHOW"))
		fprintf(stderr, "whole (%d): %.*s\nranges (%d): %.*s\n", sta,
		    (int)a.len, a.buf, stb, (int)b.len, b.buf);
out:
	close(fd);
	free(a.buf);
	free(b.buf);
	return same;
}

/* csv_split_with() with either scanner (*compared counts SSE2's). */
static int
csv_split_same(const unsigned char *data, size_t size, int delim,
    uint64_t block, size_t *compared)
{
	return csv_split_with(data, size, delim, block, 0, compared) &&
	    csv_split_with(data, size, delim, block, CSVR_PORTABLE_SCAN, NULL);
}

/* The records of data as lines "LINE<US>field<US>field...\n", read with
 * the literals lits (n of them) as csvr_prefilter() takes them. */
static int
dump_records(const unsigned char *data, size_t size,
    const char *const *lits, size_t n, unsigned flags, struct csvdump *d,
    char *err, size_t errsz)
{
	char path[64], num[32];
	struct csvr *r;
	size_t i;
	int fd, st;

	d->len = 0;
	fd = csvdiff_file("csvpre", data, size, path, sizeof(path));
	r = csvdiff_open(path, ',', flags);
	csvr_prefilter(r, lits, n);
	while ((st = csvr_next(r)) == 1) {
		snprintf(num, sizeof(num), "%llu", (unsigned long long)
		    csvr_line(r));
		dump_put(d, num, strlen(num));
		for (i = 0; i < csvr_nfields(r); i++) {
			dump_put(d, "\x1f", 1);
			dump_put(d, csvr_field(r, i), csvr_len(r, i));
		}
		dump_put(d, "\n", 1);
	}
	snprintf(err, errsz, "%s", st < 0 ? csvr_error(r) : "");
	csvr_close(r);
	close(fd);
	return st;
}

/*
 * The line prefilter (csvr_prefilter()) only drops records: what it
 * gives, read with flags, is the plain read's records (libcsv's), in
 * order, with their lines, the same error, and every record with a
 * literal in a field among them.
 */
static int
csv_prefilter_with(const unsigned char *data, size_t size,
    const char *const *lits, size_t n, unsigned flags)
{
	struct csvdump a = { 0 }, b = { 0 };
	char ea[600], eb[600];
	size_t ia = 0, ib = 0, k;
	int ok = 1;

	dump_records(data, size, lits, 0, CSVR_NO_FAST, &a, ea, sizeof(ea));
	dump_records(data, size, lits, n, flags, &b, eb, sizeof(eb));
	if (strcmp(ea, eb) != 0)
		ok = 0;
	while (ok && ia < a.len) {
		const char *ra = a.buf + ia, *ea_ = memchr(ra, '\n', a.len - ia);
		size_t la = (size_t)(ea_ - ra) + 1;

		if (ib < b.len && b.len - ib >= la &&
		    memcmp(b.buf + ib, ra, la) == 0)
			ib += la;	/* kept */
		else {		/* dropped: its fields hold no literal */
			const char *f = memchr(ra, '\x1f', la);
			size_t lf = f ? la - (size_t)(f - ra) : 0;

			for (k = 0; k < n && f; k++)
				if (memmem(f, lf, lits[k], strlen(lits[k])))
					ok = 0;
		}
		ia += la;
	}
	if (ib != b.len)
		ok = 0;		/* a record the plain read does not have */
	if (!ok && getenv("CSVDIFF_SHOW"))
		fprintf(stderr, "plain: %.*s\nprefiltered: %.*s\n",
		    (int)a.len, a.buf, (int)b.len, b.buf);
	free(a.buf);
	free(b.buf);
	return ok;
}

/* csv_prefilter_with() the fast path with either scanner, and libcsv
 * (test_csvflags.c reads its inputs with every combination). */
static int
csv_prefilter_ok(const unsigned char *data, size_t size,
    const char *const *lits, size_t n)
{
	return csv_prefilter_with(data, size, lits, n, 0) &&
	    csv_prefilter_with(data, size, lits, n, CSVR_PORTABLE_SCAN) &&
	    csv_prefilter_with(data, size, lits, n, CSVR_NO_FAST);
}

#endif
