/*
 * test_num_padded.c - the padded readers (num_parse_padded(),
 * num_parse_scaled_padded(), num_parse_fixed_padded()), which take the
 * common decimals eight bytes at a time, give what the byte-at-a-time
 * readers give on every shape: 0 to 20 digits, a point at every place,
 * leading zeros, signs, a non-digit at every byte of the eight-byte
 * words, the 64-bit and 128-bit limits and one past them.  Each field is
 * put at the end of a buffer of exactly the bytes the padded readers may
 * read (17 from the field on), so that ASan sees a read past them.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fixed.h"
#include "num.h"
#include "test.h"

#define PADDED	17	/* bytes from a field on the padded readers read */

static int nmis;

/* What follows a field in a chunk: the next field, a line's end, or
 * bytes that look like more of the number. */
static const char *const after[] = { "", ",2014,AFG", "\n", "5555555555",
    ".5.5.5.5.5", "0000000000000000" };
#define NAFTER (sizeof(after) / sizeof(after[0]))

/* s[0..len) in a buffer of its own, followed by tail, of max(len,
 * PADDED) bytes. */
static char *
place(const char *s, size_t len, const char *tail)
{
	size_t n = len > PADDED ? len : PADDED, i, t = strlen(tail);
	char *b = malloc(n);

	if (b == NULL)
		abort();
	memcpy(b, s, len);
	for (i = len; i < n; i++)
		b[i] = t ? tail[(i - len) % t] : '\0';
	return b;
}

static int
same_double(double a, double b)
{
	return memcmp(&a, &b, sizeof(a)) == 0;
}

static int
same_fixed(const struct fixed *a, const struct fixed *b)
{
	fixed_int am = a->m, bm = b->m;

	return am == bm && a->scale == b->scale;
}

/* The padded readers against the plain ones on s[0..len), at pow10. */
static void
compare(const char *s, size_t len, int pow10)
{
	struct fixed f1, f2;
	double d1 = 0, d2 = 0, e1 = 0, e2 = 0;
	enum num_status s1, s2, t1, t2;
	int fit1 = 99, fit2 = 99, bad = 0;
	size_t k;

	s1 = num_parse_fixed(s, len, pow10, &d1, &f1, &fit1);
	t1 = num_parse_scaled(s, len, pow10, &e1);
	for (k = 0; k < NAFTER; k++) {
		char *b = place(s, len, after[k]);

		fixed_zero(&f2);
		fit2 = 99;
		s2 = num_parse_fixed_padded(b, len, pow10, &d2, &f2, &fit2);
		t2 = num_parse_scaled_padded(b, len, pow10, &e2);
		if (s1 != s2 || t1 != t2 || s1 != t1)
			bad = 1;
		else if (s1 == NUM_OK && (!same_double(d1, d2) ||
		    !same_double(e1, e2) || !same_double(d1, e1) ||
		    fit1 != fit2 || (fit1 == 0 && !same_fixed(&f1, &f2))))
			bad = 1;
		if (pow10 == 0) {
			t2 = num_parse_padded(b, len, &e2);
			if (t2 != num_parse(s, len, &e1) || (t2 == NUM_OK &&
			    !same_double(e1, e2)))
				bad = 1;
		}
		free(b);
		if (bad)
			break;
	}
	if (bad && nmis++ < 10)
		fprintf(stderr, "padded differs: \"%.*s\" pow10 %d\n",
		    (int)len, s, pow10);
}

static void
compare_all(const char *s, size_t len)
{
	static const int pows[] = { 0, 3, -2, 6, -20, 20 };
	size_t i;

	for (i = 0; i < sizeof(pows) / sizeof(pows[0]); i++)
		compare(s, len, pows[i]);
}

/* Every count of digits, a point at every place and none, each with and
 * without signs, leading zeros and spaces. */
static size_t
shapes(void)
{
	static const char *const digits[] = { "12345678901234567890",
	    "99999999999999999999", "00000000000000000001",
	    "10000000000000000000", "00000000000000000000",
	    "98765432109876543210" };
	static const char *const sign[] = { "", "-", "+" };
	char s[64];
	size_t nd, p, di, si, n = 0, len;

	for (di = 0; di < sizeof(digits) / sizeof(digits[0]); di++)
		for (nd = 0; nd <= 20; nd++)
			for (p = 0; p <= nd + 1; p++)	/* nd + 1: none */
				for (si = 0; si < 3; si++) {
					len = 0;
					len += (size_t)sprintf(s, "%s",
					    sign[si]);
					memcpy(s + len, digits[di], p > nd ?
					    nd : p);
					len += p > nd ? nd : p;
					if (p <= nd) {
						s[len++] = '.';
						memcpy(s + len, digits[di] + p,
						    nd - p);
						len += nd - p;
					}
					compare_all(s, len);
					n++;
					/* spaces around the number */
					memmove(s + 1, s, len);
					s[0] = ' ';
					s[len + 1] = '\t';
					compare_all(s, len + 2);
				}
	return n;
}

