/*
 * num.h - reading and writing decimal numbers exactly, without locales.
 */
#ifndef TRADESTAT_NUM_H
#define TRADESTAT_NUM_H

#include <stddef.h>

enum num_status {
	NUM_OK = 0,
	NUM_EMPTY,		/* empty or only spaces */
	NUM_BAD,		/* not a number */
	NUM_RANGE,		/* NaN, Inf or out of double's range */
	NUM_THOUSANDS,		/* "1,234.5": a thousands separator */
	NUM_COMMA,		/* "12,5": a decimal comma */
	NUM_AMBIGUOUS,		/* "1.234" before the mark is known */
	NUM_MARK		/* "12.5" where the mark is ',' (or the
				 * other way round) */
};

#define NUM_BUFSZ 64

/*
 * Parse the decimal number in s[0..len) (surrounding spaces allowed):
 * digits, one '.', an optional sign and exponent.  Hex, "nan" and "inf"
 * are refused.  Stores the value in *out only on NUM_OK.
 */
enum num_status	 num_parse(const char *s, size_t len, double *out);
/* num_parse() of a field that can be read 17 bytes from s on, whatever
 * len (a field csvr_peek() gives): the same result, the common decimals
 * (8 digits at most before the point and after it) read eight bytes at a
 * time. */
enum num_status	 num_parse_padded(const char *s, size_t len, double *out);

/* As num_parse(), times 10^pow10, shifting the decimal point in the text
 * so that "1223.702" thousands is exactly 1223702. */
enum num_status	 num_parse_scaled(const char *s, size_t len, int pow10,
		    double *out);
/* num_parse_scaled() of a field read as num_parse_padded() reads it. */
enum num_status	 num_parse_scaled_padded(const char *s, size_t len,
		    int pow10, double *out);

/*
 * num_parse_scaled() (num_parse_scaled_padded() for the second), and the
 * text's digits as decimal fixed point, read in the same pass where the
 * number is a common one: *fit is fixed_parse()'s return (0 when f holds
 * them, -2 when they do not fit), set on NUM_OK only.
 */
struct fixed;
enum num_status	 num_parse_fixed(const char *s, size_t len, int pow10,
		    double *out, struct fixed *f, int *fit);
enum num_status	 num_parse_fixed_padded(const char *s, size_t len,
		    int pow10, double *out, struct fixed *f, int *fit);

/*
 * As num_parse_scaled(), for a file whose decimal mark may be a comma (a
 * ';' file, or one with --decimal).  *mark is the file's mark, '.' or
 * ',', 0 while not known: a value that shows it decides it ("12,5" and
 * "1.234,5" a comma, "12.5" and "1,234.5" a point), and the other
 * character is then a thousands separator.  "1.234" or "1,234" (one
 * separator, then three digits) could be either: NUM_AMBIGUOUS while the
 * mark is not known.  A value whose mark is not the file's is NUM_MARK.
 */
enum num_status	 num_parse_mark(const char *s, size_t len, int pow10,
		    int *mark, double *out);

/* What is wrong, in words, for an error message ("not a number"...). */
const char	*num_strerror(enum num_status st);

/*
 * shortest.c: the shortest decimal that reads back (strtod) as v, finite
 * and not zero (its sign aside), the closest to v of that length (the
 * even last digit on a tie): its digits into d (17 bytes at most, no
 * trailing zero, no NUL) and their number; *x is the power of ten of the
 * first, so that v is d[0].d[1]d[2]... 10^*x.  Schubfach: no division,
 * no loop but the digits', about as fast as printf("%d").
 */
int		 shortest_digits(double v, char *d, int *x);

/*
 * v with 15 significant digits (so every decimal of up to 15 digits reads
 * back exactly), trailing zeros dropped, in plain positional notation (no
 * exponent below 1e21): "231288900000", "0.4522".  buf must hold
 * NUM_BUFSZ bytes; returns buf.
 */
char		*num_format(double v, char *buf);
/*
 * The shortest decimal that reads back as exactly v (shortest_digits()):
 * for computed sums that are read again (roll-ups over shards must add
 * up as one pass does).  Up to 15 digits the notation is num_format()'s;
 * 16 or 17 digits are in plain notation from 1e-4 up to where %.16g and
 * %.17g would change to an exponent (1e16, 1e17).  -0 is "0", NaN "nan"
 * (or "-nan" as printf writes it).  buf must hold NUM_BUFSZ bytes;
 * returns buf.
 */
char		*num_format_exact(double v, char *buf);
/* num_format_exact() into buf, unterminated: the bytes written
 * (NUM_BUFSZ at most), for writers that copy them on. */
size_t		 num_put_exact(double v, char *buf);
/* num_format() the same way. */
size_t		 num_put(double v, char *buf);

#endif
