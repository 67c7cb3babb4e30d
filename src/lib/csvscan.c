/*
 * csvscan.c - the byte scanners of the CSV reader: where a line's
 * delimiters are and whether it holds a trap for libcsv, sixteen bytes
 * at a time with SSE2 and eight at a time (SWAR) in portable C, the two
 * twins side by side; the prefilter's plain-line test; and the 64-byte
 * look at a short line of csvr_peek().  They read past the line's end
 * within CSVR_PAD (csvio_int.h says why that is safe).
 */
#include <stdint.h>
#include <string.h>

#include "csvio_int.h"
#include "util.h"

#ifdef CSVSCAN_SSE2
#include <emmintrin.h>

/* csvscan_line() sixteen bytes at a time (up to 15 past p + n). */
static long
scan_sse2(const char *p, size_t n, unsigned char delim, size_t *dpos,
    int *high)
{
	size_t i = 0, nd = 0;
	const __m128i vd = _mm_set1_epi8((char)delim);
	const __m128i vq = _mm_set1_epi8('"'), vcr = _mm_set1_epi8('\r');
	const __m128i vz = _mm_setzero_si128();
	unsigned trap = 0, hi = 0, keep = 0xffff;

	for (i = 0; i < n; i += 16) {
		__m128i w = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + i));
		unsigned m;

		if (n - i < 16)
			keep = (1u << (n - i)) - 1;	/* the line's bytes */
		m = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w, vd)) & keep;
		trap |= (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(
		    _mm_cmpeq_epi8(w, vq), _mm_cmpeq_epi8(w, vcr)),
		    _mm_cmpeq_epi8(w, vz))) & keep;
		hi |= (unsigned)_mm_movemask_epi8(w) & keep;
		for (; m != 0; m &= m - 1)
			dpos[nd++] = i + (size_t)__builtin_ctz(m);
	}
	*high = hi != 0;
	return trap ? -1 : (long)nd;
}
#endif

/* csvscan_line() eight bytes at a time, in portable C (the twin of
 * scan_sse2(), for machines without SSE2). */
static long
scan_swar(const char *p, size_t n, unsigned char delim, size_t *dpos,
    int *high)
{
	size_t i = 0, nd = 0;
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t dq = ones * '"', dcr = ones * '\r', dd = ones * delim;
	uint64_t trap = 0, hi = 0, w, m;

	for (; i + 8 <= n; i += 8) {
		memcpy(&w, p + i, 8);
		trap |= util_zero_bytes(w ^ dq) | util_zero_bytes(w ^ dcr) |
		    util_zero_bytes(w);
		hi |= w & 0x8080808080808080ULL;
		for (m = util_zero_bytes(w ^ dd); m != 0; m &= m - 1)
			dpos[nd++] = i + (size_t)(__builtin_ctzll(m) >> 3);
	}
	for (; i < n; i++) {
		unsigned char c = (unsigned char)p[i];

		trap |= c == '"' || c == '\r' || c == '\0';
		hi |= c & 0x80;
		if (c == delim)
			dpos[nd++] = i;
	}
	*high = hi != 0;
	return trap ? -1 : (long)nd;
}

long
csvscan_line(const char *p, size_t n, unsigned char delim, size_t *dpos,
    int *high, int portable)
{
#ifdef CSVSCAN_SSE2
	if (!portable)
		return scan_sse2(p, n, delim, dpos, high);
#else
	(void)portable;
#endif
	return scan_swar(p, n, delim, dpos, high);
}

/* The bytes with 0x80 set in a mask of whole bytes, counted. */
static size_t
count_bytes(uint64_t m)
{
	return (size_t)(((m >> 7) * 0x0101010101010101ULL) >> 56);
}

/* A line without the literals is skipped when it is plain: no quote, no
 * NUL, no CR but a final one, no byte beyond ASCII, and as many fields as
 * the header (a ragged line is parsed, and reported). */
int
csvscan_plain(const char *p, size_t len, int delim, size_t hfields)
{
	const uint64_t ones = 0x0101010101010101ULL;
	const uint64_t dq = ones * '"', dnul = 0, dcr = ones * '\r';
	const uint64_t dd = ones * (unsigned char)delim;
	uint64_t bad = 0;
	size_t i, body = len, nd = 0;

	if (len > CSVR_MAX_FIELD)
		return 0;
	if (body > 0 && p[body - 1] == '\r')
		body--;		/* a final CR is a CRLF's */
	for (i = 0; i + 8 <= body; i += 8) {
		uint64_t w;

		memcpy(&w, p + i, 8);
		bad |= util_zero_bytes(w ^ dq) | util_zero_bytes(w ^ dnul) |
		    util_zero_bytes(w ^ dcr) | (w & 0x8080808080808080ULL);
		nd += count_bytes(util_zero_bytes(w ^ dd));
	}
	for (; i < body; i++) {
		unsigned char c = (unsigned char)p[i];

		if (c == '"' || c == '\0' || c == '\r' || c >= 0x80)
			bad = 1;
		nd += c == (unsigned char)delim;
	}
	return !bad && nd + 1 == hfields;
}

#ifdef CSVSCAN_SSE2
/*
 * csvr_peek() of a line of fewer than 64 bytes in the 64 from p (which
 * can all be read): its LF, delimiters and traps found in one pass, as
 * four 16-byte masks made one; the fields' count, or 0 when the line is
 * not for this way (longer, blank, a trap, a byte beyond ASCII, more
 * than max fields): whole_line() then.
 */
size_t
csvscan_peek64(char *p, size_t avail, int delim, char **f, size_t *l,
    size_t max, size_t *take)
{
	const __m128i vd = _mm_set1_epi8((char)delim);
	const __m128i vq = _mm_set1_epi8('"'), vcr = _mm_set1_epi8('\r');
	const __m128i vlf = _mm_set1_epi8('\n'), vz = _mm_setzero_si128();
	uint64_t lf = 0, dm = 0, trap = 0, keep;
	size_t b, body, end, start = 0, k = 0;

	if (*p == '#')
		return 0;	/* it may be CSVR_MARKER */
	for (b = 0; b < 64; b += 16) {
		__m128i w = _mm_loadu_si128((const __m128i *)(const void *)
		    (p + b));

		lf |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w,
		    vlf)) << b;
		dm |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(w,
		    vd)) << b;
		trap |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(
		    _mm_or_si128(_mm_cmpeq_epi8(w, vq), _mm_cmpeq_epi8(w,
		    vcr)), _mm_or_si128(_mm_cmpeq_epi8(w, vz), w))) << b;
	}
	if (avail < 64)
		lf &= ((uint64_t)1 << avail) - 1;	/* not old bytes' */
	if (lf == 0)
		return 0;
	end = (size_t)__builtin_ctzll(lf);
	body = end > 0 && p[end - 1] == '\r' ? end - 1 : end;	/* CRLF */
	keep = ((uint64_t)1 << body) - 1;
	if (body == 0 || (trap & keep))
		return 0;
	for (dm &= keep; dm != 0; dm &= dm - 1, k++) {
		size_t d = (size_t)__builtin_ctzll(dm);

		if (k + 1 >= max)
			return 0;	/* more than max fields */
		f[k] = p + start;
		l[k] = d - start;
		start = d + 1;
	}
	f[k] = p + start;
	l[k] = body - start;
	*take = end + 1;
	return k + 1;
}
#endif
