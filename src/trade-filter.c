/*
 * trade-filter - keep the rows that match
 *
 * usage: trade-filter [options] [file...]
 *
 * Reads any supported format, or any table a tradestat program writes
 * (docs/tables.md).  Trade rows come out as canonical rows; every other
 * table (a roll-up, shares, a trend, a mirror...) comes out with its own
 * columns, every one passed through unchanged, filtered by the key
 * columns it has.  Every condition given must hold; a list (comma
 * separated) matches any of its members.  Countries may be given as ISO3
 * codes, numeric codes or names.  A query that leaves no row says why.
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "codes.h"
#include "num.h"
#include "period.h"
#include "prodlist.h"
#include "tablekind.h"
#include "util.h"
#include "xlsx.h"

enum {
	OPT_REPORTER = OPT_FIRST_PROGRAM, OPT_PARTNER, OPT_FLOW, OPT_PERIOD,
	OPT_PRODUCT, OPT_PRODUCTS, OPT_TIER, OPT_HS_TABLE, OPT_EXCL_AGG,
	OPT_EXPORTER, OPT_IMPORTER
};

static const char usage[] =
    "usage: trade-filter [options] [file...]\n"
    "Keep the rows that match every condition given. No file, or -,\n"
    "reads standard input. Trade rows, or any table of docs/tables.md\n"
    "with its columns unchanged.\n"
    "\n"
    "      --reporter LIST   reporters (ISO3 codes, comma separated)\n"
    "      --partner LIST    partners\n"
    "      --exporter LIST   exporters (of a mirror table)\n"
    "      --importer LIST   importers (of a mirror table)\n"
    "      --flow LIST       flows: M, X, RM, RX\n"
    "      --period RANGE    a period or a range: 2023, 2021..2023,\n"
    "                        2022-03..2023-12\n"
    "      --product LIST    HS codes or prefixes: 8542,8541\n"
    "      --products FILE   a product list (such as data/lists/chpl.csv);\n"
    "                        with --product, a row must be in both\n"
    "      --tier LIST       only these tiers of a tiered list: 1,2,3.A\n"
    "      --hs-table FILE   translate the product codes to the other HS\n"
    "                        edition of a UNSD correlation table\n"
    "      --exclude-aggregates  drop rows whose reporter or partner is the\n"
    "                        world or a group (EU27, ...)\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

struct clist {
	char	(*code)[CODE_MAX];
	size_t	  n;
	const char *arg;	/* as given, for messages */
};

static void
countries(struct clist *l, const char *opt, const char *s)
{
	l->arg = s;
	while (*s) {
		size_t n = strcspn(s, ",");
		const struct country *c = codes_lookup(s, n);
		/* the rest of --top's members, not a country */
		int other = n == 5 && strncmp(s, "other", 5) == 0;

		if (c == NULL && !other)
			cli_bad_arg(usage, opt, util_excerpt(s, n),
			    "unknown country code");
		l->code = xrealloc(l->code, (l->n + 1) * sizeof(*l->code));
		snprintf(l->code[l->n++], CODE_MAX, "%s", other ? "other" :
		    c->code);
		s += n;
		if (*s == ',')
			s++;
	}
}

static int
in_clist(const struct clist *l, const char *code)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (strcmp(l->code[i], code) == 0)
			return 1;
	return 0;
}

#define MAXLITS 8	/* product codes searched for in the raw lines */
#define NSEEN	3	/* values named in the message of an empty answer */

/* The conditions, in the order a row is tried against them. */
enum { C_REP, C_PAR, C_EXP, C_IMP, C_FLOW, C_PERIOD, C_PRODUCT, C_AGG,
	C_COUNT };
static const char *const cond_what[C_COUNT] = {
	"reporter", "partner", "exporter", "importer", "flow", "period",
	"product", "aggregate"
};

/* Why rows were left out: per condition, how many, and the first few
 * values that failed it. */
struct why {
	uint64_t	 n[C_COUNT];
	char		 seen[C_COUNT][NSEEN][CODE_MAX];
	int		 nseen[C_COUNT];
};

