/*
 * test_evidence_merge.c - evidence sets filled on several threads' blocks
 * and merged (evidence_merge()) give every claim the result one set of
 * all the rows in their order gives: figure, note, side, rows, sources.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "claimfile.h"
#include "claims.h"
#include "evidence.h"
#include "test.h"
#include "util.h"

/* Row i of a fixed sequence (xorshift from i): countries of which the
 * claims name only some, years 2019-2023 and some months, four flows'
 * worth of products, several sources, a few rows in EUR. */
static void
row_of(unsigned i, struct trade_row *r, char *src, size_t srcsz)
{
	static const char *const cc[] = { "CHN", "RUS", "KAZ", "DEU", "TUR",
	    "GEO", "ARM", "WLD", "EU27", "FRA", "IND", "S19", "KGZ", "USA" };
	static const char *const pc[] = { "854231", "854239", "8542",
	    "847130", "8471", "TOTAL", "870323", "300490" };
	uint64_t x = 0x9e3779b97f4a7c15ull * (i + 1);
	unsigned ncc = sizeof(cc) / sizeof(cc[0]);

	x ^= x >> 31;
	x *= 0xbf58476d1ce4e5b9ull;
	x ^= x >> 27;
	memset(r, 0, sizeof(*r));
	r->period = (2019 + (int)(x % 5)) * 100 + ((x >> 8) % 3 == 0 ?
	    1 + (int)((x >> 12) % 12) : 0);
	snprintf(r->reporter, sizeof(r->reporter), "%s",
	    cc[(x >> 16) % ncc]);
	snprintf(r->partner, sizeof(r->partner), "%s", cc[(x >> 20) % ncc]);
	r->flow = (x >> 24) % 2 ? FLOW_M : FLOW_X;
	snprintf(r->product, sizeof(r->product), "%s",
	    pc[(x >> 28) % (sizeof(pc) / sizeof(pc[0]))]);
	r->value = (double)((x >> 32) % 100000) / 4 + 1.375;
	r->quantity = (x >> 40) % 4 ? (double)((x >> 42) % 900) : NAN;
	snprintf(r->unit, sizeof(r->unit), "%s", (x >> 50) % 2 ? "kg" : "u");
	snprintf(r->currency, sizeof(r->currency), "%s", (x >> 52) % 4 ||
	    strcmp(r->product, "300490") != 0 ? "USD" : "EUR");
	snprintf(src, srcsz, "source %u", (unsigned)((x >> 56) % 7));
	r->source = src;
	r->rows = 1;
	r->file = "rows.csv";
	r->line = i + 2;
}

/* Whether two results are the same, field by field. */
static int
same(const struct evidence_result *a, const struct evidence_result *b)
{
	return a->verdict == b->verdict && a->ok == b->ok &&
	    (!a->ok || (a->computed == b->computed &&
	    a->difference == b->difference)) && a->rows == b->rows &&
	    strcmp(a->holds, b->holds) == 0 && strcmp(a->side,
	    b->side) == 0 && strcmp(a->sources, b->sources) == 0 &&
	    strcmp(a->note, b->note) == 0;
}

static const char claim_lines[] =
    "v,,value,CHN,RUS,X,8542,2021,20000,5%,\n"
    "t,,total_trade,CHN,RUS,both,TOTAL,2020..2022,90000,5%,\n"
    "s,,share,RUS,CHN,M,8542,2022,0.3,2pp,\n"
    "sw,,share,KAZ,TUR,X,TOTAL,2021,0.1,2pp,\n"
    "k,,rank,RUS,CHN,M,85,2023,1,0,\n"
    "g,,growth,KAZ,DEU,M,84,2022,0.1,2pp,\n"
    "y,,yoy,KAZ,DEU,M,8471,2022-03,0.1,2pp,\n"
    "rec,,record,GEO,ARM,X,TOTAL,2022,1,0,\n"
    "m,,value,ARM,TUR,X,8471,2021-01..2021-06,500,5%,\n"
    "q,,quantity,DEU,FRA,M,870323,2020,900,5%,\n"
    "w,,value,KGZ,WLD,M,TOTAL,2023,30000,5%,\n"
    "e,,value,FRA,CHN,X,300490,2019,20000,5%,\n";

/*
 * The rows 0..n, in one set, and cut into blocks of bs rows taken in
 * turn by np sets (as threads take blocks: block b to set b % np, or
 * to set 0 for every third block, so that the sets' shares differ),
 * then merged: the same result for every claim.  pair: rows two by two
 * share their place (two rows of one line; bs even).
 */
