/*
 * fmt_comtrade_json.h - the scanner of the comtrade-json reader on its
 * own, for a response in memory or in a file: fetch.c checks and reads
 * the API's responses with it, one record at a time, as the reader does.
 */
#ifndef TRADESTAT_FMT_COMTRADE_JSON_H
#define TRADESTAT_FMT_COMTRADE_JSON_H

#include <jansson.h>
#include <stddef.h>

/* Where and how the JSON went wrong. */
struct fmt_comtrade_json_err {
	unsigned long long	line;
	unsigned long		col;
	char			what[160];	/* "the input ends inside a
						 * value", or jansson's text */
};

/*
 * Scan the JSON in buf[0..len) and then, when fd >= 0, the rest of fd:
 * an object with a "data" array of records, or a bare array of them.
 * Each record in turn goes to each(arg, record) when each is not NULL
 * (the record is borrowed: each keeps a reference of its own if it must);
 * each returns 0 to go on, anything else to stop there.  *count is the
 * number of records seen.  With rest, *rest is a new object (the
 * caller's, even on an error) of the top object's members but the data
 * array, those under 64 kB: the API's error, message, errorObject...
 * Returns 1 for a whole response with its data array, 0 for whole JSON
 * without one, 2 when each stopped the scan, -1 when the bytes are not
 * one whole JSON value (cut short, not JSON, a byte out of place, bytes
 * after its end): *e says where and what.  Memory holds one record and
 * the members beside the data, never the whole response.
 */
int	 fmt_comtrade_json_scan(const char *buf, size_t len, int fd,
	    int (*each)(void *, json_t *), void *arg, size_t *count,
	    json_t **rest, struct fmt_comtrade_json_err *e);

#endif
