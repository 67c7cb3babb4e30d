/*
 * plot.c - gnuplot quoting, axis units, and running gnuplot (see plot.h).
 */
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <sys/wait.h>
#include <unistd.h>

#include "plot.h"
#include "util.h"

extern char **environ;

static int fail(char *err, size_t errsz, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));

static int
fail(char *err, size_t errsz, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(err, errsz, fmt, ap);
	va_end(ap);
	return -1;
}

void
plot_quote(FILE *fp, const char *s)
{
	fputc('\'', fp);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		/* gnuplot 5.4 reads a doubled quote as two strings where
		 * it follows the opening one ('''x' is '' then 'x'), so no
		 * quote goes in: an apostrophe is the typographic one */
		if (ch == '\'')
			fputs("\xe2\x80\x99", fp);
		else if (ch < 0x20 || ch == 0x7f)
			fputc(' ', fp);
		else
			fputc(ch, fp);
	}
	fputc('\'', fp);
}

void
plot_datum(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"')
			fputc('\'', fp);
		else if (ch < 0x20 || ch == 0x7f)
			fputc(' ', fp);
		else
			fputc(ch, fp);
	}
	fputc('"', fp);
}

static const char *percent_cols[] = {
	"share", "coverage", "yoy", "cagr", "growth", "trend_growth",
	"top_share", "cr1", "cr3", "cr5", "ci_low", "ci_high", "di",
	"growth_before", "growth_after", NULL
};

int
plot_is_percent(const char *column)
{
	size_t i;

	for (i = 0; percent_cols[i]; i++)
		if (strcmp(column, percent_cols[i]) == 0)
			return 1;
	return 0;
}

int
plot_is_currency(const char *s)
{
	return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
	    s[2] >= 'A' && s[2] <= 'Z' && s[3] == '\0';
}

int
plot_unit(int percent, const char *currency, double maxabs,
    struct plot_unit *u)
{
	const char *sym = "", *scale = "";
	char code[8] = "";
	int dec, bad = 0;

	/* the format is ours: only a code of three capitals goes in */
	if (currency && *currency && !plot_is_currency(currency))
		currency = NULL, bad = 1;
	if (percent) {
		u->div = 0.01;
		dec = maxabs * 100 < 10 ? 1 : 0;
		snprintf(u->fmt, sizeof(u->fmt), "%%.%df%%%%", dec);
		snprintf(u->label, sizeof(u->label), "%%");
		return -bad;
	}
	if (maxabs >= 1e9)
		u->div = 1e9, scale = " bn";
	else if (maxabs >= 1e6)
		u->div = 1e6, scale = " m";
	else if (maxabs >= 1e3)
		u->div = 1e3, scale = " k";
	else
		u->div = 1;
	dec = maxabs / u->div < 10 ? 1 : 0;
	if (currency && strcmp(currency, "USD") == 0)
		sym = "$";
	else if (currency && strcmp(currency, "EUR") == 0)
		sym = "\xe2\x82\xac";	/* the euro sign */
	else if (currency && strcmp(currency, "GBP") == 0)
		sym = "\xc2\xa3";
	else if (currency && *currency)
		snprintf(code, sizeof(code), "%s ", currency), sym = code;
	snprintf(u->fmt, sizeof(u->fmt), "%s%%.%df%s", sym, dec, scale);
	snprintf(u->label, sizeof(u->label), "%s%s", currency ? currency :
	    "", scale);
	return -bad;
}

const char *
plot_colour(size_t i)
{
	/* Okabe, M. and Ito, K. (2008), "Color Universal Design": blue,
	 * vermillion, bluish green, reddish purple, orange, sky blue,
	 * yellow; then from Tol's muted scheme (2021) indigo, wine, olive
	 * and teal, and black: twelve a chart can tell apart (grey is
	 * 'other's), then greys */
	static const char *c[] = {
		"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
		"#56B4E9", "#F0E442", "#332288", "#882255", "#999933",
		"#44AA99", "#000000", "#777777", "#AAAAAA"
	};

	return c[i < 14 ? i : 13];
}

/* The environment for gnuplot: ours, in a UTF-8 locale (the script and
 * the names are UTF-8; under LC_ALL=C gnuplot cannot convert them). */
static char **
utf8_env(void)
{
	static char **env;
	size_t n = 0, k = 0, i;

	if (env)
		return env;
	while (environ[n])
		n++;
	env = xcalloc(n + 2, sizeof(char *));
	for (i = 0; i < n; i++)
		if (strncmp(environ[i], "LC_ALL=", 7) != 0)
			env[k++] = environ[i];
	env[k++] = "LC_ALL=C.UTF-8";
	env[k] = NULL;
	return env;
}

