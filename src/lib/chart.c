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
#include "codes.h"
#include "csvio.h"
#include "monthmask.h"
#include "num.h"
#include "period.h"
#include "plot.h"
#include "util.h"

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

/* distinct values of column k, in order of first appearance: the rows
 * sorted by (cell, row), the first of each run kept, those put back in
 * row order (20,000 values cost what 20 do) */
struct dv {
	const char	*v;
	size_t		 row;
};

static int
cmp_dv(const void *a, const void *b)
{
	const struct dv *x = a, *y = b;
	int c = strcmp(x->v, y->v);

	return c ? c : (x->row > y->row) - (x->row < y->row);
}

static int
cmp_dv_row(const void *a, const void *b)
{
	const struct dv *x = a, *y = b;

	return (x->row > y->row) - (x->row < y->row);
}

static size_t
distinct(const struct chart_table *t, long k, char ***out)
{
	struct dv *d;
	size_t i, n = 0;

	*out = NULL;
	if (k < 0 || t->nr == 0)
		return 0;
	d = xcalloc(t->nr, sizeof(*d));
	for (i = 0; i < t->nr; i++)
		d[i].v = t->rows[i][k], d[i].row = i;
	qsort(d, t->nr, sizeof(*d), cmp_dv);
	for (i = 0; i < t->nr; i++)
		if (i == 0 || strcmp(d[i].v, d[n - 1].v) != 0)
			d[n++] = d[i];
	qsort(d, n, sizeof(*d), cmp_dv_row);
	*out = xcalloc(n, sizeof(char *));
	for (i = 0; i < n; i++)
		(*out)[i] = t->rows[d[i].row][k];
	free(d);
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

/* A source: a piece of a cell, and the order it first came in. */
struct piece {
	const char	*s;
	size_t		 len, at;
};

static int
cmp_piece(const void *a, const void *b)
{
	const struct piece *x = a, *y = b;
	size_t l = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, l);

	if (c == 0)
		c = (x->len > y->len) - (x->len < y->len);
	return c ? c : (x->at > y->at) - (x->at < y->at);
}

static int
cmp_piece_at(const void *a, const void *b)
{
	const struct piece *x = a, *y = b;

	return (x->at > y->at) - (x->at < y->at);
}

/*
 * The sources of the source column, each once, in the order they first
 * come: a cell can hold several, joined with "; " as trade-agg and
 * trade-mirror join them.  Sorted to find the repeats (a column of
 * thousands of sources is no quadratic scan); the pieces point into the
 * table's cells.
 */
static size_t
sources(const struct chart_table *t, struct piece **out)
{
	char **v;
	size_t n, i, m = 0, cap = 0, k;
	struct piece *p = NULL;

	n = distinct(t, col(t, "source"), &v);
	for (i = 0; i < n; i++) {
		const char *s = v[i], *e;

		while (*s) {
			e = strstr(s, "; ");
			k = e ? (size_t)(e - s) : strlen(s);
			if (k > 0) {
				if (m == cap) {
					cap = cap ? 2 * cap : 16;
					p = xrealloc(p, cap * sizeof(*p));
				}
				p[m].s = s, p[m].len = k, p[m].at = m;
				m++;
			}
			s += k + (e ? 2 : 0);
		}
	}
	free(v);
	if (m > 1) {
		qsort(p, m, sizeof(*p), cmp_piece);
		for (i = 1, k = 1; i < m; i++)
			if (p[i].len != p[k - 1].len ||
			    memcmp(p[i].s, p[k - 1].s, p[i].len) != 0)
				p[k++] = p[i];
		m = k;
		qsort(p, m, sizeof(*p), cmp_piece_at);
	}
	*out = p;
	return m;
}

