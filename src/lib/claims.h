/*
 * claims.h - the claims file of trade-claim: each claim about trade stated
 * as a computation (metric, countries, flow, products, period) with the
 * figure it implies and the tolerance it is checked at.
 */
#ifndef TRADESTAT_CLAIMS_H
#define TRADESTAT_CLAIMS_H

#include <stddef.h>

#include "period.h"
#include "prodlist.h"
#include "trade.h"

/* growth: on the period before of the same length; yoy: on the same
 * period a year earlier */
enum metric { M_VALUE, M_TOTAL, M_SHARE, M_GROWTH, M_RANK, M_RECORD,
	M_YOY, M_QUANTITY };
enum tol { TOL_REL, TOL_PP, TOL_ABS };

struct claim {
	char		*id, *text, *source;
	enum metric	 metric;
	char		 reporter[CODE_MAX], partner[CODE_MAX];
	unsigned	 flows;		/* bits of enum flow */
	int		 both;		/* flow "both" */
	int		 total;		/* product TOTAL */
	char		*product;	/* as written */
	struct prodlist	 pl;
	struct period_range pr;
	int		 annual;	/* whole years; else pr is months */
	char		*period;	/* as written */
	double		 expected;
	enum tol	 tol_kind;
	double		 tol;
	char		*tol_text;	/* as written, or the default */
	char		 currency[4];	/* of expected: USD unless said */
};

struct claims_opts {
	const char	*lists;		/* where @NAME lists are */
	const char	*tolerance;	/* for claims without one; NULL none */
};

/*
 * Read a claims file (id,claim,metric,reporter,partner,flow,product,
 * period,expected,tolerance,source, and an optional currency: USD when
 * there is none) into *cl, *n claims; @NAME product
 * lists are read from o->lists/NAME.csv.  A claim without a tolerance
 * (no column, or an empty cell) takes o->tolerance, and is an error
 * without one: published figures are rounded, and a tolerance of 0 would
 * call them wrong.  0 when read; else err ("FILE:LINE: column 'NAME':
 * what: 'value'") on the first bad row and the exit status that fits: 1
 * bad input, 2 a claim without a tolerance (a usage error).
 */
int		 claims_read(const char *path, const struct claims_opts *o,
		    struct claim **cl, size_t *n, char *err, size_t errsz);
/* Parse a tolerance (5%, 2pp, or a plain number) into c's tol_kind and
 * tol; -1 when it is not one. */
int		 claims_parse_tolerance(const char *s, struct claim *c);
void		 claims_free(struct claim *cl, size_t n);

#endif
