/*
 * test_fx.c - currency conversion against figures worked by hand, on a
 * table of test values (not real rates), and every error return.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fx.h"
#include "test.h"

/* EUR per USD, twelve months of 2023 (test values): their sum is
 * 11.1168, their mean 0.9264 */
static const double eur2023[12] = {
	0.9317, 0.9342, 0.9385, 0.9104, 0.9218, 0.9265,
	0.9087, 0.9178, 0.9371, 0.9482, 0.9263, 0.9156
};

static struct fx *
table(void)
{
	struct fx *x = fx_alloc("USD");
	char err[512];
	int m;

	for (m = 1; m <= 12; m++)
		CHECK(fx_add(x, 202300 + m, "EUR", eur2023[m - 1], err,
		    sizeof(err)) == 0);
	CHECK(fx_add(x, 202300, "RUB", 85.617, err, sizeof(err)) == 0);
	CHECK(fx_add(x, 202304, "RUB", 80.9273, err, sizeof(err)) == 0);
	/* eleven months of GBP in 2022: no annual rate */
	for (m = 1; m <= 11; m++)
		CHECK(fx_add(x, 202200 + m, "GBP", 0.8113 + m / 1000.0, err,
		    sizeof(err)) == 0);
	CHECK(fx_finish(x, err, sizeof(err)) == 0);
	return x;
}

static void
row_init(struct trade_row *r, int period, const char *cur, double v)
{
	memset(r, 0, sizeof(*r));
	r->period = period;
	strcpy(r->reporter, "DEU");
	strcpy(r->partner, "KGZ");
	strcpy(r->product, "847130");
	strcpy(r->currency, cur);
	r->value = v;
	r->quantity = 17.25;
	r->rows = 1;
	r->file = "t.csv";
	r->line = 7;
}

static char *
write_tmp(const char *text)
{
	static char path[64];
	FILE *fp;
	int fd;

	strcpy(path, "/tmp/test_fx.XXXXXX");
	if ((fd = mkstemp(path)) < 0)
		return NULL;
	fp = fdopen(fd, "w");
	fputs(text, fp);
	fclose(fp);
	return path;
}

/* fx_load() of text: the table (NULL on an error, err holding it). */
static struct fx *
load(const char *text, char *err, size_t errsz)
{
	char *p = write_tmp(text);
	struct fx *x;

	if (p == NULL)
		return NULL;
	x = fx_load(p, err, errsz);
	unlink(p);
	return x;
}

