/*
 * fetch.c - queries of the UN Comtrade+ API, cut into calls that fit.
 *
 * The forms follow the public clients: comtradeapicall's PreviewGet.py
 * (the preview and get paths, the parameter names, 500 and 250K record
 * caps), comtradr's ct_build_request.R (the key header, the 4096
 * character limit), ct_check_params.R (12 periods a call) and
 * ct_perform_request.R (Retry-After on 429, errorObject.errorMessage).
 */
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "codes.h"
#include "fetch.h"
#include "fmt_comtrade_json.h"
#include "prodlist.h"
#include "trade.h"
#include "util.h"

static const char *const dim_name[FETCH_NDIMS] = {
	"periods", "reporters", "partners", "products", "flows"
};
static const char *const all_flows[] = { "M", "X", "RM", "RX" };

/*
 * Where the country table holds more than one number for a country (its
 * ISO 3166-1 number and another's: BACI's, or a former one), the number
 * Comtrade's reference tables give it; test_fetch checks that every
 * country with several numbers is here and that each maps back.
 */
static const struct {
	const char	*code, *num;
} comtrade_num[] = {
	{ "CHE", "757" }, { "DEU", "276" }, { "FRA", "251" },
	{ "IND", "699" }, { "ITA", "380" }, { "NOR", "579" },
	{ "SDN", "729" }, { "UMI", "849" }, { "USA", "842" },
};
#define NCOMTRADE_NUM (sizeof(comtrade_num) / sizeof(comtrade_num[0]))

/*
 * The numbers Comtrade gave a country before, or gives it in its legacy
 * data, beside the one above: Italy is 381 in the legacy download
 * (2016-2020 in ../shared/data/comtrade-legacy-sme) and 380 in
 * Comtrade+; Sudan was 736 until 2011 (729 since South Sudan's
 * independence).  A query asks for both, so that no period is lost,
 * and the response's numbers read back as the one country
 * (data/codes/aliases.csv).  The ISO numbers Comtrade does not use (USA 840, UMI 581...) are not
 * asked, nor Germany's 280 (the Federal Republic before 1991, a part of
 * what DEU is now, not a former name of it).
 */
static const struct {
	const char	*code, *num;
} comtrade_former[] = {
	{ "ITA", "381" }, { "SDN", "736" },
};
#define NCOMTRADE_FORMER (sizeof(comtrade_former) / \
    sizeof(comtrade_former[0]))

void
fetch_list_add(struct fetch_list *l, const char *s)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return;
	l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
	l->v[l->n++] = xstrdup(s);
}

void
fetch_list_release(struct fetch_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

void
fetch_query_init(struct fetch_query *q)
{
	memset(q, 0, sizeof(*q));
	q->type = 'C';
	strcpy(q->cl, "HS");
	q->partner2 = xstrdup("0");
	q->customs = xstrdup("C00");
	q->transport = xstrdup("0");
	q->preview = 1;
	q->max_records = FETCH_PREVIEW_CAP;
}

void
fetch_query_release(struct fetch_query *q)
{
	int d;

	for (d = 0; d < FETCH_NDIMS; d++)
		fetch_list_release(&q->dim[d]);
	free(q->partner2);
	free(q->customs);
	free(q->transport);
	memset(q, 0, sizeof(*q));
}

static int
all_digits(const char *s)
{
	if (*s == '\0')
		return 0;
	for (; *s != '\0'; s++)
		if (!isdigit((unsigned char)*s))
			return 0;
	return 1;
}

const char *
fetch_numeric(const char *code)
{
	const char *found = NULL;
	size_t i;

	for (i = 0; i < NCOMTRADE_NUM; i++)
		if (strcmp(comtrade_num[i].code, code) == 0)
			return comtrade_num[i].num;
	codes_init();
	/* the table's keys are sorted by text: the first is the lowest
	 * number of those of the same length, and there is one but for the
	 * countries above */
	for (i = 0; i < codes_nkeys; i++)
		if (all_digits(codes_keys[i].key) &&
		    strcmp(codes_table[codes_keys[i].idx].code, code) == 0) {
			found = codes_keys[i].key;
			break;
		}
	return found;
}

/* Every number of the country table, for a list meaning all. */
static void
all_numbers(struct fetch_list *l)
{
	size_t i;

	codes_init();
	for (i = 0; i < codes_nkeys; i++)
		if (all_digits(codes_keys[i].key))
			fetch_list_add(l, codes_keys[i].key);
}

/* The next comma-separated item of *sp into buf (spaces trimmed); 0 at
 * the end, -1 when it is longer than size. */
static int
next_item(const char **sp, char *buf, size_t size)
{
	const char *s = *sp, *e;
	size_t n;

	if (s == NULL)
		return 0;
	while (*s == ' ')
		s++;
	e = strchr(s, ',');
	n = e ? (size_t)(e - s) : strlen(s);
	*sp = e ? e + 1 : NULL;
	while (n > 0 && s[n - 1] == ' ')
		n--;
	if (n >= size)
		return -1;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return 1;
}

static void
upcase(char *s)
{
	for (; *s != '\0'; s++)
		*s = (char)toupper((unsigned char)*s);
}

int
fetch_countries(struct fetch_query *q, enum fetch_dim d, const char *arg,
    char *err, size_t errsz)
{
	struct fetch_list *l = &q->dim[d];
	const char *s = arg, *num;
	char buf[32];
	int st, all = 0, some = 0;
	size_t k;

	fetch_list_release(l);
	while ((st = next_item(&s, buf, sizeof(buf))) != 0) {
		if (st < 0 || buf[0] == '\0') {
			snprintf(err, errsz, "not a country code: '%s'",
			    util_excerpt(arg, strlen(arg)));
			return -1;
		}
		upcase(buf);
		if (strcmp(buf, "ALL") == 0) {
			all = 1;
			continue;
		}
		some = 1;
		if (strcmp(buf, "WORLD") == 0)
			strcpy(buf, "WLD");
		if (codes_find(buf) == NULL) {
			snprintf(err, errsz, "unknown country code: '%s' (ISO "
			    "3166-1 alpha-3, all or world)", buf);
			return -1;
		}
		if ((num = fetch_numeric(buf)) == NULL) {
			snprintf(err, errsz, "no UN Comtrade number for '%s'",
			    buf);
			return -1;
		}
		fetch_list_add(l, num);
		for (k = 0; k < NCOMTRADE_FORMER; k++)
			if (strcmp(comtrade_former[k].code, buf) == 0)
				fetch_list_add(l, comtrade_former[k].num);
	}
	if (all && some) {
		snprintf(err, errsz, "'all' and country codes together: '%s'",
		    util_excerpt(arg, strlen(arg)));
		return -1;
	}
	if (!all && !some) {
		snprintf(err, errsz, "no country code: '%s'", arg);
		return -1;
	}
	return 0;
}

/*
 * One period at *sp: YYYY, YYYYMM or YYYY-MM (a '-' and two digits that
 * do not begin a year); its value as YYYYMM (month 0 for a year), and
 * *sp past it.  -1 when it is none.
 */
static int
one_period(const char **sp, int *ym)
{
	const char *s = *sp;
	int y, m = 0, i;

	for (i = 0; i < 4; i++)
		if (!isdigit((unsigned char)s[i]))
			return -1;
	y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 +
	    (s[3] - '0');
	s += 4;
	if (isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[1]) &&
	    !isdigit((unsigned char)s[2])) {
		m = (s[0] - '0') * 10 + (s[1] - '0');
		s += 2;
	} else if (s[0] == '-' && isdigit((unsigned char)s[1]) &&
	    isdigit((unsigned char)s[2]) && !isdigit((unsigned char)s[3])) {
		m = (s[1] - '0') * 10 + (s[2] - '0');
		s += 3;
	} else if (isdigit((unsigned char)s[0]))
		return -1;
	if (y < 1900 || y > 2099 || (s != *sp + 4 && (m < 1 || m > 12)))
		return -1;
	*sp = s;
	*ym = y * 100 + m;
	return 0;
}

