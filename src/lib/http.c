/*
 * http.c - one HTTP(S) GET on libcurl.
 */
#include <curl/curl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "http.h"
#include "util.h"

static int http_ready;

static size_t
on_body(char *p, size_t size, size_t n, void *arg)
{
	struct http_response *r = arg;
	size_t len = size * n;

	r->body = xrealloc(r->body, r->len + len + 1);
	memcpy(r->body + r->len, p, len);
	r->len += len;
	r->body[r->len] = '\0';
	return len;
}

/* The value of header line p (of len bytes) into out when it is name. */
static void
header_value(const char *p, size_t len, const char *name, char *out,
    size_t size)
{
	size_t n = strlen(name), v;

	if (len <= n || p[n] != ':' || util_strcasecmp_n(p, name, n) != 0)
		return;
	p += n + 1;
	len -= n + 1;
	while (len > 0 && (*p == ' ' || *p == '\t'))
		p++, len--;
	while (len > 0 && (p[len - 1] == '\r' || p[len - 1] == '\n' ||
	    p[len - 1] == ' '))
		len--;
	v = len < size - 1 ? len : size - 1;
	memcpy(out, p, v);
	out[v] = '\0';
}

static size_t
on_header(char *p, size_t size, size_t n, void *arg)
{
	struct http_response *r = arg;
	size_t len = size * n;

	/* a new response (after a 100 Continue): forget the last one's */
	if (len >= 5 && memcmp(p, "HTTP/", 5) == 0) {
		r->ctype[0] = '\0';
		r->retry_after[0] = '\0';
	}
	header_value(p, len, "Content-Type", r->ctype, sizeof(r->ctype));
	header_value(p, len, "Retry-After", r->retry_after,
	    sizeof(r->retry_after));
	return len;
}

int
http_get(const char *url, const char *key, long timeout,
    struct http_response *r, char *err, size_t errsz)
{
	char cerr[CURL_ERROR_SIZE] = "", *hdr = NULL;
	struct curl_slist *headers = NULL;
	CURL *h;
	CURLcode st;

	memset(r, 0, sizeof(*r));
	if (!http_ready) {
		if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
			snprintf(err, errsz, "cannot start libcurl");
			return -1;
		}
		http_ready = 1;
	}
	if ((h = curl_easy_init()) == NULL) {
		snprintf(err, errsz, "cannot start libcurl");
		return -1;
	}
	if (key != NULL) {
		static const char name[] = "Ocp-Apim-Subscription-Key: ";

		hdr = xmalloc(sizeof(name) + strlen(key));
		memcpy(hdr, name, sizeof(name) - 1);
		strcpy(hdr + sizeof(name) - 1, key);
		headers = curl_slist_append(headers, hdr);
		/* the copy in the list is enough */
		memset(hdr, 0, strlen(hdr));
		free(hdr);
	}
	headers = curl_slist_append(headers, "Accept: application/json");
	curl_easy_setopt(h, CURLOPT_URL, url);
	curl_easy_setopt(h, CURLOPT_HTTPHEADER, headers);
	curl_easy_setopt(h, CURLOPT_USERAGENT, "tradestat/" TRADESTAT_VERSION);
	curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
	curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(h, CURLOPT_TIMEOUT, timeout);
	curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT, timeout < 30 ? timeout :
	    30L);
	curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(h, CURLOPT_ERRORBUFFER, cerr);
	curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(h, CURLOPT_WRITEDATA, r);
	curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(h, CURLOPT_HEADERDATA, r);
	st = curl_easy_perform(h);
	if (st == CURLE_OK)
		curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &r->status);
	curl_easy_cleanup(h);
	curl_slist_free_all(headers);
	if (st != CURLE_OK) {
		/* libcurl's own words, without the port and timings of
		 * its error buffer (so that messages are the same each run) */
		if (st == CURLE_OPERATION_TIMEDOUT)
			snprintf(err, errsz, "no complete response within %ld "
			    "seconds (--timeout)", timeout);
		else if (st == CURLE_PARTIAL_FILE)
			snprintf(err, errsz, "the response was cut short (%zu "
			    "bytes came)", r->len);
		else
			snprintf(err, errsz, "%s", curl_easy_strerror(st));
		http_release(r);
		return -1;
	}
	if (r->body == NULL)
		r->body = xstrdup("");
	return 0;
}

void
http_release(struct http_response *r)
{
	free(r->body);
	r->body = NULL;
	r->len = 0;
}

void
http_cleanup(void)
{
	if (http_ready)
		curl_global_cleanup();
	http_ready = 0;
}
