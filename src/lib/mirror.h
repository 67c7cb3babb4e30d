/*
 * mirror.h - the measures of mirror statistics: one flow as its exporter
 * and its importer report it.
 *
 * Exports are valued FOB (at the exporter's border), imports CIF (with
 * freight and insurance to the importer's border), so the importer's
 * figure is brought to FOB by dividing by a CIF/FOB factor (IMF, "Direction
 * of Trade Statistics Guide", uses 1.10 where no better one is known;
 * studies often use about 1.06).  The discrepancy index is the World
 * Bank's (X - M) / (X + M), from -1 (an import no export matches) to +1 (an
 * export that never arrives).
 *
 * Pairing: A's reported exports to B and B's reported imports from A of
 * one period and product make a pair (an import of month t + lag pairs
 * with the export of month t); aggregates pair with aggregates (EU27
 * with the importer's EU27 row), never with a member state; trade with
 * oneself is no pair.  One-sided flows stay, as pairs with one side.
 *
 * Coverage: a year of a reporter's flow covers the months of its rows'
 * month_masks (annual roll-ups, trade-agg --annual), whatever their
 * partner or product (a month with a row for another partner is a month
 * the reporter reported), or the whole year when a row says none.  Two
 * sides of one year that cover different months (eight months of
 * exports against a year of imports) are no pair to compare: the pair
 * is flagged partial, with no gap, ratio or index.
 */
#ifndef TRADESTAT_MIRROR_H
#define TRADESTAT_MIRROR_H

#include <stddef.h>
#include <stdint.h>

#include "hs.h"
#include "trade.h"

struct mirror_measures {
	double	 import_fob;	/* import / cif_fob */
	double	 gap;		/* export - import_fob */
	double	 ratio;		/* export / import_fob; NaN if no import */
	double	 di;		/* (X - M) / (X + M); NaN if both 0 */
};

/* The measures of export x and import m (NaN for a missing side). */
void	 mirror_measures(double x, double m, double cif_fob,
	    struct mirror_measures *out);

/* Status of mirror_add(). */
enum {
	MIRROR_OK = 0,
	MIRROR_SELF,		/* trade with oneself: left out */
	MIRROR_ECURRENCY,	/* the other side is in another currency */
	MIRROR_ELIMIT		/* more than GROUP_MAX pairs (or years of
				 * a reporter's flow) */
};

/* One flow as its exporter and its importer report it. */
struct mirror_pair {
	int		 period;		/* the export side's */
	char		 exporter[CODE_MAX], importer[CODE_MAX];
	char		 product[HS_MAX + 1];
	char		 currency[8];
	double		 x, m;			/* NaN: no report */
	int		 xmonths, mmonths;	/* the months each side's
						 * data covers (a year that
						 * says them); 0 not said */
	int		 xmask, mmask;		/* those months (fff a whole
						 * year); 0 a month */
	uint32_t	 sources;		/* the caller's bits, OR'ed */
};

/* One side, as a reporter reports it. */
struct mirror_side {
	int		 period;
	const char	*reporter, *partner;
	int		 is_export;		/* X; else M */
	const char	*product, *currency;
	double		 value;
	int		 month_mask;		/* an annual roll-up's months */
	uint32_t	 sources;
};

struct mirror;

/* Pairs of sides, imports lagged by lag months (0 none); mirror_free()
 * frees it.  Out of memory exits (xmalloc). */
struct mirror	*mirror_alloc(long lag);
void		 mirror_free(struct mirror *mr);

/*
 * Put a side into its pair.  MIRROR_OK; MIRROR_SELF (left out);
 * MIRROR_ECURRENCY, the side not added, when the pair's other side is
 * in another currency (*clash is then the pair, for the message); or
 * MIRROR_ELIMIT when its pair would be one more than GROUP_MAX (the
 * table is then only to be freed).
 */
int		 mirror_add(struct mirror *mr, const struct mirror_side *s,
		    const struct mirror_pair **clash);

/* After the last side: settle each pair's coverage (xmonths, xmask...),
 * and sort the pairs by period, exporter, importer and product
 * (by_importer: by period and importer first); mirror_pair() in that
 * order. */
void		 mirror_sort(struct mirror *mr, int by_importer);
size_t		 mirror_count(const struct mirror *mr);
const struct mirror_pair *mirror_pair(const struct mirror *mr, size_t i);

/* "matched", "partial" (both sides, of different months),
 * "export_only" or "import_only". */
const char	*mirror_flag(const struct mirror_pair *p);
/* Whether the two sides cover different months of their year. */
int		 mirror_is_partial(const struct mirror_pair *p);
/* The measures of the pair (mirror_measures()); a partial pair's are
 * those of its import alone: import_fob, no gap, ratio or di. */
void		 mirror_pair_measures(const struct mirror_pair *p,
		    double cif_fob, struct mirror_measures *out);

/*
 * Counts of pairs, and the total gap (exports less imports at FOB) over
 * the matched pairs of two countries (aggregates would count their
 * members twice), when they are all in one currency (gap_ok).  The gap
 * adds pairs of one product level, the coarsest there is (level: 0 for
 * TOTAL, else the digits): TOTAL and its chapters, or a heading and its
 * subheadings, would count the same trade twice; finer says that pairs
 * of finer levels were left out of it.
 */
struct mirror_tally {
	uint64_t	 matched, partial, export_only, import_only;
	double		 gap;		/* of the level's pairs */
	int		 level;		/* -1 before the first */
	int		 finer;		/* finer levels left out */
	double		 gaps[HS_MAX + 1];	/* by level */
	char		 currency[8];	/* "" when no pair of countries */
	int		 gap_ok;	/* one currency */
};
void		 mirror_tally_init(struct mirror_tally *t);
void		 mirror_tally_add(struct mirror_tally *t,
		    const struct mirror_pair *p,
		    const struct mirror_measures *mm);

#endif
