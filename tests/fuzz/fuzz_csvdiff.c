/*
 * fuzz_csvdiff.c - libFuzzer harness: the CSV reader's fast path and
 * libcsv give the same records, line numbers and errors on any input.
 */
#include "../unit/csvdiff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!csv_same(data, size, 0))
		abort();
	return 0;
}
