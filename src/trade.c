/*
 * trade - run a tradestat program: `trade share ...` runs `trade-share ...`
 *
 * usage: trade COMMAND [args...]
 *        trade --help | --version
 *
 * The program is looked up beside trade's own executable first, then on
 * PATH, and replaces this process (git's dispatch).
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "util.h"

static const struct {
	const char *name, *what;
} commands[] = {
	{ "load", "any supported format to canonical trade CSV" },
	{ "filter", "keep rows by reporter, partner, flow, period, products" },
	{ "agg", "group and sum; HS level and annual roll-ups" },
	{ "share", "shares of partners or products, with a stated total" },
	{ "conc", "concentration: HHI, normalised HHI, CRk" },
	{ "trend", "growth, CAGR, trend with confidence intervals, breaks" },
	{ "mirror", "both sides' reports of the same flow, and the gaps" },
	{ "plot", "charts through gnuplot: PNG, SVG, PDF" },
	{ "claim", "check a published claim against the data" },
	{ "fetch", "the UN Comtrade+ API to canonical trade CSV" },
	{ "fx", "convert values to one currency with a rates table" },
	{ "uv", "unit values, and their outliers against other partners" },
	{ "rca", "revealed comparative advantage, trade intensity" },
	{ "divert", "diversion through third countries after a break" },
	{ "xlsx", "CSV to a spreadsheet with typed cells" },
};
#define NCOMMANDS (sizeof(commands) / sizeof(commands[0]))

static void
usage(FILE *fp)
{
	size_t i;

	fputs("usage: trade COMMAND [args...]\n"
	    "Run the tradestat program trade-COMMAND; "
	    "`trade COMMAND --help` for its options.\n\ncommands:\n", fp);
	for (i = 0; i < NCOMMANDS; i++)
		fprintf(fp, "  %-8s %s\n", commands[i].name, commands[i].what);
}

int
main(int argc, char **argv)
{
	char prog[PATH_MAX], self[PATH_MAX], *slash;
	ssize_t n;

	util_progname = "trade";
	if (argc < 2) {
		usage(stderr);
		return 2;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		usage(stdout);
		return 0;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("trade (tradestat) %s\n", TRADESTAT_VERSION);
		return 0;
	}
	if (argv[1][0] == '-' || strchr(argv[1], '/') != NULL) {
		util_warn("not a command: '%s'", argv[1]);
		usage(stderr);
		return 2;
	}
	snprintf(prog, sizeof(prog), "trade-%s", argv[1]);
	argv[1] = prog;
	/* beside this executable first, so that bin/trade runs bin/trade-x */
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n > 0) {
		char path[PATH_MAX];

		self[n] = '\0';
		if ((slash = strrchr(self, '/')) != NULL) {
			*slash = '\0';
			if ((size_t)snprintf(path, sizeof(path), "%s/%s", self,
			    prog) < sizeof(path) && access(path, X_OK) == 0) {
				execv(path, argv + 1);
				util_warn("%s: %s", path, strerror(errno));
				return 1;
			}
		}
	}
	execvp(prog, argv + 1);
	util_warn("'%s' is not a tradestat command (no %s): see 'trade "
	    "--help'", argv[1] + 6, prog);
	return 2;
}
