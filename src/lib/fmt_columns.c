/*
 * fmt_columns.c - a file in no known format, read by the mapping the
 * user gives: --columns ROLE=COLUMN,... names the file's column of each
 * canonical role (period, year, month, reporter, partner, flow, product,
 * value, quantity, unit, currency, source); --set ROLE=VALUE,... gives a
 * role the file leaves out the same value on every row (--set
 * reporter=ARM,flow=X), --currency C the currency, --scale N (a power of
 * ten) the unit of its values, and --wide reads the columns whose names
 * are periods ("2019", "2023-01", "Jan 2023") as one value each.
 * Reporters and partners go through the country table: codes or names.
 *
 * A constant is a column of its own, added to every record after the
 * file's (named "--set ROLE"), so that the roles are read as every
 * format's are (trade_map_row()).  Told by the option, not the file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "num.h"
#include "period.h"
#include "tradefmt.h"
#include "util.h"

#define R(r)	TRADE_ROLE(r)

static const struct {
	const char	*name;
	int		 role;
} roles[] = {
	{ "period", R_PERIOD }, { "year", R_YEAR }, { "month", R_MONTH },
	{ "reporter", R_REP_NAME }, { "partner", R_PAR_NAME },
	{ "flow", R_FLOW }, { "product", R_PRODUCT }, { "value", R_VALUE },
	{ "quantity", R_QTY }, { "unit", R_UNIT },
	{ "currency", R_CURRENCY }, { "source", R_SOURCE },
};
#define NMAP	(sizeof(roles) / sizeof(roles[0]))

struct col_state {
	const char	**fv;
	size_t		 *fl;
	size_t		  nf;
};

/* The mapping, made once by setup() from the options. */
static struct trade_format_ops spec;
static char *mapname[NROLES];		/* the file's column of a role */
static char *setval[NROLES];		/* a constant of a role */
static char *setname[NROLES];		/* its column, "--set ROLE" */

static int	col_wide_open(struct trade_reader *);
static int	col_record(struct trade_reader *);
static int	col_rows(struct trade_reader *, struct trade_row *);

static int
role_of(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < NMAP; i++)
		if (strlen(roles[i].name) == n &&
		    memcmp(roles[i].name, s, n) == 0)
			return roles[i].role;
	return -1;
}

/*
 * Parse "ROLE=TEXT,ROLE=TEXT" into out[role] (NULL: only check it); 0,
 * or -1 with why.  TEXT may not hold a comma.
 */
static int
parse_pairs(const char *spec_, char **out, char *why, size_t whylen)
{
	const char *p = spec_;

	while (*p != '\0') {
		const char *eq = strchr(p, '='), *end = strchr(p, ',');
		int k;

		if (end == NULL)
			end = p + strlen(p);
		if (eq == NULL || eq > end || eq == p || eq + 1 == end) {
			snprintf(why, whylen, "want ROLE=NAME pairs, comma "
			    "separated: '%.*s'", (int)(end - p), p);
			return -1;
		}
		if ((k = role_of(p, (size_t)(eq - p))) < 0) {
			snprintf(why, whylen, "unknown role '%.*s' (want "
			    "period, year, month, reporter, partner, flow, "
			    "product, value, quantity, unit, currency or "
			    "source)", (int)(eq - p), p);
			return -1;
		}
		if (out != NULL) {
			free(out[k]);
			out[k] = xstrndup(eq + 1, (size_t)(end - eq - 1));
		}
		p = *end == ',' ? end + 1 : end;
	}
	return 0;
}

int
columns_check(const char *s, char *why, size_t whylen)
{
	return parse_pairs(s, NULL, why, whylen);
}

static int
col_setup(struct trade_reader *r)
{
	char why[512];
	int k, have;

	if (r->o.columns == NULL)
		return 0;
	if (parse_pairs(r->o.columns, mapname, why, sizeof(why)) < 0 ||
	    (r->o.set && parse_pairs(r->o.set, setval, why,
	    sizeof(why)) < 0)) {
		snprintf(r->err, sizeof(r->err), "--columns: %s", why);
		return -1;
	}
	if (r->o.currency) {
		free(setval[R_CURRENCY]);
		setval[R_CURRENCY] = xstrdup(r->o.currency);
	}
	/* the format of the records fmt_columns gives: the mapping's
	 * columns, and the hooks of --wide */
	spec = fmt_columns;
	spec.setup = NULL;
	spec.sniff = NULL;
	spec.open = col_wide_open;
	spec.next = NULL;
	spec.close = NULL;
	spec.pow10 = r->o.scale;
	spec.currency = "USD";
	for (k = 0; k < NROLES; k++) {
		if (setval[k] != NULL) {
			size_t i;

			for (i = 0; i < NMAP && roles[i].role != k; i++)
				;
			free(setname[k]);
			setname[k] = xmalloc(strlen(roles[i].name) + 7);
			sprintf(setname[k], "--set %s", roles[i].name);
			spec.cols[k] = setname[k];
		} else if (mapname[k] != NULL)
			spec.cols[k] = mapname[k];
	}
	/* what every row needs, from a column or a constant */
	have = spec.cols[R_PERIOD] || spec.cols[R_YEAR] || r->o.wide;
	if (!have || !spec.cols[R_REP_NAME] || !spec.cols[R_PAR_NAME] ||
	    !spec.cols[R_FLOW] || !spec.cols[R_PRODUCT] ||
	    (!spec.cols[R_VALUE] && !r->o.wide)) {
		snprintf(r->err, sizeof(r->err), "--columns: every row needs "
		    "%s: map a column to it, or give it with --set (such as "
		    "--set reporter=ARM,flow=X,product=TOTAL)",
		    !have ? "a period (or --wide)" :
		    !spec.cols[R_REP_NAME] ? "a reporter" :
		    !spec.cols[R_PAR_NAME] ? "a partner" :
		    !spec.cols[R_FLOW] ? "a flow" :
		    !spec.cols[R_PRODUCT] ? "a product" : "a value");
		return -1;
	}
	spec.required = 0;
	for (k = 0; k < NROLES; k++)
		if (spec.cols[k] != NULL && k != R_QTY && k != R_UNIT &&
		    k != R_SOURCE && k != R_MONTH)
			spec.required |= R(k);
	if (r->o.wide) {
		spec.flags |= TF_WIDE;
		spec.required &= ~(R(R_PERIOD) | R(R_VALUE));
		spec.record = col_record;
		spec.rows = col_rows;
	}
	return 0;
}

