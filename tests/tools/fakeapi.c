/*
 * fakeapi - a local HTTP server that plays the UN Comtrade+ API for
 * trade-fetch's tests (no network).
 *
 * usage: fakeapi -r RECORDS.json -l LOG -p PORTFILE [-k KEY]
 *            [-f N:FAULT,...] [-i IDLE_SECONDS]
 *
 * Listens on 127.0.0.1 on a port the system chooses, written to
 * PORTFILE once it listens.  Answers GET /public/v1/preview/T/F/CL (no
 * key) and /data/v1/get/T/F/CL (the key in Ocp-Apim-Subscription-Key,
 * which must be KEY) with the records of RECORDS.json (a JSON array in
 * the API's shape) that the query selects, at most maxRecords of them,
 * as {"elapsedTime", "count", "data", "error"}.  A query that is not of
 * the API's documented forms (unknown or repeated parameters, more than
 * 12 periods, a URL over 4095 characters, maxRecords over the
 * endpoint's cap) gets a 400 with the reason.  Each request is a line
 * of LOG: its number, the request target, whether a key came (never the
 * key itself), and the status answered.
 *
 * Faults for request number N: 429 (Retry-After: 1), quota (403 with
 * Retry-After: 3600, the quota of calls spent), 500 (JSON), html
 * (a 503 HTML page), html200 (an HTML page with status 200), trunc (the
 * body cut short of its Content-Length), slow (30 seconds before the
 * answer: far beyond a --timeout of 1 however loaded the machine; the
 * case ends the server before).  The server exits after IDLE_SECONDS
 * (default 30) without a request, or on SIGTERM.
 */
#include <arpa/inet.h>
#include <ctype.h>
#include <jansson.h>
#include <netinet/in.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <unistd.h>

#define URL_MAX	4095
#define NFAULTS	32

static json_t *records;
static FILE *logfp;
static const char *key;
static struct {
	int	 n;
	char	 kind[16];
} faults[NFAULTS];
static int nfaults;

struct param {
	char	*name, *value;
};

static void
die(const char *msg)
{
	fprintf(stderr, "fakeapi: %s\n", msg);
	exit(1);
}

static void
send_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0 && (w = write(fd, p, n)) > 0) {
		p += w;
		n -= (size_t)w;
	}
}

static void
respond(int fd, int status, const char *reason, const char *ctype,
    const char *extra, const char *body, size_t blen, size_t claim)
{
	char head[512];
	int n;

	n = snprintf(head, sizeof(head), "HTTP/1.1 %d %s\r\nContent-Type: "
	    "%s\r\nContent-Length: %zu\r\n%sConnection: close\r\n\r\n",
	    status, reason, ctype, claim, extra ? extra : "");
	send_all(fd, head, (size_t)n);
	send_all(fd, body, blen);
}

static void
json_error(int fd, int status, const char *reason, const char *message,
    const char *extra)
{
	json_t *j = json_pack("{s:i,s:s}", "statusCode", status, "message",
	    message);
	char *s = json_dumps(j, JSON_PRESERVE_ORDER);

	respond(fd, status, reason, "application/json; charset=utf-8", extra,
	    s, strlen(s), strlen(s));
	free(s);
	json_decref(j);
}

static const char *
param(const struct param *p, int n, const char *name)
{
	int i;

	for (i = 0; i < n; i++)
		if (strcmp(p[i].name, name) == 0)
			return p[i].value;
	return NULL;
}

/* 1 when the text of v (a string or a number) is one of list's items. */
static int
in_list(json_t *v, const char *list)
{
	char buf[64];
	const char *s, *e;
	size_t n;

	if (list == NULL)
		return 1;
	if (json_is_string(v))
		snprintf(buf, sizeof(buf), "%s", json_string_value(v));
	else if (json_is_integer(v))
		snprintf(buf, sizeof(buf), "%lld",
		    (long long)json_integer_value(v));
	else
		return 0;
	for (s = list; ; s = e + 1) {
		e = strchr(s, ',');
		n = e ? (size_t)(e - s) : strlen(s);
		if (n == strlen(buf) && strncmp(s, buf, n) == 0)
			return 1;
		if (e == NULL)
			return 0;
	}
}

/* 1 when every item of the comma list s is made of the characters ok
 * allows (isdigit, isalnum) and there are at most max of them. */
static int
list_ok(const char *s, int (*ok)(int), int max)
{
	int items = 1;

	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++) {
		if (*s == ',') {
			if (s[1] == ',' || s[1] == '\0')
				return 0;
			items++;
		} else if (!ok((unsigned char)*s))
			return 0;
	}
	return items <= max;
}

