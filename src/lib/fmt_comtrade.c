/*
 * fmt_comtrade.c - UN Comtrade's current API (comtradeapi.un.org), as
 * CSV: camelCase columns, countries by ISO3 or M49 number, the period as
 * YYYY or YYYYMM (refPeriodId is a day, 20230401), values in US dollars.
 * The API's JSON (fmt_comtrade_json.c) holds the same fields.
 */
#include "tradefmt.h"

#define R(r)	TRADE_ROLE(r)

const struct trade_format_ops fmt_comtrade = {
	.fmt = FMT_COMTRADE,
	.name = "comtrade",
	.label = "UN Comtrade",
	.cols = {
		[R_PERIOD] = "period", [R_PERIOD2] = "refPeriodId",
		[R_YEAR] = "refYear", [R_MONTH] = "refMonth",
		[R_REP_ISO] = "reporterISO", [R_REP_CODE] = "reporterCode",
		[R_REP_NAME] = "reporterDesc",
		[R_PAR_ISO] = "partnerISO", [R_PAR_CODE] = "partnerCode",
		[R_PAR_NAME] = "partnerDesc",
		[R_FLOW] = "flowCode", [R_FLOW2] = "flowDesc",
		[R_PRODUCT] = "cmdCode", [R_VALUE] = "primaryValue",
		[R_QTY] = "qty", [R_UNIT] = "qtyUnitAbbr",
		[R_MOT] = "motCode", [R_CUSTOMS] = "customsCode",
		[R_PARTNER2] = "partner2Code",
		[R_CLASS] = "classificationCode" },
	.required = R(R_PERIOD) | R(R_REP_CODE) | R(R_PAR_CODE) | R(R_FLOW) |
	    R(R_PRODUCT) | R(R_VALUE),
	.currency = "USD",
	.flow = FLOW_NONE,
	.flags = TF_PERIOD_DAY,
};