struct cond {
	struct clist		 cl[C_FLOW];	/* reporter ... importer */
	unsigned		 flows;
	const char		*flowarg, *periodarg;
	int			 by_period, excl;
	struct period_range	 pr;
	/* every list given must hold the product: --product's codes and
	 * --products' file (with --tier) */
	struct prodlist		 codes, file;
	int			 by_codes, by_file;
	struct why		*why;		/* NULL: not counted */
};

static int
product_ok(const struct cond *k, const char *product)
{
	if (k->by_codes && !prodlist_match(&k->codes, product))
		return 0;
	if (k->by_file && !prodlist_match(&k->file, product))
		return 0;
	return 1;
}

static int
reject(const struct cond *k, int c, const char *value)
{
	struct why *w = k->why;
	int i;

	if (w == NULL)
		return 0;
	w->n[c]++;
	for (i = 0; i < w->nseen[c]; i++)
		if (strcmp(w->seen[c][i], value) == 0)
			return 0;
	if (w->nseen[c] < NSEEN)
		snprintf(w->seen[c][w->nseen[c]++], CODE_MAX, "%s", value);
	return 0;
}

static int
wanted(const struct cond *k, const struct trade_row *row)
{
	char pb[PERIOD_BUFSZ];

	if (k->cl[C_REP].n && !in_clist(&k->cl[C_REP], row->reporter))
		return reject(k, C_REP, row->reporter);
	if (k->cl[C_PAR].n && !in_clist(&k->cl[C_PAR], row->partner))
		return reject(k, C_PAR, row->partner);
	if (k->flows && !(k->flows & (1u << row->flow)))
		return reject(k, C_FLOW, flow_code(row->flow));
	if (k->by_period && !period_in_range(row->period, &k->pr))
		return reject(k, C_PERIOD, period_format(row->period, pb));
	if (!product_ok(k, row->product))
		return reject(k, C_PRODUCT, row->product);
	if (k->excl && (codes_is_aggregate(row->reporter) ||
	    codes_is_aggregate(row->partner)))
		return reject(k, C_AGG, codes_is_aggregate(row->reporter) ?
		    row->reporter : row->partner);
	return 1;
}

/* On the reader's threads: a block's rows (the reader has checked the
 * product). */
static int
filter_row(void *arg, const struct trade_row *row, struct csvw *w)
{
	if (wanted(arg, row))
		trade_write_row(w, row);
	return 0;
}

static int
keep_product(const char *product, void *arg)
{
	return product_ok(arg, product);
}

/*
 * Standard input, looked at before it is read: its first line is read a
 * byte at a time, and then given back, so that the reader that follows
 * reads it whole under its own name.  A regular file is read again from
 * where it started; a pipe is replaced on descriptor 0 by one a thread
 * fills with the line and then the rest.
 */
struct refeed {
	char	*line;
	size_t	 len;
	int	 from, to;
};

