/*
 * trade-plot - report-quality charts through a pipe to gnuplot
 *
 * usage: trade-plot KIND [options] [file...]
 *
 * KIND is line (time series, one line per series), bar (ranked values,
 * horizontal), stacked (shares over time) or scatter (two measures,
 * labelled points).  Reads CSV with a header (the output of any tradestat
 * program), has chart.c build the gnuplot script with the data inline,
 * starts gnuplot without a shell, and writes the chart it sends back.
 * Every text from the data or the options reaches gnuplot quoted so that
 * it cannot run a command (plot.c).
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "chart.h"
#include "cli.h"
#include "period.h"
#include "plot.h"
#include "util.h"

enum {
	OPT_X = OPT_FIRST_PROGRAM, OPT_Y, OPT_SERIES, OPT_LABEL, OPT_SIZE,
	OPT_TITLE, OPT_SUBTITLE, OPT_XLABEL, OPT_YLABEL, OPT_LOG, OPT_MARK,
	OPT_CAPTION, OPT_SCRIPT, OPT_TOP, OPT_SUM, OPT_NAMES, OPT_AGGREGATES,
	OPT_MAX_SERIES, OPT_TIMEOUT
};

static const char usage[] =
    "usage: trade-plot KIND [options] [file...]\n"
    "Draw a chart of CSV data with gnuplot. KIND: line, bar, stacked or\n"
    "scatter. No file, or -, reads standard input.\n"
    "\n"
    "  -o, --output FILE     the chart: .png (default size 1200x700), .svg\n"
    "                        or .pdf\n"
    "      --size WxH        its size in pixels\n"
    "      --x COLUMN        the x values (default: period; scatter: the\n"
    "                        first --y)\n"
    "      --y COLUMNS       the values (default: value; stacked: share);\n"
    "                        several make several lines; COLUMN=LABEL\n"
    "                        names a line\n"
    "      --series COLUMNS  one line (or stack) per value of these\n"
    "                        columns (default: every key column that\n"
    "                        varies: reporter, partner, flow, product...)\n"
    "      --sum             add up rows of one x and series (else an\n"
    "                        error)\n"
    "      --max-series N    draw up to N lines or stacks (default 12)\n"
    "      --names           country names and flow words in legends\n"
    "      --aggregates      rank WLD, EU27 and other groups with countries\n"
    "      --label COLUMN    bar and point labels (default: partner...)\n"
    "      --title T, --subtitle T, --xlabel T, --ylabel T\n"
    "      --caption T       the source line (default: the source column)\n"
    "      --log             a logarithmic value axis\n"
    "      --mark P[:LABEL]  line: a vertical line at period P (2022-02:war)\n"
    "      --top N           bar: the N largest (default 15)\n"
    "      --timeout SECONDS  stop gnuplot after SECONDS (default 60)\n"
    "      --script          print the gnuplot script instead of running it\n"
    "  -d, --delimiter C     ',' ';' or 'tab' (default: sniffed)\n"
    "  -h, --help            this help\n"
    "      --version         the version\n";

static struct cli c;

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "delimiter", required_argument, NULL, 'd' },
		{ "output", required_argument, NULL, 'o' },
		{ "help", no_argument, NULL, 'h' },
		{ "version", no_argument, NULL, OPT_VERSION },
		{ "x", required_argument, NULL, OPT_X },
		{ "y", required_argument, NULL, OPT_Y },
		{ "series", required_argument, NULL, OPT_SERIES },
		{ "label", required_argument, NULL, OPT_LABEL },
		{ "size", required_argument, NULL, OPT_SIZE },
		{ "title", required_argument, NULL, OPT_TITLE },
		{ "subtitle", required_argument, NULL, OPT_SUBTITLE },
		{ "xlabel", required_argument, NULL, OPT_XLABEL },
		{ "ylabel", required_argument, NULL, OPT_YLABEL },
		{ "caption", required_argument, NULL, OPT_CAPTION },
		{ "log", no_argument, NULL, OPT_LOG },
		{ "mark", required_argument, NULL, OPT_MARK },
		{ "top", required_argument, NULL, OPT_TOP },
		{ "script", no_argument, NULL, OPT_SCRIPT },
		{ "sum", no_argument, NULL, OPT_SUM },
		{ "names", no_argument, NULL, OPT_NAMES },
		{ "aggregates", no_argument, NULL, OPT_AGGREGATES },
		{ "max-series", required_argument, NULL, OPT_MAX_SERIES },
		{ "timeout", required_argument, NULL, OPT_TIMEOUT },
		{ NULL, 0, NULL, 0 }
	};
	struct chart_opts o;
	struct chart_table t;
	const char *kind;
	char *buf = NULL, err[1200], note[300] = "";
	size_t len = 0, i;
	int opt, script = 0, rc;
	long timeout = 60;


	memset(&o, 0, sizeof(o));
	o.w = 1200;
	o.h = 700;
	o.top = 15;
	cli_init(&c, argv[0], usage, CLI_USAGE_WHOLE);
	while ((opt = getopt_long(argc, argv, "d:o:h", longopts, NULL)) != -1) {
		switch (opt) {
		case OPT_X: o.x = optarg; continue;
		case OPT_Y: o.y = optarg; continue;
		case OPT_SERIES: o.series = optarg; continue;
		case OPT_LABEL: o.label = optarg; continue;
		case OPT_TITLE: o.title = optarg; continue;
		case OPT_SUBTITLE: o.subtitle = optarg; continue;
		case OPT_XLABEL: o.xlabel = optarg; continue;
		case OPT_YLABEL: o.ylabel = optarg; continue;
		case OPT_CAPTION: o.caption = optarg; continue;
		case OPT_LOG: o.log = 1; continue;
		case OPT_SCRIPT: script = 1; continue;
		case OPT_SUM: o.sum = 1; continue;
		case OPT_NAMES: o.names = 1; continue;
		case OPT_AGGREGATES: o.aggregates = 1; continue;
		case OPT_MAX_SERIES:
			if ((o.maxseries = cli_count("--max-series", optarg)) < 1)
				cli_bad_arg(usage, "--max-series", optarg,
				    "want a count of 1 or more");
			continue;
		case OPT_TIMEOUT:
			if ((timeout = cli_count("--timeout", optarg)) < 1)
				cli_bad_arg(usage, "--timeout", optarg,
				    "want seconds, 1 or more");
			continue;
		case OPT_SIZE:
			if (sscanf(optarg, "%dx%d", &o.w, &o.h) != 2 ||
			    o.w < 100 || o.h < 100 || o.w > 10000 || o.h > 10000)
				cli_bad_arg(usage, "--size", optarg,
				    "want WIDTHxHEIGHT in pixels, such as 1200x700");
			continue;
		case OPT_TOP:
			o.top = cli_count("--top", optarg);
			continue;
		case OPT_MARK:
			{
				size_t plen = strcspn(optarg, ":");
				int p;

				if (period_parse(optarg, plen, &p) < 0)
					cli_bad_arg(usage, "--mark", optarg,
					    "want PERIOD[:LABEL], such as "
					    "2022-02:invasion");
			}
			o.marks = xrealloc(o.marks, (o.nmarks + 1) *
			    sizeof(*o.marks));
			o.marks[o.nmarks++] = optarg;
			continue;
		}
		if (cli_option(&c, opt, optarg))
			continue;
		fputs(usage, stderr);
		return 2;
	}
	if (optind >= argc) {
		util_warn("no KIND (line, bar, stacked or scatter)");
		fputs(usage, stderr);
		return 2;
	}
	kind = argv[optind++];
	if (strcmp(kind, "line") == 0)
		o.kind = CHART_LINE;
	else if (strcmp(kind, "bar") == 0)
		o.kind = CHART_BAR;
	else if (strcmp(kind, "stacked") == 0)
		o.kind = CHART_STACKED;
	else if (strcmp(kind, "scatter") == 0)
		o.kind = CHART_SCATTER;
	else
		cli_bad_arg(usage, "KIND", kind, "want line, bar, stacked or "
		    "scatter");
	if (c.output) {
		const char *ext = strrchr(c.output, '.');

		if (ext == NULL || (strcmp(ext, ".png") && strcmp(ext, ".svg")
		    && strcmp(ext, ".pdf")))
			cli_bad_arg(usage, "-o", c.output, "want a .png, .svg "
			    "or .pdf file");
		/* a script names it in a gnuplot string, which holds no
		 * line break and no quote (running, gnuplot never sees it) */
		for (i = 0; script && c.output[i]; i++)
			if ((unsigned char)c.output[i] < 0x20 ||
			    c.output[i] == 0x7f || c.output[i] == '\'')
				cli_bad_arg(usage, "-o", c.output, "a name with "
				    "a quote or a control character cannot go "
				    "into a script");
	} else if (!script) {
		util_warn("-o FILE.png (or .svg, .pdf) is required, or "
		    "--script");
		fputs(usage, stderr);
		return 2;
	}
	if (o.nmarks && o.kind != CHART_LINE)
		cli_usage_fail("--mark: only a line chart has marks");
	o.output = c.output;
	o.setout = script;
	o.note = note;
	o.notesz = sizeof(note);
	if (chart_table_read(&t, argv + optind, argc - optind, c.topts.delim,
	    err, sizeof(err)) != CHART_OK)
		cli_fail(&c, "%s", err);
	rc = chart_script(&t, &o, &buf, &len, err, sizeof(err));
	if (rc == CHART_USAGE)
		cli_usage_fail("%s", err);
	if (rc != CHART_OK)
		cli_fail(&c, "%s", err);
	chart_table_free(&t);
	if (*note)
		util_warn("%s", note);
	if (script) {
		fwrite(buf, 1, len, stdout);
		if (fflush(stdout) != 0 || ferror(stdout))
			cli_fail(&c, "standard output: write error");
	} else {
		unsigned char head[8];
		char warn[1200];
		size_t n;

		/* the chart goes to the temporary beside -o; it replaces
		 * FILE only when gnuplot succeeded, wrote a chart of the
		 * kind asked for, and every byte of it was written (here,
		 * then flushed and closed by cli_finish()) */
		cli_open_output(&c);
		signal(SIGPIPE, SIG_IGN);
		if (plot_run(buf, len, c.out, c.output, timeout, head, &n,
		    warn, sizeof(warn), err, sizeof(err)) < 0)
			cli_fail(&c, "%s", err);
		if (*warn)
			util_warn("gnuplot: %s", warn);
		if (n == 0)
			cli_fail(&c, "gnuplot wrote no chart: %s left as it was",
			    c.output);
		if (!chart_is_image(c.output, head, n))
			cli_fail(&c, "gnuplot wrote something that is not a "
			    "%s file: %s left as it was", strrchr(c.output,
			    '.') + 1, c.output);
	}
	free(buf);
	free(o.marks);
	return script ? 0 : cli_finish(&c);
}
