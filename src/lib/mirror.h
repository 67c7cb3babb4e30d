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
 */
#ifndef TRADESTAT_MIRROR_H
#define TRADESTAT_MIRROR_H

struct mirror_measures {
	double	 import_fob;	/* import / cif_fob */
	double	 gap;		/* export - import_fob */
	double	 ratio;		/* export / import_fob; NaN if no import */
	double	 di;		/* (X - M) / (X + M); NaN if both 0 */
};

/* The measures of export x and import m (NaN for a missing side). */
void	 mirror_measures(double x, double m, double cif_fob,
	    struct mirror_measures *out);

#endif