/* Why the query is not of the API's forms, or NULL. */
static const char *
check(const char *url, int preview, char freq, struct param *p, int np)
{
	static const char *const known[] = { "reporterCode", "period",
	    "partnerCode", "partner2Code", "cmdCode", "flowCode",
	    "customsCode", "motCode", "maxRecords", "format",
	    "breakdownMode", "includeDesc", "aggregateBy", "countOnly" };
	const char *v, *s;
	int i, j, ok;
	long max;

	if (strlen(url) > URL_MAX)
		return "the URL is longer than 4095 characters";
	for (i = 0; i < np; i++) {
		for (ok = 0, j = 0; j < (int)(sizeof(known) /
		    sizeof(known[0])); j++)
			ok |= strcmp(p[i].name, known[j]) == 0;
		if (!ok)
			return "unknown parameter";
		for (j = 0; j < i; j++)
			if (strcmp(p[i].name, p[j].name) == 0)
				return "repeated parameter";
	}
	if ((v = param(p, np, "period")) == NULL)
		return "no period";
	if (!list_ok(v, isdigit, 12))
		return "period: more than 12, or not numbers";
	for (s = v; *s != '\0'; s += strcspn(s, ","), s += *s == ',')
		if (strcspn(s, ",") != (freq == 'A' ? 4u : 6u))
			return "period: not of the frequency";
	if (((v = param(p, np, "reporterCode")) && !list_ok(v, isdigit,
	    1000)) || ((v = param(p, np, "partnerCode")) && !list_ok(v,
	    isdigit, 1000)) || ((v = param(p, np, "partner2Code")) &&
	    !list_ok(v, isdigit, 1000)) || ((v = param(p, np, "motCode")) &&
	    !list_ok(v, isdigit, 100)) || ((v = param(p, np, "flowCode")) &&
	    !list_ok(v, isalpha, 20)) || ((v = param(p, np, "cmdCode")) &&
	    !list_ok(v, isalnum, 10000)) || ((v = param(p, np,
	    "customsCode")) && !list_ok(v, isalnum, 100)))
		return "a code list is not of codes";
	if ((v = param(p, np, "format")) != NULL && strcmp(v, "JSON") != 0)
		return "format: not JSON";
	if ((v = param(p, np, "breakdownMode")) != NULL &&
	    strcmp(v, "classic") != 0 && strcmp(v, "plus") != 0)
		return "breakdownMode: classic or plus";
	max = preview ? 500 : 250000;
	if ((v = param(p, np, "maxRecords")) != NULL && (!list_ok(v, isdigit,
	    1) || atol(v) > max || atol(v) < 1))
		return "maxRecords: beyond the endpoint's cap";
	return NULL;
}

static int
fault_of(int n, const char *kind)
{
	int i;

	for (i = 0; i < nfaults; i++)
		if (faults[i].n == n && strcmp(faults[i].kind, kind) == 0)
			return 1;
	return 0;
}

