/*
 * fmt_xlsx.c - Excel workbooks (.xlsx): a zip of XML parts, read with
 * libarchive (the zip) and expat (the XML), never by hand.  Told by its
 * first bytes: a zip whose first part is one of a workbook's.
 *
 * Every worksheet, in the workbook's order (or the one --sheet names),
 * is a table of its own: its first row that is not empty is a header of
 * one of the formats of columns, matched as a CSV file's is, and its
 * other rows are that format's records.  Cells are placed by their
 * references (r="C12"), never by the dimension the sheet declares:
 * Eurostat's sheets declare A1 whatever they hold.  Shared strings,
 * inline strings, numbers (as written, "305.0"), booleans and formula
 * results are read; a cell's style (a date's) is not.
 *
 * Eurostat's spreadsheet layout (the data browser's "spreadsheet"
 * download, DS-045409) is a table of another shape: a block of the
 * dimensions fixed for the sheet ("PRODUCT [PRODUCT]", "FLOW",
 * "INDICATORS", their values in column C), a "TIME" row of periods, a row
 * naming the row dimensions ("REPORTER (Labels)", "PARTNER (Labels)"),
 * then a row per reporter and partner with a value per period, ':' where
 * it is not available or confidential.  Each value becomes a record of
 * the Comext format (fmt_eurostat.c): REPORTER, PARTNER, PRODUCT (the
 * code in the label's "[...]"), FLOW, PERIOD and the indicator; ':' is
 * missing, not zero, and makes no record.  Sheets that describe the
 * others are not tables and are passed over: Eurostat's "Summary" and
 * "Structure", and the "about" of trade-xlsx(1)'s workbooks.
 *
 * The zip is read from memory (its directory is at its end); a sheet's
 * cells are held while its records are given, one sheet at a time.
 */
#include <archive.h>
#include <archive_entry.h>
#include <expat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"
#include "tradefmt.h"
#include "util.h"

#define XLSX_MAXCOL	16384	/* Excel's last column, XFD */

struct xrow {
	char		**cell;		/* NULL where empty */
	size_t		  n;
	unsigned long	  num;		/* the sheet's row number */
};

struct xsheet {
	char		*name;
	char		*rid;
	char		*path;		/* in the zip: xl/worksheets/... */
};

/* Eurostat's layout of the current sheet */
struct xeuro {
	char		**bname, **bval;	/* the block's dimensions */
	size_t		  nb;
	size_t		  nrdim;	/* row dimensions: columns */
	char		**rname;
	int		 *pcol;		/* period columns */
	char		**pval;		/* their periods, "2020-01" */
	size_t		  np;
	size_t		  first;	/* the first row of data */
	size_t		  pnext;	/* next period in the row */
};

struct xlsx_state {
	char		 *zip;
	size_t		  zlen;
	char		 *fname;	/* the file's name, kept */
	char		 *where;	/* "FILE:SHEET", for messages */
	struct xsheet	 *sheets;
	size_t		  nsheets, si;	/* si: the next sheet */
	char		**sst;		/* shared strings */
	size_t		  nsst;
	/* the current sheet */
	struct xrow	 *rows;
	size_t		  nrows, ri;	/* ri: the next row */
	int		  euro;		/* Eurostat's layout */
	struct xeuro	  e;
	/* the record given */
	char		**vals;
	size_t		 *lens;
	size_t		  nvals;
	/* the XML parse */
	char		 *text;
	size_t		  tlen, tcap;
	int		  intext;	/* in <v>, or <t> outside <rPh> */
	int		  inrph;
	char		  ctype[12];	/* the cell's t="..." */
	long		  ccol;		/* the cell's column, from 0 */
	long		  lastcol;
	unsigned long	  rownum;
	struct xrow	 *row;		/* being read */
	int		  err;
	char		  errmsg[256];
	/* workbook.xml and its rels */
	const char	 *want;		/* --sheet */
};

