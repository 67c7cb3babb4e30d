/*
 * tablefilter.c - keeping the rows of a table that match (see
 * tablefilter.h).
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "num.h"
#include "tablefilter.h"
#include "util.h"
#include "xlsx.h"

static const char *const cond_what[TF_COUNT] = {
	"reporter", "partner", "exporter", "importer", "flow", "period",
	"product", "aggregate"
};

void
tablefilter_init(struct tablefilter *tf)
{
	memset(tf, 0, sizeof(*tf));
	tf->pr.hi = 999999;
}

void
tablefilter_release(struct tablefilter *tf)
{
	int i;

	prodlist_free(&tf->codes);
	prodlist_free(&tf->file);
	for (i = 0; i < TF_FLOW; i++)
		free(tf->cl[i].code);
}

int
tablefilter_set_countries(struct tablefilter *tf, int cond, const char *s,
    char *bad, size_t badsz)
{
	struct tablefilter_countries *l = &tf->cl[cond];

	l->arg = s;
	while (*s) {
		size_t n = strcspn(s, ",");
		const struct country *c = codes_lookup(s, n);
		/* the rest of --top's members, not a country */
		int other = n == 5 && strncmp(s, "other", 5) == 0;

		if (c == NULL && !other) {
			snprintf(bad, badsz, "%s", util_excerpt(s, n));
			return -1;
		}
		l->code = xrealloc(l->code, (l->n + 1) * sizeof(*l->code));
		snprintf(l->code[l->n++], CODE_MAX, "%s", other ? "other" :
		    c->code);
		s += n;
		if (*s == ',')
			s++;
	}
	return 0;
}

int
tablefilter_set_flows(struct tablefilter *tf, const char *arg)
{
	const char *s = arg;

	tf->flowarg = arg;
	while (*s) {
		size_t len = strcspn(s, ",");
		enum flow f = flow_parse(s, len);

		if (f == FLOW_NONE)
			return -1;
		tf->flows |= 1u << f;
		s += len;
		if (*s == ',')
			s++;
	}
	return 0;
}

int
tablefilter_set_period(struct tablefilter *tf, const char *arg)
{
	if (period_range_parse(arg, &tf->pr) < 0)
		return -1;
	tf->periodarg = arg;
	tf->by_period = 1;
	return 0;
}

static int
in_list(const struct tablefilter_countries *l, const char *code)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->code[i], code) == 0)
			return 1;
	return 0;
}

int
tablefilter_product_ok(const struct tablefilter *tf, const char *product)
{
	if (tf->by_codes && !prodlist_match(&tf->codes, product))
		return 0;
	if (tf->by_file && !prodlist_match(&tf->file, product))
		return 0;
	return 1;
}

int
tablefilter_keep_product(const char *product, void *arg)
{
	return tablefilter_product_ok(arg, product);
}

size_t
tablefilter_literals(const struct tablefilter *tf, const char **lits,
    size_t max)
{
	const struct prodlist *pl = tf->by_codes ? &tf->codes : &tf->file;
	size_t j;

	if (!tf->by_codes && !tf->by_file)
		return 0;
	for (j = 0; j < pl->n; j++)
		if (pl->code[j][0] < '0' || pl->code[j][0] > '9')
			return 0;	/* TOTAL: written TOTAL, ALL, AG0... */
	if (pl->n > max)
		return 0;
	for (j = 0; j < pl->n; j++)
		lits[j] = pl->code[j] + (pl->code[j][0] == '0' &&
		    pl->code[j][1] != '\0');
	return pl->n;
}

/* A row left out by condition c for value: counted, and the value kept
 * among the first few; 0, the row's verdict. */
