/*
 * test_csvflags.c - every combination of the readers' fast-path flags
 * (CSVR_NO_FAST, CSVR_NO_PREFILTER, CSVR_PORTABLE_SCAN, TRADE_NO_CANON)
 * and small read chunks give the same records and rows as the slow path,
 * on the committed excerpts of every format (tests/data/formats), the
 * bad-input corpus (tests/bad/corpus) and hostile CSV made here.
 */
#include "csvdiff.h"

#include <glob.h>
#include <math.h>

#include "test.h"
#include "trade.h"

struct dump {
	char	*buf;
	size_t	 len;
};

/* Products of HS chapter 85, for the prefilter's literal "85". */
static int
keep85(const char *product, void *arg)
{
	(void)arg;
	return strncmp(product, "85", 2) == 0;
}

/* Every row of path read with flags and chunk as text, bits included,
 * then the end (the skipped count unless filtered: the prefilter does not
 * look at rows of other products, which may be bad). */
static void
read_rows(const char *path, unsigned flags, size_t chunk, int filtered,
    struct dump *d)
{
	static const char *const lits[] = { "85" };
	struct trade_opts o;
	struct trade_reader *r;
	struct trade_row row;
	char *files[1];
	FILE *fp = open_memstream(&d->buf, &d->len);
	int st;

	memset(&o, 0, sizeof(o));
	o.skip_bad = !filtered;
	o.unknown_keep = 1;
	o.flags = flags;
	o.chunk = chunk;
	if (filtered) {
		o.keep_product = keep85;
		o.line_literals = lits;
		o.nline_literals = 1;
	}
	files[0] = (char *)path;
	r = trade_open(&o, files, 1);
	while ((st = trade_next(r, &row)) == 1) {
		uint64_t v, q;

		memcpy(&v, &row.value, 8);
		memcpy(&q, &row.quantity, 8);
		fprintf(fp, "%llu|%d|%s|%s|%d|%s|%016llx|%016llx|%s|%.8s|%s|"
		    "%g|%d|%d\n", (unsigned long long)row.line, row.period,
		    row.reporter, row.partner, (int)row.flow, row.product,
		    (unsigned long long)v, isnan(row.quantity) ? 0ULL :
		    (unsigned long long)q, row.unit, row.currency,
		    row.source ? row.source : "", row.rows, row.months,
		    row.month_mask);
	}
	if (filtered)
		fprintf(fp, "end %d\n", st);
	else
		fprintf(fp, "end %d skipped %llu: %s\n", st,
		    (unsigned long long)trade_skipped(r), trade_error(r));
	trade_close(r);
	fclose(fp);
}

/* The rows of path the same every way; the number of ways compared. */
static size_t
rows_same(const char *path)
{
	static const size_t chunks[] = { 0, 64, 29 };
	struct dump want, got;
	unsigned flags;
	size_t c, n = 0;
	int filtered;

	for (filtered = 0; filtered <= 1; filtered++) {
		read_rows(path, CSVR_FLAGS | TRADE_NO_CANON, 0, filtered,
		    &want);
		for (flags = 0; flags <= (CSVR_FLAGS | TRADE_NO_CANON);
		    flags++) {
			if (flags & ~(CSVR_FLAGS | TRADE_NO_CANON))
				continue;
			for (c = 0; c < sizeof(chunks) / sizeof(chunks[0]);
			    c++) {
				read_rows(path, flags, chunks[c], filtered,
				    &got);
				n++;
				if (got.len != want.len || memcmp(got.buf,
				    want.buf, want.len) != 0) {
					fprintf(stderr, "%s: flags %#x chunk "
					    "%zu filtered %d:\n%.*s\nwant:\n"
					    "%.*s\n", path, flags, chunks[c],
					    filtered, (int)got.len, got.buf,
					    (int)want.len, want.buf);
					CHECK(0);
				}
				free(got.buf);
			}
		}
		free(want.buf);
	}
	return n;
}

