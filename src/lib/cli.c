/*
 * cli.c - shared program support: options, atomic output, exits.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"
#include "util.h"

static const char input_usage[] =	/* after the formats' lines */
    "  -d, --delimiter C     ',' ';' or 'tab' (default: sniffed)\n"
    "      --encoding E      auto (default), utf-8 or latin1\n"
    "      --unknown keep    pass unknown country codes through\n"
    "      --skip-bad        skip unreadable rows, and count them\n"
    "      --source NAME     name the source of every row\n"
    "      --countries FILE  BACI's country_codes file for i and j\n";
const char cli_output_usage[] =
    "  -o, --output FILE     write to FILE (whole, or not at all)\n"
    "      --excel           CSV for spreadsheets: UTF-8 BOM, CRLF\n"
    "  -q, --quiet           no progress on stderr\n"
    "  -h, --help            this help\n"
    "      --version         the version\n";

/* The input options' usage, --format's lines from the formats' table. */
const char *
cli_input_usage_text(void)
{
	static char buf[4096];

	if (buf[0] == '\0')
		snprintf(buf, sizeof(buf), "%s%s", trade_format_usage(),
		    input_usage);
	return buf;
}

/* The temporary output, for the signal handler. */
static volatile sig_atomic_t have_tmp;
static char tmp_path[4096];

static void
on_signal(int sig)
{
	if (have_tmp)
		unlink(tmp_path);
	signal(sig, SIG_DFL);
	raise(sig);
}

static void
remove_tmp(struct cli *c)
{
	if (c->tmpname) {
		have_tmp = 0;
		unlink(c->tmpname);
		free(c->tmpname);
		c->tmpname = NULL;
	}
}

void
cli_init(struct cli *c, const char *argv0)
{
	const char *slash = strrchr(argv0, '/');

	const char *slow = getenv("TRADESTAT_SLOW");

	util_progname = slash ? slash + 1 : argv0;
	memset(c, 0, sizeof(*c));
	c->topts.format = FMT_AUTO;
	/* TRADESTAT_SLOW=1: every line through libcsv and no line skipped
	 * unread, for the tests that hold the fast paths to the slow one */
	if (slow && strcmp(slow, "1") == 0)
		csvr_fastpath = csvr_prefilter_on = 0;
}

void
cli_usage_error(const char *usage)
{
	fputs(usage, stderr);
	exit(2);
}

void
cli_bad_arg(const char *usage, const char *opt, const char *arg,
    const char *why)
{
	util_warn("option '%s': %s: '%s'", opt, why, arg);
	(void)usage;
	fprintf(stderr, "Try '%s --help' for more information.\n",
	    util_progname);
	exit(2);
}

void
cli_usage_fail(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	util_vwarn(fmt, ap);
	va_end(ap);
	fprintf(stderr, "Try '%s --help' for more information.\n",
	    util_progname);
	exit(2);
}

int
cli_rollup_option(int opt, const char *arg, struct agg_opts *ao)
{
	if (opt == OPT_ANNUAL) {
		ao->annual = 1;
		return 1;
	}
	if (opt != OPT_HS_LEVEL)
		return 0;
	if (agg_parse_level(arg, &ao->hs_level) < 0)
		cli_bad_arg(NULL, "--hs-level", arg, "want 2, 4, 6, 8 or 10");
	return 1;
}

long
cli_count(const char *opt, const char *arg)
{
	char *end;
	long n = strtol(arg, &end, 10);

	if (*end || end == arg || n < 1)
		cli_bad_arg(NULL, opt, arg, "want a count of 1 or more");
	return n;
}

int
cli_option(struct cli *c, int opt, const char *arg)
{
	int f;

	switch (opt) {
	case 'f':
		if ((f = trade_format_parse(arg)) < 0)
			cli_bad_arg(NULL, "--format", arg, "unknown format");
		c->topts.format = (enum trade_format)f;
		return 1;
	case 'd':
		if (strcmp(arg, "tab") == 0 || strcmp(arg, "\\t") == 0 ||
		    strcmp(arg, "\t") == 0)
			c->topts.delim = '\t';
		else if (strcmp(arg, ",") == 0 || strcmp(arg, ";") == 0)
			c->topts.delim = arg[0];
		else
			cli_bad_arg(NULL, "--delimiter", arg,
			    "want ',' ';' or 'tab'");
		return 1;
	case OPT_ENCODING:
		if (util_strcasecmp(arg, "utf-8") == 0 ||
		    util_strcasecmp(arg, "utf8") == 0)
			c->topts.enc = CSV_ENC_UTF8;
		else if (util_strcasecmp(arg, "latin1") == 0 ||
		    util_strcasecmp(arg, "latin-1") == 0 ||
		    util_strcasecmp(arg, "cp1252") == 0)
			c->topts.enc = CSV_ENC_LATIN1;
		else if (strcmp(arg, "auto") == 0)
			c->topts.enc = CSV_ENC_AUTO;
		else
			cli_bad_arg(NULL, "--encoding", arg,
			    "want auto, utf-8 or latin1");
		return 1;
	case OPT_UNKNOWN:
		if (strcmp(arg, "keep") == 0)
			c->topts.unknown_keep = 1;
		else if (strcmp(arg, "error") == 0)
			c->topts.unknown_keep = 0;
		else
			cli_bad_arg(NULL, "--unknown", arg, "want keep or error");
		return 1;
	case OPT_SKIP_BAD:
		c->topts.skip_bad = 1;
		return 1;
	case OPT_SOURCE:
		c->topts.source = arg;
		return 1;
	case OPT_COUNTRIES:
		c->topts.countries = arg;
		return 1;
	case 'o':
		c->output = strcmp(arg, "-") == 0 ? NULL : arg;
		return 1;
	case OPT_EXCEL:
		c->excel = 1;
		return 1;
	case 'q':
		c->quiet = 1;
		return 1;
	case OPT_VERSION:
		printf("%s (tradestat) %s\n", util_progname, TRADESTAT_VERSION);
		exit(0);
	}
	return 0;
}

