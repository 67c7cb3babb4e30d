/*
 * test_stats.c - the statistics kernel against certified values: NIST
 * StRD "Norris" (linear least squares, lower difficulty; the data and the
 * certified values from https://www.itl.nist.gov/div898/strd/lls/data/
 * Norris.shtml), and a Chow test and trend computed by hand.
 */
#include <math.h>
#include <stdio.h>

#include "stats.h"

static int fails, checks;

/* agreement to sig significant digits */
static void
near(const char *what, double got, double want, int sig)
{
	double rel = want != 0 ? fabs(got - want) / fabs(want) : fabs(got);

	checks++;
	if (!(rel <= pow(10, -sig))) {
		fails++;
		printf("FAIL %s: got %.15g, want %.15g\n", what, got, want);
	}
}

static const double norris_x[] = {
	0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6, 777.0,
	558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6, 556.0, 228.1,
	995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1, 887.2, 999.0, 779.0,
	11.1, 118.3, 229.2, 669.1, 448.9, 0.5
};
static const double norris_y[] = {
	0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1, 778.9,
	559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8, 557.7, 228.3,
	998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3, 888.0, 998.5, 778.9,
	10.2, 117.6, 228.9, 668.4, 449.2, 0.2
};

int
main(void)
{
	struct fit f;
	struct trend tr;
	struct chow c;
	/* y = 2^t exactly: growth 100% a year, r2 1 */
	double t[] = { 2016, 2017, 2018, 2019, 2020 };
	double v[] = { 1, 2, 4, 8, 16 };
	/* two regimes: ln v = 0 1 2 | 2 3 5 at t = 1..6, the break at 4 */
	double tc[] = { 1, 2, 3, 4, 5, 6 };
	double vc[6];
	const double lc[] = { 0, 1, 2, 2, 3, 5 };
	int i;

	for (i = 0; i < 6; i++)
		vc[i] = exp(lc[i]);
	if (stats_ols(norris_x, norris_y, 36, &f) < 0) {
		puts("FAIL Norris: no fit");
		return 1;
	}
	/* certified values, NIST StRD Norris */
	near("Norris slope", f.b, 1.00211681802045, 10);
	near("Norris intercept", f.a, -0.262323073774029, 10);
	near("Norris se slope", f.se_b, 4.29796848199937e-04, 10);
	near("Norris se intercept", f.se_a, 0.232818234301152, 10);
	near("Norris R2", f.r2, 0.999993745883712, 10);

	stats_trend(t, v, 5, 0.95, &tr);
	near("2^t growth", tr.growth, 1, 12);
	near("2^t r2", tr.fit.r2, 1, 12);
	near("cagr 1 -> 16 in 4 years", stats_cagr(1, 16, 4), 1, 12);
	checks++;
	if (!isnan(stats_cagr(0, 16, 4)) || !isnan(stats_cagr(1, 16, 0)))
		fails++, puts("FAIL cagr of a zero start or no years");

	if (stats_chow(tc, vc, 6, 4, &c) < 0) {
		puts("FAIL chow: no test");
		return 1;
	}
	/*
	 * By hand.  Before (0 1 2 at t 1-3): slope 1, SSR 0.  After (2 3 5 at
	 * t 4-6): mean 10/3, Sxx 2, Sxy 3, slope 1.5, SSR 1/6.  Pooled: Sxx
	 * 17.5, Sxy 15.5, Syy = 43 - 6 (13/6)^2, SSR = Syy - Sxy^2 / Sxx.
	 * F = ((SSR - 1/6) / 2) / ((1/6) / 2) on (2, 2).
	 */
	{
		double ssr = (43 - 6.0 * 13 / 6 * 13 / 6) - 15.5 * 15.5 / 17.5;

		near("chow F", c.f, ((ssr - 1.0 / 6) / 2) / ((1.0 / 6) / 2),
		    12);
		near("chow F value", c.f, 5.628571428571, 11);
	}
	checks++;
	if (c.df1 != 2 || c.df2 != 2)
		fails++, printf("FAIL chow df %d %d\n", c.df1, c.df2);
	near("growth before", c.before.growth, exp(1) - 1, 12);
	near("after slope", c.after.fit.b, 1.5, 12);
	near("after SSR", c.after.fit.ssr, 1.0 / 6, 12);
	near("growth after", c.after.growth, exp(1.5) - 1, 12);
	/* with df1 = 2 the F tail has a closed form, Q(F; 2, d2) =
	 * (1 + 2 F / d2)^(-d2 / 2): here 1 / (1 + F) = 0.150862... */
	near("chow p", c.p, 1 / (1 + c.f), 12);
	near("chow p value", c.p, 1 / 6.628571428571, 11);

	/* one trend through every point (2^t): F would be 0/0, and rounding
	 * must not make it a number */
	checks++;
	if (stats_chow(t, v, 5, 2019, &c) != -2)
		fails++, puts("FAIL chow of an exact trend: not refused");
	/* two regimes each exact (ln v = 0 1 2 | 4 5), the pooled not: F is
	 * infinite, p 0 */
	{
		const double le[] = { 0, 1, 2, 4, 5 };
		double ve[5];

		for (i = 0; i < 5; i++)
			ve[i] = exp(le[i]);
		checks++;
		if (stats_chow(tc, ve, 5, 4, &c) != 0 || !isinf(c.f) ||
		    c.f < 0 || c.p != 0 || c.df2 != 1)
			fails++, printf("FAIL chow of two exact regimes: F %g "
			    "p %g\n", c.f, c.p);
	}
	/* too short: 2k + 1 = 5 points, 2 in each regime */
	checks++;
	if (stats_chow(tc, vc, 4, 4, &c) != -1 ||
	    stats_chow(tc, vc, 6, 6, &c) != -1)
		fails++, puts("FAIL chow of too few points: not refused");
	printf("%d checks, %d failed\n", checks, fails);
	return fails != 0;
}
