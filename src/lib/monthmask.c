/*
 * monthmask.c - the month_mask column, written as letters, read as
 * letters or as the hex digits of older files (monthmask.h).
 */
#include <string.h>

#include "monthmask.h"

static const char letters[] = "JFMAMJJASOND";

char *
monthmask_format(int mask, char buf[MONTHMASK_LEN + 1])
{
	int m;

	for (m = 0; m < MONTHMASK_LEN; m++)
		buf[m] = mask >> m & 1 ? letters[m] : '.';
	buf[MONTHMASK_LEN] = '\0';
	return buf;
}

static int
hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

int
monthmask_parse(const char *s, size_t len, int *mask)
{
	size_t i;
	int m = 0, d;

	if (len == MONTHMASK_LEN) {
		for (i = 0; i < len; i++)
			if (s[i] == letters[i])
				m |= 1 << i;
			else if (s[i] != '.')
				return -1;
		*mask = m;
		return 0;
	}
	if (len < 1 || len > 3)
		return -1;
	for (i = 0; i < len; i++) {
		if ((d = hexval((unsigned char)s[i])) < 0)
			return -1;
		m = m * 16 + d;
	}
	*mask = m;
	return 0;
}
