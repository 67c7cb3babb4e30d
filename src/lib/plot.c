/*
 * plot.c - gnuplot quoting and axis units (see plot.h).
 */
#include <math.h>
#include <string.h>

#include "plot.h"

void
plot_quote(FILE *fp, const char *s)
{
	fputc('\'', fp);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		/* gnuplot 5.4 reads a doubled quote as two strings where
		 * it follows the opening one ('''x' is '' then 'x'), so no
		 * quote goes in: an apostrophe is the typographic one */
		if (ch == '\'')
			fputs("\xe2\x80\x99", fp);
		else if (ch < 0x20 || ch == 0x7f)
			fputc(' ', fp);
		else
			fputc(ch, fp);
	}
	fputc('\'', fp);
}

void
plot_datum(FILE *fp, const char *s)
{
	fputc('"', fp);
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"')
			fputc('\'', fp);
		else if (ch < 0x20 || ch == 0x7f)
			fputc(' ', fp);
		else
			fputc(ch, fp);
	}
	fputc('"', fp);
}

static const char *percent_cols[] = {
	"share", "coverage", "yoy", "cagr", "growth", "trend_growth",
	"top_share", "cr1", "cr3", "cr5", "ci_low", "ci_high", "di",
	"growth_before", "growth_after", NULL
};

int
plot_is_percent(const char *column)
{
	size_t i;

	for (i = 0; percent_cols[i]; i++)
		if (strcmp(column, percent_cols[i]) == 0)
			return 1;
	return 0;
}

int
plot_is_currency(const char *s)
{
	return s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z' &&
	    s[2] >= 'A' && s[2] <= 'Z' && s[3] == '\0';
}

int
plot_unit(int percent, const char *currency, double maxabs,
    struct plot_unit *u)
{
	const char *sym = "", *scale = "";
	char code[8] = "";
	int dec, bad = 0;

	/* the format is ours: only a code of three capitals goes in */
	if (currency && *currency && !plot_is_currency(currency))
		currency = NULL, bad = 1;
	if (percent) {
		u->div = 0.01;
		dec = maxabs * 100 < 10 ? 1 : 0;
		snprintf(u->fmt, sizeof(u->fmt), "%%.%df%%%%", dec);
		snprintf(u->label, sizeof(u->label), "%%");
		return -bad;
	}
	if (maxabs >= 1e9)
		u->div = 1e9, scale = " bn";
	else if (maxabs >= 1e6)
		u->div = 1e6, scale = " m";
	else if (maxabs >= 1e3)
		u->div = 1e3, scale = " k";
	else
		u->div = 1;
	dec = maxabs / u->div < 10 ? 1 : 0;
	if (currency && strcmp(currency, "USD") == 0)
		sym = "$";
	else if (currency && strcmp(currency, "EUR") == 0)
		sym = "\xe2\x82\xac";	/* the euro sign */
	else if (currency && strcmp(currency, "GBP") == 0)
		sym = "\xc2\xa3";
	else if (currency && *currency)
		snprintf(code, sizeof(code), "%s ", currency), sym = code;
	snprintf(u->fmt, sizeof(u->fmt), "%s%%.%df%s", sym, dec, scale);
	snprintf(u->label, sizeof(u->label), "%s%s", currency ? currency :
	    "", scale);
	return -bad;
}

const char *
plot_colour(size_t i)
{
	/* Okabe, M. and Ito, K. (2008), "Color Universal Design": blue,
	 * vermillion, bluish green, reddish purple, orange, sky blue,
	 * yellow, black; then greys */
	static const char *c[] = {
		"#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
		"#56B4E9", "#F0E442", "#000000", "#777777", "#AAAAAA"
	};

	return c[i < 10 ? i : 9];
}