static void
add_period(struct fetch_list *l, int ym)
{
	char buf[16];

	if (ym % 100 == 0)
		snprintf(buf, sizeof(buf), "%d", ym / 100);
	else
		snprintf(buf, sizeof(buf), "%d", ym);
	fetch_list_add(l, buf);
}

int
fetch_periods(struct fetch_query *q, const char *arg, char *err,
    size_t errsz)
{
	struct fetch_list *l = &q->dim[FETCH_PERIOD];
	const char *s = arg, *p;
	char buf[64];
	int st, a, b, months = 0, years = 0, y, m;

	fetch_list_release(l);
	while ((st = next_item(&s, buf, sizeof(buf))) != 0) {
		p = buf;
		if (st < 0 || one_period(&p, &a) < 0)
			goto bad;
		b = a;
		if (*p == '-') {
			p++;
			if (one_period(&p, &b) < 0 || (a % 100 == 0) !=
			    (b % 100 == 0))
				goto bad;
			if (b < a) {
				snprintf(err, errsz, "a range that ends before "
				    "it starts: '%s'", buf);
				return -1;
			}
		}
		if (*p != '\0')
			goto bad;
		if (a % 100 == 0)
			years = 1;
		else
			months = 1;
		if ((b / 100 - a / 100) > 100) {
			snprintf(err, errsz, "more than a century: '%s'", buf);
			return -1;
		}
		if (a % 100 != 0 && q->freq == 'A') {
			snprintf(err, errsz, "a month with --freq A: '%s'",
			    buf);
			return -1;
		}
		for (y = a / 100; y <= b / 100; y++) {
			if (a % 100 == 0 && q->freq != 'M') {
				add_period(l, y * 100);
				continue;
			}
			for (m = 1; m <= 12; m++) {
				int ym = y * 100 + m;

				if (a % 100 != 0 && (ym < a || ym > b))
					continue;
				add_period(l, ym);
			}
		}
	}
	if (l->n == 0) {
		snprintf(err, errsz, "no period: '%s'", arg);
		return -1;
	}
	if (months && years && q->freq != 'M') {
		snprintf(err, errsz, "years and months together: '%s' (--freq "
		    "M for the months of the years)", arg);
		return -1;
	}
	if (q->freq == 0)
		q->freq = months ? 'M' : 'A';
	return 0;
bad:
	snprintf(err, errsz, "not a period: '%s' (YYYY, YYYYMM, YYYY-MM, or a "
	    "range of them such as 2019-2023)", util_excerpt(buf,
	    strlen(buf)));
	return -1;
}

