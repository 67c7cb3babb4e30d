/*
 * trade.c - every supported input format to canonical trade rows.
 *
 * Each format is a set of roles (period, reporter, value...) found by
 * column name in the header; one mapper turns a record into a row from
 * those roles and the format's fixed traits (value scale, currency, a
 * flow or unit it implies).  The IMF's wide layout gives one row per
 * period column; Comtrade's JSON is turned into records with the API's
 * CSV column names and goes through the same mapper.
 */
#include <errno.h>
#include <jansson.h>
#include <math.h>
#include <stddef.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "codes.h"
#include "num.h"
#include "period.h"
#include "trade.h"
#include "tradefmt.h"
#include "util.h"

static const char *role_names[NROLES] = {
	"period", "period", "year", "month",
	"reporter", "reporter", "reporter",
	"partner", "partner", "partner",
	"flow", "flow", "product", "value", "quantity", "unit", "currency",
	"source", "rows", "months", "month_mask", "scale", "scale",
	"indicator"
};

#define B(r) (1u << (r))

static const struct fmtspec specs[] = {
	{ FMT_CANONICAL, "canonical", NULL, {
		[R_PERIOD] = "period", [R_REP_ISO] = "reporter",
		[R_PAR_ISO] = "partner", [R_FLOW] = "flow",
		[R_PRODUCT] = "product", [R_VALUE] = "value",
		[R_QTY] = "quantity", [R_UNIT] = "unit",
		[R_CURRENCY] = "currency", [R_SOURCE] = "source",
		[R_ROWS] = "rows", [R_MONTHS] = "months",
		[R_MONTH_MASK] = "month_mask" },
	    B(R_PERIOD) | B(R_REP_ISO) | B(R_PAR_ISO) | B(R_FLOW) |
	    B(R_PRODUCT) | B(R_VALUE), 0, "USD", FLOW_NONE, NULL },
	{ FMT_COMTRADE, "comtrade", "UN Comtrade", {
		[R_PERIOD] = "period", [R_PERIOD2] = "refPeriodId",
		[R_YEAR] = "refYear", [R_MONTH] = "refMonth",
		[R_REP_ISO] = "reporterISO", [R_REP_CODE] = "reporterCode",
		[R_REP_NAME] = "reporterDesc",
		[R_PAR_ISO] = "partnerISO", [R_PAR_CODE] = "partnerCode",
		[R_PAR_NAME] = "partnerDesc",
		[R_FLOW] = "flowCode", [R_FLOW2] = "flowDesc",
		[R_PRODUCT] = "cmdCode", [R_VALUE] = "primaryValue",
		[R_QTY] = "qty", [R_UNIT] = "qtyUnitAbbr" },
	    B(R_PERIOD) | B(R_REP_CODE) | B(R_PAR_CODE) | B(R_FLOW) |
	    B(R_PRODUCT) | B(R_VALUE), 0, "USD", FLOW_NONE, NULL },
	{ FMT_COMTRADE_LEGACY, "comtrade-legacy", "UN Comtrade", {
		[R_PERIOD] = "Period", [R_YEAR] = "Year",
		[R_REP_ISO] = "Reporter ISO", [R_REP_CODE] = "Reporter Code",
		[R_REP_NAME] = "Reporter",
		[R_PAR_ISO] = "Partner ISO", [R_PAR_CODE] = "Partner Code",
		[R_PAR_NAME] = "Partner",
		[R_FLOW] = "Trade Flow Code", [R_FLOW2] = "Trade Flow",
		[R_PRODUCT] = "Commodity Code",
		[R_VALUE] = "Trade Value (US$)",
		[R_QTY] = "Qty", [R_UNIT] = "Qty Unit" },
	    B(R_PERIOD) | B(R_REP_CODE) | B(R_PAR_CODE) | B(R_FLOW) |
	    B(R_PRODUCT) | B(R_VALUE), 0, "USD", FLOW_NONE, NULL },
	{ FMT_COMTRADR, "comtradr", "UN Comtrade", {
		[R_PERIOD] = "period", [R_PERIOD2] = "period_desc|ref_period_id",
		[R_YEAR] = "year|ref_year", [R_MONTH] = "month|ref_month",
		[R_REP_ISO] = "reporter_iso", [R_REP_CODE] = "reporter_code",
		[R_REP_NAME] = "reporter|reporter_desc",
		[R_PAR_ISO] = "partner_iso", [R_PAR_CODE] = "partner_code",
		[R_PAR_NAME] = "partner|partner_desc",
		[R_FLOW] = "trade_code|flow_code", [R_FLOW2] = "trade_flow|flow_desc",
		[R_PRODUCT] = "commodity_code|cmd_code",
		[R_VALUE] = "trade_value_us|primary_value",
		[R_QTY] = "qty", [R_UNIT] = "qtyunitabbr|qty_unit_abbr" },
	    B(R_PERIOD) | B(R_REP_CODE) | B(R_PAR_CODE) | B(R_FLOW) |
	    B(R_PRODUCT) | B(R_VALUE), 0, "USD", FLOW_NONE, NULL },
	{ FMT_BACI, "baci", "CEPII BACI", {
		[R_PERIOD] = "t", [R_REP_CODE] = "i", [R_PAR_CODE] = "j",
		[R_PRODUCT] = "k", [R_VALUE] = "v", [R_QTY] = "q" },
	    B(R_PERIOD) | B(R_REP_CODE) | B(R_PAR_CODE) | B(R_PRODUCT) |
	    B(R_VALUE), 3, "USD", FLOW_X, "t" },
	{ FMT_IMF, "imf", "IMF IMTS", {
		[R_REP_ISO] = "COUNTRY.ID", [R_PAR_ISO] = "COUNTERPART_COUNTRY.ID",
		[R_REP_NAME] = "COUNTRY", [R_PAR_NAME] = "COUNTERPART_COUNTRY",
		[R_FLOW] = "TRADE_FLOW.ID", [R_FLOW2] = "TRADE_FLOW",
		[R_SCALE] = "SCALE.ID", [R_SCALE_TEXT] = "SCALE",
		[R_INDICATOR] = "INDICATOR.ID" },
	    B(R_REP_ISO) | B(R_PAR_ISO) | B(R_FLOW) | B(R_INDICATOR), 0,
	    NULL, FLOW_NONE, NULL },
	{ FMT_EUROSTAT, "eurostat", "Eurostat Comext", {
		[R_REP_NAME] = "REPORTER", [R_PAR_NAME] = "PARTNER",
		[R_PRODUCT] = "PRODUCT", [R_FLOW] = "FLOW", [R_PERIOD] = "PERIOD",
		[R_VALUE] = "VALUE_IN_EUR|VALUE_IN_EUROS" },
	    B(R_REP_NAME) | B(R_PAR_NAME) | B(R_PRODUCT) | B(R_FLOW) |
	    B(R_PERIOD) | B(R_VALUE), 0, "EUR", FLOW_NONE, NULL },
	{ FMT_COMTRADE_JSON, "comtrade-json", "UN Comtrade", { NULL }, 0, 0,
	    "USD", FLOW_NONE, NULL },
};
#define NSPECS (sizeof(specs) / sizeof(specs[0]))

