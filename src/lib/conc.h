/*
 * conc.h - concentration of a group's members: the Herfindahl-Hirschman
 * index, its normalised form, concentration ratios, the number of members
 * and the top member, from the members' values.
 *
 * Kernels in the manner of GSL: arrays and sizes in, a status out, no
 * I/O, no state; the caller owns every array.
 *
 * A member is a value above zero (a partner with no trade is no member);
 * its share is s_i = v_i / sum v, never rounded before use.
 *
 * Herfindahl-Hirschman index (U.S. Department of Justice and Federal
 * Trade Commission, "Horizontal Merger Guidelines" (2010), section 5.3,
 * where shares are in percent, 0 to 10,000; WITS online help, "Herfindahl-
 * Hirschman Index", World Bank, on fractions):
 *	hhi      = sum s_i^2				(1/n .. 1)
 *	hhi_norm = (hhi - 1/n) / (1 - 1/n)	(0 .. 1; none when n = 1)
 * The normalised form is the one WITS gives.  (UNCTADstat's concentration
 * index, "Concentration and diversification indices", is another
 * normalisation: (sqrt(hhi) - sqrt(1/n)) / (1 - sqrt(1/n)).)
 * Concentration ratio (OECD, "Glossary of statistical terms",
 * "Concentration ratio"): cr_k = the sum of the k largest shares.
 *
 * The statistics a program writes are the rows of conc_stats[]: a new one
 * is a row there and one function in conc.c.
 */
#ifndef TRADESTAT_CONC_H
#define TRADESTAT_CONC_H

#include <stddef.h>

#include "agg.h"

/* Status of the kernels. */
enum {
	CONC_OK = 0,
	CONC_EMPTY,		/* no value above zero: no member */
	CONC_EDOM,		/* a value negative, infinite or NaN */
	CONC_EUNSORTED		/* values not in decreasing order */
};

/*
 * The members' shares of the n values v, largest first (v must be sorted
 * so): s gets the shares of the values above zero (s holds n doubles, the
 * caller's; the zeros, last, are no members) and *m their count; *total
 * their sum.  CONC_OK, or CONC_EMPTY, CONC_EDOM or CONC_EUNSORTED (and
 * *m = 0).
 */
int	 conc_shares(const double *v, size_t n, double *s, size_t *m,
	    double *total);

/* On the m shares s of conc_shares() (largest first, summing to 1): */
double	 conc_hhi(const double *s, size_t m);
/* NaN when m < 2 (one member: no spread to normalise). */
double	 conc_hhi_norm(const double *s, size_t m);
/* The sum of the k largest shares (of all when m < k). */
double	 conc_cr(const double *s, size_t m, size_t k);

/*
 * A statistic of the table: its column name, what it is (for --help),
 * and its value from the shares.  COUNT values are whole numbers;
 * MEMBER values are a member's index in the shares (the program writes
 * its code).
 */
enum conc_kind { CONC_NUMBER, CONC_COUNT, CONC_MEMBER };
struct conc_stat {
	const char	*name;
	enum conc_kind	 kind;
	double		(*fn)(const double *s, size_t m);
	const char	*help;
};
/* The statistics of trade-conc, in their column order; ends with a row
 * whose name is NULL. */
extern const struct conc_stat conc_stats[];

/*
 * The groups of a roll-up whose cells come one at a time in the order
 * agg_finish() leaves them (by period, reporter, partner, flow,
 * product), as trade-agg writes them, without a table of them all: a
 * run is the cells that agree on the keys before dim (for partner the
 * period and reporter, for reporter the period, for product all but
 * the product), and it holds each of its groups whole.  The caller
 * owns the struct; conc_run_release() frees what it holds.
 */
struct conc_run {
	unsigned	 dim;
	struct agg_cell	*cells;		/* copies, in the order they came */
	const struct agg_cell **order;	/* conc_run_sort(), and scratch */
	size_t		 n, cap;
	struct agg_cell	 last;		/* the last cell added */
	int		 any;		/* a cell was added since init */
};

void	 conc_run_init(struct conc_run *r, unsigned dim);
void	 conc_run_release(struct conc_run *r);
/*
 * Where cell c goes: 0 in the run under way (or the first run), 1 in a
 * later run (take the run's groups, conc_run_clear(), then add c), -1
 * when c does not come after the last cell added (the input is not in
 * the roll-up's order, or has a group twice).
 */
int	 conc_run_place(const struct conc_run *r, const struct agg_cell *c);
/* Copy c into the run (its codes are the agg's, valid until agg_free()). */
void	 conc_run_add(struct conc_run *r, const struct agg_cell *c);
/* The n cells of the run in the order of share_groups() (each group
 * together, largest value first, then by member code), valid until the
 * next conc_run_add() or conc_run_clear(): share_group_end() finds where
 * each group ends. */
const struct agg_cell *const *conc_run_sort(struct conc_run *r, size_t *n);
/* Empty the run for the next, keeping its memory and the last cell. */
void	 conc_run_clear(struct conc_run *r);

#endif
