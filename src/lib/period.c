/*
 * period.c - period labels to YYYYMM and back.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "period.h"

static const char *months[12] = {
	"jan", "feb", "mar", "apr", "may", "jun",
	"jul", "aug", "sep", "oct", "nov", "dec"
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

static int
month_name(const char *s, size_t len)
{
	int i;

	if (len < 3)
		return 0;
	for (i = 0; i < 12; i++) {
		const char *m = months[i];

		if ((s[0] | 0x20) == m[0] && (s[1] | 0x20) == m[1] &&
		    (s[2] | 0x20) == m[2])
			return i + 1;
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

int
period_parse(const char *s, size_t len, int *out)
{
	int y, m, mn;
	size_t i;

	if (len == 4 && ndigits(s, len, 4, &y))	/* the usual: a year */
		return ok(y, 0, out);
	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0)
		return -1;
	/* 201901-Jan. 2019: the code before the dash decides */
	if (len > 7 && s[6] == '-' && ndigits(s, len, 6, &y) &&
	    month_name(s + 7, len - 7))
		return ok(y / 100, y % 100, out);
	if (len == 4 && ndigits(s, len, 4, &y))
		return ok(y, 0, out);
	if (len == 5 && (s[0] == 'Y' || s[0] == 'y') &&
	    ndigits(s + 1, 4, 4, &y))
		return ok(y, 0, out);
	if (len == 6 && ndigits(s, len, 6, &y))
		return ok(y / 100, y % 100, out) == 0 && y % 100 > 0 ? 0 : -1;
	if (len >= 7 && ndigits(s, len, 4, &y)) {
		const char *t = s + 5;
		size_t tl = len - 5;

		if (s[4] == 'M' || s[4] == 'm')
			t = s + 5, tl = len - 5;
		else if (s[4] == '-' && (s[5] == 'M' || s[5] == 'm'))
			t = s + 6, tl = len - 6;
		else if (s[4] != '-')
			return -1;
		if (tl == 2 && ndigits(t, tl, 2, &m) && m > 0)
			return ok(y, m, out);
		/* 2023-04-01: a date stands for its month */
		if (tl == 5 && ndigits(t, 2, 2, &m) && m > 0 && t[2] == '-' &&
		    ndigits(t + 3, 2, 2, &mn))
			return ok(y, m, out);
		return -1;
	}
	/* "Jan.-Dec. 2016" is a whole year */
	if (len == 14 && strncmp(s, "Jan.-Dec. ", 10) == 0 &&
	    ndigits(s + 10, 4, 4, &y))
		return ok(y, 0, out);
	/* "Aug. 2024", "Aug 2024", "August 2024" */
	if ((m = month_name(s, len)) != 0) {
		for (i = 3; i < len && s[i] != ' '; i++)
			;
		if (i < len && len - i - 1 == 4 && ndigits(s + i + 1, 4, 4, &y))
			return ok(y, m, out);
	}
	return -1;
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

int
period_range_parse(const char *s, struct period_range *r)
{
	const char *dots = strstr(s, "..");
	int p;

	r->lo = 0;
	r->hi = 999999;
	if (dots == NULL) {
		if (period_parse(s, strlen(s), &p) < 0)
			return -1;
		r->lo = p;
		r->hi = p % 100 == 0 ? p + 12 : p;
		return 0;
	}
	if (dots > s) {
		if (period_parse(s, (size_t)(dots - s), &p) < 0)
			return -1;
		r->lo = p;
	}
	if (dots[2] != '\0') {
		if (period_parse(dots + 2, strlen(dots + 2), &p) < 0)
			return -1;
		r->hi = p % 100 == 0 ? p + 12 : p;
	}
	return r->lo <= r->hi ? 0 : -1;
}

int
period_in_range(int p, const struct period_range *r)
{
	return p >= r->lo && p <= r->hi;
}
