/*
 * gen - deterministic trade data for the tradestat benchmark
 *
 * usage: gen [--baci] ROWS
 *        gen --codes
 *
 * Writes ROWS rows of synthetic but realistically shaped trade data to
 * standard output in tradestat's canonical CSV
 * (period,reporter,partner,flow,product,value,quantity,unit,currency,source),
 * or with --baci the same stream as CEPII BACI (t,i,j,k,v,q: exporter i,
 * importer j as BACI numeric codes, v in thousands of USD, q in tonnes),
 * keeping only the export (X) rows until ROWS of them are written, so that
 * `gen --baci N` is the first N X rows of `gen M` for any large enough M.
 * --codes prints the map from BACI numeric code to ISO alpha-3 that the peer
 * tools use to load BACI.
 *
 * Everything comes from one xoshiro256** stream with a fixed seed: the
 * output depends only on the arguments, never on the machine.
 *
 * Shape: 196 countries with Zipf-like weights by a rough trade rank
 * (reporter != partner); 5,000 HS6 codes (chapters 01-97, so some start
 * with 0) with Zipf-like weights, of which 854231-854290 get 0.6% of rows;
 * periods 2015-2024 growing ~3% a year; flows M and X; log-normal values in
 * USD (70% whole dollars, the rest with cents); quantity in kg derived from
 * a log-normal unit price, empty in 10% of rows.
 */

#include <errno.h>
#include <getopt.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SEED		0x7472616465737461ULL	/* "tradesta" */
#define NPROD		5000
#define NCHIP		5		/* the 8542 codes, kept apart */
#define CHIPSHARE	0.006		/* their share of rows */
#define YEAR0		2015
#define NYEAR		10
#define OUTBUF		(1 << 20)
#define TWOPI		6.283185307179586476925

struct country {
	const char	*iso3;
	int		 baci;		/* BACI's numeric code (ISO but 5) */
};

