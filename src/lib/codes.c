/*
 * codes.c - lookups in the compiled-in country table.
 */
#include <stdlib.h>
#include <string.h>

#include "codes.h"

static int
cmp_key(const void *a, const void *b)
{
	return strcmp(a, ((const struct codes_key *)b)->key);
}

static int
cmp_code(const void *a, const void *b)
{
	return strcmp(a, ((const struct country *)b)->code);
}

static const struct country *
find_key(const char *s, size_t len)
{
	char buf[512];
	const struct codes_key *k;
	size_t i, o = 0;
	int digits = 1;

	while (len > 0 && (*s == ' ' || *s == '\t'))
		s++, len--;
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '\t'))
		len--;
	if (len == 0 || len >= sizeof(buf))
		return NULL;
	for (i = 0; i < len; i++)
		if (s[i] < '0' || s[i] > '9')
			digits = 0;
	if (digits) {
		while (len > 1 && *s == '0')
			s++, len--;
	}
	for (i = 0; i < len; i++) {
		char c = s[i];

		buf[o++] = (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c;
	}
	buf[o] = '\0';
	k = bsearch(buf, codes_keys, codes_nkeys, sizeof(codes_keys[0]),
	    cmp_key);
	return k ? &codes_table[k->idx] : NULL;
}

const struct country *
codes_lookup(const char *s, size_t len)
{
	const struct country *c;
	size_t i;

	if ((c = find_key(s, len)) != NULL)
		return c;
	/* "France (incl. Saint Barthélemy ...)" -> "France" */
	for (i = 1; i + 1 < len; i++)
		if (s[i] == ' ' && s[i + 1] == '(')
			return find_key(s, i);
	return NULL;
}

const struct country *
codes_find(const char *code)
{
	return bsearch(code, codes_table, codes_ntable, sizeof(codes_table[0]),
	    cmp_code);
}

int
codes_is_aggregate(const char *code)
{
	const struct country *c = codes_find(code);

	return c != NULL && c->aggregate;
}

int
codes_is_world(const char *code)
{
	return strcmp(code, "WLD") == 0;
}
