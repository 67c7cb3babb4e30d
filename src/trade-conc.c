/*
 * trade-conc - concentration of partners (reporters, products) per group
 *
 * usage: trade-conc [options] [file...]
 *
 * A group is every row that agrees on all key columns but the dimension
 * (--of); its members are countries (not aggregates, not the reporter
 * itself) or HS codes, with a value above zero.  The statistics, their
 * formulas and references are conc.c's table (conc.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "fixed.h"
#include "conc.h"
#include "share.h"
#include "util.h"

enum { OPT_OF = OPT_FIRST_PROGRAM };

static const char usage[] =
    "usage: trade-conc [options] [file...]\n"
    "Concentration (HHI, top shares) of each group's members. No file, or\n"
    "-, reads standard input.\n"
    "\n"
    "      --of DIM          partner (default), reporter or product\n"
    "      --annual          roll monthly periods up to years first\n"
    "      --hs-level N      roll HS codes up to N digits first\n";

/* The columns of conc_stats[], after the group's keys. */
static void
print_stats(FILE *fp)
{
	const struct conc_stat *cs;

	fputs("\nColumns after the group's keys (value: the members' sum):\n",
	    fp);
	for (cs = conc_stats; cs->name; cs++)
		fprintf(fp, "  %-20s  %s\n", cs->name, cs->help);
}

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
	print_stats(fp);
}

/* -1 with err when the n members are in more than one currency: each
 * currency with a member of it, and the way out. */
static int
check_currency(const struct agg_cell **mem, size_t n, unsigned dim,
    char *err, size_t errsz)
{
	char list[256];
	size_t i, j, len = 0;

	for (i = 1; i < n; i++)
		if (strcmp(mem[i]->currency, mem[0]->currency) != 0)
			break;
	if (i >= n)
		return 0;	/* one currency, or no member */
	list[0] = '\0';
	for (i = 0; i < n && len < sizeof(list); i++) {
		int k;

		for (j = 0; j < i; j++)
			if (strcmp(mem[j]->currency, mem[i]->currency) == 0)
				break;
		if (j < i)
			continue;	/* named already */
		k = snprintf(list + len, sizeof(list) - len, "%s%s (%s)",
		    len ? ", " : "", mem[i]->currency,
		    agg_member(mem[i], dim));
		len += k > 0 ? (size_t)k : 0;
	}
	snprintf(err, errsz, "%s: the members' values are in several "
	    "currencies, %s: no shares of one total; convert them to one "
	    "first (trade-fx --rates FILE --to USD), or keep the rows of one "
	    "currency", agg_group_name(mem[0], dim), list);
	return -1;
}

/* One group, the ng cells g sorted largest first; v and sh hold ng
 * doubles, mem as many cells.  -1 with err when its values are bad. */
static int
group_out(struct cli *c, const struct agg *a, const struct agg_cell *const *g,
    size_t ng, unsigned dim, double *v, double *sh,
    const struct agg_cell **mem, char *err, size_t errsz)
{
	const struct conc_stat *cs;
	struct agg_cell keys;
	size_t i, n = 0, m;
	double total;
	int st, exact = 1;

	for (i = 0; i < ng; i++)
		if (agg_is_member(g[i], dim)) {
			mem[n] = g[i];
			v[n] = mem[n]->s.value;
			n++;
		}
	if (check_currency(mem, n, dim, err, errsz) < 0)
		return -1;
	if ((st = conc_shares(v, n, sh, &m, &total)) == CONC_EMPTY)
		return 0;	/* no member with trade */
	if (st != CONC_OK) {	/* the roll-up gives sorted values >= 0 */
		snprintf(err, errsz, "%s: values out of order or not finite",
		    agg_group_name(g[0], dim));
		return -1;
	}
	agg_cell_copy(&keys, g[0]);
	keys.s.value = total;
	/* the members' exact sum, written in full past 15 digits as
	 * trade-agg writes it (the double when it does not fit) */
	fixed_zero(&keys.s.v);
	for (i = 0; i < n && exact; i++)
		exact = fixed_add(&keys.s.v, &mem[i]->s.v) == 0;
	if (exact)	/* the double of the exact sum, not of the doubles' */
		keys.s.value = fixed_to_double(&keys.s.v);
	keys.s.qty = 2;
	if (dim == AK_REPORTER)
		keys.reporter = "";
	else if (dim == AK_PARTNER)
		keys.partner = "";
	else
		keys.product[0] = '\0';
	for (i = 1; i < ng; i++)
		keys.s.sources |= g[i]->s.sources;
	agg_write_keys(&c->w, a, &keys, exact);
	for (cs = conc_stats; cs->name; cs++) {
		double x = cs->fn(sh, m);

		if (cs->kind == CONC_COUNT)
			csvw_int(&c->w, (long long)x);
		else if (cs->kind == CONC_MEMBER)
			csvw_str(&c->w, agg_member(mem[(size_t)x], dim));
		else
			csvw_num(&c->w, x);
	}
	csvw_end(&c->w);
	return 0;
}

/* The canonical keys, then a column per statistic. */
static void
header(struct csvw *w)
{
	static const char *const keys[] = { "period", "reporter", "partner",
	    "flow", "product", "value", "quantity", "unit", "currency",
	    "source", NULL };
	const struct conc_stat *cs;
	const char *const *k;

	for (k = keys; *k; k++)
		csvw_str(w, *k);
	for (cs = conc_stats; cs->name; cs++)
		csvw_str(w, cs->name);
	csvw_end(w);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "of", required_argument, NULL, OPT_OF },
		CLI_ROLLUP_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct agg_opts ao = { AK_ALL, 0, 0, 1, 0, NULL };
	unsigned dim = AK_PARTNER;
	struct trade_reader *r;
	struct agg *a;
	const struct agg_cell **mem, **cells;
	double *v, *sh;
	char err[512] = "";
	size_t i, b, n;
	int opt;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	c.topts.refuse_derived = 1;	/* shares, trends... do not add up */
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_OF:
			if ((dim = agg_parse_dim(optarg)) == 0)
				cli_bad_arg(usage, "--of", optarg, "want "
				    "partner, reporter or product");
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
	share_groups(a, dim, cells, mem);
	cli_open_output(&c);
	header(&c.w);
	v = xcalloc(n + 1, sizeof(*v));
	sh = xcalloc(n + 1, sizeof(*sh));
	for (b = 0; b < n && err[0] == '\0'; b = i) {
		i = share_group_end(cells, n, b, dim);
		group_out(&c, a, cells + b, i - b, dim, v, sh, mem, err,
		    sizeof(err));
	}
	free(v);
	free(sh);
	free(mem);
	free(cells);
	if (err[0])
		cli_fail(&c, "%s", err);
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
