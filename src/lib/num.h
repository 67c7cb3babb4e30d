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
 * v with 15 significant digits (so every decimal of up to 15 digits reads
 * back exactly), trailing zeros dropped, in plain positional notation (no
 * exponent below 1e21): "231288900000", "0.4522".  buf must hold
 * NUM_BUFSZ bytes; returns buf.
 */
char		*num_format(double v, char *buf);
/*
 * The shortest of 15, 16 or 17 significant digits that reads back as
 * exactly v: for computed sums that are read again (roll-ups over shards
 * must add up as one pass does).  Plain notation where %.17g gives it.
 */
char		*num_format_exact(double v, char *buf);

#endif
