/*
 * agg.c - summing trade rows by key columns (see agg.h).
 */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "agg.h"
#include "codes.h"
#include "group.h"
#include "monthmask.h"
#include "period.h"
#include "spill.h"
#include "util.h"

#define MAXSOURCES	32
#define MAXLEFT		16
#define PACKED_MAX	1024	/* cells found by packed keys (packed_cell()) */
#define SPLIT_AT	65536	/* cells before agg_partition() shares them out */

/* A cell's index in the group (+ 1; 0 empty), by its packed key. */
struct packed {
	uint64_t	 key;
	uint32_t	 idx;
};

struct left {
	char		 code[CODE_MAX];
	uint64_t	 n;
};

struct agg {
	struct agg_opts	 o;
	unsigned	 keys;		/* the key of the first stage */
	struct group	*g;
	struct group	*names;		/* country codes: one copy each */
	char		*sources[MAXSOURCES];
	int		 nsources;
	char		**units;	/* quantity units seen; 0 is "" */
	size_t		 nunits, last_unit;
	int		 last_source;
	int		 months;	/* some sum has months */
	/* left out */
	struct left	*left;
	size_t		 nleft, leftcap;
	uint64_t	 nleft_all;
	uint64_t	 nparts;	/* RX, RM rows left out */
	uint64_t	 nbd;		/* rows of files with breakdowns */
	uint64_t	 nbreak;	/* breakdown rows left out */
	uint64_t	 ncoarse;
	unsigned	 levels;	/* HS levels of every row added */
	char		 level_eg[32][HS_MAX + 1];
	char		 coarse_eg[HS_MAX + 1];
	/* packed_cell(): nslots a power of two, twice the cells at least */
	struct packed	*packed;
	size_t		 npacked, nslots;
	int		 packed_off;	/* too many cells, or the order changed */
	/* agg_partition(): past SPLIT_AT cells, the first stage's cells
	 * are shared out among tables by their key's hash, so that the
	 * tables of several threads merge partition by partition, each
	 * partition on one thread, all of them at once */
	struct group	*part[AGG_PARTS_MAX];
	unsigned	 npart;		/* 0: the cells are in g */
	unsigned	 want_parts;
	unsigned	 lastpart;	/* of the last cell_lookup() */
	uint32_t	 smap[MAXSOURCES]; /* agg_merge_prepare(): this agg's */
	unsigned short	*umap;		/* sources and units in the other's */
	/* agg_stream(): the groups of the period speriod, written
	 * through emit when a row of a later period comes */
	agg_emit_fn	 emit;
	void		*emit_arg;
	int		 speriod, started;
	uint64_t	 nstreamed;
	/* agg_opts.memory: past maxcells cells (ncells now, in g and
	 * the partitions), the cells go to a sorted run on disk, merged
	 * at the end (spill_cells(), merge_runs()) */
	size_t		 memory, maxcells, ncells;
	const char	*tmpdir;
	uint64_t	 seqbase;	/* cells created before the tables' */
	struct spill	*spill;
	unsigned	 serial;	/* tags this agg's records */
	struct owner	*own;		/* of adopted runs (agg_adopt()) */
	size_t		 nown;
	int		 ondisk;	/* agg_finish() left the cells there */
	/* agg_finish(): the cells' order, as indices into g, where they
	 * stay (moving every cell to its place costs more than the one
	 * read of each in that order), until agg_sort_groups() */
	uint32_t	*order;
	uint64_t	 nfinal;	/* groups, then */
};

/* The numbering of sources and units of another agg's runs in this
 * one's (agg_adopt()). */
struct owner {
	unsigned	 serial;
	uint32_t	 smap[MAXSOURCES];
	unsigned short	*umap;
};

static const char *dim_names[] = {
	"period", "reporter", "partner", "flow", "product"
};

int
agg_parse_by(const char *s, unsigned *by)
{
	const char *p = s;

	*by = 0;
	if (strcmp(s, "all") == 0) {
		*by = AK_ALL;
		return 0;
	}
	while (*p) {
		size_t n = strcspn(p, ",");
		unsigned k, bit = 0;

		for (k = 0; k < 5; k++)
			if (strlen(dim_names[k]) == n &&
			    strncmp(p, dim_names[k], n) == 0)
				bit = 1u << k;
		if (bit == 0)
			return -1;
		*by |= bit;
		p += n;
		if (*p == ',')
			p++;
	}
	return 0;
}

unsigned
agg_parse_dim(const char *s)
{
	if (strcmp(s, "partner") == 0)
		return AK_PARTNER;
	if (strcmp(s, "reporter") == 0)
		return AK_REPORTER;
	if (strcmp(s, "product") == 0)
		return AK_PRODUCT;
	return 0;
}

const char *
agg_dim_name(unsigned dim)
{
	unsigned k;

	for (k = 0; k < 5; k++)
		if (dim == 1u << k)
			return dim_names[k];
	return "";
}

static unsigned short unit_id(struct agg *, const char *);

/* A cell without the finer sums unless --hs-level needs them. */
static size_t
cellsize(const struct agg *a)
{
	return a->o.hs_level ? sizeof(struct agg_cell) :
	    offsetof(struct agg_cell, finer);
}

/* A record of a run on disk: the cell, with its codes as text (another
 * agg's, whose copies go with it, may have written it) and the place
 * one pass would have created it in. */
struct srec {
	uint64_t	 seq;
	uint32_t	 serial;	/* of the agg that wrote it */
	uint32_t	 pad;
	char		 reporter[CODE_MAX];
	char		 partner[CODE_MAX];
	/* then the cell, cellsize() bytes */
};

static size_t
recsize(const struct agg *a)
{
	return (sizeof(struct srec) + cellsize(a) + 7) / 8 * 8;
}

/* The bytes a cell takes in the tables: the cell, its entry, key and
 * slot (group.c), and its share of the sort before a spill. */
static size_t
cell_cost(const struct agg *a)
{
	return cellsize(a) + 96;
}

size_t
agg_memory_min(void)
{
	/* a table of a few hundred cells, whatever the cell */
	return 64 * 1024;
}

void
agg_set_memory(struct agg *a, size_t memory, const char *tmpdir)
{
	a->memory = memory;
	a->tmpdir = tmpdir && *tmpdir ? tmpdir : "/tmp";
	a->maxcells = 0;
	if (memory > 0) {
		a->maxcells = memory / cell_cost(a);
		if (a->maxcells < 64)
			a->maxcells = 64;
	}
}

static unsigned next_serial;

struct agg *
agg_new(const struct agg_opts *o)
{
	struct agg *a = xcalloc(1, sizeof(*a));

	a->o = *o;
	/* the first stage keeps the product under --hs-level (a heading's
	 * own row or its subheadings' sum, settled by agg_finish()) and the
	 * year when the period is summed away (a year's annual row and its
	 * months are told apart, per year) */
	a->keys = o->by | (o->hs_level ? AK_PRODUCT : 0) | AK_PERIOD;
	a->g = group_alloc(cellsize(a));
	a->names = group_alloc(sizeof(char *));
	(void)unit_id(a, "");
	a->tmpdir = "/tmp";
	a->serial = __atomic_add_fetch(&next_serial, 1, __ATOMIC_RELAXED);
	return a;
}

void
agg_free(struct agg *a)
{
	size_t n;
	int i;

	if (a == NULL)
		return;
	group_free(a->g);
	for (n = 0; n < a->npart; n++)
		group_free(a->part[n]);
	free(a->umap);
	for (n = 0; n < group_count(a->names); n++)
		free(*(char **)group_val(a->names, n));
	group_free(a->names);
	for (i = 0; i < a->nsources; i++)
		free(a->sources[i]);
	for (i = 0; i < (int)a->nunits; i++)
		free(a->units[i]);
	free(a->units);
	free(a->left);
	free(a->packed);
	free(a->order);
	spill_close(a->spill);
	for (n = 0; n < a->nown; n++)
		free(a->own[n].umap);
	free(a->own);
	free(a);
}

/* unit_id() of a unit other than the last one. */
static unsigned short
unit_find(struct agg *a, const char *u)
{
	size_t i;

	for (i = 0; i < a->nunits; i++)
		if (strcmp(a->units[i], u) == 0)
			return (unsigned short)(a->last_unit = i);
	if (a->nunits == 65535)
		return 65535;
	a->units = xrealloc(a->units, (a->nunits + 1) * sizeof(char *));
	a->units[a->nunits] = xstrdup(u);
	return (unsigned short)a->nunits++;
}

/* The index of a quantity unit (65,535 distinct at most: beyond, the
 * quantities of new units are not summed).  Rows of one unit come in
 * runs: the last one is tried here, the others by unit_find(). */
static inline unsigned short
unit_id(struct agg *a, const char *u)
{
	if (a->last_unit < a->nunits && util_streq(a->units[a->last_unit], u))
		return (unsigned short)a->last_unit;
	return unit_find(a, u);
}

/* source_bit() of a source other than the last one. */
static uint32_t
source_find(struct agg *a, const char *s)
{
	int i;

	for (i = 0; i < a->nsources; i++)
		if (strcmp(a->sources[i], s) == 0)
			return 1u << (a->last_source = i);
	if (a->nsources == MAXSOURCES)
		return 0;	/* agg_add() and agg_merge() refuse it */
	a->sources[a->nsources] = xstrdup(s);
	return 1u << a->nsources++;
}

/* The bit of a source (0 for none); the last one is tried here. */
static inline uint32_t
source_bit(struct agg *a, const char *s)
{
	if (s == NULL || *s == '\0')
		return 0;
	if (a->last_source < a->nsources &&
	    util_streq(a->sources[a->last_source], s))
		return 1u << a->last_source;
	return source_find(a, s);
}

/* A cell's key columns but skip, for messages. */
static const char *
describe_skip(const struct agg_cell *c, unsigned skip)
{
	static _Thread_local char buf[200];
	char pb[PERIOD_BUFSZ];
	size_t o = 0;

#define ADD(...) (o += (size_t)snprintf(buf + o, sizeof(buf) - o, __VA_ARGS__))
	buf[0] = '\0';
	if (c->period && !(skip & AK_PERIOD))
		ADD("period %s", period_format(c->period, pb));
	if (c->reporter[0] && !(skip & AK_REPORTER))
		ADD("%sreporter %s", o ? ", " : "", c->reporter);
	if (c->partner[0] && !(skip & AK_PARTNER))
		ADD("%spartner %s", o ? ", " : "", c->partner);
	if (c->flow != FLOW_NONE && !(skip & AK_FLOW))
		ADD("%sflow %s", o ? ", " : "", flow_code(c->flow));
	if (c->product[0] && !(skip & AK_PRODUCT))
		ADD("%sproduct %s", o ? ", " : "", c->product);
	if (o == 0)
		ADD("all rows");
#undef ADD
	return buf;
}

static const char *
describe(const struct agg_cell *c)
{
	return describe_skip(c, 0);
}

const char *
agg_group_name(const struct agg_cell *c, unsigned dim)
{
	return describe_skip(c, dim);
}

int
agg_parse_level(const char *s, int *level)
{
	size_t n = strlen(s);

	if (n == 0 || n > 2 || strspn(s, "0123456789") != n)
		return -1;
	*level = atoi(s);
	return *level >= 2 && *level <= 10 && *level % 2 == 0 ? 0 : -1;
}

