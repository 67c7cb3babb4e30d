/*
 * trade-fetch - the UN Comtrade+ API to canonical trade CSV
 *
 * usage: trade-fetch [options] --period LIST
 *
 * Queries the public preview (no key) or, with the key of COMTRADE_KEY
 * or --key-file, the subscription endpoint; cuts the query into calls
 * that fit the API's limits, retries what fails for a while, keeps every
 * response in the cache, and writes the rows as trade-load reads a saved
 * response: period,reporter,partner,flow,product,value,quantity,unit,
 * currency,source (or, with --raw, the responses as they came).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "cli.h"
#include "fetch.h"
#include "http.h"
#include "prodlist.h"
#include "session.h"
#include "util.h"

enum {
	OPT_PARTNER2 = OPT_FIRST_PROGRAM, OPT_FREQ, OPT_CL, OPT_TYPE,
	OPT_CUSTOMS, OPT_TRANSPORT, OPT_KEY, OPT_KEY_FILE, OPT_PREVIEW,
	OPT_API_URL, OPT_MAX_RECORDS, OPT_MAX_CALLS, OPT_TIMEOUT,
	OPT_RETRIES, OPT_REFRESH, OPT_RAW, OPT_LISTS
};

static const char usage[] =
    "usage: trade-fetch [options] --period LIST\n"
    "Query the UN Comtrade+ API and write canonical trade CSV: the public\n"
    "preview without a key, the subscription endpoint with the key of\n"
    "COMTRADE_KEY or --key-file (never an option's value).\n"
    "\n"
    "  -r, --reporter LIST     ISO3 codes, all or world (default all)\n"
    "  -p, --partner LIST      ISO3 codes, all or world (default world)\n"
    "      --partner2 CODES    second partner, Comtrade numbers (default 0)\n"
    "  -F, --flow LIST         M, X, RM, RX or all (default all)\n"
    "  -P, --product LIST      HS codes, TOTAL, AG2, AG4, AG6, or @NAME, a\n"
    "                          product list of --lists (default TOTAL)\n"
    "  -t, --period LIST       years, months, ranges: 2023, 202301,\n"
    "                          2019-2023, 2023-01-2023-06\n"
    "      --freq A|M          annual or monthly (default: the periods')\n"
    "      --classification CL HS (as reported), H0-H6, S1-S4, B4, B5, EB\n"
    "      --type C|S          goods or services (default C)\n"
    "      --customs CODES     customs procedures (default C00, all)\n"
    "      --transport CODES   modes of transport (default 0, all)\n"
    "      --key-file FILE     the subscription key (else COMTRADE_KEY)\n"
    "      --preview           the preview endpoint, even with a key\n"
    "      --api-url URL       the API's address (TRADESTAT_COMTRADE_URL;\n"
    "                          default " FETCH_BASE ")\n"
    "      --max-records N     records a call (default and most: 500\n"
    "                          preview, 250000 subscription)\n"
    "      --max-calls N       make at most N calls to the API (default 50)\n"
    "      --timeout SECONDS   give a call up after SECONDS (default 120)\n"
    "      --retries N         retries of a call that failed (default 4)\n"
    "      --refresh           fetch again what the cache holds\n"
    "      --raw               the responses as they came, one a line\n"
    "      --lists DIR         where @NAME lists are (default data/lists)\n";

struct run {
	struct cli		 c;
	struct fetch_query	 q;
	struct session		 s;
	struct fetch_twins	*twins;
	char			*key, *dir;
	int			 raw;
};

static struct run x;

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_output_usage, fp);
}

/* Progress, unless --quiet. */
static void
note(void *arg, const char *line)
{
	(void)arg;
	if (!x.c.quiet)
		util_warn("%s", line);
}

/* At exit, even cli_fail()'s: the responses waiting to be read go. */
static void
cleanup(void)
{
	session_release(&x.s);
	fetch_twins_free(x.twins);
	x.twins = NULL;
}

/* cli_open_once() for fetch_write_response(): before the first row */
static void
open_once(void *arg)
{
	cli_open_once(arg);
}

