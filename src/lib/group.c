/*
 * group.c - open-addressing hash table with keys and values in arrays.
 */
#include <stdlib.h>
#include <string.h>

#include "group.h"
#include "util.h"

/* 16 bytes: the low 32 bits of the hash (enough to pick a slot in
 * tables of up to 2^32 slots; beyond, rehash() hashes the key again) */
struct entry {
	uint64_t	koff;
	uint32_t	hash;
	uint32_t	klen;
};

/* A slot: the entry's index + 1 in the low 32 bits, the low 32 bits of
 * its hash in the high ones, so that a probe compares the hash without
 * a load from the entries (a cache miss per probe in a large table). */
#define SLOT(i, h)	((uint64_t)(uint32_t)(h) << 32 | (uint64_t)((i) + 1))
#define SLOT_IDX(v)	((size_t)(uint32_t)(v) - 1)
#define SLOT_HASH(v)	((uint32_t)((v) >> 32))

struct group {
	size_t		 valsize;
	struct entry	*e;		/* in creation (or sorted) order */
	char		*vals;		/* valsize per entry, same order */
	size_t		 n, cap;
	char		*keys;		/* arena of key bytes */
	size_t		 klen, kcap;
	uint64_t	*slots;		/* SLOT(): 0 empty */
	size_t		 nslots;	/* power of two */
	size_t		 last;		/* group_get()'s last entry + 1; 0 none
					 * (its key is compared: after a sort
					 * it is only another entry) */
	int		 stale;		/* slots to be made at the next lookup
					 * (group_concat()) */
};

static uint64_t
load32(const char *s)
{
	uint32_t v;

	memcpy(&v, s, 4);
	return v;
}

/* Eight bytes at a time, each word mixed in by a multiplication, then a
 * final mix (Stafford's variant 13 of MurmurHash3's finaliser).  The last
 * 1..7 bytes are read as two overlapping 4-byte words, or 3 single bytes,
 * not copied byte by byte into a word (a store the load then waits on). */
static uint64_t
hash(const char *s, size_t n)
{
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (; n >= 8; s += 8, n -= 8) {
		memcpy(&w, s, 8);
		h = (h ^ w) * 0xbf58476d1ce4e5b9ULL;
		h ^= h >> 29;
	}
	if (n >= 4)
		w = load32(s) | load32(s + n - 4) << 32;
	else if (n > 0)
		w = (uint64_t)(unsigned char)s[0] << 16 |
		    (uint64_t)(unsigned char)s[n >> 1] << 8 |
		    (unsigned char)s[n - 1];
	else
		w = 0;
	h ^= w;
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 31;
	return h;
}

struct group *
group_alloc(size_t valsize)
{
	struct group *g = xcalloc(1, sizeof(*g));

	g->valsize = valsize;
	/* the key arena from the start: an empty first key is copied to a
	 * real address */
	g->kcap = 4096;
	g->keys = xmalloc(g->kcap);
	g->nslots = 64;
	g->slots = xcalloc(g->nslots, sizeof(*g->slots));
	return g;
}

void
group_free(struct group *g)
{
	if (g == NULL)
		return;
	free(g->e);
	free(g->vals);
	free(g->keys);
	free(g->slots);
	free(g);
}

static void
rehash(struct group *g)
{
	size_t i, mask;

	free(g->slots);
	g->nslots *= 2;
	g->slots = xcalloc(g->nslots, sizeof(*g->slots));
	mask = g->nslots - 1;
	for (i = 0; i < g->n; i++) {
		size_t s = mask > UINT32_MAX ? (size_t)hash(g->keys +
		    g->e[i].koff, g->e[i].klen) & mask : g->e[i].hash & mask;

		while (g->slots[s] != 0)
			s = (s + 1) & mask;
		g->slots[s] = SLOT(i, g->e[i].hash);
	}
	g->stale = 0;
}

/* The slots of a table group_concat() left without them: a table that
 * is only listed and sorted after it (a roll-up's) never pays for
 * them.  The table is const to its readers: the slots are its cache. */
static void
fresh(const struct group *g)
{
	if (g->stale)
		rehash((struct group *)(uintptr_t)g);
}

/* a == b for n bytes; short keys (most) without a call to memcmp */
static int
same(const char *a, const char *b, size_t n)
{
	size_t i;

	if (n > 16)
		return memcmp(a, b, n) == 0;
	for (i = 0; i < n; i++)
		if (a[i] != b[i])
			return 0;
	return 1;
}

static size_t
lookup(const struct group *g, const char *key, size_t len, uint64_t h,
    int *found)
{
	size_t mask = g->nslots - 1, s = (size_t)h & mask;

	for (;;) {
		uint64_t v = g->slots[s];

		if (v == 0) {
			*found = 0;
			return s;
		}
		if (SLOT_HASH(v) == (uint32_t)h &&
		    g->e[SLOT_IDX(v)].klen == len &&
		    same(g->keys + g->e[SLOT_IDX(v)].koff, key, len)) {
			*found = 1;
			return s;
		}
		s = (s + 1) & mask;
	}
}

