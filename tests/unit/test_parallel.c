/*
 * test_parallel.c - trade_parallel(): a plain file cut into blocks gives
 * every row once, on the threads; what cannot be cut safely (a quote, a
 * byte beyond ASCII of an encoding not decided, a bad row) stops it, and
 * what is not a file to cut (standard input, a quoted header, a small
 * file) is left to the one-pass reader.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "trade.h"

#define NROWS	20000	/* 900 KB: more than the reader's first chunk */

struct count {
	uint64_t	rows;
	double		value;		/* integers: exact in any order */
	int		months[13];
};

static int
count_row(void *arg, const struct trade_row *row)
{
	struct count *c = arg;

	c->rows++;
	c->value += row->value;
	c->months[row->period % 100]++;
	return 0;
}

/* A canonical file of NROWS rows; line bad (from 2) gets text instead. */
static void
write_file(const char *path, const char *header, long bad, const char *text)
{
	FILE *fp = fopen(path, "w");
	long i;

	if (fp == NULL)
		abort();
	fputs(header, fp);
	for (i = 2; i < NROWS + 2; i++)
		if (i == bad)
			fputs(text, fp);
		else
			fprintf(fp, "2023-%02ld,USA,CHN,M,%06ld,%ld,,,USD,t\n",
			    1 + i % 12, 10000 + i % 7919, i);
	fclose(fp);
}

/* The threads' blocks are of block bytes (trade_opts.block). */
static uint64_t block = 1000;

static int
run(const char *path, int threads, enum csv_encoding enc, struct count *sum)
{
	struct trade_opts o;
	struct count c[2];
	void *ctx[2] = { &c[0], &c[1] };
	char *files[1];
	int st, k;

	memset(&o, 0, sizeof(o));
	o.enc = enc;
	o.block = block;
	memset(c, 0, sizeof(c));
	files[0] = (char *)path;
	st = trade_parallel(&o, files, 1, threads, count_row, ctx, NULL, NULL);
	memset(sum, 0, sizeof(*sum));
	for (k = 0; k < 2; k++) {
		sum->rows += c[k].rows;
		sum->value += c[k].value;
	}
	for (k = 1; k <= 12; k++)
		sum->months[k] = c[0].months[k] + c[1].months[k];
	return st;
}

int
main(void)
{
	const char *head = "period,reporter,partner,flow,product,value,"
	    "quantity,unit,currency,source\n";
	char path[256];
	struct count s;
	double want = 0;
	const char *tmp = getenv("TMPDIR");
	long i;
	int k, fd;

	snprintf(path, sizeof(path), "%s/parallel.XXXXXX", tmp ? tmp : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		abort();
	close(fd);
	for (i = 2; i < NROWS + 2; i++)
		want += (double)i;

	/* blocks of 1 KB: every row once, whatever the block size */
	write_file(path, head, 0, NULL);
	block = 1000;
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == 0);
	CHECK(s.rows == NROWS);
	CHECK(s.value == want);
	{
		int m[13] = { 0 };

		for (i = 2; i < NROWS + 2; i++)
			m[1 + i % 12]++;
		for (k = 1; k <= 12; k++)
			CHECK(s.months[k] == m[k]);
	}
	block = 37;
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == 0);
	CHECK(s.rows == NROWS && s.value == want);
	block = 1000;
	/* one thread, or a file smaller than two blocks: not cut */
	CHECK(run(path, 1, CSV_ENC_AUTO, &s) == 1 && s.rows == 0);
	block = 1000000;
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == 1 && s.rows == 0);
	block = 1000;
	CHECK(run("-", 2, CSV_ENC_AUTO, &s) == 1 && s.rows == 0);

	/* a quote late in the file: stopped, for the one-pass reader */
	write_file(path, head, 4000, "2023-01,USA,CHN,M,010121,1,,,USD,\"a,b\"\n");
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == -1);
	/* a bad value */
	write_file(path, head, 3000, "2023-01,USA,CHN,M,010121,1x,,,USD,t\n");
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == -1);
	/* a ragged row */
	write_file(path, head, 3001, "2023-01,USA,CHN,M,010121,1,,,USD\n");
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == -1);
	/* UTF-8 beyond ASCII stays, in a block as in one pass; a byte that
	 * is not UTF-8 (cp1252's) is left to the one pass, which counts
	 * them */
	write_file(path, head, 15000, "2023-01,USA,CHN,M,010121,15000,,,USD,"
	    "Côte\n");
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == 0);
	CHECK(s.rows == NROWS && s.value == want);
	CHECK(run(path, 2, CSV_ENC_UTF8, &s) == 0);
	CHECK(s.rows == NROWS && s.value == want);
	write_file(path, head, 15000, "2023-01,USA,CHN,M,010121,15000,,,USD,"
	    "C\364te\n");
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == -1);
	/* decided in the first chunk the reader reads (as one pass decides
	 * it), the blocks know it */
	write_file(path, head, 100, "2023-01,USA,CHN,M,010121,100,,,USD,"
	    "Côte\n");
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == 0);
	CHECK(s.rows == NROWS && s.value == want);
	/* a quoted header: not a file to cut */
	write_file(path, "\"period\",reporter,partner,flow,product,value,"
	    "quantity,unit,currency,source\n", 0, NULL);
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == 1 && s.rows == 0);
	/* CRLF line ends are cut like LF */
	{
		FILE *fp = fopen(path, "w");

		fputs("period,reporter,partner,flow,product,value\r\n", fp);
		for (i = 2; i < NROWS + 2; i++)
			fprintf(fp, "2023,USA,CHN,X,8542,%ld\r\n", i);
		fclose(fp);
	}
	CHECK(run(path, 2, CSV_ENC_AUTO, &s) == 0);
	CHECK(s.rows == NROWS && s.value == want);
	unlink(path);
	return test_done("test_parallel");
}
