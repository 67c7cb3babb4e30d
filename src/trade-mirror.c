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
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "codes.h"
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

struct pair {
	int		 period;		/* the export side's */
	char		 exporter[CODE_MAX], importer[CODE_MAX];
	char		 product[HS_MAX + 1];
	char		 currency[8];
	double		 x, m;			/* NaN: no report */
	int		 xmonths, mmonths;	/* of annual roll-ups */
	uint32_t	 sources;
};

static int
cmp_pairs(const char *ka, size_t la, const void *va, const char *kb,
    size_t lb, const void *vb, void *arg)
{
	const struct pair *x = va, *y = vb;
	int byimp = *(int *)arg, d;

	(void)ka, (void)la, (void)kb, (void)lb;
	if (x->period != y->period)
		return x->period < y->period ? -1 : 1;
	if (byimp && (d = strcmp(x->importer, y->importer)))
		return d;
	if ((d = strcmp(x->exporter, y->exporter)))
		return d;
	if ((d = strcmp(x->importer, y->importer)))
		return d;
	return strcmp(x->product, y->product);
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
	struct agg_opts ao = { AK_ALL, 0, 0, 1 };
	struct trade_reader *r;
	struct agg *a;
	struct group *pairs;
	double cif_fob = 1.0, gap = 0;
	long lag = 0;
	int opt, byimp = 0, gap_ok = 1;
	char *end, gapcur[8] = "";
	uint64_t nmatched = 0, nx = 0, nm = 0;
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
	pairs = group_alloc(sizeof(struct pair));
	for (i = 0; i < agg_count(a); i++) {
		const struct agg_cell *x = agg_cell(a, i);
		int isx = x->flow == FLOW_X, created, p = x->period;
		const char *exp = isx ? x->reporter : x->partner;
		const char *imp = isx ? x->partner : x->reporter;
		struct keybuf k;
		struct pair *pr;
		char pb[16];

		if (strcmp(exp, imp) == 0)
			continue;
		/* an import of month t+lag pairs with the export of t; a
		 * year stays a year (the lag is in months) */
		if (!isx && lag && period_is_monthly(p))
			p = period_from_index(period_index(p) - lag, p);
		keybuf_reset(&k);
		snprintf(pb, sizeof(pb), "%d", p);
		keybuf_add(&k, pb);
		keybuf_add(&k, exp);
		keybuf_add(&k, imp);
		keybuf_add(&k, x->product);
		pr = group_get(pairs, k.buf, k.len, &created);
		if (created) {
			pr->period = p;
			snprintf(pr->exporter, CODE_MAX, "%s", exp);
			snprintf(pr->importer, CODE_MAX, "%s", imp);
			memcpy(pr->product, x->product, sizeof(pr->product));
			memcpy(pr->currency, x->currency, sizeof(pr->currency));
			pr->x = pr->m = NAN;
		} else if (strcmp(pr->currency, x->currency) != 0) {
			char pp[PERIOD_BUFSZ];

			cli_fail(&c, "%s's exports to %s, %s, product %s: the "
			    "two sides are in %s and %s; convert one first",
			    exp, imp, period_format(p, pp), x->product,
			    pr->currency, x->currency);
		}
		if (isx) {
			pr->x = x->s.value;
			pr->xmonths = util_popcount((unsigned)x->s.month_mask);
		} else {
			pr->m = x->s.value;
			pr->mmonths = util_popcount((unsigned)x->s.month_mask);
		}
		pr->sources |= x->s.sources;
	}
	group_sort(pairs, cmp_pairs, &byimp);
	cli_open_output(&c);
	csvw_header(&c.w, "period,exporter,importer,product,currency,"
	    "export_value,import_value,import_fob,gap,ratio,di,flag,"
	    "export_months,import_months,source");
	for (i = 0; i < group_count(pairs); i++) {
		const struct pair *pr = group_val(pairs, i);
		struct mirror_measures mm;
		struct agg_sum s;
		char pb[PERIOD_BUFSZ], sb[1024];
		const char *flag = isnan(pr->x) ? "import_only" :
		    isnan(pr->m) ? "export_only" : "matched";

		mirror_measures(pr->x, pr->m, cif_fob, &mm);
		if (!isnan(pr->x) && !isnan(pr->m)) {
			nmatched++;
			if (codes_is_aggregate(pr->exporter) ||
			    codes_is_aggregate(pr->importer))
				;	/* the total is over countries */
			else if (gapcur[0] == '\0')
				memcpy(gapcur, pr->currency, sizeof(gapcur));
			else if (strcmp(gapcur, pr->currency) != 0)
				gap_ok = 0;
			if (!codes_is_aggregate(pr->exporter) &&
			    !codes_is_aggregate(pr->importer))
				gap += mm.gap;
		} else if (isnan(pr->m))
			nx++;
		else
			nm++;
		csvw_str(&c.w, period_format(pr->period, pb));
		csvw_str(&c.w, pr->exporter);
		csvw_str(&c.w, pr->importer);
		csvw_str(&c.w, pr->product);
		csvw_str(&c.w, pr->currency);
		csvw_num(&c.w, pr->x);
		csvw_num(&c.w, pr->m);
		csvw_num(&c.w, mm.import_fob);
		csvw_num(&c.w, mm.gap);
		csvw_num(&c.w, mm.ratio);
		csvw_num(&c.w, mm.di);
		csvw_str(&c.w, flag);
		if (pr->xmonths)
			csvw_int(&c.w, pr->xmonths);
		else
			csvw_empty(&c.w);
		if (pr->mmonths)
			csvw_int(&c.w, pr->mmonths);
		else
			csvw_empty(&c.w);
		memset(&s, 0, sizeof(s));
		s.sources = pr->sources;
		csvw_str(&c.w, agg_sources(a, &s, sb, sizeof(sb)));
		csvw_end(&c.w);
	}
	if (!c.quiet) {
		fprintf(stderr, "%s: %llu pair%s matched, %llu export only, "
		    "%llu import only", util_progname,
		    (unsigned long long)nmatched, nmatched == 1 ? "" : "s",
		    (unsigned long long)nx, (unsigned long long)nm);
		if (gapcur[0] && gap_ok)
			fprintf(stderr, "; total gap over pairs of countries "
			    "(exports less imports at FOB, no aggregates) %.2f "
			    "%s", gap, gapcur);
		fputc('\n', stderr);
	}
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	group_free(pairs);
	return cli_finish(&c);
}
