/*
 * source.c - the bytes of an input: a file or standard input as it is,
 * or through its decompressor (libarchive: gzip, bzip2, xz, zstd, and the
 * members of a zip), told by the first bytes, never by the name.
 *
 * The first bytes are looked at without taking them from the input
 * (pread() on a file, tee(2) on a pipe), so a plain input goes to its
 * reader untouched, with no copy.  A compressed one is decompressed by a
 * thread into a pipe (1 MB, as large as Linux lets it be without
 * privilege) whose read end the reader takes as if it were the file:
 * decompression and parsing run on two cores, and memory stays flat.
 * The thread notes a failure (a truncated or corrupt input) before it
 * closes the pipe, so the reader that sees the end of its bytes can ask
 * whether they were all there (source_check()).
 */
#define _GNU_SOURCE
#include <archive.h>
#include <archive_entry.h>
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "source.h"
#include "util.h"

#define HEADSZ	512	/* a tar's header: "ustar" at 257 */
#define MAGICSZ	8	/* what the other kinds need, waited for */
#define BUFSZ	(1024 * 1024)
#define PIPESZ	(1024 * 1024)

struct source {
	char		*path;		/* the name in messages */
	int		 fd;		/* the input (the thread's once it runs) */
	enum source_kind kind;
	int		 seekable;
	unsigned char	 head[HEADSZ];
	size_t		 nhead;
	int		 replay;	/* head was taken from fd: give it first */
	size_t		 hpos;
	struct archive	*a;
	unsigned char	*buf;

	/* shared with the thread, under mu */
	int		 threaded;
	pthread_mutex_t	 mu;
	pthread_cond_t	 cv;
	int		 refs;		/* the caller's and the thread's */
	int		 ready;		/* pname, pfd published, not taken */
	char		*pname;
	int		 pfd;
	int		 done, quit, failed;
	char		 err[1024];

	/* the caller's */
	int		 given;		/* plain: its one member given */
	char		*cname;		/* the current member */
	int		 cfd;
	char		*side;		/* source_side_member()'s name */
};

/* Descriptors made ready for csvr_open(), by name. */
struct reg {
	char		*name;
	int		 fd;
	struct source	*owner;
	struct reg	*next;
};
static pthread_mutex_t reg_mu = PTHREAD_MUTEX_INITIALIZER;
static struct reg *regs;

static void
reg_add(struct source *s, const char *name, int fd)
{
	struct reg *e = xcalloc(1, sizeof(*e));

	e->name = xstrdup(name);
	e->fd = fd;
	e->owner = s;
	pthread_mutex_lock(&reg_mu);
	e->next = regs;
	regs = e;
	pthread_mutex_unlock(&reg_mu);
}

/* Take the descriptor ready under name (or, with owner set, drop and
 * close every one of owner's); -1 when there is none. */
static int
reg_take(const char *name, struct source *owner)
{
	struct reg **pp, *e;
	int fd = -1;

	pthread_mutex_lock(&reg_mu);
	for (pp = &regs; (e = *pp) != NULL;) {
		if (owner ? e->owner == owner : strcmp(e->name, name) == 0) {
			*pp = e->next;
			if (owner) {
				if (e->fd > 0)
					close(e->fd);
			} else
				fd = e->fd;
			free(e->name);
			free(e);
			if (!owner)
				break;
			continue;
		}
		pp = &e->next;
	}
	pthread_mutex_unlock(&reg_mu);
	return fd;
}

/* Whether a zip's first member is a part of an office document (an
 * .xlsx workbook): such a file is one document, which its format reads
 * (fmt_xlsx.c), not an archive of data files.  The first local header
 * has the name's length at 26 and the name at 30. */
static int
office_zip(const unsigned char *b, size_t n)
{
	static const char *parts[] = { "[Content_Types].xml", "_rels/",
	    "docProps/", "xl/" };
	size_t i, len;

	if (n < 30 || memcmp(b, "PK\3\4", 4) != 0)
		return 0;
	len = (size_t)b[26] | (size_t)b[27] << 8;
	for (i = 0; i < sizeof(parts) / sizeof(parts[0]); i++)
		if (30 + len <= n && len >= strlen(parts[i]) &&
		    memcmp(b + 30, parts[i], strlen(parts[i])) == 0)
			return 1;
	return 0;
}

