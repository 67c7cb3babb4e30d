/*
 * monthmask.h - the months of a year a roll-up covers (bit m-1 for month
 * m), as the month_mask column writes them: twelve letters, one a month,
 * '.' where it is absent ("JFMAMJJASOND" the whole year, ".....JJA...."
 * June to August).  Letters, not the three hex digits written before
 * ("0e0", "100"), which a spreadsheet reads as the numbers 0 and 100;
 * those are still read, so older files keep working.  A dot, not a
 * dash: a spreadsheet takes a cell that starts with '-' for a formula.
 */
#ifndef TRADESTAT_MONTHMASK_H
#define TRADESTAT_MONTHMASK_H

#include <stddef.h>

#define MONTHMASK_LEN	12

/* The twelve letters of mask (its low 12 bits) and a NUL into buf;
 * returns buf. */
char	*monthmask_format(int mask, char buf[MONTHMASK_LEN + 1]);

/*
 * The mask of s[0..len): the twelve letters (each month's own capital,
 * or '.'), or one to three hex digits of the older form.  0 with *mask,
 * or -1 when it is neither (a letter out of place, another length).
 */
int	 monthmask_parse(const char *s, size_t len, int *mask);

#endif
