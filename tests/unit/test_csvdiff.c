/*
 * test_csvdiff.c - the quote-free fast path of the CSV reader gives
 * exactly libcsv's records, line numbers and errors: on hand-picked cases
 * and on 20,000 random inputs from an alphabet of the troublesome bytes.
 */
#include "csvdiff.h"
#include "test.h"

static const char *cases[] = {
	"a,b,c\n1,2,3\n",
	"a,b,c\r\n1,2,3\r\n",
	"a,b\n\n\n1,2\n",
	"a,b\r\n\r\n1,2",
	"a,b\n1,\"x,y\"\n2,3\n",
	"a,b\n1,\"x\ny\"\n2,3\n",
	"a,b\n1,x\"y\n",
	"a,b\n1,\"open\n",
	"a\xc3\xa9,b\n1,2\n",
	"a\xe9,b\n1,2\n",
	"a,b\n1,\xff\n",
	"a,b,\n1,2,\n",
	",\n,\n",
	"a;b\n1;2\n",
	"a\tb\n1\t2\n",
	"a,b\r1,2\r",
	"a,b\n1,2",
	"",
	"\n",
	"a,\0b\n",
};

static const unsigned char alphabet[] = "ab1,;\t\"\n\r \xc3\xa9\xe9\0";

/* A random input of up to size bytes from the xorshift state *x: bytes of
 * plain (np of them), one in trap of them from the whole alphabet. */
static size_t
random_input(unsigned char *buf, size_t size, uint64_t *x,
    const char *plain, size_t np, unsigned trap)
{
	size_t k, n;

	*x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
	n = *x % size;
	for (k = 0; k < n; k++) {
		*x ^= *x << 13, *x ^= *x >> 7, *x ^= *x << 17;
		buf[k] = (*x % trap) ? (unsigned char)plain[(*x >> 8) % np] :
		    alphabet[(*x >> 8) % (sizeof(alphabet) - 1)];
	}
	return n;
}

