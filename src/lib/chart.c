/*
 * chart.c - gnuplot scripts of charts of a table (see chart.h).
 *
 * Each kind checks first what it needs (its columns, every number it
 * draws, its x values, the currency) and only then writes, so that no
 * error leaves half a script: the writing cannot fail.
 */
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "csvio.h"
#include "num.h"
#include "period.h"
#include "plot.h"
#include "util.h"

/* at most this many stacks of their own, the rest in 'other' (the
 * palette has no more colours that one can tell apart) */
#define MAXSTACK	7
/* the source line under the chart, in bytes */
#define CAPTION_MAX	160

/* one call of chart_script(): the table, the options, the numbers read */
struct cx {
	const struct chart_table *t;
	const struct chart_opts	 *o;
	double			**val;	/* per column, once read: NAN empty */
	char			 *err;
	size_t			  errsz;
};

static int bad(char *err, size_t errsz, int code, const char *fmt, ...)
	    __attribute__((format(printf, 4, 5)));

static int
bad(char *err, size_t errsz, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errsz, fmt, ap);
	va_end(ap);
	return code;
}

#define FAIL(x, code, ...)	bad((x)->err, (x)->errsz, (code), __VA_ARGS__)

static const char *
ex(const char *s)
{
	return util_excerpt(s, strlen(s));
}

/* "FILE:LINE", malloc'd */
static char *
where(const char *name, uint64_t line)
{
	size_t n = strlen(name) + 24;
	char *w = xmalloc(n);

	snprintf(w, n, "%s:%llu", name, (unsigned long long)line);
	return w;
}

static int
read_one(struct chart_table *t, const char *path, int delim, size_t *cap,
    char *err, size_t errsz)
{
	const char *why;
	struct csvr *r = csvr_open(path, delim, CSV_ENC_AUTO, &why);
	size_t i, j;
	int st, rc = CHART_BAD;

	if (r == NULL)
		return bad(err, errsz, CHART_BAD, "%s: %s", path, why);
	if ((st = csvr_next(r)) < 0) {
		bad(err, errsz, CHART_BAD, "%s", csvr_error(r));
		goto out;
	}
	if (st == 0) {
		bad(err, errsz, CHART_BAD, "%s:1: empty file (no header line)",
		    csvr_name(r));
		goto out;
	}
	if (t->head == NULL) {
		t->head = xcalloc(csvr_nfields(r), sizeof(char *));
		for (i = 0; i < csvr_nfields(r); i++) {
			t->head[i] = xstrdup(csvr_field(r, i));
			t->nh++;
			/* which 'value' would be drawn? refuse */
			for (j = 0; j < i; j++)
				if (strcmp(t->head[j], t->head[i]) == 0) {
					bad(err, errsz, CHART_BAD, "%s:1: column "
					    "'%s' appears twice (columns %zu and "
					    "%zu)", csvr_name(r), ex(t->head[i]),
					    j + 1, i + 1);
					goto out;
				}
		}
		t->name = xstrdup(csvr_name(r));
	} else {
		int same = csvr_nfields(r) == t->nh;

		for (i = 0; same && i < t->nh; i++)
			same = strcmp(t->head[i], csvr_field(r, i)) == 0;
		if (!same) {
			bad(err, errsz, CHART_BAD, "%s:1: header differs from "
			    "the first file's", csvr_name(r));
			goto out;
		}
	}
	while ((st = csvr_next(r)) == 1) {
		char **row;

		if (csvr_nfields(r) != t->nh) {
			bad(err, errsz, CHART_BAD, "%s:%llu: ragged row: %zu "
			    "fields where the header has %zu", csvr_name(r),
			    (unsigned long long)csvr_line(r), csvr_nfields(r),
			    t->nh);
			goto out;
		}
		if (t->nr == *cap) {
			*cap = *cap ? 2 * *cap : 256;
			t->rows = xrealloc(t->rows, *cap * sizeof(*t->rows));
			t->where = xrealloc(t->where, *cap * sizeof(*t->where));
		}
		row = xcalloc(t->nh, sizeof(char *));
		for (i = 0; i < t->nh; i++)
			row[i] = xstrdup(csvr_field(r, i));
		t->where[t->nr] = where(csvr_name(r), csvr_line(r));
		t->rows[t->nr++] = row;
	}
	if (st < 0)
		bad(err, errsz, CHART_BAD, "%s", csvr_error(r));
	else
		rc = CHART_OK;
out:
	csvr_close(r);
	return rc;
}

