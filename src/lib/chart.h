/*
 * chart.h - the gnuplot script of a chart of a table: line, bar,
 * stacked or scatter, with the data inline.
 *
 * The script is built whole in memory and returned; running gnuplot on
 * it is the program's.  Every text of the table or the options reaches
 * the script through plot.c's quoting; numbers and periods are written
 * from the values read, never copied from a cell.
 */
#ifndef TRADESTAT_CHART_H
#define TRADESTAT_CHART_H

#include <stddef.h>

enum chart_kind { CHART_LINE, CHART_BAR, CHART_STACKED, CHART_SCATTER };

/* What chart_*() return: done, bad data (exit 1), options that do not
 * fit the chart or the data (a usage error, exit 2). */
enum { CHART_OK = 0, CHART_BAD = 1, CHART_USAGE = 2 };

/* A table as read: a header and rows of cells. */
struct chart_table {
	char	**head;
	size_t	  nh;
	char	***rows;
	size_t	  nr;
	char	 *name;		/* the first file, for messages */
	char	**where;	/* per row: "FILE:LINE", for messages */
};

struct chart_opts {
	enum chart_kind	 kind;
	const char	*x, *y, *label;	/* columns, or NULL */
	const char	*series;	/* COLUMN,...: default every key
					 * column that varies */
	const char	*title, *subtitle, *xlabel, *ylabel, *caption;
	int		 w, h, log;
	long		 top;		/* bar: the N largest, 0 for all */
	const char	**marks;	/* line: PERIOD[:LABEL] */
	size_t		 nmarks;
	const char	*output;	/* the chart's name: its extension
					 * chooses the terminal (or NULL) */
	int		 setout;	/* and the script writes there */
	int		 sum;		/* add up rows of one x and series */
	int		 names;		/* country names, flow words */
	int		 aggregates;	/* rank WLD, EU27... with countries */
	long		 maxseries;	/* lines or stacks; 0: 12 */
	char		*note;		/* what the chart did to the data, */
	size_t		 notesz;	/* for the program to say (or NULL) */
};

/*
 * Read CSV files (paths; none: standard input) into t, whole: one header,
 * the same in every file, with no name twice, and rows as long as it.
 * delim as csvr_open() takes it.  CHART_OK, or CHART_BAD with the message
 * in err (errsz bytes).
 */
int	 chart_table_read(struct chart_table *t, char **paths, int npaths,
	    int delim, char *err, size_t errsz);
void	 chart_table_free(struct chart_table *t);

/*
 * The script of the chart of t, malloc'd, in *script (*len bytes, NUL
 * after them): CHART_OK.  Else CHART_BAD or CHART_USAGE, with the message
 * in err (a bad cell is named by file, line, column and value).
 */
int	 chart_script(const struct chart_table *t, const struct chart_opts *o,
	    char **script, size_t *len, char *err, size_t errsz);

/* 1 when the first n bytes of a chart, head (8 at most), begin as the
 * kind of file its name says does (PNG, SVG, PDF). */
int	 chart_is_image(const char *name, const unsigned char *head,
	    size_t n);

#endif