static int
xlsx_sniff(struct trade_reader *r, const char *head, size_t len)
{
	static const char *parts[] = { "[Content_Types].xml", "_rels/",
	    "docProps/", "xl/" };
	enum trade_format forced = r->o.format;
	size_t i, nlen;
	int zip = 0;

	/* a zip's first local header: the name at 30, its length at 26 */
	if (len >= 30 && memcmp(head, "PK\003\004", 4) == 0) {
		nlen = (unsigned char)head[26] |
		    (size_t)(unsigned char)head[27] << 8;
		for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
			if (30 + nlen <= len && nlen >= strlen(parts[i]) &&
			    memcmp(head + 30, parts[i], strlen(parts[i])) == 0)
				zip = 1;
	}
	if (zip && forced != FMT_AUTO && forced != FMT_XLSX &&
	    forced != FMT_EUROSTAT) {
		snprintf(r->err, sizeof(r->err), "%s: an Excel workbook "
		    "(.xlsx), but --format %s", r->fname,
		    trade_format_name(forced));
		return -1;
	}
	if (!zip && forced == FMT_XLSX) {
		snprintf(r->err, sizeof(r->err), "%s: --format xlsx, but the "
		    "file is not an Excel workbook (.xlsx)", r->fname);
		return -1;
	}
	return zip;
}

static void
free_strv(char **v, size_t n)
{
	size_t i;

	if (v == NULL)
		return;
	for (i = 0; i < n; i++)
		free(v[i]);
	free(v);
}

static void
free_sheet(struct xlsx_state *x)
{
	size_t i;

	for (i = 0; i < x->nrows; i++)
		free_strv(x->rows[i].cell, x->rows[i].n);
	free(x->rows);
	x->rows = NULL;
	x->nrows = x->ri = 0;
	free_strv(x->e.bname, x->e.nb);
	free_strv(x->e.bval, x->e.nb);
	free_strv(x->e.rname, x->e.nrdim);
	free_strv(x->e.pval, x->e.np);
	free(x->e.pcol);
	memset(&x->e, 0, sizeof(x->e));
	x->euro = 0;
}

static void
xlsx_close(struct trade_reader *r)
{
	struct xlsx_state *x = r->owndata;
	size_t i;

	if (x == NULL)
		return;
	free_sheet(x);
	for (i = 0; i < x->nsheets; i++) {
		free(x->sheets[i].name);
		free(x->sheets[i].rid);
		free(x->sheets[i].path);
	}
	free(x->sheets);
	free_strv(x->sst, x->nsst);
	free_strv(x->vals, x->nvals);
	free(x->lens);
	free(x->text);
	free(x->zip);
	r->fname = r->files[r->fi][0] == '-' && r->files[r->fi][1] == '\0' ?
	    "<stdin>" : r->files[r->fi];
	free(x->fname);
	free(x->where);
	free(x);
	r->owndata = NULL;
	r->nf = 0;
}

/* Text of the element being read. */
static void
text_add(struct xlsx_state *x, const char *s, size_t n)
{
	if (x->tlen + n + 1 > x->tcap) {
		x->tcap = (x->tlen + n + 1) * 2;
		x->text = xrealloc(x->text, x->tcap);
	}
	memcpy(x->text + x->tlen, s, n);
	x->tlen += n;
	x->text[x->tlen] = '\0';
}

static void XMLCALL
on_text(void *ud, const XML_Char *s, int len)
{
	struct xlsx_state *x = ud;

	if (x->intext && !x->inrph)
		text_add(x, s, (size_t)len);
}

/* The local name of a tag: "x:row" and "row" are the same. */
static const char *
local(const char *name)
{
	const char *c = strrchr(name, ':');

	return c ? c + 1 : name;
}

static const char *
attr(const XML_Char **a, const char *name)
{
	for (; a[0] != NULL; a += 2)
		if (strcmp(local(a[0]), name) == 0)
			return a[1];
	return NULL;
}

/* "AB12" -> column 27 (0-based), or -1. */
static long
ref_col(const char *ref)
{
	long c = 0;
	int n = 0;

	for (; *ref >= 'A' && *ref <= 'Z'; ref++, n++)
		c = c * 26 + (*ref - 'A' + 1);
	if (n == 0 || n > 3 || c > XLSX_MAXCOL)
		return -1;
	return c - 1;
}

static void
xml_fail(struct xlsx_state *x, const char *fmt, const char *arg)
{
	if (x->err)
		return;
	x->err = 1;
	snprintf(x->errmsg, sizeof(x->errmsg), fmt, arg);
}

/* --- the shared strings --- */

