/*
 * trade.c - the trade reader: input files of any format to canonical
 * trade rows.
 *
 * A file's format is forced, or told by its first bytes or its header
 * (formats.h gives the order); a format is a struct of traits and hooks
 * in its own fmt_*.c file (tradefmt.h).  Most formats are roles (period,
 * reporter, value...) found by column name in the header, and one mapper
 * here turns a record into a row from those roles and the format's
 * traits (value scale, currency, a flow or unit it implies).
 */
#include <errno.h>
#include <math.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "codes.h"
#include "monthmask.h"
#include "num.h"
#include "period.h"
#include "source.h"
#include "tablekind.h"
#include "trade.h"
#include "tradefmt.h"
#include "util.h"

static const char *role_names[NROLES] = {
	"period", "period", "year", "month",
	"reporter", "reporter", "reporter",
	"partner", "partner", "partner",
	"flow", "flow", "product", "value", "quantity", "unit", "currency",
	"source", "rows", "months", "month_mask", "scale", "scale",
	"indicator", "mode of transport", "customs procedure",
	"second partner", "statistical procedure", "classification"
};

/* After csvr_next(): where the record's fields are. */
static void
sync_fields(struct trade_reader *r)
{
	r->fv = csvr_fields(r->csv);
	r->fl = csvr_lens(r->csv);
	r->nf = csvr_nfields(r->csv);
}

uint64_t
trade_curline(const struct trade_reader *r)
{
	return r->own ? r->recno : csvr_line(r->csv);
}

void
trade_rowerr(struct trade_reader *r, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(r->err, sizeof(r->err), r->own ? "%s:record %llu: " :
	    "%s:%llu: ", r->fname, (unsigned long long)trade_curline(r));
	if (n < 0 || (size_t)n >= sizeof(r->err))
		return;
	va_start(ap, fmt);
	vsnprintf(r->err + n, sizeof(r->err) - (size_t)n, fmt, ap);
	va_end(ap);
}

/* Error about the field of role k. */
void
trade_colerr(struct trade_reader *r, int k, const char *what)
{
	size_t len;
	const char *s = trade_fld(r, (size_t)r->col[k], &len);

	trade_rowerr(r, "column '%s': %s: '%s'", r->colname[k], what,
	    util_excerpt(s, len));
}

struct trade_reader *
trade_open(const struct trade_opts *o, char *const *files, int nfiles)
{
	struct trade_reader *r = xcalloc(1, sizeof(*r));
	static char *const stdin_only[] = { "-" };

	r->o = *o;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	r->files = files;
	r->nfiles = nfiles;
	return r;
}

uint64_t
trade_size(const struct trade_reader *r)
{
	struct stat st;
	uint64_t n = 0;
	int i;

	for (i = 0; i < r->nfiles; i++) {
		if (strcmp(r->files[i], "-") == 0 ||
		    stat(r->files[i], &st) != 0 || !S_ISREG(st.st_mode))
			return 0;
		n += (uint64_t)st.st_size;
	}
	return n;
}

/* The format reading its own records is done with them. */
static void
close_own(struct trade_reader *r)
{
	if (r->own) {
		r->own->close(r);
		r->own = NULL;
	}
}

/* The note of the current file's bytes that were not UTF-8 into note
 * (with its LF): 0 when there are none, or it is noted already (a file
 * read again from its start, after the threads declined, is noted once). */
static int
recoded_note(const struct trade_reader *r, char *note, size_t size)
{
	uint64_t line, n = r->csv ? csvr_recoded(r->csv, &line) : 0;

	if (!csvr_recoded_note(r->fname, n, line, note, size))
		return 0;
	return r->recoded == NULL || strstr(r->recoded, note) == NULL;
}

/* Keep the current file's note for trade_report_skipped(). */
static void
note_recoded(struct trade_reader *r)
{
	size_t len = r->recoded ? strlen(r->recoded) : 0;
	char note[1200];

	if (!recoded_note(r, note, sizeof(note)))
		return;
	r->recoded = xrealloc(r->recoded, len + strlen(note) + 1);
	memcpy(r->recoded + len, note, strlen(note) + 1);
}

static void
close_file(struct trade_reader *r)
{
	size_t i;

	note_recoded(r);
	if (r->csv) {
		r->bytes_done += csvr_bytes(r->csv);
		csvr_close(r->csv);
		r->csv = NULL;
	}
	for (i = 0; i < NROLES; i++) {
		free(r->colname[i]);
		r->colname[i] = NULL;
	}
	free(r->pcol);
	free(r->pper);
	r->pcol = r->pper = NULL;
	r->npcol = 0;
	r->inrec = 0;
	r->currency[0] = '\0';
	close_own(r);
}

void
trade_close(struct trade_reader *r)
{
	int i;

	if (r == NULL)
		return;
	if (r->part) {		/* the rest is its template's */
		csvr_close(r->csv);
		free(r);
		return;
	}
	close_file(r);
	source_close(r->src);
	for (i = 0; i < (int)r->nnames; i++)
		free(r->names[i]);
	free(r->names);
	free(r->zipcountries);
	for (i = 0; i < 5; i++)
		free(r->skipmsg[i]);
	free(r->recoded);
	free(r->bmap);
	free(r->bres);
	free(r);
}

const char *
trade_error(const struct trade_reader *r)
{
	return r->err;
}

uint64_t
trade_skipped(const struct trade_reader *r)
{
	return r->nskipped;
}