int
fetch_flows(struct fetch_query *q, const char *arg, char *err, size_t errsz)
{
	struct fetch_list *l = &q->dim[FETCH_FLOW];
	const char *s = arg;
	char buf[16];
	int st, all = 0;
	size_t i;

	fetch_list_release(l);
	while ((st = next_item(&s, buf, sizeof(buf))) != 0) {
		if (st > 0)
			upcase(buf);
		if (st > 0 && strcmp(buf, "ALL") == 0) {
			all = 1;
			continue;
		}
		for (i = 0; st > 0 && i < 4; i++)
			if (strcmp(buf, all_flows[i]) == 0)
				break;
		if (st < 0 || i == 4) {
			snprintf(err, errsz, "not a flow: '%s' (M, X, RM, RX or "
			    "all)", st < 0 ? arg : buf);
			return -1;
		}
		fetch_list_add(l, buf);
	}
	if (all && l->n > 0) {
		snprintf(err, errsz, "'all' and flows together: '%s'", arg);
		return -1;
	}
	if (!all && l->n == 0) {
		snprintf(err, errsz, "no flow: '%s'", arg);
		return -1;
	}
	return 0;
}

int
fetch_products(struct fetch_query *q, const char *arg, char *err,
    size_t errsz)
{
	struct fetch_list *l = &q->dim[FETCH_PRODUCT];
	const char *s = arg;
	char buf[16];
	size_t n;
	int st;

	fetch_list_release(l);
	while ((st = next_item(&s, buf, sizeof(buf))) != 0) {
		if (st > 0)
			upcase(buf);
		n = st > 0 ? strlen(buf) : 0;
		if (st < 0 || !((all_digits(buf) && (n == 2 || n == 4 ||
		    n == 6)) || strcmp(buf, "TOTAL") == 0 ||
		    strcmp(buf, "AG2") == 0 || strcmp(buf, "AG4") == 0 ||
		    strcmp(buf, "AG6") == 0)) {
			snprintf(err, errsz, "not a product code: '%s' (HS codes "
			    "of 2, 4 or 6 digits, TOTAL, AG2, AG4 or AG6)",
			    util_excerpt(st < 0 ? arg : buf, strlen(st < 0 ?
			    arg : buf)));
			return -1;
		}
		fetch_list_add(l, buf);
	}
	if (l->n == 0) {
		snprintf(err, errsz, "no product code: '%s'", arg);
		return -1;
	}
	return 0;
}

int
fetch_code(char **dst, const char *what, const char *arg, char *err,
    size_t errsz)
{
	const char *s;

	for (s = arg; *s != '\0'; s++)
		if (!isalnum((unsigned char)*s) && *s != ',')
			break;
	if (*arg == '\0' || *s != '\0' || strlen(arg) > 256) {
		snprintf(err, errsz, "not a %s code list: '%s' (codes of letters "
		    "and digits, comma separated)", what,
		    util_excerpt(arg, strlen(arg)));
		return -1;
	}
	free(*dst);
	*dst = xstrdup(arg);
	return 0;
}

static void
list_slice(struct fetch_list *dst, const struct fetch_list *l, size_t lo,
    size_t hi)
{
	size_t i;

	dst->v = NULL;
	dst->n = 0;
	if (hi > lo)
		dst->v = xcalloc(hi - lo, sizeof(*dst->v));
	for (i = lo; i < hi; i++)
		dst->v[dst->n++] = xstrdup(l->v[i]);
}

void
fetch_call_copy(struct fetch_call *dst, const struct fetch_call *c)
{
	int d;

	for (d = 0; d < FETCH_NDIMS; d++)
		list_slice(&dst->dim[d], &c->dim[d], 0, c->dim[d].n);
}

void
fetch_call_release(struct fetch_call *c)
{
	int d;

	for (d = 0; d < FETCH_NDIMS; d++)
		fetch_list_release(&c->dim[d]);
}

/* Cut c along d into a and b. */
static void
cut(const struct fetch_call *c, int d, struct fetch_call *a,
    struct fetch_call *b)
{
	size_t half = c->dim[d].n / 2;
	int e;

	for (e = 0; e < FETCH_NDIMS; e++) {
		if (e == d) {
			list_slice(&a->dim[e], &c->dim[e], 0, half);
			list_slice(&b->dim[e], &c->dim[e], half, c->dim[e].n);
		} else {
			list_slice(&a->dim[e], &c->dim[e], 0, c->dim[e].n);
			list_slice(&b->dim[e], &c->dim[e], 0, c->dim[e].n);
		}
	}
}

/* The longest list of two values or more (the first of equals), or -1. */
static int
longest(const struct fetch_call *c)
{
	int d, best = -1;

	for (d = 0; d < FETCH_NDIMS; d++)
		if (c->dim[d].n >= 2 && (best < 0 ||
		    c->dim[d].n > c->dim[best].n))
			best = d;
	return best;
}

int
fetch_split(const struct fetch_call *c, struct fetch_call *a,
    struct fetch_call *b)
{
	static const int expand[] = { FETCH_REPORTER, FETCH_PARTNER,
	    FETCH_FLOW };
	struct fetch_call full;
	size_t i;
	int d;

