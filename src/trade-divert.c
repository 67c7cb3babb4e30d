/*
 * trade-divert - trade diversion through third countries after a break
 *
 * usage: trade-divert --origin LIST --target CODE --hubs LIST
 *     --break PERIOD [options] [file...]
 *
 * Reads export rows of any supported format and writes, per product and
 * window after the break, the origin's exports to the target, to each
 * hub and control destination and to their sums, over the same months
 * before and after, their change and growth, and EBRD's substitution
 * ratio: the added exports to a destination per unit of lost exports to
 * the target (see divert.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "divert.h"
#include "period.h"
#include "prodlist.h"
#include "util.h"

enum {
	OPT_ORIGIN = OPT_FIRST_PROGRAM, OPT_TARGET, OPT_HUBS, OPT_CONTROLS,
	OPT_PLACEBO, OPT_BREAK, OPT_LEVEL
};

static const char usage[] =
    "usage: trade-divert --origin LIST --target CODE --hubs LIST "
    "--break PERIOD [options] [file...]\n"
    "Exports of an origin to a target and to hubs before and after a\n"
    "break, over the same months, and the substitution ratio (EBRD's\n"
    "\"Eurasian roundabout\"): added exports to a hub per unit of lost\n"
    "exports to the target. No file, or -, reads standard input.\n"
    "\n"
    "      --origin LIST     the exporters: one aggregate (EU27: its own\n"
    "                        rows, else the sum of its 27 members) or\n"
    "                        reporters (DEU,FRA,ITA)\n"
    "      --target CODE     the destination that sanctions close (RUS)\n"
    "      --hubs LIST       the third countries (ARM,GEO,KAZ,KGZ)\n"
    "      --controls LIST   destinations to compare the hubs with\n"
    "      --placebo LIST    HS codes (or headings) of products not\n"
    "                        expected to be diverted: marked placebo\n"
    "      --break PERIOD    the first month (2022-03) or year (2022) of\n"
    "                        the new regime: windows of 12 months (1 year)\n"
    "                        from it are compared with the same months of\n"
    "                        the 12 (the year) before it\n"
    "      --hs-level N      sum products by their first N digits\n";


static void
write_result(struct csvw *w, const struct divert *d,
    const struct divert_result *x)
{
	char a[PERIOD_BUFSZ], b[PERIOD_BUFSZ], buf[2 * PERIOD_BUFSZ + 2];

	snprintf(buf, sizeof(buf), "%s..%s", period_format(x->from, a),
	    period_format(x->to, b));
	csvw_str(w, x->from == x->to ? a : buf);
	snprintf(buf, sizeof(buf), "%s..%s", period_format(x->base_from, a),
	    period_format(x->base_to, b));
	csvw_str(w, x->base_from == x->base_to ? a : buf);
	csvw_int(w, x->months);
	csvw_str(w, x->partner);
	csvw_str(w, divert_role_name(x->role));
	csvw_str(w, x->product);
	csvw_str(w, x->placebo ? "placebo" : "product");
	csvw_num(w, x->before);
	csvw_num(w, x->after);
	csvw_num(w, x->change);
	csvw_num(w, x->growth);
	csvw_num(w, x->growth + 1);
	csvw_num(w, x->substitution);
	csvw_str(w, divert_currency(d));
	csvw_str(w, divert_origin(d));
	csvw_end(w);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "origin", required_argument, NULL, OPT_ORIGIN },
		{ "target", required_argument, NULL, OPT_TARGET },
		{ "hubs", required_argument, NULL, OPT_HUBS },
		{ "controls", required_argument, NULL, OPT_CONTROLS },
		{ "placebo", required_argument, NULL, OPT_PLACEBO },
		{ "break", required_argument, NULL, OPT_BREAK },
		{ "hs-level", required_argument, NULL, OPT_LEVEL },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct divert_opts o;
	struct prodlist placebo = { 0 };
	struct trade_reader *r;
	struct trade_row row;
	struct divert *d;
	char err[1024];
	uint64_t nrows = 0;
	size_t i;
	int opt, st;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	memset(&o, 0, sizeof(o));
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_ORIGIN:
			o.origin = optarg;
			continue;
		case OPT_TARGET:
			o.target = optarg;
			continue;
		case OPT_HUBS:
			o.hubs = optarg;
			continue;
		case OPT_CONTROLS:
			o.controls = optarg;
			continue;
		case OPT_PLACEBO:
			if (prodlist_add_codes(&placebo, optarg, err,
			    sizeof(err)) < 0)
				cli_bad_arg(usage, "--placebo", optarg, err);
			o.placebo = &placebo;
			continue;
		case OPT_LEVEL:
			if (agg_parse_level(optarg, &o.hs_level) < 0)
				cli_bad_arg(usage, "--hs-level", optarg,
				    "want 2, 4, 6, 8 or 10");
			continue;
		case OPT_BREAK:
			if (period_parse(optarg, strlen(optarg), &o.brk) < 0)
				cli_bad_arg(usage, "--break", optarg, "want a "
				    "month (2022-03) or a year (2022)");
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		cli_print_usage(&c, stderr);
		return 2;
	}
	if (o.origin == NULL || o.target == NULL || o.hubs == NULL ||
	    o.brk == 0)
		cli_usage_fail("--origin, --target, --hubs and --break are "
		    "required");
	if ((d = divert_alloc(&o, err, sizeof(err))) == NULL)
		cli_usage_fail("%s", err);
	r = cli_reader(&c, argc - optind, argv + optind);
	while ((st = trade_next(r, &row)) == 1) {
		cli_progress(&c, r, ++nrows);
		if (divert_add(d, &row, err, sizeof(err)) < 0)
			cli_fail(&c, "%s", err);
	}
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	cli_progress_done(&c);
	if (divert_finish(d, err, sizeof(err)) < 0)
		cli_fail(&c, "%s", err);
	cli_open_output(&c);
	csvw_header(&c.w, "period,base_period,months,partner,role,product,"
	    "product_role,before,after,change,growth,ratio,substitution,"
	    "currency,origin");
	for (i = 0; i < divert_count(d); i++)
		write_result(&c.w, d, divert_result(d, i));
	cli_report(&c, r);
	trade_close(r);
	divert_free(d);
	prodlist_free(&placebo);
	return cli_finish(&c);
}