/* The lines of the report, one per call: line i, in the order the notes
 * of bytes that were not UTF-8, the repeated headers, the count of rows
 * skipped and the first five of them. */
int
trade_report_skipped(const struct trade_reader *r, int i, char *buf,
    size_t size)
{
	const char *p, *nl;
	char note[1200];
	int k = 0;

	for (p = r->recoded; p != NULL && (nl = strchr(p, '\n')) != NULL;
	    p = nl + 1)
		if (k++ == i) {
			snprintf(buf, size, "%.*s", (int)(nl - p), p);
			return 1;
		}
	if (recoded_note(r, note, sizeof(note)) && k++ == i) {
		snprintf(buf, size, "%.*s", (int)strlen(note) - 1, note);
		return 1;
	}
	if (r->nheaders > 0 && k++ == i) {
		snprintf(buf, size, "skipped %llu repeated header line%s (files "
		    "joined with cat?)", (unsigned long long)r->nheaders,
		    r->nheaders == 1 ? "" : "s");
		return 1;
	}
	if (r->nskipped == 0)
		return 0;
	if (k++ == i) {
		snprintf(buf, size, "skipped %llu unreadable row%s",
		    (unsigned long long)r->nskipped, r->nskipped == 1 ? "" :
		    "s");
		return 1;
	}
	if (i - k >= 0 && (uint64_t)(i - k) < r->nskipped && i - k < 5) {
		snprintf(buf, size, "skipped: %s", r->skipmsg[i - k]);
		return 1;
	}
	k += r->nskipped < 5 ? (int)r->nskipped : 5;
	if (r->nskipped > 5 && k == i) {
		snprintf(buf, size, "skipped: ... and %llu more",
		    (unsigned long long)(r->nskipped - 5));
		return 1;
	}
	return 0;
}

uint64_t
trade_bytes(const struct trade_reader *r)
{
	return r->bytes_done + (r->csv ? csvr_bytes(r->csv) : 0);
}

/* Does header name h match one of the '|' separated names in alts? */
static int
name_matches(const char *h, size_t hlen, const char *alts)
{
	const char *p = alts, *bar;
	size_t n;

	for (;;) {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		if (n == hlen && util_strcasecmp_n(h, p, n) == 0)
			return 1;
		if (bar == NULL)
			return 0;
		p = bar + 1;
	}
}

/* Find the roles of format s in the current header; the number of
 * required roles found, or -1 for a duplicated column (error set). */
static int
match_header(struct trade_reader *r, const struct trade_format_ops *s,
    int set)
{
	size_t i, n = r->nf, len;
	int k, found = 0, col[NROLES];

	for (k = 0; k < NROLES; k++)
		col[k] = -1;
	for (k = 0; k < NROLES; k++) {
		if (s->cols[k] == NULL)
			continue;
		for (i = 0; i < n; i++) {
			const char *h = trade_fld(r, i, &len);

			if (!name_matches(h, len, s->cols[k]))
				continue;
			if (col[k] >= 0 && set) {
				trade_rowerr(r, "column '%s' appears twice "
				    "(columns %d and %zu)",
				    util_excerpt(h, len), col[k] + 1, i + 1);
				return -1;
			}
			if (col[k] < 0)
				col[k] = (int)i;
		}
		if (col[k] >= 0 && (s->required & TRADE_ROLE(k)))
			found++;
	}
	if (set)
		for (k = 0; k < NROLES; k++) {
			r->col[k] = col[k];
			if (col[k] >= 0) {
				const char *h = trade_fld(r, (size_t)col[k],
				    &len);

				r->colname[k] = xstrndup(h, len);
			}
		}
	return found;
}

int
trade_set_format(struct trade_reader *r, const struct trade_format_ops *best)
{
	size_t i;
	int k;

	for (i = 0; best == NULL && i < trade_nformats; i++) {
		const struct trade_format_ops *f = trade_formats[i];

		if (f->required != 0 && match_header(r, f, 0) ==
		    util_popcount(f->required))
			best = f;
	}
	if (best == NULL) {
		char seen[1200];
		size_t o = 0, len;

		seen[0] = '\0';
		for (i = 0; i < r->nf && o + 200 < sizeof(seen); i++) {
			const char *h = trade_fld(r, i, &len);
			int w = snprintf(seen + o, sizeof(seen) - o, "%s%s",
			    i ? ", " : "",
			    util_excerpt(h, len < 30 ? len : 30));

			if (w < 0 || (size_t)w >= sizeof(seen) - o)
				break;
			o += (size_t)w;
		}
		if (i < r->nf && o + 6 < sizeof(seen))
			snprintf(seen + o, sizeof(seen) - o, ", ...");
		trade_rowerr(r, "header matches no known format; columns seen: "
		    "%s; formats known: %s (see --format)", seen,
		    trade_format_list());
		return -1;
	}
	if (match_header(r, best, 1) < 0)
		return -1;
	for (k = 0; k < NROLES; k++)
		if ((best->required & TRADE_ROLE(k)) && r->col[k] < 0) {
			trade_rowerr(r, "%s file without a '%s' column (looked "
			    "for: %s)", best->name, role_names[k],
			    best->cols[k]);
			return -1;
		}
	r->spec = best;
	if (r->o.source)
		snprintf(r->source, sizeof(r->source), "%s", r->o.source);
	else if (best->label)
		snprintf(r->source, sizeof(r->source), "%s", best->label);
	else
		r->source[0] = '\0';
	if (best->open && best->open(r) < 0)
		return -1;
	return 0;
}

