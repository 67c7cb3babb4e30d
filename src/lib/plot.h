/*
 * plot.h - what trade-plot needs to speak to gnuplot safely and to label
 * axes as a statistics office would.
 */
#ifndef TRADESTAT_PLOT_H
#define TRADESTAT_PLOT_H

#include <stddef.h>
#include <stdio.h>

/*
 * Write s as a gnuplot single-quoted string: gnuplot performs no
 * backquote (shell) substitution, no macro expansion and no backslash
 * processing inside single quotes.  No quote goes inside: an apostrophe
 * becomes U+2019 (gnuplot's doubled quote is not read as one in every
 * place).  Control characters (a newline would end the command) become
 * spaces.  This and plot_datum() are the only ways text reaches gnuplot.
 */
void	 plot_quote(FILE *fp, const char *s);

/*
 * s as a field of an inline data block: in double quotes, with double
 * quotes turned into single ones and control characters into spaces
 * (data blocks are read verbatim: no substitution happens there).
 */
void	 plot_datum(FILE *fp, const char *s);

/*
 * The axis unit of a measure: the divisor of its values and a gnuplot
 * format for its tick labels: "$%.0f bn" (USD 2.4e11), "€%.1f bn",
 * "%.0f%%" for a share (values times 100).  percent: the values are
 * fractions; currency: ISO 4217 code or NULL; maxabs: the largest |value|.
 * The format holds no byte of currency but a code's three capitals (it
 * goes to gnuplot's gprintf: a '%' or a quote from data must not), so a
 * currency that is not a code is left out and plot_unit() returns -1;
 * else 0.
 */
struct plot_unit {
	double	 div;		/* value / div is what the axis shows */
	char	 fmt[32];	/* for set format and sprintf */
	char	 label[32];	/* "USD bn", "%" */
};
int	 plot_unit(int percent, const char *currency, double maxabs,
	    struct plot_unit *u);

/* 1 when s has the shape of an ISO 4217 code: three capitals A-Z. */
int	 plot_is_currency(const char *s);

/* 1 when a column name is a fraction to show in percent (share, yoy...). */
int	 plot_is_percent(const char *column);

/* The colour-blind-safe palette (Okabe and Ito, 2008; then Tol's muted),
 * twelve colours, as "#rrggbb". */
const char *plot_colour(size_t i);

/* a script longer than this goes to gnuplot through a temporary file
 * (a few thousand points: gnuplot reads a pipe a byte at a time) */
#define PLOT_PIPE_MAX	(64 * 1024)

/*
 * Run gnuplot from PATH, without a shell, in a UTF-8 locale: the script
 * (len bytes) into its standard input, or when longer than PLOT_PIPE_MAX
 * through a temporary file it loads (removed after), and the chart from
 * its standard output into out, so that no file name of the user's
 * reaches gnuplot and every byte of the chart is written here, where a
 * write error is seen.  0 when gnuplot exited 0: *n bytes written, the
 * first (8 at most) in head, and what gnuplot said on its standard error
 * in warn (warnsz bytes; empty when nothing but the warnings expected of
 * our charts).  -1 with the message in err: gnuplot is not on PATH or did
 * not start, failed (with what it said), took more than timeout seconds
 * (it is killed), or out (name, for the message) could not be written.
 * The caller ignores SIGPIPE.
 */
int	 plot_run(const char *script, size_t len, FILE *out, const char *name,
	    long timeout, unsigned char head[8], size_t *n, char *warn,
	    size_t warnsz, char *err, size_t errsz);

#endif
