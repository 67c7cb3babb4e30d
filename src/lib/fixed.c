/*
 * fixed.c - decimal fixed point (see fixed.h).
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixed.h"

__extension__ typedef unsigned __int128 ufixed;

/* 10^0 .. 10^22: exact doubles */
static const double p10d[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12,
	1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22
};

static const uint64_t p10u[] = {
	1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
	10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
	100000000000ULL, 1000000000000ULL, 10000000000000ULL,
	100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
	100000000000000000ULL, 1000000000000000000ULL
};

/* 10^n for 18 <= n <= 36 */
static fixed_int
p10big(int n)
{
	return (fixed_int)p10u[n - 18] * (fixed_int)p10u[18];
}

#define LIMIT	(((fixed_int)0xc097ce7bc90715ULL << 64) | \
	    (fixed_int)0xb34b9f1000000000ULL)	/* 10^36 */

void
fixed_zero(struct fixed *f)
{
	f->m = 0;
	f->scale = 0;
}

/* An integer double past 2^53: its shortest decimal (1e30, not the
 * binary number's 1000000000000000019884624838656) as m at scale 0. */
static int
from_big(double v, struct fixed *f)
{
	char buf[40], *e;
	fixed_int m = 0;
	int p, x, nd = 0;
	const char *s;

	for (p = 0; p <= 16; p++) {
		snprintf(buf, sizeof(buf), "%.*e", p, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	if ((e = strchr(buf, 'e')) == NULL)
		return -1;
	x = atoi(e + 1);
	for (s = buf; s < e; s++)
		if (*s >= '0' && *s <= '9') {
			m = m * 10 + (*s - '0');
			nd++;
		}
	/* d.ddd (nd digits) times 10^x: nd - 1 places used by the point */
	x -= nd - 1;
	if (x < 0 || nd + x > FIXED_DIGITS)
		return -1;
	while (x-- > 0)
		m *= 10;
	f->m = v < 0 ? -m : m;
	f->scale = 0;
	return 0;
}

int
fixed_from_double(double v, struct fixed *f)
{
	double r;
	int k;

	if (!isfinite(v))
		return -1;
	if (v == 0) {
		fixed_zero(f);
		return 0;
	}
	if (fabs(v) >= 9007199254740992.0)	/* 2^53: an integer */
		return from_big(v, f);
	/* the smallest k whose integer r reads back, r / 10^k, as v: the
	 * division of two exact doubles is correctly rounded, so the
	 * decimal r * 10^-k rounds to v */
	for (k = 0; k <= FIXED_SCALE_MAX; k++) {
		r = nearbyint(v * p10d[k]);
		if (r / p10d[k] == v) {
			f->m = (fixed_int)r;
			f->scale = (unsigned char)k;
			return 0;
		}
	}
	return -1;
}

/* 10^n for 0 <= n <= 36 */
static ufixed
p10(int n)
{
	return n <= 18 ? (ufixed)p10u[n] : (ufixed)p10big(n);
}

/* The significant digits m (no trailing zero) times 10^x: a count of the
 * unit 10^-scale, the smallest that holds it. */
static int
make(ufixed m, int nd, int x, int neg, struct fixed *f)
{
	if (m == 0) {
		fixed_zero(f);
		return 0;
	}
	if (nd > FIXED_DIGITS || (x >= 0 && nd + x > FIXED_DIGITS) ||
	    (x < 0 && -x > FIXED_SCALE_MAX))
		return -2;
	if (x > 0)
		m *= p10(x);
	f->m = neg ? -(fixed_int)m : (fixed_int)m;
	f->scale = (unsigned char)(x < 0 ? -x : 0);
	return 0;
}

int
fixed_from_digits(uint64_t m, int x, struct fixed *f)
{
	int nd;

	/* zeros after the point are not digits; the common number, an
	 * integer, is done at once */
	while (x < 0 && m != 0 && m % 10 == 0) {
		m /= 10;
		x++;
	}
	if (m == 0) {
		fixed_zero(f);
		return 0;
	}
	if (x < -FIXED_SCALE_MAX)
		return -2;
	if (x > FIXED_DIGITS - 20) {	/* past what 20 digits leave */
		for (nd = 1; nd < 19 && m >= p10u[nd]; nd++)
			;
		if (nd == 19 && m >= p10u[18] * 10)
			nd = 20;
		return make(m, nd, x, 0, f);
	}
	f->m = x > 0 ? (fixed_int)m * (fixed_int)p10u[x] : (fixed_int)m;
	f->scale = (unsigned char)(x < 0 ? -x : 0);
	return 0;
}

int
fixed_parse(const char *s, size_t len, int pow10, struct fixed *f)
{
	ufixed m = 0;
	size_t i = 0, e = len;
	long x = 0, ex = 0;
	int neg = 0, nd = 0, z = 0, wide = 0, any = 0, eneg = 0, point = 0;

	while (i < e && (s[i] == ' ' || s[i] == '\t'))
		i++;
	while (e > i && (s[e - 1] == ' ' || s[e - 1] == '\t'))
		e--;
	if (i < e && (s[i] == '-' || s[i] == '+'))
		neg = s[i++] == '-';
	/* the digits as m and z zeros after it (zeros are digits only
	 * when a digit other than 0 follows), x the power of ten of the
	 * last digit */
	for (; i < e; i++) {
		unsigned d = (unsigned)(s[i] - '0');

		if (s[i] == '.' && !point) {
			point = 1;
			continue;
		}
		if (d > 9)
			break;
		any = 1;
		x -= point;
		if (d == 0) {
			z += nd > 0;
			continue;
		}
		if (nd + z + 1 > FIXED_DIGITS)
			wide = 1;
		else {
			m = m * p10(z + 1) + d;
			nd += z + 1;
		}
		z = 0;
	}
	if (!any)
		return -1;
	if (i < e && (s[i] == 'e' || s[i] == 'E')) {
		if (++i < e && (s[i] == '-' || s[i] == '+'))
			eneg = s[i++] == '-';
		if (i == e)
			return -1;
		for (; i < e && (unsigned)(s[i] - '0') < 10; i++)
			if (ex < 100000)
				ex = ex * 10 + (s[i] - '0');
		x += eneg ? -ex : ex;
	}
	if (i != e)
		return -1;
	if (wide)
		return -2;
	if (m == 0)
		return make(0, 0, 0, 0, f);
	x += z + pow10;
	if (x > FIXED_DIGITS || x < -FIXED_DIGITS - FIXED_SCALE_MAX)
		return -2;
	return make(m, nd, (int)x, neg, f);
}

/* m * 10^d (d <= FIXED_SCALE_MAX): 0, or -1 past the limit */
static int
rescale(fixed_int *m, int d)
{
	fixed_int bound = p10big(FIXED_DIGITS - d);

	if (*m >= bound || *m <= -bound)
		return -1;
	*m *= (fixed_int)p10u[d];
	return 0;
}

int
fixed_add(struct fixed *a, const struct fixed *b)
{
	fixed_int am = a->m, bm = b->m, s;
	int sc = a->scale;

	if (b->scale > sc) {
		if (rescale(&am, b->scale - sc) < 0)
			return -1;
		sc = b->scale;
	} else if (b->scale < sc && rescale(&bm, sc - b->scale) < 0)
		return -1;
	/* both below 10^36: the sum is far from 2^127 */
	s = am + bm;
	if (s >= LIMIT || s <= -LIMIT)
		return -1;
	a->m = s;
	a->scale = (unsigned char)sc;
	return 0;
}

double
fixed_to_double(const struct fixed *f)
{
	char buf[FIXED_BUFSZ];
	fixed_int m = f->m;

	/* two exact doubles, one correctly rounded division */
	if (m < ((fixed_int)1 << 53) && m > -((fixed_int)1 << 53))
		return (double)m / p10d[f->scale];
	return strtod(fixed_format(f, buf), NULL);
}

/* The digits of u into the end of buf (at end, backwards); returns the
 * first. */
static char *
digits(ufixed u, char *end)
{
	uint64_t lo;

	*end = '\0';
	/* two words of 18 digits, on 64-bit arithmetic */
	while (u > UINT64_MAX) {
		int i;

		lo = (uint64_t)(u % p10u[18]);
		u /= p10u[18];
		for (i = 0; i < 18; i++) {
			*--end = (char)('0' + lo % 10);
			lo /= 10;
		}
	}
	lo = (uint64_t)u;
	do {
		*--end = (char)('0' + lo % 10);
		lo /= 10;
	} while (lo != 0);
	return end;
}

int
fixed_digits(const struct fixed *f)
{
	char buf[FIXED_BUFSZ], *s;
	size_t n;

	s = digits(f->m < 0 ? -(ufixed)f->m : (ufixed)f->m, buf +
	    sizeof(buf) - 1);
	n = strlen(s);
	while (n > 1 && s[n - 1] == '0')
		n--;
	return (int)n;
}

char *
fixed_format(const struct fixed *f, char *buf)
{
	char tmp[FIXED_BUFSZ], *s, *o = buf;
	size_t n, sc = f->scale, i;

	s = digits(f->m < 0 ? -(ufixed)f->m : (ufixed)f->m, tmp +
	    sizeof(tmp) - 1);
	n = strlen(s);
	if (f->m < 0)
		*o++ = '-';
	if (n <= sc) {		/* 0.00ddd */
		*o++ = '0';
		*o++ = '.';
		for (i = n; i < sc; i++)
			*o++ = '0';
		memcpy(o, s, n);
		o += n;
	} else {
		memcpy(o, s, n - sc);
		o += n - sc;
		if (sc > 0) {
			*o++ = '.';
			memcpy(o, s + n - sc, sc);
			o += sc;
		}
	}
	/* no trailing zeros after the point, nor a bare point */
	if (sc > 0) {
		while (o[-1] == '0')
			o--;
		if (o[-1] == '.')
			o--;
	}
	*o = '\0';
	return buf;
}