/* The same for the regular file fd, from its first bytes. */
static int
office_file(int fd)
{
	unsigned char b[64];
	ssize_t k;

	do
		k = pread(fd, b, sizeof(b), 0);
	while (k < 0 && errno == EINTR);
	return k > 0 && office_zip(b, (size_t)k);
}

enum source_kind
source_magic(const void *v, size_t n)
{
	const unsigned char *b = v;

	if (n >= 2 && b[0] == 0x1f && b[1] == 0x8b)
		return SOURCE_GZIP;
	if (n >= 4 && memcmp(b, "BZh", 3) == 0 && b[3] >= '1' && b[3] <= '9')
		return SOURCE_BZIP2;
	if (n >= 6 && memcmp(b, "\xfd" "7zXZ\0", 6) == 0)
		return SOURCE_XZ;
	if (n >= 4 && memcmp(b, "\x28\xb5\x2f\xfd", 4) == 0)
		return SOURCE_ZSTD;
	if (n >= 4 && (memcmp(b, "PK\3\4", 4) == 0 ||
	    memcmp(b, "PK\5\6", 4) == 0))
		return SOURCE_ZIP;
	if (n >= 262 && memcmp(b + 257, "ustar", 5) == 0)
		return SOURCE_TAR;
	return SOURCE_PLAIN;
}

const char *
source_kind_name(enum source_kind k)
{
	static const char *names[] = {
		"plain", "gzip", "bzip2", "xz", "zstd", "zip", "tar"
	};

	return names[k];
}

enum source_kind
source_kind_of(const char *path)
{
	unsigned char b[HEADSZ];
	enum source_kind kind;
	struct stat st;
	off_t off = 0;
	ssize_t k;
	int fd, in = path == NULL || strcmp(path, "-") == 0;

	/* standard input only when it is a regular file, from where it is
	 * read: a pipe's first bytes are not to be taken here */
	if (in && (fstat(0, &st) != 0 || !S_ISREG(st.st_mode) ||
	    (off = lseek(0, 0, SEEK_CUR)) < 0))
		return SOURCE_PLAIN;
	if ((fd = in ? 0 : open(path, O_RDONLY | O_CLOEXEC)) < 0)
		return SOURCE_PLAIN;
	k = pread(fd, b, sizeof(b), off);
	kind = k > 0 ? source_magic(b, (size_t)k) : SOURCE_PLAIN;
	if (kind == SOURCE_ZIP && office_file(fd))
		kind = SOURCE_PLAIN;
	if (!in)
		close(fd);
	return kind;
}

/*
 * The first bytes of a pipe, left in it: tee(2) copies what the pipe
 * holds without taking it.  A writer may have written fewer bytes so
 * far: look again for a while, unless it is gone.  -1 when fd is no
 * pipe.
 */
static ssize_t
tee_peek(int fd, unsigned char *b, size_t n)
{
	struct timespec ms = { 0, 1000000 };
	struct pollfd pf;
	ssize_t k, got = -1, r;
	int p[2], tries;

	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	for (tries = 0; tries < 2000; tries++) {
		k = tee(fd, p[1], n, 0);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			break;
		for (got = 0; got < k; got += r)
			if ((r = read(p[0], b + got, (size_t)(k - got))) <= 0)
				break;
		if (k == 0 || (size_t)k >= n || k >= MAGICSZ)
			break;	/* a tar's header is written whole */
		pf.fd = fd;
		pf.events = POLLIN;
		if (poll(&pf, 1, 0) == 1 && (pf.revents & POLLHUP))
			break;
		nanosleep(&ms, NULL);
	}
	close(p[0]);
	close(p[1]);
	return got;
}