/* A non-digit at each byte: the bytes just outside '0'..'9' ('/' and
 * ':'), those that differ from a digit in the high nibble or the high
 * bit, a second point, an exponent's letter, a sign, a comma, a NUL. */
static size_t
intruders(void)
{
	static const char bad[] = { '/', ':', ' ', '.', 'e', 'E', '-', '+',
	    ',', 'a', '\0', (char)0xb5, (char)0xb0, 0x15, 'p', '~', '@',
	    (char)0xff, 0x7f, '\n' };
	static const char *const base[] = { "12345678", "1234567.12345678",
	    "12345678.1234567", "0.12345678", "1", "12.5", "12345678.",
	    ".12345678", "1234567890123456" };
	char s[64];
	size_t b, i, k, n = 0, len;

	for (b = 0; b < sizeof(base) / sizeof(base[0]); b++) {
		len = strlen(base[b]);
		for (i = 0; i < len; i++)
			for (k = 0; k < sizeof(bad); k++) {
				memcpy(s, base[b], len);
				s[i] = bad[k];
				compare_all(s, len);
				n++;
			}
	}
	return n;
}

/* Random decimals of up to 40 characters from a small alphabet. */
static size_t
noise(void)
{
	static const char alpha[] = "0123456789000999.-+e ";
	uint64_t x = 0x9e3779b97f4a7c15ULL;
	char s[64];
	size_t i, k, len, n;

	for (n = 0; n < 200000; n++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		len = (size_t)(x % 41);
		for (i = 0, k = (size_t)(x >> 8); i < len; i++, k /= 3) {
			if (k < 32)
				k = (size_t)(x >> (i % 40)) * 2654435761u;
			s[i] = alpha[k % (sizeof(alpha) - 1)];
		}
		compare(s, len, (int)(x >> 60) % 4 - 1);
	}
	return n;
}

/* The figure itself, not only agreement: the double, the fixed digits
 * and scale, fit. */
static void
figure(const char *s, int pow10, double want, const char *fwant, int fwfit)
{
	char *b = place(s, strlen(s), ",");
	char buf[FIXED_BUFSZ];
	struct fixed f;
	double d = -1;
	int fit = 99;

	CHECK(num_parse_fixed_padded(b, strlen(s), pow10, &d, &f, &fit) ==
	    NUM_OK);
	CHECK(same_double(d, want));
	CHECK(fit == fwfit);
	if (fwfit == 0)
		CHECK_STR(fixed_format(&f, buf), fwant);
	free(b);
}

static void
refused(const char *s, enum num_status want)
{
	char *b = place(s, strlen(s), "9");
	struct fixed f;
	double d = 12345;
	int fit = 99;

	CHECK(num_parse_fixed_padded(b, strlen(s), 0, &d, &f, &fit) == want);
	CHECK(d == 12345 && fit == 99);	/* untouched */
	free(b);
}

int
main(void)
{
	size_t n = 0;

	n += shapes();
	n += intruders();
	n += noise();
	printf("compared %zu fields\n", n);
	CHECK(nmis == 0);

	figure("0.530", 0, 0.53, "0.53", 0);
	figure("23286", 0, 23286, "23286", 0);
	figure("23.286", 3, 23286, "23286", 0);
	figure("0.118", 3, 118, "118", 0);
	figure("00000007", 0, 7, "7", 0);
	figure("12345678.12345678", 0, 12345678.12345678,
	    "12345678.12345678", 0);
	figure("-12.5", 0, -12.5, "-12.5", 0);
	figure("+12.5", 0, 12.5, "12.5", 0);
	figure("123456789012", 0, 123456789012.0, "123456789012", 0);
	/* 2^53 + 1 is no double: the nearest even one, the digits exact */
	figure("9007199254740993", 0, 9007199254740992.0,
	    "9007199254740993", 0);
	/* the 64-bit limit and one past it: both digits for digit */
	figure("18446744073709551615", 0, 18446744073709551615.0,
	    "18446744073709551615", 0);
	figure("18446744073709551616", 0, 18446744073709551616.0,
	    "18446744073709551616", 0);
	/* the 128-bit limit of fixed (36 digits) and one digit past it:
	 * a number, whose digits do not fit (an error for the sums) */
	figure("999999999999999999999999999999999999", 0, 1e36,
	    "999999999999999999999999999999999999", 0);
	figure("1000000000000000000000000000000000000", 0, 1e36, NULL, -2);
	figure("0.000000000000000001", 0, 1e-18, "0.000000000000000001", 0);
	figure("0.0000000000000000001", 0, 1e-19, NULL, -2);
	refused("", NUM_EMPTY);
	refused("  ", NUM_EMPTY);
	refused(".", NUM_BAD);
	refused("-", NUM_BAD);
	refused("1.2.3", NUM_BAD);
	refused("12:5", NUM_BAD);
	refused("12/5", NUM_BAD);
	refused("0x10", NUM_BAD);
	refused("nan", NUM_RANGE);
	refused("1e400", NUM_RANGE);
	refused("1,5", NUM_COMMA);
	refused("1,234.5", NUM_THOUSANDS);
	return test_done("test_num_padded");
}
