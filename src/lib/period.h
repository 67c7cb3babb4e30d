/*
 * period.h - trade periods: a year or a month.
 *
 * A period is an int YYYYMM: April 2023 is 202304, the year 2023 is
 * 202300 (month 0 means annual).  Ints sort in time order within a
 * frequency.
 */
#ifndef TRADESTAT_PERIOD_H
#define TRADESTAT_PERIOD_H

#include <stddef.h>

#define PERIOD_BUFSZ 16

/*
 * Read any period label seen in trade files: "2023", "202304", "2023-04",
 * "2023-04-01", "2023M04", "2023-M04", "Aug. 2024", "Aug 2024",
 * "August 2024", "201901-Jan. 2019", "Jan.-Dec. 2016" (a year), "Y2019",
 * and BACI's t.  All of s must be one of these (blanks around it aside):
 * "201901-Janitor", "2023-02-31", "2023-13" and "202300" are not periods.
 * Returns 0 and stores *out, or -1 when s is not a period (years outside
 * 1900..2199 are refused); the caller names the value.
 */
int	 period_parse(const char *s, size_t len, int *out);
/* period_parse() with the usual period, a year of four digits, read
 * inline (the fast rows of the readers, once a row). */
static inline int
period_parse_fast(const char *s, size_t len, int *out)
{
	unsigned a, b, c, d, y;

	if (len != 4)
		return period_parse(s, len, out);
	a = (unsigned char)s[0] - '0';
	b = (unsigned char)s[1] - '0';
	c = (unsigned char)s[2] - '0';
	d = (unsigned char)s[3] - '0';
	y = ((a * 10 + b) * 10 + c) * 10 + d;
	if ((a | b | c | d) > 9 || y < 1900 || y > 2199)
		return period_parse(s, len, out);
	*out = (int)y * 100;
	return 0;
}

/* "2023" or "2023-04"; buf holds PERIOD_BUFSZ bytes; returns buf. */
char	*period_format(int p, char *buf);

int	 period_year(int p);
int	 period_month(int p);		/* 0 for a year */
int	 period_is_monthly(int p);

/* Position on a time axis: years for annual periods, months (counted
 * from year 0) for monthly ones; consecutive periods differ by 1. */
long	 period_index(int p);
/* The inverse of period_index() for the frequency of like. */
int	 period_from_index(long idx, int like);
/* Time between two periods of one frequency, in years (months / 12). */
double	 period_years_between(int a, int b);

/*
 * A range "A..B" of any two spellings period_parse() reads ("2021..2023",
 * "Jan.-Dec. 2021..Apr 2023", "2023M01..202306"; either side may be
 * empty: "2021..", "..2023"), or one period.  Both ends must be periods
 * and A no later than B.  A year bound includes all of its months.  0 ok,
 * -1 bad.
 */
struct period_range {
	int	lo, hi;		/* inclusive, as YYYYMM; 0 and 999999 open */
};
int	 period_range_parse(const char *s, struct period_range *r);
/* Whether p is in the range: a month in it, or a year all of whose
 * months are. */
int	 period_in_range(int p, const struct period_range *r);

#endif
