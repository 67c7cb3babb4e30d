/*
 * fuzz_rollup.c - libFuzzer harness: trade rows of any format through the
 * roll-up (agg.c: --by, --annual, --hs-level, groups for shares) and the
 * product-list reader and HS edition translation (prodlist.c) on the same
 * bytes.  The first byte picks the roll-up options.  An input the one-pass
 * roll-up takes whole is summed again on two threads in small blocks
 * (trade_parallel(), agg_merge()): when the threads take it, the sums
 * must be the one-pass sums.
 */
#define _GNU_SOURCE
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "agg.h"
#include "prodlist.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int
add_row(void *arg, const struct trade_row *row)
{
	char err[1024];

	return agg_add(arg, row, err, sizeof(err)) < 0 ? -1 : 0;
}

static int
near(double a, double b)
{
	if (a != a || b != b)
		return a != a && b != b;
	return fabs(a - b) <= 1e-12 * fabs(a) || a == b;
}

/* The roll-up of path on two threads, when they take it, equals a. */
static void
check_parallel(const struct trade_opts *o, const struct agg_opts *ao,
    char *path, const struct agg *a, uint8_t flags)
{
	struct agg *t[2];
	void *ctx[2];
	struct trade_opts po;
	char err[1024];
	size_t i;
	int st;

	po = *o;
	po.block = 8 + flags % 64;
	t[0] = agg_new(ao);
	t[1] = agg_new(ao);
	ctx[0] = t[0], ctx[1] = t[1];
	st = trade_parallel(&po, &path, 1, 2, add_row, ctx, NULL, NULL);
	if (st == 0 && agg_merge(t[0], t[1]) == 0 &&
	    agg_finish(t[0], err, sizeof(err)) == 0) {
		if (agg_count(t[0]) != agg_count(a))
			abort();
		for (i = 0; i < agg_count(a); i++) {
			const struct agg_cell *x = agg_cell(a, i);
			const struct agg_cell *y = agg_cell(t[0], i);

			if (x->period != y->period || x->flow != y->flow ||
			    strcmp(x->reporter, y->reporter) ||
			    strcmp(x->partner, y->partner) ||
			    strcmp(x->product, y->product) ||
			    strcmp(x->currency, y->currency) ||
			    !near(x->s.value, y->s.value) ||
			    x->s.rows != y->s.rows ||
			    x->s.month_mask != y->s.month_mask ||
			    x->s.qty != y->s.qty ||
			    (x->s.qty == 1 && !near(x->s.quantity,
			    y->s.quantity)))
				abort();
		}
	}
	agg_free(t[0]);
	agg_free(t[1]);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct trade_opts o = { 0 };
	struct agg_opts ao;
	struct trade_reader *r;
	struct trade_row row;
	struct prodlist pl = { 0 };
	struct agg *a;
	char path[64], err[1024];
	char *files[1];
	int fd, n = 0, st;
	size_t i;
	uint8_t flags;

	if (size < 1)
		return 0;
	flags = data[0];
	ao.by = (unsigned)(data[0] & AK_ALL);
	if (ao.by == 0)
		ao.by = AK_ALL;
	ao.annual = (data[0] >> 5) & 1;
	ao.hs_level = (data[0] >> 6) & 1 ? 4 : 0;
	ao.with_aggregates = (data[0] >> 7) & 1;
	o.unknown_keep = 1;
	data++, size--;
	fd = memfd_create("fuzz", 0);
	if (fd < 0)
		return 0;
	if (size > 0 && write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	files[0] = path;
	lseek(fd, 0, SEEK_SET);
	r = trade_open(&o, files, 1);
	a = agg_new(&ao);
	while ((st = trade_next(r, &row)) == 1 && n++ < 100000)
		if (agg_add(a, &row, err, sizeof(err)) < 0) {
			st = -1;
			break;
		}
	trade_close(r);
	if (agg_check_levels(a, err, sizeof(err)) == 0 &&
	    agg_finish(a, err, sizeof(err)) == 0) {
		if (st == 0)
			check_parallel(&o, &ao, path, a, flags);
		agg_sort_groups(a, AK_PARTNER);
		for (i = 0; i < agg_count(a); i = agg_group_end(a, i,
		    AK_PARTNER))
			;
	}
	agg_free(a);
	/* the same bytes as a product list, then as a correlation table */
	lseek(fd, 0, SEEK_SET);
	if (prodlist_load(&pl, path, (flags & 1) ? "1,2" : NULL, err,
	    sizeof(err)) == 0) {
		lseek(fd, 0, SEEK_SET);
		(void)prodlist_translate(&pl, path, "fuzz", err, sizeof(err));
	}
	prodlist_free(&pl);
	close(fd);
	return 0;
}
