/*
 * claims.c - reading the claims file of trade-claim (see claims.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "claims.h"
#include "codes.h"
#include "csvio.h"
#include "util.h"

/*
 * Whether each bound of a period or range s (as period_range_parse()
 * reads it) is a year, by the kind the period parser gives it (month 0):
 * not by the range's months, which a year and January..December share.
 */
static int
years_only(const char *s)
{
	const char *d;
	int a, b;

	if (period_parse(s, strlen(s), &a) == 0)
		return a % 100 == 0;
	for (d = strstr(s, ".."); d != NULL; d = strstr(d + 1, ".."))
		if (period_parse(s, (size_t)(d - s), &a) == 0 &&
		    period_parse(d + 2, strlen(d + 2), &b) == 0)
			return a % 100 == 0 && b % 100 == 0;
	return 0;
}

static const char *metric_names[] = {
	"value", "total_trade", "share", "growth", "rank", "record", "yoy",
	"quantity",
	NULL
};

static const char *
field(struct csvr *r, long col)
{
	return col >= 0 && (size_t)col < csvr_nfields(r) ?
	    csvr_field(r, (size_t)col) : "";
}

static int
bad_claim(struct csvr *r, const char *col, const char *v, const char *what,
    char *err, size_t errsz)
{
	snprintf(err, errsz, "%s:%llu: column '%s': %s: '%s'", csvr_name(r),
	    (unsigned long long)csvr_line(r), col, what, util_excerpt(v,
	    strlen(v)));
	return -1;
}

static int
country(struct csvr *r, const char *col, const char *v, char *out, char *err,
    size_t errsz)
{
	const struct country *k = codes_lookup(v, strlen(v));

	if (k == NULL)
		return bad_claim(r, col, v, "unknown country code", err, errsz);
	snprintf(out, CODE_MAX, "%s", k->code);
	return 0;
}

static int
product(struct csvr *r, struct claim *cl, const char *v, const char *lists,
    char *err, size_t errsz)
{
	char e[512], path[4200];

	cl->product = xstrdup(v);
	if (util_strcasecmp(v, "TOTAL") == 0) {
		cl->total = 1;
		return 0;
	}
	if (v[0] == '@') {
		const char *colon = strchr(v, ':');
		size_t n = colon ? (size_t)(colon - v - 1) : strlen(v + 1);

		snprintf(path, sizeof(path), "%s/%.*s.csv", lists, (int)n,
		    v + 1);
		if (prodlist_load(&cl->pl, path, colon ? colon + 1 : NULL, e,
		    sizeof(e)) < 0)
			return bad_claim(r, "product", v, e, err, errsz);
		return 0;
	}
	if (prodlist_add_codes(&cl->pl, v, e, sizeof(e)) < 0)
		return bad_claim(r, "product", v, "not TOTAL, HS codes or @list",
		    err, errsz);
	return 0;
}

int
claims_parse_tolerance(const char *s, struct claim *c)
{
	char *end;
	double t = strtod(s, &end);

	if (*s == '\0' || end == s || !isfinite(t) || t < 0)
		return -1;	/* no "inf%" */
	if (strcmp(end, "%") == 0)
		c->tol_kind = TOL_REL, t /= 100;
	else if (strcmp(end, "pp") == 0)
		c->tol_kind = TOL_PP, t /= 100;
	else if (*end == '\0')
		c->tol_kind = TOL_ABS;
	else
		return -1;
	c->tol = t;
	return 0;
}

int
claims_read(const char *path, const struct claims_opts *o,
    struct claim **out, size_t *n, char *err, size_t errsz)
{
	static const char *names[] = { "id", "claim", "metric", "reporter",
	    "partner", "flow", "product", "period", "expected", "tolerance",
	    "source", "currency" };
	enum { C_ID, C_CLAIM, C_METRIC, C_REP, C_PAR, C_FLOW, C_PROD, C_PER,
	    C_EXP, C_TOL, C_SRC, C_CUR, NCOLS };
	const char *e;
	struct csvr *r = csvr_open(path, 0, CSV_ENC_AUTO, &e);
	struct claim *cl = NULL;
	long col[NCOLS];
	size_t i, k, cap = 0;
	int st, status = 1;

