/*
 * cli.c - shared program support: options, atomic output, exits.
 */
#include <errno.h>
#include <fcntl.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <pthread.h>
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
    "      --encoding E      auto (default), utf-8, cp1252 or utf-16\n"
    "      --unknown keep    pass unknown country codes through\n"
    "      --skip-bad        skip unreadable rows, and count them\n"
    "      --source NAME     name the source of every row\n"
    "      --countries FILE  BACI's country_codes file for i and j\n"
    "      --sheet NAME      the workbook's sheet NAME only (default: all)\n"
    "      --decimal C       decimal mark '.' or ',' (default: '.', or\n"
    "                        decided from the values of a ';' file)\n"
    "      --columns MAP     a file of no known format: ROLE=COLUMN,...\n"
    "                        (period=date,partner=country,value=export)\n"
    "      --set MAP         ROLE=VALUE,... for roles the file leaves out\n"
    "      --scale N         its values are in units of N (1000: thousands)\n"
    "      --currency C      its values' currency (default USD)\n"
    "      --wide            its columns named by periods hold the values\n";
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

/*
 * The temporary output, for the signal handler: have_tmp is set while
 * tmp_path names a file of ours (or one that does not exist), so the
 * handler can remove it with the one call that is safe there.
 */
static volatile sig_atomic_t have_tmp;
static char tmp_path[4096];

/*
 * The signals whose default action ends the program (those of faults,
 * SIGSEGV and the like, are left to the sanitizers and core dumps).
 */
static const int end_signals[] = {
	SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1,
	SIGUSR2, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF,
#ifdef SIGPOLL
	SIGPOLL,
#endif
#ifdef SIGPWR
	SIGPWR,
#endif
#ifdef SIGSTKFLT
	SIGSTKFLT,
#endif
};

static void
on_signal(int sig)
{
	if (have_tmp)
		unlink(tmp_path);
	/* SA_RESETHAND made the action the default again: the signal,
	 * pending until this returns, ends the program, and the exit
	 * status says which it was */
	raise(sig);
}

static void
catch_one(int sig, const struct sigaction *sa)
{
	struct sigaction old;

	/* only a default action: one ignored when the program started
	 * stays ignored (nohup) */
	if (sigaction(sig, NULL, &old) == 0 && old.sa_handler == SIG_DFL)
		sigaction(sig, sa, NULL);
}

/* The handlers, once, before the first temporary is made. */
static void
catch_signals(void)
{
	static int done;
	struct sigaction sa;
	size_t i;
#ifdef SIGRTMIN
	int sig;
#endif

	if (done)
		return;
	done = 1;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sa.sa_flags = SA_RESETHAND;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < sizeof(end_signals) / sizeof(end_signals[0]); i++)
		catch_one(end_signals[i], &sa);
#ifdef SIGRTMIN
	for (sig = SIGRTMIN; sig <= SIGRTMAX; sig++)
		catch_one(sig, &sa);
#endif
}

static void
remove_tmp(struct cli *c)
{
	if (c->tmpname) {
		/* removed first: a signal in between finds nothing */
		unlink(c->tmpname);
		have_tmp = 0;
		free(c->tmpname);
		c->tmpname = NULL;
	}
	free(c->target);
	c->target = NULL;
}

/*
 * A standard descriptor closed at the start (2>&-) would be the number the
 * next open() returns: messages written to stderr would land in the -o
 * file.  Each is held by /dev/null, opened so that what the program does
 * with it fails or vanishes as on the closed one: stdin for writing only
 * (a read is the same error), stdout for reading only (a write is the
 * same error: rows never vanish unseen), stderr for writing.
 */
static void
std_fds(void)
{
	int fd, nfd;

	for (fd = 0; fd <= 2; fd++) {
		if (fcntl(fd, F_GETFD) >= 0 || errno != EBADF)
			continue;
		nfd = open("/dev/null", fd == 1 ? O_RDONLY : O_WRONLY);
		if (nfd >= 0 && nfd != fd) {
			dup2(nfd, fd);
			close(nfd);
		}
	}
}

