/*
 * fuzz_csvdiff.c - libFuzzer harness: the CSV reader's fast path and
 * libcsv give the same records, line numbers and errors on any input;
 * the file cut into ranges at line ends gives the records of one pass;
 * the line prefilter drops nothing but lines without its literals;
 * the same in small read chunks.
 */
#include "../unit/csvdiff.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	if (!csv_same(data, size, 0))
		abort();
	/* read in chunks of 16 to 271 bytes: lines taken in place, lines
	 * across the ends of chunks, lines longer than a chunk */
	csvdiff_chunk = size > 0 ? 16 + (size_t)data[size - 1] : 16;
	if (!csv_same(data, size, 0))
		abort();
	/* the line prefilter drops only lines without its literals */
	{
		static const char *const lits[] = { "85", "4", "a,b" };

		if (size > 0 && !csv_prefilter_ok(data + 1, size - 1, lits,
		    1 + data[0] % 3))
			abort();
	}
	/* cut into ranges at line ends, blocks of 1 to 256 bytes */
	if (size > 0 && !csv_split_same(data + 1, size - 1, ',',
	    1 + data[0], NULL))
		abort();
	csvdiff_chunk = 0;
	return 0;
}
