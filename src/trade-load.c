/*
 * trade-load - any supported trade file to canonical trade CSV
 *
 * usage: trade-load [options] [file...]
 *
 * Reads UN Comtrade (API CSV and JSON, legacy download, comtradr), CEPII
 * BACI, IMF IMTS, Eurostat Comext or canonical files (the format of each
 * is detected from its header) and writes one canonical row per flow:
 * period,reporter,partner,flow,product,value,quantity,unit,currency,source
 */
#include <stdio.h>
#include <stdlib.h>

#include "cli.h"
#include "util.h"

static const char usage[] =
    "usage: trade-load [options] [file...]\n"
    "Write the rows of trade files in any supported format as canonical\n"
    "trade CSV. No file, or -, reads standard input.\n"
    "\n";

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
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct trade_reader *r;
	struct trade_row row;
	uint64_t n = 0;
	int opt, st;

	cli_init(&c, argv[0]);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (opt == 'h') {
			print_usage(stdout);
			return 0;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	r = cli_reader(&c, argc - optind, argv + optind);
	cli_open_output(&c);
	trade_write_header(&c.w);
	while ((st = trade_next(r, &row)) == 1) {
		trade_write_row(&c.w, &row);
		cli_progress(&c, r, ++n);
	}
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	cli_report(&c, r);
	trade_close(r);
	return cli_finish(&c);
}
