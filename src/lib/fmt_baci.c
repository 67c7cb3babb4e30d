/*
 * fmt_baci.c - CEPII's BACI: t, i, j, k, v, q (year, exporter, importer,
 * HS6 product, value in thousands of dollars, tonnes).  The countries
 * are numbers (M49 mostly, with BACI's own such as 490 for "Other Asia")
 * that its country_codes file turns into ISO3 (--countries); the codes
 * that file lacks, or gives as "N/A", are looked up as numbers.
 */
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "hs.h"
#include "num.h"
#include "period.h"
#include "tradefmt.h"
#include "util.h"

#define R(r)	TRADE_ROLE(r)

/* Load BACI's country_codes file (three layouts seen) into r->bmap,
 * once per reader, whatever the format of the files (a bad country file
 * is an error at once). */
static int
baci_setup(struct trade_reader *r)
{
	const char *err;
	struct csvr *c;
	int ccode = -1, ciso = -1;
	size_t i, cap = 0;

	if (r->o.countries == NULL)
		return 0;
	if ((c = csvr_open(r->o.countries, 0, CSV_ENC_AUTO, &err)) == NULL) {
		snprintf(r->err, sizeof(r->err), "%s: %s", r->o.countries, err);
		return -1;
	}
	if (csvr_next(c) != 1) {
		snprintf(r->err, sizeof(r->err), "%s:1: empty country file",
		    r->o.countries);
		csvr_close(c);
		return -1;
	}
	for (i = 0; i < csvr_nfields(c); i++) {
		const char *h = csvr_field(c, i);

		if (util_strcasecmp(h, "country_code") == 0)
			ccode = (int)i;
		else if (util_strcasecmp(h, "iso_3digit_alpha") == 0 ||
		    util_strcasecmp(h, "country_iso3") == 0)
			ciso = (int)i;
	}
	if (ccode < 0 || ciso < 0) {
		snprintf(r->err, sizeof(r->err), "%s:1: a BACI country file "
		    "has columns country_code and country_iso3 (or "
		    "iso_3digit_alpha)", r->o.countries);
		csvr_close(c);
		return -1;
	}
	for (;;) {
		int st = csvr_next(c);
		const char *num, *iso;
		char *end;
		long v;

		if (st == 0)
			break;
		if (st < 0) {
			snprintf(r->err, sizeof(r->err), "%s", csvr_error(c));
			csvr_close(c);
			return -1;
		}
		num = csvr_field(c, (size_t)ccode);
		iso = csvr_field(c, (size_t)ciso);
		v = strtol(num, &end, 10);
		if (*num == '\0' || *end != '\0' || strlen(iso) >= CODE_MAX) {
			snprintf(r->err, sizeof(r->err), "%s:%llu: column "
			    "'country_code': not a code: '%s'", r->o.countries,
			    (unsigned long long)csvr_line(c),
			    util_excerpt(num, strlen(num)));
			csvr_close(c);
			return -1;
		}
		if (r->nbmap == cap) {
			cap = cap ? cap * 2 : 256;
			r->bmap = xrealloc(r->bmap, cap * sizeof(*r->bmap));
		}
		r->bmap[r->nbmap].num = v;
		snprintf(r->bmap[r->nbmap].iso, CODE_MAX, "%s", iso);
		r->nbmap++;
	}
	csvr_close(c);
	/* numbers resolved once, not per row: the first entry of a number
	 * whose ISO3 is known (an "N/A" falls through to the number) */
	r->bres = xcalloc(BDIRECT, sizeof(*r->bres));
	for (i = r->nbmap; i-- > 0;) {
		const struct country *k;

		if (r->bmap[i].num >= 0 && r->bmap[i].num < BDIRECT &&
		    (k = codes_lookup(r->bmap[i].iso,
		    strlen(r->bmap[i].iso))) != NULL)
			r->bres[r->bmap[i].num] = k;
	}
	return 0;
}

/* The code of a country found into out: one 8-byte store when it is
 * shorter than 8 bytes. */
static void
put_code(char *out, const struct country *c)
{
	const char *c8 = codes_code8(c);

	if (c8 != NULL)
		memcpy(out, c8, 8);
	else
		strcpy(out, c->code);
}

