/*
 * tee.c - standard input kept aside as it is read (see tee.h).
 */
#define _GNU_SOURCE	/* F_SETPIPE_SZ */
#include <sys/stat.h>

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "tee.h"
#include "util.h"

#define TEE_BUFSZ	(1 << 20)

struct tee {
	pthread_t	 tid;
	int		 file;		/* the copy */
	int		 pr, pw;	/* the pipe the program reads */
	int		 rerr, ferr;	/* errno of reading fd 0, of the copy */
	int		 stop;		/* no more to the pipe */
	pthread_mutex_t	 mu;
	char		 path[32];
	char		*buf;
};

/* All of buf to fd: 0, or -1 with errno. */
static int
write_all(int fd, const char *buf, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, buf, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		buf += w;
		n -= (size_t)w;
	}
	return 0;
}

static int
stopped(struct tee *t)
{
	int s;

	pthread_mutex_lock(&t->mu);
	s = t->stop;
	pthread_mutex_unlock(&t->mu);
	return s;
}

static void *
copier(void *arg)
{
	struct tee *t = arg;
	sigset_t set;
	ssize_t n;
	int topipe = 1;

	/* the program may close its end: EPIPE here, not a signal that
	 * ends the program */
	sigemptyset(&set);
	sigaddset(&set, SIGPIPE);
	pthread_sigmask(SIG_BLOCK, &set, NULL);
	for (;;) {
		if ((n = read(0, t->buf, TEE_BUFSZ)) < 0) {
			if (errno == EINTR)
				continue;
			t->rerr = errno;
			break;
		}
		if (n == 0)
			break;
		if (!t->ferr && write_all(t->file, t->buf, (size_t)n) < 0)
			t->ferr = errno;
		if (topipe && (stopped(t) ||
		    write_all(t->pw, t->buf, (size_t)n) < 0)) {
			topipe = 0;
			close(t->pw);
			t->pw = -1;
		}
	}
	if (topipe) {
		close(t->pw);
		t->pw = -1;
	}
	return NULL;
}

/* An unlinked temporary file's descriptor, or -1. */
static int
tmp_fd(const char *tmpdir)
{
	char path[4096];
	int fd;

	if (tmpdir == NULL || *tmpdir == '\0')
		tmpdir = "/tmp";
	if ((size_t)snprintf(path, sizeof(path), "%s/tradestat.XXXXXX",
	    tmpdir) >= sizeof(path) || (fd = mkstemp(path)) < 0)
		return -1;
	unlink(path);
	return fd;
}

FILE *
tee_tmpfile(const char *tmpdir)
{
	int fd = tmp_fd(tmpdir);
	FILE *fp;

	if (fd < 0)
		return NULL;
	if ((fp = fdopen(fd, "w+")) == NULL)
		close(fd);
	return fp;
}

struct tee *
tee_start(const char *tmpdir)
{
	struct tee *t;
	int p[2];

	t = xcalloc(1, sizeof(*t));
	t->file = t->pr = t->pw = -1;
	if ((t->file = tmp_fd(tmpdir)) < 0)
		goto fail;
	if (pipe(p) < 0)
		goto fail;
	t->pr = p[0];
	t->pw = p[1];
	(void)fcntl(t->pw, F_SETPIPE_SZ, TEE_BUFSZ);	/* or not */
	(void)fcntl(0, F_SETPIPE_SZ, TEE_BUFSZ);
	snprintf(t->path, sizeof(t->path), "/dev/fd/%d", t->pr);
	t->buf = xmalloc(TEE_BUFSZ);
	pthread_mutex_init(&t->mu, NULL);
	if (pthread_create(&t->tid, NULL, copier, t) != 0) {
		pthread_mutex_destroy(&t->mu);
		goto fail;
	}
	return t;
fail:
	if (t->file >= 0)
		close(t->file);
	if (t->pr >= 0)
		close(t->pr);
	if (t->pw >= 0)
		close(t->pw);
	free(t->buf);
	free(t);
	return NULL;
}

const char *
tee_path(const struct tee *t)
{
	return t->path;
}

/* Wait for the copier: the pipe read to its end on the way, so that it
 * never waits on a pipe that nobody reads. */
static void
finish(struct tee *t)
{
	char buf[1 << 16];

	if (t->pr < 0)
		return;
	pthread_mutex_lock(&t->mu);
	t->stop = 1;
	pthread_mutex_unlock(&t->mu);
	for (;;) {
		ssize_t n = read(t->pr, buf, sizeof(buf));

		if (n == 0 || (n < 0 && errno != EINTR))
			break;
	}
	pthread_join(t->tid, NULL);
	close(t->pr);
	t->pr = -1;
}

int
tee_rewind(struct tee *t)
{
	finish(t);
	if (t->rerr || t->ferr) {
		errno = t->rerr ? t->rerr : t->ferr;
		return -1;
	}
	if (dup2(t->file, 0) < 0 || lseek(0, 0, SEEK_SET) != 0)
		return -1;
	return 0;
}

int
tee_free(struct tee *t)
{
	int e;

	if (t == NULL)
		return 0;
	finish(t);
	e = t->rerr;
	close(t->file);
	pthread_mutex_destroy(&t->mu);
	free(t->buf);
	free(t);
	if (e) {
		errno = e;
		return -1;
	}
	return 0;
}

int
tee_input(int argc, char **argv, char ***names, int *n, char **one,
    struct tee **tp)
{
	static char dev_stdin[] = "/dev/stdin";
	struct stat st;
	int i;

	*tp = NULL;
	if (argc > 1 || (argc == 1 && strcmp(argv[0], "-") != 0)) {
		for (i = 0; i < argc; i++)
			if (strcmp(argv[i], "-") == 0 ||
			    stat(argv[i], &st) < 0 || !S_ISREG(st.st_mode))
				return 0;
		*names = argv;
		*n = argc;
		return 1;
	}
	if (fstat(0, &st) < 0)
		return 0;
	if (S_ISREG(st.st_mode)) {
		if (lseek(0, 0, SEEK_CUR) != 0)
			return 0;
		one[0] = dev_stdin;
	} else if (S_ISFIFO(st.st_mode) &&
	    (*tp = tee_start(getenv("TMPDIR"))) != NULL)
		one[0] = (char *)tee_path(*tp);
	else
		return 0;
	*names = one;
	*n = 1;
	return 1;
}
