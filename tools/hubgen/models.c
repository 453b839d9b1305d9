/*
 * models.c
 *		Generation of the model repos: the catalogue bases of the real
 *		organisations, random bases, derivatives several levels deep
 *		(finetunes, adapters, quantizations, merges) chosen by family with
 *		year-dependent weights (Qwen's share grows), and the planted lineage
 *		oddities: a merge chain 24 deep, self-loops, a 2-cycle and a 3-cycle,
 *		dangling parents, card-only parents and garbage card values.
 *
 * Models are created in creation-time order, so a parent always precedes
 * its children except in the planted cycles.
 *
 * tools/hubgen/models.c
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubgen.h"

const char *relation_names[4] = {"finetune", "adapter", "quantized", "merge"};

enum
{
	PL_TEXTGEN, PL_ITT, PL_T2I, PL_FEAT, PL_TCLS, PL_ASR, PL_ROBOT, PL_FILL,
	PL_SIM, PL_ICLS, PL_TOKEN, PL_TRANS, PL_TTS, PL_T2T, PL_ZSIC, PL_I2T,
	PL_T2V, PL_NONE, PL_COUNT
};

static const char *const pipelines[PL_COUNT] = {
	"text-generation", "image-text-to-text", "text-to-image",
	"feature-extraction", "text-classification",
	"automatic-speech-recognition", "robotics", "fill-mask",
	"sentence-similarity", "image-classification", "token-classification",
	"translation", "text-to-speech", "text2text-generation",
	"zero-shot-image-classification", "image-to-text", "text-to-video", NULL
};

enum
{
	LB_TRANSFORMERS, LB_DIFFUSERS, LB_ST, LB_PEFT, LB_MLX, LB_LEROBOT,
	LB_NEMO, LB_TIMM, LB_NONE, LB_COUNT
};

static const char *const libraries[LB_COUNT] = {
	"transformers", "diffusers", "sentence-transformers", "peft", "mlx",
	"lerobot", "nemo", "timm", NULL
};

typedef struct IntList
{
	int		   *v;
	int			n;
	int			cap;
} IntList;

static Model *models = NULL;
static int	n_models = 0;
static int32_t *parent_arr = NULL;
static int	n_par = 0,
			cap_par = 0;
static char **dangling = NULL;
static int	n_dangling = 0;
static IdSet *model_set = NULL;
static IntList fam_members[FAM_COUNT];
static IntList fam_bases[FAM_COUNT];
static double pop_shift = 0.0;	/* log10 scale of catalogue downloads */

/* pipeline_name: Hub spelling of pipeline p, NULL for none. */
const char *
pipeline_name(int p)
{
	return (p >= 0 && p < PL_COUNT) ? pipelines[p] : NULL;
}

/* library_name: Hub spelling of library l, NULL for none. */
const char *
library_name(int l)
{
	return (l >= 0 && l < LB_COUNT) ? libraries[l] : NULL;
}

/* lookup_name: index of s in table[0..n), or dflt when absent or NULL. */
static int
lookup_name(const char *const *table, int n, const char *s, int dflt)
{
	int			i;

	if (!s)
		return dflt;
	for (i = 0; i < n; i++)
		if (table[i] && strcmp(table[i], s) == 0)
			return i;
	return dflt;
}

/* list_push: append v to the list. */
static void
list_push(IntList *l, int v)
{
	if (l->n == l->cap)
	{
		l->cap = l->cap ? l->cap * 2 : 64;
		l->v = xrealloc(l->v, sizeof(int) * (size_t) l->cap);
	}
	l->v[l->n++] = v;
}

/* model_count: number of models generated. */
int
model_count(void)
{
	return n_models;
}

/* model_get: model i (dies when out of range). */
Model *
model_get(int i)
{
	if (i < 0 || i >= n_models)
		die("model index %d out of range", i);
	return &models[i];
}

/* model_parents: the parent references of m (nparents of them). */
int32_t *
model_parents(const Model *m)
{
	return parent_arr + m->parent_off;
}

/* dangling_name: id of dangling parent k. */
const char *
dangling_name(int k)
{
	return dangling[k];
}

/* dangling_count: number of distinct dangling parent ids. */
int
dangling_count(void)
{
	return n_dangling;
}

