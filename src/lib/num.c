/*
 * num.c - decimal numbers in and out.
 */
#include <errno.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixed.h"
#include "num.h"
#include "util.h"

static const double exact10[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

/* m * 10^ex, when m and 10^|ex| are exact doubles: one multiplication
 * or division rounds once, as strtod does (Clinger 1990); 0 when they are
 * not. */
static int
clinger(uint64_t m, int ex, int neg, double *out)
{
	if (ex > 22 || ex < -22 || m > (1ULL << 53))
		return 0;
	*out = ex < 0 ? (double)m / exact10[-ex] : ex > 0 ? (double)m *
	    exact10[ex] : (double)m;
	if (neg)
		*out = -*out;
	return 1;
}

/*
 * Clinger's fast path (W. D. Clinger, "How to read floating point numbers
 * accurately", PLDI 1990): a decimal [-]ddd[.ddd] whose digits, point
 * removed, make an integer m < 2^53 with at most 22 decimals is m / 10^k,
 * and one IEEE division of two exact doubles rounds correctly, so the
 * result is strtod's.  Anything else returns 0 for strtod to do.
 */
static int
fast_parse10(const char *s, size_t n, int pow10, double *out)
{
	uint64_t m = 0;
	size_t i = 0, start, frac = 0, digits;
	int neg = 0;

	if (n > 0 && (s[0] == '-' || s[0] == '+'))
		neg = s[0] == '-', i++;
	/* the digits, then those after a point: 19 of them at most, so
	 * that m does not overflow */
	if (n - i > 20)
		return 0;
	for (start = i; i < n && (unsigned)(s[i] - '0') < 10; i++)
		m = m * 10 + (uint64_t)(s[i] - '0');
	digits = i - start;
	if (i < n && s[i] == '.') {
		size_t f0 = ++i;

		for (; i < n && (unsigned)(s[i] - '0') < 10; i++)
			m = m * 10 + (uint64_t)(s[i] - '0');
		frac = i - f0;
		digits += frac;
	}
	if (i != n || digits == 0 || digits > 19)
		return 0;
	return clinger(m, pow10 - (int)frac, neg, out);
}

static int
fast_parse(const char *s, size_t n, double *out)
{
	return fast_parse10(s, n, 0, out);
}

/* Whether s, with one separator sep, reads as a thousand with it:
 * "1,000", "-12,345" (1 to 3 digits, not a lone 0, then 3): the advice
 * for it must keep the thousand, not make it 1. */
static int
comma_group(const char *s, size_t n, int sep)
{
	size_t i = 0, d;

	if (i < n && (s[i] == '-' || s[i] == '+'))
		i++;
	for (d = i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	if (i - d < 1 || i - d > 3 || (i - d == 1 && s[d] == '0') ||
	    i >= n || s[i] != sep)
		return 0;
	for (d = ++i; i < n && s[i] >= '0' && s[i] <= '9'; i++)
		;
	return i == n && i - d == 3;
}

enum num_status
num_parse(const char *s, size_t len, double *out)
{
	char buf[128], *end;
	size_t i, b, e, ndig = 0, ndot = 0, ncomma = 0;
	double v;

	for (b = 0; b < len && (s[b] == ' ' || s[b] == '\t'); b++)
		;
	for (e = len; e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'); e--)
		;
	if (b == e)
		return NUM_EMPTY;
	if (fast_parse(s + b, e - b, out))
		return NUM_OK;
	for (i = b; i < e; i++) {
		char c = s[i];

		if (c >= '0' && c <= '9')
			ndig++;
		else if (c == '.')
			ndot++;
		else if (c == ',')
			ncomma++;
		else if (c == '+' || c == '-' || c == 'e' || c == 'E')
			continue;
		else
			return (c == 'n' || c == 'N' || c == 'i' || c == 'I') &&
			    e - b <= 9 ? NUM_RANGE : NUM_BAD;
	}
	if (ndig == 0)
		return NUM_BAD;
	if (ncomma > 0) {
		if (ndot == 1 || ncomma > 1 || comma_group(s + b, e - b, ','))
			return NUM_THOUSANDS;
		return NUM_COMMA;
	}
	if (e - b >= sizeof(buf))
		return NUM_BAD;
	memcpy(buf, s + b, e - b);
	buf[e - b] = '\0';
	errno = 0;
	v = strtod(buf, &end);
	if (*end != '\0' || end == buf)
		return NUM_BAD;
	if (!isfinite(v) || (errno == ERANGE && fabs(v) > 1.0))
		return NUM_RANGE;
	*out = v;
	return NUM_OK;
}

/* The first k (0..8) bytes of w (in memory order) as the number they
 * write: 1, or 0 when one is not a digit.  SWAR: the k bytes go to the
 * top, '0's before them, and the eight digits make their number in three
 * multiplications (D. Lemire, "Quickly parsing eight digits", 2022). */
static inline int
digits8(uint64_t w, unsigned k, uint64_t *v)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t x = k ? w << (8 * (8 - k)) : 0;

	x |= k == 8 ? 0 : (ones * '0') >> (8 * k);
	if ((x & (ones * 0xf0)) != ones * 0x30 ||
	    ((x + ones * 6) & (ones * 0xf0)) != ones * 0x30)
		return 0;
	x -= ones * '0';
	x = x * 10 + (x >> 8);
	x = ((x & 0x00ff00ff00ff00ffULL) * (100ULL << 16 | 1)) >> 16;
	*v = ((x & 0x0000ffff0000ffffULL) * (10000ULL << 32 | 1)) >> 32;
	return 1;
}

/*
 * The common decimal of a padded field: an integer of up to 16 digits,
 * or [8 digits].[8 digits] with one digit at least, read eight bytes at
 * a time (digits8()), as the integer m of its digits and fl of them
 * after the point (fast_parse10() would give the same m and point): 1,
 * or 0 when it is of another shape.  An integer reads no fraction word.
 */
static inline int
padded_digits(const char *s, size_t len, uint64_t *m, int *fl)
{
	static const uint64_t pow10[] = { 1, 10, 100, 1000, 10000, 100000,
	    1000000, 10000000, 100000000 };
	const uint64_t dot = 0x0101010101010101ULL * '.';
	uint64_t a, b, dots, ip, fp;
	size_t d, n;

	/* where the point is, in the 16 bytes from s (a point beyond the
	 * field is none); the fraction's 8 bytes after it end 17 bytes
	 * from s at most */
	memcpy(&a, s, 8);
	memcpy(&b, s + 8, 8);
	if ((dots = util_zero_bytes(a ^ dot)) != 0)
		d = (size_t)__builtin_ctzll(dots) >> 3;
	else if ((dots = util_zero_bytes(b ^ dot)) != 0)
		d = 8 + ((size_t)__builtin_ctzll(dots) >> 3);
	else
		d = 16;
	if (d >= len) {
		/* no point: 1 to 16 digits, in one word or two */
		*fl = 0;
		if (len - 1 >= 16)
			return 0;
		if (len <= 8)
			return digits8(a, (unsigned)len, m);
		if (!digits8(a, 8, &ip) || !digits8(b, (unsigned)len - 8, &fp))
			return 0;
		*m = ip * pow10[len - 8] + fp;
		return 1;
	}
	if (d > 8 || len - d > 9 || len == 1 || !digits8(a, (unsigned)d, &ip))
		return 0;
	n = len - d - 1;
	memcpy(&b, s + d + 1, 8);
	if (!digits8(b, (unsigned)n, &fp))
		return 0;
	*m = ip * pow10[n] + fp;
	*fl = (int)n;
	return 1;
}

static enum num_status
padded10(const char *s, size_t len, int p10, double *out)
{
	uint64_t m;
	int fl;

	if (padded_digits(s, len, &m, &fl) && clinger(m, p10 - fl, 0, out))
		return NUM_OK;
	return num_parse_scaled(s, len, p10, out);
}

enum num_status
num_parse_fixed(const char *s, size_t len, int pow10, double *out,
    struct fixed *f, int *fit)
{
	enum num_status st;

	if ((st = num_parse_scaled(s, len, pow10, out)) == NUM_OK)
		*fit = fixed_parse(s, len, pow10, f);
	return st;
}

/* num_parse_fixed() out of the way of the padded fast path, so that
 * the path is small enough to be inlined into the readers. */
static enum num_status __attribute__((noinline, cold))
fixed_slow(const char *s, size_t len, int pow10, double *out,
    struct fixed *f, int *fit)
{
	return num_parse_fixed(s, len, pow10, out, f, fit);
}

enum num_status
num_parse_fixed_padded(const char *s, size_t len, int pow10, double *out,
    struct fixed *f, int *fit)
{
	uint64_t m;
	int fl;

	/* the common number: its digits once, for the double and f; an
	 * integer (at the reader's scale) is f at once, as
	 * fixed_from_digits() makes it */
	if (padded_digits(s, len, &m, &fl) && clinger(m, pow10 - fl, 0,
	    out)) {
		if (pow10 == fl) {
			f->m = (fixed_int)m;
			f->scale = 0;
			*fit = 0;
		} else
			*fit = fixed_from_digits(m, pow10 - fl, f);
		return NUM_OK;
	}
	return fixed_slow(s, len, pow10, out, f, fit);
}

enum num_status
num_parse_padded(const char *s, size_t len, double *out)
{
	return padded10(s, len, 0, out);
}

enum num_status
num_parse_scaled_padded(const char *s, size_t len, int pow10, double *out)
{
	return padded10(s, len, pow10, out);
}

enum num_status
num_parse_mark(const char *s, size_t len, int pow10, int *mark, double *out)
{
	char buf[NUM_BUFSZ];
	size_t b, e, i, o = 0, ndot = 0, ncomma = 0, last = 0, run = 0;
	int here, thou, seen_thou = 0, seen_mark = 0;

	for (b = 0; b < len && (s[b] == ' ' || s[b] == '\t'); b++)
		;
	for (e = len; e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'); e--)
		;
	for (i = b; i < e; i++)
		if (s[i] == '.' || s[i] == ',') {
			ndot += s[i] == '.';
			ncomma += s[i] == ',';
			last = i;
		}
	if (ndot + ncomma == 0)
		return num_parse_scaled(s, len, pow10, out);
	if (e - b >= sizeof(buf))
		return NUM_BAD;
	/* what the value says of the mark: the last of two kinds, the
	 * other of one kind written twice, the one of a single separator
	 * unless three digits follow it ("1.234") */
	if (ndot > 0 && ncomma > 0)
		here = s[last];
	else if (ndot + ncomma > 1)
		here = ndot ? ',' : '.';
	else if (comma_group(s + b, e - b, s[last]))
		here = 0;
	else
		here = s[last];
	if (here != 0 && *mark != 0 && here != *mark)
		return NUM_MARK;
	if (here == 0 && *mark == 0)
		return NUM_AMBIGUOUS;
	if (*mark == 0)
		*mark = here;
	/* the thousands separators out (groups of three before the mark),
	 * the mark a point */
	thou = *mark == ',' ? '.' : ',';
	for (i = b; i < e; i++) {
		if (s[i] == thou) {
			if (seen_mark || run == 0 || run > 3 ||
			    (seen_thou && run != 3))
				return NUM_BAD;
			seen_thou = 1;
			run = 0;
			continue;
		}
		if (s[i] == *mark) {
			if (seen_mark || (seen_thou && run != 3))
				return NUM_BAD;
			seen_mark = 1;
			buf[o++] = '.';
			continue;
		}
		if (s[i] >= '0' && s[i] <= '9')
			run++;
		buf[o++] = s[i];
	}
	if (seen_thou && !seen_mark && run != 3)
		return NUM_BAD;
	return num_parse_scaled(buf, o, pow10, out);
}

const char *
num_strerror(enum num_status st)
{
	switch (st) {
	case NUM_OK:
		return "ok";
	case NUM_EMPTY:
		return "empty";
	case NUM_BAD:
		return "not a number";
	case NUM_RANGE:
		return "not a finite number";
	case NUM_THOUSANDS:
		return "not a number (thousands separator? write 1234.5, "
		    "not 1,234.5, or read it with --decimal .)";
	case NUM_COMMA:
		return "not a number (decimal comma? write 12.5, not 12,5, "
		    "or read it with --decimal ,)";
	case NUM_AMBIGUOUS:
		return "not a number: a thousands separator or a decimal "
		    "mark? (no value before it tells; --decimal . or "
		    "--decimal , says which)";
	case NUM_MARK:
		return "not a number: its decimal mark is not the file's "
		    "(--decimal says which it is)";
	}
	return "not a number";
}

/*
 * Numbers out.  Both formats are digits and a power of ten from
 * shortest_digits(), written in one of the two notations of printf's %g
 * (no trailing zeros): plain, "0.00000015", "231288900000", or with an
 * exponent of two digits at least, "2.4e+21".
 */
static char *
put_plain(char *o, const char *d, int n, int x)
{
	if (x < 0) {
		*o++ = '0';
		*o++ = '.';
		memset(o, '0', (size_t)(-x - 1));
		o += -x - 1;
		memcpy(o, d, (size_t)n);
		return o + n;
	}
	if (n <= x + 1) {
		memcpy(o, d, (size_t)n);
		memset(o + n, '0', (size_t)(x + 1 - n));
		return o + x + 1;
	}
	memcpy(o, d, (size_t)x + 1);
	o += x + 1;
	*o++ = '.';
	memcpy(o, d + x + 1, (size_t)(n - x - 1));
	return o + n - x - 1;
}

static char *
put_exp(char *o, const char *d, int n, int x)
{
	*o++ = d[0];
	if (n > 1) {
		*o++ = '.';
		memcpy(o, d + 1, (size_t)n - 1);
		o += n - 1;
	}
	*o++ = 'e';
	*o++ = x < 0 ? '-' : '+';
	if (x < 0)
		x = -x;
	if (x >= 100)
		*o++ = (char)('0' + x / 100), x %= 100;
	*o++ = (char)('0' + x / 10);
	*o++ = (char)('0' + x % 10);
	return o;
}

/* 0, NaN and the infinities, as the formats have always written them;
 * 0 bytes for the others. */
static size_t
put_special(double v, char *buf, int exact)
{
	const char *s;
	size_t n;

	if (v == 0)
		s = "0";
	else if (v != v)
		s = exact && signbit(v) ? "-nan" : "nan";
	else if (isinf(v))
		s = v > 0 ? "inf" : "-inf";
	else
		return 0;
	n = strlen(s);
	memcpy(buf, s, n);
	return n;
}

/*
 * d rounded to 15 digits, as printf rounds v: up when the digits cut
 * off are more than half a unit of the 15th.
 * Rounding the shortest digits again rounds as v would, unless they end
 * in the 5 of a tie, where only v itself tells (printf does).
 */
static int
round15(double v, char *d, int n, int *x)
{
	char sci[32];
	int i;

	if (n <= 15)
		return n;
	if (n == 16 && d[15] == '5') {
		snprintf(sci, sizeof(sci), "%.14e", fabs(v));
		d[0] = sci[0];
		memcpy(d + 1, sci + 2, 14);
		*x = atoi(sci + 17);
		for (n = 15; d[n - 1] == '0'; n--)
			;
		return n;
	}
	n = 15;
	if (d[15] >= '5') {
		for (i = 14; i >= 0 && d[i] == '9'; i--)
			;
		if (i < 0) {
			d[0] = '1';
			++*x;
			return 1;
		}
		d[i]++;
		n = i + 1;
	}
	while (d[n - 1] == '0')
		n--;
	return n;
}

size_t
num_put(double v, char *buf)
{
	char d[20], *o = buf;
	double a = fabs(v);
	int n, x;

	if ((n = (int)put_special(v, buf, 0)) > 0)
		return (size_t)n;
	n = round15(v, d, shortest_digits(v, d, &x), &x);
	if (v < 0)
		*o++ = '-';
	if (a >= 1e-20 && a < 1e21)
		o = put_plain(o, d, n, x);
	else
		o = put_exp(o, d, n, x);
	return (size_t)(o - buf);
}

char *
num_format(double v, char *buf)
{
	buf[num_put(v, buf)] = '\0';
	return buf;
}

enum num_status
num_parse_scaled(const char *s, size_t len, int pow10, double *out)
{
	char buf[160];
	size_t i;
	enum num_status st;

	if (pow10 == 0)
		return num_parse(s, len, out);
	{
		size_t b = 0, e = len;

		while (b < e && (s[b] == ' ' || s[b] == '\t'))
			b++;
		while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'))
			e--;
		if (b < e && fast_parse10(s + b, e - b, pow10, out))
			return NUM_OK;
	}
	/* strtod rounds the exact decimal once, so "1223.702e3" is exactly
	 * 1223702 where 1223.702 * 1000 is not */
	for (i = 0; i < len; i++)
		if (s[i] == 'e' || s[i] == 'E')
			break;
	if (i == len && len + 8 < sizeof(buf)) {
		memcpy(buf, s, len);
		while (len > 0 && (buf[len - 1] == ' ' || buf[len - 1] == '\t'))
			len--;
		snprintf(buf + len, sizeof(buf) - len, "e%d", pow10);
		st = num_parse(buf, strlen(buf), out);
		if (st == NUM_OK || st == NUM_RANGE)
			return st;
		return num_parse(s, len, out);	/* the original's error */
	}
	st = num_parse(s, len, out);
	if (st == NUM_OK && !isfinite(*out * pow(10, pow10)))
		return NUM_RANGE;	/* "1e306" thousands */
	if (st == NUM_OK)
		*out *= pow(10, pow10);
	return st;
}

size_t
num_put_exact(double v, char *buf)
{
	char d[20], *o = buf;
	double a = fabs(v);
	int n, x, plain;

	if ((n = (int)put_special(v, buf, 1)) > 0)
		return (size_t)n;
	n = shortest_digits(v, d, &x);
	/* what num_format() writes when 15 digits read back; else the
	 * notation of %.16g or %.17g */
	if (n <= 15)
		plain = a >= 1e-20 && a < 1e21;
	else
		plain = x >= -4 && x < n;
	if (v < 0)
		*o++ = '-';
	o = plain ? put_plain(o, d, n, x) : put_exp(o, d, n, x);
	return (size_t)(o - buf);
}

char *
num_format_exact(double v, char *buf)
{
	buf[num_put_exact(v, buf)] = '\0';
	return buf;
}
