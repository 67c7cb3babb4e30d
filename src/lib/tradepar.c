/*
 * tradepar.c - reading trade rows on several threads.
 *
 * The lines after each file's header are cut into blocks at line ends;
 * worker threads take blocks in turn, each with a reader of its range
 * made from the file's template (its header read once).  Whatever a
 * block cannot be read safely stops the threads, and the one-pass reader
 * takes over (trade.h says how, for each of the two entry points).
 *
 * A stream (standard input, a pipe, a decompressed member) cannot be
 * read twice: its reader reads it in one pass up to the end of its first
 * chunk, then the threads take blocks of the rest in turn, each read()
 * under a lock and cut after the last line end outside quotes (so that
 * every block starts a record), and parse them with the full reader,
 * which never declines.  A block that fails is the error, the first in
 * the input's order; after the stream's end the reader goes on in one
 * pass (the next member or file).
 */
#define _GNU_SOURCE	/* memrchr */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "codes.h"
#include "source.h"
#include "tradefmt.h"
#include "util.h"


int
trade_threads(const struct trade_opts *o)
{
	long n;

	if (o != NULL && o->threads > 0)
		return o->threads > 64 ? 64 : o->threads;
	n = sysconf(_SC_NPROCESSORS_ONLN);
	return n < 1 ? 1 : n > 8 ? 8 : (int)n;
}

int
trade_stdin_file(char *const *files, int nfiles)
{
	struct stat st;

	if (nfiles > 1 || (nfiles == 1 && strcmp(files[0], "-") != 0))
		return 0;
	return fstat(0, &st) == 0 && S_ISREG(st.st_mode) &&
	    lseek(0, 0, SEEK_CUR) == 0;
}

/* The status of input file f: "-" is standard input's. */
static int
in_stat(const char *f, struct stat *st)
{
	return strcmp(f, "-") == 0 ? fstat(0, st) : stat(f, st);
}

/* Bytes of a block: o->block (tests make it small), else 8 MB, or 2 MB
 * when the blocks' output waits in memory to be written in order (a
 * block of BACI's short lines makes twice its size). */
static uint64_t
block_size(const struct trade_opts *o, int ordered)
{
	if (o->block > 0)
		return o->block;
	return ordered ? 2u << 20 : 8u << 20;
}

/*
 * A template: the reader of one file with its header read, and where its
 * rows start.  0 ok, 1 when the file is not for splitting.
 */
static int
template_open(const struct trade_opts *o, char *const *file, int nfiles,
    struct trade_reader **tp, uint64_t *body)
{
	struct trade_reader *t = trade_open(o, file, nfiles);
	char head[65536], *nl;
	uint64_t line;
	ssize_t k;
	int fd;

	*tp = t;
	if (trade_open_next(t) <= 0 || t->own != NULL || t->csv == NULL ||
	    csvr_line(t->csv) != 1)
		return 1;
	/* blocks are cut in the file's bytes: not UTF-16's; a header read
	 * as cp1252 is noted by the one-pass reader */
	if (csvr_encoding(t->csv) >= CSV_ENC_UTF16LE ||
	    csvr_recoded(t->csv, &line) > 0)
		return 1;
	/* the header is the file's first line, quote-free */
	if ((fd = strcmp(file[0], "-") == 0 ? dup(0) :
	    open(file[0], O_RDONLY)) < 0)
		return 1;
	k = pread(fd, head, sizeof(head), 0);
	close(fd);
	if (k <= 0 || (nl = memchr(head, '\n', (size_t)k)) == NULL)
		return 1;
	if (memchr(head, '"', (size_t)(nl - head)) != NULL ||
	    ((nl - head) > 1 && memchr(head, '\r', (size_t)(nl - head) - 1)))
		return 1;
	*body = (uint64_t)(nl - head) + 1;
	return 0;
}

/* The options of a range reader of t's file: its template's delimiter
 * and encoding, the caller's fast paths. */
static void
range_opts(const struct trade_reader *t, struct csvr_opts *co)
{
	co->delim = csvr_delim(t->csv);
	co->enc = csvr_encoding(t->csv);
	co->flags = t->o.flags & CSVR_FLAGS;
	co->chunk = t->o.chunk;
}

/* A reader of a block of t's, without its CSV reader yet. */
static struct trade_reader *
part_new(const struct trade_reader *t)
{
	struct trade_reader *p = xmalloc(sizeof(*p));

	*p = *t;
	p->part = 1;
	p->o.skip_bad = 0;
	p->failed = 0;
	p->nskipped = 0;
	memset(p->skipmsg, 0, sizeof(p->skipmsg));
	p->recoded = NULL;
	p->err[0] = '\0';
	p->bytes_done = 0;
	p->inrec = 0;
	p->nheaders = 0;	/* the block's own, added to the run's */
	return p;
}

