/*
 * test_period.c - period labels: every spelling the trade files use, and
 * nothing that only starts like one.
 */
#include <string.h>

#include "period.h"
#include "test.h"

static int
per(const char *s)
{
	int p = -1;

	if (period_parse(s, strlen(s), &p) < 0)
		return -1;
	return p;
}

int
main(void)
{
	static const char *bad[] = {
		/* text after a period, or a period inside text */
		"201901-Janitor", "201901-Jan\nEOD\nsystem(\"id\")",
		"201901-Jan. 2018", "201902-Jan. 2019", "201901-", "201913-Jan",
		"201900-Jan", "2023x", "2023-04x", "2023-04-01x", "2023M04x",
		"Aug. 2024x", "Augur 2024", "Au 2024", "August. 2024",
		"Aug  2024", "Aug 20245", "Aug", "2024 Aug", "Y20190",
		"Jan.-Dec. 2016x", "xJan.-Dec. 2016", "2023\n", "2023\r",
		"20230", "2023040", "202304011", "201953", "201952-Jan.-Dec. 2018",
		"201952-Jan. 2019", "201952-Jan.-Dec.x",
		/* dates and months that do not exist */
		"2023-02-31", "2023-02-29", "2100-02-29", "2023-04-31",
		"2023-04-00", "2023-00-01", "2023-13", "2023-00", "2023M13",
		"2023M00", "2023-M13", "2023-1", "2023-001",
		"202300", "202313", "1850", "2200", "0000", "20x3", "", " ",
		"-2023", "+2023", "2023.0", "2e3"
	};
	size_t i;

	/* the spellings of the trade files */
	CHECK(per("2023") == 202300);
	CHECK(per(" 2023\t") == 202300);
	CHECK(per("202304") == 202304);
	CHECK(per("2023-04") == 202304);
	CHECK(per("2017-01-01") == 201701);
	CHECK(per("2024-02-29") == 202402);
	CHECK(per("2000-02-29") == 200002);
	CHECK(per("2023-04-30") == 202304);
	CHECK(per("2023M04") == 202304);
	CHECK(per("2023m04") == 202304);
	CHECK(per("2023-M04") == 202304);
	CHECK(per("Aug. 2024") == 202408);
	CHECK(per("May. 2019") == 201905);
	CHECK(per("Aug 2024") == 202408);
	CHECK(per("aug 2024") == 202408);
	CHECK(per("August 2024") == 202408);
	CHECK(per("September 2019") == 201909);
	CHECK(per("Sep. 2019") == 201909);
	CHECK(per("201901-Jan. 2019") == 201901);
	CHECK(per("201912-Dec.") == 201912);
	CHECK(per("201912-December 2019") == 201912);
	CHECK(per("Jan.-Dec. 2016") == 201600);
	/* Comext's annual code, with its label or without */
	CHECK(per("201952") == 201900);
	CHECK(per("201952-Jan.-Dec. 2019") == 201900);
	CHECK(per("201952-Jan.-Dec.") == 201900);
	CHECK(per("Y2019") == 201900);
	CHECK(per("1900") == 190000);
	CHECK(per("2199-12") == 219912);

	/* and nothing else: each is an error, not a period */
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		int p = per(bad[i]);

		if (p != -1)
			fprintf(stderr, "'%s' read as %d\n", bad[i], p);
		CHECK(p == -1);
	}
	/* the length given is the text: what follows is not read */
	{
		int p = 0;

		CHECK(period_parse("2023-04junk", 7, &p) == 0 && p == 202304);
		CHECK(period_parse("2023-04junk", 8, &p) < 0);
	}
	/* ranges of any two spellings, both ends checked */
	{
		struct period_range r;

		CHECK(period_range_parse("2023..2023-04", &r) == 0 &&
		    r.lo == 202300 && r.hi == 202304);
		CHECK(period_range_parse("Jan.-Dec. 2021..Apr 2023", &r) == 0 &&
		    r.lo == 202100 && r.hi == 202304);
		CHECK(period_range_parse("2021M01..202312", &r) == 0 &&
		    r.lo == 202101 && r.hi == 202312);
		CHECK(period_range_parse("Aug. 2024..Sep. 2024", &r) == 0 &&
		    r.lo == 202408 && r.hi == 202409);
		CHECK(period_range_parse("201912-Dec...2020", &r) == 0 &&
		    r.lo == 201912 && r.hi == 202012);
		CHECK(period_range_parse("2023-04-01..2023-06-30", &r) == 0 &&
		    r.lo == 202304 && r.hi == 202306);
		CHECK(period_range_parse("Y2019..2021", &r) == 0 &&
		    r.lo == 201900 && r.hi == 202112);
		CHECK(period_range_parse("..2023-04", &r) == 0 && r.lo == 0 &&
		    r.hi == 202304);
		CHECK(period_range_parse("Apr 2023..", &r) == 0 &&
		    r.lo == 202304 && r.hi == 999999);
		CHECK(period_range_parse("August 2023", &r) == 0 &&
		    r.lo == 202308 && r.hi == 202308);
		CHECK(period_range_parse("2023", &r) == 0 && r.lo == 202300 &&
		    r.hi == 202312);
		CHECK(period_range_parse("2023-02-31..2024", &r) < 0);
		CHECK(period_range_parse("2021..2023-13", &r) < 0);
		CHECK(period_range_parse("201901-Janitor..2020", &r) < 0);
		CHECK(period_range_parse("2021..x", &r) < 0);
		CHECK(period_range_parse("2021...2022", &r) < 0);
		CHECK(period_range_parse("2021..2022..2023", &r) < 0);
		CHECK(period_range_parse("2024..2021", &r) < 0);
		CHECK(period_range_parse("2023-05..2023-04", &r) < 0);
		CHECK(period_range_parse("2021 .. 2022", &r) == 0 &&
		    r.lo == 202100 && r.hi == 202212);
		CHECK(period_range_parse("", &r) < 0);
	}
	return test_done("test_period");
}
