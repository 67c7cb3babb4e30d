/*
 * mirror.c - the measures of mirror statistics (see mirror.h).
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "codes.h"
#include "group.h"
#include "hs.h"
#include "mirror.h"
#include "period.h"
#include "util.h"

struct mirror {
	struct group	*pairs;		/* period, exporter, importer,
					 * product -> struct mirror_pair */
	struct group	*cover;		/* year, reporter, flow -> struct
					 * cover */
	long		 lag;
};

/* The months a year of a reporter's flow covers. */
struct cover {
	int		 mask;
	int		 said;		/* a row said its months */
};

static void
cover_key(struct keybuf *k, int year, const char *reporter, int is_export)
{
	char yb[16];

	keybuf_reset(k);
	snprintf(yb, sizeof(yb), "%d", year);
	keybuf_add(k, yb);
	keybuf_add(k, reporter);
	keybuf_add(k, is_export ? "X" : "M");
}

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

struct mirror *
mirror_alloc(long lag)
{
	struct mirror *mr = xmalloc(sizeof(*mr));

	mr->pairs = group_alloc(sizeof(struct mirror_pair));
	mr->cover = group_alloc(sizeof(struct cover));
	mr->lag = lag;
	return mr;
}

void
mirror_free(struct mirror *mr)
{
	if (mr == NULL)
		return;
	group_free(mr->pairs);
	group_free(mr->cover);
	free(mr);
}

int
mirror_add(struct mirror *mr, const struct mirror_side *s,
    const struct mirror_pair **clash)
{
	const char *exp = s->is_export ? s->reporter : s->partner;
	const char *imp = s->is_export ? s->partner : s->reporter;
	struct mirror_pair *pr;
	struct keybuf k;
	char pb[16];
	int p = s->period, created;

	*clash = NULL;
	if (strcmp(exp, imp) == 0)
		return MIRROR_SELF;
	/* an import of month t + lag pairs with the export of t; a year
	 * stays a year (the lag is in months) */
	if (!s->is_export && mr->lag && period_is_monthly(p))
		p = period_from_index(period_index(p) - mr->lag, p);
	keybuf_reset(&k);
	snprintf(pb, sizeof(pb), "%d", p);
	keybuf_add(&k, pb);
	keybuf_add(&k, exp);
	keybuf_add(&k, imp);
	keybuf_add(&k, s->product);
	if ((pr = group_get(mr->pairs, k.buf, k.len, &created)) == NULL)
		return MIRROR_ELIMIT;
	if (created) {
		pr->period = p;
		snprintf(pr->exporter, CODE_MAX, "%s", exp);
		snprintf(pr->importer, CODE_MAX, "%s", imp);
		snprintf(pr->product, sizeof(pr->product), "%s", s->product);
		snprintf(pr->currency, sizeof(pr->currency), "%s",
		    s->currency);
		pr->x = pr->m = NAN;
	} else if (strcmp(pr->currency, s->currency) != 0) {
		*clash = pr;
		return MIRROR_ECURRENCY;
	}
	if (!period_is_monthly(p)) {
		/* a year that says no months is a whole year */
		struct cover *cv;

		cover_key(&k, p, s->reporter, s->is_export);
		if ((cv = group_get(mr->cover, k.buf, k.len, NULL)) == NULL)
			return MIRROR_ELIMIT;
		cv->mask |= s->month_mask ? s->month_mask : 0xfff;
		cv->said |= s->month_mask != 0;
	}
	if (s->is_export)
		pr->x = s->value;
	else
		pr->m = s->value;
	pr->sources |= s->sources;
	return MIRROR_OK;
}

static int
cmp_pairs(const char *ka, size_t la, const void *va, const char *kb,
    size_t lb, const void *vb, void *arg)
{
	const struct mirror_pair *x = va, *y = vb;
	int byimp = *(int *)arg, d;

	(void)ka, (void)la, (void)kb, (void)lb;
	if (x->period != y->period)
		return x->period < y->period ? -1 : 1;
	if (byimp && (d = strcmp(x->importer, y->importer)))
		return d;
	if ((d = strcmp(x->exporter, y->exporter)))
		return d;
	if ((d = strcmp(x->importer, y->importer)))
		return d;
	return strcmp(x->product, y->product);
}

/* The coverage of one side of pr into its mask and months. */
static void
settle(const struct mirror *mr, const struct mirror_pair *pr,
    int is_export, int *mask, int *months)
{
	const struct cover *cv;
	struct keybuf k;

	*mask = *months = 0;
	if (period_is_monthly(pr->period) || isnan(is_export ? pr->x : pr->m))
		return;
	cover_key(&k, pr->period, is_export ? pr->exporter : pr->importer,
	    is_export);
	if ((cv = group_find(mr->cover, k.buf, k.len)) == NULL)
		return;
	*mask = cv->mask;
	if (cv->said)
		*months = util_popcount((unsigned)cv->mask);
}

void
mirror_sort(struct mirror *mr, int by_importer)
{
	size_t i;

	for (i = 0; i < group_count(mr->pairs); i++) {
		struct mirror_pair *pr = group_val(mr->pairs, i);

		settle(mr, pr, 1, &pr->xmask, &pr->xmonths);
		settle(mr, pr, 0, &pr->mmask, &pr->mmonths);
	}
	group_sort(mr->pairs, cmp_pairs, &by_importer);
}

size_t
mirror_count(const struct mirror *mr)
{
	return group_count(mr->pairs);
}

const struct mirror_pair *
mirror_pair(const struct mirror *mr, size_t i)
{
	return group_val(mr->pairs, i);
}

int
mirror_is_partial(const struct mirror_pair *p)
{
	return !isnan(p->x) && !isnan(p->m) && p->xmask != p->mmask;
}

const char *
mirror_flag(const struct mirror_pair *p)
{
	return isnan(p->x) ? "import_only" : isnan(p->m) ? "export_only" :
	    mirror_is_partial(p) ? "partial" : "matched";
}

void
mirror_pair_measures(const struct mirror_pair *p, double cif_fob,
    struct mirror_measures *out)
{
	mirror_measures(mirror_is_partial(p) ? NAN : p->x, p->m, cif_fob,
	    out);
}

void
mirror_tally_init(struct mirror_tally *t)
{
	memset(t, 0, sizeof(*t));
	t->level = -1;
	t->gap_ok = 1;
}

void
mirror_tally_add(struct mirror_tally *t, const struct mirror_pair *p,
    const struct mirror_measures *mm)
{
	int lvl;

	if (isnan(p->x)) {
		t->import_only++;
		return;
	}
	if (isnan(p->m)) {
		t->export_only++;
		return;
	}
	if (mirror_is_partial(p)) {
		t->partial++;
		return;
	}
	t->matched++;
	if (codes_is_aggregate(p->exporter) || codes_is_aggregate(p->importer))
		return;		/* the total is over countries */
	if (t->currency[0] == '\0')
		memcpy(t->currency, p->currency, sizeof(t->currency));
	else if (strcmp(t->currency, p->currency) != 0)
		t->gap_ok = 0;
	lvl = hs_level(p->product);
	if (lvl > HS_MAX)
		lvl = HS_MAX;
	t->gaps[lvl] += mm->gap;
	if (t->level < 0 || lvl < t->level) {
		t->finer = t->level >= 0;
		t->level = lvl;
	} else if (lvl > t->level)
		t->finer = 1;
	t->gap = t->gaps[t->level];
}
