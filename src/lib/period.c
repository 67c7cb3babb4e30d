/*
 * period.c - period labels to YYYYMM and back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"

static const char *const months[12] = {
	"january", "february", "march", "april", "may", "june",
	"july", "august", "september", "october", "november", "december"
};

static int
ndigits(const char *s, size_t len, size_t n, int *v)
{
	size_t i;
	int x = 0;

	if (len < n)
		return 0;
	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		x = x * 10 + (s[i] - '0');
	}
	*v = x;
	return 1;
}

/*
 * The month that all of s names, 1 to 12, or 0: "Aug", "Aug." or
 * "August", in any case.  "Augur", "Au" or "August." name none.
 */
static int
month_word(const char *s, size_t len)
{
	size_t i, k;
	int dot = len > 0 && s[len - 1] == '.';

	len -= (size_t)dot;
	if (len < 3 || (dot && len != 3))
		return 0;
	for (i = 0; i < 12; i++) {
		const char *m = months[i];

		for (k = 0; k < len && m[k] != '\0'; k++)
			if ((s[k] | 0x20) != m[k])
				break;
		/* all of s matched: the abbreviation or the whole name */
		if (k == len && (len == 3 || m[k] == '\0'))
			return (int)i + 1;
	}
	return 0;
}

static int
ok(int y, int m, int *out)
{
	if (y < 1900 || y > 2199 || m < 0 || m > 12)
		return -1;
	*out = y * 100 + m;
	return 0;
}

/* 1 when day d exists in month m of year y */
static int
day_ok(int y, int m, int d)
{
	static const int mdays[12] = {
		31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (m < 1 || m > 12 || d < 1 || d > mdays[m - 1])
		return 0;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0));
}

/* "YYYY-MM", "YYYYMmm", "YYYY-Mmm" or "YYYY-MM-DD", the year read */
static int
year_month(const char *s, size_t len, int y, int *out)
{
	int m, d;

	if (s[4] == 'M' || s[4] == 'm') {
		if (len == 7 && ndigits(s + 5, 2, 2, &m) && m > 0)
			return ok(y, m, out);
		return -1;
	}
	if (s[4] != '-')
		return -1;
	if (s[5] == 'M' || s[5] == 'm') {
		if (len == 8 && ndigits(s + 6, 2, 2, &m) && m > 0)
			return ok(y, m, out);
		return -1;
	}
	if (!ndigits(s + 5, len - 5, 2, &m) || m < 1 || m > 12)
		return -1;
	if (len == 7)
		return ok(y, m, out);
	/* 2023-04-01: a date stands for its month, if it is a day */
	if (len == 10 && s[7] == '-' && ndigits(s + 8, 2, 2, &d) &&
	    day_ok(y, m, d))
		return ok(y, m, out);
	return -1;
}

/* "Aug 2024", "Aug. 2024", "August 2024" */
static int
named_month(const char *s, size_t len, int *out)
{
	int m, y;

	if (len < 8 || s[len - 5] != ' ' || !ndigits(s + len - 4, 4, 4, &y))
		return -1;
	if ((m = month_word(s, len - 5)) == 0)
		return -1;
	return ok(y, m, out);
}

/* "201901-Jan. 2019" or "201901-Jan." (and "201952-Jan.-Dec. 2019"):
 * the name and the year, when given, say what the code says */
static int
coded_month(const char *s, size_t len, int *out)
{
	int code, p, q, m;

	if (!ndigits(s, len, 6, &code) || code % 100 == 0)
		return -1;
	s += 7;
	len -= 7;
	/* "201952-Jan.-Dec. 2019": the year */
	if (code % 100 == 52)
		return ok(code / 100, 0, &p) == 0 && (len == 9 ||
		    len == 14) && strncmp(s, "Jan.-Dec.", 9) == 0 &&
		    (len == 9 || (s[9] == ' ' && ndigits(s + 10, 4, 4, &m) &&
		    m == code / 100)) ? (*out = p, 0) : -1;
	if (ok(code / 100, code % 100, &p) < 0)
		return -1;
	if (named_month(s, len, &q) < 0) {
		if ((m = month_word(s, len)) == 0)
			return -1;
		q = p - p % 100 + m;
	}
	if (q != p)
		return -1;
	*out = p;
	return 0;
}