void
cli_init(struct cli *c, const char *argv0, const char *usage, int how)
{
	const char *slash = strrchr(argv0, '/');

	util_progname = slash ? slash + 1 : argv0;
	std_fds();
	memset(c, 0, sizeof(*c));
	c->usage = usage;
	c->usage_how = how;
	c->topts.format = FMT_AUTO;
}

/*
 * --read-with LIST, a hidden option for the tests that hold the fast
 * paths to the slow ones (HACKING.md): threads=N, block=BYTES (of the
 * threads' blocks), chunk=BYTES (read at a time), no-fast, no-prefilter,
 * portable-scan (csvio.h's CSVR_* flags), no-canon (TRADE_NO_CANON).
 */
static void
read_with(struct trade_opts *o, const char *arg)
{
	static const struct {
		const char	*name;
		unsigned	 flag;
	} flags[] = {
		{ "no-fast", CSVR_NO_FAST },
		{ "no-prefilter", CSVR_NO_PREFILTER },
		{ "portable-scan", CSVR_PORTABLE_SCAN },
		{ "no-canon", TRADE_NO_CANON }
	};
	const char *p = arg, *e;
	char *end;
	size_t n, i;
	long long v;

	for (; *p != '\0'; p = *e ? e + 1 : e) {
		e = p + strcspn(p, ",");
		n = (size_t)(e - p);
		for (i = 0; i < sizeof(flags) / sizeof(flags[0]); i++)
			if (strlen(flags[i].name) == n &&
			    memcmp(p, flags[i].name, n) == 0)
				break;
		if (i < sizeof(flags) / sizeof(flags[0])) {
			o->flags |= flags[i].flag;
			continue;
		}
		if (n > 6 && memcmp(p, "chunk=", 6) == 0)
			v = strtoll(p + 6, &end, 10);
		else if (n > 6 && memcmp(p, "block=", 6) == 0)
			v = strtoll(p + 6, &end, 10);
		else if (n > 8 && memcmp(p, "threads=", 8) == 0)
			v = strtoll(p + 8, &end, 10);
		else
			end = NULL, v = 0;
		if (end != e || v < 1 || (p[0] == 't' && v > 64))
			cli_bad_arg(NULL, "--read-with", arg, "want threads=N, "
			    "block=N, chunk=N, no-fast, no-prefilter, "
			    "portable-scan or no-canon");
		if (p[0] == 'c')
			o->chunk = (size_t)v;
		else if (p[0] == 'b')
			o->block = (uint64_t)v;
		else
			o->threads = (int)v;
	}
}

void
cli_print_usage(const struct cli *c, FILE *fp)
{
	if (c->usage != NULL)
		fputs(c->usage, fp);
	if (c->usage_how == CLI_USAGE_SHARED) {
		fputs(cli_input_usage, fp);
		fputs(cli_output_usage, fp);
	}
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
		else if (util_strcasecmp(arg, "utf-16") == 0 ||
		    util_strcasecmp(arg, "utf-16le") == 0)
			c->topts.enc = CSV_ENC_UTF16LE;
		else if (util_strcasecmp(arg, "utf-16be") == 0)
			c->topts.enc = CSV_ENC_UTF16BE;
		else if (strcmp(arg, "auto") == 0)
			c->topts.enc = CSV_ENC_AUTO;
		else
			cli_bad_arg(NULL, "--encoding", arg,
			    "want auto, utf-8, cp1252 or utf-16");
		return 1;
	case OPT_READ_WITH:
		read_with(&c->topts, arg);
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
	case OPT_SHEET:
		c->topts.sheet = arg;
		return 1;
	case OPT_DECIMAL:
		if ((arg[0] != '.' && arg[0] != ',') || arg[1] != '\0')
			cli_bad_arg(NULL, "--decimal", arg, "want '.' or ','");
		c->topts.decimal = arg[0];
		return 1;
	case OPT_COLUMNS:
	case OPT_SET: {
		char why[512];

		if (columns_check(arg, why, sizeof(why)) < 0)
			cli_bad_arg(NULL, opt == OPT_SET ? "--set" :
			    "--columns", arg, why);
		if (opt == OPT_SET)
			c->topts.set = arg;
		else
			c->topts.columns = arg;
		return 1;
	}
	case OPT_SCALE: {
		const char *p = arg;
		int k = 0;

		if (*p++ != '1')
			p = NULL;
		while (p != NULL && *p == '0' && k < 12)
			p++, k++;
		if (p == NULL || *p != '\0')
			cli_bad_arg(NULL, "--scale", arg, "want a power of ten "
			    "(1, 1000, 1000000...)");
		c->topts.scale = k;
		return 1;
	}
	case OPT_CURRENCY:
		if (strlen(arg) != 3 ||
		    strspn(arg, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 3)
			cli_bad_arg(NULL, "--currency", arg, "want an ISO 4217 "
			    "code, such as USD");
		c->topts.currency = arg;
		return 1;
	case OPT_WIDE:
		c->topts.wide = 1;
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
	case 'h':
		cli_print_usage(c, stdout);
		exit(0);
	case OPT_VERSION:
		printf("%s (tradestat) %s\n", util_progname, TRADESTAT_VERSION);
		exit(0);
	}
	return 0;
}

