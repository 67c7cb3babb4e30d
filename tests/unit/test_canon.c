/*
 * test_canon.c - the common canonical row, read directly, is the row the
 * reader of all formats gives: on 30,000 random rows whose fields come
 * from lists of usual, odd and bad values, read both ways (with
 * --skip-bad, so that bad rows are skipped with their messages), every
 * row's fields and bits, the count skipped and the messages agree.  The
 * lines themselves are odd now and then too (CR LF, blank, a quoted
 * field, a field too many or too few, no last LF), one file has ';' for
 * its delimiter, and one is read in small chunks, so that lines cross
 * the ends of the reader's chunks.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "csvio.h"
#include "test.h"
#include "trade.h"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const periods[] = { "2023", "2023-04", "2017", "",
	"1899", "20x3", "2023-13", " 2023", "202304", "Aug 2024" };
static const char *const countries[] = { "USA", "CHN", "RUS", "usa",
	"WLD", "EU27", "XXX", "", "RUS ", "ROM", "643", "Russia", "NA" };
static const char *const flows[] = { "M", "X", "m", "T", "RX", "", "Z" };
static const char *const products[] = { "8542", "854231", "85423", "",
	"TOTAL", "85a2", "1234567890123", "01", "8542311000", " 8542" };
static const char *const values[] = { "1.5", "1223.702", "0", "-1", "",
	"1,5", "1e3", " 7", "0.1234567890123456789", "-0",
	"99999999999999999999", "abc", "12,345.6" };
static const char *const quantities[] = { "", "", "3", "NA", "x", " ",
	"2.25", "-4", "1e400" };
static const char *const units[] = { "", "kg", "u", "No Quantity", "N/A",
	"-1", "l\xc3\xbc", "aaaaaaaaaabbbbbbbbbbccccccccccdd" };
static const char *const currencies[] = { "USD", "", "EUR", "usd",
	"EURO", "U1D" };
static const char *const sources[] = { "bench", "", "BACI" };
/* what comes between two fields, and at a line's end, now and then */
static const char *const ends[] = { "\r\n", "\n\n", "\r\n\r\n", ",x\n",
	"\r\r\n" };
static const char *const quoted[] = { "\"bench\"", "\"a,b\"", "\"\"",
	"\"l\xc3\xbc\"" };

struct dump {
	char	*buf;
	size_t	 len;
};

/* Every row of path (and the skipped count) as text, bits included,
 * read chunk bytes at a time (0: the default). */
static void
read_all(const char *path, int canon, size_t chunk, struct dump *d)
{
	struct trade_opts o;
	struct trade_reader *r;
	struct trade_row row;
	char *files[1];
	FILE *fp = open_memstream(&d->buf, &d->len);
	int st;

	memset(&o, 0, sizeof(o));
	o.skip_bad = 1;
	files[0] = (char *)path;
	o.flags = canon ? 0 : TRADE_NO_CANON;
	o.chunk = chunk;
	r = trade_open(&o, files, 1);
	while ((st = trade_next(r, &row)) == 1) {
		uint64_t v, q;

		memcpy(&v, &row.value, 8);
		memcpy(&q, &row.quantity, 8);
		fprintf(fp, "%llu|%d|%s|%s|%d|%s|%016llx|%016llx|%s|%.8s|%s|"
		    "%g|%d|%d|%d\n", (unsigned long long)row.line, row.period,
		    row.reporter, row.partner, (int)row.flow, row.product,
		    (unsigned long long)v, isnan(row.quantity) ? 0ULL :
		    (unsigned long long)q, row.unit, row.currency, row.source,
		    row.rows, row.months, row.month_mask, (int)row.format);
	}
	fprintf(fp, "end %d skipped %llu: %s\n", st,
	    (unsigned long long)trade_skipped(r), trade_error(r));
	trade_close(r);
	fclose(fp);
}

int
main(void)
{
	char path[] = "/tmp/test_canon.XXXXXX";
	uint64_t x = 0x2545f4914f6cdd1dULL;
	struct dump a, b;
	int fd = mkstemp(path), k, i, file;
	size_t direct = 0, o;

	if (fd < 0)
		return 1;
	for (file = 0; file < 3; file++) {
		FILE *fp = fdopen(dup(fd), "w");

		if (fp == NULL || ftruncate(fd, 0) != 0 ||
		    lseek(fd, 0, SEEK_SET) != 0)
			return 1;
		const char d = file == 1 ? ';' : ',';

		fprintf(fp, "period%creporter%cpartner%cflow%cproduct%cvalue"
		    "%cquantity%cunit%ccurrency%csource\n", d, d, d, d, d, d, d,
		    d, d);
		for (i = 0; i < 10000; i++) {
			/* mostly usual rows, each field odd now and then */
			const char *const *l[10] = { periods, countries,
			    countries, flows, products, values, quantities,
			    units, currencies, sources };
			const size_t n[10] = { N(periods), N(countries),
			    N(countries), N(flows), N(products), N(values),
			    N(quantities), N(units), N(currencies),
			    N(sources) };

			for (k = 0; k < 10; k++) {
				size_t pick;

				x ^= x << 13, x ^= x >> 7, x ^= x << 17;
				/* the usual: one of the first three (for
				 * the partner, the second to the fourth) */
				pick = x % 16 < 13 ? (x >> 8) % 3 +
				    (k == 2) : (x >> 8) % n[k];
				if (k)
					fputc(d, fp);
				x ^= x << 13, x ^= x >> 7, x ^= x << 17;
				if (x % 400 == 0)	/* a quoted field */
					fputs(quoted[(x >> 9) % N(quoted)],
					    fp);
				else if (x % 400 == 1 && k == 8)
					continue;	/* a field too few */
				else
					fputs(l[k][pick], fp);
			}
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			if (i == 9999 && file == 2)
				;		/* no LF at the end */
			else if (x % 100 == 0)
				fputs(ends[(x >> 9) % N(ends)], fp);
			else
				fputc('\n', fp);
		}
		fclose(fp);
		read_all(path, 0, file == 2 ? 64 : 0, &a);
		read_all(path, 1, file == 2 ? 64 : 0, &b);
		if (getenv("CANON_SHOW"))
			fprintf(stderr, "%zu bytes: ...%s", a.len,
			    a.buf + (a.len > 200 ? a.len - 200 : 0));
		CHECK(a.len > 100000 && a.len == b.len &&
		    memcmp(a.buf, b.buf, a.len) == 0);
		if (a.len != b.len || memcmp(a.buf, b.buf, a.len) != 0) {
			o = 0;
			while (o < a.len && o < b.len && a.buf[o] == b.buf[o])
				o++;
			fprintf(stderr, "differ at byte %zu:\n%.200s\n--\n"
			    "%.200s\n", o, a.buf + (o > 80 ? o - 80 : 0),
			    b.buf + (o > 80 ? o - 80 : 0));
		}
		/* most rows were read and kept */
		for (o = 0; o < b.len; o++)
			direct += b.buf[o] == '\n';
		free(a.buf);
		free(b.buf);
	}
	CHECK(direct > 3 * 4000);
	close(fd);
	unlink(path);
	return test_done("test_canon");
}
