/*
 * evidence.h - the claim engine of trade-claim: the trade rows a set of
 * claims needs, kept as they are read, and each claim's verdict computed
 * from them (see claims.h for what a claim states).
 *
 * The caller reads the claims (claims_read()), makes an evidence set for
 * them, adds every data row, then asks for each claim's result.  Only the
 * rows a claim uses are kept (between its countries, or of its reporter
 * for a share or rank, and of its products); of the other rows of the
 * claims' countries, only which months and flows each reporter reports.
 * No I/O, no static state: several sets may live side by side.
 */
#ifndef TRADESTAT_EVIDENCE_H
#define TRADESTAT_EVIDENCE_H

#include <stddef.h>
#include <stdint.h>

#include "claims.h"
#include "trade.h"

struct fx;

struct evidence_opts {
	int		 mirror;	/* compute a silent reporter's flows
					 * from its partners' reports */
	const struct fx	*fx;		/* convert amounts to a claim's
					 * currency with these rates, or NULL */
	const char	*rates;		/* where they are from, for the note */
};

enum verdict { V_INSUFFICIENT, V_SUPPORTED, V_CONTRADICTED };

/* What a claim comes to: the figure, whose reports, how many rows, the
 * sources and a note (what is missing, when insufficient). */
struct evidence_result {
	enum verdict	 verdict;
	int		 ok;		/* computed: computed, difference set */
	double		 computed;
	double		 difference;	/* computed - expected */
	/* the relative difference, the tightest tolerance the claim holds
	 * at: "3.6% below", "0.04% above", "0%"; "" when not computed, for
	 * a record (yes or no) and when the claim is of 0 */
	char		 holds[32];
	char		 side[40];	/* the reporter's code, "mirror", or two codes
					 * ("CHN+RUS": each direction from its
					 * exporter's rows) */
	long		 rows;
	char		*sources;	/* "; " between them; owned */
	char		 note[1024];
	unsigned long long srcmask;	/* private to evidence.c */
};

struct evidence;

/* An empty set for the claims cl[0..n) (kept by pointer: they must
 * outlive it); NULL o for the defaults. */
struct evidence	*evidence_alloc(const struct claim *cl, size_t n,
		    const struct evidence_opts *o);
void		 evidence_free(struct evidence *ev);
/* Offer a data row: 1 when kept, 0 when no claim uses it, -1 with
 * err ("FILE:LINE: ...") past a limit (64 sources). */
int		 evidence_add(struct evidence *ev, const struct trade_row *row,
		    char *err, size_t errsz);
/* The same, with the row's place in the input (at: rows of one set come
 * in the order of at, those of one line may share one; rows of two sets
 * never do), for sets filled on several threads' blocks and merged. */
int		 evidence_add_at(struct evidence *ev,
		    const struct trade_row *row, uint64_t at, char *err,
		    size_t errsz);
/*
 * Merge the sets parts[0..n), each filled with evidence_add_at() on some
 * of the input's rows (no row in two), into ev, a new set for the same
 * claims with no rows: ev is then the set one pass over every row in the
 * order of at would have made (the same results, notes, sources and
 * their order).  The parts are not changed (the caller frees them).
 * 0, or -1 when ev would be past a limit (64 sources, 2^32 rows): the
 * caller frees ev and reads the rows again into one set, whose
 * evidence_add() says at which row.
 */
int		 evidence_merge(struct evidence *ev,
		    struct evidence *const *parts, size_t n);
/* The result of claim i (after the last row: the rows are put in order
 * at the first call); release it with evidence_result_release(). */
void		 evidence_check(struct evidence *ev, size_t i,
		    struct evidence_result *res);
void		 evidence_result_release(struct evidence_result *res);
/* "supported", "contradicted" or "insufficient". */
const char	*evidence_verdict_name(enum verdict v);

#endif
