/*
 * test_limits.c - a table of groups that is full (GROUP_MAX entries,
 * four billion: too many to make here) is an error the caller returns,
 * never a NULL written through.  group.c is built into this test with
 * its group_get() renamed, so that the modules of the library call the
 * group_get() below, which is full after a number of entries the test
 * sets.
 */
#include <math.h>
#include <string.h>

#define group_get	full_group_get
#include "group.c"
#undef group_get

#include "mirror.h"
#include "series.h"
#include "test.h"

void		*group_get(struct group *g, const char *key, size_t len,
		    int *created);

static size_t room = (size_t)-1;	/* entries the tables may create */

/* group.c's, full after room entries are created in all tables. */
void *
group_get(struct group *g, const char *key, size_t len, int *created)
{
	int made;
	void *v;

	if (group_find(g, key, len) == NULL && room == 0) {
		if (created)
			*created = 0;
		return NULL;
	}
	v = full_group_get(g, key, len, &made);
	if (made)
		room--;
	if (created)
		*created = made;
	return v;
}

static int
add(struct mirror *mr, int period, const char *reporter,
    const char *partner, int is_export, double value)
{
	const struct mirror_pair *clash;
	struct mirror_side s;

	memset(&s, 0, sizeof(s));
	s.period = period;
	s.reporter = reporter;
	s.partner = partner;
	s.is_export = is_export;
	s.product = "8703";
	s.currency = "USD";
	s.value = value;
	return mirror_add(mr, &s, &clash);
}

static void
test_mirror_full(void)
{
	struct mirror *mr = mirror_alloc(0);

	/* two pairs fit; the third is the limit, not a lost side */
	room = 2;
	CHECK(add(mr, 202303, "ARM", "RUS", 1, 23.85) == MIRROR_OK);
	CHECK(add(mr, 202303, "RUS", "ARM", 0, 21.40) == MIRROR_OK);
	CHECK(add(mr, 202304, "ARM", "RUS", 1, 2.385) == MIRROR_OK);
	CHECK(add(mr, 202305, "ARM", "RUS", 1, 7.12) == MIRROR_ELIMIT);
	/* a side of a pair that exists still finds its pair */
	CHECK(add(mr, 202304, "RUS", "ARM", 0, 2.11) == MIRROR_OK);
	mirror_sort(mr, 0);
	CHECK(mirror_count(mr) == 2);
	CHECK_NEAR(mirror_pair(mr, 1)->m, 2.11, 1e-12);
	/* a year's side needs its coverage entry too */
	room = 1;
	CHECK(add(mr, 202300, "ARM", "RUS", 1, 310.5) == MIRROR_ELIMIT);
	mirror_free(mr);
	room = (size_t)-1;
}

static void
test_series_full(void)
{
	struct series_cover *cv = series_cover_alloc();

	room = 1;
	CHECK(series_cover_add(cv, "ARM X", 202303) == 0);
	CHECK(series_cover_add(cv, "ARM X", 202311) == 0);
	CHECK(series_cover_add(cv, "ARM X", 202401) < 0);
	CHECK(series_cover_add(cv, "ARM X", 202400) == 0);	/* a year: none */
	CHECK(series_cover_mask(cv, "ARM X", 202300) == 0x404);
	CHECK(series_cover_mask(cv, "ARM X", 202400) == 0);
	series_cover_free(cv);
	room = (size_t)-1;
}

int
main(void)
{
	test_mirror_full();
	test_series_full();
	return test_done("limits");
}
