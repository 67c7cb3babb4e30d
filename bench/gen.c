/*
 * gen.c - a deterministic generator of BACI-shaped trade data for the
 * benchmark: CEPII BACI's country list with Zipf-like sizes, HS2022's
 * 5,609 six-digit codes with log-normal popularity, one row per year,
 * exporter, importer and product (a gravity model: a pair's number of
 * shipments grows with the product of its countries' sizes, and a
 * product appears in the pair's rows when it is shipped at least once),
 * sorted by year, exporter, importer and product as BACI's files are.
 * The same rows are written as BACI (t,i,j,k,v,q: numeric country codes,
 * values in thousands of USD, tonnes) or as canonical trade CSV (flow X,
 * values in USD); `countries` writes the country_codes file of the first,
 * and `claims` 100 claims about the rows of that file for trade-claim
 * (every metric, each about the exporter, importer and year of a row
 * drawn at random, at the HS2, HS4 or HS6 code of its product, a year or
 * the three years around it).
 *
 * The popularity of chapter 85 and of HS 8542 is calibrated so that they
 * are about 5% and 0.2% of the rows, and the pairs' scale so that the
 * file has about ROWS rows (within a fraction of a percent); the counts
 * are said on standard error.
 *
 * usage: gen baci|canonical|countries|claims ROWS [SEED]
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define YEAR0	2014
#define NYEAR	10
#define ALPHA	1.1	/* Zipf exponent of the countries' sizes */
#define SIGMA	1.3	/* log-normal spread of the products' popularity */
#define F85	0.05	/* target share of chapter 85 in the rows */
#define F8542	0.002	/* target share of HS 8542 in the rows */
#define NCLAIM	100	/* claims of `gen claims` */
#define NGRID	460	/* calibration grid: ln(lambda) from -9.2, step 1/16 */

/*
 * BACI V202501's country list (country_codes_V202501.csv: numeric code,
 * ISO3 as BACI writes it), largest economies first: the order gives the
 * Zipf ranks.  Left out: the countries that ended before 2014 (58, 200,
 * 278, 280, 530, 711, 736, 810, 891), and 697 (Europe EFTA, nes) and
 * 849 (US Misc. Pacific Isds), which tradestat's country table reads as
 * an aggregate and as UMI.  490 (Other Asia, nes) is Taiwan's place.
 */
