/*
 * trade-plot - report-quality charts through a pipe to gnuplot
 *
 * usage: trade-plot KIND [options] [file...]
 *
 * KIND is line (time series, one line per series), bar (ranked values,
 * horizontal), stacked (shares over time) or scatter (two measures,
 * labelled points).  Reads CSV with a header (the output of any tradestat
 * program), starts gnuplot without a shell, and sends it the script with
 * the data inline.  Every text from the data or the options reaches
 * gnuplot quoted so that it cannot run a command (plot.c).
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "cli.h"
#include "num.h"
#include "period.h"
#include "plot.h"
#include "util.h"

extern char **environ;

enum {
	OPT_X = OPT_FIRST_PROGRAM, OPT_Y, OPT_SERIES, OPT_LABEL, OPT_SIZE,
	OPT_TITLE, OPT_SUBTITLE, OPT_XLABEL, OPT_YLABEL, OPT_LOG, OPT_MARK,
	OPT_CAPTION, OPT_SCRIPT, OPT_TOP
};

static const char usage[] =
    "usage: trade-plot KIND [options] [file...]\n"
    "Draw a chart of CSV data with gnuplot. KIND: line, bar, stacked or\n"
    "scatter. No file, or -, reads standard input.\n"
    "\n"
    "  -o, --output FILE     the chart: .png (default size 1200x700), .svg\n"
    "                        or .pdf\n"
    "      --size WxH        its size in pixels\n"
    "      --x COLUMN        the x values (default: period; scatter: the\n"
    "                        first --y)\n"
    "      --y COLUMNS       the values (default: value; stacked: share);\n"
    "                        several make several lines; COLUMN=LABEL\n"
    "                        names a line\n"
    "      --series COLUMN   one line (or stack) per value of COLUMN\n"
    "      --label COLUMN    bar and point labels (default: partner...)\n"
    "      --title T, --subtitle T, --xlabel T, --ylabel T\n"
    "      --caption T       the source line (default: the source column)\n"
    "      --log             a logarithmic value axis\n"
    "      --mark P[:LABEL]  line: a vertical line at period P (2022-02:war)\n"
    "      --top N           bar: the N largest (default 15)\n"
    "      --script          print the gnuplot script instead of running it\n"
    "  -d, --delimiter C     ',' ';' or 'tab' (default: sniffed)\n"
    "  -h, --help            this help\n"
    "      --version         the version\n";

enum kind { K_LINE, K_BAR, K_STACKED, K_SCATTER };

struct opts {
	enum kind	 kind;
	const char	*x, *y, *series, *label;
	const char	*title, *subtitle, *xlabel, *ylabel, *caption;
	int		 w, h, log, script;
	long		 top;
	const char	**marks;	/* --mark P[:LABEL], as given */
	int		 nmarks;
};

/* The input table, whole (charts are small). */
struct table {
	char	**head;
	size_t	  nh;
	char	***rows;
	size_t	  nr;
	char	 *name;		/* the first file, for messages */
	char	**where;	/* per row: "FILE:LINE" */
};

static struct cli c;

static long
col(const struct table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->nh; i++)
		if (strcmp(t->head[i], name) == 0)
			return (long)i;
	return -1;
}

static long
need_col(const struct table *t, const char *name, const char *opt)
{
	long k = col(t, name);
	size_t i, o = 0;
	char have[600] = "";

	if (k >= 0)
		return k;
	for (i = 0; i < t->nh && o + 40 < sizeof(have); i++)
		o += (size_t)snprintf(have + o, sizeof(have) - o, "%s%s",
		    i ? ", " : "", util_excerpt(t->head[i],
		    strlen(t->head[i])));
	cli_fail(&c, "%s: no column '%s' (%s); columns: %s", t->name,
	    util_excerpt(name, strlen(name)), opt, have);
}

static void
read_table(struct table *t, int argc, char **argv, int delim)
{
	size_t cap = 0;
	int fi;

	memset(t, 0, sizeof(*t));
	for (fi = 0; fi < argc || (fi == 0 && argc == 0); fi++) {
		const char *path = argc ? argv[fi] : "-", *err;
		struct csvr *r = csvr_open(path, delim, CSV_ENC_AUTO, &err);
		size_t i;
		int st;

		if (r == NULL)
			cli_fail(&c, "%s: %s", path, err);
		if ((st = csvr_next(r)) < 0)
			cli_fail(&c, "%s", csvr_error(r));
		if (st == 0)
			cli_fail(&c, "%s:1: empty file (no header line)",
			    csvr_name(r));
		if (t->head == NULL) {
			t->nh = csvr_nfields(r);
			t->head = xcalloc(t->nh, sizeof(char *));
			for (i = 0; i < t->nh; i++) {
				size_t j;

				t->head[i] = xstrdup(csvr_field(r, i));
				/* which 'value' would be drawn? refuse */
				for (j = 0; j < i; j++)
					if (strcmp(t->head[j], t->head[i]) == 0)
						cli_fail(&c, "%s:1: column '%s' "
						    "appears twice (columns %zu "
						    "and %zu)", csvr_name(r),
						    util_excerpt(t->head[i],
						    strlen(t->head[i])), j + 1,
						    i + 1);
			}
			t->name = xstrdup(csvr_name(r));
		} else {
			int same = csvr_nfields(r) == t->nh;

			for (i = 0; same && i < t->nh; i++)
				same = strcmp(t->head[i], csvr_field(r, i)) == 0;
			if (!same)
				cli_fail(&c, "%s:1: header differs from the "
				    "first file's", csvr_name(r));
		}
		while ((st = csvr_next(r)) == 1) {
			char **row;

			if (csvr_nfields(r) != t->nh)
				cli_fail(&c, "%s:%llu: ragged row: %zu fields "
				    "where the header has %zu", csvr_name(r),
				    (unsigned long long)csvr_line(r),
				    csvr_nfields(r), t->nh);
			if (t->nr == cap) {
				cap = cap ? 2 * cap : 256;
				t->rows = xrealloc(t->rows, cap * sizeof(*t->rows));
				t->where = xrealloc(t->where, cap *
				    sizeof(*t->where));
			}
			{
				char w[1100];

				snprintf(w, sizeof(w), "%s:%llu", csvr_name(r),
				    (unsigned long long)csvr_line(r));
				t->where[t->nr] = xstrdup(w);
			}
			row = xcalloc(t->nh, sizeof(char *));
			for (i = 0; i < t->nh; i++)
				row[i] = xstrdup(csvr_field(r, i));
			t->rows[t->nr++] = row;
		}
		if (st < 0)
			cli_fail(&c, "%s", csvr_error(r));
		csvr_close(r);
	}
}

