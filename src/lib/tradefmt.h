/*
 * tradefmt.h - what an input format is to the trade reader: a struct of
 * hooks and traits (struct trade_format_ops, one per fmt_*.c file, listed
 * in formats.h), and the reader's insides the formats and the thread
 * engine (tradepar.c) share with the reader (trade.c).  Not for programs.
 *
 * A format of columns names its roles (period, reporter, value...) by
 * header name; the reader finds them, and one mapper (trade_map_row())
 * turns a record into a row from the roles and the format's traits.  The
 * hooks are for what does not fit that: a file told by its first bytes
 * and read whole (JSON), a record with a row per column (the IMF's), a
 * country file of the format's own (BACI's), a faster row (canonical).
 */
#ifndef TRADESTAT_TRADEFMT_H
#define TRADESTAT_TRADEFMT_H

#include "codes.h"
#include "trade.h"

enum role {
	R_PERIOD, R_PERIOD2, R_YEAR, R_MONTH,
	R_REP_ISO, R_REP_CODE, R_REP_NAME,
	R_PAR_ISO, R_PAR_CODE, R_PAR_NAME,
	R_FLOW, R_FLOW2, R_PRODUCT, R_VALUE, R_QTY, R_UNIT, R_CURRENCY,
	R_SOURCE, R_ROWS, R_MONTHS, R_MONTH_MASK, R_SCALE, R_SCALE_TEXT,
	R_INDICATOR,
	/* breakdowns, told apart from their totals (trade_map_row()), and
	 * the classification of the product codes */
	R_MOT, R_CUSTOMS, R_PARTNER2, R_PROCEDURE, R_CLASS,
	NROLES
};

#define TRADE_ROLE(r)	(1u << (r))