/* model_lookup_ci: index of the model whose id equals id[0..len) ignoring case, or -1. */
int
model_lookup_ci(const char *id, size_t len)
{
	int			v = idset_lookup(model_set, id, len);

	return v >= 0 ? v : -1;
}

/* model_lookup: model_lookup_ci over a NUL-terminated id. */
int
model_lookup(const char *id)
{
	return model_lookup_ci(id, strlen(id));
}

/* add_parents: store the parent references and return their offset. */
static int32_t
add_parents(const int32_t *p, int n)
{
	int32_t		off = n_par;
	int			i;

	if (n_par + n > cap_par)
	{
		cap_par = cap_par ? cap_par * 2 : 4096;
		while (cap_par < n_par + n)
			cap_par *= 2;
		parent_arr = xrealloc(parent_arr, sizeof(int32_t) * (size_t) cap_par);
	}
	for (i = 0; i < n; i++)
		parent_arr[n_par++] = p[i];
	return off;
}

/* basename_of: the part of a repo id after the slash. */
static const char *
basename_of(const char *id)
{
	const char *s = strchr(id, '/');

	return s ? s + 1 : id;
}

/*
 * claim_id: build "author/name" into a new arena string that is unique
 * ignoring case (appending -2, -3, ... as needed); registers it for idx.
 */
static char *
claim_id(int author, const char *name, int idx)
{
	char		buf[200];
	char	   *s;
	int			k = 1;

	snprintf(buf, sizeof(buf), "%s/%.120s", author_get(author)->name, name);
	while (idset_lookup(model_set, buf, strlen(buf)) != -1)
	{
		k++;
		snprintf(buf, sizeof(buf), "%s/%.120s-%d", author_get(author)->name, name, k);
	}
	s = arena_strdup(buf);
	idset_insert(model_set, s, idx);
	return s;
}

/* size_label: "7B", "1.5B", "500M" style label for a parameter count. */
static void
size_label(char *buf, size_t size, int64_t params)
{
	double		b = (double) params / 1e9;

	if (b >= 9.5)
		snprintf(buf, size, "%.0fB", b);
	else if (b >= 0.95)
		snprintf(buf, size, "%.1fB", b);
	else
		snprintf(buf, size, "%.0fM", b * 1000);
	if (strstr(buf, ".0B"))
	{
		char	   *p = strstr(buf, ".0B");

		memmove(p, p + 2, strlen(p + 2) + 1);
	}
}

/* year_index: 0 for 2021 ... 5 for 2026, clamped. */
static int
year_index(int y)
{
	return y < 2021 ? 0 : (y > 2026 ? 5 : y - 2021);
}

/* new_model: append a zeroed model with defaults and return its index. */
static int
new_model(int64_t t, int author)
{
	Model	   *m;

	if ((n_models & (n_models - 1)) == 0)
		models = xrealloc(models, sizeof(Model) * (size_t) (n_models ? n_models * 2 : 1));
	m = &models[n_models];
	memset(m, 0, sizeof(Model));
	m->created = t;
	m->author = author;
	m->dims = -1;
	m->drop_snap = -1;
	m->card_target = -1;
	m->card = CM_NONE;
	m->pipeline = PL_NONE;
	m->library = LB_NONE;
	m->parent_off = n_par;
	return n_models++;
}

/*
 * set_downloads: draw the download curve of a model: log10 amplitude
 * `logamp` with log-normal noise `sd` (capped at +3 sd), a release peak about 1.3 weeks after
 * creation, and a steady tail of tail_frac * amplitude per week.
 */
static void
set_downloads(Rng *r, Model *m, double logamp, double sd, double tail_frac)
{
	double		z = rng_normal(r);
	double		amp;
	double		tau = 1.3 * exp(0.35 * rng_normal(r));

	/* cap the noise: single random repos must not outweigh a whole year */
	if (z > 3.0)
		z = 3.0;
	amp = pow(10.0, logamp + sd * z);

	if (tau < 0.5)
		tau = 0.5;
	if (tau > 6)
		tau = 6;
	m->dl_amp = (float) amp;
	m->dl_tau = (float) tau;
	m->dl_tail = (float) (amp * tail_frac);
}

/* set_dims: attach dimension preset d and derive params, active and moe. */
static void
set_dims(Model *m, int d)
{
	const Dims *dm = dims_get(d);

	if (!dm)
		return;
	m->dims = (int16_t) d;
	m->params = dims_params(dm, &m->active);
	m->moe = dm->experts > 0;
}

