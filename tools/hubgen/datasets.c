/*
 * datasets.c
 *		Generation of the dataset repos: growth over time, task categories
 *		with year-dependent weights (robotics grows ~20x from 2024 to 2025 and
 *		becomes the largest category), robotics datasets marked by the task
 *		tag, the LeRobot tag and/or library:lerobot (some by only one of the
 *		two non-task markers), and 0.3% with the unknown-date sentinel.
 *
 * tools/hubgen/datasets.c
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "hubgen.h"

#define CAT_ROBOTICS 3

const char *dataset_categories[DS_NCAT] = {
	"text-generation", "question-answering", "text-classification", "robotics",
	"image-classification", "translation", "summarization",
	"automatic-speech-recognition", "image-text-to-text", "text-to-image",
	"token-classification", "tabular-classification"
};

static Dataset *datasets = NULL;
static int	n_datasets = 0;

/* dataset_count: number of datasets generated. */
int
dataset_count(void)
{
	return n_datasets;
}

/* dataset_get: dataset i (dies when out of range). */
Dataset *
dataset_get(int i)
{
	if (i < 0 || i >= n_datasets)
		die("dataset index %d out of range", i);
	return &datasets[i];
}

/*
 * dataset_is_robotics: the report's robotics rule: task_categories:robotics
 * or the LeRobot tag or library:lerobot.
 */
int
dataset_is_robotics(const Dataset *d)
{
	return d->cat1 == CAT_ROBOTICS || d->cat2 == CAT_ROBOTICS ||
		d->lerobot_tag || d->lerobot_lib;
}

/* cmp_time: ascending order of int64 times. */
static int
cmp_time(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return x < y ? -1 : x > y;
}

/* category: a task category drawn with year-dependent weights. */
static int
category(Rng *r, int y)
{
	static const double robot_w[6] = {0.2, 0.3, 0.5, 1.2, 18.0, 20.0};
	double		w[DS_NCAT] = {10, 6, 6, 0, 4, 2, 1.5, 2, 2, 1, 1.5, 1};
	int			yi = y < 2021 ? 0 : (y > 2026 ? 5 : y - 2021);

	w[CAT_ROBOTICS] = robot_w[yi];
	if (yi < 3)
		w[8] = 0.3;
	return rng_weighted(r, w, DS_NCAT);
}

/*
 * datasets_generate: create n datasets in creation order; authors are users
 * (72%), invented organisations (25%) or real ones (3%).
 */
void
datasets_generate(uint64_t seed, int n)
{
	Rng			r;
	int64_t    *times;
	int			i;
	char		name[160],
				w1[32];
	IdSet	   *set = idset_create((size_t) n + 16);

	rng_seed(&r, seed, 2, 0);
	times = xmalloc(sizeof(int64_t) * (size_t) (n > 0 ? n : 1));
	for (i = 0; i < n; i++)
		times[i] = rng_chance(&r, 0.003) ? HG_START_TIME - 1 : sample_growth_time(&r, 1.9);
	qsort(times, (size_t) n, sizeof(int64_t), cmp_time);
	datasets = xcalloc((size_t) (n > 0 ? n : 1), sizeof(Dataset));
	for (i = 0; i < n; i++)
	{
		Dataset    *d = &datasets[i];
		int			sent = times[i] < HG_START_TIME;
		int64_t		t = sent ? HG_SENTINEL_TIME : times[i];
		int			y = year_of(t);
		double		cw[3] = {0.03, 0.25, 0.72};
		int			c = rng_weighted(&r, cw, 3);
		int			a;
		int			k;

		d->created = t;
		d->sentinel = (uint8_t) sent;
		d->cat1 = d->cat2 = -1;
		if (!rng_chance(&r, 0.22))
		{
			d->cat1 = (int8_t) category(&r, y);
			if (rng_chance(&r, 0.18))
			{
				int			c2 = category(&r, y);

				if (c2 != d->cat1)
					d->cat2 = (int8_t) c2;
			}
		}
		if (d->cat1 == CAT_ROBOTICS)
		{
			double		u = rng_unit(&r);

			if (u < 0.70)
				d->lerobot_tag = d->lerobot_lib = 1;
			else if (u < 0.80)
			{
				d->cat1 = d->cat2;	/* only the LeRobot tag */
				d->cat2 = -1;
				d->lerobot_tag = 1;
			}
			else if (u < 0.90)
			{
				d->cat1 = d->cat2;	/* only library:lerobot */
				d->cat2 = -1;
				d->lerobot_lib = 1;
			}
		}
		d->modality = (uint8_t) rng_below(&r, 8);
		d->size_cat = (uint8_t) rng_below(&r, 7);
		d->extra_tag = rng_chance(&r, 0.03) ? (uint8_t) (1 + rng_below(&r, 8)) : 0;
		if (dataset_is_robotics(d) && rng_chance(&r, 0.03))
			a = author_find("lerobot");
		else
			a = c == 0 ? author_pick_bigorg(&r, y) : c == 1 ? author_pick_org(&r, y) :
				(rng_chance(&r, 0.4) ? author_new_user(&r) : author_pick_existing_user(&r));
		d->author = a;
		name_word(&r, w1, sizeof(w1));
		snprintf(name, sizeof(name), "%s/%s-%s%s", author_get(a)->name, w1,
				 d->cat1 >= 0 ? dataset_categories[d->cat1] : "data",
				 dataset_is_robotics(d) ? "-episodes" : "");
		d->id = arena_strdup(name);
		for (k = 2; !idset_insert(set, d->id, i); k++)
		{
			char		buf[200];

			snprintf(buf, sizeof(buf), "%s-%d", name, k);
			d->id = arena_strdup(buf);
		}
		{
			double		amp = pow(10.0, 1.6 + 1.3 * rng_normal(&r));

			d->dl_amp = (float) amp;
			d->dl_tau = (float) (1.5 * exp(0.3 * rng_normal(&r)));
			d->dl_tail = (float) (amp * 0.003);
		}
	}
	n_datasets = n;
	free(times);
	idset_free(set);
}

/* datasets_free: release the dataset table. */
void
datasets_free(void)
{
	free(datasets);
	datasets = NULL;
	n_datasets = 0;
}