static const struct {
	int		 num;
	const char	*iso3;
} ctry[] = {
	{156,"CHN"}, {842,"USA"}, {276,"DEU"}, {392,"JPN"}, {826,"GBR"},
	{251,"FRA"}, {699,"IND"}, {380,"ITA"}, {124,"CAN"}, {410,"KOR"},
	{643,"RUS"}, {76,"BRA"}, {36,"AUS"}, {724,"ESP"}, {490,"S19"},
	{484,"MEX"}, {360,"IDN"}, {528,"NLD"}, {682,"SAU"}, {792,"TUR"},
	{757,"CHE"}, {616,"POL"}, {752,"SWE"}, {56,"BEL"}, {32,"ARG"},
	{579,"NOR"}, {40,"AUT"}, {372,"IRL"}, {376,"ISR"}, {784,"ARE"},
	{566,"NGA"}, {764,"THA"}, {818,"EGY"}, {208,"DNK"}, {702,"SGP"},
	{608,"PHL"}, {458,"MYS"}, {710,"ZAF"}, {50,"BGD"}, {704,"VNM"},
	{152,"CHL"}, {170,"COL"}, {246,"FIN"}, {642,"ROU"}, {203,"CZE"},
	{620,"PRT"}, {586,"PAK"}, {554,"NZL"}, {300,"GRC"}, {368,"IRQ"},
	{12,"DZA"}, {634,"QAT"}, {398,"KAZ"}, {348,"HUN"}, {414,"KWT"},
	{504,"MAR"}, {218,"ECU"}, {703,"SVK"}, {604,"PER"}, {804,"UKR"},
	{231,"ETH"}, {404,"KEN"}, {214,"DOM"}, {320,"GTM"}, {512,"OMN"},
	{144,"LKA"}, {442,"LUX"}, {104,"MMR"}, {100,"BGR"}, {288,"GHA"},
	{591,"PAN"}, {112,"BLR"}, {188,"CRI"}, {834,"TZA"}, {858,"URY"},
	{191,"HRV"}, {440,"LTU"}, {705,"SVN"}, {688,"SRB"}, {31,"AZE"},
	{384,"CIV"}, {795,"TKM"}, {788,"TUN"}, {400,"JOR"}, {180,"COD"},
	{860,"UZB"}, {68,"BOL"}, {120,"CMR"}, {428,"LVA"}, {48,"BHR"},
	{600,"PRY"}, {233,"EST"}, {800,"UGA"}, {524,"NPL"}, {729,"SDN"},
	{422,"LBN"}, {352,"ISL"}, {116,"KHM"}, {340,"HND"}, {196,"CYP"},
	{686,"SEN"}, {894,"ZMB"}, {598,"PNG"}, {4,"AFG"}, {780,"TTO"},
	{70,"BIH"}, {716,"ZWE"}, {72,"BWA"}, {418,"LAO"}, {466,"MLI"},
	{268,"GEO"}, {266,"GAB"}, {388,"JAM"}, {854,"BFA"}, {508,"MOZ"},
	{470,"MLT"}, {8,"ALB"}, {480,"MUS"}, {558,"NIC"}, {496,"MNG"},
	{51,"ARM"}, {807,"MKD"}, {450,"MDG"}, {516,"NAM"}, {204,"BEN"},
	{96,"BRN"}, {148,"TCD"}, {324,"GIN"}, {646,"RWA"}, {332,"HTI"},
	{498,"MDA"}, {562,"NER"}, {417,"KGZ"}, {762,"TJK"}, {454,"MWI"},
	{242,"FJI"}, {226,"GNQ"}, {478,"MRT"}, {768,"TGO"}, {499,"MNE"},
	{52,"BRB"}, {740,"SUR"}, {694,"SLE"}, {328,"GUY"}, {108,"BDI"},
	{462,"MDV"}, {426,"LSO"}, {430,"LBR"}, {132,"CPV"}, {64,"BTN"},
	{84,"BLZ"}, {262,"DJI"}, {690,"SYC"}, {626,"TLS"}, {28,"ATG"},
	{674,"SMR"}, {90,"SLB"}, {308,"GRD"}, {659,"KNA"}, {548,"VUT"},
	{662,"LCA"}, {882,"WSM"}, {174,"COM"}, {670,"VCT"}, {624,"GNB"},
	{212,"DMA"}, {776,"TON"}, {583,"FSM"}, {678,"STP"}, {585,"PLW"},
	{584,"MHL"}, {296,"KIR"}, {520,"NRU"}, {798,"TUV"}, {20,"AND"},
	{531,"CUW"}, {533,"ABW"}, {60,"BMU"}, {136,"CYM"}, {304,"GRL"},
	{540,"NCL"}, {258,"PYF"}, {446,"MAC"}, {344,"HKG"}, {275,"PSE"},
	{760,"SYR"}, {887,"YEM"}, {434,"LBY"}, {364,"IRN"}, {192,"CUB"},
	{408,"PRK"}, {862,"VEN"}, {24,"AGO"}, {706,"SOM"}, {728,"SSD"},
	{232,"ERI"}, {140,"CAF"}, {178,"COG"}, {16,"ASM"}, {44,"BHS"},
	{86,"IOT"}, {92,"VGB"}, {162,"CXR"}, {166,"CCK"}, {175,"MYT"},
	{184,"COK"}, {222,"SLV"}, {238,"FLK"}, {260,"ATF"}, {270,"GMB"},
	{292,"GIB"}, {316,"GUM"}, {500,"MSR"}, {534,"SXM"}, {535,"BES"},
	{570,"NIU"}, {574,"NFK"}, {580,"MNP"}, {612,"PCN"}, {652,"BLM"},
	{654,"SHN"}, {660,"AIA"}, {666,"SPM"}, {748,"SWZ"}, {772,"TKL"},
	{796,"TCA"}, {876,"WLF"}
};
#define NC	(sizeof(ctry) / sizeof(ctry[0]))

