/*
 * floor.c - the least a task's reader must do, for the benchmark's table
 * of floors: read() a file in 1 MB blocks and nothing else, read it and
 * count its lines with memchr (the scan every CSV reader makes), or
 * decompress it with libarchive, the library trade-agg reads a .gz or
 * a zip with (the same calls as src/lib/source.c: every filter and the
 * raw format for a compressed file, the zip format for a zip), and
 * count the lines of what comes out.  One thread, as each is the work
 * of one core.
 *
 * usage: floor read|memchr|archive FILE  (FILE - is standard input)
 * The count of bytes (and lines) goes to standard output.
 */
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define BLOCK	(1 << 20)

static size_t
lines(const char *p, size_t n)
{
	const char *end = p + n;
	size_t k = 0;

	while ((p = memchr(p, '\n', (size_t)(end - p))) != NULL) {
		k++;
		p++;
	}
	return k;
}

static int
plain(const char *path, int count)
{
	static char buf[BLOCK];
	uint64_t bytes = 0, k = 0;
	ssize_t n;
	int fd;

	fd = strcmp(path, "-") == 0 ? 0 : open(path, O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "floor: %s: %s\n", path, strerror(errno));
		return 1;
	}
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "floor: %s: %s\n", path,
			    strerror(errno));
			return 1;
		}
		bytes += (uint64_t)n;
		if (count)
			k += lines(buf, (size_t)n);
	}
	if (fd != 0)
		close(fd);
	if (count)
		printf("%llu bytes, %llu lines\n", (unsigned long long)bytes,
		    (unsigned long long)k);
	else
		printf("%llu bytes\n", (unsigned long long)bytes);
	return 0;
}

static int
unpack(const char *path)
{
	struct archive *a;
	struct archive_entry *e;
	const void *b;
	size_t n;
	la_int64_t off;
	uint64_t bytes = 0, k = 0;
	size_t len = strlen(path);
	int st, rc = 0;

	a = archive_read_new();
	if (len > 4 && strcmp(path + len - 4, ".zip") == 0)
		archive_read_support_format_zip(a);
	else {
		archive_read_support_filter_all(a);
		archive_read_support_format_raw(a);
	}
	if (archive_read_open_filename(a, path, BLOCK) != ARCHIVE_OK) {
		fprintf(stderr, "floor: %s: %s\n", path,
		    archive_error_string(a));
		archive_read_free(a);
		return 1;
	}
	while ((st = archive_read_next_header(a, &e)) == ARCHIVE_OK) {
		while ((st = archive_read_data_block(a, &b, &n, &off)) ==
		    ARCHIVE_OK) {
			bytes += n;
			k += lines(b, n);
		}
		if (st != ARCHIVE_EOF)
			break;
	}
	if (st != ARCHIVE_EOF) {
		fprintf(stderr, "floor: %s: %s\n", path,
		    archive_error_string(a));
		rc = 1;
	} else
		printf("%llu bytes, %llu lines\n", (unsigned long long)bytes,
		    (unsigned long long)k);
	archive_read_free(a);
	return rc;
}

int
main(int argc, char **argv)
{
	if (argc != 3) {
		fprintf(stderr, "usage: floor read|memchr|archive FILE\n");
		return 2;
	}
	if (strcmp(argv[1], "read") == 0)
		return plain(argv[2], 0);
	if (strcmp(argv[1], "memchr") == 0)
		return plain(argv[2], 1);
	if (strcmp(argv[1], "archive") == 0)
		return unpack(argv[2]);
	fprintf(stderr, "usage: floor read|memchr|archive FILE\n");
	return 2;
}