double
agg_value(const struct agg_sum *s)
{
	return s->value;
}

/* Add the sum b into a.  Quantities add when both have them in one unit;
 * otherwise the quantity is unknown (NaN), never a partial sum.  -1 when
 * the value's sum does not fit in fixed point, -2 the quantity's (a is
 * then spoilt: an error). */
static inline int
sum_merge(struct agg_sum *a, const struct agg_sum *b)
{
	if (a->levels == 0) {		/* empty: every sum has a level */
		*a = *b;
		return 0;
	}
	if (fixed_add(&a->v, &b->v) < 0)
		return -1;
	a->rows += b->rows;
	a->month_mask |= b->month_mask;
	a->full_years += b->full_years;
	a->sources |= b->sources;
	a->levels |= b->levels;
	a->flows |= b->flows;
	a->empties |= b->empties;
	a->details |= b->details;
	a->monthly |= b->monthly;
	a->classes |= b->classes;
	if (a->qty == 2 || b->qty == 2 || a->unit != b->unit) {
		a->qty = 2;
		a->quantity = NAN;
	} else if (fixed_add(&a->q, &b->q) < 0)
		return -2;
	return 0;
}

static void
left_out_n(struct agg *a, const char *code, uint64_t n)
{
	size_t i;

	a->nleft_all += n;
	for (i = 0; i < a->nleft; i++)
		if (strcmp(a->left[i].code, code) == 0) {
			a->left[i].n += n;
			return;
		}
	if (a->nleft == a->leftcap) {
		a->leftcap = a->leftcap ? a->leftcap * 2 : 16;
		a->left = xrealloc(a->left, a->leftcap * sizeof(*a->left));
	}
	snprintf(a->left[a->nleft].code, CODE_MAX, "%s", code);
	a->left[a->nleft++].n = n;
}

static void
left_out(struct agg *a, const char *code)
{
	left_out_n(a, code, 1);
}

/* Not key columns: the cell of a total, or of a breakdown of it
 * (trade_row.breakdown 1, 2), keyed by every key column. */
#define AK_BD_TOTAL	32
#define AK_BD_PART	64
#define AK_BD		(AK_BD_TOTAL | AK_BD_PART)

/* The agg's copy of a country code (cells point to it): "" for none,
 * NULL past GROUP_MAX codes. */
static const char *
intern(struct agg *a, const char *code)
{
	size_t n = strlen(code);
	char **v;
	int created;

	if (n == 0)
		return "";
	if ((v = group_get(a->names, code, n, &created)) == NULL)
		return NULL;
	if (created)
		*v = xstrdup(code);
	return *v;
}

static void packed_stop(struct agg *);

/* The partition of a key whose group_hash() is h: bits the slots of a
 * table of fewer than 2^40 slots do not use. */
static unsigned
part_of(const struct agg *a, uint64_t h)
{
	return (unsigned)(h >> 40) & (a->npart - 1);
}

/* Share the cells of g out among the partitions (agg_partition()). */
static void
split(struct agg *a)
{
	size_t i, n = group_count(a->g), len;
	unsigned k;

	packed_stop(a);		/* its indices are g's */
	a->npart = a->want_parts;
	for (k = 0; k < a->npart; k++)
		a->part[k] = group_alloc(cellsize(a));
	for (i = 0; i < n; i++) {
		const char *key = group_key(a->g, i, &len);
		uint64_t h = group_hash(key, len);

		/* fewer keys than the table holds: never NULL */
		memcpy(group_get_hashed(a->part[part_of(a, h)], key, len, h,
		    NULL), group_val(a->g, i), cellsize(a));
	}
	group_free(a->g);
	a->g = group_alloc(cellsize(a));
}

/* All the cells in g again, the partitions given back: -1 past
 * GROUP_MAX cells. */
static int
unsplit(struct agg *a)
{
	unsigned k;
	int st = 0;

	if (a->npart && group_concat(a->g, a->part, a->npart) < 0)
		st = -1;
	for (k = 0; k < a->npart; k++) {
		group_free(a->part[k]);
		a->part[k] = NULL;
	}
	a->npart = 0;
	a->want_parts = 0;
	return st;
}

void
agg_partition(struct agg *a, unsigned n)
{
	unsigned p = 1;

	while (p < n && p < AGG_PARTS_MAX)
		p *= 2;
	a->want_parts = p;
}

/* The cell for the key columns in keys of these, created empty (with
 * those keys and the currency); NULL past GROUP_MAX cells.  With
 * find, only found: NULL when absent. */
static struct agg_cell *
cell_lookup(struct agg *a, struct group *g, unsigned keys, int period,
    const char *reporter, const char *partner, enum flow flow,
    const char *product, const char *currency, int find)
{
	/* the key: the period as its 3 bytes (YYYYMM; a key, not text),
	 * then the kept columns of keys, GROUP_SEP before each (the same
	 * columns in every key of g).  The period goes in one 4-byte store,
	 * which the hash's loads of the key can be served from. */
	char key[4 + 4 + 2 * CODE_MAX + 8 + HS_MAX + 1 + 2];
	const char *f[4];
	struct agg_cell *cell;
	int created, p, i, top;
	uint32_t head;
	uint64_t h;
	size_t n = 3;

	if (keys & AK_BD)
		keys |= AK_ALL;
	p = keys & AK_PERIOD ? period : 0;
	head = (uint32_t)p & 0xffffff;
	memcpy(key, &head, 4);
	f[0] = keys & AK_REPORTER ? reporter : NULL;
	f[1] = keys & AK_PARTNER ? partner : NULL;
	f[2] = keys & AK_FLOW ? flow_code(flow) : NULL;
	f[3] = keys & AK_PRODUCT ? product : NULL;
	for (i = 0; i < 4; i++) {
		const char *c = f[i], *end;

		if (c == NULL)
			continue;
		end = c + (i < 2 ? CODE_MAX - 1 : i == 2 ? 7 : HS_MAX);
		key[n++] = GROUP_SEP;
		while (*c != '\0' && c < end)
			key[n++] = *c++;
	}
	if (keys & AK_BD_PART) {
		key[n++] = GROUP_SEP;
		key[n++] = 'B';
	}
	if (find)
		return group_find(g, key, n);
	top = g == a->g;
	if (top && a->want_parts && a->npart == 0 &&
	    group_count(g) >= SPLIT_AT)
		split(a);
	if (top && a->npart) {
		/* rows come in runs of one key: the last cell first */
		if ((cell = group_last(a->part[a->lastpart], key, n)) != NULL)
			return cell;
		h = group_hash(key, n);
		a->lastpart = part_of(a, h);
		cell = group_get_hashed(a->part[a->lastpart], key, n, h,
		    &created);
	} else
		cell = group_get(g, key, n, &created);
	if (cell == NULL)
		return NULL;
	if (created && top)
		a->ncells++;
	if (created) {
		cell->period = p;
		cell->bd = keys & AK_BD_PART ? 2 : keys & AK_BD_TOTAL ? 1 : 0;
		cell->reporter = keys & AK_REPORTER ? intern(a, reporter) : "";
		cell->partner = keys & AK_PARTNER ? intern(a, partner) : "";
		if (cell->reporter == NULL || cell->partner == NULL)
			return NULL;	/* past GROUP_MAX codes */
		cell->flow = keys & AK_FLOW ? flow : FLOW_NONE;
		if (keys & AK_PRODUCT)
			memcpy(cell->product, product, HS_MAX + 1);
		memcpy(cell->currency, currency, sizeof(cell->currency));
	}
	return cell;
}

static struct agg_cell *
cell_get(struct agg *a, struct group *g, unsigned keys, int period,
    const char *reporter, const char *partner, enum flow flow,
    const char *product, const char *currency)
{
	return cell_lookup(a, g, keys, period, reporter, partner, flow, product,
	    currency, 0);
}

/* The cell for the key columns of c (only those in keys). */
static struct agg_cell *
cell_for(struct agg *a, const struct agg_cell *c, unsigned keys)
{
	return cell_get(a, a->g, keys, c->period, c->reporter, c->partner,
	    c->flow, c->product, c->currency);
}

/* The keys of a first-stage cell like c. */
static unsigned
stage1_keys(const struct agg *a, const struct agg_cell *c)
{
	return a->keys | (c->bd == 2 ? AK_BD_PART : c->bd == 1 ?
	    AK_BD_TOTAL : 0);
}

/* A country code as 15 bits: "" 0, three capitals 1 + their index; -1
 * for any other. */
static int
code15(const char *c, uint64_t *v)
{
	unsigned i;

	if (c[0] == '\0') {
		*v = 0;
		return 0;
	}
	if (!codes_upper3(c, &i) || c[3] != '\0')
		return -1;
	*v = 1 + (uint64_t)i;
	return 0;
}

/* No more packed keys: the group's order is about to change (its
 * indices with it), or it has too many cells for them to pay. */
static void
packed_stop(struct agg *a)
{
	a->packed_off = 1;
}

/* The first slot to try for a packed key, in a table of mask + 1. */
static size_t
packed_slot(uint64_t key, size_t mask)
{
	return (size_t)((key * 0x9e3779b97f4a7c15ULL) >> 40) & mask;
}

/*
 * The cell of cell_get() for a row whose key columns pack into 64 bits
 * (no product; the period's 24 bits, the flow, and countries of three
 * letters or none), looked up by that number instead of the key's text:
 * the roll-ups with few cells (by period, flow, reporter) spend most of
 * their time in cell_get() otherwise.  NULL when the key does not pack,
 * or packed keys are off.
 */
static struct agg_cell *
packed_cell(struct agg *a, int period, const struct trade_row *row)
{
	uint64_t key, r = 0, p = 0;
	size_t s, mask;
	struct agg_cell *cell;
	struct packed *old;
	size_t i, n;

	if (a->packed_off || (a->keys & AK_PRODUCT) || row->breakdown ||
	    ((a->keys & AK_REPORTER) && code15(row->reporter, &r) < 0) ||
	    ((a->keys & AK_PARTNER) && code15(row->partner, &p) < 0))
		return NULL;
	key = (uint64_t)(a->keys & AK_PERIOD ? (unsigned)period & 0xffffff :
	    0) | (uint64_t)(a->keys & AK_FLOW ? (unsigned)row->flow & 0xf :
	    0) << 24 | r << 28 | p << 43;
	if (a->nslots == 0) {
		a->nslots = 64;
		a->packed = xcalloc(a->nslots, sizeof(*a->packed));
	}
	mask = a->nslots - 1;
	for (s = packed_slot(key, mask); a->packed[s].idx != 0;
	    s = (s + 1) & mask)
		if (a->packed[s].key == key)
			return group_val(a->g, a->packed[s].idx - 1);
	cell = cell_get(a, a->g, a->keys, period, row->reporter, row->partner,
	    row->flow, row->product, row->currency);
	n = group_count(a->g);
	if (cell == NULL || n > PACKED_MAX) {
		packed_stop(a);
		return cell;
	}
	/* the cell is new, or one agg_merge() made */
	a->packed[s].key = key;
	a->packed[s].idx = (uint32_t)((size_t)((char *)cell -
	    (char *)group_val(a->g, 0)) / cellsize(a) + 1);
	if (++a->npacked * 2 > a->nslots) {
		old = a->packed;
		mask = a->nslots * 2 - 1;
		a->packed = xcalloc(mask + 1, sizeof(*a->packed));
		for (i = 0; i < a->nslots; i++) {
			if (old[i].idx == 0)
				continue;
			for (s = packed_slot(old[i].key, mask);
			    a->packed[s].idx != 0; s = (s + 1) & mask)
				;
			a->packed[s] = old[i];
		}
		a->nslots = mask + 1;
		free(old);
	}
	return cell;
}

