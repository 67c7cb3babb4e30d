/*
 * csvdiff.h - read one input three times, through the fast path, through
 * csvr_peek() where it takes a line (the fast path elsewhere) and through
 * libcsv only, and say whether every record (its fields and its line
 * number) and the error are the same.  Used by test_csvdiff.c and by
 * tests/fuzz/fuzz_csvdiff.c.
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

/* Everything the reader says about data, as bytes (fast: 0 libcsv only,
 * 1 the fast path, 2 csvr_peek() first). */
static void
csv_dump(const unsigned char *data, size_t size, int fast, int delim,
    struct csvdump *d)
{
	char path[64], *pf[64];
	size_t pl[64], np, take;
	const char *err;
	struct csvr *r;
	int fd, st;

	d->len = 0;
	fd = memfd_create("csvdiff", 0);
	if (fd < 0 || (size > 0 && write(fd, data, size) != (ssize_t)size))
		abort();
	lseek(fd, 0, SEEK_SET);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	csvr_fastpath = fast > 0;
	r = csvr_open(path, delim, CSV_ENC_AUTO, &err);
	if (r == NULL)
		abort();
	for (;;) {
		if (fast == 2 && (np = csvr_peek(r, pf, pl, 64, &take)) > 0) {
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
	csvr_fastpath = 1;
}

/* 1 when both paths agree on data. */
static int
csv_same(const unsigned char *data, size_t size, int delim)
{
	struct csvdump a = { 0 }, b = { 0 }, c = { 0 };
	int same;

	csv_dump(data, size, 1, delim, &a);
	csv_dump(data, size, 0, delim, &b);
	csv_dump(data, size, 2, delim, &c);
	same = a.len == b.len && (a.len == 0 || memcmp(a.buf, b.buf, a.len) ==
	    0) && c.len == b.len && (c.len == 0 || memcmp(c.buf, b.buf,
	    c.len) == 0);
	if (!same && getenv("CSVDIFF_SHOW")) {
		fprintf(stderr, "fast: %.*s\npeek: %.*s\nslow: %.*s\n",
		    (int)a.len, a.buf, (int)c.len, c.buf, (int)b.len, b.buf);
	}
	free(a.buf);
	free(b.buf);
	free(c.buf);
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
csv_split_same(const unsigned char *data, size_t size, int delim,
    uint64_t block, size_t *compared)
{
	struct csvdump a = { 0 }, b = { 0 };
	char path[64];
	const char *err;
	const unsigned char *nl;
	struct csvr *r;
	uint64_t body, s;
	size_t hf;
	int fd, sta, stb = 0, same = 1, d;
	enum csv_encoding enc;

	nl = size ? memchr(data, '\n', size) : NULL;
	if (nl == NULL || memchr(data, '"', (size_t)(nl - data)) != NULL ||
	    ((nl - data) > 1 && memchr(data, '\r', (size_t)(nl - data) - 1)))
		return 1;
	body = (uint64_t)(nl - data) + 1;
	fd = memfd_create("csvsplit", 0);
	if (fd < 0 || write(fd, data, size) != (ssize_t)size)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	r = csvr_open(path, delim, CSV_ENC_AUTO, &err);
	if (r == NULL)
		abort();
	if (csvr_next(r) != 1 || csvr_line(r) != 1) {
		csvr_close(r);
		close(fd);
		return 1;
	}
	hf = csvr_nfields(r);
	d = csvr_delim(r);
	enc = csvr_encoding(r);
	sta = dump_rest(r, 0, &a);
	csvr_close(r);
	for (s = body; s < size && stb == 0; s += block) {
		r = csvr_open_range(path, s, s + block, d, enc, hf, 1, 1, &err);
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

/* The records of data as lines "LINE<US>field<US>field...\n", read with
 * the literals lits (n of them) as csvr_prefilter() takes them. */
static int
dump_records(const unsigned char *data, size_t size,
    const char *const *lits, size_t n, struct csvdump *d, char *err,
    size_t errsz)
{
	char path[64], num[32];
	const char *e;
	struct csvr *r;
	size_t i;
	int fd, st;

	d->len = 0;
	fd = memfd_create("csvpre", 0);
	if (fd < 0 || (size > 0 && write(fd, data, size) != (ssize_t)size))
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	r = csvr_open(path, ',', CSV_ENC_AUTO, &e);
	if (r == NULL)
		abort();
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
 * gives is the plain read's records, in order, with their lines, the
 * same error, and every record with a literal in a field among them.
 */
static int
csv_prefilter_ok(const unsigned char *data, size_t size,
    const char *const *lits, size_t n)
{
	struct csvdump a = { 0 }, b = { 0 };
	char ea[600], eb[600];
	size_t ia = 0, ib = 0, k;
	int ok = 1;

	dump_records(data, size, lits, 0, &a, ea, sizeof(ea));
	dump_records(data, size, lits, n, &b, eb, sizeof(eb));
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

#endif