/* Roughly by rank in world trade, so that Zipf weights by position fit. */
static const struct country countries[] = {

	{ "CHN", 156 }, { "USA", 842 }, { "DEU", 276 }, { "NLD", 528 }, { "JPN", 392 },
	{ "KOR", 410 }, { "FRA", 251 }, { "ITA", 380 }, { "GBR", 826 }, { "HKG", 344 },
	{ "MEX", 484 }, { "CAN", 124 }, { "BEL", 56 }, { "IND", 699 }, { "SGP", 702 },
	{ "ESP", 724 }, { "CHE", 757 }, { "RUS", 643 }, { "ARE", 784 }, { "VNM", 704 },
	{ "POL", 616 }, { "AUS", 36 }, { "BRA", 76 }, { "THA", 764 }, { "MYS", 458 },
	{ "SAU", 682 }, { "IDN", 360 }, { "TUR", 792 }, { "AUT", 40 }, { "SWE", 752 },
	{ "CZE", 203 }, { "IRL", 372 }, { "DNK", 208 }, { "HUN", 348 }, { "NOR", 579 },
	{ "PHL", 608 }, { "SVK", 703 }, { "ISR", 376 }, { "CHL", 152 }, { "ZAF", 710 },
	{ "ROU", 642 }, { "PRT", 620 }, { "FIN", 246 }, { "KAZ", 398 }, { "QAT", 634 },
	{ "IRQ", 368 }, { "KWT", 414 }, { "NGA", 566 }, { "GRC", 300 }, { "ARG", 32 },
	{ "COL", 170 }, { "PER", 604 }, { "NZL", 554 }, { "EGY", 818 }, { "UKR", 804 },
	{ "BGD", 50 }, { "PAK", 586 }, { "MAR", 504 }, { "DZA", 12 }, { "OMN", 512 },
	{ "SVN", 705 }, { "LTU", 440 }, { "BGR", 100 }, { "HRV", 191 }, { "LUX", 442 },
	{ "BLR", 112 }, { "EST", 233 }, { "LVA", 428 }, { "SRB", 688 }, { "ECU", 218 },
	{ "DOM", 214 }, { "TUN", 788 }, { "CRI", 188 }, { "GTM", 320 }, { "AGO", 24 },
	{ "LKA", 144 }, { "AZE", 31 }, { "UZB", 860 }, { "PAN", 591 }, { "IRN", 364 },
	{ "AFG", 4 }, { "ALB", 8 }, { "AND", 20 }, { "ATG", 28 }, { "BHS", 44 },
	{ "BHR", 48 }, { "ARM", 51 }, { "BRB", 52 }, { "BMU", 60 }, { "BTN", 64 },
	{ "BOL", 68 }, { "BIH", 70 }, { "BWA", 72 }, { "BLZ", 84 }, { "SLB", 90 },
	{ "BRN", 96 }, { "MMR", 104 }, { "BDI", 108 }, { "KHM", 116 }, { "CMR", 120 },
	{ "CPV", 132 }, { "CYM", 136 }, { "CAF", 140 }, { "TCD", 148 }, { "COM", 174 },
	{ "MYT", 175 }, { "COG", 178 }, { "COD", 180 }, { "CUB", 192 }, { "CYP", 196 },
	{ "BEN", 204 }, { "DMA", 212 }, { "SLV", 222 }, { "GNQ", 226 }, { "ETH", 231 },
	{ "ERI", 232 }, { "FJI", 242 }, { "PYF", 258 }, { "DJI", 262 }, { "GAB", 266 },
	{ "GEO", 268 }, { "GMB", 270 }, { "PSE", 275 }, { "GHA", 288 }, { "GIB", 292 },
	{ "GRD", 308 }, { "GIN", 324 }, { "GUY", 328 }, { "HTI", 332 }, { "HND", 340 },
	{ "ISL", 352 }, { "CIV", 384 }, { "JAM", 388 }, { "JOR", 400 }, { "KEN", 404 },
	{ "PRK", 408 }, { "KGZ", 417 }, { "LAO", 418 }, { "LBN", 422 }, { "LSO", 426 },
	{ "LBR", 430 }, { "LBY", 434 }, { "MAC", 446 }, { "MDG", 450 }, { "MWI", 454 },
	{ "MDV", 462 }, { "MLI", 466 }, { "MLT", 470 }, { "MRT", 478 }, { "MUS", 480 },
	{ "MNG", 496 }, { "MDA", 498 }, { "MNE", 499 }, { "MOZ", 508 }, { "NAM", 516 },
	{ "NPL", 524 }, { "CUW", 531 }, { "ABW", 533 }, { "NCL", 540 }, { "VUT", 548 },
	{ "NIC", 558 }, { "NER", 562 }, { "PNG", 598 }, { "PRY", 600 }, { "GNB", 624 },
	{ "TLS", 626 }, { "RWA", 646 }, { "KNA", 659 }, { "LCA", 662 }, { "VCT", 670 },
	{ "SMR", 674 }, { "STP", 678 }, { "SEN", 686 }, { "SYC", 690 }, { "SLE", 694 },
	{ "SOM", 706 }, { "ZWE", 716 }, { "SSD", 728 }, { "SDN", 729 }, { "SUR", 740 },
	{ "SWZ", 748 }, { "SYR", 760 }, { "TJK", 762 }, { "TGO", 768 }, { "TON", 776 },
	{ "TTO", 780 }, { "TKM", 795 }, { "UGA", 800 }, { "MKD", 807 }, { "TZA", 834 },
	{ "BFA", 854 }, { "URY", 858 }, { "VEN", 862 }, { "WSM", 882 }, { "YEM", 887 },
	{ "ZMB", 894 },
};
#define NCTRY	(sizeof(countries) / sizeof(countries[0]))

static const char *chips[NCHIP] = {
	"854231", "854232", "854233", "854239", "854290"
};
static const double chipw[NCHIP] = { 0.25, 0.2, 0.1, 0.3, 0.15 };

static uint64_t	 st[4];
static char	 prod[NPROD][7];
static double	 pcum[NPROD];
static double	 ccum[NCTRY];
static double	 ycum[NYEAR];
static char	 obuf[OUTBUF];
static size_t	 olen;

static uint64_t
splitmix64(uint64_t *x)
{
	uint64_t z;

	z = (*x += 0x9e3779b97f4a7c15ULL);
	z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
	z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
	return z ^ (z >> 31);
}

static uint64_t
rotl(uint64_t x, int k)
{
	return (x << k) | (x >> (64 - k));
}

/* xoshiro256** (Blackman and Vigna 2018). */
static uint64_t
next(void)
{
	uint64_t r, t;

	r = rotl(st[1] * 5, 7) * 9;
	t = st[1] << 17;
	st[2] ^= st[0];
	st[3] ^= st[1];
	st[1] ^= st[2];
	st[0] ^= st[3];
	st[2] ^= t;
	st[3] = rotl(st[3], 45);
	return r;
}

/* Uniform in [0, 1). */
static double
unif(void)
{
	return (double)(next() >> 11) * 0x1.0p-53;
}

static uint64_t
below(uint64_t n)
{
	return next() % n;
}