static int	 stream_period(struct agg *, int);
static int	 spill_cells(struct agg *, char *, size_t);
static void	 merge_left(struct agg *, const struct agg *);

/* The example of a code coarser than --hs-level: the smallest, so that
 * it does not depend on the order of the rows. */
static void
coarse_example(struct agg *a, const char *code)
{
	if (a->coarse_eg[0] == '\0' || strcmp(code, a->coarse_eg) < 0)
		snprintf(a->coarse_eg, sizeof(a->coarse_eg), "%s", code);
}

static unsigned
level_bit(const char *product)
{
	return product[0] == '\0' ? 1u << 31 : 1u << hs_level(product);
}

int
agg_add(struct agg *a, const struct trade_row *row, char *err, size_t errsz)
{
	struct agg_cell *cell;
	struct agg_sum s, *to;
	char product[HS_MAX + 1];
	int lvl = 0, finer = 0, period, st;
	unsigned gone = ~a->o.by & (AK_PERIOD | AK_REPORTER | AK_PARTNER |
	    AK_FLOW), empty;

	/* aggregates never add to countries, unless asked */
	if (!a->o.with_aggregates) {
		if (!(a->o.by & AK_REPORTER) && row->reporter[0] &&
		    codes_is_aggregate(row->reporter)) {
			left_out(a, row->reporter);
			return 1;
		}
		if (!(a->o.by & AK_PARTNER) && row->partner[0] &&
		    codes_is_aggregate(row->partner)) {
			left_out(a, row->partner);
			return 1;
		}
	}
	/* a published total of both flows never adds to M or X */
	if (!(a->o.by & AK_FLOW) && row->flow == FLOW_T &&
	    !a->o.with_aggregates) {
		left_out(a, "flow T");
		return 1;
	}
	/* every source's exports include its re-exports, and its imports
	 * its re-imports (flow.h): summed again, they count twice */
	if (!(a->o.by & AK_FLOW) && (row->flow == FLOW_RX ||
	    row->flow == FLOW_RM)) {
		a->nparts++;
		return 1;
	}
	if (!isfinite(row->value)) {
		snprintf(err, errsz, "%s:%llu: column 'value': not a finite "
		    "number", row->file, (unsigned long long)row->line);
		return -1;
	}
	memset(&s, 0, sizeof(s));
	period = row->period;
	if (period_is_monthly(row->period)) {
		s.monthly = 1;
		if (a->o.annual || !(a->o.by & AK_PERIOD)) {
			/* the first stage keeps the year (agg_new()) */
			period = row->period / 100 * 100;
			if (a->o.annual)
				s.month_mask = 1 <<
				    (period_month(row->period) - 1);
		}
	} else if (row->month_mask)
		s.month_mask = row->month_mask;
	else if (row->period && row->months == 0)
		s.full_years = 1;
	if (a->o.hs_level && row->classification != TRADE_CLASS_HS) {
		snprintf(err, errsz, "%s:%llu: column 'product': %s code %s: "
		    "--hs-level rolls up HS codes, and SITC 781 is not HS "
		    "0781; leave out --hs-level", row->file,
		    (unsigned long long)row->line,
		    trade_class_name(row->classification), row->product);
		return -1;
	}
	if (a->o.hs_level) {
		memcpy(product, row->product, HS_MAX + 1);
		lvl = hs_level(row->product);
		if (lvl < a->o.hs_level) {
			a->ncoarse++;
			coarse_example(a, row->product[0] ? row->product :
			    "(all)");
			return 1;
		}
		finer = lvl > a->o.hs_level;
		product[a->o.hs_level] = '\0';
	}
	if (trade_fixed(row, 0, &s.v) < 0) {
		snprintf(err, errsz, "%s:%llu: column 'value': does not fit in "
		    "decimal fixed point (%d digits, %d after the point), in "
		    "which sums are exact: '%.15g'", row->file,
		    (unsigned long long)row->line, FIXED_DIGITS,
		    FIXED_SCALE_MAX, row->value);
		return -1;
	}
	s.rows = row->rows;
	s.flows = (unsigned char)(1u << row->flow);
	s.classes = (unsigned char)(1u << row->classification);
	if (gone) {
		empty = (row->period == 0 ? AK_PERIOD : 0) |
		    (row->reporter[0] == '\0' ? AK_REPORTER : 0) |
		    (row->partner[0] == '\0' ? AK_PARTNER : 0) |
		    (row->flow == FLOW_NONE ? AK_FLOW : 0);
		s.empties = (unsigned char)(empty & gone);
		s.details = (unsigned char)(~empty & gone);
	}
	s.sources = source_bit(a, row->source);
	if (s.sources == 0 && row->source && *row->source) {
		snprintf(err, errsz, "%s:%llu: column 'source': more than %d "
		    "sources in one roll-up (its limit): '%s'", row->file,
		    (unsigned long long)row->line, MAXSOURCES,
		    util_excerpt(row->source, strlen(row->source)));
		return -1;
	}
	s.levels = level_bit(row->product);
	if (!(a->levels & s.levels)) {
		a->levels |= s.levels;
		snprintf(a->level_eg[hs_level(row->product)], HS_MAX + 1, "%s",
		    row->product);
	}
	if (row->quantity == row->quantity) {
		if (trade_fixed(row, 1, &s.q) < 0) {
			snprintf(err, errsz, "%s:%llu: column 'quantity': does "
			    "not fit in decimal fixed point (%d digits, %d "
			    "after the point), in which sums are exact: "
			    "'%.15g'", row->file, (unsigned long long)row->line,
			    FIXED_DIGITS, FIXED_SCALE_MAX, row->quantity);
			return -1;
		}
		s.qty = 1;
		s.unit = unit_id(a, row->unit);
	} else {
		s.qty = 2;
		s.quantity = NAN;
	}
	if (row->breakdown) {
		/* a breakdown and its total meet in cells of every key, of
		 * the row's own period */
		period = row->period;
		a->nbd++;
	}
	if (a->emit != NULL && (row->breakdown || ((period != a->speriod ||
	    !a->started) && stream_period(a, period) < 0)))
		return AGG_UNSORTED;
	if ((cell = packed_cell(a, period, row)) == NULL &&
	    (cell = cell_get(a, a->g, a->keys | (row->breakdown == 2 ?
	    AK_BD_PART : row->breakdown ? AK_BD_TOTAL : 0), period,
	    row->reporter,
	    row->partner, row->flow, a->o.hs_level ? product :
	    row->product, row->currency)) == NULL) {
		snprintf(err, errsz, "%s:%llu: more than %zu sums in one "
		    "roll-up (its limit): sum fewer key columns (--by)",
		    row->file, (unsigned long long)row->line, GROUP_MAX);
		return -1;
	}
	/* currencies are NUL-padded codes */
	if (memcmp(cell->currency, row->currency, sizeof(cell->currency))) {
		snprintf(err, errsz, "%s:%llu: column 'currency': cannot add "
		    "%s to %s in one sum (%s); convert to one currency "
		    "first: '%s'", row->file, (unsigned long long)row->line,
		    row->currency, cell->currency, describe_skip(cell,
		    AK_ALL & ~a->o.by), row->currency);
		return -1;
	}
	to = finer ? &cell->finer : &cell->s;
	if ((st = sum_merge(to, &s)) >= 0 && a->maxcells &&
	    a->ncells > a->maxcells)
		return spill_cells(a, err, errsz);
	if (st < 0) {
		snprintf(err, errsz, "%s:%llu: column '%s': the sum for %s does "
		    "not fit in decimal fixed point (%d digits, %d after the "
		    "point), in which sums are exact: '%.15g'", row->file,
		    (unsigned long long)row->line, st == -1 ? "value" :
		    "quantity", describe_skip(cell, AK_ALL & ~a->o.by),
		    FIXED_DIGITS, FIXED_SCALE_MAX, st == -1 ? row->value :
		    row->quantity);
		return -1;
	}
	return 0;
}

/* "4 and 6 digits", "TOTAL and 2 digits" */
static const char *
levels_text(unsigned levels, char *buf, size_t size)
{
	size_t o = 0;
	int k, n = 0;

	buf[0] = '\0';
	for (k = 0; k < 32 && o < size; k++) {
		if (!(levels & (1u << k)))
			continue;
		o += (size_t)snprintf(buf + o, size - o, "%s%s", n++ ?
		    " and " : "", k == 0 ? "TOTAL" : k == 31 ? "all products" :
		    "");
		if (k > 0 && k < 31 && o < size)
			o += (size_t)snprintf(buf + o, size - o, "%d digits", k);
	}
	return buf;
}

static int
key_cmp(const struct agg_cell *x, const struct agg_cell *y, unsigned skip)
{
	int d;

	if (!(skip & AK_PERIOD) && x->period != y->period)
		return x->period < y->period ? -1 : 1;
	/* codes of one agg are one copy each: the same pointer is the same
	 * code (cells copied by programs compare by their text) */
	if (!(skip & AK_REPORTER) && x->reporter != y->reporter &&
	    (d = strcmp(x->reporter, y->reporter)))
		return d;
	if (!(skip & AK_PARTNER) && x->partner != y->partner &&
	    (d = strcmp(x->partner, y->partner)))
		return d;
	if (!(skip & AK_FLOW) && x->flow != y->flow)
		return x->flow < y->flow ? -1 : 1;
	if (!(skip & AK_PRODUCT) && (d = strcmp(x->product, y->product)))
		return d;
	return 0;
}

static int
cmp_keys(const char *ka, size_t la, const void *va, const char *kb,
    size_t lb, const void *vb, void *arg)
{
	(void)ka, (void)la, (void)kb, (void)lb, (void)arg;
	return key_cmp(va, vb, 0);
}

/* The dimension names of AK_* bits, for messages: "partner, flow". */
static const char *
dims_text(unsigned dims, char *buf, size_t size)
{
	size_t o = 0;
	unsigned k;

	buf[0] = '\0';
	for (k = 0; k < 5 && o < size; k++)
		if (dims & (1u << k))
			o += (size_t)snprintf(buf + o, size - o, "%s%s",
			    o ? ", " : "", dim_names[k]);
	return buf;
}

