/*
 * fuzz_trade.c - libFuzzer harness: the CSV reader and every format
 * loader, through trade_next(), on one input file.  The first byte picks
 * the format (auto or forced), the encoding and --skip-bad.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "trade.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct trade_opts o = { 0 };
	struct trade_reader *r;
	struct trade_row row;
	char path[64];
	char *files[1];
	int fd, n = 0;

	if (size < 1)
		return 0;
	o.format = (enum trade_format)(data[0] % 9);
	o.enc = (enum csv_encoding)((data[0] >> 4) % 3);
	o.skip_bad = (data[0] >> 6) & 1;
	o.unknown_keep = (data[0] >> 7) & 1;
	data++, size--;
	fd = memfd_create("fuzz", 0);
	if (fd < 0)
		return 0;
	if (size > 0 && write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	lseek(fd, 0, SEEK_SET);
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	files[0] = path;
	r = trade_open(&o, files, 1);
	while (trade_next(r, &row) == 1 && n++ < 100000)
		;
	trade_close(r);
	close(fd);
	return 0;
}