static void *
refeed_run(void *arg)
{
	struct refeed *f = arg;
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

#define PEEKMAX	65536	/* bytes of a header looked at */

/* The first line of standard input (NUL-terminated, in buf), which the
 * readers then read again. */
static void
peek_stdin(char *buf, size_t size, struct refeed *f)
{
	struct stat st;
	off_t at = lseek(0, 0, SEEK_CUR);
	size_t n = 0;
	int p[2];
	pthread_t t;

	while (n + 1 < size && read(0, buf + n, 1) == 1)
		if (buf[n++] == '\n')
			break;
	buf[n] = '\0';
	if (fstat(0, &st) == 0 && S_ISREG(st.st_mode) && at >= 0 &&
	    lseek(0, at, SEEK_SET) == at)
		return;
	if (n == 0 || pipe(p) < 0 || (f->from = dup(0)) < 0)
		return;		/* nothing read: nothing to give back */
	f->line = buf;
	f->len = n;
	f->to = p[1];
	if (dup2(p[0], 0) < 0 ||
	    pthread_create(&t, NULL, refeed_run, f) != 0) {
		util_warn("<stdin>: %s", strerror(errno));
		exit(1);
	}
	close(p[0]);
	pthread_detach(t);
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

/* The kind of the first input's table. */
static enum tablekind
first_kind(char **files, int nfiles, struct refeed *f, char *line)
{
	char *names[256], *copy;
	const char *const *hf;
	const char *err;
	struct csvr *r;
	size_t n;
	enum tablekind k = TK_NONE;

	if (nfiles == 0 || strcmp(files[0], "-") == 0) {
		/* the line goes back as it was read: split a copy */
		peek_stdin(line, PEEKMAX, f);
		copy = xstrdup(line);
		n = split_header(copy, names, 256);
		k = kind_of((const char *const *)names, n);
		free(copy);
		return k;
	}
	if ((r = csvr_open(files[0], 0, CSV_ENC_AUTO, &err)) == NULL)
		return TK_NONE;		/* the reader says why */
	if (csvr_next(r) == 1) {
		hf = csvr_fields(r);
		k = kind_of(hf, csvr_nfields(r));
	}
	csvr_close(r);
	return k;
}

/*
 * A table of tradestat's other than trade rows: its rows with its
 * columns, kept by the key cells.  An empty key cell is "all" (a
 * roll-up's), "other" the rest of --top: neither is a country, and
 * neither matches a list.
 */
struct table {
	struct cli		*c;
	const struct cond	*k;
	enum tablekind		 kind;
	char			**names;
	size_t			 n;
	int			 col[TKEY_COUNT];
	unsigned		 keys;
	enum xlsx_type		*type;
	const char		*fname;
	uint64_t		 line;
};

static void
cell_fail(struct table *t, int key, const char *what, const char *v)
{
	cli_fail(t->c, "%s:%llu: column '%s': %s: '%s'", t->fname,
	    (unsigned long long)t->line, tablekind_key_name(key), what,
	    util_excerpt(v, strlen(v)));
}

/* The country of a key cell: its code, or the cell itself when empty,
 * "other" or (with --unknown keep) unknown. */
static const char *
cell_country(struct table *t, int key, const char *v)
{
	const struct country *c;

	if (*v == '\0' || strcmp(v, "other") == 0)
		return v;
	if ((c = codes_lookup(v, strlen(v))) != NULL)
		return c->code;
	if (t->c->topts.unknown_keep)
		return v;
	cell_fail(t, key, "unknown country code (--unknown keep passes it "
	    "through)", v);
	return NULL;
}

static int
table_wanted(struct table *t, const char *const *f)
{
	static const int ckey[C_FLOW] = { TKEY_REPORTER, TKEY_PARTNER,
	    TKEY_EXPORTER, TKEY_IMPORTER };
	const struct cond *k = t->k;
	const char *v;
	int i, p;

	for (i = 0; i < C_FLOW; i++) {
		if (k->cl[i].n == 0 && !(k->excl && t->col[ckey[i]] >= 0))
			continue;
		v = cell_country(t, ckey[i], f[t->col[ckey[i]]]);
		if (k->cl[i].n && !in_clist(&k->cl[i], v))
			return reject(k, i, *v ? v : "(all)");
	}
	if (k->flows) {
		enum flow fl;

		v = f[t->col[TKEY_FLOW]];
		fl = *v ? flow_parse(v, strlen(v)) : FLOW_NONE;
		if (*v && fl == FLOW_NONE)
			cell_fail(t, TKEY_FLOW, "not a flow", v);
		if (fl == FLOW_NONE || !(k->flows & (1u << fl)))
			return reject(k, C_FLOW, *v ? v : "(all)");
	}
	if (k->by_period) {
		v = f[t->col[TKEY_PERIOD]];
		if (*v && period_parse(v, strlen(v), &p) < 0)
			cell_fail(t, TKEY_PERIOD, "not a period", v);
		if (*v == '\0' || !period_in_range(p, &k->pr))
			return reject(k, C_PERIOD, *v ? v : "(all)");
	}
	if (k->by_codes || k->by_file) {
		v = f[t->col[TKEY_PRODUCT]];
		if (*v == '\0' || !product_ok(k, v))
			return reject(k, C_PRODUCT, *v ? v : "(all)");
	}
	for (i = 0; k->excl && i < C_FLOW; i++) {
		if (t->col[ckey[i]] < 0)
			continue;
		v = cell_country(t, ckey[i], f[t->col[ckey[i]]]);
		if (*v && strcmp(v, "other") != 0 && codes_is_aggregate(v))
			return reject(k, C_AGG, v);
	}
	return 1;
}

/* A condition the table has no column for is refused, with the way
 * out. */
static void
table_check(struct table *t, const char *name)
{
	static const struct {
		int		 cond, key;
		const char	*opt;
	} need[] = {
		{ C_REP, TKEY_REPORTER, "--reporter" },
		{ C_PAR, TKEY_PARTNER, "--partner" },
		{ C_EXP, TKEY_EXPORTER, "--exporter" },
		{ C_IMP, TKEY_IMPORTER, "--importer" },
		{ C_FLOW, TKEY_FLOW, "--flow" },
		{ C_PERIOD, TKEY_PERIOD, "--period" },
		{ C_PRODUCT, TKEY_PRODUCT, "--product" },
	};
	const struct cond *k = t->k;
	size_t i;

	for (i = 0; i < sizeof(need) / sizeof(need[0]); i++) {
		int given = need[i].cond < C_FLOW ? k->cl[need[i].cond].n > 0 :
		    need[i].cond == C_FLOW ? k->flows != 0 :
		    need[i].cond == C_PERIOD ? k->by_period :
		    k->by_codes || k->by_file;

		if (!given || (t->keys & (1u << need[i].key)))
			continue;
		cli_fail(t->c, "%s: %s: a %s table (%s's) has no '%s' "
		    "column%s", name, need[i].opt, tablekind_name(t->kind),
		    tablekind_program(t->kind),
		    tablekind_key_name(need[i].key),
		    t->kind == TK_MIRROR ? " (its countries are exporter "
		    "and importer: --exporter, --importer)" :
		    need[i].cond == C_EXP || need[i].cond == C_IMP ?
		    " (trade rows have reporter and partner: --reporter "
		    "with --flow X or M)" : "");
	}
	if (k->by_period && t->kind == TK_TREND)
		cli_fail(t->c, "%s: --period: a trend's rows span first_period"
		    "..last_period, their period is empty: filter the trade "
		    "rows by --period before trade-trend", name);
}

static void
table_write(struct table *t, const char *const *f, const size_t *len)
{
	struct csvw *w = &t->c->w;
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

/* Every row of every input, as a table of kind; the number kept. */
static uint64_t
table_filter(struct cli *c, const struct cond *k, enum tablekind kind,
    char **files, int nfiles, uint64_t *nread)
{
	static char *stdin_only[] = { "-" };
	struct table t = { c, k, kind, NULL, 0, { 0 }, 0, NULL, NULL, 0 };
	struct csvr *r;
	const char *err;
	size_t i, hlen = 0;
	uint64_t kept = 0;
	char *header = NULL;
	int fi, st;

	if (nfiles == 0) {
		files = stdin_only;
		nfiles = 1;
	}
	for (fi = 0; fi < nfiles; fi++) {
		if ((r = csvr_open(files[fi], c->topts.delim, c->topts.enc,
		    &err)) == NULL)
			cli_fail(c, "%s: %s", files[fi], err);
		t.fname = csvr_name(r);
		if ((st = csvr_next(r)) < 0)
			cli_fail(c, "%s", csvr_error(r));
		if (st == 0)
			cli_fail(c, "%s:1: empty file (no header line)",
			    t.fname);
		if (t.names == NULL) {
			t.n = csvr_nfields(r);
			t.names = xcalloc(t.n, sizeof(*t.names));
			t.type = xcalloc(t.n, sizeof(*t.type));
			for (i = 0; i < t.n; i++) {
				t.names[i] = xstrdup(csvr_field(r, i));
				t.type[i] = xlsx_column_type(t.names[i]);
				hlen += strlen(t.names[i]) + 1;
			}
			header = xcalloc(hlen + 1, 1);
			for (i = 0; i < t.n; i++)
				strcat(strcat(header, i ? "," : ""),
				    t.names[i]);
			c->header = header;
			t.keys = tablekind_keys((const char *const *)t.names,
			    t.n, t.col);
			table_check(&t, t.fname);
		} else {
			for (i = 0; i < t.n && csvr_nfields(r) == t.n; i++)
				if (strcmp(csvr_field(r, i), t.names[i]) != 0)
					break;
			if (i < t.n || csvr_nfields(r) != t.n)
				cli_fail(c, "%s:1: not the columns of %s: "
				    "filter the two tables apart", t.fname,
				    csvr_name(r) == t.fname ? "the first" :
				    "the first file");
		}
		while ((st = csvr_next(r)) == 1) {
			t.line = csvr_line(r);
			if (csvr_nfields(r) != t.n)
				cli_fail(c, "%s:%llu: ragged row: %zu fields "
				    "where the header has %zu", t.fname,
				    (unsigned long long)t.line,
				    csvr_nfields(r), t.n);
			++*nread;
			if (!table_wanted(&t, csvr_fields(r)))
				continue;
			cli_open_once(c);
			table_write(&t, csvr_fields(r), csvr_lens(r));
			kept++;
		}
		if (st < 0)
			cli_fail(c, "%s", csvr_error(r));
		csvr_close(r);
	}
	cli_open_once(c);
	for (i = 0; i < t.n; i++)
		free(t.names[i]);
	free(t.names);
	free(t.type);
	/* header stays c->header until the end */
	return kept;
}

/* The condition as given, for the message of an empty answer. */
static const char *
cond_arg(const struct cond *k, int c)
{
	if (c < C_FLOW)
		return k->cl[c].arg;
	return c == C_FLOW ? k->flowarg : c == C_PERIOD ? k->periodarg :
	    k->by_codes && k->by_file ? "in both --product and --products" :
	    k->by_codes ? "in --product" : "in --products";
}

/*
 * No row left: why, from the counts of w, into msg.  1 when the
 * conditions asked for are the answer; 0 when the rows were all left out
 * as aggregates, which is not an answer but the way the data is laid out.
 */
static int
explain_empty(const struct cond *k, const struct why *w, uint64_t nread,
    char *msg, size_t size)
{
	size_t o;
	int c, j, only = -1, ncond = 0;

	for (c = 0; c < C_COUNT; c++)
		if (w->n[c]) {
			only = c;
			ncond++;
		}
	if (ncond == 1 && only == C_AGG) {
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
		    cond_arg(k, only));
		return 1;
	}
	o = (size_t)snprintf(msg, size, "no rows left: of %llu rows,",
	    (unsigned long long)nread);
	for (c = 0; c < C_COUNT && o < size; c++) {
		if (w->n[c] == 0)
			continue;
		o += (size_t)snprintf(msg + o, size - o, "%s %llu left out "
		    "by %s (%s%s: ", o > 40 ? ";" : "",
		    (unsigned long long)w->n[c], cond_what[c],
		    c == C_AGG ? "aggregates" : "not ", c == C_AGG ? "" :
		    cond_arg(k, c));
		for (j = 0; j < w->nseen[c] && o < size; j++)
			o += (size_t)snprintf(msg + o, size - o, "%s%s",
			    j ? ", " : "", w->seen[c][j]);
		if (o < size)
			o += (size_t)snprintf(msg + o, size - o, "%s)",
			    w->nseen[c] == NSEEN ? ", ..." : "");
	}
	return 1;
}

/* The blocks of the threads to the output, counted. */
struct blocks {
	struct cli	*c;
	uint64_t	 bytes;
};

static void
write_block(void *arg, const char *buf, size_t len)
{
	struct blocks *b = arg;

	b->bytes += len;
	cli_write_block(b->c, buf, len);
}

/* Codes of another HS edition in the table's: its notes to stderr. */
static void
translate(struct cli *c, struct prodlist *pl, const char *table)
{
	struct prodlist_notes notes = { 0 };
	char err[512];
	size_t j;

	if (prodlist_translate(pl, table, &notes, err, sizeof(err)) < 0)
		cli_fail(c, "%s", err);
	for (j = 0; j < notes.n; j++)
		util_warn("%s", notes.line[j]);
	prodlist_notes_free(&notes);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "reporter", required_argument, NULL, OPT_REPORTER },
		{ "partner", required_argument, NULL, OPT_PARTNER },
		{ "exporter", required_argument, NULL, OPT_EXPORTER },
		{ "importer", required_argument, NULL, OPT_IMPORTER },
		{ "flow", required_argument, NULL, OPT_FLOW },
		{ "period", required_argument, NULL, OPT_PERIOD },
		{ "product", required_argument, NULL, OPT_PRODUCT },
		{ "products", required_argument, NULL, OPT_PRODUCTS },
		{ "tier", required_argument, NULL, OPT_TIER },
		{ "hs-table", required_argument, NULL, OPT_HS_TABLE },
		{ "exclude-aggregates", no_argument, NULL, OPT_EXCL_AGG },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct cond k;
	struct why why;
	/* static: the thread that gives standard input back may outlive
	 * main()'s frame by a little, at exit */
	static struct refeed feed = { NULL, 0, -1, -1 };
	struct blocks blk = { &c, 0 };
	struct trade_reader *r;
	struct trade_row row;
	const char *products = NULL, *tiers = NULL, *table = NULL;
	const char *lits[MAXLITS];
	static char line[PEEKMAX];	/* the header given back, as feed */
	char err[1024];
	int opt, st, i, stdin_in;
	enum tablekind kind;
	uint64_t n = 0, kept = 0;

	memset(&k, 0, sizeof(k));
	memset(&why, 0, sizeof(why));
	k.pr.hi = 999999;
	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_REPORTER:
			countries(&k.cl[C_REP], "--reporter", optarg);
			continue;
		case OPT_PARTNER:
			countries(&k.cl[C_PAR], "--partner", optarg);
			continue;
		case OPT_EXPORTER:
			countries(&k.cl[C_EXP], "--exporter", optarg);
			continue;
		case OPT_IMPORTER:
			countries(&k.cl[C_IMP], "--importer", optarg);
			continue;
		case OPT_FLOW: {
			const char *s = optarg;

			k.flowarg = optarg;
			while (*s) {
				size_t len = strcspn(s, ",");
				enum flow f = flow_parse(s, len);

				if (f == FLOW_NONE)
					cli_bad_arg(usage, "--flow", optarg,
					    "want M, X, RM or RX");
				k.flows |= 1u << f;
				s += len;
				if (*s == ',')
					s++;
			}
			continue;
		}
		case OPT_PERIOD:
			if (period_range_parse(optarg, &k.pr) < 0)
				cli_bad_arg(usage, "--period", optarg, "want a "
				    "period or a range: 2023, 2021..2023, "
				    "2022-03..2023-12");
			k.periodarg = optarg;
			k.by_period = 1;
			continue;
		case OPT_PRODUCT:
			if (prodlist_add_codes(&k.codes, optarg, err,
			    sizeof(err)) < 0)
				cli_bad_arg(usage, "--product", optarg, err);
			k.by_codes = 1;
			continue;
		case OPT_PRODUCTS:
			products = optarg;
			k.by_file = 1;
			continue;
		case OPT_TIER:
			tiers = optarg;
			continue;
		case OPT_HS_TABLE:
			table = optarg;
			continue;
		case OPT_EXCL_AGG:
			k.excl = 1;
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	if ((tiers || table) && products == NULL && !k.by_codes)
		cli_bad_arg(usage, tiers ? "--tier" : "--hs-table", tiers ?
		    tiers : table, "needs --products or --product");
	if (tiers && products == NULL)
		cli_bad_arg(usage, "--tier", tiers, "needs --products FILE");
	if (products && prodlist_load(&k.file, products, tiers, err,
	    sizeof(err)) < 0)
		cli_fail(&c, "%s", err);
	if (table && k.by_codes)
		translate(&c, &k.codes, table);
	if (table && k.by_file)
		translate(&c, &k.file, table);

	stdin_in = optind == argc;
	for (i = optind; i < argc; i++)
		if (strcmp(argv[i], "-") == 0)
			stdin_in = 1;
	kind = c.topts.format == FMT_AUTO ? first_kind(argv + optind,
	    argc - optind, &feed, line) : TK_NONE;
	if (kind != TK_NONE && kind != TK_TRADE) {
		k.why = &why;
		kept = table_filter(&c, &k, kind, argv + optind, argc - optind,
		    &n);
		goto done;
	}

	if (k.cl[C_EXP].n || k.cl[C_IMP].n)
		cli_fail(&c, "%s: trade rows have reporter and partner, not "
		    "exporter and importer (those of trade-mirror's tables): "
		    "--reporter with --flow X or M", k.cl[C_EXP].n ?
		    "--exporter" : "--importer");
	/* trade rows: the reader skips those of other products unread,
	 * unless they are read once only (standard input), when every row
	 * is counted for the message of an empty answer */
	if ((k.by_codes || k.by_file) && !stdin_in) {
		const struct prodlist *pl = k.by_codes ? &k.codes : &k.file;
		size_t j;

		c.topts.keep_product = keep_product;
		c.topts.keep_arg = &k;
		/* a wanted row's line holds one of the codes, as written or
		 * without the leading zero a file may have lost: few codes,
		 * and lines with none of them are not even split */
		for (j = 0; j < pl->n; j++)
			if (pl->code[j][0] < '0' || pl->code[j][0] > '9')
				break;	/* TOTAL: written TOTAL, ALL, AG0... */
		if (pl->n <= MAXLITS && j == pl->n) {
			for (j = 0; j < pl->n; j++)
				lits[j] = pl->code[j] + (pl->code[j][0] ==
				    '0' && pl->code[j][1] != '\0');
			c.topts.line_literals = lits;
			c.topts.nline_literals = pl->n;
		}
	}
	if (stdin_in)
		k.why = &why;
	/* the blocks of a large file on several threads, the rest (or all)
	 * here */
	r = trade_parallel_ordered(&c.topts, argv + optind, argc - optind,
	    stdin_in ? 1 : trade_threads(&c.topts), c.excel, filter_row, &k,
	    write_block, &blk, cli_progress_blocks, &c);
	while ((st = trade_next(r, &row)) == 1) {
		cli_progress(&c, r, ++n);
		if (!wanted(&k, &row))
			continue;
		cli_open_once(&c);
		trade_write_row(&c.w, &row);
		kept++;
	}
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	cli_open_once(&c);
	cli_report(&c, r);
	trade_close(r);
	/* nothing written (no block, no row): read the files again, every
	 * row, to say why */
	if (kept == 0 && blk.bytes == 0 && !stdin_in) {
		struct trade_opts o = c.topts;

		o.keep_product = NULL;
		o.line_literals = NULL;
		o.nline_literals = 0;
		o.skip_bad = 1;
		k.why = &why;
		n = 0;
		r = trade_open(&o, argv + optind, argc - optind);
		while (trade_next(r, &row) == 1) {
			n++;
			(void)wanted(&k, &row);
		}
		trade_close(r);
	}
done:
	if (kept == 0 && blk.bytes == 0 && k.why && n > 0) {
		if (!explain_empty(&k, &why, n, err, sizeof(err)))
			cli_fail(&c, "%s", err);
		if (!c.quiet)
			util_warn("%s", err);
	}
	prodlist_free(&k.codes);
	prodlist_free(&k.file);
	for (i = 0; i < C_FLOW; i++)
		free(k.cl[i].code);
	st = cli_finish(&c);
	free((char *)c.header);
	return st;
}
