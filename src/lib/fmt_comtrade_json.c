/*
 * fmt_comtrade_json.c - UN Comtrade's current API as it answers: JSON,
 * {"data": [records...]} (or a bare array of records).  The records hold
 * the API's CSV fields (fmt_comtrade.c), by the same names: the first
 * record's names are the header, and every record becomes a record of
 * those fields, mapped as the CSV's.  Told by its first byte, '{' or '['.
 *
 * Read as a stream: a scanner walks the bytes, finds each element of the
 * "data" array and hands that element alone to jansson, so memory holds
 * one record however large the response (a whole 62 MB response read
 * with json_loadb() took 480 MB).  The other members of the object are
 * scanned too; the API's "error" is kept for the message when there is
 * no "data".  fmt_comtrade_json_scan() is the same scanner on a buffer,
 * for trade-fetch's checks of a response (fmt_comtrade_json.h).
 */
#include <errno.h>
#include <jansson.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fmt_comtrade_json.h"
#include "num.h"
#include "source.h"
#include "tradefmt.h"
#include "util.h"

#define JBUF		(256 * 1024)
#define KEEP_MAX	65536	/* bytes kept of a member beside "data" */

struct json_state {
	int		  fd;		/* the rest of the bytes after the head */
	char		 *in;
	size_t		  ilen, ipos, icap;
	int		  eof;
	unsigned long long line;	/* of the next byte */
	unsigned long	  col;
	int		  obj;		/* the top level is an object */
	int		  state;	/* 0 before the first element, 1 after
					 * one, 2 the array closed */
	char		 *val;		/* the value scanned */
	size_t		  vlen, vcap;
	unsigned long long vline;
	unsigned long	  vcol;
	json_t		 *first;	/* the first record, for next() */
	char		  api[256];	/* the API's "error" */
	size_t		  next;
	char		**fields;	/* the first record's names */
	char		**vals;		/* the current record's values */
	size_t		 *lens;
	size_t		  nfields;
	json_t		 *rest;		/* the other members, when wanted */
	char		 *err;		/* where a message goes */
	size_t		  errsz;
	const char	 *fname;	/* its file, NULL for the bare words */
	unsigned long long eline;	/* where the JSON went wrong */
	unsigned long	  ecol;
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

static int
bad_json(struct json_state *j, unsigned long long line, unsigned long col,
    const char *what)
{
	j->eline = line;
	j->ecol = col;
	if (j->fname != NULL)
		snprintf(j->err, j->errsz, "%s:%llu:%lu: not valid JSON: %s",
		    j->fname, line, col, what);
	else
		snprintf(j->err, j->errsz, "%s", what);
	return -1;
}

/* The next byte, not taken; -1 at the end, -2 on a read error. */
static int
peekc(struct json_state *j)
{
	ssize_t k;

	if (j->ipos < j->ilen)
		return (unsigned char)j->in[j->ipos];
	if (j->eof)
		return -1;
	do
		k = j->fd >= 0 ? read(j->fd, j->in, j->icap) : 0;
	while (k < 0 && errno == EINTR);
	if (k < 0) {
		j->eline = j->line;
		j->ecol = j->col;
		snprintf(j->err, j->errsz, "%s%sread error: %s", j->fname ?
		    j->fname : "", j->fname ? ": " : "", strerror(errno));
		return -2;
	}
	if (k == 0) {
		j->eof = 1;
		return -1;
	}
	j->ilen = (size_t)k;
	j->ipos = 0;
	return (unsigned char)j->in[0];
}

static void
takec(struct json_state *j)
{
	if (j->in[j->ipos++] == '\n') {
		j->line++;
		j->col = 1;
	} else
		j->col++;
}

static int
skip_ws(struct json_state *j)
{
	int c;

	while ((c = peekc(j)) == ' ' || c == '\t' || c == '\n' ||
	    c == '\r')
		takec(j);
	return c;
}

static void
keep(struct json_state *j, int c, size_t max)
{
	if (j->vlen >= max)
		return;
	if (j->vlen + 1 >= j->vcap) {
		j->vcap = j->vcap ? j->vcap * 2 : 4096;
		j->val = xrealloc(j->val, j->vcap);
	}
	j->val[j->vlen++] = (char)c;
}

/*
 * Scan one value into j->val (its first max bytes): an object or array
 * to its matching end, a string, or a scalar.  jansson checks what is
 * kept; the scan only finds where a value ends.  0, or -1 (j->err).
 */
static int
scan_value(struct json_state *j, size_t max)
{
	int c, depth = 0, instr = 0, esc = 0;

	j->vlen = 0;
	if ((c = skip_ws(j)) < 0)
		return c == -2 ? -1 : bad_json(j, j->line, j->col,
		    "the input ends where a value should be");
	j->vline = j->line;
	j->vcol = j->col;
	if (c != '{' && c != '[' && c != '"') {
		while ((c = peekc(j)) >= 0 && c != ',' && c != ']' &&
		    c != '}' && c != ' ' && c != '\t' && c != '\n' &&
		    c != '\r') {
			keep(j, c, max);
			takec(j);
		}
		return c == -2 ? -1 : 0;
	}
	for (;;) {
		if ((c = peekc(j)) < 0)
			return c == -2 ? -1 : bad_json(j, j->line, j->col,
			    "the input ends inside a value");
		keep(j, c, max);
		takec(j);
		if (instr) {
			if (esc)
				esc = 0;
			else if (c == '\\')
				esc = 1;
			else if (c == '"')
				instr = 0;
			else
				continue;
			if (!instr && depth == 0)
				return 0;
			continue;
		}
		if (c == '"')
			instr = 1;
		else if (c == '{' || c == '[')
			depth++;
		else if (c == '}' || c == ']') {
			if (--depth == 0)
				return 0;
		}
	}
}

/* Parse the value scanned; NULL with j->err. */
static json_t *
parse_value(struct json_state *j)
{
	json_error_t jerr;
	json_t *v = json_loadb(j->val, j->vlen, JSON_DECODE_ANY, &jerr);

	if (v == NULL)
		bad_json(j, j->vline + (unsigned long long)jerr.line - 1,
		    jerr.line == 1 ? j->vcol + (unsigned long)jerr.column - 1 :
		    (unsigned long)jerr.column, jerr.text);
	return v;
}

/* The bytes after the JSON are blanks only: 0, or -1 (j->err). */
static int
at_end(struct json_state *j)
{
	int c = skip_ws(j);

	if (c == -2)
		return -1;
	if (c >= 0)
		return bad_json(j, j->line, j->col, "more after the end of "
		    "the JSON");
	return 0;
}

/*
 * The members of the top object: before the data (after is 0), up to
 * the "data" array, whose '[' is taken (1), or to the end of the object
 * (0); after the data, to the end of the object (0).  -1 on an error.
 * The API's "error" goes to j->api; with j->rest, every member under
 * KEEP_MAX bytes but the data goes there too.
 */
static int
members(struct json_state *j, int after)
{
	int c, first = !after, isdata, iserr;
	json_t *v, *name = NULL;

	for (;;) {
		if ((c = skip_ws(j)) == '}') {
			takec(j);
			return at_end(j) < 0 ? -1 : 0;
		}
		if (!first) {
			if (c != ',')
				return c == -2 ? -1 : bad_json(j, j->line,
				    j->col, "',' or '}' expected");
			takec(j);
			c = skip_ws(j);
		}
		first = 0;
		if (c != '"')
			return c == -2 ? -1 : bad_json(j, j->line, j->col,
			    "a member's name expected");
		if (scan_value(j, KEEP_MAX) < 0)
			return -1;
		isdata = j->vlen == 6 && memcmp(j->val, "\"data\"", 6) == 0;
		iserr = j->vlen == 7 && memcmp(j->val, "\"error\"", 7) == 0;
		if (j->rest != NULL && !isdata && (name = parse_value(j)) ==
		    NULL)
			return -1;
		if ((c = skip_ws(j)) != ':') {
			json_decref(name);
			return c == -2 ? -1 : bad_json(j, j->line, j->col,
			    "':' expected");
		}
		takec(j);
		c = skip_ws(j);
		if (isdata && !after && c == '[') {
			takec(j);
			return 1;
		}
		if (scan_value(j, KEEP_MAX) < 0) {
			json_decref(name);
			return -1;
		}
		if ((iserr || name != NULL) && j->vlen < KEEP_MAX) {
			if ((v = parse_value(j)) == NULL) {
				json_decref(name);
				return -1;
			}
			if (iserr && json_is_string(v))
				snprintf(j->api, sizeof(j->api), "%s",
				    json_string_value(v));
			if (json_is_string(name))
				json_object_set(j->rest,
				    json_string_value(name), v);
			json_decref(v);
		}
		json_decref(name);
		name = NULL;
	}
}

/* The top level up to the first element: 1 at the data array (or a bare
 * array), 0 for an object without one, -1 on an error. */
static int
top(struct json_state *j)
{
	int c = skip_ws(j);

	if (c == -2)
		return -1;
	if (c != '{' && c != '[')
		return bad_json(j, j->line, j->col, c < 0 ? "the input ends "
		    "where a value should be" : "'{' or '[' expected");
	takec(j);
	if (c == '[')
		return 1;
	j->obj = 1;
	return members(j, 0);
}

/* The next element of the data array: 1 (*rec, the caller's), 0 at its
 * end, -1 on an error. */
static int
element(struct json_state *j, json_t **rec)
{
	int c;

	if (j->state == 2)
		return 0;
	c = skip_ws(j);
	if (j->state == 1 && c == ',') {
		takec(j);
		c = skip_ws(j);
	} else if (c == ']') {
		takec(j);
		j->state = 2;
		if (j->obj)
			return members(j, 1) < 0 ? -1 : 0;
		return at_end(j) < 0 ? -1 : 0;
	} else if (j->state == 1)
		return c == -2 ? -1 : bad_json(j, j->line, j->col,
		    "',' or ']' expected");
	if (c == ']')
		return bad_json(j, j->line, j->col, "a value expected");
	if (scan_value(j, (size_t)-1) < 0 ||
	    (*rec = parse_value(j)) == NULL)
		return -1;
	j->state = 1;
	return 1;
}

/* Turn a JSON value into text for a field. */
static char *
json_text(json_t *v)
{
	char buf[NUM_BUFSZ];

	if (v == NULL || json_is_null(v))
		return xstrdup("");
	if (json_is_string(v))
		return xstrdup(json_string_value(v));
	if (json_is_integer(v)) {
		snprintf(buf, sizeof(buf), "%lld",
		    (long long)json_integer_value(v));
		return xstrdup(buf);
	}
	/* the shortest digits that read back: 0.1, not the
	 * 0.10000000000000001 of %.17g, in the messages that quote it */
	if (json_is_real(v))
		return xstrdup(num_format_exact(json_real_value(v), buf));
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
	json_decref(j->first);
	for (i = 0; i < j->nfields; i++) {
		free(j->fields[i]);
		free(j->vals[i]);
	}
	free(j->fields);
	free(j->vals);
	free(j->lens);
	free(j->in);
	free(j->val);
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
	json_t *val;
	const char *key, *head;
	size_t hlen, i;
	int st;

	r->own = &fmt_comtrade_json;
	r->owndata = j = xcalloc(1, sizeof(*j));
	r->recno = 0;
	/* the reader's first chunk, then the rest of its descriptor,
	 * which it has not read further */
	head = csvr_head(r->csv, &hlen);
	j->icap = hlen > JBUF ? hlen : JBUF;
	j->in = xmalloc(j->icap);
	memcpy(j->in, head, hlen);
	j->ilen = hlen;
	j->fd = r->src ? source_cur_fd(r->src) : -1;
	j->line = j->col = 1;
	j->err = r->err;
	j->errsz = sizeof(r->err);
	j->fname = r->fname;
	if ((st = top(j)) < 0)
		return -1;
	if (st == 0) {
		snprintf(r->err, sizeof(r->err), "%s: JSON without a "
		    "\"data\" array of records%s%s", r->fname,
		    j->api[0] ? "; the API said: " : "", j->api);
		return -1;
	}
	if ((st = element(j, &j->first)) <= 0)
		return st;
	if (!json_is_object(j->first)) {
		snprintf(r->err, sizeof(r->err), "%s:record 1: not a JSON "
		    "object", r->fname);
		return -1;
	}
	j->nfields = json_object_size(j->first);
	j->fields = xcalloc(j->nfields, sizeof(char *));
	j->vals = xcalloc(j->nfields, sizeof(char *));
	j->lens = xcalloc(j->nfields, sizeof(size_t));
	i = 0;
	json_object_foreach(j->first, key, val) {
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
	int st;

	if (j->first) {
		rec = j->first;
		j->first = NULL;
	} else if ((st = element(j, &rec)) <= 0)
		return st;
	r->recno = ++j->next;
	if (!json_is_object(rec)) {
		json_decref(rec);
		r->nf = 0;
		trade_rowerr(r, "not a JSON object");
		return -1;
	}
	for (i = 0; i < j->nfields; i++) {
		free(j->vals[i]);
		j->vals[i] = json_text(json_object_get(rec, j->fields[i]));
	}
	json_decref(rec);
	json_expose(r, j);
	return 1;
}

int
fmt_comtrade_json_scan(const char *buf, size_t len, int fd,
    int (*each)(void *, json_t *), void *arg, size_t *count, json_t **rest,
    struct fmt_comtrade_json_err *e)
{
	struct json_state j;
	json_t *rec;
	int st, data, stop = 0;

	memset(&j, 0, sizeof(j));
	*count = 0;
	if (rest != NULL)
		*rest = j.rest = json_object();
	/* a buffer alone is read where it is; with a descriptor after it,
	 * the buffer is copied to where the rest is read into */
	if (fd >= 0) {
		j.icap = len > JBUF ? len : JBUF;
		j.in = xmalloc(j.icap);
		if (len > 0)
			memcpy(j.in, buf, len);
	} else
		j.in = (char *)(uintptr_t)buf;
	j.ilen = len;
	j.fd = fd;
	j.line = j.col = 1;
	j.err = e->what;
	j.errsz = sizeof(e->what);
	e->what[0] = '\0';
	if ((st = data = top(&j)) == 1)
		while ((st = element(&j, &rec)) == 1) {
			++*count;
			stop = each != NULL && each(arg, rec) != 0;
			json_decref(rec);
			if (stop)
				break;
		}
	if (st < 0) {
		e->line = j.eline;
		e->col = j.ecol;
	} else
		st = stop ? 2 : data;
	if (fd >= 0)
		free(j.in);
	free(j.val);
	return st;
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