static void XMLCALL
sst_start(void *ud, const XML_Char *name, const XML_Char **a)
{
	struct xlsx_state *x = ud;
	const char *n = local(name);

	(void)a;
	if (strcmp(n, "si") == 0)
		x->tlen = 0, text_add(x, "", 0);
	else if (strcmp(n, "t") == 0)
		x->intext = 1;
	else if (strcmp(n, "rPh") == 0)
		x->inrph = 1;	/* a phonetic reading, not the text */
}

static void XMLCALL
sst_end(void *ud, const XML_Char *name)
{
	struct xlsx_state *x = ud;
	const char *n = local(name);

	if (strcmp(n, "t") == 0)
		x->intext = 0;
	else if (strcmp(n, "rPh") == 0)
		x->inrph = 0;
	else if (strcmp(n, "si") == 0) {
		if ((x->nsst & (x->nsst + 1)) == 0 || x->nsst == 0)
			x->sst = xrealloc(x->sst, (x->nsst + 1) * 2 *
			    sizeof(char *));
		x->sst[x->nsst++] = xstrdup(x->text ? x->text : "");
	}
}

/* --- a worksheet --- */

static void XMLCALL
sheet_start(void *ud, const XML_Char *name, const XML_Char **a)
{
	struct xlsx_state *x = ud;
	const char *n = local(name), *v;

	if (strcmp(n, "row") == 0) {
		unsigned long num = x->rownum + 1;

		if ((v = attr(a, "r")) != NULL) {
			char *end;

			num = strtoul(v, &end, 10);
			if (*end != '\0' || num <= x->rownum) {
				xml_fail(x, "row number out of order: '%s'",
				    v);
				return;
			}
		}
		x->rownum = num;
		if ((x->nrows & (x->nrows + 1)) == 0 || x->nrows == 0)
			x->rows = xrealloc(x->rows, (x->nrows + 1) * 2 *
			    sizeof(*x->rows));
		x->row = &x->rows[x->nrows++];
		memset(x->row, 0, sizeof(*x->row));
		x->row->num = num;
		x->lastcol = -1;
	} else if (strcmp(n, "c") == 0) {
		x->ccol = x->lastcol + 1;
		if ((v = attr(a, "r")) != NULL && (x->ccol = ref_col(v)) < 0) {
			xml_fail(x, "not a cell reference: '%s'", v);
			return;
		}
		if (x->ccol >= XLSX_MAXCOL) {
			xml_fail(x, "a cell beyond column XFD%s", "");
			return;
		}
		x->lastcol = x->ccol;
		v = attr(a, "t");
		snprintf(x->ctype, sizeof(x->ctype), "%s", v ? v : "n");
		x->tlen = 0;
		text_add(x, "", 0);
	} else if (strcmp(n, "v") == 0 || strcmp(n, "t") == 0)
		x->intext = 1;
	else if (strcmp(n, "rPh") == 0)
		x->inrph = 1;
}

/* The cell just read into the row. */
static void
put_cell(struct xlsx_state *x)
{
	struct xrow *row = x->row;
	const char *s = x->text ? x->text : "";
	size_t c = (size_t)x->ccol;

	if (row == NULL) {
		xml_fail(x, "a cell outside a row%s", "");
		return;
	}
	if (strcmp(x->ctype, "s") == 0) {
		char *end;
		unsigned long i = strtoul(s, &end, 10);

		if (*s == '\0' || *end != '\0' || i >= x->nsst) {
			xml_fail(x, "shared string index out of range: '%s'",
			    s);
			return;
		}
		s = x->sst[i];
	} else if (strcmp(x->ctype, "b") == 0)
		s = strcmp(s, "1") == 0 ? "TRUE" : "FALSE";
	if (*s == '\0')
		return;
	if (c >= row->n) {
		size_t n = c + 1 > row->n * 2 ? c + 1 : row->n * 2;

		row->cell = xrealloc(row->cell, n * sizeof(char *));
		memset(row->cell + row->n, 0, (n - row->n) * sizeof(char *));
		row->n = n;
	}
	free(row->cell[c]);
	row->cell[c] = xstrdup(s);
}

static void XMLCALL
sheet_end(void *ud, const XML_Char *name)
{
	struct xlsx_state *x = ud;
	const char *n = local(name);

	if (strcmp(n, "v") == 0 || strcmp(n, "t") == 0)
		x->intext = 0;
	else if (strcmp(n, "rPh") == 0)
		x->inrph = 0;
	else if (strcmp(n, "c") == 0)
		put_cell(x);
	else if (strcmp(n, "row") == 0)
		x->row = NULL;
}

