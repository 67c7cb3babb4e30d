/*
 * fx.h - currency conversion with a stated rates table.
 *
 * A rates table gives, per period (a year or a month) and currency, the
 * units of that currency per one unit of a base currency: per_usd (the
 * IMF's and the Federal Reserve's quotation, "national currency per US
 * dollar") or per_eur (the ECB's euro reference rates, "units of
 * currency per euro").  The base currency's own rate is 1.
 *
 * Converting a value v in currency C to currency T at period p:
 *
 *	rate = per(T, p) / per(C, p)		(units of T per unit of C)
 *	v_T  = v * rate
 *
 * a cross rate through the base when neither is the base.  A monthly
 * period takes the month's rate; a year takes the table's annual row,
 * or, when it has none, the arithmetic mean of the twelve monthly rates
 * of that year, only when all twelve are there (the ECB's, the IMF's
 * and the Fed's annual averages are means of the year's daily or
 * monthly figures; a mean over fewer months would be a guess).  A period
 * without a rate is an error, never a guess.
 */
#ifndef TRADESTAT_FX_H
#define TRADESTAT_FX_H

#include <stddef.h>

#include "trade.h"

struct fx;

/* A table for base currency base (three capitals: "USD", "EUR"). */
struct fx	*fx_alloc(const char *base);
void		 fx_free(struct fx *x);

/*
 * Read a rates file: CSV with columns period, currency and one of per_usd
 * or per_eur (other columns are left alone).  Returns the table, or NULL
 * with err ("FILE:LINE: column 'per_usd': not a positive rate: '0'";
 * a missing column, a bad period or currency code, a duplicate period
 * and currency, a base currency whose rate is not 1).
 */
struct fx	*fx_load(const char *path, char *err, size_t errsz);

/* Add one rate (per: units of cur per unit of the base) before
 * fx_finish().  -1 with err when per is not positive and finite, or cur
 * is not three capitals. */
int		 fx_add(struct fx *x, int period, const char *cur, double per,
		    char *err, size_t errsz);

/* After the last fx_add(): sort, refuse duplicates (-1 with err), and
 * make the annual means of years that have twelve months and no annual
 * row.  fx_load() calls it. */
int		 fx_finish(struct fx *x, char *err, size_t errsz);

/* The base currency; whether cur is the base or has any rate. */
const char	*fx_base(const struct fx *x);
int		 fx_knows(const struct fx *x, const char *cur);
/* The currencies of the table, ", " between them, into buf. */
const char	*fx_currencies(const struct fx *x, char *buf, size_t size);

/*
 * Units of to per unit of from at period (YYYYMM, month 0 for a year),
 * in *rate.  0, or -1 with err ("no rate for EUR in 2023-04 in FILE")
 * when a rate is missing.  from equal to to is 1 at any period.
 */
int		 fx_rate(const struct fx *x, int period, const char *from,
		    const char *to, double *rate, char *err, size_t errsz);

/*
 * Convert a row to currency to: its value times the rate (in *rate), its
 * currency set to to; the quantity is untouched.  -1 with err naming the
 * row ("FILE:LINE: ...") when the period is empty (summed away), the row
 * is a roll-up of part of a year (its months' rates are not its year's),
 * a rate is missing, or the value overflows.
 */
int		 fx_convert(const struct fx *x, struct trade_row *row,
		    const char *to, double *rate, char *err, size_t errsz);

#endif