static long
count_arg(const char *opt, const char *arg, long lo, long hi)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(arg, &end, 10);
	if (errno != 0 || end == arg || *end != '\0' || v < lo || v > hi)
		cli_usage_fail("%s: not a number from %ld to %ld: '%s'", opt,
		    lo, hi, arg);
	return v;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "reporter", required_argument, NULL, 'r' },
		{ "partner", required_argument, NULL, 'p' },
		{ "partner2", required_argument, NULL, OPT_PARTNER2 },
		{ "flow", required_argument, NULL, 'F' },
		{ "product", required_argument, NULL, 'P' },
		{ "period", required_argument, NULL, 't' },
		{ "freq", required_argument, NULL, OPT_FREQ },
		{ "classification", required_argument, NULL, OPT_CL },
		{ "type", required_argument, NULL, OPT_TYPE },
		{ "customs", required_argument, NULL, OPT_CUSTOMS },
		{ "transport", required_argument, NULL, OPT_TRANSPORT },
		{ "key", required_argument, NULL, OPT_KEY },
		{ "key-file", required_argument, NULL, OPT_KEY_FILE },
		{ "preview", no_argument, NULL, OPT_PREVIEW },
		{ "api-url", required_argument, NULL, OPT_API_URL },
		{ "max-records", required_argument, NULL, OPT_MAX_RECORDS },
		{ "max-calls", required_argument, NULL, OPT_MAX_CALLS },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ "retries", required_argument, NULL, OPT_RETRIES },
		{ "refresh", no_argument, NULL, OPT_REFRESH },
		{ "raw", no_argument, NULL, OPT_RAW },
		{ "lists", required_argument, NULL, OPT_LISTS },
		{ "output", required_argument, NULL, 'o' },
		{ "excel", no_argument, NULL, OPT_EXCEL },
		{ "quiet", no_argument, NULL, 'q' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ NULL, 0, NULL, 0 }
	};
	const char *reporter = "all", *partner = "world", *flow = "all";
	const char *product = "TOTAL", *period = NULL, *lists = NULL;
	const char *key_file = NULL, *freq = NULL, *env, *t;
	char err[512], listbuf[4096];
	size_t i;
	long maxrec = 0;
	int opt, preview = 0;

	cli_init(&x.c, argv[0], usage, CLI_USAGE_WHOLE);
	fetch_query_init(&x.q);
	x.s.base = getenv("TRADESTAT_COMTRADE_URL");
	x.s.max_calls = 50;
	x.s.timeout = 120;
	x.s.retries = 4;
	while ((opt = getopt_long(argc, argv, "r:p:F:P:t:o:qh", longopts,
	    NULL)) != -1) {
		switch (opt) {
		case 'h':
			print_usage(stdout);
			return 0;
		case 'r': reporter = optarg; continue;
		case 'p': partner = optarg; continue;
		case 'F': flow = optarg; continue;
		case 'P': product = optarg; continue;
		case 't': period = optarg; continue;
		case OPT_FREQ: freq = optarg; continue;
		case OPT_LISTS: lists = optarg; continue;
		case OPT_KEY_FILE: key_file = optarg; continue;
		case OPT_PREVIEW: preview = 1; continue;
		case OPT_API_URL: x.s.base = optarg; continue;
		case OPT_REFRESH: x.s.refresh = 1; continue;
		case OPT_RAW: x.raw = 1; continue;
		case OPT_KEY:
			cli_usage_fail("the key is never an option's value (ps "
			    "and the shell's history would show it): set "
			    "COMTRADE_KEY or use --key-file FILE");
		case OPT_PARTNER2: case OPT_CUSTOMS: case OPT_TRANSPORT:
			if (fetch_code(opt == OPT_PARTNER2 ? &x.q.partner2 :
			    opt == OPT_CUSTOMS ? &x.q.customs :
			    &x.q.transport, opt == OPT_PARTNER2 ? "partner" :
			    opt == OPT_CUSTOMS ? "customs" : "transport",
			    optarg, err, sizeof(err)) < 0)
				cli_usage_fail("%s", err);
			continue;
		case OPT_CL:
			if (fetch_classification(&x.q, optarg, err,
			    sizeof(err)) < 0)
				cli_usage_fail("--classification: %s", err);
			continue;
		case OPT_TYPE:
			if (strcmp(optarg, "C") != 0 && strcmp(optarg, "S") != 0)
				cli_usage_fail("--type: C (goods) or S "
				    "(services), not '%s'", optarg);
			x.q.type = optarg[0];
			continue;
		case OPT_MAX_RECORDS:
			maxrec = count_arg("--max-records", optarg, 1,
			    FETCH_GET_CAP);
			continue;
		case OPT_MAX_CALLS:
			x.s.max_calls = count_arg("--max-calls", optarg, 1,
			    1000000);
			continue;
		case OPT_TIMEOUT:
			x.s.timeout = count_arg("--timeout", optarg, 1, 86400);
			continue;
		case OPT_RETRIES:
			x.s.retries = count_arg("--retries", optarg, 0, 100);
			continue;
		}
		if (opt != 'o' && opt != 'q' && opt != OPT_EXCEL &&
		    opt != OPT_VERSION) {
			print_usage(stderr);
			return 2;
		}
		cli_option(&x.c, opt, optarg);
	}
	if (optind < argc)
		cli_usage_fail("no operands: the query is in the options "
		    "('%s')", argv[optind]);
	if (period == NULL)
		cli_usage_fail("no --period: the years or months to fetch");
	if (fetch_query_args(&x.q, reporter, partner, flow, period, freq,
	    err, sizeof(err)) < 0)
		cli_usage_fail("%s", err);
	if (fetch_products_arg(&x.q, product, lists ? lists :
	    prodlist_dir(listbuf, sizeof(listbuf)), err, sizeof(err)) < 0)
		cli_usage_fail("--product%s%s: %s", product[0] == '@' ? " " :
		    "", product[0] == '@' ? product : "", err);
	if (key_file != NULL && fetch_read_key(key_file, &x.key, err,
	    sizeof(err)) < 0)
		cli_fail(&x.c, "--key-file %s", err);
	else if (key_file == NULL && (env = getenv("COMTRADE_KEY")) != NULL &&
	    env[0] != '\0')
		x.key = xstrdup(env);
	if (fetch_endpoint(&x.q, x.key != NULL, preview, maxrec, &x.s.base,
	    err, sizeof(err)) < 0)
		cli_usage_fail("%s", err);
	x.dir = cache_dir();
	t = getenv("TMPDIR");
	x.s.q = &x.q;
	x.s.key = x.key;
	x.s.cache = x.dir;
	x.s.tmp = t != NULL && t[0] == '/' ? t : "/tmp";
	x.s.note = note;
	atexit(cleanup);
	if (session_run(&x.s) < 0)
		cli_fail(&x.c, "%s", x.s.err);
	/* Italy or Sudan under both their codes is refused before a row
	 * goes out; --raw is the responses as they came, the way out */
	x.twins = fetch_twins_alloc();
	for (i = 0; !x.raw && i < x.s.nparts; i++)
		if (fetch_twins_add(x.twins, x.s.parts[i].path, err,
		    sizeof(err)) < 0)
			cli_fail(&x.c, "call %zu: %s", x.s.parts[i].ncall, err);
	fetch_twins_free(x.twins);
	x.twins = NULL;
	if (x.raw)
		cli_open_output(&x.c);
	for (i = 0; i < x.s.nparts; i++)
		if (fetch_write_response(x.s.parts[i].path,
		    x.s.parts[i].fetched, x.raw, x.c.out, &x.c.w, open_once,
		    &x.c, err, sizeof(err)) < 0)
			cli_fail(&x.c, "call %zu: %s", x.s.parts[i].ncall, err);
	if (!x.raw)
		cli_open_once(&x.c);
	session_release(&x.s);
	if (x.key != NULL) {
		memset(x.key, 0, strlen(x.key));
		free(x.key);
	}
	free(x.dir);
	fetch_query_release(&x.q);
	http_cleanup();
	return cli_finish(&x.c);
}
