/*
 * fetch.h - queries of the UN Comtrade+ API: the query model, its
 * splitting into calls that fit the API's limits, the URLs, the cache
 * names, the retry policy and the reading of a response's status.
 *
 * Pure functions: no I/O, no network (session.h makes the calls, through
 * http.h and cache.h).  The API's forms, as the public clients use them:
 *   preview (no key, 500 records a call):
 *     BASE/public/v1/preview/TYPE/FREQ/CL?reporterCode=...
 *   subscription (key in the Ocp-Apim-Subscription-Key header):
 *     BASE/data/v1/get/TYPE/FREQ/CL?reporterCode=...
 * with reporterCode, period, partnerCode, partner2Code, cmdCode, flowCode,
 * customsCode, motCode, maxRecords, format, breakdownMode, includeDesc;
 * at most 12 periods a call and URLs under 4096 characters.
 */
#ifndef TRADESTAT_FETCH_H
#define TRADESTAT_FETCH_H

#include <stddef.h>
#include <stdio.h>
#include <time.h>

#include "csvio.h"

#define FETCH_BASE		"https://comtradeapi.un.org"
#define FETCH_PREVIEW_CAP	500L	/* records a preview call */
#define FETCH_GET_CAP		250000L	/* records a subscription call */
#define FETCH_MAX_PERIODS	12	/* periods a call */
#define FETCH_URL_MAX		4095	/* characters of a URL */

/* The query's lists, in the order calls are split along them. */
enum fetch_dim {
	FETCH_PERIOD, FETCH_REPORTER, FETCH_PARTNER, FETCH_PRODUCT,
	FETCH_FLOW, FETCH_NDIMS
};

/* Values of one query parameter; n == 0 means all (the parameter is left
 * out of the URL).  The strings are owned by the list. */
struct fetch_list {
	char	**v;
	size_t	  n;
};

struct fetch_query {
	char			 type;		/* 'C' goods, 'S' services */
	char			 freq;		/* 'A' annual, 'M' monthly */
	char			 cl[8];		/* HS, H5, S4, EB... */
	struct fetch_list	 dim[FETCH_NDIMS];
	/* the breakdowns, at their totals unless asked (owned) */
	char			*partner2;	/* "0": world */
	char			*customs;	/* "C00": all procedures */
	char			*transport;	/* "0": all modes */
	int			 preview;	/* the public preview endpoint */
	long			 max_records;	/* the cap of a call */
};

/* One call: the query with its lists cut down (the lists are owned). */
struct fetch_call {
	struct fetch_list	 dim[FETCH_NDIMS];
};

/* A query with the defaults: C, A, HS, products TOTAL, the breakdowns
 * at their totals, preview.  fetch_query_release() frees it. */
void	 fetch_query_init(struct fetch_query *q);
void	 fetch_query_release(struct fetch_query *q);
void	 fetch_list_add(struct fetch_list *l, const char *s);
void	 fetch_list_release(struct fetch_list *l);

/*
 * Comtrade's numeric code of a tradestat country code ("USA" -> "842",
 * "WLD" -> "0"), from the country table; NULL when it has none.  Where
 * the table holds several numbers for a country (its ISO number and
 * another file's), the one Comtrade uses is chosen.  A static string.
 */
const char *fetch_numeric(const char *code);

/*
 * Parse the options into the query; each returns 0, or -1 with a
 * message in err (the value and what is wrong).
 *  fetch_countries: ISO3 codes (any case), "all" (every one: the
 *    parameter left out) or "world", comma separated, into dim d.
 *  fetch_periods: years (2023), months (202301 or 2023-01) and ranges of
 *    either (2019-2023, 202301-202306); sets q->freq to 'M' for months
 *    when it is 0; a year with freq M is its 12 months.
 *  fetch_flows: M, X, RM, RX or all.
 *  fetch_products: HS codes of 2, 4 or 6 digits, TOTAL, AG2, AG4, AG6.
 */
int	 fetch_countries(struct fetch_query *q, enum fetch_dim d,
	    const char *arg, char *err, size_t errsz);
int	 fetch_periods(struct fetch_query *q, const char *arg, char *err,
	    size_t errsz);
int	 fetch_flows(struct fetch_query *q, const char *arg, char *err,
	    size_t errsz);
int	 fetch_products(struct fetch_query *q, const char *arg, char *err,
	    size_t errsz);
/* A breakdown code list (digits, letters, commas) into *dst; -1 with err. */
int	 fetch_code(char **dst, const char *what, const char *arg, char *err,
	    size_t errsz);
/*
 * The query's main options at once: reporters and partners (as
 * fetch_countries()), flows, periods, and freq (NULL, "A" or "M", which
 * goes first: it decides what a year of --period means).  -1 with err,
 * which starts with the option's name ("--period: ...").
 */
int	 fetch_query_args(struct fetch_query *q, const char *reporter,
	    const char *partner, const char *flow, const char *period,
	    const char *freq, char *err, size_t errsz);
/* --product: fetch_products() of codes, or of the codes of the product
 * list @NAME (lists/NAME.csv); -1 with err. */
