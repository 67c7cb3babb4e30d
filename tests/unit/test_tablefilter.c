/*
 * test_tablefilter.c - the conditions of trade-filter on trade rows and
 * on a table of shares: the lists, the counts of the rows left out and
 * the message of an empty answer, the literals of the prefilter, and
 * every error a table can give.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tablefilter.h"
#include "test.h"

static struct trade_row
row(int period, const char *rep, const char *par, enum flow f,
    const char *product, double value)
{
	struct trade_row r;

	memset(&r, 0, sizeof(r));
	r.period = period;
	snprintf(r.reporter, sizeof(r.reporter), "%s", rep);
	snprintf(r.partner, sizeof(r.partner), "%s", par);
	r.flow = f;
	snprintf(r.product, sizeof(r.product), "%s", product);
	r.value = value;
	return r;
}

static void
test_rows(void)
{
	struct tablefilter k;
	struct tablefilter_why why;
	struct trade_row r;
	const char *lits[8];
	char err[256];

	tablefilter_init(&k);
	memset(&why, 0, sizeof(why));
	k.why = &why;
	CHECK(tablefilter_set_countries(&k, TF_PARTNER, "RUS,Kyrgyzstan,XYZ",
	    err, sizeof(err)) < 0);
	CHECK_STR(err, "XYZ");
	tablefilter_release(&k);

	tablefilter_init(&k);
	k.why = &why;
	CHECK(tablefilter_set_countries(&k, TF_PARTNER, "RUS,417", err,
	    sizeof(err)) == 0);
	CHECK(k.cl[TF_PARTNER].n == 2);
	CHECK_STR(k.cl[TF_PARTNER].code[1], "KGZ");
	CHECK(tablefilter_set_flows(&k, "X,Q") < 0);
	CHECK(tablefilter_set_flows(&k, "X") == 0);
	CHECK(tablefilter_set_period(&k, "2022..2023-13") < 0);
	CHECK(tablefilter_set_period(&k, "2022-03..2023-12") == 0);
	CHECK(prodlist_add_codes(&k.codes, "08703,8542", err,
	    sizeof(err)) == 0);
	k.by_codes = 1;
	/* 08703 may have lost its leading zero in a file */
	CHECK(tablefilter_literals(&k, lits, 8) == 2);
	CHECK(tablefilter_literals(&k, lits, 1) == 0);

	r = row(202304, "ARM", "RUS", FLOW_X, "8542", 23.85);
	CHECK(tablefilter_row(&k, &r) == 1);
	r = row(202304, "ARM", "CHN", FLOW_X, "8542", 2.385);
	CHECK(tablefilter_row(&k, &r) == 0);
	r = row(202304, "ARM", "KGZ", FLOW_M, "8542", 7.125);
	CHECK(tablefilter_row(&k, &r) == 0);
	r = row(202202, "ARM", "KGZ", FLOW_X, "8542", 7.125);
	CHECK(tablefilter_row(&k, &r) == 0);
	r = row(202304, "ARM", "KGZ", FLOW_X, "8471", 7.125);
	CHECK(tablefilter_row(&k, &r) == 0);
	CHECK(why.n[TF_PARTNER] == 1 && why.n[TF_FLOW] == 1 &&
	    why.n[TF_PERIOD] == 1 && why.n[TF_PRODUCT] == 1);
	CHECK(tablefilter_explain(&k, 5, err, sizeof(err)) == 1);
	CHECK_STR(err, "no rows left: of 5 rows, 1 left out by partner (not "
	    "RUS,417: CHN); 1 left out by flow (not X: M); 1 left out by "
	    "period (not 2022-03..2023-12: 2022-02); 1 left out by product "
	    "(not in --product: 8471)");
	tablefilter_release(&k);

	/* only aggregates left out: no answer, the way out */
	tablefilter_init(&k);
	memset(&why, 0, sizeof(why));
	k.why = &why;
	k.excl = 1;
	r = row(2023, "RUS", "WLD", FLOW_M, "TOTAL", 240.1e9);
	CHECK(tablefilter_row(&k, &r) == 0);
	CHECK(tablefilter_explain(&k, 1, err, sizeof(err)) == 0);
	CHECK_STR(err, "no rows left: every row's reporter or partner is an "
	    "aggregate (WLD); without --exclude-aggregates they stay");
	tablefilter_release(&k);
}

