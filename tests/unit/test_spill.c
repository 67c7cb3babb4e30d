/*
 * test_spill.c - runs of records on disk and their merge: every record
 * written comes back once, in order, equal keys across runs in the
 * order of their runs; empty runs, one run, runs adopted from another
 * spill, and more runs than the merge's memory has buffers for (merged
 * a few at a time first); the temporary files leave no name behind.
 */
#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spill.h"
#include "test.h"

struct rec {
	uint32_t	key;
	uint32_t	run;		/* which run wrote it */
	uint64_t	seq;		/* its place in the run */
	char		pad[48];	/* a record larger than a word */
};

static int
cmp_rec(const void *x, const void *y, void *arg)
{
	const struct rec *a = x, *b = y;

	(void)arg;
	return a->key < b->key ? -1 : a->key > b->key;
}

/* Entries in dir (the temporaries have none). */
static int
entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	int n = 0;

	if (d == NULL)
		return -1;
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* nruns runs of n records each (keys k * step % mod, sorted in each
 * run), merged in mem bytes: the count, the order, and the runs' order
 * among equal keys checked; the records' count. */
static uint64_t
check_merge(struct spill *s, size_t mem, uint64_t *sum)
{
	struct spill_merge *m = spill_merge(s, mem, cmp_rec, NULL);
	const struct rec *r;
	const void *p;
	struct rec last = { 0, 0, 0, { 0 } };
	uint64_t n = 0;
	int st, bad = 0;

	*sum = 0;
	CHECK(m != NULL);
	if (m == NULL)
		return 0;
	while ((st = spill_next(m, &p)) == 1) {
		r = p;
		if (n > 0 && (r->key < last.key || (r->key == last.key &&
		    (r->run < last.run || (r->run == last.run &&
		    r->seq < last.seq)))))
			bad++;
		last = *r;
		*sum += r->key;
		n++;
	}
	CHECK(st == 0);
	CHECK(bad == 0);
	spill_merge_free(m);
	return n;
}

static void
write_runs(struct spill *s, uint32_t first, int nruns, int n, uint64_t *sum)
{
	int k, i;

	for (k = 0; k < nruns; k++) {
		struct rec r;

		memset(&r, 0, sizeof(r));
		r.run = first + (uint32_t)k;
		/* sorted keys, some shared with the other runs */
		for (i = 0; i < n; i++) {
			r.key = (uint32_t)(i * 3 + k % 3);
			r.seq = (uint64_t)i;
			*sum += r.key;
			CHECK(spill_put(s, &r) == 0);
		}
		CHECK(spill_end_run(s) == 0);
	}
}

int
main(void)
{
	char dir[] = "/tmp/test_spill.XXXXXX";
	struct spill *s, *t;
	uint64_t want = 0, got;

	if (mkdtemp(dir) == NULL) {
		perror("mkdtemp");
		return 1;
	}
	CHECK(spill_open("/nonexistent/dir", sizeof(struct rec)) == NULL);
	s = spill_open(dir, sizeof(struct rec));
	CHECK(s != NULL);
	CHECK(entries(dir) == 0);
	CHECK_STR(spill_dir(s), dir);

	/* nothing: an empty merge; an empty run is no run */
	CHECK(check_merge(s, 1 << 20, &got) == 0);
	CHECK(spill_end_run(s) == 0);
	CHECK(spill_runs(s) == 0);

	/* one run */
	write_runs(s, 0, 1, 1000, &want);
	CHECK(spill_runs(s) == 1);
	CHECK(check_merge(s, 1 << 20, &got) == 1000);
	CHECK(got == want);

	/* a merge read twice gives the same (the runs stay) */
	CHECK(check_merge(s, 1 << 20, &got) == 1000);
	CHECK(got == want);

	/* 40 runs: merged at once, then in a memory of 8 buffers (merged
	 * 8 at a time into longer runs first) */
	write_runs(s, 1, 39, 700, &want);
	CHECK(spill_runs(s) == 40);
	CHECK(spill_records(s) == 1000 + 39 * 700);
	CHECK(check_merge(s, 1 << 20, &got) == 1000 + 39 * 700);
	CHECK(got == want);
	CHECK(check_merge(s, 8 * spill_merge_min(sizeof(struct rec)) / 2,
	    &got) == 1000 + 39 * 700);
	CHECK(got == want);
	CHECK(spill_runs(s) <= 8);
	/* the least memory: two at a time */
	CHECK(check_merge(s, spill_merge_min(sizeof(struct rec)), &got) ==
	    1000 + 39 * 700);
	CHECK(spill_runs(s) <= 2);
	CHECK(got == want);

	/* the runs of another spill, after these */
	t = spill_open(dir, sizeof(struct rec));
	write_runs(t, 100, 3, 500, &want);
	spill_adopt(s, t);
	CHECK(spill_runs(s) <= 5);
	CHECK(check_merge(s, 1 << 16, &got) == 1000 + 39 * 700 + 3 * 500);
	CHECK(got == want);

	/* cleared: no runs, and runs again */
	spill_clear(s);
	CHECK(spill_runs(s) == 0);
	CHECK(check_merge(s, 1 << 20, &got) == 0);
	want = 0;
	write_runs(s, 0, 2, 10, &want);
	CHECK(check_merge(s, 1 << 20, &got) == 20);
	CHECK(got == want);

	CHECK(entries(dir) == 0);
	spill_close(s);
	rmdir(dir);
	return test_done("spill");
}
