/*
 * test_fetch.c - the Comtrade API query: options, numbers of countries,
 * calls that fit the limits, URLs, cache names, retries, responses.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <unistd.h>

#include "cache.h"
#include "codes.h"
#include "fetch.h"
#include "test.h"
#include "util.h"

static char err[512];

/* The list's values joined by commas (a static buffer). */
static const char *
joined(const struct fetch_list *l)
{
	static char buf[8192];
	size_t i, n = 0;

	buf[0] = '\0';
	for (i = 0; i < l->n && n < sizeof(buf) - 16; i++)
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s",
		    i ? "," : "", l->v[i]);
	return buf;
}

static void
test_numeric(void)
{
	size_t i, j, nums;
	const struct country *c;

	CHECK_STR(fetch_numeric("USA"), "842");
	CHECK_STR(fetch_numeric("FRA"), "251");
	CHECK_STR(fetch_numeric("DEU"), "276");
	CHECK_STR(fetch_numeric("CHN"), "156");
	CHECK_STR(fetch_numeric("RUS"), "643");
	CHECK_STR(fetch_numeric("WLD"), "0");
	CHECK_STR(fetch_numeric("S19"), "490");
	CHECK(fetch_numeric("EU27") == NULL);
	CHECK(fetch_numeric("XYZ") == NULL);
	/* both ways: every country's number is read back as that country,
	 * including those the table holds several numbers for */
	codes_init();
	for (i = 0; i < codes_ntable; i++) {
		const char *code = codes_table[i].code, *num;

		for (nums = 0, j = 0; j < codes_nkeys; j++)
			if (codes_keys[j].idx == i && strspn(codes_keys[j].key,
			    "0123456789") == strlen(codes_keys[j].key))
				nums++;
		num = fetch_numeric(code);
		if (nums == 0) {
			CHECK(num == NULL);
			continue;
		}
		CHECK(num != NULL);
		if (num == NULL)
			continue;
		c = codes_lookup(num, strlen(num));
		CHECK(c != NULL && strcmp(c->code, code) == 0);
		if (c == NULL || strcmp(c->code, code) != 0)
			fprintf(stderr, "  %s -> %s -> %s\n", code, num,
			    c ? c->code : "(none)");
	}
}

