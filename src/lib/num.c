/*
 * num.c - decimal numbers in and out.
 */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"

enum num_status
num_parse(const char *s, size_t len, double *out)
{
	char buf[128], *end;
	size_t i, b, e, ndig = 0, ndot = 0, ncomma = 0;
	double v;

	for (b = 0; b < len && (s[b] == ' ' || s[b] == '\t'); b++)
		;
	for (e = len; e > b && (s[e - 1] == ' ' || s[e - 1] == '\t'); e--)
		;
	if (b == e)
		return NUM_EMPTY;
	for (i = b; i < e; i++) {
		char c = s[i];

		if (c >= '0' && c <= '9')
			ndig++;
		else if (c == '.')
			ndot++;
		else if (c == ',')
			ncomma++;
		else if (c == '+' || c == '-' || c == 'e' || c == 'E')
			continue;
		else
			return (c == 'n' || c == 'N' || c == 'i' || c == 'I') &&
			    e - b <= 9 ? NUM_RANGE : NUM_BAD;
	}
	if (ndig == 0)
		return NUM_BAD;
	if (ncomma > 0) {
		if (ndot == 1 || ncomma > 1)
			return NUM_THOUSANDS;
		return NUM_COMMA;
	}
	if (e - b >= sizeof(buf))
		return NUM_BAD;
	memcpy(buf, s + b, e - b);
	buf[e - b] = '\0';
	errno = 0;
	v = strtod(buf, &end);
	if (*end != '\0' || end == buf)
		return NUM_BAD;
	if (!isfinite(v) || (errno == ERANGE && fabs(v) > 1.0))
		return NUM_RANGE;
	*out = v;
	return NUM_OK;
}

const char *
num_strerror(enum num_status st)
{
	switch (st) {
	case NUM_OK:
		return "ok";
	case NUM_EMPTY:
		return "empty";
	case NUM_BAD:
		return "not a number";
	case NUM_RANGE:
		return "not a finite number";
	case NUM_THOUSANDS:
		return "not a number (thousands separator? write 1234.5, "
		    "not 1,234.5)";
	case NUM_COMMA:
		return "not a number (decimal comma? write 12.5, not 12,5)";
	}
	return "not a number";
}

/* Turn "d.ddddde[+-]XX" into plain notation. */
static void
plain(const char *sci, char *out)
{
	char digits[40];
	const char *p = sci, *ep;
	size_t nd = 0, i;
	int exp, neg = 0, point;
	char *o = out;

	if (*p == '-')
		neg = 1, p++;
	ep = strchr(p, 'e');
	for (; p < ep; p++)
		if (*p != '.')
			digits[nd++] = *p;
	exp = atoi(ep + 1);
	while (nd > 1 && digits[nd - 1] == '0')
		nd--;
	if (neg)
		*o++ = '-';
	point = exp + 1;	/* digits before the decimal point */
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

char *
num_format(double v, char *buf)
{
	char sci[40];

	if (v == 0) {
		strcpy(buf, "0");
		return buf;
	}
	if (!isfinite(v)) {
		strcpy(buf, v != v ? "nan" : v > 0 ? "inf" : "-inf");
		return buf;
	}
	snprintf(buf, NUM_BUFSZ, "%.15g", v);
	if (strchr(buf, 'e') == NULL || fabs(v) >= 1e21 || fabs(v) < 1e-20)
		return buf;
	snprintf(sci, sizeof(sci), "%.14e", v);
	plain(sci, buf);
	return buf;
}

enum num_status
num_parse_scaled(const char *s, size_t len, int pow10, double *out)
{
	char buf[160];
	size_t i;
	enum num_status st;

	if (pow10 == 0)
		return num_parse(s, len, out);
	/* strtod rounds the exact decimal once, so "1223.702e3" is exactly
	 * 1223702 where 1223.702 * 1000 is not */
	for (i = 0; i < len; i++)
		if (s[i] == 'e' || s[i] == 'E')
			break;
	if (i == len && len + 8 < sizeof(buf)) {
		memcpy(buf, s, len);
		while (len > 0 && (buf[len - 1] == ' ' || buf[len - 1] == '\t'))
			len--;
		snprintf(buf + len, sizeof(buf) - len, "e%d", pow10);
		st = num_parse(buf, strlen(buf), out);
		if (st == NUM_OK || st == NUM_RANGE)
			return st;
		return num_parse(s, len, out);	/* the original's error */
	}
	st = num_parse(s, len, out);
	if (st == NUM_OK)
		*out *= pow(10, pow10);
	return st;
}
