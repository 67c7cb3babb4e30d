/*
 * rca.h - revealed comparative advantage and trade intensity, as the
 * World Bank's WITS defines them (WITS, "Trade Outcomes Indicators"
 * help, wits.worldbank.org/WITS/WITS/TradeIndicatorsHelp/
 * TradeOutcomes_Help.htm; B. Balassa, "Trade Liberalisation and
 * 'Revealed' Comparative Advantage", The Manchester School 33, 1965):
 *
 *	RCA_ik = (x_ik / X_i) / (x_wk / X_w)
 *
 * x_ik country i's exports of product k, X_i its total exports, x_wk the
 * world's exports of k, X_w the world's total exports; and
 *
 *	TII_ij = (x_ij / X_i) / (x_wj / X_w)
 *
 * x_ij i's exports to partner j, x_wj the world's exports to j.  Both
 * are one index over a table of reporters a by columns b (products for
 * RCA, partners for TII): (x_ab / X_a) / (x_wb / X_w); above 1, a
 * exports more of b (more to b) than the world does.
 *
 * The world comes from a world row when the table has one (reporter
 * WLD: x_wb from it, X_w its total), else from the reporters in the
 * table (aggregates left out): then the "world" is only as wide as the
 * file, and a table of fewer than a minimum of reporters is refused.
 */
#ifndef TRADESTAT_RCA_H
#define TRADESTAT_RCA_H

#include <stddef.h>

#define RCA_MIN_REPORTERS	50	/* default, without a world row */

/*
 * The index of x[a * nb + b] (NaN: no such flow, counted as 0 in the
 * sums), na reporters by nb columns, into out[] (NaN where x is NaN or
 * a ratio's denominator is 0).  xa[a]: reporter a's total (NaN, or xa
 * NULL: the sum of its row); wb[b]: the world's by column (NULL: the
 * sums of the columns over the reporters) and wtot its total (NaN: the
 * sum of wb, or of all x).  Returns 0; -1 when the world total is not
 * positive.
 */
int	 rca_index(const double *x, size_t na, size_t nb, const double *xa,
	    const double *wb, double wtot, double *out);

/*
 * One period's table, built from flows: rca_add() of reporter a to
 * column b; a world row (a_world) gives the world's column b, a total
 * column (b_total: product TOTAL, partner WLD) gives a's total.
 */
struct rca_table;

struct rca_table *rca_alloc(void);
void	 rca_free(struct rca_table *t);
void	 rca_add(struct rca_table *t, const char *a, const char *b,
	    double v, int a_world, int b_total);

/* What the world of a computed table is. */
struct rca_world {
	int	 from_row;	/* 1: a world row; 0: the sum of reporters */
	size_t	 reporters;	/* countries with a row in the table */
	double	 total;		/* X_w */
	double	 coverage;	/* with a world row: the reporters' sum of
				 * totals / X_w; else NaN */
};

/*
 * Compute the index of every flow added.  -1 with err when there is no
 * world row and fewer than min_reporters reporters, or the world total
 * is 0 or overflows.
 */
int	 rca_compute(struct rca_table *t, size_t min_reporters,
	    struct rca_world *w, char *err, size_t errsz);

/* The flows, in order of reporter then column: codes, x_ab, X_a,
 * x_wb, the index. */
struct rca_flow {
	const char	*a, *b;
	double		 x, xa, xwb, index;
};
size_t	 rca_count(const struct rca_table *t);
void	 rca_flow(const struct rca_table *t, size_t i, struct rca_flow *f);

#endif
