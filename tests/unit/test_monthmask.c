/*
 * test_monthmask.c - the month_mask column: letters written, letters
 * and the older hex read back to the same months.
 */
#include <string.h>

#include "monthmask.h"
#include "test.h"

static int
parse(const char *s, int *mask)
{
	return monthmask_parse(s, strlen(s), mask);
}

int
main(void)
{
	char buf[MONTHMASK_LEN + 1];
	int m, mask;

	CHECK_STR(monthmask_format(0xfff, buf), "JFMAMJJASOND");
	CHECK_STR(monthmask_format(0x0e0, buf), ".....JJA....");
	CHECK_STR(monthmask_format(0x100, buf), "........S...");
	CHECK_STR(monthmask_format(0x801, buf), "J..........D");
	CHECK_STR(monthmask_format(0xa55, buf), "J.M.M.J..O.D");
	/* every mask reads back from its letters and from its hex */
	for (m = 0; m <= 0xfff; m++) {
		char hex[8];

		mask = -1;
		CHECK(parse(monthmask_format(m, buf), &mask) == 0 &&
		    mask == m);
		snprintf(hex, sizeof(hex), "%03x", (unsigned)m);
		mask = -1;
		CHECK(parse(hex, &mask) == 0 && mask == m);
	}
	CHECK(parse("0e0", &mask) == 0 && mask == 0x0e0);
	CHECK(parse("100", &mask) == 0 && mask == 0x100);
	CHECK(parse("FFF", &mask) == 0 && mask == 0xfff);
	CHECK(parse("7", &mask) == 0 && mask == 7);
	CHECK(parse("............", &mask) == 0 && mask == 0);
	/* a letter in another month's place, lower case, other lengths */
	CHECK(parse("JFMAMJJASODN", &mask) < 0);
	CHECK(parse("jfmamjjasond", &mask) < 0);
	CHECK(parse(".....JJA...", &mask) < 0);
	CHECK(parse(".....JJA.....", &mask) < 0);
	/* a dash, which a spreadsheet takes for a formula, is not written */
	CHECK(parse("-----JJA----", &mask) < 0);
	CHECK(parse("1000", &mask) < 0);
	CHECK(parse("0x1", &mask) < 0);
	CHECK(parse("0e", &mask) == 0 && mask == 0x0e);
	CHECK(parse("-1", &mask) < 0);
	CHECK(parse("", &mask) < 0);
	CHECK(parse(" e0", &mask) < 0);
	return test_done("test_monthmask");
}