/* Standard normal by Box-Muller, keeping the second value. */
static double
gauss(void)
{
	static int have;
	static double spare;
	double u, v, r;

	if (have) {
		have = 0;
		return spare;
	}
	do
		u = unif();
	while (u <= 0.0);
	v = unif();
	r = sqrt(-2.0 * log(u));
	spare = r * sin(TWOPI * v);
	have = 1;
	return r * cos(TWOPI * v);
}

/* Index of the first cumulative weight above a uniform draw. */
static size_t
pick(const double *cum, size_t n)
{
	double u;
	size_t lo, hi, mid;

	u = unif() * cum[n - 1];
	lo = 0;
	hi = n - 1;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (cum[mid] > u)
			hi = mid;
		else
			lo = mid + 1;
	}
	return lo;
}

static int
cmpcode(const void *a, const void *b)
{
	return strcmp(a, b);
}

/*
 * HS6-like codes: chapters 01-97 (not 77), 8-17 headings each, 1-8
 * subheadings a heading, thinned at random to NPROD - NCHIP codes and
 * sorted; heading 8542 is left out and its real codes added with a fixed
 * share of rows.
 */
static void
mkproducts(void)
{
	static const char *sub[] = {
		"10", "20", "90", "30", "40", "11", "19", "50", "12", "29",
		"60", "21", "39", "80", "91", "99"
	};
	static char cand[8000][7];
	double w[NPROD], tot, chip;
	size_t n, i, j, k, ns, nh, rank[NPROD - NCHIP];
	int ch, h;
	char tmp[7];

	n = 0;
	for (ch = 1; ch <= 97; ch++) {
		if (ch == 77)
			continue;
		nh = 8 + below(10);
		for (h = 1; h <= (int)nh; h++) {
			if (ch == 85 && h == 42)
				continue;
			ns = 1 + below(8);
			for (j = 0; j < ns && n < 8000; j++)
				snprintf(cand[n++], 7, "%02d%02d%s", ch, h,
				    sub[j]);
		}
	}
	if (n < NPROD - NCHIP) {
		fprintf(stderr, "gen: only %zu candidate codes\n", n);
		exit(1);
	}
	/* Partial Fisher-Yates: the first NPROD - NCHIP are a sample. */
	for (i = 0; i < NPROD - NCHIP; i++) {
		k = i + below(n - i);
		memcpy(tmp, cand[i], 7);
		memcpy(cand[i], cand[k], 7);
		memcpy(cand[k], tmp, 7);
	}
	qsort(cand, NPROD - NCHIP, 7, cmpcode);
	for (i = 0; i < NPROD - NCHIP; i++)
		memcpy(prod[i], cand[i], 7);
	for (i = 0; i < NCHIP; i++)
		memcpy(prod[NPROD - NCHIP + i], chips[i], 7);

	/* Zipf(0.7) weights over a random ranking of the codes. */
	for (i = 0; i < NPROD - NCHIP; i++)
		rank[i] = i;
	for (i = NPROD - NCHIP - 1; i > 0; i--) {
		k = below(i + 1);
		j = rank[i];
		rank[i] = rank[k];
		rank[k] = j;
	}
	tot = 0.0;
	for (i = 0; i < NPROD - NCHIP; i++) {
		w[i] = pow((double)rank[i] + 1.0, -0.7);
		tot += w[i];
	}
	chip = tot * CHIPSHARE / (1.0 - CHIPSHARE);
	for (i = 0; i < NCHIP; i++)
		w[NPROD - NCHIP + i] = chip * chipw[i];
	tot = 0.0;
	for (i = 0; i < NPROD; i++) {
		tot += w[i];
		pcum[i] = tot;
	}
}

static void
setup(void)
{
	uint64_t x;
	double tot;
	size_t i;

	x = SEED;
	for (i = 0; i < 4; i++)
		st[i] = splitmix64(&x);
	/* Zipf(1) by trade rank, plus a floor so small ones appear. */
	tot = 0.0;
	for (i = 0; i < NCTRY; i++) {
		tot += pow((double)i + 1.0, -1.0) + 0.001;
		ccum[i] = tot;
	}
	tot = 0.0;
	for (i = 0; i < NYEAR; i++) {
		tot += pow(1.03, (double)i);
		ycum[i] = tot;
	}
	mkproducts();
}

static void
flush(void)
{
	if (olen > 0 && fwrite(obuf, 1, olen, stdout) != olen) {
		perror("gen: write");
		exit(1);
	}
	olen = 0;
}

static void
put(const char *s, size_t n)
{
	memcpy(obuf + olen, s, n);
	olen += n;
}

