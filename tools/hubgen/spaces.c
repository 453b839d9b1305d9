/*
 * spaces.c
 *		Generation of the Space repos: growth over time, SDKs, likes, and
 *		references to models and datasets created before the Space.
 *
 * tools/hubgen/spaces.c
 */
#include <math.h>
#include <stdlib.h>

#include "hubgen.h"

static Space *spaces = NULL;
static int	n_spaces = 0;

/* space_count: number of Spaces generated. */
int
space_count(void)
{
	return n_spaces;
}

/* space_get: Space i (dies when out of range). */
Space *
space_get(int i)
{
	if (i < 0 || i >= n_spaces)
		die("space index %d out of range", i);
	return &spaces[i];
}

/* cmp_time: ascending order of int64 times. */
static int
cmp_time(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return x < y ? -1 : x > y;
}

/*
 * pick_model_before: a model created no later than t (a few random tries,
 * -1 when none found).
 */
static int
pick_model_before(Rng *r, int64_t t)
{
	int			n = model_count();
	int			k;

	for (k = 0; k < 6 && n > 0; k++)
	{
		int			i = (int) rng_below(r, (uint32_t) n);

		if (model_get(i)->created <= t)
			return i;
	}
	return -1;
}

/* pick_dataset_before: a dataset created no later than t, or -1. */
static int
pick_dataset_before(Rng *r, int64_t t)
{
	int			n = dataset_count();
	int			k;

	for (k = 0; k < 6 && n > 0; k++)
	{
		int			i = (int) rng_below(r, (uint32_t) n);

		if (dataset_get(i)->created <= t)
			return i;
	}
	return -1;
}

/*
 * spaces_generate: create n Spaces in creation order (no sentinel dates);
 * 80% by users, 18% by invented organisations, 2% by real ones.
 */
void
spaces_generate(uint64_t seed, int n)
{
	Rng			r;
	int64_t    *times;
	int			i,
				k;
	char		name[160],
				w1[32];
	IdSet	   *set = idset_create((size_t) n + 16);

	rng_seed(&r, seed, 3, 0);
	times = xmalloc(sizeof(int64_t) * (size_t) (n > 0 ? n : 1));
	for (i = 0; i < n; i++)
		times[i] = sample_growth_time(&r, 1.9);
	qsort(times, (size_t) n, sizeof(int64_t), cmp_time);
	spaces = xcalloc((size_t) (n > 0 ? n : 1), sizeof(Space));
	for (i = 0; i < n; i++)
	{
		Space	   *s = &spaces[i];
		int			y = year_of(times[i]);
		double		cw[3] = {0.02, 0.18, 0.80};
		double		sw[4] = {60, 12, 20, 8};
		int			c = rng_weighted(&r, cw, 3);
		int			a = c == 0 ? author_pick_bigorg(&r, y) : c == 1 ? author_pick_org(&r, y) :
			(rng_chance(&r, 0.45) ? author_new_user(&r) : author_pick_existing_user(&r));

		s->created = times[i];
		s->author = a;
		s->sdk = (uint8_t) rng_weighted(&r, sw, 4);
		s->likes_scale = (float) pow(10.0, 0.3 + 0.9 * rng_normal(&r));
		s->model_ref[0] = s->model_ref[1] = s->dataset_ref = -1;
		if (rng_chance(&r, 0.35))
		{
			s->model_ref[0] = pick_model_before(&r, s->created);
			if (rng_chance(&r, 0.3))
				s->model_ref[1] = pick_model_before(&r, s->created);
			if (s->model_ref[1] == s->model_ref[0])
				s->model_ref[1] = -1;
		}
		if (rng_chance(&r, 0.15))
			s->dataset_ref = pick_dataset_before(&r, s->created);
		name_word(&r, w1, sizeof(w1));
		snprintf(name, sizeof(name), "%s/%s-%s", author_get(a)->name, w1, pick_word(&r));
		s->id = arena_strdup(name);
		for (k = 2; !idset_insert(set, s->id, i); k++)
		{
			char		buf[200];

			snprintf(buf, sizeof(buf), "%s-%d", name, k);
			s->id = arena_strdup(buf);
		}
	}
	n_spaces = n;
	free(times);
	idset_free(set);
}

/* spaces_free: release the Space table. */
void
spaces_free(void)
{
	free(spaces);
	spaces = NULL;
	n_spaces = 0;
}
