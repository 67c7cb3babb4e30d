/*
 * prodlist.c - lists of HS codes and their translation between editions.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "prodlist.h"
#include "util.h"

/* FNV-1a, one byte at a time: a code's prefixes are hashed on the way. */
#define HASH_INIT	14695981039346656037ULL
#define HASH_STEP(h, c)	(((h) ^ (unsigned char)(c)) * 1099511628211ULL)

/* The slot of the first len bytes of code (of hash h): the one that holds
 * it, or the free one where it would go. */
static size_t
find(const struct prodlist *l, const char *code, size_t len, uint64_t h)
{
	size_t mask = l->nslot - 1, s = (size_t)h & mask;

	while (l->slot[s] != 0) {
		const char *c = l->code[l->slot[s] - 1];

		if (strncmp(c, code, len) == 0 && c[len] == '\0')
			break;
		s = (s + 1) & mask;
	}
	return s;
}

static uint64_t
hash(const char *s)
{
	uint64_t h = HASH_INIT;

	while (*s)
		h = HASH_STEP(h, *s++);
	return h;
}

static void
grow(struct prodlist *l)
{
	size_t i;

	free(l->slot);
	l->nslot = l->nslot ? 2 * l->nslot : 256;
	l->slot = xcalloc(l->nslot, sizeof(*l->slot));
	for (i = 0; i < l->n; i++) {
		const char *c = l->code[i];

		l->slot[find(l, c, strlen(c), hash(c))] = i + 1;
	}
}

static void
push(struct prodlist *l, const char *code)
{
	size_t s;

	if (2 * (l->n + 1) > l->nslot)
		grow(l);
	s = find(l, code, strlen(code), hash(code));
	if (l->slot[s] != 0)
		return;
	if (l->n == l->cap) {
		l->cap = l->cap ? 2 * l->cap : 64;
		l->code = xrealloc(l->code, l->cap * sizeof(*l->code));
	}
	memcpy(l->code[l->n++], code, HS_MAX + 1);
	l->slot[s] = l->n;
}

int
prodlist_add_codes(struct prodlist *l, const char *s, char *err,
    size_t errsz)
{
	char code[HS_MAX + 1];

	while (*s) {
		size_t n = strcspn(s, ",");

		if (hs_parse(s, n, code) < 0) {
			snprintf(err, errsz, "not an HS code: '%s'",
			    util_excerpt(s, n));
			return -1;
		}
		push(l, code);
		s += n;
		if (*s == ',')
			s++;
	}
	return 0;
}

static int
in_list(const char *list, const char *s, size_t len)
{
	while (list && *list) {
		size_t n = strcspn(list, ",");

		if (n == len && strncmp(list, s, n) == 0)
			return 1;
		list += n;
		if (*list == ',')
			list++;
	}
	return 0;
}