/* --- workbook.xml and its relationships --- */

static void XMLCALL
book_start(void *ud, const XML_Char *name, const XML_Char **a)
{
	struct xlsx_state *x = ud;
	const char *n = local(name), *sn, *id;

	if (strcmp(n, "sheet") != 0)
		return;
	sn = attr(a, "name");
	id = attr(a, "id");	/* r:id */
	if (sn == NULL || id == NULL) {
		xml_fail(x, "a sheet without a name or r:id%s", "");
		return;
	}
	x->sheets = xrealloc(x->sheets, (x->nsheets + 1) * sizeof(*x->sheets));
	x->sheets[x->nsheets].name = xstrdup(sn);
	x->sheets[x->nsheets].rid = xstrdup(id);
	x->sheets[x->nsheets].path = NULL;
	x->nsheets++;
}

static void XMLCALL
rels_start(void *ud, const XML_Char *name, const XML_Char **a)
{
	struct xlsx_state *x = ud;
	const char *id, *target;
	size_t i;

	if (strcmp(local(name), "Relationship") != 0 ||
	    (id = attr(a, "Id")) == NULL || (target = attr(a, "Target")) ==
	    NULL)
		return;
	for (i = 0; i < x->nsheets; i++)
		if (strcmp(x->sheets[i].rid, id) == 0 &&
		    x->sheets[i].path == NULL) {
			char *p;

			/* relative to xl/, or from the package's root */
			if (target[0] == '/') {
				p = xstrdup(target + 1);
			} else {
				p = xmalloc(strlen(target) + 4);
				sprintf(p, "xl/%s", target);
			}
			x->sheets[i].path = p;
		}
}

static void XMLCALL
no_end(void *ud, const XML_Char *name)
{
	(void)ud;
	(void)name;
}

/*
 * Parse the part called path of the zip with the handlers given: 1 done,
 * 0 no such part, -1 error (x->errmsg).
 */
static int
parse_part(struct xlsx_state *x, const char *path,
    XML_StartElementHandler start, XML_EndElementHandler end)
{
	struct archive *a;
	struct archive_entry *ent;
	XML_Parser p;
	char buf[65536];
	la_ssize_t n;
	int st, found = 0;

	if ((a = archive_read_new()) == NULL)
		return xml_fail(x, "out of memory%s", ""), -1;
	archive_read_support_format_zip(a);
	if (archive_read_open_memory(a, x->zip, x->zlen) != ARCHIVE_OK) {
		xml_fail(x, "not a readable zip: %s", archive_error_string(a));
		archive_read_free(a);
		return -1;
	}
	while ((st = archive_read_next_header(a, &ent)) == ARCHIVE_OK) {
		if (strcmp(archive_entry_pathname(ent), path) == 0)
			break;
	}
	if (st != ARCHIVE_OK) {
		if (st != ARCHIVE_EOF)
			xml_fail(x, "not a readable zip: %s",
			    archive_error_string(a));
		archive_read_free(a);
		return st == ARCHIVE_EOF ? 0 : -1;
	}
	found = 1;
	p = XML_ParserCreate(NULL);
	XML_SetUserData(p, x);
	XML_SetElementHandler(p, start, end);
	XML_SetCharacterDataHandler(p, on_text);
	x->intext = x->inrph = 0;
	x->err = 0;
	while ((n = archive_read_data(a, buf, sizeof(buf))) > 0 && !x->err)
		if (XML_Parse(p, buf, (int)n, 0) == XML_STATUS_ERROR) {
			snprintf(x->errmsg, sizeof(x->errmsg), "%s:%lu: not "
			    "valid XML: %s", path,
			    (unsigned long)XML_GetCurrentLineNumber(p),
			    XML_ErrorString(XML_GetErrorCode(p)));
			x->err = 1;
		}
	if (n < 0 && !x->err)
		xml_fail(x, "not a readable zip: %s", archive_error_string(a));
	if (!x->err && XML_Parse(p, "", 0, 1) == XML_STATUS_ERROR) {
		snprintf(x->errmsg, sizeof(x->errmsg), "%s: not valid XML: %s",
		    path, XML_ErrorString(XML_GetErrorCode(p)));
		x->err = 1;
	}
	XML_ParserFree(p);
	archive_read_free(a);
	return x->err ? -1 : found;
}

/* --- the records --- */