/* A number of the country file: its country into out; 0, or 1 when the
 * file does not say (the code table is tried). */
static int
baci_code(struct trade_reader *r, const char *s, size_t len, char *out)
{
	const struct country *c;
	const char *end = s;
	long v = 0;
	size_t i;

	if (r->nbmap == 0)
		return 1;
	while (end < s + len && *end >= '0' && *end <= '9' &&
	    v < 100000000000L)
		v = v * 10 + (*end++ - '0');
	if (end == s + len && v < BDIRECT) {
		if ((c = r->bres[v]) != NULL) {
			put_code(out, c);
			return 0;
		}
	} else if (end == s + len)
		for (i = 0; i < r->nbmap; i++)
			/* an iso3 of "N/A" (490 in V2022-3) falls through
			 * to the numeric code */
			if (r->bmap[i].num == v && (c =
			    codes_lookup(r->bmap[i].iso,
			    strlen(r->bmap[i].iso))) != NULL) {
				put_code(out, c);
				return 0;
			}
	return 1;
}

/* The code table's country of each number 1..999 as BACI writes it,
 * or NULL, and its code as the 8-byte word put_code() stores (0 for a
 * longer code): made once, read by every reader's threads.  The word
 * is one load where codes_code8() found it through the table's index
 * (a division and a miss, 10% of reading BACI's rows). */
static const struct country *num_country[1000];
static uint64_t num_word[1000];
static pthread_once_t num_once = PTHREAD_ONCE_INIT;

static void
num_init(void)
{
	const char *c8;
	char b[8];
	int v, n;

	for (v = 1; v < 1000; v++) {
		n = snprintf(b, sizeof(b), "%d", v);
		num_country[v] = codes_lookup(b, (size_t)n);
		if (num_country[v] != NULL &&
		    (c8 = codes_code8(num_country[v])) != NULL)
			memcpy(&num_word[v], c8, 8);
	}
}

/* Whether the file is BACI's six columns in their order, read with a
 * point for the decimal mark, and rows are wanted whole: its common
 * lines then go to baci_line() first. */
static int
baci_open(struct trade_reader *r)
{
	static const int order[6] = { R_PERIOD, R_REP_CODE, R_PAR_CODE,
	    R_PRODUCT, R_VALUE, R_QTY };
	int k;

	r->fastline = 0;
	if ((r->o.flags & TRADE_NO_CANON) || r->nhead != 6 || r->o.names ||
	    r->o.keep_product || r->decmark >= 0)
		return 1;
	for (k = 0; k < 6; k++)
		if (r->col[order[k]] != k)
			return 1;
	r->fastline = 1;
	/* baci_line()'s table, before any thread reads a block */
	pthread_once(&num_once, num_init);
	return 1;
}

/* A country number as trade_map_row() reads it: the country file's,
 * else the code table's; -1 when the mapper must say what it is.
 * baci_open() made the table (baci_line() is its only caller). */
static inline int
baci_country(struct trade_reader *r, const char *s, size_t len, char *out)
{
	const struct country *c;
	uint64_t w;

	if (len == 0 || (len == 2 && s[0] == 'N' && s[1] == 'A'))
		return -1;
	if (r->nbmap != 0 && baci_code(r, s, len, out) == 0)
		return 0;
	/* without a country file, the code table's country of a number of
	 * three digits at most (no leading zero: "051" may be another
	 * code), from the table made once */
	if (r->nbmap == 0 && len <= 3 && s[0] > '0' && s[0] <= '9' &&
	    (len < 2 || (unsigned)(s[1] - '0') < 10) &&
	    (len < 3 || (unsigned)(s[2] - '0') < 10)) {
		size_t v = (size_t)(s[0] - '0');

		if (len > 1)
			v = v * 10 + (size_t)(s[1] - '0');
		if (len > 2)
			v = v * 10 + (size_t)(s[2] - '0');
		if ((w = num_word[v]) != 0) {
			memcpy(out, &w, 8);
			return 0;
		}
		c = num_country[v];
	} else
		c = codes_lookup(s, len);
	if (c == NULL)
		return -1;
	put_code(out, c);
	return 0;
}