/* A number of a cell, or a message naming it. */
static double
num(const struct table *t, size_t r, long k)
{
	const char *s = t->rows[r][k];
	double v;
	enum num_status st;

	if (*s == '\0')
		return NAN;
	st = num_parse(s, strlen(s), &v);
	if (st != NUM_OK)
		cli_fail(&c, "%s: column '%s': %s: '%s'", t->where[r],
		    t->head[k], num_strerror(st), util_excerpt(s, strlen(s)));
	return v;
}

/* distinct values of column k, in order of first appearance */
static size_t
distinct(const struct table *t, long k, char ***out)
{
	size_t i, j, n = 0;

	*out = NULL;
	if (k < 0)
		return 0;
	for (i = 0; i < t->nr; i++) {
		for (j = 0; j < n; j++)
			if (strcmp((*out)[j], t->rows[i][k]) == 0)
				break;
		if (j < n)
			continue;
		*out = xrealloc(*out, (n + 1) * sizeof(char *));
		(*out)[n++] = t->rows[i][k];
	}
	return n;
}

/*
 * The x values, read once: all periods (years as numbers, months as
 * "YYYY-MM" time data), or else all numbers.  The script gets them as we
 * write them from the parse, never as the cell's text.
 */
struct xinfo {
	int	 periods;	/* x is a period column */
	int	 monthly;
	double	 lo, hi;
	int	*per;		/* per row: the period, when periods */
	double	*val;		/* per row: the number, when not */
};

static void
x_kind(const struct table *t, long kx, struct xinfo *xi)
{
	size_t i;

	xi->periods = 1;
	xi->monthly = 0;
	xi->lo = INFINITY;
	xi->hi = -INFINITY;
	xi->per = xcalloc(t->nr + 1, sizeof(int));
	xi->val = xcalloc(t->nr + 1, sizeof(double));
	for (i = 0; i < t->nr; i++) {
		const char *s = t->rows[i][kx];

		if (*s == '\0')
			cli_fail(&c, "%s: column '%s': empty (want a period or "
			    "a number)", t->where[i], t->head[kx]);
		if (period_parse(s, strlen(s), &xi->per[i]) < 0)
			xi->periods = 0;
		else if (period_is_monthly(xi->per[i]))
			xi->monthly = 1;
	}
	if (!xi->periods)
		xi->monthly = 0;
	for (i = 0; i < t->nr; i++) {
		int p = xi->per[i];
		double v;

		if (xi->periods)
			v = period_year(p) + (period_month(p) ? (period_month(p)
			    - 1) / 12.0 : 0);
		else {
			const char *s = t->rows[i][kx];

			if (num_parse(s, strlen(s), &v) != NUM_OK || !isfinite(v))
				cli_fail(&c, "%s: column '%s': not a period "
				    "(such as 2023 or 2023-04) or a number: '%s'",
				    t->where[i], t->head[kx], util_excerpt(s,
				    strlen(s)));
		}
		xi->val[i] = v;
		if (v < xi->lo)
			xi->lo = v;
		if (v > xi->hi)
			xi->hi = v;
	}
}

static void
x_free(struct xinfo *xi)
{
	free(xi->per);
	free(xi->val);
}

/* the period of row r as the axis has it: a year at its January on a
 * monthly axis */
static int
x_period(const struct xinfo *xi, size_t r)
{
	int p = xi->per[r];

	return xi->monthly && !period_is_monthly(p) ? p + 1 : p;
}

/* the x of row r into buf (PERIOD_BUFSZ or more, 32 for a number) */
static const char *
x_text(const struct xinfo *xi, size_t r, char *buf, size_t size)
{
	if (!xi->periods)
		snprintf(buf, size, "%.15g", xi->val[r]);
	else if (xi->monthly)
		period_format(x_period(xi, r), buf);
	else
		snprintf(buf, size, "%d", period_year(xi->per[r]));
	return buf;
}

/* the index of a period x (months or years), LONG_MIN when not one */
static long
xindex(const struct xinfo *xi, size_t r)
{
	if (!xi->periods)
		return LONG_MIN;
	return period_index(x_period(xi, r));
}

/* a period option as an x position */
static void
put_xopt(FILE *fp, const char *s, size_t len, const struct xinfo *xi)
{
	int p;

	if (period_parse(s, len, &p) < 0)
		cli_fail(&c, "--mark: not a period: '%s'", util_excerpt(s,
		    len));
	if (xi->monthly) {
		char pb[PERIOD_BUFSZ];

		fprintf(fp, "'%s'", period_format(period_is_monthly(p) ? p :
		    p + 1, pb));
	} else
		fprintf(fp, "%.6g", period_year(p) + (period_month(p) ?
		    (period_month(p) - 1) / 12.0 : 0));
}

/*
 * The terminal, from the extension of -o's name (name), and with
 * setout the output by that name (--script: a script that writes it).
 */