/*
 * The descriptor a path names when it is one of the program's own
 * (/dev/stdout, /dev/fd/N, /proc/self/fd/N), else -1: opening it again
 * would start at the beginning of a file the shell opened to append to.
 */
static int
own_fd(const char *path)
{
	static const char *const std[] = { "/dev/stdin", "/dev/stdout",
	    "/dev/stderr" };
	const char *n;
	char *end;
	long fd;
	int i;

	for (i = 0; i < 3; i++)
		if (strcmp(path, std[i]) == 0)
			return i;
	if (strncmp(path, "/dev/fd/", 8) == 0)
		n = path + 8;
	else if (strncmp(path, "/proc/self/fd/", 14) == 0)
		n = path + 14;
	else
		return -1;
	if (*n < '0' || *n > '9')
		return -1;
	errno = 0;
	fd = strtol(n, &end, 10);
	return *end != '\0' || errno != 0 || fd > 65535 ? -1 : (int)fd;
}

/*
 * The file path names once its symbolic links are followed (the last
 * component's: the kernel follows those of the directories), as a new
 * string, which may not exist yet; *fd is set when a link leads to one
 * of the program's own descriptors (own_fd()).  NULL and errno on a loop
 * or a link that cannot be read.
 */
static char *
link_target(const char *path, int *fd)
{
	char *p = xstrdup(path), buf[4096];
	struct stat st;
	int hops;

	*fd = -1;
	for (hops = 0; hops < 40; hops++) {
		const char *slash;
		ssize_t n;
		char *q;

		if ((*fd = own_fd(p)) >= 0 || lstat(p, &st) < 0 ||
		    !S_ISLNK(st.st_mode))
			return p;
		if ((n = readlink(p, buf, sizeof(buf) - 1)) < 0) {
			free(p);
			return NULL;
		}
		buf[n] = '\0';
		/* a relative link is relative to its own directory */
		slash = strrchr(p, '/');
		if (buf[0] == '/' || slash == NULL)
			q = xstrdup(buf);
		else {
			size_t dl = (size_t)(slash - p) + 1;

			q = xmalloc(dl + (size_t)n + 1);
			memcpy(q, p, dl);
			memcpy(q + dl, buf, (size_t)n + 1);
		}
		free(p);
		p = q;
	}
	free(p);
	errno = ELOOP;
	return NULL;
}

/*
 * Where -o FILE goes: c->target, the file to replace (a regular file or
 * one not there yet), with c->direct clear; or c->direct set and *fd one
 * of the program's own descriptors (or -1: FILE is not a regular file,
 * to be opened and written as it is).  Exits on an unreadable link.
 */
static void
classify(struct cli *c, int *fd)
{
	struct stat st;

	free(c->target);
	if ((c->target = link_target(c->output, fd)) == NULL)
		cli_fail(c, "%s: %s", c->output, strerror(errno));
	if (*fd >= 0 || (stat(c->target, &st) == 0 && !S_ISREG(st.st_mode))) {
		c->direct = 1;
		free(c->target);
		c->target = NULL;
	}
}

/*
 * Create the temporary beside target: tmp_path is set (have_tmp) before
 * the file exists, so that no signal can come between its making and
 * the handler's knowing it.  The descriptor, or -1 and errno.
 */