/* The records of path (a CSV file) the same every way csvdiff.h has. */
static void
records_same(const char *path)
{
	static const char *const lits[] = { "85", "CHN", "," };
	FILE *fp = fopen(path, "rb");
	unsigned char buf[1 << 16];
	size_t n;

	if (fp == NULL) {
		CHECK(0);
		return;
	}
	n = fread(buf, 1, sizeof(buf), fp);
	fclose(fp);
	for (csvdiff_chunk = 0; csvdiff_chunk < 80; csvdiff_chunk += 20) {
		if (!csv_same(buf, n, 0) || !csv_prefilter_ok(buf, n, lits,
		    1 + n % 3) || !csv_split_same(buf, n, 0, 1 + n % 97,
		    NULL)) {
			fprintf(stderr, "%s: records differ, chunk %zu\n",
			    path, csvdiff_chunk);
			CHECK(0);
		}
	}
	csvdiff_chunk = 0;
}

/* Hostile CSV: quotes, CR, NUL, bytes beyond ASCII, long and ragged
 * lines, the marker, each among plain canonical rows. */
#define H(s)	{ s, sizeof(s) - 1 }
static const struct {
	const char	*s;
	size_t		 n;
} hostile[] = {
	H("\"2023\",USA,CHN,M,8542,1.5,,,USD,x\n"),
	H("2023,USA,CHN,M,8542,\"1,5\",,,USD,x\n"),
	H("2023,USA,CHN,M,8542,1.5,,,USD,\"a\nb\"\n"),
	H("2023,USA,CHN,M,8542,1.5,,,USD,x\r"),
	H("2023,USA,CHN,M,8542,1.5,,,USD,x\r\n"),
	H("2023,USA,CHN,M,8542,1.5,,,USD,Cura\xe7" "ao\n"),
	H("2023,USA,CHN,M,8542,1.5,,,USD,Cura\xc3\xa7" "ao\n"),
	H("2023,USA,CHN,M,8542,1.5,,,USD\n"),
	H("2023,USA,CHN,M,8542,1.5,,,USD,x,y\n"),
	H("2023,USA,CHN,M,85x2,1.5,,,USD,x\n"),
	H("2023,USA,CHN,M,8542,1.5\0,,,USD,x\n"),
	H("\n"),
	H("2023,USA,CHN,M,8542,1.5,,,USD,x\"y\n"),
	H("#tradestat-error: p: q\n"),
};

static void
hostile_same(void)
{
	char path[] = "/tmp/test_csvflags.XXXXXX";
	uint64_t x = 0x853c49e6748fea9bULL;
	int fd = mkstemp(path), i, k;
	FILE *fp;

	if (fd < 0) {
		CHECK(0);
		return;
	}
	for (k = 0; k < 40; k++) {
		fp = fopen(path, "wb");
		fputs("period,reporter,partner,flow,product,value,quantity,"
		    "unit,currency,source\n", fp);
		for (i = 0; i < 60; i++) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			if (x % 8 == 0) {
				size_t h = (x >> 8) % (sizeof(hostile) /
				    sizeof(hostile[0]));

				fwrite(hostile[h].s, 1, hostile[h].n, fp);
			} else
				fprintf(fp, "2023-%02d,%s,CHN,M,%s,%d.%02d,,,"
				    "USD,s\n", (int)(1 + x % 12),
				    x % 3 ? "USA" : "KAZ", x % 5 ? "8542" :
				    "870321", (int)(x >> 40) % 1000,
				    (int)(x >> 20) % 100);
		}
		fclose(fp);
		rows_same(path);
		records_same(path);
	}
	close(fd);
	unlink(path);
}

int
main(void)
{
	static const char *const pats[] = { "tests/data/formats/*.csv",
	    "tests/data/formats/*.json", "tests/bad/corpus/*.csv",
	    "tests/data/*.csv" };
	glob_t g;
	size_t i, p, files = 0, ways = 0;

	for (p = 0; p < sizeof(pats) / sizeof(pats[0]); p++) {
		if (glob(pats[p], 0, NULL, &g) != 0)
			continue;
		for (i = 0; i < g.gl_pathc; i++, files++) {
			ways += rows_same(g.gl_pathv[i]);
			if (strstr(g.gl_pathv[i], ".json") == NULL)
				records_same(g.gl_pathv[i]);
		}
		globfree(&g);
	}
	/* the excerpts of the eight formats and the corpus were there */
	CHECK(files >= 25);
	CHECK(ways >= 25 * 96);
	hostile_same();
	return test_done("test_csvflags");
}
