/*
 * spill.c - sorted runs of fixed-size records on disk and their merge
 * (see spill.h).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "spill.h"
#include "util.h"

#define WBUF	(1 << 18)	/* bytes written at a time */
#define RBUF	(1 << 20)	/* the most a run's read buffer holds */
#define RBUF_MIN 4096		/* the least (or one record) */

struct run {
	int		 fd;
	uint64_t	 off;		/* bytes */
	uint64_t	 n;		/* records */
};

struct spill {
	size_t		 recsize;
	char		*dir;
	int		 fd;		/* the file written to */
	uint64_t	 end;		/* its size */
	int		*fds;		/* every file, adopted ones too */
	size_t		 nfds;
	struct run	*runs;
	size_t		 nruns, runcap;
	uint64_t	 run_off;	/* where the run being written starts */
	uint64_t	 run_n;
	char		*wbuf;
	size_t		 wlen, wcap;
};

struct cursor {
	int		 fd;
	uint64_t	 off;		/* of the next record not read */
	uint64_t	 left;		/* records not read */
	char		*buf;
	size_t		 cap, n, pos;	/* records */
};

struct spill_merge {
	size_t		 recsize;
	struct cursor	*c;
	size_t		 nc;
	size_t		*heap;		/* cursors, smallest record first */
	size_t		 nheap;
	int		 advance;	/* the top's record was handed out */
	spill_cmp_fn	 cmp;
	void		*arg;
};

static int
make_file(const char *dir)
{
	char path[4096];
	int fd;

	if ((size_t)snprintf(path, sizeof(path), "%s/tradestat-spill.XXXXXX",
	    dir) >= sizeof(path)) {
		errno = ENAMETOOLONG;
		return -1;
	}
	if ((fd = mkstemp(path)) < 0)
		return -1;
	/* no name: nothing to remove, whatever ends the program */
	unlink(path);
	return fd;
}

struct spill *
spill_open(const char *dir, size_t recsize)
{
	struct spill *s;
	int fd;

	if ((fd = make_file(dir)) < 0)
		return NULL;
	s = xcalloc(1, sizeof(*s));
	s->recsize = recsize;
	s->dir = xstrdup(dir);
	s->fd = fd;
	s->fds = xmalloc(sizeof(*s->fds));
	s->fds[s->nfds++] = fd;
	s->wcap = WBUF / recsize > 0 ? WBUF / recsize * recsize : recsize;
	s->wbuf = xmalloc(s->wcap);
	return s;
}

void
spill_close(struct spill *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nfds; i++)
		close(s->fds[i]);
	free(s->fds);
	free(s->runs);
	free(s->wbuf);
	free(s->dir);
	free(s);
}

const char *
spill_dir(const struct spill *s)
{
	return s->dir;
}

static int
write_all(int fd, const char *p, size_t n, uint64_t off)
{
	while (n > 0) {
		ssize_t w = pwrite(fd, p, n, (off_t)off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = ENOSPC;
			return -1;
		}
		p += w;
		n -= (size_t)w;
		off += (uint64_t)w;
	}
	return 0;
}

static int
read_all(int fd, char *p, size_t n, uint64_t off)
{
	while (n > 0) {
		ssize_t r = pread(fd, p, n, (off_t)off);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0) {
			if (r == 0)
				errno = EIO;	/* the file is shorter */
			return -1;
		}
		p += r;
		n -= (size_t)r;
		off += (uint64_t)r;
	}
	return 0;
}

static int
flush(struct spill *s)
{
	if (s->wlen == 0)
		return 0;
	if (write_all(s->fd, s->wbuf, s->wlen, s->end) < 0)
		return -1;
	s->end += s->wlen;
	s->wlen = 0;
	return 0;
}

int
spill_put(struct spill *s, const void *rec)
{
	if (s->wlen + s->recsize > s->wcap && flush(s) < 0)
		return -1;
	memcpy(s->wbuf + s->wlen, rec, s->recsize);
	s->wlen += s->recsize;
	s->run_n++;
	return 0;
}

