/*
 * plot.c - gnuplot quoting, axis units, and running gnuplot (see plot.h).
 */
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <string.h>
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
	 * yellow, black; then greys */
	static const char *c[] = {
		"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
		"#56B4E9", "#F0E442", "#000000", "#777777", "#AAAAAA"
	};

	return c[i < 10 ? i : 9];
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

int
plot_run(const char *script, size_t len, FILE *out, const char *name,
    unsigned char head[8], size_t *np, char *err, size_t errsz)
{
	char *args[] = { "gnuplot", NULL };
	posix_spawn_file_actions_t fa;
	int in[2], ch[2], st, e, rc = 0;
	pid_t pid;
	size_t off = 0, got = 0;
	char buf[1 << 16];

	*np = 0;
	if (pipe(in) < 0)
		return fail(err, errsz, "pipe: %s", strerror(errno));
	if (pipe(ch) < 0) {
		fail(err, errsz, "pipe: %s", strerror(errno));
		close(in[0]);
		close(in[1]);
		return -1;
	}
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_adddup2(&fa, in[0], 0);
	posix_spawn_file_actions_adddup2(&fa, ch[1], 1);
	posix_spawn_file_actions_addclose(&fa, in[0]);
	posix_spawn_file_actions_addclose(&fa, in[1]);
	posix_spawn_file_actions_addclose(&fa, ch[0]);
	posix_spawn_file_actions_addclose(&fa, ch[1]);
	e = posix_spawnp(&pid, "gnuplot", &fa, NULL, args, utf8_env());
	posix_spawn_file_actions_destroy(&fa);
	close(in[0]);
	close(ch[1]);
	if (e != 0) {
		close(in[1]);
		close(ch[0]);
		if (e == ENOENT)
			return fail(err, errsz, "gnuplot is not on PATH: install "
			    "it (Debian: apt-get install gnuplot-nox), or use "
			    "--script");
		return fail(err, errsz, "cannot start gnuplot: %s",
		    strerror(e));
	}
	/* the script in while the chart comes out: either may fill a pipe */
	fcntl(in[1], F_SETFL, fcntl(in[1], F_GETFL) | O_NONBLOCK);
	if (len == 0)
		close(in[1]), in[1] = -1;
	for (;;) {
		struct pollfd pf[2] = {
			{ .fd = ch[0], .events = POLLIN },
			{ .fd = in[1], .events = POLLOUT }
		};
		ssize_t n;

		if (poll(pf, in[1] >= 0 ? 2 : 1, -1) < 0) {
			if (errno == EINTR)
				continue;
			rc = fail(err, errsz, "poll: %s", strerror(errno));
			break;
		}
		if (in[1] >= 0 && pf[1].revents) {
			n = write(in[1], script + off, len - off);
			if (n > 0)
				off += (size_t)n;
			/* done, or gnuplot quit: its status says why */
			if (off == len || (n < 0 && errno != EAGAIN &&
			    errno != EINTR))
				close(in[1]), in[1] = -1;
		}
		if (pf[0].revents == 0)
			continue;
		n = read(ch[0], buf, sizeof(buf));
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			rc = fail(err, errsz, "reading gnuplot's output: %s",
			    strerror(errno));
			break;
		}
		if (n == 0)
			break;
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
	if (rc < 0)
		kill(pid, SIGTERM);
	close(ch[0]);
	if (in[1] >= 0)
		close(in[1]);
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR)
			return rc < 0 ? rc : fail(err, errsz, "waitpid: %s",
			    strerror(errno));
	if (rc == 0 && (!WIFEXITED(st) || WEXITSTATUS(st) != 0))
		rc = fail(err, errsz, "gnuplot failed (its message is above): "
		    "no chart written");
	*np = got;
	return rc;
}