static int
reject(const struct tablefilter *tf, int c, const char *value)
{
	struct tablefilter_why *w = tf->why;
	int i;

	if (w == NULL)
		return 0;
	w->n[c]++;
	for (i = 0; i < w->nseen[c]; i++)
		if (strcmp(w->seen[c][i], value) == 0)
			return 0;
	if (w->nseen[c] < TF_NSEEN)
		snprintf(w->seen[c][w->nseen[c]++], CODE_MAX, "%s", value);
	return 0;
}

int
tablefilter_row(const struct tablefilter *tf, const struct trade_row *row)
{
	char pb[PERIOD_BUFSZ];

	if (tf->cl[TF_REPORTER].n && !in_list(&tf->cl[TF_REPORTER],
	    row->reporter))
		return reject(tf, TF_REPORTER, row->reporter);
	if (tf->cl[TF_PARTNER].n && !in_list(&tf->cl[TF_PARTNER],
	    row->partner))
		return reject(tf, TF_PARTNER, row->partner);
	if (tf->flows && !(tf->flows & (1u << row->flow)))
		return reject(tf, TF_FLOW, flow_code(row->flow));
	if (tf->by_period && !period_in_range(row->period, &tf->pr))
		return reject(tf, TF_PERIOD, period_format(row->period, pb));
	if (!tablefilter_product_ok(tf, row->product))
		return reject(tf, TF_PRODUCT, row->product);
	if (tf->excl && (codes_is_aggregate(row->reporter) ||
	    codes_is_aggregate(row->partner)))
		return reject(tf, TF_AGGREGATE,
		    codes_is_aggregate(row->reporter) ? row->reporter :
		    row->partner);
	return 1;
}

static void *
refeed_run(void *arg)
{
	struct tablefilter_feed *f = arg;
	char buf[65536];
	ssize_t n;
	size_t o;

	for (o = 0; o < f->len; o += (size_t)n)
		if ((n = write(f->to, f->line + o, f->len - o)) < 0)
			goto out;
	while ((n = read(f->from, buf, sizeof(buf))) > 0 ||
	    (n < 0 && errno == EINTR)) {
		for (o = 0; n > 0 && o < (size_t)n; ) {
			ssize_t w = write(f->to, buf + o, (size_t)n - o);

			if (w < 0)
				goto out;
			o += (size_t)w;
		}
	}
out:
	close(f->to);
	close(f->from);
	return NULL;
}

/* The first line of standard input (NUL-terminated, in f->line), which
 * the readers then read again: 0, or -1 when it cannot be given back. */
static int
peek_stdin(struct tablefilter_feed *f)
{
	struct stat st;
	off_t at = lseek(0, 0, SEEK_CUR);
	size_t n = 0;
	int p[2];
	pthread_t t;

	/* a byte at a time: not one byte past the line is taken */
	while (n + 1 < sizeof(f->line) && read(0, f->line + n, 1) == 1)
		if (f->line[n++] == '\n')
			break;
	f->line[n] = '\0';
	if (fstat(0, &st) == 0 && S_ISREG(st.st_mode) && at >= 0 &&
	    lseek(0, at, SEEK_SET) == at)
		return 0;
	if (n == 0 || pipe(p) < 0 || (f->from = dup(0)) < 0)
		return 0;	/* nothing read: nothing to give back */
	f->len = n;
	f->to = p[1];
	if (dup2(p[0], 0) < 0 ||
	    pthread_create(&t, NULL, refeed_run, f) != 0)
		return -1;
	close(p[0]);
	pthread_detach(t);
	return 0;
}

/* The header's names, split at commas (a header of ours has no quotes);
 * their number. */
static size_t
split_header(char *line, char **names, size_t max)
{
	size_t n = 0;
	char *s = line;

	if (strncmp(s, "\xef\xbb\xbf", 3) == 0)
		s += 3;
	s[strcspn(s, "\r\n")] = '\0';
	while (n < max) {
		names[n++] = s;
		if ((s = strchr(s, ',')) == NULL)
			break;
		*s++ = '\0';
	}
	return n;
}

/* The header's kind; trade rows with the names of trade-load --names
 * are a table whose columns are kept too (TK_COUNT). */
