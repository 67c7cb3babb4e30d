/*
 * hs.h - Harmonized System product codes, kept as text.
 */
#ifndef TRADESTAT_HS_H
#define TRADESTAT_HS_H

#include <stddef.h>

#define HS_MAX 12	/* longest code kept (national 8/10-digit lines) */

/*
 * Normalise a product code: digits with their leading zeros (a code of
 * odd length lost one: "10121" -> "010121", "101" -> "0101"), or TOTAL
 * (from "TOTAL", "Total", "ALL", "TOTAL-Total", "AG0").  A Eurostat
 * "8542-Label" keeps its code part.  Comtrade's AG2/AG4/AG6 are kept as
 * they are (level 0).  Writes at most HS_MAX + 1 bytes to out; returns the
 * level (number of digits; 0 for TOTAL and AGn) or -1 when s is not a
 * product code.
 */
int	 hs_parse(const char *s, size_t len, char *out);
/* Digits in a normalised code, 0 for TOTAL. */
int	 hs_level(const char *code);
/* 1 when code starts with prefix (both normalised). */
int	 hs_has_prefix(const char *code, const char *prefix);

#endif
