/*
 * share.h - each member's share of its group, with the denominator
 * stated; the coverage of the group's reported total; the top N members
 * with the rest in one "other" row.
 *
 * Kernels in the manner of GSL: arrays and sizes in, a status out, no
 * I/O, no state; the caller owns every array.
 *
 * A partner's share of a reporter's trade, as WITS computes its "partner
 * share" and ITC's Trade Map its "share in the reporter's imports"
 * (WITS online help, "Trade indicators"):
 *	share_i  = v_i / D
 * where the denominator D is stated: the sum of the members (SHARE_SUM:
 * countries, not aggregates) or the total the data reports for the group
 * (SHARE_WORLD: partner World, product TOTAL).  Where a reported total T
 * exists, the coverage of the members is
 *	coverage = sum v_i / T
 * (below 1: partners the data leaves unnamed, or confidential trade).
 */
#ifndef TRADESTAT_SHARE_H
#define TRADESTAT_SHARE_H

#include <stddef.h>

#include "agg.h"

/* Status of the kernels. */
enum {
	SHARE_OK = 0,
	SHARE_ENOTOTAL,		/* SHARE_WORLD, and no reported total */
	SHARE_EDOM,		/* a value negative, infinite or NaN */
	SHARE_EUNSORTED		/* values not in decreasing order */
};

enum share_denom { SHARE_SUM, SHARE_WORLD };

/* A group's denominator and coverage. */
struct share_total {
	double	 sum;		/* of the members */
	double	 reported;	/* the group's reported total; NaN: none */
	double	 total;		/* the denominator D */
	double	 coverage;	/* sum / reported; NaN unless reported > 0 */
};

/*
 * The denominator of the n members' values v, given the group's reported
 * total (NaN when the data has none) and the denominator d.  SHARE_OK,
 * SHARE_ENOTOTAL (t->total is then NaN) or SHARE_EDOM.
 */
int	 share_total(const double *v, size_t n, double reported,
	    enum share_denom d, struct share_total *t);

/* The share v / total, as a fraction; 0 when total is not above 0 (a
 * group without trade). */
double	 share_of(double v, double total);

/*
 * --top: of the n members' values v, largest first, the first top are
 * named (*kept = min(top, n); all when top is 0) and the rest summed
 * into *other (0 when there is no rest).  SHARE_OK, or SHARE_EUNSORTED
 * or SHARE_EDOM (and *kept = n, *other = 0).
 */
int	 share_top(const double *v, size_t n, size_t top, size_t *kept,
	    double *other);

/*
 * The groups of shares and concentration, in the order of
 * agg_sort_groups(a, dim) (the cells that agree on every key but dim
 * together, largest value first, then by member code), without moving
 * the cells: cells gets pointers to the n = agg_count(a) cells of a,
 * which agg_finish() left sorted by their keys, and tmp is n pointers
 * of scratch (both the caller's).  The keys before dim (period,
 * reporter, partner, flow, product) are in order already, so only the
 * runs that share them are sorted: for --of partner the cells of a
 * reporter and period, for --of product the group itself.
 */
void	 share_groups(const struct agg *a, unsigned dim,
	    const struct agg_cell **cells, const struct agg_cell **tmp);
/*
 * x against y on the keys whose bits (AK_*) are in keys, in the order of
 * the roll-up's keys (agg_finish()): <0, 0 or >0.
 */
int	 share_keys_cmp(const struct agg_cell *x, const struct agg_cell *y,
	    unsigned keys);
/*
 * Sort the n cells of v, which share their keys before dim, in
 * share_groups()' order within such a run: the keys after dim, the value
 * (largest first), the member; tmp is n pointers of scratch.
 */
void	 share_sort_run(const struct agg_cell **v, const struct agg_cell **tmp,
	    size_t n, unsigned dim);
/* The end of the group that starts at cells[b], of n in share_groups()
 * order: the index of the first cell of the next. */
size_t	 share_group_end(const struct agg_cell *const *cells, size_t n,
	    size_t b, unsigned dim);

#endif