static enum tablekind
kind_of(const char *const *names, size_t n)
{
	enum tablekind k = tablekind_find(names, n);

	if (k == TK_TRADE &&
	    (tablekind_column(names, n, "reporter_name") >= 0 ||
	    tablekind_column(names, n, "partner_name") >= 0))
		return TK_COUNT;
	return k;
}

int
tablefilter_kind(char **files, int nfiles, struct tablefilter_feed *feed,
    enum tablekind *kind, char *err, size_t errsz)
{
	char *names[256], *copy;
	const char *e;
	struct csvr *r;
	size_t n;

	*kind = TK_NONE;
	if (nfiles == 0 || strcmp(files[0], "-") == 0) {
		if (peek_stdin(feed) < 0) {
			snprintf(err, errsz, "<stdin>: %s", strerror(errno));
			return -1;
		}
		/* the line goes back as it was read: split a copy */
		copy = xstrdup(feed->line);
		n = split_header(copy, names, 256);
		*kind = kind_of((const char *const *)names, n);
		free(copy);
		return 0;
	}
	if ((r = csvr_open(files[0], 0, CSV_ENC_AUTO, &e)) == NULL)
		return 0;		/* the reader says why */
	if (csvr_next(r) == 1)
		*kind = kind_of(csvr_fields(r), csvr_nfields(r));
	csvr_close(r);
	return 0;
}

struct tablefilter_table {
	const struct tablefilter *tf;
	enum tablekind		 kind;
	char			**files;
	int			 nfiles, fi;
	int			 delim;
	enum csv_encoding	 enc;
	int			 unknown_keep;
	struct csvr		*r;
	char			**names;
	enum xlsx_type		*type;		/* of each column */
	size_t			 n;
	char			*header;
	int			 col[TKEY_COUNT];
	unsigned		 keys;
	const char		*fname;
	uint64_t		 line, nread;
	char			 err[1024];
};

static int
cell_fail(struct tablefilter_table *t, int key, const char *what,
    const char *v)
{
	snprintf(t->err, sizeof(t->err), "%s:%llu: column '%s': %s: '%s'",
	    t->fname, (unsigned long long)t->line, tablekind_key_name(key),
	    what, util_excerpt(v, strlen(v)));
	return -1;
}

/* The country of a key cell into *out: its code, or the cell itself
 * when empty, "other" or (with unknown_keep) unknown; -1 when unknown. */
static int
cell_country(struct tablefilter_table *t, int key, const char *v,
    const char **out)
{
	const struct country *c;

	*out = v;
	if (*v == '\0' || strcmp(v, "other") == 0)
		return 0;
	if ((c = codes_lookup(v, strlen(v))) != NULL) {
		*out = c->code;
		return 0;
	}
	if (t->unknown_keep)
		return 0;
	return cell_fail(t, key, "unknown country code (--unknown keep "
	    "passes it through)", v);
}

/* Whether the row f passes: 1, 0, or -1 on a cell that is not what its
 * column holds. */