static const char *
cell(const struct xrow *row, size_t c)
{
	return c < row->n && row->cell[c] ? row->cell[c] : "";
}

static int
row_empty(const struct xrow *row)
{
	size_t c;

	for (c = 0; c < row->n; c++)
		if (row->cell[c])
			return 0;
	return 1;
}

/* The record given: n fields from v (copied). */
static void
give(struct trade_reader *r, struct xlsx_state *x, const char *const *v,
    size_t n, unsigned long num)
{
	size_t i;

	if (n > x->nvals) {
		x->vals = xrealloc(x->vals, n * sizeof(char *));
		x->lens = xrealloc(x->lens, n * sizeof(size_t));
		for (i = x->nvals; i < n; i++)
			x->vals[i] = NULL;
		x->nvals = n;
	}
	for (i = 0; i < n; i++) {
		free(x->vals[i]);
		x->vals[i] = xstrdup(v[i] ? v[i] : "");
		x->lens[i] = strlen(x->vals[i]);
	}
	r->fv = (const char *const *)x->vals;
	r->fl = x->lens;
	r->nf = n;
	r->recno = num;
}

/* A row as a record. */
static void
give_row(struct trade_reader *r, struct xlsx_state *x,
    const struct xrow *row)
{
	const char **v = xcalloc(row->n ? row->n : 1, sizeof(char *));
	size_t c;

	for (c = 0; c < row->n; c++)
		v[c] = cell(row, c);
	give(r, x, v, row->n, row->num);
	free(v);
}

/* "Label [85423111]" -> "85423111"; otherwise s */
static char *
bracket_code(const char *s)
{
	size_t n = strlen(s);
	const char *o;

	if (n > 2 && s[n - 1] == ']' && (o = strrchr(s, '[')) != NULL &&
	    o > s && o[-1] == ' ')
		return xstrndup(o + 1, (size_t)(s + n - 1 - (o + 1)));
	return xstrdup(s);
}

/* "PRODUCT [PRODUCT]" or "REPORTER (Labels)" -> "PRODUCT", "REPORTER" */
static char *
dim_name(const char *s)
{
	const char *e = strstr(s, " [");

	if (e == NULL)
		e = strstr(s, " (");
	return e ? xstrndup(s, (size_t)(e - s)) : xstrdup(s);
}

/*
 * Whether the sheet is in Eurostat's layout, and if so its dimensions:
 * 1 yes, 0 no, -1 a layout that is Eurostat's but not read (r->err).
 */
static int
euro_layout(struct trade_reader *r, struct xlsx_state *x)
{
	struct xeuro *e = &x->e;
	size_t i, t = 0, c;
	int have_time = 0;

	(void)r;

	for (i = 0; i < x->nrows && i < 40; i++)
		if (strcmp(cell(&x->rows[i], 0), "TIME") == 0) {
			t = i;
			have_time = 1;
			break;
		}
	if (!have_time || t + 2 >= x->nrows)
		return 0;
	/* the block above TIME: NAME in A, its value in C */
	for (i = 0; i < t; i++) {
		const struct xrow *row = &x->rows[i];
		const char *n = cell(row, 0), *v = cell(row, 2);

		if (*n == '\0' || *v == '\0' || strchr(n, ':') != NULL)
			continue;	/* "Dataset: ", "Last updated: " */
		e->bname = xrealloc(e->bname, (e->nb + 1) * sizeof(char *));
		e->bval = xrealloc(e->bval, (e->nb + 1) * sizeof(char *));
		e->bname[e->nb] = dim_name(n);
		e->bval[e->nb] = bracket_code(v);
		e->nb++;
	}
	/* the periods of the TIME row */
	for (c = 1; c < x->rows[t].n; c++) {
		const char *s = cell(&x->rows[t], c);
		int p;

		if (*s == '\0' || period_parse(s, strlen(s), &p) < 0)
			continue;
		e->pcol = xrealloc(e->pcol, (e->np + 1) * sizeof(int));
		e->pval = xrealloc(e->pval, (e->np + 1) * sizeof(char *));
		e->pcol[e->np] = (int)c;
		e->pval[e->np] = xstrdup(s);
		e->np++;
	}
	/* the row naming the row dimensions: "REPORTER (Labels)" ... */
	for (i = t + 1; i < x->nrows && i < t + 6; i++) {
		const struct xrow *row = &x->rows[i];

		/* not "FREQ (Labels)", which has a value per period */
		if (strstr(cell(row, 0), "(Labels)") == NULL || e->np == 0 ||
		    *cell(row, (size_t)e->pcol[0]) != '\0')
			continue;
		for (c = 0; c < row->n && strstr(cell(row, c),
		    "(Labels)") != NULL && (e->np == 0 || (int)c <
		    e->pcol[0]); c++) {
			e->rname = xrealloc(e->rname, (c + 1) *
			    sizeof(char *));
			e->rname[c] = dim_name(cell(row, c));
		}
		e->nrdim = c;
		e->first = i + 1;
		break;
	}
	if (e->np == 0 || e->nrdim == 0 || e->nb == 0)
		return 0;
	return 1;
}

