/*
 * trade-xlsx - a CSV table (any tradestat output) as a typed .xlsx workbook
 *
 * usage: trade-xlsx [options] -o FILE.xlsx [file...]
 *
 * Reads CSV with a header (several files with the same header are one
 * table) and writes a workbook: HS codes, country codes and periods as
 * text cells, values as numbers with thousands separators, shares and
 * growth rates as percentages, the header bold and frozen, an autofilter,
 * and a sheet "about" with the command, the inputs, their sources and
 * the date.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "cli.h"
#include "group.h"
#include "util.h"
#include "xlsx.h"

static const char usage[] =
    "usage: trade-xlsx [options] -o FILE.xlsx [file...]\n"
    "Write CSV tables (the output of any tradestat program) as a workbook\n"
    "with typed cells. No file, or -, reads standard input.\n"
    "\n"
    "  -d, --delimiter C     ',' ';' or 'tab' (default: sniffed)\n"
    "      --encoding E      auto (default), utf-8 or latin1\n"
    "  -o, --output FILE     the workbook to write (required)\n"
    "  -h, --help            this help\n"
    "      --version         the version\n";

/*
 * The shared options for reading trade files, refused here (NULL for the
 * others): a workbook shows a table as it is, so they would change
 * nothing, and an analyst who gave them would take the workbook for a
 * converted file.
 */
static const char *
refused(int opt)
{
	switch (opt) {
	case 'f':
		return "--format";
	case OPT_SKIP_BAD:
		return "--skip-bad";
	case OPT_COUNTRIES:
		return "--countries";
	case OPT_UNKNOWN:
		return "--unknown";
	case OPT_SOURCE:
		return "--source";
	}
	return NULL;
}

/* argv joined with spaces, for the about sheet; the caller frees it. */
static char *
command_line(int argc, char **argv)
{
	size_t n = 1, o = 0;
	char *cmd;
	int i;

	for (i = 0; i < argc; i++)
		n += strlen(argv[i]) + 1;
	cmd = xmalloc(n);
	cmd[0] = '\0';
	for (i = 0; i < argc; i++)
		o += (size_t)snprintf(cmd + o, n - o, "%s%s", i ? " " : "",
		    argv[i]);
	return cmd;
}

/* The bytes of a file that were read as cp1252, said as the trade
 * reader says them. */
static void
note_recoded(const struct csvr *r)
{
	char note[1200];
	uint64_t line, n = csvr_recoded(r, &line);

	if (csvr_recoded_note(csvr_name(r), n, line, note, sizeof(note)))
		util_warn("%.*s", (int)strlen(note) - 1, note);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct xlsx *x = NULL;
	const char *err, *tmp;
	struct group *sources;		/* distinct, in order */
	char **head = NULL, *cmd, date[32];
	const char *name;
	size_t nhead = 0, i;
	int opt, fi, srccol = -1;
	time_t now = time(NULL);

	cli_init(&c, argv[0], usage, CLI_USAGE_WHOLE);
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		if (opt == OPT_EXCEL)
			cli_usage_fail("option '--excel' does not apply: the "
			    "output is a workbook, not CSV");
		if ((name = refused(opt)) != NULL)
			cli_usage_fail("option '%s' does not apply: a workbook "
			    "shows a table as it is; read trade files with "
			    "trade-load first ('trade-load %s ... | "
			    "trade-xlsx -o FILE.xlsx')", name, name);
		if (cli_option(&c, opt, optarg))
			continue;
		fputs(usage, stderr);
		return 2;
	}
	if (c.output == NULL) {
		util_warn("-o FILE.xlsx is required (a workbook is not text "
		    "for standard output)");
		fputs(usage, stderr);
		return 2;
	}
	if ((tmp = cli_output_path(&c)) == NULL)
		cli_fail(&c, "cannot create a temporary file");
	sources = group_alloc(1);
	for (fi = optind; fi < argc || (fi == optind && optind == argc); fi++) {
		const char *path = fi < argc ? argv[fi] : "-";
		struct csvr *r = csvr_open(path, c.topts.delim, c.topts.enc,
		    &err);
		int st;

		if (r == NULL)
			cli_fail(&c, "%s: %s", path, err);
		st = csvr_next(r);
		if (st < 0)
			cli_fail(&c, "%s", csvr_error(r));
		if (st == 0)
			cli_fail(&c, "%s:1: empty file (no header line)",
			    csvr_name(r));
		if (x == NULL) {
			nhead = csvr_nfields(r);
			head = xcalloc(nhead, sizeof(char *));
			for (i = 0; i < nhead; i++) {
				head[i] = xstrdup(csvr_field(r, i));
				if (strcmp(head[i], "source") == 0)
					srccol = (int)i;
			}
			if ((x = xlsx_open(tmp, head, nhead, &err)) == NULL)
				cli_fail(&c, "%s: %s", c.output, err);
		} else {
			int same = csvr_nfields(r) == nhead;

			for (i = 0; same && i < nhead; i++)
				same = strcmp(head[i], csvr_field(r, i)) == 0;
			if (!same)
				cli_fail(&c, "%s:1: header differs from the "
				    "first file's", csvr_name(r));
		}
		while ((st = csvr_next(r)) == 1) {
			if (csvr_nfields(r) != nhead)
				cli_fail(&c, "%s:%llu: ragged row: %zu fields "
				    "where the header has %zu", csvr_name(r),
				    (unsigned long long)csvr_line(r),
				    csvr_nfields(r), nhead);
			if (srccol >= 0 && csvr_len(r, (size_t)srccol) > 0)
				group_get(sources, csvr_field(r, (size_t)srccol),
				    csvr_len(r, (size_t)srccol), NULL);
			/* the fields are NUL-terminated; hand them over */
			{
				char *f[CSVR_MAX_FIELDS];

				for (i = 0; i < nhead; i++)
					f[i] = (char *)csvr_field(r, i);
				if (xlsx_row(x, f, nhead, &err) < 0)
					cli_fail(&c, "%s:%llu: %s", csvr_name(r),
					    (unsigned long long)csvr_line(r),
					    err);
			}
		}
		if (st < 0)
			cli_fail(&c, "%s", csvr_error(r));
		xlsx_about(x, "input", csvr_name(r));
		note_recoded(r);
		csvr_close(r);
		if (fi >= argc)
			break;
	}
	cmd = command_line(argc, argv);
	xlsx_about(x, "command", cmd);
	free(cmd);
	for (i = 0; i < group_count(sources); i++) {
		size_t len;
		const char *k = group_key(sources, i, &len);
		char *s = xstrndup(k, len);

		xlsx_about(x, "source", s);
		free(s);
	}
	group_free(sources);
	strftime(date, sizeof(date), "%Y-%m-%dT%H:%M:%SZ", gmtime(&now));
	xlsx_about(x, "made", date);
	xlsx_about(x, "by", "tradestat " TRADESTAT_VERSION);
	if (xlsx_close(x, &err) < 0)
		cli_fail(&c, "%s: %s", c.output, err);
	for (i = 0; i < nhead; i++)
		free(head[i]);
	free(head);
	return cli_finish(&c);
}