/* -1 with the reason when the header is of a table another program
 * derived (tablekind.h), which a summing program must not add up. */
static int
refuse_derived(struct trade_reader *r)
{
	char *names[64] = { NULL };
	size_t i, n = r->nf < 64 ? r->nf : 64, len;
	enum tablekind k;

	for (i = 0; i < n; i++) {
		const char *h = trade_fld(r, i, &len);

		names[i] = xstrndup(h, len);
	}
	k = tablekind_find((const char *const *)names, n);
	for (i = 0; i < n; i++)
		free(names[i]);
	if (tablekind_summable(k))
		return 0;
	trade_rowerr(r, "a %s table (%s's output), not trade rows: %s; give "
	    "this program the trade rows %s read", tablekind_name(k),
	    tablekind_program(k), tablekind_why(k), tablekind_program(k));
	return -1;
}

/*
 * The next member of the input: of the current file's source (a zip's
 * next data member), or of the next file's; r->fname is its name.  1,
 * 0 when no file is left, -1 error.
 */
static int
next_member(struct trade_reader *r)
{
	const char *name;
	char err[512];
	int k, st;

	for (;;) {
		if (r->fi >= r->nfiles)
			return 0;
		if (r->src == NULL) {
			const char *f = r->files[r->fi];

			r->fname = strcmp(f, "-") == 0 ? "<stdin>" : f;
			/* its rows would count twice */
			if (!r->part && (k = trade_repeated_file(r->files,
			    r->fi)) >= 0) {
				snprintf(r->err, sizeof(r->err), "%s: the same "
				    "file as %s, or a copy of it: its rows would "
				    "count twice; give it once", r->fname,
				    r->files[k]);
				return -1;
			}
			if ((r->src = source_open(f, err, sizeof(err))) ==
			    NULL) {
				snprintf(r->err, sizeof(r->err), "%s: %s",
				    r->fname, err);
				return -1;
			}
			r->nmembers = 0;
		}
		if ((st = source_next(r->src, &name)) < 0) {
			snprintf(r->err, sizeof(r->err), "%s",
			    source_error(r->src));
			return -1;
		}
		if (st > 0)
			break;
		if (r->nmembers == 0) {
			snprintf(r->err, sizeof(r->err), "%s: a %s archive "
			    "without a data member", r->fname,
			    source_kind_name(source_kind(r->src)));
			return -1;
		}
		source_close(r->src);
		r->src = NULL;
		r->fi++;
	}
	r->nmembers++;
	r->names = xrealloc(r->names, (r->nnames + 1) * sizeof(*r->names));
	r->names[r->nnames++] = xstrdup(name);
	r->fname = r->names[r->nnames - 1];
	return 1;
}

/*
 * A BACI zip holds its country_codes file: it maps i and j unless
 * --countries gave one (or an earlier zip did).  0, or -1 with r->err.
 */
static int
zip_countries(struct trade_reader *r)
{
	const char *name;

	if (r->o.countries != NULL || r->nbmap > 0 ||
	    source_kind(r->src) != SOURCE_ZIP)
		return 0;
	if ((name = source_side_member(r->src, "country_codes")) == NULL) {
		if (source_error(r->src)[0] == '\0')
			return 0;
		snprintf(r->err, sizeof(r->err), "%s", source_error(r->src));
		return -1;
	}
	r->zipcountries = xstrdup(name);
	r->o.countries = r->zipcountries;
	if (fmt_baci.setup(r) < 0)
		return -1;
	r->o.countries = NULL;
	return 0;
}

/* After the end of the current member's bytes, or an error: a
 * decompression that failed is the error to tell; -1 then. */
static int
source_failed(struct trade_reader *r)
{
	if (r->src == NULL || source_check(r->src) == 0)
		return 0;
	snprintf(r->err, sizeof(r->err), "%s", source_error(r->src));
	return -1;
}

int
trade_period_columns(struct trade_reader *r, size_t n, const char *none)
{
	size_t i, k, len;
	int p;

	r->pcol = xcalloc(n + 1, sizeof(int));
	r->pper = xcalloc(n + 1, sizeof(int));
	for (i = 0; i < n; i++) {
		const char *h = trade_fld(r, i, &len);

		if (period_parse(h, len, &p) != 0)
			continue;
		/* a period twice would read its values twice */
		for (k = 0; k < r->npcol; k++)
			if (r->pper[k] == p) {
				trade_rowerr(r, "period column '%s' appears "
				    "twice (columns %d and %zu): its values "
				    "would count twice; remove one of them",
				    util_excerpt(h, len), r->pcol[k] + 1,
				    i + 1);
				return -1;
			}
		r->pcol[r->npcol] = (int)i;
		r->pper[r->npcol] = p;
		r->npcol++;
	}
	if (r->npcol == 0) {
		trade_rowerr(r, "%s", none);
		return -1;
	}
	return 0;
}

/* Whether two regular files of one size hold the same bytes. */
static int
same_bytes(const char *a, const char *b)
{
	char ba[65536], bb[65536];
	FILE *fa, *fb;
	size_t na, nb;
	int same = 0;

	if ((fa = fopen(a, "rb")) == NULL)
		return 0;
	if ((fb = fopen(b, "rb")) == NULL) {
		fclose(fa);
		return 0;
	}
	for (;;) {
		na = fread(ba, 1, sizeof(ba), fa);
		nb = fread(bb, 1, sizeof(bb), fb);
		if (na != nb || memcmp(ba, bb, na) != 0)
			break;
		if (na == 0) {
			same = !ferror(fa) && !ferror(fb);
			break;
		}
	}
	fclose(fa);
	fclose(fb);
	return same;
}