static void
preamble(FILE *fp, const struct opts *o, const char *name, int setout,
    const char *cap)
{
	const char *ext = name ? strrchr(name, '.') : NULL;

	if (ext && strcmp(ext, ".svg") == 0)
		fprintf(fp, "set terminal svg noenhanced size %d,%d dynamic "
		    "font 'DejaVu Sans,11' background '#ffffff'\n", o->w, o->h);
	else if (ext && strcmp(ext, ".pdf") == 0)
		fprintf(fp, "set terminal pdfcairo noenhanced size %.2fin,"
		    "%.2fin font 'DejaVu Sans,9'\n", o->w / 100.0, o->h / 100.0);
	else
		fprintf(fp, "set terminal pngcairo noenhanced size %d,%d font "
		    "'DejaVu Sans,11' background '#ffffff'\n", o->w, o->h);
	if (name && setout) {
		fputs("set output ", fp);
		plot_quote(fp, name);
		fputc('\n', fp);
	}
	fputs("set encoding utf8\n"
	    "set border 3 lc rgb '#555555'\n"
	    "set tics nomirror out scale 0.6 textcolor rgb '#333333'\n"
	    "set grid ytics lc rgb '#e0e0e0' lw 1 dt 1\n"
	    "set key outside right top vertical Left reverse samplen 2 "
	    "spacing 1.2 textcolor rgb '#333333'\n"
	    "set bmargin 6\n"
	    "set tmargin 5\n", fp);
	if (o->title) {
		fputs("set title ", fp);
		plot_quote(fp, o->title);
		if (o->subtitle) {
			fputs(" . \"\\n\" . ", fp);
			plot_quote(fp, o->subtitle);
		}
		fputs(" font ',15' textcolor rgb '#222222'\n", fp);
	}
	if (o->xlabel) {
		fputs("set xlabel ", fp);
		plot_quote(fp, o->xlabel);
		fputc('\n', fp);
	}
	if (o->ylabel) {
		fputs("set ylabel ", fp);
		plot_quote(fp, o->ylabel);
		fputc('\n', fp);
	}
	if (cap && *cap) {
		fputs("set label 100 ", fp);
		plot_quote(fp, cap);
		fputs(" at screen 0.01, screen 0.025 left font ',9' textcolor "
		    "rgb '#666666'\n", fp);
	}
	if (o->log)
		fputs("set logscale y\n", fp);
}

/* the marks: dashed vertical lines with their labels */
static void
marks(FILE *fp, const struct opts *o, const struct xinfo *xi)
{
	int i;

	for (i = 0; i < o->nmarks; i++) {
		const char *m = o->marks[i], *colon = strchr(m, ':');
		size_t len = colon ? (size_t)(colon - m) : strlen(m);

		fprintf(fp, "set arrow %d from ", i + 1);
		put_xopt(fp, m, len, xi);
		fputs(", graph 0 to ", fp);
		put_xopt(fp, m, len, xi);
		fputs(", graph 1 nohead dt 2 lw 1.5 lc rgb '#555555' front\n",
		    fp);
		if (colon && colon[1]) {
			fprintf(fp, "set label %d ", i + 1);
			plot_quote(fp, colon + 1);
			fputs(" at ", fp);
			put_xopt(fp, m, len, xi);
			fputs(", graph 0.97 left offset character 0.5,0 font "
			    "',10' textcolor rgb '#444444' front\n", fp);
		}
	}
}

/*
 * The currency of the values: the one code of the currency column, or
 * NULL (none, or several).  A cell that is not a code (three capitals)
 * is an error: it would be a label of the axis.
 */
static const char *
currency_of(const struct table *t)
{
	long k = col(t, "currency");
	char **v;
	size_t n, i;
	const char *cur;

	for (i = 0; k >= 0 && i < t->nr; i++) {
		const char *s = t->rows[i][k];

		if (*s && !plot_is_currency(s))
			cli_fail(&c, "%s: column 'currency': not a currency "
			    "code (three capitals, such as USD): '%s'",
			    t->where[i], util_excerpt(s, strlen(s)));
	}
	n = distinct(t, k, &v);
	cur = n == 1 && *v[0] ? v[0] : NULL;
	free(v);
	return cur;
}

/* set format AXIS 'fmt' */
static void
put_format(FILE *fp, const char *axis, const char *fmt)
{
	fprintf(fp, "set format %s ", axis);
	plot_quote(fp, fmt);
	fputc('\n', fp);
}

#define CAPTION_MAX 160

/* "Source: A; B" from the source column (or --caption) */
static char *
caption(const struct table *t, const struct opts *o)
{
	long k = col(t, "source");
	char **v, buf[400];
	size_t n, i, off;

	if (o->caption)
		return xstrdup(o->caption);
	n = distinct(t, k, &v);
	off = (size_t)snprintf(buf, sizeof(buf), "Source: ");
	for (i = 0; i < n && off < CAPTION_MAX; i++)
		if (*v[i])
			off += (size_t)snprintf(buf + off, sizeof(buf) - off,
			    "%s%s", off > 8 ? "; " : "", v[i]);
	free(v);
	/* a line that fits under the chart: the rest is in the data */
	if (off > CAPTION_MAX) {
		size_t cut = CAPTION_MAX - 40;

		while (cut > 8 && ((unsigned char)buf[cut] & 0xc0) == 0x80)
			cut--;	/* not inside a character */
		snprintf(buf + cut, sizeof(buf) - cut, "... (%zu sources: see "
		    "the source column)", n);
	}
	return off > 8 ? xstrdup(buf) : NULL;
}

/* a column of --y: COLUMN[=LABEL] */
struct ycol {
	long	 k;
	char	*label;		/* in the legend: LABEL, or COLUMN */
};

/*
 * The y columns of --y: COLUMN[=LABEL],..., as many as given; a kind
 * that draws at most max of them says so rather than drop the rest.
 */
