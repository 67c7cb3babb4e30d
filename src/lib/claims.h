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

enum metric { M_VALUE, M_TOTAL, M_SHARE, M_GROWTH, M_RANK, M_RECORD };
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
	int		 annual;	/* a year or years */
	char		*period;	/* as written */
	double		 expected;
	enum tol	 tol_kind;
	double		 tol;
};

/*
 * Read a claims file (id,claim,metric,reporter,partner,flow,product,
 * period,expected,tolerance,source); @NAME product lists are read from
 * lists/NAME.csv.  NULL with err ("FILE:LINE: column 'NAME': what:
 * 'value'") on the first bad row; *n the claims read.
 */
struct claim	*claims_read(const char *path, const char *lists, size_t *n,
		    char *err, size_t errsz);
void		 claims_free(struct claim *cl, size_t n);

#endif