static void
test_options(void)
{
	struct fetch_query q;

	fetch_query_init(&q);
	CHECK(fetch_countries(&q, FETCH_REPORTER, "chn, usa,CHN", err,
	    sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_REPORTER]), "156,842");
	CHECK(fetch_countries(&q, FETCH_PARTNER, "All", err,
	    sizeof(err)) == 0);
	CHECK(q.dim[FETCH_PARTNER].n == 0);
	CHECK(fetch_countries(&q, FETCH_PARTNER, "world,RUS", err,
	    sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_PARTNER]), "0,643");
	/* a country whose Comtrade number changed is asked for by each
	 * (Italy 380 and legacy 381, Sudan 729 and former 736), and each
	 * number of a response is read back as the country */
	CHECK(fetch_countries(&q, FETCH_PARTNER, "ITA,SDN,UMI,USA", err,
	    sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_PARTNER]), "380,381,729,736,849,842");
	{
		static const char *const back[][2] = { { "380", "ITA" },
		    { "381", "ITA" }, { "729", "SDN" }, { "736", "SDN" },
		    { "849", "UMI" }, { "581", "UMI" }, { "842", "USA" },
		    { "840", "USA" }, { "280", "DEU" }, { "276", "DEU" } };
		size_t k;

		codes_init();
		for (k = 0; k < sizeof(back) / sizeof(back[0]); k++) {
			const struct country *bc = codes_lookup(back[k][0],
			    strlen(back[k][0]));

			CHECK(bc != NULL && strcmp(bc->code, back[k][1]) == 0);
		}
	}
	CHECK(fetch_countries(&q, FETCH_PARTNER, "DEU", err,
	    sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_PARTNER]), "276");
	CHECK(fetch_countries(&q, FETCH_PARTNER, "XYZ", err,
	    sizeof(err)) < 0);
	CHECK_STR(err, "unknown country code: 'XYZ' (ISO 3166-1 alpha-3, all "
	    "or world)");
	CHECK(fetch_countries(&q, FETCH_PARTNER, "all,CHN", err,
	    sizeof(err)) < 0);
	CHECK_STR(err, "'all' and country codes together: 'all,CHN'");
	CHECK(fetch_countries(&q, FETCH_PARTNER, "EU27", err,
	    sizeof(err)) < 0);
	CHECK_STR(err, "no UN Comtrade number for 'EU27'");
	CHECK(fetch_countries(&q, FETCH_PARTNER, "CHN,,RUS", err,
	    sizeof(err)) < 0);

	CHECK(fetch_periods(&q, "2019-2023,2017", err, sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_PERIOD]), "2019,2020,2021,2022,2023,"
	    "2017");
	CHECK(q.freq == 'A');
	q.freq = 0;
	CHECK(fetch_periods(&q, "2023-11-2024-02", err, sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_PERIOD]), "202311,202312,202401,"
	    "202402");
	CHECK(q.freq == 'M');
	CHECK(fetch_periods(&q, "202305-202306,2023-07", err,
	    sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_PERIOD]), "202305,202306,202307");
	CHECK(fetch_periods(&q, "2022", err, sizeof(err)) == 0);
	CHECK(q.dim[FETCH_PERIOD].n == 12);
	CHECK_STR(q.dim[FETCH_PERIOD].v[11], "202212");
	q.freq = 0;
	CHECK(fetch_periods(&q, "2023,202301", err, sizeof(err)) < 0);
	CHECK_STR(err, "years and months together: '2023,202301' (--freq M "
	    "for the months of the years)");
	q.freq = 'A';
	CHECK(fetch_periods(&q, "202301", err, sizeof(err)) < 0);
	CHECK_STR(err, "a month with --freq A: '202301'");
	CHECK(fetch_periods(&q, "2023-13", err, sizeof(err)) < 0);
	CHECK_STR(err, "not a period: '2023-13' (YYYY, YYYYMM, YYYY-MM, or a "
	    "range of them such as 2019-2023)");
	CHECK(fetch_periods(&q, "2023-2019", err, sizeof(err)) < 0);
	CHECK_STR(err, "a range that ends before it starts: '2023-2019'");
	CHECK(fetch_periods(&q, "2019-202301", err, sizeof(err)) < 0);
	CHECK(fetch_periods(&q, "20231", err, sizeof(err)) < 0);
	CHECK(fetch_periods(&q, "1850", err, sizeof(err)) < 0);

	CHECK(fetch_flows(&q, "x, m", err, sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_FLOW]), "X,M");
	CHECK(fetch_flows(&q, "all", err, sizeof(err)) == 0);
	CHECK(q.dim[FETCH_FLOW].n == 0);
	CHECK(fetch_flows(&q, "X,Q", err, sizeof(err)) < 0);
	CHECK_STR(err, "not a flow: 'Q' (M, X, RM, RX or all)");

	CHECK(fetch_products(&q, "8542,total,ag6,85", err, sizeof(err)) == 0);
	CHECK_STR(joined(&q.dim[FETCH_PRODUCT]), "8542,TOTAL,AG6,85");
	CHECK(fetch_products(&q, "854", err, sizeof(err)) < 0);
	CHECK_STR(err, "not a product code: '854' (HS codes of 2, 4 or 6 "
	    "digits, TOTAL, AG2, AG4 or AG6)");
	CHECK(fetch_products(&q, "85421X", err, sizeof(err)) < 0);
	CHECK(fetch_code(&q.customs, "customs", "C00,C01", err,
	    sizeof(err)) == 0);
	CHECK_STR(q.customs, "C00,C01");
	CHECK(fetch_code(&q.transport, "transport", "1;2", err,
	    sizeof(err)) < 0);
	CHECK_STR(err, "not a transport code list: '1;2' (codes of letters "
	    "and digits, comma separated)");
	fetch_query_release(&q);
}

