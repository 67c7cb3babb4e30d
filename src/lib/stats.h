/*
 * stats.h - the statistics of growth and trends, on GSL: least squares,
 * log-linear trend growth with its confidence interval, the Chow test of
 * one structural break, compound annual growth.  Each formula lives here
 * once, with its reference.
 */
#ifndef TRADESTAT_STATS_H
#define TRADESTAT_STATS_H

#include <stddef.h>

/* y = a + b x by ordinary least squares (gsl_fit_linear). */
struct fit {
	size_t	 n;
	double	 a, b;		/* intercept, slope */
	double	 se_a, se_b;	/* their standard errors */
	double	 r2;
	double	 ssr;		/* sum of squared residuals */
	double	 tss;		/* total sum of squares about the mean */
};
/* 0 ok; -1 when n < 3 or x does not vary. */
int	 stats_ols(const double *x, const double *y, size_t n, struct fit *f);

/*
 * Trend growth as ITC's Trade Map defines it: the OLS slope b of ln(value)
 * on time in years gives growth exp(b) - 1 per year; its confidence
 * interval at level is exp(b -/+ t(1 - (1 - level)/2, n - 2) se_b) - 1, with
 * GSL's t quantile.  Values must be > 0 (the caller reports the others).
 */
struct trend {
	struct fit	 fit;		/* of ln(value) on t */
	double		 growth, lo, hi;
};
int	 stats_trend(const double *t, const double *v, size_t n, double level,
	    struct trend *tr);

/*
 * Chow test of one break (G. C. Chow, "Tests of equality between sets of
 * coefficients in two linear regressions", Econometrica 28 (1960)
 * 591-605) in the log-linear trend, the second regime starting at t >=
 * tbreak: F = ((S - S1 - S2) / k) / ((S1 + S2) / (n - 2k)) with k = 2,
 * on (k, n - 2k) degrees of freedom; p from GSL's F distribution.  Each
 * regime needs at least k points, and n >= 2k + 1.  The growth before and
 * after is each regime's own trend growth (of a 2-point regime: exact, no
 * interval).  Returns -1 when the points do not allow the test, -2 when
 * one trend fits every point exactly (F would be 0/0); when only the two
 * regimes fit exactly, F is infinite and p 0.  Sums of squares below
 * 1e-12 of the total are rounding, taken as 0.
 */
struct chow {
	double		 f, p;
	int		 df1, df2;
	struct trend	 before, after;
};
int	 stats_chow(const double *t, const double *v, size_t n, double tbreak,
	    struct chow *c);

/* Compound annual growth (last / first)^(1 / years) - 1, the geometric
 * mean rate of growth between two points (ITC's "trend growth" is
 * stats_trend()'s, not this); NaN when it is not defined (years <= 0,
 * first <= 0, last < 0).  series.c takes it from here. */
double	 stats_cagr(double first, double last, double years);

#endif
