/*
 * fmt_canonical.c - tradestat's own format: the ten columns every
 * program writes (period, reporter, partner, flow, product, value,
 * quantity, unit, currency, source), and the roll-up columns of
 * trade-agg (rows, months, month_mask).  An empty period, country, flow
 * or product is a roll-up over all of them.
 *
 * The common file, its ten columns in order, has a fast row: its fields
 * in their usual shapes are read straight into the row, from the
 * reader's chunk when the line is plain; any other shape goes through
 * the mapper, which says what is wrong with it.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "codes.h"
#include "num.h"
#include "period.h"
#include "tradefmt.h"

#define R(r)	TRADE_ROLE(r)

/* Whether the file is canonical with exactly its ten columns in their
 * order, and rows are wanted whole (the fast row can take them). */
static int
canon_layout(const struct trade_reader *r)
{
	static const int order[10] = { R_PERIOD, R_REP_ISO, R_PAR_ISO,
	    R_FLOW, R_PRODUCT, R_VALUE, R_QTY, R_UNIT, R_CURRENCY, R_SOURCE };
	int k;

	if (r->nhead != 10 || r->o.names || r->o.keep_product || r->o.source)
		return 0;
	for (k = 0; k < 10; k++)
		if (r->col[order[k]] != k)
			return 0;
	return r->col[R_ROWS] < 0 && r->col[R_MONTHS] < 0 &&
	    r->col[R_MONTH_MASK] < 0;
}

static int
canon_open(struct trade_reader *r)
{
	r->canon = !(r->o.flags & TRADE_NO_CANON) && canon_layout(r);
	return 1;
}

/* A country of three characters that the table knows: its code into
 * out; 0, or -1 when the mapper must say what it is.  Three capitals are
 * one load; another code (S19, areas nes, 2% of BACI's rows) is looked
 * up as the mapper looks it up, the last one kept (they come in runs,
 * and codes_lookup() of one costs thousands of instructions). */
static int
canon_country(const char *s, size_t len, char *out)
{
	static _Thread_local uint32_t last_key;
	static _Thread_local uint64_t last_word;
	const struct country *c;
	const char *c8;
	unsigned i;
	uint64_t w;
	uint32_t key;

	if (len != 3)
		return -1;
	if (codes_upper3(s, &i) && (w = codes_word3[i]) != 0) {
		memcpy(out, &w, 8);
		return 0;
	}
	key = (uint32_t)(unsigned char)s[0] | (uint32_t)(unsigned char)s[1] <<
	    8 | (uint32_t)(unsigned char)s[2] << 16 | 1u << 24;
	if (key != last_key) {
		if ((c = codes_lookup(s, len)) == NULL ||
		    (c8 = codes_code8(c)) == NULL)
			return -1;
		memcpy(&last_word, c8, 8);
		last_key = key;
	}
	memcpy(out, &last_word, 8);
	return 0;
}

/*
 * The common canonical row (canon_layout()): every field in its usual
 * shape, read straight from the fields, to the row trade_map_row() would
 * give.  0 done; -1 when a field is of another shape (empty, odd, bad):
 * trade_map_row() reads the row instead, and says what is wrong with it.
 */
