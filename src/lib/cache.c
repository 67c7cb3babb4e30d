/*
 * cache.c - responses kept on disk, keyed by the request.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cache.h"
#include "util.h"

static char *
join(const char *dir, const char *name, const char *ext)
{
	size_t n = strlen(dir) + strlen(name) + strlen(ext) + 2;
	char *p = xmalloc(n);

	snprintf(p, n, "%s/%s%s", dir, name, ext);
	return p;
}

char *
cache_dir(void)
{
	const char *x = getenv("XDG_CACHE_HOME"), *h = getenv("HOME");

	if (x != NULL && x[0] == '/')
		return join(x, "tradestat", "");
	if (h != NULL && h[0] != '\0')
		return join(h, ".cache/tradestat", "");
	return NULL;
}

char *
cache_path(const char *dir, const char *name)
{
	return join(dir, name, ".json");
}

/* The whole of path into *buf (NUL-terminated); -1 with errno. */
static int
slurp(const char *path, char **buf, size_t *len)
{
	FILE *fp = fopen(path, "rb");
	size_t n = 0, cap = 8192, got;
	char *p;

	if (fp == NULL)
		return -1;
	p = xmalloc(cap);
	while ((got = fread(p + n, 1, cap - n - 1, fp)) > 0) {
		n += got;
		if (n + 1 == cap)
			p = xrealloc(p, cap *= 2);
	}
	if (ferror(fp)) {
		int e = errno;

		fclose(fp);
		free(p);
		errno = e;
		return -1;
	}
	fclose(fp);
	p[n] = '\0';
	*buf = p;
	*len = n;
	return 0;
}

int
cache_get(const char *dir, const char *name, const char *url, char **body,
    size_t *len, time_t *fetched, char *err, size_t errsz)
{
	char *mpath = join(dir, name, ".meta"), *bpath, *meta;
	size_t mlen, ulen = strlen(url);
	long long t;

	*body = NULL;
	if (slurp(mpath, &meta, &mlen) < 0) {
		int e = errno;

		free(mpath);
		if (e == ENOENT || e == ENOTDIR)
			return 0;
		snprintf(err, errsz, "cache %s: %s", dir, strerror(e));
		return -1;
	}
	free(mpath);
	/* another URL of the same hash is not this entry */
	if (mlen < ulen + 5 || memcmp(meta, "url ", 4) != 0 ||
	    memcmp(meta + 4, url, ulen) != 0 || meta[4 + ulen] != '\n' ||
	    sscanf(meta + 5 + ulen, "fetched %lld", &t) != 1) {
		free(meta);
		return 0;
	}
	free(meta);
	bpath = join(dir, name, ".json");
	if (slurp(bpath, body, len) < 0) {
		int e = errno;

		free(bpath);
		if (e == ENOENT)
			return 0;
		snprintf(err, errsz, "cache %s: %s", dir, strerror(e));
		return -1;
	}
	free(bpath);
	*fetched = (time_t)t;
	return 1;
}

/* mkdir -p dir; -1 with errno. */
static int
make_dirs(const char *dir)
{
	char *p = xstrdup(dir), *s, c;
	int st = 0;

	for (s = p + 1; ; s++) {
		if (*s != '/' && *s != '\0')
			continue;
		c = *s;
		*s = '\0';
		if (mkdir(p, 0700) < 0 && errno != EEXIST) {
			st = -1;
			break;
		}
		*s = c;
		if (c == '\0')
			break;
	}
	free(p);
	return st;
}

/* Write len bytes to path through a temporary beside it; -1 with errno. */
static int
write_file(const char *path, const char *buf, size_t len)
{
	size_t n = strlen(path) + 16;
	char *tmp = xmalloc(n);
	FILE *fp;
	int e;

	snprintf(tmp, n, "%s.%ld.tmp", path, (long)getpid());
	if ((fp = fopen(tmp, "wb")) == NULL)
		goto fail;
	if (fwrite(buf, 1, len, fp) != len) {
		fclose(fp);
		goto fail;
	}
	if (fclose(fp) != 0 || rename(tmp, path) < 0)
		goto fail;
	free(tmp);
	return 0;
fail:
	e = errno;
	remove(tmp);
	free(tmp);
	errno = e;
	return -1;
}

int
cache_put(const char *dir, const char *name, const char *url,
    const char *body, size_t len, time_t fetched, char *err, size_t errsz)
{
	char *bpath = join(dir, name, ".json"), *mpath = join(dir, name,
	    ".meta"), *meta, stamp[32];
	struct tm tm;
	size_t n;
	int st = -1;

	gmtime_r(&fetched, &tm);
	strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
	n = strlen(url) + 64;
	meta = xmalloc(n);
	snprintf(meta, n, "url %s\nfetched %lld %s\n", url,
	    (long long)fetched, stamp);
	if (make_dirs(dir) == 0 && write_file(bpath, body, len) == 0 &&
	    write_file(mpath, meta, strlen(meta)) == 0)
		st = 0;
	else
		snprintf(err, errsz, "cannot write the cache %s: %s", dir,
		    strerror(errno));
	free(meta);
	free(bpath);
	free(mpath);
	return st;
}