	*n = 0;
	*out = NULL;
	if (r == NULL) {
		snprintf(err, errsz, "%s: %s", path, e);
		return 1;
	}
	if ((st = csvr_next(r)) <= 0) {
		snprintf(err, errsz, "%s", st < 0 ? csvr_error(r) :
		    "empty claims file");
		goto fail;
	}
	for (k = 0; k < NCOLS; k++) {
		col[k] = -1;
		for (i = 0; i < csvr_nfields(r); i++)
			if (strcmp(csvr_field(r, i), names[k]) == 0)
				col[k] = (long)i;
		if (col[k] < 0 && k != C_CLAIM && k != C_SRC && k != C_TOL &&
		    k != C_CUR) {
			snprintf(err, errsz, "%s:1: no column '%s' (a claims "
			    "file has id,claim,metric,reporter,partner,flow,"
			    "product,period,expected,tolerance,source)",
			    csvr_name(r), names[k]);
			goto fail;
		}
	}
	while ((st = csvr_next(r)) == 1) {
		struct claim *x;
		const char *v;
		char *end;
		int m;

		if (csvr_nfields(r) == 1 && csvr_len(r, 0) == 0)
			continue;	/* a blank line */
		if (*n == cap) {
			cap = cap ? 2 * cap : 16;
			cl = xrealloc(cl, cap * sizeof(*cl));
		}
		x = &cl[(*n)++];
		memset(x, 0, sizeof(*x));
		x->id = xstrdup(field(r, col[C_ID]));
		x->text = xstrdup(field(r, col[C_CLAIM]));
		x->source = xstrdup(field(r, col[C_SRC]));
		v = field(r, col[C_METRIC]);
		for (m = 0; metric_names[m]; m++)
			if (strcmp(v, metric_names[m]) == 0)
				break;
		if (metric_names[m] == NULL) {
			bad_claim(r, "metric", v, "not a metric (value, "
			    "total_trade, share, growth, yoy, rank, record)",
			    err, errsz);
			goto fail;
		}
		x->metric = (enum metric)m;
		if (country(r, "reporter", field(r, col[C_REP]), x->reporter,
		    err, errsz) < 0 || country(r, "partner", field(r,
		    col[C_PAR]), x->partner, err, errsz) < 0)
			goto fail;
		v = field(r, col[C_FLOW]);
		if (strcmp(v, "both") == 0 || x->metric == M_TOTAL) {
			x->both = 1;
			x->flows = 1u << FLOW_M | 1u << FLOW_X;
		} else {
			enum flow f = flow_parse(v, strlen(v));

			if (f != FLOW_M && f != FLOW_X) {
				bad_claim(r, "flow", v, "not a flow (M, X or "
				    "both)", err, errsz);
				goto fail;
			}
			x->flows = 1u << f;
		}
		if (product(r, x, field(r, col[C_PROD]), o->lists, err,
		    errsz) < 0)
			goto fail;
		v = field(r, col[C_PER]);
		if (period_range_parse(v, &x->pr) < 0 || x->pr.lo == 0 ||
		    x->pr.hi == 999999) {
			bad_claim(r, "period", v, "not a period or a closed "
			    "range (2023, 2023-04, 2021..2023)", err, errsz);
			goto fail;
		}
		x->period = xstrdup(v);
		/* whole years when every bound is written as a year, else
		 * months: a range from a year to a month starts in the
		 * year's January, and "2023-01..2023-12" is twelve months */
		x->annual = years_only(v);
		if (!x->annual && x->pr.lo % 100 == 0)
			x->pr.lo += 1;
		v = field(r, col[C_EXP]);
		x->expected = strtod(v, &end);
		if (*v == '\0' || *end || !isfinite(x->expected)) {
			bad_claim(r, "expected", v, "not a number", err, errsz);
			goto fail;
		}
		v = field(r, col[C_TOL]);
		if (*v == '\0' && o->tolerance == NULL) {
			snprintf(err, errsz, "%s:%llu: claim '%s' has no "
			    "tolerance (published figures are rounded: give "
			    "one in the column 'tolerance', such as 0.5%%, or "
			    "--tolerance for the file)", csvr_name(r),
			    (unsigned long long)csvr_line(r),
			    util_excerpt(x->id, strlen(x->id)));
			status = 2;
			goto fail;
		}
		if (*v == '\0')
			v = o->tolerance;
		if (claims_parse_tolerance(v, x) < 0) {
			bad_claim(r, "tolerance", v, "not a tolerance (5%, 2pp "
			    "or a number)", err, errsz);
			goto fail;
		}
		x->tol_text = xstrdup(v);
		v = field(r, col[C_CUR]);
		if (*v == '\0')
			v = "USD";
		if (strlen(v) != 3 || strspn(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") !=
		    3) {
			bad_claim(r, "currency", v, "not a currency code (USD, "
			    "EUR...)", err, errsz);
			goto fail;
		}
		memcpy(x->currency, v, 4);
	}
	if (st < 0) {
		snprintf(err, errsz, "%s", csvr_error(r));
		goto fail;
	}
	csvr_close(r);
	if (*n == 0) {
		snprintf(err, errsz, "%s: no claims", path);
		free(cl);
		return 1;
	}
	*out = cl;
	return 0;
fail:
	csvr_close(r);
	claims_free(cl, *n);
	*n = 0;
	return status;
}

void
claims_free(struct claim *cl, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(cl[i].id);
		free(cl[i].text);
		free(cl[i].source);
		free(cl[i].product);
		free(cl[i].period);
		free(cl[i].tol_text);
		prodlist_free(&cl[i].pl);
	}
	free(cl);
}