static void
test_url(void)
{
	struct fetch_query q;
	struct fetch_call *calls;
	size_t n, i;
	char *url;

	fetch_query_init(&q);
	CHECK(fetch_countries(&q, FETCH_REPORTER, "all", err,
	    sizeof(err)) == 0);
	CHECK(fetch_countries(&q, FETCH_PARTNER, "RUS", err, sizeof(err)) == 0);
	CHECK(fetch_flows(&q, "X", err, sizeof(err)) == 0);
	CHECK(fetch_products(&q, "8542", err, sizeof(err)) == 0);
	CHECK(fetch_periods(&q, "2023", err, sizeof(err)) == 0);
	CHECK(fetch_plan(&q, "https://comtradeapi.un.org/", &calls, &n, err,
	    sizeof(err)) == 0);
	CHECK(n == 1);
	url = fetch_url("https://comtradeapi.un.org/", &q, &calls[0]);
	CHECK_STR(url, "https://comtradeapi.un.org/public/v1/preview/C/A/HS"
	    "?period=2023&partnerCode=643&partner2Code=0&cmdCode=8542"
	    "&flowCode=X&customsCode=C00&motCode=0&maxRecords=500"
	    "&format=JSON&breakdownMode=classic&includeDesc=true");
	free(url);
	fetch_call_release(&calls[0]);
	free(calls);

	/* the subscription endpoint, monthly, 30 months: 12 periods a call */
	q.preview = 0;
	q.max_records = FETCH_GET_CAP;
	q.freq = 0;
	strcpy(q.cl, "H6");
	CHECK(fetch_countries(&q, FETCH_REPORTER, "USA,FRA", err,
	    sizeof(err)) == 0);
	CHECK(fetch_periods(&q, "2021-01-2023-06", err, sizeof(err)) == 0);
	CHECK(fetch_plan(&q, FETCH_BASE, &calls, &n, err, sizeof(err)) == 0);
	CHECK(n == 3);
	CHECK(n == 3 && calls[0].dim[FETCH_PERIOD].n == 12 &&
	    calls[1].dim[FETCH_PERIOD].n == 12 &&
	    calls[2].dim[FETCH_PERIOD].n == 6);
	url = fetch_url(FETCH_BASE, &q, &calls[2]);
	CHECK_STR(url, "https://comtradeapi.un.org/data/v1/get/C/M/H6"
	    "?reporterCode=842,251&period=202301,202302,202303,202304,202305,"
	    "202306&partnerCode=643&partner2Code=0&cmdCode=8542&flowCode=X"
	    "&customsCode=C00&motCode=0&maxRecords=250000&format=JSON"
	    "&breakdownMode=classic&includeDesc=true");
	free(url);
	for (i = 0; i < n; i++)
		fetch_call_release(&calls[i]);
	free(calls);
	fetch_query_release(&q);
}

/* 1,500 products of six digits: URLs cut until each fits, the products
 * in order, each once. */
static void
test_url_length(void)
{
	struct fetch_query q;
	struct fetch_call *calls;
	char code[8], *url, *all;
	size_t n, i, j, len = 0, total = 0;
	int fits = 1;

	fetch_query_init(&q);
	CHECK(fetch_periods(&q, "2023", err, sizeof(err)) == 0);
	fetch_list_release(&q.dim[FETCH_PRODUCT]);
	all = xmalloc(1500 * 7 + 1);
	for (i = 0; i < 1500; i++) {
		snprintf(code, sizeof(code), "%06zu", 100000 + i * 37);
		fetch_list_add(&q.dim[FETCH_PRODUCT], code);
		len += (size_t)sprintf(all + len, "%s%s", i ? "," : "", code);
	}
	CHECK(fetch_plan(&q, FETCH_BASE, &calls, &n, err, sizeof(err)) == 0);
	CHECK(n == 4);
	len = 0;
	for (i = 0; i < n; i++) {
		url = fetch_url(FETCH_BASE, &q, &calls[i]);
		fits &= strlen(url) <= FETCH_URL_MAX;
		free(url);
		for (j = 0; j < calls[i].dim[FETCH_PRODUCT].n; j++) {
			const char *c = calls[i].dim[FETCH_PRODUCT].v[j];

			fits &= strncmp(all + len, c, 6) == 0;
			len += 7;
			total++;
		}
		fetch_call_release(&calls[i]);
	}
	CHECK(fits);
	CHECK(total == 1500);
	free(calls);
	free(all);
	fetch_query_release(&q);
}

