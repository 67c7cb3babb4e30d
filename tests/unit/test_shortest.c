/*
 * test_shortest.c - shortest_digits() and num_format_exact() against a
 * slow reference made of printf and strtod: every value reads back, is
 * as short as the shortest %.{1..17}g that reads back, and is written
 * as num_format_exact() wrote it when it was 15 digits by printf, then
 * %.16g, then %.17g (ref_exact() below); num_format() against %.15g.
 * Random bit patterns and values shaped as trade figures are: integers,
 * two and three decimals, their sums, shares; then the edges (zeros,
 * subnormals, the largest double, powers of ten and of two, the
 * notation's boundaries).
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "test.h"

#if defined(__SANITIZE_ADDRESS__)
#define SCALE	20		/* the sanitizers are ~20 times slower */
#else
#define SCALE	1
#endif

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t
next64(void)
{
	/* xorshift64* (Vigna 2016): fixed seed, the same values each run */
	rng ^= rng >> 12;
	rng ^= rng << 25;
	rng ^= rng >> 27;
	return rng * 2685821657736338717ULL;
}

static double
from_bits(uint64_t b)
{
	double v;

	memcpy(&v, &b, sizeof(v));
	return v;
}

/* "d.ddde+XX" into plain notation, trailing zeros dropped: the old
 * num_format()'s conversion. */
static void
ref_plain(const char *sci, char *out)
{
	char digits[40];
	const char *p = sci, *ep;
	size_t nd = 0, i;
	int point;
	char *o = out;

	if (*p == '-')
		*o++ = '-', p++;
	ep = strchr(p, 'e');
	for (; p < ep; p++)
		if (*p != '.')
			digits[nd++] = *p;
	point = atoi(ep + 1) + 1;
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (point <= 0) {
		*o++ = '0';
		*o++ = '.';
		for (i = 0; i < (size_t)-point; i++)
			*o++ = '0';
		for (i = 0; i < nd; i++)
			*o++ = digits[i];
	} else {
		for (i = 0; i < (size_t)point; i++)
			*o++ = i < nd ? digits[i] : '0';
		if ((size_t)point < nd) {
			*o++ = '.';
			for (i = (size_t)point; i < nd; i++)
				*o++ = digits[i];
		}
	}
	*o = '\0';
}

/* num_format() as printf made it: %.15g, plain from 1e-20 to 1e21 */
static void
ref_format(double v, char *buf)
{
	char sci[40];

	if (v == 0 || !isfinite(v)) {
		strcpy(buf, v == 0 ? "0" : v != v ? "nan" : v > 0 ? "inf" :
		    "-inf");
		return;
	}
	snprintf(buf, NUM_BUFSZ, "%.15g", v);
	if (strchr(buf, 'e') == NULL || fabs(v) >= 1e21 || fabs(v) < 1e-20)
		return;
	snprintf(sci, sizeof(sci), "%.14e", v);
	ref_plain(sci, buf);
}