int
trade_repeated_file(char *const *files, int i)
{
	struct stat si, sj;
	int j;

	if (strcmp(files[i], "-") == 0 || stat(files[i], &si) != 0 ||
	    !S_ISREG(si.st_mode))
		return -1;
	for (j = 0; j < i; j++) {
		if (strcmp(files[j], "-") == 0 || stat(files[j], &sj) != 0 ||
		    !S_ISREG(sj.st_mode))
			continue;
		if ((si.st_dev == sj.st_dev && si.st_ino == sj.st_ino) ||
		    (si.st_size == sj.st_size && si.st_size > 0 &&
		    same_bytes(files[i], files[j])))
			return j;
	}
	return -1;
}

static const char *const class_names[] = { "HS", "SITC", "BEC", "other" };

enum trade_class
trade_class_parse(const char *s, size_t len)
{
	if (len == 0 || s[0] == 'H' || s[0] == 'h')
		return TRADE_CLASS_HS;	/* H0..H6, HS */
	if (s[0] == 'S' || s[0] == 's')
		return TRADE_CLASS_SITC;	/* S1..S4, SITC */
	if (s[0] == 'B' || s[0] == 'b')
		return TRADE_CLASS_BEC;	/* B4, B5, BEC */
	return TRADE_CLASS_OTHER;	/* EB (services)... */
}

const char *
trade_class_name(enum trade_class c)
{
	return (unsigned)c < 4 ? class_names[c] : "other";
}

/* A product code of a classification other than HS, as it is: digits
 * (HS_MAX at most) or TOTAL. */
static int
other_code(const char *s, size_t len, char *out)
{
	size_t i;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 5 && util_strcasecmp_n(s, "total", 5) == 0) {
		strcpy(out, "TOTAL");
		return 0;
	}
	if (len == 0 || len > HS_MAX)
		return -1;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			return -1;
	memcpy(out, s, len);
	out[len] = '\0';
	return 0;
}

/*
 * Whether the current record is a breakdown of a total (Comtrade's rows
 * by mode of transport, customs procedure or second partner; Eurostat's
 * by statistical procedure): 0 when the file has no such column, 1 for
 * the total (motCode 0, customsCode C00, partner2Code 0, Total), 2 for a
 * breakdown row, which a sum leaves out beside its total (agg.c).
 */
static int
breakdown(struct trade_reader *r)
{
	static const struct {
		int		 role;
		const char	*total[3];	/* besides empty */
	} dims[] = {
		{ R_MOT, { "0", NULL } },
		{ R_CUSTOMS, { "C00", NULL } },
		{ R_PARTNER2, { "0", "WLD", "World" } },
		{ R_PROCEDURE, { "Total", "TOTAL", NULL } },
	};
	const char *v;
	size_t d, k, len;
	int any = 0;

	for (d = 0; d < sizeof(dims) / sizeof(dims[0]); d++) {
		int role = dims[d].role, total = 0;

		if (r->col[role] < 0)
			continue;
		v = trade_fld(r, (size_t)r->col[role], &len);
		if (len == 0)
			continue;	/* the column is there, unused */
		any = 1;
		for (k = 0; k < 3 && dims[d].total[k]; k++)
			if (strlen(dims[d].total[k]) == len &&
			    memcmp(dims[d].total[k], v, len) == 0)
				total = 1;
		if (!total)
			return 2;
	}
	return any;
}