static int
make_tmp(struct cli *c, const char *target)
{
	static const char digits[] =
	    "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
	static unsigned long seq;
	struct timespec ts;
	size_t n = strlen(target);
	int fd, tries, i;

	if (n + sizeof(".tmpXXXXXX") > sizeof(tmp_path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	catch_signals();
	for (tries = 0; tries < 100; tries++) {
		unsigned long x;

		clock_gettime(CLOCK_REALTIME, &ts);
		x = (unsigned long)ts.tv_nsec ^ (unsigned long)ts.tv_sec <<
		    20 ^ (unsigned long)getpid() << 8 ^ ++seq * 2654435761UL;
		have_tmp = 0;
		memcpy(tmp_path, target, n);
		memcpy(tmp_path + n, ".tmp", 4);
		for (i = 0; i < 6; i++, x /= 62)
			tmp_path[n + 4 + i] = digits[x % 62];
		tmp_path[n + 10] = '\0';
		have_tmp = 1;
		fd = open(tmp_path, O_WRONLY | O_CREAT | O_EXCL | O_NOCTTY,
		    0600);
		if (fd >= 0) {
			c->tmpname = xstrdup(tmp_path);
			return fd;
		}
		have_tmp = 0;	/* someone else's, or none */
		if (errno != EEXIST)
			return -1;
	}
	return -1;
}

/*
 * How -o FILE is written.  A regular file, or a name that is not there
 * yet, is replaced whole: the rows go to a temporary beside it, renamed
 * onto it at the end, so that an error or a signal leaves what was
 * there; a symbolic link is followed, and the file it points to is
 * replaced (the link stays); an existing file keeps its permissions and,
 * where the system lets us, its owner.  Anything else (a FIFO, a
 * terminal, /dev/null, /dev/stdout) is not a file to replace, and is
 * written to as it is (c->target NULL, c->direct set).  Returns the
 * descriptor to write, or exits with the message.
 */
static int
open_target(struct cli *c)
{
	struct stat st;
	int fd, e, have;

	classify(c, &fd);
	if (c->direct && fd >= 0) {
		if ((fd = dup(fd)) < 0)
			cli_fail(c, "%s: %s", c->output, strerror(errno));
		return fd;
	}
	if (c->direct) {
		if ((fd = open(c->output, O_WRONLY | O_NOCTTY)) < 0)
			cli_fail(c, "%s: cannot write: %s", c->output,
			    strerror(errno));
		return fd;
	}
	have = stat(c->target, &st) == 0;
	if ((fd = make_tmp(c, c->target)) < 0) {
		e = errno;
		cli_fail(c, "%s: cannot create: %s", c->output, strerror(e));
	}
	if (have) {
		/* the owner first: a change of owner may clear set-id bits */
		if (fchown(fd, st.st_uid, st.st_gid) < 0 &&
		    fchown(fd, (uid_t)-1, st.st_gid) < 0)
			errno = 0;	/* not allowed (EPERM): ours, then */
		fchmod(fd, st.st_mode & 07777);
	} else {
		mode_t um = umask(0);

		umask(um);
		fchmod(fd, 0666 & ~um);
	}
	return fd;
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
		fd = open_target(c);
		if ((c->out = fdopen(fd, "w")) == NULL) {
			close(fd);
			cli_fail(c, "%s: %s", c->output, strerror(errno));
		}
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
	int fd;

	if (c->output == NULL)
		return NULL;
	/* written to as it is, by name: not opened here, where a FIFO's
	 * reader would see an end before the library writes */
	c->byname = 1;
	classify(c, &fd);
	if (c->direct)
		return c->output;
	cli_open_output(c);
	fclose(c->out);
	c->out = NULL;
	return c->tmpname;
}

static int
rename_into_place(struct cli *c)
{
	if (rename(c->tmpname, c->target) != 0) {
		util_warn("%s: cannot rename into place: %s", c->output,
		    strerror(errno));
		remove_tmp(c);
		return 1;
	}
	have_tmp = 0;
	free(c->tmpname);
	c->tmpname = NULL;
	free(c->target);
	c->target = NULL;
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
	return c->tmpname ? rename_into_place(c) : 0;
}

/*
 * For a failure before the output was opened: -o FILE opened when it is
 * a stream (not a regular file; a FIFO waits for its reader, as it does
 * for rows), or NULL.
 */
static FILE *
open_stream(struct cli *c)
{
	struct stat st;
	char *t;
	FILE *fp;
	int fd;

	if ((t = link_target(c->output, &fd)) == NULL)
		return NULL;
	if (fd >= 0)
		fd = dup(fd);
	else if (stat(t, &st) == 0 && !S_ISREG(st.st_mode))
		fd = open(c->output, O_WRONLY | O_NOCTTY);
	free(t);
	if (fd < 0)
		return NULL;
	if ((fp = fdopen(fd, "w")) == NULL)
		close(fd);
	c->out = fp;
	c->direct = 1;
	return fp;
}

/*
 * A failure ends what went to a stream (standard output, or an -o that
 * is not a regular file) with CSVR_MARKER and the message, on one line,
 * flushed, so that the next program of a pipeline fails in turn instead
 * of taking part of the data for all of it.  Written even when no row
 * went yet: the next program then says what failed, not "empty file".
 * Not on a terminal, where the message is there to read already; not
 * with -o FILE, which is not made at all.
 */
static void
mark_failed(struct cli *c, const char *msg)
{
	FILE *fp = c->out;
	const char *p;

	if (c->out == NULL && c->output == NULL)
		fp = stdout;
	else if (c->out == NULL && !c->byname)
		fp = open_stream(c);
	else if (c->out != NULL && c->out != stdout && !c->direct)
		fp = NULL;
	if (fp == NULL || isatty(fileno(fp)))
		return;
	/* a reader that has gone: the status says it, not SIGPIPE */
	signal(SIGPIPE, SIG_IGN);
	if (fp == c->out)
		csvw_flush(&c->w);	/* the part of a line made */
	if (fp == c->out && c->w.nfield > 0)
		fputs(c->excel ? "\r\n" : "\n", fp);
	fprintf(fp, "%s %s: ", CSVR_MARKER, util_progname);
	for (p = msg; *p != '\0'; p++)
		putc(*p == '\n' || *p == '\r' ? ' ' : *p, fp);
	fputs(c->excel ? "\r\n" : "\n", fp);
	fflush(fp);
}

void
cli_fail(struct cli *c, const char *fmt, ...)
{
	va_list ap;
	char msg[2048];

	cli_progress_done(c);
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	util_warn("%s", msg);
	mark_failed(c, msg);
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
	char buf[1400];
	int i;

	(void)c;
	for (i = 0; trade_report_skipped(r, i, buf, sizeof(buf)); i++)
		util_warn("%s", buf);
}

void
cli_report_rollup(const struct agg *a)
{
	char buf[1024];
	int i;

	for (i = 0; agg_report_line(a, i, buf, sizeof(buf)); i++)
		util_warn("%s", buf);
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

/* cli_rollup_memory(): the budget of the roll-ups, and where they
 * spill past it */
static size_t rollup_memory;
static const char *rollup_tmpdir;

void
cli_rollup_memory(size_t bytes, const char *tmpdir)
{
	rollup_memory = bytes;
	rollup_tmpdir = tmpdir;
}

static struct agg *
rollup_new(const struct agg_opts *ao, size_t memory)
{
	struct agg *a = agg_new(ao);

	agg_set_memory(a, memory, rollup_tmpdir);
	return a;
}

/* A thread's roll-up (cli_rollup()). */
struct rollup_ctx {
	struct agg	*a;
	unsigned	 flows;
	uint64_t	 line;		/* of the row refused, with err */
	char		 err[1024];
};

static int
rollup_row(void *arg, const struct trade_row *row)
{
	struct rollup_ctx *x = arg;

	if (x->flows && !(x->flows & (1u << row->flow)))
		return 0;
	if (agg_add(x->a, row, x->err, sizeof(x->err)) >= 0)
		return 0;
	x->line = row->line;
	return -1;
}

/* A thread's share of the merge: partitions w, w + nt, w + 2 nt... of
 * every other thread's sums into thread 0's. */
struct merge_ctx {
	struct rollup_ctx *x;
	int		 nt, w;
	unsigned	 nparts;
	int		 st;
};

static void *
merge_worker(void *arg)
{
	struct merge_ctx *m = arg;
	unsigned p;
	int t;

	for (p = (unsigned)m->w; p < m->nparts && m->st == 0;
	    p += (unsigned)m->nt)
		for (t = 1; t < m->nt && m->st == 0; t++)
			if (agg_merge_part(m->x[0].a, m->x[t].a, p) < 0)
				m->st = -1;
	return NULL;
}

/* Merge the threads' sums into x[0], partition by partition on every
 * thread: 0, or -1 (the one pass says why). */
static int
merge_parallel(struct rollup_ctx *x, int nt, unsigned nparts)
{
	struct merge_ctx *m = xcalloc((size_t)nt, sizeof(*m));
	pthread_t *tid = xcalloc((size_t)nt, sizeof(*tid));
	char *started = xcalloc((size_t)nt, 1);
	int t, st = 0, split = 0;

	for (t = 0; t < nt; t++)
		split |= agg_partitioned(x[t].a);
	/* few cells: merged on this thread, in the order of the cells (a
	 * stream's refusal then names the cell one pass names) */
	for (t = 1; t < nt && !split; t++)
		if (st == 0 && agg_merge(x[0].a, x[t].a) < 0)
			st = -1;
	for (t = 1; t < nt && split; t++)
		if (agg_merge_prepare(x[0].a, x[t].a) < 0)
			st = -1;
	if (!split)
		nt = 0;		/* no threads */
	for (t = 0; t < nt && st == 0; t++) {
		m[t].x = x;
		m[t].nt = nt;
		m[t].w = t;
		m[t].nparts = nparts;
	}
	/* a thread that cannot start leaves its share to this one */
	for (t = 1; t < nt && st == 0; t++)
		started[t] = pthread_create(&tid[t], NULL, merge_worker,
		    &m[t]) == 0;
	for (t = 0; t < nt && st == 0; t++)
		if (t == 0 || !started[t])
			merge_worker(&m[t]);
	for (t = 1; t < nt; t++) {
		if (started[t])
			pthread_join(tid[t], NULL);
		if (m[t].st < 0)
			st = -1;
	}
	if (m[0].st < 0)
		st = -1;
	free(started);
	free(tid);
	free(m);
	return st;
}

/* The roll-up on several threads: NULL when the input is not for it, or
 * anything is amiss (the one-pass roll-up then says what). */
static struct agg *
rollup_parallel(struct cli *c, int argc, char **argv,
    const struct agg_opts *ao, unsigned flows, int levels,
    struct trade_reader *r)
{
	int nt = trade_threads(&c->topts), t, st, stream, spilled;
	struct rollup_ctx *x;
	void **ctx;
	struct agg *a = NULL;
	uint64_t line = 0;
	unsigned nparts;
	char err[1024];

	/* each thread its share of the budget: too small a share, and
	 * one thread has it all */
	if (nt < 2 || (rollup_memory && rollup_memory / (size_t)nt <
	    agg_memory_min()))
		return NULL;
#ifdef M_MMAP_THRESHOLD
	/* glibc raises its mmap threshold (to 32 MB) when a mapped block
	 * is freed: the partitions' arrays, freed or shrunk as they are
	 * merged, would then stay in the heap beside the merged table
	 * instead of going back to the system.  A fixed threshold keeps
	 * large blocks mapped. */
	mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
	/* a few partitions a thread, so that one large one does not keep
	 * the others waiting */
	for (nparts = 1; nparts < (unsigned)nt * 4 && nparts < AGG_PARTS_MAX;
	    nparts *= 2)
		;
	x = xcalloc((size_t)nt, sizeof(*x));
	ctx = xcalloc((size_t)nt, sizeof(*ctx));
	for (t = 0; t < nt; t++) {
		x[t].a = rollup_new(ao, rollup_memory / (size_t)nt);
		agg_partition(x[t].a, nparts);
		x[t].flows = flows;
		ctx[t] = &x[t];
	}
	/* 2 or -2: a stream, read on threads, that cannot be read again */
	st = trade_parallel(&c->topts, argv, argc, nt, rollup_row, ctx,
	    cli_progress_blocks, c, r);
	stream = st == 2 || st == -2;
	if (st == 2)
		st = 0;
	for (t = 0, spilled = 0; t < nt; t++)
		spilled |= agg_spilled(x[t].a);
	/* past the budget, every thread's groups go to disk, merged by
	 * agg_finish() */
	for (t = 1; t < nt && st == 0 && spilled; t++)
		if (agg_adopt(x[0].a, x[t].a, x[t].err, sizeof(x[t].err)) <
		    0) {
			x[t].line = 0;
			st = stream ? -2 : -1;
		}
	if (st == 0 && !spilled && merge_parallel(x, nt, nparts) < 0)
		st = -1;
	/* freed as soon as merged: not beside the sorted result */
	for (t = 1; t < nt; t++) {
		agg_free(x[t].a);
		x[t].a = NULL;
	}
	err[0] = '\0';
	if (st == 0 && !(levels && agg_check_levels(x[0].a, err,
	    sizeof(err)) < 0) && agg_finish(x[0].a, err, sizeof(err)) == 0) {
		a = x[0].a;
		x[0].a = NULL;
	} else if (stream) {
		/* the reader's error, else the first row refused */
		for (t = 0; t < nt && st == -2 && !trade_error(r)[0]; t++)
			if (x[t].err[0] && (!err[0] || x[t].line < line)) {
				snprintf(err, sizeof(err), "%s", x[t].err);
				line = x[t].line;
			}
		if (st == -2 && trade_error(r)[0])
			snprintf(err, sizeof(err), "%s", trade_error(r));
		else if (!err[0])
			snprintf(err, sizeof(err), "the threads' sums cannot "
			    "be merged");
	}
	for (t = 0; t < nt; t++)
		agg_free(x[t].a);
	free(x);
	free(ctx);
	/* a stream cannot be read again: its failure is the answer */
	if (a == NULL && stream)
		cli_fail(c, "%s", err);
	return a;
}

/* A roll-up that left every row out (all aggregates, breakdowns...)
 * has no answer: say why and fail, rather than write a bare header.
 * An input with no rows at all is an empty answer, and stays one. */
static void
rollup_left_all(struct cli *c, const struct agg *a)
{
	char buf[1024], msg[2200];
	size_t o = 0;
	int i, w;

	if (agg_count(a) > 0)
		return;
	for (i = 0; agg_report_line(a, i, buf, sizeof(buf)) &&
	    o < sizeof(msg); i++) {
		w = snprintf(msg + o, sizeof(msg) - o, "%s%s", i ? "; " : "",
		    buf);
		if (w < 0)
			break;
		o += (size_t)w;
	}
	if (i > 0)
		cli_fail(c, "no rows left: %s", msg);
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
	if ((a = rollup_parallel(c, argc, argv, ao, flows, levels, r)) !=
	    NULL) {
		cli_progress_done(c);
		rollup_left_all(c, a);
		return a;
	}
	a = rollup_new(ao, rollup_memory);
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
	rollup_left_all(c, a);
	return a;
}

int
cli_rollup_stream(struct cli *c, int argc, char **argv,
    const struct agg_opts *ao, agg_emit_fn emit, void *arg,
    struct agg **ap, struct trade_reader **rp)
{
	struct trade_reader *r;
	struct trade_row row;
	struct agg *a;
	struct stat st;
	char err[1024];
	uint64_t n = 0;
	int i, rs;

	/* files only: what is not sorted is read again */
	if (argc < 1)
		return 0;
	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "-") == 0 || stat(argv[i], &st) < 0 ||
		    !S_ISREG(st.st_mode))
			return 0;
	a = rollup_new(ao, rollup_memory);
	if (agg_stream(a, emit, arg) < 0) {
		agg_free(a);
		return 0;
	}
	r = cli_reader(c, argc, argv);
	while ((rs = trade_next(r, &row)) == 1) {
		cli_progress(c, r, ++n);
		if (agg_add(a, &row, err, sizeof(err)) < 0)
			break;
	}
	if (rs != 0 || agg_stream_end(a) < 0 || agg_streamed(a) == 0) {
		/* out of order, amiss, or no rows left: the other roll-up
		 * says what */
		trade_close(r);
		agg_free(a);
		return 0;
	}
	cli_progress_done(c);
	*ap = a;
	*rp = r;
	return 1;
}