	if ((d = longest(c)) >= 0) {
		cut(c, d, a, b);
		return d;
	}
	for (i = 0; i < sizeof(expand) / sizeof(expand[0]); i++) {
		d = expand[i];
		if (c->dim[d].n != 0)
			continue;
		fetch_call_copy(&full, c);
		if (d == FETCH_FLOW) {
			size_t k;

			for (k = 0; k < 4; k++)
				fetch_list_add(&full.dim[d], all_flows[k]);
		} else
			all_numbers(&full.dim[d]);
		cut(&full, d, a, b);
		fetch_call_release(&full);
		return d;
	}
	return -1;
}

/* Append s to the growing string *buf of *len bytes (room *cap). */
static void
put(char **buf, size_t *len, size_t *cap, const char *s)
{
	size_t n = strlen(s);

	if (*len + n + 1 > *cap) {
		*cap = (*len + n + 1) * 2;
		*buf = xrealloc(*buf, *cap);
	}
	memcpy(*buf + *len, s, n + 1);
	*len += n;
}

static void
put_param(char **buf, size_t *len, size_t *cap, const char *name,
    const char *value, int *first)
{
	put(buf, len, cap, *first ? "?" : "&");
	*first = 0;
	put(buf, len, cap, name);
	put(buf, len, cap, "=");
	put(buf, len, cap, value);
}

static void
put_list(char **buf, size_t *len, size_t *cap, const char *name,
    const struct fetch_list *l, int *first)
{
	size_t i;

	if (l->n == 0)
		return;
	put(buf, len, cap, *first ? "?" : "&");
	*first = 0;
	put(buf, len, cap, name);
	put(buf, len, cap, "=");
	for (i = 0; i < l->n; i++) {
		if (i > 0)
			put(buf, len, cap, ",");
		put(buf, len, cap, l->v[i]);
	}
}

char *
fetch_url(const char *base, const struct fetch_query *q,
    const struct fetch_call *c)
{
	char *buf = NULL, tmp[64];
	size_t len = 0, cap = 0, bl = strlen(base);
	int first = 1;

	while (bl > 0 && base[bl - 1] == '/')
		bl--;
	buf = xmalloc(bl + 1);
	memcpy(buf, base, bl);
	buf[bl] = '\0';
	len = bl;
	cap = bl + 1;
	snprintf(tmp, sizeof(tmp), "%s/%c/%c/%s", q->preview ?
	    "/public/v1/preview" : "/data/v1/get", q->type, q->freq ?
	    q->freq : 'A', q->cl);
	put(&buf, &len, &cap, tmp);
	put_list(&buf, &len, &cap, "reporterCode", &c->dim[FETCH_REPORTER],
	    &first);
	put_list(&buf, &len, &cap, "period", &c->dim[FETCH_PERIOD], &first);
	put_list(&buf, &len, &cap, "partnerCode", &c->dim[FETCH_PARTNER],
	    &first);
	put_param(&buf, &len, &cap, "partner2Code", q->partner2, &first);
	put_list(&buf, &len, &cap, "cmdCode", &c->dim[FETCH_PRODUCT], &first);
	put_list(&buf, &len, &cap, "flowCode", &c->dim[FETCH_FLOW], &first);
	put_param(&buf, &len, &cap, "customsCode", q->customs, &first);
	put_param(&buf, &len, &cap, "motCode", q->transport, &first);
	snprintf(tmp, sizeof(tmp), "%ld", q->max_records);
	put_param(&buf, &len, &cap, "maxRecords", tmp, &first);
	put_param(&buf, &len, &cap, "format", "JSON", &first);
	put_param(&buf, &len, &cap, "breakdownMode", "classic", &first);
	put_param(&buf, &len, &cap, "includeDesc", "true", &first);
	return buf;
}

void
fetch_describe(const struct fetch_call *c, char *buf, size_t size)
{
	size_t len = 0, i;
	int d, n;

	buf[0] = '\0';
	for (d = 0; d < FETCH_NDIMS && len < size; d++) {
		n = snprintf(buf + len, size - len, "%s%s ", d ? ", " : "",
		    dim_name[d]);
		len += n > 0 ? (size_t)n : 0;
		if (c->dim[d].n == 0 && len < size) {
			n = snprintf(buf + len, size - len, "all");
			len += n > 0 ? (size_t)n : 0;
		}
		for (i = 0; i < c->dim[d].n && i < 3 && len < size; i++) {
			n = snprintf(buf + len, size - len, "%s%s", i ? "," :
			    "", c->dim[d].v[i]);
			len += n > 0 ? (size_t)n : 0;
		}
		if (c->dim[d].n > 3 && len < size) {
			n = snprintf(buf + len, size - len, " (%zu in all)",
			    c->dim[d].n);
			len += n > 0 ? (size_t)n : 0;
		}
	}
}

int
fetch_plan(const struct fetch_query *q, const char *base,
    struct fetch_call **callsp, size_t *ncallsp, char *err, size_t errsz)
{
	const struct fetch_list *per = &q->dim[FETCH_PERIOD];
	struct fetch_call *calls = NULL, one, a, b;
	size_t ncalls = 0, i, lo;
	int d;