/* Open the next file and read its header (tradefmt.h). */
int
trade_open_next(struct trade_reader *r)
{
	struct csvr_opts co;
	const char *err, *head;
	size_t hlen, i, k;
	int st;

	r->canon = 0;		/* until the header says */
	r->fastline = 0;
	if (r->started) {
		close_file(r);
		if (r->src == NULL)
			r->fi++;
	}
	if ((st = next_member(r)) <= 0)
		return st;
	r->started = 1;
	for (k = 0; !r->setup && k < trade_nformats; k++)
		if (trade_formats[k]->setup && trade_formats[k]->setup(r) < 0)
			return -1;
	r->setup = 1;
	if (zip_countries(r) < 0)
		return -1;
	co.delim = r->o.delim;
	co.enc = r->o.enc;
	co.flags = r->o.flags & CSVR_FLAGS;
	co.chunk = r->o.chunk;
	r->csv = csvr_open_opts(r->fname, &co, &err);
	if (r->csv == NULL) {
		snprintf(r->err, sizeof(r->err), "%s: %s", r->fname, err);
		return -1;
	}
	/* the literals are digit codes, which a row of any format can only
	 * match if its line holds them (an IMF row, always TOTAL, never
	 * does): skip the other lines from the first one after the header */
	if (r->o.nline_literals)
		csvr_prefilter(r->csv, r->o.line_literals,
		    r->o.nline_literals);
	head = csvr_head(r->csv, &hlen);
	for (i = 0; i < hlen && (head[i] == ' ' || head[i] == '\t' ||
	    head[i] == '\n' || head[i] == '\r'); i++)
		;
	if (hlen == 0) {
		snprintf(r->err, sizeof(r->err), "%s:1: empty file (no header "
		    "line)", r->fname);
		(void)source_failed(r);
		return -1;
	}
	r->decmark = r->o.decimal ? r->o.decimal : -1;
	/* a format told by its first bytes reads the file itself */
	for (k = 0; k < trade_nformats; k++) {
		const struct trade_format_ops *f = trade_formats[k];

		if (f->sniff == NULL || (st = f->sniff(r, head + i,
		    hlen - i)) == 0)
			continue;
		if (st < 0)
			return -1;
		if ((st = f->open(r)) == 0)
			return trade_open_next(r);	/* no records */
		return st;
	}
	st = csvr_next(r->csv);
	sync_fields(r);
	if (st < 0) {
		snprintf(r->err, sizeof(r->err), "%s", csvr_error(r->csv));
		(void)source_failed(r);
		return -1;
	}
	if (st == 0 && source_failed(r) < 0)
		return -1;
	if (st == 0) {
		snprintf(r->err, sizeof(r->err), "%s:1: empty file (no header "
		    "line)", r->fname);
		return -1;
	}
	r->nhead = csvr_nfields(r->csv);
	/* the decimal mark: --decimal's; decided from the values of a ';'
	 * file (num_parse_mark()); else '.' (-1: num_parse()'s) */
	r->decmark = r->o.decimal ? r->o.decimal :
	    csvr_delim(r->csv) == ';' ? 0 : -1;
	if (r->o.refuse_derived && refuse_derived(r) < 0)
		return -1;
	if (trade_set_format(r, r->o.format == FMT_AUTO ? NULL :
	    trade_format_find(r->o.format)) < 0)
		return -1;
	codes_init();		/* the fast row's table */
	return 1;
}

/* Copy a short code known to fit (codes in the table, currencies). */
static void
copy_code(char *out, const char *code)
{
	while ((*out++ = *code++) != '\0')
		;
}

/* The code of a country found into out: one 8-byte store when it is
 * shorter than 8 bytes. */
static void
put_code(char *out, const struct country *c)
{
	const char *c8 = codes_code8(c);

	if (c8 != NULL)
		memcpy(out, c8, 8);
	else
		copy_code(out, c->code);
}

/* Whether s[0..3) are three capital letters. */
static int
upper3(const char *s)
{
	unsigned i;

	return codes_upper3(s, &i);
}

/* A country from the ISO, code and name roles (first that is set). */
static int
get_country(struct trade_reader *r, int iso, int code, int name, char *out)
{
	int roles[3] = { iso, code, name }, k, first = -1;
	size_t len;
	const char *s;
	const struct country *c;

	if (r->spec->flags & TF_ROLLUPS) {
		/* an empty cell is a roll-up over every country */
		(void)trade_fld(r, (size_t)r->col[iso], &len);
		if (len == 0) {
			out[0] = '\0';
			return 0;
		}
	}

	for (k = 0; k < 3; k++) {
		if (r->col[roles[k]] < 0)
			continue;
		s = trade_fld(r, (size_t)r->col[roles[k]], &len);
		if (len == 0 || (len == 2 && s[0] == 'N' && s[1] == 'A'))
			continue;
		if (first < 0)
			first = roles[k];
		if (roles[k] == code && r->spec->code &&
		    r->spec->code(r, s, len, out) == 0)
			return 0;
		if ((c = codes_lookup(s, len)) != NULL) {
			put_code(out, c);
			return 0;
		}
	}
	if (first < 0) {
		trade_rowerr(r, "column '%s': empty", r->colname[iso >= 0 &&
		    r->col[iso] >= 0 ? iso : code >= 0 && r->col[code] >= 0 ?
		    code : name]);
		return -1;
	}
	if (r->o.unknown_keep) {
		s = trade_fld(r, (size_t)r->col[first], &len);
		if (len >= CODE_MAX) {
			char what[128];

			snprintf(what, sizeof(what), "unknown country code of "
			    "%zu bytes, longer than the %d --unknown keep "
			    "passes through", len, CODE_MAX - 1);
			trade_colerr(r, first, what);
			return -1;
		}
		memcpy(out, s, len);
		out[len] = '\0';
		return 0;
	}
	trade_colerr(r, first, "unknown country code (--unknown keep passes "
	    "it through)");
	return -1;
}

/* A country's name: the file's, or the table's, or "". */
static const char *
row_name(struct trade_reader *r, int role, const char *code)
{
	const struct country *c;
	size_t len;

	if (r->col[role] >= 0) {
		const char *v = trade_fld(r, (size_t)r->col[role], &len);

		if (len > 0)
			return v;
	}
	c = codes_find(code);
	return c ? c->name : "";
}

/* The month column: 1 to 12, or 0 for a year (empty, or 52 as
 * Comtrade has it); -1 error (r->err). */
static int
get_month(struct trade_reader *r)
{
	size_t len, i;
	const char *v = trade_fld(r, (size_t)r->col[R_MONTH], &len);
	int m = 0;

	for (i = 0; i < len && i < 3 && v[i] >= '0' && v[i] <= '9'; i++)
		m = m * 10 + (v[i] - '0');
	if (i < len || (len > 0 && (m < 1 || (m > 12 && m != 52)))) {
		trade_colerr(r, R_MONTH, "not a month (want 1 to 12, or 52 for "
		    "the year)");
		return -1;
	}
	return m == 52 ? 0 : m;
}