static int
table_wanted(struct tablefilter_table *t, const char *const *f)
{
	static const int ckey[TF_FLOW] = { TKEY_REPORTER, TKEY_PARTNER,
	    TKEY_EXPORTER, TKEY_IMPORTER };
	const struct tablefilter *k = t->tf;
	const char *v;
	int i, p;

	for (i = 0; i < TF_FLOW; i++) {
		if (k->cl[i].n == 0 && !(k->excl && t->col[ckey[i]] >= 0))
			continue;
		if (cell_country(t, ckey[i], f[t->col[ckey[i]]], &v) < 0)
			return -1;
		if (k->cl[i].n && !in_list(&k->cl[i], v))
			return reject(k, i, *v ? v : "(all)");
	}
	if (k->flows) {
		enum flow fl;

		v = f[t->col[TKEY_FLOW]];
		fl = *v ? flow_parse(v, strlen(v)) : FLOW_NONE;
		if (*v && fl == FLOW_NONE)
			return cell_fail(t, TKEY_FLOW, "not a flow", v);
		if (fl == FLOW_NONE || !(k->flows & (1u << fl)))
			return reject(k, TF_FLOW, *v ? v : "(all)");
	}
	if (k->by_period) {
		v = f[t->col[TKEY_PERIOD]];
		if (*v && period_parse(v, strlen(v), &p) < 0)
			return cell_fail(t, TKEY_PERIOD, "not a period", v);
		if (*v == '\0' || !period_in_range(p, &k->pr))
			return reject(k, TF_PERIOD, *v ? v : "(all)");
	}
	if (k->by_codes || k->by_file) {
		v = f[t->col[TKEY_PRODUCT]];
		if (*v == '\0' || !tablefilter_product_ok(k, v))
			return reject(k, TF_PRODUCT, *v ? v : "(all)");
	}
	for (i = 0; k->excl && i < TF_FLOW; i++) {
		if (t->col[ckey[i]] < 0)
			continue;
		if (cell_country(t, ckey[i], f[t->col[ckey[i]]], &v) < 0)
			return -1;
		if (*v && strcmp(v, "other") != 0 && codes_is_aggregate(v))
			return reject(k, TF_AGGREGATE, v);
	}
	return 1;
}

/* A condition the table has no column for is refused, with the way
 * out: 0, or -1 with the message. */
static int
table_check(struct tablefilter_table *t, const char *name)
{
	static const struct {
		int		 cond, key;
		const char	*opt;
	} need[] = {
		{ TF_REPORTER, TKEY_REPORTER, "--reporter" },
		{ TF_PARTNER, TKEY_PARTNER, "--partner" },
		{ TF_EXPORTER, TKEY_EXPORTER, "--exporter" },
		{ TF_IMPORTER, TKEY_IMPORTER, "--importer" },
		{ TF_FLOW, TKEY_FLOW, "--flow" },
		{ TF_PERIOD, TKEY_PERIOD, "--period" },
		{ TF_PRODUCT, TKEY_PRODUCT, "--product" },
	};
	const struct tablefilter *k = t->tf;
	size_t i;

	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
		int c = need[i].cond;
		int given = c < TF_FLOW ? k->cl[c].n > 0 :
		    c == TF_FLOW ? k->flows != 0 :
		    c == TF_PERIOD ? k->by_period :
		    k->by_codes || k->by_file;

		if (!given || (t->keys & (1u << need[i].key)))
			continue;
		snprintf(t->err, sizeof(t->err), "%s: %s: a %s table (%s's) "
		    "has no '%s' column%s", name, need[i].opt,
		    tablekind_name(t->kind), tablekind_program(t->kind),
		    tablekind_key_name(need[i].key),
		    t->kind == TK_MIRROR ? " (its countries are exporter "
		    "and importer: --exporter, --importer)" :
		    c == TF_EXPORTER || c == TF_IMPORTER ?
		    " (trade rows have reporter and partner: --reporter "
		    "with --flow X or M)" : "");
		return -1;
	}
	if (k->by_period && t->kind == TK_TREND) {
		snprintf(t->err, sizeof(t->err), "%s: --period: a trend's "
		    "rows span first_period..last_period, their period is "
		    "empty: filter the trade rows by --period before "
		    "trade-trend", name);
		return -1;
	}
	return 0;
}

/* The first file's header: the table's names and keys. */
static int
first_header(struct tablefilter_table *t)
{
	size_t i, hlen = 0;

	t->n = csvr_nfields(t->r);
	t->names = xcalloc(t->n, sizeof(*t->names));
	t->type = xcalloc(t->n, sizeof(*t->type));
	for (i = 0; i < t->n; i++) {
		t->names[i] = xstrdup(csvr_field(t->r, i));
		t->type[i] = xlsx_column_type(t->names[i]);
		hlen += strlen(t->names[i]) + 1;
	}
	t->header = xcalloc(hlen + 1, 1);
	for (i = 0; i < t->n; i++)
		strcat(strcat(t->header, i ? "," : ""), t->names[i]);
	t->keys = tablekind_keys((const char *const *)t->names, t->n, t->col);
	return table_check(t, t->fname);
}

