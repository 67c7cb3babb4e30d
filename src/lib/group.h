/*
 * group.h - a hash table from byte-string keys to fixed-size values: the
 * accumulator of every group-by in tradestat.  Memory grows with the
 * number of groups, never with the number of rows.
 *
 * Keys made of several columns join them with GROUP_SEP (0x1f, the ASCII
 * unit separator, which trade data never holds); keybuf builds them.
 */
#ifndef TRADESTAT_GROUP_H
#define TRADESTAT_GROUP_H

#include <stddef.h>
#include <stdint.h>

#define GROUP_SEP '\x1f'

struct group;

/* A table whose values are valsize bytes, zeroed when created. */
struct group	*group_alloc(size_t valsize);
void		 group_free(struct group *g);

/* The most entries a table holds (its slots are 32-bit). */
#define GROUP_MAX	((size_t)UINT32_MAX - 1)

/*
 * The value of key (len bytes), created (zeroed) if it is new; *created
 * says which, when not NULL.  The pointer is valid until the next
 * group_get() that creates an entry.  NULL when the key is new and the
 * table holds GROUP_MAX entries already: the caller stops with an error
 * that names the limit.
 */
void		*group_get(struct group *g, const char *key, size_t len,
		    int *created);
/* group_get() for a key whose group_hash() is h (a caller that shares
 * keys out among tables by their hash computes it once). */
void		*group_get_hashed(struct group *g, const char *key, size_t len,
		    uint64_t h, int *created);
uint64_t	 group_hash(const char *key, size_t len);
/* The value of the entry group_get() gave last, when its key is key:
 * else NULL. */
void		*group_last(const struct group *g, const char *key, size_t len);
/* Add the entries of the n tables src, whose keys dst does not hold
 * (tables that shared keys out by their hash), after dst's, in order,
 * freeing each table (src[i] set to NULL); -1 past GROUP_MAX (nothing
 * done). */
int		 group_concat(struct group *dst, struct group **src, size_t n);
/* The value of key, or NULL when absent. */
void		*group_find(const struct group *g, const char *key, size_t len);

/* Entries in the order they were created (or as group_sort() left them). */
size_t		 group_count(const struct group *g);
const char	*group_key(const struct group *g, size_t i, size_t *len);
void		*group_val(const struct group *g, size_t i);

/* No entries, the memory kept for as many again (lookups work). */
void		 group_clear(struct group *g);

/* Keep the first n entries (n <= group_count()) and give the memory of
 * the others back; the table can then only be listed and freed (no more
 * group_get(), group_find()): for a table emptied into another. */
void		 group_shrink(struct group *g, size_t n);

/* Sort the entries with cmp(key_a, len_a, val_a, key_b, len_b, val_b, arg),
 * stably; reentrant (no static state).  Lookups keep working after a
 * sort. */
void		 group_sort(struct group *g, int (*cmp)(const char *, size_t,
		    const void *, const char *, size_t, const void *, void *),
		    void *arg);

/* Put the entries in the order idx gives (entry i becomes the entry
 * idx[i] was: a permutation of 0..group_count() - 1), for a caller that
 * sorts by keys of its own; idx is spoilt.  Lookups keep working. */
void		 group_order(struct group *g, uint32_t *idx);

/* Building and splitting multi-column keys. */
struct keybuf {
	char	buf[1024];
	size_t	len;
	size_t	nf;		/* fields added */
	int	overflow;	/* a key longer than buf: treat as an error */
};
void	 keybuf_reset(struct keybuf *k);
void	 keybuf_add(struct keybuf *k, const char *s);
void	 keybuf_addn(struct keybuf *k, const char *s, size_t n);
/* Field i of a key (not NUL-terminated): its start and *n its length;
 * NULL when the key has fewer fields. */
const char *key_field(const char *key, size_t len, size_t i, size_t *n);

#endif