/* A reader of the lines of t's file that start in [start, end). */
static struct trade_reader *
part_open(const struct trade_reader *t, uint64_t start, uint64_t end)
{
	struct trade_reader *p = part_new(t);
	struct csvr_opts co;
	const char *err;

	range_opts(t, &co);
	p->csv = csvr_open_range(t->files[t->fi], start, end, &co, t->nhead,
	    1, 1, &err);
	if (p->csv == NULL) {
		free(p);
		return NULL;
	}
	if (p->o.nline_literals)
		csvr_prefilter(p->csv, p->o.line_literals,
		    p->o.nline_literals);
	return p;
}

struct pjob {
	int		 file;
	uint64_t	 start, end;
	/* trade_parallel_ordered(): the block's output and state */
	char		*out;
	size_t		 outlen;
	uint64_t	 lines;		/* lines in the block */
	uint64_t	 nheaders;	/* header lines repeated in it */
	int		 done, st;
};

struct prun {
	struct trade_reader	**tmpl;
	int			  nfiles;
	struct pjob		 *jobs;
	size_t			  njobs;
	uint64_t		  total;	/* bytes of all blocks */
	/* trade_parallel() */
	int			(*row)(void *, const struct trade_row *);
	void			**ctx;
	/* trade_parallel_ordered() */
	int			(*orow)(void *, const struct trade_row *,
				    struct csvw *);
	void			 *oarg;
	int			  excel;
	size_t			  window;	/* blocks ahead of the writer */
	void			(*progress)(void *, uint64_t, uint64_t,
				    uint64_t);
	void			 *parg;
	pthread_mutex_t		  mu;
	pthread_cond_t		  room, ready;
	size_t			  next;		/* under mu */
	size_t			  written;	/* ordered: blocks written */
	uint64_t		  done, rows;	/* under mu */
	int			  stop;		/* under mu */
	int			  in;	/* standard input, a regular file */
};

struct pworker {
	struct prun	*run;
	int		 t;
};

/*
 * Open a template per file and cut the files into blocks: 0, or 1 when
 * the input is not for splitting (the templates are closed then).
 * Standard input alone, when it is a regular file read from its start,
 * is cut as a named file is; the template's reading of its first chunk
 * is undone (lseek) for the one pass that may read it again.
 */
static int
plan(struct prun *run, const struct trade_opts *o, char *const *files,
    int nfiles, int nthreads, int ordered)
{
	static char *const stdin_only[] = { "-" };
	uint64_t bs = block_size(o, ordered), total = 0, body, size, s;
	struct stat st;
	size_t cap = 0;
	int i;

	memset(run, 0, sizeof(*run));
	if ((run->in = trade_stdin_file(files, nfiles))) {
		files = stdin_only;
		nfiles = 1;
	}
	if (nthreads < 2 || nfiles < 1 || (o->format != FMT_AUTO &&
	    trade_format_find(o->format)->next != NULL))
		return 1;	/* a format that reads its files whole */
	for (i = 0; i < nfiles; i++) {
		/* a compressed file is read in order, through its
		 * decompressor (source.h), not cut in ranges */
		if ((strcmp(files[i], "-") == 0 && !run->in) ||
		    in_stat(files[i], &st) != 0 || !S_ISREG(st.st_mode) ||
		    source_kind_of(files[i]) != SOURCE_PLAIN ||
		    trade_repeated_file(files, i) >= 0)
			return 1;	/* the one pass says why */
		total += (uint64_t)st.st_size;
	}
	if (total < 2 * bs)
		return 1;	/* not worth the threads */
	codes_init();
	run->nfiles = nfiles;
	run->tmpl = xcalloc((size_t)nfiles, sizeof(*run->tmpl));
	for (i = 0; i < nfiles; i++) {
		if (template_open(o, files + i, nfiles - i, &run->tmpl[i],
		    &body) != 0 || in_stat(files[i], &st) != 0) {
			for (; i >= 0; i--)
				trade_close(run->tmpl[i]);
			free(run->tmpl);
			free(run->jobs);
			if (run->in)
				(void)lseek(0, 0, SEEK_SET);
			return 1;
		}
		size = (uint64_t)st.st_size;
		for (s = body; s < size; s += bs) {
			struct pjob *j;

			if (run->njobs == cap) {
				cap = cap ? cap * 2 : 64;
				run->jobs = xrealloc(run->jobs, cap *
				    sizeof(*run->jobs));
			}
			j = &run->jobs[run->njobs++];
			memset(j, 0, sizeof(*j));
			j->file = i;
			j->start = s;
			j->end = s + bs < size ? s + bs : size;
			run->total += j->end - s;
		}
	}
	if (run->in)
		(void)lseek(0, 0, SEEK_SET);
	pthread_mutex_init(&run->mu, NULL);
	pthread_cond_init(&run->room, NULL);
	pthread_cond_init(&run->ready, NULL);
	return 0;
}