/* Read the first bytes of s->fd, leaving them there when it can. */
static int
peek(struct source *s)
{
	struct stat st;
	off_t off;
	ssize_t k;

	if (fstat(s->fd, &st) == 0 && S_ISREG(st.st_mode) &&
	    (off = lseek(s->fd, 0, SEEK_CUR)) >= 0) {
		s->seekable = 1;
		do
			k = pread(s->fd, s->head, HEADSZ, off);
		while (k < 0 && errno == EINTR);
	} else if ((k = tee_peek(s->fd, s->head, HEADSZ)) < 0) {
		/* a terminal or a socket: take the bytes, give them back
		 * through the thread */
		s->replay = 1;
		for (k = 0; k < MAGICSZ;) {
			ssize_t r = read(s->fd, s->head + k, HEADSZ - k);

			if (r < 0 && errno == EINTR)
				continue;
			if (r < 0)
				return -1;
			if (r == 0)
				break;
			k += r;
		}
	}
	if (k < 0)
		return -1;
	s->nhead = (size_t)k;
	return 0;
}

static la_ssize_t
arch_read(struct archive *a, void *arg, const void **buf)
{
	struct source *s = arg;
	ssize_t k;

	if (s->replay && s->hpos < s->nhead) {
		*buf = s->head + s->hpos;
		k = (ssize_t)(s->nhead - s->hpos);
		s->hpos = s->nhead;
		return k;
	}
	do
		k = read(s->fd, s->buf, BUFSZ);
	while (k < 0 && errno == EINTR);
	if (k < 0)
		archive_set_error(a, errno, "read error: %s", strerror(errno));
	*buf = s->buf;
	return k;
}

static la_int64_t
arch_seek(struct archive *a, void *arg, la_int64_t off, int whence)
{
	struct source *s = arg;

	(void)a;
	return lseek(s->fd, (off_t)off, whence);
}

/* Note the failure of member name (before its pipe is closed). */
static void
fail(struct source *s, const char *name, const char *what)
{
	pthread_mutex_lock(&s->mu);
	if (!s->failed) {
		s->failed = 1;
		snprintf(s->err, sizeof(s->err), "%s: %s", name, what);
	}
	pthread_mutex_unlock(&s->mu);
}

/* A zip's member that holds data, not a directory, macOS metadata, a
 * read-me or one of BACI's side tables. */
static int
data_member(const char *name)
{
	const char *base = strrchr(name, '/');
	size_t n = strlen(name);

	base = base ? base + 1 : name;
	if (n == 0 || name[n - 1] == '/' || strncmp(name, "__MACOSX/", 9) == 0 ||
	    base[0] == '.' || base[0] == '\0')
		return 0;
	return !(strncasecmp(base, "country_codes", 13) == 0 ||
	    strncasecmp(base, "product_codes", 13) == 0 ||
	    strncasecmp(base, "readme", 6) == 0);
}

/* Give the caller a new member: wait until it took the last one. */
static int
publish(struct source *s, char *name, int fd)
{
	pthread_mutex_lock(&s->mu);
	while (s->ready && !s->quit)
		pthread_cond_wait(&s->cv, &s->mu);
	if (s->quit) {
		pthread_mutex_unlock(&s->mu);
		free(name);
		close(fd);
		return -1;
	}
	s->pname = name;
	s->pfd = fd;
	s->ready = 1;
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
	return 0;
}

/* Write all of b; 0, or -1 when the reader is gone (or on an error). */
static int
write_all(int fd, const void *b, size_t n)
{
	const char *p = b;
	ssize_t k;

	while (n > 0) {
		k = write(fd, p, n);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return -1;
		p += k;
		n -= (size_t)k;
	}
	return 0;
}

static int
new_pipe(int p[2])
{
	if (pipe2(p, O_CLOEXEC) < 0)
		return -1;
	/* 1 MB, not 64 KB: a quarter of the system calls, and room for
	 * the two sides to run apart */
	(void)fcntl(p[1], F_SETPIPE_SZ, PIPESZ);
	return 0;
}

