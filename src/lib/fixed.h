/*
 * fixed.h - decimal fixed point: a number as an integer count of its
 * smallest unit (m * 10^-scale), so that sums are exact, and the same
 * whatever the order of the terms, the threads or the shards: the sums of
 * trade-agg.
 *
 * A value comes in as its text's digits (fixed_parse(), the readers of
 * the common files), or as the double a reader parsed, whose digits are
 * taken back as the shortest decimal that reads back as that double (the
 * text's own digits, for any text of up to 15 significant digits).  At
 * most FIXED_DIGITS digits in all and FIXED_SCALE_MAX after the point:
 * what does not fit is an error, never a rounding.
 */
#ifndef TRADESTAT_FIXED_H
#define TRADESTAT_FIXED_H

#include <stddef.h>
#include <stdint.h>

__extension__ typedef __int128 fixed_int;

#define FIXED_DIGITS	36	/* |m| < 10^36 */
#define FIXED_SCALE_MAX	18	/* digits after the point */
#define FIXED_BUFSZ	48	/* sign, 36 digits, point, leading 0s, NUL */

/* 24 bytes, 8-aligned, so that a sum carries two of them cheaply; never
 * take the address of m. */
struct fixed {
	fixed_int	 m;
	unsigned char	 scale;
} __attribute__((packed, aligned(8)));

/* Zero (scale 0). */
void	 fixed_zero(struct fixed *f);
/* v's digits in f, at the smallest scale that holds them: 0, or -1 when
 * v is not finite or does not fit (f unchanged). */
int	 fixed_from_double(double v, struct fixed *f);
/*
 * The decimal number in s[0..len) (spaces and tabs around it), times
 * 10^pow10, digit for digit: an optional sign, digits with one point
 * ("5", ".5", "5.", "-0"), an optional exponent ("1e3", "2.5E-2"), the
 * grammar num_parse() reads.  In f at the smallest scale that holds it,
 * as fixed_from_double() gives: 0; -1 when s is not such a number; -2
 * when it does not fit (more than FIXED_DIGITS significant digits, more
 * than FIXED_SCALE_MAX after the point: "1e400", "1e-30"), f unchanged.
 */
int	 fixed_parse(const char *s, size_t len, int pow10, struct fixed *f);
/* m * 10^x in f, as fixed_parse() gives it (for a reader that has the
 * digits of a number as an integer m and the power of ten x of its
 * last): 0, or -2 when it does not fit (f unchanged). */
int	 fixed_from_digits(uint64_t m, int x, struct fixed *f);
/* a += b, at the finer of the two scales: 0, or -1 when the sum does not
 * fit (a unchanged). */
int	 fixed_add(struct fixed *a, const struct fixed *b);
/* The double nearest to f (correctly rounded). */
double	 fixed_to_double(const struct fixed *f);
/* The significant digits of f: leading and trailing zeros (1200 has
 * 2) are not; 1 for zero. */
int	 fixed_digits(const struct fixed *f);
/* The plain decimal text of f into buf (FIXED_BUFSZ bytes): "-1000.25",
 * "0", no trailing zeros after the point, no exponent.  Returns buf. */
char	*fixed_format(const struct fixed *f, char *buf);

#endif