	*callsp = NULL;
	*ncallsp = 0;
	if (per->n == 0) {
		snprintf(err, errsz, "no period to fetch");
		return -1;
	}
	for (lo = 0; lo < per->n; lo += FETCH_MAX_PERIODS) {
		size_t hi = lo + FETCH_MAX_PERIODS < per->n ?
		    lo + FETCH_MAX_PERIODS : per->n;

		for (d = 0; d < FETCH_NDIMS; d++)
			if (d == FETCH_PERIOD)
				list_slice(&one.dim[d], per, lo, hi);
			else
				list_slice(&one.dim[d], &q->dim[d], 0,
				    q->dim[d].n);
		calls = xrealloc(calls, (ncalls + 1) * sizeof(*calls));
		calls[ncalls++] = one;
	}
	/* halve a call whose URL is too long, in place: its halves take its
	 * place, so the calls stay in the query's order */
	for (i = 0; i < ncalls;) {
		char *url = fetch_url(base, q, &calls[i]);
		size_t len = strlen(url);

		free(url);
		if (len <= FETCH_URL_MAX) {
			i++;
			continue;
		}
		if ((d = longest(&calls[i])) < 0) {
			snprintf(err, errsz, "a call of one value of each list "
			    "is %zu characters, more than the API's %d", len,
			    FETCH_URL_MAX);
			for (i = 0; i < ncalls; i++)
				fetch_call_release(&calls[i]);
			free(calls);
			return -1;
		}
		cut(&calls[i], d, &a, &b);
		fetch_call_release(&calls[i]);
		calls = xrealloc(calls, (ncalls + 1) * sizeof(*calls));
		memmove(calls + i + 2, calls + i + 1, (ncalls - i - 1) *
		    sizeof(*calls));
		calls[i] = a;
		calls[i + 1] = b;
		ncalls++;
	}
	*callsp = calls;
	*ncallsp = ncalls;
	return 0;
}

/* FNV-1a over s from the basis h, finished with splitmix64's mixer. */
static uint64_t
hash64(const char *s, uint64_t h)
{
	for (; *s != '\0'; s++) {
		h ^= (unsigned char)*s;
		h *= 0x100000001b3ULL;
	}
	h ^= h >> 30;
	h *= 0xbf58476d1ce4e5b9ULL;
	h ^= h >> 27;
	h *= 0x94d049bb133111ebULL;
	h ^= h >> 31;
	return h;
}

void
fetch_cache_name(const char *url, char name[33])
{
	snprintf(name, 33, "%016llx%016llx",
	    (unsigned long long)hash64(url, 0xcbf29ce484222325ULL),
	    (unsigned long long)hash64(url, 0x84222325cbf29ce4ULL));
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian; H. Hinnant's
 * days_from_civil). */
static long
days_from_civil(long y, int m, int d)
{
	long era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

/* An HTTP date (IMF-fixdate, RFC 9110: "Sun, 06 Nov 1994 08:49:37 GMT")
 * as seconds since the epoch; -1 when it is not one. */
static long long
http_date(const char *s)
{
	static const char mon[] = "JanFebMarAprMayJunJulAugSepOctNovDec";
	char m[4];
	int d, y, hh, mm, ss, i;

	s = strchr(s, ',');
	if (s == NULL || sscanf(s + 1, " %2d %3s %4d %2d:%2d:%2d", &d, m, &y,
	    &hh, &mm, &ss) != 6)
		return -1;
	for (i = 0; i < 12; i++)
		if (strncmp(mon + 3 * i, m, 3) == 0)
			break;
	if (i == 12 || d < 1 || d > 31 || hh > 23 || mm > 59 || ss > 60)
		return -1;
	return days_from_civil(y, i + 1, d) * 86400LL + hh * 3600 + mm * 60 +
	    ss;
}

double
fetch_retry_wait(int attempt, long status, const char *retry_after,
    time_t now)
{
	double w;

	/* a 403 with Retry-After is the quota of calls spent for a while
	 * (comtradr's ct_perform_request.R retries it too) */
	if (!(status == 0 || status == 408 || status == 429 ||
	    (status == 403 && retry_after != NULL) ||
	    (status >= 500 && status <= 599 && status != 501)))
		return -1;
	if (retry_after != NULL) {
		char *end;
		long long t;

		while (*retry_after == ' ')
			retry_after++;
		if (isdigit((unsigned char)*retry_after)) {
			w = strtod(retry_after, &end);
			if (end != retry_after && w >= 0 && w <= 86400)
				return w;
		} else if ((t = http_date(retry_after)) >= 0)
			return t > (long long)now ? (double)(t - now) : 0;
	}
	w = attempt < 6 ? (double)(1 << attempt) : 60;
	return w > 60 ? 60 : w;
}

/* Copy the text of s[0..n) into out as one line of printable text
 * (runs of white space as one space, other bytes as '?'). */
static void
clean_text(const char *s, size_t n, char *out, size_t size)
{
	size_t i, o = 0;
	int space = 1;

	for (i = 0; i < n && o + 1 < size; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (isspace(ch)) {
			if (!space)
				out[o++] = ' ';
			space = 1;
			continue;
		}
		out[o++] = ch >= 0x20 && ch < 0x7f ? (char)ch : ch >= 0x80 ?
		    (char)ch : '?';
		space = 0;
	}
	while (o > 0 && out[o - 1] == ' ')
		o--;
	if (o > 200) {
		o = 200;
		memcpy(out + 197, "...", 3);
	}
	out[o] = '\0';
}

/* The text of an HTML page: its title, else its text without tags. */
static void
html_text(const char *body, size_t len, char *out, size_t size)
{
	const char *t = NULL, *e;
	char *text;
	size_t i, o = 0;
	int tag = 0;

	for (i = 0; i + 7 <= len; i++)
		if (util_strcasecmp_n(body + i, "<title>", 7) == 0) {
			t = body + i + 7;
			break;
		}
	if (t != NULL) {
		for (e = t; e < body + len && *e != '<'; e++)
			;
		if (e > t) {
			clean_text(t, (size_t)(e - t), out, size);
			if (out[0] != '\0')
				return;
		}
	}
	text = xmalloc(len + 1);
	for (i = 0; i < len; i++) {
		if (body[i] == '<')
			tag = 1;
		else if (body[i] == '>') {
			tag = 0;
			text[o++] = ' ';
		} else if (!tag)
			text[o++] = body[i];
	}
	clean_text(text, o, out, size);
	free(text);
}

/* The API's own words in a JSON error: message, error, or
 * errorObject.errorMessage; 0 when there are none. */
static int
json_words(json_t *j, char *out, size_t size)
{
	static const char *const keys[] = { "message", "error", "Message",
	    "errorMessage" };
	json_t *v;
	size_t i;

	if (!json_is_object(j))
		return 0;
	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		v = json_object_get(j, keys[i]);
		if (json_is_string(v) && json_string_length(v) > 0) {
			clean_text(json_string_value(v), json_string_length(v),
			    out, size);
			return 1;
		}
	}
	v = json_object_get(j, "errorObject");
	return json_is_object(v) && json_words(v, out, size);
}