static void
unref(struct source *s)
{
	int last;

	pthread_mutex_lock(&s->mu);
	last = --s->refs == 0;
	pthread_mutex_unlock(&s->mu);
	if (!last)
		return;
	if (s->ready) {
		close(s->pfd);
		free(s->pname);
	}
	if (s->fd > 0)
		close(s->fd);	/* source_side_member() may read it */
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cv);
	free(s->path);
	free(s->cname);
	free(s->side);
	free(s);
}

/* A plain input that had to be taken from (replay): copy it. */
static void
pump_plain(struct source *s)
{
	int p[2];
	ssize_t k;

	if (new_pipe(p) < 0) {
		fail(s, s->path, strerror(errno));
		return;
	}
	if (publish(s, xstrdup(s->path), p[0]) < 0) {
		close(p[1]);
		return;
	}
	if (write_all(p[1], s->head, s->nhead) == 0)
		for (;;) {
			k = read(s->fd, s->buf, BUFSZ);
			if (k < 0 && errno == EINTR)
				continue;
			if (k < 0)
				fail(s, s->path, strerror(errno));
			if (k <= 0 || write_all(p[1], s->buf, (size_t)k) < 0)
				break;
		}
	close(p[1]);
}

/* Each member of the archive into a pipe of its own, in order. */
static void
pump_archive(struct source *s)
{
	struct archive_entry *e;
	const void *b;
	size_t n;
	la_int64_t off;
	char *name, what[600];
	int st, p[2];

	for (;;) {
		st = archive_read_next_header(s->a, &e);
		if (st == ARCHIVE_EOF)
			break;
		if (st < ARCHIVE_WARN) {
			snprintf(what, sizeof(what), "not a readable %s "
			    "file (%s)", source_kind_name(s->kind),
			    archive_error_string(s->a));
			fail(s, s->path, what);
			break;
		}
		if (s->kind == SOURCE_ZIP || (archive_format(s->a) &
		    ARCHIVE_FORMAT_BASE_MASK) == ARCHIVE_FORMAT_TAR) {
			const char *m = archive_entry_pathname(e);

			if (m == NULL)
				m = "";
			if (s->kind == SOURCE_ZIP &&
			    strcmp(m, "[Content_Types].xml") == 0) {
				fail(s, s->path, "an office document "
				    "(xlsx, docx), not a zip of data files (a "
				    "workbook is read from its file name, not "
				    "from standard input)");
				break;
			}
			if (!data_member(m) || (s->kind == SOURCE_ZIP ?
			    archive_entry_filetype(e) == AE_IFDIR :
			    archive_entry_filetype(e) != AE_IFREG))
				continue;
			name = xmalloc(strlen(s->path) + strlen(m) + 2);
			sprintf(name, "%s:%s", s->path, m);
		} else
			name = xstrdup(s->path);
		if (new_pipe(p) < 0) {
			fail(s, name, strerror(errno));
			free(name);
			break;
		}
		if (publish(s, xstrdup(name), p[0]) < 0) {
			close(p[1]);
			free(name);
			break;
		}
		for (;;) {
			st = archive_read_data_block(s->a, &b, &n, &off);
			if (st == ARCHIVE_EOF)
				break;
			if (st < ARCHIVE_WARN) {
				snprintf(what, sizeof(what), "truncated or "
				    "corrupt %s data (%s)",
				    source_kind_name(s->kind),
				    archive_error_string(s->a));
				fail(s, name, what);
				break;
			}
			if (write_all(p[1], b, n) < 0) {
				st = ARCHIVE_FATAL;	/* the reader is gone */
				break;
			}
		}
		close(p[1]);
		free(name);
		if (st != ARCHIVE_EOF)
			break;
	}
}

static void *
pump(void *arg)
{
	struct source *s = arg;
	sigset_t set;

	/* a reader gone is EPIPE here, not the death of the process */
	sigemptyset(&set);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	if (s->kind == SOURCE_PLAIN)
		pump_plain(s);
	else
		pump_archive(s);
	if (s->a)
		archive_read_free(s->a);
	free(s->buf);
	pthread_mutex_lock(&s->mu);
	s->done = 1;
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
	unref(s);
	return NULL;
}