/* After csvr_next(): where the record's fields are. */
static void
sync_fields(struct trade_reader *r)
{
	r->fv = csvr_fields(r->csv);
	r->fl = csvr_lens(r->csv);
	r->nf = csvr_nfields(r->csv);
}

static inline const char *
fld(struct trade_reader *r, size_t i, size_t *len)
{
	if (__builtin_expect(r->json == NULL && i < r->nf, 1)) {
		*len = r->fl[i];
		return r->fv[i];
	}
	if (r->json != NULL) {
		const char *s = i < r->njfields && r->jvals[i] ? r->jvals[i] : "";

		*len = strlen(s);
		return s;
	}
	*len = 0;
	return "";
}

static uint64_t
curline(struct trade_reader *r)
{
	return r->json ? r->jline : csvr_line(r->csv);
}

static size_t
nfields(struct trade_reader *r)
{
	return r->json ? r->njfields : r->nf;
}

static void
rowerr(struct trade_reader *r, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

static void
rowerr(struct trade_reader *r, const char *fmt, ...)
{
	va_list ap;
	int n;

	n = snprintf(r->err, sizeof(r->err), r->json ? "%s:record %llu: " :
	    "%s:%llu: ", r->fname, (unsigned long long)curline(r));
	if (n < 0 || (size_t)n >= sizeof(r->err))
		return;
	va_start(ap, fmt);
	vsnprintf(r->err + n, sizeof(r->err) - (size_t)n, fmt, ap);
	va_end(ap);
}

/* Error about the field of role k. */
static void
colerr(struct trade_reader *r, int k, const char *what)
{
	size_t len;
	const char *s = fld(r, (size_t)r->col[k], &len);

	rowerr(r, "column '%s': %s: '%s'", r->colname[k], what,
	    util_excerpt(s, len));
}

int
trade_format_parse(const char *name)
{
	size_t i;

	if (strcmp(name, "auto") == 0)
		return FMT_AUTO;
	for (i = 0; i < NSPECS; i++)
		if (strcmp(name, specs[i].name) == 0)
			return specs[i].fmt;
	return -1;
}

const char *
trade_format_name(enum trade_format f)
{
	size_t i;

	for (i = 0; i < NSPECS; i++)
		if (specs[i].fmt == f)
			return specs[i].name;
	return "auto";
}

const char *
trade_format_list(void)
{
	return "canonical, comtrade, comtrade-json, comtrade-legacy, comtradr, "
	    "baci, imf, eurostat";
}

static const struct fmtspec *
spec_of(enum trade_format f)
{
	size_t i;

	for (i = 0; i < NSPECS; i++)
		if (specs[i].fmt == f)
			return &specs[i];
	return NULL;
}

struct trade_reader *
trade_open(const struct trade_opts *o, char *const *files, int nfiles)
{
	struct trade_reader *r = xcalloc(1, sizeof(*r));
	static char *const stdin_only[] = { "-" };

	r->o = *o;
	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	r->files = files;
	r->nfiles = nfiles;
	return r;
}

uint64_t
trade_size(const struct trade_reader *r)
{
	struct stat st;
	uint64_t n = 0;
	int i;

	for (i = 0; i < r->nfiles; i++) {
		if (strcmp(r->files[i], "-") == 0 ||
		    stat(r->files[i], &st) != 0 || !S_ISREG(st.st_mode))
			return 0;
		n += (uint64_t)st.st_size;
	}
	return n;
}

static void
close_file(struct trade_reader *r)
{
	size_t i;

	if (r->csv) {
		r->bytes_done += csvr_bytes(r->csv);
		csvr_close(r->csv);
		r->csv = NULL;
	}
	for (i = 0; i < NROLES; i++) {
		free(r->colname[i]);
		r->colname[i] = NULL;
	}
	free(r->pcol);
	free(r->pper);
	r->pcol = r->pper = NULL;
	r->npcol = 0;
	r->inrec = 0;
	r->currency[0] = '\0';
	if (r->json) {
		json_decref(r->json);
		r->json = NULL;
	}
	for (i = 0; i < r->njfields; i++)
		free(r->jfields[i]);
	for (i = 0; i < r->njfields && r->jvals; i++)
		free(r->jvals[i]);
	free(r->jfields);
	free(r->jvals);
	r->jfields = r->jvals = NULL;
	r->njfields = 0;
}

void
trade_close(struct trade_reader *r)
{
	int i;

	if (r == NULL)
		return;
	if (r->part) {		/* the rest is its template's */
		csvr_close(r->csv);
		free(r);
		return;
	}
	close_file(r);
	for (i = 0; i < 5; i++)
		free(r->skipmsg[i]);
	free(r->bmap);
	free(r->bres);
	free(r);
}

const char *
trade_error(const struct trade_reader *r)
{
	return r->err;
}

uint64_t
trade_skipped(const struct trade_reader *r)
{
	return r->nskipped;
}

void
trade_report_skipped(const struct trade_reader *r)
{
	uint64_t i;

	if (r->nskipped == 0)
		return;
	util_warn("skipped %llu unreadable row%s", (unsigned long long)r->nskipped,
	    r->nskipped == 1 ? "" : "s");
	for (i = 0; i < r->nskipped && i < 5; i++)
		util_warn("skipped: %s", r->skipmsg[i]);
	if (r->nskipped > 5)
		util_warn("skipped: ... and %llu more",
		    (unsigned long long)(r->nskipped - 5));
}

uint64_t
trade_bytes(const struct trade_reader *r)
{
	return r->bytes_done + (r->csv ? csvr_bytes(r->csv) : 0);
}

/* Does header name h match one of the '|' separated names in alts? */
static int
name_matches(const char *h, size_t hlen, const char *alts)
{
	const char *p = alts, *bar;
	size_t n;

	for (;;) {
		bar = strchr(p, '|');
		n = bar ? (size_t)(bar - p) : strlen(p);
		if (n == hlen && util_strcasecmp_n(h, p, n) == 0)
			return 1;
		if (bar == NULL)
			return 0;
		p = bar + 1;
	}
}

/* Find the roles of spec s in the current header; the number of required
 * roles found, or -1 for a duplicated column (error set). */
static int
match_header(struct trade_reader *r, const struct fmtspec *s, int set)
{
	size_t i, n = nfields(r), len;
	int k, found = 0, col[NROLES];

	for (k = 0; k < NROLES; k++)
		col[k] = -1;
	for (k = 0; k < NROLES; k++) {
		if (s->cols[k] == NULL)
			continue;
		for (i = 0; i < n; i++) {
			const char *h = fld(r, i, &len);

			if (!name_matches(h, len, s->cols[k]))
				continue;
			if (col[k] >= 0 && set) {
				rowerr(r, "column '%s' appears twice (columns "
				    "%d and %zu)", util_excerpt(h, len),
				    col[k] + 1, i + 1);
				return -1;
			}
			if (col[k] < 0)
				col[k] = (int)i;
		}
		if (col[k] >= 0 && (s->required & B(k)))
			found++;
	}
	if (set)
		for (k = 0; k < NROLES; k++) {
			r->col[k] = col[k];
			if (col[k] >= 0) {
				const char *h = fld(r, (size_t)col[k], &len);

				r->colname[k] = xstrndup(h, len);
			}
		}
	return found;
}

/* The IMF's period columns: header names that are periods. */
static int
imf_columns(struct trade_reader *r)
{
	size_t i, n = nfields(r), len;
	int p;

	r->pcol = xcalloc(n, sizeof(int));
	r->pper = xcalloc(n, sizeof(int));
	for (i = 0; i < n; i++) {
		const char *h = fld(r, i, &len);

		if (period_parse(h, len, &p) == 0) {
			r->pcol[r->npcol] = (int)i;
			r->pper[r->npcol] = p;
			r->npcol++;
		}
	}
	if (r->npcol == 0) {
		rowerr(r, "IMF file without period columns (such as '2023')");
		return -1;
	}
	return 0;
}

static int
set_format(struct trade_reader *r)
{
	const struct fmtspec *best = NULL;
	size_t i;
	int k, found;

	if (r->o.format != FMT_AUTO) {
		best = spec_of(r->o.format);
	} else {
		for (i = 0; i < NSPECS; i++) {
			if (specs[i].required == 0)
				continue;
			found = match_header(r, &specs[i], 0);
			if (found == util_popcount(specs[i].required)) {
				best = &specs[i];
				break;
			}
		}
	}
	if (best == NULL) {
		char seen[1200];
		size_t o = 0, len;

		seen[0] = '\0';
		for (i = 0; i < nfields(r) && o + 200 < sizeof(seen); i++) {
			const char *h = fld(r, i, &len);
			int w = snprintf(seen + o, sizeof(seen) - o, "%s%s",
			    i ? ", " : "", util_excerpt(h, len < 30 ? len : 30));

			if (w < 0 || (size_t)w >= sizeof(seen) - o)
				break;
			o += (size_t)w;
		}
		if (i < nfields(r) && o + 6 < sizeof(seen))
			snprintf(seen + o, sizeof(seen) - o, ", ...");
		rowerr(r, "header matches no known format; columns seen: %s; "
		    "formats known: %s (see --format)", seen,
		    trade_format_list());
		return -1;
	}
	if (match_header(r, best, 1) < 0)
		return -1;
	for (k = 0; k < NROLES; k++)
		if ((best->required & B(k)) && r->col[k] < 0) {
			rowerr(r, "%s file without a '%s' column (looked for: "
			    "%s)", best->name, role_names[k], best->cols[k]);
			return -1;
		}
	r->spec = best;
	if (r->o.source)
		snprintf(r->source, sizeof(r->source), "%s", r->o.source);
	else if (best->label)
		snprintf(r->source, sizeof(r->source), "%s", best->label);
	else
		r->source[0] = '\0';
	if (best->fmt == FMT_IMF && imf_columns(r) < 0)
		return -1;
	return 0;
}

/* Load BACI's country_codes file (three layouts seen) into r->bmap. */
static int
load_countries(struct trade_reader *r)
{
	const char *err;
	struct csvr *c = csvr_open(r->o.countries, 0, CSV_ENC_AUTO, &err);
	int ccode = -1, ciso = -1;
	size_t i, cap = 0;

	if (c == NULL) {
		snprintf(r->err, sizeof(r->err), "%s: %s", r->o.countries, err);
		return -1;
	}
	if (csvr_next(c) != 1) {
		snprintf(r->err, sizeof(r->err), "%s:1: empty country file",
		    r->o.countries);
		csvr_close(c);
		return -1;
	}
	for (i = 0; i < csvr_nfields(c); i++) {
		const char *h = csvr_field(c, i);

		if (util_strcasecmp(h, "country_code") == 0)
			ccode = (int)i;
		else if (util_strcasecmp(h, "iso_3digit_alpha") == 0 ||
		    util_strcasecmp(h, "country_iso3") == 0)
			ciso = (int)i;
	}
	if (ccode < 0 || ciso < 0) {
		snprintf(r->err, sizeof(r->err), "%s:1: a BACI country file "
		    "has columns country_code and country_iso3 (or "
		    "iso_3digit_alpha)", r->o.countries);
		csvr_close(c);
		return -1;
	}
	for (;;) {
		int st = csvr_next(c);
		const char *num, *iso;
		char *end;
		long v;

		if (st == 0)
			break;
		if (st < 0) {
			snprintf(r->err, sizeof(r->err), "%s", csvr_error(c));
			csvr_close(c);
			return -1;
		}
		num = csvr_field(c, (size_t)ccode);
		iso = csvr_field(c, (size_t)ciso);
		v = strtol(num, &end, 10);
		if (*num == '\0' || *end != '\0' || strlen(iso) >= CODE_MAX) {
			snprintf(r->err, sizeof(r->err), "%s:%llu: column "
			    "'country_code': not a code: '%s'", r->o.countries,
			    (unsigned long long)csvr_line(c),
			    util_excerpt(num, strlen(num)));
			csvr_close(c);
			return -1;
		}
		if (r->nbmap == cap) {
			cap = cap ? cap * 2 : 256;
			r->bmap = xrealloc(r->bmap, cap * sizeof(*r->bmap));
		}
		r->bmap[r->nbmap].num = v;
		snprintf(r->bmap[r->nbmap].iso, CODE_MAX, "%s", iso);
		r->nbmap++;
	}
	csvr_close(c);
	/* numbers resolved once, not per row: the first entry of a number
	 * whose ISO3 is known (an "N/A" falls through to the number) */
	r->bres = xcalloc(BDIRECT, sizeof(*r->bres));
	for (i = r->nbmap; i-- > 0;) {
		const struct country *k;

		if (r->bmap[i].num >= 0 && r->bmap[i].num < BDIRECT &&
		    (k = codes_lookup(r->bmap[i].iso,
		    strlen(r->bmap[i].iso))) != NULL)
			r->bres[r->bmap[i].num] = k;
	}
	return 0;
}

/* Turn a JSON value into text for a field. */
static char *
json_text(json_t *v)
{
	char buf[64];

	if (v == NULL || json_is_null(v))
		return xstrdup("");
	if (json_is_string(v))
		return xstrdup(json_string_value(v));
	if (json_is_integer(v)) {
		snprintf(buf, sizeof(buf), "%lld",
		    (long long)json_integer_value(v));
		return xstrdup(buf);
	}
	if (json_is_real(v)) {
		snprintf(buf, sizeof(buf), "%.17g", json_real_value(v));
		return xstrdup(buf);
	}
	if (json_is_true(v))
		return xstrdup("true");
	if (json_is_false(v))
		return xstrdup("false");
	return xstrdup("");
}

static int
open_json(struct trade_reader *r)
{
	json_error_t jerr;
	json_t *data, *first;
	const char *key;
	json_t *val;
	char *buf;
	size_t len, i;

	buf = csvr_slurp(r->csv, &len);
	if (buf == NULL) {
		snprintf(r->err, sizeof(r->err), "%s: read error", r->fname);
		return -1;
	}
	r->json = json_loadb(buf, len, 0, &jerr);
	free(buf);
	if (r->json == NULL) {
		snprintf(r->err, sizeof(r->err), "%s:%d:%d: not valid JSON: %s",
		    r->fname, jerr.line, jerr.column, jerr.text);
		return -1;
	}
	data = json_is_array(r->json) ? r->json :
	    json_object_get(r->json, "data");
	if (!json_is_array(data)) {
		json_t *e = json_object_get(r->json, "error");

		snprintf(r->err, sizeof(r->err), "%s: JSON without a \"data\" "
		    "array of records%s%s", r->fname,
		    json_is_string(e) ? "; the API said: " : "",
		    json_is_string(e) ? json_string_value(e) : "");
		return -1;
	}
	r->jcount = json_array_size(data);
	r->jnext = 0;
	if (r->jcount == 0)
		return 0;
	first = json_array_get(data, 0);
	if (!json_is_object(first)) {
		snprintf(r->err, sizeof(r->err), "%s:record 1: not a JSON object",
		    r->fname);
		return -1;
	}
	r->njfields = json_object_size(first);
	r->jfields = xcalloc(r->njfields, sizeof(char *));
	r->jvals = xcalloc(r->njfields, sizeof(char *));
	i = 0;
	json_object_foreach(first, key, val) {
		(void)val;
		r->jfields[i++] = xstrdup(key);
	}
	/* the header is the field names: match it like a CSV header */
	for (i = 0; i < r->njfields; i++)
		r->jvals[i] = xstrdup(r->jfields[i]);
	r->jline = 0;
	return 0;
}

static int
next_json(struct trade_reader *r)
{
	json_t *data = json_is_array(r->json) ? r->json :
	    json_object_get(r->json, "data");
	json_t *rec;
	size_t i;

	if (r->jnext >= r->jcount)
		return 0;
	rec = json_array_get(data, r->jnext++);
	r->jline = r->jnext;
	for (i = 0; i < r->njfields; i++) {
		free(r->jvals[i]);
		r->jvals[i] = NULL;
	}
	if (!json_is_object(rec)) {
		rowerr(r, "not a JSON object");
		return -1;
	}
	for (i = 0; i < r->njfields; i++)
		r->jvals[i] = json_text(json_object_get(rec, r->jfields[i]));
	return 1;
}

static int	canon_layout(const struct trade_reader *r);

int trade_canon_on = 1;

/* Open the next file and read its header (tradefmt.h). */
int
trade_open_next(struct trade_reader *r)
{
	const char *err, *head;
	size_t hlen, i;
	int st;
	enum trade_format forced = r->o.format;

	r->canon = 0;		/* until the header says */
	if (r->started) {
		close_file(r);
		r->fi++;
	}
	if (r->fi >= r->nfiles)
		return 0;
	r->started = 1;
	if (r->o.countries && r->bmap == NULL && load_countries(r) < 0)
		return -1;
	r->fname = strcmp(r->files[r->fi], "-") == 0 ? "<stdin>" :
	    r->files[r->fi];
	r->csv = csvr_open(r->files[r->fi], r->o.delim, r->o.enc, &err);
	if (r->csv == NULL) {
		snprintf(r->err, sizeof(r->err), "%s: %s", r->fname, err);
		return -1;
	}
	/* the literals are digit codes, which a row of any format can only
	 * match if its line holds them (an IMF row, always TOTAL, never
	 * does): skip the other lines from the first one after the header */
	if (r->o.nline_literals)
		csvr_prefilter(r->csv, r->o.line_literals,
		    r->o.nline_literals);
	head = csvr_head(r->csv, &hlen);
	for (i = 0; i < hlen && (head[i] == ' ' || head[i] == '\t' ||
	    head[i] == '\n' || head[i] == '\r'); i++)
		;
	if (hlen == 0) {
		snprintf(r->err, sizeof(r->err), "%s:1: empty file (no header "
		    "line)", r->fname);
		return -1;
	}
	if (i < hlen && (head[i] == '{' || head[i] == '[')) {
		if (forced != FMT_AUTO && forced != FMT_COMTRADE_JSON &&
		    forced != FMT_COMTRADE) {
			snprintf(r->err, sizeof(r->err), "%s: JSON input, but "
			    "--format %s", r->fname, trade_format_name(forced));
			return -1;
		}
		if (open_json(r) < 0)
			return -1;
		if (r->jcount == 0) {
			r->o.format = forced;
			return trade_open_next(r);
		}
		r->o.format = FMT_COMTRADE;
		st = set_format(r);
		r->o.format = forced;
		return st < 0 ? -1 : 1;
	}
	if (forced == FMT_COMTRADE_JSON) {
		snprintf(r->err, sizeof(r->err), "%s: --format comtrade-json, "
		    "but the file is not JSON", r->fname);
		return -1;
	}
	st = csvr_next(r->csv);
	sync_fields(r);
	if (st < 0) {
		snprintf(r->err, sizeof(r->err), "%s", csvr_error(r->csv));
		return -1;
	}
	if (st == 0) {
		snprintf(r->err, sizeof(r->err), "%s:1: empty file (no header "
		    "line)", r->fname);
		return -1;
	}
	r->nhead = csvr_nfields(r->csv);
	if (set_format(r) < 0)
		return -1;
	r->canon = trade_canon_on && canon_layout(r);
	codes_init();		/* canon_country()'s table */
	return 1;
}

/* Copy a short code known to fit (codes in the table, currencies). */
static void
copy_code(char *out, const char *code)
{
	while ((*out++ = *code++) != '\0')
		;
}

/* The code of a country found into out: one 8-byte store when it is
 * shorter than 8 bytes. */
static void
put_code(char *out, const struct country *c)
{
	const char *c8 = codes_code8(c);

	if (c8 != NULL)
		memcpy(out, c8, 8);
	else
		copy_code(out, c->code);
}

/* Whether s[0..3) are three capital letters. */
static int
upper3(const char *s)
{
	unsigned i;

	return codes_upper3(s, &i);
}

/* Whether the file is canonical with exactly its ten columns in their
 * order, and rows are wanted whole (canon_row() can take them). */
static int
canon_layout(const struct trade_reader *r)
{
	static const int order[10] = { R_PERIOD, R_REP_ISO, R_PAR_ISO,
	    R_FLOW, R_PRODUCT, R_VALUE, R_QTY, R_UNIT, R_CURRENCY, R_SOURCE };
	int k;

	if (r->spec->fmt != FMT_CANONICAL || r->nhead != 10 || r->o.names ||
	    r->o.keep_product || r->o.source)
		return 0;
	for (k = 0; k < 10; k++)
		if (r->col[order[k]] != k)
			return 0;
	return r->col[R_ROWS] < 0 && r->col[R_MONTHS] < 0 &&
	    r->col[R_MONTH_MASK] < 0;
}

/* A country of three capital letters that the table knows: its code
 * into out; 0, or -1 when map_row() must say what it is. */
static int
canon_country(const char *s, size_t len, char *out)
{
	unsigned i;
	uint64_t w;

	if (len != 3 || !codes_upper3(s, &i) || (w = codes_word3[i]) == 0)
		return -1;
	memcpy(out, &w, 8);
	return 0;
}

/*
 * The common canonical row (canon_layout()): every field in its usual
 * shape, read straight from the fields, to the row map_row() would give.
 * 0 done; -1 when a field is of another shape (empty, odd, bad): map_row()
 * reads the row instead, and says what is wrong with it.
 */
static int
canon_fields(struct trade_reader *r, const char *const *f, const size_t *l,
    uint64_t line, int padded, struct trade_row *row)
{
	size_t i;

	if (period_parse(f[0], l[0], &row->period) < 0 ||
	    canon_country(f[1], l[1], row->reporter) < 0 ||
	    canon_country(f[2], l[2], row->partner) < 0 || l[3] != 1 ||
	    (f[3][0] != 'M' && f[3][0] != 'X') || l[4] < 2 || l[4] > HS_MAX ||
	    l[4] % 2 != 0 || l[7] >= sizeof(row->unit) || (l[8] != 3 &&
	    l[8] != 0))
		return -1;
	row->flow = f[3][0] == 'M' ? FLOW_M : FLOW_X;
	for (i = 0; i < l[4]; i++)
		if ((unsigned)((row->product[i] = f[4][i]) - '0') > 9)
			return -1;
	row->product[l[4]] = '\0';
	if ((padded ? num_parse_padded(f[5], l[5], &row->value) :
	    num_parse(f[5], l[5], &row->value)) != NUM_OK || row->value < 0)
		return -1;
	row->quantity = NAN;
	if (l[6] > 0 && (padded ? num_parse_padded(f[6], l[6],
	    &row->quantity) : num_parse(f[6], l[6], &row->quantity)) !=
	    NUM_OK)
		return -1;
	for (i = 0; i < l[7]; i++)
		if ((unsigned char)(row->unit[i] = f[7][i]) >= 0x80)
			return -1;
	if (l[7] > 0 && (f[7][0] == 'N' || f[7][0] == '-'))
		return -1;	/* No Quantity, N/A, -1 */
	row->unit[l[7]] = '\0';
	memset(row->currency, 0, sizeof(row->currency));
	if (l[8] == 0)
		memcpy(row->currency, "USD", 4);
	else if (!upper3(f[8]))
		return -1;
	else
		memcpy(row->currency, f[8], 3);
	row->source = f[9];
	row->rows = 1;
	row->months = row->month_mask = 0;
	row->reporter_name = row->partner_name = NULL;
	row->file = r->fname;
	row->line = line;
	row->format = FMT_CANONICAL;
	return 0;
}

static int
canon_row(struct trade_reader *r, struct trade_row *row)
{
	return canon_fields(r, r->fv, r->fl, csvr_line(r->csv), 0, row);
}

/*
 * canon_fields() on the next line where it lies in the reader's chunk
 * (csvr_peek()), not made a record first: 1 a row; 0 when the line is
 * not a plain one of ten common fields, and csvr_next() takes it.
 */
static int
canon_line(struct trade_reader *r, struct trade_row *row)
{
	char *f[10];
	size_t l[10], take;

	if (csvr_peek(r->csv, f, l, 10, &take) != 10 ||
	    canon_fields(r, (const char *const *)f, l,
	    csvr_next_line(r->csv), 1, row) < 0)
		return 0;
	f[9][l[9]] = '\0';	/* the source's end */
	csvr_take(r->csv, take);
	return 1;
}

/* A country from the ISO, code and name roles (first that is set). */
static int
get_country(struct trade_reader *r, int iso, int code, int name, char *out)
{
	int roles[3] = { iso, code, name }, k, first = -1;
	size_t len;
	const char *s;
	const struct country *c;

	if (r->spec->fmt == FMT_CANONICAL) {
		/* an empty cell is a roll-up over every country */
		(void)fld(r, (size_t)r->col[iso], &len);
		if (len == 0) {
			out[0] = '\0';
			return 0;
		}
	}

	for (k = 0; k < 3; k++) {
		if (r->col[roles[k]] < 0)
			continue;
		s = fld(r, (size_t)r->col[roles[k]], &len);
		if (len == 0 || (len == 2 && s[0] == 'N' && s[1] == 'A'))
			continue;
		if (first < 0)
			first = roles[k];
		if (r->spec->fmt == FMT_BACI && r->nbmap > 0 && roles[k] == code) {
			const char *end = s;
			long v = 0;
			size_t i;

			while (end < s + len && *end >= '0' && *end <= '9' &&
			    v < 100000000000L)
				v = v * 10 + (*end++ - '0');
			if (end == s + len && v < BDIRECT) {
				if ((c = r->bres[v]) != NULL) {
					put_code(out, c);
					return 0;
				}
			} else if (end == s + len)
				for (i = 0; i < r->nbmap; i++)
					/* an iso3 of "N/A" (490 in V2022-3)
					 * falls through to the numeric code */
					if (r->bmap[i].num == v && (c =
					    codes_lookup(r->bmap[i].iso,
					    strlen(r->bmap[i].iso))) != NULL) {
						put_code(out, c);
						return 0;
					}
		}
		if ((c = codes_lookup(s, len)) != NULL) {
			put_code(out, c);
			return 0;
		}
	}
	if (first < 0) {
		rowerr(r, "column '%s': empty", r->colname[iso >= 0 &&
		    r->col[iso] >= 0 ? iso : code >= 0 && r->col[code] >= 0 ?
		    code : name]);
		return -1;
	}
	if (r->o.unknown_keep) {
		s = fld(r, (size_t)r->col[first], &len);
		if (len >= CODE_MAX) {
			colerr(r, first, "unknown country code, too long to keep");
			return -1;
		}
		memcpy(out, s, len);
		out[len] = '\0';
		return 0;
	}
	colerr(r, first, "unknown country code (--unknown keep passes it "
	    "through)");
	return -1;
}

/* A country's name: the file's, or the table's, or "". */
static const char *
row_name(struct trade_reader *r, int role, const char *code)
{
	const struct country *c;
	size_t len;

	if (r->col[role] >= 0) {
		const char *v = fld(r, (size_t)r->col[role], &len);

		if (len > 0)
			return v;
	}
	c = codes_find(code);
	return c ? c->name : "";
}

/* Read the common roles into row; 0 ok, 1 not wanted (keep_product),
 * -1 error (r->err). */
static int
map_row(struct trade_reader *r, struct trade_row *row)
{
	const struct fmtspec *s = r->spec;
	const char *v;
	size_t len;
	double d;
	enum num_status st;
	int p, ok = -1;

	/* the fields set below or read as strings; the currency is
	 * compared as its 8 NUL-padded bytes (not a memset of the row: a
	 * rep stos costs more than these stores) */
	row->period = 0;
	row->reporter[0] = row->partner[0] = row->product[0] = '\0';
	row->unit[0] = '\0';
	memset(row->currency, 0, sizeof(row->currency));
	row->flow = FLOW_NONE;
	row->value = 0;
	row->quantity = NAN;
	row->rows = 1;
	row->months = row->month_mask = 0;
	/* product */
	if (s->fmt == FMT_IMF)
		strcpy(row->product, "TOTAL");
	else {
		v = fld(r, (size_t)r->col[R_PRODUCT], &len);
		if (len == 0 && s->fmt == FMT_CANONICAL)
			row->product[0] = '\0';	/* every product */
		else if (hs_parse(v, len, row->product) < 0) {
			colerr(r, R_PRODUCT, "not an HS code (want digits or "
			    "TOTAL)");
			return -1;
		}
	}
	/* a program's filter on the product: the rest of a row it does not
	 * want is not read */
	if (r->o.keep_product && !r->o.keep_product(row->product,
	    r->o.keep_arg))
		return 1;
	/* period */
	len = 1;
	if (s->fmt == FMT_CANONICAL)
		(void)fld(r, (size_t)r->col[R_PERIOD], &len);
	if (len == 0)
		row->period = 0;	/* a roll-up over every period */
	else if (s->fmt != FMT_IMF) {
		int k;

		for (k = R_PERIOD; k <= R_PERIOD2 && ok < 0; k++) {
			if (r->col[k] < 0)
				continue;
			v = fld(r, (size_t)r->col[k], &len);
			if (r->spec->fmt == FMT_COMTRADE && k == R_PERIOD2 &&
			    len == 8)
				len = 6;	/* refPeriodId 20230401 */
			ok = period_parse(v, len, &p);
		}
		if (ok < 0 && r->col[R_YEAR] >= 0) {
			int y, m = 0;

			v = fld(r, (size_t)r->col[R_YEAR], &len);
			if (period_parse(v, len, &y) == 0 && y % 100 == 0) {
				if (r->col[R_MONTH] >= 0) {
					v = fld(r, (size_t)r->col[R_MONTH], &len);
					m = atoi(v);
					if (m < 1 || m > 12)
						m = 0;	/* 52: annual */
				}
				p = y + m;
				ok = 0;
			}
		}
		if (ok < 0) {
			colerr(r, R_PERIOD, "not a period (want YYYY or "
			    "YYYY-MM)");
			return -1;
		}
		row->period = p;
	}
	/* countries */
	if (get_country(r, R_REP_ISO, R_REP_CODE, R_REP_NAME, row->reporter) < 0 ||
	    get_country(r, R_PAR_ISO, R_PAR_CODE, R_PAR_NAME, row->partner) < 0)
		return -1;
	/* flow */
	if (s->flow != FLOW_NONE)
		row->flow = s->flow;
	else {
		v = fld(r, (size_t)r->col[R_FLOW], &len);
		row->flow = flow_parse(v, len);
		if (len == 0 && s->fmt == FMT_CANONICAL)
			;	/* a roll-up over both flows */
		else if (row->flow == FLOW_NONE && r->col[R_FLOW2] >= 0) {
			v = fld(r, (size_t)r->col[R_FLOW2], &len);
			row->flow = flow_parse(v, len);
		}
		if (row->flow == FLOW_NONE &&
		    !(len == 0 && s->fmt == FMT_CANONICAL)) {
			colerr(r, R_FLOW, "not a trade flow (want M, X, RM, RX "
			    "or Import, Export...)");
			return -1;
		}
	}
	/* value */
	if (s->fmt != FMT_IMF) {
		v = fld(r, (size_t)r->col[R_VALUE], &len);
		st = num_parse_scaled(v, len, s->pow10, &d);
		if (st != NUM_OK) {
			colerr(r, R_VALUE, st == NUM_EMPTY ? "empty value" :
			    num_strerror(st));
			return -1;
		}
		if (d < 0) {
			colerr(r, R_VALUE, "negative trade value");
			return -1;
		}
		row->value = d;
	}
	/* quantity and unit */
	if (r->col[R_UNIT] >= 0) {
		v = fld(r, (size_t)r->col[R_UNIT], &len);
		if (len >= sizeof(row->unit))
			len = sizeof(row->unit) - 1;
		while (len > 0 && ((unsigned char)v[len] & 0xc0) == 0x80)
			len--;	/* cut on a character boundary */
		memcpy(row->unit, v, len);
		row->unit[len] = '\0';
	} else if (s->unit)
		strcpy(row->unit, s->unit);
	if (r->col[R_QTY] >= 0) {
		v = fld(r, (size_t)r->col[R_QTY], &len);
		if (!(len == 2 && v[0] == 'N' && v[1] == 'A')) {
			st = num_parse(v, len, &d);
			if (st == NUM_OK)
				row->quantity = d;
			else if (st != NUM_EMPTY) {
				colerr(r, R_QTY, num_strerror(st));
				return -1;
			}
		}
	}
	if ((row->unit[0] == 'N' || row->unit[0] == '-') &&
	    (strcmp(row->unit, "No Quantity") == 0 ||
	    strcmp(row->unit, "N/A") == 0 || strcmp(row->unit, "-1") == 0)) {
		row->unit[0] = '\0';
		row->quantity = NAN;
	}
	if (row->unit[0] == '\0' && row->quantity == row->quantity &&
	    row->quantity == 0 && s->fmt != FMT_CANONICAL)
		row->quantity = NAN;
	/* currency */
	if (r->col[R_CURRENCY] >= 0) {
		v = fld(r, (size_t)r->col[R_CURRENCY], &len);
		if (len == 0)
			strcpy(row->currency, "USD");
		else if (len != 3 || !upper3(v)) {
			colerr(r, R_CURRENCY, "not a currency code (want ISO "
			    "4217, such as USD)");
			return -1;
		} else
			memcpy(row->currency, v, 4);
	} else
		copy_code(row->currency, r->currency[0] ? r->currency :
		    s->currency ? s->currency : "USD");
	/* source */
	row->source = r->source;
	if (r->col[R_SOURCE] >= 0 && r->o.source == NULL) {
		v = fld(r, (size_t)r->col[R_SOURCE], &len);
		row->source = v;
	}
	/* roll-up columns */
	if (r->col[R_ROWS] >= 0) {
		v = fld(r, (size_t)r->col[R_ROWS], &len);
		if (len > 0) {
			if (num_parse(v, len, &d) != NUM_OK || d < 0 ||
			    d != floor(d)) {
				colerr(r, R_ROWS, "not a count");
				return -1;
			}
			row->rows = d;
		}
	}
	if (r->col[R_MONTHS] >= 0) {
		v = fld(r, (size_t)r->col[R_MONTHS], &len);
		if (len > 0) {
			char *end;
			long m = strtol(v, &end, 10);

			if (end != v + len || m < 0 || m > 12) {
				colerr(r, R_MONTHS, "not a count of months");
				return -1;
			}
			row->months = (int)m;
		}
	}
	if (r->col[R_MONTH_MASK] >= 0) {
		v = fld(r, (size_t)r->col[R_MONTH_MASK], &len);
		if (len > 0) {
			char *end;
			long m = strtol(v, &end, 16);

			if (end != v + len || m < 0 || m > 0xfff) {
				colerr(r, R_MONTH_MASK, "not a month mask");
				return -1;
			}
			row->month_mask = (int)m;
		}
	}
	if (r->o.names) {
		row->reporter_name = row_name(r, R_REP_NAME, row->reporter);
		row->partner_name = row_name(r, R_PAR_NAME, row->partner);
	} else
		row->reporter_name = row->partner_name = NULL;
	row->file = r->fname;
	row->line = curline(r);
	row->format = s->fmt;
	return 0;
}

/* IMF: scale and currency of the current record. */
static int
imf_record(struct trade_reader *r)
{
	const char *v;
	size_t len;
	int p10 = 0;

	if (r->col[R_SCALE] >= 0) {
		char *end;

		v = fld(r, (size_t)r->col[R_SCALE], &len);
		p10 = (int)strtol(v, &end, 10);
		if (len == 0 || end != v + len || p10 < 0 || p10 > 12) {
			colerr(r, R_SCALE, "not a power of ten");
			return -1;
		}
	} else if (r->col[R_SCALE_TEXT] >= 0) {
		v = fld(r, (size_t)r->col[R_SCALE_TEXT], &len);
		if (util_strcasecmp_n(v, "units", len) == 0 && len == 5)
			p10 = 0;
		else if (len == 9 && util_strcasecmp_n(v, "thousands", 9) == 0)
			p10 = 3;
		else if (len == 8 && util_strcasecmp_n(v, "millions", 8) == 0)
			p10 = 6;
		else if (len == 8 && util_strcasecmp_n(v, "billions", 8) == 0)
			p10 = 9;
		else {
			colerr(r, R_SCALE_TEXT, "unknown scale (want Units, "
			    "Thousands, Millions or Billions)");
			return -1;
		}
	}
	r->imf_pow10 = p10;
	v = fld(r, (size_t)r->col[R_INDICATOR], &len);
	if (len >= 4 && v[len - 4] == '_')
		snprintf(r->currency, sizeof(r->currency), "%.3s", v + len - 3);
	else {
		colerr(r, R_INDICATOR, "indicator without a currency suffix "
		    "(such as MG_CIF_USD)");
		return -1;
	}
	return 0;
}

static void
skip_note(struct trade_reader *r)
{
	if (r->nskipped < 5)
		r->skipmsg[r->nskipped] = xstrdup(r->err);
	r->nskipped++;
	r->err[0] = '\0';
}

static int
next_record(struct trade_reader *r)
{
	int st;

	if (r->json)
		return next_json(r);
	st = csvr_next(r->csv);
	sync_fields(r);
	if (st < 0)
		snprintf(r->err, sizeof(r->err), "%s", csvr_error(r->csv));
	return st;
}

int
trade_next(struct trade_reader *r, struct trade_row *row)
{
	int st;
	size_t len;
	const char *v;

	if (r->failed)
		return -1;
	for (;;) {
		if (r->part && r->csv == NULL)
			return 0;
		if (!r->started || (r->csv == NULL && r->json == NULL)) {
			st = trade_open_next(r);
			if (st <= 0) {
				r->failed = st < 0;
				return st;
			}
		}
		/* IMF: the rest of the current record's period columns */
		if (r->spec->fmt == FMT_IMF && r->inrec) {
			while (r->pnext < r->npcol) {
				size_t k = r->pnext++;
				enum num_status ns;
				double d;

				v = fld(r, (size_t)r->pcol[k], &len);
				ns = num_parse_scaled(v, len, r->imf_pow10, &d);
				if (ns == NUM_EMPTY)
					continue;	/* missing, not zero */
				if ((st = map_row(r, row)) < 0)
					goto bad;
				if (st > 0) {
					r->pnext = r->npcol;	/* not wanted */
					continue;
				}
				if (ns != NUM_OK || d < 0) {
					const char *h = r->json ? "" :
					    csvr_field(r->csv, 0);

					(void)h;
					rowerr(r, "column '%d': %s: '%s'",
					    r->pper[k] / 100, ns == NUM_OK ?
					    "negative trade value" :
					    num_strerror(ns),
					    util_excerpt(v, len));
					goto bad;
				}
				row->period = r->pper[k];
				row->value = d;
				return 1;
			}
			r->inrec = 0;
		}
		if (r->canon && canon_line(r, row))
			return 1;
		st = next_record(r);
		if (st == 0) {
			if (r->json) {
				json_decref(r->json);
				r->json = NULL;
			}
			if (r->csv) {
				r->bytes_done += csvr_bytes(r->csv);
				r->part_lines = csvr_next_line(r->csv) - 1;
				csvr_close(r->csv);
				r->csv = NULL;
			}
			continue;
		}
		if (st < 0) {
			r->failed = 1;
			return -1;
		}
		if (r->json == NULL && csvr_nfields(r->csv) != r->nhead) {
			rowerr(r, "ragged row: %zu field%s where the header has "
			    "%zu", csvr_nfields(r->csv), csvr_nfields(r->csv) ==
			    1 ? "" : "s", r->nhead);
			goto bad;
		}
		if (r->spec->fmt == FMT_IMF) {
			if (imf_record(r) < 0)
				goto bad;
			r->inrec = 1;
			r->pnext = 0;
			continue;
		}
		if (r->canon && canon_row(r, row) == 0)
			return 1;
		if ((st = map_row(r, row)) < 0)
			goto bad;
		if (st > 0)
			continue;
		return 1;
bad:
		if (!r->o.skip_bad) {
			r->failed = 1;
			return -1;
		}
		skip_note(r);
		r->inrec = 0;
	}
}

void
trade_write_header(struct csvw *w)
{
	csvw_header(w, "period,reporter,partner,flow,product,value,quantity,"
	    "unit,currency,source");
}

void
trade_write_row(struct csvw *w, const struct trade_row *row)
{
	trade_write_fields(w, row);
	csvw_end(w);
}

void
trade_write_fields(struct csvw *w, const struct trade_row *row)
{
	char pbuf[PERIOD_BUFSZ];

	csvw_str(w, row->period ? period_format(row->period, pbuf) : "");
	csvw_str(w, row->reporter);
	csvw_str(w, row->partner);
	csvw_str(w, flow_code(row->flow));
	csvw_str(w, row->product);
	csvw_num(w, row->value);
	csvw_num(w, row->quantity);
	csvw_str(w, row->unit);
	csvw_str(w, row->currency);
	csvw_str(w, row->source ? row->source : "");
}
