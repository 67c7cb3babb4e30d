/*
 * fmt_imf.c - the IMF's International Merchandise Trade Statistics
 * (IMTS), wide: a record per country, partner, flow and indicator, with
 * a column per period ("2023", "2023-01"...) holding the value, empty
 * when missing.  The indicator's suffix is the currency (MG_CIF_USD),
 * SCALE.ID (or SCALE in words) its power of ten; the product is always
 * the total.
 */
#include <stdio.h>
#include <stdlib.h>

#include "num.h"
#include "period.h"
#include "tradefmt.h"
#include "util.h"

#define R(r)	TRADE_ROLE(r)

/* The period columns: header names that are periods. */
static int
imf_open(struct trade_reader *r)
{
	return trade_period_columns(r, r->nf, "IMF file without period "
	    "columns (such as '2023')") < 0 ? -1 : 1;
}

/* Scale and currency of the record just read. */
static int
imf_record(struct trade_reader *r)
{
	const char *v;
	size_t len;
	int p10 = 0;

	if (r->col[R_SCALE] >= 0) {
		char *end;

		v = trade_fld(r, (size_t)r->col[R_SCALE], &len);
		p10 = (int)strtol(v, &end, 10);
		if (len == 0 || end != v + len || p10 < 0 || p10 > 12) {
			trade_colerr(r, R_SCALE, "not a power of ten");
			return -1;
		}
	} else if (r->col[R_SCALE_TEXT] >= 0) {
		v = trade_fld(r, (size_t)r->col[R_SCALE_TEXT], &len);
		if (util_strcasecmp_n(v, "units", len) == 0 && len == 5)
			p10 = 0;
		else if (len == 9 && util_strcasecmp_n(v, "thousands", 9) == 0)
			p10 = 3;
		else if (len == 8 && util_strcasecmp_n(v, "millions", 8) == 0)
			p10 = 6;
		else if (len == 8 && util_strcasecmp_n(v, "billions", 8) == 0)
			p10 = 9;
		else {
			trade_colerr(r, R_SCALE_TEXT, "unknown scale (want "
			    "Units, Thousands, Millions or Billions)");
			return -1;
		}
	}
	r->rec_pow10 = p10;
	v = trade_fld(r, (size_t)r->col[R_INDICATOR], &len);
	if (len >= 4 && v[len - 4] == '_')
		snprintf(r->currency, sizeof(r->currency), "%.3s", v + len - 3);
	else {
		trade_colerr(r, R_INDICATOR, "indicator without a currency "
		    "suffix (such as MG_CIF_USD)");
		return -1;
	}
	return 0;
}

/* The record's next period with a value, as a row. */
static int
imf_rows(struct trade_reader *r, struct trade_row *row)
{
	const char *v;
	size_t len;
	int st;

	while (r->pnext < r->npcol) {
		size_t k = r->pnext++;
		enum num_status ns;
		double d;

		v = trade_fld(r, (size_t)r->pcol[k], &len);
		ns = num_parse_scaled(v, len, r->rec_pow10, &d);
		if (ns == NUM_EMPTY)
			continue;	/* missing, not zero */
		if ((st = trade_map_row(r, row)) < 0)
			return -1;
		if (st > 0) {
			r->pnext = r->npcol;	/* not wanted */
			continue;
		}
		if (ns != NUM_OK || d < 0) {
			trade_rowerr(r, "column '%d': %s: '%s'",
			    r->pper[k] / 100, ns == NUM_OK ?
			    "negative trade value" : num_strerror(ns),
			    util_excerpt(v, len));
			return -1;
		}
		row->period = r->pper[k];
		row->value = d;
		return 1;
	}
	return 0;
}

const struct trade_format_ops fmt_imf = {
	.fmt = FMT_IMF,
	.name = "imf",
	.label = "IMF IMTS",
	.cols = {
		[R_REP_ISO] = "COUNTRY.ID",
		[R_PAR_ISO] = "COUNTERPART_COUNTRY.ID",
		[R_REP_NAME] = "COUNTRY", [R_PAR_NAME] = "COUNTERPART_COUNTRY",
		[R_FLOW] = "TRADE_FLOW.ID", [R_FLOW2] = "TRADE_FLOW",
		[R_SCALE] = "SCALE.ID", [R_SCALE_TEXT] = "SCALE",
		[R_INDICATOR] = "INDICATOR.ID" },
	.required = R(R_REP_ISO) | R(R_PAR_ISO) | R(R_FLOW) |
	    R(R_INDICATOR),
	.flow = FLOW_NONE,
	.product = "TOTAL",
	.flags = TF_WIDE,
	.open = imf_open,
	.record = imf_record,
	.rows = imf_rows,
};
