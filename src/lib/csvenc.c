/*
 * csvenc.c - the encodings the CSV reader converts to UTF-8: bytes that
 * are not UTF-8 read as Windows-1252 (cp1252), and UTF-16 of either byte
 * order.
 */
#include <stddef.h>
#include <stdint.h>

#include "csvio_int.h"

/* Windows-1252 0x80..0x9f (the WHATWG Encoding Standard's table: the
 * five bytes Windows leaves undefined are the C1 controls, so that no
 * byte is lost); bytes >= 0xa0 are Latin-1's, U+00A0..U+00FF. */
static const unsigned short cp1252[32] = {
	0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
	0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d, 0x017d, 0x008f,
	0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
	0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0x009d, 0x017e, 0x0178
};

unsigned
csvenc_cp1252(unsigned char c)
{
	return c >= 0x80 && c < 0xa0 ? cp1252[c - 0x80] : c;
}

size_t
csvenc_put_utf8(unsigned cp, char *out)
{
	unsigned char *b = (unsigned char *)out;

	if (cp < 0x80) {
		b[0] = (unsigned char)cp;
		return 1;
	}
	if (cp < 0x800) {
		b[0] = (unsigned char)(0xc0 | (cp >> 6));
		b[1] = (unsigned char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		b[0] = (unsigned char)(0xe0 | (cp >> 12));
		b[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
		b[2] = (unsigned char)(0x80 | (cp & 0x3f));
		return 3;
	}
	b[0] = (unsigned char)(0xf0 | (cp >> 18));
	b[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
	b[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
	b[3] = (unsigned char)(0x80 | (cp & 0x3f));
	return 4;
}

size_t
csvenc_utf16(const unsigned char *in, size_t n, int be, char *out,
    size_t *used, int final)
{
	size_t i = 0, o = 0;
	unsigned u, v;

	while (i + 2 <= n) {
		u = be ? (unsigned)in[i] << 8 | in[i + 1] :
		    (unsigned)in[i + 1] << 8 | in[i];
		if (u >= 0xd800 && u < 0xdc00) {	/* a high surrogate */
			if (i + 4 > n && !final)
				break;		/* its low one first */
			v = i + 4 <= n ? (be ? (unsigned)in[i + 2] << 8 |
			    in[i + 3] : (unsigned)in[i + 3] << 8 |
			    in[i + 2]) : 0;
			if (v >= 0xdc00 && v < 0xe000) {
				o += csvenc_put_utf8(0x10000 + ((u - 0xd800) <<
				    10) + (v - 0xdc00), out + o);
				i += 4;
				continue;
			}
			u = 0xfffd;	/* alone */
		} else if (u >= 0xdc00 && u < 0xe000)
			u = 0xfffd;
		o += csvenc_put_utf8(u, out + o);
		i += 2;
	}
	if (final && i < n) {
		o += csvenc_put_utf8(0xfffd, out + o);	/* an odd byte */
		i = n;
	}
	*used = i;
	return o;
}