void *
group_find(const struct group *g, const char *key, size_t len)
{
	int found;
	size_t s;

	fresh(g);
	s = lookup(g, key, len, hash(key, len), &found);
	return found ? g->vals + SLOT_IDX(g->slots[s]) * g->valsize : NULL;
}

uint64_t
group_hash(const char *key, size_t len)
{
	return hash(key, len);
}

void *
group_last(const struct group *g, const char *key, size_t len)
{
	size_t i = g->last;

	if (i != 0 && g->e[i - 1].klen == len && same(g->keys +
	    g->e[i - 1].koff, key, len))
		return g->vals + (i - 1) * g->valsize;
	return NULL;
}

/* Room for n more entries of klen more key bytes. */
static void
reserve(struct group *g, size_t n, size_t klen)
{
	if (g->n + n > g->cap) {
		while (g->n + n > g->cap)
			g->cap = g->cap ? g->cap * 2 : 256;
		g->e = xrealloc(g->e, g->cap * sizeof(*g->e));
		g->vals = xrealloc(g->vals, g->cap * g->valsize);
	}
	if (g->klen + klen > g->kcap) {
		while (g->klen + klen > g->kcap)
			g->kcap = g->kcap ? g->kcap * 2 : 4096;
		g->keys = xrealloc(g->keys, g->kcap);
	}
}

void *
group_get_hashed(struct group *g, const char *key, size_t len, uint64_t h,
    int *created)
{
	int found;
	size_t s;

	fresh(g);
	s = lookup(g, key, len, h, &found);
	if (found) {
		if (created)
			*created = 0;
		g->last = SLOT_IDX(g->slots[s]) + 1;
		return g->vals + SLOT_IDX(g->slots[s]) * g->valsize;
	}
	if (g->n == GROUP_MAX) {
		if (created)
			*created = 0;
		return NULL;	/* the caller says so */
	}
	reserve(g, 1, len);
	memcpy(g->keys + g->klen, key, len);
	g->e[g->n].hash = (uint32_t)h;
	g->e[g->n].koff = g->klen;
	g->e[g->n].klen = (uint32_t)len;
	g->klen += len;
	memset(g->vals + g->n * g->valsize, 0, g->valsize);
	g->slots[s] = SLOT(g->n, h);
	g->n++;
	g->last = g->n;
	if (created)
		*created = 1;
	if (g->n * 4 > g->nslots * 3) {
		rehash(g);
	}
	return g->vals + (g->n - 1) * g->valsize;
}

void *
group_get(struct group *g, const char *key, size_t len, int *created)
{
	void *v;

	/* rows come in runs of one key (files sorted by period and
	 * country): the last entry is tried first, before the hash */
	if ((v = group_last(g, key, len)) != NULL) {
		if (created)
			*created = 0;
		return v;
	}
	return group_get_hashed(g, key, len, hash(key, len), created);
}

int
group_concat(struct group *dst, struct group **src, size_t n)
{
	size_t i, k, tn = 0, tk = 0, ns;

	for (k = 0; k < n; k++) {
		if (src[k]->n > GROUP_MAX - dst->n - tn)
			return -1;
		tn += src[k]->n;
		tk += src[k]->klen;
	}
	/* the exact room at once: pages not yet written are not memory,
	 * and each table given back as soon as copied, so that the copy
	 * does not double the memory */
	if (dst->n + tn > dst->cap) {
		dst->cap = dst->n + tn;
		dst->e = xrealloc(dst->e, dst->cap * sizeof(*dst->e));
		dst->vals = xrealloc(dst->vals, dst->cap * dst->valsize);
	}
	if (dst->klen + tk > dst->kcap) {
		dst->kcap = dst->klen + tk;
		dst->keys = xrealloc(dst->keys, dst->kcap);
	}
	for (k = 0; k < n; k++) {
		struct group *g = src[k];

		memcpy(dst->keys + dst->klen, g->keys, g->klen);
		memcpy(dst->vals + dst->n * dst->valsize, g->vals, g->n *
		    g->valsize);
		for (i = 0; i < g->n; i++) {
			dst->e[dst->n + i] = g->e[i];
			dst->e[dst->n + i].koff += dst->klen;
		}
		dst->klen += g->klen;
		dst->n += g->n;
		group_free(g);
		src[k] = NULL;
	}
	/* the slots made again once, at their final size, when a lookup
	 * needs them */
	for (ns = dst->nslots ? dst->nslots : 64; dst->n * 4 > ns * 3;
	    ns *= 2)
		;
	free(dst->slots);
	dst->slots = NULL;
	dst->nslots = ns / 2;
	dst->stale = 1;
	dst->last = 0;
	return 0;
}

void
group_clear(struct group *g)
{
	g->n = 0;
	g->klen = 0;
	g->last = 0;
	if (g->slots != NULL)
		memset(g->slots, 0, g->nslots * sizeof(*g->slots));
}

