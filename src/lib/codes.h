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

/* 1 when code is a known aggregate (WLD, EU27, ...), else 0. */
int			 codes_is_aggregate(const char *code);

/* 1 when code is the world total (WLD). */
int			 codes_is_world(const char *code);

#endif
