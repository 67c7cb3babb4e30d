/*
 * trade-conc - concentration of partners (reporters, products) per group
 *
 * usage: trade-conc [options] [file...]
 *
 * A group is every row that agrees on all key columns but the dimension
 * (--of); its members are countries (not aggregates, not the reporter
 * itself) or HS codes, with a value above zero.  Shares s_i = v_i / sum v
 * are never rounded before use.
 *
 * Herfindahl-Hirschman index, as WITS defines it ("Herfindahl-Hirschman
 * Index", WITS online help, World Bank) and UNCTAD computes its
 * concentration index (UNCTADstat, "Concentration and diversification
 * indices"; UNCTAD's index is the square root of the normalised form):
 *   hhi      = sum s_i^2                       (1/n .. 1)
 *   hhi_norm = (hhi - 1/n) / (1 - 1/n)         (0 .. 1; empty when n = 1)
 * and the concentration ratios cr_k = the sum of the k largest shares.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
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

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

/* One group, cells [b, e) sorted largest first. */
static void
group_out(struct cli *c, const struct agg *a, size_t b, size_t e,
    unsigned dim)
{
	double total = 0, hhi = 0, cr[3] = { 0, 0, 0 }, top_share = 0;
	const struct agg_cell *top = NULL;
	struct agg_cell keys;
	size_t i;
	long n = 0;

	for (i = b; i < e; i++) {
		const struct agg_cell *x = agg_cell(a, i);

		if (agg_is_member(x, dim) && x->s.value > 0)
			total += x->s.value;
	}
	if (total <= 0)
		return;		/* no member with trade */
	for (i = b; i < e; i++) {
		const struct agg_cell *x = agg_cell(a, i);
		double s;

		if (!agg_is_member(x, dim) || x->s.value <= 0)
			continue;
		s = x->s.value / total;
		if (n == 0) {
			top = x;
			top_share = s;
		}
		n++;
		hhi += s * s;
		if (n <= 1)
			cr[0] += s;
		if (n <= 3)
			cr[1] += s;
		if (n <= 5)
			cr[2] += s;
	}
	agg_cell_copy(&keys, agg_cell(a, b));
	keys.s.value = total;
	keys.s.qty = 2;
	*(dim == AK_REPORTER ? keys.reporter : dim == AK_PARTNER ?
	    keys.partner : keys.product) = '\0';
	for (i = b + 1; i < e; i++)
		keys.s.sources |= agg_cell(a, i)->s.sources;
	agg_write_keys(&c->w, a, &keys, 0);
	csvw_int(&c->w, n);
	csvw_num(&c->w, hhi);
	csvw_num(&c->w, hhi * 10000);
	csvw_num(&c->w, n > 1 ? (hhi - 1.0 / (double)n) /
	    (1 - 1.0 / (double)n) : NAN);
	csvw_num(&c->w, cr[0]);
	csvw_num(&c->w, cr[1]);
	csvw_num(&c->w, cr[2]);
	csvw_str(&c->w, agg_member(top, dim));
	csvw_num(&c->w, top_share);
	csvw_end(&c->w);
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
	struct agg_opts ao = { AK_ALL, 0, 0, 1 };
	unsigned dim = AK_PARTNER;
	struct trade_reader *r;
	struct agg *a;
	size_t i, b;
	int opt;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
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
	agg_sort_groups(a, dim);
	cli_open_output(&c);
	csvw_header(&c.w, "period,reporter,partner,flow,product,value,quantity,"
	    "unit,currency,source,n,hhi,hhi_10000,hhi_norm,cr1,cr3,cr5,top,"
	    "top_share");
	for (b = 0; b < agg_count(a); b = i) {
		i = agg_group_end(a, b, dim);
		group_out(&c, a, b, i, dim);
	}
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
