/*
 * test_csvw.c - the CSV writer: plain output as RFC 4180 wants it, and
 * --excel output where text that a spreadsheet would take for a formula
 * is made text, while numbers stay bare.
 */
#include <stdio.h>
#include <stdlib.h>

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
	return test_done("csvw");
}