/* make_catalog: create catalogue entry c at time t. */
static int
make_catalog(Rng *r, const CatalogEntry *c, int64_t t)
{
	int			a = author_find(c->org);
	int			idx;
	Model	   *m;
	double		age;

	if (a < 0)
		die("catalogue org %s missing", c->org);
	idx = new_model(t, a);
	m = &models[idx];
	m->id = claim_id(a, c->name, idx);
	m->kind = MK_BASE;
	m->family = (uint8_t) c->family;
	m->pipeline = (uint8_t) lookup_name(pipelines, PL_COUNT, c->pipeline, PL_NONE);
	m->library = (uint8_t) lookup_name(libraries, LB_COUNT, c->library, LB_NONE);
	if (c->dims >= 0)
		set_dims(m, c->dims);
	else
		m->params = m->active = c->params;
	m->full_config = (c->dims >= 0);
	age = (double) (HG_LATEST_TIME - t) / HG_WEEK;
	set_downloads(r, m, c->pop + pop_shift - log10(1.0 + 0.006 * age), 0.1, 0.006);
	list_push(&fam_bases[c->family], idx);
	list_push(&fam_members[c->family], idx);
	return idx;
}

/* pick_user: a new user (probability p_new) or an earlier one. */
static int
pick_user(Rng *r, double p_new)
{
	return rng_chance(r, p_new) ? author_new_user(r) : author_pick_existing_user(r);
}

/* class_boost: log10 download boost of an author class in a year. */
static double
class_boost(const Author *a, int y)
{
	static const double user_boost[] = {-0.05, 0.0, 0.15, 0.3, 0.42, 0.45};
	static const double quant_boost[] = {0.0, 0.1, 0.3, 0.6, 0.85, 0.85};

	switch (a->klass)
	{
		case AC_BIGORG:
			return 1.0;
		case AC_ORG:
			return strcmp(a->country, "CN") == 0 ? 0.3 + 0.1 * year_index(y) : 0.3;
		case AC_QUANTIZER:
			return quant_boost[year_index(y)];
		default:
			return user_boost[year_index(y)];
	}
}

/* random_pipeline: pipeline of a random (non-catalogue) base model in year y. */
static int
random_pipeline(Rng *r, int y)
{
	double		w[PL_COUNT] = {0};
	int			yi = year_index(y);

	w[PL_TEXTGEN] = 25 + 4 * yi;
	w[PL_ITT] = yi >= 3 ? 6 : 1;
	w[PL_T2I] = 5;
	w[PL_FEAT] = 7;
	w[PL_TCLS] = 14 - 2 * yi;
	w[PL_ASR] = 5;
	w[PL_ROBOT] = yi >= 4 ? 6 : (yi == 3 ? 1 : 0);
	w[PL_FILL] = 6 - yi;
	w[PL_SIM] = 3;
	w[PL_ICLS] = 6;
	w[PL_TOKEN] = 5;
	w[PL_TRANS] = 3;
	w[PL_TTS] = 2;
	w[PL_T2T] = 3;
	w[PL_NONE] = 6;
	return rng_weighted(r, w, PL_COUNT);
}