/* Free what plan() made; keep the template of file keep (-1: none).
 * Standard input is left at its start: a caller whose answer fails
 * after the rows (a roll-up) reads it again in one pass to say why. */
static void
unplan(struct prun *run, int keep)
{
	size_t k;
	int i;

	if (run->in)
		(void)lseek(0, 0, SEEK_SET);

	for (i = 0; i < run->nfiles; i++)
		if (i != keep)
			trade_close(run->tmpl[i]);
	for (k = 0; k < run->njobs; k++)
		free(run->jobs[k].out);
	free(run->tmpl);
	free(run->jobs);
	pthread_mutex_destroy(&run->mu);
	pthread_cond_destroy(&run->room);
	pthread_cond_destroy(&run->ready);
}

/* The room a block's output is given first: its bytes and a half (a
 * BACI row grows by a third as canonical CSV). */
static size_t
out_hint(uint64_t n)
{
	return (size_t)(n + n / 2 + 4096);
}

/* The block the thread reads (trade_parallel_block()). */
static _Thread_local size_t cur_block;

size_t
trade_parallel_block(void)
{
	return cur_block;
}

/* The rows of block j: 1 done, -1 stopped (declined, unreadable row,
 * or the callback said so). */
static int
do_block(struct prun *run, int t, struct pjob *j, uint64_t *nrows)
{
	struct trade_reader *p;
	struct trade_row row;
	struct csvw w;
	int st = -1;

	*nrows = 0;
	cur_block = (size_t)(j - run->jobs);
	if ((p = part_open(run->tmpl[j->file], j->start, j->end)) == NULL)
		return -1;
	if (run->orow) {
		csvw_init_mem(&w, run->excel, out_hint(j->end - j->start));
		w.started = 1;		/* the BOM is the writer's */
	}
	while ((st = trade_next(p, &row)) == 1) {
		++*nrows;
		if ((run->orow ? run->orow(run->oarg, &row, &w) :
		    run->row(run->ctx[t], &row)) < 0) {
			st = -1;
			break;
		}
	}
	j->lines = p->part_lines;
	j->nheaders = p->nheaders;
	if (run->orow) {
		j->out = csvw_take(&w, &j->outlen);
		if (st < 0) {
			free(j->out);
			j->out = NULL;
		}
	}
	trade_close(p);
	return st < 0 ? -1 : 1;
}

static void *
worker(void *arg)
{
	struct pworker *w = arg;
	struct prun *run = w->run;

	for (;;) {
		struct pjob *j;
		uint64_t n;
		int st;

		pthread_mutex_lock(&run->mu);
		/* ordered: no further ahead of the writer than the window */
		while (run->window && !run->stop && run->next < run->njobs &&
		    run->next >= run->written + run->window)
			pthread_cond_wait(&run->room, &run->mu);
		if (run->stop || run->next == run->njobs) {
			pthread_mutex_unlock(&run->mu);
			break;
		}
		j = &run->jobs[run->next++];
		pthread_mutex_unlock(&run->mu);
		st = do_block(run, w->t, j, &n);
		pthread_mutex_lock(&run->mu);
		j->st = st;
		j->done = 1;
		if (st < 0 && !run->window)
			run->stop = 1;
		run->done += j->end - j->start;
		run->rows += n;
		if (w->t == 0 && run->progress && !run->window)
			run->progress(run->parg, run->done, run->total,
			    run->rows);
		pthread_cond_broadcast(&run->ready);
		pthread_mutex_unlock(&run->mu);
	}
	return NULL;
}

/* Start nthreads workers (with the caller among them when self); the
 * number started. */
static int
start_workers(struct prun *run, int nthreads, int self, pthread_t *th,
    struct pworker *w)
{
	int t, n = 0;

	for (t = 0; t < nthreads; t++) {
		w[t].run = run;
		w[t].t = t;
	}
	for (t = self ? 1 : 0; t < nthreads; t++, n++)
		if (pthread_create(&th[t], NULL, worker, &w[t]) != 0)
			break;
	return n;
}


/*
 * Streams.
 */
struct stream {
	struct trade_reader	*t;	/* the reader, the blocks' */
	int			(*row)(void *, const struct trade_row *);
	void			**ctx;
	uint64_t		  bs;
	/* under take */
	pthread_mutex_t		  take;
	int			  fd;
	char			 *carry;	/* the next block's start */
	size_t			  ncarry;
	int			  eof;
	uint64_t		  line;		/* the next block's */
	uint64_t		  bytes;
	size_t			  seq;		/* blocks taken */
	/* under mu */
	pthread_mutex_t		  mu;
	int			  stop, failed;
	size_t			  fseq;	/* the first failed */
	char			  err[1024];	/* its error, or "" */
	uint64_t		  nheaders;
	/* the progress line, after each block: the bytes before the
	 * blocks, and the blocks' bytes and rows */
	void			(*progress)(void *, uint64_t, uint64_t,
				    uint64_t);
	void			 *parg;
	uint64_t		  pbase, pbytes, prows;
	/* trade_parallel_ordered(): each block's output in a slot of a
	 * ring of window, written in order by the caller */
	int			(*orow)(void *, const struct trade_row *,
				    struct csvw *);
	void			 *oarg;
	int			  excel;
	size_t			  window;
	struct sslot		 *slot;
	pthread_cond_t		  room, ready;
	size_t			  claimed;	/* may be taken */
	size_t			  written;	/* blocks written */
	int			  ended;	/* no block after total */
	size_t			  total;
};