static int
looks_html(const char *body, size_t len, const char *ctype)
{
	size_t i;

	if (ctype != NULL && strstr(ctype, "html") != NULL)
		return 1;
	for (i = 0; i < len && isspace((unsigned char)body[i]); i++)
		;
	return i < len && body[i] == '<';
}

/*
 * The response is scanned as the reader reads it, one record at a time
 * (fmt_comtrade_json.h): a response of a quarter of a million records
 * never becomes a tree of them all.
 */
enum fetch_status
fetch_check(const char *body, size_t len, long status, const char *ctype,
    size_t *count, char *msg, size_t msgsz)
{
	struct fmt_comtrade_json_err e;
	char words[256];
	json_t *rest;
	size_t n;
	int ok = status >= 200 && status <= 299, st, said;

	*count = 0;
	if (looks_html(body, len, ctype)) {
		html_text(body, len, words, sizeof(words));
		snprintf(msg, msgsz, "HTTP %ld: an HTML page, not the API's "
		    "JSON: '%s'", status, words[0] ? words : "(no text)");
		return ok ? FETCH_BAD_BODY : FETCH_API_ERROR;
	}
	st = fmt_comtrade_json_scan(body, len, -1, NULL, NULL, &n, &rest, &e);
	if (st < 0) {
		json_decref(rest);
		if (!ok) {
			clean_text(body, len, words, sizeof(words));
			snprintf(msg, msgsz, "HTTP %ld: %s%s%s", status,
			    words[0] ? "the API said: '" : "no text",
			    words, words[0] ? "'" : "");
			return FETCH_API_ERROR;
		}
		snprintf(msg, msgsz, "HTTP %ld: the response is not complete "
		    "JSON (%zu bytes; at line %llu, column %lu: %s)", status,
		    len, e.line, e.col, e.what);
		return FETCH_BAD_BODY;
	}
	said = json_words(rest, words, sizeof(words));
	json_decref(rest);
	if (ok && st == 1 && !said) {
		*count = n;
		return FETCH_OK;
	}
	if (said) {
		snprintf(msg, msgsz, "HTTP %ld: the API said: '%s'", status,
		    words);
		return FETCH_API_ERROR;
	}
	if (ok)
		snprintf(msg, msgsz, "HTTP %ld: JSON without a \"data\" array "
		    "of records", status);
	else
		snprintf(msg, msgsz, "HTTP %ld: no text", status);
	return ok ? FETCH_BAD_BODY : FETCH_API_ERROR;
}

int
fetch_products_arg(struct fetch_query *q, const char *arg, const char *lists,
    char *err, size_t errsz)
{
	struct prodlist l = { 0 };
	char path[4096], *s;
	size_t i, n = 0;
	int st;

	if (arg[0] != '@')
		return fetch_products(q, arg, err, errsz);
	if ((size_t)snprintf(path, sizeof(path), "%s/%s.csv", lists,
	    arg + 1) >= sizeof(path)) {
		snprintf(err, errsz, "the path is too long");
		return -1;
	}
	if (prodlist_load(&l, path, NULL, err, errsz) < 0)
		return -1;
	s = xmalloc(l.n * (HS_MAX + 2) + 1);
	for (i = 0; i < l.n; i++)
		n += (size_t)sprintf(s + n, "%s%s", i ? "," : "", l.code[i]);
	s[n] = '\0';
	st = fetch_products(q, s, err, errsz);
	free(s);
	prodlist_free(&l);
	return st;
}

int
fetch_classification(struct fetch_query *q, const char *arg, char *err,
    size_t errsz)
{
	size_t n = strlen(arg), i;

	for (i = 0; i < n; i++)
		if (!isupper((unsigned char)arg[i]) &&
		    !isdigit((unsigned char)arg[i]))
			break;
	if (i < n || n < 2 || n > 5) {
		snprintf(err, errsz, "not a classification: '%s' (HS, H0-H6, "
		    "S1-S4, B4, B5, EB...)", arg);
		return -1;
	}
	memcpy(q->cl, arg, n + 1);
	return 0;
}

