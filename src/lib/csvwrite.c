/*
 * csvwrite.c - the RFC 4180 writer (csvw_*), with the spreadsheet mode
 * that keeps codes as text and formulas out.
 */
#define _GNU_SOURCE	/* fwrite_unlocked, putc_unlocked */
#include <stdio.h>
#include <string.h>

#include "csvio.h"
#include "num.h"

void
csvw_init(struct csvw *w, FILE *fp, int excel)
{
	w->fp = fp;
	w->excel = excel;
	w->started = 0;
	w->nfield = 0;
}

static void
sep(struct csvw *w)
{
	if (!w->started) {
		w->started = 1;
		if (w->excel)
			fputs("\xef\xbb\xbf", w->fp);
	}
	if (w->nfield++ > 0)
		putc_unlocked(',', w->fp);
}

/*
 * Whether a spreadsheet could take text s as a formula: it starts, after
 * any spaces, with '=', '+', '-' or '@' (Excel's and LibreOffice's
 * formula signs, DDE's "=cmd|..." among them), or with a TAB, CR or LF
 * that hides what follows (OWASP, "CSV Injection").  '|' and '%' start no
 * formula by themselves, so text such as "% of world" is left as it is.
 */
static int
formula_like(const char *s, size_t len)
{
	size_t i = 0;

	while (i < len && s[i] == ' ')
		i++;
	return i < len && memchr("=+-@\t\r\n", s[i], 7) != NULL;
}

void
csvw_strn(struct csvw *w, const char *s, size_t len)
{
	size_t i;
	int q = 0, apos = 0;

	sep(w);
	/*
	 * For a spreadsheet, every text cell is quoted, so that the import
	 * option "format quoted field as text" keeps codes such as 010121,
	 * and one that could be read as a formula is made text by a leading
	 * ' (inside the quotes, so that a ';' or TAB in it cannot start a
	 * cell either).  Numbers are written bare by csvw_num() and the
	 * like, and stay numbers.
	 */
	if (w->excel && len > 0) {
		q = 1;
		apos = formula_like(s, len);
	}
	if (len > 0 && (s[0] == ' ' || s[len - 1] == ' '))
		q = 1;
	for (i = 0; i < len && !q; i++)
		if (s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r')
			q = 1;
	if (!q) {
		fwrite_unlocked(s, 1, len, w->fp);
		return;
	}
	putc_unlocked('"', w->fp);
	if (apos)
		putc_unlocked('\'', w->fp);
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			putc_unlocked('"', w->fp);
		putc_unlocked(s[i], w->fp);
	}
	putc_unlocked('"', w->fp);
}

void
csvw_str(struct csvw *w, const char *s)
{
	csvw_strn(w, s ? s : "", s ? strlen(s) : 0);
}

void
csvw_num(struct csvw *w, double v)
{
	char buf[NUM_BUFSZ];

	sep(w);
	if (v == v) {
		num_format(v, buf);
		fwrite_unlocked(buf, 1, strlen(buf), w->fp);
	}
}

void
csvw_num_exact(struct csvw *w, double v)
{
	char buf[NUM_BUFSZ];

	sep(w);
	if (v == v) {
		num_format_exact(v, buf);
		fwrite_unlocked(buf, 1, strlen(buf), w->fp);
	}
}

void
csvw_numtext(struct csvw *w, const char *s)
{
	sep(w);
	fwrite_unlocked(s, 1, strlen(s), w->fp);
}

void
csvw_int(struct csvw *w, long long v)
{
	sep(w);
	fprintf(w->fp, "%lld", v);
}

void
csvw_empty(struct csvw *w)
{
	sep(w);
}

void
csvw_end(struct csvw *w)
{
	if (!w->started)
		sep(w), w->nfield = 0;
	fputs(w->excel ? "\r\n" : "\n", w->fp);
	w->nfield = 0;
}

void
csvw_header(struct csvw *w, const char *names)
{
	const char *p = names, *c;

	for (;;) {
		c = strchr(p, ',');
		csvw_strn(w, p, c ? (size_t)(c - p) : strlen(p));
		if (c == NULL)
			break;
		p = c + 1;
	}
	csvw_end(w);
}
