/*
 * prodlist.h - lists of HS codes (--product, --products FILE, --tier) and
 * their translation between HS editions with a UNSD correlation table.
 */
#ifndef TRADESTAT_PRODLIST_H
#define TRADESTAT_PRODLIST_H

#include <stddef.h>

#include "hs.h"

/*
 * The codes in the order they were added, each once, and a hash set of
 * them: a code is found, and a row's product matched, in time that does
 * not grow with the list.  A list starts as all zeros ({ 0 }).
 */
struct prodlist {
	char	(*code)[HS_MAX + 1];
	size_t	  n, cap;
	size_t	 *slot;		/* index + 1 of the code there; 0 free */
	size_t	  nslot;	/* a power of two, or 0 */
};

/* Add the comma-separated codes of s; -1 with err naming a bad code. */
int	 prodlist_add_codes(struct prodlist *l, const char *s, char *err,
	    size_t errsz);
/*
 * Add the codes of a product list file: CSV with a code column (hs6,
 * hscode, product, code or hs) and, for a tiered list, a tier column;
 * tiers (comma separated, NULL for all) keeps only those tiers.  -1 with
 * err ("FILE:LINE: ...").
 */
int	 prodlist_load(struct prodlist *l, const char *path, const char *tiers,
	    char *err, size_t errsz);
/* What a translation did that the user should know: one line each
 * ("TABLE: CODE ..."), owned by the struct; starts as { 0 }. */
struct prodlist_notes {
	char	**line;
	size_t	  n;
};
void	 prodlist_notes_free(struct prodlist_notes *n);

/*
 * Translate the list to the other edition of a correlation table
 * (columns hs2022,hs2017[,relationship], or any two edition columns):
 * the direction is the one whose first column holds more of the list's
 * codes.  Codes whose correspondence is n:n are left out, with a note
 * naming the codes they correspond to; codes not in the table are kept
 * as they are, with a note.  The notes are added to *notes (the caller
 * prints them).  -1 with err (the list is then unchanged).
 */
int	 prodlist_translate(struct prodlist *l, const char *table,
	    struct prodlist_notes *notes, char *err, size_t errsz);
/* 1 when code starts with one of the list's codes. */
int	 prodlist_match(const struct prodlist *l, const char *code);
/* The indices (into l->code) of the list's codes that code starts with,
 * shortest first, into idx (HS_MAX + 1 of them at most); their count. */
size_t	 prodlist_prefixes(const struct prodlist *l, const char *code,
	    size_t *idx);
void	 prodlist_free(struct prodlist *l);
/* Where the @NAME lists are: share/tradestat/lists beside the running
 * program's bin/ when installed, else the data/lists of the build tree
 * it runs from (bin/, build/asan/bin/), in buf; "data/lists" when the
 * program's path is not known. */
const char *prodlist_dir(char *buf, size_t size);

#endif