/* The refusals of a settled sum: 0, or -1 with err. */
static int
check_sum(const struct agg *a, const struct agg_cell *c, char *err,
    size_t errsz)
{
	unsigned both = c->s.empties & c->s.details;
	char lb[80];

	if (util_popcount(c->s.classes) > 1) {
		snprintf(err, errsz, "the sum for %s adds product codes of two "
		    "classifications (HS, SITC, BEC), each a whole account of "
		    "the same trade, which double-counts; keep one of them, or "
		    "keep product apart with --by ...,product", describe(c));
		return -1;
	}
	if (util_popcount(c->s.levels) > 1) {
		snprintf(err, errsz, "the sum for %s adds HS codes of %s: a "
		    "heading and its subheadings double-count; choose one "
		    "level with --hs-level, or filter the products",
		    describe(c), levels_text(c->s.levels, lb, sizeof(lb)));
		return -1;
	}
	if (both) {
		snprintf(err, errsz, "the sum for %s adds a roll-up row (empty "
		    "%s: all) to the rows it sums up, which double-counts; "
		    "give either the roll-up or its detail rows (trade-filter "
		    "them), or keep the column apart with --by", describe(c),
		    dims_text(both, lb, sizeof(lb)));
		return -1;
	}
	if ((c->s.flows & (1u << FLOW_T)) && (c->s.flows & ~(1u << FLOW_T))) {
		snprintf(err, errsz, "the sum for %s adds published totals of "
		    "both flows (flow T) to the flows they total, which "
		    "double-counts; keep flow apart with --by ...,flow",
		    describe(c));
		return -1;
	}
	if ((c->s.flows & (1u << FLOW_M)) && (c->s.flows & (1u << FLOW_X)) &&
	    !a->o.total_trade) {
		snprintf(err, errsz, "the sum for %s adds imports (M) to "
		    "exports (X), two directions; keep flow apart with --by "
		    "...,flow, or add them as total trade with --total-trade",
		    describe(c));
		return -1;
	}
	if (!isfinite(c->s.value)) {
		snprintf(err, errsz, "the sum for %s passes the largest number "
		    "there is (%.4g)", describe(c), DBL_MAX);
		return -1;
	}
	return 0;
}

/* A cell's sort key: the order of key_cmp() as three words compared as
 * integers (sort_key()). */
struct skey {
	uint64_t	 w[3];
};

static int
skey_cmp(const struct skey *x, const struct skey *y)
{
	int k;

	for (k = 0; k < 3; k++)
		if (x->w[k] != y->w[k])
			return x->w[k] < y->w[k] ? -1 : 1;
	return 0;
}

/* Sort idx[0..n) by k[idx[i]], tmp beside it: stable, as group_sort(). */
static void
skey_sort(const struct skey *k, uint32_t *idx, uint32_t *tmp, size_t n)
{
	size_t h = n / 2, i = 0, j, o = 0;

	if (n < 2)
		return;
	skey_sort(k, idx, tmp, h);
	skey_sort(k, idx + h, tmp, n - h);
	j = h;
	if (skey_cmp(&k[idx[h - 1]], &k[idx[h]]) <= 0)
		return;		/* in order already (sorted input) */
	while (i < h && j < n)
		tmp[o++] = skey_cmp(&k[idx[j]], &k[idx[i]]) < 0 ? idx[j++] :
		    idx[i++];
	while (i < h)
		tmp[o++] = idx[i++];
	memcpy(idx, tmp, o * sizeof(*idx));
}

