/*
 * test_marker.c - a failed program's last line (CSVR_MARKER) ends the
 * input with its message, whichever way the reader takes the line: in
 * place, through csvr_peek(), through libcsv only, past the prefilter,
 * in chunks of every small size (so that it crosses their ends); a range
 * declines it.  Inside a quoted field it is data.
 */
#include "csvdiff.h"
#include "test.h"

struct mcase {
	const char	*in;
	const char	*recs;	/* the records, as csv_dump() shows them */
	const char	*err;	/* the end of the error, or "" */
};

static const struct mcase cases[] = {
	{ "a,b\n1,2\n#tradestat-error: p: boom\n",
	    "[1:2]<1>a<1>b[2:2]<1>1<1>2",
	    ":3: upstream step failed: p: boom" },
	{ "a,b\r\n1,2\r\n#tradestat-error: p: boom\r\n",
	    "[1:2]<1>a<1>b[2:2]<1>1<1>2",
	    ":3: upstream step failed: p: boom" },
	{ "#tradestat-error: p: first\n", "",
	    ":1: upstream step failed: p: first" },
	{ "a,b\n1,2\n#tradestat-error:p: no LF",
	    "[1:2]<1>a<1>b[2:2]<1>1<1>2",
	    ":3: upstream step failed: p: no LF" },
	{ "a,b\n1,2\n\n#tradestat-error: p: x\n3,4\n",
	    "[1:2]<1>a<1>b[2:2]<1>1<1>2",
	    ":4: upstream step failed: p: x" },
	{ "a,b\n1,\"x\ny\"\n#tradestat-error: p: x\n",
	    "[1:2]<1>a<1>b[2:2]<1>1<3>x\ny",
	    ":4: upstream step failed: p: x" },
	{ "a,b\n1,2\n#tradestat-error:\n",
	    "[1:2]<1>a<1>b[2:2]<1>1<1>2",
	    ":3: upstream step failed: (no message)" },
	{ "a,b\n1,2\n#tradestat-error: a\tb\x1b\n",
	    "[1:2]<1>a<1>b[2:2]<1>1<1>2",
	    ":3: upstream step failed: a\\x09b\\x1b" },
	/* not markers: inside a quoted field, without the colon, a '#' */
	{ "a,b\n1,\"x\n#tradestat-error: p\"\n",
	    "[1:2]<1>a<1>b[2:2]<1>1<21>x\n#tradestat-error: p", "" },
	{ "a,b\n#tradestat-error,2\n",
	    "[1:2]<1>a<1>b[2:2]<16>#tradestat-error<1>2", "" },
	{ "a,b\n#x,2\n", "[1:2]<1>a<1>b[2:2]<2>#x<1>2", "" },
};

/* The dump starts with c's records and ends with its error (or with the
 * records, when there is none). */
static int
as_expected(const struct csvdump *d, const struct mcase *c)
{
	size_t nr = strlen(c->recs), ne = strlen(c->err);

	if (d->len < nr || memcmp(d->buf, c->recs, nr) != 0)
		return 0;
	if (ne == 0)
		return d->len == nr;
	return d->len >= nr + ne && memcmp(d->buf + d->len - ne, c->err,
	    ne) == 0;
}

/* The marker case read with a prefilter whose literal it lacks. */
static void
check_prefilter(const char *in, size_t chunk)
{
	static const char *const lits[] = { "8542" };
	char path[64];
	struct csvr *r;
	int fd, st, n = 0;

	fd = memfd_create("marker", 0);
	if (fd < 0 || write(fd, in, strlen(in)) != (ssize_t)strlen(in))
		abort();
	lseek(fd, 0, SEEK_SET);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	csvdiff_chunk = chunk;
	r = csvdiff_open(path, ',', 0);
	csvr_prefilter(r, lits, 1);
	while ((st = csvr_next(r)) == 1)
		n++;
	CHECK(st == -1 && n == 2);	/* the header and 8542's row */
	CHECK(strstr(csvr_error(r), ":5: upstream step failed: p: q") !=
	    NULL);
	csvr_close(r);
	close(fd);
	csvdiff_chunk = 0;
}

/* A range over the marker declines; one past it reads to the end. */
static void
check_range(void)
{
	static const char in[] = "a,b\n1,2\n#tradestat-error: p: q\n";
	struct csvr_opts o = { ',', CSV_ENC_UTF8, 0, 0 };
	char path[64];
	const char *err;
	struct csvr *r;
	int fd;

	fd = memfd_create("marker", 0);
	if (fd < 0 || write(fd, in, sizeof(in) - 1) != (ssize_t)sizeof(in) - 1)
		abort();
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	r = csvr_open_range(path, 4, UINT64_MAX, &o, 2, 1, 2, &err);
	CHECK(csvr_next(r) == 1 && csvr_next(r) == -1 && csvr_declined(r));
	csvr_close(r);
	r = csvr_open_range(path, 4, UINT64_MAX, &o, 2, 0, 2, &err);
	CHECK(csvr_next(r) == 1 && csvr_next(r) == -1 && !csvr_declined(r));
	CHECK(strstr(csvr_error(r), ":3: upstream step failed: p: q") !=
	    NULL);
	csvr_close(r);
	close(fd);
}

int
main(void)
{
	struct csvdump d = { 0 };
	size_t i, chunk;
	int fast;

	/* chunks of 28 bytes on (256 KB unless a test says), so that
	 * the lines cross their ends; a marker line longer than a chunk
	 * (27 bytes here at most) gives the part of its message there */
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t len = strlen(cases[i].in);
		static const char *const lits[] = { "8542" };

		CHECK(csv_same((const unsigned char *)cases[i].in, len, ','));
		CHECK(csv_split_same((const unsigned char *)cases[i].in, len,
		    ',', 8, NULL));
		CHECK(csv_prefilter_ok((const unsigned char *)cases[i].in, len,
		    lits, 1));
		for (chunk = 28; chunk <= 80; chunk++) {
			csvdiff_chunk = chunk < 80 ? chunk : 0;
			for (fast = 0; fast <= 5; fast++) {
				csv_dump((const unsigned char *)cases[i].in,
				    strlen(cases[i].in), fast == 5 ?
				    CSVR_NO_FAST : csvdiff_ways[fast].flags,
				    fast < 5 && csvdiff_ways[fast].peek, ',',
				    &d);
				if (!as_expected(&d, &cases[i])) {
					fprintf(stderr, "case %zu chunk %zu "
					    "way %d: %.*s\n", i, chunk, fast,
					    (int)d.len, d.buf);
					CHECK(0);
				} else
					CHECK(1);
			}
		}
	}
	csvdiff_chunk = 0;
	for (chunk = 28; chunk <= 64; chunk++)
		check_prefilter("a,b\n1,2\n8542,3\n4,5\n"
		    "#tradestat-error: p: q\n6,7\n", chunk);
	check_range();
	free(d.buf);
	return test_done("test_marker");
}