static void
serve(int fd, int nreq)
{
	static const char html[] = "<!DOCTYPE html>\n<html><head>"
	    "<title>503 Service Unavailable</title></head>\n<body><h1>Service "
	    "Unavailable</h1>\n<p>The server is temporarily unable to service "
	    "your request.</p></body></html>\n";
	char req[16384], url[16384 + 160], *target, *sp, *q, *hk = NULL, *h;
	struct param p[32];
	size_t len = 0, i;
	ssize_t r;
	int np = 0, preview, status = 200, keyok;
	char type, freq, cl[16], host[128] = "127.0.0.1";
	const char *why, *lim;
	json_t *data, *rec, *out;
	char *body;
	size_t nrec;
	long max;

	while (len < sizeof(req) - 1 && (r = read(fd, req + len,
	    sizeof(req) - 1 - len)) > 0) {
		len += (size_t)r;
		req[len] = '\0';
		if (strstr(req, "\r\n\r\n") != NULL)
			break;
	}
	req[len] = '\0';
	if (strncmp(req, "GET ", 4) != 0 || (sp = strchr(req + 4, ' ')) ==
	    NULL) {
		fprintf(logfp, "%d bad request line -> 414\n", nreq);
		respond(fd, 414, "Request-URI Too Long", "text/html", NULL,
		    "<html><head><title>Request URL Too Long</title></head>"
		    "</html>", 62, 62);
		return;
	}
	*sp = '\0';
	target = req + 4;
	for (h = sp + 1; (h = strstr(h, "\r\n")) != NULL; h += 2) {
		if (strncasecmp(h + 2, "Ocp-Apim-Subscription-Key:", 26) == 0)
			hk = h + 28;
		if (strncasecmp(h + 2, "Host:", 5) == 0)
			sscanf(h + 7, " %127[^\r\n]", host);
	}
	if (hk != NULL) {
		hk += strspn(hk, " \t");
		hk[strcspn(hk, "\r\n")] = '\0';
	}
	keyok = hk != NULL && key != NULL && strcmp(hk, key) == 0;
	snprintf(url, sizeof(url), "http://%s%s", host, target);
	fprintf(logfp, "%d GET %s key=%s", nreq, target, hk == NULL ? "none" :
	    keyok ? "ok" : "wrong");
	if (fault_of(nreq, "slow"))
		sleep(30);
	if (fault_of(nreq, "429")) {
		fprintf(logfp, " -> 429\n");
		json_error(fd, 429, "Too Many Requests", "Rate limit is "
		    "exceeded. Try again in 1 seconds.", "Retry-After: 1\r\n");
		return;
	}
	if (fault_of(nreq, "quota")) {
		fprintf(logfp, " -> 403 quota\n");
		json_error(fd, 403, "Forbidden", "Out of call volume quota. "
		    "Quota will be replenished in 01:00:00.",
		    "Retry-After: 3600\r\n");
		return;
	}
	if (fault_of(nreq, "500")) {
		fprintf(logfp, " -> 500\n");
		json_error(fd, 500, "Internal Server Error", "Internal server "
		    "error", NULL);
		return;
	}
	if (fault_of(nreq, "html") || fault_of(nreq, "html200")) {
		status = fault_of(nreq, "html") ? 503 : 200;
		fprintf(logfp, " -> %d html\n", status);
		respond(fd, status, status == 200 ? "OK" : "Service "
		    "Unavailable", "text/html", NULL, html, sizeof(html) - 1,
		    sizeof(html) - 1);
		return;
	}
	if ((q = strchr(target, '?')) != NULL)
		*q++ = '\0';
	if (sscanf(target, "/public/v1/preview/%c/%c/%15s", &type, &freq,
	    cl) == 3)
		preview = 1;
	else if (sscanf(target, "/data/v1/get/%c/%c/%15s", &type, &freq,
	    cl) == 3)
		preview = 0;
	else {
		fprintf(logfp, " -> 404\n");
		json_error(fd, 404, "Not Found", "Resource not found", NULL);
		return;
	}
	if (!preview && !keyok) {
		fprintf(logfp, " -> 401\n");
		json_error(fd, 401, "Access Denied", hk == NULL ? "Access "
		    "denied due to missing subscription key. Make sure to "
		    "include subscription key when making requests to an API." :
		    "Access denied due to invalid subscription key. Make sure "
		    "to provide a valid key for an active subscription.", NULL);
		return;
	}
	while (q != NULL && *q != '\0' && np < 32) {
		char *amp = strchr(q, '&'), *eq;

		if (amp != NULL)
			*amp = '\0';
		if ((eq = strchr(q, '=')) == NULL) {
			p[np].name = q;
			p[np++].value = (char *)"";
		} else {
			*eq = '\0';
			p[np].name = q;
			p[np++].value = eq + 1;
		}
		q = amp ? amp + 1 : NULL;
	}
	if ((type != 'C' && type != 'S') || (freq != 'A' && freq != 'M'))
		why = "type C or S, frequency A or M";
	else
		why = check(url, preview, freq, p, np);
	if (why != NULL) {
		fprintf(logfp, " -> 400 (%s)\n", why);
		json_error(fd, 400, "Bad Request", why, NULL);
		return;
	}
	max = (lim = param(p, np, "maxRecords")) ? atol(lim) : preview ? 500 :
	    250000;
	data = json_array();
	json_array_foreach(records, i, rec) {
		const char *cmd = param(p, np, "cmdCode");
		json_t *tc = json_object_get(rec, "typeCode");
		json_t *fc = json_object_get(rec, "freqCode");
		json_t *cc = json_object_get(rec, "classificationSearchCode");
		char t1[2] = { type, 0 }, f1[2] = { freq, 0 };

		if ((long)json_array_size(data) >= max)
			break;
		if (!in_list(tc, t1) || !in_list(fc, f1) || !in_list(cc, cl) ||
		    !in_list(json_object_get(rec, "period"), param(p, np,
		    "period")) ||
		    !in_list(json_object_get(rec, "reporterCode"), param(p, np,
		    "reporterCode")) ||
		    !in_list(json_object_get(rec, "partnerCode"), param(p, np,
		    "partnerCode")) ||
		    !in_list(json_object_get(rec, "partner2Code"), param(p, np,
		    "partner2Code")) ||
		    !in_list(json_object_get(rec, "flowCode"), param(p, np,
		    "flowCode")) ||
		    !in_list(json_object_get(rec, "customsCode"), param(p, np,
		    "customsCode")) ||
		    !in_list(json_object_get(rec, "motCode"), param(p, np,
		    "motCode")) ||
		    !in_list(json_object_get(rec, "cmdCode"), cmd))
			continue;
		json_array_append(data, rec);
	}
	nrec = json_array_size(data);
	out = json_object();
	json_object_set_new(out, "elapsedTime", json_string("0.01 secs"));
	json_object_set_new(out, "count", json_integer(
	    (json_int_t)json_array_size(data)));
	json_object_set_new(out, "data", data);
	json_object_set_new(out, "error", json_string(""));
	body = json_dumps(out, JSON_INDENT(4) | JSON_PRESERVE_ORDER |
	    JSON_REAL_PRECISION(17));
	json_decref(out);
	len = strlen(body);
	if (fault_of(nreq, "trunc")) {
		fprintf(logfp, " -> 200 cut short\n");
		respond(fd, 200, "OK", "application/json; charset=utf-8", NULL,
		    body, len / 2, len);
	} else {
		fprintf(logfp, " -> 200 %zu record%s\n", nrec, nrec == 1 ? "" :
		    "s");
		respond(fd, 200, "OK", "application/json; charset=utf-8", NULL,
		    body, len, len);
	}
	free(body);
}

