/*
 * fmt_eurostat.c - Eurostat's Comext, the relational view: REPORTER,
 * PARTNER (ISO2 codes, or names in English, French or German), PRODUCT,
 * FLOW, PERIOD, and the value in euros.
 */
#include <stdio.h>

#include "tradefmt.h"

#define R(r)	TRADE_ROLE(r)

/* A country as Comext codes it: ISO 3166 alpha-2 ("iso2:" keys of the
 * table), with Eurostat's own EL (Greece), UK and XK (Kosovo). */
static int
eurostat_code(struct trade_reader *r, const char *s, size_t len, char *out)
{
	const struct country *c;
	char key[8];

	(void)r;
	if (len != 2)
		return 1;
	snprintf(key, sizeof(key), "iso2:%c%c", s[0], s[1]);
	if ((c = codes_lookup(key, 7)) == NULL)
		return 1;
	snprintf(out, CODE_MAX, "%s", c->code);
	return 0;
}

const struct trade_format_ops fmt_eurostat = {
	.fmt = FMT_EUROSTAT,
	.name = "eurostat",
	.label = "Eurostat Comext",
	.cols = {
		[R_REP_NAME] = "REPORTER", [R_PAR_NAME] = "PARTNER",
		[R_REP_CODE] = "REPORTER", [R_PAR_CODE] = "PARTNER",
		[R_PRODUCT] = "PRODUCT", [R_FLOW] = "FLOW",
		[R_PERIOD] = "PERIOD",
		[R_VALUE] = "VALUE_IN_EUR|VALUE_IN_EUROS",
		[R_PROCEDURE] = "STAT_PROCEDURE" },
	.required = R(R_REP_NAME) | R(R_PAR_NAME) | R(R_PRODUCT) | R(R_FLOW) |
	    R(R_PERIOD) | R(R_VALUE),
	.currency = "EUR",
	.flow = FLOW_NONE,
	.code = eurostat_code,
};
