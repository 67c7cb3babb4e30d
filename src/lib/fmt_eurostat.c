/*
 * fmt_eurostat.c - Eurostat's Comext, the relational view: REPORTER,
 * PARTNER (ISO2 codes, or names), PRODUCT, FLOW, PERIOD, and the value
 * in euros.
 */
#include "tradefmt.h"

#define R(r)	TRADE_ROLE(r)

const struct trade_format_ops fmt_eurostat = {
	.fmt = FMT_EUROSTAT,
	.name = "eurostat",
	.label = "Eurostat Comext",
	.cols = {
		[R_REP_NAME] = "REPORTER", [R_PAR_NAME] = "PARTNER",
		[R_PRODUCT] = "PRODUCT", [R_FLOW] = "FLOW",
		[R_PERIOD] = "PERIOD",
		[R_VALUE] = "VALUE_IN_EUR|VALUE_IN_EUROS",
		[R_PROCEDURE] = "STAT_PROCEDURE" },
	.required = R(R_REP_NAME) | R(R_PAR_NAME) | R(R_PRODUCT) | R(R_FLOW) |
	    R(R_PERIOD) | R(R_VALUE),
	.currency = "EUR",
	.flow = FLOW_NONE,
};
