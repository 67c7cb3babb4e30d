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

int
main(void)
{
	/* single quotes: no backquote substitution, no macros, no escapes */
	same("plain", quoted(plot_quote, "Türkiye"), "'Türkiye'");
	same("quote doubled", quoted(plot_quote, "Côte d'Ivoire"),
	    "'Côte d''Ivoire'");
	same("backquotes stay inside", quoted(plot_quote, "`rm -rf ~`"),
	    "'`rm -rf ~`'");
	same("newline cannot end the command", quoted(plot_quote,
	    "a\nset output '/etc/x'"), "'a set output ''/etc/x'''");
	same("backslash is a backslash", quoted(plot_quote, "a\\'"),
	    "'a\\'''");
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
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}
