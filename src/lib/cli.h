/*
 * cli.h - what every tradestat program shares: the input options, the
 * output file (written whole or not at all), and the exit paths.
 *
 * Exit status everywhere: 0 ok, 1 bad data, I/O or numeric failure,
 * 2 usage.
 */
#ifndef TRADESTAT_CLI_H
#define TRADESTAT_CLI_H

#include <getopt.h>
#include <stdio.h>

#include "agg.h"
#include "csvio.h"
#include "trade.h"

/* Long-only option codes shared by the programs. */
enum {
	OPT_ENCODING = 1000, OPT_UNKNOWN, OPT_SKIP_BAD, OPT_SOURCE,
	OPT_COUNTRIES, OPT_EXCEL, OPT_VERSION, OPT_ANNUAL, OPT_HS_LEVEL,
	OPT_READ_WITH, OPT_SHEET, OPT_DECIMAL, OPT_COLUMNS, OPT_SET, OPT_SCALE,
	OPT_CURRENCY, OPT_WIDE,
	OPT_FIRST_PROGRAM = 1100
};

/* The input and output options, for a program's struct option array. */
#define CLI_LONGOPTS \
	{ "format", required_argument, NULL, 'f' }, \
	{ "delimiter", required_argument, NULL, 'd' }, \
	{ "encoding", required_argument, NULL, OPT_ENCODING }, \
	{ "unknown", required_argument, NULL, OPT_UNKNOWN }, \
	{ "skip-bad", no_argument, NULL, OPT_SKIP_BAD }, \
	{ "source", required_argument, NULL, OPT_SOURCE }, \
	{ "countries", required_argument, NULL, OPT_COUNTRIES }, \
	{ "sheet", required_argument, NULL, OPT_SHEET }, \
	{ "decimal", required_argument, NULL, OPT_DECIMAL }, \
	{ "columns", required_argument, NULL, OPT_COLUMNS }, \
	{ "set", required_argument, NULL, OPT_SET }, \
	{ "scale", required_argument, NULL, OPT_SCALE }, \
	{ "currency", required_argument, NULL, OPT_CURRENCY }, \
	{ "wide", no_argument, NULL, OPT_WIDE }, \
	{ "output", required_argument, NULL, 'o' }, \
	{ "excel", no_argument, NULL, OPT_EXCEL }, \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ "help", no_argument, NULL, 'h' }, \
	{ "version", no_argument, NULL, OPT_VERSION }, \
	{ "read-with", required_argument, NULL, OPT_READ_WITH }
#define CLI_SHORTOPTS "f:d:o:qh"

/* The roll-up options of the programs that sum (cli_rollup_option). */
#define CLI_ROLLUP_LONGOPTS \
	{ "annual", no_argument, NULL, OPT_ANNUAL }, \
	{ "hs-level", required_argument, NULL, OPT_HS_LEVEL }

/* The usage lines for those options, to append to a program's usage. */
#define cli_input_usage	cli_input_usage_text()	/* --format's from formats.h */
const char	*cli_input_usage_text(void);
extern const char cli_output_usage[];

struct cli {
	struct trade_opts	 topts;
	const char		*output;	/* -o, or NULL for stdout */
	int			 excel;
	int			 quiet;
	FILE			*out;
	char			*tmpname;	/* -o FILE's temporary */
	char			*target;	/* the file it replaces */
	int			 direct;	/* -o written as it is */
	int			 byname;	/* cli_output_path() */
	const char		*usage;		/* cli_init()'s */
	int			 usage_how;
	struct csvw		 w;
	/* cli_open_once(): the header's names (NULL: canonical), and
	 * whether the output is open */
	const char		*header;
	int			 opened;
};

/* cli_init()'s usage text: followed by the shared options' lines
 * (cli_input_usage, cli_output_usage), or the whole text. */
enum { CLI_USAGE_SHARED, CLI_USAGE_WHOLE };

/*
 * Set the program name (from argv[0]), its usage text (how: one of the
 * above), and defaults; a standard descriptor closed at the start is held
 * open on /dev/null, so that no file the program opens takes its number.
 */
void	 cli_init(struct cli *c, const char *argv0, const char *usage,
	    int how);

/* The usage text cli_init() was given, to fp. */
void	 cli_print_usage(const struct cli *c, FILE *fp);

/*
 * Handle one of the shared options.  Returns 1 when it was one, 0 when it
 * is the program's own; --help prints the usage to stdout and --version
 * the version, and exit 0.  A bad argument prints a message and exits 2.
 */
int	 cli_option(struct cli *c, int opt, const char *arg);

/* --annual and --hs-level N into ao: 1 when opt was one of them (a bad
 * level is a usage error), 0 when not. */
