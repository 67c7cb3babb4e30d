/*
 * test.h - the smallest unit test harness: CHECK() an expression,
 * CHECK_NEAR() numbers with a relative tolerance, and test_done() for
 * the count and the exit status.
 */
#ifndef TRADESTAT_TEST_H
#define TRADESTAT_TEST_H

#include <math.h>
#include <stdio.h>
#include <string.h>

static int test_pass, test_fail;

#define CHECK(e) do { \
	if (e) \
		test_pass++; \
	else { \
		test_fail++; \
		fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, \
		    __LINE__, #e); \
	} \
} while (0)

#define CHECK_STR(a, b) do { \
	const char *a_ = (a), *b_ = (b); \
	if (a_ != NULL && b_ != NULL && strcmp(a_, b_) == 0) \
		test_pass++; \
	else { \
		test_fail++; \
		fprintf(stderr, "%s:%d: '%s' != '%s' (%s)\n", __FILE__, \
		    __LINE__, a_ ? a_ : "(null)", b_ ? b_ : "(null)", #a); \
	} \
} while (0)

/* |a - b| <= rel * |b| (or <= rel when b is 0) */
#define CHECK_NEAR(a, b, rel) do { \
	double a_ = (a), b_ = (b); \
	if (fabs(a_ - b_) <= (rel) * (b_ != 0 ? fabs(b_) : 1.0)) \
		test_pass++; \
	else { \
		test_fail++; \
		fprintf(stderr, "%s:%d: %s = %.17g, want %.17g\n", __FILE__, \
		    __LINE__, #a, a_, b_); \
	} \
} while (0)

static int
test_done(const char *name)
{
	printf("%s: %d passed, %d failed\n", name, test_pass, test_fail);
	return test_fail ? 1 : 0;
}

#endif