int
chart_table_read(struct chart_table *t, char **paths, int npaths, int delim,
    char *err, size_t errsz)
{
	size_t cap = 0;
	int i, rc;

	memset(t, 0, sizeof(*t));
	for (i = 0; i < npaths || (i == 0 && npaths == 0); i++)
		if ((rc = read_one(t, npaths ? paths[i] : "-", delim, &cap,
		    err, errsz)) != CHART_OK)
			return rc;
	return CHART_OK;
}

void
chart_table_free(struct chart_table *t)
{
	size_t i, j;

	for (i = 0; i < t->nr; i++) {
		for (j = 0; j < t->nh; j++)
			free(t->rows[i][j]);
		free(t->rows[i]);
		free(t->where[i]);
	}
	free(t->rows);
	free(t->where);
	for (j = 0; j < t->nh; j++)
		free(t->head[j]);
	free(t->head);
	free(t->name);
	memset(t, 0, sizeof(*t));
}

static long
col(const struct chart_table *t, const char *name)
{
	size_t i;

	for (i = 0; i < t->nh; i++)
		if (strcmp(t->head[i], name) == 0)
			return (long)i;
	return -1;
}

/* the column name (of option opt) in *k, or a message with the columns */
static int
need_col(struct cx *x, const char *name, const char *opt, long *k)
{
	const struct chart_table *t = x->t;
	size_t i, o = 0;
	char have[600] = "";

	if ((*k = col(t, name)) >= 0)
		return CHART_OK;
	for (i = 0; i < t->nh && o + 40 < sizeof(have); i++)
		o += (size_t)snprintf(have + o, sizeof(have) - o, "%s%s",
		    i ? ", " : "", ex(t->head[i]));
	return FAIL(x, CHART_BAD, "%s: no column '%s' (%s); columns: %s",
	    t->name, ex(name), opt, have);
}

/* the numbers of column k, read once (an empty cell is NAN) */
static int
numbers(struct cx *x, long k)
{
	const struct chart_table *t = x->t;
	size_t i;

	if (x->val[k] != NULL)
		return CHART_OK;
	x->val[k] = xcalloc(t->nr + 1, sizeof(double));
	for (i = 0; i < t->nr; i++) {
		const char *s = t->rows[i][k];
		enum num_status st;

		if (*s == '\0') {
			x->val[k][i] = NAN;
			continue;
		}
		st = num_parse(s, strlen(s), &x->val[k][i]);
		if (st != NUM_OK)
			return FAIL(x, CHART_BAD, "%s: column '%s': %s: '%s'",
			    t->where[i], t->head[k], num_strerror(st), ex(s));
	}
	return CHART_OK;
}

static double
num(const struct cx *x, size_t r, long k)
{
	return x->val[k][r];
}

/* distinct values of column k, in order of first appearance */
static size_t
distinct(const struct chart_table *t, long k, char ***out)
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
 * "YYYY-MM" time data), or else all numbers.  The script gets them as
 * written from the parse, never as the cell's text.
 */
struct xinfo {
	int	 periods;	/* x is a period column */
	int	 monthly;
	double	 lo, hi;
	int	*per;		/* per row: the period, when periods */
	double	*val;		/* per row: its place on the axis */
};

static void
x_free(struct xinfo *xi)
{
	free(xi->per);
	free(xi->val);
	xi->per = NULL;
	xi->val = NULL;
}

static int
x_read(struct cx *x, long kx, struct xinfo *xi)
{
	const struct chart_table *t = x->t;
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
			return FAIL(x, CHART_BAD, "%s: column '%s': empty "
			    "(want a period or a number)", t->where[i],
			    t->head[kx]);
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
				return FAIL(x, CHART_BAD, "%s: column '%s': not "
				    "a period (such as 2023 or 2023-04) or a "
				    "number: '%s'", t->where[i], t->head[kx],
				    ex(s));
		}
		xi->val[i] = v;
		if (v < xi->lo)
			xi->lo = v;
		if (v > xi->hi)
			xi->hi = v;
	}
	return CHART_OK;
}

