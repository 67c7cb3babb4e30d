/*
 * test_chart.c - one point per x and series: the series from the key
 * columns that vary, two rows of one point refused or summed, stacks
 * that hold two wholes refused, parts of a year marked.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "test.h"

#define NH	7

/* a table of the rows of cells (NH a row, the header first) */
static void
table(struct chart_table *t, const char **cells, size_t nr)
{
	static char *where[8] = { "t.csv:2", "t.csv:3", "t.csv:4",
	    "t.csv:5", "t.csv:6", "t.csv:7", "t.csv:8", "t.csv:9" };
	static char **rows[8];
	size_t i;

	t->head = (char **)cells;
	t->nh = NH;
	for (i = 0; i < nr; i++)
		rows[i] = (char **)cells + (i + 1) * NH;
	t->rows = rows;
	t->nr = nr;
	t->name = "t.csv";
	t->where = where;
}

/* the script, or "ERROR n: message"; malloc'd */
static char *
script(const struct chart_table *t, const struct chart_opts *o)
{
	char *s, err[600], *msg;
	size_t len;
	int rc = chart_script(t, o, &s, &len, err, sizeof(err));

	if (rc == CHART_OK)
		return s;
	msg = malloc(strlen(err) + 16);
	sprintf(msg, "ERROR %d: %s", rc, err);
	return msg;
}

int
main(void)
{
	const char *cells[] = {
		"period", "reporter", "partner", "flow", "value", "share",
		    "months",
		"2022", "RUS", "CHN", "M", "76e9", "0.34", "12",
		"2022", "RUS", "CHN", "X", "114e9", "0.19", "12",
		"2023", "RUS", "CHN", "M", "110e9", "0.45", "12",
		"2023", "RUS", "CHN", "X", "129e9", "0.24", "8",
		"2023", "RUS", "DEU", "M", "8e9", "0.03", "12",
	};
	struct chart_table t;
	struct chart_opts o;
	char *s, note[200] = "";

	memset(&o, 0, sizeof(o));
	o.w = 1200, o.h = 700, o.top = 15;
	o.note = note, o.notesz = sizeof(note);
	table(&t, cells, 4);

	/* imports and exports: two lines, the larger first */
	o.kind = CHART_LINE;
	s = script(&t, &o);
	CHECK(strstr(s, "$s0_0 << EOD\n2022 114\n2023 129\nEOD\n") != NULL);
	CHECK(strstr(s, "$s1_0 << EOD\n2022 76\n2023 110\nEOD\n") != NULL);
	CHECK(strstr(s, "title 'X'") != NULL);
	free(s);

	/* --series partner: two rows of one point, the column named */
	o.series = "partner";
	s = script(&t, &o);
	CHECK(strncmp(s, "ERROR 1: t.csv:2 and t.csv:3: two rows for 2022 "
	    "and 'CHN' (they differ in flow, value, share)", 73) == 0);
	free(s);
	o.sum = 1;
	s = script(&t, &o);
	CHECK(strstr(s, "\n2022 190\n2023 239\n") != NULL);
	CHECK_STR(note, "--sum: 4 rows added up into 2 points (rows that "
	    "share an x and a series)");
	free(s);
	o.sum = 0;
	o.series = NULL;

	/* a year of 8 months: a hollow point */
	o.names = 1;
	s = script(&t, &o);
	CHECK(strstr(s, "$p0_0 << EOD\n2023 129\nEOD\n") != NULL);
	CHECK(strstr(s, "2023: 8 months") != NULL);
	CHECK(strstr(s, "title 'exports'") != NULL);
	free(s);
	o.names = 0;

	/* stacked shares of two flows: under 100% (53%, 72%), and still
	 * refused; above it, the sum is said too */
	o.kind = CHART_STACKED;
	table(&t, cells, 5);
	s = script(&t, &o);
	CHECK_STR(s, "ERROR 1: t.csv: 2022: a stacked chart draws the parts "
	    "of one whole, and the rows hold two flows (M, X); choose one "
	    "with trade-filter, or draw a line chart");
	free(s);
	cells[2 * NH + 5] = "0.9";	/* 2022: 0.34 + 0.9 */
	s = script(&t, &o);
	CHECK(strstr(s, "ERROR 1: t.csv: 2022: the shares (column 'share') "
	    "add up to 124.0%") != NULL);
	CHECK(strstr(s, "two flows (M, X)") != NULL);
	free(s);
	/* one flow: drawn, in percent */
	cells[2 * NH + 5] = "0.19";
	o.series = "partner";
	cells[2 * NH + 3] = "M";
	cells[4 * NH + 3] = "M";
	cells[2 * NH + 0] = "2021";
	cells[4 * NH + 0] = "2024";
	s = script(&t, &o);
	CHECK(strstr(s, "\n\"2023\" 45 3\n") != NULL);
	free(s);
	return test_done("test_chart");
}