/* The period of a record: the period columns, else the year and month;
 * 0 ok, -1 error (r->err). */
static int
get_period(struct trade_reader *r, int *period)
{
	const char *v;
	size_t len;
	int k, p, ok = -1;

	for (k = R_PERIOD; k <= R_PERIOD2 && ok < 0; k++) {
		if (r->col[k] < 0)
			continue;
		v = trade_fld(r, (size_t)r->col[k], &len);
		if ((r->spec->flags & TF_PERIOD_DAY) && k == R_PERIOD2 &&
		    len == 8)
			len = 6;	/* refPeriodId 20230401 */
		ok = period_parse(v, len, &p);
	}
	if (ok < 0 && r->col[R_YEAR] >= 0) {
		int y, m = 0;

		v = trade_fld(r, (size_t)r->col[R_YEAR], &len);
		if (period_parse(v, len, &y) == 0 && y % 100 == 0) {
			if (r->col[R_MONTH] >= 0 && (m = get_month(r)) < 0)
				return -1;
			p = y + m;
			ok = 0;
		}
	}
	if (ok < 0) {
		trade_colerr(r, R_PERIOD, "not a period (want YYYY or "
		    "YYYY-MM)");
		return -1;
	}
	*period = p;
	return 0;
}

int
trade_map_row(struct trade_reader *r, struct trade_row *row)
{
	const struct trade_format_ops *s = r->spec;
	const char *v;
	size_t len;
	double d;
	char what[96];
	enum num_status st;
	int rollups = (s->flags & TF_ROLLUPS) != 0, fit;

	/* the fields set below or read as strings; the currency is
	 * compared as its 8 NUL-padded bytes (not a memset of the row: a
	 * rep stos costs more than these stores) */
	row->period = 0;
	row->reporter[0] = row->partner[0] = row->product[0] = '\0';
	row->unit[0] = '\0';
	memset(row->currency, 0, sizeof(row->currency));
	row->flow = FLOW_NONE;
	row->value = 0;
	row->quantity = NAN;
	row->digits = 0;
	row->rows = 1;
	row->months = row->month_mask = 0;
	row->classification = TRADE_CLASS_HS;
	if (r->col[R_CLASS] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_CLASS], &len);
		row->classification = trade_class_parse(v, len);
	}
	/* product */
	if (s->product)
		strcpy(row->product, s->product);
	else {
		v = trade_fld(r, (size_t)r->col[R_PRODUCT], &len);
		if (len == 0 && rollups)
			row->product[0] = '\0';	/* every product */
		else if (row->classification != TRADE_CLASS_HS) {
			/* SITC 781 (cars) is not HS 0781 (vegetables): the
			 * code stays as it is */
			if (other_code(v, len, row->product) < 0) {
				trade_colerr(r, R_PRODUCT, "not a product "
				    "code (want digits or TOTAL)");
				return -1;
			}
		} else if (hs_parse(v, len, row->product) < 0) {
			trade_colerr(r, R_PRODUCT, "not an HS code (want "
			    "digits or TOTAL)");
			return -1;
		}
	}
	if (r->o.keep_product && row->classification != TRADE_CLASS_HS) {
		trade_colerr(r, R_CLASS, "the product filter takes HS codes, "
		    "and these are not (SITC 781 is not HS 0781); filter "
		    "without product conditions");
		return -1;
	}
	/* a program's filter on the product: the rest of a row it does not
	 * want is not read */
	if (r->o.keep_product && !r->o.keep_product(row->product,
	    r->o.keep_arg))
		return 1;
	row->breakdown = (unsigned char)breakdown(r);
	/* period */
	len = 1;
	if (rollups)
		(void)trade_fld(r, (size_t)r->col[R_PERIOD], &len);
	if (len == 0)
		row->period = 0;	/* a roll-up over every period */
	else if (!(s->flags & TF_WIDE) && get_period(r, &row->period) < 0)
		return -1;
	/* countries */
	if (get_country(r, R_REP_ISO, R_REP_CODE, R_REP_NAME, row->reporter) < 0 ||
	    get_country(r, R_PAR_ISO, R_PAR_CODE, R_PAR_NAME, row->partner) < 0)
		return -1;
	/* flow */
	if (s->flow != FLOW_NONE)
		row->flow = s->flow;
	else {
		v = trade_fld(r, (size_t)r->col[R_FLOW], &len);
		row->flow = flow_parse(v, len);
		if (len == 0 && rollups)
			;	/* a roll-up over both flows */
		else if (row->flow == FLOW_NONE && r->col[R_FLOW2] >= 0) {
			v = trade_fld(r, (size_t)r->col[R_FLOW2], &len);
			row->flow = flow_parse(v, len);
		}
		if (row->flow == FLOW_NONE && !(len == 0 && rollups)) {
			trade_colerr(r, R_FLOW, "not a trade flow (want M, X, "
			    "RM, RX or Import, Export...)");
			return -1;
		}
	}
	/* value */
	if (!(s->flags & TF_WIDE)) {
		v = trade_fld(r, (size_t)r->col[R_VALUE], &len);
		fit = -1;
		st = r->decmark >= 0 ? num_parse_mark(v, len, s->pow10,
		    &r->decmark, &d) : num_parse_fixed(v, len, s->pow10, &d,
		    &row->vfix, &fit);
		if (st != NUM_OK) {
			trade_colerr(r, R_VALUE, st == NUM_EMPTY ?
			    "empty value" : num_strerror(st));
			return -1;
		}
		if (d < 0) {
			trade_colerr(r, R_VALUE, "negative trade value");
			return -1;
		}
		row->value = row->vread = d;
		row->digits = (unsigned char)trade_digits(fit, 0);
	}
	/* quantity and unit */
	if (r->col[R_UNIT] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_UNIT], &len);
		if (len >= sizeof(row->unit)) {
			/* a cut unit would be another unit */
			snprintf(what, sizeof(what), "a unit of %zu bytes, "
			    "longer than the %zu this reader keeps", len,
			    sizeof(row->unit) - 1);
			trade_colerr(r, R_UNIT, what);
			return -1;
		}
		memcpy(row->unit, v, len);
		row->unit[len] = '\0';
	} else if (s->unit)
		strcpy(row->unit, s->unit);
	if (r->col[R_QTY] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_QTY], &len);
		if (!(len == 2 && v[0] == 'N' && v[1] == 'A')) {
			fit = -1;
			st = r->decmark >= 0 ? num_parse_mark(v, len, 0,
			    &r->decmark, &d) : num_parse_fixed(v, len, 0, &d,
			    &row->qfix, &fit);
			if (st == NUM_OK) {
				row->quantity = row->qread = d;
				row->digits |= (unsigned char)trade_digits(fit,
				    1);
			} else if (st != NUM_EMPTY) {
				trade_colerr(r, R_QTY, num_strerror(st));
				return -1;
			}
		}
	}
	if ((row->unit[0] == 'N' || row->unit[0] == '-') &&
	    (strcmp(row->unit, "No Quantity") == 0 ||
	    strcmp(row->unit, "N/A") == 0 || strcmp(row->unit, "-1") == 0)) {
		row->unit[0] = '\0';
		row->quantity = NAN;
	}
	if (row->unit[0] == '\0' && row->quantity == row->quantity &&
	    row->quantity == 0 && !(s->flags & TF_ZERO_QTY))
		row->quantity = NAN;
	/* currency */
	if (r->col[R_CURRENCY] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_CURRENCY], &len);
		if (len == 0)
			strcpy(row->currency, "USD");
		else if (len != 3 || !upper3(v)) {
			trade_colerr(r, R_CURRENCY, "not a currency code (want "
			    "ISO 4217, such as USD)");
			return -1;
		} else
			memcpy(row->currency, v, 4);
	} else
		copy_code(row->currency, r->currency[0] ? r->currency :
		    s->currency ? s->currency : "USD");
	/* source */
	row->source = r->source;
	if (r->col[R_SOURCE] >= 0 && r->o.source == NULL) {
		v = trade_fld(r, (size_t)r->col[R_SOURCE], &len);
		row->source = v;
	}
	/* roll-up columns */
	if (r->col[R_ROWS] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_ROWS], &len);
		if (len > 0) {
			if (num_parse(v, len, &d) != NUM_OK || d < 0 ||
			    d != floor(d)) {
				trade_colerr(r, R_ROWS, "not a count");
				return -1;
			}
			row->rows = d;
		}
	}
	if (r->col[R_MONTHS] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_MONTHS], &len);
		if (len > 0) {
			char *end;
			long m = strtol(v, &end, 10);

			if (end != v + len || m < 0 || m > 12) {
				trade_colerr(r, R_MONTHS, "not a count of "
				    "months");
				return -1;
			}
			row->months = (int)m;
		}
	}
	if (r->col[R_MONTH_MASK] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_MONTH_MASK], &len);
		if (len > 0 && monthmask_parse(v, len,
		    &row->month_mask) < 0) {
			trade_colerr(r, R_MONTH_MASK, "not a month mask "
			    "(JFMAMJJASOND, '-' for a month absent)");
			return -1;
		}
	}
	if (r->o.names) {
		row->reporter_name = row_name(r, R_REP_NAME, row->reporter);
		row->partner_name = row_name(r, R_PAR_NAME, row->partner);
	} else
		row->reporter_name = row->partner_name = NULL;
	row->file = r->fname;
	row->line = trade_curline(r);
	row->format = s->fmt;
	return 0;
}