/* 1 when the n bytes at s hold the string w */
static int
has(const char *s, size_t n, const char *w)
{
	size_t lw = strlen(w), i;

	for (i = 0; i + lw <= n; i++)
		if (memcmp(s + i, w, lw) == 0)
			return 1;
	return 0;
}

/*
 * What gnuplot said on its standard error (len bytes in msg), for the
 * user: the warnings expected of a chart of ours dropped (an empty line
 * of data: "Skipping data file with no valid points"), the lines it
 * echoes and its '^' markers left out, the rest joined by "; " into out.
 */
static void
said(const char *msg, size_t len, char *out, size_t size)
{
	size_t off = 0, i = 0;

	if (size)
		out[0] = '\0';
	while (i < len && size) {
		size_t e = i, b, k;

		while (e < len && msg[e] != '\n')
			e++;
		b = i;
		i = e + 1;
		while (b < e && (msg[b] == ' ' || msg[b] == '\t' ||
		    msg[b] == '\r'))
			b++;
		for (k = b; k < e && (msg[k] == '^' || msg[k] == ' '); k++)
			;
		if (k == e)	/* empty, or the marker under an echo */
			continue;
		if (e - b > 9 && memcmp(msg + b, "gnuplot> ", 9) == 0)
			continue;
		if (has(msg + b, e - b, "Skipping data file with no valid "
		    "points"))
			continue;
		for (k = b; k < e && off + 8 < size; k++)
			out[off++] = (unsigned char)msg[k] < 0x20 ? ' ' : msg[k];
		if (off + 8 < size) {
			memcpy(out + off, "; ", 2);
			off += 2;
		}
		out[off] = '\0';
	}
	if (off >= 2 && strcmp(out + off - 2, "; ") == 0)
		out[off - 2] = '\0';
}

/* a temporary file of the script, for gnuplot to load (it reads its
 * standard input a byte per system call): its name in path, or -1 */
static int
script_file(const char *script, size_t len, char *path, size_t size)
{
	const char *dir = getenv("TMPDIR");
	size_t i, off = 0;
	int fd;

	/* the name goes into a gnuplot string: no quote, no control */
	for (i = 0; dir && dir[i]; i++)
		if ((unsigned char)dir[i] < 0x20 || dir[i] == '\'' ||
		    dir[i] == '\\')
			dir = NULL;
	if (dir == NULL || *dir == '\0' || strlen(dir) > size - 40)
		dir = "/tmp";
	snprintf(path, size, "%s/tradestat-plot-XXXXXX", dir);
	if ((fd = mkstemp(path)) < 0)
		return -1;
	while (off < len) {
		ssize_t n = write(fd, script + off, len - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			close(fd);
			unlink(path);
			return -1;
		}
		off += (size_t)n;
	}
	if (close(fd) < 0) {
		unlink(path);
		return -1;
	}
	return 0;
}

/* milliseconds on a clock that only goes forward */
static long long
now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

