/*
 * codes.h - country and area codes.
 *
 * The table is compiled in: ISO 3166-1 from Debian's iso-codes (alpha-3,
 * numeric, names) and data/codes/aliases.csv, what trade data adds
 * (BACI's and Comtrade's own numeric codes, world and EU rows, IMF groups,
 * the English names Eurostat uses).  Codes are ISO alpha-3 for countries;
 * aggregates (WLD, EU27, EA20, regions, "areas nes") have codes of their
 * own and are flagged, so that analysis programs never add them to
 * countries by accident.
 */
#ifndef TRADESTAT_CODES_H
#define TRADESTAT_CODES_H

#include <stddef.h>
#include <stdint.h>

struct country {
	const char	*code;		/* "USA", "WLD", "EU27", "G110" */
	const char	*name;		/* English name */
	int		 aggregate;	/* a group of countries or a residual */
};

struct codes_key {
	const char	*key;		/* lower case; numbers without zeros */
	unsigned short	 idx;		/* into codes_table */
};

extern const struct country	codes_table[];	/* sorted by code */
extern const size_t		codes_ntable;
extern const struct codes_key	codes_keys[];	/* sorted by key */
extern const size_t		codes_nkeys;

/* Build the lookup tables (done by the first lookup; call it before
 * threads look codes up). */
void			 codes_init(void);

/*
 * Resolve what a file says (an alpha-3 code, a numeric code such as "842"
 * or "036", an alias such as "W00" or "G001", or an English name, in any
 * case; a name with a " (...)" suffix that is not known is retried
 * without it).  Returns NULL when s is not known.
 */
const struct country	*codes_lookup(const char *s, size_t len);

/* The entry of a tradestat code ("USA", "EU27"), or NULL. */
const struct country	*codes_find(const char *code);

/* c's code NUL-padded to 8 bytes (to copy in one store), or NULL when
 * it has 8 bytes or more. */
const char		*codes_code8(const struct country *c);

/* The direct tables of three capital letters (index codes_upper3()),
 * built by codes_init(): the code of the country they name as one word
 * (NUL-padded to 8 bytes; 0 when they name none, or one whose code has 8
 * bytes or more), and whether the code they are is an aggregate (a bit
 * each). */
extern uint64_t		 codes_word3[26 * 26 * 26];
extern unsigned char	 codes_agg3[(26 * 26 * 26 + 7) / 8];
extern int		 codes_ready;

/* 1 when s[0..3) are capital letters (read no further than the first
 * that is not), and their index into the tables in *idx. */
static inline int
codes_upper3(const char *s, unsigned *idx)
{
	unsigned a = (unsigned char)s[0] - 'A', b, c;

	if (a >= 26 || (b = (unsigned char)s[1] - 'A') >= 26 ||
	    (c = (unsigned char)s[2] - 'A') >= 26)
		return 0;
	*idx = (a * 26 + b) * 26 + c;
	return 1;
}

/* 1 when code is a known aggregate (WLD, EU27, ...), else 0. */
int			 codes_is_aggregate_any(const char *code);
static inline int
codes_is_aggregate(const char *code)
{
	unsigned i;

	if (!codes_upper3(code, &i) || code[3] != '\0')
		return codes_is_aggregate_any(code);
	if (!codes_ready)
		codes_init();
	return codes_agg3[i >> 3] >> (i & 7) & 1;
}

/* 1 when code is the world total (WLD). */
int			 codes_is_world(const char *code);

#endif
