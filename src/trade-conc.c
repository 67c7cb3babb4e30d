/*
 * trade-conc - concentration of partners (reporters, products) per group
 *
 * usage: trade-conc [options] [file...]
 *
 * A group is every row that agrees on all key columns but the dimension
 * (--of); its members are countries (not aggregates, not the reporter
 * itself) or HS codes, with a value above zero.  The statistics, their
 * formulas and references are conc.c's table (conc.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "cli.h"
#include "fixed.h"
#include "conc.h"
#include "share.h"
#include "tee.h"
#include "util.h"

enum { OPT_OF = OPT_FIRST_PROGRAM, OPT_TABLE };

static const char usage[] =
    "usage: trade-conc [options] [file...]\n"
    "Concentration (HHI, top shares) of each group's members. No file, or\n"
    "-, reads standard input.\n"
    "\n"
    "      --of DIM          partner (default), reporter or product\n"
    "      --annual          roll monthly periods up to years first\n"
    "      --hs-level N      roll HS codes up to N digits first\n"
    "      --table           read every group into a table first (the same\n"
    "                        result; input out of order is read so anyway)\n";

/* The columns of conc_stats[], after the group's keys. */
static void
print_stats(FILE *fp)
{
	const struct conc_stat *cs;

	fputs("\nColumns after the group's keys (value: the members' sum):\n",
	    fp);
	for (cs = conc_stats; cs->name; cs++)
		fprintf(fp, "  %-20s  %s\n", cs->name, cs->help);
}

static void
print_usage(FILE *fp)
{
	fputs(usage, fp);
	fputs(cli_input_usage, fp);
	fputs(cli_output_usage, fp);
	print_stats(fp);
}

/* -1 with err when the n members are in more than one currency: each
 * currency with a member of it, and the way out. */
static int
check_currency(const struct agg_cell **mem, size_t n, unsigned dim,
    char *err, size_t errsz)
{
	char list[256];
	size_t i, j, len = 0;

	for (i = 1; i < n; i++)
		if (strcmp(mem[i]->currency, mem[0]->currency) != 0)
			break;
	if (i >= n)
		return 0;	/* one currency, or no member */
	list[0] = '\0';
	for (i = 0; i < n && len < sizeof(list); i++) {
		int k;

		for (j = 0; j < i; j++)
			if (strcmp(mem[j]->currency, mem[i]->currency) == 0)
				break;
		if (j < i)
			continue;	/* named already */
		k = snprintf(list + len, sizeof(list) - len, "%s%s (%s)",
		    len ? ", " : "", mem[i]->currency,
		    agg_member(mem[i], dim));
		len += k > 0 ? (size_t)k : 0;
	}
	snprintf(err, errsz, "%s: the members' values are in several "
	    "currencies, %s: no shares of one total; convert them to one "
	    "first (trade-fx --rates FILE --to USD), or keep the rows of one "
	    "currency", agg_group_name(mem[0], dim), list);
	return -1;
}

/* One group, the ng cells g sorted largest first; v and sh hold ng
 * doubles, mem as many cells.  -1 with err when its values are bad. */
static int
group_out(struct csvw *w, const struct agg *a, const struct agg_cell *const *g,
    size_t ng, unsigned dim, double *v, double *sh,
    const struct agg_cell **mem, char *err, size_t errsz)
{
	const struct conc_stat *cs;
	struct agg_cell keys;
	size_t i, n = 0, m;
	double total;
	int st, exact = 1;

	for (i = 0; i < ng; i++)
		if (agg_is_member(g[i], dim)) {
			mem[n] = g[i];
			v[n] = mem[n]->s.value;
			n++;
		}
	if (check_currency(mem, n, dim, err, errsz) < 0)
		return -1;
	if ((st = conc_shares(v, n, sh, &m, &total)) == CONC_EMPTY)
		return 0;	/* no member with trade */
	if (st != CONC_OK) {	/* the roll-up gives sorted values >= 0 */
		snprintf(err, errsz, "%s: values out of order or not finite",
		    agg_group_name(g[0], dim));
		return -1;
	}
	agg_cell_copy(&keys, g[0]);
	keys.s.value = total;
	/* the members' exact sum, written in full past 15 digits as
	 * trade-agg writes it (the double when it does not fit) */
	fixed_zero(&keys.s.v);
	for (i = 0; i < n && exact; i++)
		exact = fixed_add(&keys.s.v, &mem[i]->s.v) == 0;
	if (exact)	/* the double of the exact sum, not of the doubles' */
		keys.s.value = fixed_to_double(&keys.s.v);
	keys.s.qty = 2;
	if (dim == AK_REPORTER)
		keys.reporter = "";
	else if (dim == AK_PARTNER)
		keys.partner = "";
	else
		keys.product[0] = '\0';
	for (i = 1; i < ng; i++)
		keys.s.sources |= g[i]->s.sources;
	agg_write_keys(w, a, &keys, exact);
	for (cs = conc_stats; cs->name; cs++) {
		double x = cs->fn(sh, m);

		if (cs->kind == CONC_COUNT)
			csvw_int(w, (long long)x);
		else if (cs->kind == CONC_MEMBER)
			csvw_str(w, agg_member(mem[(size_t)x], dim));
		else
			csvw_num(w, x);
	}
	csvw_end(w);
	return 0;
}

