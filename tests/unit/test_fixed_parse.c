/*
 * test_fixed_parse.c - values read as their text's digits: digits in are
 * digits out, from 1 to 36 of them, in the grammar num_parse() reads (and
 * no other), at the smallest scale, as the readers' fast path reads them.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixed.h"
#include "num.h"
#include "test.h"

static uint64_t rng = 88172645463325252ULL;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

/* fixed_parse() of s, as text, or "bad" (-1), "wide" (-2). */
static const char *
text(const char *s, int pow10, char *buf)
{
	struct fixed f;
	int st = fixed_parse(s, strlen(s), pow10, &f);

	return st == -1 ? "bad" : st == -2 ? "wide" : fixed_format(&f, buf);
}

/* The plain decimal s (digits, one point) as fixed_format() writes it:
 * no leading zeros, none after the point at the end, no bare point. */
static void
canonical(const char *s, char *out)
{
	const char *dot = strchr(s, '.');
	size_t n;

	if (*s == '-')
		*out++ = *s++;
	while (*s == '0' && s[1] != '.' && s[1] != '\0')
		s++;
	if (*s == '.')
		*out++ = '0';
	strcpy(out, s);
	n = strlen(out);
	if (dot != NULL) {
		while (out[n - 1] == '0')
			out[--n] = '\0';
		if (out[n - 1] == '.')
			out[--n] = '\0';
	}
}

/* fixed_parse() of s at the power of ten pow10, as text() gives it */
static const struct {
	const char	*s;
	int		 pow10;
	const char	*want;
} texts[] = {
	/* 37 digits do not fit, wherever the point is */
	{ "1234567890123456789012345678901234567", 0, "wide" },
	{ "123456789012345678.9012345678901234567", 0, "wide" },
	{ "-123456789012345678901234567890123456", 0,
	    "-123456789012345678901234567890123456" },
	/* nor 19 after the point */
	{ "0.000000000000000001", 0, "0.000000000000000001" },
	{ "0.0000000000000000001", 0, "wide" },
	{ "1.0000000000000000001", 0, "wide" },
	/* the shapes of num_parse() */
	{ "-0", 0, "0" },
	{ "-0.000", 0, "0" },
	{ ".5", 0, "0.5" },
	{ "-.5", 0, "-0.5" },
	{ "5.", 0, "5" },
	{ "+5", 0, "5" },
	{ " 12.25\t", 0, "12.25" },
	/* exponents */
	{ "1.5e3", 0, "1500" },
	{ "25E-2", 0, "0.25" },
	{ "2.5e+1", 0, "25" },
	{ "1e35", 0, "100000000000000000000000000000000000" },
	{ "1e36", 0, "wide" },
	{ "1e-18", 0, "0.000000000000000001" },
	{ "1e-19", 0, "wide" },
	{ "1e400", 0, "wide" },
	{ "1e-400", 0, "wide" },
	{ "1e99999999999999999999", 0, "wide" },
	{ "0e400", 0, "0" },
	{ "123456789012345678901234567890e-18", 0,
	    "123456789012.34567890123456789" },
	/* a reader's power of ten (BACI's thousands) moves the point */
	{ "123.456", 3, "123456" },
	{ "0.0005", 3, "0.5" },
	{ "12345678901234567.891", 3, "12345678901234567891" },
};

/* the digits and scale fixed_parse() gives s: zeros after the point are
 * no digits, the smallest scale */
static const struct {
	const char	*s;
	long long	 m;
	int		 scale;
} parts[] = {
	{ "1234.5000000000000000000000000000000000000", 12345, 1 },
	{ "007.50", 75, 1 },
	{ "1200", 1200, 0 },
	{ "-0", 0, 0 },
};