static size_t
ycols(const struct table *t, const char *spec, struct ycol **out,
    size_t max, const char *kind)
{
	const char *p;
	size_t n = 0;

	*out = NULL;
	for (p = spec; *p != '\0'; ) {
		size_t len = strcspn(p, ","), nl = strcspn(p, "=,");
		char *name = xmalloc(nl + 1);

		memcpy(name, p, nl);
		name[nl] = '\0';
		*out = xrealloc(*out, (n + 1) * sizeof(**out));
		(*out)[n].k = need_col(t, name, "--y");
		if (nl < len) {
			free(name);
			name = xmalloc(len - nl);
			memcpy(name, p + nl + 1, len - nl - 1);
			name[len - nl - 1] = '\0';
		}
		(*out)[n++].label = name;
		p += len;
		if (*p == ',')
			p++;
	}
	if (n == 0)
		cli_usage_fail("--y: no column in '%s'", util_excerpt(spec,
		    strlen(spec)));
	if (n > max)
		cli_usage_fail("--y: %s draws %zu column%s, not %zu: '%s'",
		    kind, max, max > 1 ? "s" : "", n, util_excerpt(spec,
		    strlen(spec)));
	return n;
}

static void
ycols_free(struct ycol *y, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(y[i].label);
	free(y);
}

/* concatenate a, b and c, in memory of the caller's */
static char *
join3(const char *a, const char *b, const char *c3)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c3);
	char *s = xmalloc(la + lb + lc + 1);

	memcpy(s, a, la);
	memcpy(s + la, b, lb);
	memcpy(s + la + lb, c3, lc + 1);
	return s;
}

static void
script_line(FILE *fp, const struct table *t, const struct opts *o)
{
	long kx = need_col(t, o->x ? o->x : "period", "--x"), ks;
	struct ycol *ky;
	size_t ny = ycols(t, o->y ? o->y : "value", &ky, SIZE_MAX, "line");
	size_t ns, s, j, i;
	char **sv = NULL;
	struct xinfo xi;
	struct plot_unit u;
	double maxabs = 0;
	int pct = plot_is_percent(t->head[ky[0].k]), np = 0;

	ks = o->series ? need_col(t, o->series, "--series") : -1;
	if (ks < 0 && o->series == NULL) {
		static const char *cands[] = { "partner", "reporter",
		    "product", "exporter", "importer", "flow", NULL };
		char **v;

		for (j = 0; cands[j] && ks < 0; j++) {
			long k = col(t, cands[j]);

			if (k >= 0 && distinct(t, k, &v) > 1)
				ks = k;
			if (k >= 0)
				free(v);
		}
	}
	ns = ks >= 0 ? distinct(t, ks, &sv) : 1;
	if (ks >= 0) {
		/* the largest series first: the strongest colours, the top
		 * of the legend */
		double *tot = xcalloc(ns, sizeof(double));

		for (i = 0; i < t->nr; i++)
			for (s = 0; s < ns; s++)
				if (strcmp(t->rows[i][ks], sv[s]) == 0) {
					double v = num(t, i, ky[0].k);

					if (!isnan(v))
						tot[s] += fabs(v);
				}
		for (s = 1; s < ns; s++)
			for (j = s; j > 0 && tot[j - 1] < tot[j]; j--) {
				double tv = tot[j];
				char *tn = sv[j];

				tot[j] = tot[j - 1], sv[j] = sv[j - 1];
				tot[j - 1] = tv, sv[j - 1] = tn;
			}
		free(tot);
	}
	x_kind(t, kx, &xi);
	for (i = 0; i < t->nr; i++)
		for (j = 0; j < ny; j++) {
			double v = num(t, i, ky[j].k);

			if (fabs(v) > maxabs)
				maxabs = fabs(v);
		}
	plot_unit(pct, currency_of(t), maxabs, &u);
	put_format(fp, "y", u.fmt);
	if (xi.monthly) {
		fputs("set xdata time\nset timefmt '%Y-%m'\n", fp);
		put_format(fp, "x", xi.hi - xi.lo < 2 ? "%b %Y" : "%Y");
		fputs("set xtics nomirror\n", fp);
	} else if (xi.periods)
		fprintf(fp, "set format x '%%.0f'\nset xtics %s\n"
		    "set xrange [%g:%g]\n", xi.hi - xi.lo <= 15 ? "1" : "auto",
		    xi.lo - 0.3, xi.hi + 0.3);
	if (!o->log)
		fputs("set yrange [0:*]\n", fp);
	marks(fp, o, &xi);
	/* a data block per line */
	for (s = 0; s < ns; s++)
		for (j = 0; j < ny; j++) {
			long prev = LONG_MIN;

			fprintf(fp, "$s%zu_%zu << EOD\n", s, j);
			for (i = 0; i < t->nr; i++) {
				char xb[32];
				double v;
				long at = xindex(&xi, i);

				if (ks >= 0 && strcmp(t->rows[i][ks], sv[s]))
					continue;
				v = num(t, i, ky[j].k);
				if (isnan(v))
					continue;
				/* a gap is a gap: a blank line breaks the line */
				if (prev != LONG_MIN && at != LONG_MIN &&
				    at > prev + 1)
					fputc('\n', fp);
				prev = at;
				fprintf(fp, "%s %.10g\n", x_text(&xi, i, xb,
				    sizeof(xb)), v / u.div);
			}
			fputs("EOD\n", fp);
		}
	/* without a key beside the plot, room for the last x label */
	if (ns * ny == 1)
		fputs("unset key\nset rmargin 6\n", fp);
	else {
		size_t longest = 0;

		for (s = 0; s < ns; s++)
			for (j = 0; j < ny; j++) {
				size_t l = (ks >= 0 ? strlen(sv[s]) + 1 : 0) +
				    (ny > 1 || ks < 0 ? strlen(ky[j].label) : 0);

				if (l > longest)
					longest = l;
			}
		/* long names: the legend below the plot, not beside it */
		if (longest > 20)
			fputs("set key at screen 0.5, screen 0.085 center "
			    "center horizontal maxrows 2 width 2\n"
			    "set bmargin 8\nset rmargin 6\n", fp);
	}
	fputs("plot ", fp);
	for (s = 0; s < ns; s++)
		for (j = 0; j < ny; j++) {
			char *title = join3(ks >= 0 ? sv[s] : "", ks >= 0 &&
			    ny > 1 ? " " : "", ny > 1 || ks < 0 ? ky[j].label :
			    "");

			fprintf(fp, "%s$s%zu_%zu using 1:2 with linespoints lw "
			    "2.5 pt 7 ps %s lc rgb '%s' title ", np ? ", \\\n  "
			    : "", s, j, xi.monthly ? "0.4" : "0.8",
			    plot_colour((size_t)np));
			plot_quote(fp, title);
			free(title);
			np++;
		}
	fputc('\n', fp);
	free(sv);
	x_free(&xi);
	ycols_free(ky, ny);
}

