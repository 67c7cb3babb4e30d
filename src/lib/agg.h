/*
 * agg.h - summing trade rows by key columns: the roll-up under trade-agg,
 * trade-share and trade-conc.
 *
 * Rows are added one at a time; memory grows with the number of groups,
 * never with the number of rows.  A group is the set of rows that agree
 * on the kept key columns (after --annual and --hs-level).  Its sums:
 * value; quantity when every row has one in the same unit (else empty);
 * the count of source rows; the months present (for annual roll-ups);
 * the sources.  Sums are associative: the output, read back, gives the
 * same result (roll-up columns rows, months and month_mask are read).
 *
 * What is refused, never guessed: adding two currencies; adding rows of
 * different HS levels (a heading and its subheadings, 8703 and 870323, in
 * one sum double-counts); adding a full-year row to monthly rows of the
 * same year (whether the period is kept or summed away); adding a
 * roll-up row (an empty key: all) to the detail rows it came from;
 * adding imports to exports when the flow is summed away (unless
 * total_trade); a value or a sum that does not fit in decimal fixed
 * point (fixed.h: 36 digits, 18 after the point; sums are exact, so
 * that any order of the rows gives the same digits).  What is left out,
 * and reported: rows of aggregates (world, EU27, ...) in a sum over
 * countries, unless with_aggregates; published totals of both flows
 * (flow T) when the flow is summed away; re-exports and re-imports (RX,
 * RM) when the flow is summed away, since every source's exports and
 * imports include them; with --hs-level N, rows coarser than N (they
 * cannot be split).
 */
#ifndef TRADESTAT_AGG_H
#define TRADESTAT_AGG_H

#include <stdint.h>
#include <stdio.h>

#include "csvio.h"
#include "fixed.h"
#include "trade.h"

/* Key columns, as bits. */
enum {
	AK_PERIOD = 1, AK_REPORTER = 2, AK_PARTNER = 4, AK_FLOW = 8,
	AK_PRODUCT = 16, AK_ALL = 31
};

struct agg_opts {
	unsigned	 by;		/* AK_* bits kept */
	int		 annual;	/* monthly periods become years */
	int		 hs_level;	/* 0, or 2, 4, 6...: roll codes up */
	int		 with_aggregates; /* sum aggregates with countries */
	int		 total_trade;	/* flow summed away: M + X allowed */
	/* how the program's user keeps the aggregates left out, for the
	 * report (NULL: trade-agg's --with-aggregates) */
	const char	*keep_hint;
};

/* The sums of one group. */
struct agg_sum {
	double		 value;		/* v, rounded (set by agg_finish()) */
	double		 quantity;	/* q, rounded; NaN when missing or
					 * mixed units */
	struct fixed	 v;		/* the exact sums (fixed.h) */
	struct fixed	 q;
	double		 rows;		/* source rows */
	int		 month_mask;	/* months present (bit m-1) */
	int		 full_years;	/* rows that are whole years */
	uint32_t	 sources;	/* bit per agg_source() */
	unsigned	 levels;	/* HS levels added (bit per level) */
	unsigned short	 unit;		/* index into the agg's units */
	char		 qty;		/* 0 none yet, 1 summing, 2 broken */
	unsigned char	 flows;		/* bit per flow added */
	unsigned char	 empties;	/* AK_* of rows with an empty key:
					 * roll-ups over all */
	unsigned char	 details;	/* AK_* of rows with that key set */
	unsigned char	 monthly;	/* monthly rows added */
	unsigned char	 classes;	/* bit per trade_class added */
};

/* A cell's country codes are the agg's own copies, one of each code,
 * valid until agg_free() (a program that changes a copied cell's member
 * points it at its own text). */
struct agg_cell {
	const char	*reporter;	/* "" when not kept */
	const char	*partner;
	int		 period;	/* 0 when not kept */
	enum flow	 flow;		/* FLOW_NONE when not kept */
	unsigned char	 bd;		/* first stage: a row's breakdown
					 * (trade_row), keyed by every key */
	char		 product[HS_MAX + 1];
	char		 currency[8];
	struct agg_sum	 s;
	struct agg_sum	 finer;		/* hs_level: rolled-up subheadings
					 * (allocated only then: last) */
};

struct agg;

