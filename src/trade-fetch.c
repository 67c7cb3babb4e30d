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
#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
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
}

/* The first line of a key file, without its line end. */
static char *
read_key(struct cli *c, const char *path)
{
	char buf[1024];
	FILE *fp = fopen(path, "r");
	size_t n;

	if (fp == NULL)
		cli_fail(c, "--key-file %s: %s", path, strerror(errno));
	if (fgets(buf, sizeof(buf), fp) == NULL)
		buf[0] = '\0';
	fclose(fp);
	n = strlen(buf);
	while (n > 0 && (buf[n - 1] == '\n' || buf[n - 1] == '\r' ||
	    buf[n - 1] == ' ' || buf[n - 1] == '\t'))
		buf[--n] = '\0';
	if (n == 0)
		cli_fail(c, "--key-file %s: no key on its first line", path);
	return xstrdup(buf);
}

/* The rows of a response, through the reader of saved responses (or,
 * with --raw, the response as it came, and a newline). */
static void
write_part(const struct session_part *p)
{
	struct trade_opts o;
	struct trade_reader *r;
	struct trade_row row;
	char src[64], *files[1], buf[65536];
	struct tm tm;
	size_t n;
	FILE *fp;
	int st;

	if (x.raw) {
		if ((fp = fopen(p->path, "rb")) == NULL)
			cli_fail(&x.c, "%s: %s", p->path, strerror(errno));
		while ((n = fread(buf, 1, sizeof(buf), fp)) > 0)
			fwrite(buf, 1, n, x.c.out);
		fclose(fp);
		fputc('\n', x.c.out);
		return;
	}
	gmtime_r(&p->fetched, &tm);
	strftime(src, sizeof(src), "UN Comtrade (fetched %Y-%m-%d)", &tm);
	memset(&o, 0, sizeof(o));
	o.format = FMT_COMTRADE_JSON;
	o.source = src;
	files[0] = p->path;
	r = trade_open(&o, files, 1);
	while ((st = trade_next(r, &row)) == 1) {
		cli_open_once(&x.c);
		trade_write_row(&x.c.w, &row);
	}
	if (st < 0) {
		char msg[1024];

		snprintf(msg, sizeof(msg), "%s", trade_error(r));
		trade_close(r);
		cli_fail(&x.c, "call %zu: %s", p->ncall, msg);
	}
	trade_close(r);
}

/* HS, H0-H6, S1-S4, B4, B5, EB02...: 2 to 5 capitals and digits. */
static int
classification(const char *s)
{
	size_t n = strlen(s), i;

	for (i = 0; i < n; i++)
		if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]))
			return 0;
	return n >= 2 && n <= 5;
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

/* The installed share/tradestat/lists beside the program's bin/, or
 * data/lists of the build tree the program is in (as trade-claim). */
static const char *
find_lists(char *buf, size_t size)
{
	char exe[2048], *slash;
	ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	int up;

	if (n <= 0)
		return "data/lists";
	exe[n] = '\0';
	if ((slash = strrchr(exe, '/')) != NULL)
		*slash = '\0';
	for (up = 1; up <= 3; up++) {	/* bin/, build/asan/bin/ */
		snprintf(buf, size, "%s/%.*sdata/lists", exe, 3 * up,
		    "../../../");
		if (access(buf, R_OK) == 0)
			return buf;
	}
	snprintf(buf, size, "%s/../share/tradestat/lists", exe);
	return buf;
}

/* --product: codes, or @NAME for the codes of a product list. */
static void
products(const char *arg, const char *lists)
{
	struct prodlist l = { 0 };
	char err[512], path[4096], *s;
	size_t i, n = 0;

	if (arg[0] != '@') {
		if (fetch_products(&x.q, arg, err, sizeof(err)) < 0)
			cli_usage_fail("--product: %s", err);
		return;
	}
	if ((size_t)snprintf(path, sizeof(path), "%s/%s.csv", lists,
	    arg + 1) >= sizeof(path))
		cli_usage_fail("--product %s: the path is too long", arg);
	if (prodlist_load(&l, path, NULL, err, sizeof(err)) < 0)
		cli_usage_fail("--product %s: %s", arg, err);
	s = xmalloc(l.n * (HS_MAX + 2) + 1);
	for (i = 0; i < l.n; i++)
		n += (size_t)sprintf(s + n, "%s%s", i ? "," : "", l.code[i]);
	s[n] = '\0';
	if (fetch_products(&x.q, s, err, sizeof(err)) < 0)
		cli_usage_fail("--product %s: %s", arg, err);
	free(s);
	prodlist_free(&l);
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
			if (!classification(optarg))
				cli_usage_fail("--classification: not a "
				    "classification: '%s' (HS, H0-H6, S1-S4, "
				    "B4, B5, EB...)", optarg);
			strcpy(x.q.cl, optarg);
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
	if (freq != NULL) {
		if (strcmp(freq, "A") != 0 && strcmp(freq, "M") != 0)
			cli_usage_fail("--freq: A or M, not '%s'", freq);
		x.q.freq = freq[0];
	}
	if (fetch_periods(&x.q, period, err, sizeof(err)) < 0)
		cli_usage_fail("--period: %s", err);
	if (fetch_countries(&x.q, FETCH_REPORTER, reporter, err,
	    sizeof(err)) < 0)
		cli_usage_fail("--reporter: %s", err);
	if (fetch_countries(&x.q, FETCH_PARTNER, partner, err,
	    sizeof(err)) < 0)
		cli_usage_fail("--partner: %s", err);
	if (fetch_flows(&x.q, flow, err, sizeof(err)) < 0)
		cli_usage_fail("--flow: %s", err);
	products(product, lists ? lists : find_lists(listbuf,
	    sizeof(listbuf)));
	if (key_file != NULL)
		x.key = read_key(&x.c, key_file);
	else if ((env = getenv("COMTRADE_KEY")) != NULL && env[0] != '\0')
		x.key = xstrdup(env);
	x.q.preview = preview || x.key == NULL;
	x.q.max_records = x.q.preview ? FETCH_PREVIEW_CAP : FETCH_GET_CAP;
	if (maxrec > x.q.max_records)
		cli_usage_fail("--max-records: at most %ld a call with the %s "
		    "endpoint, not %ld", x.q.max_records, x.q.preview ?
		    "preview" : "subscription", maxrec);
	if (maxrec > 0)
		x.q.max_records = maxrec;
	if (x.s.base == NULL || x.s.base[0] == '\0')
		x.s.base = FETCH_BASE;
	if (strncmp(x.s.base, "http://", 7) != 0 &&
	    strncmp(x.s.base, "https://", 8) != 0)
		cli_usage_fail("--api-url: not an http:// or https:// address: "
		    "'%s'", x.s.base);
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
	if (x.raw)
		cli_open_output(&x.c);
	for (i = 0; i < x.s.nparts; i++)
		write_part(&x.s.parts[i]);
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
