/*
 * test_plot.c - gnuplot quoting and axis units.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plot.h"

static int fails, checks;

static void
same(const char *what, const char *got, const char *want)
{
	checks++;
	if (strcmp(got, want) != 0) {
		fails++;
		printf("FAIL %s: got [%s], want [%s]\n", what, got, want);
	}
}

static const char *
quoted(void (*f)(FILE *, const char *), const char *s)
{
	static char buf[256];
	FILE *fp = fmemopen(buf, sizeof(buf), "w");

	f(fp, s);
	fclose(fp);
	return buf;
}

static const char *
unit(int pct, const char *cur, double max)
{
	static char buf[80];
	struct plot_unit u;

	plot_unit(pct, cur, max, &u);
	snprintf(buf, sizeof(buf), "%g %s", u.div, u.fmt);
	return buf;
}

/* a value as the axis shows it: the format applied as gnuplot does */
static const char *
shown(int pct, const char *cur, double max, double v)
{
	static char buf[80];
	struct plot_unit u;

	plot_unit(pct, cur, max, &u);
	snprintf(buf, sizeof(buf), u.fmt, v / u.div);
	return buf;
}

/* the bytes of s that are c */
static size_t
count(const char *s, int c)
{
	size_t n = 0;

	for (; *s; s++)
		n += *s == c;
	return n;
}

/*
 * Whatever the text, a quoted string is one token: its only quotes are
 * the first and the last byte, and no byte ends the line.
 */
static void
hostile(void)
{
	static const char *corpus[] = {
		"201901-Jan\nEOD\nsystem(\"id\")\n$x << EOD", "x\rEOD\r",
		"`id`", "system(\"id\")", "a'.system(\"id\").'b",
		"a\".system(\"id\").\"b", "'''x'", "''", "'", "\\'", "a\\",
		"@colours", "%n%s", "\x01\x1b[31m\x7f\xff", "EOD", "\"", "\\\"",
		"'`P`", "x\n!id\n"
	};
	size_t i;

	for (i = 0; i < sizeof(corpus) / sizeof(corpus[0]); i++) {
		char q[256];
		const char *d;
		size_t j, n, nd, ctl = 0;

		snprintf(q, sizeof(q), "%s", quoted(plot_quote, corpus[i]));
		d = quoted(plot_datum, corpus[i]);
		n = strlen(q);
		nd = strlen(d);

		for (j = 0; q[j]; j++)
			ctl += (unsigned char)q[j] < 0x20 || q[j] == 0x7f;
		for (j = 0; d[j]; j++)
			ctl += (unsigned char)d[j] < 0x20 || d[j] == 0x7f;
		checks++;
		if (count(q, '\'') != 2 || q[0] != '\'' || q[n - 1] != '\'' ||
		    count(d, '"') != 2 || d[0] != '"' || d[nd - 1] != '"' ||
		    ctl != 0) {
			fails++;
			printf("FAIL hostile %zu: [%s] [%s]\n", i, q, d);
		}
	}
}

/* a currency goes into a format only as three capitals */
static void
currency(void)
{
	static const char *bad[] = {
		"a'b", "%s", "%n%n", "US$", "usd", "USDX", "US", "'`P`", "U\nS",
		"\xe2\x82\xac"
	};
	struct plot_unit u;
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int r = plot_unit(0, bad[i], 5e6, &u);

		checks++;
		if (r != -1 || plot_is_currency(bad[i]) ||
		    strcmp(u.fmt, "%.1f m") != 0) {
			fails++;
			printf("FAIL currency [%s]: %d [%s]\n", bad[i], r, u.fmt);
		}
	}
	checks++;
	if (plot_unit(0, "KGS", 5e6, &u) != 0 || !plot_is_currency("KGS") ||
	    plot_unit(0, "", 5e6, &u) != 0 || plot_unit(0, NULL, 5e6, &u) != 0)
		fails++, puts("FAIL currency: a code or none");
}

int
main(void)
{
	/* single quotes: no backquote substitution, no macros, no escapes */
	same("plain", quoted(plot_quote, "Türkiye"), "'Türkiye'");
	same("no quote inside", quoted(plot_quote, "Côte d'Ivoire"),
	    "'Côte d\xe2\x80\x99Ivoire'");
	same("no quote to close the string", quoted(plot_quote, "'`P`"),
	    "'\xe2\x80\x99`P`'");
	same("backquotes stay inside", quoted(plot_quote, "`rm -rf ~`"),
	    "'`rm -rf ~`'");
	same("newline cannot end the command", quoted(plot_quote,
	    "a\nset output '/etc/x'"),
	    "'a set output \xe2\x80\x99/etc/x\xe2\x80\x99'");
	same("backslash is a backslash", quoted(plot_quote, "a\\'"),
	    "'a\\\xe2\x80\x99'");
	same("datum", quoted(plot_datum, "say \"hi\"\tthere"),
	    "\"say 'hi' there\"");

	same("USD bn", unit(0, "USD", 2.4e11), "1e+09 $%.0f bn");
	same("EUR bn, one decimal", unit(0, "EUR", 2.7e9),
	    "1e+09 \xe2\x82\xac%.1f bn");
	same("USD m", unit(0, "USD", 8.0e7), "1e+06 $%.0f m");
	same("share", unit(1, NULL, 0.452), "0.01 %.0f%%");
	same("small share", unit(1, NULL, 0.05), "0.01 %.1f%%");
	same("other currency", unit(0, "KGS", 5e6), "1e+06 KGS %.1f m");
	same("shown $240 bn", shown(0, "USD", 2.4e11, 2.4e11), "$240 bn");
	same("shown \xe2\x82\xac" "2.7 bn", shown(0, "EUR", 2.734e9, 2.734e9),
	    "\xe2\x82\xac" "2.7 bn");
	same("shown 45%", shown(1, NULL, 0.452, 0.4522), "45%");
	same("shown $72 m", shown(0, "USD", 7.213e7, 7.213e7), "$72 m");
	checks++;
	if (!plot_is_percent("share") || plot_is_percent("value"))
		fails++, puts("FAIL plot_is_percent");
	hostile();
	currency();
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}
