/*
 * test_formats.c - the table of formats (formats.h): names parse and
 * print back, the list and the usage lines name every format in the
 * table's order, and a header of each format is detected as that format
 * (the first of the table whose columns it holds).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"
#include "test.h"
#include "trade.h"

/* The format trade_next() detects for a file of text; -1 on error. */
static int
detect(const char *text)
{
	char path[] = "/tmp/test_formats.XXXXXX";
	struct trade_opts o;
	struct trade_reader *r;
	struct trade_row row;
	FILE *fp;
	int fd, f;

	if ((fd = mkstemp(path)) < 0 || (fp = fdopen(fd, "w")) == NULL)
		return -2;
	fputs(text, fp);
	fclose(fp);
	memset(&o, 0, sizeof(o));
	o.unknown_keep = 1;
	r = trade_open(&o, (char *[]){ path }, 1);
	f = trade_next(r, &row) == 1 ? (int)row.format : -1;
	trade_close(r);
	unlink(path);
	return f;
}

int
main(void)
{
	static const char *const names[] = { "canonical", "comtrade",
	    "comtrade-json", "comtrade-legacy", "comtradr", "baci", "imf",
	    "eurostat" };
	const char *u = trade_format_usage(), *p;
	char list[1024], flat[2048], want[2048];
	size_t i, col;

	CHECK(trade_format_parse("auto") == FMT_AUTO);
	CHECK_STR(trade_format_name(FMT_AUTO), "auto");
	CHECK(trade_format_parse("csv") == -1);
	CHECK(trade_format_parse("Comtrade") == -1);
	CHECK(FMT_COUNT >= 1 + sizeof(names) / sizeof(names[0]));
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		CHECK(trade_format_parse(names[i]) == (int)(i + 1));
		CHECK_STR(trade_format_name((enum trade_format)(i + 1)),
		    names[i]);
	}
	/* the list and the usage name the formats in the table's order;
	 * the usage wrapped within 72 columns under the descriptions */
	list[0] = flat[0] = '\0';
	for (i = 1; i < FMT_COUNT; i++)
		snprintf(list + strlen(list), sizeof(list) - strlen(list),
		    "%s%s", i > 1 ? ", " : "",
		    trade_format_name((enum trade_format)i));
	CHECK_STR(trade_format_list(), list);
	CHECK(strncmp(trade_format_list(), "canonical, comtrade, "
	    "comtrade-json, comtrade-legacy, comtradr, baci, imf, eurostat",
	    60) == 0);
	for (p = u, col = 0; *p != '\0'; p++) {
		if (*p == '\n') {
			CHECK(col <= 72);
			col = 0;
			if (p[1] != '\0') {
				CHECK(strncmp(p + 1, "                        ",
				    24) == 0 && p[25] != ' ');
				p += 24;
				col = 24;
				strcat(flat, " ");
			}
			continue;
		}
		col++;
		snprintf(flat + strlen(flat), sizeof(flat) - strlen(flat),
		    "%c", *p);
	}
	snprintf(want, sizeof(want), "  -f, --format F        input format: "
	    "auto (default), %s", list);
	CHECK_STR(flat, want);
	/* the programs' usage starts with it */
	CHECK(strncmp(cli_input_usage, u, strlen(u)) == 0);

	CHECK(detect("period,reporter,partner,flow,product,value\n"
	    "2023,USA,CHN,M,8542,2.385\n") == FMT_CANONICAL);
	/* canonical first: a file with its columns and more is canonical */
	CHECK(detect("period,reporter,partner,flow,product,value,t,i,j,k,v\n"
	    "2023,USA,CHN,M,8542,2.385,2023,842,156,854231,1\n") ==
	    FMT_CANONICAL);
	CHECK(detect("refYear,period,reporterCode,partnerCode,flowCode,"
	    "cmdCode,primaryValue\n2023,2023,842,156,M,8542,2.385\n") ==
	    FMT_COMTRADE);
	CHECK(detect("{\"data\":[{\"period\":\"2023\",\"reporterCode\":842,"
	    "\"partnerCode\":156,\"flowCode\":\"M\",\"cmdCode\":\"8542\","
	    "\"primaryValue\":2.385}]}") == FMT_COMTRADE);	/* its rows */
	CHECK(detect("Period,Reporter Code,Partner Code,Trade Flow Code,"
	    "Commodity Code,Trade Value (US$)\n2023,842,156,1,8542,2.385\n") ==
	    FMT_COMTRADE_LEGACY);
	CHECK(detect("period,reporter_code,partner_code,trade_code,"
	    "commodity_code,trade_value_us\n2023,842,156,M,8542,2.385\n") ==
	    FMT_COMTRADR);
	CHECK(detect("t,i,j,k,v,q\n2023,842,156,854231,2.385,\n") ==
	    FMT_BACI);
	CHECK(detect("COUNTRY.ID,COUNTERPART_COUNTRY.ID,TRADE_FLOW.ID,"
	    "INDICATOR.ID,2023\nUS,CN,M,MG_CIF_USD,2.385\n") == FMT_IMF);
	CHECK(detect("REPORTER,PARTNER,PRODUCT,FLOW,PERIOD,VALUE_IN_EUR\n"
	    "FR,CN,8542,1,2023,2.385\n") == FMT_EUROSTAT);
	CHECK(detect("a,b\n1,2\n") == -1);
	return test_done("test_formats");
}
