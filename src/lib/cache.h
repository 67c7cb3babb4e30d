/*
 * cache.h - responses kept on disk, keyed by the request.
 *
 * An entry NAME (fetch_cache_name() of the URL) is two files in the
 * cache directory: NAME.json, the body as it came, and NAME.meta, the
 * URL and the time it was fetched ("url URL" and "fetched SECONDS
 * YYYY-MM-DDTHH:MM:SSZ" lines).  The meta file is written last, so an
 * entry without one is not there.  Neither holds the key (the URL never
 * does).
 */
#ifndef TRADESTAT_CACHE_H
#define TRADESTAT_CACHE_H

#include <stddef.h>
#include <time.h>

/* $XDG_CACHE_HOME/tradestat, else $HOME/.cache/tradestat (malloc'd);
 * NULL when neither variable is set. */
char	*cache_dir(void);

/* The path of NAME.json in dir (malloc'd). */
char	*cache_path(const char *dir, const char *name);

/*
 * The entry name for url: 1 with its body (malloc'd, NUL-terminated,
 * *len bytes) and the time it was fetched, 0 when there is none (or it is
 * another URL's), -1 when it cannot be read (err says why).
 */
int	 cache_get(const char *dir, const char *name, const char *url,
	    char **body, size_t *len, time_t *fetched, char *err,
	    size_t errsz);

/* Keep body as the entry name for url, fetched at the time given,
 * making dir as needed; -1 with err when it cannot be written. */
int	 cache_put(const char *dir, const char *name, const char *url,
	    const char *body, size_t len, time_t fetched, char *err,
	    size_t errsz);

#endif
