/*
 * test_group.c - the hash table of groups: every key has one entry, found
 * again by group_get() and group_find() (after runs of one key, which
 * take the last-entry shortcut, and after group_sort(), which moves the
 * entries); keys of every length from 0 to 40 bytes, NULs included.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "group.h"
#include "test.h"

#define NKEYS	5000

struct val {
	size_t	id;		/* the key's number */
	size_t	n;		/* times got */
};

/* Key number i: its length and bytes from i alone. */
static size_t
key_of(size_t i, char *buf)
{
	/* every other key: random bytes; the others share their bytes
	 * but the last two */
	uint64_t x = 0x9e3779b97f4a7c15ULL * (i % 2 ? i + 1 : 1);
	size_t len = 2 + i % 39, k;

	for (k = 0; k < len; k++) {
		x ^= x << 13, x ^= x >> 7, x ^= x << 17;
		buf[k] = (char)(x % 7 == 0 ? 0 : x);
	}
	/* the length and the number make it unique */
	buf[len - 2] = (char)(i & 0xff);
	buf[len - 1] = (char)(i >> 8);
	return len;
}

static int
by_id_desc(const char *ka, size_t la, const void *va, const char *kb,
    size_t lb, const void *vb, void *arg)
{
	const struct val *a = va, *b = vb;

	(void)ka, (void)la, (void)kb, (void)lb, (void)arg;
	return a->id < b->id ? 1 : a->id > b->id ? -1 : 0;
}

/* By n (the key's group, here), while sorting another table: a sort
 * inside a sort's comparison (another thread's, or a nested one) must
 * not see the outer sort's context. */
static int
by_n_nested(const char *ka, size_t la, const void *va, const char *kb,
    size_t lb, const void *vb, void *arg)
{
	const struct val *a = va, *b = vb;
	struct group *inner = arg;

	(void)ka, (void)la, (void)kb, (void)lb;
	if (inner != NULL)
		group_sort(inner, by_id_desc, NULL);
	return a->n < b->n ? -1 : a->n > b->n;
}

