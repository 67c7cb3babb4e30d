/*
 * test_csvw_code.c - csvw_code() reads a code as one 8-byte word, so
 * the bytes of a row's code arrays after the code's NUL, up to the
 * eighth, must hold zeros, never what an earlier row or the caller left
 * there: after trade_next(), in every reader (the canonical row's fast
 * path, the mapper of all formats, BACI's line), whatever the row held
 * before.  And the line written is the code's bytes only.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "test.h"
#include "trade.h"
#include "util.h"

/* Bytes len..7 of the array a (the code's length len) are zeros. */
static int
padded(const char *a, size_t size)
{
	size_t i, n = strnlen(a, size), end = size < 8 ? size : 8;

	for (i = n; i < end; i++)
		if (a[i] != '\0')
			return 0;
	return n < size;
}

/* Every row of text (written to a file), read with flags, its row
 * filled with 0x55 bytes before each trade_next(): the rows read. */
static int
read_rows(const char *text, unsigned flags)
{
	char path[] = "/tmp/test_csvw_codeXXXXXX", *files[1];
	struct trade_opts o;
	struct trade_reader *r;
	struct trade_row row;
	int fd, n = 0;

	if ((fd = mkstemp(path)) < 0 ||
	    write(fd, text, strlen(text)) != (ssize_t)strlen(text)) {
		CHECK(0);
		return 0;
	}
	close(fd);
	memset(&o, 0, sizeof(o));
	o.flags = flags;
	files[0] = path;
	r = trade_open(&o, files, 1);
	for (;;) {
		memset(&row, 0x55, sizeof(row));
		if (trade_next(r, &row) != 1)
			break;
		n++;
		CHECK(padded(row.reporter, sizeof(row.reporter)));
		CHECK(padded(row.partner, sizeof(row.partner)));
		CHECK(padded(row.product, sizeof(row.product)));
		CHECK(padded(row.unit, sizeof(row.unit)));
		CHECK(padded(row.currency, sizeof(row.currency)));
	}
	CHECK_STR(trade_error(r), "");
	trade_close(r);
	unlink(path);
	return n;
}

/* The line csvw_code() writes of the bytes b (a code, its NUL, more). */
static char *
code_line(const char *b, size_t size)
{
	struct csvw w;
	char *buf, *out;
	size_t len;

	csvw_init_mem(&w, 0, 0);
	w.started = 1;
	csvw_code(&w, b, size);
	csvw_code(&w, b, size);
	csvw_end(&w);
	buf = csvw_take(&w, &len);
	out = xmalloc(len + 1);		/* the line as a string */
	memcpy(out, buf, len);
	out[len] = '\0';
	free(buf);
	return out;
}

int
main(void)
{
	static const char canon[] =
	    "period,reporter,partner,flow,product,value,quantity,unit,"
	    "currency,source\n"
	    "2023,USA,CHN,X,854231,1.5,2,t,USD,bench\n"
	    "2023-04,EU27,DEU,M,85,7,,kg,EUR,a\n"
	    "2019,RUS,KAZ,X,TOTAL,3,1,u,USD,b\n";
	static const char baci[] =
	    "t,i,j,k,v,q\n"
	    "2023,842,156,854231,1.500,2.000\n"
	    "2022,4,31,10121,2.5,NA\n";
	char *s;

	/* the fast paths, then the mapper of all formats */
	CHECK(read_rows(canon, 0) == 3);
	CHECK(read_rows(canon, TRADE_NO_CANON) == 3);
	CHECK(read_rows(baci, 0) == 2);
	CHECK(read_rows(baci, TRADE_NO_CANON) == 2);
	/* a code's bytes, not the word's */
	s = code_line("US\0,\"\n\rX", 8);
	CHECK_STR(s, "US,US\n");
	free(s);
	s = code_line("8542\0\0\0\0\0", 9);
	CHECK_STR(s, "8542,8542\n");
	free(s);
	return test_done("csvw_code");
}
