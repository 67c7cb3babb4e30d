/*
 * test_source.c - the kinds told by first bytes, and a gzip stream and
 * a plain file through source_open(): their bytes, their one member,
 * and a cut gzip that source_check() reports.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "source.h"
#include "test.h"

/* gzip of "period,value\n2023,5\n" (Python's gzip.compress, mtime 0) */
static const char gz[] =
    "\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\x03\x2b\x48\x2d\xca\xcc\x4f"
    "\xd1\x29\x4b\xcc\x29\x4d\xe5\x32\x32\x30\x32\xd6\x31\xe5\x02\x00"
    "\x8e\x52\xb0\xc6\x14\x00\x00\x00";
#define GZLEN	40

static char *
tmpwrite(const char *b, size_t n)
{
	static char path[64];
	FILE *fp;
	int fd;

	snprintf(path, sizeof(path), "/tmp/test_source.XXXXXX");
	if ((fd = mkstemp(path)) < 0 || (fp = fdopen(fd, "wb")) == NULL)
		return NULL;
	fwrite(b, 1, n, fp);
	fclose(fp);
	return path;
}

/* All the bytes of the current member into buf (NUL-ended). */
static size_t
slurp(struct source *s, char *buf, size_t size)
{
	size_t n = 0;
	ssize_t k;

	while (n + 1 < size &&
	    (k = read(source_cur_fd(s), buf + n, size - 1 - n)) > 0)
		n += (size_t)k;
	buf[n] = '\0';
	return n;
}

int
main(void)
{
	char err[256], buf[256], *path;
	const char *name;
	struct source *s;

	CHECK(source_magic(gz, GZLEN) == SOURCE_GZIP);
	CHECK(source_magic("BZh91AY&SY", 10) == SOURCE_BZIP2);
	CHECK(source_magic("BZh,x", 5) == SOURCE_PLAIN);
	CHECK(source_magic("\xfd" "7zXZ\0\0", 7) == SOURCE_XZ);
	CHECK(source_magic("\x28\xb5\x2f\xfd\0", 5) == SOURCE_ZSTD);
	CHECK(source_magic("PK\3\4\x14\0", 6) == SOURCE_ZIP);
	CHECK(source_magic("PK\5\6", 4) == SOURCE_ZIP);
	CHECK(source_magic("PK,1", 4) == SOURCE_PLAIN);
	CHECK(source_magic("\x1f", 1) == SOURCE_PLAIN);
	CHECK(source_magic("period,value", 12) == SOURCE_PLAIN);
	CHECK(source_magic("", 0) == SOURCE_PLAIN);
	CHECK_STR(source_kind_name(SOURCE_XZ), "xz");

	/* a gzip file: its bytes, one member named as the file */
	CHECK((path = tmpwrite(gz, GZLEN)) != NULL);
	CHECK(source_kind_of(path) == SOURCE_GZIP);
	CHECK((s = source_open(path, err, sizeof(err))) != NULL);
	CHECK(source_kind(s) == SOURCE_GZIP);
	CHECK(source_next(s, &name) == 1);
	CHECK_STR(name, path);
	CHECK(slurp(s, buf, sizeof(buf)) == 20);
	CHECK_STR(buf, "period,value\n2023,5\n");
	CHECK(source_check(s) == 0);
	CHECK(source_next(s, &name) == 0);
	source_close(s);
	unlink(path);

	/* cut in the deflate data: the bytes end early, and it says so */
	CHECK((path = tmpwrite(gz, 30)) != NULL);
	s = source_open(path, err, sizeof(err));
	if (s != NULL) {
		if (source_next(s, &name) == 1) {
			slurp(s, buf, sizeof(buf));
			CHECK(source_check(s) < 0);
		}
		CHECK(strstr(source_error(s), path) != NULL);
		CHECK(strstr(source_error(s), "gzip") != NULL);
		source_close(s);
	} else
		CHECK(strstr(err, "gzip") != NULL);
	unlink(path);

	/* a plain file is given as it is, once */
	CHECK((path = tmpwrite("period,value\n", 13)) != NULL);
	CHECK(source_kind_of(path) == SOURCE_PLAIN);
	CHECK((s = source_open(path, err, sizeof(err))) != NULL);
	CHECK(source_next(s, &name) == 1);
	CHECK(slurp(s, buf, sizeof(buf)) == 13);
	CHECK(source_check(s) == 0);
	CHECK(source_next(s, &name) == 0);
	source_close(s);
	unlink(path);

	CHECK(source_open("/nonexistent/x.gz", err, sizeof(err)) == NULL);
	CHECK(strstr(err, "No such file") != NULL);
	return test_done("source");
}