/* "Source: A; B" from the source column (or --caption); NULL for none */
static char *
caption(const struct chart_table *t, const struct chart_opts *o)
{
	struct piece *v;
	size_t n, i, off;
	char buf[400];

	if (o->caption)
		return xstrdup(o->caption);
	n = sources(t, &v);
	off = (size_t)snprintf(buf, sizeof(buf), "Source: ");
	for (i = 0; i < n && off < CAPTION_MAX; i++)
		off += (size_t)snprintf(buf + off, sizeof(buf) - off,
		    "%s%.*s", off > 8 ? "; " : "", (int)v[i].len, v[i].s);
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

/* the columns that say what a row is about: a series is a value of each
 * of them that varies */
static const char *const keycols[] = { "reporter", "partner", "flow",
    "product", "exporter", "importer", "mode", "indicator", NULL };

static int
is_key(const char *name)
{
	size_t i;

	for (i = 0; keycols[i]; i++)
		if (strcmp(name, keycols[i]) == 0)
			return 1;
	return 0;
}

/* 1 when column k holds more than one value */
static int
varies(const struct chart_table *t, long k)
{
	size_t i;

	for (i = 1; i < t->nr; i++)
		if (strcmp(t->rows[i][k], t->rows[0][k]) != 0)
			return 1;
	return 0;
}

/*
 * The series of the rows: the columns of --series (COLUMN,...), or else
 * every key column but x that varies, and per row the index of its
 * series (in order of the cells, by a sort: 20,000 series cost what 20
 * do).
 */
struct ser {
	long	*k;		/* the columns */
	size_t	 nk;
	size_t	*id;		/* per row */
	size_t	 n;
	size_t	*row;		/* per series: its first row */
	char	**name;		/* per series: in the legend */
	double	*tot;		/* per series: for the order */
};

static void
ser_free(struct ser *s)
{
	size_t i;

	for (i = 0; s->name && i < s->n; i++)
		free(s->name[i]);
	free(s->name);
	free(s->k);
	free(s->id);
	free(s->row);
	free(s->tot);
	memset(s, 0, sizeof(*s));
}

/* a row's key: its cells of the series columns, joined by US (0x1f) */
struct rkey {
	char	*key;
	size_t	 row;
};

static int
cmp_rkey(const void *a, const void *b)
{
	const struct rkey *x = a, *y = b;
	int c = strcmp(x->key, y->key);

	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* the name of a code of column col in the legend: with --names a
 * country's name or a flow's word */
static const char *
cell_name(const struct chart_opts *o, const char *col, const char *s)
{
	static const char *const flows[][2] = { { "M", "imports" },
	    { "X", "exports" }, { "RM", "re-imports" },
	    { "RX", "re-exports" }, { NULL, NULL } };
	size_t i;

	if (!o->names)
		return s;
	if (strcmp(col, "flow") == 0) {
		for (i = 0; flows[i][0]; i++)
			if (strcmp(s, flows[i][0]) == 0)
				return flows[i][1];
		return s;
	}
	if (strcmp(col, "reporter") == 0 || strcmp(col, "partner") == 0 ||
	    strcmp(col, "exporter") == 0 || strcmp(col, "importer") == 0) {
		const struct country *c = codes_find(s);

		return c ? c->name : s;
	}
	return s;
}

static int
ser_make(struct cx *x, long kx, long kval, struct ser *s)
{
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	struct rkey *rk;
	size_t i, j, n;
	int rc;

	memset(s, 0, sizeof(*s));
	s->k = xcalloc(t->nh + 1, sizeof(long));
	if (o->series) {
		const char *p = o->series;

		while (*p) {
			size_t len = strcspn(p, ",");
			char *name = xmalloc(len + 1);
			long k;

			memcpy(name, p, len);
			name[len] = '\0';
			rc = need_col(x, name, "--series", &k);
			free(name);
			if (rc != CHART_OK)
				return rc;
			for (j = 0; j < s->nk && s->k[j] != k; j++)
				;
			if (j == s->nk && s->nk < t->nh)
				s->k[s->nk++] = k;
			p += len;
			if (*p == ',')
				p++;
		}
	} else
		for (i = 0; i < t->nh; i++)
			if ((long)i != kx && is_key(t->head[i]) &&
			    varies(t, (long)i))
				s->k[s->nk++] = (long)i;
	s->id = xcalloc(t->nr + 1, sizeof(size_t));
	rk = xcalloc(t->nr + 1, sizeof(*rk));
	for (i = 0; i < t->nr; i++) {
		size_t len = 1;
		char *q;

		for (j = 0; j < s->nk; j++)
			len += strlen(t->rows[i][s->k[j]]) + 1;
		rk[i].key = q = xmalloc(len);
		rk[i].row = i;
		for (j = 0; j < s->nk; j++) {
			size_t l = strlen(t->rows[i][s->k[j]]);

			memcpy(q, t->rows[i][s->k[j]], l);
			q += l;
			*q++ = '\x1f';
		}
		*q = '\0';
	}
	qsort(rk, t->nr, sizeof(*rk), cmp_rkey);
	s->row = xcalloc(t->nr + 1, sizeof(size_t));
	for (i = 0, n = 0; i < t->nr; i++) {
		if (i == 0 || strcmp(rk[i].key, rk[i - 1].key) != 0)
			s->row[n++] = rk[i].row;
		s->id[rk[i].row] = n - 1;
	}
	for (i = 0; i < t->nr; i++)
		free(rk[i].key);
	free(rk);
	s->n = n;
	s->tot = xcalloc(n + 1, sizeof(double));
	s->name = xcalloc(n + 1, sizeof(char *));
	for (i = 0; i < n; i++) {
		char buf[400];
		size_t off = 0;

		buf[0] = '\0';
		for (j = 0; j < s->nk && off < sizeof(buf); j++) {
			long k = s->k[j];

			off += (size_t)snprintf(buf + off, sizeof(buf) - off,
			    "%s%s", j ? " " : "", cell_name(o, t->head[k],
			    t->rows[s->row[i]][k]));
		}
		s->name[i] = xstrdup(buf);
	}
	for (i = 0; kval >= 0 && i < t->nr; i++) {
		double v = num(x, i, kval);

		if (!isnan(v))
			s->tot[s->id[i]] += fabs(v);
	}
	return CHART_OK;
}

/* a point: a row, or the rows of one x and series summed (--sum) */
struct pt {
	size_t	 row;		/* the first */
	size_t	 sid;
	double	 x;
	size_t	 nrows;
};

static int
cmp_pt(const void *a, const void *b)
{
	const struct pt *p = a, *q = b;

	if (p->sid != q->sid)
		return p->sid < q->sid ? -1 : 1;
	if (p->x != q->x)
		return p->x < q->x ? -1 : 1;
	return (p->row > q->row) - (p->row < q->row);
}

/* the columns in which rows a and b differ, into buf; and when none
 * is a key column, that one was left out (upstream) */
static void
differ(const struct chart_table *t, size_t a, size_t b, char *buf,
    size_t size)
{
	size_t i, off = 0;
	int key = 0;

	buf[0] = '\0';
	for (i = 0; i < t->nh && off + 100 < size; i++)
		if (strcmp(t->rows[a][i], t->rows[b][i]) != 0) {
			off += (size_t)snprintf(buf + off, size - off, "%s%s",
			    off ? ", " : "", ex(t->head[i]));
			key |= is_key(t->head[i]) || strcmp(t->head[i],
			    "period") == 0;
		}
	if (off == 0)
		snprintf(buf, size, "nothing: the same row twice");
	else if (!key)
		snprintf(buf + off, size - off, " only: no column says what "
		    "tells them apart, such as a transport mode left out");
}

/*
 * The points of the chart: one per x and series.  Two rows that share
 * both are an error that names where they differ (a column the series
 * leave out, or one lost upstream, such as the transport mode), or with
 * --sum one point of their sums, the y values (ky, ny) summed into *sum
 * (per point, ny each; NAN where every row is empty).
 */
static int
points(struct cx *x, long kx, const struct xinfo *xi, const struct ser *s,
    const long *ky, size_t ny, struct pt **out, size_t *np, double **sum)
{
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	struct pt *p = xcalloc(t->nr + 1, sizeof(*p));
	double *v = xcalloc((t->nr + 1) * (ny ? ny : 1), sizeof(double));
	size_t i, j, n = 0;

	for (i = 0; i < t->nr; i++) {
		p[i].row = i;
		p[i].sid = s->id[i];
		p[i].x = xi->val[i];
		p[i].nrows = 1;
	}
	qsort(p, t->nr, sizeof(*p), cmp_pt);
	for (i = 0; i < t->nr; i++) {
		if (n > 0 && p[n - 1].sid == p[i].sid && p[n - 1].x == p[i].x) {
			char d[300], xb[32];

			if (!o->sum) {
				differ(t, p[n - 1].row, p[i].row, d, sizeof(d));
				FAIL(x, CHART_BAD, "%s and %s: two rows for %s%s%s"
				    "%s (they differ in %s): a chart draws one "
				    "value per %s and series; add the column "
				    "that tells them apart to --series, filter "
				    "the rows, or add them up with --sum",
				    t->where[p[n - 1].row], t->where[p[i].row],
				    x_text(xi, p[i].row, xb, sizeof(xb)),
				    s->nk ? " and '" : "", s->nk ?
				    s->name[p[i].sid] : "", s->nk ? "'" : "", d,
				    t->head[kx]);
				free(p);
				free(v);
				return CHART_BAD;
			}
			p[n - 1].nrows++;
			for (j = 0; j < ny; j++) {
				double a = num(x, p[i].row, ky[j]);

				if (!isnan(a))
					v[(n - 1) * ny + j] = isnan(v[(n - 1) *
					    ny + j]) ? a : v[(n - 1) * ny + j] + a;
			}
			continue;
		}
		p[n] = p[i];
		for (j = 0; j < ny; j++)
			v[n * ny + j] = num(x, p[i].row, ky[j]);
		n++;
	}
	if (o->note && o->notesz && o->sum && n < t->nr)
		snprintf(o->note, o->notesz, "--sum: %zu rows added up into "
		    "%zu points (rows that share an x and a series)", t->nr, n);
	*out = p;
	*np = n;
	*sum = v;
	return CHART_OK;
}

/*
 * What the values of a column are, from its name: a fraction drawn in
 * percent (share, yoy...), already a percentage (share_pct, *_pct), an
 * amount of money (value, export_value, gap...), or a plain number (a
 * ratio, an index: no currency on its axis).
 */
enum measure { MEASURE_PLAIN, MEASURE_FRACTION, MEASURE_PERCENT,
    MEASURE_MONEY };

static enum measure
measure(const char *c)
{
	static const char *const money[] = { "value", "total", "gap",
	    "balance", "cif", "fob", "import_fob", "trade_value", "amount",
	    "before", "after", "trend", "fitted", "expected", NULL };
	size_t i, n = strlen(c);

	if (n >= 4 && strcmp(c + n - 4, "_pct") == 0)
		return MEASURE_PERCENT;
	if (plot_is_percent(c))
		return MEASURE_FRACTION;
	for (i = 0; money[i]; i++)
		if (strcmp(c, money[i]) == 0)
			return MEASURE_MONEY;
	if (n >= 6 && strcmp(c + n - 6, "_value") == 0)
		return MEASURE_MONEY;
	return MEASURE_PLAIN;
}

/* the axis unit of column name c, largest |value| maxabs */
static void
unit_of(const char *c, const char *cur, double maxabs, struct plot_unit *u)
{
	enum measure m = measure(c);

	if (m == MEASURE_PERCENT) {
		plot_unit(1, NULL, maxabs / 100, u);
		u->div = 1;
	} else
		plot_unit(m == MEASURE_FRACTION, m == MEASURE_MONEY ? cur :
		    NULL, maxabs, u);
}

/*
 * On a log axis the tics are powers of ten, and a fixed number of
 * decimals shows the small ones as 0.0: "%g" shows 0.01 as 0.01.
 */
static void
log_format(struct plot_unit *u)
{
	char *p = strstr(u->fmt, "%."), tail[32];

	if (p == NULL || p[2] < '0' || p[2] > '9' || p[3] != 'f')
		return;
	snprintf(tail, sizeof(tail), "%s", p + 4);
	snprintf(p, sizeof(u->fmt) - (size_t)(p - u->fmt), "%%g%s", tail);
}

/* the series' columns, "partner, flow", into buf */
static const char *
ser_cols(const struct chart_table *t, const struct ser *s, char *buf,
    size_t size)
{
	size_t j, off = 0;

	buf[0] = '\0';
	for (j = 0; j < s->nk && off + 40 < size; j++)
		off += (size_t)snprintf(buf + off, size - off, "%s%s",
		    j ? ", " : "", ex(t->head[s->k[j]]));
	return buf;
}

/* series in order of their totals, the largest first */
struct sord {
	double	 tot;
	size_t	 i;
};

static int
cmp_sord(const void *a, const void *b)
{
	const struct sord *x = a, *y = b;

	if (x->tot != y->tot)
		return x->tot > y->tot ? -1 : 1;
	return (x->i > y->i) - (x->i < y->i);
}

static size_t *
ser_order(const struct ser *s)
{
	struct sord *so = xcalloc(s->n + 1, sizeof(*so));
	size_t *ord = xcalloc(s->n + 1, sizeof(size_t)), i;

	for (i = 0; i < s->n; i++)
		so[i].tot = s->tot[i], so[i].i = i;
	qsort(so, s->n, sizeof(*so), cmp_sord);
	for (i = 0; i < s->n; i++)
		ord[i] = so[i].i;
	free(so);
	return ord;
}

/*
 * The x tics of a monthly axis, each label once: every January (every
 * second or fifth one on a long axis) labelled with its year, or on a
 * short axis every month or quarter, with the year at its first and
 * each January.
 */
static void
month_tics(FILE *fp, const struct xinfo *xi)
{
	long lo = (long)floor(xi->lo * 12 + 0.5), hi = (long)floor(xi->hi *
	    12 + 0.5), m, step, ystep;
	int first = 1;
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };

	fputs("set xtics (", fp);
	if (hi - lo <= 24) {
		step = hi - lo <= 12 ? 1 : 3;
		for (m = lo; m <= hi; m++) {
			long y = m / 12, mo = m % 12;

			if (mo % step != 0 && m != lo)
				continue;
			char lab[24];

			if (first || mo == 0)
				snprintf(lab, sizeof(lab), "%s %ld", mon[mo], y);
			else
				snprintf(lab, sizeof(lab), "%s", mon[mo]);
			fprintf(fp, "%s'%s' '%ld-%02ld'", first ? "" : ", ", lab,
			    y, mo + 1);
			first = 0;
		}
	} else {
		long years = (hi - lo) / 12;

		ystep = years <= 12 ? 1 : years <= 30 ? 2 : 5;
		for (m = (lo + 11) / 12 * 12; m <= hi; m += 12) {
			long y = m / 12;

			if (y % ystep != 0)
				continue;
			fprintf(fp, "%s'%ld' '%ld-01'", first ? "" : ", ", y, y);
			first = 0;
		}
	}
	fputs(")\n", fp);
}

/* the months of a mask (bit m-1 for month m), "Jan-Aug" or "Apr, Aug,
 * Dec", into buf */
static void
mask_text(unsigned mask, char *buf, size_t size)
{
	static const char *const mon[] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	size_t off = 0;
	int m, e;

	buf[0] = '\0';
	for (m = 0; m < 12 && off + 12 < size; m = e + 1) {
		if (!(mask >> m & 1)) {
			e = m;
			continue;
		}
		for (e = m; e + 1 < 12 && (mask >> (e + 1) & 1); e++)
			;
		off += (size_t)snprintf(buf + off, size - off, "%s%s", off ?
		    ", " : "", mon[m]);
		if (e > m)
			off += (size_t)snprintf(buf + off, size - off, "%s%s",
			    e > m + 1 ? "-" : ", ", mon[e]);
	}
}

/*
 * Per point, whether it is a part of its year: an annual roll-up
 * (trade-agg --annual) whose months column says fewer than 12; and the
 * note that says which months ("2024: Jan-Aug"), in note.
 */
static int *
partial_years(const struct cx *x, const struct xinfo *xi,
    const struct pt *p, size_t npt, char *note, size_t size)
{
	const struct chart_table *t = x->t;
	long km = col(t, "months"), kmask = col(t, "month_mask");
	int *part = xcalloc(npt + 1, sizeof(int)), *seen, mask;
	size_t i, off = 0, nseen = 0, j;

	note[0] = '\0';
	if (km < 0 || !xi->periods || xi->monthly)
		return part;
	seen = xcalloc(npt + 1, sizeof(int));
	for (i = 0; i < npt; i++) {
		const char *c = t->rows[p[i].row][km];
		char *end, mt[64];
		long n = strtol(c, &end, 10);
		int y = period_year(xi->per[p[i].row]);

		if (*c == '\0' || *end != '\0' || n < 1 || n >= 12)
			continue;
		part[i] = 1;
		for (j = 0; j < nseen && seen[j] != y; j++)
			;
		if (j < nseen || off + 60 >= size)
			continue;
		seen[nseen++] = y;
		if (kmask >= 0 && monthmask_parse(t->rows[p[i].row][kmask],
		    strlen(t->rows[p[i].row][kmask]), &mask) == 0 && mask)
			mask_text((unsigned)mask, mt, sizeof(mt));
		else
			snprintf(mt, sizeof(mt), "%ld months", n);
		off += (size_t)snprintf(note + off, size - off, "%s%d: %s",
		    off ? "; " : "Hollow points: part of a year only: ", y, mt);
	}
	free(seen);
	return part;
}

/* a country column: its aggregates are not ranked with countries */
static int
is_country_col(const char *c)
{
	return strcmp(c, "partner") == 0 || strcmp(c, "reporter") == 0 ||
	    strcmp(c, "exporter") == 0 || strcmp(c, "importer") == 0;
}

/*
 * Which series a line chart draws: keep[i] 0 for a series whose country
 * column holds an aggregate (WLD, EU27, a region), which is not ranked
 * with the countries it holds (as bars), unless --aggregates or every
 * series is one; the count kept, and what was left out into note.
 */
static size_t
ser_countries(const struct cx *x, const struct ser *s, int *keep,
    char *note, size_t notesz)
{
	const struct chart_table *t = x->t;
	size_t i, j, nkeep = 0, nagg = 0, off = 0;

	for (i = 0; i < s->n; i++) {
		keep[i] = 1;
		for (j = 0; !x->o->aggregates && j < s->nk; j++) {
			const char *v = t->rows[s->row[i]][s->k[j]];
			const struct country *c;

			if (is_country_col(t->head[s->k[j]]) &&
			    (c = codes_lookup(v, strlen(v))) != NULL &&
			    c->aggregate)
				keep[i] = 0;
		}
		nkeep += keep[i];
	}
	note[0] = '\0';
	if (nkeep == 0 || nkeep == s->n) {
		for (i = 0; i < s->n; i++)
			keep[i] = 1;
		return s->n;
	}
	for (i = 0; i < s->n; i++)
		if (!keep[i] && nagg++ < 4 && off + 40 < notesz)
			off += (size_t)snprintf(note + off, notesz - off,
			    "%s%s", off ? ", " : "Left out: ", ex(s->name[i]));
	if (off + 60 < notesz)
		snprintf(note + off, notesz - off, "%s (aggregates; "
		    "--aggregates draws them).", nagg > 4 ? " and others" : "");
	return nkeep;
}

/*
 * A table of trade-mirror: the two reports of each flow, and no value
 * column.  Drawn without --y, its lines are the two reports.
 */
static int
mirrored(const struct chart_table *t)
{
	return col(t, "value") < 0 && col(t, "export_value") >= 0 &&
	    col(t, "import_value") >= 0;
}

/*
 * The legend of a mirror's two lines, when --y did not name them: who
 * reports each.  With one exporter and one importer in the table, their
 * codes (or names, with --names), the reporter by its code; else the
 * series' names say who they are.
 */
static void
mirror_labels(struct cx *x, struct ycol *ky, size_t ny)
{
	const struct chart_table *t = x->t;
	long ke = col(t, "exporter"), ki = col(t, "importer");
	const char *e, *i, *ce, *ci;
	size_t n;

	if (x->o->y || !mirrored(t) || ny != 2)
		return;
	free(ky[0].label);
	free(ky[1].label);
	if (t->nr == 0 || ke < 0 || ki < 0 || varies(t, ke) ||
	    varies(t, ki)) {
		ky[0].label = xstrdup("exporter-reported");
		ky[1].label = xstrdup("importer-reported");
		return;
	}
	ce = t->rows[0][ke];
	ci = t->rows[0][ki];
	e = cell_name(x->o, "exporter", ce);
	i = cell_name(x->o, "importer", ci);
	n = strlen(e) + strlen(i) + strlen(ce) + strlen(ci) + 40;
	ky[0].label = xmalloc(n);
	snprintf(ky[0].label, n, "%s exports to %s (%s figures)", e, i, ce);
	ky[1].label = xmalloc(n);
	snprintf(ky[1].label, n, "%s imports from %s (%s figures)", i, e, ci);
}

static int
script_line(struct cx *x, FILE *fp)
{
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	struct ycol *ky = NULL;
	struct xinfo xi = { 0 };
	struct ser s = { 0 };
	struct pt *p = NULL;
	struct plot_unit u;
	const char *cur;
	double *pv = NULL;
	long *kyv = NULL;
	size_t *ord = NULL, *start = NULL;
	int *mp = NULL, nplot = 0, rc, *part = NULL, *hollow = NULL;
	int *keep = NULL;
	char pnote[300], anote[200];
	long kx;
	size_t ny = 0, npt = 0, si, j, i, max, ns;
	double maxabs = 0, minv = 0, maxv = 0;

	if ((rc = need_col(x, o->x ? o->x : "period", "--x", &kx)) != 0 ||
	    (rc = ycols(x, mirrored(x->t) ? "export_value,import_value" :
	    "value", SIZE_MAX, "line", &ky, &ny)) != 0 ||
	    (rc = x_read(x, kx, &xi)) != 0 ||
	    (rc = ser_make(x, kx, ky[0].k, &s)) != 0 ||
	    (rc = currency(x, &cur)) != 0 ||
	    (rc = mark_periods(x, &mp)) != 0)
		goto out;
	mirror_labels(x, ky, ny);
	keep = xcalloc(s.n + 1, sizeof(int));
	ns = ser_countries(x, &s, keep, anote, sizeof(anote));
	max = o->maxseries ? (size_t)o->maxseries : 12;
	if (ns * ny > max) {
		char cb[200];

		rc = FAIL(x, CHART_USAGE, "%zu lines (%zu series: one per %s%s"
		    "%s): more than %zu cannot be told apart; choose the "
		    "series with --series or trade-filter, or draw them all "
		    "with --max-series %zu", ns * ny, ns, ser_cols(t, &s, cb,
		    sizeof(cb)), ny > 1 ? ", times the --y columns" : "",
		    ns < s.n ? ", aggregates left out" : "", max, ns * ny);
		goto out;
	}
	kyv = xcalloc(ny + 1, sizeof(long));
	hollow = xcalloc(s.n * ny + 1, sizeof(int));
	for (j = 0; j < ny; j++)
		kyv[j] = ky[j].k;
	if ((rc = points(x, kx, &xi, &s, kyv, ny, &p, &npt, &pv)) != 0)
		goto out;
	/* the largest series first: the strongest colours, the top of the
	 * legend */
	ord = ser_order(&s);
	for (i = j = 0; i < s.n; i++)	/* the series drawn, in order */
		if (keep[ord[i]])
			ord[j++] = ord[i];
	for (i = 0; i < npt * ny; i++) {
		double v = pv[i];

		if (!keep[p[i / ny].sid])
			continue;
		if (fabs(v) > maxabs)
			maxabs = fabs(v);
		if (v < minv)
			minv = v;
		if (v > maxv)
			maxv = v;
	}
	unit_of(t->head[ky[0].k], cur, maxabs, &u);
	if (o->log)
		log_format(&u);
	put_format(fp, "y", u.fmt);
	if (xi.monthly) {
		fputs("set xdata time\nset timefmt '%Y-%m'\n", fp);
		put_format(fp, "x", "%Y");
		month_tics(fp, &xi);
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
	start = xcalloc(s.n + 2, sizeof(size_t));
	for (i = 0; i < npt; i++)	/* the points are by series */
		start[p[i].sid + 1] = i + 1;
	for (si = 1; si <= s.n; si++)
		if (start[si] < start[si - 1])
			start[si] = start[si - 1];
	for (si = 0; si < ns; si++)
		for (j = 0; j < ny; j++) {
			long prev = LONG_MIN;

			fprintf(fp, "$s%zu_%zu << EOD\n", si, j);
			for (i = start[ord[si]]; i < start[ord[si] + 1]; i++) {
				char xb[32];
				double v;
				long at;

				at = x_index(&xi, p[i].row);
				v = pv[i * ny + j];
				if (isnan(v))
					continue;
				/* a gap is a gap: a blank line breaks the line */
				if (prev != LONG_MIN && at != LONG_MIN &&
				    at > prev + 1)
					fputc('\n', fp);
				prev = at;
				fprintf(fp, "%s %.10g\n", x_text(&xi, p[i].row, xb,
				    sizeof(xb)), v / u.div);
			}
			fputs("EOD\n", fp);
		}
	/* the parts of a year, hollow over the line, and said */
	part = partial_years(x, &xi, p, npt, pnote, sizeof(pnote));
	if (*anote) {
		size_t off = strlen(pnote);

		snprintf(pnote + off, sizeof(pnote) - off, "%s%s", off ? " " :
		    "", anote);
	}
	for (si = 0; si < ns; si++)
		for (j = 0; j < ny; j++) {
			int any = 0;

			for (i = start[ord[si]]; i < start[ord[si] + 1]; i++) {
				char xb[32];

				if (!part[i] || isnan(pv[i * ny + j]))
					continue;
				if (!any++)
					fprintf(fp, "$p%zu_%zu << EOD\n", si, j);
				fprintf(fp, "%s %.10g\n", x_text(&xi, p[i].row, xb,
				    sizeof(xb)), pv[i * ny + j] / u.div);
			}
			if (any)
				fputs("EOD\n", fp);
			hollow[si * ny + j] = any > 0;
		}
	if (*pnote) {
		fputs("set label 102 ", fp);
		plot_quote(fp, pnote);
		fputs(" at screen 0.01, screen 0.055 left font ',9' textcolor "
		    "rgb '#666666'\n", fp);
	}
	/* without a key beside the plot, room for the last x label */
	if (ns * ny == 1)
		fputs("unset key\nset rmargin 6\n", fp);
	else {
		size_t longest = 0;

		for (si = 0; si < ns; si++)
			for (j = 0; j < ny; j++) {
				size_t l = (s.nk ? strlen(s.name[ord[si]]) + 1 :
				    0) +
				    (ny > 1 || !s.nk ? strlen(ky[j].label) : 0);

				if (l > longest)
					longest = l;
			}
		/* long names: the legend below the plot, not beside it */
		if (longest > 20)
			fprintf(fp, "set key at screen 0.5, screen 0.085 center "
			    "center horizontal maxrows %d width 2\n"
			    "set bmargin %d\nset rmargin 6\n", ns * ny > 4 ?
			    3 : 2, ns * ny > 4 ? 9 : 8);
	}
	fputs("plot ", fp);
	for (si = 0; si < ns; si++)
		for (j = 0; j < ny; j++) {
			const char *nm = s.name[ord[si]];
			char *title = join3(s.nk ? nm : "", s.nk && ny > 1 ?
			    " " : "", ny > 1 || !s.nk ? ky[j].label : "");

			fprintf(fp, "%s$s%zu_%zu using 1:2 with linespoints lw "
			    "2.5 pt 7 ps %s lc rgb '%s' title ", nplot ?
			    ", \\\n  " : "", si, j, xi.monthly ? "0.4" : "0.8",
			    plot_colour((size_t)nplot));
			plot_quote(fp, title);
			free(title);
			if (hollow[si * ny + j])
				fprintf(fp, ", \\\n  $p%zu_%zu using 1:2 with points "
				    "pt 7 ps %s lc rgb '#ffffff' notitle, \\\n"
				    "  $p%zu_%zu using 1:2 with points pt 6 ps %s "
				    "lw 2 lc rgb '%s' notitle", si, j, "1.5", si, j,
				    "1.5", plot_colour((size_t)nplot));
			nplot++;
		}
	fputc('\n', fp);
out:
	free(keep);
	free(part);
	free(hollow);
	free(start);
	free(ord);
	free(p);
	free(pv);
	free(kyv);
	free(mp);
	ser_free(&s);
	x_free(&xi);
	ycols_free(ky, ny);
	return rc;
}

/* "two", "three"... for a message */
static const char *
count_word(size_t n, char *buf, size_t size)
{
	static const char *const w[] = { "no", "one", "two", "three",
	    "four", "five", "six", "seven", "eight", "nine", "ten" };

	if (n <= 10)
		return w[n];
	snprintf(buf, size, "%zu", n);
	return buf;
}

/*
 * Why the shares of the rows of one x (those with xv) add up to more
 * than the whole: the key columns but the members' that hold several
 * values there ("two flows (M, X)"), into buf.
 */
static void
why_over(const struct chart_table *t, const struct xinfo *xi, double xv,
    long member, char *buf, size_t size)
{
	size_t i, k, off = 0, r;

	buf[0] = '\0';
	for (k = 0; k < t->nh && off + 80 < size; k++) {
		const char *v[4];
		size_t nv = 0, more = 0;
		char nb[24];

		if (!is_key(t->head[k]) || (long)k == member)
			continue;
		for (r = 0; r < t->nr; r++) {
			if (xi->val[r] != xv)
				continue;
			for (i = 0; i < nv; i++)
				if (strcmp(v[i], t->rows[r][k]) == 0)
					break;
			if (i < nv)
				continue;
			if (nv < 4)
				v[nv++] = t->rows[r][k];
			else
				more++;
		}
		if (nv < 2)
			continue;
		off += (size_t)snprintf(buf + off, size - off, "%s%s %ss (",
		    off ? " and " : "", count_word(nv + more, nb, sizeof(nb)),
		    ex(t->head[k]));
		for (i = 0; i < nv; i++)
			off += (size_t)snprintf(buf + off, size - off, "%s%s",
			    i ? ", " : "", ex(v[i]));
		off += (size_t)snprintf(buf + off, size - off, "%s)",
		    more ? ", ..." : "");
	}
}

static int
script_stacked(struct cx *x, FILE *fp)
{
	const struct chart_table *t = x->t;
	const struct chart_opts *o = x->o;
	struct ycol *y = NULL;
	struct xinfo xi = { 0 };
	struct ser s = { 0 };
	struct pt *p = NULL;
	double *pv = NULL, *xs = NULL, *sum = NULL, full, *cell = NULL, lo, hi;
	size_t *xrow = NULL, *ord = NULL, nx = 0, npt = 0, i, j, q, ny = 0;
	size_t nshow, nnamed, max, other = SIZE_MAX, *named = NULL, nm;
	size_t *slot = NULL;
	long kx, ky, member = -1;
	char otitle[200] = "", gap[160] = "";
	int rc, fraction;

	if ((rc = need_col(x, o->x ? o->x : "period", "--x", &kx)) != 0 ||
	    (rc = ycols(x, o->y || col(t, "share") >= 0 || col(t, "share_pct")
	    < 0 ? "share" : "share_pct", 1, "stacked", &y, &ny)) != 0 ||
	    (rc = x_read(x, kx, &xi)) != 0 ||
	    (rc = ser_make(x, kx, y[0].k, &s)) != 0)
		goto out;
	ky = y[0].k;
	full = measure(t->head[ky]) == MEASURE_PERCENT ? 100 : 1;
	/* the stacks, by x */
	xs = xcalloc(t->nr + 1, sizeof(double));
	xrow = xcalloc(t->nr + 1, sizeof(size_t));
	for (i = 0; i < t->nr; i++) {
		for (j = 0; j < nx && xs[j] != xi.val[i]; j++)
			;
		if (j == nx) {
			xs[nx] = xi.val[i];
			xrow[nx++] = i;
		}
	}
	for (i = 1; i < nx; i++)	/* by x: few stacks */
		for (j = i; j > 0 && xs[j - 1] > xs[j]; j--) {
			double tv = xs[j];
			size_t tr = xrow[j];

			xs[j] = xs[j - 1], xrow[j] = xrow[j - 1];
			xs[j - 1] = tv, xrow[j - 1] = tr;
		}
	/* the parts of one whole: a stack above it holds two wholes */
	sum = xcalloc(nx + 1, sizeof(double));
	for (i = 0; i < t->nr; i++) {
		double v = num(x, i, ky);

		for (j = 0; j < nx && xs[j] != xi.val[i]; j++)
			;
		if (!isnan(v))
			sum[j] += v;
	}
	for (j = 0, nm = 0; j < s.nk; j++) {	/* the members: most values */
		char **dv;
		size_t nd = distinct(t, s.k[j], &dv);

		free(dv);
		if (member < 0 || nd > nm)
			member = s.k[j], nm = nd;
	}
	/* values (not shares): each stack is its values' sum, if they are
	 * the parts of one whole (one flow, one reporter) */
	fraction = measure(t->head[ky]) == MEASURE_FRACTION ||
	    measure(t->head[ky]) == MEASURE_PERCENT;
	for (j = 0; j < nx; j++) {
		char why[400], xb[32];

		why_over(t, &xi, xs[j], member, why, sizeof(why));
		if (fraction && sum[j] > full * 1.005) {
			rc = FAIL(x, CHART_BAD, "%s: %s: the shares (column "
			    "'%s') add up to %.1f%%: a stacked chart draws the "
			    "parts of one whole, and its rows %s%s; choose one "
			    "with trade-filter, or draw a line chart", t->name,
			    x_text(&xi, xrow[j], xb, sizeof(xb)), t->head[ky],
			    sum[j] / full * 100, *why ? "hold " : "are not "
			    "(one counted twice?)", why);
			goto out;
		}
		/* shares of two flows are of two wholes, whatever their sum */
		if (*why) {
			rc = FAIL(x, CHART_BAD, "%s: %s: a stacked chart draws "
			    "the parts of one whole, and the rows hold %s; "
			    "choose one with trade-filter, or draw a line "
			    "chart", t->name, x_text(&xi, xrow[j], xb,
			    sizeof(xb)), why);
			goto out;
		}
	}
	/* shares of a stated total (trade-share --total world) that the
	 * rows do not fill: the gap to 100% is said, never left blank */
	for (j = 0, lo = full, hi = 0; fraction && j < nx; j++) {
		lo = sum[j] < lo ? sum[j] : lo;
		hi = sum[j] > hi ? sum[j] : hi;
	}
	if (fraction && nx > 0 && lo < full * 0.995) {
		char a[16], b[16];

		snprintf(a, sizeof(a), "%.0f%%", lo / full * 100);
		snprintf(b, sizeof(b), "%.0f%%", hi / full * 100);
		snprintf(gap, sizeof(gap), "The rows drawn add up to %s%s%s of "
		    "the total their shares are of; the rest of it is in no "
		    "row.", a, strcmp(a, b) ? "-" : "", strcmp(a, b) ? b : "");
	}
	if ((rc = points(x, kx, &xi, &s, &ky, 1, &p, &npt, &pv)) != 0)
		goto out;
	/* the members, largest overall first, 'other' last */
	for (i = 0; i < s.n; i++)
		s.tot[i] = 0;
	for (i = 0; i < npt; i++)
		if (!isnan(pv[i]))
			s.tot[p[i].sid] += pv[i];
	ord = ser_order(&s);
	named = xcalloc(s.n + 1, sizeof(size_t));
	for (i = nnamed = 0; i < s.n; i++)
		if (strcmp(s.name[ord[i]], "other") == 0)
			other = ord[i];
		else
			named[nnamed++] = ord[i];
	max = o->maxseries ? (size_t)o->maxseries : 12;
	nshow = nnamed;
	if (nnamed + (other != SIZE_MAX) > max)
		nshow = max - 1;
	/* what 'other' holds, exactly */
	if (nshow < nnamed && nnamed - nshow <= 3 && other == SIZE_MAX) {
		size_t off;

		/* few: the members themselves */
		off = (size_t)snprintf(otitle, sizeof(otitle), "other:");
		for (q = nshow; q < nnamed && off + 40 < sizeof(otitle); q++)
			off += (size_t)snprintf(otitle + off, sizeof(otitle) -
			    off, "%s %s", q > nshow ? "," : "",
			    ex(s.name[named[q]]));
	} else if (nshow < nnamed) {
		char a[32], b[32];

		snprintf(otitle, sizeof(otitle), "other: %zu %ss%s (all but "
		    "the %zu largest %s %s%s%s)", nnamed - nshow, member < 0 ?
		    "member" : ex(t->head[member]), other != SIZE_MAX ?
		    " and the data's other" : "", nshow, nx > 1 ? "over" :
		    "in", x_text(&xi, xrow[0], a, sizeof(a)), nx > 1 ? "-" :
		    "", nx > 1 ? x_text(&xi, xrow[nx - 1], b, sizeof(b)) : "");
	} else if (other != SIZE_MAX) {
		size_t *per = xcalloc(nx + 1, sizeof(size_t)), same = 1;

		for (i = 0; i < npt; i++)
			if (p[i].sid != other && !isnan(pv[i]) && pv[i] != 0)
				for (j = 0; j < nx; j++)
					if (xs[j] == p[i].x)
						per[j]++;
		for (j = 1; j < nx; j++)
			same = same && per[j] == per[0];
		if (same)
			snprintf(otitle, sizeof(otitle), "other: all but the "
			    "%zu largest of each %s", per[0], xi.periods ?
			    xi.monthly ? "month" : "year" : "stack");
		else
			snprintf(otitle, sizeof(otitle), "other: the rest, as "
			    "in the data");
		free(per);
	}
	cell = xcalloc((nx + 1) * (nshow + 2), sizeof(double));
	slot = xcalloc(s.n + 1, sizeof(size_t));
	for (i = 0; i < s.n; i++)
		slot[i] = nshow;	/* other */
	for (q = 0; q < nshow; q++)
		slot[named[q]] = q;
	for (i = 0; i < npt; i++) {
		size_t at = slot[p[i].sid];

		for (j = 0; j < nx && xs[j] != p[i].x; j++)
			;
		if (!isnan(pv[i]))
			cell[j * (nshow + 1) + at] += pv[i];
	}
	fputs("$stack << EOD\n\"period\"", fp);
	for (q = 0; q < nshow; q++) {
		fputc(' ', fp);
		plot_datum(fp, s.name[named[q]]);
	}
	if (*otitle) {
		fputc(' ', fp);
		plot_datum(fp, otitle);
	}
	fputc('\n', fp);
	for (j = 0; j < nx; j++) {
		char xb[32];

		plot_datum(fp, x_text(&xi, xrow[j], xb, sizeof(xb)));
		for (q = 0; q < nshow + (*otitle != '\0'); q++)
			fprintf(fp, " %.10g", cell[j * (nshow + 1) + q] * 100 /
			    (fraction ? full : sum[j] ? sum[j] : 1));
		fputc('\n', fp);
	}
	fputs("EOD\n", fp);
	fputs("colours = '", fp);
	for (q = 0; q < nshow + (*otitle != '\0'); q++)
		fprintf(fp, "%s%s", q ? " " : "", q == nshow ? "#BBBBBB" :
		    plot_colour(q));
	fputs("'\n", fp);
	put_format(fp, "y", "%.0f%%");
	if (*gap) {
		fputs("set label 103 ", fp);
		plot_quote(fp, gap);
		fputs(" at screen 0.01, screen 0.06 left font ',9' textcolor "
		    "rgb '#666666'\n", fp);
	}
	fprintf(fp, "set yrange [0:100]\n"
	    "set style data histograms\n"
	    "set style histogram rowstacked\n"
	    "set style fill solid 0.92 border rgb '#ffffff'\n"
	    "set boxwidth 0.72\n"
	    "set xtics scale 0\n"
	    /* the legend reads top down as the stack does: other first */
	    "set key invert\n"
	    "plot for [i=2:%zu] $stack using i:xtic(1) title columnheader(i) "
	    "lc rgb word(colours, i-1)\n", nshow + (*otitle != '\0') + 1);
out:
	free(cell);
	free(slot);
	free(named);
	free(ord);
	free(sum);
	free(xs);
	free(xrow);
	free(p);
	free(pv);
	ser_free(&s);
	x_free(&xi);
	ycols_free(y, ny);
	return rc;
}

struct bar {
	const char	*label;
	double		 v;
	size_t		 row;
	int		 other;		/* the data's own 'other' row */
};

static int
cmp_bar(const void *a, const void *b)
{
	const struct bar *x = a, *y = b;

	if (x->other != y->other)
		return x->other ? -1 : 1;
	return x->v < y->v ? -1 : x->v > y->v;
}

static int
cmp_bar_label(const void *a, const void *b)
{
	const struct bar *x = a, *y = b;
	int c = strcmp(x->label, y->label);

	return c ? c : (x->row > y->row) - (x->row < y->row);
}

/* bar and scatter: the label column, given, or the first candidate that
 * varies (not a column that reads "WLD" on every bar), or that is there */
static int
label_col(struct cx *x, const char *const *cands, long *kl)
{
	size_t i;

	*kl = -1;
	if (x->o->label)
		return need_col(x, x->o->label, "--label", kl);
	for (i = 0; cands[i] && *kl < 0; i++)
		if (col(x->t, cands[i]) >= 0 && varies(x->t, col(x->t,
		    cands[i])))
			*kl = col(x->t, cands[i]);
	for (i = 0; cands[i] && *kl < 0; i++)
		*kl = col(x->t, cands[i]);
	return CHART_OK;
}

/* a value as its label says it, in its own unit ("€49 m", "€2.4 bn") */
static void
value_text(const char *c, const char *cur, double v, char *buf,
    size_t size)
{
	struct plot_unit u;

	unit_of(c, cur, fabs(v), &u);
	snprintf(buf, size, u.fmt, v / u.div);
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
	char note[400] = "", agg[160] = "";
	size_t i, n = 0, m, first, ny = 0, nagg = 0, nother = 0, aoff = 0;
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
		const char *l = t->rows[i][kl];
		const struct country *c;

		if (isnan(num(x, i, ky)))
			continue;
		/* World, EU27, "Emerging Market and Developing Economies"
		 * are not ranked with the countries they hold */
		if (!o->aggregates && is_country_col(t->head[kl]) &&
		    (c = codes_lookup(l, strlen(l))) != NULL &&
		    c->aggregate) {
			if (nagg++ < 4 && aoff + 40 < sizeof(agg))
				aoff += (size_t)snprintf(agg + aoff, sizeof(agg) -
				    aoff, "%s%s", aoff ? ", " : "", ex(l));
			continue;
		}
		b[n].label = l;
		b[n].v = num(x, i, ky);
		b[n].row = i;
		b[n].other = strcmp(l, "other") == 0;
		nother += b[n].other;
		n++;
	}
	/* one bar per label: two rows of one are refused, or added up */
	qsort(b, n, sizeof(*b), cmp_bar_label);
	for (i = 0, m = 0; i < n; i++) {
		if (m > 0 && strcmp(b[m - 1].label, b[i].label) == 0) {
			char d[300];

			if (!o->sum) {
				differ(t, b[m - 1].row, b[i].row, d, sizeof(d));
				rc = FAIL(x, CHART_BAD, "%s and %s: two rows for "
				    "the bar '%s' (they differ in %s): a bar "
				    "chart draws one value per %s; filter the "
				    "rows, choose --label, or add them up with "
				    "--sum", t->where[b[m - 1].row],
				    t->where[b[i].row], ex(b[i].label), d,
				    t->head[kl]);
				goto out;
			}
			b[m - 1].v += b[i].v;
			continue;
		}
		b[m++] = b[i];
	}
	if (o->note && o->notesz && o->sum && m < n)
		snprintf(o->note, o->notesz, "--sum: %zu rows added up into "
		    "%zu bars (rows of one %s)", n, m, t->head[kl]);
	n = m;
	if (n == 0) {
		rc = FAIL(x, CHART_BAD, "%s: no bar to draw (every value "
		    "empty%s)", t->name, nagg ? ", or an aggregate: "
		    "--aggregates draws them" : "");
		goto out;
	}
	qsort(b, n, sizeof(*b), cmp_bar);
	first = o->top > 0 && n - nother > (size_t)o->top ? n - (size_t)o->top :
	    nother;
	if (first > nother) {
		size_t off = strlen(note);

		snprintf(note + off, sizeof(note) - off, "%sThe %ld largest of "
		    "%zu%s.", off ? " " : "", o->top, n - nother, nother ?
		    " (other: the rest as in the data, not drawn)" : "");
	}
	if (nagg) {
		size_t off = strlen(note);

		snprintf(note + off, sizeof(note) - off, "%sLeft out: %s%s "
		    "(aggregates; --aggregates ranks them).", off ? " " : "",
		    agg, nagg > 4 ? " and others" : "");
	}
	for (i = first; i < n; i++) {
		if (fabs(b[i].v) > maxabs)
			maxabs = fabs(b[i].v);
		if (b[i].v < lo)
			lo = b[i].v;
		if (b[i].v > hi)
			hi = b[i].v;
	}
	/* the data's own 'other' is drawn last (at the bottom), in grey,
	 * when every member is */
	if (nother && first == nother)
		first = 0;
	for (i = 0; i < first; i++)
		if (b[i].other && fabs(b[i].v) > maxabs)
			maxabs = fabs(b[i].v), hi = b[i].v > hi ? b[i].v : hi;
	unit_of(t->head[ky], cur, maxabs, &u);
	/* negative bars (a gap, a balance) reach left of a zero line */
	if (lo < 0)
		snprintf(lob, sizeof(lob), "%.10g", lo / u.div * 1.18);
	else
		hi = maxabs;
	fputs("$bars << EOD\n", fp);
	for (i = first; i < n; i++) {
		char vt[64];

		plot_datum(fp, cell_name(o, t->head[kl], b[i].label));
		value_text(t->head[ky], cur, b[i].v, vt, sizeof(vt));
		fprintf(fp, " %.10g %d ", b[i].v / u.div, b[i].other ?
		    0xbbbbbb : (int)strtol(plot_colour(0) + 1, NULL, 16));
		plot_datum(fp, vt);
		fputc('\n', fp);
	}
	fputs("EOD\n", fp);
	put_format(fp, "x", u.fmt);
	if (*note) {
		fputs("set label 101 ", fp);
		plot_quote(fp, note);
		fputs(" at screen 0.01, screen 0.06 left font ',9' textcolor "
		    "rgb '#666666'\n", fp);
	}
	fprintf(fp, "unset key\n"
	    "set rmargin 6\n"
	    "set grid noytics xtics\n"
	    "set border 1 lc rgb '#555555'\n"
	    "set ytics scale 0 font ',11'\n"
	    "set yrange [-0.6:%.1f]\n"
	    "set xrange [%s:%.10g]\n%s"
	    "set style fill solid 0.9 noborder\n"
	    "plot $bars using (0.5*$2):0:(0.5*$2):(0.36):3:ytic(1) with "
	    "boxxyerror lc rgb variable, \\\n"
	    "  $bars using %s:0:4 with labels left offset character 0.6,0 "
	    "font ',10' textcolor rgb '#333333'", (double)(n - first) - 0.4,
	    lob, hi / u.div * 1.18 + 1e-9, lo < 0 ?
	    "set yzeroaxis lt 1 lw 1 lc rgb '#555555'\n" : "",
	    lo < 0 ? "($2 >= 0 ? $2 : NaN)" : "2");
	/* a negative bar's label at its left end, right-aligned */
	if (lo < 0)
		fputs(", \\\n  $bars using ($2 < 0 ? $2 : NaN):0:4 with labels "
		    "right offset character -0.6,0 font ',10' textcolor rgb "
		    "'#333333'", fp);
	fputc('\n', fp);
out:
	free(b);
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
	unit_of(t->head[kx], cur, mx, &ux);
	unit_of(t->head[kyy], cur, my, &uy);
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
