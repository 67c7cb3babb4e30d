/*
 * series.h - trade series: the points of one flow over time, and what is
 * computed along them: year-to-date figures made monthly, months rolled
 * up to years with the months each year covers, changes on a year (a
 * partial year against the same months of the other), an index, moving
 * averages, and a series' summary (CAGR, log-linear trend with its
 * interval, linear slope, Chow test; the regressions are stats.c's).
 *
 * Periods are period.h's YYYYMM ints (a year is YYYY00).  A gap is a
 * gap: a missing period is never taken as zero, but a month the data
 * covers (series_cover) without a point for this series is a month
 * without that trade.  Functions do no I/O and keep no state: what a
 * program would warn about comes back as notes or statuses.
 */
#ifndef TRADESTAT_SERIES_H
#define TRADESTAT_SERIES_H

#include <stddef.h>
#include <stdint.h>

#include "agg.h"
#include "csvio.h"
#include "stats.h"

/* A point of a series. */
struct series_pt {
	int		 period;
	double		 value;
	int		 months;	/* a year rolled up from months (here
					 * or by trade-agg --annual): the
					 * months its data covers; 0 not */
	int		 mask;		/* those months, bit m-1 */
	uint32_t	 tag;		/* the caller's bits (its sources),
					 * OR'ed when points combine */
};

/* Statuses. */
enum {
	SERIES_OK = 0,
	SERIES_PARTIAL,		/* months asked that the data lacks */
	SERIES_ENOBASE		/* no point in the base period */
};

/*
 * What a computation left out or could not do, as messages for the
 * program to print after the series' name ("2023-05: the year-to-date
 * figure of 2023-04 is missing, so the month cannot be separated (left
 * out)").  Zeroed to start; series_notes_release() frees the messages.
 */
struct series_notes {
	char	**msg;
	size_t	  n;
};
void	 series_notes_release(struct series_notes *nt);

/*
 * The months each key's data (a reporter's flow: series_cover_key())
 * covers, per year: the months with any row of that key, whatever the
 * partner or product (a month of a reporter's imports is no month of
 * its exports).  series_cover_mask() gives year's months (bit m-1; 0
 * when none).  Out of memory exits (xmalloc).
 */
struct series_cover;
struct series_cover *series_cover_alloc(void);
void	 series_cover_free(struct series_cover *cv);
/* A row of key in period p (a year's row adds nothing): 0, or -1 when
 * it is a new key and year and cv holds GROUP_MAX of them. */
int	 series_cover_add(struct series_cover *cv, const char *key, int p);
int	 series_cover_mask(const struct series_cover *cv, const char *key,
	    int year);
/* The coverage key of a cell, "ARM X" (reporter and flow), into buf
 * (SERIES_KEYSZ bytes); returns buf. */
#define SERIES_KEYSZ	(CODE_MAX + 8)
const char *series_cover_key(const struct agg_cell *c, char *buf);
/* Every cell of a into cv, under its series_cover_key(): 0, or -1 at
 * the limit of series_cover_add(). */
int	 series_cover_cells(struct series_cover *cv, const struct agg *a);

/*
 * The points of the series in cells [b, e) of a (agg_sort_series()
 * order) into p (e - b points, the caller's): period, value, the
 * sources as tag, and the months of a year that says them (a month_mask
 * read from trade-agg --annual output; fff is a whole year).  0, or -1
 * with err when the cells are in more than one currency: a series is in
 * one (the message names them, with the period each starts, and the
 * way out).
 */
int	 series_load(const struct agg *a, size_t b, size_t e,
	    struct series_pt *p, char *err, size_t errsz);

/*
 * Year-to-date (cumulative) figures, such as China's customs publishes,
 * to monthly ones: January is itself, month m is YTD(m) - YTD(m - 1).
 * From the n points p (in period order) into out (n points; it may be
 * p), *nout of them.  Noted: a point that is not a month, or whose month
 * before is missing (left out), and a figure that fell (kept: a
 * revision makes a negative month).
 */
void	 series_decumulate(const struct series_pt *p, size_t n,
	    struct series_pt *out, size_t *nout, struct series_notes *nt);

/*
 * Monthly points to years, in place (annual points stay as they are):
 * a year's value is the sum of its months, its months and mask those
 * cv covers for key that year.  Returns the count of points left.
 */
size_t	 series_annualize(struct series_pt *p, size_t n,
	    const struct series_cover *cv, const char *key);

/*
 * The partial-year comparison: the sum over the months in mask of year
 * (YYYY00), from the monthly points m (a covered month without a point
 * is 0).  SERIES_OK, or SERIES_PARTIAL when cv does not cover every
 * month of mask that year for key (*sum is then -1).
 */