/*
 * The stream: the roll-up's cells come sorted (agg_stream(), a period
 * at a time), a run of them at a time (conc.h), and each run's groups
 * are written as it ends, aside until the input ends, for a refusal or
 * input out of order to leave no trace: the table reads it all again.
 */
struct stream {
	struct csvw	 w;		/* into aside */
	FILE		*aside;
	unsigned	 dim;
	struct conc_run	 run;
	const struct agg *a;
	double		*v, *sh;	/* group_out()'s, cap each */
	const struct agg_cell **mem;
	size_t		 cap;
	int		 failed;	/* read it as a table */
};

/* The run's groups to the stream's output: -1 (failed) on a refusal. */
static int
run_out(struct stream *s)
{
	const struct agg_cell *const *g;
	char err[512];
	size_t i, b, n;

	g = conc_run_sort(&s->run, &n);
	if (n > s->cap) {
		s->cap = n;
		s->v = xrealloc(s->v, n * sizeof(*s->v));
		s->sh = xrealloc(s->sh, n * sizeof(*s->sh));
		s->mem = xrealloc(s->mem, n * sizeof(*s->mem));
	}
	for (b = 0; b < n; b = i) {
		i = share_group_end(g, n, b, s->dim);
		if (group_out(&s->w, s->a, g + b, i - b, s->dim, s->v, s->sh,
		    s->mem, err, sizeof(err)) < 0) {
			s->failed = 1;
			return -1;
		}
	}
	conc_run_clear(&s->run);
	return 0;
}

static void
stream_cell(void *arg, const struct agg *a, const struct agg_cell *cell)
{
	struct stream *s = arg;
	int p;

	if (s->failed)
		return;
	s->a = a;
	if ((p = conc_run_place(&s->run, cell)) < 0) {
		s->failed = 1;
		return;
	}
	if (p > 0 && run_out(s) < 0)
		return;
	conc_run_add(&s->run, cell);
}

/* The groups written aside to the output, after the header. */
static int
aside_copy(FILE *aside, FILE *out)
{
	char buf[1 << 16];
	size_t n;

	if (fflush(aside) != 0 || fseek(aside, 0, SEEK_SET) != 0)
		return -1;
	while ((n = fread(buf, 1, sizeof(buf), aside)) > 0)
		if (fwrite(buf, 1, n, out) != n)
			return -1;
	return ferror(aside) ? -1 : 0;
}

/*
 * trade-conc through the stream: 1 when the groups are written aside in
 * s, with *ap and *rp for the report; 0 when the input is to be read as
 * a table (nothing was written; standard input, when kept aside, is
 * then fd 0 again from its start).
 */
static int
conc_stream(struct cli *c, int argc, char **argv, const struct agg_opts *ao,
    struct stream *s, struct agg **ap, struct trade_reader **rp)
{
	struct trade_reader *r;
	struct trade_row row;
	struct tee *t;
	struct agg *a;
	char err[1024], note[1400], **names, *one[1];
	uint64_t nrows = 0;
	int n, rs, ok;

	/* --skip-bad reports rows by the name they were read by */
	if (c->topts.skip_bad)
		return 0;
	a = agg_new(ao);
	if (agg_stream(a, stream_cell, s) < 0 ||
	    !tee_input(argc, argv, &names, &n, one, &t)) {
		agg_free(a);
		return 0;
	}
	r = cli_reader(c, n, names);
	while ((rs = trade_next(r, &row)) == 1) {
		cli_progress(c, r, ++nrows);
		if (agg_add(a, &row, err, sizeof(err)) < 0)
			break;
	}
	ok = rs == 0 && agg_stream_end(a) == 0 && agg_streamed(a) > 0 &&
	    !s->failed && agg_check_levels(a, err, sizeof(err)) == 0 &&
	    (s->run.n == 0 || run_out(s) == 0) && fflush(s->aside) == 0 &&
	    !ferror(s->aside);
	/* standard input's notes (bytes read as cp1252...) name it: by
	 * the name the table reads it by */
	if (ok && names == one && trade_report_skipped(r, 0, note,
	    sizeof(note)))
		ok = 0;
	if (ok) {
		if (tee_free(t) < 0)
			cli_fail(c, "<stdin>: %s", strerror(errno));
		cli_progress_done(c);
		*ap = a;
		*rp = r;
		return 1;
	}
	/* out of order, refused or amiss: the table says what */
	trade_close(r);
	agg_free(a);
	if (t != NULL && tee_rewind(t) < 0)
		cli_fail(c, "<stdin>: the input kept aside to be read again: "
		    "%s", strerror(errno));
	tee_free(t);
	return 0;
}