/*
 * HS2022 (BACI's product_codes_HS22_V202501.csv): each chapter's number
 * of six-digit codes and of headings.  The codes themselves are made up
 * in that shape (headings numbered from 01, subheadings 10, 20... 90 or
 * 11, 12... 90), except 8542's, which are its real five.
 */
static const struct {
	int	ch, ncodes, nhead;
} chap[] = {
	{1,34,6}, {2,66,10}, {3,225,9}, {4,33,10}, {5,15,9}, {6,16,4},
	{7,73,14}, {8,70,14}, {9,39,10}, {10,26,8}, {11,27,9}, {12,50,14},
	{13,11,2}, {14,5,2}, {15,53,21}, {16,42,5}, {17,17,4}, {18,11,6},
	{19,19,5}, {20,52,9}, {21,16,6}, {22,24,9}, {23,23,9}, {24,16,4},
	{25,67,29}, {26,37,21}, {27,39,16}, {28,180,50}, {29,410,42},
	{30,45,6}, {31,24,5}, {32,45,15}, {33,29,7}, {34,24,7}, {35,15,7},
	{36,13,6}, {37,30,7}, {38,108,27}, {39,131,26}, {40,80,17},
	{41,37,11}, {42,20,5}, {43,12,4}, {44,128,21}, {45,7,4}, {46,11,2},
	{47,21,7}, {48,101,22}, {49,18,11}, {50,9,7}, {51,38,13},
	{52,124,12}, {53,23,10}, {54,72,8}, {55,110,16}, {56,30,9},
	{57,24,5}, {58,37,11}, {59,24,11}, {60,44,6}, {61,106,17},
	{62,104,17}, {63,52,10}, {64,25,6}, {65,8,6}, {66,6,3}, {67,8,4},
	{68,50,15}, {69,30,13}, {70,71,19}, {71,55,18}, {72,167,29},
	{73,124,26}, {74,49,16}, {75,17,8}, {76,35,16}, {78,8,4}, {79,9,6},
	{80,5,4}, {81,56,12}, {82,64,15}, {83,36,11}, {84,538,86},
	{85,296,48}, {86,23,9}, {87,98,16}, {88,26,6}, {89,25,8},
	{90,143,32}, {91,48,14}, {92,17,7}, {93,18,7}, {94,54,6}, {95,39,6},
	{96,49,20}, {97,19,6}, {99,1,1},
};
#define NCHAP	(sizeof(chap) / sizeof(chap[0]))
#define NP	5609

static const int sub8542[] = { 31, 32, 33, 39, 90 };

static int	 code[NP];	/* the HS6 codes, ascending */
static int	 cls[NP];	/* 0, 1 chapter 85 but not 8542, 2 8542 */
static double	 w[NP];		/* popularity, summing to 1 */
static double	 cum[NP];	/* its running sum, to draw from */
static double	 uv[NP];	/* unit value, thousand USD a tonne */
static double	 size[NC];	/* by rank */
static double	 ugrid[3][NGRID];	/* rows a pair expects, per class */

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
	return ((double)(next() >> 11) + 0.5) / 9007199254740992.0;
}

static double
normal(void)		/* Box-Muller */
{
	double u = unif(), v = unif();

	return sqrt(-2 * log(u)) * cos(2 * M_PI * v);
}

static long
poisson(double lambda)
{
	double l, p;
	long k;

	if (lambda > 30) {	/* the normal approximation is close enough */
		k = (long)floor(lambda + sqrt(lambda) * normal() + 0.5);
		return k < 0 ? 0 : k;
	}
	l = exp(-lambda);
	for (k = 0, p = unif(); p > l; k++)
		p *= unif();
	return k;
}