static int
start(struct source *s, char *err, size_t n)
{
	pthread_attr_t at;
	pthread_t th;

	s->buf = xmalloc(BUFSZ);
	if (s->kind != SOURCE_PLAIN) {
		s->a = archive_read_new();
		if (s->kind == SOURCE_ZIP)
			archive_read_support_format_zip(s->a);
		else {
			/* a compressed tar is an archive of members, a
			 * compressed file one stream */
			archive_read_support_filter_all(s->a);
			archive_read_support_format_tar(s->a);
			if (s->kind != SOURCE_TAR)
				archive_read_support_format_raw(s->a);
		}
		archive_read_set_read_callback(s->a, arch_read);
		if (s->seekable && !s->replay)
			archive_read_set_seek_callback(s->a, arch_seek);
		archive_read_set_callback_data(s->a, s);
		if (archive_read_open1(s->a) != ARCHIVE_OK) {
			snprintf(err, n, "not a readable %s file (%s)",
			    source_kind_name(s->kind),
			    archive_error_string(s->a));
			return -1;
		}
	}
	s->threaded = 1;
	s->refs = 2;
	pthread_attr_init(&at);
	pthread_attr_setdetachstate(&at, PTHREAD_CREATE_DETACHED);
	if (pthread_create(&th, &at, pump, s) != 0) {
		pthread_attr_destroy(&at);
		s->threaded = 0;
		snprintf(err, n, "cannot start a thread");
		return -1;
	}
	pthread_attr_destroy(&at);
	return 0;
}

static void
free_unstarted(struct source *s)
{
	if (s->a)
		archive_read_free(s->a);
	if (s->fd > 0)
		close(s->fd);
	free(s->buf);
	pthread_mutex_destroy(&s->mu);
	pthread_cond_destroy(&s->cv);
	free(s->path);
	free(s);
}

/*
 * A zip's directory is at its end, and a member may only say its size
 * after its data: one from a pipe is kept in an unnamed temporary file
 * first, read as a file then (its side members too).
 */
static int
spool(struct source *s)
{
	char *b = xmalloc(BUFSZ);
	FILE *tf;
	ssize_t k;
	int fd = -1, ok = 0;

	if ((tf = tmpfile()) == NULL) {
		free(b);
		return -1;
	}
	if (s->replay && fwrite(s->head, 1, s->nhead, tf) != s->nhead)
		goto out;
	for (;;) {
		k = read(s->fd, b, BUFSZ);
		if (k < 0 && errno == EINTR)
			continue;
		if (k < 0)
			goto out;
		if (k == 0)
			break;
		if (fwrite(b, 1, (size_t)k, tf) != (size_t)k)
			goto out;
	}
	if (fflush(tf) != 0 || (fd = dup(fileno(tf))) < 0 ||
	    lseek(fd, 0, SEEK_SET) < 0)
		goto out;
	if (s->fd > 0)
		close(s->fd);
	s->fd = fd;
	fd = -1;
	s->seekable = 1;
	s->replay = 0;
	ok = 1;
out:
	if (fd >= 0)
		close(fd);
	fclose(tf);
	free(b);
	return ok ? 0 : -1;
}