static void
put(const char *path, const char *text)
{
	FILE *fp = fopen(path, "w");

	fputs(text, fp);
	fclose(fp);
}

static const char shares[] =
    "period,reporter,partner,flow,product,value,quantity,unit,currency,"
    "source,rows,total,share,coverage,rank\n"
    "2023,ARM,RUS,X,8703,23.85,,,USD,,1,30.975,0.76997578692494,,1\n"
    "2023,ARM,CHN,X,8703,7.125,,,USD,,1,30.975,0.230024213075061,,2\n";

static void
test_table(void)
{
	char dir[] = "/tmp/test_tablefilter.XXXXXX", a[64], b[64], err[1024];
	char *files[2] = { a, b };
	struct tablefilter k;
	struct tablefilter_why why;
	struct tablefilter_table *t;
	enum tablekind kind;
	struct tablefilter_feed *feed = calloc(1, sizeof(*feed));

	if (mkdtemp(dir) == NULL)
		return;
	snprintf(a, sizeof(a), "%s/a.csv", dir);
	snprintf(b, sizeof(b), "%s/b.csv", dir);
	put(a, shares);
	CHECK(tablefilter_kind(files, 1, feed, &kind, err, sizeof(err)) == 0);
	CHECK(kind == TK_SHARES);

	tablefilter_init(&k);
	memset(&why, 0, sizeof(why));
	k.why = &why;
	tablefilter_set_countries(&k, TF_PARTNER, "RUS", err, sizeof(err));
	t = tablefilter_open(&k, kind, files, 1, 0, CSV_ENC_AUTO, 0, err,
	    sizeof(err));
	CHECK(t != NULL);
	CHECK(tablefilter_next(t) == 1);
	CHECK(tablefilter_next(t) == 0);
	CHECK(tablefilter_nread(t) == 2);
	CHECK(why.n[TF_PARTNER] == 1 && strcmp(why.seen[TF_PARTNER][0],
	    "CHN") == 0);
	tablefilter_close(t);

	/* a second file of other columns */
	put(b, "period,reporter,value\n2023,ARM,2.385\n");
	t = tablefilter_open(&k, kind, files, 2, 0, CSV_ENC_AUTO, 0, err,
	    sizeof(err));
	CHECK(tablefilter_next(t) == 1);
	CHECK(tablefilter_next(t) == -1);
	CHECK(strstr(tablefilter_error(t), "b.csv:1: not the columns of "
	    "the first") != NULL);
	tablefilter_close(t);

	/* a cell that is no country, and one that is no flow */
	put(b, "period,reporter,partner,flow,product,value,quantity,unit,"
	    "currency,source,rows,total,share,coverage,rank\n"
	    "2023,ARM,XYZ,X,8703,1,,,USD,,1,1,1,,1\n"
	    "2023,ARM,RUS,Q,8703,1,,,USD,,1,1,1,,1\n");
	t = tablefilter_open(&k, kind, files + 1, 1, 0, CSV_ENC_AUTO, 0,
	    err, sizeof(err));
	CHECK(tablefilter_next(t) == -1);
	CHECK(strstr(tablefilter_error(t), "b.csv:2: column 'partner': "
	    "unknown country code (--unknown keep passes it through): "
	    "'XYZ'") != NULL);
	tablefilter_close(t);
	tablefilter_set_flows(&k, "X");
	t = tablefilter_open(&k, kind, files + 1, 1, 0, CSV_ENC_AUTO, 1,
	    err, sizeof(err));
	/* XYZ passed through (not RUS), then the flow */
	CHECK(tablefilter_next(t) == -1);
	CHECK(strstr(tablefilter_error(t), "b.csv:3: column 'flow': not a "
	    "flow: 'Q'") != NULL);
	CHECK(tablefilter_nread(t) == 2);
	tablefilter_close(t);
	tablefilter_release(&k);

	/* a condition the table has no column for */
	tablefilter_init(&k);
	tablefilter_set_countries(&k, TF_EXPORTER, "ARM", err, sizeof(err));
	CHECK(tablefilter_open(&k, kind, files, 1, 0, CSV_ENC_AUTO, 0, err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, "a.csv: --exporter: a shares table "
	    "(trade-share's) has no 'exporter' column") != NULL);
	tablefilter_release(&k);

	remove(a);
	remove(b);
	remove(dir);
	free(feed);
}

int
main(void)
{
	test_rows();
	test_table();
	return test_done("tablefilter");
}