/* Open file fi and read its header: 0, or -1 with the message. */
static int
open_file(struct tablefilter_table *t)
{
	const char *e;
	size_t i;
	int st;

	if ((t->r = csvr_open(t->files[t->fi], t->delim, t->enc, &e)) ==
	    NULL) {
		snprintf(t->err, sizeof(t->err), "%s: %s", t->files[t->fi],
		    e);
		return -1;
	}
	t->fname = csvr_name(t->r);
	if ((st = csvr_next(t->r)) < 0) {
		snprintf(t->err, sizeof(t->err), "%s", csvr_error(t->r));
		return -1;
	}
	if (st == 0) {
		snprintf(t->err, sizeof(t->err), "%s:1: empty file (no header "
		    "line)", t->fname);
		return -1;
	}
	if (t->names == NULL)
		return first_header(t);
	for (i = 0; i < t->n && csvr_nfields(t->r) == t->n; i++)
		if (strcmp(csvr_field(t->r, i), t->names[i]) != 0)
			break;
	if (i < t->n || csvr_nfields(t->r) != t->n) {
		snprintf(t->err, sizeof(t->err), "%s:1: not the columns of "
		    "the first: filter the two tables apart", t->fname);
		return -1;
	}
	return 0;
}

struct tablefilter_table *
tablefilter_open(const struct tablefilter *tf, enum tablekind kind,
    char **files, int nfiles, int delim, enum csv_encoding enc,
    int unknown_keep, char *err, size_t errsz)
{
	static char *stdin_only[] = { "-" };
	struct tablefilter_table *t = xcalloc(1, sizeof(*t));

	t->tf = tf;
	t->kind = kind;
	t->files = nfiles ? files : stdin_only;
	t->nfiles = nfiles ? nfiles : 1;
	t->delim = delim;
	t->enc = enc;
	t->unknown_keep = unknown_keep;
	if (open_file(t) < 0) {
		snprintf(err, errsz, "%s", t->err);
		tablefilter_close(t);
		return NULL;
	}
	return t;
}

int
tablefilter_next(struct tablefilter_table *t)
{
	int st, w;

	while (t->r != NULL) {
		while ((st = csvr_next(t->r)) == 1) {
			t->line = csvr_line(t->r);
			if (csvr_nfields(t->r) != t->n) {
				snprintf(t->err, sizeof(t->err), "%s:%llu: "
				    "ragged row: %zu fields where the header "
				    "has %zu", t->fname,
				    (unsigned long long)t->line,
				    csvr_nfields(t->r), t->n);
				return -1;
			}
			t->nread++;
			if ((w = table_wanted(t, csvr_fields(t->r))) < 0)
				return -1;
			if (w == 1)
				return 1;
		}
		if (st < 0) {
			snprintf(t->err, sizeof(t->err), "%s",
			    csvr_error(t->r));
			return -1;
		}
		csvr_close(t->r);
		t->r = NULL;
		if (++t->fi < t->nfiles && open_file(t) < 0)
			return -1;
	}
	return 0;
}

const char *
tablefilter_error(const struct tablefilter_table *t)
{
	return t->err;
}

const char *
tablefilter_header(const struct tablefilter_table *t)
{
	return t->header;
}

void
tablefilter_write(const struct tablefilter_table *t, struct csvw *w)
{
	const char *const *f = csvr_fields(t->r);
	const size_t *len = csvr_lens(t->r);
	size_t i;
	double v;

	for (i = 0; i < t->n; i++)
		if (w->excel && t->type[i] != XT_TEXT && len[i] &&
		    num_parse(f[i], len[i], &v) == NUM_OK)
			csvw_num_exact(w, v);	/* a number stays one */
		else
			csvw_strn(w, f[i], len[i]);
	csvw_end(w);
}