int
main(void)
{
	static size_t want[NKEYS];
	struct group *g = group_alloc(sizeof(struct val));
	uint64_t x = 42;
	size_t i, r, bad = 0, total = 0;
	char key[64];
	int created, pass;

	/* runs of 1 to 8 gets of one key (2 to 40 bytes), keys in a random
	 * order */
	for (pass = 0; pass < 2; pass++) {
		for (r = 0; r < 20000; r++) {
			size_t run, k, len;
			struct val *v;

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			i = (size_t)(x % NKEYS);
			run = 1 + (size_t)(x >> 20) % 8;
			len = key_of(i, key);
			for (k = 0; k < run; k++) {
				v = group_get(g, key, len, &created);
				if (created != (v->n == 0 && v->id == 0) ||
				    (!created && v->id != i))
					bad++;
				v->id = i;
				v->n++;
				want[i]++;
				total++;
			}
		}
		CHECK(bad == 0);
		/* every key found with its count */
		for (i = 0, bad = 0; i < NKEYS; i++) {
			size_t len = key_of(i, key);
			struct val *v = group_find(g, key, len);

			if (want[i] ? v == NULL || v->id != i || v->n !=
			    want[i] : v != NULL)
				bad++;
		}
		CHECK(bad == 0);
		/* the entries move; the next gets find them */
		group_sort(g, by_id_desc, NULL);
		for (i = 1, bad = 0; i < group_count(g); i++)
			if (((struct val *)group_val(g, i - 1))->id <
			    ((struct val *)group_val(g, i))->id)
				bad++;
		CHECK(bad == 0);
	}
	/* the last key got, again, after the sort: its own entry */
	{
		size_t len = key_of(NKEYS - 1, key);
		struct val *v;

		group_get(g, key, len, &created);
		i = NKEYS - 2;
		len = key_of(i, key);
		v = group_get(g, key, len, &created);
		CHECK(v->id == i || (created && v->id == 0));
	}
	for (i = 0, r = 0; i < group_count(g); i++)
		r += ((struct val *)group_val(g, i))->n;
	CHECK(r == total);
	group_free(g);
	/* the empty key and keys of one byte, NUL among them: apart */
	{
		struct group *h = group_alloc(sizeof(struct val));
		struct val *e = group_get(h, "", 0, &created);

		e->n = 1;
		((struct val *)group_get(h, "\0", 1, &created))->n = 2;
		((struct val *)group_get(h, "a", 1, &created))->n = 3;
		CHECK(group_count(h) == 3);
		CHECK(((struct val *)group_get(h, "", 0, &created))->n == 1);
		CHECK(((struct val *)group_find(h, "\0", 1))->n == 2);
		CHECK(((struct val *)group_get(h, "a", 1, &created))->n == 3);
		CHECK(((struct val *)group_get(h, "\0", 1, &created))->n == 2);
		group_free(h);
	}
	/* a sort within a sort, and a stable one: entries of one n keep
	 * the order they were made in */
	{
		struct group *h = group_alloc(sizeof(struct val));
		struct group *in = group_alloc(sizeof(struct val));
		char k[8];

		for (i = 0; i < 300; i++) {
			struct val *v;

			snprintf(k, sizeof(k), "%zu", i);
			v = group_get(h, k, strlen(k), &created);
			v->id = i;
			v->n = (i * 7) % 5;
			v = group_get(in, k, strlen(k), &created);
			v->id = i;
		}
		group_sort(h, by_n_nested, in);
		for (i = 1, bad = 0; i < group_count(h); i++) {
			const struct val *p = group_val(h, i - 1);
			const struct val *q = group_val(h, i);

			if (p->n > q->n || (p->n == q->n && p->id > q->id))
				bad++;
		}
		CHECK(bad == 0);
		CHECK(((struct val *)group_val(in, 0))->id == 299);
		group_free(h);
		group_free(in);
	}
	/* keys shared out among four tables by their hash, then put
	 * together: every key found once, with its value; group_last()
	 * is the entry got last, and only that one */
	{
		struct group *part[4], *all = group_alloc(sizeof(struct val));
		size_t len, k;
		struct val *v;

		for (k = 0; k < 4; k++)
			part[k] = group_alloc(sizeof(struct val));
		for (i = 0; i < NKEYS; i++) {
			uint64_t h;

			len = key_of(i, key);
			h = group_hash(key, len);
			v = group_get_hashed(part[h >> 40 & 3], key, len, h,
			    &created);
			CHECK(created);
			v->id = i;
			v->n = i * 3;
			CHECK(group_last(part[h >> 40 & 3], key, len) == v);
		}
		len = key_of(1, key);
		CHECK(group_last(part[group_hash(key, len) >> 40 & 3], key,
		    len) == NULL);
		for (k = 0, r = 0; k < 4; k++)
			r += group_count(part[k]);
		CHECK(r == NKEYS);
		CHECK(group_count(part[0]) > 0 && group_count(part[0]) <
		    NKEYS / 2);
		CHECK(group_concat(all, part, 4) == 0);
		CHECK(part[0] == NULL && part[3] == NULL);
		CHECK(group_count(all) == NKEYS);
		for (i = 0, bad = 0; i < NKEYS; i++) {
			len = key_of(i, key);
			v = group_find(all, key, len);
			if (v == NULL || v->id != i || v->n != i * 3)
				bad++;
		}
		CHECK(bad == 0);
		/* and it takes new keys */
		v = group_get(all, "new", 3, &created);
		CHECK(created && group_count(all) == NKEYS + 1);
		group_free(all);
	}
	/* emptied for the next lot of keys (a roll-up's next period): none
	 * found, each made again once, the old values gone */
	{
		struct group *c = group_alloc(sizeof(struct val));
		struct val *v;
		size_t len;

		for (i = 0; i < NKEYS; i++) {
			len = key_of(i, key);
			v = group_get(c, key, len, NULL);
			v->n = 7;
		}
		group_clear(c);
		CHECK(group_count(c) == 0);
		for (i = 0, bad = 0; i < NKEYS; i++) {
			len = key_of(i, key);
			if (group_find(c, key, len) != NULL)
				bad++;
		}
		CHECK(bad == 0);
		for (i = 0, bad = 0; i < NKEYS; i += 2) {
			len = key_of(i, key);
			v = group_get(c, key, len, &created);
			if (!created || v->n != 0)
				bad++;
			v->id = i;
		}
		CHECK(bad == 0);
		CHECK(group_count(c) == NKEYS / 2);
		for (i = 0, bad = 0; i < NKEYS; i++) {
			len = key_of(i, key);
			v = group_find(c, key, len);
			if (i % 2 ? v != NULL : v == NULL || v->id != i)
				bad++;
		}
		CHECK(bad == 0);
		group_free(c);
	}
	return test_done("test_group");
}
