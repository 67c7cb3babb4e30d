/*
 * http.h - one HTTP(S) GET on libcurl, the whole body in memory.
 *
 * No redirects are followed (the key header would go with them to
 * wherever they point); a 3xx is a response like any other.
 */
#ifndef TRADESTAT_HTTP_H
#define TRADESTAT_HTTP_H

#include <stddef.h>

struct http_response {
	long	 status;		/* 200, 429 ... */
	char	*body;			/* NUL-terminated, len bytes */
	size_t	 len;
	char	 ctype[128];		/* Content-Type, or "" */
	char	 retry_after[128];	/* Retry-After, or "" */
};

/*
 * GET url, with the header "Ocp-Apim-Subscription-Key: key" when key is
 * not NULL, giving up after timeout seconds.  Returns 0 when a response
 * came (of any status) into *r (http_release() frees it), -1 when none
 * did (no connection, a timeout, a body cut short) with the reason in
 * err, which never holds the key.
 */
int	 http_get(const char *url, const char *key, long timeout,
	    struct http_response *r, char *err, size_t errsz);
void	 http_release(struct http_response *r);
/* Free libcurl's global state at the end of a program. */
void	 http_cleanup(void);

#endif