/* hs_parse() of the usual product, six digits, in one load and store:
 * its digits and two NULs (the reader's chunk can be read 8 bytes from
 * a field on, CSVR_PAD); any other code goes to hs_parse(). */
static inline int
baci_product(const char *s, size_t len, char *out)
{
	const uint64_t ones = 0x0101010101010101ULL;
	uint64_t w, x;

	if (len != 6)
		return hs_parse(s, len, out);
	memcpy(&w, s, 8);
	x = w << 16 | (ones * '0' & 0xffff);
	if ((x & (ones * 0xf0)) != ones * 0x30 ||
	    ((x + ones * 6) & (ones * 0xf0)) != ones * 0x30)
		return hs_parse(s, len, out);
	w &= 0x0000ffffffffffffULL;
	memcpy(out, &w, 8);
	return 6;
}

/*
 * The common BACI line (baci_open()), read where it lies in the reader's
 * chunk, to the row trade_map_row() would make of it: a year, two
 * countries known, an HS code, a value and a quantity that read as
 * numbers.  Anything else (a bad field, a quote, the header again) goes
 * to the mapper, which says what is wrong with it (test_baci.c reads
 * rows both ways).
 */
static int
baci_line(struct trade_reader *r, struct trade_row *row)
{
	const struct trade_format_ops *s = r->spec;
	enum num_status st;
	char *f[6];
	size_t l[6], take;
	double q;
	int fit;

	if (csvr_peek(r->csv, f, l, 6, &take) != 6 ||
	    period_parse_fast(f[0], l[0], &row->period) < 0 ||
	    baci_country(r, f[1], l[1], row->reporter) < 0 ||
	    baci_country(r, f[2], l[2], row->partner) < 0 ||
	    baci_product(f[3], l[3], row->product) < 0 ||
	    num_parse_fixed_padded(f[4], l[4], s->pow10, &row->value,
	    &row->vfix, &fit) != NUM_OK || row->value < 0)
		return 0;
	row->vread = row->value;
	row->digits = (unsigned char)trade_digits(fit, 0);
	row->quantity = NAN;
	if (!(l[5] == 2 && f[5][0] == 'N' && f[5][1] == 'A')) {
		st = num_parse_fixed_padded(f[5], l[5], 0, &q, &row->qfix,
		    &fit);
		if (st == NUM_OK) {
			row->quantity = row->qread = q;
			row->digits |= (unsigned char)trade_digits(fit, 1);
		} else if (st != NUM_EMPTY)
			return 0;
	}
	row->flow = s->flow;
	/* fmt_baci.unit and .currency (below) as words, not strcpy() */
	memcpy(row->unit, "t\0\0\0\0\0\0", 8);
	memset(row->currency, 0, sizeof(row->currency));
	if (r->currency[0])
		strcpy(row->currency, r->currency);
	else
		memcpy(row->currency, "USD", 4);
	row->source = r->source;
	row->rows = 1;
	row->months = row->month_mask = 0;
	row->classification = TRADE_CLASS_HS;
	row->breakdown = 0;
	row->reporter_name = row->partner_name = NULL;
	row->file = r->fname;
	row->line = csvr_next_line(r->csv);
	row->format = s->fmt;
	csvr_take(r->csv, take);
	return 1;
}

const struct trade_format_ops fmt_baci = {
	.fmt = FMT_BACI,
	.name = "baci",
	.label = "CEPII BACI",
	.cols = {
		[R_PERIOD] = "t", [R_REP_CODE] = "i", [R_PAR_CODE] = "j",
		[R_PRODUCT] = "k", [R_VALUE] = "v", [R_QTY] = "q" },
	.required = R(R_PERIOD) | R(R_REP_CODE) | R(R_PAR_CODE) |
	    R(R_PRODUCT) | R(R_VALUE),
	.pow10 = 3,
	.currency = "USD",
	.flow = FLOW_X,
	.unit = "t",
	.setup = baci_setup,
	.open = baci_open,
	.code = baci_code,
	.line = baci_line,
};