struct source *
source_open(const char *path, char *err, size_t n)
{
	struct source *s = xcalloc(1, sizeof(*s));

	pthread_mutex_init(&s->mu, NULL);
	pthread_cond_init(&s->cv, NULL);
	s->cfd = -1;
	if (path == NULL || strcmp(path, "-") == 0) {
		s->path = xstrdup("<stdin>");
		s->fd = 0;
	} else {
		s->path = xstrdup(path);
		if ((s->fd = open(path, O_RDONLY | O_CLOEXEC)) < 0) {
			snprintf(err, n, "%s", strerror(errno));
			free_unstarted(s);
			return NULL;
		}
	}
	if (peek(s) < 0) {
		snprintf(err, n, "%s", strerror(errno));
		free_unstarted(s);
		return NULL;
	}
	s->kind = source_magic(s->head, s->nhead);
	if (s->kind == SOURCE_ZIP && s->seekable && office_file(s->fd))
		s->kind = SOURCE_PLAIN;		/* fmt_xlsx.c reads it */
	if (s->kind == SOURCE_ZIP && !s->seekable && spool(s) < 0) {
		snprintf(err, n, "cannot keep the zip in a temporary file: "
		    "%s", strerror(errno));
		free_unstarted(s);
		return NULL;
	}
	if ((s->kind != SOURCE_PLAIN || s->replay) && start(s, err, n) < 0) {
		free_unstarted(s);
		return NULL;
	}
	return s;
}

enum source_kind
source_kind(const struct source *s)
{
	return s->kind;
}

int
source_next(struct source *s, const char **name)
{
	int st;

	if (s->cname) {
		int fd = reg_take(s->cname, NULL);	/* not taken */

		if (fd > 0)
			close(fd);
		free(s->cname);
		s->cname = NULL;
	}
	if (!s->threaded) {
		if (s->given)
			return 0;
		s->given = 1;
		s->cname = xstrdup(s->path);
		s->cfd = s->fd;
		s->fd = -1;	/* the reader's now */
		reg_add(s, s->cname, s->cfd);
		*name = s->cname;
		return 1;
	}
	pthread_mutex_lock(&s->mu);
	while (!s->ready && !s->done)
		pthread_cond_wait(&s->cv, &s->mu);
	if (s->ready) {
		s->cname = s->pname;
		s->cfd = s->pfd;
		s->ready = 0;
		pthread_cond_broadcast(&s->cv);
		st = 1;
	} else
		st = s->failed ? -1 : 0;
	pthread_mutex_unlock(&s->mu);
	if (st == 1) {
		reg_add(s, s->cname, s->cfd);
		*name = s->cname;
	}
	return st;
}

int
source_cur_fd(const struct source *s)
{
	return s->cfd;
}

int
source_check(struct source *s)
{
	int failed;

	if (!s->threaded)
		return 0;
	pthread_mutex_lock(&s->mu);
	failed = s->failed;
	pthread_mutex_unlock(&s->mu);
	return failed ? -1 : 0;
}

const char *
source_error(const struct source *s)
{
	return s->err;
}

/* A second reader of a zip's file, beside the thread's: pread() at an
 * offset of its own. */
struct side_rd {
	int		 fd;
	off_t		 off;
	char		 buf[65536];
};

static la_ssize_t
side_read(struct archive *a, void *arg, const void **buf)
{
	struct side_rd *d = arg;
	ssize_t k;

	do
		k = pread(d->fd, d->buf, sizeof(d->buf), d->off);
	while (k < 0 && errno == EINTR);
	if (k < 0)
		archive_set_error(a, errno, "read error: %s", strerror(errno));
	else
		d->off += k;
	*buf = d->buf;
	return k;
}

static la_int64_t
side_seek(struct archive *a, void *arg, la_int64_t off, int whence)
{
	struct side_rd *d = arg;
	struct stat st;

	(void)a;
	if (whence == SEEK_SET)
		d->off = (off_t)off;
	else if (whence == SEEK_CUR)
		d->off += (off_t)off;
	else if (fstat(d->fd, &st) == 0)
		d->off = st.st_size + (off_t)off;
	else
		return -1;
	return d->off;
}

