/*
 * trade-mirror - both sides of every flow
 *
 * usage: trade-mirror [options] file...
 *
 * Pairs, for each period and product, A's reported exports to B with B's
 * reported imports from A.  The inputs may be one file with both sides or
 * several (an exporter's file and an importer's, of any formats); a pair
 * matches on period, the two countries, the product and the currency.
 * Aggregates pair with aggregates (EU27 with the importer's EU27 row),
 * never with a member state.  One-sided flows are listed, never dropped.
 * The pairing and the measures, with their references, are mirror.c's.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "group.h"
#include "mirror.h"
#include "period.h"
#include "util.h"

enum {
	OPT_FLOW = OPT_FIRST_PROGRAM, OPT_CIF_FOB, OPT_LAG
};

static const char usage[] =
    "usage: trade-mirror [options] file...\n"
    "Pair each exporter's reported exports with its partner's reported\n"
    "imports. No file, or -, reads standard input.\n"
    "\n"
    "      --flow F          X (default): exports against the partner's\n"
    "                        imports; M: imports against the partner's exports\n"
    "      --cif-fob F       divide imports (CIF) by F to compare them with\n"
    "                        exports (FOB); default 1.0, studies use ~1.06\n"
    "      --lag N           pair exports in month t with imports in t+N\n"
    "      --annual          roll monthly sides up to years first\n"
    "      --hs-level N      roll HS codes up to N digits first\n";

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
}

/* One pair's row, counted into t. */
static void
pair_out(struct cli *c, const struct agg *a, const struct mirror_pair *pr,
    double cif_fob, struct mirror_tally *t)
{
	struct mirror_measures mm;
	struct agg_sum s;
	char pb[PERIOD_BUFSZ], sb[1024];

	mirror_pair_measures(pr, cif_fob, &mm);
	mirror_tally_add(t, pr, &mm);
	csvw_str(&c->w, period_format(pr->period, pb));
	csvw_str(&c->w, pr->exporter);
	csvw_str(&c->w, pr->importer);
	csvw_str(&c->w, pr->product);
	csvw_str(&c->w, pr->currency);
	csvw_num(&c->w, pr->x);
	csvw_num(&c->w, pr->m);
	csvw_num(&c->w, mm.import_fob);
	csvw_num(&c->w, mm.gap);
	csvw_num(&c->w, mm.ratio);
	csvw_num(&c->w, mm.di);
	csvw_str(&c->w, mirror_flag(pr));
	if (pr->xmonths)
		csvw_int(&c->w, pr->xmonths);
	else
		csvw_empty(&c->w);
	if (pr->mmonths)
		csvw_int(&c->w, pr->mmonths);
	else
		csvw_empty(&c->w);
	memset(&s, 0, sizeof(s));
	s.sources = pr->sources;
	csvw_str(&c->w, agg_sources(a, &s, sb, sizeof(sb)));
	csvw_end(&c->w);
}

/* The total gap, of one product level (mirror.h). */
static void
gap_out(const struct mirror_tally *t)
{
	fprintf(stderr, "; total gap over pairs of countries (exports less "
	    "imports at FOB, no aggregates) %.2f %s", t->gap, t->currency);
	if (t->finer && t->level == 0)
		fputs(" over products TOTAL (the finer products, in them, "
		    "are not added)", stderr);
	else if (t->finer)
		fprintf(stderr, " over %d-digit products (the finer ones, in "
		    "them, are not added)", t->level);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "flow", required_argument, NULL, OPT_FLOW },
		{ "cif-fob", required_argument, NULL, OPT_CIF_FOB },
		{ "lag", required_argument, NULL, OPT_LAG },
		CLI_ROLLUP_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct agg_opts ao = { AK_ALL, 0, 0, 1, 0, NULL };
	struct trade_reader *r;
	struct agg *a;
	struct mirror *mr;
	struct mirror_tally t;
	double cif_fob = 1.0;
	long lag = 0;
	int opt, st, byimp = 0;
	char *end, err[512] = "";
	size_t i;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_FLOW:
			if (strcmp(optarg, "X") != 0 && strcmp(optarg, "M") != 0)
				cli_bad_arg(usage, "--flow", optarg,
				    "want X or M");
			byimp = optarg[0] == 'M';
			continue;
		case OPT_CIF_FOB:
			cif_fob = strtod(optarg, &end);
			if (*end || !(cif_fob >= 1 && cif_fob < 2))
				cli_bad_arg(usage, "--cif-fob", optarg,
				    "want a factor from 1 to 2, such as 1.06");
			continue;
		case OPT_LAG:
			lag = strtol(optarg, &end, 10);
			if (*end || end == optarg || lag < 0 || lag > 24)
				cli_bad_arg(usage, "--lag", optarg,
				    "want months, 0 to 24");
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	if (lag && ao.annual)
		cli_usage_fail("--lag is for monthly pairs, not with --annual");
	/* re-exports and published totals are not a side */
	a = cli_rollup(&c, argc - optind, argv + optind, &ao,
	    1u << FLOW_X | 1u << FLOW_M, 0, &r);
	/* each side into its pair */
	mr = mirror_alloc(lag);
	for (i = 0; i < agg_count(a) && err[0] == '\0'; i++) {
		const struct agg_cell *x = agg_cell(a, i);
		const struct mirror_pair *clash;
		struct mirror_side sd;
		char pp[PERIOD_BUFSZ];

		sd.period = x->period;
		sd.reporter = x->reporter;
		sd.partner = x->partner;
		sd.is_export = x->flow == FLOW_X;
		sd.product = x->product;
		sd.currency = x->currency;
		sd.value = x->s.value;
		sd.month_mask = x->s.month_mask;
		sd.sources = x->s.sources;
		st = mirror_add(mr, &sd, &clash);
		if (st == MIRROR_ELIMIT)
			snprintf(err, sizeof(err), "more than %zu pairs in "
			    "one mirror table (its limit): compare fewer "
			    "periods or products at a time", GROUP_MAX);
		else if (st == MIRROR_ECURRENCY)
			snprintf(err, sizeof(err), "%s's exports to %s, %s, "
			    "product %s: the two sides are in %s and %s; "
			    "convert them to one first (trade-fx --rates FILE "
			    "--to USD)", clash->exporter,
			    clash->importer, period_format(clash->period, pp),
			    clash->product, clash->currency, x->currency);
	}
	if (err[0]) {
		mirror_free(mr);
		cli_fail(&c, "%s", err);
	}
	mirror_sort(mr, byimp);
	cli_open_output(&c);
	csvw_header(&c.w, "period,exporter,importer,product,currency,"
	    "export_value,import_value,import_fob,gap,ratio,di,flag,"
	    "export_months,import_months,source");
	mirror_tally_init(&t);
	for (i = 0; i < mirror_count(mr); i++)
		pair_out(&c, a, mirror_pair(mr, i), cif_fob, &t);
	if (!c.quiet) {
		fprintf(stderr, "%s: %llu pair%s matched, ", util_progname,
		    (unsigned long long)t.matched, t.matched == 1 ? "" : "s");
		if (t.partial)
			fprintf(stderr, "%llu partial (the two sides cover "
			    "different months: not compared), ",
			    (unsigned long long)t.partial);
		fprintf(stderr, "%llu export only, %llu import only",
		    (unsigned long long)t.export_only,
		    (unsigned long long)t.import_only);
		if (t.currency[0] && t.gap_ok)
			gap_out(&t);
		fputc('\n', stderr);
	}
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	mirror_free(mr);
	return cli_finish(&c);
}