struct bar {
	const char	*label;
	double		 v;
};

static int
cmp_bar(const void *a, const void *b)
{
	const struct bar *x = a, *y = b;

	return x->v < y->v ? -1 : x->v > y->v;
}

static void
script_bar(FILE *fp, const struct table *t, const struct opts *o)
{
	static const char *cands[] = { "partner", "reporter", "product",
	    "exporter", "importer", "label", "name", NULL };
	long kl = -1;
	struct ycol *y;
	struct bar *b = xcalloc(t->nr + 1, sizeof(*b));
	struct plot_unit u;
	char lfmt[40], *d;
	size_t i, n = 0, first, ny;
	double maxabs = 0;
	long ky[1];

	ny = ycols(t, o->y ? o->y : "value", &y, 1, "bar");
	ky[0] = y[0].k;
	ycols_free(y, ny);
	if (o->label)
		kl = need_col(t, o->label, "--label");
	for (i = 0; cands[i] && kl < 0; i++)
		kl = col(t, cands[i]);
	if (kl < 0)
		cli_fail(&c, "%s: bar wants a label column (--label)", t->name);
	for (i = 0; i < t->nr; i++) {
		b[n].label = t->rows[i][kl];
		b[n].v = num(t, i, ky[0]);
		if (!isnan(b[n].v))
			n++;
	}
	qsort(b, n, sizeof(*b), cmp_bar);
	first = o->top > 0 && n > (size_t)o->top ? n - (size_t)o->top : 0;
	for (i = first; i < n; i++)
		if (fabs(b[i].v) > maxabs)
			maxabs = fabs(b[i].v);
	plot_unit(plot_is_percent(t->head[ky[0]]), currency_of(t), maxabs, &u);
	/* the value labels: one decimal more than the axis */
	snprintf(lfmt, sizeof(lfmt), "%s", u.fmt);
	if ((d = strstr(lfmt, "%.0f")) != NULL)
		d[2] = '1';
	fputs("$bars << EOD\n", fp);
	for (i = first; i < n; i++) {
		plot_datum(fp, b[i].label);
		fprintf(fp, " %.10g\n", b[i].v / u.div);
	}
	fputs("EOD\n", fp);
	put_format(fp, "x", u.fmt);
	fprintf(fp, "unset key\n"
	    "set rmargin 6\n"
	    "set grid noytics xtics\n"
	    "set border 1 lc rgb '#555555'\n"
	    "set ytics scale 0 font ',11'\n"
	    "set yrange [-0.6:%.1f]\n"
	    "set xrange [0:%.10g]\n"
	    "set style fill solid 0.9 noborder\n"
	    "plot $bars using (0.5*$2):0:(0.5*$2):(0.36):ytic(1) with "
	    "boxxyerror lc rgb '%s', \\\n"
	    "  $bars using 2:0:(sprintf(", (double)(n - first) - 0.4,
	    maxabs / u.div * 1.18 + 1e-9, plot_colour(0));
	plot_quote(fp, lfmt);
	fputs(", $2)) with labels left offset character 0.6,0 font ',10' "
	    "textcolor rgb '#333333'\n", fp);
	free(b);
}

#define MAXSTACK 7