/* the period of row r as the axis has it: a year at its January on a
 * monthly axis */
static int
x_period(const struct xinfo *xi, size_t r)
{
	int p = xi->per[r];

	return xi->monthly && !period_is_monthly(p) ? p + 1 : p;
}

/* the x of row r into buf (32 bytes or more) */
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
x_index(const struct xinfo *xi, size_t r)
{
	if (!xi->periods)
		return LONG_MIN;
	return period_index(x_period(xi, r));
}

/*
 * The currency of the values in *cur: the one code of the currency
 * column, or NULL (none, or several).  A cell that is not a code (three
 * capitals) is an error: it would be a label of the axis.
 */
static int
currency(struct cx *x, const char **cur)
{
	const struct chart_table *t = x->t;
	long k = col(t, "currency");
	char **v;
	size_t n, i;

	for (i = 0; k >= 0 && i < t->nr; i++) {
		const char *s = t->rows[i][k];

		if (*s && !plot_is_currency(s))
			return FAIL(x, CHART_BAD, "%s: column 'currency': not "
			    "a currency code (three capitals, such as USD): "
			    "'%s'", t->where[i], ex(s));
	}
	n = distinct(t, k, &v);
	*cur = n == 1 && *v[0] ? v[0] : NULL;
	free(v);
	return CHART_OK;
}

/* "Source: A; B" from the source column (or --caption); NULL for none */
static char *
caption(const struct chart_table *t, const struct chart_opts *o)
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

static void
ycols_free(struct ycol *y, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		free(y[i].label);
	free(y);
}

/*
 * The y columns of --y (spec, or def): COLUMN[=LABEL],..., as many as
 * given, with their numbers read; a kind that draws at most max of them
 * says so rather than drop the rest.
 */
static int
ycols(struct cx *x, const char *def, size_t max, const char *kind,
    struct ycol **out, size_t *np)
{
	const char *spec = x->o->y ? x->o->y : def, *p;
	size_t n = 0, i;
	int rc;

	*out = NULL;
	*np = 0;
	for (p = spec; *p != '\0'; ) {
		size_t len = strcspn(p, ","), nl = strcspn(p, "=,");
		char *name = xmalloc(nl + 1);

		memcpy(name, p, nl);
		name[nl] = '\0';
		*out = xrealloc(*out, (n + 1) * sizeof(**out));
		(*out)[n].label = name;
		if ((rc = need_col(x, name, "--y", &(*out)[n].k)) != CHART_OK) {
			ycols_free(*out, n + 1);
			*out = NULL;
			*np = 0;
			return rc;
		}
		if (nl < len) {
			free(name);
			name = xmalloc(len - nl);
			memcpy(name, p + nl + 1, len - nl - 1);
			name[len - nl - 1] = '\0';
			(*out)[n].label = name;
		}
		n++;
		p += len;
		if (*p == ',')
			p++;
	}
	*np = n;
	if (n == 0)
		rc = FAIL(x, CHART_USAGE, "--y: no column in '%s'", ex(spec));
	else if (n > max)
		rc = FAIL(x, CHART_USAGE, "--y: %s draws %zu column%s, not "
		    "%zu: '%s'", kind, max, max > 1 ? "s" : "", n, ex(spec));
	for (i = 0; rc == CHART_OK && i < n; i++)
		rc = numbers(x, (*out)[i].k);
	if (rc != CHART_OK) {
		ycols_free(*out, n);
		*out = NULL;
		*np = 0;
	}
	return rc;
}

/* a, b and c one after the other, malloc'd */
static char *
join3(const char *a, const char *b, const char *c)
{
	size_t la = strlen(a), lb = strlen(b), lc = strlen(c);
	char *s = xmalloc(la + lb + lc + 1);

	memcpy(s, a, la);
	memcpy(s + la, b, lb);
	memcpy(s + la + lb, c, lc + 1);
	return s;
}