int
fetch_read_key(const char *path, char **key, char *err, size_t errsz)
{
	char buf[1024];
	FILE *fp = fopen(path, "r");
	size_t n;

	if (fp == NULL) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		return -1;
	}
	if (fgets(buf, sizeof(buf), fp) == NULL)
		buf[0] = '\0';
	fclose(fp);
	n = strlen(buf);
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' ||
	    buf[n - 1] == ' ' || buf[n - 1] == '\t'))
		buf[--n] = '\0';
	if (n == 0) {
		snprintf(err, errsz, "%s: no key on its first line", path);
		return -1;
	}
	*key = xstrdup(buf);
	memset(buf, 0, sizeof(buf));
	return 0;
}

int
fetch_endpoint(struct fetch_query *q, int have_key, int preview,
    long max_records, const char **base, char *err, size_t errsz)
{
	q->preview = preview || !have_key;
	q->max_records = q->preview ? FETCH_PREVIEW_CAP : FETCH_GET_CAP;
	if (max_records > q->max_records) {
		snprintf(err, errsz, "--max-records: at most %ld a call with "
		    "the %s endpoint, not %ld", q->max_records, q->preview ?
		    "preview" : "subscription", max_records);
		return -1;
	}
	if (max_records > 0)
		q->max_records = max_records;
	if (*base == NULL || (*base)[0] == '\0')
		*base = FETCH_BASE;
	if (strncmp(*base, "http://", 7) != 0 &&
	    strncmp(*base, "https://", 8) != 0) {
		snprintf(err, errsz, "--api-url: not an http:// or https:// "
		    "address: '%s'", *base);
		return -1;
	}
	return 0;
}

int
fetch_write_response(const char *path, time_t fetched, int raw, FILE *out,
    struct csvw *w, void (*first)(void *), void *arg, char *err,
    size_t errsz)
{
	struct trade_opts o;
	struct trade_reader *r;
	struct trade_row row;
	char src[64], *files[1], buf[65536];
	struct tm tm;
	size_t n;
	FILE *fp;
	int st;

	if (raw) {
		if ((fp = fopen(path, "rb")) == NULL) {
			snprintf(err, errsz, "%s: %s", path, strerror(errno));
			return -1;
		}
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
			fwrite(buf, 1, n, out);
		fclose(fp);
		fputc('\n', out);
		return 0;
	}
	gmtime_r(&fetched, &tm);
	strftime(src, sizeof(src), "UN Comtrade (fetched %Y-%m-%d)", &tm);
	memset(&o, 0, sizeof(o));
	o.format = FMT_COMTRADE_JSON;
	o.source = src;
	files[0] = (char *)(uintptr_t)path;
	r = trade_open(&o, files, 1);
	while ((st = trade_next(r, &row)) == 1) {
		first(arg);
		trade_write_row(w, &row);
	}
	if (st < 0)
		snprintf(err, errsz, "%s", trade_error(r));
	trade_close(r);
	return st < 0 ? -1 : 0;
}

/* err, prefixed with an option's name: "--period: " err */
static int
opt_err(const char *opt, char *err, size_t errsz)
{
	char tmp[1024];

	snprintf(tmp, sizeof(tmp), "%s", err);
	snprintf(err, errsz, "%s: %s", opt, tmp);
	return -1;
}

int
fetch_query_args(struct fetch_query *q, const char *reporter,
    const char *partner, const char *flow, const char *period,
    const char *freq, char *err, size_t errsz)
{
	if (freq != NULL) {
		if (strcmp(freq, "A") != 0 && strcmp(freq, "M") != 0) {
			snprintf(err, errsz, "--freq: A or M, not '%s'", freq);
			return -1;
		}
		q->freq = freq[0];
	}
	if (fetch_periods(q, period, err, errsz) < 0)
		return opt_err("--period", err, errsz);
	if (fetch_countries(q, FETCH_REPORTER, reporter, err, errsz) < 0)
		return opt_err("--reporter", err, errsz);
	if (fetch_countries(q, FETCH_PARTNER, partner, err, errsz) < 0)
		return opt_err("--partner", err, errsz);
	if (fetch_flows(q, flow, err, errsz) < 0)
		return opt_err("--flow", err, errsz);
	return 0;
}

/*
 * Countries the API answers under two codes (Italy 380 and 381, Sudan
 * 729 and 736: data/codes/aliases.csv maps both to one country): the
 * code each is read as, and its name for the message.
 */
static const struct {
	long		 code, as;
	const char	*iso, *name;
} twin_codes[] = {
	{ 380, 380, "ITA", "Italy" }, { 381, 380, "ITA", "Italy" },
	{ 729, 729, "SDN", "Sudan" }, { 736, 729, "SDN", "Sudan" },
};
#define NTWIN_CODES	(sizeof(twin_codes) / sizeof(twin_codes[0]))

struct twin {
	char	*key;		/* the row with its codes read as one */
	long	 rep, par;	/* the codes it came under */
};

struct fetch_twins {
	struct twin	*t;
	size_t		 n, cap;	/* cap a power of two, or 0 */
	char		*msg;		/* where a twin row is told */
	size_t		 msgsz;
};