/* make_random_base: a base model by a random author at time t. */
static int
make_random_base(Rng *r, int64_t t, int sentinel)
{
	int			y = year_of(t);
	double		cw[3] = {0.06, 0.5, 0.44};
	int			cls = rng_weighted(r, cw, 3);
	int			a = cls == 0 ? author_pick_bigorg(r, y) :
		(cls == 1 ? author_pick_org(r, y) : pick_user(r, 0.4));
	int			idx = new_model(sentinel ? HG_SENTINEL_TIME : t, a);
	Model	   *m = &models[idx];
	char		name[160],
				w1[32],
				sz[16];
	int			p = sentinel ? (rng_chance(r, 0.5) ? PL_TCLS : PL_FILL) : random_pipeline(r, y);

	m->sentinel = (uint8_t) sentinel;
	m->kind = sentinel ? MK_LEGACY : MK_BASE;
	m->family = FAM_OTHER;
	m->pipeline = (uint8_t) p;
	name_word(r, w1, sizeof(w1));
	if (p == PL_TEXTGEN || p == PL_ITT)
	{
		/* the largest sizes appear over the years: 3B in 2021 ... 300B */
		static const double max_b[6] = {3, 13, 70, 120, 300, 300};
		double		b = exp(log(0.1) + rng_unit(r) * log(max_b[year_index(y)] / 0.1));

		set_dims(m, dims_for_size(b));
		m->library = LB_TRANSFORMERS;
		size_label(sz, sizeof(sz), m->params);
		if (rng_chance(r, 0.5))
			snprintf(name, sizeof(name), "%s-%s-%s", w1, sz, pick_word(r));
		else
			snprintf(name, sizeof(name), "%s-%s", w1, sz);
		m->full_config = rng_chance(r, 0.3);
	}
	else
	{
		if (p == PL_FILL || p == PL_TCLS || p == PL_TOKEN)
			set_dims(m, 36);
		else
			m->params = (int64_t) (2e7 * exp(rng_unit(r) * log(100.0)));
		m->library = (uint8_t) (p == PL_T2I ? LB_DIFFUSERS :
								p == PL_FEAT || p == PL_SIM ? LB_ST :
								p == PL_ROBOT ? LB_LEROBOT :
								p == PL_ICLS && rng_chance(r, 0.4) ? LB_TIMM :
								p == PL_NONE ? LB_NONE : LB_TRANSFORMERS);
		if (p == PL_T2I)
			m->params = 0;
		snprintf(name, sizeof(name), "%s-%s", w1, pipelines[p] ? pick_word(r) : "model");
	}
	m->id = claim_id(a, name, idx);
	set_downloads(r, m, 1.9 + 0.4 + class_boost(author_get(a), y) + (sentinel ? 0.5 : 0),
				  1.25, 0.004);
	if (!sentinel && m->pipeline != PL_NONE)
	{
		if (m->library == LB_TRANSFORMERS && (p == PL_TEXTGEN || p == PL_ITT))
			list_push(&fam_bases[FAM_OTHER], idx);
		list_push(&fam_members[FAM_OTHER], idx);
	}
	return idx;
}

/*
 * pick_parent: a parent in family f: 55% a base weighted by popularity,
 * else a random earlier non-quantized, non-adapter member.
 */
static int
pick_parent(Rng *r, int f)
{
	IntList    *b = &fam_bases[f];
	IntList    *l = &fam_members[f];
	int			tries;

	if (b->n > 0 && (rng_chance(r, 0.55) || l->n == 0))
	{
		double		best = -1;
		int			pick = b->v[0],
					i;

		/* weighted by amplitude: a few draws, keep the most popular */
		for (i = 0; i < 3; i++)
		{
			int			c = b->v[rng_below(r, (uint32_t) b->n)];

			if (models[c].dl_amp > best)
			{
				best = models[c].dl_amp;
				pick = c;
			}
		}
		return pick;
	}
	for (tries = 0; tries < 4; tries++)
	{
		int			c = l->v[rng_below(r, (uint32_t) l->n)];

		if (models[c].kind != MK_QUANT && models[c].kind != MK_ADAPTER)
			return c;
	}
	return b->n > 0 ? b->v[rng_below(r, (uint32_t) b->n)] : l->v[0];
}

/* trimmed: copy of a base name cut to at most 48 characters. */
static void
trimmed(char *dst, size_t size, const char *src)
{
	snprintf(dst, size, "%.48s", src);
}

/* inherit: copy what a derivative takes from its first parent. */
static void
inherit(Model *m, const Model *p)
{
	m->family = p->family;
	m->dims = p->dims;
	m->params = p->params;
	m->active = p->active;
	m->moe = p->moe;
	m->pipeline = p->pipeline;
	m->library = p->library;
}