static void
skip_note(struct trade_reader *r)
{
	if (r->nskipped < 5)
		r->skipmsg[r->nskipped] = xstrdup(r->err);
	r->nskipped++;
	r->err[0] = '\0';
}

/* Whether the record is the file's header again: its columns of roles
 * hold their names. */
static int
is_header(const struct trade_reader *r)
{
	size_t len;
	int k, n = 0;

	if (csvr_nfields(r->csv) != r->nhead)
		return 0;
	for (k = 0; k < NROLES; k++) {
		const char *v;

		if (r->col[k] < 0 || r->colname[k] == NULL)
			continue;
		v = trade_fld(r, (size_t)r->col[k], &len);
		if (len != strlen(r->colname[k]) ||
		    memcmp(v, r->colname[k], len) != 0)
			return 0;
		n++;
	}
	return n > 0;
}

static int
next_record(struct trade_reader *r)
{
	int st;

	if (r->own)
		return r->own->next(r);
	st = csvr_next(r->csv);
	sync_fields(r);
	if (st < 0)
		snprintf(r->err, sizeof(r->err), "%s", csvr_error(r->csv));
	return st;
}

int
trade_next(struct trade_reader *r, struct trade_row *row)
{
	int st;

	if (r->failed)
		return -1;
	row->digits = 0;	/* until a reader keeps them */
	/* csvw_code() takes a code as the 8 bytes at it: those after its
	 * NUL are zeros, never an earlier row's (a shorter code) or the
	 * caller's (5 stores a row, where a byte loop cost d 10%) */
	memset(row->reporter, 0, 8);
	memset(row->partner, 0, 8);
	memset(row->product, 0, 8);
	memset(row->unit, 0, 8);
	memset(row->currency, 0, 8);
	for (;;) {
		if (r->part && r->csv == NULL)
			return 0;
		if (!r->started || (r->csv == NULL && r->own == NULL)) {
			st = trade_open_next(r);
			if (st <= 0) {
				r->failed = st < 0;
				return st;
			}
		}
		/* TF_WIDE: the rest of the current record's rows */
		if (r->inrec) {
			if ((st = r->spec->rows(r, row)) > 0)
				return 1;
			if (st < 0)
				goto bad;
			r->inrec = 0;
		}
		if (r->canon && trade_canon_line(r, row))
			return 1;
		if (r->fastline && r->spec->line(r, row))
			return 1;
		st = next_record(r);
		if (st == 0 && source_failed(r) < 0)
			st = -1;	/* a short member is no end */
		if (st == 0) {
			close_own(r);
			note_recoded(r);
			if (r->csv) {
				r->bytes_done += csvr_bytes(r->csv);
				r->part_lines = csvr_next_line(r->csv) - 1;
				csvr_close(r->csv);
				r->csv = NULL;
			}
			continue;
		}
		if (st < 0) {
			(void)source_failed(r);
			r->failed = 1;
			return -1;
		}
		if (r->own == NULL && is_header(r)) {
			r->nheaders++;	/* files joined with cat */
			continue;
		}
		if (r->own == NULL && csvr_nfields(r->csv) != r->nhead) {
			trade_rowerr(r, "ragged row: %zu field%s where the "
			    "header has %zu", csvr_nfields(r->csv),
			    csvr_nfields(r->csv) == 1 ? "" : "s", r->nhead);
			goto bad;
		}
		if (r->spec->record) {
			if (r->spec->record(r) < 0)
				goto bad;
			r->inrec = 1;
			r->pnext = 0;
			continue;
		}
		if (r->canon && trade_canon_row(r, row) == 0)
			return 1;
		if ((st = trade_map_row(r, row)) < 0)
			goto bad;
		if (st > 0)
			continue;
		return 1;
bad:
		if (source_failed(r) < 0) {
			r->failed = 1;	/* the bytes are not all there */
			return -1;
		}
		if (!r->o.skip_bad) {
			r->failed = 1;
			return -1;
		}
		skip_note(r);
		r->inrec = 0;
	}
}

