/*
 * tradepar.c - reading trade rows on several threads.
 *
 * The lines after each file's header are cut into blocks at line ends;
 * worker threads take blocks in turn, each with a reader of its range
 * made from the file's template (its header read once).  Whatever a
 * block cannot be read safely stops the threads, and the one-pass reader
 * takes over (trade.h says how, for each of the two entry points).
 */
#include <fcntl.h>
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
	if ((fd = open(file[0], O_RDONLY)) < 0)
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

/* A reader of the lines of t's file that start in [start, end). */
static struct trade_reader *
part_open(const struct trade_reader *t, uint64_t start, uint64_t end)
{
	struct trade_reader *p = xmalloc(sizeof(*p));
	struct csvr_opts co;
	const char *err;

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
};

struct pworker {
	struct prun	*run;
	int		 t;
};

/*
 * Open a template per file and cut the files into blocks: 0, or 1 when
 * the input is not for splitting (the templates are closed then).
 */
static int
plan(struct prun *run, const struct trade_opts *o, char *const *files,
    int nfiles, int nthreads, int ordered)
{
	uint64_t bs = block_size(o, ordered), total = 0, body, size, s;
	struct stat st;
	size_t cap = 0;
	int i;

	memset(run, 0, sizeof(*run));
	if (nthreads < 2 || nfiles < 1 || (o->format != FMT_AUTO &&
	    trade_format_find(o->format)->next != NULL))
		return 1;	/* a format that reads its files whole */
	for (i = 0; i < nfiles; i++) {
		/* a compressed file is read in order, through its
		 * decompressor (source.h), not cut in ranges */
		if (strcmp(files[i], "-") == 0 || stat(files[i], &st) != 0 ||
		    !S_ISREG(st.st_mode) ||
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
		    &body) != 0 || stat(files[i], &st) != 0) {
			for (; i >= 0; i--)
				trade_close(run->tmpl[i]);
			free(run->tmpl);
			free(run->jobs);
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
	pthread_mutex_init(&run->mu, NULL);
	pthread_cond_init(&run->room, NULL);
	pthread_cond_init(&run->ready, NULL);
	return 0;
}

/* Free what plan() made; keep the template of file keep (-1: none). */
static void
unplan(struct prun *run, int keep)
{
	size_t k;
	int i;

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

/* The rows of block j: 1 done, -1 stopped (declined, unreadable row,
 * or the callback said so). */
static int
do_block(struct prun *run, int t, struct pjob *j, uint64_t *nrows)
{
	struct trade_reader *p;
	struct trade_row row;
	struct csvw w;
	FILE *m = NULL;
	int st = -1;

	*nrows = 0;
	if ((p = part_open(run->tmpl[j->file], j->start, j->end)) == NULL)
		return -1;
	if (run->orow) {
		if ((m = open_memstream(&j->out, &j->outlen)) == NULL) {
			trade_close(p);
			return -1;
		}
		csvw_init(&w, m, run->excel);
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
	if (m != NULL && (fclose(m) != 0 || st < 0)) {
		st = -1;
		free(j->out);
		j->out = NULL;
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

int
trade_parallel(const struct trade_opts *o, char *const *files, int nfiles,
    int nthreads, int (*row)(void *, const struct trade_row *), void **ctx,
    void (*progress)(void *, uint64_t, uint64_t, uint64_t), void *parg)
{
	struct prun run;
	struct pworker *w;
	pthread_t *th;
	int t, n, ret;

	if (plan(&run, o, files, nfiles, nthreads, 0) != 0)
		return 1;
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
	size_t k;
	int t, n, file = 0;

	if (plan(&run, o, files, nfiles, nthreads, 1) != 0)
		return trade_open(o, files, nfiles);
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
		r->fi = nfiles;
		unplan(&run, -1);
	} else {
		r = resume(&run, k, base);
		unplan(&run, run.jobs[k].file);
	}
	return r;
}