static int
cmp_name(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The rank of a code among the agg's codes (by strcmp: "" first), from
 * its copy (codes of one agg are one copy each). */
struct rank {
	const char	*code;
	uint32_t	 rank;
};

static int
cmp_rank_ptr(const void *x, const void *y)
{
	const struct rank *a = x, *b = y;

	return a->code < b->code ? -1 : a->code > b->code;
}

static uint32_t
rank_of(const struct rank *r, size_t n, const char *code)
{
	struct rank k = { code, 0 }, *f;

	if (code[0] == '\0')
		return 0;
	f = bsearch(&k, r, n, sizeof(*r), cmp_rank_ptr);
	return f ? f->rank : UINT32_MAX;	/* not the agg's copy */
}

/* A cell's product as 4 bits a character, NUL-padded to len characters:
 * 0 for the padding, 1-10 for the digits, and TOTAL (which strcmp puts
 * after every code: 'T' > '9') as 11 then padding, so that the integers
 * compare as strcmp compares the codes.  -1 for any other code. */
static int
product_bits(const char *p, size_t len, uint64_t *v)
{
	uint64_t x = 0;
	size_t j;

	if (strcmp(p, "TOTAL") == 0) {
		*v = len ? (uint64_t)11 << (4 * (len - 1)) : 0;
		return len ? 0 : -1;
	}
	for (j = 0; j < len; j++) {
		x <<= 4;
		if (*p >= '0' && *p <= '9')
			x |= (uint64_t)(*p++ - '0' + 1);
		else if (*p != '\0')
			return -1;
	}
	if (*p != '\0')
		return -1;
	*v = x;
	return 0;
}

/* The bits that hold 0..x. */
static unsigned
width(uint64_t x)
{
	unsigned w = 0;

	for (; x != 0; x >>= 1)
		w++;
	return w;
}

/* A cell's place in the order of sort_index(), one word: its key, and
 * its index in the table. */
struct pkey {
	uint64_t	 key;
	uint64_t	 idx;
};

/* Sort v[0..n) by key, tmp beside it: least significant byte first,
 * stable (a key equal to another keeps its place), the bytes that are
 * the same in every key skipped.  The result is in v or tmp: the
 * array returned. */
static struct pkey *
pkey_sort(struct pkey *v, struct pkey *tmp, size_t n, unsigned bits)
{
	size_t (*count)[256], i, sum, t;
	unsigned d, nd = (bits + 7) / 8;
	struct pkey *sw;

	if (nd == 0 || n < 2)
		return v;
	count = xcalloc(nd, sizeof(*count));
	for (i = 0; i < n; i++)
		for (d = 0; d < nd; d++)
			count[d][(v[i].key >> (8 * d)) & 0xff]++;
	for (d = 0; d < nd; d++) {
		if (count[d][(v[0].key >> (8 * d)) & 0xff] == n)
			continue;	/* one byte in every key */
		for (i = 0, sum = 0; i < 256; i++) {
			t = count[d][i];
			count[d][i] = sum;
			sum += t;
		}
		for (i = 0; i < n; i++)
			tmp[count[d][(v[i].key >> (8 * d)) & 0xff]++] = v[i];
		sw = v;
		v = tmp;
		tmp = sw;
	}
	free(count);
	return v;
}

/*
 * sort_index() in one word a cell when the keys fit in 64 bits (they
 * do for a roll-up of HS codes of a few digits, a few hundred countries
 * and a few years): the period from the least, the codes' ranks, the
 * flow and the product's digits (product_bits()), each in the bits its
 * largest needs, sorted by radix instead of compared.  NULL when they
 * do not fit, or a product is not one product_bits() takes.
 */
static uint32_t *
sort_packed(struct agg *a, const struct rank *r, size_t nn)
{
	size_t i, n = group_count(a->g), plen = 0, len;
	int pmin = 0, pmax = 0;
	unsigned fmax = 0, wp, wn, wf, wq, bits;
	struct pkey *v, *tmp, *s;
	uint32_t *idx;

	for (i = 0; i < n; i++) {
		const struct agg_cell *c = group_val(a->g, i);

		if (i == 0 || c->period < pmin)
			pmin = c->period;
		if (i == 0 || c->period > pmax)
			pmax = c->period;
		if ((unsigned)c->flow > fmax)
			fmax = (unsigned)c->flow;
		len = strcmp(c->product, "TOTAL") == 0 ? 1 :
		    strlen(c->product);
		if (len > plen)
			plen = len;
	}
	wp = width((uint64_t)((int64_t)pmax - pmin));
	wn = width(nn);
	wf = width(fmax);
	wq = 4 * (unsigned)plen;
	if ((bits = wp + 2 * wn + wf + wq) > 64)
		return NULL;
	v = xmalloc((n ? n : 1) * sizeof(*v));
	for (i = 0; i < n; i++) {
		const struct agg_cell *c = group_val(a->g, i);
		uint64_t k = (uint64_t)((int64_t)c->period - pmin), q;
		uint32_t rr = rank_of(r, nn, c->reporter);
		uint32_t pr = rank_of(r, nn, c->partner);

		if (rr == UINT32_MAX || pr == UINT32_MAX ||
		    product_bits(c->product, plen, &q) < 0) {
			free(v);
			return NULL;
		}
		k = k << wn | rr;
		k = k << wn | pr;
		k = k << wf | (unsigned)c->flow;
		/* a shift by 64 is undefined: no product bits at all */
		k = wq ? (wq < 64 ? k << wq : 0) | q : k;
		v[i].key = k;
		v[i].idx = i;
	}
	tmp = xmalloc((n ? n : 1) * sizeof(*tmp));
	s = pkey_sort(v, tmp, n, bits);
	/* the index over the sorted keys, in the first words of v */
	idx = (uint32_t *)(void *)(s == v ? tmp : v);
	for (i = 0; i < n; i++)
		idx[i] = (uint32_t)s[i].idx;
	free(s);
	return idx;
}

/*
 * Sort the cells as cmp_keys() does, by integer keys: the period, the
 * ranks of the two codes (ranked once by strcmp, not compared as text
 * for every pair), the flow, and the product's bytes (a code compares
 * as text: 8542 before 85421).  The permutation (for group_order()),
 * or NULL when the keys do not fit (more than 2^24 codes): cmp_keys()
 * then.
 */
static uint32_t *
sort_index(struct agg *a)
{
	size_t i, n = group_count(a->g), nn = group_count(a->names);
	struct rank *r;
	char **names;
	struct skey *k;
	uint32_t *idx, *tmp;

	if (nn >= (1u << 24) - 1 || n > UINT32_MAX)
		return NULL;
	names = xmalloc((nn + 1) * sizeof(*names));
	for (i = 0; i < nn; i++)
		names[i] = *(char **)group_val(a->names, i);
	qsort(names, nn, sizeof(*names), cmp_name);
	r = xmalloc((nn + 1) * sizeof(*r));
	for (i = 0; i < nn; i++) {
		r[i].code = names[i];
		r[i].rank = (uint32_t)i + 1;
	}
	free(names);
	qsort(r, nn, sizeof(*r), cmp_rank_ptr);
	if ((idx = sort_packed(a, r, nn)) != NULL) {
		free(r);
		return idx;
	}
	k = xmalloc((n ? n : 1) * sizeof(*k));
	for (i = 0; i < n; i++) {
		const struct agg_cell *c = group_val(a->g, i);
		unsigned char b[24];
		uint32_t per = (uint32_t)c->period ^ 0x80000000u;
		uint32_t rr = rank_of(r, nn, c->reporter);
		uint32_t pr = rank_of(r, nn, c->partner);
		size_t j, w;

		if (rr == UINT32_MAX || pr == UINT32_MAX) {
			free(r);
			free(k);
			return NULL;
		}
		b[0] = (unsigned char)(per >> 24);
		b[1] = (unsigned char)(per >> 16);
		b[2] = (unsigned char)(per >> 8);
		b[3] = (unsigned char)per;
		b[4] = (unsigned char)(rr >> 16);
		b[5] = (unsigned char)(rr >> 8);
		b[6] = (unsigned char)rr;
		b[7] = (unsigned char)(pr >> 16);
		b[8] = (unsigned char)(pr >> 8);
		b[9] = (unsigned char)pr;
		b[10] = (unsigned char)c->flow;
		/* the product NUL-padded: strcmp's order */
		for (j = 0; j < HS_MAX && c->product[j] != '\0'; j++)
			b[11 + j] = (unsigned char)c->product[j];
		for (; j < 13; j++)
			b[11 + j] = 0;
		for (w = 0; w < 3; w++) {
			k[i].w[w] = 0;
			for (j = 0; j < 8; j++)
				k[i].w[w] = k[i].w[w] << 8 | b[w * 8 + j];
		}
	}
	free(r);
	idx = xmalloc((n ? n : 1) * sizeof(*idx));
	tmp = xmalloc((n ? n : 1) * sizeof(*tmp));
	for (i = 0; i < n; i++)
		idx[i] = (uint32_t)i;
	skey_sort(k, idx, tmp, n);
	free(tmp);
	free(k);
	return idx;
}

/* The cells moved to the order agg_finish() left in a->order, for a
 * sort of them in place. */
static void
order_apply(struct agg *a)
{
	if (a->order == NULL)
		return;
	group_order(a->g, a->order);
	free(a->order);
	a->order = NULL;
}

/* Whether a first-stage group adds a year's own row to months of it. */
static int
mixes_year_months(const struct agg_cell *c)
{
	return c->period && c->s.full_years && (c->s.monthly ||
	    c->s.month_mask);
}

/* A group's sums as written: the doubles of its exact sums, checked. */
static int
settle(const struct agg *a, struct agg_cell *c, char *err, size_t errsz)
{
	c->s.value = fixed_to_double(&c->s.v);
	if (c->s.qty == 1)
		c->s.quantity = fixed_to_double(&c->s.q);
	return check_sum(a, c, err, errsz);
}

/*
 * Groups past the budget (agg_opts.memory).  The cells go to a run on
 * disk sorted by the output's keys first (the --by columns, in the
 * order agg_finish() sorts them), then by the first stage's whole key:
 * the runs merged give every first-stage cell's parts together, and the
 * cells of each output group after one another, so that the groups are
 * summed, settled and written as they come, in the output's order.
 */

/* The output's period of a first-stage cell (agg_finish()'s second
 * stage). */
static int
out_period(const struct agg *a, const struct agg_cell *c)
{
	if (!(a->o.by & AK_PERIOD))
		return 0;
	if (c->bd && a->o.annual && period_is_monthly(c->period))
		return c->period / 100 * 100;
	return c->period;
}

/* Which key a first-stage cell has beside its columns: a breakdown's
 * (2), a total of breakdowns keyed by every column when the others are
 * not (1), or none.  Cells of one key and kind are one cell. */
static int
cell_kind(const struct agg *a, const struct agg_cell *c)
{
	return c->bd == 2 ? 2 : c->bd == 1 && a->keys != AK_ALL ? 1 : 0;
}

static int
cmp_int(int x, int y)
{
	return x < y ? -1 : x > y;
}

/* The order of the runs, for cells whose codes are xr, xp and yr, yp. */
static int
order_cmp(const struct agg *a, const struct agg_cell *x, const char *xr,
    const char *xp, const struct agg_cell *y, const char *yr,
    const char *yp)
{
	unsigned by = a->o.by;
	int d;

	if ((d = cmp_int(out_period(a, x), out_period(a, y))) != 0)
		return d;
	if ((by & AK_REPORTER) && (d = strcmp(xr, yr)) != 0)
		return d;
	if ((by & AK_PARTNER) && (d = strcmp(xp, yp)) != 0)
		return d;
	if ((by & AK_FLOW) && (d = cmp_int(x->flow, y->flow)) != 0)
		return d;
	if ((by & AK_PRODUCT) && (d = strcmp(x->product, y->product)) != 0)
		return d;
	/* the first stage's key */
	if ((d = cmp_int(x->period, y->period)) != 0 ||
	    (d = strcmp(xr, yr)) != 0 || (d = strcmp(xp, yp)) != 0 ||
	    (d = cmp_int(x->flow, y->flow)) != 0 ||
	    (d = strcmp(x->product, y->product)) != 0)
		return d;
	return cmp_int(cell_kind(a, x), cell_kind(a, y));
}

static struct agg_cell *
rec_cell(const struct srec *r)
{
	return (struct agg_cell *)(void *)((char *)(uintptr_t)r +
	    sizeof(*r));
}

static int
cmp_rec(const void *x, const void *y, void *arg)
{
	const struct srec *p = x, *q = y;

	return order_cmp(arg, rec_cell(p), p->reporter, p->partner,
	    rec_cell(q), q->reporter, q->partner);
}

/* A cell of the tables, and the place one pass would have made it in. */
struct spilled {
	struct agg_cell	*c;
	uint64_t	 seq;
};

static void
spilled_sort(const struct agg *a, struct spilled *v, struct spilled *tmp,
    size_t n)
{
	size_t h = n / 2, i = 0, j, k = 0;

	if (n < 2)
		return;
	spilled_sort(a, v, tmp, h);
	spilled_sort(a, v + h, tmp, n - h);
	j = h;
	while (i < h && j < n)
		tmp[k++] = order_cmp(a, v[j].c, v[j].c->reporter,
		    v[j].c->partner, v[i].c, v[i].c->reporter,
		    v[i].c->partner) < 0 ? v[j++] : v[i++];
	while (i < h)
		tmp[k++] = v[i++];
	memcpy(v, tmp, k * sizeof(*v));
}

/* The tables emptied (their memory kept for as many cells again). */
static void
tables_clear(struct agg *a)
{
	unsigned k;

	group_clear(a->g);
	for (k = 0; k < a->npart; k++)
		group_clear(a->part[k]);
	/* packed keys are indices into the table */
	if (a->packed != NULL)
		memset(a->packed, 0, a->nslots * sizeof(*a->packed));
	a->npacked = 0;
	a->ncells = 0;
}

static void
spill_error(const struct agg *a, char *err, size_t errsz)
{
	snprintf(err, errsz, "the groups past the memory budget (%zu "
	    "bytes) cannot be written to a temporary file in %s: %s",
	    a->memory, a->spill ?
	    spill_dir(a->spill) : a->tmpdir,
	    strerror(errno));
}

/* The cells of the tables as a run on disk, the tables emptied: 0, or
 * -1 with err. */
static int
spill_cells(struct agg *a, char *err, size_t errsz)
{
	size_t n = 0, i, m, rs = recsize(a);
	struct spilled *v, *tmp;
	struct srec *r;
	unsigned k;
	int st = 0;

	if (a->spill == NULL &&
	    (a->spill = spill_open(a->tmpdir, rs)) == NULL) {
		spill_error(a, err, errsz);
		return -1;
	}
	n = group_count(a->g);
	for (k = 0; k < a->npart; k++)
		n += group_count(a->part[k]);
	v = xmalloc((n ? n : 1) * sizeof(*v));
	m = 0;
	for (i = 0; i < group_count(a->g); i++, m++) {
		v[m].c = group_val(a->g, i);
		v[m].seq = a->seqbase + m;
	}
	for (k = 0; k < a->npart; k++)
		for (i = 0; i < group_count(a->part[k]); i++, m++) {
			v[m].c = group_val(a->part[k], i);
			v[m].seq = a->seqbase + m;
		}
	tmp = xmalloc((n ? n : 1) * sizeof(*tmp));
	spilled_sort(a, v, tmp, n);
	free(tmp);
	r = xcalloc(1, rs);
	for (i = 0; i < n && st == 0; i++) {
		r->seq = v[i].seq;
		r->serial = a->serial;
		snprintf(r->reporter, CODE_MAX, "%s", v[i].c->reporter);
		snprintf(r->partner, CODE_MAX, "%s", v[i].c->partner);
		memcpy(rec_cell(r), v[i].c, cellsize(a));
		st = spill_put(a->spill, r);
	}
	free(r);
	free(v);
	if (st < 0 || spill_end_run(a->spill) < 0) {
		spill_error(a, err, errsz);
		return -1;
	}
	a->seqbase += n;
	tables_clear(a);
	return 0;
}

int
agg_spilled(const struct agg *a)
{
	return a->spill != NULL;
}

/* A refusal the merge met, and where one pass would have met it. */
struct refusal {
	int		 set;
	uint64_t	 seq;
	char		 msg[1024];
};

/* The merge of the runs: first-stage cells summed (f), then output
 * groups (o), as agg_finish() does them. */
struct merge {
	struct agg	*a;
	int		 pass;		/* 1: check and count; 2: emit */
	agg_emit_fn	 emit;
	void		*arg;
	int		 stage2;	/* agg_finish()'s second stage */
	struct agg_cell	 f;
	char		 fr[CODE_MAX], fp[CODE_MAX];
	uint64_t	 fseq;
	int		 fhave;
	/* the last first-stage cell, a breakdown's total when it comes
	 * just before (the order puts it there) */
	struct agg_cell	 t;
	char		 tr[CODE_MAX], tp[CODE_MAX];
	int		 thave;
	struct agg_cell	 o;
	char		 orp[CODE_MAX], op[CODE_MAX];
	uint64_t	 oseq;
	int		 ohave;
	/* the currencies of the output group, each at its first place */
	struct {
		char	 c[8];
		uint64_t seq;
	}		*cur;
	size_t		 ncur, curcap;
	/* 0: adding a first-stage cell's parts (a row's refusal, in one
	 * pass), 1: its settling, 2: the second stage, 3: a group's */
	struct refusal	 r[4];
	uint64_t	 count;
	int		 months;
};

static void
refuse(struct merge *m, int stage, uint64_t seq, const char *msg)
{
	struct refusal *r = &m->r[stage];

	if (m->pass != 1 || (r->set && r->seq <= seq))
		return;
	r->set = 1;
	r->seq = seq;
	snprintf(r->msg, sizeof(r->msg), "%s", msg);
}

/* The numbering of the writer of r in a: sources and the unit. */
static void
rec_renumber(const struct agg *a, const struct srec *r, struct agg_cell *c)
{
	const struct owner *w = NULL;
	size_t i;
	int k, pass;

	if (r->serial == a->serial)
		return;
	for (i = 0; i < a->nown; i++)
		if (a->own[i].serial == r->serial)
			w = &a->own[i];
	if (w == NULL)
		return;
	for (pass = 0; pass < (a->o.hs_level ? 2 : 1); pass++) {
		struct agg_sum *s = pass ? &c->finer : &c->s;
		uint32_t src = s->sources;

		s->sources = 0;
		for (k = 0; k < MAXSOURCES; k++)
			if (src & (1u << k))
				s->sources |= w->smap[k];
		if (s->qty == 1)
			s->unit = w->umap[s->unit];
	}
}

/* sum_merge() of a sum that may be empty (a cell's finer, or its own
 * when it has only finer rows). */
static int
sum_add(struct agg_sum *to, const struct agg_sum *from)
{
	return from->levels == 0 ? 0 : sum_merge(to, from);
}

static void
out_done(struct merge *m)
{
	struct agg *a = m->a;
	struct agg_cell *o = &m->o;
	char err[1024];
	size_t i, first = 0, other = SIZE_MAX;

	if (!m->ohave)
		return;
	m->ohave = 0;
	o->reporter = m->orp;
	o->partner = m->op;
	if (m->stage2) {
		/* the group's currency is its first cell's; the first cell
		 * of another is refused */
		for (i = 1; i < m->ncur; i++)
			if (m->cur[i].seq < m->cur[first].seq)
				first = i;
		for (i = 0; i < m->ncur; i++)
			if (i != first && (other == SIZE_MAX ||
			    m->cur[i].seq < m->cur[other].seq))
				other = i;
		memcpy(o->currency, m->cur[first].c, sizeof(o->currency));
		if (other != SIZE_MAX) {
			snprintf(err, sizeof(err), "cannot add %s to %s in "
			    "one sum (%s); convert to one currency first",
			    m->cur[other].c, o->currency, describe(o));
			refuse(m, 2, m->cur[other].seq, err);
			return;
		}
	}
	if (settle(a, o, err, sizeof(err)) < 0) {
		refuse(m, 3, m->oseq, err);
		return;
	}
	if (o->s.month_mask)
		m->months = 1;
	m->count++;
	if (m->pass == 2)
		m->emit(m->arg, a, o);
}

/* A first-stage cell, all its parts added: settled and added to its
 * output group, as agg_finish() does. */
static void
first_done(struct merge *m)
{
	struct agg *a = m->a;
	struct agg_cell *f = &m->f, *o = &m->o;
	char err[1024], lb[80];
	int per, total;
	size_t i;

	if (!m->fhave)
		return;
	m->fhave = 0;
	f->reporter = m->fr;
	f->partner = m->fp;
	if (a->o.hs_level) {
		if (f->s.levels == 0)
			f->s = f->finer;
		if (util_popcount(f->s.levels) > 1) {
			snprintf(err, sizeof(err), "the sum for %s adds HS "
			    "codes of %s: a code and its subheadings "
			    "double-count", describe(f), levels_text(
			    f->s.levels, lb, sizeof(lb)));
			refuse(m, 1, m->fseq, err);
		}
		f->s.levels = 1u << a->o.hs_level;
	}
	if (mixes_year_months(f)) {
		snprintf(err, sizeof(err), "the sum for %s adds rows of a "
		    "whole year to monthly rows of the same year, which "
		    "double-counts; keep one of them (trade-filter "
		    "--period)", describe(f));
		refuse(m, 1, m->fseq, err);
	}
	/* a breakdown beside its total (just before it) is left out */
	total = m->thave && f->bd == 2 && m->t.s.levels != 0 &&
	    cell_kind(a, &m->t) == (a->keys == AK_ALL ? 0 : 1) &&
	    m->t.period == f->period && strcmp(m->tr, m->fr) == 0 &&
	    strcmp(m->tp, m->fp) == 0 && m->t.flow == f->flow &&
	    strcmp(m->t.product, f->product) == 0;
	memcpy(&m->t, f, sizeof(m->t));
	memcpy(m->tr, m->fr, CODE_MAX);
	memcpy(m->tp, m->fp, CODE_MAX);
	m->t.reporter = m->tr;
	m->t.partner = m->tp;
	m->thave = 1;
	if (total) {
		if (m->pass == 1)
			a->nbreak += (uint64_t)f->s.rows;
		return;
	}
	if (!m->stage2) {
		memcpy(o, f, sizeof(*o));
		memcpy(m->orp, m->fr, CODE_MAX);
		memcpy(m->op, m->fp, CODE_MAX);
		m->oseq = m->fseq;
		m->ohave = 1;
		out_done(m);
		return;
	}
	per = out_period(a, f);
	if (m->ohave && (o->period != per || ((a->o.by & AK_REPORTER) &&
	    strcmp(m->orp, m->fr) != 0) || ((a->o.by & AK_PARTNER) &&
	    strcmp(m->op, m->fp) != 0) || ((a->o.by & AK_FLOW) &&
	    o->flow != f->flow) || ((a->o.by & AK_PRODUCT) &&
	    strcmp(o->product, f->product) != 0)))
		out_done(m);
	if (!m->ohave) {
		memset(o, 0, sizeof(*o));
		o->period = per;
		snprintf(m->orp, CODE_MAX, "%s", a->o.by & AK_REPORTER ?
		    m->fr : "");
		snprintf(m->op, CODE_MAX, "%s", a->o.by & AK_PARTNER ?
		    m->fp : "");
		o->reporter = m->orp;
		o->partner = m->op;
		o->flow = a->o.by & AK_FLOW ? f->flow : FLOW_NONE;
		if (a->o.by & AK_PRODUCT)
			memcpy(o->product, f->product, HS_MAX + 1);
		m->oseq = m->fseq;
		m->ncur = 0;
		m->ohave = 1;
	}
	if (m->fseq < m->oseq)
		m->oseq = m->fseq;
	for (i = 0; i < m->ncur; i++)
		if (memcmp(m->cur[i].c, f->currency, sizeof(f->currency)) == 0)
			break;
	if (i == m->ncur) {
		if (m->ncur == m->curcap) {
			m->curcap = m->curcap ? m->curcap * 2 : 4;
			m->cur = xrealloc(m->cur, m->curcap * sizeof(*m->cur));
		}
		memcpy(m->cur[i].c, f->currency, sizeof(f->currency));
		m->cur[i].seq = m->fseq;
		m->ncur++;
	} else if (m->fseq < m->cur[i].seq)
		m->cur[i].seq = m->fseq;
	if (sum_merge(&o->s, &f->s) < 0) {
		snprintf(err, sizeof(err), "the sum for %s does not fit in "
		    "decimal fixed point (%d digits, %d after the point), in "
		    "which sums are exact", describe(o), FIXED_DIGITS,
		    FIXED_SCALE_MAX);
		refuse(m, 2, m->fseq, err);
	}
}

/* A record of the runs, in their order. */
static void
merge_rec(struct merge *m, const struct srec *r)
{
	struct agg *a = m->a;
	struct agg_cell c;
	char err[1024];

	memcpy(&c, rec_cell(r), cellsize(a));
	if (!a->o.hs_level)
		memset(&c.finer, 0, sizeof(c.finer));
	rec_renumber(a, r, &c);
	m->f.reporter = m->fr;
	m->f.partner = m->fp;
	if (m->fhave && order_cmp(a, &m->f, m->fr, m->fp, &c, r->reporter,
	    r->partner) == 0) {
		/* one cell in one pass: the first part made it */
		if (r->seq < m->fseq) {
			m->fseq = r->seq;
			m->f.bd = c.bd;
		}
		c.reporter = r->reporter;
		c.partner = r->partner;
		if (memcmp(m->f.currency, c.currency, sizeof(c.currency))) {
			snprintf(err, sizeof(err), "cannot add %s to %s in one "
			    "sum (%s); convert to one currency first",
			    c.currency, m->f.currency, describe_skip(&c,
			    AK_ALL & ~a->o.by));
			refuse(m, 0, r->seq, err);
		} else if (sum_add(&m->f.s, &c.s) < 0 || (a->o.hs_level &&
		    sum_add(&m->f.finer, &c.finer) < 0)) {
			snprintf(err, sizeof(err), "the sum for %s does not "
			    "fit in decimal fixed point (%d digits, %d after "
			    "the point), in which sums are exact",
			    describe_skip(&c, AK_ALL & ~a->o.by),
			    FIXED_DIGITS, FIXED_SCALE_MAX);
			refuse(m, 0, r->seq, err);
		}
		return;
	}
	first_done(m);
	memcpy(&m->f, &c, sizeof(c));
	memcpy(m->fr, r->reporter, CODE_MAX);
	memcpy(m->fp, r->partner, CODE_MAX);
	m->f.reporter = m->fr;
	m->f.partner = m->fp;
	m->fseq = r->seq;
	m->fhave = 1;
}

/*
 * The runs merged: on pass 1, the refusals agg_finish() would make (the
 * first of its first stage, in the order one pass meets them), the
 * count and the months; on pass 2, each group to emit.  0, -1 with err
 * on a refusal or a read error.
 */
static int
merge_runs(struct agg *a, int pass, int stage2, agg_emit_fn emit, void *arg,
    char *err, size_t errsz)
{
	struct merge *m = xcalloc(1, sizeof(*m));
	struct spill_merge *sm;
	const void *rec;
	int st, k;

	m->a = a;
	m->pass = pass;
	m->emit = emit;
	m->arg = arg;
	m->stage2 = stage2;
	/* the tables are empty by now: their budget is the merge's */
	if ((sm = spill_merge(a->spill, a->memory / 2, cmp_rec, a)) ==
	    NULL) {
		spill_error(a, err, errsz);
		free(m);
		return -1;
	}
	while ((st = spill_next(sm, &rec)) == 1)
		merge_rec(m, rec);
	spill_merge_free(sm);
	if (st < 0) {
		spill_error(a, err, errsz);
		free(m->cur);
		free(m);
		return -1;
	}
	first_done(m);
	out_done(m);
	free(m->cur);
	for (k = 0; k < 4; k++)
		if (m->r[k].set) {
			snprintf(err, errsz, "%s", m->r[k].msg);
			free(m);
			return -1;
		}
	if (pass == 1) {
		a->nfinal = m->count;
		a->months = m->months;
	}
	free(m);
	return 0;
}

/* The tables' memory given back: the cells are on disk. */
static void
tables_free(struct agg *a)
{
	unsigned k;

	group_free(a->g);
	a->g = group_alloc(cellsize(a));
	for (k = 0; k < a->npart; k++) {
		group_free(a->part[k]);
		a->part[k] = NULL;
	}
	a->npart = 0;
	a->want_parts = 0;
	a->ncells = 0;
}

/* agg_finish() of cells on disk. */
static int
finish_spilled(struct agg *a, char *err, size_t errsz)
{
	packed_stop(a);
	if (a->ncells > 0 && spill_cells(a, err, errsz) < 0)
		return -1;
	tables_free(a);
	a->ondisk = 1;
	return merge_runs(a, 1, a->keys != a->o.by || a->nbd, NULL, NULL,
	    err, errsz);
}

int
agg_adopt(struct agg *a, struct agg *b, char *err, size_t errsz)
{
	struct owner *w;
	size_t i;
	int k;

	if (b->ncells > 0 && spill_cells(b, err, errsz) < 0)
		return -1;
	if (b->spill != NULL) {
		a->own = xrealloc(a->own, (a->nown + 1) * sizeof(*a->own));
		w = &a->own[a->nown++];
		memset(w, 0, sizeof(*w));
		w->serial = b->serial;
		for (k = 0; k < b->nsources; k++)
			if ((w->smap[k] = source_bit(a, b->sources[k])) == 0) {
				snprintf(err, errsz, "more than %d sources in "
				    "one roll-up (its limit)", MAXSOURCES);
				return -1;
			}
		w->umap = xcalloc(b->nunits + 1, sizeof(*w->umap));
		for (i = 0; i < b->nunits; i++)
			w->umap[i] = unit_id(a, b->units[i]);
		if (a->spill == NULL && (a->spill = spill_open(a->tmpdir,
		    recsize(a))) == NULL) {
			spill_error(a, err, errsz);
			return -1;
		}
		spill_adopt(a->spill, b->spill);
		b->spill = NULL;
	}
	tables_free(b);
	merge_left(a, b);
	return 0;
}

int
agg_each(struct agg *a, agg_emit_fn emit, void *arg, char *err,
    size_t errsz)
{
	size_t i;

	if (a->ondisk)
		return merge_runs(a, 2, a->keys != a->o.by || a->nbd, emit,
		    arg, err, errsz);
	for (i = 0; i < group_count(a->g); i++)
		emit(arg, a, agg_cell(a, i));
	return 0;
}

int
agg_finish(struct agg *a, char *err, size_t errsz)
{
	size_t i, n;
	char lb[80];

	if (a->spill != NULL)
		return finish_spilled(a, err, errsz);
	packed_stop(a);
	if (unsplit(a) < 0) {
		snprintf(err, errsz, "more groups than a roll-up holds (%zu)",
		    GROUP_MAX);
		return -1;
	}
	n = group_count(a->g);
	for (i = 0; i < n; i++) {
		struct agg_cell *c = group_val(a->g, i);

		if (a->o.hs_level) {
			/* the heading's own row, where the file has one; its
			 * subheadings are a breakdown of it */
			if (c->s.levels == 0)
				c->s = c->finer;
			if (util_popcount(c->s.levels) > 1) {
				snprintf(err, errsz, "the sum for %s adds HS "
				    "codes of %s: a code and its subheadings "
				    "double-count", describe(c), levels_text(
				    c->s.levels, lb, sizeof(lb)));
				return -1;
			}
			c->s.levels = 1u << a->o.hs_level;
		}
		/* the first stage keeps the year: a year's own row and its
		 * months meet here */
		if (mixes_year_months(c)) {
			snprintf(err, errsz, "the sum for %s adds rows of a "
			    "whole year to monthly rows of the same year, "
			    "which double-counts; keep one of them "
			    "(trade-filter --period)", describe(c));
			return -1;
		}
	}
	/* a breakdown (by mode of transport...) beside its total is left
	 * out; without its total, it is what the file has */
	for (i = 0; a->nbd && i < n; i++) {
		struct agg_cell *c = group_val(a->g, i), *t;

		if (c->bd != 2)
			continue;
		t = cell_lookup(a, a->g, a->keys | AK_BD_TOTAL, c->period,
		    c->reporter, c->partner, c->flow, c->product, c->currency,
		    1);
		if (t != NULL && t->s.levels != 0) {
			a->nbreak += (uint64_t)c->s.rows;
			c->bd = 3;
		}
	}
	if (a->keys != a->o.by || a->nbd) {
		struct group *g2 = group_alloc(sizeof(struct agg_cell));

		/* the second stage keeps the full cell: cell_get()
		 * initialises what it copies */
		for (i = 0; i < n; i++) {
			struct agg_cell *c = group_val(a->g, i), *d;
			int per = c->period;

			if (c->bd == 3)
				continue;
			if (c->bd && a->o.annual && period_is_monthly(per))
				per = per / 100 * 100;
			d = cell_get(a, g2, a->o.by, per, c->reporter, c->partner,
			    c->flow, c->product, c->currency);

			if (d == NULL) {
				snprintf(err, errsz, "more groups than a "
				    "roll-up holds (%zu)", group_count(g2));
				group_free(g2);
				return -1;
			}
			if (strcmp(c->currency, d->currency) != 0) {
				snprintf(err, errsz, "cannot add %s to %s in "
				    "one sum (%s); convert to one currency "
				    "first", c->currency, d->currency,
				    describe(d));
				group_free(g2);
				return -1;
			}
			if (sum_merge(&d->s, &c->s) < 0) {
				snprintf(err, errsz, "the sum for %s does not "
				    "fit in decimal fixed point (%d digits, %d "
				    "after the point), in which sums are exact",
				    describe(d), FIXED_DIGITS, FIXED_SCALE_MAX);
				group_free(g2);
				return -1;
			}
		}
		group_free(a->g);
		a->g = g2;
	}
	n = group_count(a->g);
	for (i = 0; i < n; i++) {
		struct agg_cell *c = group_val(a->g, i);

		if (settle(a, c, err, errsz) < 0)
			return -1;
		if (c->s.month_mask)
			a->months = 1;
	}
	free(a->order);
	if ((a->order = sort_index(a)) == NULL)
		group_sort(a->g, cmp_keys, NULL);
	return 0;
}

int
agg_stream(struct agg *a, agg_emit_fn emit, void *arg)
{
	/* one stage, keyed by the --by columns as the output is: the
	 * others need every row first */
	if (a->keys != a->o.by || a->o.hs_level || a->o.annual ||
	    group_count(a->g) > 0 || a->started)
		return -1;
	a->emit = emit;
	a->emit_arg = arg;
	return 0;
}

/* stream_flush() of a period whose groups went to disk in part: merged
 * twice, to check them, then to hand them to emit. */
static int
stream_flush_spilled(struct agg *a)
{
	char err[1024];

	if ((a->ncells > 0 && spill_cells(a, err, sizeof(err)) < 0) ||
	    merge_runs(a, 1, 0, NULL, NULL, err, sizeof(err)) < 0 ||
	    a->months ||
	    merge_runs(a, 2, 0, a->emit, a->emit_arg, err, sizeof(err)) < 0)
		return -1;
	a->nstreamed += a->nfinal;
	a->nfinal = 0;
	a->seqbase = 0;
	spill_clear(a->spill);
	return 0;
}

/*
 * The groups of the period so far settled as agg_finish() settles them,
 * sorted and handed to emit, and the table emptied for the next period:
 * 0, or -1 when they cannot be (a refusal, or months, whose columns the
 * header names).
 */
static int
stream_flush(struct agg *a)
{
	size_t i, n = group_count(a->g);
	uint32_t *idx;
	char err[1024];

	if (a->spill != NULL && spill_runs(a->spill) > 0)
		return stream_flush_spilled(a);
	for (i = 0; i < n; i++) {
		struct agg_cell *c = group_val(a->g, i);

		if (mixes_year_months(c) || c->s.month_mask ||
		    settle(a, c, err, sizeof(err)) < 0)
			return -1;
	}
	/* written in the sorted order, not moved to it: the table is
	 * emptied next */
	if ((idx = sort_index(a)) == NULL)
		group_sort(a->g, cmp_keys, NULL);
	for (i = 0; i < n; i++)
		a->emit(a->emit_arg, a, group_val(a->g, idx ? idx[i] : i));
	free(idx);
	a->nstreamed += n;
	/* kept at its size: the next period has about as many groups */
	tables_clear(a);
	return 0;
}

/* A row of period p in a stream: 0 when it can be added (the groups of
 * an earlier period written first), -1 when it comes too late. */
static int
stream_period(struct agg *a, int p)
{
	if (a->started && p < a->speriod)
		return -1;
	if (a->started && stream_flush(a) < 0)
		return -1;
	a->started = 1;
	a->speriod = p;
	return 0;
}

int
agg_stream_end(struct agg *a)
{
	return stream_flush(a) < 0 ? AGG_UNSORTED : 0;
}

uint64_t
agg_streamed(const struct agg *a)
{
	return a->nstreamed;
}

int
agg_check_levels(const struct agg *a, char *err, size_t errsz)
{
	char lb[80];
	int k, n = 0;
	size_t o;

	if (a->o.hs_level || util_popcount(a->levels & ~(1u << 31)) < 2)
		return 0;
	o = (size_t)snprintf(err, errsz, "the input mixes HS codes of %s (",
	    levels_text(a->levels & ~(1u << 31), lb, sizeof(lb)));
	for (k = 0; k < 31 && o < errsz; k++)
		if (a->levels & (1u << k))
			o += (size_t)snprintf(err + o, errsz - o, "%s%s",
			    n++ ? ", " : "", a->level_eg[k]);
	if (o < errsz)
		snprintf(err + o, errsz - o, "): a heading and its subheadings "
		    "double-count; choose one level with --hs-level, or "
		    "filter the products");
	return -1;
}

size_t
agg_count(const struct agg *a)
{
	return a->ondisk ? (size_t)a->nfinal : group_count(a->g);
}

/* Cells ahead that agg_cell() asks the cache for: the cells are read
 * in a->order, not in memory's order, and a miss is a wait. */
#define PREFETCH_AHEAD	8

struct agg_cell *
agg_cell(const struct agg *a, size_t i)
{
	const char *p;
	size_t k;

	if (a->order == NULL)
		return group_val(a->g, i);
	if (i + PREFETCH_AHEAD < group_count(a->g)) {
		p = group_val(a->g, a->order[i + PREFETCH_AHEAD]);
		for (k = 0; k < cellsize(a); k += 64)
			__builtin_prefetch(p + k);
		__builtin_prefetch(p + cellsize(a) - 1);
	}
	return group_val(a->g, a->order[i]);
}

static int
cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

const char *
agg_sources(const struct agg *a, const struct agg_sum *s, char *buf,
    size_t size)
{
	const char *names[MAXSOURCES];
	size_t o = 0;
	int i, n = 0;

	/* in the order of their names, not of the rows (sums over blocks
	 * read on several threads agree with one pass) */
	for (i = 0; i < a->nsources; i++)
		if (s->sources & (1u << i))
			names[n++] = a->sources[i];
	qsort(names, (size_t)n, sizeof(names[0]), cmp_str);
	/* copied, not snprintf()'d: a call per group of a large table */
	for (i = 0; i < n; i++) {
		size_t sl = i ? 2 : 0, len = strlen(names[i]);

		if (o + sl + len >= size)
			break;	/* no part of a name */
		memcpy(buf + o, "; ", sl);
		memcpy(buf + o + sl, names[i], len);
		o += sl + len;
	}
	buf[o] = '\0';
	return buf;
}

int
agg_has_months(const struct agg *a)
{
	return a->months || a->o.annual;
}

static int
cmp_left(const void *x, const void *y)
{
	const struct left *a = x, *b = y;

	if (a->n != b->n)
		return a->n > b->n ? -1 : 1;
	return strcmp(a->code, b->code);
}

int
agg_report_line(const struct agg *a, int i, char *buf, size_t size)
{
	size_t k, o;

	if (a->nleft_all && i-- == 0) {
		/* the most frequent first */
		qsort(a->left, a->nleft, sizeof(*a->left), cmp_left);
		o = (size_t)snprintf(buf, size, "left out %llu rows of "
		    "aggregates (world, groups, flow T totals) from sums over "
		    "them (%s):", (unsigned long long)a->nleft_all,
		    a->o.keep_hint ? a->o.keep_hint :
		    "trade-agg --with-aggregates adds them");
		for (k = 0; k < a->nleft && k < MAXLEFT && o < size; k++)
			o += (size_t)snprintf(buf + o, size - o, " %s %llu",
			    a->left[k].code, (unsigned long long)a->left[k].n);
		if (a->nleft > MAXLEFT && o < size)
			snprintf(buf + o, size - o, " ...");
		return 1;
	}
	if (a->nbreak && i-- == 0) {
		snprintf(buf, size, "left out %llu breakdown rows (by mode of "
		    "transport, customs procedure, second partner or "
		    "statistical procedure) beside their totals: added to "
		    "them, they would count twice",
		    (unsigned long long)a->nbreak);
		return 1;
	}
	if (a->nparts && i-- == 0) {
		snprintf(buf, size, "left out %llu rows of re-exports and "
		    "re-imports (RX, RM) from sums over flows: exports and "
		    "imports include them (--by ...,flow keeps them apart)",
		    (unsigned long long)a->nparts);
		return 1;
	}
	if (a->ncoarse && i-- == 0) {
		snprintf(buf, size, "left out %llu rows coarser than HS level "
		    "%d (such as %s): they cannot be split",
		    (unsigned long long)a->ncoarse, a->o.hs_level,
		    a->coarse_eg);
		return 1;
	}
	return 0;
}

/* Add b's sum s into d, its sources and unit renumbered for a: 0, or
 * -1 when it does not fit. */
static int
merge_sum(struct agg_sum *d, const struct agg_sum *s, const uint32_t *smap,
    const unsigned short *umap)
{
	struct agg_sum t = *s;
	int i;

	if (s->levels == 0)
		return 0;	/* empty */
	t.sources = 0;
	for (i = 0; i < MAXSOURCES; i++)
		if (s->sources & (1u << i))
			t.sources |= smap[i];
	if (t.qty == 1)
		t.unit = umap[s->unit];
	return sum_merge(d, &t);
}

/* The counts and examples of what b left out, into a. */
static void
merge_left(struct agg *a, const struct agg *b)
{
	size_t i;
	int k;

	for (i = 0; i < b->nleft; i++)
		left_out_n(a, b->left[i].code, b->left[i].n);
	a->ncoarse += b->ncoarse;
	a->nparts += b->nparts;
	a->nbd += b->nbd;
	if (b->coarse_eg[0])
		coarse_example(a, b->coarse_eg);
	for (k = 0; k < 32; k++)
		if ((b->levels & (1u << k)) && !(a->levels & (1u << k)))
			memcpy(a->level_eg[k], b->level_eg[k], HS_MAX + 1);
	a->levels |= b->levels;
}

int
agg_merge(struct agg *a, struct agg *b)
{
	uint32_t smap[MAXSOURCES] = { 0 };
	unsigned short *umap = xcalloc(b->nunits + 1, sizeof(*umap));
	size_t i, n;
	int k;

	if (unsplit(a) < 0 || unsplit(b) < 0) {
		free(umap);
		return -1;
	}
	n = group_count(b->g);
	for (k = 0; k < b->nsources; k++)
		if ((smap[k] = source_bit(a, b->sources[k])) == 0) {
			free(umap);
			return -1;	/* too many: the one pass says where */
		}
	for (i = 0; i < b->nunits; i++)
		umap[i] = unit_id(a, b->units[i]);
	/* from the last cell, b's table shrinking as a's grows: not both
	 * whole at once */
	for (i = n; i-- > 0;) {
		const struct agg_cell *c;
		struct agg_cell *d;

		if ((i & 0xffff) == 0xffff)
			group_shrink(b->g, i + 1);
		c = group_val(b->g, i);
		d = cell_for(a, c, stage1_keys(a, c));

		if (d == NULL || strcmp(d->currency, c->currency) != 0 ||
		    merge_sum(&d->s, &c->s, smap, umap) < 0 ||
		    (a->o.hs_level && merge_sum(&d->finer, &c->finer, smap,
		    umap) < 0)) {
			free(umap);
			return -1;	/* the one pass says where */
		}
	}
	free(umap);
	merge_left(a, b);
	return 0;
}

int
agg_partitioned(const struct agg *a)
{
	return a->npart != 0;
}

int
agg_merge_prepare(struct agg *a, struct agg *b)
{
	size_t i;
	int k;

	if (a->want_parts == 0 || a->want_parts != b->want_parts)
		return -1;
	if (a->npart == 0)
		split(a);
	if (b->npart == 0)
		split(b);
	packed_stop(a);
	for (k = 0; k < b->nsources; k++)
		if ((b->smap[k] = source_bit(a, b->sources[k])) == 0)
			return -1;	/* too many: the one pass says where */
	free(b->umap);
	b->umap = xcalloc(b->nunits + 1, sizeof(*b->umap));
	for (i = 0; i < b->nunits; i++)
		b->umap[i] = unit_id(a, b->units[i]);
	/* every code of b in a's table now: agg_merge_part() only reads
	 * it */
	for (i = 0; i < group_count(b->names); i++)
		if (intern(a, *(char **)group_val(b->names, i)) == NULL)
			return -1;
	merge_left(a, b);
	return 0;
}

/* a's copy of a code that agg_merge_prepare() interned. */
static const char *
name_of(const struct agg *a, const char *code)
{
	char **v;

	if (code[0] == '\0')
		return "";
	v = group_find(a->names, code, strlen(code));
	return v ? *v : NULL;
}

int
agg_merge_part(struct agg *a, struct agg *b, unsigned p)
{
	struct group *src, *dst;
	size_t i, n, len;
	int created;

	if (p >= a->npart || a->npart != b->npart)
		return -1;
	src = b->part[p];
	dst = a->part[p];
	n = group_count(src);
	/* from the last cell, b's table shrinking as a's grows */
	for (i = n; i-- > 0;) {
		const struct agg_cell *c;
		struct agg_cell *d;
		const char *key;

		if ((i & 0xfff) == 0xfff)
			group_shrink(src, i + 1);
		c = group_val(src, i);
		key = group_key(src, i, &len);
		if ((d = group_get(dst, key, len, &created)) == NULL)
			return -1;
		if (created) {
			d->period = c->period;
			d->bd = c->bd;
			d->reporter = name_of(a, c->reporter);
			d->partner = name_of(a, c->partner);
			if (d->reporter == NULL || d->partner == NULL)
				return -1;
			d->flow = c->flow;
			memcpy(d->product, c->product, sizeof(d->product));
			memcpy(d->currency, c->currency, sizeof(d->currency));
		} else if (strcmp(d->currency, c->currency) != 0)
			return -1;	/* the one pass says where */
		if (merge_sum(&d->s, &c->s, b->smap, b->umap) < 0 ||
		    (a->o.hs_level && merge_sum(&d->finer, &c->finer, b->smap,
		    b->umap) < 0))
			return -1;
	}
	return 0;
}

void
agg_write_header(struct csvw *w, int months)
{
	csvw_header(w, months ? "period,reporter,partner,flow,product,value,"
	    "quantity,unit,currency,source,rows,months,month_mask" :
	    "period,reporter,partner,flow,product,value,quantity,unit,"
	    "currency,source,rows");
}

/*
 * An exact sum: up to 15 significant digits, as every number is written
 * (the double nearest to it has those digits), and with more, its own
 * digits, which a double would round.
 */
static void
write_exact(struct csvw *w, const struct fixed *f, double v)
{
	char buf[FIXED_BUFSZ];

	if (f == NULL || fixed_digits(f) <= 15)
		csvw_num_exact(w, v);
	else
		csvw_numtext(w, fixed_format(f, buf));
}

void
agg_write_keys(struct csvw *w, const struct agg *a, const struct agg_cell *c,
    int exact)
{
	char pb[PERIOD_BUFSZ], sb[1024];
	int q = c->s.qty == 1;

	/* trade_write_fields()'s columns, with sums that read back
	 * exactly, from the cell itself: a trade_row made of it cost an
	 * snprintf() of each code, 6-8% of trade-share's time on 500 k
	 * groups */
	csvw_str(w, c->period ? period_format(c->period, pb) : "");
	csvw_str(w, c->reporter);
	csvw_str(w, c->partner);
	csvw_str(w, flow_code(c->flow));
	csvw_str(w, c->product);
	if (exact) {
		write_exact(w, &c->s.v, c->s.value);
		write_exact(w, q ? &c->s.q : NULL, q ? c->s.quantity : NAN);
	} else {
		csvw_num(w, c->s.value);
		csvw_num(w, q ? c->s.quantity : NAN);
	}
	csvw_str(w, q ? a->units[c->s.unit] : "");
	csvw_str(w, c->currency);
	csvw_str(w, agg_sources(a, &c->s, sb, sizeof(sb)));
}

void
agg_write_cell(struct csvw *w, const struct agg *a, const struct agg_cell *c,
    int months)
{
	agg_write_keys(w, a, c, 1);
	csvw_num(w, c->s.rows);
	if (months)
		agg_write_months(w, util_popcount((unsigned)c->s.month_mask),
		    c->s.month_mask);
	csvw_end(w);
}

void
agg_write_months(struct csvw *w, int count, int mask)
{
	char mb[MONTHMASK_LEN + 1];

	if (mask == 0) {
		csvw_empty(w);
		csvw_empty(w);
		return;
	}
	csvw_int(w, count);
	/* letters: a spreadsheet took the hex "0e0" for the number 0 */
	csvw_str(w, monthmask_format(mask, mb));
}

static int
cmp_groups(const char *ka, size_t la, const void *va, const char *kb,
    size_t lb, const void *vb, void *arg)
{
	const struct agg_cell *x = va, *y = vb;
	unsigned dim = *(unsigned *)arg;
	int d = key_cmp(x, y, dim);

	(void)ka, (void)la, (void)kb, (void)lb;
	if (d)
		return d;
	if (x->s.value != y->s.value)
		return x->s.value > y->s.value ? -1 : 1;
	return strcmp(agg_member(x, dim), agg_member(y, dim));
}

void
agg_sort_groups(struct agg *a, unsigned dim)
{
	packed_stop(a);
	order_apply(a);
	group_sort(a->g, cmp_groups, &dim);
}

size_t
agg_group_end(const struct agg *a, size_t b, unsigned dim)
{
	size_t i, n = group_count(a->g);
	const struct agg_cell *first = agg_cell(a, b);

	for (i = b + 1; i < n && key_cmp(first, agg_cell(a, i), dim) == 0;
	    i++)
		;
	return i;
}

const char *
agg_member(const struct agg_cell *c, unsigned dim)
{
	return dim == AK_REPORTER ? c->reporter : dim == AK_PARTNER ?
	    c->partner : c->product;
}

int
agg_is_total(const struct agg_cell *c, unsigned dim)
{
	if (dim == AK_PRODUCT)
		return strcmp(c->product, "TOTAL") == 0;
	return codes_is_world(agg_member(c, dim));
}

int
agg_is_member(const struct agg_cell *c, unsigned dim)
{
	const char *m = agg_member(c, dim);

	if (dim == AK_PRODUCT)
		return m[0] >= '0' && m[0] <= '9';
	if (m[0] == '\0' || codes_is_aggregate(m))
		return 0;
	/* trade with oneself is not trade with a partner */
	return strcmp(c->reporter, c->partner) != 0;
}

void
agg_cell_copy(struct agg_cell *dst, const struct agg_cell *src)
{
	memcpy(dst, src, offsetof(struct agg_cell, finer));
	memset(&dst->finer, 0, sizeof(dst->finer));
}

static int
cmp_series(const char *ka, size_t la, const void *va, const char *kb,
    size_t lb, const void *vb, void *arg)
{
	const struct agg_cell *x = va, *y = vb;
	int d = key_cmp(x, y, AK_PERIOD);

	(void)ka, (void)la, (void)kb, (void)lb, (void)arg;
	if (d)
		return d;
	return x->period < y->period ? -1 : x->period > y->period;
}

void
agg_sort_series(struct agg *a)
{
	packed_stop(a);
	order_apply(a);
	group_sort(a->g, cmp_series, NULL);
}