/* num_format_exact() as it was: 15 digits, else %.16g, else %.17g */
static void
ref_exact(double v, char *buf)
{
	int prec;

	ref_format(v, buf);
	if (strtod(buf, NULL) == v)
		return;
	for (prec = 16; prec <= 17; prec++) {
		snprintf(buf, NUM_BUFSZ, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			break;
	}
}

/* The significant digits of a number written in either notation. */
static int
sigdigits(const char *s)
{
	int n = 0, lead = 1, zeros = 0;

	for (; *s != '\0' && *s != 'e'; s++) {
		if (*s < '0' || *s > '9')
			continue;
		if (lead && *s == '0')
			continue;
		lead = 0;
		n++;
		zeros = *s == '0' ? zeros + 1 : 0;
	}
	return n - zeros;
}

/* The fewest digits of %.{p}g that read back as v. */
static int
ref_shortest(double v)
{
	char buf[NUM_BUFSZ];
	int p;

	for (p = 1; p < 17; p++) {
		snprintf(buf, sizeof(buf), "%.*g", p, v);
		if (strtod(buf, NULL) == v)
			break;
	}
	return p;
}

static long nbad;

static void
bad(const char *what, double v, const char *got, const char *want)
{
	if (nbad++ < 10)
		fprintf(stderr, "%s(%a = %.17g): '%s', want '%s'\n", what, v, v,
		    got, want ? want : "");
}

/* The quick check, for many values: it reads back and its digits are
 * what shortest_digits() says. */
static void
quick(double v)
{
	char buf[NUM_BUFSZ];

	num_format_exact(v, buf);
	if (strtod(buf, NULL) != v)
		bad("round trip", v, buf, NULL);
	else
		test_pass++;
}

/* The slow check against the reference; 1 when the old writing took
 * more digits than needed. */
static int
slow(double v)
{
	char got[NUM_BUFSZ], want[NUM_BUFSZ];
	int n, p;

	num_format_exact(v, got);
	ref_exact(v, want);
	if (strtod(got, NULL) != v && v == v) {
		bad("round trip", v, got, want);
		return 0;
	}
	p = ref_shortest(v);
	n = sigdigits(got);
	if (v != 0 && isfinite(v) && n > p) {
		bad("longer than %.{p}g", v, got, want);
		return 0;
	}
	if (strcmp(got, want) != 0) {
		uint64_t b;

		memcpy(&b, &v, sizeof(b));
		/*
		 * Only a shorter writing may differ, and only where 15
		 * digits do not always tell doubles apart (subnormals), or
		 * of a power of two, whose lower neighbour is closer:
		 * %.16g's closest 16 digits may fall outside what reads
		 * back when others do not.
		 */
		if (((b & ((1ULL << 52) - 1)) != 0 &&
		    (b & (0x7ffULL << 52)) != 0) || n >= sigdigits(want)) {
			bad("num_format_exact", v, got, want);
			return 0;
		}
		test_pass++;
		return 1;
	}
	num_format(v, got);
	ref_format(v, want);
	if (strcmp(got, want) != 0) {
		bad("num_format", v, got, want);
		return 0;
	}
	test_pass++;
	return 0;
}

/* A value shaped as a trade figure: integers, 2 and 3 decimals, their
 * sums, shares, thousands scaled. */
static double
trade_like(void)
{
	uint64_t r = next64();
	double a, b;

	a = (double)((r >> 8) % 10000000000ULL);
	b = (double)((r >> 20) % 100000000ULL);
	switch (r & 7) {
	case 0:
		return a;
	case 1:
		return a / 100;
	case 2:
		return a / 1000;
	case 3:
		return a / 100 + b / 100 + 0.01 * (double)(r >> 60);
	case 4:
		return b / (a + b + 1);
	case 5:
		return (a / 1000) * 1000;
	case 6:
		return -(b / 1000) - a / 100;
	default:
		return a / 1000 + b / 1000 + a / 100;
	}
}

static void
edges(void)
{
	static const double list[] = {
		0.0, 1.0, -1.0, 2.385, 0.1, 0.2, 0.3, 0.1 + 0.2, 1e21, 1e-20,
		1e-7, 1.5e-7, 1e-4, 1e-5, 1e15, 1e16, 1e17, 9.5e15, 123456.75,
		231288900000.0, 0.4522, 2.4e21, 123456789012345678.0,
		9007199254740991.0, 9007199254740992.0, 9007199254740993.0,
		DBL_MAX, -DBL_MAX, DBL_MIN, DBL_EPSILON, 5e-324, 1e-323,
		1.5e-323, 2.2250738585072009e-308, 4503599627370496.5,
		0.30000000000000004, 1.7976931348623157e308, 299792458.0,
		1e23, 8.41e21, 5e-310, 1.23456789012345e-300
	};
	char buf[NUM_BUFSZ];
	size_t i;
	int e, k;

	for (i = 0; i < sizeof(list) / sizeof(list[0]); i++) {
		slow(list[i]);
		slow(-list[i]);
		slow(nextafter(list[i], 0));
		slow(nextafter(list[i], INFINITY));
	}
	/* powers of ten and their neighbours, the subnormals' among them */
	for (e = -323; e <= 308; e++) {
		double p = strtod((snprintf(buf, sizeof(buf), "1e%d", e), buf),
		    NULL);

		slow(p);
		slow(nextafter(p, 0));
		slow(nextafter(p, INFINITY));
		num_format_exact(p, buf);
		CHECK(sigdigits(buf) == 1);
	}
	/* powers of two: the uneven rounding intervals */
	for (e = -1074; e <= 1023; e++)
		slow(ldexp(1, e));
	/* the smallest subnormals, whose digits come of ten times them */
	for (k = 1; k < 1000; k++)
		slow(from_bits((uint64_t)k));
	for (k = 0; k < 1000000 / SCALE; k++)
		quick(from_bits(next64() >> 12));
	CHECK_STR(num_format_exact(-0.0, buf), "0");
	CHECK_STR(num_format_exact(5e-324, buf), "5e-324");
	CHECK_STR(num_format_exact(1e-323, buf), "1e-323");
	CHECK_STR(num_format_exact(1.5e-323, buf), "1.5e-323");
	CHECK_STR(num_format_exact(DBL_MAX, buf), "1.7976931348623157e+308");
	CHECK_STR(num_format_exact(1e21, buf), "1e+21");
	CHECK_STR(num_format_exact(nextafter(1e21, 0), buf),
	    "9.999999999999999e+20");
	CHECK_STR(num_format_exact(1e21 - 1e6, buf), "999999999999999000000");
	CHECK_STR(num_format_exact(1e-7, buf), "0.0000001");
	CHECK_STR(num_format_exact(1e-21, buf), "1e-21");
	CHECK_STR(num_format_exact(0.1 + 0.2, buf), "0.30000000000000004");
	CHECK_STR(num_format_exact(1e16 + 2, buf), "10000000000000002");
	CHECK_STR(num_format_exact(1e17 + 16, buf), "1.0000000000000002e+17");
	CHECK_STR(num_format_exact(1e15 + 0.25, buf), "1000000000000000.2");
	CHECK_STR(num_format_exact(1e-4 / 3, buf), "3.3333333333333335e-05");
	CHECK_STR(num_format_exact(1e-3 / 3, buf), "0.0003333333333333333");
	CHECK_STR(num_format_exact(123456789012.34567, buf),
	    "123456789012.34567");
	CHECK_STR(num_format_exact(INFINITY, buf), "inf");
	CHECK_STR(num_format_exact(-INFINITY, buf), "-inf");
	CHECK_STR(num_format_exact(NAN, buf), "nan");
	CHECK_STR(num_format(-0.0, buf), "0");
	CHECK_STR(num_format(0.1 + 0.2, buf), "0.3");
	CHECK_STR(num_format(1.5e-7, buf), "0.00000015");
	/* 2^-44: %.16g's closest 16 digits do not read back, others do
	 * (%.17g wrote 5.6843418860808015e-14) */
	CHECK_STR(num_format_exact(ldexp(1, -44), buf),
	    "5.684341886080802e-14");
}

int
main(void)
{
	long i, nquick = 8000000 / SCALE, nslow = 150000 / SCALE, shorter = 0;
	char d[20];
	int x;

	edges();
	for (i = 0; i < nslow; i++) {
		double v = from_bits(next64());

		shorter += slow(v);
		shorter += slow(trade_like());
	}
	for (i = 0; i < nquick; i++) {
		double v = from_bits(next64());

		if (isfinite(v))
			quick(v);
		quick(trade_like());
	}
	/* the digits themselves, as %.17e's where 17 are needed */
	CHECK(shortest_digits(0.1 + 0.2, d, &x) == 17 && x == -1 &&
	    memcmp(d, "30000000000000004", 17) == 0);
	CHECK(shortest_digits(2.385e-300, d, &x) == 4 && x == -300 &&
	    memcmp(d, "2385", 4) == 0);
	printf("test_shortest: %ld random values, %ld shorter than before\n",
	    2 * (nquick + nslow), shorter);
	if (nbad > 0)
		test_fail += (int)nbad;
	return test_done("test_shortest");
}