static void
add_run(struct spill *s, int fd, uint64_t off, uint64_t n)
{
	if (s->nruns == s->runcap) {
		s->runcap = s->runcap ? s->runcap * 2 : 16;
		s->runs = xrealloc(s->runs, s->runcap * sizeof(*s->runs));
	}
	s->runs[s->nruns].fd = fd;
	s->runs[s->nruns].off = off;
	s->runs[s->nruns++].n = n;
}

int
spill_end_run(struct spill *s)
{
	if (flush(s) < 0) {
		/* the run is lost: the file ends where it did */
		s->wlen = 0;
		s->run_n = 0;
		s->end = s->run_off;
		return -1;
	}
	if (s->run_n > 0)
		add_run(s, s->fd, s->run_off, s->run_n);
	s->run_off = s->end;
	s->run_n = 0;
	return 0;
}

size_t
spill_runs(const struct spill *s)
{
	return s->nruns;
}

uint64_t
spill_records(const struct spill *s)
{
	uint64_t n = 0;
	size_t i;

	for (i = 0; i < s->nruns; i++)
		n += s->runs[i].n;
	return n;
}

void
spill_adopt(struct spill *dst, struct spill *src)
{
	size_t i;

	for (i = 0; i < src->nruns; i++)
		add_run(dst, src->runs[i].fd, src->runs[i].off,
		    src->runs[i].n);
	dst->fds = xrealloc(dst->fds, (dst->nfds + src->nfds) *
	    sizeof(*dst->fds));
	for (i = 0; i < src->nfds; i++)
		dst->fds[dst->nfds++] = src->fds[i];
	src->nfds = 0;
	spill_close(src);
}

void
spill_clear(struct spill *s)
{
	size_t i;

	for (i = 0; i < s->nfds; i++)
		if (s->fds[i] != s->fd)
			close(s->fds[i]);
	s->fds[0] = s->fd;
	s->nfds = 1;
	/* the disk given back; a file that cannot be cut is written over */
	(void)ftruncate(s->fd, 0);
	s->end = s->run_off = 0;
	s->run_n = 0;
	s->wlen = 0;
	s->nruns = 0;
}

/* Records a run's read buffer holds at the least. */
static size_t
rbuf_min(size_t recsize)
{
	return RBUF_MIN / recsize > 0 ? RBUF_MIN / recsize : 1;
}

size_t
spill_merge_min(size_t recsize)
{
	return 2 * rbuf_min(recsize) * recsize;
}

static int
refill(struct cursor *c, size_t recsize)
{
	size_t n = c->left < c->cap ? (size_t)c->left : c->cap;

	if (read_all(c->fd, c->buf, n * recsize, c->off) < 0)
		return -1;
	c->off += n * recsize;
	c->left -= n;
	c->n = n;
	c->pos = 0;
	return 0;
}

static const void *
top_rec(const struct spill_merge *m, size_t k)
{
	const struct cursor *c = &m->c[k];

	return c->buf + c->pos * m->recsize;
}

/* Whether cursor i's record goes before cursor j's (ties: the earlier
 * run first). */
static int
before(const struct spill_merge *m, size_t i, size_t j)
{
	int d = m->cmp(top_rec(m, i), top_rec(m, j), m->arg);

	return d < 0 || (d == 0 && i < j);
}

static void
sift_down(struct spill_merge *m, size_t i)
{
	size_t n = m->nheap;

	for (;;) {
		size_t l = 2 * i + 1, r = l + 1, s = i, t;

		if (l < n && before(m, m->heap[l], m->heap[s]))
			s = l;
		if (r < n && before(m, m->heap[r], m->heap[s]))
			s = r;
		if (s == i)
			return;
		t = m->heap[i];
		m->heap[i] = m->heap[s];
		m->heap[s] = t;
		i = s;
	}
}