/* The canonical keys, then a column per statistic. */
static void
header(struct csvw *w)
{
	static const char *const keys[] = { "period", "reporter", "partner",
	    "flow", "product", "value", "quantity", "unit", "currency",
	    "source", NULL };
	const struct conc_stat *cs;
	const char *const *k;

	for (k = keys; *k; k++)
		csvw_str(w, *k);
	for (cs = conc_stats; cs->name; cs++)
		csvw_str(w, cs->name);
	csvw_end(w);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		CLI_LONGOPTS,
		{ "of", required_argument, NULL, OPT_OF },
		{ "table", no_argument, NULL, OPT_TABLE },
		CLI_ROLLUP_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct cli c;
	struct agg_opts ao = { AK_ALL, 0, 0, 1, 0, NULL };
	struct stream st;
	unsigned dim = AK_PARTNER;
	struct trade_reader *r;
	struct agg *a;
	const struct agg_cell **mem, **cells;
	double *v, *sh;
	char err[512] = "";
	size_t i, b, n;
	int opt, streamed, table = 0;

	cli_init(&c, argv[0], usage, CLI_USAGE_SHARED);
	c.topts.refuse_derived = 1;	/* shares, trends... do not add up */
	while ((opt = getopt_long(argc, argv, CLI_SHORTOPTS, longopts,
	    NULL)) != -1) {
		switch (opt) {
		case OPT_OF:
			if ((dim = agg_parse_dim(optarg)) == 0)
				cli_bad_arg(usage, "--of", optarg, "want "
				    "partner, reporter or product");
			continue;
		case OPT_TABLE:
			table = 1;
			continue;
		}
		if (cli_rollup_option(opt, optarg, &ao) ||
		    cli_option(&c, opt, optarg))
			continue;
		print_usage(stderr);
		return 2;
	}
	/* input in the roll-up's order (trade-agg's output) is summed a
	 * period at a time and written a run at a time; any other, or a
	 * refusal, is read again into a table, which says what is wrong */
	memset(&st, 0, sizeof(st));
	if (!table && (st.aside = tee_tmpfile(getenv("TMPDIR"))) != NULL) {
		csvw_init(&st.w, st.aside, c.excel);
		st.w.started = 1;	/* lines after the output's header */
		st.dim = dim;
		conc_run_init(&st.run, dim);
		streamed = conc_stream(&c, argc - optind, argv + optind, &ao,
		    &st, &a, &r);
		conc_run_release(&st.run);
		free(st.v);
		free(st.sh);
		free(st.mem);
		if (streamed) {
			cli_open_output(&c);
			header(&c.w);
			if (aside_copy(st.aside, c.out) < 0)
				cli_fail(&c, "the groups written aside: %s",
				    strerror(errno));
			fclose(st.aside);
			goto done;
		}
		fclose(st.aside);
	}
	a = cli_rollup(&c, argc - optind, argv + optind, &ao, 0, 1, &r);
	n = agg_count(a);
	cells = xcalloc(n + 1, sizeof(*cells));
	mem = xcalloc(n + 1, sizeof(*mem));
	share_groups(a, dim, cells, mem);
	cli_open_output(&c);
	header(&c.w);
	v = xcalloc(n + 1, sizeof(*v));
	sh = xcalloc(n + 1, sizeof(*sh));
	for (b = 0; b < n && err[0] == '\0'; b = i) {
		i = share_group_end(cells, n, b, dim);
		group_out(&c.w, a, cells + b, i - b, dim, v, sh, mem, err,
		    sizeof(err));
	}
	free(v);
	free(sh);
	free(mem);
	free(cells);
	if (err[0])
		cli_fail(&c, "%s", err);
done:
	cli_report(&c, r);
	trade_close(r);
	agg_free(a);
	return cli_finish(&c);
}