int
main(void)
{
	unsigned char buf[512];
	uint64_t x = 0x9e3779b97f4a7c15ULL;
	size_t i, k, n, split = 0;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		size_t len = strlen(cases[i]);

		if (i == sizeof(cases) / sizeof(cases[0]) - 1)
			len = 5;	/* with its NUL */
		CHECK(csv_same((const unsigned char *)cases[i], len, ','));
	}
	for (i = 0; i < 20000; i++) {
		/* mostly plain bytes, sometimes a trap; every other input
		 * read in chunks of 16 to 79 bytes, so that lines are taken
		 * in place and cross the ends of chunks */
		n = random_input(buf, sizeof(buf), &x, (const char *)alphabet,
		    6, 8);
		csvdiff_chunk = i % 2 ? 16 + x % 64 : 0;
		if (!csv_same(buf, n, (i % 3) ? ',' : 0)) {
			CHECK(0);
			fprintf(stderr, "differs on input %zu (%zu bytes)\n", i,
			    n);
			if (getenv("CSVDIFF_SHOW")) {
				FILE *fp = fopen("csvdiff.in", "wb");

				fwrite(buf, 1, n, fp);
				fclose(fp);
			}
			break;
		}
	}
	CHECK(i == 20000);
	/* lines of 0 to 79 bytes, mostly plain (the lines csvr_peek() takes
	 * in one 64-byte pass, and those just too long for it), CR LF now
	 * and then, the last LF there or not; chunks of 48 to 175 bytes, so
	 * that a chunk's end falls inside the 64 bytes a line is looked for
	 * in, after older bytes of the buffer */
	for (i = 0; i < 20000; i++) {
		size_t o = 0, len;

		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		csvdiff_chunk = 48 + x % 128;
		while (o + 90 < sizeof(buf)) {
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			len = x % 80;
			n = random_input(buf + o, len + 1, &x, "ab1,", 4, 64);
			o += n;
			if (x % 16 == 0)
				buf[o++] = '\r';
			buf[o++] = '\n';
		}
		if (x % 2)
			o--;		/* no last LF */
		if (!csv_same(buf, o, ',')) {
			CHECK(0);
			fprintf(stderr, "differs on lines input %zu\n", i);
			break;
		}
	}
	CHECK(i == 20000);
	csvdiff_chunk = 0;
	/* inputs of several read chunks (256 KB): plain lines taken in place,
	 * with now and then a line for libcsv (a quoted field, a quoted
	 * newline, a CRLF, a blank line, a byte beyond ASCII), lines across
	 * the ends of chunks */
	{
		static const char *const odd[] = {
			"1,\"q,\"\"x\"\"\"\n", "2,\"a\nb\"\n", "3,c\r\n",
			"\n", "\r\n", "4,\xc3\xa9\n", "5,d\r", "6,e,f\n"
		};
		size_t big = 3 * 256 * 1024 + 977, o, lines = 0;
		unsigned char *in = malloc(big + 64);

		for (k = 0; k < 6 && in != NULL; k++) {
			memcpy(in, "h1,h2\n", 6);
			for (o = 6; o < big; lines++) {
				x ^= x << 13, x ^= x >> 7, x ^= x << 17;
				if (k > 0 && x % (k * 97) == 0) {
					const char *l = odd[(x >> 9) % 8];

					memcpy(in + o, l, strlen(l));
					o += strlen(l);
				} else
					o += (size_t)sprintf((char *)in + o,
					    "%llu,%.*s\n", (unsigned long long)
					    (x >> 40), (int)(x % 60),
					    "abcdefghij,abcdefghij,abcdefghij,"
					    "abcdefghij,abcdefghij,abcdefghij");
			}
			CHECK(csv_same(in, o, ','));
		}
		CHECK(lines > 6 * 10000);
		free(in);
	}
	/* the same inputs cut into ranges at line ends, as the reader on
	 * several threads cuts a file, blocks of 1 to 64 bytes */
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]) - 1; i++)
		for (k = 1; k < 20; k++)
			CHECK(csv_split_same((const unsigned char *)cases[i],
			    strlen(cases[i]), ',', k, NULL));
	for (i = 0; i < 20000; i++) {
		/* mostly plain lines, sometimes a trap */
		n = random_input(buf, sizeof(buf), &x, "ab1,\n", 5, 256);
		csvdiff_chunk = i % 2 ? 16 + x % 64 : 0;
		if (!csv_split_same(buf, n, ',', 1 + x % 64, &split)) {
			CHECK(0);
			fprintf(stderr, "ranges differ on input %zu\n", i);
			break;
		}
	}
	CHECK(i == 20000);
	/* most of them were compared, not declined */
	CHECK(split > 10000);
	/* the line prefilter drops only lines without the literals; not the
	 * LF of a CR LF whose CR ended a chunk (found by fuzz_csvdiff) */
	{
		static const char crlf[] = "h\n\n\nx\n4x\xb5\x34\r4\xb5\xb5"
		    "44\r\xb5\r\r\n\n\n\xb5\n";
		static const char *const four[] = { "4" };

		csvdiff_chunk = 20;
		CHECK(csv_prefilter_ok((const unsigned char *)crlf,
		    sizeof(crlf) - 1, four, 1));
	}
	for (i = 0; i < 20000; i++) {
		static const char *const lits[] = { "1a", "b", "a1a" };

		n = random_input(buf, sizeof(buf), &x, "ab1,\n", 5, 64);
		csvdiff_chunk = i % 2 ? 16 + x % 64 : 0;
		if (!csv_prefilter_ok(buf, n, lits, 1 + i % 3)) {
			CHECK(0);
			fprintf(stderr, "prefilter differs on input %zu\n", i);
			break;
		}
	}
	CHECK(i == 20000);
	csvdiff_chunk = 0;
	return test_done("test_csvdiff");
}
