/*
 * test_parse.c - numbers, periods, flows, HS codes, country codes.
 */
#include <stdint.h>
#include <stdlib.h>

#include "codes.h"
#include "flow.h"
#include "hs.h"
#include "num.h"
#include "trade.h"
#include "period.h"
#include "test.h"

static double
num(const char *s, enum num_status want)
{
	double v = -1;

	CHECK(num_parse(s, strlen(s), &v) == want);
	return v;
}

static long long
exp10_int(int k)
{
	long long v = 1;

	while (k-- > 0)
		v *= 10;
	return v;
}

static int
per(const char *s)
{
	int p = -1;

	if (period_parse(s, strlen(s), &p) < 0)
		return -1;
	return p;
}

static const char *
hs(const char *s)
{
	static char out[HS_MAX + 1];

	if (hs_parse(s, strlen(s), out) < 0)
		return "(bad)";
	return out;
}

static const char *
cc(const char *s)
{
	const struct country *c = codes_lookup(s, strlen(s));

	return c ? c->code : "(none)";
}

int
main(void)
{
	char buf[NUM_BUFSZ];
	double v;

	/* numbers */
	CHECK_NEAR(num("2.385", NUM_OK), 2.385, 0);
	CHECK_NEAR(num(" -119833.58 ", NUM_OK), -119833.58, 0);
	CHECK_NEAR(num("1e3", NUM_OK), 1000, 0);
	num("", NUM_EMPTY);
	num("  ", NUM_EMPTY);
	num("12.5x", NUM_BAD);
	num("0x1p3", NUM_BAD);
	num("nan", NUM_RANGE);
	num("Inf", NUM_RANGE);
	num("1e400", NUM_RANGE);
	num("1,234.5", NUM_THOUSANDS);
	num("1,234,567", NUM_THOUSANDS);
	num("12,5", NUM_COMMA);
	num("1,000", NUM_THOUSANDS);	/* a thousand, not 1 */
	num("-12,345", NUM_THOUSANDS);
	num("0,125", NUM_COMMA);
	num("1,0000", NUM_COMMA);
	num("-", NUM_BAD);
	CHECK(num_parse_scaled("1223.702", 8, 3, &v) == NUM_OK && v == 1223702);
	CHECK(num_parse_scaled("119833.58", 9, 6, &v) == NUM_OK &&
	    v == 119833580000.0);
	CHECK(num_parse_scaled("0.001435", 8, 6, &v) == NUM_OK && v == 1435);
	CHECK(num_parse_scaled("", 0, 6, &v) == NUM_EMPTY);
	CHECK(num_parse_scaled("x", 1, 6, &v) == NUM_BAD);
	CHECK_STR(num_format(231288900000.0, buf), "231288900000");
	CHECK_STR(num_format(0.4522, buf), "0.4522");
	CHECK_STR(num_format(1.5e-7, buf), "0.00000015");
	CHECK_STR(num_format(2.4e21, buf), "2.4e+21");
	CHECK_STR(num_format(-2.385, buf), "-2.385");
	CHECK_STR(num_format(0.1 + 0.2, buf), "0.3");
	CHECK_STR(num_format(123456789012345678.0, buf), "123456789012346000");

	/* the printf-free path prints what "%.15g" prints */
	{
		uint64_t x = 88172645463325252ULL;
		char ref[64];
		int i, bad = 0;

		for (i = 0; i < 200000; i++) {
			double d;

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			switch (i % 4) {
			case 0:
				d = (double)(x % 100000000000ULL) / 100;
				break;
			case 1:
				d = (double)(x % 1000000000ULL) / 1000;
				break;
			case 2:
				d = (double)(x >> 11) / 9007199254740992.0 * 1e6;
				break;
			default:
				d = -(double)(x % 1000000ULL) / 1000000;
			}
			snprintf(ref, sizeof(ref), "%.15g", d);
			if (strchr(ref, 'e') == NULL &&
			    strcmp(num_format(d, buf), ref) != 0 && bad++ < 5)
				fprintf(stderr, "num_format(%.17g) = %s, "
				    "%%.15g = %s\n", d, buf, ref);
		}
		CHECK(bad == 0);
	}

	/* Clinger's fast path gives strtod's bits */
	{
		uint64_t x = 0x2545f4914f6cdd1dULL;
		char in[64];
		int i, bad = 0;

		for (i = 0; i < 200000; i++) {
			double a, b;
			int len;

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			len = snprintf(in, sizeof(in), "%s%llu.%0*llu",
			    i % 7 ? "" : "-", (unsigned long long)(x >> 20) %
			    (i % 2 ? 10000000ULL : 100000000000000000ULL),
			    (int)(x % 9) + 1, (unsigned long long)(x % 1000000000ULL)
			    % (unsigned long long)exp10_int((int)(x % 9) + 1));
			b = strtod(in, NULL);
			if (num_parse(in, (size_t)len, &a) != NUM_OK ||
			    memcmp(&a, &b, sizeof(a)) != 0) {
				if (bad++ < 5)
					fprintf(stderr, "num_parse(%s) = %.17g, "
					    "strtod %.17g\n", in, a, b);
			}
		}
		CHECK(bad == 0);
	}

	/* the fast path's edges (19 digits, one more; a point or a sign
	 * alone; leading zeros): strtod's bits, or refused as strtod does */
	{
		static const char *const good[] = {
			"9999999999999999999", "99999999999999999999",
			"18446744073709551615", "18446744073709551616",
			"9007199254740993", "9007199254740992", "1.", ".5",
			"+.5", "-0", "-0.0", "0.0000000000000000000001",
			"000000000000000000000000001", "12345678901234567.89",
			"1234567890123456789.0", "0.1234567890123456789",
			"-999999999999999999.9"
		};
		static const char *const bad[] = {
			".", "-", "+", "-.", "1.2.3", "1-", "1e", "--1"
		};
		size_t i;

		for (i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
			double a = -1, b = strtod(good[i], NULL);

			CHECK(num_parse(good[i], strlen(good[i]), &a) ==
			    NUM_OK && memcmp(&a, &b, sizeof(a)) == 0);
		}
		for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
			double a;

			CHECK(num_parse(bad[i], strlen(bad[i]), &a) == NUM_BAD);
		}
	}

	/* num_parse_padded() is num_parse(): status and bits, on fields of
	 * digits, points, signs, spaces and letters, 0 to 20 bytes, each
	 * followed by bytes it may read but must not take (digits, points) */
	{
		static const char pick[] = "0123456789012345678901234567."
		    "..+- e,x";
		uint64_t x = 0x853c49e6748fea9bULL;
		char in[64];
		int i, bad = 0, fast = 0;

		for (i = 0; i < 300000; i++) {
			double a = -1, b = -2;
			size_t len, k;
			enum num_status sa, sb;

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			len = (size_t)(x % 21);
			for (k = 0; k < sizeof(in); k++) {
				x ^= x << 13, x ^= x >> 7, x ^= x << 17;
				/* the field: mostly digits and a point */
				in[k] = k < len && x % 8 < 7 ? pick[(x >> 8) %
				    29] : pick[(x >> 8) % (sizeof(pick) - 1)];
			}
			sa = num_parse_padded(in, len, &a);
			sb = num_parse(in, len, &b);
			fast += sa == NUM_OK;
			if ((sa != sb || (sa == NUM_OK && memcmp(&a, &b,
			    sizeof(a)) != 0)) && bad++ < 5)
				fprintf(stderr, "num_parse_padded(%.*s) = %d "
				    "%.17g, num_parse %d %.17g\n", (int)len, in,
				    (int)sa, a, (int)sb, b);
		}
		CHECK(bad == 0 && fast > 10000);
	}

	/* the scaled fast path (BACI's thousands, the IMF's millions) gives
	 * strtod's bits for the decimal with the exponent written out */
	{
		uint64_t x = 0x9e3779b97f4a7c15ULL;
		char in[64], ex[80];
		int i, bad = 0;
		static const int pw[] = { 3, 6, 9, -3 };

		for (i = 0; i < 200000; i++) {
			double a, b;
			int len, p = pw[i % 4];

			x ^= x << 13, x ^= x >> 7, x ^= x << 17;
			len = snprintf(in, sizeof(in), "%llu.%0*llu",
			    (unsigned long long)(x >> 20) % (i % 3 ?
			    1000000ULL : 10000000000000ULL), (int)(x % 6) + 1,
			    (unsigned long long)(x % 1000000ULL) %
			    (unsigned long long)exp10_int((int)(x % 6) + 1));
			snprintf(ex, sizeof(ex), "%se%d", in, p);
			b = strtod(ex, NULL);
			if (num_parse_scaled(in, (size_t)len, p, &a) != NUM_OK ||
			    memcmp(&a, &b, sizeof(a)) != 0) {
				if (bad++ < 5)
					fprintf(stderr, "num_parse_scaled(%s, %d) = "
					    "%.17g, strtod %.17g\n", in, p, a, b);
			}
		}
		CHECK(bad == 0);
	}

	/* counters of lines, bytes and rows are 64-bit: files over 4 GiB and
	 * 2^31 rows are counted and addressed (the types, not a 4 GiB file) */
	CHECK(sizeof(csvr_line(NULL)) == 8);
	CHECK(sizeof(csvr_bytes(NULL)) == 8);
	CHECK(sizeof(trade_bytes(NULL)) == 8);
	CHECK(sizeof(((struct trade_row *)NULL)->line) == 8);
	CHECK(sizeof(trade_skipped(NULL)) == 8);

	/* periods */
	CHECK(per("2023") == 202300);
	CHECK(per("202304") == 202304);
	CHECK(per("2023-04") == 202304);
	CHECK(per("2017-01-01") == 201701);
	CHECK(per("2023M04") == 202304);
	CHECK(per("2023-M04") == 202304);
	CHECK(per("Aug. 2024") == 202408);
	CHECK(per("May. 2019") == 201905);
	CHECK(per("Aug 2024") == 202408);
	CHECK(per("201901-Jan. 2019") == 201901);
	CHECK(per("Jan.-Dec. 2016") == 201600);
	CHECK(per("Y2019") == 201900);
	CHECK(per("202313") == -1);
	CHECK(per("202300") == -1);
	CHECK(per("1850") == -1);
	CHECK(per("20x3") == -1);
	CHECK(per("") == -1);
	CHECK_STR(period_format(202304, buf), "2023-04");
	CHECK_STR(period_format(202300, buf), "2023");
	CHECK(period_index(202401) - period_index(202312) == 1);
	CHECK(period_from_index(period_index(202312) + 1, 202312) == 202401);
	CHECK_NEAR(period_years_between(201600, 202400), 8, 0);
	CHECK_NEAR(period_years_between(202301, 202310), 0.75, 1e-15);
	{
		struct period_range r;

		CHECK(period_range_parse("2021..2023", &r) == 0);
		CHECK(period_in_range(202100, &r) && period_in_range(202307, &r));
		CHECK(!period_in_range(202400, &r));
		CHECK(period_range_parse("2022-03..2023-12", &r) == 0);
		CHECK(!period_in_range(202202, &r) && period_in_range(202203, &r));
		CHECK(period_range_parse("2021..", &r) == 0 &&
		    period_in_range(209901, &r));
		CHECK(period_range_parse("2024..2021", &r) < 0);
		CHECK(period_range_parse("x..2021", &r) < 0);
	}

	/* flows */
	CHECK(flow_parse("M", 1) == FLOW_M);
	CHECK(flow_parse("Export", 6) == FLOW_X);
	CHECK(flow_parse("Re-Export", 9) == FLOW_RX);
	CHECK(flow_parse("Re-Import", 9) == FLOW_RM);
	CHECK(flow_parse("2-EXPORT", 8) == FLOW_X);
	CHECK(flow_parse("IMPORT", 6) == FLOW_M);
	CHECK(flow_parse("3", 1) == FLOW_RX);
	CHECK(flow_parse("4", 1) == FLOW_RM);
	CHECK(flow_parse("MG", 2) == FLOW_M);
	CHECK(flow_parse("rx", 2) == FLOW_RX);
	CHECK(flow_parse("sideways", 8) == FLOW_NONE);
	CHECK(flow_mirror(FLOW_X) == FLOW_M);

	/* HS codes */
	CHECK_STR(hs("10121"), "010121");
	CHECK_STR(hs("854231"), "854231");
	CHECK_STR(hs("101"), "0101");
	CHECK_STR(hs("8703"), "8703");
	CHECK_STR(hs("1"), "01");
	CHECK_STR(hs("TOTAL"), "TOTAL");
	CHECK_STR(hs("Total"), "TOTAL");
	CHECK_STR(hs("TOTAL-Total"), "TOTAL");
	CHECK_STR(hs("AG4"), "AG4");
	CHECK_STR(hs("8542-Electronic integrated circuits"), "8542");
	CHECK_STR(hs("85x2"), "(bad)");
	CHECK_STR(hs(""), "(bad)");
	CHECK_STR(hs("1234567890123"), "(bad)");
	CHECK(hs_level("854231") == 6 && hs_level("TOTAL") == 0);
	CHECK(hs_has_prefix("854231", "8542") && !hs_has_prefix("854", "8542"));
	CHECK(!hs_has_prefix("8542", "TOTAL"));

	/* country codes */
	CHECK_STR(cc("RUS"), "RUS");
	CHECK_STR(cc("rus"), "RUS");
	CHECK_STR(cc("643"), "RUS");
	CHECK_STR(cc("036"), "AUS");
	CHECK_STR(cc("842"), "USA");
	CHECK_STR(cc("840"), "USA");
	CHECK_STR(cc("251"), "FRA");
	CHECK_STR(cc("699"), "IND");
	CHECK_STR(cc("757"), "CHE");
	CHECK_STR(cc("579"), "NOR");
	CHECK_STR(cc("490"), "S19");
	CHECK_STR(cc("Russian Federation"), "RUS");
	CHECK_STR(cc("Türkiye"), "TUR");
	CHECK_STR(cc("France (incl. Saint Barthélemy 'BL' -> 2012)"), "FRA");
	CHECK_STR(cc("Ireland (Eire)"), "IRL");
	CHECK_STR(cc("W00"), "WLD");
	CHECK_STR(cc("G001"), "WLD");
	CHECK_STR(cc("0"), "WLD");
	CHECK_STR(cc("Atlantis"), "(none)");
	CHECK(codes_is_aggregate("WLD") && !codes_is_aggregate("USA"));
	CHECK(codes_is_aggregate("EU27") && !codes_is_aggregate("S19"));
	CHECK(!codes_is_aggregate("not a code"));
	return test_done("test_parse");
}
