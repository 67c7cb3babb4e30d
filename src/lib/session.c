/*
 * session.c - the calls of a query to the UN Comtrade+ API, made.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "http.h"
#include "session.h"
#include "util.h"

static void note(struct session *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
note(struct session *s, const char *fmt, ...)
{
	char line[1024];
	va_list ap;

	if (s->note == NULL)
		return;
	va_start(ap, fmt);
	vsnprintf(line, sizeof(line), fmt, ap);
	va_end(ap);
	s->note(s->note_arg, line);
}

static int fail(struct session *s, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static int
fail(struct session *s, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s->err, sizeof(s->err), fmt, ap);
	va_end(ap);
	return -1;
}

static void
pause_for(double w)
{
	struct timespec ts;

	if (w <= 0)
		return;
	ts.tv_sec = (time_t)w;
	ts.tv_nsec = (long)((w - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) < 0 && errno == EINTR)
		;
}

/* The body of call n from the network into *body: retried while the API
 * or the connection fails for a while.  -1 with s->err. */
static int
get(struct session *s, const char *url, size_t n, char **body, size_t *len)
{
	struct http_response resp;
	char err[512], msg[768];
	size_t count;
	double w;
	int attempt;

	for (attempt = 0; ; attempt++) {
		if (http_get(url, s->key, s->timeout, &resp, err,
		    sizeof(err)) == 0) {
			enum fetch_status st = fetch_check(resp.body, resp.len,
			    resp.status, resp.ctype, &count, msg, sizeof(msg));

			if (st == FETCH_OK) {
				*body = resp.body;
				*len = resp.len;
				return 0;
			}
			/* a page where JSON should be, or JSON cut short:
			 * as if no response had come */
			w = fetch_retry_wait(attempt, st == FETCH_BAD_BODY ? 0 :
			    resp.status, resp.retry_after[0] ? resp.retry_after :
			    NULL, time(NULL));
			http_release(&resp);
		} else {
			snprintf(msg, sizeof(msg), "%s", err);
			w = fetch_retry_wait(attempt, 0, NULL, time(NULL));
		}
		if (w < 0)
			return fail(s, "call %zu: %s", n, msg);
		if (attempt >= s->retries)
			return fail(s, "call %zu: %s (%d attempt%s)", n, msg,
			    attempt + 1, attempt ? "s" : "");
		if (w > 600)
			return fail(s, "call %zu: %s; the API asks to wait %.0f "
			    "seconds: try again later", n, msg, w);
		note(s, "call %zu: %s: again in %.0f s", n, msg, w);
		pause_for(w);
	}
}

/* Keep a response as the next part. */
static int
keep(struct session *s, const char *body, size_t len, time_t fetched,
    size_t n)
{
	char path[4200];
	FILE *fp;

	if (s->tmpdir[0] == '\0') {
		snprintf(s->tmpdir, sizeof(s->tmpdir), "%s/trade-fetch.XXXXXX",
		    s->tmp != NULL ? s->tmp : "/tmp");
		if (mkdtemp(s->tmpdir) == NULL) {
			int e = errno;

			snprintf(path, sizeof(path), "%s", s->tmpdir);
			s->tmpdir[0] = '\0';
			return fail(s, "%s: %s", path, strerror(e));
		}
	}
	snprintf(path, sizeof(path), "%s/%zu.json", s->tmpdir, s->nparts + 1);
	s->parts = xrealloc(s->parts, (s->nparts + 1) * sizeof(*s->parts));
	s->parts[s->nparts].path = xstrdup(path);
	s->parts[s->nparts].fetched = fetched;
	s->parts[s->nparts++].ncall = n;
	if ((fp = fopen(path, "wb")) == NULL)
		return fail(s, "%s: %s", path, strerror(errno));
	if (fwrite(body, 1, len, fp) != len) {
		fclose(fp);
		return fail(s, "%s: %s", path, strerror(errno));
	}
	if (fclose(fp) != 0)
		return fail(s, "%s: %s", path, strerror(errno));
	return 0;
}

/* The body of a call: from the cache, else the network (and then into
 * the cache).  1 from the cache, 0 from the network, -1 with s->err. */
