/*
 * session.h - the calls of a query to the UN Comtrade+ API, made.
 *
 * A session makes the calls fetch_plan() gives, each from the cache or
 * the network (retried as fetch_retry_wait() says), cuts a call that
 * returns its cap further (fetch_split()), and keeps each response in a
 * temporary file of its own, in order, for the caller to read when every
 * call has come.
 */
#ifndef TRADESTAT_SESSION_H
#define TRADESTAT_SESSION_H

#include <stddef.h>
#include <time.h>

#include "fetch.h"

/* A response kept: the file holding its body, when it was fetched, the
 * number of its call. */
struct session_part {
	char	*path;
	time_t	 fetched;
	size_t	 ncall;
};

struct session {
	/* set by the caller */
	const struct fetch_query *q;
	const char	*base;		/* the API's address */
	const char	*key;		/* the subscription key, or NULL */
	const char	*cache;		/* the cache directory, or NULL */
	const char	*tmp;		/* where the parts go ("/tmp") */
	long		 max_calls;	/* calls to the network at most */
	long		 timeout;	/* seconds a call */
	long		 retries;	/* of a call that failed */
	int		 refresh;	/* do not read the cache */
	/* progress, a line without its newline; NULL for none */
	void		(*note)(void *arg, const char *line);
	void		*note_arg;
	/* the result */
	struct session_part *parts;
	size_t		 nparts;
	long		 made;		/* calls to the network */
	char		 tmpdir[4096];
	char		 err[1024];
};

/* Make every call of s->q.  Returns 0 with the responses in s->parts,
 * or -1 with the reason in s->err ("call 3: HTTP 500: the API said:
 * '...' (5 attempts)"), which never holds the key. */
int	 session_run(struct session *s);

/* Remove the parts and their directory, and free them. */
void	 session_release(struct session *s);

#endif