static void
check_split(unsigned n, unsigned bs, size_t np, int mirror, int pair)
{
	struct evidence_opts eo = { 0 };
	struct evidence *one, *merged, *part[4];
	struct claim *cl;
	struct trade_row r;
	char src[32], err[256];
	size_t ncl, i, k, nok = 0;
	unsigned j;

	eo.mirror = mirror;
	cl = claims_of(claim_lines, &ncl);
	CHECK(cl != NULL && ncl == 12);
	if (cl == NULL)
		return;
	one = evidence_alloc(cl, ncl, &eo);
	for (k = 0; k < np; k++)
		part[k] = evidence_alloc(cl, ncl, &eo);
	for (j = 0; j < n; j++) {
		unsigned b = j / bs;

		row_of(j, &r, src, sizeof(src));
		CHECK(evidence_add(one, &r, err, sizeof(err)) >= 0);
		k = b % 3 == 0 ? 0 : b % np;
		CHECK(evidence_add_at(part[k], &r, pair ? j / 2 : r.line,
		    err, sizeof(err)) >= 0);
	}
	merged = evidence_alloc(cl, ncl, &eo);
	CHECK(evidence_merge(merged, part, np) == 0);
	for (k = 0; k < np; k++)
		evidence_free(part[k]);
	for (i = 0; i < ncl; i++) {
		struct evidence_result a, b;

		evidence_check(one, i, &a);
		evidence_check(merged, i, &b);
		if (!same(&a, &b))
			fprintf(stderr, "claim %s: %s %.17g '%s' [%s] %ld\n"
			    "        merged: %s %.17g '%s' [%s] %ld\n",
			    cl[i].id, evidence_verdict_name(a.verdict),
			    a.computed, a.note, a.sources, a.rows,
			    evidence_verdict_name(b.verdict), b.computed,
			    b.note, b.sources, b.rows);
		CHECK(same(&a, &b));
		if (getenv("VERBOSE"))
			fprintf(stderr, "%s: %s %.17g '%s' [%s] %ld\n",
			    cl[i].id, evidence_verdict_name(a.verdict),
			    a.computed, a.note, a.sources, a.rows);
		nok += a.ok;
		evidence_result_release(&a);
		evidence_result_release(&b);
	}
	/* most claims computed: the comparison is of figures */
	CHECK(nok >= 6);
	evidence_free(one);
	evidence_free(merged);
	claims_free(cl, ncl);
}

/* 40 sources in each of two sets, 70 in all: past the limit of 64 once
 * merged (the one pass then says where), as one set of them is. */
static void
check_sources(void)
{
	struct evidence *one, *part[2], *merged;
	struct claim *cl;
	struct trade_row r;
	char src[32], err[256];
	size_t ncl;
	int st = 0, j;

	cl = claims_of("v,,value,CHN,RUS,X,8542,2021,1,5%,\n", &ncl);
	CHECK(cl != NULL && ncl == 1);
	if (cl == NULL)
		return;
	one = evidence_alloc(cl, ncl, NULL);
	part[0] = evidence_alloc(cl, ncl, NULL);
	part[1] = evidence_alloc(cl, ncl, NULL);
	for (j = 0; j < 80; j++) {
		memset(&r, 0, sizeof(r));
		r.period = 202100;
		memcpy(r.reporter, "CHN", 4);
		memcpy(r.partner, "RUS", 4);
		r.flow = FLOW_X;
		memcpy(r.product, "854231", 7);
		r.value = 2.5;
		memcpy(r.currency, "USD", 4);
		/* sources 0..39 and 30..69 */
		snprintf(src, sizeof(src), "s%d", j < 40 ? j : j - 10);
		r.source = src;
		r.file = "rows.csv";
		r.line = (uint64_t)j + 2;
		if (st >= 0)
			st = evidence_add(one, &r, err, sizeof(err));
		CHECK(evidence_add_at(part[j < 40 ? 0 : 1], &r, r.line, err,
		    sizeof(err)) == 1);
	}
	CHECK(st == -1);
	CHECK(strstr(err, "more than 64 sources") != NULL);
	merged = evidence_alloc(cl, ncl, NULL);
	CHECK(evidence_merge(merged, part, 2) == -1);
	evidence_free(merged);
	evidence_free(part[0]);
	evidence_free(part[1]);
	evidence_free(one);
	claims_free(cl, ncl);
}

/* No sets, or sets without a row: an empty set, whose claims are all
 * insufficient, as one set without rows says. */
static void
check_empty(void)
{
	struct evidence *one, *part, *merged;
	struct evidence_result a, b;
	struct claim *cl;
	size_t ncl;

	cl = claims_of("v,,value,CHN,RUS,X,8542,2021,1,5%,\n", &ncl);
	CHECK(cl != NULL && ncl == 1);
	if (cl == NULL)
		return;
	one = evidence_alloc(cl, ncl, NULL);
	part = evidence_alloc(cl, ncl, NULL);
	merged = evidence_alloc(cl, ncl, NULL);
	CHECK(evidence_merge(merged, &part, 1) == 0);
	evidence_check(one, 0, &a);
	evidence_check(merged, 0, &b);
	CHECK(a.verdict == V_INSUFFICIENT && same(&a, &b));
	evidence_result_release(&a);
	evidence_result_release(&b);
	evidence_free(one);
	evidence_free(part);
	evidence_free(merged);
	claims_free(cl, ncl);
}

int
main(void)
{
	util_progname = "test_evidence_merge";
	if (claimfile_open("test_evidence_merge") < 0)
		return 1;
	check_split(20000, 700, 2, 0, 0);
	check_split(20000, 333, 3, 0, 0);
	check_split(20000, 1000, 2, 1, 0);
	check_split(20000, 1, 4, 0, 0);
	check_split(20000, 100000, 2, 0, 0);	/* one block: set 1 empty */
	check_split(20000, 334, 3, 0, 1);
	check_split(20000, 2, 2, 1, 1);
	check_sources();
	check_empty();
	claimfile_close();
	return test_done("test_evidence_merge");
}
