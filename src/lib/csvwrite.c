/*
 * csvwrite.c - the RFC 4180 writer (csvw_*), with the spreadsheet mode
 * that keeps codes as text and formulas out.
 */
#define _GNU_SOURCE	/* fwrite_unlocked */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "csvio.h"
#include "num.h"
#include "util.h"

void
csvw_init(struct csvw *w, FILE *fp, int excel)
{
	w->fp = fp;
	w->excel = excel;
	w->started = 0;
	w->nfield = 0;
	w->len = 0;
	w->mem = NULL;
	w->memsz = 0;
}

void
csvw_init_mem(struct csvw *w, int excel, size_t hint)
{
	csvw_init(w, NULL, excel);
	w->memsz = hint < CSVW_BUFSZ ? CSVW_BUFSZ : hint;
	w->mem = xmalloc(w->memsz);
}

char *
csvw_take(struct csvw *w, size_t *len)
{
	char *p = w->mem;

	*len = w->len;
	w->mem = NULL;
	w->memsz = 0;
	w->len = 0;
	return p;
}

void
csvw_flush(struct csvw *w)
{
	if (w->fp == NULL)
		return;		/* the lines stay in mem */
	if (w->len > 0)
		fwrite_unlocked(w->buf, 1, w->len, w->fp);
	w->len = 0;
}

/* Room for n more bytes in mem (doubling: a block's output is written
 * once, never copied line by line). */
static void
grow(struct csvw *w, size_t n)
{
	size_t sz = w->memsz * 2;

	if (sz < w->len + n)
		sz = w->len + n;
	w->mem = xrealloc(w->mem, sz);
	w->memsz = sz;
}

/* Where n more bytes go in the line (n <= CSVW_BUFSZ for a FILE); the
 * caller adds what it wrote to w->len. */
static inline char *
room(struct csvw *w, size_t n)
{
	if (w->fp == NULL) {
		if (w->len + n > w->memsz)
			grow(w, n);
		return w->mem + w->len;
	}
	if (w->len + n > CSVW_BUFSZ)
		csvw_flush(w);
	return w->buf + w->len;
}

static void
put(struct csvw *w, const char *s, size_t n)
{
	char *o;

	if (w->fp != NULL && n > CSVW_BUFSZ - w->len) {
		csvw_flush(w);
		if (n > CSVW_BUFSZ) {
			fwrite_unlocked(s, 1, n, w->fp);
			return;
		}
	}
	o = room(w, n);
	w->len += n;
	/* the short fields of a row (codes, a unit) in two moves that
	 * overlap, not a call */
	if (n >= 8 && n <= 16) {
		memcpy(o, s, 8);
		memcpy(o + n - 8, s + n - 8, 8);
	} else if (n >= 4 && n < 8) {
		memcpy(o, s, 4);
		memcpy(o + n - 4, s + n - 4, 4);
	} else if (n < 4) {
		while (n-- > 0)
			*o++ = *s++;
	} else
		memcpy(o, s, n);
}

static inline void
put1(struct csvw *w, char c)
{
	*room(w, 1) = c;
	w->len++;
}

static inline void
sep(struct csvw *w)
{
	if (!w->started) {
		w->started = 1;
		if (w->excel)
			put(w, "\xef\xbb\xbf", 3);
	}
	if (w->nfield++ > 0)
		put1(w, ',');
}

/* The bytes that make a field quoted. */
static const unsigned char quoted[256] = {
	['\n'] = 1, ['\r'] = 1, ['"'] = 1, [','] = 1
};

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

/* Text field s[0..len), after its separator. */
static void
strn(struct csvw *w, const char *s, size_t len)
{
	size_t i;
	int q = 0, apos = 0;

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
		q = quoted[(unsigned char)s[i]];
	if (!q) {
		put(w, s, len);
		return;
	}
	put1(w, '"');
	if (apos)
		put1(w, '\'');
	for (i = 0; i < len; i++) {
		if (s[i] == '"')
			put1(w, '"');
		put1(w, s[i]);
	}
	put1(w, '"');
}