static void
script_stacked(FILE *fp, const struct table *t, const struct opts *o)
{
	long kx = need_col(t, o->x ? o->x : "period", "--x"), ky[1], ks;
	char **xs, **sv, **xl;
	size_t nx, ns, i, j, s, *ord, nshow, ny;
	double *tot;
	struct ycol *y;
	struct xinfo xi;

	ny = ycols(t, o->y ? o->y : "share", &y, 1, "stacked");
	ky[0] = y[0].k;
	ycols_free(y, ny);
	ks = need_col(t, o->series ? o->series : "partner", "--series");
	/* the stacks' labels, from the periods or numbers read */
	x_kind(t, kx, &xi);
	xl = xcalloc(t->nr + 1, sizeof(char *));
	for (i = 0; i < t->nr; i++) {
		char xb[32];

		xl[i] = xstrdup(x_text(&xi, i, xb, sizeof(xb)));
	}
	x_free(&xi);
	nx = 0;
	xs = xcalloc(t->nr + 1, sizeof(char *));
	for (i = 0; i < t->nr; i++) {
		for (j = 0; j < nx; j++)
			if (strcmp(xs[j], xl[i]) == 0)
				break;
		if (j == nx)
			xs[nx++] = xl[i];
	}
	ns = distinct(t, ks, &sv);
	/* the stacks: largest overall first, 'other' last */
	tot = xcalloc(ns + 1, sizeof(double));
	ord = xcalloc(ns + 1, sizeof(size_t));
	for (i = 0; i < t->nr; i++)
		for (s = 0; s < ns; s++)
			if (strcmp(t->rows[i][ks], sv[s]) == 0) {
				double v = num(t, i, ky[0]);

				if (!isnan(v))
					tot[s] += v;
			}
	for (s = 0; s < ns; s++)
		ord[s] = s;
	for (s = 1; s < ns; s++)	/* insertion sort: few stacks */
		for (j = s; j > 0; j--) {
			size_t a = ord[j - 1], b = ord[j];
			int ao = strcmp(sv[a], "other") == 0;
			int bo = strcmp(sv[b], "other") == 0;

			if (ao > bo || (ao == bo && tot[a] < tot[b])) {
				ord[j - 1] = b;
				ord[j] = a;
			} else
				break;
		}
	/* at most MAXSTACK stacks of their own, the rest in 'other' (the
	 * palette has no more colours that one can tell apart) */
	nshow = ns;
	if (ns > MAXSTACK + 1 || (ns > MAXSTACK && strcmp(sv[ord[ns - 1]],
	    "other") != 0))
		nshow = MAXSTACK;
	fputs("$stack << EOD\n\"period\"", fp);
	for (s = 0; s < nshow; s++) {
		fputc(' ', fp);
		plot_datum(fp, sv[ord[s]]);
	}
	if (nshow < ns)
		fputs(" \"other\"", fp);
	fputc('\n', fp);
	for (j = 0; j < nx; j++) {
		plot_datum(fp, xs[j]);
		for (s = 0; s <= nshow && s < ns; s++) {
			double v = 0;
			size_t q;

			for (i = 0; i < t->nr; i++) {
				if (strcmp(xl[i], xs[j]) != 0)
					continue;
				for (q = s; q < (s < nshow ? s + 1 : ns); q++)
					if (strcmp(t->rows[i][ks], sv[ord[q]]) ==
					    0) {
						double x = num(t, i, ky[0]);

						if (!isnan(x))
							v += x;
					}
			}
			fprintf(fp, " %.10g", v * 100);
		}
		fputc('\n', fp);
	}
	fputs("EOD\n", fp);
	if (nshow < ns)
		ns = nshow + 1;
	fputs("colours = '", fp);
	for (s = 0; s < ns; s++)
		fprintf(fp, "%s%s", s ? " " : "", s == nshow ||
		    strcmp(sv[ord[s]], "other") == 0 ? "#BBBBBB" :
		    plot_colour(s));
	fputs("'\n", fp);
	put_format(fp, "y", "%.0f%%");
	fprintf(fp, "set yrange [0:100]\n"
	    "set style data histograms\n"
	    "set style histogram rowstacked\n"
	    "set style fill solid 0.92 border rgb '#ffffff'\n"
	    "set boxwidth 0.72\n"
	    "set xtics scale 0\n"
	    /* the legend reads top down as the stack does: other first */
	    "set key invert\n"
	    "plot for [i=2:%zu] $stack using i:xtic(1) title columnheader(i) "
	    "lc rgb word(colours, i-1)\n", ns + 1);
	for (i = 0; i < t->nr; i++)
		free(xl[i]);
	free(xl);
	free(xs);
	free(sv);
	free(tot);
	free(ord);
}

static void
script_scatter(FILE *fp, const struct table *t, const struct opts *o)
{
	static const char *cands[] = { "partner", "reporter", "product",
	    "exporter", "label", "name", NULL };
	long kl = -1, kx, kyy;
	struct ycol *y;
	size_t ny = ycols(t, o->y ? o->y : "value", &y, o->x ? 1 : 2,
	    o->x ? "scatter with --x" : "scatter"), i;
	struct plot_unit ux, uy;
	double mx = 0, my = 0;

	kx = o->x ? need_col(t, o->x, "--x") : y[0].k;
	kyy = o->x ? y[0].k : (ny > 1 ? y[1].k : -1);
	ycols_free(y, ny);
	if (kyy < 0)
		cli_fail(&c, "scatter wants two measures: --x COLUMN --y "
		    "COLUMN, or --y A,B");
	if (o->label)
		kl = need_col(t, o->label, "--label");
	for (i = 0; cands[i] && kl < 0; i++)
		kl = col(t, cands[i]);
	for (i = 0; i < t->nr; i++) {
		double a = num(t, i, kx), b = num(t, i, kyy);

		if (fabs(a) > mx)
			mx = fabs(a);
		if (fabs(b) > my)
			my = fabs(b);
	}
	plot_unit(plot_is_percent(t->head[kx]), currency_of(t), mx, &ux);
	plot_unit(plot_is_percent(t->head[kyy]), currency_of(t), my, &uy);
	fputs("$points << EOD\n", fp);
	for (i = 0; i < t->nr; i++) {
		double a = num(t, i, kx), b = num(t, i, kyy);

		if (isnan(a) || isnan(b))
			continue;
		plot_datum(fp, kl >= 0 ? t->rows[i][kl] : "");
		fprintf(fp, " %.10g %.10g\n", a / ux.div, b / uy.div);
	}
	fputs("EOD\n", fp);
	put_format(fp, "x", ux.fmt);
	put_format(fp, "y", uy.fmt);
	fputs("unset key\n"
	    "set rmargin 6\n"
	    "set grid xtics ytics\n"
	    "set offsets 0, graph 0.05, graph 0.08, 0\n", fp);
	if (!o->xlabel) {
		fputs("set xlabel ", fp);
		plot_quote(fp, t->head[kx]);
		fputc('\n', fp);
	}
	if (!o->ylabel) {
		fputs("set ylabel ", fp);
		plot_quote(fp, t->head[kyy]);
		fputc('\n', fp);
	}
	fprintf(fp, "plot $points using 2:3 with points pt 7 ps 1.3 lc rgb "
	    "'%s', \\\n  $points using 2:3:1 with labels offset character "
	    "0,0.9 font ',9' textcolor rgb '#333333'\n", plot_colour(0));
}