struct fetch_twins *
fetch_twins_alloc(void)
{
	return xcalloc(1, sizeof(struct fetch_twins));
}

void
fetch_twins_free(struct fetch_twins *tw)
{
	size_t i;

	if (tw == NULL)
		return;
	for (i = 0; i < tw->cap; i++)
		free(tw->t[i].key);
	free(tw->t);
	free(tw);
}

static int
twin_of(long code)
{
	size_t i;

	for (i = 0; i < NTWIN_CODES; i++)
		if (twin_codes[i].code == code)
			return (int)i;
	return -1;
}

/* A member of a record as text into buf ("" when it has none). */
static const char *
member_text(json_t *rec, const char *name, char *buf, size_t size)
{
	json_t *v = json_object_get(rec, name);

	if (json_is_string(v))
		snprintf(buf, size, "%s", json_string_value(v));
	else if (json_is_integer(v))
		snprintf(buf, size, "%lld", (long long)json_integer_value(v));
	else
		buf[0] = '\0';
	return buf;
}

/* A record's code (an integer or digits), -1 when it has none. */
static long
member_code(json_t *rec, const char *name)
{
	char buf[32], *end;
	long v;

	member_text(rec, name, buf, sizeof(buf));
	v = strtol(buf, &end, 10);
	return buf[0] == '\0' || *end != '\0' ? -1 : v;
}

static struct twin *
twin_slot(struct fetch_twins *tw, const char *key)
{
	size_t i = (size_t)util_hash(key) & (tw->cap - 1);

	while (tw->t[i].key != NULL && strcmp(tw->t[i].key, key) != 0)
		i = (i + 1) & (tw->cap - 1);
	return &tw->t[i];
}

static void
twin_grow(struct fetch_twins *tw)
{
	struct fetch_twins old = *tw;
	size_t i;

	tw->cap = old.cap ? old.cap * 2 : 64;
	tw->t = xcalloc(tw->cap, sizeof(*tw->t));
	for (i = 0; i < old.cap; i++)
		if (old.t[i].key != NULL)
			*twin_slot(tw, old.t[i].key) = old.t[i];
	free(old.t);
}

/* One record: remembered when a side is a twin code; 1 (the message in
 * tw->msg) when its twin came under the other code. */
static int
twin_record(void *arg, json_t *rec)
{
	struct fetch_twins *tw = arg;
	struct twin *s;
	char key[512], per[32], flow[8], cmd[32], p2[16], cu[16], mot[16];
	char other[32];
	long rep = member_code(rec, "reporterCode");
	long par = member_code(rec, "partnerCode");
	int ri = twin_of(rep), pi = twin_of(par), i, byrep;

	if (ri < 0 && pi < 0)
		return 0;
	snprintf(key, sizeof(key), "%s|%s|%s|%s|%s|%s|%ld|%ld",
	    member_text(rec, "period", per, sizeof(per)),
	    member_text(rec, "flowCode", flow, sizeof(flow)),
	    member_text(rec, "cmdCode", cmd, sizeof(cmd)),
	    member_text(rec, "partner2Code", p2, sizeof(p2)),
	    member_text(rec, "customsCode", cu, sizeof(cu)),
	    member_text(rec, "motCode", mot, sizeof(mot)),
	    ri < 0 ? rep : twin_codes[ri].as, pi < 0 ? par : twin_codes[pi].as);
	if (2 * (tw->n + 1) > tw->cap)
		twin_grow(tw);
	s = twin_slot(tw, key);
	if (s->key == NULL) {
		s->key = xstrdup(key);
		s->rep = rep;
		s->par = par;
		tw->n++;
		return 0;
	}
	if (s->rep == rep && s->par == par)
		return 0;
	byrep = s->rep != rep;
	i = byrep ? ri : pi;
	member_text(rec, byrep ? "partnerISO" : "reporterISO", other,
	    sizeof(other));
	if (other[0] == '\0')
		snprintf(other, sizeof(other), "%ld", byrep ? par : rep);
	snprintf(tw->msg, tw->msgsz, "%s codes %ld and %ld are both %s "
	    "(%s): rows of both for period %s, flow %s, %s %s, product %s: "
	    "a sum would count %s twice; keep one code's records (%ld is "
	    "the current code) from trade-fetch --raw",
	    byrep ? "reporter" : "partner", byrep ? s->rep : s->par,
	    byrep ? rep : par, twin_codes[i].name, twin_codes[i].iso, per,
	    flow, byrep ? "partner" : "reporter", other, cmd,
	    twin_codes[i].name, twin_codes[i].as);
	return 1;
}

int
fetch_twins_add(struct fetch_twins *tw, const char *path, char *err,
    size_t errsz)
{
	struct fmt_comtrade_json_err e;
	size_t n;
	int fd, st;

	if ((fd = open(path, O_RDONLY)) < 0) {
		snprintf(err, errsz, "%s: %s", path, strerror(errno));
		return -1;
	}
	tw->msg = err;
	tw->msgsz = errsz;
	st = fmt_comtrade_json_scan("", 0, fd, twin_record, tw, &n, NULL,
	    &e);
	close(fd);
	if (st < 0)
		snprintf(err, errsz, "%s:%llu:%lu: not valid JSON: %s", path,
		    e.line, e.col, e.what);
	return st < 0 || st == 2 ? -1 : 0;
}