/* Make up the codes in each chapter's shape, and their popularity. */
static void
products(void)
{
	int per[100], c, h, i, k = 0, left, m;

	for (c = 0; c < (int)NCHAP; c++) {
		int fixed = chap[c].ch == 85 ? 42 : 0;

		for (h = 1; h <= chap[c].nhead; h++)
			per[h] = 1;
		left = chap[c].ncodes - chap[c].nhead;
		if (fixed)
			per[fixed] = 5, left -= 4;
		while (left > 0) {
			h = 1 + (int)(next() % (uint64_t)chap[c].nhead);
			if (h != fixed && per[h] < 60)
				per[h]++, left--;
		}
		for (h = 1; h <= chap[c].nhead; h++) {
			m = per[h];
			for (i = 0; i < m; i++) {
				int sub;

				if (h == fixed)
					sub = sub8542[i];
				else if (chap[c].ch == 99)
					sub = 9999;
				else if (m == 1)
					sub = 0;
				else if (i == m - 1)
					sub = 90;
				else if (m <= 9)
					sub = 10 * (i + 1);
				else
					sub = 11 + i / 9 * 10 + i % 9;
				code[k] = chap[c].ch == 99 ? 999999 :
				    (chap[c].ch * 100 + h) * 100 + sub;
				cls[k] = chap[c].ch != 85 ? 0 : h == 42 ? 2 : 1;
				w[k] = exp(SIGMA * normal());
				uv[k] = exp(0.5 + 1.5 * normal());
				k++;
			}
		}
	}
	if (k != NP) {
		fprintf(stderr, "gen: %d product codes, not %d\n", k, NP);
		exit(1);
	}
}

/* The rows a pair with lambda shipments expects of class c. */
static double
expect(int c, double lambda)
{
	double x = (log(lambda) + 9.2) * 16, f;
	int i;

	if (x <= 0)
		return ugrid[c][0] * lambda / exp(-9.2);
	if (x >= NGRID - 1)
		return ugrid[c][NGRID - 1];
	i = (int)x;
	f = x - i;
	return ugrid[c][i] * (1 - f) + ugrid[c][i + 1] * f;
}

/* The rows all pairs expect in a year, per class, at a scale. */
static double
rows_at(double scale, double e[3])
{
	int c, i, j;

	e[0] = e[1] = e[2] = 0;
	for (i = 0; i < (int)NC; i++)
		for (j = 0; j < (int)NC; j++)
			for (c = 0; i != j && c < 3; c++)
				e[c] += expect(c, scale * size[i] * size[j]);
	return e[0] + e[1] + e[2];
}

/*
 * The scale of the pairs' shipments for about n rows, with the weights
 * of chapter 85 and of 8542 adjusted until they are their shares of the
 * rows (a popular product saturates: it cannot appear twice in a pair).
 */
static double
calibrate(long n, double frac[3])
{
	double mult[3] = { 1, 1, 1 }, base[NP], lo, hi, mid = 0, t, e[3];
	double want[3] = { 1 - F85, F85 - F8542, F8542 };
	int it, c, g, k;

	memcpy(base, w, sizeof(base));
	for (it = 0; it < 12; it++) {
		double sum = 0;

		for (k = 0; k < NP; k++)
			sum += w[k] = base[k] * mult[cls[k]];
		for (k = 0; k < NP; k++)
			w[k] /= sum;
		memset(ugrid, 0, sizeof(ugrid));
		for (g = 0; g < NGRID; g++) {
			double lambda = exp(-9.2 + g / 16.0);

			for (k = 0; k < NP; k++)
				ugrid[cls[k]][g] += -expm1(-lambda * w[k]);
		}
		for (lo = -20, hi = 40; hi - lo > 1e-9; ) {	/* ln(scale) */
			mid = (lo + hi) / 2;
			if (rows_at(exp(mid), e) * NYEAR < n)
				lo = mid;
			else
				hi = mid;
		}
		t = rows_at(exp(mid), e);
		for (c = 0; c < 3; c++) {
			frac[c] = e[c] / t;
			mult[c] *= want[c] / frac[c];
		}
	}
	return exp(mid);
}