/* Parse a --by list ("period,reporter,partner"; "all"); -1 when a name
 * is not a key column. */
int		 agg_parse_by(const char *s, unsigned *by);
/* Parse a dimension name (partner, reporter, product); 0 when unknown. */
unsigned	 agg_parse_dim(const char *s);
const char	*agg_dim_name(unsigned dim);
/* Parse an --hs-level (2, 4, 6, 8 or 10); -1 when it is not one. */
int		 agg_parse_level(const char *s, int *level);

struct agg	*agg_new(const struct agg_opts *o);
void		 agg_free(struct agg *a);

/*
 * Add one row.  0 when added, 1 when left out (and counted for
 * agg_report()), -1 on an error: err gets "FILE:LINE: ..." for the row
 * (two currencies in one sum; a 33rd source: a roll-up names at most 32).
 */
int		 agg_add(struct agg *a, const struct trade_row *row,
		    char *err, size_t errsz);

/*
 * After the last row: settle --hs-level (a heading's own row where the
 * file has one, else the sum of its subheadings), then check the sums for
 * mixed HS levels and mixed annual/monthly rows.  -1 with err on a
 * refusal.  Then the cells are sorted by their keys.
 */
int		 agg_finish(struct agg *a, char *err, size_t errsz);

/*
 * A roll-up period by period, for input whose rows come sorted by period
 * (BACI's files are, by year): after agg_stream(a, emit, arg), before
 * the first row, the groups of a period are settled, sorted and handed
 * to emit as soon as a row of a later period comes, and their memory
 * given back; agg_stream_end() hands over the last period's.  The cells
 * are then not in a (agg_count() 0; agg_streamed() says how many went).
 * Memory is that of the groups of one period.  agg_stream() is -1 for
 * options that need every row before the first sum (a first stage
 * other than the output's: --annual, --hs-level, --by without period).
 * agg_add() and agg_stream_end() are AGG_UNSORTED when a row of an
 * earlier period comes, a row has breakdowns, or a group would be
 * refused or have months (which the header names): the caller drops
 * what emit got and reads the rows again without agg_stream(), which
 * says what is wrong, if anything.  agg_add() is -1 as ever on a
 * refused row.
 */
#define AGG_UNSORTED	(-2)
typedef void	(*agg_emit_fn)(void *, const struct agg *,
		    const struct agg_cell *);
int		 agg_stream(struct agg *a, agg_emit_fn emit, void *arg);
int		 agg_stream_end(struct agg *a);
uint64_t	 agg_streamed(const struct agg *a);

/* For shares and concentration, which compare products: -1 with err when
 * the rows mix HS levels (8703 and 870323) and no --hs-level was given. */
int		 agg_check_levels(const struct agg *a, char *err, size_t errsz);

/*
 * Add the sums of b (the same options, rows of other blocks) into a,
 * before agg_finish(), giving b's memory back as they are added (b can
 * then only be freed).  -1 when a sum would add two currencies, would
 * not fit, or the sources would pass 32 (read the rows again in one pass
 * for the message with the row).  The sums are exact (decimal fixed
 * point): they do not depend on how the rows were shared out; examples
 * in messages about mixed HS levels may (those refusals are read again
 * in one pass).
 */
int		 agg_merge(struct agg *a, struct agg *b);

/*
 * The merge on several threads: agg_partition(a, n) before the first row
 * shares a's cells out among n tables (a power of two, at most
 * AGG_PARTS_MAX) by their key's hash, once they are many.  For aggs a and
 * b of the same options and n: agg_merge_prepare(a, b) (on one thread)
 * merges what is not cells; then agg_merge_part(a, b, p) for every p
 * below n merges b's partition p into a's, on any thread, partitions
 * apart at once (b can then only be freed).  -1 as agg_merge().
 */
#define AGG_PARTS_MAX	64
void		 agg_partition(struct agg *a, unsigned n);
/* Whether a's cells are shared out among partitions yet. */
int		 agg_partitioned(const struct agg *a);
int		 agg_merge_prepare(struct agg *a, struct agg *b);
int		 agg_merge_part(struct agg *a, struct agg *b, unsigned p);

