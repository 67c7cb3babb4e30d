/*
 * test_plot.c - gnuplot quoting, axis units, and the chart scripts.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "chart.h"
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

/* a table of nr rows of nh cells, from one array of strings */
static void
table(struct chart_table *t, const char **cells, size_t nh, size_t nr)
{
	static char *where[16] = { "t.csv:2", "t.csv:3", "t.csv:4",
	    "t.csv:5", "t.csv:6", "t.csv:7", "t.csv:8", "t.csv:9" };
	static char **rows[16];
	size_t i;

	t->head = (char **)cells;
	t->nh = nh;
	for (i = 0; i < nr; i++)
		rows[i] = (char **)cells + (i + 1) * nh;
	t->rows = rows;
	t->nr = nr;
	t->name = "t.csv";
	t->where = where;
}

/* the script, or "ERROR n: message" */
static char *
script(const struct chart_table *t, const struct chart_opts *o)
{
	static char msg[600];
	char *s, err[500];
	size_t len;
	int rc = chart_script(t, o, &s, &len, err, sizeof(err));

	if (rc == CHART_OK)
		return s;
	snprintf(msg, sizeof(msg), "ERROR %d: %s", rc, err);
	return strdup(msg);
}

static void
has(const char *what, const char *s, const char *part)
{
	checks++;
	if (strstr(s, part) == NULL) {
		fails++;
		printf("FAIL %s: no [%s] in:\n%s\n", what, part, s);
	}
}

/* lines equal to line */
static int
lines(const char *s, const char *line)
{
	size_t n = strlen(line);
	int k = 0;

	for (; *s; s = strchr(s, '\n') ? strchr(s, '\n') + 1 : s + strlen(s))
		if (strncmp(s, line, n) == 0 && (s[n] == '\n' || s[n] == '\0'))
			k++;
	return k;
}

