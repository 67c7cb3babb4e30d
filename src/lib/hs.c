/*
 * hs.c - HS codes.
 */
#include <string.h>

#include "hs.h"
#include "util.h"

int
hs_parse(const char *s, size_t len, char *out)
{
	size_t i, n;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
		;
	n = i;
	if (n > 0 && (n == len || (s[n] == '-' && n + 1 < len))) {
		if (n > HS_MAX)
			return -1;
		if (n % 2 == 1) {
			out[0] = '0';
			memcpy(out + 1, s, n);
			n++;
		} else
			memcpy(out, s, n);
		out[n] = '\0';
		return (int)n;
	}
	if (n > 0)
		return -1;
	if ((len == 5 || (len > 6 && s[5] == '-')) &&
	    util_strcasecmp_n(s, "total", 5) == 0) {
		strcpy(out, "TOTAL");
		return 0;
	}
	if (len == 3 && util_strcasecmp_n(s, "all", 3) == 0) {
		strcpy(out, "TOTAL");
		return 0;
	}
	if (len == 3 && (s[0] == 'A' || s[0] == 'a') &&
	    (s[1] == 'G' || s[1] == 'g') && s[2] >= '0' && s[2] <= '9') {
		if (s[2] == '0') {
			strcpy(out, "TOTAL");
			return 0;
		}
		out[0] = 'A', out[1] = 'G', out[2] = s[2], out[3] = '\0';
		return 0;
	}
	return -1;
}

int
hs_level(const char *code)
{
	size_t n = strlen(code);

	return code[0] >= '0' && code[0] <= '9' ? (int)n : 0;
}

int
hs_has_prefix(const char *code, const char *prefix)
{
	size_t n = strlen(prefix);

	return strncmp(code, prefix, n) == 0;
}