static int
canon_fields(struct trade_reader *r, const char *const *f, const size_t *l,
    uint64_t line, int padded, struct trade_row *row)
{
	size_t i;
	unsigned k;
	int fit;

	if (period_parse_fast(f[0], l[0], &row->period) < 0 ||
	    canon_country(f[1], l[1], row->reporter) < 0 ||
	    canon_country(f[2], l[2], row->partner) < 0 || l[3] != 1 ||
	    (f[3][0] != 'M' && f[3][0] != 'X') || l[4] < 2 || l[4] > HS_MAX ||
	    l[4] % 2 != 0 || l[7] >= sizeof(row->unit) || (l[8] != 3 &&
	    l[8] != 0))
		return -1;
	row->flow = f[3][0] == 'M' ? FLOW_M : FLOW_X;
	for (i = 0; i < l[4]; i++)
		if ((unsigned)((row->product[i] = f[4][i]) - '0') > 9)
			return -1;
	row->product[l[4]] = '\0';
	/* the numbers as doubles and digit for digit, in one pass */
	if ((padded ? num_parse_fixed_padded(f[5], l[5], 0, &row->value,
	    &row->vfix, &fit) : num_parse_fixed(f[5], l[5], 0, &row->value,
	    &row->vfix, &fit)) != NUM_OK || row->value < 0)
		return -1;
	row->vread = row->value;
	row->digits = (unsigned char)trade_digits(fit, 0);
	row->quantity = NAN;
	if (l[6] > 0) {
		if ((padded ? num_parse_fixed_padded(f[6], l[6], 0,
		    &row->quantity, &row->qfix, &fit) : num_parse_fixed(f[6],
		    l[6], 0, &row->quantity, &row->qfix, &fit)) != NUM_OK)
			return -1;
		row->qread = row->quantity;
		row->digits |= (unsigned char)trade_digits(fit, 1);
	}
	for (i = 0; i < l[7]; i++)
		if ((unsigned char)(row->unit[i] = f[7][i]) >= 0x80)
			return -1;
	if (l[7] > 0 && (f[7][0] == 'N' || f[7][0] == '-'))
		return -1;	/* No Quantity, N/A, -1 */
	row->unit[l[7]] = '\0';
	memset(row->currency, 0, sizeof(row->currency));
	if (l[8] == 0)
		memcpy(row->currency, "USD", 4);
	else if (!codes_upper3(f[8], &k))
		return -1;
	else
		memcpy(row->currency, f[8], 3);
	row->source = f[9];
	row->rows = 1;
	row->months = row->month_mask = 0;
	row->classification = TRADE_CLASS_HS;
	row->breakdown = 0;
	row->reporter_name = row->partner_name = NULL;
	row->file = r->fname;
	row->line = line;
	row->format = FMT_CANONICAL;
	return 0;
}

int
trade_canon_row(struct trade_reader *r, struct trade_row *row)
{
	return canon_fields(r, r->fv, r->fl, csvr_line(r->csv), 0, row);
}

/*
 * canon_fields() on the next line where it lies in the reader's chunk
 * (csvr_peek()), not made a record first: 1 a row; 0 when the line is
 * not a plain one of ten common fields, and csvr_next() takes it.
 */
int
trade_canon_line(struct trade_reader *r, struct trade_row *row)
{
	char *f[10];
	size_t l[10], take;

	if (csvr_peek(r->csv, f, l, 10, &take) != 10 ||
	    canon_fields(r, (const char *const *)f, l,
	    csvr_next_line(r->csv), 1, row) < 0)
		return 0;
	f[9][l[9]] = '\0';	/* the source's end */
	csvr_take(r->csv, take);
	return 1;
}

const struct trade_format_ops fmt_canonical = {
	.fmt = FMT_CANONICAL,
	.name = "canonical",
	.cols = {
		[R_PERIOD] = "period", [R_REP_ISO] = "reporter",
		[R_PAR_ISO] = "partner", [R_FLOW] = "flow",
		[R_PRODUCT] = "product", [R_VALUE] = "value",
		[R_QTY] = "quantity", [R_UNIT] = "unit",
		[R_CURRENCY] = "currency", [R_SOURCE] = "source",
		[R_ROWS] = "rows", [R_MONTHS] = "months",
		[R_MONTH_MASK] = "month_mask" },
	.required = R(R_PERIOD) | R(R_REP_ISO) | R(R_PAR_ISO) | R(R_FLOW) |
	    R(R_PRODUCT) | R(R_VALUE),
	.currency = "USD",
	.flow = FLOW_NONE,
	.flags = TF_ROLLUPS | TF_ZERO_QTY,
	.open = canon_open,
};