void
group_shrink(struct group *g, size_t n)
{
	if (n >= g->n)
		return;
	free(g->slots);
	g->slots = NULL;
	g->nslots = 0;
	g->stale = 0;
	g->n = n;
	g->cap = n > 0 ? n : 1;
	/* a smaller realloc() of a large block unmaps its tail */
	g->e = xrealloc(g->e, g->cap * sizeof(*g->e));
	g->vals = xrealloc(g->vals, g->cap * g->valsize);
}

size_t
group_count(const struct group *g)
{
	return g->n;
}

const char *
group_key(const struct group *g, size_t i, size_t *len)
{
	*len = g->e[i].klen;
	return g->keys + g->e[i].koff;
}

void *
group_val(const struct group *g, size_t i)
{
	return g->vals + i * g->valsize;
}

struct sortctx {
	const struct group *g;
	int		(*cmp)(const char *, size_t, const void *, const char *,
			    size_t, const void *, void *);
	void		*arg;
};

static int
cmp_idx(const struct sortctx *x, uint32_t i, uint32_t j)
{
	const struct group *g = x->g;

	return x->cmp(g->keys + g->e[i].koff, g->e[i].klen,
	    g->vals + i * g->valsize, g->keys + g->e[j].koff, g->e[j].klen,
	    g->vals + j * g->valsize, x->arg);
}

/*
 * Sort idx[0..n) with tmp beside it: a merge sort, since qsort() has no
 * argument for the comparison's context (a static one would make the
 * sort of one thread see another's) and qsort_r() is not in POSIX.
 * Stable, which qsort() is not: equal keys keep their order.
 */
static void
msort(const struct sortctx *x, uint32_t *idx, uint32_t *tmp, size_t n)
{
	size_t h = n / 2, i = 0, j, k = 0;

	if (n < 2)
		return;
	msort(x, idx, tmp, h);
	msort(x, idx + h, tmp, n - h);
	j = h;
	while (i < h && j < n)
		tmp[k++] = cmp_idx(x, idx[j], idx[i]) < 0 ? idx[j++] :
		    idx[i++];
	while (i < h)
		tmp[k++] = idx[i++];
	/* idx[j..n) are in place already */
	memcpy(idx, tmp, k * sizeof(*idx));
}

void
group_sort(struct group *g, int (*cmp)(const char *, size_t, const void *,
    const char *, size_t, const void *, void *), void *arg)
{
	struct sortctx ctx = { g, cmp, arg };
	uint32_t *idx, *tmp;
	size_t i;

	if (g->n < 2)
		return;
	/* indices of 32 bits: a table holds at most GROUP_MAX entries */
	idx = xmalloc(g->n * sizeof(*idx));
	tmp = xmalloc(g->n * sizeof(*tmp));
	for (i = 0; i < g->n; i++)
		idx[i] = (uint32_t)i;
	msort(&ctx, idx, tmp, g->n);
	free(tmp);
	group_order(g, idx);
	free(idx);
}

void
group_order(struct group *g, uint32_t *idx)
{
	struct entry te;
	size_t i, j, k;
	char *tv;

	if (g->n < 2)
		return;
	/* the entries and values moved in place, cycle by cycle (entry i
	 * gets old entry idx[i]), not copied to new arrays: a copy of the
	 * values would double the table's memory at its largest */
	tv = xmalloc(g->valsize);
	for (i = 0; i < g->n; i++) {
		if (idx[i] == i)
			continue;
		te = g->e[i];
		memcpy(tv, g->vals + i * g->valsize, g->valsize);
		for (j = i; (k = idx[j]) != i; j = k) {
			g->e[j] = g->e[k];
			memcpy(g->vals + j * g->valsize, g->vals + k *
			    g->valsize, g->valsize);
			idx[j] = (uint32_t)j;
		}
		g->e[j] = te;
		memcpy(g->vals + j * g->valsize, tv, g->valsize);
		idx[j] = (uint32_t)j;
	}
	free(tv);
	g->nslots /= 2;
	rehash(g);
}

void
keybuf_reset(struct keybuf *k)
{
	k->len = 0;
	k->nf = 0;
	k->overflow = 0;
}

void
keybuf_addn(struct keybuf *k, const char *s, size_t n)
{
	if (k->nf++ > 0) {
		if (k->len + 1 > sizeof(k->buf)) {
			k->overflow = 1;
			return;
		}
		k->buf[k->len++] = GROUP_SEP;
	}
	if (k->len + n > sizeof(k->buf)) {
		k->overflow = 1;
		return;
	}
	memcpy(k->buf + k->len, s, n);
	k->len += n;
}

void
keybuf_add(struct keybuf *k, const char *s)
{
	keybuf_addn(k, s, strlen(s));
}

const char *
key_field(const char *key, size_t len, size_t i, size_t *n)
{
	const char *p = key, *end = key + len, *sep;

	while (i > 0) {
		sep = memchr(p, GROUP_SEP, (size_t)(end - p));
		if (sep == NULL)
			return NULL;
		p = sep + 1;
		i--;
	}
	sep = memchr(p, GROUP_SEP, (size_t)(end - p));
	*n = sep ? (size_t)(sep - p) : (size_t)(end - p);
	return p;
}
