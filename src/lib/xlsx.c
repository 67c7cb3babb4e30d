/*
 * xlsx.c - typed .xlsx output with libxlsxwriter.
 */
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#include "num.h"
#include "util.h"
#include "xlsx.h"

#define HOLD		1000		/* rows held to type the columns */
#define MAXROWS		1048576		/* Excel's limit, with the header */
#define MAXTEXT		32767		/* Excel's limit on a cell's text */

static const char *text_names[] = {
	"period", "reporter", "partner", "exporter", "importer", "product",
	"flow", "currency", "unit", "source", "id", "claim", "verdict", "flag",
	"side", "note", "metric", "first_period", "last_period", "member",
	"top", "tier", "code", "description", "month_mask", "group", "series",
	"hs6", "hs4", "hs2", "tolerance", "sources", "reporter_name",
	"partner_name", "name", "kind", "of", "label", NULL
};
static const char *percent_names[] = {
	"share", "coverage", "cagr", "trend_growth", "ci_low", "ci_high",
	"yoy", "growth", "cr1", "cr3", "cr5", "top_share", "growth_before",
	"growth_after", "share_of_total", NULL
};
static const char *money_names[] = {
	"value", "total", "quantity", "export_value", "import_value",
	"import_fob", "gap", "first", "last", "world", "other", "sum",
	"value_x", "value_m", NULL
};

static int
in_list(const char *name, const char **list)
{
	for (; *list; list++)
		if (util_strcasecmp(name, *list) == 0)
			return 1;
	return 0;
}

enum xlsx_type
xlsx_column_type(const char *name)
{
	size_t n;

	if (in_list(name, text_names))
		return XT_TEXT;
	if (in_list(name, percent_names))
		return XT_PERCENT;
	/* share_pct is 20.90 for 20.90%: shown so, never as 2090% */
	n = strlen(name);
	if (n > 4 && util_strcasecmp(name + n - 4, "_pct") == 0)
		return XT_PCT;
	if (in_list(name, money_names))
		return XT_MONEY;
	return XT_NUMBER;
}

struct about {
	char	*label, *text;
};

struct xlsx {
	lxw_workbook	*wb;
	lxw_worksheet	*ws;
	lxw_format	*bold, *money, *money2, *percent, *pct, *text;
	size_t		 ncols;
	char		**names;
	enum xlsx_type	*type;
	int		*decimals;	/* a MONEY column has decimals */
	double		*width;
	char		***held;	/* the first rows, as text */
	size_t		 nheld;
	int		 typed;		/* held rows written, types fixed */
	lxw_row_t	 row;		/* next row to write */
	struct about	*about;
	size_t		 nabout;
};

static double
text_width(const char *s)
{
	size_t n = 0;

	/* characters, not bytes */
	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return (double)n;
}

struct xlsx *
xlsx_open(const char *path, char **names, size_t ncols, const char **err)
{
	lxw_workbook_options opt = { .constant_memory = LXW_TRUE,
	    .tmpdir = NULL, .use_zip64 = LXW_TRUE };
	struct xlsx *x;
	size_t i;

	x = xcalloc(1, sizeof(*x));
	x->wb = workbook_new_opt(path, &opt);
	if (x->wb == NULL) {
		*err = "cannot create the workbook";
		free(x);
		return NULL;
	}
	x->ws = workbook_add_worksheet(x->wb, "data");
	x->bold = workbook_add_format(x->wb);
	format_set_bold(x->bold);
	format_set_bottom(x->bold, LXW_BORDER_THIN);
	x->money = workbook_add_format(x->wb);
	format_set_num_format(x->money, "#,##0");
	x->money2 = workbook_add_format(x->wb);
	format_set_num_format(x->money2, "#,##0.00");
	x->percent = workbook_add_format(x->wb);
	format_set_num_format(x->percent, "0.00%");
	x->pct = workbook_add_format(x->wb);
	format_set_num_format(x->pct, "0.00\"%\"");
	x->text = workbook_add_format(x->wb);
	format_set_num_format(x->text, "@");
	x->ncols = ncols;
	x->names = xcalloc(ncols, sizeof(char *));
	x->type = xcalloc(ncols, sizeof(*x->type));
	x->decimals = xcalloc(ncols, sizeof(int));
	x->width = xcalloc(ncols, sizeof(double));
	x->held = xcalloc(HOLD, sizeof(char **));
	for (i = 0; i < ncols; i++) {
		x->names[i] = xstrdup(names[i]);
		x->type[i] = xlsx_column_type(names[i]);
		x->width[i] = text_width(names[i]) + 2;
	}
	return x;
}

static lxw_error
write_cell(struct xlsx *x, size_t c, const char *s)
{
	double v;
	lxw_error e;

	if (*s == '\0')
		return LXW_NO_ERROR;	/* an empty cell stays empty */
	if (x->type[c] != XT_TEXT &&
	    num_parse(s, strlen(s), &v) == NUM_OK) {
		lxw_format *f = x->type[c] == XT_PERCENT ? x->percent :
		    x->type[c] == XT_PCT ? x->pct :
		    x->type[c] == XT_MONEY ? (x->decimals[c] ? x->money2 :
		    x->money) : NULL;

		e = worksheet_write_number(x->ws, x->row, (lxw_col_t)c, v, f);
	} else
		e = worksheet_write_string(x->ws, x->row, (lxw_col_t)c, s,
		    x->text);
	return e;
}

/* The message for error e at cell (row, column c), in a buffer of the
 * thread's (x is freed before xlsx_close() returns it). */
