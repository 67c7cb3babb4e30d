/*
 * test_csvpipe.c - a pipe read by the CSV reader gets a buffer of 1 MB
 * (the default 64 KB makes the writer and the reader take turns), and
 * its records are read as from a file.
 */
#define _GNU_SOURCE	/* F_GETPIPE_SZ */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "csvio.h"
#include "test.h"

int
main(void)
{
	static const char in[] = "a,b\n1,2\n3,4\n";
	char path[64];
	const char *err;
	struct csvr *r;
	int p[2], n = 0;

	if (pipe(p) != 0 || write(p[1], in, sizeof(in) - 1) !=
	    (ssize_t)sizeof(in) - 1)
		return 1;
	close(p[1]);
	CHECK(fcntl(p[0], F_GETPIPE_SZ) < (1 << 20));
	snprintf(path, sizeof(path), "/proc/self/fd/%d", p[0]);
	r = csvr_open(path, 0, CSV_ENC_AUTO, &err);
	CHECK(r != NULL);
	if (r == NULL)
		return test_done("test_csvpipe");
	/* the same pipe: the size is the pipe's, not the descriptor's */
	CHECK(fcntl(p[0], F_GETPIPE_SZ) == (1 << 20));
	while (csvr_next(r) == 1)
		n++;
	CHECK(n == 3 && strcmp(csvr_field(r, 1), "4") == 0);
	csvr_close(r);
	close(p[0]);
	return test_done("test_csvpipe");
}
