/*
 * fuzz_parsers.c - libFuzzer harness: the period, flow, HS code, country
 * code, number and period-range parsers on arbitrary bytes, and the
 * round trips that must hold (a parsed period formats and reparses to
 * itself; a formatted number reads back within 15 digits).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "flow.h"
#include "hs.h"
#include "num.h"
#include "period.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	char hs[HS_MAX + 1], buf[NUM_BUFSZ], *z;
	struct period_range pr;
	double v, w;
	int p, q;

	if (period_parse(s, size, &p) == 0) {
		period_format(p, buf);
		if (period_parse(buf, strlen(buf), &q) != 0 || q != p)
			abort();
	}
	(void)flow_parse(s, size);
	if (hs_parse(s, size, hs) >= 0 && strlen(hs) > HS_MAX)
		abort();
	(void)codes_lookup(s, size);
	if (num_parse(s, size, &v) == NUM_OK) {
		/* the fast path gives exactly strtod's double */
		z = malloc(size + 1);
		memcpy(z, s, size);
		z[size] = '\0';
		w = strtod(z, NULL);
		free(z);
		if (!isfinite(v) || memcmp(&v, &w, sizeof(v)) != 0)
			abort();
		num_format(v, buf);
		if (num_parse(buf, strlen(buf), &w) != NUM_OK ||
		    fabs(w - v) > 1e-14 * fabs(v))
			abort();
	}
	(void)num_parse_scaled(s, size, 6, &v);
	(void)num_parse_scaled(s, size, -3, &v);
	z = malloc(size + 1);
	memcpy(z, s, size);
	z[size] = '\0';
	(void)period_range_parse(z, &pr);
	free(z);
	return 0;
}