int
main(void)
{
	static const char *bad[] = { "", " ", "-", "+", ".", "-.", "e5",
	    "1e", "1e+", "1e-", "1.2.3", "1,5", "1,234.5", "--1", "+-1",
	    "0x10", "nan", "inf", "-inf", "1 2", "1e5.5", ".e1", "1e2e3",
	    "1d5", "12a", "$5" };
	char s[64], want[64], buf[FIXED_BUFSZ], pad[64];
	struct fixed f, g;
	double d, e;
	int n, p, i, k, fit, neg;
	size_t j;

	/* digits in are digits out: 1 to 36 digits, the point anywhere
	 * that leaves 18 after it at most, either sign */
	for (n = 1; n <= FIXED_DIGITS; n++)
		for (k = 0; k < 40; k++) {
			char *o = s;

			neg = k & 1;
			p = (int)rnd((unsigned)(n < FIXED_SCALE_MAX ? n :
			    FIXED_SCALE_MAX) + 1);	/* after the point */
			if (neg)
				*o++ = '-';
			for (i = 0; i < n; i++) {
				if (i == n - p)
					*o++ = '.';
				*o++ = (char)('0' + (i == 0 ? 1 + rnd(9) :
				    rnd(10)));
			}
			*o = '\0';
			canonical(s, want);
			if (strcmp(want, "-0") == 0)
				strcpy(want, "0");
			CHECK(fixed_parse(s, strlen(s), 0, &f) == 0);
			CHECK_STR(fixed_format(&f, buf), want);
			/* the double of the digits is strtod's */
			CHECK(num_parse(s, strlen(s), &d) == NUM_OK);
			CHECK(fixed_to_double(&f) == d);
			/* the readers' call: the same digits, the same
			 * double */
			memset(pad, 'x', sizeof(pad));
			memcpy(pad, s, strlen(s));
			CHECK(num_parse_fixed_padded(pad, strlen(s), 0, &e,
			    &g, &fit) == NUM_OK);
			CHECK(fit == 0 && e == d);
			CHECK(g.m == f.m && g.scale == f.scale);
			/* up to 15 digits, what the double gave before */
			if (n <= 15) {
				CHECK(fixed_from_double(d, &g) == 0);
				CHECK(g.m == f.m && g.scale == f.scale);
			}
		}
	for (j = 0; j < sizeof(texts) / sizeof(texts[0]); j++)
		CHECK_STR(text(texts[j].s, texts[j].pow10, buf),
		    texts[j].want);
	for (j = 0; j < sizeof(parts) / sizeof(parts[0]); j++) {
		f.m = -1;
		CHECK(fixed_parse(parts[j].s, strlen(parts[j].s), 0, &f) == 0);
		CHECK(f.m == parts[j].m && f.scale == parts[j].scale);
	}
	/* zeros before the point are no digits either, and a hundred of
	 * them are no overflow */
	memset(s, '0', 50);
	strcpy(s + 50, "12.5");
	CHECK_STR(text(s, 0, buf), "12.5");
	/* not numbers: as num_parse() says, fixed_parse() says */
	for (j = 0; j < sizeof(bad) / sizeof(bad[0]); j++) {
		CHECK(num_parse(bad[j], strlen(bad[j]), &d) != NUM_OK);
		CHECK_STR(text(bad[j], 0, buf), "bad");
		CHECK(num_parse_fixed(bad[j], strlen(bad[j]), 0, &d, &f,
		    &fit) != NUM_OK);
	}
	/* and what num_parse() reads, fixed_parse() reads */
	{
		static const char *good[] = { "0", "-0", ".5", "5.", "+5",
		    "1e3", "1E-3", "-2.5e+2", "00012", " 7 ", "1e-400" };

		for (j = 0; j < sizeof(good) / sizeof(good[0]); j++) {
			CHECK(num_parse(good[j], strlen(good[j]), &d) ==
			    NUM_OK);
			CHECK(fixed_parse(good[j], strlen(good[j]), 0,
			    &f) != -1);
		}
	}
	/* num_parse_fixed(): the double and the digits, or why not */
	CHECK(num_parse_fixed("12345678901234567891", 20, 0, &d, &f,
	    &fit) == NUM_OK);
	CHECK(fit == 0 && d == 12345678901234567891.0);
	CHECK_STR(fixed_format(&f, buf), "12345678901234567891");
	CHECK(num_parse_fixed("1e40", 4, 0, &d, &f, &fit) == NUM_OK);
	CHECK(fit == -2 && d == 1e40);
	CHECK(num_parse_fixed("1e400", 5, 0, &d, &f, &fit) == NUM_RANGE);
	/* the padded fast path, a quantity's: 8 and 8 digits */
	memset(pad, ',', sizeof(pad));
	memcpy(pad, "12345678.12345678", 17);
	CHECK(num_parse_fixed_padded(pad, 17, 0, &d, &f, &fit) == NUM_OK);
	CHECK(fit == 0 && f.m == 1234567812345678LL && f.scale == 8);
	memcpy(pad, "98.7650", 7);
	CHECK(num_parse_fixed_padded(pad, 7, 3, &d, &f, &fit) == NUM_OK);
	CHECK(fit == 0 && d == 98765 && f.m == 98765 && f.scale == 0);
	/* fixed_from_digits(): m * 10^x, as the text would be */
	CHECK(fixed_from_digits(1234500, -4, &f) == 0);
	CHECK(f.m == 12345 && f.scale == 2);
	CHECK(fixed_from_digits(0, -5, &f) == 0 && f.m == 0 && f.scale == 0);
	CHECK(fixed_from_digits(18446744073709551615ULL, 16, &f) == 0);
	CHECK_STR(fixed_format(&f, buf),
	    "184467440737095516150000000000000000");
	CHECK(fixed_from_digits(18446744073709551615ULL, 17, &f) == -2);
	CHECK(fixed_from_digits(5, -19, &f) == -2);
	return test_done("test_fixed_parse");
}