int
main(int argc, char **argv)
{
	const char *recfile = NULL, *logfile = NULL, *portfile = NULL;
	char tmp[4096], *s;
	struct sockaddr_in sa;
	socklen_t salen = sizeof(sa);
	json_error_t jerr;
	struct pollfd pfd;
	int opt, lfd, fd, idle = 30, nreq = 0, one = 1;
	FILE *fp;

	while ((opt = getopt(argc, argv, "r:l:p:k:f:i:")) != -1) {
		switch (opt) {
		case 'r': recfile = optarg; break;
		case 'l': logfile = optarg; break;
		case 'p': portfile = optarg; break;
		case 'k': key = optarg; break;
		case 'i': idle = atoi(optarg); break;
		case 'f':
			for (s = strtok(optarg, ","); s != NULL && nfaults <
			    NFAULTS; s = strtok(NULL, ","))
				if (sscanf(s, "%d:%15s", &faults[nfaults].n,
				    faults[nfaults].kind) == 2)
					nfaults++;
			break;
		default:
			die("usage: fakeapi -r RECORDS -l LOG -p PORTFILE [-k "
			    "KEY] [-f N:FAULT,...] [-i IDLE]");
		}
	}
	if (recfile == NULL || logfile == NULL || portfile == NULL)
		die("-r, -l and -p are needed");
	if ((records = json_load_file(recfile, 0, &jerr)) == NULL ||
	    !json_is_array(records))
		die("the records file is not a JSON array");
	if ((logfp = fopen(logfile, "w")) == NULL)
		die("cannot write the log");
	setvbuf(logfp, NULL, _IOLBF, 0);
	signal(SIGPIPE, SIG_IGN);
	if ((lfd = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		die("socket");
	setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sa, 0, sizeof(sa));
	sa.sin_family = AF_INET;
	sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	sa.sin_port = 0;
	if (bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) < 0 ||
	    listen(lfd, 8) < 0 || getsockname(lfd, (struct sockaddr *)&sa,
	    &salen) < 0)
		die("cannot listen on 127.0.0.1");
	snprintf(tmp, sizeof(tmp), "%s.tmp", portfile);
	if ((fp = fopen(tmp, "w")) == NULL)
		die("cannot write the port file");
	fprintf(fp, "%d\n", ntohs(sa.sin_port));
	if (fclose(fp) != 0 || rename(tmp, portfile) < 0)
		die("cannot write the port file");
	pfd.fd = lfd;
	pfd.events = POLLIN;
	while (poll(&pfd, 1, idle * 1000) > 0) {
		if ((fd = accept(lfd, NULL, NULL)) < 0)
			continue;
		serve(fd, ++nreq);
		shutdown(fd, SHUT_WR);
		close(fd);
	}
	json_decref(records);
	fclose(logfp);
	return 0;
}