/* make_derivative: a derivative of an existing model at time t. */
static int
make_derivative(Rng *r, int64_t t, int *dangling_budget)
{
	static const double famw[6][FAM_COUNT] = {
		/* qwen llama mistral gemma phi deepseek openai image other */
		{0, 0, 0, 0, 0, 0, 0, 0.02, 1},
		{0, 0.02, 0, 0, 0, 0, 0, 0.12, 0.86},
		{0.03, 0.40, 0.15, 0, 0.03, 0.01, 0, 0.15, 0.23},
		{0.22, 0.30, 0.10, 0.10, 0.05, 0.01, 0, 0.15, 0.07},
		{0.56, 0.10, 0.04, 0.08, 0.02, 0.08, 0.03, 0.05, 0.04},
		{0.70, 0.05, 0.03, 0.07, 0.01, 0.05, 0.04, 0.03, 0.02}
	};
	int			y = year_of(t);
	int			yi = year_index(y);
	double		w[FAM_COUNT];
	int			f,
				i,
				kind,
				qfmt = QF_NONE,
				a,
				idx,
				p0;
	int32_t		par[HG_MAX_PARENTS];
	int			np = 1;
	Model	   *m;
	const Model *pm;
	char		name[200],
				base[64],
				w1[32],
				w2[32];

	for (i = 0; i < FAM_COUNT; i++)
		w[i] = fam_members[i].n > 0 ? famw[yi][i] : 0.0;
	for (i = 0, f = 0; i < FAM_COUNT; i++)
		f += w[i] > 0;
	if (f == 0)
		return -1;
	f = rng_weighted(r, w, FAM_COUNT);
	p0 = pick_parent(r, f);
	pm = &models[p0];

	/* kind by family and by the parent's pipeline */
	if (f == FAM_IMAGE)
		kind = rng_chance(r, 0.85) ? MK_ADAPTER : MK_FINETUNE;
	else if (pm->pipeline != PL_TEXTGEN && pm->pipeline != PL_ITT)
		kind = rng_chance(r, 0.9) ? MK_FINETUNE : MK_ADAPTER;
	else
	{
		double		kw[4] = {0.36, 0.34, 0.24, 0.06};

		/* no quantized repos before 2023 */
		if (yi < 2)
			kw[2] = 0;
		kind = MK_FINETUNE + rng_weighted(r, kw, 4);
	}
	if (kind == MK_QUANT)
	{
		/* GGUF, AWQ, GPTQ, bnb from 2023; MLX and FP8 from 2024 */
		double		qw[7] = {0, 0.5, 0.1, 0.1, 0.12, 0.08, 0.10};

		if (yi < 3)
			qw[QF_MLX] = qw[QF_FP8] = 0;
		qfmt = rng_weighted(r, qw, 7);
	}

	/* author */
	if (kind == MK_QUANT)
	{
		double		cw[4] = {0.05, 0.1, 0.45, 0.40};
		int			c = rng_weighted(r, cw, 4);

		a = c == 0 ? author_find("unsloth") : c == 1 ? author_pick_org(r, y) :
			c == 2 ? author_pick_quantizer(r) : pick_user(r, 0.3);
		if (qfmt == QF_MLX && rng_chance(r, 0.5))
			a = pick_user(r, 0.3);
	}
	else
	{
		double		cw[3] = {0.015, 0.30 - 0.03 * yi, 0.685 + 0.03 * yi};
		int			c = rng_weighted(r, cw, 3);

		a = c == 0 ? author_pick_bigorg(r, y) : c == 1 ? author_pick_org(r, y) :
			pick_user(r, 0.38);
	}

	par[0] = p0;
	if (kind == MK_MERGE)
	{
		int			want = 2 + (int) (rng_chance(r, 0.15) ? rng_below(r, 4) : rng_below(r, 2));

		for (i = 1; i < want; i++)
		{
			int			c = pick_parent(r, rng_chance(r, 0.85) ? f : rng_weighted(r, w, FAM_COUNT));
			int			k,
						dup = 0;

			for (k = 0; k < np; k++)
				dup |= par[k] == c;
			if (!dup)
				par[np++] = c;
		}
		if (np < 2)
			kind = MK_FINETUNE;
	}

	idx = new_model(t, a);
	m = &models[idx];
	pm = &models[p0];			/* the array may have moved */
	inherit(m, pm);
	m->kind = (uint8_t) kind;
	m->qfmt = (uint8_t) qfmt;
	m->relation = (uint8_t) (kind - MK_FINETUNE);
	m->card = CM_NORMAL;

	trimmed(base, sizeof(base), basename_of(pm->id));
	name_word(r, w1, sizeof(w1));
	snprintf(w2, sizeof(w2), "%s", pick_word(r));
	switch (kind)
	{
		case MK_FINETUNE:
			if (rng_chance(r, 0.5))
				snprintf(name, sizeof(name), "%s-%s", base, w2);
			else
				snprintf(name, sizeof(name), "%s-%s-%s", w1, base, w2);
			break;
		case MK_ADAPTER:
			snprintf(name, sizeof(name), rng_chance(r, 0.5) ? "%s-lora-%s" : "%s-%s-lora",
					 base, rng_chance(r, 0.5) ? w2 : w1);
			m->library = LB_PEFT;
			m->params = (int64_t) (4e6 * exp(rng_unit(r) * log(50.0)));
			m->active = m->params;
			break;
		case MK_QUANT:
			{
				static const char *const suffix[7] = {"", "GGUF", "AWQ", "GPTQ-Int4", "4bit", "FP8", "bnb-4bit"};

				snprintf(name, sizeof(name), "%s-%s", base, suffix[qfmt]);
				if (qfmt == QF_MLX)
					m->library = LB_MLX;
				if (qfmt == QF_GGUF)
					m->library = LB_NONE;
				break;
			}
		default:
			{
				char		sz[16];

				size_label(sz, sizeof(sz), pm->params);
				snprintf(name, sizeof(name), "%s-%s-%s-%s", w1, sz, rng_chance(r, 0.5) ? "slerp" : "merge",
						 w2);
				m->library = LB_TRANSFORMERS;
				break;
			}
	}
	m->id = claim_id(a, name, idx);

	/* dangling parents, card-only parents */
	if (*dangling_budget > 0 && kind != MK_MERGE && rng_chance(r, 0.004))
	{
		par[0] = -(int32_t) (rng_below(r, (uint32_t) n_dangling)) - 1;
		(*dangling_budget)--;
	}
	m->nparents = (uint8_t) np;
	m->parent_off = add_parents(par, np);
	m->full_config = kind == MK_FINETUNE && m->dims >= 0 && rng_chance(r, 0.05);

	{
		double		kb = kind == MK_FINETUNE ? 0.0 : kind == MK_ADAPTER ? -0.4 :
			kind == MK_QUANT ? (qfmt == QF_GGUF ? 0.3 : 0.0) : -0.3;

		set_downloads(r, m, 1.9 + kb + class_boost(author_get(a), y) +
					  (f == FAM_QWEN ? 0.1 * yi : 0), 1.25, 0.0015);
	}
	if (kind != MK_QUANT && kind != MK_ADAPTER && m->card == CM_NORMAL && par[0] >= 0)
		list_push(&fam_members[f], idx);
	return idx;
}

