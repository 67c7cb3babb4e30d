/*
 * gen.c - a deterministic generator of realistic long trade CSV for the
 * benchmark: ~200 ISO3 countries with skewed sizes (Zipf), ~5,000 HS6
 * codes with leading zeros, 10 years, M and X, log-normal values, some
 * empty quantities; or the same rows as CEPII BACI (t,i,j,k,v,q, numeric
 * country codes, values in thousands of USD) with its country_codes file.
 *
 * usage: gen canonical|baci|countries ROWS [SEED]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NC 200
#define NHS 5000

static uint64_t s = 88172645463325252ULL;

static uint64_t
next(void)		/* xorshift64 (Marsaglia 2003) */
{
	s ^= s << 13;
	s ^= s >> 7;
	s ^= s << 17;
	return s;
}

static double
unif(void)
{
	return (double)(next() >> 11) / 9007199254740992.0;
}

static double
normal(void)		/* Box-Muller */
{
	double u = unif(), v = unif();

	return sqrt(-2 * log(u + 1e-300)) * cos(2 * M_PI * v);
}

/* 200 real ISO 3166-1 codes with their numeric codes */
static const char *iso[NC] = {
"USA","CHN","DEU","JPN","GBR","FRA","IND","ITA","CAN","KOR","RUS","BRA","AUS","ESP","MEX","IDN","NLD","SAU","TUR","CHE",
"POL","SWE","BEL","ARG","NOR","AUT","IRL","ISR","ARE","NGA","THA","EGY","DNK","SGP","PHL","MYS","ZAF","BGD","VNM","CHL",
"COL","FIN","ROU","CZE","PRT","PAK","NZL","GRC","IRQ","DZA","QAT","KAZ","HUN","KWT","MAR","ECU","SVK","PER","UKR","ETH",
"KEN","DOM","GTM","OMN","LKA","LUX","MMR","BGR","GHA","PAN","BLR","CRI","TZA","URY","HRV","LTU","SVN","SRB","AZE","CIV",
"TKM","TUN","JOR","COD","UZB","BOL","CMR","LVA","BHR","PRY","EST","UGA","NPL","SDN","LBN","ISL","KHM","HND","CYP","SEN",
"ZMB","PNG","AFG","TTO","BIH","ZWE","BWA","LAO","MLI","GEO","GAB","JAM","BFA","MOZ","MLT","ALB","MUS","NIC","MNG","ARM",
"MKD","MDG","NAM","BEN","BRN","TCD","GIN","RWA","HTI","MDA","NER","KGZ","TJK","MWI","MCO","FJI","GNQ","MRT","TGO","MNE",
"BRB","SUR","SLE","GUY","BDI","MDV","LSO","LBR","CPV","BTN","BLZ","DJI","SYC","TLS","ATG","SMR","SLB","GRD","KNA","VUT",
"LCA","WSM","COM","VCT","GNB","DMA","TON","FSM","STP","PLW","MHL","KIR","NRU","TUV","AND","LIE","CUW","ABW","BMU","CYM",
"GRL","FRO","NCL","PYF","MAC","HKG","PSE","SYR","YEM","LBY","IRN","CUB","PRK","VEN","AGO","SOM","SSD","ERI","CAF","COG"
};

int
main(int argc, char **argv)
{
	static char hs[NHS][7];
	double w[NC], cum[NC], tot = 0;
	long n, i;
	int k, baci;

	if (argc < 3) {
		fputs("usage: gen canonical|baci|countries ROWS [SEED]\n", stderr);
		return 2;
	}
	baci = strcmp(argv[1], "baci") == 0;
	n = atol(argv[2]);
	if (argc > 3)
		s ^= (uint64_t)atoll(argv[3]) * 0x9e3779b97f4a7c15ULL;
	if (strcmp(argv[1], "countries") == 0) {
		puts("country_code,country_name,country_iso2,country_iso3");
		for (k = 0; k < NC; k++)	/* codes 1000+: not real M49 */
			printf("%d,%s,,%s\n", 1000 + k, iso[k], iso[k]);
		return 0;
	}
	for (k = 0; k < NC; k++) {	/* Zipf-like sizes */
		w[k] = 1.0 / pow(k + 1, 1.1);
		tot += w[k];
	}
	for (k = 0; k < NC; k++)
		cum[k] = (k ? cum[k - 1] : 0) + w[k] / tot;
	for (k = 0; k < NHS; k++) {
		/* chapters 01-97, codes with leading zeros; 8542xx among them */
		int ch = 1 + (int)(next() % 97), hd = (int)(next() % 100),
		    sub = (int)(next() % 100);

		if (k < 40)
			ch = 85, hd = 42, sub = 10 + k;
		snprintf(hs[k], sizeof(hs[k]), "%02d%02d%02d", ch, hd, sub);
	}
	if (baci)
		puts("t,i,j,k,v,q");
	else
		puts("period,reporter,partner,flow,product,value,quantity,unit,"
		    "currency,source");
	for (i = 0; i < n; i++) {
		double u = unif(), v;
		int r = 0, p = 0, y = 2014 + (int)(next() % 10);
		int h = (int)(next() % NHS), x = (int)(next() & 1);

		while (r < NC - 1 && cum[r] < u)
			r++;
		do {
			u = unif();
			for (p = 0; p < NC - 1 && cum[p] < u; p++)
				;
		} while (p == r);
		v = exp(10 + 2 * normal());
		if (baci) {
			if (next() % 8 == 0)
				printf("%d,%d,%d,%s,%.3f,\n", y, 1000 + r,
				    1000 + p, hs[h], v / 1000);
			else
				printf("%d,%d,%d,%s,%.3f,%.3f\n", y, 1000 + r,
				    1000 + p, hs[h], v / 1000, v / 2000);
		} else if (next() % 8 == 0)
			printf("%d,%s,%s,%s,%s,%.2f,,,USD,bench\n", y, iso[r],
			    iso[p], x ? "X" : "M", hs[h], v);
		else
			printf("%d,%s,%s,%s,%s,%.2f,%ld,kg,USD,bench\n", y,
			    iso[r], iso[p], x ? "X" : "M", hs[h], v,
			    (long)(v / 3) + 1);
	}
	return 0;
}