int	 series_same_months(const struct series_pt *m, size_t nm,
	    const struct series_cover *cv, const char *key, int year,
	    int mask, double *sum);

/*
 * The change on a year, x_t / x_{t-1 year} - 1 (the "year-on-year" growth
 * rate of the OECD's Glossary of Statistical Terms: a month on the same
 * month, a year on the year before), of each of the n points into yoy[i]
 * (NaN when there is no earlier point above zero).  A partial year is
 * compared only with the same months of the other year, never with a
 * whole year: with the other year's point when it covers the same
 * months (both masks equal), else from the monthly points m of the
 * series (series_same_months()); when neither can, yoy[i] is NaN and a
 * note says why.
 */
void	 series_yoy(const struct series_pt *p, size_t n,
	    const struct series_pt *m, size_t nm,
	    const struct series_cover *cv, const char *key, double *yoy,
	    struct series_notes *nt);

/*
 * The fixed-base index 100 x_t / x_base (OECD, Glossary of Statistical
 * Terms, "Index number") into idx[i], NaN when the base value is not
 * above 0.  SERIES_OK, or SERIES_ENOBASE (every idx NaN) when no point
 * has the period base.
 */
int	 series_index(const struct series_pt *p, size_t n, int base,
	    double *idx);

/*
 * The trailing moving average of window periods ending at each point
 * (the single moving average of the NIST/SEMATECH e-Handbook of
 * Statistical Methods, 6.4.2.1), into ma[i]; NaN where a period of the
 * window has no point (the gap is not taken as zero).
 */
void	 series_moving_average(const struct series_pt *p, size_t n,
	    size_t window, double *ma);

/* The first point of period, or NULL. */
const struct series_pt *series_find(const struct series_pt *p, size_t n,
	    int period);

/*
 * A series' summary.  Points of partial years are left out of
 * everything (noted); the compound annual growth (stats_cagr()) is from the first
 * full point to the last; the log-linear trend (stats_trend(), at level)
 * takes the full points above zero, the linear slope (stats_ols()) every
 * full point, zeros too; with brk a period (0: none), the Chow test of a
 * break at brk (stats_chow()).  A series that mixes years and months has
 * no time step: no statistics (mixed set).  What is left out or cannot
 * be computed is noted.
 */
struct series_summary {
	size_t		 n;		/* points */
	const struct series_pt *first, *last;	/* full points; NULL */
	int		 mixed;		/* years and months: no statistics */
	double		 cagr;		/* NaN when none */
	size_t		 ntrend;	/* points of the log-linear trend */
	int		 trend;		/* 0: tr holds it; -1 none */
	struct trend	 tr;
	double		 slope;		/* per year; NaN when none */
	int		 chow;		/* 0: ch holds the test; else none */
	struct chow	 ch;
	size_t		 nbefore;	/* trend points before brk */
};

/* The time of a period in years (a month m of year y: y + (m - 1) / 12). */
double	 series_time(int period);

/* The summary of the n points p (in period order) into s; work holds
 * 4 n doubles (the caller's). */
void	 series_summarise(const struct series_pt *p, size_t n, double level,
	    int brk, double *work, struct series_notes *nt,
	    struct series_summary *s);

/*
 * The columns of a summary, in their order: name, kind, whether only
 * with a break test, the value (NaN: empty; a PERIOD is its YYYYMM), and
 * a line for --help.  A new column is a row of series_stats[] and one
 * function in series.c.  The table ends with a row whose name is NULL.
 */
enum series_kind { SERIES_NUMBER, SERIES_COUNT, SERIES_PERIOD };
struct series_stat {
	const char	*name;
	enum series_kind kind;
	int		 brk;
	double		(*fn)(const struct series_summary *s);
	const char	*help;
};
extern const struct series_stat series_stats[];

/*
 * trade-trend's table.  The header: the canonical keys, then with each
 * the columns months, month_mask, yoy, index and ma, else a column per
 * series_stats[] row (the break test's only with brk).
 */
void	 series_write_header(struct csvw *w, int each, int brk);
/* With each: a row per point of the series of key (its first cell),
 * with the point's months and its yoy[i], idx[i], ma[i]. */
void	 series_write_each(struct csvw *w, const struct agg *a,
	    const struct agg_cell *key, const struct series_pt *p, size_t n,
	    const double *yoy, const double *idx, const double *ma);
/* The summary row of the series of key: the last full value, then the
 * columns of series_stats[]. */
void	 series_write_summary(struct csvw *w, const struct agg *a,
	    const struct agg_cell *key, const struct series_summary *s,
	    int brk);

#endif