struct sslot {
	char		*out;
	size_t		 outlen;
	int		 done, st;
};

/* A line longer than this many blocks is not waited for. */
#define STREAM_MAXBLOCKS	64

/* Where the block b[0..n) ends: after its last LF outside quotes (it
 * starts outside them; a doubled quote inside is two), 0 when none. */
static size_t
cut_at(const char *b, size_t n)
{
	const char *p = b, *e = b + n, *q, *nl;
	size_t cut = 0;
	int in = 0;

	while (p < e) {
		q = memchr(p, '"', (size_t)(e - p));
		if (!in && (nl = memrchr(p, '\n', (size_t)((q ? q : e) - p))))
			cut = (size_t)(nl + 1 - b);
		if (q == NULL)
			break;
		in = !in;
		p = q + 1;
	}
	return cut;
}

/* The LFs of b[0..n): counted a byte at a time in a loop the compiler
 * makes vector code of, under the lock that takes blocks (memchr per
 * line was a call every 46 bytes of a canonical file). */
static uint64_t
count_lf(const char *b, size_t n)
{
	uint64_t k = 0;
	size_t i, m, j;
	unsigned char c;

	for (i = 0; i < n; i += m) {
		m = n - i < 255 ? n - i : 255;
		c = 0;		/* 255 bytes at most: no overflow */
		for (j = 0; j < m; j++)
			c += b[i + j] == '\n';
		k += c;
	}
	return k;
}

/* The next block (under st->take) into the worker's buffer *bp of
 * *capp bytes, grown when short and kept from block to block (a new
 * block of 8 MB each time was a page fault every 4 KB read): 1 with it
 * in *bp, 0 at the end, -1 with the message in err. */
static int
take_block(struct stream *st, char **bp, size_t *capp, size_t *np,
    uint64_t *line, size_t *seq, char *err, size_t errsz)
{
	size_t cap = st->bs + st->ncarry + 1, n = st->ncarry, cut;
	char *b, *nl;
	ssize_t k;

	if (st->eof && st->ncarry == 0)
		return 0;
	if (*capp < cap) {
		free(*bp);
		*bp = xmalloc(cap);
		*capp = cap;
	}
	b = *bp;
	memcpy(b, st->carry, n);
	for (;;) {
		while (!st->eof && n < cap - 1) {
			k = read(st->fd, b + n, cap - 1 - n);
			if (k < 0 && errno == EINTR)
				continue;
			if (k < 0) {
				snprintf(err, errsz, "%s:%llu: read error: %s",
				    st->t->fname, (unsigned long long)st->line,
				    strerror(errno));
				return -1;
			}
			if (k == 0)
				st->eof = 1;
			n += (size_t)k;
		}
		if (st->eof) {
			cut = n;
			break;
		}
		if ((cut = cut_at(b, n)) > 0)
			break;
		/* a quote not closed in two blocks: no field that long
		 * reads (CSVR_MAX_FIELD), a stray quote is an error, and the
		 * block's reader, from a record's start, tells which, as the
		 * one pass does; cut after the last line end then */
		if (cap > 2 * st->bs && (nl = memrchr(b, '\n', n)) != NULL) {
			cut = (size_t)(nl + 1 - b);
			break;
		}
		if (cap > STREAM_MAXBLOCKS * st->bs) {
			snprintf(err, errsz, "%s:%llu: a line longer than "
			    "%llu bytes", st->t->fname,
			    (unsigned long long)st->line,
			    (unsigned long long)(cap - 1));
			return -1;
		}
		cap = cap * 2;		/* a record longer than a block */
		if (*capp < cap) {
			*bp = b = xrealloc(b, cap);
			*capp = cap;
		}
	}
	st->ncarry = n - cut;
	st->carry = xrealloc(st->carry, st->ncarry + 1);
	memcpy(st->carry, b + cut, st->ncarry);
	*np = cut;
	*line = st->line;
	*seq = st->seq++;
	st->line += count_lf(b, cut);
	st->bytes += cut;
	return 1;
}

