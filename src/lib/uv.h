/*
 * uv.h - unit values (value per unit of quantity) and their outliers.
 *
 * A unit value is value / quantity, in the row's currency per its unit
 * (USD per tonne in BACI; per item, kg or litre in Comtrade), for a sum
 * whose rows all have a quantity in the same unit; otherwise it is
 * refused with the reason.
 *
 * Outliers: Iglewicz and Hoaglin's modified z-score (B. Iglewicz and
 * D. C. Hoaglin, "How to Detect and Handle Outliers", ASQC Quality
 * Press, 1993, ch. 3):
 *
 *	M_i = 0.6745 (x_i - median(x)) / MAD,  MAD = median(|x_i - median(x)|)
 *
 * (0.6745 is the 0.75 quantile of the standard normal, so that M is a z
 * score for normal data), and |M_i| > 3.5 is their recommended
 * threshold for an outlier.
 */
#ifndef TRADESTAT_UV_H
#define TRADESTAT_UV_H

#include <stddef.h>

#include "agg.h"

#define UV_Z_SCALE	0.6745	/* Iglewicz and Hoaglin's constant */
#define UV_Z_THRESHOLD	3.5	/* their threshold for |M| */
#define UV_MIN_SAMPLE	3	/* fewer values: no z-score */

/* Why a sum has no unit value. */
enum uv_reason {
	UV_OK = 0,
	UV_NO_QUANTITY,		/* a row of it has no quantity */
	UV_MIXED_UNITS,		/* quantities in units that differ */
	UV_NO_UNIT,		/* a quantity without a unit */
	UV_ZERO_QUANTITY,	/* a quantity of 0 */
	UV_OVERFLOW		/* value / quantity beyond a double */
};

/* The reason in words ("no quantity", "units differ"...); "" for UV_OK. */
const char	*uv_reason_text(enum uv_reason r);

/* How many of sums had no unit value and why (refused[r]: the sums of
 * reason r), into buf: "2 of 9 sums without a unit value: 1 no quantity,
 * 1 units differ"; "" when all had one.  Returns buf. */
const char	*uv_summary(const size_t *refused, size_t sums, char *buf,
		    size_t size);

/* Scratch space for the outliers of a group of n unit values: the
 * arrays grow (never shrink) with uv_scratch_reserve(). */
struct uv_scratch {
	double		*uv, *work, *z, *med, *mad;
	int		*cls;
	enum uv_reason	*why;
	size_t		 cap;
};
void		 uv_scratch_reserve(struct uv_scratch *s, size_t n);
void		 uv_scratch_release(struct uv_scratch *s);

/*
 * The unit value of a sum of value, and quantity in unit: UV_OK and
 * *uv, or the reason (*uv NaN).  quantity is NaN when the sum has none:
 * nmissing of its rows had no quantity, or (nmissing 0) their units
 * differ.  UV_OVERFLOW is an error for the caller to report, not a
 * reason to write.
 */
enum uv_reason	 uv_value(double value, double quantity, const char *unit,
		    double nmissing, double *uv);

/*
 * Which rows of a sum had no quantity: the roll-up of those rows alone
 * (the same agg_opts as the sums', finished) is indexed by its keys, and
 * uv_missing_rows() gives the rows of it that a sum's cell (of any
 * roll-up with the same options) covers: 0 when none (the sum lost its
 * quantity to units that differ).  The index does not own the roll-up.
 */
struct uv_missing {
	const struct agg_cell	**cell;
	size_t			  n;
};
void		 uv_missing_init(struct uv_missing *m, const struct agg *miss);
double		 uv_missing_rows(const struct uv_missing *m,
		    const struct agg_cell *c);
void		 uv_missing_release(struct uv_missing *m);

/*
 * Modified z-scores of x[0..n): the median in *median, the MAD in *mad,
 * and M_i in z[i].  work holds n doubles (scratch).  Returns 0; -1 when
 * n < UV_MIN_SAMPLE or the MAD is 0 (more than half the values equal:
 * no scale to measure by), with the z[i] NaN (median and MAD are still
 * set when n > 0).
 */
int		 uv_robust_z(const double *x, size_t n, double *work,
		    double *median, double *mad, double *z);

/*
 * The same within classes: x[0..n) with class cls[i] (a unit: tonnes
 * are not compared with items; -1 leaves x[i] out), each value scored
 * against the values of its class.  median[i], mad[i] and z[i] are its
 * class's (NaN for those left out; z NaN as uv_robust_z() has it).
 * work holds 3 n doubles.
 */
void		 uv_robust_z_classes(const double *x, const int *cls, size_t n,
		    double *work, double *median, double *mad, double *z);

#endif
