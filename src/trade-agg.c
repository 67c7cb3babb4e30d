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
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "agg.h"
#include "cli.h"
#include "util.h"

enum {
	OPT_BY = OPT_FIRST_PROGRAM, OPT_WITH_AGG, OPT_TOTAL_TRADE, OPT_MEMORY
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
    "                        (M + X) as total trade (default: refused)\n"
    "      --memory SIZE     memory for the groups (K, M, G: 512M); past it\n"
    "                        they go to sorted runs in $TMPDIR (else /tmp),\n"
    "                        merged at the end (default: half of\n"
    "                        MemAvailable, or 1G; at least 64K)\n";

/* The groups of a sorted input, written as they come to a temporary
 * file (removed from the directory at once: nothing is left behind,
 * whatever ends the program), copied to the output at the end, since a
 * row out of order drops them. */
struct spool {
	FILE		*fp;
	struct csvw	 w;
};

static void
spool_cell(void *arg, const struct agg *a, const struct agg_cell *cell)
{
	struct spool *s = arg;

	agg_write_cell(&s->w, a, cell, 0);
}

static FILE *
spool_open(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd;
	FILE *fp;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	if ((size_t)snprintf(path, sizeof(path), "%s/trade-agg.XXXXXX",
	    dir) >= sizeof(path) || (fd = mkstemp(path)) < 0)
		return NULL;
	unlink(path);
	if ((fp = fdopen(fd, "w+")) == NULL)
		close(fd);
	return fp;
}

/* The sorted input's groups to the output: 0, or -1 with errno. */
static int
spool_copy(struct spool *s, FILE *out)
{
	char buf[1 << 16];
	size_t n;

	if (fflush(s->fp) != 0 || fseek(s->fp, 0, SEEK_SET) != 0)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), s->fp)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			return -1;
	return ferror(s->fp) ? -1 : 0;
}

/* A --memory SIZE in bytes: digits, then K, M or G (powers of 1024);
 * 0 when it is not one. */
static size_t
parse_size(const char *s)
{
	unsigned long long n;
	char *end;
	int shift = 0;

	if (*s < '0' || *s > '9')
		return 0;
	errno = 0;
	n = strtoull(s, &end, 10);
	if (errno != 0)
		return 0;
	switch (*end) {
	case 'k': case 'K':
		shift = 10;
		end++;
		break;
	case 'm': case 'M':
		shift = 20;
		end++;
		break;
	case 'g': case 'G':
		shift = 30;
		end++;
		break;
	}
	if (*end != '\0' || n > (SIZE_MAX >> shift))
		return 0;
	return (size_t)n << shift;
}

/* The default budget: half of what the system says is available to
 * start programs without swapping, else 1 GiB. */
static size_t
default_memory(void)
{
	FILE *fp = fopen("/proc/meminfo", "r");
	char line[256];
	unsigned long long kb = 0;

	if (fp != NULL) {
		while (fgets(line, sizeof(line), fp) != NULL)
			if (sscanf(line, "MemAvailable: %llu kB", &kb) == 1)
				break;
		fclose(fp);
	}
	if (kb == 0)
		return (size_t)1 << 30;
	return (size_t)(kb / 2 * 1024);
}

/* The groups to the output, as agg_each() hands them. */
static void
write_cell(void *arg, const struct agg *a, const struct agg_cell *cell)
{
	struct cli *c = arg;

	agg_write_cell(&c->w, a, cell, agg_has_months(a));
}

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
		{ "memory", required_argument, NULL, OPT_MEMORY },
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct agg_opts ao = { AK_ALL, 0, 0, 0, 0, NULL };
	struct trade_reader *r;
	struct agg *a;
	struct spool sp;
	size_t memory = 0;
	char err[1024];
	int opt;

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
		case OPT_MEMORY:
			if ((memory = parse_size(optarg)) == 0)
				cli_bad_arg(usage, "--memory", optarg, "want a "
				    "size: digits, then K, M or G");
			if (memory < agg_memory_min())
				cli_bad_arg(usage, "--memory", optarg, "want "
				    "64K or more, the least the groups work "
				    "in");
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	cli_rollup_memory(memory ? memory : default_memory(),
	    getenv("TMPDIR"));
	/* input sorted by period (BACI's files are) is summed period by
	 * period, in the memory of one period's groups; any other is read
	 * again into a table.  Read on one thread: worth it when groups are
	 * many (by product), not when a few sums fit in the threads'
	 * tables anyway and the threads read faster. */
	if ((trade_threads(&c.topts) < 2 || (ao.by & AK_PRODUCT)) &&
	    (sp.fp = spool_open()) != NULL) {
		/* the lines after the output's header: no BOM of their own */
		csvw_init(&sp.w, sp.fp, c.excel);
		sp.w.started = 1;
		if (cli_rollup_stream(&c, argc - optind, argv + optind, &ao,
		    spool_cell, &sp, &a, &r)) {
			if (fflush(sp.fp) == 0 && !ferror(sp.fp)) {
				cli_open_output(&c);
				agg_write_header(&c.w, 0);
				if (spool_copy(&sp, c.out) < 0)
					cli_fail(&c, "the sums written aside: "
					    "%s", strerror(errno));
				fclose(sp.fp);
				goto done;
			}
			/* the temporary could not hold them (a full
			 * disk): one table, as for any other input */
			trade_close(r);
			agg_free(a);
		}
		fclose(sp.fp);
	}
	a = cli_rollup(&c, argc - optind, argv + optind, &ao, 0, 0, &r);
	cli_open_output(&c);
	agg_write_header(&c.w, agg_has_months(a));
	if (agg_each(a, write_cell, &c, err, sizeof(err)) < 0)
		cli_fail(&c, "%s", err);
done:
	cli_report(&c, r);
	if (!c.quiet)
		cli_report_rollup(a);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