static const char *
cell_error(struct xlsx *x, size_t c, lxw_error e)
{
	static _Thread_local char buf[300];

	if (e == LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED)
		snprintf(buf, sizeof(buf), "sheet row %lu, column '%.100s': "
		    "more text than a cell holds (32,767 characters)",
		    (unsigned long)x->row + 1, x->names[c]);
	else
		snprintf(buf, sizeof(buf), "sheet row %lu, column '%.100s': "
		    "cannot write the cell: %s", (unsigned long)x->row + 1,
		    x->names[c], lxw_strerror(e));
	return buf;
}

static int
write_row(struct xlsx *x, char **f, size_t n, const char **err)
{
	size_t c;
	lxw_error e;

	if (x->row >= MAXROWS) {
		*err = "more rows than a spreadsheet holds (1,048,576)";
		return -1;
	}
	for (c = 0; c < n && c < x->ncols; c++)
		if ((e = write_cell(x, c, f[c])) != LXW_NO_ERROR) {
			*err = cell_error(x, c, e);
			return -1;
		}
	x->row++;
	return 0;
}

/* Fix the types and widths from the held rows, and write them. */
static int
settle(struct xlsx *x, const char **err)
{
	size_t r, c;
	double v;

	for (c = 0; c < x->ncols; c++) {
		for (r = 0; r < x->nheld; r++) {
			const char *s = x->held[r][c];
			double w = text_width(s) + 2;

			if (x->type[c] != XT_TEXT && *s != '\0') {
				if (num_parse(s, strlen(s), &v) != NUM_OK)
					x->type[c] = XT_TEXT;
				else if (strchr(s, '.') != NULL)
					x->decimals[c] = 1;
			}
			if (x->type[c] == XT_MONEY && *s != '\0' &&
			    num_parse(s, strlen(s), &v) == NUM_OK)
				w = w + w / 3;	/* thousands separators */
			if (w > x->width[c])
				x->width[c] = w;
		}
		if (x->width[c] > 60)
			x->width[c] = 60;
		worksheet_set_column(x->ws, (lxw_col_t)c, (lxw_col_t)c,
		    x->width[c], NULL);
	}
	worksheet_freeze_panes(x->ws, 1, 0);
	for (c = 0; c < x->ncols; c++)
		worksheet_write_string(x->ws, 0, (lxw_col_t)c, x->names[c],
		    x->bold);
	x->row = 1;
	x->typed = 1;
	for (r = 0; r < x->nheld; r++) {
		if (write_row(x, x->held[r], x->ncols, err) < 0)
			return -1;
		for (c = 0; c < x->ncols; c++)
			free(x->held[r][c]);
		free(x->held[r]);
	}
	x->nheld = 0;
	return 0;
}

int
xlsx_row(struct xlsx *x, char **fields, size_t n, const char **err)
{
	size_t c;

	if (x->typed)
		return write_row(x, fields, n, err);
	x->held[x->nheld] = xcalloc(x->ncols, sizeof(char *));
	for (c = 0; c < x->ncols; c++)
		x->held[x->nheld][c] = xstrdup(c < n ? fields[c] : "");
	if (++x->nheld == HOLD)
		return settle(x, err);
	return 0;
}

void
xlsx_about(struct xlsx *x, const char *label, const char *text)
{
	x->about = xrealloc(x->about, (x->nabout + 1) * sizeof(*x->about));
	x->about[x->nabout].label = xstrdup(label);
	x->about[x->nabout].text = xstrdup(text);
	x->nabout++;
}

/*
 * A line of the about sheet at *row: text longer than a cell holds (a
 * long command line) goes on as many rows as it takes, cut between UTF-8
 * characters.  -1 when the sheet is full.
 */
static int
about_line(lxw_worksheet *ws, lxw_row_t *row, const char *label,
    const char *text, lxw_format *bold)
{
	size_t left = strlen(text), n;
	char *part;

	do {
		if (*row >= MAXROWS)
			return -1;
		n = left > MAXTEXT ? MAXTEXT : left;
		while (n < left && ((unsigned char)text[n] & 0xc0) == 0x80)
			n--;
		part = xstrndup(text, n);
		worksheet_write_string(ws, *row, 0, label, bold);
		worksheet_write_string(ws, *row, 1, part, NULL);
		free(part);
		(*row)++;
		text += n;
		left -= n;
	} while (left > 0);
	return 0;
}

int
xlsx_close(struct xlsx *x, const char **err)
{
	lxw_worksheet *about;
	lxw_row_t arow = 0;
	lxw_error e;
	size_t i;
	int st = 0;

	if (!x->typed && settle(x, err) < 0)
		st = -1;
	if (st == 0 && x->row > 1)
		worksheet_autofilter(x->ws, 0, 0, x->row - 1,
		    (lxw_col_t)(x->ncols - 1));
	about = workbook_add_worksheet(x->wb, "about");
	worksheet_set_column(about, 0, 0, 14, NULL);
	worksheet_set_column(about, 1, 1, 100, NULL);
	for (i = 0; i < x->nabout; i++) {
		if (st == 0 && about_line(about, &arow, x->about[i].label,
		    x->about[i].text, x->bold) < 0) {
			*err = "more lines for the about sheet than a sheet "
			    "holds (1,048,576)";
			st = -1;
		}
		free(x->about[i].label);
		free(x->about[i].text);
	}
	e = workbook_close(x->wb);
	if (e != LXW_NO_ERROR && st == 0) {
		*err = lxw_strerror(e);
		st = -1;
	}
	for (i = 0; i < x->nheld; i++) {
		size_t c;

		for (c = 0; c < x->ncols; c++)
			free(x->held[i][c]);
		free(x->held[i]);
	}
	for (i = 0; i < x->ncols; i++)
		free(x->names[i]);
	free(x->names);
	free(x->type);
	free(x->decimals);
	free(x->width);
	free(x->held);
	free(x->about);
	free(x);
	return st;
}
