/*
 * fmt_legacy.c - the CSV of the old UN Comtrade download site
 * (comtrade.un.org/data): columns named in words ("Reporter ISO",
 * "Trade Value (US$)"), values in US dollars.
 */
#include "tradefmt.h"

#define R(r)	TRADE_ROLE(r)

const struct trade_format_ops fmt_comtrade_legacy = {
	.fmt = FMT_COMTRADE_LEGACY,
	.name = "comtrade-legacy",
	.label = "UN Comtrade",
	.cols = {
		[R_PERIOD] = "Period", [R_YEAR] = "Year",
		[R_REP_ISO] = "Reporter ISO", [R_REP_CODE] = "Reporter Code",
		[R_REP_NAME] = "Reporter",
		[R_PAR_ISO] = "Partner ISO", [R_PAR_CODE] = "Partner Code",
		[R_PAR_NAME] = "Partner",
		[R_FLOW] = "Trade Flow Code", [R_FLOW2] = "Trade Flow",
		[R_PRODUCT] = "Commodity Code",
		[R_VALUE] = "Trade Value (US$)",
		[R_QTY] = "Qty", [R_UNIT] = "Qty Unit",
		[R_MOT] = "Mode of Transport Code",
		[R_CUSTOMS] = "Customs Proc. Code",
		[R_PARTNER2] = "2nd Partner Code",
		[R_CLASS] = "Classification" },
	.required = R(R_PERIOD) | R(R_REP_CODE) | R(R_PAR_CODE) | R(R_FLOW) |
	    R(R_PRODUCT) | R(R_VALUE),
	.currency = "USD",
	.flow = FLOW_NONE,
};