/* A merge of runs[0..n) with buffers of bufrec records. */
static struct spill_merge *
merge_open(const struct run *runs, size_t n, size_t recsize, size_t bufrec,
    spill_cmp_fn cmp, void *arg)
{
	struct spill_merge *m = xcalloc(1, sizeof(*m));
	size_t i;

	m->recsize = recsize;
	m->cmp = cmp;
	m->arg = arg;
	m->c = xcalloc(n ? n : 1, sizeof(*m->c));
	m->heap = xcalloc(n ? n : 1, sizeof(*m->heap));
	m->nc = n;
	for (i = 0; i < n; i++) {
		struct cursor *c = &m->c[i];

		c->fd = runs[i].fd;
		c->off = runs[i].off;
		c->left = runs[i].n;
		c->cap = runs[i].n < bufrec ? (size_t)runs[i].n : bufrec;
		c->buf = xmalloc((c->cap ? c->cap : 1) * recsize);
		if (c->left > 0) {
			if (refill(c, recsize) < 0) {
				spill_merge_free(m);
				return NULL;
			}
			m->heap[m->nheap++] = i;
		}
	}
	for (i = m->nheap / 2; i-- > 0;)
		sift_down(m, i);
	return m;
}

int
spill_next(struct spill_merge *m, const void **rec)
{
	if (m->advance && m->nheap > 0) {
		struct cursor *c = &m->c[m->heap[0]];

		m->advance = 0;
		if (++c->pos == c->n) {
			if (c->left > 0) {
				if (refill(c, m->recsize) < 0)
					return -1;
			} else
				m->heap[0] = m->heap[--m->nheap];
		}
		if (m->nheap > 0)
			sift_down(m, 0);
	}
	if (m->nheap == 0)
		return 0;
	*rec = top_rec(m, m->heap[0]);
	m->advance = 1;
	return 1;
}

void
spill_merge_free(struct spill_merge *m)
{
	size_t i;

	if (m == NULL)
		return;
	for (i = 0; i < m->nc; i++)
		free(m->c[i].buf);
	free(m->c);
	free(m->heap);
	free(m);
}

/* The runs r[0..n) merged into one run at the end of the file, added
 * to s's runs: 0, or -1 with errno. */
static int
merge_runs(struct spill *s, const struct run *r, size_t n, size_t bufrec,
    spill_cmp_fn cmp, void *arg)
{
	struct spill_merge *m;
	const void *rec;
	int st;

	if ((m = merge_open(r, n, s->recsize, bufrec, cmp, arg)) == NULL)
		return -1;
	while ((st = spill_next(m, &rec)) == 1)
		if (spill_put(s, rec) < 0) {
			st = -1;
			break;
		}
	spill_merge_free(m);
	return st < 0 || spill_end_run(s) < 0 ? -1 : 0;
}

struct spill_merge *
spill_merge(struct spill *s, size_t mem, spill_cmp_fn cmp, void *arg)
{
	size_t least = rbuf_min(s->recsize), fan, bufrec;

	/* the writes of a run not ended are not in it */
	if (s->wlen > 0 && spill_end_run(s) < 0)
		return NULL;
	/* as many runs at once as buffers of the least size fit in mem
	 * (the write buffer beside them) */
	fan = mem / (least * s->recsize);
	if (fan < 2)
		fan = 2;
	while (s->nruns > fan) {
		/* fan runs at a time, in the order written, into one: each
		 * pass divides the runs' count by fan */
		size_t i, n, total = s->nruns;
		struct run *old = s->runs;

		s->runs = NULL;
		s->nruns = s->runcap = 0;
		for (i = 0; i < total; i += n) {
			n = total - i < fan ? total - i : fan;
			if (n == 1)
				add_run(s, old[i].fd, old[i].off, old[i].n);
			else if (merge_runs(s, old + i, n, least, cmp,
			    arg) < 0) {
				free(old);
				return NULL;
			}
		}
		free(old);
	}
	bufrec = s->nruns ? mem / s->nruns / s->recsize : 0;
	if (bufrec < least)
		bufrec = least;
	if (bufrec > RBUF / s->recsize)
		bufrec = RBUF / s->recsize > least ? RBUF / s->recsize : least;
	return merge_open(s->runs, s->nruns, s->recsize, bufrec, cmp, arg);
}
