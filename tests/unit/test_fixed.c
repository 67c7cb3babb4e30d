/*
 * test_fixed.c - decimal fixed point: a value's digits as an integer of
 * its smallest unit, sums that are exact and do not depend on the order
 * of the terms (where binary doubles do), and every error return.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "fixed.h"
#include "test.h"

#define NV	2000

/* The text of v's fixed point, or "error". */
static const char *
text(double v, char *buf)
{
	struct fixed f;

	if (fixed_from_double(v, &f) < 0)
		return "error";
	return fixed_format(&f, buf);
}

int
main(void)
{
	static double v[NV];
	char buf[FIXED_BUFSZ], b2[FIXED_BUFSZ];
	struct fixed f, g, sum, rsum;
	double dsum = 0;
	long long cents = 0;
	uint64_t x = 88172645463325252ULL;
	int i;

	/* the text's digits, in the smallest unit they need */
	CHECK(fixed_from_double(178404.22, &f) == 0);
	CHECK(f.m == 17840422 && f.scale == 2);
	CHECK_STR(text(178404.22, buf), "178404.22");
	CHECK_STR(text(0.1, buf), "0.1");
	CHECK_STR(text(-2.385, buf), "-2.385");
	CHECK_STR(text(300010, buf), "300010");
	CHECK_STR(text(0, buf), "0");
	CHECK_STR(text(-0.0, buf), "0");
	CHECK_STR(text(1234567.891234567, buf), "1234567.891234567");
	/* a double's own digits past 15 (a sum written by a float sum) */
	CHECK_STR(text(0.30000000000000004, buf), "0.30000000000000004");
	CHECK_STR(text(1e30, buf), "1000000000000000000000000000000");
	/* what does not fit is an error, never a rounding */
	CHECK_STR(text(1.7e308, buf), "error");
	CHECK_STR(text(1e-30, buf), "error");
	CHECK_STR(text(NAN, buf), "error");
	CHECK_STR(text(INFINITY, buf), "error");

	/* 0.1 ten times: 1 exactly, where doubles give 0.9999999999999999 */
	fixed_zero(&sum);
	for (i = 0; i < 10; i++) {
		CHECK(fixed_from_double(0.1, &f) == 0);
		CHECK(fixed_add(&sum, &f) == 0);
		dsum += 0.1;
	}
	CHECK(dsum != 1.0);
	CHECK_STR(fixed_format(&sum, buf), "1");
	CHECK(fixed_to_double(&sum) == 1.0);
	CHECK(fixed_digits(&sum) == 1);

	/* units of different scales meet in the finer one */
	CHECK(fixed_from_double(12.5, &f) == 0);
	CHECK(fixed_from_double(0.001, &g) == 0);
	CHECK(fixed_add(&f, &g) == 0);
	CHECK_STR(fixed_format(&f, buf), "12.501");
	CHECK(f.scale == 3);
	CHECK(fixed_to_double(&f) == 12.501);

	/* log-normal values with cents, summed forwards and backwards: the
	 * same digits, equal to the sum of the cents as integers */
	for (i = 0; i < NV; i++) {
		double u;

		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		u = (double)(x >> 11) / 9007199254740992.0;
		cents += (long long)floor(exp(u * 30));
		v[i] = floor(exp(u * 30)) / 100;
	}
	fixed_zero(&sum);
	fixed_zero(&rsum);
	for (i = 0; i < NV; i++) {
		CHECK(fixed_from_double(v[i], &f) == 0);
		CHECK(fixed_add(&sum, &f) == 0);
		CHECK(fixed_from_double(v[NV - 1 - i], &f) == 0);
		CHECK(fixed_add(&rsum, &f) == 0);
	}
	CHECK_STR(fixed_format(&sum, buf), fixed_format(&rsum, b2));
	snprintf(b2, sizeof(b2), "%lld.%02lld", cents / 100, cents % 100);
	while (strchr(b2, '.') && (b2[strlen(b2) - 1] == '0' ||
	    b2[strlen(b2) - 1] == '.'))
		b2[strlen(b2) - 1] = '\0';	/* no trailing zeros */
	CHECK_STR(fixed_format(&sum, buf), b2);
	CHECK(fixed_digits(&sum) >= 15);

	/* significant digits: trailing zeros are not */
	CHECK(fixed_from_double(1000.25, &f) == 0 && fixed_digits(&f) == 6);
	CHECK(fixed_from_double(1200, &f) == 0 && fixed_digits(&f) == 2);
	CHECK(fixed_from_double(0.001, &f) == 0 && fixed_digits(&f) == 1);

	/* a sum that would pass 36 digits is refused, the sum unchanged */
	CHECK(fixed_from_double(9e35, &f) == 0);
	g = f;
	CHECK(fixed_add(&f, &g) < 0);
	CHECK_STR(fixed_format(&f, buf), "900000000000000000000000000000000000");
	/* and so is a scale that would push it past */
	CHECK(fixed_from_double(1e30, &f) == 0);
	CHECK(fixed_from_double(0.0000001, &g) == 0);
	CHECK(fixed_add(&f, &g) < 0);
	CHECK_STR(fixed_format(&f, buf), "1000000000000000000000000000000");
	/* negative sums */
	CHECK(fixed_from_double(-1234.75, &f) == 0);
	CHECK(fixed_from_double(234.5, &g) == 0);
	CHECK(fixed_add(&f, &g) == 0);
	CHECK_STR(fixed_format(&f, buf), "-1000.25");
	CHECK(fixed_to_double(&f) == -1000.25);
	/* a large exact sum reads back as the nearest double */
	CHECK(fixed_from_double(12345678901234.56, &f) == 0);
	CHECK(fixed_from_double(0.01, &g) == 0);
	CHECK(fixed_add(&f, &g) == 0);
	CHECK_STR(fixed_format(&f, buf), "12345678901234.57");
	CHECK(fixed_digits(&f) == 16);
	CHECK(fixed_to_double(&f) == strtod(fixed_format(&f, buf), NULL));
	return test_done("test_fixed");
}