int	 cli_rollup_option(int opt, const char *arg, struct agg_opts *ao);
/* The memory budget of the roll-ups that follow (agg_set_memory()):
 * bytes (0: none), and the directory they spill to past it. */
void	 cli_rollup_memory(size_t bytes, const char *tmpdir);

/* The count of option opt (1 or more), or a usage error. */
long	 cli_count(const char *opt, const char *arg);

/* Print "PROG: message" and where to find the usage; exit 2. */
void	 cli_usage_fail(const char *fmt, ...)
	    __attribute__((noreturn, format(printf, 1, 2)));

/* Print "usage: ..." to stderr, and exit 2. */
void	 cli_usage_error(const char *usage) __attribute__((noreturn));
/* Print a usage message for a bad option value, and exit 2. */
void	 cli_bad_arg(const char *usage, const char *opt, const char *arg,
	    const char *why) __attribute__((noreturn));

/*
 * Open the output: stdout, or with -o a temporary file beside FILE that
 * cli_finish() renames to FILE on success, with FILE's permissions (and
 * owner, where allowed).  On an error, cli_fail() or a signal that ends
 * the program (one ignored at the start stays ignored), the temporary is
 * removed and FILE is left as it was.  A symbolic link is followed: the
 * file it names is replaced.  FILE that is not a regular file (a FIFO, a
 * device, /dev/stdout) is written to directly.  Sets up c->w for CSV.
 */
void	 cli_open_output(struct cli *c);

/*
 * For a program that writes a file by name (a library does the writing):
 * the temporary path beside -o FILE, removed on an error or interrupt and
 * renamed by cli_finish(); FILE itself when it is written to directly
 * (not a regular file).  -o is required: NULL means there is none.
 */
const char *cli_output_path(struct cli *c);

/* Flush and close the output (a write error such as a full disk is an
 * error); with -o, rename into place.  Returns the exit status, 0 or 1. */
int	 cli_finish(struct cli *c);

/*
 * Print "PROG: message", remove any temporary output, exit 1.  Output
 * that went to a stream that is not a terminal (standard output, an -o
 * FIFO or device) ends with the line CSVR_MARKER " PROG: message", so
 * that the program reading it fails in turn.
 */
void	 cli_fail(struct cli *c, const char *fmt, ...)
	    __attribute__((noreturn, format(printf, 2, 3)));

/* Open the trade reader on the operands, with c's options. */
struct trade_reader *cli_reader(struct cli *c, int argc, char **argv);

/*
 * Every row of the operands (only those flows in the bit mask flows, 0
 * for all) into a roll-up with the options ao, with progress; then
 * finished, after refusing mixed HS levels when levels is set.  Any error
 * ends the program.  *rp is the reader, for cli_report() and
 * trade_close().
 */
struct agg	*cli_rollup(struct cli *c, int argc, char **argv,
		    const struct agg_opts *ao, unsigned flows, int levels,
		    struct trade_reader **rp);

/*
 * cli_rollup() period by period, in the memory of one period's groups,
 * when the operands are files whose rows come sorted by period
 * (agg_stream()): 1 when every group went to emit (*ap and *rp as
 * cli_rollup() gives them; the caller then checks that rows were left,
 * as cli_rollup() does), 0 when not (not files, rows out of order, a
 * refusal): the caller drops what emit got and calls cli_rollup().
 */
int	 cli_rollup_stream(struct cli *c, int argc, char **argv,
	    const struct agg_opts *ao, agg_emit_fn emit, void *arg,
	    struct agg **ap, struct trade_reader **rp);

/* Report skipped rows (with --skip-bad) at the end of a run. */
void	 cli_report(struct cli *c, struct trade_reader *r);
/* Report what a roll-up left out (agg_report_line()) on stderr. */
void	 cli_report_rollup(const struct agg *a);

/* Progress on stderr while reading, when stderr is a terminal and not
 * --quiet: bytes read, rows, rows per second.  Call per row; cheap. */
void	 cli_progress(struct cli *c, struct trade_reader *r, uint64_t rows);
void	 cli_progress_done(struct cli *c);
/* Open the output and write its header (c->header) the first time
 * only: programs open it at their first row, or at the end, so that a
 * file that cannot be read leaves nothing behind. */
void	 cli_open_once(struct cli *c);
/* For trade_parallel_ordered(): a block of rows to the output (opened
 * once); arg is the struct cli. */
void	 cli_write_block(void *arg, const char *buf, size_t len);
/* The same for trade_parallel(): arg is the struct cli. */
void	 cli_progress_blocks(void *arg, uint64_t bytes, uint64_t total,
	    uint64_t rows);

#endif