const char *
source_side_member(struct source *s, const char *prefix)
{
	struct archive *a;
	struct archive_entry *e;
	const void *b;
	size_t n, plen = strlen(prefix);
	la_int64_t off;
	const char *m, *base;
	FILE *tf = NULL;
	struct side_rd *d;
	int st, found = 0;

	if (s->kind != SOURCE_ZIP || !s->seekable || s->side)
		return s->side;
	d = xcalloc(1, sizeof(*d));
	d->fd = s->fd;
	a = archive_read_new();
	archive_read_support_format_zip(a);
	archive_read_set_read_callback(a, side_read);
	archive_read_set_seek_callback(a, side_seek);
	archive_read_set_callback_data(a, d);
	if (archive_read_open1(a) != ARCHIVE_OK)
		goto done;
	while (!found && archive_read_next_header(a, &e) == ARCHIVE_OK) {
		m = archive_entry_pathname(e);
		if (m == NULL)
			continue;
		base = strrchr(m, '/');
		base = base ? base + 1 : m;
		if (strncasecmp(base, prefix, plen) != 0 ||
		    archive_entry_filetype(e) == AE_IFDIR)
			continue;
		found = 1;
		s->side = xmalloc(strlen(s->path) + strlen(m) + 2);
		sprintf(s->side, "%s:%s", s->path, m);
		if ((tf = tmpfile()) == NULL) {
			snprintf(s->err, sizeof(s->err), "%s: %s", s->side,
			    strerror(errno));
			break;
		}
		while ((st = archive_read_data_block(a, &b, &n, &off)) ==
		    ARCHIVE_OK)
			if (fwrite(b, 1, n, tf) != n) {
				st = ARCHIVE_FATAL;
				break;
			}
		if (st != ARCHIVE_EOF || fflush(tf) != 0) {
			snprintf(s->err, sizeof(s->err), "%s: truncated or "
			    "corrupt zip member: %s", s->side,
			    archive_error_string(a) ? archive_error_string(a) :
			    strerror(errno));
			break;
		}
		int tfd = dup(fileno(tf));

		if (tfd < 0 || lseek(tfd, 0, SEEK_SET) < 0) {
			if (tfd >= 0)
				close(tfd);
			break;
		}
		reg_add(s, s->side, tfd);
		fclose(tf);
		archive_read_free(a);
		free(d);
		return s->side;
	}
done:
	if (tf)
		fclose(tf);
	archive_read_free(a);
	free(d);
	free(s->side);
	s->side = NULL;
	return NULL;
}

void
source_close(struct source *s)
{
	if (s == NULL)
		return;
	reg_take(NULL, s);	/* what no reader took */
	if (!s->threaded) {
		free(s->cname);
		free(s->side);
		free_unstarted(s);
		return;
	}
	pthread_mutex_lock(&s->mu);
	s->quit = 1;
	pthread_cond_broadcast(&s->cv);
	pthread_mutex_unlock(&s->mu);
	unref(s);
}

/* Sources opened for a csvr_open() of their own: the thread may still
 * run when the reader is closed, so they stay (a few bytes each). */
static pthread_mutex_t orphan_mu = PTHREAD_MUTEX_INITIALIZER;
static struct orphan {
	struct source	*s;
	struct orphan	*next;
} *orphans;

int
source_fd(const char **path, const char **err)
{
	static _Thread_local char ebuf[1024];
	struct source *s;
	const char *name;
	int fd, st;

	if (*path != NULL && (fd = reg_take(*path, NULL)) >= 0)
		return fd;
	if ((s = source_open(*path, ebuf, sizeof(ebuf))) == NULL) {
		*err = ebuf;
		return -1;
	}
	if (*path == NULL || strcmp(*path, "-") == 0)
		*path = "<stdin>";
	if ((st = source_next(s, &name)) <= 0) {
		snprintf(ebuf, sizeof(ebuf), "%s", st < 0 ? source_error(s) :
		    "an archive without a data member");
		source_close(s);
		*err = ebuf;
		return -1;
	}
	fd = reg_take(name, NULL);
	if (!s->threaded) {
		free(s->cname);
		s->cname = NULL;
		free_unstarted(s);
		return fd;
	}
	{
		struct orphan *o = xmalloc(sizeof(*o));

		o->s = s;
		pthread_mutex_lock(&orphan_mu);
		o->next = orphans;
		orphans = o;
		pthread_mutex_unlock(&orphan_mu);
	}
	return fd;
}