void
cli_open_output(struct cli *c)
{
	static char buf[1 << 16];
	int fd;

	if (c->output == NULL) {
		c->out = stdout;
		setvbuf(stdout, buf, _IOFBF, sizeof(buf));
	} else {
		size_t n = strlen(c->output) + 16;

		c->tmpname = xmalloc(n);
		snprintf(c->tmpname, n, "%s.tmpXXXXXX", c->output);
		if (strlen(c->tmpname) >= sizeof(tmp_path))
			cli_fail(c, "%s: path too long", c->output);
		/* the handlers first, so that no interrupt leaves it behind */
		strcpy(tmp_path, c->tmpname);
		signal(SIGINT, on_signal);
		signal(SIGTERM, on_signal);
		signal(SIGHUP, on_signal);
		fd = mkstemp(c->tmpname);
		if (fd < 0) {
			int e = errno;

			free(c->tmpname);
			c->tmpname = NULL;
			cli_fail(c, "%s: cannot create: %s", c->output,
			    strerror(e));
		}
		strcpy(tmp_path, c->tmpname);
		have_tmp = 1;
		{
			mode_t um = umask(0);

			umask(um);
			fchmod(fd, 0666 & ~um);
		}
		c->out = fdopen(fd, "w");
		if (c->out == NULL)
			cli_fail(c, "%s: %s", c->output, strerror(errno));
	}
	csvw_init(&c->w, c->out, c->excel);
}

void
cli_open_once(struct cli *c)
{
	if (c->opened)
		return;
	cli_open_output(c);
	if (c->header)
		csvw_header(&c->w, c->header);
	else
		trade_write_header(&c->w);
	c->opened = 1;
}

void
cli_write_block(void *arg, const char *buf, size_t len)
{
	struct cli *c = arg;

	cli_open_once(c);
	fwrite(buf, 1, len, c->out);
}

const char *
cli_output_path(struct cli *c)
{
	if (c->output == NULL)
		return NULL;
	cli_open_output(c);
	fclose(c->out);
	c->out = NULL;
	return c->tmpname;
}

static int
rename_into_place(struct cli *c)
{
	if (rename(c->tmpname, c->output) != 0) {
		util_warn("%s: cannot rename into place: %s", c->output,
		    strerror(errno));
		remove_tmp(c);
		return 1;
	}
	have_tmp = 0;
	free(c->tmpname);
	c->tmpname = NULL;
	return 0;
}

int
cli_finish(struct cli *c)
{
	int bad;

	cli_progress_done(c);
	if (c->out == NULL)
		return c->tmpname ? rename_into_place(c) : 0;
	bad = fflush(c->out) != 0 || ferror(c->out);
	if (c->out == stdout) {
		if (fclose(stdout) != 0)
			bad = 1;
		c->out = NULL;
		if (bad) {
			util_warn("write error: %s", strerror(errno ? errno :
			    EIO));
			return 1;
		}
		return 0;
	}
	if (fclose(c->out) != 0)
		bad = 1;
	c->out = NULL;
	if (bad) {
		util_warn("%s: write error: %s", c->output, strerror(errno));
		remove_tmp(c);
		return 1;
	}
	return rename_into_place(c);
}

void
cli_fail(struct cli *c, const char *fmt, ...)
{
	va_list ap;

	cli_progress_done(c);
	va_start(ap, fmt);
	util_vwarn(fmt, ap);
	va_end(ap);
	if (c->out != NULL && c->out != stdout) {
		fclose(c->out);
		c->out = NULL;
	}
	remove_tmp(c);
	exit(1);
}

struct trade_reader *
cli_reader(struct cli *c, int argc, char **argv)
{
	return trade_open(&c->topts, argv, argc);
}

void
cli_report(struct cli *c, struct trade_reader *r)
{
	(void)c;
	trade_report_skipped(r);
}