/* Block seq failed (msg "": in row()): the first in order is the one. */
static void
stream_fail(struct stream *st, size_t seq, const char *msg)
{
	pthread_mutex_lock(&st->mu);
	st->stop = 1;
	if (!st->failed || seq < st->fseq) {
		st->failed = 1;
		st->fseq = seq;
		snprintf(st->err, sizeof(st->err), "%s", msg);
	}
	pthread_mutex_unlock(&st->mu);
}

/* Ordered: the block of slot sl is done (st -1: failed). */
static void
stream_done(struct stream *st, struct sslot *sl, int k)
{
	if (sl == NULL)
		return;
	pthread_mutex_lock(&st->mu);
	sl->done = 1;
	sl->st = k;
	pthread_cond_broadcast(&st->ready);
	pthread_mutex_unlock(&st->mu);
}

/* Ordered: wait for room in the ring; 0 when the run stopped. */
static int
stream_claim(struct stream *st)
{
	int ok;

	pthread_mutex_lock(&st->mu);
	while (!st->stop && st->claimed >= st->written + st->window)
		pthread_cond_wait(&st->room, &st->mu);
	if ((ok = !st->stop))
		st->claimed++;
	pthread_mutex_unlock(&st->mu);
	return ok;
}

/* The rows of block b[0..n) (its first line line) to row(ctx[t]), or
 * with orow() into its slot. */
static void
stream_block(struct stream *st, int t, const char *b, size_t n,
    uint64_t line, size_t seq)
{
	struct trade_reader *p = part_new(st->t);
	struct trade_row row;
	struct csvr_opts co;
	const char *err;
	uint64_t nrec = 0, rline = 0, nrows = 0;
	int k, refused = 0;

	struct sslot *sl = st->slot ? &st->slot[seq % st->window] : NULL;
	struct csvw w;

	p->src = NULL;		/* the stream's end is the one pass's */
	range_opts(st->t, &co);
	p->csv = csvr_open_mem(csvr_name(st->t->csv), b, n, &co, st->t->nhead,
	    line, &err);
	if (sl != NULL) {
		sl->out = NULL;
		sl->outlen = 0;
	}
	if (p->csv == NULL) {
		free(p);
		stream_fail(st, seq, err);
		stream_done(st, sl, -1);
		return;
	}
	if (sl != NULL) {
		csvw_init_mem(&w, st->excel, out_hint(n));
		w.started = 1;		/* the BOM is the writer's */
	}
	if (p->o.nline_literals)
		csvr_prefilter(p->csv, p->o.line_literals,
		    p->o.nline_literals);
	while ((k = trade_next(p, &row)) == 1) {
		nrows++;
		if ((sl ? st->orow(st->oarg, &row, &w) :
		    st->row(st->ctx[t], &row)) < 0) {
			refused = 1;
			break;
		}
	}
	/* a failed block's rows before its error are written too, as the
	 * one pass writes them */
	if (sl != NULL)
		sl->out = csvw_take(&w, &sl->outlen);
	/* the block's note of bytes read as cp1252 (trade.c's, made at
	 * its end): its count and line go to the stream's reader */
	if (p->recoded != NULL && sscanf(p->recoded + strlen(p->fname),
	    ":%" SCNu64 ": %" SCNu64, &rline, &nrec) != 2)
		nrec = 0;
	if (p->csv != NULL)
		nrec = csvr_recoded(p->csv, &rline);
	free(p->recoded);
	pthread_mutex_lock(&st->mu);
	st->nheaders += p->nheaders;
	csvr_add_recoded(st->t->csv, nrec, rline);
	st->pbytes += n;
	st->prows += nrows;
	if (st->progress != NULL)
		st->progress(st->parg, st->pbase + st->pbytes, 0, st->prows);
	pthread_mutex_unlock(&st->mu);
	/* a decompression that failed is the error, as trade.c has it */
	if (refused)
		stream_fail(st, seq, "");
	else if (k < 0 && st->t->src != NULL && source_check(st->t->src) < 0)
		stream_fail(st, seq, source_error(st->t->src));
	else if (k < 0)
		stream_fail(st, seq, trade_error(p));
	trade_close(p);
	stream_done(st, sl, refused || k < 0 ? -1 : 1);
}

struct sworker {
	struct stream	*st;
	int		 t;
};

static void *
stream_worker(void *arg)
{
	struct sworker *w = arg;
	struct stream *st = w->st;
	char err[1024], *b = NULL;
	uint64_t line;
	size_t n, seq, cap = 0;
	int k, stop;

	for (;;) {
		pthread_mutex_lock(&st->mu);
		stop = st->stop;
		pthread_mutex_unlock(&st->mu);
		if (stop || (st->slot != NULL && !stream_claim(st)))
			break;
		pthread_mutex_lock(&st->take);
		k = take_block(st, &b, &cap, &n, &line, &seq, err,
		    sizeof(err));
		if (k <= 0) {
			seq = st->seq;
			pthread_mutex_lock(&st->mu);
			st->ended = 1;
			st->total = seq;
			pthread_cond_broadcast(&st->ready);
			pthread_mutex_unlock(&st->mu);
		}
		pthread_mutex_unlock(&st->take);
		if (k < 0)
			stream_fail(st, seq, err);
		if (k <= 0)
			break;
		stream_block(st, w->t, b, n, line, seq);
	}
	free(b);
	return NULL;
}