static void
charts(void)
{
	static const char evil[] = "201901-Jan\nEOD\nsystem(\"id\")";
	const char *cells[] = {
		"period", "partner", "value", "currency", "source",
		"2022", "CHN", "2e9", "USD", "A",
		"2023", "CHN", "3e9", "USD", "A",
		"2022", evil, "1e9", "USD", "B",
		"2023-03", evil, "", "USD", "B"
	};
	struct chart_table t;
	struct chart_opts o;
	const char *marks[20];
	char *s;
	size_t i;

	memset(&o, 0, sizeof(o));
	o.w = 1200, o.h = 700, o.top = 15;
	table(&t, cells, 5, 4);

	/* a line chart: months on the axis, the year 2022 at its January,
	 * the hostile name only inside its quotes */
	o.kind = CHART_LINE;
	s = script(&t, &o);
	has("monthly", s, "set timefmt '%Y-%m'\n");
	has("a year at January, a gap", s,
	    "$s0_0 << EOD\n2022-01 2\n\n2023-01 3\nEOD\n");
	has("the name quoted", s, "title '201901-Jan EOD system(\"id\")'");
	has("dollars", s, "set format y '$%.1f bn'\n");
	has("the caption", s, "set label 100 'Source: A; B' ");
	checks++;
	if (lines(s, "EOD") != 2 || lines(s, "system(\"id\")") != 0)
		fails++, printf("FAIL blocks: %d\n%s\n", lines(s, "EOD"), s);
	free(s);

	/* the x cell that only begins like a period: an error naming it */
	cells[15] = evil;
	s = script(&t, &o);
	same("bad x", s, "ERROR 1: t.csv:4: column 'period': not a period "
	    "(such as 2023 or 2023-04) or a number: '201901-Jan\\x0aEOD"
	    "\\x0asystem(\"id\")'");
	free(s);
	cells[15] = "2022";

	/* a currency that is not a code */
	cells[13] = "a'b";
	s = script(&t, &o);
	same("bad currency", s, "ERROR 1: t.csv:3: column 'currency': not a "
	    "currency code (three capitals, such as USD): 'a'b'");
	free(s);
	cells[13] = "USD";

	/* no cut: twenty marks, each a line and a label */
	for (i = 0; i < 20; i++)
		marks[i] = i % 2 ? "2022-06:x" : "2023:y";
	o.marks = marks;
	o.nmarks = 20;
	s = script(&t, &o);
	has("mark 20", s, "set arrow 20 from '2022-06', graph 0 to ");
	has("label 20", s, "set label 20 'x' at '2022-06', graph 0.97");
	free(s);
	o.kind = CHART_BAR;
	s = script(&t, &o);
	same("marks on a bar", s, "ERROR 2: --mark: only a line chart has "
	    "marks");
	free(s);
	o.nmarks = 0;

	/* bar: one --y column, not two */
	o.y = "value,value";
	s = script(&t, &o);
	same("bar --y", s, "ERROR 2: --y: bar draws 1 column, not 2: "
	    "'value,value'");
	free(s);
	o.y = NULL;
	s = script(&t, &o);
	has("bar: a bar per label", s, "ERROR 1: t.csv:2 and t.csv:3: two "
	    "rows for the bar 'CHN' (they differ in period, value)");
	free(s);
	o.sum = 1;
	s = script(&t, &o);
	has("bar data", s, "$bars << EOD\n\"201901-Jan EOD system('id')\" 1 "
	    "29362 \"$1.0 bn\"\n\"CHN\" 5 29362 \"$5.0 bn\"\nEOD\n");
	has("bar labels", s, "$bars using 2:0:4 with labels");
	free(s);
	o.sum = 0;

	/* stacked: the bars' labels are the periods read */
	cells[5] = "Jan.-Dec. 2022";
	cells[10] = " 2023";
	o.kind = CHART_STACKED;
	o.y = "value";
	s = script(&t, &o);
	has("stacked labels", s, "\n\"2022-01\" ");
	has("stacked 2023", s, "\n\"2023-01\" ");
	free(s);

	/* the terminal from the name; set output only when asked */
	o.output = "c.svg";
	s = script(&t, &o);
	has("svg", s, "set terminal svg noenhanced");
	checks++;
	if (strstr(s, "\nset output") != NULL)
		fails++, puts("FAIL set output without setout");
	free(s);
	o.setout = 1;
	o.output = "it's.pdf";
	s = script(&t, &o);
	has("pdf", s, "set terminal pdfcairo");
	has("named", s, "set output 'it\xe2\x80\x99s.pdf'\n");
	free(s);

	checks++;
	if (!chart_is_image("a.png", (const unsigned char *)"\x89PNG\r\n\x1a\n",
	    8) || chart_is_image("a.png", (const unsigned char *)"half a P", 8) ||
	    !chart_is_image("a.pdf", (const unsigned char *)"%PDF-1.5", 8) ||
	    !chart_is_image("a.svg", (const unsigned char *)"<?xml ve", 8) ||
	    chart_is_image("a.svg", (const unsigned char *)"\x89PNG\r\n\x1a\n",
	    8) || chart_is_image("a.png", (const unsigned char *)"", 0))
		fails++, puts("FAIL chart_is_image");
}

/* reading: a whole table, or the message of what is wrong */
static void
reading(void)
{
	char path[] = "/tmp/test_plot.XXXXXX", err[300], *paths[1] = { path };
	struct chart_table t;
	int fd = mkstemp(path);
	FILE *fp = fdopen(fd, "w");

	fputs("period,value\n2023,1\n2024,2\n", fp);
	fclose(fp);
	checks++;
	if (chart_table_read(&t, paths, 1, 0, err, sizeof(err)) != CHART_OK ||
	    t.nr != 2 || t.nh != 2 || strcmp(t.rows[1][1], "2") != 0 ||
	    strstr(t.where[1], ":3") == NULL)
		fails++, puts("FAIL chart_table_read");
	chart_table_free(&t);
	fp = fopen(path, "w");
	fputs("period,value,period\n2023,1,x\n", fp);
	fclose(fp);
	checks++;
	if (chart_table_read(&t, paths, 1, 0, err, sizeof(err)) != CHART_BAD ||
	    strstr(err, ":1: column 'period' appears twice") == NULL)
		fails++, printf("FAIL twice: %s\n", err);
	chart_table_free(&t);
	fp = fopen(path, "w");
	fputs("period,value\n2023,1\n2024\n", fp);
	fclose(fp);
	checks++;
	if (chart_table_read(&t, paths, 1, 0, err, sizeof(err)) != CHART_BAD ||
	    strstr(err, ":3: ragged row: 1 fields where the header has 2") ==
	    NULL)
		fails++, printf("FAIL ragged: %s\n", err);
	chart_table_free(&t);
	unlink(path);
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
	charts();
	reading();
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}