static int
body_of(struct session *s, const char *url, size_t n, char **body,
    size_t *len, time_t *fetched)
{
	char name[33], err[512];
	int hit = 0;

	fetch_cache_name(url, name);
	if (s->cache != NULL && !s->refresh && (hit = cache_get(s->cache,
	    name, url, body, len, fetched, err, sizeof(err))) < 0)
		return fail(s, "%s", err);
	if (hit)
		return 1;
	if (++s->made > s->max_calls)
		return fail(s, "more than %ld calls to the API (--max-calls "
		    "%ld): narrow the query, or allow more", s->max_calls,
		    s->max_calls);
	if (get(s, url, n, body, len) < 0)
		return -1;
	*fetched = time(NULL);
	if (s->cache != NULL && cache_put(s->cache, name, url, *body, *len,
	    *fetched, err, sizeof(err)) < 0) {
		free(*body);
		return fail(s, "%s", err);
	}
	return 0;
}

/* The calls of the plan that the cache cannot answer. */
static size_t
uncached(struct session *s, const struct fetch_call *calls, size_t n)
{
	char name[33], err[512], *url, *body;
	size_t i, len, k = 0;
	time_t t;

	for (i = 0; i < n; i++) {
		url = fetch_url(s->base, s->q, &calls[i]);
		fetch_cache_name(url, name);
		if (s->cache == NULL || s->refresh || cache_get(s->cache, name,
		    url, &body, &len, &t, err, sizeof(err)) != 1)
			k++;
		else
			free(body);
		free(url);
	}
	return k;
}

/*
 * The calls go last in first out: a call at the cap is cut in two,
 * whose halves go next, so the parts keep the query's order.
 */
static int
run_calls(struct session *s, struct fetch_call **callsp, size_t n)
{
	struct fetch_call *calls = *callsp, c, a, b;
	char err[512], what[256], *url, *body;
	size_t len, count, done = 0, i;
	time_t fetched;
	int hit;

	for (i = 0; i < n / 2; i++) {
		c = calls[i];
		calls[i] = calls[n - 1 - i];
		calls[n - 1 - i] = c;
	}
	while (n > 0) {
		c = calls[--n];
		done++;
		url = fetch_url(s->base, s->q, &c);
		hit = body_of(s, url, done, &body, &len, &fetched);
		free(url);
		if (hit < 0)
			goto fail;
		fetch_describe(&c, what, sizeof(what));
		if (fetch_check(body, len, 200, NULL, &count, err,
		    sizeof(err)) != FETCH_OK) {
			fail(s, "call %zu: the cache's response: %s", done, err);
			free(body);
			goto fail;
		}
		if (count >= (size_t)s->q->max_records) {
			if (fetch_split(&c, &a, &b) < 0) {
				fail(s, "call %zu: %zu record%s, the cap of a "
				    "call, and no list left to cut (%s): ask "
				    "for less", done, count, count == 1 ? "" :
				    "s", what);
				free(body);
				goto fail;
			}
			note(s, "call %zu: %zu records, the cap: cut in two",
			    done, count);
			calls = xrealloc(calls, (n + 2) * sizeof(*calls));
			*callsp = calls;
			calls[n++] = b;
			calls[n++] = a;
		} else {
			note(s, "call %zu of %zu: %zu record%s%s (%s)", done,
			    done + n, count, count == 1 ? "" : "s", hit ?
			    " from the cache" : "", what);
			if (keep(s, body, len, fetched, done) < 0) {
				free(body);
				goto fail;
			}
		}
		free(body);
		fetch_call_release(&c);
	}
	return 0;
fail:
	fetch_call_release(&c);
	while (n > 0)
		fetch_call_release(&calls[--n]);
	return -1;
}

int
session_run(struct session *s)
{
	struct fetch_call *calls;
	size_t ncalls, n;
	int st;

	s->err[0] = '\0';
	if (fetch_plan(s->q, s->base, &calls, &ncalls, s->err,
	    sizeof(s->err)) < 0)
		return -1;
	if ((n = uncached(s, calls, ncalls)) > (size_t)s->max_calls) {
		fail(s, "the query needs %zu calls to the API, more than "
		    "--max-calls %ld: narrow it, or allow more", n,
		    s->max_calls);
		while (ncalls > 0)
			fetch_call_release(&calls[--ncalls]);
		free(calls);
		return -1;
	}
	st = run_calls(s, &calls, ncalls);
	free(calls);
	return st;
}

void
session_release(struct session *s)
{
	size_t i;

	for (i = 0; i < s->nparts; i++) {
		remove(s->parts[i].path);
		free(s->parts[i].path);
	}
	free(s->parts);
	s->parts = NULL;
	s->nparts = 0;
	if (s->tmpdir[0] != '\0')
		rmdir(s->tmpdir);
	s->tmpdir[0] = '\0';
}