/*
 * The rest of the stream r reads, when its reader is between records
 * with more to read, on nthreads threads: 0 done (r is at the stream's
 * end), or not for it (r as it was); -1 failed (r failed).
 */
static int
stream_blocks(struct trade_reader *r, int nthreads, struct stream *st,
    void (*out)(void *, const char *, size_t), void *oarg)
{
	struct sworker *w;
	pthread_t *th;
	size_t k;
	int t, n = 0, self = st->slot == NULL;

	if ((st->fd = csvr_detach(r->csv, &st->carry, &st->ncarry)) < 0)
		return 0;
	st->t = r;
	st->line = csvr_next_line(r->csv);
	st->pbase = trade_bytes(r);
	pthread_mutex_init(&st->take, NULL);
	pthread_mutex_init(&st->mu, NULL);
	pthread_cond_init(&st->room, NULL);
	pthread_cond_init(&st->ready, NULL);
	w = xcalloc((size_t)nthreads, sizeof(*w));
	th = xcalloc((size_t)nthreads, sizeof(*th));
	for (t = 0; t < nthreads; t++) {
		w[t].st = st;
		w[t].t = t;
	}
	/* unordered: the caller is a worker; ordered: the writer */
	for (t = self; t < nthreads; t++, n++)
		if (pthread_create(&th[t], NULL, stream_worker, &w[t]) != 0)
			break;
	if (self)
		stream_worker(&w[0]);
	for (k = 0; !self && n > 0; k++) {
		struct sslot *sl = &st->slot[k % st->window];
		int done;

		pthread_mutex_lock(&st->mu);
		while (!sl->done && !(st->ended && k >= st->total))
			pthread_cond_wait(&st->ready, &st->mu);
		done = sl->done;
		pthread_mutex_unlock(&st->mu);
		if (!done)
			break;
		if (sl->outlen > 0)
			out(oarg, sl->out, sl->outlen);
		free(sl->out);
		sl->out = NULL;
		if (sl->st < 0)
			break;
		pthread_mutex_lock(&st->mu);
		sl->done = 0;
		st->written = k + 1;
		pthread_cond_broadcast(&st->room);
		pthread_mutex_unlock(&st->mu);
	}
	pthread_mutex_lock(&st->mu);
	st->stop = 1;
	pthread_cond_broadcast(&st->room);
	pthread_mutex_unlock(&st->mu);
	for (t = self; t < self + n; t++)
		pthread_join(th[t], NULL);
	for (k = 0; st->slot != NULL && k < st->window; k++)
		free(st->slot[k].out);
	free(w);
	free(th);
	free(st->carry);
	pthread_mutex_destroy(&st->take);
	pthread_mutex_destroy(&st->mu);
	pthread_cond_destroy(&st->room);
	pthread_cond_destroy(&st->ready);
	r->nheaders += st->nheaders;
	csvr_attach_end(r->csv, st->line - csvr_next_line(r->csv), st->bytes);
	if (n == 0 && !self && !st->failed) {
		st->failed = 1;
		snprintf(st->err, sizeof(st->err), "%s: cannot start a "
		    "thread", r->fname);
	}
	if (st->failed) {
		r->failed = 1;
		snprintf(r->err, sizeof(r->err), "%s", st->err);
		return -1;
	}
	return 0;
}

/* Whether files hold a stream, and the options let it be read on
 * threads: a failed block is the error then, never a row to skip. */
static int
has_stream(const struct trade_opts *o, char *const *files, int nfiles,
    int nthreads)
{
	struct stat st;
	int i;

	if (nthreads < 2 || o->skip_bad || (o->format != FMT_AUTO &&
	    trade_format_find(o->format)->next != NULL))
		return 0;
	for (i = 0; i < nfiles; i++)
		if (strcmp(files[i], "-") == 0 || stat(files[i], &st) != 0 ||
		    !S_ISREG(st.st_mode) ||
		    source_kind_of(files[i]) != SOURCE_PLAIN)
			return 1;
	return 0;
}

/* A stream's state for stream_blocks(): blocks of bs bytes, the
 * progress line (when progress is not NULL) after each. */
static void
stream_init(struct stream *st, uint64_t bs,
    void (*progress)(void *, uint64_t, uint64_t, uint64_t), void *parg)
{
	memset(st, 0, sizeof(*st));
	st->bs = bs;
	st->progress = progress;
	st->parg = parg;
}

/* 1 while r reads the first chunk of stream c (upto: its lines' end),
 * the rows read here before the blocks go to the threads. */