/* The header of Eurostat's layout: block, row dimensions, PERIOD and
 * the indicator. */
static void
euro_header(struct trade_reader *r, struct xlsx_state *x)
{
	struct xeuro *e = &x->e;
	const char **v = xcalloc(e->nb + e->nrdim + 2, sizeof(char *));
	const char *ind = "VALUE";
	size_t i, n = 0;

	for (i = 0; i < e->nb; i++) {
		if (strcmp(e->bname[i], "INDICATORS") == 0)
			ind = e->bval[i];
		else
			v[n++] = e->bname[i];
	}
	for (i = 0; i < e->nrdim; i++)
		v[n++] = e->rname[i];
	v[n++] = "PERIOD";
	v[n++] = ind;
	give(r, x, v, n, x->rows[e->first - 1].num);
	free(v);
}

/* The next value of Eurostat's layout as a record: 1, 0 none left in the
 * sheet. */
static int
euro_next(struct trade_reader *r, struct xlsx_state *x)
{
	struct xeuro *e = &x->e;

	while (x->ri < x->nrows) {
		const struct xrow *row = &x->rows[x->ri];
		const char **v;
		size_t i, n = 0;

		/* the rows of data end at the first without its row
		 * dimensions ("Special value", the notes) */
		if (*cell(row, 0) == '\0' || *cell(row, e->nrdim - 1) ==
		    '\0') {
			x->ri = x->nrows;
			break;
		}
		while (e->pnext < e->np) {
			const char *val = cell(row, (size_t)e->pcol[e->pnext]);
			size_t k = e->pnext++;

			/* ':' is not available or confidential: missing,
			 * not zero */
			if (*val == '\0' || val[0] == ':')
				continue;
			v = xcalloc(e->nb + e->nrdim + 2, sizeof(char *));
			for (i = 0; i < e->nb; i++)
				if (strcmp(e->bname[i], "INDICATORS") != 0)
					v[n++] = e->bval[i];
			for (i = 0; i < e->nrdim; i++)
				v[n++] = cell(row, i);
			v[n++] = e->pval[k];
			v[n++] = val;
			give(r, x, v, n, row->num);
			free(v);
			return 1;
		}
		x->ri++;
		e->pnext = 0;
	}
	return 0;
}

/* The sheets that describe the others: Eurostat's "Summary" and
 * "Structure", trade-xlsx's "about" (its first cell "input"). */
static int
is_notes(const struct xsheet *s, const struct xrow *first)
{
	return strcmp(s->name, "Summary") == 0 ||
	    strcmp(s->name, "Structure") == 0 ||
	    (strcmp(s->name, "about") == 0 &&
	    strcmp(cell(first, 0), "input") == 0);
}

/* Read the next sheet to give: 1 one (its header matched), 0 none
 * left, -1 error. */
