/*
 * trade-share - each partner's (reporter's, product's) share of its group
 *
 * usage: trade-share [options] [file...]
 *
 * A group is every row that agrees on all key columns but the member
 * dimension (--of).  The denominator is stated: --total sum (the sum of
 * the members: countries, not aggregates, and not trade with oneself) or
 * --total world (the group's reported world row, or product TOTAL).
 * Where a world row exists, coverage says what fraction of it the
 * members cover.  The formulas and their references are share.c's
 * (share.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "fixed.h"
#include "share.h"
#include "util.h"

enum {
	OPT_OF = OPT_FIRST_PROGRAM, OPT_TOTAL, OPT_TOP, OPT_PERCENT
};

static const char usage[] =
    "usage: trade-share [options] [file...]\n"
    "Each member's share of its group. No file, or -, reads standard input.\n"
    "\n"
    "      --of DIM          partner (default), reporter or product\n"
    "      --total T         sum (of the members, default) or world (the\n"
    "                        reported world row or product TOTAL)\n"
    "      --top N           keep the N largest members and one 'other' row\n"
    "      --percent         shares in percent, in columns of their own:\n"
    "                        share_pct and coverage_pct (share and\n"
    "                        coverage are fractions)\n"
    "      --annual          roll monthly periods up to years first\n"
    "      --hs-level N      roll HS codes up to N digits first\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

struct opts {
	unsigned	 dim;
	int		 world;
	long		 top;
	double		 scale;		/* 1, or 100 with --percent */
	int		 months;
};

/* A sum with all its digits when it has more than 15 (as trade-agg
 * writes it: a double would round them), else as every number is. */
static void
put_sum(struct csvw *w, const struct fixed *f, double v)
{
	char buf[FIXED_BUFSZ];

	if (f != NULL && fixed_digits(f) > 15)
		csvw_numtext(w, fixed_format(f, buf));
	else
		csvw_num(w, v);
}

/* A member's row; tf the exact total (NULL when it has none). */
static void
write_row(struct cli *c, const struct agg *a, const struct agg_cell *cell,
    const char *member, const struct share_total *t, const struct fixed *tf,
    long rank, const struct opts *o)
{
	struct agg_cell x;

	agg_cell_copy(&x, cell);
	/* 'other' is written as its exact sum, not the doubles' (a
	 * member's value is its sum's already) */
	if (member != NULL)
		x.s.value = fixed_to_double(&cell->s.v);
	if (member && o->dim == AK_REPORTER)
		x.reporter = member;
	else if (member && o->dim == AK_PARTNER)
		x.partner = member;
	else if (member)
		snprintf(x.product, HS_MAX + 1, "%s", member);
	agg_write_keys(&c->w, a, &x, 1);
	csvw_num(&c->w, cell->s.rows);
	put_sum(&c->w, tf, t->total);
	csvw_num(&c->w, share_of(cell->s.value, t->total) * o->scale);
	csvw_num(&c->w, t->coverage * o->scale);
	if (rank > 0)
		csvw_int(&c->w, rank);
	else
		csvw_empty(&c->w);
	csvw_end(&c->w);
}

/* One group, the n cells g sorted largest first; v holds n doubles,
 * mem as many cells.  -1 with err when the group has no shares. */