static int
col_sniff(struct trade_reader *r, const char *head, size_t len)
{
	(void)head;
	(void)len;
	return r->o.columns != NULL;
}

static void
col_close(struct trade_reader *r)
{
	struct col_state *c = r->owndata;

	if (c == NULL)
		return;
	free(c->fv);
	free(c->fl);
	free(c);
	r->owndata = NULL;
	r->nf = 0;
}

/* The csv record, and the constants after it, as the record. */
static void
col_expose(struct trade_reader *r, struct col_state *c)
{
	size_t n = csvr_nfields(r->csv), i, o;
	const char *const *f = csvr_fields(r->csv);
	const size_t *l = csvr_lens(r->csv);
	int k;

	if (n + NROLES > c->nf) {
		c->nf = n + NROLES;
		c->fv = xrealloc(c->fv, c->nf * sizeof(char *));
		c->fl = xrealloc(c->fl, c->nf * sizeof(size_t));
	}
	for (i = 0; i < n; i++) {
		c->fv[i] = f[i];
		c->fl[i] = l[i];
	}
	o = n;
	for (k = 0; k < NROLES; k++)
		if (setval[k] != NULL) {
			c->fv[o] = r->recno == 0 ? setname[k] : setval[k];
			c->fl[o] = strlen(c->fv[o]);
			o++;
		}
	r->fv = c->fv;
	r->fl = c->fl;
	r->nf = o;
}

static int
col_open(struct trade_reader *r)
{
	struct col_state *c;
	int st;

	r->own = &fmt_columns;
	r->owndata = c = xcalloc(1, sizeof(*c));
	r->recno = 0;
	r->decmark = r->o.decimal ? r->o.decimal :
	    csvr_delim(r->csv) == ';' ? 0 : -1;
	if ((st = csvr_next(r->csv)) <= 0) {
		snprintf(r->err, sizeof(r->err), st < 0 ? "%s" :
		    "%s:1: empty file (no header line)", st < 0 ?
		    csvr_error(r->csv) : r->fname);
		return -1;
	}
	r->nhead = csvr_nfields(r->csv);
	col_expose(r, c);
	return trade_set_format(r, &spec) < 0 ? -1 : 1;
}

static int
col_next(struct trade_reader *r)
{
	struct col_state *c = r->owndata;
	int st;

	if ((st = csvr_next(r->csv)) <= 0) {
		if (st < 0)
			snprintf(r->err, sizeof(r->err), "%s",
			    csvr_error(r->csv));
		return st;
	}
	r->recno = csvr_line(r->csv);
	col_expose(r, c);
	if (csvr_nfields(r->csv) != r->nhead) {
		trade_rowerr(r, "ragged row: %zu field%s where the header has "
		    "%zu", csvr_nfields(r->csv), csvr_nfields(r->csv) == 1 ?
		    "" : "s", r->nhead);
		return -1;
	}
	return 1;
}

/* --wide: the columns whose names are periods. */
static int
col_wide_open(struct trade_reader *r)
{
	if (!(spec.flags & TF_WIDE))
		return 1;
	free(r->pcol);
	free(r->pper);
	r->pcol = r->pper = NULL;
	r->npcol = 0;
	return trade_period_columns(r, r->nhead, "--wide, but no column's "
	    "name is a period (such as 2023 or 2023-01)") < 0 ? -1 : 1;
}

static int
col_record(struct trade_reader *r)
{
	r->rec_pow10 = spec.pow10;
	return 0;
}

/* --wide: the record's next period with a value, as a row. */
static int
col_rows(struct trade_reader *r, struct trade_row *row)
{
	while (r->pnext < r->npcol) {
		size_t k = r->pnext++, len;
		const char *v = trade_fld(r, (size_t)r->pcol[k], &len);
		enum num_status ns;
		double d;
		int st;

		ns = r->decmark >= 0 ? num_parse_mark(v, len, spec.pow10,
		    &r->decmark, &d) : num_parse_scaled(v, len, spec.pow10,
		    &d);
		if (ns == NUM_EMPTY)
			continue;	/* missing, not zero */
		if ((st = trade_map_row(r, row)) < 0)
			return -1;
		if (st > 0) {
			r->pnext = r->npcol;	/* not wanted */
			continue;
		}
		if (ns != NUM_OK || d < 0) {
			char pbuf[PERIOD_BUFSZ];

			trade_rowerr(r, "column '%s': %s: '%s'",
			    period_format(r->pper[k], pbuf), ns == NUM_OK ?
			    "negative trade value" : num_strerror(ns),
			    util_excerpt(v, len));
			return -1;
		}
		row->period = r->pper[k];
		row->value = d;
		return 1;
	}
	return 0;
}

const struct trade_format_ops fmt_columns = {
	.fmt = FMT_COLUMNS,
	.name = "columns",
	.label = NULL,
	.flow = FLOW_NONE,
	.setup = col_setup,
	.sniff = col_sniff,
	.open = col_open,
	.next = col_next,
	.close = col_close,
};