/* Claims about rows the file has, one sampled row each (reservoir). */
static struct sample {
	int	t, i, j, p;
} smp[NCLAIM];
static uint64_t s2 = 0x2545f4914f6cdd1dULL;	/* the sampling's own */

static uint64_t
next2(void)
{
	s2 ^= s2 << 13;
	s2 ^= s2 >> 7;
	s2 ^= s2 << 17;
	return s2;
}

static void
sample(long row, int t, int i, int j, int p)
{
	long k = row < NCLAIM ? row : (long)(next2() % (uint64_t)(row + 1));

	if (k < NCLAIM) {
		smp[k].t = t, smp[k].i = i, smp[k].j = j, smp[k].p = p;
	}
}

static void
claims(long n)
{
	static const char *metric[] = { "value", "share", "growth", "yoy",
	    "rank", "quantity", "record" };
	double e;
	long c;
	int y, code6;
	char prod[8], per[16];

	puts("id,claim,metric,reporter,partner,flow,product,period,expected,"
	    "tolerance,source");
	for (c = 0; c < n && c < NCLAIM; c++) {
		const char *m = metric[c % 7];

		code6 = code[smp[c].p] % 1000000;
		switch (next2() % 3) {
		case 0:
			snprintf(prod, sizeof(prod), "%02d", code6 / 10000);
			break;
		case 1:
			snprintf(prod, sizeof(prod), "%04d", code6 / 100);
			break;
		default:
			snprintf(prod, sizeof(prod), "%06d", code6);
		}
		y = YEAR0 + smp[c].t;
		if (next2() % 4 == 0 && y > YEAR0 && y + 1 < YEAR0 + NYEAR)
			snprintf(per, sizeof(per), "%d..%d", y - 1, y + 1);
		else
			snprintf(per, sizeof(per), "%d", y);
		printf("bench%ld,bench claim %ld,%s,%s,%s,X,%s,%s,", c + 1,
		    c + 1, m, ctry[smp[c].i].iso3, ctry[smp[c].j].iso3, prod,
		    per);
		if (strcmp(m, "value") == 0 || strcmp(m, "quantity") == 0) {
			e = exp(12 + 2 * normal());
			printf("%.0f,5%%,bench\n", e < 1 ? 1 : e);
		} else if (strcmp(m, "share") == 0)
			printf("%.3f,2pp,bench\n", 0.5 * unif());
		else if (strcmp(m, "rank") == 0)
			printf("%d,0,bench\n", 1 + (int)(next2() % 10));
		else if (strcmp(m, "record") == 0)
			printf("1,0,bench\n");
		else
			printf("%.3f,2pp,bench\n", 0.3 * normal());
	}
}

static int
bynum(const void *a, const void *b)
{
	int x = ctry[*(const int *)a].num, y = ctry[*(const int *)b].num;

	return (x > y) - (x < y);
}

static int
byint(const void *a, const void *b)
{
	int x = *(const int *)a, y = *(const int *)b;

	return (x > y) - (x < y);
}

