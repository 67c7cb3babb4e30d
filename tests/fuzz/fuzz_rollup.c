/*
 * fuzz_rollup.c - libFuzzer harness: trade rows of any format through the
 * roll-up (agg.c: --by, --annual, --hs-level, groups for shares) and the
 * product-list reader and HS edition translation (prodlist.c) on the same
 * bytes.  The first byte picks the roll-up options.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "agg.h"
#include "prodlist.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct trade_opts o = { 0 };
	struct agg_opts ao;
	struct trade_reader *r;
	struct trade_row row;
	struct prodlist pl = { NULL, 0, 0 };
	struct agg *a;
	char path[64], err[1024];
	char *files[1];
	int fd, n = 0;
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
	while (trade_next(r, &row) == 1 && n++ < 100000)
		if (agg_add(a, &row, err, sizeof(err)) < 0)
			break;
	trade_close(r);
	if (agg_check_levels(a, err, sizeof(err)) == 0 &&
	    agg_finish(a, err, sizeof(err)) == 0) {
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