int
prodlist_load(struct prodlist *l, const char *path, const char *tiers,
    char *err, size_t errsz)
{
	static const char *names[] = { "hs6", "hscode", "product", "code",
	    "hs", NULL };
	const char *e;
	struct csvr *r = csvr_open(path, 0, CSV_ENC_AUTO, &e);
	long col = -1, tcol = -1;
	size_t i, k, ntier = 0;
	char code[HS_MAX + 1];
	int st;

	if (r == NULL) {
		snprintf(err, errsz, "%s: %s", path, e);
		return -1;
	}
	if ((st = csvr_next(r)) <= 0) {
		snprintf(err, errsz, "%s", st < 0 ? csvr_error(r) :
		    "empty product list");
		csvr_close(r);
		return -1;
	}
	for (k = 0; names[k] && col < 0; k++)
		for (i = 0; i < csvr_nfields(r); i++)
			if (util_strcasecmp(csvr_field(r, i), names[k]) == 0)
				col = (long)i;
	for (i = 0; i < csvr_nfields(r); i++)
		if (util_strcasecmp(csvr_field(r, i), "tier") == 0)
			tcol = (long)i;
	if (col < 0) {
		snprintf(err, errsz, "%s:1: no code column (want hs6, hscode, "
		    "product, code or hs)", csvr_name(r));
		csvr_close(r);
		return -1;
	}
	if (tiers && tcol < 0) {
		snprintf(err, errsz, "%s:1: --tier, but the list has no tier "
		    "column", csvr_name(r));
		csvr_close(r);
		return -1;
	}
	while ((st = csvr_next(r)) == 1) {
		const char *v;

		if ((size_t)col >= csvr_nfields(r) || (tcol >= 0 &&
		    (size_t)tcol >= csvr_nfields(r))) {
			snprintf(err, errsz, "%s:%llu: ragged row", csvr_name(r),
			    (unsigned long long)csvr_line(r));
			csvr_close(r);
			return -1;
		}
		if (tiers && !in_list(tiers, csvr_field(r, (size_t)tcol),
		    csvr_len(r, (size_t)tcol)))
			continue;
		v = csvr_field(r, (size_t)col);
		if (hs_parse(v, csvr_len(r, (size_t)col), code) < 0) {
			snprintf(err, errsz, "%s:%llu: column '%s': not an HS "
			    "code: '%s'", csvr_name(r),
			    (unsigned long long)csvr_line(r), names[0],
			    util_excerpt(v, csvr_len(r, (size_t)col)));
			csvr_close(r);
			return -1;
		}
		push(l, code);
		ntier++;
	}
	if (st < 0) {
		snprintf(err, errsz, "%s", csvr_error(r));
		csvr_close(r);
		return -1;
	}
	csvr_close(r);
	if (ntier == 0) {
		snprintf(err, errsz, "%s: no codes%s", path, tiers ?
		    " in the tiers asked for" : "");
		return -1;
	}
	return 0;
}

struct corr {
	char	 a[HS_MAX + 1], b[HS_MAX + 1];
	int	 nn;
};

static void
note_add(struct prodlist_notes *n, const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	n->line = xrealloc(n->line, (n->n + 1) * sizeof(*n->line));
	n->line[n->n++] = xstrdup(buf);
}

void
prodlist_notes_free(struct prodlist_notes *n)
{
	size_t i;

	for (i = 0; i < n->n; i++)
		free(n->line[i]);
	free(n->line);
	n->line = NULL;
	n->n = 0;
}

int
prodlist_translate(struct prodlist *l, const char *table,
    struct prodlist_notes *notes, char *err, size_t errsz)
{
	const char *e;
	struct csvr *r = csvr_open(table, 0, CSV_ENC_AUTO, &e);
	struct corr *c = NULL;
	size_t nc = 0, cap = 0, i, j, hits[2] = { 0, 0 };
	struct prodlist out = { 0 };
	char ed[2][64];
	int st, from;
	long rel = -1;

