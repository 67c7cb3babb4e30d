/*
 * test_baci.c - the common BACI line, read directly (fmt_baci.c's fast
 * row), is the row the reader of all formats gives: on random rows of
 * t,i,j,k,v,q whose fields come from lists of usual, odd and bad values,
 * read both ways (with --skip-bad, so that bad rows are skipped with
 * their messages), with and without a country file, every row's fields
 * and bits, the count skipped and the messages agree.  Lines are odd now
 * and then too (CR LF, a quoted field, a field too few, the header
 * again), and one file is read in small chunks, so that lines cross the
 * ends of the reader's chunks.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "trade.h"

#define N(a)	(sizeof(a) / sizeof((a)[0]))

static const char *const years[] = { "2021", "2022", "1995", "", "20x2",
	"2022-04", " 2022", "1899", "NA" };
/* 490 is "N/A" in the country file, 999 an ISO3 the table lacks, 4 and
 * 8 not in the file (the code table has them as numbers) */
static const char *const codes[] = { "842", "156", "643", "251", "490",
	"999", "4", "8", "", "NA", "0842", "84x", "123456789012", "-842" };
static const char *const products[] = { "854231", "010121", "10121",
	"8542", "", "85a231", "1234567890123", "TOTAL", " 854231" };
static const char *const values[] = { "1223.702", "0.5", "178.404", "0",
	"-1", "", "1,5", "1e3", "0.1234567890123456789", "abc",
	"99999999999999999999", "12345678.12345678", "5.", ".5", ".",
	"123456789.5", "9007199.254740993" };
static const char *const quantities[] = { "", "450.014", "3", "NA", "x",
	" ", "0", "-4", "1e400", "12345678.12345678" };
static const char *const ends[] = { "\r\n", "\n\n", ",x\n" };

struct dump {
	char	*buf;
	size_t	 len;
};

static void
read_all(const char *path, const char *countries, int fast, size_t chunk,
    struct dump *d)
{
	struct trade_opts o;
	struct trade_reader *r;
	struct trade_row row;
	char *files[1];
	FILE *fp = open_memstream(&d->buf, &d->len);
	int st;

	memset(&o, 0, sizeof(o));
	o.skip_bad = 1;
	o.countries = countries;
	files[0] = (char *)path;
	o.flags = fast ? 0 : TRADE_NO_CANON;
	o.chunk = chunk;
	r = trade_open(&o, files, 1);
	while ((st = trade_next(r, &row)) == 1) {
		uint64_t v, q;

		memcpy(&v, &row.value, 8);
		memcpy(&q, &row.quantity, 8);
		fprintf(fp, "%llu|%d|%s|%s|%d|%s|%016llx|%016llx|%s|%.8s|%s|"
		    "%g|%d|%d|%d|%d|%d\n", (unsigned long long)row.line,
		    row.period, row.reporter, row.partner, (int)row.flow,
		    row.product, (unsigned long long)v, isnan(row.quantity) ?
		    0ULL : (unsigned long long)q, row.unit, row.currency,
		    row.source, row.rows, row.months, row.month_mask,
		    (int)row.format, (int)row.classification,
		    (int)row.breakdown);
	}
	fprintf(fp, "end %d skipped %llu: %s\n", st,
	    (unsigned long long)trade_skipped(r), trade_error(r));
	trade_close(r);
	fclose(fp);
}

int
main(void)
{
	char path[] = "/tmp/test_baci.XXXXXX";
	char cpath[] = "/tmp/test_bacc.XXXXXX";
	uint64_t x = 0x2545f4914f6cdd1dULL;
	struct dump a, b;
	int fd = mkstemp(path), cfd = mkstemp(cpath), k, i, file;
	size_t kept = 0, o;
	FILE *cf;

	if (fd < 0 || cfd < 0 || (cf = fdopen(cfd, "w")) == NULL)
		return 1;
	fputs("country_code,country_name,country_iso2,country_iso3\n"
	    "842,United States,US,USA\n156,China,CN,CHN\n643,Russia,RU,RUS\n"
	    "251,France,FR,FRA\n490,Other Asia,N/A,N/A\n999,Nowhere,,QQQ\n",
	    cf);
	fclose(cf);
	for (file = 0; file < 4; file++) {
		FILE *fp = fdopen(dup(fd), "w");
		const char *countries = file % 2 == 0 ? cpath : NULL;

		if (fp == NULL || ftruncate(fd, 0) != 0 ||
		    lseek(fd, 0, SEEK_SET) != 0)
			return 1;
		fputs("t,i,j,k,v,q\n", fp);
		for (i = 0; i < 10000; i++) {
			const char *const *l[6] = { years, codes, codes,
			    products, values, quantities };
			const size_t n[6] = { N(years), N(codes), N(codes),
			    N(products), N(values), N(quantities) };

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			if (x % 1000 == 0) {
				fputs("t,i,j,k,v,q\n", fp);
				continue;
			}
			for (k = 0; k < 6; k++) {
				size_t pick;

				x ^= x << 13, x ^= x >> 7, x ^= x << 17;
				/* the usual: one of the first three (for the
				 * importer, the second to the fourth) */
				pick = x % 16 < 13 ? (x >> 8) % 3 + (k == 2) :
				    (x >> 8) % n[k];
				if (k)
					fputc(',', fp);
				x ^= x << 13, x ^= x >> 7, x ^= x << 17;
				if (x % 400 == 0)
					fprintf(fp, "\"%s\"", l[k][pick]);
				else if (x % 400 == 1 && k == 5)
					continue;	/* a field too few */
				else
					fputs(l[k][pick], fp);
			}
			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			if (x % 100 == 0)
				fputs(ends[(x >> 9) % N(ends)], fp);
			else
				fputc('\n', fp);
		}
		fclose(fp);
		read_all(path, countries, 0, file == 3 ? 64 : 0, &a);
		read_all(path, countries, 1, file == 3 ? 64 : 0, &b);
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
		for (o = 0; o < b.len; o++)
			kept += b.buf[o] == '\n';
		free(a.buf);
		free(b.buf);
	}
	/* most rows were read and kept */
	CHECK(kept > 4 * 4000);
	close(fd);
	unlink(path);
	unlink(cpath);
	return test_done("test_baci");
}