int
period_parse(const char *s, size_t len, int *out)
{
	int y;

	if (len == 4 && ndigits(s, len, 4, &y))	/* the usual: a year */
		return ok(y, 0, out);
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len < 4)
		return -1;
	if (ndigits(s, len, 4, &y)) {
		if (len == 4)
			return ok(y, 0, out);
		/* Comext's YYYYMM, and YYYY52 for the whole year */
		if (len == 6 && ndigits(s, len, 6, &y))
			return y % 100 == 52 ? ok(y / 100, 0, out) :
			    y % 100 > 0 ? ok(y / 100, y % 100, out) : -1;
		if (len > 7 && s[6] == '-' && ndigits(s, len, 6, &y))
			return coded_month(s, len, out);
		if (len >= 7)
			return year_month(s, len, y, out);
		return -1;
	}
	if (len == 5 && (s[0] == 'Y' || s[0] == 'y') &&
	    ndigits(s + 1, 4, 4, &y))
		return ok(y, 0, out);
	/* "Jan.-Dec. 2016" is a whole year */
	if (len == 14 && strncmp(s, "Jan.-Dec. ", 10) == 0 &&
	    ndigits(s + 10, 4, 4, &y))
		return ok(y, 0, out);
	return named_month(s, len, out);
}

char *
period_format(int p, char *buf)
{
	int y = p / 100 % 10000, m = p % 100;

	buf[0] = (char)('0' + y / 1000);
	buf[1] = (char)('0' + y / 100 % 10);
	buf[2] = (char)('0' + y / 10 % 10);
	buf[3] = (char)('0' + y % 10);
	if (m == 0) {
		buf[4] = '\0';
		return buf;
	}
	buf[4] = '-';
	buf[5] = (char)('0' + m / 10);
	buf[6] = (char)('0' + m % 10);
	buf[7] = '\0';
	return buf;
}

int
period_year(int p)
{
	return p / 100;
}

int
period_month(int p)
{
	return p % 100;
}

int
period_is_monthly(int p)
{
	return p % 100 != 0;
}

long
period_index(int p)
{
	if (p % 100 == 0)
		return p / 100;
	return (long)(p / 100) * 12 + (p % 100 - 1);
}

int
period_from_index(long idx, int like)
{
	if (like % 100 == 0)
		return (int)idx * 100;
	return (int)(idx / 12) * 100 + (int)(idx % 12) + 1;
}

double
period_years_between(int a, int b)
{
	if (a % 100 == 0 && b % 100 == 0)
		return (double)(b / 100 - a / 100);
	return (double)(period_index(b) - period_index(a)) / 12.0;
}

/* a bound of a range: empty (open), or a period; a year as the upper
 * bound takes all of its months */
static int
bound(const char *s, size_t len, int hi, int *out)
{
	int p;

	if (len == 0) {
		*out = hi ? 999999 : 0;
		return 0;
	}
	if (period_parse(s, len, &p) < 0)
		return -1;
	*out = hi && p % 100 == 0 ? p + 12 : p;
	return 0;
}

int
period_range_parse(const char *s, struct period_range *r)
{
	const char *d;
	int p;

	if (period_parse(s, strlen(s), &p) == 0) {
		r->lo = p;
		r->hi = p % 100 == 0 ? p + 12 : p;
		return 0;
	}
	/* A..B, split at the first ".." with a bound on each side: a
	 * month's dot may stand just before it ("201912-Dec...2020") */
	for (d = strstr(s, ".."); d != NULL; d = strstr(d + 1, ".."))
		if (bound(s, (size_t)(d - s), 0, &r->lo) == 0 &&
		    bound(d + 2, strlen(d + 2), 1, &r->hi) == 0)
			return r->lo <= r->hi ? 0 : -1;
	return -1;
}

int
period_in_range(int p, const struct period_range *r)
{
	/* a year's row is in the range only when all of its months are:
	 * 2022-01..2023-06 holds 2022, and only part of 2023 */
	if (p % 100 == 0)
		return p + 1 >= r->lo && p + 12 <= r->hi;
	return p >= r->lo && p <= r->hi;
}
