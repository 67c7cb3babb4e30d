/*
 * test_csvw.c - the CSV writer: plain output as RFC 4180 wants it, and
 * --excel output where text that a spreadsheet would take for a formula
 * is made text, while numbers stay bare.  A writer into memory (the
 * threads' blocks) writes the bytes a writer into a FILE writes, and
 * csvw_str() those of csvw_strn() with the string's length.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csvio.h"
#include "test.h"

/* The line written for one text field s, then the number v. */
static char *
line(int excel, const char *s, size_t len, double v)
{
	struct csvw w;
	char *buf = NULL;
	size_t n = 0;
	FILE *fp = open_memstream(&buf, &n);

	csvw_init(&w, fp, excel);
	w.started = 1;			/* no BOM */
	csvw_strn(&w, s, len);
	csvw_num(&w, v);
	csvw_end(&w);
	fclose(fp);
	return buf;
}

static void
check(int excel, const char *s, const char *want)
{
	char *got = line(excel, s, strlen(s), -2.385);

	CHECK_STR(got, want);
	free(got);
}

/* Fields that need quotes, or not, short and longer than a line's
 * buffer (CSVW_BUFSZ); NULL is an empty field. */
static const char *
field(size_t i)
{
	static char longer[3 * CSVW_BUFSZ], edge[CSVW_BUFSZ];
	static const char *const f[] = { "USA", "", "a,b", " x", "x ",
	    "q\"t", "854231", "line\nend", "cr\r", "=1+2", "t", "USD",
	    "CEPII BACI", "   ", "0123456789abcdef", NULL, "-5" };

	if (longer[0] == '\0') {
		memset(longer, 'y', sizeof(longer) - 1);
		memset(edge, 'z', sizeof(edge) - 1);
	}
	if (i % 97 == 5)
		return longer;
	if (i % 89 == 7)
		return edge;
	return f[i % (sizeof(f) / sizeof(f[0]))];
}

/* Many lines through w, their text fields with csvw_strn() when
 * bylen is set, else with csvw_str(). */
static void
lines(struct csvw *w, int bylen)
{
	size_t i, k;
	const char *s;

	csvw_header(w, "a,b,c");
	for (i = 0; i < 3000; i++) {
		for (k = 0; k < 1 + i % 5; k++) {
			s = field(i * 7 + k);
			if (bylen)
				csvw_strn(w, s ? s : "", s ? strlen(s) : 0);
			else
				csvw_str(w, s);
		}
		csvw_num(w, (double)i / 8);
		csvw_int(w, -(long long)i);
		csvw_empty(w);
		csvw_end(w);
	}
}

/* lines() into a FILE (bylen as there) or, when mem, into memory. */
static char *
written(int excel, int mem, int bylen, size_t *n)
{
	struct csvw w;
	char *buf = NULL;
	FILE *fp;

	*n = 0;
	if (mem) {
		csvw_init_mem(&w, excel, 100);
		lines(&w, bylen);
		return csvw_take(&w, n);
	}
	fp = open_memstream(&buf, n);
	csvw_init(&w, fp, excel);
	lines(&w, bylen);
	fclose(fp);
	return buf;
}

/* csvw_code() of every short field, in an array with bytes after its
 * NUL that are not its own, writes what csvw_strn() writes. */
static void
check_code(int excel)
{
	static const char *const f[] = { "", "X", "USA", "854231", "t",
	    "USD", "a,b", "q\"", "\n", "x\r", " x", "x ", "1234567",
	    "12345678", "0123456789ab", "=1", "-5", "a b",
	    "\xc3\xa9t\xc3\xa9" };
	char a[16], *got, *want;
	size_t i, ng, nw, pad;
	FILE *fp;
	struct csvw w;

	for (i = 0; i < sizeof(f) / sizeof(f[0]); i++)
		for (pad = 0; pad < 2; pad++) {
			memset(a, pad ? ',' : '\0', sizeof(a));
			memcpy(a, f[i], strlen(f[i]) + 1);
			fp = open_memstream(&want, &nw);
			csvw_init(&w, fp, excel);
			csvw_strn(&w, f[i], strlen(f[i]));
			csvw_strn(&w, f[i], strlen(f[i]));
			csvw_end(&w);
			fclose(fp);
			fp = open_memstream(&got, &ng);
			csvw_init(&w, fp, excel);
			csvw_code(&w, a, sizeof(a));
			csvw_code(&w, a, sizeof(a));
			csvw_end(&w);
			fclose(fp);
			CHECK_STR(got, want);
			free(got);
			free(want);
		}
}

static void
check_mem(int excel)
{
	char *a, *b, *c;
	size_t na, nb, nc;

	a = written(excel, 0, 1, &na);
	b = written(excel, 0, 0, &nb);
	c = written(excel, 1, 0, &nc);
	CHECK(na > 100000);
	CHECK(na == nb && memcmp(a, b, na) == 0);
	CHECK(na == nc && memcmp(a, c, na) == 0);
	free(a);
	free(b);
	free(c);
}

int
main(void)
{
	char *got;

	/* without --excel: as before, quoted only when it must be */
	check(0, "=1+2", "=1+2,-2.385\n");
	check(0, "-2+3", "-2+3,-2.385\n");
	check(0, "a,b", "\"a,b\",-2.385\n");
	check(0, " x", "\" x\",-2.385\n");
	check(0, "", ",-2.385\n");
	/* --excel: every text cell quoted, formula signs behind a ' */
	check(1, "010121", "\"010121\",-2.385\r\n");
	check(1, "=HYPERLINK(\"http://x.io\",\"y\")",
	    "\"'=HYPERLINK(\"\"http://x.io\"\",\"\"y\"\")\",-2.385\r\n");
	check(1, "+1", "\"'+1\",-2.385\r\n");
	check(1, "-2+3", "\"'-2+3\",-2.385\r\n");
	check(1, "-5", "\"'-5\",-2.385\r\n");
	check(1, "@SUM(A1)", "\"'@SUM(A1)\",-2.385\r\n");
	check(1, "\tkg", "\"'\tkg\",-2.385\r\n");
	check(1, "\rx", "\"'\rx\",-2.385\r\n");
	check(1, "\nx", "\"'\nx\",-2.385\r\n");
	check(1, "  =1", "\"'  =1\",-2.385\r\n");
	check(1, "=cmd|' /C calc'!A0", "\"'=cmd|' /C calc'!A0\",-2.385\r\n");
	check(1, "a;=1+1", "\"a;=1+1\",-2.385\r\n");
	check(1, "|x", "\"|x\",-2.385\r\n");
	check(1, "% of world", "\"% of world\",-2.385\r\n");
	check(1, "x=1", "\"x=1\",-2.385\r\n");
	check(1, "", ",-2.385\r\n");
	check(1, "   ", "\"   \",-2.385\r\n");
	/* the length is the field's, not up to a NUL */
	got = line(1, "-1x", 2, 0.5);
	CHECK_STR(got, "\"'-1\",0.5\r\n");
	free(got);
	check_mem(0);
	check_mem(1);
	check_code(0);
	check_code(1);
	return test_done("csvw");
}