int
main(void)
{
	struct fx *x = table();
	struct trade_row row;
	char err[1024], buf[128];
	double rate;

	CHECK_STR(fx_base(x), "USD");
	CHECK(fx_knows(x, "USD") && fx_knows(x, "RUB") && !fx_knows(x, "CNY"));
	CHECK_STR(fx_currencies(x, buf, sizeof(buf)), "EUR, GBP, RUB");

	/* a month: 1 EUR = 1 / 0.9104 USD = 1.0984182776801406 */
	CHECK(fx_rate(x, 202304, "EUR", "USD", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(rate, 1.0984182776801406, 1e-14);
	/* the other way: 0.9104 EUR per USD */
	CHECK(fx_rate(x, 202304, "USD", "EUR", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(rate, 0.9104, 1e-14);
	/* a cross rate through the base: 80.9273 / 0.9104 RUB per EUR */
	CHECK(fx_rate(x, 202304, "EUR", "RUB", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(rate, 88.89202548330405, 1e-14);
	/* a year without an annual row: the mean of the twelve months,
	 * 11.1168 / 12 = 0.9264 EUR per USD, so 1 / 0.9264 USD per EUR */
	CHECK(fx_rate(x, 202300, "EUR", "USD", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(rate, 1.0794473229706392, 1e-13);
	/* a year with one: RUB's annual row, not its one month */
	CHECK(fx_rate(x, 202300, "RUB", "USD", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(rate, 1 / 85.617, 1e-14);
	CHECK(fx_rate(x, 202300, "EUR", "RUB", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(rate, 85.617 / 0.9264, 1e-13);
	/* the same currency: 1, whatever the period */
	CHECK(fx_rate(x, 199001, "CNY", "CNY", &rate, err, sizeof(err)) == 0);
	CHECK(rate == 1);

	/* missing rates are errors */
	CHECK(fx_rate(x, 202305, "RUB", "USD", &rate, err, sizeof(err)) < 0);
	CHECK(strstr(err, "no rate for RUB in 2023-05") != NULL);
	CHECK(fx_rate(x, 202200, "GBP", "USD", &rate, err, sizeof(err)) < 0);
	CHECK(strstr(err, "no rate for GBP in 2022") != NULL);
	CHECK(strstr(err, "11 of its 12 months") != NULL);
	CHECK(fx_rate(x, 202304, "USD", "CNY", &rate, err, sizeof(err)) < 0);
	CHECK(strstr(err, "no rate for CNY in 2023-04") != NULL);

	/* a row: 2385.17 EUR in April 2023 is 2385.17 / 0.9104 USD; the
	 * quantity stays */
	row_init(&row, 202304, "EUR", 2385.17);
	CHECK(fx_convert(x, &row, "USD", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(row.value, 2619.914323374341, 1e-14);
	CHECK_NEAR(rate, 1.0984182776801406, 1e-14);
	CHECK_STR(row.currency, "USD");
	CHECK(row.quantity == 17.25);
	/* 2385.17 RUB to EUR in April: times 0.9104 / 80.9273 */
	row_init(&row, 202304, "RUB", 2385.17);
	CHECK(fx_convert(x, &row, "EUR", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(row.value, 26.83221567999921, 1e-13);
	CHECK_STR(row.currency, "EUR");
	/* already in the target */
	row_init(&row, 202304, "USD", 2385.17);
	CHECK(fx_convert(x, &row, "USD", &rate, err, sizeof(err)) == 0);
	CHECK(row.value == 2385.17 && rate == 1);
	/* a full-year roll-up takes the annual rate */
	row_init(&row, 202300, "RUB", 856.17);
	row.months = 12;
	row.month_mask = 0xfff;
	CHECK(fx_convert(x, &row, "USD", &rate, err, sizeof(err)) == 0);
	CHECK_NEAR(row.value, 10, 1e-14);
	/* part of a year is refused, with the way out */
	row_init(&row, 202300, "RUB", 856.17);
	row.months = 8;
	CHECK(fx_convert(x, &row, "USD", &rate, err, sizeof(err)) < 0);
	CHECK(strstr(err, "t.csv:7: column 'months': a roll-up of 8 months")
	    != NULL);
	CHECK(strstr(err, "trade-agg --annual") != NULL);
	/* no period (summed away) */
	row_init(&row, 0, "EUR", 5.5);
	CHECK(fx_convert(x, &row, "USD", &rate, err, sizeof(err)) < 0);
	CHECK(strstr(err, "t.csv:7: column 'period': empty") != NULL);
	/* a missing rate names the row */
	row_init(&row, 202305, "RUB", 5.5);
	CHECK(fx_convert(x, &row, "USD", &rate, err, sizeof(err)) < 0);
	CHECK(strstr(err, "t.csv:7: no rate for RUB in 2023-05") != NULL);
	CHECK_STR(row.currency, "RUB");
	CHECK(row.value == 5.5);
	/* overflow */
	row_init(&row, 202304, "EUR", 1.7e308);
	CHECK(fx_convert(x, &row, "RUB", &rate, err, sizeof(err)) < 0);
	CHECK(strstr(err, "t.csv:7: column 'value': overflows in RUB") !=
	    NULL);
	fx_free(x);

	/* fx_add() and fx_finish() errors */
	x = fx_alloc("EUR");
	CHECK(fx_add(x, 202301, "usd", 1.08, err, sizeof(err)) < 0);
	CHECK(strstr(err, "not a currency code") != NULL);
	CHECK(fx_add(x, 202301, "USD", -1.08, err, sizeof(err)) < 0);
	CHECK(strstr(err, "not a positive rate") != NULL);
	CHECK(fx_add(x, 202301, "USD", 1.0813, err, sizeof(err)) == 0);
	CHECK(fx_add(x, 202301, "USD", 1.0815, err, sizeof(err)) == 0);
	CHECK(fx_finish(x, err, sizeof(err)) < 0);
	CHECK(strstr(err, "a second rate for USD in 2023-01") != NULL);
	fx_free(x);

	/* files */
	x = load("period,currency,per_eur,source\n2023,USD,1.0813,test\n"
	    "2023-04,USD,1.0970,test\n", err, sizeof(err));
	CHECK(x != NULL);
	if (x != NULL) {
		CHECK_STR(fx_base(x), "EUR");
		CHECK(fx_rate(x, 202300, "USD", "EUR", &rate, err,
		    sizeof(err)) == 0);
		CHECK_NEAR(rate, 1 / 1.0813, 1e-14);
		fx_free(x);
	}
	/* CRLF, quotes, the base's own row of 1 */
	x = load("\"period\",currency,per_usd\r\n\"2023\",EUR,0.9264\r\n"
	    "2023,USD,1\r\n", err, sizeof(err));
	CHECK(x != NULL);
	fx_free(x);
	CHECK(load("", err, sizeof(err)) == NULL);
	CHECK(strstr(err, "empty rates file") != NULL);
	CHECK(load("period,currency,rate\n2023,EUR,1\n", err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, ":1: want columns period, currency and per_usd") !=
	    NULL);
	CHECK(load("period,currency,per_usd,per_eur\n", err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, "both per_usd and per_eur") != NULL);
	CHECK(load("period,currency,per_usd\n2023,EUR,0.9\nQ3,EUR,1\n", err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, ":3: column 'period': not a period") != NULL);
	CHECK(load("period,currency,per_usd\n2023,euro,0.9\n", err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, ":2: column 'currency': not a currency code") !=
	    NULL);
	CHECK(load("period,currency,per_usd\n2023,EUR,0\n", err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, ":2: column 'per_usd': not a positive rate: '0'") !=
	    NULL);
	CHECK(load("period,currency,per_usd\n2023,USD,1.1\n", err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, "the base currency USD is 1 USD per USD") != NULL);
	CHECK(load("period,currency,per_usd\n2023,EUR,0.9\n2023,EUR,0.91\n",
	    err, sizeof(err)) == NULL);
	CHECK(strstr(err, ":3: a second rate for EUR in 2023 (the first on "
	    "line 2)") != NULL);
	CHECK(load("period,currency,per_usd\n2023,EUR\n", err,
	    sizeof(err)) == NULL);
	CHECK(strstr(err, "ragged") != NULL);
	CHECK(load("period,currency,per_usd\n", err, sizeof(err)) == NULL);
	CHECK(strstr(err, "no rates") != NULL);
	CHECK(fx_load("/nonexistent/rates.csv", err, sizeof(err)) == NULL);
	CHECK(strstr(err, "/nonexistent/rates.csv: ") != NULL);
	return test_done("test_fx");
}