	if (r == NULL) {
		snprintf(err, errsz, "%s: %s", table, e);
		return -1;
	}
	if ((st = csvr_next(r)) <= 0 || csvr_nfields(r) < 2) {
		snprintf(err, errsz, "%s", st < 0 ? csvr_error(r) :
		    "a correlation table wants two edition columns");
		csvr_close(r);
		return -1;
	}
	snprintf(ed[0], sizeof(ed[0]), "%s", csvr_field(r, 0));
	snprintf(ed[1], sizeof(ed[1]), "%s", csvr_field(r, 1));
	for (i = 2; i < csvr_nfields(r); i++)
		if (util_strcasecmp(csvr_field(r, i), "relationship") == 0)
			rel = (long)i;
	while ((st = csvr_next(r)) == 1) {
		if (csvr_nfields(r) < 2 || (rel >= 0 &&
		    (size_t)rel >= csvr_nfields(r))) {
			snprintf(err, errsz, "%s:%llu: ragged row", csvr_name(r),
			    (unsigned long long)csvr_line(r));
			goto fail;
		}
		if (nc == cap) {
			cap = cap ? 2 * cap : 4096;
			c = xrealloc(c, cap * sizeof(*c));
		}
		if (hs_parse(csvr_field(r, 0), csvr_len(r, 0), c[nc].a) < 0 ||
		    hs_parse(csvr_field(r, 1), csvr_len(r, 1), c[nc].b) < 0) {
			snprintf(err, errsz, "%s:%llu: not an HS code: '%s'",
			    csvr_name(r), (unsigned long long)csvr_line(r),
			    util_excerpt(csvr_field(r, 0), csvr_len(r, 0)));
			goto fail;
		}
		c[nc].nn = rel >= 0 && strcmp(csvr_field(r, (size_t)rel),
		    "n:n") == 0;
		nc++;
	}
	if (st < 0) {
		snprintf(err, errsz, "%s", csvr_error(r));
		goto fail;
	}
	csvr_close(r);
	/* the direction: the column that holds more of the list's codes */
	for (i = 0; i < l->n; i++) {
		int in[2] = { 0, 0 };

		for (j = 0; j < nc; j++) {
			in[0] |= strcmp(c[j].a, l->code[i]) == 0;
			in[1] |= strcmp(c[j].b, l->code[i]) == 0;
		}
		hits[0] += (size_t)in[0];
		hits[1] += (size_t)in[1];
	}
	from = hits[1] > hits[0];
	for (i = 0; i < l->n; i++) {
		size_t found = 0, nn = 0;

		for (j = 0; j < nc; j++) {
			const char *f = from ? c[j].b : c[j].a;

			if (strcmp(f, l->code[i]) != 0)
				continue;
			found++;
			if (c[j].nn)
				nn++;
		}
		if (found == 0) {
			note_add(notes, "%s: %s is not in the %s column; kept "
			    "as it is", table, l->code[i], ed[from]);
			push(&out, l->code[i]);
			continue;
		}
		if (nn) {
			char list[8 * (HS_MAX + 2) + 8];
			size_t k = 0, o = 0;

			for (j = 0; j < nc; j++)
				if (strcmp(from ? c[j].b : c[j].a,
				    l->code[i]) == 0 && k++ < 8)
					o += (size_t)snprintf(list + o,
					    sizeof(list) - o, "%s%s", k > 1 ?
					    " " : "", from ? c[j].a : c[j].b);
			note_add(notes, "%s: %s (%s) corresponds n:n to %zu %s "
			    "codes (%s%s): left out of the list, since those "
			    "codes hold other goods too", table, l->code[i],
			    ed[from], found, ed[!from], list, found > 8 ?
			    " ..." : "");
			continue;
		}
		for (j = 0; j < nc; j++)
			if (strcmp(from ? c[j].b : c[j].a, l->code[i]) == 0)
				push(&out, from ? c[j].a : c[j].b);
	}
	free(c);
	prodlist_free(l);
	*l = out;
	return 0;
fail:
	csvr_close(r);
	free(c);
	return -1;
}

size_t
prodlist_prefixes(const struct prodlist *l, const char *code, size_t *idx)
{
	uint64_t h = HASH_INIT;
	size_t len, s, n = 0;

	if (l->n == 0)
		return 0;
	for (len = 1; len <= HS_MAX && code[len - 1] != '\0'; len++) {
		h = HASH_STEP(h, code[len - 1]);
		if (l->slot[s = find(l, code, len, h)] != 0)
			idx[n++] = l->slot[s] - 1;
	}
	return n;
}

int
prodlist_match(const struct prodlist *l, const char *code)
{
	size_t idx[HS_MAX + 1];

	return prodlist_prefixes(l, code, idx) > 0;
}

void
prodlist_free(struct prodlist *l)
{
	free(l->code);
	free(l->slot);
	memset(l, 0, sizeof(*l));
}

const char *
prodlist_dir(char *buf, size_t size)
{
	char exe[2048], *slash;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int up;

	if (n <= 0)
		return "data/lists";
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) != NULL)
		*slash = '\0';
	snprintf(buf, size, "%s/../share/tradestat/lists", exe);
	if (access(buf, R_OK) == 0)
		return buf;
	for (up = 1; up <= 3; up++) {	/* bin/, build/asan/bin/ */
		snprintf(buf, size, "%s/%.*sdata/lists", exe, 3 * up,
		    "../../../");
		if (access(buf, R_OK) == 0)
			return buf;
	}
	snprintf(buf, size, "%s/../share/tradestat/lists", exe);
	return buf;
}