int
main(int argc, char **argv)
{
	static int seen[NP], got[NP];
	enum { CANON, BACI, CLAIMS } mode;
	int order[NC], a, b, i, j, k, t, ngot, stamp = 0;
	long n, rows = 0, nc[3] = { 0, 0, 0 }, pairs = 0;
	double frac[3], scale;

	if (argc < 3 || (strcmp(argv[1], "baci") != 0 &&
	    strcmp(argv[1], "canonical") != 0 &&
	    strcmp(argv[1], "countries") != 0 &&
	    strcmp(argv[1], "claims") != 0)) {
		fputs("usage: gen baci|canonical|countries|claims ROWS "
		    "[SEED]\n", stderr);
		return 2;
	}
	n = atol(argv[2]);
	if (argc > 3)
		s ^= (uint64_t)atoll(argv[3]) * 0x9e3779b97f4a7c15ULL;
	for (i = 0; i < (int)NC; i++)
		order[i] = i;
	qsort(order, NC, sizeof(order[0]), bynum);
	if (strcmp(argv[1], "countries") == 0) {
		/* the name is the ISO3 code: the tasks never show names */
		puts("country_code,country_name,country_iso2,country_iso3");
		for (i = 0; i < (int)NC; i++)
			printf("%d,%s,,%s\n", ctry[order[i]].num,
			    ctry[order[i]].iso3, ctry[order[i]].iso3);
		return 0;
	}
	for (i = 0; i < (int)NC; i++)
		size[i] = 1 / pow(i + 1, ALPHA);
	mode = strcmp(argv[1], "baci") == 0 ? BACI :
	    strcmp(argv[1], "claims") == 0 ? CLAIMS : CANON;
	products();
	scale = calibrate(n, frac);
	for (k = 0; k < NP; k++)
		cum[k] = (k ? cum[k - 1] : 0) + w[k];
	if (mode == BACI)
		puts("t,i,j,k,v,q");
	else if (mode == CANON)
		puts("period,reporter,partner,flow,product,value,quantity,unit,"
		    "currency,source");
	for (t = 0; t < NYEAR; t++)
	for (a = 0; a < (int)NC; a++)
	for (b = 0; b < (int)NC; b++) {
		double lambda;
		long m;

		if (a == b)
			continue;
		i = order[a], j = order[b];
		lambda = scale * size[i] * size[j];
		m = poisson(lambda);
		stamp++;
		for (ngot = 0; m > 0; m--) {
			double u = unif() * cum[NP - 1];
			int lo = 0, hi = NP - 1;

			while (lo < hi) {	/* the first cum[] >= u */
				int mid = (lo + hi) / 2;

				if (cum[mid] < u)
					lo = mid + 1;
				else
					hi = mid;
			}
			if (seen[lo] != stamp)
				seen[lo] = stamp, got[ngot++] = lo;
		}
		if (ngot == 0)
			continue;
		pairs++;
		qsort(got, ngot, sizeof(got[0]), byint);
		for (k = 0; k < ngot; k++) {
			int p = got[k];
			double z = normal(), v;
			long long d;	/* the value in USD */
			char q[32];

			z = z > 6 ? 6 : z < -6 ? -6 : z;
			v = exp(2.5 + 0.5 * log1p(lambda * w[p]) + 2 * z +
			    0.03 * t);
			d = llround(v * 1000);
			if (d < 1)
				d = 1;
			if (next() % 20 == 0)
				q[0] = '\0';	/* BACI's missing quantity */
			else
				snprintf(q, sizeof(q), "%.3f", (double)d /
				    1000 / uv[p] * exp(0.5 * normal()));
			if (mode == CLAIMS)
				sample(rows, t, i, j, p);
			else if (mode == BACI)
				printf("%d,%d,%d,%06d,%lld.%03lld,%s\n",
				    YEAR0 + t, ctry[i].num, ctry[j].num,
				    code[p], d / 1000, d % 1000, q);
			else
				printf("%d,%s,%s,X,%06d,%lld,%s,t,USD,bench\n",
				    YEAR0 + t, ctry[i].iso3, ctry[j].iso3,
				    code[p], d, q);
			rows++;
			nc[cls[p]]++;
		}
	}
	fprintf(stderr, "gen: %ld rows (%d years, %zu countries, %d HS6 "
	    "codes, %ld exporter-importer-year pairs); HS 8542 %.3f%% of "
	    "the rows, chapter 85 %.2f%% (expected %.3f%%, %.2f%%)\n", rows,
	    NYEAR, NC, NP, pairs, 100.0 * nc[2] / rows,
	    100.0 * (nc[1] + nc[2]) / rows, 100 * frac[2],
	    100 * (frac[1] + frac[2]));
	if (mode == CLAIMS)
		claims(NCLAIM);
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("gen: standard output");
		return 1;
	}
	return 0;
}
