/*
 * trade-agg - sum trade rows by key columns
 *
 * usage: trade-agg [options] [file...]
 *
 * Reads any supported trade format and writes canonical rows summed by
 * the --by columns (the others are empty: "all"), with the count of
 * source rows, and with --annual the months present.  Its output is valid
 * input to itself and gives the same result.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "util.h"

enum {
	OPT_BY = OPT_FIRST_PROGRAM, OPT_WITH_AGG, OPT_TOTAL_TRADE
};

static const char usage[] =
    "usage: trade-agg [options] [file...]\n"
    "Sum trade rows by key columns. No file, or -, reads standard input.\n"
    "\n"
    "      --by COLUMNS      key columns kept: period,reporter,partner,flow,\n"
    "                        product (default: all of them)\n"
    "      --annual          roll monthly periods up to years (with months\n"
    "                        and month_mask columns)\n"
    "      --hs-level N      roll HS codes up to N digits (2, 4, 6...)\n"
    "      --with-aggregates add world and group rows (EU27...) into sums\n"
    "                        over countries (default: leave them out)\n"
    "      --total-trade     without flow in --by, add imports and exports\n"
    "                        (M + X) as total trade (default: refused)\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "by", required_argument, NULL, OPT_BY },
		CLI_ROLLUP_LONGOPTS,
		{ "with-aggregates", no_argument, NULL, OPT_WITH_AGG },
		{ "total-trade", no_argument, NULL, OPT_TOTAL_TRADE },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct agg_opts ao = { AK_ALL, 0, 0, 0, 0 };
	struct trade_reader *r;
	struct agg *a;
	size_t i;
	int opt, months;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	c.topts.refuse_derived = 1;	/* shares, trends... do not add up */
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_BY:
			if (agg_parse_by(optarg, &ao.by) < 0 || ao.by == 0)
				cli_bad_arg(usage, "--by", optarg, "want key "
				    "columns among period,reporter,partner,"
				    "flow,product");
			continue;
		case OPT_WITH_AGG:
			ao.with_aggregates = 1;
			continue;
		case OPT_TOTAL_TRADE:
			ao.total_trade = 1;
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	a = cli_rollup(&c, argc - optind, argv + optind, &ao, 0, 0, &r);
	cli_open_output(&c);
	months = agg_has_months(a);
	agg_write_header(&c.w, months);
	for (i = 0; i < agg_count(a); i++)
		agg_write_cell(&c.w, a, agg_cell(a, i), months);
	cli_report(&c, r);
	if (!c.quiet)
		cli_report_rollup(a);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