static int progress_on = -1;
static time_t progress_last;
static time_t progress_start;

/* The progress line, at most once a second, when stderr is a terminal
 * and not --quiet; total 0 when not known. */
static void
progress_line(struct cli *c, uint64_t bytes, uint64_t total, uint64_t rows)
{
	time_t now;

	if (progress_on < 0) {
		progress_on = !c->quiet && isatty(2);
		progress_start = time(NULL);
	}
	if (!progress_on)
		return;
	now = time(NULL);
	if (now == progress_last)
		return;
	progress_last = now;
	if (total > 0)
		fprintf(stderr, "\r%s: %.1f MB read (%.0f%%), %llu rows, "
		    "%.0f rows/s   ", util_progname, bytes / 1e6,
		    100.0 * bytes / total, (unsigned long long)rows,
		    now > progress_start ? rows / (double)(now -
		    progress_start) : 0.0);
	else
		fprintf(stderr, "\r%s: %.1f MB read, %llu rows, %.0f rows/s   ",
		    util_progname, bytes / 1e6, (unsigned long long)rows,
		    now > progress_start ? rows / (double)(now -
		    progress_start) : 0.0);
}

void
cli_progress(struct cli *c, struct trade_reader *r, uint64_t rows)
{
	static uint64_t size;
	static int sized;

	if ((rows & 0xffff) != 0 || progress_on == 0)
		return;
	if (!sized) {
		size = trade_size(r);
		sized = 1;
	}
	progress_line(c, trade_bytes(r), size, rows);
}

void
cli_progress_blocks(void *arg, uint64_t bytes, uint64_t total, uint64_t rows)
{
	progress_line(arg, bytes, total, rows);
}

void
cli_progress_done(struct cli *c)
{
	(void)c;
	if (progress_on > 0 && progress_last != 0) {
		fprintf(stderr, "\r%*s\r", 70, "");
		progress_last = 0;
	}
}

/* A thread's roll-up (cli_rollup()). */
struct rollup_ctx {
	struct agg	*a;
	unsigned	 flows;
};

static int
rollup_row(void *arg, const struct trade_row *row)
{
	struct rollup_ctx *x = arg;
	char err[1024];

	if (x->flows && !(x->flows & (1u << row->flow)))
		return 0;
	return agg_add(x->a, row, err, sizeof(err)) < 0 ? -1 : 0;
}

/* The roll-up on several threads: NULL when the input is not for it, or
 * anything is amiss (the one-pass roll-up then says what). */
static struct agg *
rollup_parallel(struct cli *c, int argc, char **argv,
    const struct agg_opts *ao, unsigned flows, int levels)
{
	int nt = trade_threads(), t, st;
	struct rollup_ctx *x;
	void **ctx;
	struct agg *a = NULL;
	char err[1024];

	if (nt < 2 || argc == 0)
		return NULL;
	x = xcalloc((size_t)nt, sizeof(*x));
	ctx = xcalloc((size_t)nt, sizeof(*ctx));
	for (t = 0; t < nt; t++) {
		x[t].a = agg_new(ao);
		x[t].flows = flows;
		ctx[t] = &x[t];
	}
	st = trade_parallel(&c->topts, argv, argc, nt, rollup_row, ctx,
	    cli_progress_blocks, c);
	for (t = 1; t < nt && st == 0; t++)
		if (agg_merge(x[0].a, x[t].a) < 0)
			st = -1;
	if (st == 0 && !(levels && agg_check_levels(x[0].a, err,
	    sizeof(err)) < 0) && agg_finish(x[0].a, err, sizeof(err)) == 0) {
		a = x[0].a;
		x[0].a = NULL;
	}
	for (t = 0; t < nt; t++)
		agg_free(x[t].a);
	free(x);
	free(ctx);
	return a;
}

struct agg *
cli_rollup(struct cli *c, int argc, char **argv, const struct agg_opts *ao,
    unsigned flows, int levels, struct trade_reader **rp)
{
	struct trade_reader *r = cli_reader(c, argc, argv);
	struct agg *a;
	struct trade_row row;
	char err[1024];
	uint64_t n = 0;
	int st;

	*rp = r;
	if ((a = rollup_parallel(c, argc, argv, ao, flows, levels)) != NULL) {
		cli_progress_done(c);
		return a;
	}
	a = agg_new(ao);
	while ((st = trade_next(r, &row)) == 1) {
		cli_progress(c, r, ++n);
		if (flows && !(flows & (1u << row.flow)))
			continue;
		if (agg_add(a, &row, err, sizeof(err)) < 0)
			cli_fail(c, "%s", err);
	}
	if (st < 0)
		cli_fail(c, "%s", trade_error(r));
	cli_progress_done(c);
	if ((levels && agg_check_levels(a, err, sizeof(err)) < 0) ||
	    agg_finish(a, err, sizeof(err)) < 0)
		cli_fail(c, "%s", err);
	return a;
}