static void
putu(uint64_t v)
{
	char d[24];
	size_t n;

	n = sizeof(d);
	do {
		d[--n] = '0' + v % 10;
		v /= 10;
	} while (v > 0);
	put(d + n, sizeof(d) - n);
}

/* v / 10^dec with exactly dec decimals. */
static void
putfix(uint64_t v, int dec)
{
	uint64_t p;
	int i;
	char d[8];

	for (p = 1, i = 0; i < dec; i++)
		p *= 10;
	putu(v / p);
	obuf[olen++] = '.';
	v %= p;
	for (i = dec - 1; i >= 0; i--) {
		d[i] = '0' + v % 10;
		v /= 10;
	}
	put(d, dec);
}

static void
usage(FILE *fp)
{
	fprintf(fp, "usage: gen [--baci] ROWS\n       gen --codes\n");
}

int
main(int argc, char *argv[])
{
	static const struct option lopts[] = {
		{ "baci", no_argument, NULL, 'b' },
		{ "codes", no_argument, NULL, 'c' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 }
	};
	const struct country *r, *p;
	const char *y;
	unsigned long long rows, done;
	uint64_t cents, kg;
	double val, price;
	size_t i;
	char *end;
	int baci, codes, c, year, isx, hasq;

	baci = codes = 0;
	while ((c = getopt_long(argc, argv, "bch", lopts, NULL)) != -1) {
		switch (c) {
		case 'b':
			baci = 1;
			break;
		case 'c':
			codes = 1;
			break;
		case 'h':
			usage(stdout);
			return 0;
		default:
			usage(stderr);
			return 2;
		}
	}
	argc -= optind;
	argv += optind;
	if (codes) {
		if (argc != 0) {
			usage(stderr);
			return 2;
		}
		printf("code,iso3\n");
		for (i = 0; i < NCTRY; i++)
			printf("%d,%s\n", countries[i].baci, countries[i].iso3);
		return fflush(stdout) == 0 && !ferror(stdout) ? 0 : 1;
	}
	if (argc != 1) {
		usage(stderr);
		return 2;
	}
	errno = 0;
	rows = strtoull(argv[0], &end, 10);
	if (errno != 0 || end == argv[0] || *end != '\0' || argv[0][0] == '-') {
		fprintf(stderr, "gen: bad number of rows: '%s'\n", argv[0]);
		return 2;
	}

	setup();
	if (baci)
		put("t,i,j,k,v,q\n", 12);
	else
		put("period,reporter,partner,flow,product,value,quantity,"
		    "unit,currency,source\n", 73);
	for (done = 0; done < rows;) {
		year = YEAR0 + (int)pick(ycum, NYEAR);
		r = &countries[pick(ccum, NCTRY)];
		do
			p = &countries[pick(ccum, NCTRY)];
		while (p == r);
		isx = (next() >> 63) != 0;
		y = prod[pick(pcum, NPROD)];
		val = exp(9.9 + 2.6 * gauss());
		if (val < 1.0)
			val = 1.0;
		else if (val > 1e12)
			val = 1e12;
		if (unif() < 0.7)
			cents = (uint64_t)llround(val) * 100;
		else
			cents = (uint64_t)llround(val * 100.0);
		price = exp(2.1 + 1.5 * gauss());
		kg = (uint64_t)llround(val / price);
		hasq = unif() >= 0.1;
		if (baci && !isx)
			continue;
		done++;

		if (olen > OUTBUF - 256)
			flush();
		putu((uint64_t)year);
		obuf[olen++] = ',';
		if (baci) {
			putu((uint64_t)r->baci);
			obuf[olen++] = ',';
			putu((uint64_t)p->baci);
			obuf[olen++] = ',';
			put(y, 6);
			obuf[olen++] = ',';
			/* Whole dollars, as thousands with 3 decimals. */
			putfix((cents + 50) / 100, 3);
			obuf[olen++] = ',';
			if (hasq)
				putfix(kg, 3);
		} else {
			put(r->iso3, 3);
			obuf[olen++] = ',';
			put(p->iso3, 3);
			obuf[olen++] = ',';
			obuf[olen++] = isx ? 'X' : 'M';
			obuf[olen++] = ',';
			put(y, 6);
			obuf[olen++] = ',';
			if (cents % 100 == 0)
				putu(cents / 100);
			else
				putfix(cents, 2);
			obuf[olen++] = ',';
			if (hasq)
				putu(kg);
			put(",kg,USD,bench", 13);
		}
		obuf[olen++] = '\n';
	}
	flush();
	if (fflush(stdout) != 0 || ferror(stdout)) {
		perror("gen: write");
		return 1;
	}
	return 0;
}