typedef struct Event
{
	int64_t		t;
	int			type;			/* 0 catalogue, 1 planted, 2 random, 3 sentinel */
	int			arg;
} Event;

/* event_cmp: order events by time, then type, then argument. */
static int
event_cmp(const void *a, const void *b)
{
	const Event *x = a,
			   *y = b;

	if (x->t != y->t)
		return x->t < y->t ? -1 : 1;
	if (x->type != y->type)
		return x->type - y->type;
	return x->arg - y->arg;
}

/* parse_date: epoch seconds of "YYYY-MM-DD" at 00:00 UTC. */
static int64_t
parse_date(const char *s)
{
	int			y,
				m,
				d;
	int64_t		era,
				yoe,
				doy,
				doe;

	if (sscanf(s, "%d-%d-%d", &y, &m, &d) != 3)
		die("bad date %s", s);
	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (era * 146097 + doe - 719468) * HG_DAY;
}

#define N_CHAIN 24
#define N_SELF 4

/*
 * make_planted: the planted oddities, numbered: 0..23 merge chain, 24..27
 * self-loops, 28..29 the 2-cycle, 30..32 the 3-cycle (cycle parents are
 * filled in after all models exist).
 */
static int
make_planted(Rng *r, int k, int64_t t, int *chain_prev, int chain_author,
			 int *cycle_idx)
{
	int			idx;
	Model	   *m;
	int32_t		par[2];
	int			np = 0;
	char		name[120],
				w1[32];
	int			mistral = model_lookup("mistralai/Mistral-7B-v0.1");
	int			mistral_i = model_lookup("mistralai/Mistral-7B-Instruct-v0.2");
	int			a = k < N_CHAIN ? chain_author : pick_user(r, 1.0);

	idx = new_model(t, a);
	m = &models[idx];
	inherit(m, &models[mistral]);
	m->card = CM_NORMAL;
	name_word(r, w1, sizeof(w1));
	if (k < N_CHAIN)
	{
		snprintf(name, sizeof(name), "Chainmerge-7B-v%d", k + 1);
		m->kind = MK_MERGE;
		m->relation = 3;
		par[np++] = *chain_prev >= 0 ? *chain_prev : mistral;
		par[np++] = mistral_i;
		*chain_prev = idx;
	}
	else if (k < N_CHAIN + N_SELF)
	{
		snprintf(name, sizeof(name), "%s-7B-selfref-%d", w1, k - N_CHAIN);
		m->kind = MK_FINETUNE;
		m->selfloop = 1;
		if (k - N_CHAIN < 2)
			par[np++] = mistral_i;
		par[np++] = idx;
	}
	else
	{
		snprintf(name, sizeof(name), "%s-7B-loop-%d", w1, k - N_CHAIN - N_SELF);
		m->kind = MK_FINETUNE;
		par[np++] = idx;		/* placeholder, replaced later */
		cycle_idx[k - N_CHAIN - N_SELF] = idx;
	}
	m->id = claim_id(a, name, idx);
	m->nparents = (uint8_t) np;
	m->parent_off = add_parents(par, np);
	set_downloads(r, m, 2.5, 0.5, 0.0015);
	return idx;
}