/* trade_format_ops.flags */
#define TF_ROLLUPS	0x01	/* an empty period, country, flow or product
				 * is a roll-up over all (tradestat's own) */
#define TF_ZERO_QTY	0x02	/* a quantity of 0 without a unit is 0, not
				 * "missing" */
#define TF_WIDE		0x04	/* no period or value column: rows() gives
				 * a row per value column of a record */
#define TF_PERIOD_DAY	0x08	/* the second period column may be a day
				 * YYYYMMDD (refPeriodId 20230401) */

struct trade_reader;

struct trade_format_ops {
	enum trade_format	 fmt;
	const char		*name;		/* for --format */
	const char		*label;		/* default source */
	/* header names per role, '|' separated alternatives; NULL unused */
	const char		*cols[NROLES];
	unsigned		 required;	/* TRADE_ROLE() per role; 0: not
						 * detected by its header */
	int			 pow10;		/* value scale */
	const char		*currency;	/* when no column gives it */
	enum flow		 flow;		/* when no column gives it */
	const char		*unit;		/* when no column gives it */
	const char		*product;	/* when no column gives it */
	unsigned		 flags;		/* TF_* */

	/* Hooks; NULL when the format has nothing to do there. */
	/* Once per reader, before the first file: 0, or -1 with r->err. */
	int	(*setup)(struct trade_reader *r);
	/* Whether the file is of this format by its first bytes (head, from
	 * its first byte that is not a space): 1 yes, 0 no, -1 error (a
	 * forced format that contradicts it).  Formats with a sniff hook
	 * read their own records with next(). */
	int	(*sniff)(struct trade_reader *r, const char *head, size_t len);
	/* The file is this format's: after the header matched (r->col is
	 * set), or, for a sniffed format, to read the file and set the
	 * header (trade_set_format()).  1 ok, 0 a sniffed file without
	 * records, -1 error. */
	int	(*open)(struct trade_reader *r);
	/* A sniffed format's next record into r->fv, r->fl, r->nf and
	 * r->recno: 1, 0 at the end, -1 error; close() frees its state. */
	int	(*next)(struct trade_reader *r);
	void	(*close)(struct trade_reader *r);
	/* The value of a code column (R_REP_CODE, R_PAR_CODE) as a country
	 * into out: 0 found, 1 not (the code table is tried). */
	int	(*code)(struct trade_reader *r, const char *s, size_t len,
		    char *out);
	/* TF_WIDE: the record just read; 0 ok, -1 bad (r->err).  Then
	 * rows() gives its rows one by one: 1 a row, 0 none left, -1 bad. */
	int	(*record)(struct trade_reader *r);
	int	(*rows)(struct trade_reader *r, struct trade_row *row);
	/* When open() set r->fastline: the next line where it lies in the
	 * reader's chunk (csvr_peek()) as a row, 1; 0 leaves it to
	 * csvr_next() and the mapper, which say what is wrong with it. */
	int	(*line)(struct trade_reader *r, struct trade_row *row);
};

/* The formats, in the order of formats.h, and how many. */
extern const struct trade_format_ops *const trade_formats[];
extern const size_t trade_nformats;
/* The format f's ops; NULL for FMT_AUTO. */
const struct trade_format_ops *trade_format_find(enum trade_format f);
#define TRADE_FORMAT_OPS(e, ops) \
	extern const struct trade_format_ops ops;
TRADE_FORMATS(TRADE_FORMAT_OPS)
#undef TRADE_FORMAT_OPS

#define BDIRECT 100000	/* BACI country numbers looked up directly */

struct baci_map {
	long	 num;
	char	 iso[CODE_MAX];
};

struct trade_reader {
	struct trade_opts	 o;
	char *const		*files;
	int			 nfiles, fi;
	int			 started;	/* fi is open */
	int			 setup;		/* the setup() hooks ran */
	struct csvr		*csv;
	const char		*fname;
	/* the current file's bytes (source.h): a zip's members in turn,
	 * named "ZIP:MEMBER"; the names, kept for rows until the end */
	struct source		*src;
	size_t			 nmembers;
	char			**names;
	size_t			 nnames;
	char			*zipcountries;	/* a zip's country_codes */
	/* the fields of the current record: csv's, or own's */
	const char *const	*fv;
	const size_t		*fl;
	size_t			 nf;
	/* a sniffed format reading its own records (JSON), and its state;
	 * records are numbered, not lines */
	const struct trade_format_ops *own;
	void			*owndata;
	uint64_t		 recno;

	/* the current file */
	const struct trade_format_ops *spec;
	int			 col[NROLES];	/* -1 when absent */
	char			*colname[NROLES];
	char			 source[256];
	char			 currency[8];	/* the record's, when set */
	/* TF_WIDE: the value columns and their periods, and where rows()
	 * is in the current record */
	int			*pcol, *pper;
	size_t			 npcol, pnext;
	int			 inrec;
	int			 rec_pow10;	/* the record's value scale */
	size_t			 nhead;		/* fields in the header */
	int			 canon;		/* canonical, its 10 columns
						 * in order: fast rows first */
	int			 fastline;	/* the format's line() first */

	/* BACI's own code file (fmt_baci.c) */
	struct baci_map		*bmap;
	size_t			 nbmap;
	/* bmap resolved, by number (below BDIRECT): the country or NULL */
	const struct country	**bres;

	char			 err[1024];
	uint64_t		 nskipped;
	uint64_t		 nheaders;	/* header lines repeated */
	int			 decmark;	/* the file's decimal mark,
						 * 0 until decided */
	char			*skipmsg[5];
	char			*recoded;	/* notes of files read as
						 * cp1252, in part */
	uint64_t		 bytes_done;
	int			 failed;
	int			 part;		/* a block of tradepar.c, a
						 * range of its template's */
	uint64_t		 part_lines;	/* lines of the range, read */
};

/* Field i of the current record (length in *len); "" past its end. */
static inline const char *
trade_fld(const struct trade_reader *r, size_t i, size_t *len)
{
	if (__builtin_expect(i < r->nf, 1)) {
		*len = r->fl[i];
		return r->fv[i];
	}
	*len = 0;
	return "";
}

/* The earlier file of files[0..i) that files[i] repeats (the same device
 * and inode, or the same bytes), or -1: its rows would count twice. */
int	trade_repeated_file(char *const *files, int i);
/* Open the next file and read its header; 1 ok, 0 no more, -1 error. */
int	trade_open_next(struct trade_reader *r);
/* Match the current record as the header of format f (NULL: detect it
 * in the order of formats.h); 0, or -1 with r->err. */
int	trade_set_format(struct trade_reader *r,
	    const struct trade_format_ops *f);
/* The roles of the current record into row: 0 ok, 1 not wanted
 * (keep_product), -1 error (r->err). */
int	trade_map_row(struct trade_reader *r, struct trade_row *row);
/* The error "FILE:LINE: ..." (or "FILE:record N: ...") into r->err; and
 * "column 'NAME': what: 'value'" about the field of role k. */
/*
 * The columns whose names are periods (the IMF's years, --wide), in
 * r->pcol and r->pper: a period twice is an error (its values would
 * count twice), and none is the error none.  0, or -1 with r->err.
 */
int	trade_period_columns(struct trade_reader *r, size_t n,
	    const char *none);
void	trade_rowerr(struct trade_reader *r, const char *fmt, ...)
	    __attribute__((format(printf, 2, 3)));
void	trade_colerr(struct trade_reader *r, int k, const char *what);
/* The current record's line (or record number). */
uint64_t trade_curline(const struct trade_reader *r);

/* The canonical format's fast rows (fmt_canonical.c), called straight
 * from trade_next() when r->canon: the next line where it lies in the
 * reader's chunk (1 a row, 0 leave it to csvr_next()), and the record
 * just read (0 a row, -1 leave it to trade_map_row()). */
int	trade_canon_line(struct trade_reader *r, struct trade_row *row);
int	trade_canon_row(struct trade_reader *r, struct trade_row *row);

#endif
