/*
 * fmt_comtrade_json.c - UN Comtrade's current API as it answers: JSON,
 * {"data": [records...]} (or a bare array of records), read whole (a
 * response is one page).  The records hold the API's CSV fields
 * (fmt_comtrade.c), by the same names: the first record's names are the
 * header, and every record becomes a record of those fields, mapped as
 * the CSV's.  Told by its first byte, '{' or '['.
 */
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tradefmt.h"
#include "util.h"

struct json_state {
	json_t		 *root;
	json_t		 *data;		/* the array of records */
	size_t		  next, count;
	char		**fields;	/* the first record's names */
	char		**vals;		/* the current record's values */
	size_t		 *lens;
	size_t		  nfields;
};

static int
json_sniff(struct trade_reader *r, const char *head, size_t len)
{
	enum trade_format forced = r->o.format;
	int json = len > 0 && (head[0] == '{' || head[0] == '[');

	if (json && forced != FMT_AUTO && forced != FMT_COMTRADE_JSON &&
	    forced != FMT_COMTRADE) {
		snprintf(r->err, sizeof(r->err), "%s: JSON input, but "
		    "--format %s", r->fname, trade_format_name(forced));
		return -1;
	}
	if (!json && forced == FMT_COMTRADE_JSON) {
		snprintf(r->err, sizeof(r->err), "%s: --format comtrade-json, "
		    "but the file is not JSON", r->fname);
		return -1;
	}
	return json;
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

static void
json_close(struct trade_reader *r)
{
	struct json_state *j = r->owndata;
	size_t i;

	if (j == NULL)
		return;
	json_decref(j->root);
	for (i = 0; i < j->nfields; i++) {
		free(j->fields[i]);
		free(j->vals[i]);
	}
	free(j->fields);
	free(j->vals);
	free(j->lens);
	free(j);
	r->owndata = NULL;
	r->nf = 0;
}

/* The current record's fields, for the reader. */
static void
json_expose(struct trade_reader *r, struct json_state *j)
{
	size_t i;

	for (i = 0; i < j->nfields; i++)
		j->lens[i] = strlen(j->vals[i]);
	r->fv = (const char *const *)j->vals;
	r->fl = j->lens;
	r->nf = j->nfields;
}

static int
json_open(struct trade_reader *r)
{
	struct json_state *j;
	json_error_t jerr;
	json_t *first, *val;
	const char *key;
	char *buf;
	size_t len, i;

	r->own = &fmt_comtrade_json;
	r->owndata = j = xcalloc(1, sizeof(*j));
	r->recno = 0;
	buf = csvr_slurp(r->csv, &len);
	if (buf == NULL) {
		snprintf(r->err, sizeof(r->err), "%s: read error", r->fname);
		return -1;
	}
	j->root = json_loadb(buf, len, 0, &jerr);
	free(buf);
	if (j->root == NULL) {
		snprintf(r->err, sizeof(r->err), "%s:%d:%d: not valid JSON: %s",
		    r->fname, jerr.line, jerr.column, jerr.text);
		return -1;
	}
	j->data = json_is_array(j->root) ? j->root :
	    json_object_get(j->root, "data");
	if (!json_is_array(j->data)) {
		json_t *e = json_object_get(j->root, "error");

		snprintf(r->err, sizeof(r->err), "%s: JSON without a \"data\" "
		    "array of records%s%s", r->fname,
		    json_is_string(e) ? "; the API said: " : "",
		    json_is_string(e) ? json_string_value(e) : "");
		return -1;
	}
	j->count = json_array_size(j->data);
	if (j->count == 0)
		return 0;
	first = json_array_get(j->data, 0);
	if (!json_is_object(first)) {
		snprintf(r->err, sizeof(r->err), "%s:record 1: not a JSON "
		    "object", r->fname);
		return -1;
	}
	j->nfields = json_object_size(first);
	j->fields = xcalloc(j->nfields, sizeof(char *));
	j->vals = xcalloc(j->nfields, sizeof(char *));
	j->lens = xcalloc(j->nfields, sizeof(size_t));
	i = 0;
	json_object_foreach(first, key, val) {
		(void)val;
		j->fields[i++] = xstrdup(key);
	}
	/* the header is the field names: match it like a CSV header */
	for (i = 0; i < j->nfields; i++)
		j->vals[i] = xstrdup(j->fields[i]);
	json_expose(r, j);
	return trade_set_format(r, &fmt_comtrade) < 0 ? -1 : 1;
}

static int
json_next(struct trade_reader *r)
{
	struct json_state *j = r->owndata;
	json_t *rec;
	size_t i;

	if (j->next >= j->count)
		return 0;
	rec = json_array_get(j->data, j->next++);
	r->recno = j->next;
	if (!json_is_object(rec)) {
		r->nf = 0;
		trade_rowerr(r, "not a JSON object");
		return -1;
	}
	for (i = 0; i < j->nfields; i++) {
		free(j->vals[i]);
		j->vals[i] = json_text(json_object_get(rec, j->fields[i]));
	}
	json_expose(r, j);
	return 1;
}

const struct trade_format_ops fmt_comtrade_json = {
	.fmt = FMT_COMTRADE_JSON,
	.name = "comtrade-json",
	.label = "UN Comtrade",
	.currency = "USD",
	.flow = FLOW_NONE,
	.sniff = json_sniff,
	.open = json_open,
	.next = json_next,
	.close = json_close,
};
