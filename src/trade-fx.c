/*
 * trade-fx - convert trade values to one currency with a stated rates table
 *
 * usage: trade-fx --rates FILE --to CUR [options] [file...]
 *
 * Reads any supported trade format and writes canonical rows with their
 * values in CUR, the row's original currency in fx_from and the rate
 * used in fx_rate (units of CUR per unit of fx_from: value = original
 * value * fx_rate).  Monthly rows take the month's rate, annual rows the
 * annual average (see fx.h); a period without a rate stops the program
 * with the row.  Quantities are untouched.  A roll-up's coverage columns
 * (rows, months, month_mask) are kept.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "fx.h"
#include "util.h"

enum {
	OPT_RATES = OPT_FIRST_PROGRAM, OPT_TO
};

static const char usage[] =
    "usage: trade-fx --rates FILE --to CUR [options] [file...]\n"
    "Convert trade values to one currency with a rates table. No file, or\n"
    "-, reads standard input.\n"
    "\n"
    "      --rates FILE      CSV with period, currency and per_usd (units\n"
    "                        of the currency per US dollar) or per_eur\n"
    "      --to CUR          the currency to convert to (ISO 4217: USD...)\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

static int
is_currency(const char *s)
{
	return strlen(s) == 3 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' &&
	    s[1] <= 'Z' && s[2] >= 'A' && s[2] <= 'Z';
}

/* A roll-up's columns as trade-agg writes them (the mask in hex). */
static void
write_coverage(struct csvw *w, const struct trade_row *row)
{
	csvw_num(w, row->rows);
	agg_write_months(w, row->months, row->months > 0 ?
	    row->month_mask : 0);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "rates", required_argument, NULL, OPT_RATES },
		{ "to", required_argument, NULL, OPT_TO },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct trade_reader *r;
	struct trade_row row;
	struct fx *x;
	const char *rates = NULL, *to = NULL;
	char err[2048], from[8], buf[256];
	uint64_t n = 0;
	double rate;
	int opt, st, months = -1;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_RATES:
			rates = optarg;
			continue;
		case OPT_TO:
			if (!is_currency(optarg))
				cli_bad_arg(usage, "--to", optarg, "want a "
				    "currency code of three capitals (USD)");
			to = optarg;
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	if (rates == NULL || to == NULL)
		cli_usage_fail("%s", rates == NULL ? "--rates FILE is required "
		    "(no rate is assumed)" : "--to CUR is required");
	if ((x = fx_load(rates, err, sizeof(err))) == NULL)
		cli_fail(&c, "%s", err);
	if (!fx_knows(x, to)) {
		fx_currencies(x, buf, sizeof(buf));
		cli_fail(&c, "--to %s: no rates for it in %s (its "
		    "currencies: %s; base %s)", to, rates, buf, fx_base(x));
	}
	r = cli_reader(&c, argc - optind, argv + optind);
	while ((st = trade_next(r, &row)) == 1) {
		cli_progress(&c, r, ++n);
		/* the header follows the first row: a roll-up's coverage
		 * travels with it */
		if (months < 0) {
			months = row.months > 0;
			c.header = months ? "period,reporter,partner,flow,"
			    "product,value,quantity,unit,currency,source,rows,"
			    "months,month_mask,fx_from,fx_rate" :
			    "period,reporter,partner,flow,product,value,"
			    "quantity,unit,currency,source,fx_from,fx_rate";
		}
		if (row.months > 0 && !months)
			cli_fail(&c, "%s:%llu: a roll-up row with months after "
			    "rows without them: convert the two kinds apart",
			    row.file, (unsigned long long)row.line);
		snprintf(from, sizeof(from), "%s", row.currency[0] ?
		    row.currency : "USD");
		if (fx_convert(x, &row, to, &rate, err, sizeof(err)) < 0)
			cli_fail(&c, "%s", err);
		cli_open_once(&c);
		trade_write_fields(&c.w, &row);
		if (months)
			write_coverage(&c.w, &row);
		csvw_str(&c.w, from);
		csvw_num(&c.w, rate);
		csvw_end(&c.w);
	}
	if (st < 0)
		cli_fail(&c, "%s", trade_error(r));
	if (months < 0)
		c.header = "period,reporter,partner,flow,product,value,"
		    "quantity,unit,currency,source,fx_from,fx_rate";
	cli_open_once(&c);
	cli_report(&c, r);
	trade_close(r);
	fx_free(x);
	return cli_finish(&c);
}