static void
test_split(void)
{
	struct fetch_query q;
	struct fetch_call *calls, a, b, a2, b2;
	size_t n, i, nums = 0;

	codes_init();
	for (i = 0; i < codes_nkeys; i++)
		nums += strspn(codes_keys[i].key, "0123456789") ==
		    strlen(codes_keys[i].key);
	fetch_query_init(&q);
	CHECK(fetch_periods(&q, "2019-2023", err, sizeof(err)) == 0);
	CHECK(fetch_countries(&q, FETCH_REPORTER, "all", err,
	    sizeof(err)) == 0);
	CHECK(fetch_countries(&q, FETCH_PARTNER, "RUS", err, sizeof(err)) == 0);
	CHECK(fetch_plan(&q, FETCH_BASE, &calls, &n, err, sizeof(err)) == 0);
	/* five periods: cut 2 and 3 */
	CHECK(fetch_split(&calls[0], &a, &b) == FETCH_PERIOD);
	CHECK_STR(joined(&a.dim[FETCH_PERIOD]), "2019,2020");
	CHECK_STR(joined(&b.dim[FETCH_PERIOD]), "2021,2022,2023");
	CHECK(b.dim[FETCH_REPORTER].n == 0);
	fetch_call_release(&a);
	/* one period left, reporters all: every number of the table */
	fetch_call_release(&calls[0]);
	free(calls);
	fetch_list_release(&b.dim[FETCH_PERIOD]);
	fetch_list_add(&b.dim[FETCH_PERIOD], "2023");
	CHECK(fetch_split(&b, &a, &b2) == FETCH_REPORTER);
	CHECK(a.dim[FETCH_REPORTER].n + b2.dim[FETCH_REPORTER].n == nums);
	CHECK(a.dim[FETCH_REPORTER].n >= 2);
	fetch_call_release(&b2);
	fetch_call_release(&b);
	/* one of each but flows all: the four flows */
	fetch_list_release(&a.dim[FETCH_REPORTER]);
	fetch_list_add(&a.dim[FETCH_REPORTER], "156");
	CHECK(fetch_split(&a, &a2, &b2) == FETCH_FLOW);
	CHECK_STR(joined(&a2.dim[FETCH_FLOW]), "M,X");
	CHECK_STR(joined(&b2.dim[FETCH_FLOW]), "RM,RX");
	fetch_call_release(&b2);
	fetch_call_release(&a);
	/* one of each: nothing to cut */
	fetch_list_release(&a2.dim[FETCH_FLOW]);
	fetch_list_add(&a2.dim[FETCH_FLOW], "X");
	CHECK(fetch_split(&a2, &a, &b) == -1);
	fetch_call_release(&a2);
	fetch_query_release(&q);
}

static void
test_cache_name(void)
{
	char a[33], b[33], c[33];
	size_t i;
	int hex = 1;

	fetch_cache_name(FETCH_BASE "/public/v1/preview/C/A/HS?period=2023",
	    a);
	fetch_cache_name(FETCH_BASE "/public/v1/preview/C/A/HS?period=2023",
	    b);
	fetch_cache_name(FETCH_BASE "/public/v1/preview/C/A/HS?period=2022",
	    c);
	CHECK(strlen(a) == 32);
	for (i = 0; i < 32; i++)
		hex &= strchr("0123456789abcdef", a[i]) != NULL;
	CHECK(hex);
	CHECK_STR(a, b);
	CHECK(strcmp(a, c) != 0);
	CHECK(strncmp(a, c, 16) != 0 && strcmp(a + 16, c + 16) != 0);
}

