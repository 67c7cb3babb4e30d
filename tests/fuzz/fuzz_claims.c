/*
 * fuzz_claims.c - libFuzzer harness: the claims file reader of
 * trade-claim (claims.c), with @lists from data/lists.
 */
#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <sys/mman.h>
#include <unistd.h>

#include "claims.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct claims_opts co = { "../../data/lists", "1%" };
	struct claim *cl;
	char path[64], err[1024];
	size_t n;
	int fd = memfd_create("fuzz", 0);

	if (fd < 0)
		return 0;
	if (size > 0 && write(fd, data, size) != (ssize_t)size) {
		close(fd);
		return 0;
	}
	snprintf(path, sizeof(path), "/proc/self/fd/%d", fd);
	if (claims_read(path, &co, &cl, &n, err, sizeof(err)) == 0)
		claims_free(cl, n);
	close(fd);
	return 0;
}