/*
 * models_generate: create about n models (at least the catalogue and the
 * planted ones) with creation times growing ~1.9x a year, 0.3% of them with
 * the unknown-date sentinel, and counter drops for history over nsnap
 * snapshots.
 */
void
models_generate(uint64_t seed, int n, int nsnap)
{
	Rng			r;
	int			n_cat,
				i,
				n_events = 0,
				n_random;
	const CatalogEntry *cat = catalog_entries(&n_cat);
	int			n_planted = N_CHAIN + N_SELF + 5;
	Event	   *ev;
	int			chain_prev = -1,
				chain_author = -1;
	int			cycle_idx[5];
	int			dangling_budget;
	int			n_drops;
	int			attempts = 100000;

	rng_seed(&r, seed, 1, 0);

	/*
	 * Catalogue downloads scale with the Hub: the random long tail grows with
	 * n, so the top models grow a little faster than n to keep the top 200
	 * near half of all downloads (pops are set for 100,000 models).
	 */
	pop_shift = 1.25 * log10((n > 10000 ? n : 10000) / 100000.0);
	n_random = n - n_cat - n_planted;
	if (n_random < 0)
		n_random = 0;
	model_set = idset_create((size_t) (n_cat + n_planted + n_random) + 1024);
	n_dangling = 8 + n / 4000;
	dangling_budget = 20 + n / 400;
	dangling = xmalloc(sizeof(char *) * (size_t) n_dangling);
	for (i = 0; i < n_dangling; i++)
	{
		char		u[64],
					w[32],
					buf[160];

		do
		{
			name_user(&r, u, sizeof(u));
			name_word(&r, w, sizeof(w));
			snprintf(buf, sizeof(buf), "%s/%s-7B-removed", u, w);
		} while (idset_lookup(model_set, buf, strlen(buf)) != -1);
		dangling[i] = arena_strdup(buf);
		idset_insert(model_set, dangling[i], INT32_MIN);
	}

	ev = xmalloc(sizeof(Event) * (size_t) (n_cat + n_planted + n_random));
	for (i = 0; i < n_cat; i++)
	{
		ev[n_events].t = parse_date(cat[i].date) + 36000 + (int64_t) rng_below(&r, 20000);
		ev[n_events].type = 0;
		ev[n_events++].arg = i;
	}
	for (i = 0; i < n_planted; i++)
	{
		ev[n_events].t = i < N_CHAIN ? parse_date("2024-03-01") + i * 5 * HG_DAY + 4000 :
			parse_date("2024-05-10") + i * HG_DAY + 7000;
		ev[n_events].type = 1;
		ev[n_events++].arg = i;
	}
	for (i = 0; i < n_random; i++)
	{
		int			sent = rng_chance(&r, 0.003);

		ev[n_events].t = sent ? HG_START_TIME - 1 : sample_growth_time(&r, 1.9);
		ev[n_events].type = sent ? 3 : 2;
		ev[n_events++].arg = i;
	}
	qsort(ev, (size_t) n_events, sizeof(Event), event_cmp);

	for (i = 0; i < n_events; i++)
	{
		Event	   *e = &ev[i];

		if (e->type == 0)
			make_catalog(&r, &cat[e->arg], e->t);
		else if (e->type == 1)
		{
			if (chain_author < 0)
				chain_author = author_new_user(&r);
			make_planted(&r, e->arg, e->t, &chain_prev, chain_author, cycle_idx);
		}
		else if (e->type == 3)
			make_random_base(&r, e->t, 1);
		else
		{
			int			y = year_of(e->t);
			static const double p_deriv[6] = {0.35, 0.5, 0.72, 0.82, 0.86, 0.88};

			if (!rng_chance(&r, p_deriv[year_index(y)]) ||
				make_derivative(&r, e->t, &dangling_budget) < 0)
				make_random_base(&r, e->t, 0);
		}
	}
	free(ev);

	/* close the cycles: 0 <-> 1, and 2 -> 3 -> 4 -> 2 */
	parent_arr[models[cycle_idx[0]].parent_off] = cycle_idx[1];
	parent_arr[models[cycle_idx[1]].parent_off] = cycle_idx[0];
	parent_arr[models[cycle_idx[2]].parent_off] = cycle_idx[3];
	parent_arr[models[cycle_idx[3]].parent_off] = cycle_idx[4];
	parent_arr[models[cycle_idx[4]].parent_off] = cycle_idx[2];

	/*
	 * card-only parents: finetunes with one model parent lose their tags and
	 * baseModels and keep only a mangled card base_model; garbage card
	 * values on a few parentless models.  Both with a minimum count.
	 */
	{
		int			want_card = 10 + n / 2000;
		int			want_garbage = 6 + n / 3000;
		int			tries;

		for (tries = 0; tries < 50 * want_card && want_card > 0 && n_models > 0; tries++)
		{
			Model	   *m = &models[rng_below(&r, (uint32_t) n_models)];

			if (m->kind == MK_FINETUNE && m->nparents == 1 && !m->selfloop &&
				m->card == CM_NORMAL && parent_arr[m->parent_off] >= 0 &&
				strncmp(m->id, "Chainmerge", 10) != 0 &&
				parent_arr[m->parent_off] != (int32_t) (m - models))
			{
				int32_t		p = parent_arr[m->parent_off];

				if (models[p].card >= CM_CASE && models[p].card <= CM_SLASH)
					continue;
				m->card = (uint8_t) (CM_CASE + want_card % 3);
				m->card_target = p;
				m->nparents = 0;
				want_card--;
			}
		}
		for (tries = 0; tries < 50 * want_garbage && want_garbage > 0 && n_models > 0; tries++)
		{
			Model	   *m = &models[rng_below(&r, (uint32_t) n_models)];

			if (m->nparents == 0 && m->card == CM_NONE && m->kind != MK_LEGACY)
			{
				m->card = (uint8_t) (CM_GARBAGE_WORD + want_garbage % 3);
				want_garbage--;
			}
		}
	}
	for (i = 0; i < n_models; i++)
		if (rng_chance(&r, 0.03))
			models[i].extra_tag = (uint8_t) (1 + rng_below(&r, 8));

	/* counter drops: models old enough to be in every snapshot */
	n_drops = nsnap >= 2 ? 3 + n / 5000 : 0;
	for (i = 0; i < n_drops && n_models > 0 && n_drops < 1000000; i++)
	{
		int			k = (int) rng_below(&r, (uint32_t) n_models);

		if (--attempts < 0)
			break;

		if (models[k].created < HG_LATEST_TIME - (int64_t) (nsnap + 4) * HG_WEEK &&
			models[k].drop_snap < 0)
			models[k].drop_snap = (int8_t) (1 + rng_below(&r, (uint32_t) (nsnap - 1)));
		else
			i--;
	}
}

/*
 * models_free: release the model tables (ids live in the arena).
 */
void
models_free(void)
{
	int			f;

	free(models);
	models = NULL;
	n_models = 0;
	free(parent_arr);
	parent_arr = NULL;
	n_par = cap_par = 0;
	free(dangling);
	dangling = NULL;
	for (f = 0; f < FAM_COUNT; f++)
	{
		free(fam_members[f].v);
		free(fam_bases[f].v);
		memset(&fam_members[f], 0, sizeof(IntList));
		memset(&fam_bases[f], 0, sizeof(IntList));
	}
	idset_free(model_set);
	model_set = NULL;
}