static void
test_retry(void)
{
	time_t now = 1445412480 - 5;	/* 2015-10-21 07:27:55 UTC */

	CHECK_NEAR(fetch_retry_wait(0, 429, "1", now), 1, 0);
	CHECK_NEAR(fetch_retry_wait(3, 429, " 17", now), 17, 0);
	CHECK_NEAR(fetch_retry_wait(0, 503, "Wed, 21 Oct 2015 07:28:00 GMT",
	    now), 5, 0);
	CHECK_NEAR(fetch_retry_wait(0, 503, "Wed, 21 Oct 2015 07:27:00 GMT",
	    now), 0, 0);
	CHECK_NEAR(fetch_retry_wait(0, 500, NULL, now), 1, 0);
	CHECK_NEAR(fetch_retry_wait(3, 502, NULL, now), 8, 0);
	CHECK_NEAR(fetch_retry_wait(12, 504, NULL, now), 60, 0);
	CHECK_NEAR(fetch_retry_wait(1, 0, NULL, now), 2, 0);
	CHECK_NEAR(fetch_retry_wait(2, 429, "soon", now), 4, 0);
	CHECK(fetch_retry_wait(0, 400, NULL, now) < 0);
	CHECK(fetch_retry_wait(0, 401, "1", now) < 0);
	CHECK(fetch_retry_wait(0, 403, NULL, now) < 0);
	CHECK_NEAR(fetch_retry_wait(0, 403, "3600", now), 3600, 0);
	CHECK(fetch_retry_wait(0, 404, NULL, now) < 0);
	CHECK(fetch_retry_wait(0, 501, NULL, now) < 0);
}

static enum fetch_status
check(const char *body, long status, const char *ctype, size_t *count)
{
	return fetch_check(body, strlen(body), status, ctype, count, err,
	    sizeof(err));
}

static void
test_check(void)
{
	size_t n = 99;

	CHECK(check("{\"elapsedTime\": \"0.21 secs\", \"count\": 3, \"data\": "
	    "[{}, {}, {}], \"error\": \"\"}", 200, "application/json", &n) ==
	    FETCH_OK);
	CHECK(n == 3);
	CHECK(check("{\"statusCode\": 429, \"message\": \"Rate limit is "
	    "exceeded. Try again in 1 seconds.\"}", 429, "application/json",
	    &n) == FETCH_API_ERROR);
	CHECK(n == 0);
	CHECK_STR(err, "HTTP 429: the API said: 'Rate limit is exceeded. Try "
	    "again in 1 seconds.'");
	CHECK(check("{\"errorObject\": {\"errorMessage\": \"Invalid period "
	    "for freq A\"}}", 400, NULL, &n) == FETCH_API_ERROR);
	CHECK_STR(err, "HTTP 400: the API said: 'Invalid period for freq A'");
	CHECK(check("{\"count\": 0, \"data\": [], \"error\": \"Too many "
	    "codes\"}", 200, NULL, &n) == FETCH_API_ERROR);
	CHECK_STR(err, "HTTP 200: the API said: 'Too many codes'");
	CHECK(check("<!DOCTYPE html>\n<html><head><title>\n  503 Service\n"
	    "Unavailable </title></head><body>x</body></html>", 503,
	    "text/html", &n) == FETCH_API_ERROR);
	CHECK_STR(err, "HTTP 503: an HTML page, not the API's JSON: '503 "
	    "Service Unavailable'");
	CHECK(check("<html><body><h1>Request URL Too Long</h1><p>HTTP Error "
	    "414.</p></body></html>", 200, NULL, &n) == FETCH_BAD_BODY);
	CHECK_STR(err, "HTTP 200: an HTML page, not the API's JSON: 'Request "
	    "URL Too Long HTTP Error 414.'");
	CHECK(check("{\"count\": 2, \"data\": [{\"a\": 1}, {\"a\"", 200,
	    "application/json", &n) == FETCH_BAD_BODY);
	CHECK_STR(err, "HTTP 200: the response is not complete JSON (36 bytes;"
	    " at line 1, column 37: the input ends inside a value)");
	CHECK(check("Bad Gateway\r\n", 502, "text/plain", &n) ==
	    FETCH_API_ERROR);
	CHECK_STR(err, "HTTP 502: the API said: 'Bad Gateway'");
	CHECK(check("", 500, NULL, &n) == FETCH_API_ERROR);
	CHECK_STR(err, "HTTP 500: no text");
	CHECK(check("{\"count\": 1}", 200, NULL, &n) == FETCH_BAD_BODY);
	CHECK_STR(err, "HTTP 200: JSON without a \"data\" array of records");
}

