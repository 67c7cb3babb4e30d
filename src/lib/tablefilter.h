/*
 * tablefilter.h - keeping the rows of a table that match conditions:
 * trade rows, or any table a tradestat program writes (docs/tables.md),
 * its columns unchanged, kept by the key columns it has.
 *
 * Every condition given must hold; a list matches any of its members.
 * An empty key cell is "all" (a roll-up's), "other" the rest of
 * trade-share --top: neither is a country, and neither matches a list.
 * The rows left out are counted per condition, so that an answer with no
 * row says why (tablefilter_explain()).
 */
#ifndef TRADESTAT_TABLEFILTER_H
#define TRADESTAT_TABLEFILTER_H

#include <stddef.h>
#include <stdint.h>

#include "codes.h"
#include "csvio.h"
#include "period.h"
#include "prodlist.h"
#include "tablekind.h"
#include "trade.h"

/* The conditions, in the order a row is tried against them. */
enum {
	TF_REPORTER, TF_PARTNER, TF_EXPORTER, TF_IMPORTER, TF_FLOW,
	TF_PERIOD, TF_PRODUCT, TF_AGGREGATE, TF_COUNT
};

#define TF_NSEEN	3	/* values named in the message of an empty
				 * answer */

/* Why rows were left out: per condition, how many, and the first few
 * values that failed it. */
struct tablefilter_why {
	uint64_t	 n[TF_COUNT];
	char		 seen[TF_COUNT][TF_NSEEN][CODE_MAX];
	int		 nseen[TF_COUNT];
};

/* A list of countries, as ISO3 codes ("other" for trade-share's rest). */
struct tablefilter_countries {
	char		(*code)[CODE_MAX];
	size_t		  n;
	const char	 *arg;		/* as given, for messages */
};

/*
 * The conditions.  Zeroed by tablefilter_init(), set by the
 * tablefilter_set_*() calls, or directly for the product lists (codes:
 * --product's, file: a list such as data/lists/chpl.csv, each of which
 * a row's product must be in when its by_ flag is set).  why counts the
 * rows left out when not NULL.
 */
struct tablefilter {
	struct tablefilter_countries	 cl[TF_FLOW];	/* reporter ...
							 * importer */
	unsigned			 flows;		/* 1 << enum flow */
	const char			*flowarg, *periodarg;
	int				 by_period, excl;
	struct period_range		 pr;
	struct prodlist			 codes, file;
	int				 by_codes, by_file;
	struct tablefilter_why		*why;
};

void	 tablefilter_init(struct tablefilter *tf);
void	 tablefilter_release(struct tablefilter *tf);

/*
 * The countries of condition cond (TF_REPORTER ... TF_IMPORTER) from a
 * comma-separated list of codes, numeric codes or names (arg, kept for
 * messages): 0, or -1 with the member that is no country (an excerpt)
 * in bad.
 */
int	 tablefilter_set_countries(struct tablefilter *tf, int cond,
	    const char *arg, char *bad, size_t badsz);
/* The flows of a list such as "M,X": 0, or -1 when one is not a flow. */
int	 tablefilter_set_flows(struct tablefilter *tf, const char *arg);
/* A period or a range (2023, 2021..2023, 2022-03..2023-12): 0 or -1. */
int	 tablefilter_set_period(struct tablefilter *tf, const char *arg);
/* Whether the product passes the product lists given. */
int	 tablefilter_product_ok(const struct tablefilter *tf,
	    const char *product);
/* The same for trade_opts.keep_product: arg is the struct tablefilter. */
int	 tablefilter_keep_product(const char *product, void *arg);
/*
 * The literals one of which the line of every row a product list keeps
 * holds (trade_opts.line_literals): the codes as written or without the
 * leading zero a file may have lost, into lits (max of them, pointers
 * into tf); their number, or 0 when there are more than max or a code
 * is no number (TOTAL: written TOTAL, ALL, AG0...).
 */
size_t	 tablefilter_literals(const struct tablefilter *tf,
	    const char **lits, size_t max);

/* Whether a trade row passes every condition (counted when it does not). */
int	 tablefilter_row(const struct tablefilter *tf,
	    const struct trade_row *row);

/*
 * Standard input, looked at before it is read: its first line, which is
 * then given back, so that the reader that follows reads it whole under
 * its own name.  A regular file is read again from where it started; a
 * pipe is replaced on descriptor 0 by one a thread fills with the line
 * and then the rest.  The caller's struct must outlive that thread: a
 * static one.
 */
#define TABLEFILTER_PEEKMAX	65536	/* bytes of a header looked at */
struct tablefilter_feed {
	char		 line[TABLEFILTER_PEEKMAX];
	size_t		 len;
	int		 from, to;
};

/*
 * The kind of the table of the first of the nfiles files (none, or "-":
 * standard input, looked at through feed), into *kind: TK_NONE when it
 * is not one of tradestat's or cannot be opened (the trade reader then
 * says why); trade rows with the names of trade-load --names are a table
 * whose columns are kept too (TK_COUNT).  0, or -1 with the message in
 * err when standard input cannot be given back.
 */
int	 tablefilter_kind(char **files, int nfiles,
	    struct tablefilter_feed *feed, enum tablekind *kind, char *err,
	    size_t errsz);

/*
 * A reader of a table of kind (not trade rows) that gives the rows that
 * pass tf: the rows of the nfiles files (none: standard input), one
 * stream whose files all have the first one's header.  delim, enc and
 * unknown_keep (an unknown country code passes through) as for a trade
 * reader.  NULL with the message in err when the first file cannot be
 * read or its table lacks a column a condition needs.
 */
struct tablefilter_table;
struct tablefilter_table *tablefilter_open(const struct tablefilter *tf,
	    enum tablekind kind, char **files, int nfiles, int delim,
	    enum csv_encoding enc, int unknown_keep, char *err, size_t errsz);
/* The next row that passes: 1, 0 at the end, -1 on an error
 * (tablefilter_error()). */
int	 tablefilter_next(struct tablefilter_table *t);
const char *tablefilter_error(const struct tablefilter_table *t);
/* The row tablefilter_next() gave to w, its cells as they were (in a
 * workbook, w->excel, a number of a column of figures stays one). */
void	 tablefilter_write(const struct tablefilter_table *t,
	    struct csvw *w);
/* The header, its names joined by commas (valid until the close); the
 * rows read (of every file, kept or not). */
const char *tablefilter_header(const struct tablefilter_table *t);
uint64_t tablefilter_nread(const struct tablefilter_table *t);
void	 tablefilter_close(struct tablefilter_table *t);

/*
 * Every trade row of the nfiles files, read with the options o (but
 * every row, the bad ones skipped) through tablefilter_row(), for its
 * counts of tf->why; the number of rows read.
 */
uint64_t tablefilter_count(const struct tablefilter *tf,
	    const struct trade_opts *o, char **files, int nfiles);

/*
 * No row left: why, from the counts of tf->why over nread rows, into
 * msg.  1 when the conditions asked for are the answer; 0 when the rows
 * were all left out as aggregates, which is not an answer but the way
 * the data is laid out (the program fails with the message).
 */
int	 tablefilter_explain(const struct tablefilter *tf, uint64_t nread,
	    char *msg, size_t size);

#endif