static int
next_sheet(struct trade_reader *r, struct xlsx_state *x)
{
	size_t k;
	int st;

	for (;;) {
		struct xsheet *s;

		free_sheet(x);
		if (x->si >= x->nsheets)
			return 0;
		s = &x->sheets[x->si++];
		if (x->want && strcmp(s->name, x->want) != 0)
			continue;
		if (s->path == NULL) {
			snprintf(r->err, sizeof(r->err), "%s: sheet '%s' has "
			    "no part in the workbook", x->fname, s->name);
			return -1;
		}
		free(x->where);
		x->where = xmalloc(strlen(x->fname) + strlen(s->name) + 2);
		sprintf(x->where, "%s:%s", x->fname, s->name);
		r->fname = x->where;
		x->rownum = 0;
		x->row = NULL;
		st = parse_part(x, s->path, sheet_start, sheet_end);
		if (st <= 0) {
			snprintf(r->err, sizeof(r->err), "%s: %s", x->where,
			    st == 0 ? "its part is missing from the zip" :
			    x->errmsg);
			return -1;
		}
		/* the first row that is not empty */
		while (x->ri < x->nrows && row_empty(&x->rows[x->ri]))
			x->ri++;
		if (x->ri >= x->nrows)
			continue;	/* an empty sheet */
		if ((st = euro_layout(r, x)) < 0)
			return -1;
		if (st == 0 && is_notes(s, &x->rows[x->ri]) && x->want == NULL)
			continue;	/* Eurostat's descriptions */
		for (k = 0; k < NROLES; k++) {
			free(r->colname[k]);
			r->colname[k] = NULL;
		}
		if (st > 0) {
			x->euro = 1;
			x->ri = x->e.first;
			euro_header(r, x);
			return trade_set_format(r, r->o.format == FMT_AUTO ||
			    r->o.format == FMT_XLSX ? &fmt_eurostat :
			    trade_format_find(r->o.format)) < 0 ? -1 : 1;
		}
		give_row(r, x, &x->rows[x->ri++]);
		return trade_set_format(r, r->o.format == FMT_AUTO ||
		    r->o.format == FMT_XLSX ? NULL :
		    trade_format_find(r->o.format)) < 0 ? -1 : 1;
	}
}

static int
xlsx_open(struct trade_reader *r)
{
	struct xlsx_state *x;
	size_t i;
	int st;

	r->own = &fmt_xlsx;
	r->owndata = x = xcalloc(1, sizeof(*x));
	r->recno = 0;
	x->fname = xstrdup(r->fname);
	x->want = r->o.sheet;
	if ((x->zip = csvr_slurp(r->csv, &x->zlen)) == NULL) {
		snprintf(r->err, sizeof(r->err), "%s: read error", r->fname);
		return -1;
	}
	if ((st = parse_part(x, "xl/workbook.xml", book_start, no_end)) <= 0 ||
	    (st = parse_part(x, "xl/_rels/workbook.xml.rels", rels_start,
	    no_end)) <= 0) {
		snprintf(r->err, sizeof(r->err), "%s: %s", r->fname, st == 0 ?
		    "a zip, but not an Excel workbook (no xl/workbook.xml)" :
		    x->errmsg);
		return -1;
	}
	if (parse_part(x, "xl/sharedStrings.xml", sst_start, sst_end) < 0) {
		snprintf(r->err, sizeof(r->err), "%s: %s", r->fname,
		    x->errmsg);
		return -1;
	}
	if (x->want) {
		for (i = 0; i < x->nsheets; i++)
			if (strcmp(x->sheets[i].name, x->want) == 0)
				break;
		if (i == x->nsheets) {
			char names[512];
			size_t o = 0;

			names[0] = '\0';
			for (i = 0; i < x->nsheets && o + 80 < sizeof(names);
			    i++)
				o += (size_t)snprintf(names + o, sizeof(names) -
				    o, "%s'%s'", i ? ", " : "",
				    util_excerpt(x->sheets[i].name,
				    strlen(x->sheets[i].name)));
			snprintf(r->err, sizeof(r->err), "%s: no sheet '%s' "
			    "(--sheet); the workbook has %s%s", r->fname,
			    x->want, names, i < x->nsheets ? ", ..." : "");
			return -1;
		}
	}
	return next_sheet(r, x);
}

static int
xlsx_next(struct trade_reader *r)
{
	struct xlsx_state *x = r->owndata;
	int st;

	for (;;) {
		if (x->euro) {
			if (euro_next(r, x))
				return 1;
		} else {
			while (x->ri < x->nrows && row_empty(&x->rows[x->ri]))
				x->ri++;
			if (x->ri < x->nrows) {
				give_row(r, x, &x->rows[x->ri++]);
				return 1;
			}
		}
		if ((st = next_sheet(r, x)) <= 0)
			return st;
	}
}

const struct trade_format_ops fmt_xlsx = {
	.fmt = FMT_XLSX,
	.name = "xlsx",
	.label = NULL,
	.flow = FLOW_NONE,
	.sniff = xlsx_sniff,
	.open = xlsx_open,
	.next = xlsx_next,
	.close = xlsx_close,
};