/*
 * A response of 200,000 records, as a subscription call at its cap
 * brings: counted one record at a time; cut short in its last record it
 * is no response; the API's error after the data is still read.
 */
static void
test_check_large(void)
{
	size_t n = 200000, cap = n * 96 + 128, o, i, count = 0;
	char *b = malloc(cap), want[256];

	CHECK(b != NULL);
	if (b == NULL)
		return;
	o = (size_t)sprintf(b, "{\"elapsedTime\": \"9.72 secs\", \"count\": "
	    "%zu, \"data\": [", n);
	for (i = 0; i < n; i++)
		o += (size_t)sprintf(b + o, "%s{\"reporterCode\": %zu, "
		    "\"period\": \"2023\", \"primaryValue\": %zu.25}",
		    i ? ",\n" : "", 4 + i % 890, i * 7919);
	o += (size_t)sprintf(b + o, "], \"error\": \"\"}");
	CHECK(o < cap);
	CHECK(fetch_check(b, o, 200, "application/json", &count, err,
	    sizeof(err)) == FETCH_OK);
	CHECK(count == n);
	CHECK(fetch_check(b, o - 20, 200, NULL, &count, err, sizeof(err)) ==
	    FETCH_BAD_BODY);
	CHECK(count == 0);
	/* where it ends: the last record is line n, from after its '\n' */
	for (i = o - 20; b[i - 1] != '\n'; i--)
		;
	snprintf(want, sizeof(want), "HTTP 200: the response is not complete "
	    "JSON (%zu bytes; at line %zu, column %zu: the input ends inside "
	    "a value)", o - 20, n, o - 20 - i + 1);
	CHECK_STR(err, want);
	o -= 3;
	o += (size_t)sprintf(b + o, "\"Too many records\"}");
	CHECK(fetch_check(b, o, 200, NULL, &count, err, sizeof(err)) ==
	    FETCH_API_ERROR);
	CHECK_STR(err, "HTTP 200: the API said: 'Too many records'");
	free(b);
}

/* A response kept and read back; another URL of the same name, and a
 * name never kept, are not there. */
static void
test_cache(void)
{
	const char *t = getenv("TMPDIR");
	const char *url = "http://127.0.0.1:1/public/v1/preview/C/A/HS?"
	    "period=2023";
	const char *body = "{\"count\": 0, \"data\": [], \"error\": \"\"}";
	char dir[4096], sub[4200], name[33], *got, *d;
	size_t len;
	time_t when = 1764581400, back = 0;

	snprintf(dir, sizeof(dir), "%s/test_fetch.XXXXXX", t ? t : "/tmp");
	CHECK(mkdtemp(dir) != NULL);
	snprintf(sub, sizeof(sub), "%s/a/b/tradestat", dir);
	fetch_cache_name(url, name);
	CHECK(cache_get(sub, name, url, &got, &len, &back, err,
	    sizeof(err)) == 0);
	CHECK(cache_put(sub, name, url, body, strlen(body), when, err,
	    sizeof(err)) == 0);
	CHECK(cache_get(sub, name, url, &got, &len, &back, err,
	    sizeof(err)) == 1);
	CHECK(len == strlen(body) && memcmp(got, body, len) == 0);
	CHECK(back == when);
	free(got);
	CHECK(cache_get(sub, name, "http://127.0.0.1:1/other", &got, &len,
	    &back, err, sizeof(err)) == 0);
	CHECK(cache_get(sub, "0123456789abcdef0123456789abcdef", url, &got,
	    &len, &back, err, sizeof(err)) == 0);
	/* a file where the directory should be */
	snprintf(sub, sizeof(sub), "%s/a/b/tradestat/%s.json/x", dir, name);
	CHECK(cache_put(sub, name, url, body, strlen(body), when, err,
	    sizeof(err)) < 0);
	CHECK(strstr(err, "cannot write the cache") != NULL);
	snprintf(sub, sizeof(sub), "rm -rf '%s'", dir);
	CHECK(system(sub) == 0);

	setenv("XDG_CACHE_HOME", "/x/cache", 1);
	CHECK_STR(d = cache_dir(), "/x/cache/tradestat");
	free(d);
	setenv("XDG_CACHE_HOME", "relative", 1);
	setenv("HOME", "/home/u", 1);
	CHECK_STR(d = cache_dir(), "/home/u/.cache/tradestat");
	free(d);
	unsetenv("XDG_CACHE_HOME");
	unsetenv("HOME");
	CHECK(cache_dir() == NULL);
}