uint64_t
tablefilter_nread(const struct tablefilter_table *t)
{
	return t->nread;
}

void
tablefilter_close(struct tablefilter_table *t)
{
	size_t i;

	if (t == NULL)
		return;
	if (t->r)
		csvr_close(t->r);
	for (i = 0; t->names && i < t->n; i++)
		free(t->names[i]);
	free(t->names);
	free(t->type);
	free(t->header);
	free(t);
}

uint64_t
tablefilter_count(const struct tablefilter *tf, const struct trade_opts *o,
    char **files, int nfiles)
{
	struct trade_opts every = *o;
	struct trade_reader *r;
	struct trade_row row;
	uint64_t n = 0;

	every.keep_product = NULL;
	every.line_literals = NULL;
	every.nline_literals = 0;
	every.skip_bad = 1;
	r = trade_open(&every, files, nfiles);
	while (trade_next(r, &row) == 1) {
		n++;
		(void)tablefilter_row(tf, &row);
	}
	trade_close(r);
	return n;
}

/* The condition as given, for the message of an empty answer. */
static const char *
cond_arg(const struct tablefilter *tf, int c)
{
	if (c < TF_FLOW)
		return tf->cl[c].arg;
	return c == TF_FLOW ? tf->flowarg : c == TF_PERIOD ? tf->periodarg :
	    tf->by_codes && tf->by_file ? "in both --product and --products" :
	    tf->by_codes ? "in --product" : "in --products";
}

int
tablefilter_explain(const struct tablefilter *tf, uint64_t nread,
    char *msg, size_t size)
{
	const struct tablefilter_why *w = tf->why;
	size_t o;
	int c, j, only = -1, ncond = 0;

	for (c = 0; c < TF_COUNT; c++)
		if (w->n[c]) {
			only = c;
			ncond++;
		}
	if (ncond == 1 && only == TF_AGGREGATE) {
		snprintf(msg, size, "no rows left: every row's reporter or "
		    "partner is an aggregate (%s%s%s%s); without "
		    "--exclude-aggregates they stay", w->seen[only][0],
		    w->nseen[only] > 1 ? ", " : "", w->nseen[only] > 1 ?
		    w->seen[only][1] : "", w->nseen[only] > 2 ? ", ..." : "");
		return 0;
	}
	if (ncond == 1 && w->nseen[only] == 1) {
		snprintf(msg, size, "no rows left: every row's %s is %s, not "
		    "%s", cond_what[only], strcmp(w->seen[only][0], "(all)") ?
		    w->seen[only][0] : "empty (a roll-up's: all of them)",
		    cond_arg(tf, only));
		return 1;
	}
	o = (size_t)snprintf(msg, size, "no rows left: of %llu rows,",
	    (unsigned long long)nread);
	for (c = 0; c < TF_COUNT && o < size; c++) {
		if (w->n[c] == 0)
			continue;
		o += (size_t)snprintf(msg + o, size - o, "%s %llu left out "
		    "by %s (%s%s: ", o > 40 ? ";" : "",
		    (unsigned long long)w->n[c], cond_what[c],
		    c == TF_AGGREGATE ? "aggregates" : "not ",
		    c == TF_AGGREGATE ? "" : cond_arg(tf, c));
		for (j = 0; j < w->nseen[c] && o < size; j++)
			o += (size_t)snprintf(msg + o, size - o, "%s%s",
			    j ? ", " : "", w->seen[c][j]);
		if (o < size)
			o += (size_t)snprintf(msg + o, size - o, "%s)",
			    w->nseen[c] == TF_NSEEN ? ", ..." : "");
	}
	return 1;
}