/*
 * A budget, before the first row: the groups may take about memory
 * bytes (0: no limit; agg_memory_min() at the least).  Past it, they
 * are written to a sorted run in a temporary file in tmpdir (spill.h),
 * and the runs are merged at the end, by agg_finish() and agg_each(), or
 * at the end of each period by agg_stream().  tmpdir is not copied.
 */
void		 agg_set_memory(struct agg *a, size_t memory,
		    const char *tmpdir);
/* The least budget that works (a table of a few hundred groups, and
 * the merge's buffers). */
size_t		 agg_memory_min(void);
/* Whether groups went to disk. */
int		 agg_spilled(const struct agg *a);
/*
 * Take b's groups (the same options; rows of other blocks) as runs on
 * disk, after a's own, with what b left out, for agg_finish() to merge:
 * the threads' tables of a roll-up past its budget.  b can then only be
 * freed.  -1 with err when b's groups cannot be written, or b's sources
 * with a's pass 32 (the one pass says where).
 */
int		 agg_adopt(struct agg *a, struct agg *b, char *err,
		    size_t errsz);

/*
 * The groups after agg_finish(), in order, handed to emit: from the
 * table, or merged from disk again when they spilled (agg_cell() is
 * then not for them).  0, or -1 with err on a read error.
 */
int		 agg_each(struct agg *a, agg_emit_fn emit, void *arg,
		    char *err, size_t errsz);

size_t		 agg_count(const struct agg *a);
/* Copy a cell (agg_cell() cells may lack the finer sums: never copy one
 * with an assignment). */
void		 agg_cell_copy(struct agg_cell *dst, const struct agg_cell *src);
struct agg_cell	*agg_cell(const struct agg *a, size_t i);

/* The sum of values, after agg_finish(): the double nearest to the
 * exact sum. */
double		 agg_value(const struct agg_sum *s);
/* The sources of a sum, "; " between them. */
const char	*agg_sources(const struct agg *a, const struct agg_sum *s,
		    char *buf, size_t size);
/* Whether any sum has months (write the months columns). */
int		 agg_has_months(const struct agg *a);

/*
 * What was left out, for the program to print: the i-th line (from 0,
 * without program name or newline) into buf; 0 past the last line.
 */
int		 agg_report_line(const struct agg *a, int i, char *buf,
		    size_t size);

/* Canonical output of cells, with the roll-up columns rows (and months,
 * month_mask when months is set). */
void		 agg_write_header(struct csvw *w, int months);
void		 agg_write_cell(struct csvw *w, const struct agg *a,
		    const struct agg_cell *c, int months);
/* The canonical fields alone (a program adds its own columns); exact
 * writes the digits that read back exactly (sums to be summed again),
 * else 15 significant digits. */
void		 agg_write_keys(struct csvw *w, const struct agg *a,
		    const struct agg_cell *c, int exact);
/* The columns months and month_mask (the mask as twelve letters,
 * monthmask.h): count and mask, or both empty when mask is 0. */
void		 agg_write_months(struct csvw *w, int count, int mask);

/*
 * Groups for shares and concentration: sort the cells so that the cells
 * that agree on every key but dim (AK_PARTNER, AK_REPORTER, AK_PRODUCT)
 * are together, largest value first; agg_group_end() finds where a group
 * ends.
 */
void		 agg_sort_groups(struct agg *a, unsigned dim);
/* Series for trends: the cells that agree on every key but the period
 * together (agg_group_end(a, b, AK_PERIOD)), in period order. */
void		 agg_sort_series(struct agg *a);
/* The end of the group (or series) that starts at cell b, in the order
 * of agg_sort_groups() or agg_sort_series(): the first cell of the next. */
size_t		 agg_group_end(const struct agg *a, size_t b, unsigned dim);
/* "period 2023, reporter RUS, flow M": the keys of c but dim, for
 * messages (a static buffer). */
const char	*agg_group_name(const struct agg_cell *c, unsigned dim);
/* The member code of a cell in dimension dim. */
const char	*agg_member(const struct agg_cell *c, unsigned dim);
/* A member that is a total of dim: the world, or product TOTAL. */
int		 agg_is_total(const struct agg_cell *c, unsigned dim);
/* A member that counts in a sum of members: not an aggregate, not the
 * total, and not trade with oneself. */
int		 agg_is_member(const struct agg_cell *c, unsigned dim);

#endif
