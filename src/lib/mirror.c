/*
 * mirror.c - the measures of mirror statistics (see mirror.h).
 */
#include <math.h>

#include "mirror.h"

void
mirror_measures(double x, double m, double cif_fob,
    struct mirror_measures *out)
{
	out->import_fob = m / cif_fob;
	out->gap = NAN;
	out->ratio = NAN;
	out->di = NAN;
	if (isnan(x) || isnan(m))
		return;		/* one side: nothing to compare */
	out->gap = x - out->import_fob;
	if (out->import_fob > 0)
		out->ratio = x / out->import_fob;
	if (x + out->import_fob > 0)
		out->di = (x - out->import_fob) / (x + out->import_fob);
}
