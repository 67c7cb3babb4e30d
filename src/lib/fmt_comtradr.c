/*
 * fmt_comtradr.c - the export of the R package comtradr: Comtrade's
 * fields in snake_case, under the names of its older (trade_value_us)
 * and newer (primary_value) versions.  Files written on Windows come in
 * latin-1, which the reader's encoding sniffing takes.
 */
#include "tradefmt.h"

#define R(r)	TRADE_ROLE(r)

const struct trade_format_ops fmt_comtradr = {
	.fmt = FMT_COMTRADR,
	.name = "comtradr",
	.label = "UN Comtrade",
	.cols = {
		[R_PERIOD] = "period",
		[R_PERIOD2] = "period_desc|ref_period_id",
		[R_YEAR] = "year|ref_year", [R_MONTH] = "month|ref_month",
		[R_REP_ISO] = "reporter_iso", [R_REP_CODE] = "reporter_code",
		[R_REP_NAME] = "reporter|reporter_desc",
		[R_PAR_ISO] = "partner_iso", [R_PAR_CODE] = "partner_code",
		[R_PAR_NAME] = "partner|partner_desc",
		[R_FLOW] = "trade_code|flow_code",
		[R_FLOW2] = "trade_flow|flow_desc",
		[R_PRODUCT] = "commodity_code|cmd_code",
		[R_VALUE] = "trade_value_us|primary_value",
		[R_QTY] = "qty", [R_UNIT] = "qtyunitabbr|qty_unit_abbr",
		[R_MOT] = "mot_code", [R_CUSTOMS] = "customs_code",
		[R_PARTNER2] = "partner_2_code|partner2_code",
		[R_CLASS] = "classification_code" },
	.required = R(R_PERIOD) | R(R_REP_CODE) | R(R_PAR_CODE) | R(R_FLOW) |
	    R(R_PRODUCT) | R(R_VALUE),
	.currency = "USD",
	.flow = FLOW_NONE,
};