/* set format AXIS 'fmt' */
static void
put_format(FILE *fp, const char *axis, const char *fmt)
{
	fprintf(fp, "set format %s ", axis);
	plot_quote(fp, fmt);
	fputc('\n', fp);
}

/*
 * The terminal, from the extension of the chart's name, and with setout
 * the output by that name; the texts of the options and the caption.
 */
static void
preamble(FILE *fp, const struct chart_opts *o, const char *cap)
{
	const char *ext = o->output ? strrchr(o->output, '.') : NULL;

	if (ext && strcmp(ext, ".svg") == 0)
		fprintf(fp, "set terminal svg noenhanced size %d,%d dynamic "
		    "font 'DejaVu Sans,11' background '#ffffff'\n", o->w, o->h);
	else if (ext && strcmp(ext, ".pdf") == 0)
		fprintf(fp, "set terminal pdfcairo noenhanced size %.2fin,"
		    "%.2fin font 'DejaVu Sans,9'\n", o->w / 100.0, o->h / 100.0);
	else
		fprintf(fp, "set terminal pngcairo noenhanced size %d,%d font "
		    "'DejaVu Sans,11' background '#ffffff'\n", o->w, o->h);
	if (o->output && o->setout) {
		fputs("set output ", fp);
		plot_quote(fp, o->output);
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

/* the marks' periods in *per, or a usage error */
static int
mark_periods(struct cx *x, int **per)
{
	const struct chart_opts *o = x->o;
	size_t i;

	*per = xcalloc(o->nmarks + 1, sizeof(int));
	for (i = 0; i < o->nmarks; i++) {
		const char *m = o->marks[i];
		size_t len = strcspn(m, ":");

		if (period_parse(m, len, &(*per)[i]) < 0)
			return FAIL(x, CHART_USAGE, "--mark: not a period: "
			    "'%s'", util_excerpt(m, len));
	}
	return CHART_OK;
}

/* a period as an x position */
static void
put_xperiod(FILE *fp, int p, const struct xinfo *xi)
{
	if (xi->monthly) {
		char pb[PERIOD_BUFSZ];

		fprintf(fp, "'%s'", period_format(period_is_monthly(p) ? p :
		    p + 1, pb));
	} else
		fprintf(fp, "%.6g", period_year(p) + (period_month(p) ?
		    (period_month(p) - 1) / 12.0 : 0));
}

/* the marks: dashed vertical lines with their labels */
static void
marks(FILE *fp, const struct chart_opts *o, const int *per,
    const struct xinfo *xi)
{
	size_t i;

	for (i = 0; i < o->nmarks; i++) {
		const char *colon = strchr(o->marks[i], ':');

		fprintf(fp, "set arrow %zu from ", i + 1);
		put_xperiod(fp, per[i], xi);
		fputs(", graph 0 to ", fp);
		put_xperiod(fp, per[i], xi);
		fputs(", graph 1 nohead dt 2 lw 1.5 lc rgb '#555555' front\n",
		    fp);
		if (colon && colon[1]) {
			fprintf(fp, "set label %zu ", i + 1);
			plot_quote(fp, colon + 1);
			fputs(" at ", fp);
			put_xperiod(fp, per[i], xi);
			fputs(", graph 0.97 left offset character 0.5,0 font "
			    "',10' textcolor rgb '#444444' front\n", fp);
		}
	}
}

/* line: the series column, given or the first candidate that varies */
static int
series_col(struct cx *x, long *ks)
{
	static const char *cands[] = { "partner", "reporter", "product",
	    "exporter", "importer", "flow", NULL };
	size_t j;

	*ks = -1;
	if (x->o->series)
		return need_col(x, x->o->series, "--series", ks);
	for (j = 0; cands[j] && *ks < 0; j++) {
		long k = col(x->t, cands[j]);
		char **v;

		if (k >= 0 && distinct(x->t, k, &v) > 1)
			*ks = k;
		if (k >= 0)
			free(v);
	}
	return CHART_OK;
}

static int
script_line(struct cx *x, FILE *fp)
{
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	struct ycol *ky = NULL;
	struct xinfo xi = { 0 };
	struct plot_unit u;
	const char *cur;
	char **sv = NULL;
	int *mp = NULL, np = 0, rc;
	long kx, ks;
	size_t ny = 0, ns, s, j, i;
	double maxabs = 0, minv = 0, maxv = 0;

	if ((rc = need_col(x, o->x ? o->x : "period", "--x", &kx)) != 0 ||
	    (rc = ycols(x, "value", SIZE_MAX, "line", &ky, &ny)) != 0 ||
	    (rc = series_col(x, &ks)) != 0 ||
	    (rc = x_read(x, kx, &xi)) != 0 ||
	    (rc = currency(x, &cur)) != 0 ||
	    (rc = mark_periods(x, &mp)) != 0)
		goto out;
	ns = ks >= 0 ? distinct(t, ks, &sv) : 1;
	if (ks >= 0) {
		/* the largest series first: the strongest colours, the top
		 * of the legend */
		double *tot = xcalloc(ns, sizeof(double));

		for (i = 0; i < t->nr; i++)
			for (s = 0; s < ns; s++)
				if (strcmp(t->rows[i][ks], sv[s]) == 0) {
					double v = num(x, i, ky[0].k);

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
	for (i = 0; i < t->nr; i++)
		for (j = 0; j < ny; j++) {
			double v = num(x, i, ky[j].k);

			if (fabs(v) > maxabs)
				maxabs = fabs(v);
			if (v < minv)
				minv = v;
			if (v > maxv)
				maxv = v;
		}
	plot_unit(plot_is_percent(t->head[ky[0].k]), cur, maxabs, &u);
	put_format(fp, "y", u.fmt);
	if (xi.monthly) {
		fputs("set xdata time\nset timefmt '%Y-%m'\n", fp);
		put_format(fp, "x", xi.hi - xi.lo < 2 ? "%b %Y" : "%Y");
		fputs("set xtics nomirror\n", fp);
	} else if (xi.periods)
		fprintf(fp, "set format x '%%.0f'\nset xtics %s\n"
		    "set xrange [%g:%g]\n", xi.hi - xi.lo <= 15 ? "1" : "auto",
		    xi.lo - 0.3, xi.hi + 0.3);
	/* the range holds every value: from 0 when none is below it, to 0
	 * when none is above it, and a zero line when they cross it */
	if (!o->log && minv >= 0)
		fputs("set yrange [0:*]\n", fp);
	else if (!o->log && maxv <= 0)
		fputs("set yrange [*:0]\n", fp);
	else if (!o->log)
		fputs("set yrange [*:*]\n"
		    "set xzeroaxis lt 1 lw 1 lc rgb '#555555'\n", fp);
	marks(fp, o, mp, &xi);
	/* a data block per line */
	for (s = 0; s < ns; s++)
		for (j = 0; j < ny; j++) {
			long prev = LONG_MIN;

			fprintf(fp, "$s%zu_%zu << EOD\n", s, j);
			for (i = 0; i < t->nr; i++) {
				char xb[32];
				double v;
				long at = x_index(&xi, i);

				if (ks >= 0 && strcmp(t->rows[i][ks], sv[s]))
					continue;
				v = num(x, i, ky[j].k);
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
out:
	free(sv);
	free(mp);
	x_free(&xi);
	ycols_free(ky, ny);
	return rc;
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

/* bar and scatter: the label column, given or the first candidate */
static int
label_col(struct cx *x, const char *const *cands, long *kl)
{
	size_t i;

	*kl = -1;
	if (x->o->label)
		return need_col(x, x->o->label, "--label", kl);
	for (i = 0; cands[i] && *kl < 0; i++)
		*kl = col(x->t, cands[i]);
	return CHART_OK;
}

static int
script_bar(struct cx *x, FILE *fp)
{
	static const char *const cands[] = { "partner", "reporter",
	    "product", "exporter", "importer", "label", "name", NULL };
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	struct ycol *y = NULL;
	struct bar *b = NULL;
	struct plot_unit u;
	const char *cur;
	char lfmt[40], *d;
	size_t i, n = 0, first, ny = 0;
	double maxabs = 0, lo = 0, hi = 0;
	char lob[32] = "0";
	long ky, kl;
	int rc;

	if ((rc = ycols(x, "value", 1, "bar", &y, &ny)) != 0 ||
	    (rc = label_col(x, cands, &kl)) != 0)
		goto out;
	if (kl < 0) {
		rc = FAIL(x, CHART_BAD, "%s: bar wants a label column "
		    "(--label)", t->name);
		goto out;
	}
	if ((rc = currency(x, &cur)) != 0)
		goto out;
	ky = y[0].k;
	b = xcalloc(t->nr + 1, sizeof(*b));
	for (i = 0; i < t->nr; i++) {
		b[n].label = t->rows[i][kl];
		b[n].v = num(x, i, ky);
		if (!isnan(b[n].v))
			n++;
	}
	qsort(b, n, sizeof(*b), cmp_bar);
	first = o->top > 0 && n > (size_t)o->top ? n - (size_t)o->top : 0;
	for (i = first; i < n; i++) {
		if (fabs(b[i].v) > maxabs)
			maxabs = fabs(b[i].v);
		if (b[i].v < lo)
			lo = b[i].v;
		if (b[i].v > hi)
			hi = b[i].v;
	}
	plot_unit(plot_is_percent(t->head[ky]), cur, maxabs, &u);
	/* negative bars (a gap, a balance) reach left of a zero line */
	if (lo < 0)
		snprintf(lob, sizeof(lob), "%.10g", lo / u.div * 1.18);
	else
		hi = maxabs;
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
	    "set xrange [%s:%.10g]\n%s"
	    "set style fill solid 0.9 noborder\n"
	    "plot $bars using (0.5*$2):0:(0.5*$2):(0.36):ytic(1) with "
	    "boxxyerror lc rgb '%s', \\\n"
	    "  $bars using %s:0:(sprintf(", (double)(n - first) - 0.4,
	    lob, hi / u.div * 1.18 + 1e-9, lo < 0 ?
	    "set yzeroaxis lt 1 lw 1 lc rgb '#555555'\n" : "", plot_colour(0),
	    lo < 0 ? "($2 >= 0 ? $2 : NaN)" : "2");
	plot_quote(fp, lfmt);
	fputs(", $2)) with labels left offset character 0.6,0 font ',10' "
	    "textcolor rgb '#333333'", fp);
	/* a negative bar's label at its left end, right-aligned */
	if (lo < 0) {
		fputs(", \\\n  $bars using ($2 < 0 ? $2 : NaN):0:(sprintf(", fp);
		plot_quote(fp, lfmt);
		fputs(", $2)) with labels right offset character -0.6,0 "
		    "font ',10' textcolor rgb '#333333'", fp);
	}
	fputc('\n', fp);
out:
	free(b);
	ycols_free(y, ny);
	return rc;
}

static int
script_stacked(struct cx *x, FILE *fp)
{
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	char **xs = NULL, **sv = NULL, **xl = NULL;
	size_t nx = 0, ns, i, j, s, *ord = NULL, nshow, ny = 0;
	double *tot = NULL;
	struct ycol *y = NULL;
	struct xinfo xi = { 0 };
	long kx, ky, ks;
	int rc;

	if ((rc = need_col(x, o->x ? o->x : "period", "--x", &kx)) != 0 ||
	    (rc = ycols(x, "share", 1, "stacked", &y, &ny)) != 0 ||
	    (rc = need_col(x, o->series ? o->series : "partner", "--series",
	    &ks)) != 0 ||
	    (rc = x_read(x, kx, &xi)) != 0)
		goto out;
	ky = y[0].k;
	/* the stacks' labels, from the periods or numbers read */
	xl = xcalloc(t->nr + 1, sizeof(char *));
	xs = xcalloc(t->nr + 1, sizeof(char *));
	for (i = 0; i < t->nr; i++) {
		char xb[32];

		xl[i] = xstrdup(x_text(&xi, i, xb, sizeof(xb)));
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
				double v = num(x, i, ky);

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
						double v1 = num(x, i, ky);

						if (!isnan(v1))
							v += v1;
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
out:
	for (i = 0; xl && i < t->nr; i++)
		free(xl[i]);
	free(xl);
	free(xs);
	free(sv);
	free(tot);
	free(ord);
	x_free(&xi);
	ycols_free(y, ny);
	return rc;
}

static int
script_scatter(struct cx *x, FILE *fp)
{
	static const char *const cands[] = { "partner", "reporter",
	    "product", "exporter", "label", "name", NULL };
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	struct ycol *y = NULL;
	struct plot_unit ux, uy;
	const char *cur;
	double mx = 0, my = 0;
	size_t ny = 0, i;
	long kl, kx, kyy;
	int rc;

	if ((rc = ycols(x, "value", o->x ? 1 : 2, o->x ? "scatter with --x" :
	    "scatter", &y, &ny)) != 0)
		goto out;
	kyy = o->x ? y[0].k : (ny > 1 ? y[1].k : -1);
	kx = y[0].k;
	if (o->x && ((rc = need_col(x, o->x, "--x", &kx)) != 0 ||
	    (rc = numbers(x, kx)) != 0))
		goto out;
	if (kyy < 0) {
		rc = FAIL(x, CHART_BAD, "scatter wants two measures: --x "
		    "COLUMN --y COLUMN, or --y A,B");
		goto out;
	}
	if ((rc = label_col(x, cands, &kl)) != 0 ||
	    (rc = currency(x, &cur)) != 0)
		goto out;
	for (i = 0; i < t->nr; i++) {
		double a = num(x, i, kx), b = num(x, i, kyy);

		if (fabs(a) > mx)
			mx = fabs(a);
		if (fabs(b) > my)
			my = fabs(b);
	}
	plot_unit(plot_is_percent(t->head[kx]), cur, mx, &ux);
	plot_unit(plot_is_percent(t->head[kyy]), cur, my, &uy);
	fputs("$points << EOD\n", fp);
	for (i = 0; i < t->nr; i++) {
		double a = num(x, i, kx), b = num(x, i, kyy);

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
out:
	ycols_free(y, ny);
	return rc;
}

int
chart_script(const struct chart_table *t, const struct chart_opts *o,
    char **script, size_t *len, char *err, size_t errsz)
{
	struct cx x = { t, o, NULL, err, errsz };
	char *cap;
	FILE *fp;
	size_t i;
	int rc = CHART_OK;

	*script = NULL;
	*len = 0;
	if (t->nr == 0)
		return bad(err, errsz, CHART_BAD, "%s: no rows to draw",
		    t->name);
	if (o->nmarks && o->kind != CHART_LINE)
		return bad(err, errsz, CHART_USAGE, "--mark: only a line chart "
		    "has marks");
	if ((fp = open_memstream(script, len)) == NULL)
		return bad(err, errsz, CHART_BAD, "out of memory");
	x.val = xcalloc(t->nh + 1, sizeof(double *));
	cap = caption(t, o);
	preamble(fp, o, cap);
	free(cap);
	switch (o->kind) {
	case CHART_LINE:
		rc = script_line(&x, fp);
		break;
	case CHART_BAR:
		rc = script_bar(&x, fp);
		break;
	case CHART_STACKED:
		rc = script_stacked(&x, fp);
		break;
	case CHART_SCATTER:
		rc = script_scatter(&x, fp);
		break;
	}
	fputs("unset output\n", fp);
	if (fclose(fp) != 0 && rc == CHART_OK)
		rc = bad(err, errsz, CHART_BAD, "out of memory");
	for (i = 0; i < t->nh; i++)
		free(x.val[i]);
	free(x.val);
	if (rc != CHART_OK) {
		free(*script);
		*script = NULL;
		*len = 0;
	}
	return rc;
}

int
chart_is_image(const char *name, const unsigned char *head, size_t n)
{
	const char *ext = strrchr(name, '.');

	if (ext && strcmp(ext, ".pdf") == 0)
		return n >= 5 && memcmp(head, "%PDF-", 5) == 0;
	if (ext && strcmp(ext, ".svg") == 0)
		return (n >= 5 && memcmp(head, "<?xml", 5) == 0) ||
		    (n >= 4 && memcmp(head, "<svg", 4) == 0);
	return n >= 8 && memcmp(head, "\x89PNG\r\n\x1a\n", 8) == 0;
}