/* The options the program hands over whole: errors named by option, the
 * key read without its line end, the endpoint settled by the key. */
static void
test_args(void)
{
	struct fetch_query q;
	const char *base = NULL;
	char path[] = "/tmp/tradestat-key.XXXXXX", *key = NULL;
	int fd;

	fetch_query_init(&q);
	CHECK(fetch_query_args(&q, "all", "RUS", "X", "2023", NULL, err,
	    sizeof(err)) == 0);
	CHECK(fetch_query_args(&q, "all", "RUS", "X", "2023", "Q", err,
	    sizeof(err)) == -1);
	CHECK_STR(err, "--freq: A or M, not 'Q'");
	CHECK(fetch_query_args(&q, "all", "RUS", "Z", "2023", NULL, err,
	    sizeof(err)) == -1);
	CHECK(strncmp(err, "--flow: ", 8) == 0);
	CHECK(fetch_classification(&q, "H5", err, sizeof(err)) == 0);
	CHECK_STR(q.cl, "H5");
	CHECK(fetch_classification(&q, "h5", err, sizeof(err)) == -1);
	CHECK_STR(err, "not a classification: 'h5' (HS, H0-H6, S1-S4, B4, "
	    "B5, EB...)");
	CHECK(fetch_classification(&q, "EB0212", err, sizeof(err)) == -1);
	fd = mkstemp(path);
	CHECK(fd >= 0 && write(fd, "s3cr3t \r\nnext\n", 14) == 14);
	close(fd);
	CHECK(fetch_read_key(path, &key, err, sizeof(err)) == 0);
	CHECK_STR(key, "s3cr3t");
	free(key);
	fd = open(path, O_WRONLY | O_TRUNC);
	CHECK(fd >= 0 && write(fd, "\n", 1) == 1);
	close(fd);
	CHECK(fetch_read_key(path, &key, err, sizeof(err)) == -1);
	CHECK(strstr(err, "no key on its first line") != NULL);
	unlink(path);
	CHECK(fetch_endpoint(&q, 0, 0, 0, &base, err, sizeof(err)) == 0);
	CHECK(q.preview && q.max_records == FETCH_PREVIEW_CAP);
	CHECK_STR(base, FETCH_BASE);
	CHECK(fetch_endpoint(&q, 0, 0, 501, &base, err, sizeof(err)) == -1);
	CHECK_STR(err, "--max-records: at most 500 a call with the preview "
	    "endpoint, not 501");
	CHECK(fetch_endpoint(&q, 1, 0, 1000, &base, err, sizeof(err)) == 0);
	CHECK(!q.preview && q.max_records == 1000);
	base = "ftp://x";
	CHECK(fetch_endpoint(&q, 1, 0, 0, &base, err, sizeof(err)) == -1);
	fetch_query_release(&q);
}

int
main(void)
{
	test_args();
	test_numeric();
	test_options();
	test_url();
	test_url_length();
	test_split();
	test_cache_name();
	test_retry();
	test_check();
	test_check_large();
	test_cache();
	return test_done("test_fetch");
}