static int
in_first_chunk(const struct trade_reader *r, const struct csvr *c,
    size_t upto)
{
	return r->csv == c && (r->inrec || csvr_pending(c, upto));
}

/*
 * The rows of r in one pass to row(ctx[0]), each stream's after its
 * first chunk on the threads: 0 done, -1 failed (r's error, or "" when
 * row() refused one).
 */
static int
stream_run(struct trade_reader *r, int nthreads, uint64_t bs,
    int (*row)(void *, const struct trade_row *), void **ctx,
    void (*progress)(void *, uint64_t, uint64_t, uint64_t), void *parg)
{
	struct trade_row tr;
	struct csvr *seen = NULL, *c;
	struct stream sst;
	size_t upto;
	int st;

	for (;;) {
		c = r->csv;
		if (c != NULL && c != seen && r->own == NULL) {
			/* the rows of its first chunk, then the rest */
			seen = c;
			upto = csvr_lines_end(c);
			while (in_first_chunk(r, c, upto)) {
				if ((st = trade_next(r, &tr)) <= 0)
					return st;
				if (row(ctx[0], &tr) < 0)
					goto refused;
			}
			stream_init(&sst, bs, progress, parg);
			sst.row = row;
			sst.ctx = ctx;
			if (r->csv == c && stream_blocks(r, nthreads, &sst,
			    NULL, NULL) < 0)
				return -1;
		}
		if ((st = trade_next(r, &tr)) <= 0)
			return st;
		if (row(ctx[0], &tr) < 0)
			goto refused;
	}
refused:
	r->failed = 1;
	r->err[0] = '\0';
	return -1;
}

int
trade_parallel(const struct trade_opts *o, char *const *files, int nfiles,
    int nthreads, int (*row)(void *, const struct trade_row *), void **ctx,
    void (*progress)(void *, uint64_t, uint64_t, uint64_t), void *parg,
    struct trade_reader *r)
{
	struct prun run;
	struct pworker *w;
	pthread_t *th;
	size_t k;
	int t, n, ret;

	if (plan(&run, o, files, nfiles, nthreads, 0) != 0) {
		if (r == NULL || r->started ||
		    !has_stream(o, r->files, r->nfiles, nthreads))
			return 1;
		codes_init();
		return stream_run(r, nthreads, block_size(o, 0), row, ctx,
		    progress, parg) < 0 ? -2 : 2;
	}
	run.row = row;
	run.ctx = ctx;
	run.progress = progress;
	run.parg = parg;
	w = xcalloc((size_t)nthreads, sizeof(*w));
	th = xcalloc((size_t)nthreads, sizeof(*th));
	n = start_workers(&run, nthreads, 1, th, w);
	worker(&w[0]);
	for (t = 1; t <= n; t++)
		pthread_join(th[t], NULL);
	ret = run.stop ? -1 : 0;
	for (k = 0; r != NULL && ret == 0 && k < run.njobs; k++)
		r->nheaders += run.jobs[k].nheaders;
	free(w);
	free(th);
	unplan(&run, -1);
	return ret;
}

/* A reader of the rows of file i of run from the block j on (line base
 * its first line), then of the files after it. */
static struct trade_reader *
resume(struct prun *run, size_t k, uint64_t base)
{
	struct pjob *j = &run->jobs[k];
	struct trade_reader *t = run->tmpl[j->file];
	struct csvr_opts co;
	const char *err;
	struct csvr *c;

	range_opts(t, &co);
	c = csvr_open_range(t->files[t->fi], j->start, UINT64_MAX, &co,
	    t->nhead, 0, base, &err);
	if (c == NULL) {
		snprintf(t->err, sizeof(t->err), "%s: %s", t->fname, err);
		t->failed = 1;
		return t;
	}
	if (t->o.nline_literals)
		csvr_prefilter(c, t->o.line_literals, t->o.nline_literals);
	csvr_close(t->csv);
	t->csv = c;
	t->bytes_done = j->start;	/* for progress */
	return t;
}

/* The rows written so far in one pass, to out (when there are). */
static void
ordered_put(struct csvw *w, int excel,
    void (*out)(void *, const char *, size_t), void *oarg)
{
	size_t len;
	char *buf = csvw_take(w, &len);

	if (len > 0)
		out(oarg, buf, len);
	free(buf);
	csvw_init_mem(w, excel, 0);
	w->started = 1;		/* the BOM is the writer's */
}

/* One pass's output waits in memory no longer than this many bytes. */
#define ORDERED_HOLD	(1u << 20)

/*
 * The rows of r in order, every stream's (each member of an archive)
 * after its first chunk on the threads, its output in order; the rest
 * in one pass here.  r is left at its end, or failed at the first error
 * (after the rows before it are written).
 */
