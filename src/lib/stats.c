/*
 * stats.c - growth and trend statistics on GSL (see stats.h).
 */
#include <math.h>
#include <stdlib.h>

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_fit.h>

#include "stats.h"
#include "util.h"

int
stats_ols(const double *x, const double *y, size_t n, struct fit *f)
{
	double cov00, cov01, cov11, my = 0, tss = 0;
	size_t i;

	f->n = n;
	if (n < 3)
		return -1;
	for (i = 1; i < n && x[i] == x[0]; i++)
		;
	if (i == n)
		return -1;
	gsl_fit_linear(x, 1, y, 1, n, &f->a, &f->b, &cov00, &cov01, &cov11,
	    &f->ssr);
	f->se_a = sqrt(cov00);
	f->se_b = sqrt(cov11);
	for (i = 0; i < n; i++)
		my += y[i];
	my /= (double)n;
	for (i = 0; i < n; i++)
		tss += (y[i] - my) * (y[i] - my);
	f->tss = tss;
	f->r2 = tss > 0 ? 1 - f->ssr / tss : 1;
	return 0;
}

int
stats_trend(const double *t, const double *v, size_t n, double level,
    struct trend *tr)
{
	double *ly = xcalloc(n ? n : 1, sizeof(double)), q;
	size_t i;
	int st;

	for (i = 0; i < n; i++)
		ly[i] = log(v[i]);
	st = stats_ols(t, ly, n, &tr->fit);
	free(ly);
	if (st < 0)
		return -1;
	q = gsl_cdf_tdist_Pinv(1 - (1 - level) / 2, (double)n - 2);
	tr->growth = exp(tr->fit.b) - 1;
	tr->lo = exp(tr->fit.b - q * tr->fit.se_b) - 1;
	tr->hi = exp(tr->fit.b + q * tr->fit.se_b) - 1;
	return 0;
}

/* One regime's log-linear fit; two points fit exactly. */
static int
fit_regime(const double *t, const double *v, size_t n, struct trend *tr)
{
	if (n >= 3)
		return stats_trend(t, v, n, 0.95, tr);
	if (n != 2 || t[1] == t[0])
		return -1;
	tr->fit.n = 2;
	tr->fit.b = (log(v[1]) - log(v[0])) / (t[1] - t[0]);
	tr->fit.a = log(v[0]) - tr->fit.b * t[0];
	tr->fit.se_a = tr->fit.se_b = NAN;
	tr->fit.r2 = 1;
	tr->fit.ssr = 0;
	tr->fit.tss = NAN;
	tr->growth = exp(tr->fit.b) - 1;
	tr->lo = tr->hi = NAN;
	return 0;
}

int
stats_chow(const double *t, const double *v, size_t n, double tbreak,
    struct chow *c)
{
	const int k = 2;
	struct trend all;
	size_t n1 = 0;

	while (n1 < n && t[n1] < tbreak)
		n1++;
	c->df1 = k;
	c->df2 = (int)n - 2 * k;
	if ((int)n < 2 * k + 1 || (int)n1 < k || (int)(n - n1) < k)
		return -1;
	if (stats_trend(t, v, n, 0.95, &all) < 0)
		return -1;
	/* a regime of k points fits exactly: its SSR is 0 (stats_ols wants
	 * 3 points for its standard errors, so fit 2 by hand) */
	if (fit_regime(t, v, n1, &c->before) < 0 ||
	    fit_regime(t + n1, v + n1, n - n1, &c->after) < 0)
		return -1;
	{
		double s = all.fit.ssr, s12 = c->before.fit.ssr +
		    c->after.fit.ssr, eps = 1e-12 * all.fit.tss;

		/* the pooled fit is the two regimes' fit restricted, so
		 * s >= s12; rounding must not make F negative or 0/0 */
		if (!(s > eps))
			return -2;
		if (s12 > s)
			s12 = s;
		if (s12 <= eps) {
			c->f = INFINITY;
			c->p = 0;
			return 0;
		}
		c->f = ((s - s12) / k) / (s12 / c->df2);
		c->p = gsl_cdf_fdist_Q(c->f, c->df1, c->df2);
	}
	return 0;
}

double
stats_cagr(double first, double last, double years)
{
	if (!(years > 0) || !(first > 0) || last < 0)
		return NAN;
	return pow(last / first, 1 / years) - 1;
}