int
plot_run(const char *script, size_t len, FILE *out, const char *name,
    long timeout, unsigned char head[8], size_t *np, char *warn,
    size_t warnsz, char *err, size_t errsz)
{
	char *args[] = { "gnuplot", NULL };
	posix_spawn_file_actions_t fa;
	int in[2], ch[2], ep[2], st, e, rc = 0, late = 0;
	pid_t pid;
	size_t off = 0, got = 0, nmsg = 0;
	char buf[1 << 16], msg[8192], tmp[PATH_MAX], *load = NULL;
	long long end = now_ms() + timeout * 1000;

	*np = 0;
	if (warnsz)
		warn[0] = '\0';
	tmp[0] = '\0';
	/* much data: through a file, the commands through the pipe */
	if (len > PLOT_PIPE_MAX && script_file(script, len, tmp,
	    sizeof(tmp)) == 0) {
		size_t n = strlen(tmp) + 16;

		load = xmalloc(n);
		snprintf(load, n, "load '%s'\n", tmp);
		script = load;
		len = strlen(load);
	}
	if (pipe(in) < 0 || pipe(ch) < 0 || pipe(ep) < 0) {
		/* a process out of descriptors: it exits, which closes them */
		rc = fail(err, errsz, "pipe: %s", strerror(errno));
		goto done;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	posix_spawn_file_actions_adddup2(&fa, ch[1], 1);
	posix_spawn_file_actions_adddup2(&fa, ep[1], 2);
	posix_spawn_file_actions_addclose(&fa, in[0]);
	posix_spawn_file_actions_addclose(&fa, in[1]);
	posix_spawn_file_actions_addclose(&fa, ch[0]);
	posix_spawn_file_actions_addclose(&fa, ch[1]);
	posix_spawn_file_actions_addclose(&fa, ep[0]);
	posix_spawn_file_actions_addclose(&fa, ep[1]);
	e = posix_spawnp(&pid, "gnuplot", &fa, NULL, args, utf8_env());
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	close(ch[1]);
	close(ep[1]);
	if (e != 0) {
		close(in[1]);
		close(ch[0]);
		close(ep[0]);
		if (e == ENOENT)
			rc = fail(err, errsz, "gnuplot is not on PATH: install "
			    "it (Debian: apt-get install gnuplot-nox), or use "
			    "--script");
		else
			rc = fail(err, errsz, "cannot start gnuplot: %s",
			    strerror(e));
		goto done;
	}
	/* the script in while the chart and the messages come out: any
	 * of them may fill a pipe */
	fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
	if (len == 0)
		close(in[1]), in[1] = -1;
	while (ch[0] >= 0 || ep[0] >= 0) {
		struct pollfd pf[3] = {
			{ .fd = ch[0], .events = POLLIN },
			{ .fd = ep[0], .events = POLLIN },
			{ .fd = in[1], .events = POLLOUT }
		};
		long long left = end - now_ms();
		ssize_t n;
		int r;

		if (left <= 0) {
			late = 1;
			break;
		}
		r = poll(pf, 3, left > INT_MAX ? INT_MAX : (int)left);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			rc = fail(err, errsz, "poll: %s", strerror(errno));
			break;
		}
		if (in[1] >= 0 && pf[2].revents) {
			n = write(in[1], script + off, len - off);
			if (n > 0)
				off += (size_t)n;
			/* done, or gnuplot quit: its status says why */
			if (off == len || (n < 0 && errno != EAGAIN &&
			    errno != EINTR))
				close(in[1]), in[1] = -1;
		}
		if (ep[0] >= 0 && pf[1].revents) {
			n = read(ep[0], buf, sizeof(buf));
			if (n <= 0 && !(n < 0 && errno == EINTR))
				close(ep[0]), ep[0] = -1;
			else if (n > 0) {
				size_t k = (size_t)n < sizeof(msg) - nmsg ?
				    (size_t)n : sizeof(msg) - nmsg;

				memcpy(msg + nmsg, buf, k);
				nmsg += k;
			}
		}
		if (ch[0] < 0 || pf[0].revents == 0)
			continue;
		n = read(ch[0], buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = fail(err, errsz, "reading gnuplot's output: %s",
			    strerror(errno));
			break;
		}
		if (n == 0) {
			close(ch[0]), ch[0] = -1;
			continue;
		}
		if (got < 8)
			memcpy(head + got, buf, (size_t)n < 8 - got ?
			    (size_t)n : 8 - got);
		got += (size_t)n;
		if (fwrite(buf, 1, (size_t)n, out) != (size_t)n) {
			rc = fail(err, errsz, "%s: write error: %s", name,
			    strerror(errno));
			break;
		}
	}
	if (late)
		rc = fail(err, errsz, "gnuplot did not finish in %ld s "
		    "(--timeout): stopped, no chart written", timeout);
	if (rc < 0)
		kill(pid, late ? SIGKILL : SIGTERM);
	if (ch[0] >= 0)
		close(ch[0]);
	if (ep[0] >= 0)
		close(ep[0]);
	if (in[1] >= 0)
		close(in[1]);
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			if (rc == 0)
				rc = fail(err, errsz, "waitpid: %s",
				    strerror(errno));
			goto done;
		}
	said(msg, nmsg, warn, warnsz);
	if (rc == 0 && (!WIFEXITED(st) || WEXITSTATUS(st) != 0)) {
		if (warnsz && *warn)
			rc = fail(err, errsz, "gnuplot failed: %s: no chart "
			    "written", warn);
		else
			rc = fail(err, errsz, "gnuplot failed (exit %d): no "
			    "chart written", WIFEXITED(st) ?
			    WEXITSTATUS(st) : 128 + WTERMSIG(st));
		if (warnsz)
			warn[0] = '\0';
	}
	*np = got;
done:
	if (*tmp)
		unlink(tmp);
	free(load);
	return rc;
}