static void
stream_ordered(struct trade_reader *r, int nthreads, uint64_t bs,
    int excel, int (*row)(void *, const struct trade_row *, struct csvw *),
    void *arg, void (*out)(void *, const char *, size_t), void *oarg,
    void (*progress)(void *, uint64_t, uint64_t, uint64_t), void *parg)
{
	struct trade_row tr;
	struct stream sst;
	struct csvr *c, *seen = NULL;
	struct csvw w;
	size_t upto;
	int st;

	csvw_init_mem(&w, excel, 0);
	w.started = 1;
	for (;;) {
		/* a row opens the next file or member */
		if ((st = trade_next(r, &tr)) != 1)
			break;
		if (row(arg, &tr, &w) < 0)
			goto refused;
		c = r->csv;
		if (c == NULL || c == seen || r->own != NULL) {
			if (w.len >= ORDERED_HOLD)
				ordered_put(&w, excel, out, oarg);
			continue;
		}
		/* a stream's first chunk here, then its blocks */
		seen = c;
		upto = csvr_lines_end(c);
		while (in_first_chunk(r, c, upto) &&
		    (st = trade_next(r, &tr)) == 1)
			if (row(arg, &tr, &w) < 0)
				goto refused;
		if (st <= 0)
			break;
		ordered_put(&w, excel, out, oarg);
		if (r->csv != c)
			continue;	/* c ended in its first chunk */
		stream_init(&sst, bs, progress, parg);
		sst.orow = row;
		sst.oarg = arg;
		sst.excel = excel;
		sst.window = 2 * (size_t)nthreads;
		sst.slot = xcalloc(sst.window, sizeof(*sst.slot));
		st = stream_blocks(r, nthreads, &sst, out, oarg);
		free(sst.slot);
		if (st < 0)
			break;
	}
	ordered_put(&w, excel, out, oarg);
	free(w.mem);
	return;
refused:
	r->failed = 1;
	r->err[0] = '\0';
	ordered_put(&w, excel, out, oarg);
	free(w.mem);
}

struct trade_reader *
trade_parallel_ordered(const struct trade_opts *o, char *const *files,
    int nfiles, int nthreads, int excel,
    int (*row)(void *, const struct trade_row *, struct csvw *), void *arg,
    void (*out)(void *, const char *, size_t), void *oarg,
    void (*progress)(void *, uint64_t, uint64_t, uint64_t), void *parg)
{
	struct prun run;
	struct pworker *w;
	struct trade_reader *r;
	pthread_t *th;
	uint64_t base = 2;	/* the line after the header */
	uint64_t nh = 0;	/* repeated headers of the blocks written */
	size_t k;
	int t, n, file = 0;

	if (plan(&run, o, files, nfiles, nthreads, 1) != 0) {
		r = trade_open(o, files, nfiles);
		if (has_stream(o, r->files, r->nfiles, nthreads)) {
			codes_init();
			stream_ordered(r, nthreads, block_size(o, 1), excel,
			    row, arg, out, oarg, progress, parg);
		}
		return r;
	}
	run.orow = row;
	run.oarg = arg;
	run.excel = excel;
	run.window = 2 * (size_t)nthreads;
	w = xcalloc((size_t)nthreads, sizeof(*w));
	th = xcalloc((size_t)nthreads, sizeof(*th));
	n = start_workers(&run, nthreads, 0, th, w);
	/* write the blocks in order; at the first that failed, stop them
	 * and go on in one pass from its first line */
	for (k = 0; k < run.njobs; k++) {
		struct pjob *j = &run.jobs[k];

		pthread_mutex_lock(&run.mu);
		while (!j->done)
			pthread_cond_wait(&run.ready, &run.mu);
		pthread_mutex_unlock(&run.mu);
		if (j->file != file) {
			file = j->file;
			base = 2;
		}
		if (j->st < 0 || n == 0)
			break;		/* resumed once the threads are done */
		if (j->outlen > 0)
			out(oarg, j->out, j->outlen);
		free(j->out);
		j->out = NULL;
		base += j->lines;
		nh += j->nheaders;
		pthread_mutex_lock(&run.mu);
		run.written = k + 1;
		pthread_cond_broadcast(&run.room);
		if (progress)
			progress(parg, run.done, run.total, run.rows);
		pthread_mutex_unlock(&run.mu);
	}
	pthread_mutex_lock(&run.mu);
	run.stop = 1;
	pthread_cond_broadcast(&run.room);
	pthread_mutex_unlock(&run.mu);
	for (t = 0; t < n; t++)
		pthread_join(th[t], NULL);
	free(w);
	free(th);
	if (k == run.njobs) {
		/* every block written: a reader at the end of the input */
		r = trade_open(o, files, nfiles);
		r->fi = r->nfiles;
		unplan(&run, -1);
	} else {
		r = resume(&run, k, base);
		unplan(&run, run.jobs[k].file);
	}
	r->nheaders += nh;
	return r;
}
