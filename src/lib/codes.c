/*
 * codes.c - lookups in the compiled-in country table.
 */
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "util.h"

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

/* Direct tables for the common keys: three letters and numbers < 1000
 * (index + 1 into codes_table; 0 not known), built from codes_keys. */
static unsigned short alpha3[26 * 26 * 26];
static unsigned short numeric[1000];
uint64_t codes_word3[26 * 26 * 26];
unsigned char codes_agg3[(26 * 26 * 26 + 7) / 8];
int codes_ready;

static void
build_tables(void)
{
	size_t i;

	for (i = 0; i < codes_nkeys; i++) {
		const char *k = codes_keys[i].key;
		size_t n = strlen(k);

		if (n == 3 && k[0] >= 'a' && k[0] <= 'z' && k[1] >= 'a' &&
		    k[1] <= 'z' && k[2] >= 'a' && k[2] <= 'z')
			alpha3[((k[0] - 'a') * 26 + (k[1] - 'a')) * 26 +
			    (k[2] - 'a')] = (unsigned short)(codes_keys[i].idx + 1);
		else if (n >= 1 && n <= 3 && strspn(k, "0123456789") == n)
			numeric[atoi(k)] = (unsigned short)(codes_keys[i].idx + 1);
	}
}

const struct country *
codes_lookup(const char *s, size_t len)
{
	const struct country *c;
	size_t i;

	if (!codes_ready)
		codes_init();
	if (len == 3) {
		int a = s[0] | 0x20, b = s[1] | 0x20, d = s[2] | 0x20;

		if (a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && d >= 'a' &&
		    d <= 'z') {
			unsigned short v = alpha3[((a - 'a') * 26 + (b - 'a')) *
			    26 + (d - 'a')];

			if (v)
				return &codes_table[v - 1];
		}
	}
	if (len >= 1 && len <= 3 && s[0] >= '0' && s[0] <= '9') {
		int v = 0;

		for (i = 0; i < len && s[i] >= '0' && s[i] <= '9'; i++)
			v = v * 10 + (s[i] - '0');
		if (i == len && numeric[v])
			return &codes_table[numeric[v] - 1];
	}

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

/* the codes NUL-padded to 8 bytes, by index in codes_table */
static char (*code8)[8];

void
codes_init(void)
{
	char code[4];
	int k;

	if (codes_ready)
		return;
	build_tables();
	code8 = xcalloc(codes_ntable, sizeof(*code8));
	for (k = 0; k < (int)codes_ntable; k++)
		if (strlen(codes_table[k].code) < 8)
			strcpy(code8[k], codes_table[k].code);
	code[3] = '\0';
	for (k = 0; k < 26 * 26 * 26; k++) {
		const struct country *c;

		code[0] = (char)('A' + k / (26 * 26));
		code[1] = (char)('A' + k / 26 % 26);
		code[2] = (char)('A' + k % 26);
		c = codes_find(code);
		if (c != NULL && c->aggregate)
			codes_agg3[k >> 3] |= (unsigned char)(1u << (k & 7));
		if (alpha3[k] && code8[alpha3[k] - 1][0])
			memcpy(&codes_word3[k], code8[alpha3[k] - 1], 8);
	}
	codes_ready = 1;
}

const char *
codes_code8(const struct country *c)
{
	if (!codes_ready)
		codes_init();
	return code8[c - codes_table][0] ? code8[c - codes_table] : NULL;
}

int
codes_is_aggregate_any(const char *code)
{
	const struct country *c = codes_find(code);

	return c != NULL && c->aggregate;
}

int
codes_is_world(const char *code)
{
	return strcmp(code, "WLD") == 0;
}
