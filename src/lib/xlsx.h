/*
 * xlsx.h - a CSV table as an .xlsx workbook with typed cells.
 *
 * Columns are typed by their header name and their content: codes (HS
 * codes, ISO3, periods, flows, names, notes) are text cells, so 010121
 * keeps its zeros; values are numbers with a thousands format; shares and
 * growth rates are percentages.  A second sheet, "about", says how the
 * file was made.  Rows are written as they come (libxlsxwriter's constant
 * memory mode), so memory does not grow with the number of rows.
 */
#ifndef TRADESTAT_XLSX_H
#define TRADESTAT_XLSX_H

#include <stddef.h>

enum xlsx_type {
	XT_TEXT,	/* a text cell */
	XT_MONEY,	/* a number, #,##0 (or #,##0.00 with decimals) */
	XT_PERCENT,	/* a fraction shown as 0.00% */
	XT_PCT,		/* a percent (NAME_pct), 0.00 with a % after it */
	XT_NUMBER	/* a number, general format */
};

/* The type a column's name asks for; XT_NUMBER when the name says
 * nothing (the content then decides: non-numbers make it text). */
enum xlsx_type	 xlsx_column_type(const char *name);

struct xlsx;

/* Start a workbook at path with the given header.  NULL and *err set
 * when it cannot be created. */
struct xlsx	*xlsx_open(const char *path, char **names, size_t ncols,
		    const char **err);

/*
 * Add a row of text fields.  The first rows (up to 1000) are held to
 * decide the types and widths of columns that their names leave open;
 * later rows go straight out.  0 ok, -1 error (message in *err).
 */
int		 xlsx_row(struct xlsx *x, char **fields, size_t n,
		    const char **err);

/* Lines for the "about" sheet: label and text. */
void		 xlsx_about(struct xlsx *x, const char *label, const char *text);

/* Finish and close; 0 ok, -1 error (*err).  Frees x either way. */
int		 xlsx_close(struct xlsx *x, const char **err);

#endif