unsigned
trade_digits(int fit, int q)
{
	unsigned b = fit == 0 ? TRADE_VDIGITS : fit == -2 ? TRADE_VWIDE : 0;

	return q ? b << 2 : b;
}

int
trade_fixed(const struct trade_row *row, int q, struct fixed *f)
{
	unsigned d = q ? (unsigned)row->digits >> 2 : row->digits;
	double v = q ? row->quantity : row->value;

	/* the digits hold while the double is the one read with them */
	if ((d & (TRADE_VDIGITS | TRADE_VWIDE)) && v == (q ? row->qread :
	    row->vread)) {
		if (d & TRADE_VWIDE)
			return -1;
		*f = q ? row->qfix : row->vfix;
		return 0;
	}
	return fixed_from_double(v, f);
}

void
trade_write_header(struct csvw *w)
{
	csvw_header(w, "period,reporter,partner,flow,product,value,quantity,"
	    "unit,currency,source");
}

void
trade_write_row(struct csvw *w, const struct trade_row *row)
{
	trade_write_fields(w, row);
	csvw_end(w);
}

/* The value (the quantity with q) as csvw_num() writes it, 15 digits,
 * or the text's own digits when it has more and they were kept, so that
 * a row passed on keeps them all. */
static void
put_number(struct csvw *w, const struct trade_row *row, int q)
{
	const fixed_int p15 = 1000000000000000LL;
	char buf[FIXED_BUFSZ];
	struct fixed f;
	unsigned d = q ? (unsigned)row->digits >> 2 : row->digits;
	double v = q ? row->quantity : row->value;

	if ((d & TRADE_VDIGITS) && v == (q ? row->qread : row->vread) &&
	    trade_fixed(row, q, &f) == 0 &&
	    (f.m >= p15 || f.m <= -p15) && fixed_digits(&f) > 15)
		csvw_numtext(w, fixed_format(&f, buf));
	else
		csvw_num(w, v);
}

void
trade_write_fields(struct csvw *w, const struct trade_row *row)
{
	char pbuf[PERIOD_BUFSZ] = "";

	/* the fields in arrays of the row's own as words (csvw_code()) */
	if (row->period)
		csvw_code(w, period_format(row->period, pbuf), sizeof(pbuf));
	else
		csvw_empty(w);
	csvw_code(w, row->reporter, sizeof(row->reporter));
	csvw_code(w, row->partner, sizeof(row->partner));
	csvw_str(w, flow_code(row->flow));
	csvw_code(w, row->product, sizeof(row->product));
	put_number(w, row, 0);
	put_number(w, row, 1);
	csvw_code(w, row->unit, sizeof(row->unit));
	csvw_code(w, row->currency, sizeof(row->currency));
	csvw_str(w, row->source ? row->source : "");
}
