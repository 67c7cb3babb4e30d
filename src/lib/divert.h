/*
 * divert.h - trade diversion through third countries after a break date:
 * the "Eurasian roundabout" of M. Chupilkin, B. Javorcik and
 * A. Plekhanov, "The Eurasian roundabout: trade flows into Russia through
 * the Caucasus and Central Asia", EBRD Working Paper 276, February 2023.
 *
 * An origin's exports (flow X) to a target, to hubs and to control
 * destinations are summed per product over windows of the same months
 * before and after the break, so that seasons and partial years cancel:
 * after the break, windows of 12 months (of one year for annual data)
 * from the break on, the last one cut at the last period of the data;
 * before it, the same months of the 12 (one) before the break.  Per
 * product, window and destination d:
 *
 *	change_d = after_d - before_d
 *	growth_d = after_d / before_d - 1
 *	substitution_d = change_d / (before_t - after_t)
 *
 * t the target.  The substitution ratio is the paper's measure: the
 * increase of exports to the hubs as a fraction of the reduction of
 * direct exports to Russia ("around 5 per cent" for sanctioned goods
 * from the EU, UK and US); it is computed for each destination, and
 * for the sum of the hubs and the sum of the controls, and it has no
 * value (NaN) where exports to the target did not fall.  Controls and
 * placebo products (not expected to be diverted) show whether a hub's
 * jump is special.
 */
#ifndef TRADESTAT_DIVERT_H
#define TRADESTAT_DIVERT_H

#include <stddef.h>

#include "prodlist.h"
#include "trade.h"

/* What a destination is to the analysis. */
enum divert_role {
	DIVERT_TARGET, DIVERT_HUB, DIVERT_HUBS, DIVERT_CONTROL,
	DIVERT_CONTROLS
};

struct divert_opts {
	const char	*origin;	/* "EU27", or reporters "DEU,FRA" */
	const char	*target;	/* one partner */
	const char	*hubs;		/* partners, comma separated */
	const char	*controls;	/* partners, or NULL */
	const struct prodlist *placebo;	/* placebo products, or NULL */
	int		 brk;		/* the first period after the break */
	int		 hs_level;	/* 0, or codes cut to this many digits */
};

struct divert;

/*
 * A new analysis with the options o (copied).  NULL with err when a
 * list holds a code that is not a country or aggregate, a destination
 * is named twice, or the origin mixes an aggregate with other codes.
 * An origin that is EU27 is its own rows where the data have them, else
 * the sum of its 27 member states (as of 2020).
 */
struct divert	*divert_alloc(const struct divert_opts *o, char *err,
		    size_t errsz);
void		 divert_free(struct divert *d);

/*
 * Add one row: 0 when counted, 1 when it is not the origin's exports to
 * one of the destinations; -1 with err on a row that cannot be counted
 * (a currency other than the first row's; a period of the other
 * frequency than the break's).
 */
int		 divert_add(struct divert *d, const struct trade_row *row,
		    char *err, size_t errsz);

/* After the last row, the results: -1 with err when there is nothing
 * to compare (no period of the data before or after the break). */
int		 divert_finish(struct divert *d, char *err, size_t errsz);

struct divert_result {
	const char	*product;
	int		 placebo;	/* 1: a placebo product */
	const char	*partner;	/* a code, or "hubs", "controls" */
	enum divert_role role;
	int		 from, to;	/* the window after the break */
	int		 base_from, base_to; /* the same months before */
	int		 months;	/* periods of the data in the window */
	double		 before, after, change, growth, substitution;
};

/* The results in order of product, window, then destination (target,
 * hubs, their sum, controls, their sum). */
size_t		 divert_count(const struct divert *d);
const struct divert_result *divert_result(const struct divert *d, size_t i);
/* The currency of the values; how the origin was summed ("EU27 rows",
 * "27 members", "3 reporters"). */
const char	*divert_currency(const struct divert *d);
const char	*divert_origin(const struct divert *d);
const char	*divert_role_name(enum divert_role r);

#endif