/* The environment for gnuplot: ours, in a UTF-8 locale (the script and
 * the names are UTF-8; under LC_ALL=C gnuplot cannot convert them). */
static char **
utf8_env(void)
{
	static char **env;
	size_t n = 0, k = 0, i;

	if (env)
		return env;
	while (environ[n])
		n++;
	env = xcalloc(n + 2, sizeof(char *));
	for (i = 0; i < n; i++)
		if (strncmp(environ[i], "LC_ALL=", 7) != 0)
			env[k++] = environ[i];
	env[k++] = "LC_ALL=C.UTF-8";
	env[k] = NULL;
	return env;
}

/*
 * Run gnuplot on the script, without a shell: the script into its
 * standard input, the chart from its standard output into out (so that
 * no file name reaches gnuplot, and every byte of the chart is written by
 * us, where a write error is seen).  Returns the bytes of the chart; its
 * first bytes are in head.
 */
static size_t
run_gnuplot(const char *script, size_t len, FILE *out, const char *name,
    unsigned char head[8])
{
	char *args[] = { "gnuplot", NULL };
	posix_spawn_file_actions_t fa;
	int in[2], ch[2], st, err;
	pid_t pid;
	size_t off = 0, got = 0;
	char buf[1 << 16];

	if (pipe(in) < 0 || pipe(ch) < 0)
		cli_fail(&c, "pipe: %s", strerror(errno));
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	posix_spawn_file_actions_adddup2(&fa, ch[1], 1);
	posix_spawn_file_actions_addclose(&fa, in[0]);
	posix_spawn_file_actions_addclose(&fa, in[1]);
	posix_spawn_file_actions_addclose(&fa, ch[0]);
	posix_spawn_file_actions_addclose(&fa, ch[1]);
	err = posix_spawnp(&pid, "gnuplot", &fa, NULL, args, utf8_env());
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	close(ch[1]);
	if (err == ENOENT)
		cli_fail(&c, "gnuplot is not on PATH: install it (Debian: "
		    "apt-get install gnuplot-nox), or use --script");
	if (err)
		cli_fail(&c, "cannot start gnuplot: %s", strerror(err));
	signal(SIGPIPE, SIG_IGN);
	/* the script in while the chart comes out: either may fill a pipe */
	fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
	if (len == 0)
		close(in[1]), in[1] = -1;
	for (;;) {
		struct pollfd pf[2] = {
			{ .fd = ch[0], .events = POLLIN },
			{ .fd = in[1], .events = POLLOUT }
		};
		ssize_t n;

		if (poll(pf, in[1] >= 0 ? 2 : 1, -1) < 0) {
			if (errno == EINTR)
				continue;
			cli_fail(&c, "poll: %s", strerror(errno));
		}
		if (in[1] >= 0 && pf[1].revents) {
			n = write(in[1], script + off, len - off);
			if (n > 0)
				off += (size_t)n;
			/* done, or gnuplot quit: its status says why */
			if (off == len || (n < 0 && errno != EAGAIN &&
			    errno != EINTR))
				close(in[1]), in[1] = -1;
		}
		if (pf[0].revents == 0)
			continue;
		n = read(ch[0], buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			cli_fail(&c, "reading gnuplot's output: %s",
			    strerror(errno));
		if (n == 0)
			break;
		if (got < 8)
			memcpy(head + got, buf, (size_t)n < 8 - got ?
			    (size_t)n : 8 - got);
		got += (size_t)n;
		if (fwrite(buf, 1, (size_t)n, out) != (size_t)n) {
			int e = errno;

			kill(pid, SIGTERM);
			waitpid(pid, &st, 0);
			cli_fail(&c, "%s: write error: %s", name, strerror(e));
		}
	}
	close(ch[0]);
	if (in[1] >= 0)
		close(in[1]);
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			cli_fail(&c, "waitpid: %s", strerror(errno));
	if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
		cli_fail(&c, "gnuplot failed (its message is above): no chart "
		    "written");
	return got;
}

/* 1 when the chart's first bytes are those of its kind of file */
static int
chart_signature(const char *name, const unsigned char *head, size_t n)
{
	const char *ext = strrchr(name, '.');

	if (strcmp(ext, ".pdf") == 0)
		return n >= 5 && memcmp(head, "%PDF-", 5) == 0;
	if (strcmp(ext, ".svg") == 0)
		return n >= 5 && (memcmp(head, "<?xml", 5) == 0 ||
		    memcmp(head, "<svg", 4) == 0);
	return n >= 8 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "delimiter", required_argument, NULL, 'd' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ "x", required_argument, NULL, OPT_X },
		{ "y", required_argument, NULL, OPT_Y },
		{ "series", required_argument, NULL, OPT_SERIES },
		{ "label", required_argument, NULL, OPT_LABEL },
		{ "size", required_argument, NULL, OPT_SIZE },
		{ "title", required_argument, NULL, OPT_TITLE },
		{ "subtitle", required_argument, NULL, OPT_SUBTITLE },
		{ "xlabel", required_argument, NULL, OPT_XLABEL },
		{ "ylabel", required_argument, NULL, OPT_YLABEL },
		{ "caption", required_argument, NULL, OPT_CAPTION },
		{ "log", no_argument, NULL, OPT_LOG },
		{ "mark", required_argument, NULL, OPT_MARK },
		{ "top", required_argument, NULL, OPT_TOP },
		{ "script", no_argument, NULL, OPT_SCRIPT },
		{ NULL, 0, NULL, 0 }
	};
	struct opts o;
	struct table t;
	const char *kind;
	char *buf = NULL, *cap;
	size_t len = 0, i, j;
	FILE *fp;
	int opt;

	memset(&o, 0, sizeof(o));
	o.w = 1200;
	o.h = 700;
	o.top = 15;
	cli_init(&c, argv[0]);
	while ((opt = getopt_long(argc, argv, "d:o:h", longopts, NULL)) != -1) {
		switch (opt) {
		case 'h':
			fputs(usage, stdout);
			return 0;
		case OPT_X: o.x = optarg; continue;
		case OPT_Y: o.y = optarg; continue;
		case OPT_SERIES: o.series = optarg; continue;
		case OPT_LABEL: o.label = optarg; continue;
		case OPT_TITLE: o.title = optarg; continue;
		case OPT_SUBTITLE: o.subtitle = optarg; continue;
		case OPT_XLABEL: o.xlabel = optarg; continue;
		case OPT_YLABEL: o.ylabel = optarg; continue;
		case OPT_CAPTION: o.caption = optarg; continue;
		case OPT_LOG: o.log = 1; continue;
		case OPT_SCRIPT: o.script = 1; continue;
		case OPT_SIZE:
			if (sscanf(optarg, "%dx%d", &o.w, &o.h) != 2 ||
			    o.w < 100 || o.h < 100 || o.w > 10000 || o.h > 10000)
				cli_bad_arg(usage, "--size", optarg,
				    "want WIDTHxHEIGHT in pixels, such as 1200x700");
			continue;
		case OPT_TOP:
			o.top = cli_count("--top", optarg);
			continue;
		case OPT_MARK:
			{
				size_t plen = strcspn(optarg, ":");
				int p;

				if (period_parse(optarg, plen, &p) < 0)
					cli_bad_arg(usage, "--mark", optarg,
					    "want PERIOD[:LABEL], such as "
					    "2022-02:invasion");
			}
			o.marks = xrealloc(o.marks, ((size_t)o.nmarks + 1) *
			    sizeof(*o.marks));
			o.marks[o.nmarks++] = optarg;
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		fputs(usage, stderr);
		return 2;
	}
	if (optind >= argc) {
		util_warn("no KIND (line, bar, stacked or scatter)");
		fputs(usage, stderr);
		return 2;
	}
	kind = argv[optind++];
	if (strcmp(kind, "line") == 0)
		o.kind = K_LINE;
	else if (strcmp(kind, "bar") == 0)
		o.kind = K_BAR;
	else if (strcmp(kind, "stacked") == 0)
		o.kind = K_STACKED;
	else if (strcmp(kind, "scatter") == 0)
		o.kind = K_SCATTER;
	else
		cli_bad_arg(usage, "KIND", kind, "want line, bar, stacked or "
		    "scatter");
	if (c.output) {
		const char *ext = strrchr(c.output, '.');

		if (ext == NULL || (strcmp(ext, ".png") && strcmp(ext, ".svg")
		    && strcmp(ext, ".pdf")))
			cli_bad_arg(usage, "-o", c.output, "want a .png, .svg "
			    "or .pdf file");
		/* a script names it in a gnuplot string, which holds no
		 * line break and no quote (running, gnuplot never sees it) */
		for (i = 0; o.script && c.output[i]; i++)
			if ((unsigned char)c.output[i] < 0x20 ||
			    c.output[i] == 0x7f || c.output[i] == '\'')
				cli_bad_arg(usage, "-o", c.output, "a name with "
				    "a quote or a control character cannot go "
				    "into a script");
	} else if (!o.script) {
		util_warn("-o FILE.png (or .svg, .pdf) is required, or "
		    "--script");
		fputs(usage, stderr);
		return 2;
	}
	if (o.nmarks && o.kind != K_LINE)
		cli_usage_fail("--mark: only a line chart has marks");
	read_table(&t, argc - optind, argv + optind, c.topts.delim);
	if (t.nr == 0)
		cli_fail(&c, "%s: no rows to draw", t.name);
	fp = open_memstream(&buf, &len);
	if (fp == NULL)
		cli_fail(&c, "out of memory");
	cap = caption(&t, &o);
	preamble(fp, &o, c.output, o.script, cap);
	free(cap);
	switch (o.kind) {
	case K_LINE:
		script_line(fp, &t, &o);
		break;
	case K_BAR:
		script_bar(fp, &t, &o);
		break;
	case K_STACKED:
		script_stacked(fp, &t, &o);
		break;
	case K_SCATTER:
		script_scatter(fp, &t, &o);
		break;
	}
	fputs("unset output\n", fp);
	if (fclose(fp) != 0 || buf == NULL)
		cli_fail(&c, "out of memory");
	if (o.script) {
		fwrite(buf, 1, len, stdout);
		if (fflush(stdout) != 0 || ferror(stdout))
			cli_fail(&c, "standard output: write error");
	} else {
		unsigned char head[8];
		size_t n;

		/* the chart goes to the temporary beside -o; it replaces
		 * FILE only when gnuplot succeeded, wrote a chart of the
		 * kind asked for, and all of it reached the disk */
		cli_open_output(&c);
		n = run_gnuplot(buf, len, c.out, c.output, head);
		if (n == 0)
			cli_fail(&c, "gnuplot wrote no chart: %s left as it was",
			    c.output);
		if (!chart_signature(c.output, head, n))
			cli_fail(&c, "gnuplot wrote something that is not a "
			    "%s file: %s left as it was", strrchr(c.output,
			    '.') + 1, c.output);
	}
	free(buf);
	free(o.marks);
	for (i = 0; i < t.nr; i++) {
		for (j = 0; j < t.nh; j++)
			free(t.rows[i][j]);
		free(t.rows[i]);
		free(t.where[i]);
	}
	free(t.rows);
	free(t.where);
	for (j = 0; j < t.nh; j++)
		free(t.head[j]);
	free(t.head);
	free(t.name);
	return o.script ? 0 : cli_finish(&c);
}
