/*
 * util.h - allocation that cannot fail, the program name, and messages.
 *
 * Out of memory is the one error library code may exit on: xmalloc() and
 * friends print "PROG: out of memory" and exit 1.
 */
#ifndef TRADESTAT_UTIL_H
#define TRADESTAT_UTIL_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

/* The program name used in messages; set once by main(). */
extern const char *util_progname;

void	*xmalloc(size_t n);
void	*xcalloc(size_t n, size_t size);
void	*xrealloc(void *p, size_t n);
char	*xstrdup(const char *s);
char	*xstrndup(const char *s, size_t n);

/* Print "PROG: message" and a newline to stderr. */
void	 util_warn(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));
void	 util_vwarn(const char *fmt, va_list ap);

/* Printable, quoted-safe excerpt of s (at most 60 bytes, control bytes as
 * \xNN) for error messages; returns a static buffer (not thread safe). */
const char *util_excerpt(const char *s, size_t len);

/* Length of the valid UTF-8 sequence that starts s (n bytes available),
 * or 0 when it is not one. */
size_t	 util_utf8_len(const char *s, size_t n);

/* Case-insensitive ASCII comparison of NUL-terminated strings. */
int	 util_strcasecmp(const char *a, const char *b);
/* The number of bits set in v (months in a mask, HS levels). */
int	 util_popcount(unsigned v);
/* FNV-1a (Fowler, Noll, Vo) of a NUL-terminated string: the hash of
 * the small open-addressing tables keyed by codes. */
uint64_t util_hash(const char *s);
/* The same on the first n bytes. */
int	 util_strcasecmp_n(const char *a, const char *b, size_t n);

/* 0x80 in every byte of x that is zero, exactly (no borrow between
 * bytes: Hacker's Delight, 6-1); util_zero_bytes(x ^ 0x0101...01 * c)
 * finds the bytes that are c. */
static inline uint64_t
util_zero_bytes(uint64_t x)
{
	const uint64_t m = 0x7f7f7f7f7f7f7f7fULL;

	return ~(((x & m) + m) | x | m);
}

/* Whether two short strings are equal (inline: a row's codes, units and
 * sources, where calling strcmp() costs more than comparing). */
static inline int
util_streq(const char *a, const char *b)
{
	while (*a != '\0' && *a == *b)
		a++, b++;
	return *a == *b;
}

#endif