void
csvw_strn(struct csvw *w, const char *s, size_t len)
{
	sep(w);
	strn(w, s, len);
}

/* The bytes of a short string that needs no quotes are copied as they
 * are looked at, in one pass (no strlen first); any other goes the long
 * way, from the line as it was. */
#define STR_SHORT	64

void
csvw_str(struct csvw *w, const char *s)
{
	unsigned char ch;
	size_t i;
	char *o;

	sep(w);
	if (s == NULL)
		return;
	if (!w->excel && s[0] != ' ') {
		o = room(w, STR_SHORT);
		for (i = 0; i < STR_SHORT; i++) {
			if ((ch = (unsigned char)s[i]) == '\0') {
				if (i > 0 && s[i - 1] == ' ')
					break;
				w->len += i;
				return;
			}
			if (quoted[ch])
				break;
			o[i] = (char)ch;
		}
	}
	strn(w, s, strlen(s));
}

/* The bytes of x that are 0 have their high bit set, up to the first
 * (bytes after it may be marked too). */
#define ZERO_BYTES(x)	(((x) - 0x0101010101010101ull) & ~(x) & \
			    0x8080808080808080ull)
#define BYTES_OF(c)	(0x0101010101010101ull * (unsigned char)(c))

/*
 * A code of fewer than 8 bytes is looked at as one 64-bit word: its NUL
 * gives its length, and the quoted bytes are looked for in the bytes
 * before it all at once; the word goes to the line whole (room() keeps
 * the 8 bytes), of which the code's bytes are kept.  Any other field,
 * and every field for a spreadsheet, goes the long way.
 */
void
csvw_code(struct csvw *w, const char *s, size_t size)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint64_t x, z, q, keep;
	size_t n;
	char *o;

	if (size >= 8 && !w->excel) {
		sep(w);
		memcpy(&x, s, 8);
		if ((z = ZERO_BYTES(x)) == 0) {
			strn(w, s, strnlen(s, size));
			return;
		}
		n = (size_t)__builtin_ctzll(z) / 8;
		if (n == 0)
			return;
		keep = (1ull << (8 * n)) - 1;
		q = ZERO_BYTES(x ^ BYTES_OF(',')) |
		    ZERO_BYTES(x ^ BYTES_OF('"')) |
		    ZERO_BYTES(x ^ BYTES_OF('\n')) |
		    ZERO_BYTES(x ^ BYTES_OF('\r'));
		if ((q & keep) != 0 || s[0] == ' ' || s[n - 1] == ' ') {
			strn(w, s, n);
			return;
		}
		o = room(w, 8);
		memcpy(o, &x, 8);
		w->len += n;
		return;
	}
#endif
	(void)size;
	csvw_str(w, s);
}

/* The numbers are made in the line itself: no copy, no strlen. */
void
csvw_num(struct csvw *w, double v)
{
	sep(w);
	if (v == v) {
		char *o = room(w, NUM_BUFSZ);

		w->len += num_put(v, o);
	}
}

void
csvw_num_exact(struct csvw *w, double v)
{
	sep(w);
	if (v == v) {
		char *o = room(w, NUM_BUFSZ);

		w->len += num_put_exact(v, o);
	}
}

void
csvw_numtext(struct csvw *w, const char *s)
{
	sep(w);
	put(w, s, strlen(s));
}

void
csvw_int(struct csvw *w, long long v)
{
	char tmp[24], *o;
	unsigned long long u = v < 0 ? 0 - (unsigned long long)v :
	    (unsigned long long)v;
	size_t n = 0, i;

	sep(w);
	do {
		tmp[n++] = (char)('0' + u % 10);
		u /= 10;
	} while (u != 0);
	o = room(w, n + 1);
	if (v < 0)
		*o++ = '-', w->len++;
	for (i = 0; i < n; i++)
		o[i] = tmp[n - 1 - i];
	w->len += n;
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
	if (w->excel)
		put(w, "\r\n", 2);
	else
		put1(w, '\n');
	if (w->fp != NULL)
		csvw_flush(w);
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
