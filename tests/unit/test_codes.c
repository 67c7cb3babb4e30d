/*
 * test_codes.c - the country table against its sources: every label of
 * data/codes/comext.csv resolves to its code, and the names Comext
 * writes with a "(...)" that stripping it would resolve wrongly are
 * exceptions of the table, each one checked.
 */
#include <stdio.h>
#include <string.h>

#include "codes.h"
#include "csvio.h"
#include "test.h"

static const char *
code_of(const char *s)
{
	const struct country *c = codes_lookup(s, strlen(s));

	return c ? c->code : "(unknown)";
}

int
main(void)
{
	/* name, right code, what the name before " (" alone gives */
	static const char *paren[][3] = {
		{ "Congo (Dem. Rep.)", "COD", "COG" },
		{ "China (Hong Kong)", "HKG", "CHN" },
		{ "Guinea (Bissau)", "GNB", "GIN" },
		{ "Samoa (American)", "ASM", "WSM" },
		{ "Virgin Islands (British)", "VGB", "(unknown)" },
		{ "Korea (North)", "PRK", "(unknown)" },
	};
	const char *err;
	struct csvr *r;
	size_t i, n = 0, nparen = 0;

	for (i = 0; i < sizeof(paren) / sizeof(paren[0]); i++) {
		char head[64];

		CHECK_STR(code_of(paren[i][0]), paren[i][1]);
		snprintf(head, sizeof(head), "%.*s",
		    (int)(strstr(paren[i][0], " (") - paren[i][0]),
		    paren[i][0]);
		CHECK_STR(code_of(head), paren[i][2]);
	}

	/* every row of the Comext table, and every one with "(...)" is an
	 * exception that must not fall back to its stripped name */
	r = csvr_open("data/codes/comext.csv", ',', CSV_ENC_UTF8, &err);
	CHECK(r != NULL);
	if (r == NULL)
		return test_done("test_codes");
	CHECK(csvr_next(r) == 1);	/* the header */
	while (csvr_next(r) == 1) {
		const char *alias = csvr_field(r, 0), *code = csvr_field(r, 1);

		CHECK_STR(code_of(alias), code);
		if (strstr(alias, " (") != NULL)
			nparen++;
		n++;
	}
	csvr_close(r);
	CHECK(n > 700);
	CHECK(nparen >= 20);

	/* the labels of the issue */
	CHECK_STR(code_of("St Lucia"), "LCA");
	CHECK_STR(code_of("St Kitts and Nevis"), "KNA");
	CHECK_STR(code_of("North Korea"), "PRK");
	CHECK_STR(code_of("Laos"), "LAO");
	CHECK_STR(code_of("DR Congo"), "COD");
	CHECK_STR(code_of("Occupied Palestinian Territory"), "PSE");
	CHECK_STR(code_of("Extra-EU27"), "EXT_EU27");
	CHECK_STR(code_of("Intra-EU27"), "INT_EU27");
	CHECK(codes_is_aggregate("EXT_EU27"));
	CHECK(codes_is_aggregate("INT_EU27"));
	/* French and German, in any case */
	CHECK_STR(code_of("Russie"), "RUS");
	CHECK_STR(code_of("RUSSLAND"), "RUS");
	CHECK_STR(code_of("Vereinigte Staaten"), "USA");
	CHECK_STR(code_of("Corée du Nord"), "PRK");
	return test_done("test_codes");
}