int	 fetch_products_arg(struct fetch_query *q, const char *arg,
	    const char *lists, char *err, size_t errsz);
/* A classification (HS, H0-H6, S1-S4, B4, B5, EB02...: 2 to 5 capitals
 * and digits) into q->cl; -1 with err. */
int	 fetch_classification(struct fetch_query *q, const char *arg,
	    char *err, size_t errsz);
/* The key on the first line of a key file (blanks and line end cut),
 * allocated into *key; -1 with err, which never holds the key. */
int	 fetch_read_key(const char *path, char **key, char *err,
	    size_t errsz);
/*
 * Settle the endpoint once the key is known: the preview without a key
 * (or with preview set), its cap of records a call, at most max_records
 * when that is not 0; base (NULL or "": FETCH_BASE) must be an http or
 * https address.  -1 with err.
 */
int	 fetch_endpoint(struct fetch_query *q, int have_key, int preview,
	    long max_records, const char **base, char *err, size_t errsz);

/*
 * A saved response at path, fetched at the time fetched: with raw, its
 * bytes and a newline to out; else its rows as canonical trade CSV to w
 * (the JSON reader of saved responses; source "UN Comtrade (fetched
 * DATE)"), calling first(arg) before the first row.  -1 with err.
 */
int	 fetch_write_response(const char *path, time_t fetched, int raw,
	    FILE *out, struct csvw *w, void (*first)(void *), void *arg,
	    char *err, size_t errsz);

/*
 * Countries the API answers under two codes: Italy as 380 and 381,
 * Sudan as 729 and 736, each read as one country.  Rows of both codes
 * for the same period, flow, other side, product and breakdowns would
 * count the country twice in any sum.  fetch_twins_add() reads a saved
 * response (path) and keeps its rows of those codes, only theirs; -1
 * with err when one has its twin under the other code, in this response
 * or one added before (the codes, the country, the period, the way
 * out), or when the file cannot be read.  fetch_twins_free() frees all.
 */
struct fetch_twins;
struct fetch_twins *fetch_twins_alloc(void);
int	 fetch_twins_add(struct fetch_twins *tw, const char *path, char *err,
	    size_t errsz);
void	 fetch_twins_free(struct fetch_twins *tw);

/*
 * The calls of the query: periods in groups of FETCH_MAX_PERIODS, and
 * each call halved along its longest list until its URL (with base) fits
 * in FETCH_URL_MAX characters.  *calls is an array of *ncalls (free each
 * with fetch_call_release(), then the array).  -1 with err when a call of
 * one value in each list is still too long, or periods are missing.
 */
int	 fetch_plan(const struct fetch_query *q, const char *base,
	    struct fetch_call **calls, size_t *ncalls, char *err,
	    size_t errsz);

/*
 * Cut c in two along the longest of its lists with two values or more;
 * when none has, the first list that means all (reporters, partners,
 * flows) is made the list of every value first.  Returns the list it cut
 * (a and b are new calls), or -1 when c cannot be cut.
 */
int	 fetch_split(const struct fetch_call *c, struct fetch_call *a,
	    struct fetch_call *b);
void	 fetch_call_copy(struct fetch_call *dst, const struct fetch_call *c);
void	 fetch_call_release(struct fetch_call *c);

/* The URL of a call (malloc'd): base without a trailing slash, the
 * endpoint's path, and the parameters in a fixed order. */
char	*fetch_url(const char *base, const struct fetch_query *q,
	    const struct fetch_call *c);

/* A short description of a call for messages ("reporters 842,156,
 * partners all, periods 2023"), at most size bytes. */
void	 fetch_describe(const struct fetch_call *c, char *buf, size_t size);

/* The cache name of a request: 32 hex digits of a 128-bit hash of its
 * URL (which never holds the key), and a NUL. */
void	 fetch_cache_name(const char *url, char name[33]);

/*
 * The seconds to wait before attempt number attempt + 1 (attempt counts
 * from 0) after a failed one, or -1 when it is not worth retrying: a
 * status of 0 (no response: the connection failed or timed out), 408,
 * 429, 5xx and a 403 with Retry-After (a quota spent) are retried; retry_after (the header, or NULL) in seconds
 * or as an HTTP date is honoured (now is the time to count it from),
 * otherwise 1, 2, 4 ... 60 seconds.
 */
double	 fetch_retry_wait(int attempt, long status, const char *retry_after,
	    time_t now);

enum fetch_status {
	FETCH_OK,		/* JSON with a data array: *count records */
	FETCH_API_ERROR,	/* the API refused: the status and its text */
	FETCH_BAD_BODY		/* not the JSON of a response (cut short,
				 * an HTML page) */
};

/*
 * Read a response: status is the HTTP status, ctype its Content-Type (or
 * NULL).  On FETCH_OK *count is the number of records; otherwise msg
 * holds "HTTP 500: the API said: ..." (the API's own text: a JSON
 * message, error or errorObject, an HTML page's title or text).
 */
enum fetch_status fetch_check(const char *body, size_t len, long status,
	    const char *ctype, size_t *count, char *msg, size_t msgsz);

#endif
