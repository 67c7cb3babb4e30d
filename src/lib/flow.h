/*
 * flow.h - trade flow codes: M import, X export, RM re-import, RX re-export.
 */
#ifndef TRADESTAT_FLOW_H
#define TRADESTAT_FLOW_H

#include <stddef.h>

enum flow {
	FLOW_NONE = 0,
	FLOW_M,
	FLOW_X,
	FLOW_RM,
	FLOW_RX,
	FLOW_T		/* total trade, exports and imports: published
			 * totals; never added to M or X */
};

/*
 * Read a flow label: M X RM RX, Comtrade's 1 2 3 4 (import, export,
 * re-export, re-import), Import Export Re-Export Re-Import (any case),
 * Eurostat's IMPORT EXPORT and "1-IMPORT" "2-EXPORT", IMF's MG XG;
 * T (or "total") for a published total of both directions.
 * Returns FLOW_NONE when the label is none of them.
 */
enum flow	 flow_parse(const char *s, size_t len);
const char	*flow_code(enum flow f);	/* "M", "X", "RM", "RX", "T" */
/* The flow seen from the other side: M <-> X, RM <-> RX, T <-> T. */
enum flow	 flow_mirror(enum flow f);

#endif
