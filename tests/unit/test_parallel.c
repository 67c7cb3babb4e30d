/*
 * test_parallel.c - trade_parallel(): a plain file cut into blocks gives
 * every row once, on the threads; what cannot be cut safely (a quote, a
 * byte beyond ASCII of an encoding not decided, a bad row) stops it, and
 * what is not a file to cut (standard input, a quoted header, a small
 * file) is left to the one-pass reader.  A stream (a pipe here) is read
 * by the caller's reader, its blocks on the threads: every row once,
 * quoted line ends across the blocks' cuts, repeated headers counted,
 * the first error with its line.
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "test.h"
#include "trade.h"
#include "tradefmt.h"	/* nheaders */

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
	st = trade_parallel(&o, files, 1, threads, count_row, ctx, NULL, NULL,
	    NULL);
	memset(sum, 0, sizeof(*sum));
	for (k = 0; k < 2; k++) {
		sum->rows += c[k].rows;
		sum->value += c[k].value;
	}
	for (k = 1; k <= 12; k++)
		sum->months[k] = c[0].months[k] + c[1].months[k];
	return st;
}

/* A thread that copies a file into a pipe. */
struct feed {
	const char	*path;
	int		 fd;
};

static void *
feed(void *arg)
{
	struct feed *f = arg;
	char buf[8192];
	size_t n;
	FILE *fp = fopen(f->path, "r");

	while (fp != NULL && (n = fread(buf, 1, sizeof(buf), fp)) > 0)
		if (write(f->fd, buf, n) != (ssize_t)n)
			break;
	if (fp != NULL)
		fclose(fp);
	close(f->fd);
	return NULL;
}

/* run() on the file's bytes through a pipe: trade_parallel()'s status,
 * the reader's error into err and its repeated headers into *nh. */
static int
run_pipe(const char *path, int threads, struct count *sum, char *err,
    size_t errsz, uint64_t *nh)
{
	struct trade_opts o;
	struct trade_reader *r;
	struct count c[2];
	void *ctx[2] = { &c[0], &c[1] };
	struct feed f;
	pthread_t th;
	char name[64], *files[1];
	int p[2], st, k;

	if (pipe(p) < 0)
		abort();
	f.path = path;
	f.fd = p[1];
	if (pthread_create(&th, NULL, feed, &f) != 0)
		abort();
	snprintf(name, sizeof(name), "/dev/fd/%d", p[0]);
	files[0] = name;
	memset(&o, 0, sizeof(o));
	o.block = block;
	o.chunk = 4096;		/* the one pass's first chunk */
	memset(c, 0, sizeof(c));
	r = trade_open(&o, files, 1);
	st = trade_parallel(&o, files, 1, threads, count_row, ctx, NULL, NULL,
	    r);
	snprintf(err, errsz, "%s", trade_error(r));
	*nh = r->nheaders;
	trade_close(r);
	/* the feeder may wait on a reader that stopped early */
	close(p[0]);
	pthread_join(th, NULL);
	memset(sum, 0, sizeof(*sum));
	for (k = 0; k < 2; k++) {
		sum->rows += c[k].rows;
		sum->value += c[k].value;
	}
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

	signal(SIGPIPE, SIG_IGN);	/* a feeder whose reader stopped */
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

	/* a pipe: read by the caller's reader, its blocks on the threads */
	{
		char err[1024];
		uint64_t nh;
		FILE *fp;

		write_file(path, head, 0, NULL);
		block = 1000;
		CHECK(run_pipe(path, 2, &s, err, sizeof(err), &nh) == 2);
		CHECK(s.rows == NROWS && s.value == want && nh == 0);
		block = 37;
		CHECK(run_pipe(path, 2, &s, err, sizeof(err), &nh) == 2);
		CHECK(s.rows == NROWS && s.value == want);
		block = 1000;
		/* one thread: the caller reads it */
		CHECK(run_pipe(path, 1, &s, err, sizeof(err), &nh) == 1);
		/* a bad value: the first error, its line */
		write_file(path, head, 3000, "2023-01,USA,CHN,M,010121,1x,,,USD,"
		    "t\n");
		CHECK(run_pipe(path, 2, &s, err, sizeof(err), &nh) == -2);
		CHECK(strstr(err, ":3000: column 'value'") != NULL);
		/* quoted fields with line ends, a header repeated twice */
		if ((fp = fopen(path, "w")) == NULL)
			abort();
		fputs(head, fp);
		for (i = 2; i < NROWS + 2; i++) {
			if (i == 7000 || i == 15000)
				fputs(head, fp);
			fprintf(fp, "2023-%02ld,USA,CHN,M,%06ld,%ld,,,USD,%s\n",
			    1 + i % 12, 10000 + i % 7919, i, i % 5 ? "t" :
			    "\"a \"\"b\"\"\nc,\nd\"");
		}
		fclose(fp);
		CHECK(run_pipe(path, 2, &s, err, sizeof(err), &nh) == 2);
		CHECK(s.rows == NROWS && s.value == want && nh == 2);
	}
	/* a file cut in ranges counts its repeated headers too */
	{
		struct trade_opts o;
		struct trade_reader *r;
		struct count c[2];
		void *ctx[2] = { &c[0], &c[1] };
		char *files[1];
		FILE *fp;

		if ((fp = fopen(path, "w")) == NULL)
			abort();
		fputs(head, fp);
		for (i = 2; i < NROWS + 2; i++) {
			if (i == 7000 || i == 15000 || i == 15001)
				fputs(head, fp);
			fprintf(fp, "2023-01,USA,CHN,M,010121,%ld,,,USD,t\n", i);
		}
		fclose(fp);
		memset(&o, 0, sizeof(o));
		o.block = 1000;
		memset(c, 0, sizeof(c));
		files[0] = path;
		r = trade_open(&o, files, 1);
		CHECK(trade_parallel(&o, files, 1, 2, count_row, ctx, NULL, NULL,
		    r) == 0);
		CHECK(c[0].rows + c[1].rows == NROWS && r->nheaders == 3);
		trade_close(r);
	}
	unlink(path);
	return test_done("test_parallel");
}
