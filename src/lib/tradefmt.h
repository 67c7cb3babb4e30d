/*
 * tradefmt.h - the trade reader's insides, shared by the reader
 * (trade.c) and the thread engine (tradepar.c); not for programs.
 */
#ifndef TRADESTAT_TRADEFMT_H
#define TRADESTAT_TRADEFMT_H

#include <jansson.h>

#include "codes.h"
#include "trade.h"

enum role {
	R_PERIOD, R_PERIOD2, R_YEAR, R_MONTH,
	R_REP_ISO, R_REP_CODE, R_REP_NAME,
	R_PAR_ISO, R_PAR_CODE, R_PAR_NAME,
	R_FLOW, R_FLOW2, R_PRODUCT, R_VALUE, R_QTY, R_UNIT, R_CURRENCY,
	R_SOURCE, R_ROWS, R_MONTHS, R_MONTH_MASK, R_SCALE, R_SCALE_TEXT,
	R_INDICATOR,
	NROLES
};

struct fmtspec {
	enum trade_format	 fmt;
	const char		*name;
	const char		*label;		/* default source */
	/* header names per role, '|' separated alternatives; NULL unused */
	const char		*cols[NROLES];
	unsigned		 required;	/* bit per role */
	int			 pow10;		/* value scale */
	const char		*currency;	/* when no column gives it */
	enum flow		 flow;		/* when no column gives it */
	const char		*unit;		/* when no column gives it */
};

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
	struct csvr		*csv;
	const char		*fname;
	/* the fields of csv's current record */
	const char *const	*fv;
	const size_t		*fl;
	size_t			 nf;

	/* the current file */
	const struct fmtspec	*spec;
	int			 col[NROLES];	/* -1 when absent */
	char			*colname[NROLES];
	char			 source[256];
	char			 currency[8];
	/* IMF wide: period columns and where we are in the record */
	int			*pcol, *pper;
	size_t			 npcol, pnext;
	int			 inrec;
	int			 imf_pow10;
	size_t			 nhead;		/* fields in the header */
	int			 canon;		/* canonical, its 10 columns in
						 * order: canon_row() first */
	/* JSON: records made of the API's field names */
	json_t			*json;
	size_t			 jnext, jcount;
	char			**jfields;
	size_t			 njfields;
	char			**jvals;
	uint64_t		 jline;

	/* BACI's own code file */
	struct baci_map		*bmap;
	size_t			 nbmap;
	/* bmap resolved, by number (below BDIRECT): the country or NULL */
	const struct country	**bres;

	char			 err[1024];
	uint64_t		 nskipped;
	char			*skipmsg[5];
	uint64_t		 bytes_done;
	int			 failed;
	int			 part;		/* trade_parallel()'s: a range of
						 * its template's file */
	uint64_t		 part_lines;	/* lines of the range, read */
};

/* Open the next file and read its header; 1 ok, 0 no more, -1 error. */
int	trade_open_next(struct trade_reader *r);

#endif
