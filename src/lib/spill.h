/*
 * spill.h - sorted runs of fixed-size records on disk, and their merge:
 * the groups of a roll-up that do not fit its memory budget.
 *
 * The runs are written to temporary files removed from their directory
 * as soon as they are made, so that nothing is left behind whatever
 * ends the program (an error, a signal).  The caller writes each run in
 * its own order; spill_merge() hands the records of every run back as
 * one sequence in that order.  Records that compare equal come from the
 * runs in the order the runs were written (adopted runs after).
 */
#ifndef TRADESTAT_SPILL_H
#define TRADESTAT_SPILL_H

#include <stddef.h>
#include <stdint.h>

struct spill;
struct spill_merge;

typedef int	(*spill_cmp_fn)(const void *, const void *, void *);

/* Runs of records of recsize bytes in a temporary file in dir: NULL with
 * errno when the file cannot be made. */
struct spill	*spill_open(const char *dir, size_t recsize);
/* Closes the files (and so frees their disk). */
void		 spill_close(struct spill *s);
const char	*spill_dir(const struct spill *s);

/* Add a record to the run being written, then end it (a run of no
 * records is none): 0, or -1 with errno (a full disk: ENOSPC). */
int		 spill_put(struct spill *s, const void *rec);
int		 spill_end_run(struct spill *s);
size_t		 spill_runs(const struct spill *s);
uint64_t	 spill_records(const struct spill *s);

/* Take the runs of src (of the same record size, its runs ended) as
 * this one's; src is freed. */
void		 spill_adopt(struct spill *dst, struct spill *src);
/* No runs: the files emptied, for runs that start again. */
void		 spill_clear(struct spill *s);

/* The least memory a merge works in (two runs in buffers of a few
 * records). */
size_t		 spill_merge_min(size_t recsize);
/*
 * The records of every run, merged by cmp(x, y, arg) (<0, 0, >0), in a
 * buffer memory of about mem bytes: runs more than it holds buffers for
 * are merged a few at a time into longer runs first, written to the
 * file.  NULL with errno on a read or write error.
 */
struct spill_merge *spill_merge(struct spill *s, size_t mem, spill_cmp_fn cmp,
		    void *arg);
/* The next record in *rec (valid until the next call): 1; 0 after the
 * last; -1 with errno on a read error. */
int		 spill_next(struct spill_merge *m, const void **rec);
void		 spill_merge_free(struct spill_merge *m);

#endif