static int
group_out(struct cli *c, const struct agg *a, const struct agg_cell *const *g,
    size_t ng, const struct opts *o, double *v, const struct agg_cell **mem,
    char *err, size_t errsz)
{
	double world = NAN, other;
	struct share_total t;
	struct agg_cell oc;
	struct fixed sum;
	const struct fixed *tf = &sum;
	const struct agg_cell *wc = NULL;
	size_t i, n = 0, kept;

	for (i = 0; i < ng; i++) {
		const struct agg_cell *x = g[i];

		if (strcmp(x->currency, g[0]->currency) != 0) {
			const struct agg_cell *y = g[0];

			snprintf(err, errsz, "the group of %s mixes "
			    "currencies: %s in %s, %s in %s; convert to one "
			    "currency first (trade-fx)", agg_group_name(y,
			    o->dim), agg_member(y, o->dim), y->currency,
			    agg_member(x, o->dim), x->currency);
			return -1;
		}
		if (agg_is_member(x, o->dim)) {
			mem[n] = x;
			v[n++] = x->s.value;
		} else if (agg_is_total(x, o->dim) && isnan(world)) {
			world = x->s.value;
			wc = x;
		}
	}
	/* the exact total: the members' sum, or the world's row */
	fixed_zero(&sum);
	for (i = 0; i < n && !o->world; i++)
		if (fixed_add(&sum, &mem[i]->s.v) < 0)
			tf = NULL;	/* past fixed.h's digits: the double */
	if (o->world)
		tf = wc != NULL ? &wc->s.v : NULL;
	if (share_total(v, n, world, o->world ? SHARE_WORLD : SHARE_SUM,
	    &t) == SHARE_ENOTOTAL) {
		snprintf(err, errsz, "no reported %s total for the group of %s "
		    "(--total world needs one; --total sum adds the members)",
		    o->dim == AK_PRODUCT ? "TOTAL product" : "world",
		    agg_group_name(g[0], o->dim));
		return -1;
	}
	if (share_top(v, n, (size_t)o->top, &kept, &other) != SHARE_OK) {
		snprintf(err, errsz, "%s: values out of order or not finite",
		    agg_group_name(g[0], o->dim));
		return -1;
	}
	for (i = 0; i < kept; i++)
		write_row(c, a, mem[i], NULL, &t, tf, (long)i + 1, o);
	if (kept == n)
		return 0;
	agg_cell_copy(&oc, mem[kept]);
	oc.s.value = other;
	for (i = kept + 1; i < n; i++) {
		oc.s.rows += mem[i]->s.rows;
		oc.s.sources |= mem[i]->s.sources;
		if (fixed_add(&oc.s.v, &mem[i]->s.v) < 0) {
			snprintf(err, errsz, "%s: the sum of 'other' does not "
			    "fit in %d digits", agg_group_name(g[0],
			    o->dim), FIXED_DIGITS);
			return -1;
		}
	}
	oc.s.qty = 2;	/* quantities of several members: not summed */
	write_row(c, a, &oc, "other", &t, tf, 0, o);
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "of", required_argument, NULL, OPT_OF },
		{ "total", required_argument, NULL, OPT_TOTAL },
		{ "top", required_argument, NULL, OPT_TOP },
		{ "percent", no_argument, NULL, OPT_PERCENT },
		CLI_ROLLUP_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct agg_opts ao = { AK_ALL, 0, 0, 1, 0, NULL };
	struct opts o = { AK_PARTNER, 0, 0, 1, 0 };
	struct trade_reader *r;
	struct agg *a;
	const struct agg_cell **mem, **cells;
	double *v;
	char err[512] = "";
	size_t i, b, n;
	int opt;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	c.topts.refuse_derived = 1;	/* shares, trends... do not add up */
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_OF:
			if ((o.dim = agg_parse_dim(optarg)) == 0)
				cli_bad_arg(usage, "--of", optarg, "want "
				    "partner, reporter or product");
			continue;
		case OPT_TOTAL:
			if (strcmp(optarg, "sum") != 0 &&
			    strcmp(optarg, "world") != 0)
				cli_bad_arg(usage, "--total", optarg,
				    "want sum or world");
			o.world = strcmp(optarg, "world") == 0;
			continue;
		case OPT_TOP:
			o.top = cli_count("--top", optarg);
			continue;
		case OPT_PERCENT:
			o.scale = 100;
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	a = cli_rollup(&c, argc - optind, argv + optind, &ao, 0, 1, &r);
	n = agg_count(a);
	cells = xcalloc(n + 1, sizeof(*cells));
	mem = xcalloc(n + 1, sizeof(*mem));
	share_groups(a, o.dim, cells, mem);
	cli_open_output(&c);
	csvw_header(&c.w, o.scale == 1 ? "period,reporter,partner,flow,"
	    "product,value,quantity,unit,currency,source,rows,total,share,"
	    "coverage,rank" : "period,reporter,partner,flow,product,value,"
	    "quantity,unit,currency,source,rows,total,share_pct,coverage_pct,"
	    "rank");
	v = xcalloc(n + 1, sizeof(*v));
	for (b = 0; b < n && err[0] == '\0'; b = i) {
		i = share_group_end(cells, n, b, o.dim);
		group_out(&c, a, cells + b, i - b, &o, v, mem, err,
		    sizeof(err));
	}
	free(v);
	free(mem);
	free(cells);
	if (err[0])
		cli_fail(&c, "%s", err);
	cli_report(&c, r);
	if (!c.quiet)
		cli_report_rollup(a);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
