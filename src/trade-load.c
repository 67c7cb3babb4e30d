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

enum { OPT_NAMES = OPT_FIRST_PROGRAM };

static const char usage[] =
    "usage: trade-load [options] [file...]\n"
    "Write the rows of trade files in any supported format as canonical\n"
    "trade CSV. No file, or -, reads standard input.\n"
    "\n"
    "      --names           add reporter_name and partner_name columns\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

/* A row, with its names when arg (an int) is set; on the reader's
 * threads too. */
static int
load_row(void *arg, const struct trade_row *row, struct csvw *w)
{
	if (*(int *)arg) {
		trade_write_fields(w, row);
		csvw_str(w, row->reporter_name);
		csvw_str(w, row->partner_name);
		csvw_end(w);
	} else
		trade_write_row(w, row);
	return 0;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "names", no_argument, NULL, OPT_NAMES },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct trade_reader *r;
	struct trade_row row;
	uint64_t n = 0;
	int opt, st, names = 0;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (opt == OPT_NAMES) {
			names = 1;
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	c.topts.names = names;
	/* the blocks of a large file on several threads, the rest (or all)
	 * here; the output opens at the first row (or the end), so that a
	 * file that cannot be read leaves nothing behind */
	if (names)
		c.header = "period,reporter,partner,flow,product,value,"
		    "quantity,unit,currency,source,reporter_name,partner_name";
	r = trade_parallel_ordered(&c.topts, argv + optind, argc - optind,
	    trade_threads(&c.topts), c.excel, load_row, &names,
	    cli_write_block, &c, cli_progress_blocks, &c);
	while ((st = trade_next(r, &row)) == 1) {
		cli_open_once(&c);
		load_row(&names, &row, &c.w);
		cli_progress(&c, r, ++n);
	}
	if (st == 0)
		cli_open_once(&c);
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	cli_report(&c, r);
	trade_close(r);
	return cli_finish(&c);
}
