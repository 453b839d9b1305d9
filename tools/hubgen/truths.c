/*
 * truths.c
 *		The planted truths, recomputed from the generated repos exactly as they
 *		are written (same counters, same tags), into truths.csv with header
 *		measure,key,value (integers), sorted by measure then key.
 *
 * Measures (all over the LATEST snapshot unless said otherwise; "year" is the
 * UTC year of createdAt; key "unknown" for the 2022-03-02T23:29:04Z sentinel):
 *	models_total/datasets_total/spaces_total, all: repos in the latest snapshot.
 *	snapshots, all: number of snapshot folders written.
 *	t1_new_models|datasets|spaces, <year|unknown>: repos created that year.
 *	t1_new_creators, <year|unknown>: namespaces counted in the year of their
 *		earliest repo of any kind (a sentinel repo counts as unknown and is
 *		earlier than any real date).
 *	t1_active_creators, <year|unknown>: distinct namespaces with at least one
 *		repo (any kind) created that year.
 *	t2_downloads_total, all: sum of downloadsAllTime of all models.
 *	t2_top200_downloads, all: sum of the 200 largest downloadsAllTime.
 *	t2_models_under_200, all: models with downloadsAllTime < 200.
 *	t3_downloads_by_country, <CC|none|unknown>: downloadsAllTime by the
 *		country of the model's author in authors.csv (none = registered with
 *		empty country, unknown = not in authors.csv).
 *	t3_downloads_by_country_year, <year>:<CC|none|unknown>: the same by year.
 *	t4_downloads_by_type, <type|unknown> and t4_downloads_by_type_year,
 *		<year>:<type|unknown>: the same by developer type.
 *	t10_datasets_by_category, <year>:<category>: datasets per task category
 *		per creation year; two categories count in both; robotics uses the
 *		rule task_categories:robotics OR tag LeRobot OR library:lerobot
 *		instead of the plain tag (counted once); no category, not counted.
 *	lineage_edges, all: distinct (child, parent) pairs declared by base_model
 *		tags / baseModels, self-loops and dangling parents included.
 *	lineage_edges_by_relation, <relation>: those edges by the child's relation.
 *	lineage_self_loops, all: declared edges whose parent is the child.
 *	lineage_dangling_parents, all: distinct declared parent ids not in the dump.
 *	lineage_card_only_edges, all: (child, parent) pairs found only in
 *		cardData.base_model after trimming, stripping https://huggingface.co/
 *		and a trailing '/', and matching ids case-insensitively; self
 *		references and pairs already declared excluded.
 *	lineage_cycle_nodes, all: models on a cycle (self-loops dropped): the
 *		nodes left by Kahn's algorithm, minus those only below a cycle.
 *	lineage_max_depth, all: longest chain of edges (declared without
 *		self-loops, plus card-only edges) from a model up to a root; a
 *		dangling parent is a root of depth 0; nodes in or below a cycle are
 *		left out.
 *	history_negative_steps, all: (model, snapshot) pairs where a model's
 *		downloadsAllTime is smaller than in the previous snapshot, over all
 *		snapshots.
 *	configs, all: rows in configs.jsonl.
 *	moe_models, all: models tagged moe.
 *	t8_family_descendants, <root namespace>:<relation>: over the lineage
 *		graph of the latest snapshot (declared edges and card-only edges as
 *		above, self-loops dropped, dangling parents as nodes), roots are the
 *		nodes without parents.  For each model M with at least one parent,
 *		R(M) is the set of distinct lower-cased namespaces of the roots
 *		reachable from M by walking parents (through cycles too; M reaching
 *		no root counts nowhere), and M's relation is the greatest over its
 *		parent edges in the order finetune < adapter < quantized < merge;
 *		each namespace in R(M) gets 1 under M's relation (a merge of two Qwen
 *		models counts once for qwen, a cross-family merge once in each).
 *		Every declared edge of a model carries the model's one relation (the
 *		typed tags and baseModels.relation both print it); a card-only edge
 *		has no written relation, and the lineage.md inference gives finetune
 *		for it, which is the relation of every card-only child here.  Only
 *		non-zero keys.
 *	t14_lifespan_median_weeks, <year>: for models created after the first
 *		snapshot's instant (its date at 00:00:00Z, so not in it: the release
 *		is observed), with snapshots numbered 0.. in date order, j = the
 *		first snapshot holding the model and dat_k its downloadsAllTime in
 *		snapshot k (dat_{j-1} = 0), weekly downloads w_k = max(0, dat_k -
 *		dat_{k-1}) for k >= j; peak = max w_k (must be > 0), p = the first k
 *		with w_k = peak, end = the first k > p with w_k < peak / 10 (tested
 *		as 10 * w_k < peak, exact); lifespan = end - j weeks, and models with
 *		no end are censored and left out.  Value: the lower median (the
 *		ceil(n/2)-th smallest) of the lifespans of the models created in
 *		that year; only years with a lifespan.
 *	t6_weighted_median_total and t6_weighted_mean_total, <year|unknown>:
 *		over the models of the latest snapshot with a safetensors object, no
 *		gguf object (a "gguf": null is none), no config.quantization_config,
 *		no declared relation quantized, and downloadsAllTime > 0: size =
 *		safetensors.total, weight = downloadsAllTime.  The weighted median is
 *		the smallest size s such that the weights of the models with size
 *		<= s sum to at least half the total weight W (tested as 2 * sum >=
 *		W, exact); the weighted mean is floor(sum(size * weight) / W), the
 *		sum kept exactly in unsigned 128-bit integers.
 *
 * tools/hubgen/truths.c
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "hubgen.h"

typedef struct Row
{
	char		measure[40];
	char		key[96];
	int64_t		value;
} Row;

__extension__ typedef unsigned __int128 u128;	/* exact sums of size * weight */

static Row *rows = NULL;
static int	n_rows = 0,
			cap_rows = 0;
static int *row_slot = NULL;	/* row index + 1, 0 = empty */
static uint32_t n_slots = 0;	/* a power of two, or 0 before the first row */

/* row_hash: FNV-1a of measure and key. */
static uint32_t
row_hash(const char *measure, const char *key)
{
	uint32_t	h = 2166136261u;
	const char *p;

	for (p = measure; *p; p++)
		h = (h ^ (unsigned char) *p) * 16777619u;
	h = (h ^ '|') * 16777619u;
	for (p = key; *p; p++)
		h = (h ^ (unsigned char) *p) * 16777619u;
	return h;
}

/* grow_slots: double the hash table (at least 8192 slots) and rehash. */
static void
grow_slots(void)
{
	uint32_t	n = n_slots ? n_slots * 2 : 8192;
	int			i;

	free(row_slot);
	row_slot = xcalloc(n, sizeof(int));
	n_slots = n;
	for (i = 0; i < n_rows; i++)
	{
		uint32_t	h = row_hash(rows[i].measure, rows[i].key) & (n_slots - 1);

		while (row_slot[h])
			h = (h + 1) & (n_slots - 1);
		row_slot[h] = i + 1;
	}
}

/* add: add v to the row (measure, key), creating it at 0 when absent. */
static void
add(const char *measure, const char *key, int64_t v)
{
	uint32_t	h;

	if (strlen(measure) >= sizeof(rows[0].measure) || strlen(key) >= sizeof(rows[0].key))
		die("truth key too long: %s,%s", measure, key);
	if ((uint32_t) n_rows * 2 >= n_slots)
		grow_slots();
	h = row_hash(measure, key) & (n_slots - 1);
	while (row_slot[h])
	{
		Row		   *r = &rows[row_slot[h] - 1];

		if (strcmp(r->key, key) == 0 && strcmp(r->measure, measure) == 0)
		{
			r->value += v;
			return;
		}
		h = (h + 1) & (n_slots - 1);
	}
	if (n_rows == cap_rows)
	{
		cap_rows = cap_rows ? cap_rows * 2 : 256;
		rows = xrealloc(rows, sizeof(Row) * (size_t) cap_rows);
	}
	snprintf(rows[n_rows].measure, sizeof(rows[n_rows].measure), "%s", measure);
	snprintf(rows[n_rows].key, sizeof(rows[n_rows].key), "%s", key);
	rows[n_rows].value = v;
	row_slot[h] = ++n_rows;
}

/* row_cmp: order rows by measure then key. */
static int
row_cmp(const void *a, const void *b)
{
	const Row  *x = a,
			   *y = b;
	int			c = strcmp(x->measure, y->measure);

	return c ? c : strcmp(x->key, y->key);
}

/* i64_desc: descending order of int64 values. */
static int
i64_desc(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return x > y ? -1 : x < y;
}

/* year_bit: bit of a year key in the active-years mask (bit 0 = unknown). */
static int
year_bit(int64_t t, int sentinel)
{
	int			y = year_of(t);

	if (sentinel)
		return 0;
	return y < 2021 ? 1 : (y > 2030 ? 10 : y - 2019);
}

/* note_repo: record a repo of author a for the creator measures. */
static void
note_repo(int64_t *earliest, uint32_t *mask, int a, int64_t t, int sentinel)
{
	int64_t		k = sentinel ? INT64_MIN : t;

	if (k < earliest[a])
		earliest[a] = k;
	mask[a] |= 1u << year_bit(t, sentinel);
}

/* country_key: registry country of author a ("none"/"unknown" as defined). */
static const char *
country_key(const Author *a)
{
	if (!a->registered)
		return "unknown";
	return a->country[0] ? a->country : "none";
}

/*
 * card_target_of: the model index the card's base_model of m resolves to
 * after normalising, or -1; only single-string card values can be
 * card-only (normal cards repeat the declared parents).
 */
static int
card_target_of(const Model *m)
{
	char		tmp[300];
	char	   *s = tmp;
	size_t		len;
	int			i;
	const char *target;

	if (m->card < CM_CASE || m->card > CM_SLASH)
		return -1;
	target = model_get(m->card_target)->id;
	if (m->card == CM_CASE)
	{
		snprintf(tmp, sizeof(tmp), "%s", target);
		for (i = 0; tmp[i]; i++)
			tmp[i] = (char) tolower((unsigned char) tmp[i]);
		if (strcmp(tmp, target) == 0)
			for (i = 0; tmp[i]; i++)
				tmp[i] = (char) toupper((unsigned char) tmp[i]);
	}
	else if (m->card == CM_URL)
		snprintf(tmp, sizeof(tmp), "https://huggingface.co/%s", target);
	else
		snprintf(tmp, sizeof(tmp), "%s/", target);
	/* normalise exactly as the report does */
	while (*s == ' ')
		s++;
	if (strncmp(s, "https://huggingface.co/", 23) == 0)
		s += 23;
	len = strlen(s);
	while (len > 0 && (s[len - 1] == ' ' || s[len - 1] == '/'))
		len--;
	return model_lookup_ci(s, len);
}

/*
 * lineage_truths: edges, self-loops, dangling parents, card-only edges,
 * cycle nodes and the maximum depth.
 */
static void
lineage_truths(void)
{
	int			nm = model_count();
	int			nd = dangling_count();
	int			nn = nm + nd;
	int64_t		edges = 0,
				selfl = 0,
				card_only = 0,
				dang = 0,
				cyc = 0;
	int		   *npar = xcalloc((size_t) nn, sizeof(int));
	int		   *nchild_off = xcalloc((size_t) nn + 1, sizeof(int));
	int		   *children;
	int		   *fill = xcalloc((size_t) nn, sizeof(int));
	int		   *depth = xcalloc((size_t) nn, sizeof(int));
	int		   *queue = xmalloc(sizeof(int) * (size_t) nn);
	int		   *card_p = xmalloc(sizeof(int) * (size_t) nm);
	char	   *dseen = xcalloc((size_t) nd + 1, 1);
	int			qh = 0,
				qt = 0,
				i,
				k,
				maxd = 0;

	/* pass 1: count */
	for (i = 0; i < nm; i++)
	{
		const Model *m = model_get(i);
		int32_t    *p = model_parents(m);

		for (k = 0; k < m->nparents; k++)
		{
			int			j,
						dup = 0;
			int			node = p[k] >= 0 ? p[k] : nm + (-p[k] - 1);

			for (j = 0; j < k; j++)
				dup |= p[j] == p[k];
			if (dup)
				continue;
			edges++;
			add("lineage_edges_by_relation", relation_names[m->relation], 1);
			if (p[k] == i)
			{
				selfl++;
				continue;
			}
			if (p[k] < 0 && !dseen[-p[k] - 1])
			{
				dseen[-p[k] - 1] = 1;
				dang++;
			}
			npar[i]++;
			nchild_off[node + 1]++;
		}
		card_p[i] = card_target_of(m);
		if (card_p[i] == i)
			card_p[i] = -1;
		if (card_p[i] >= 0)
		{
			int			declared = 0;

			for (k = 0; k < m->nparents; k++)
				declared |= p[k] == card_p[i];
			if (declared)
				card_p[i] = -1;
			else
			{
				card_only++;
				npar[i]++;
				nchild_off[card_p[i] + 1]++;
			}
		}
	}
	for (i = 0; i < nn; i++)
		nchild_off[i + 1] += nchild_off[i];
	children = xmalloc(sizeof(int) * (size_t) (nchild_off[nn] + 1));
	for (i = 0; i < nm; i++)
	{
		const Model *m = model_get(i);
		int32_t    *p = model_parents(m);

		for (k = 0; k < m->nparents; k++)
		{
			int			j,
						dup = 0;
			int			node = p[k] >= 0 ? p[k] : nm + (-p[k] - 1);

			for (j = 0; j < k; j++)
				dup |= p[j] == p[k];
			if (dup || p[k] == i)
				continue;
			children[nchild_off[node] + fill[node]++] = i;
		}
		if (card_p[i] >= 0)
			children[nchild_off[card_p[i]] + fill[card_p[i]]++] = i;
	}

	/* Kahn from the roots down */
	for (i = 0; i < nn; i++)
		if (npar[i] == 0)
			queue[qt++] = i;
	while (qh < qt)
	{
		int			v = queue[qh++];

		if (depth[v] > maxd)
			maxd = depth[v];
		for (k = nchild_off[v]; k < nchild_off[v + 1]; k++)
		{
			int			c = children[k];

			if (depth[v] + 1 > depth[c])
				depth[c] = depth[v] + 1;
			if (--npar[c] == 0)
				queue[qt++] = c;
		}
	}

	/* unresolved nodes: trim those with no unresolved child (below a cycle) */
	memset(fill, 0, sizeof(int) * (size_t) nn);
	for (i = 0; i < nn; i++)
		if (npar[i] > 0)
			for (k = nchild_off[i]; k < nchild_off[i + 1]; k++)
				if (npar[children[k]] > 0)
					fill[i]++;
	qh = qt = 0;
	for (i = 0; i < nn; i++)
		if (npar[i] > 0 && fill[i] == 0)
			queue[qt++] = i;
	while (qh < qt)
	{
		int			v = queue[qh++];
		const Model *m = model_get(v);
		int32_t    *p = model_parents(m);

		npar[v] = -1;			/* trimmed */
		for (k = 0; k < m->nparents; k++)
			if (p[k] >= 0 && p[k] != v && npar[p[k]] > 0 && --fill[p[k]] == 0)
				queue[qt++] = p[k];
		if (card_p[v] >= 0 && npar[card_p[v]] > 0 && --fill[card_p[v]] == 0)
			queue[qt++] = card_p[v];
	}
	for (i = 0; i < nn; i++)
		if (npar[i] > 0)
			cyc++;

	add("lineage_edges", "all", edges);
	add("lineage_self_loops", "all", selfl);
	add("lineage_dangling_parents", "all", dang);
	add("lineage_card_only_edges", "all", card_only);
	add("lineage_cycle_nodes", "all", cyc);
	add("lineage_max_depth", "all", maxd);
	free(npar);
	free(nchild_off);
	free(children);
	free(fill);
	free(depth);
	free(queue);
	free(card_p);
	free(dseen);
}

/*
 * card_only_parent: the card-only parent of model i (as counted by
 * lineage_card_only_edges), or -1.
 */
static int
card_only_parent(const Model *m, int i)
{
	int32_t    *p = model_parents(m);
	int			c = card_target_of(m);
	int			k;

	if (c == i)
		return -1;
	for (k = 0; c >= 0 && k < m->nparents; k++)
		if (p[k] == c)
			return -1;
	return c;
}

/*
 * family_truths: t8_family_descendants, by walking the ancestors of every
 * model with a parent (a stamp per node keeps each walk finite and counts a
 * diamond once).
 */
static void
family_truths(void)
{
	int			nm = model_count();
	int			nd = dangling_count();
	int			nn = nm + nd;
	int		   *poff = xcalloc((size_t) nm + 1, sizeof(int));
	int		   *par;
	int		   *fill = xcalloc((size_t) nm, sizeof(int));
	int		   *ns = xmalloc(sizeof(int) * (size_t) (nn > 0 ? nn : 1));
	int		   *stamp = xcalloc((size_t) nn + 1, sizeof(int));
	int		   *stack = xmalloc(sizeof(int) * (size_t) (nn > 0 ? nn : 1));
	char	  **ns_name = NULL;
	int		   *ns_stamp;
	int64_t    *counts;
	IdSet	   *ns_set = idset_create((size_t) nn + 16);
	int			n_ns = 0,
				i,
				k,
				r;
	char		key[128];

	/* the namespace of every node, interned ignoring case, kept lower-case */
	for (i = 0; i < nn; i++)
	{
		const char *id = i < nm ? model_get(i)->id : dangling_name(i - nm);
		const char *slash = strchr(id, '/');
		size_t		len = slash ? (size_t) (slash - id) : strlen(id);
		int			v = idset_lookup(ns_set, id, len);

		if (v < 0)
		{
			char	   *low = xmalloc(len + 1);

			for (k = 0; k < (int) len; k++)
				low[k] = (char) tolower((unsigned char) id[k]);
			low[len] = '\0';
			if ((n_ns & (n_ns - 1)) == 0)
				ns_name = xrealloc(ns_name, sizeof(char *) * (size_t) (n_ns ? n_ns * 2 : 1));
			ns_name[n_ns] = low;
			idset_insert(ns_set, low, n_ns);
			v = n_ns++;
		}
		ns[i] = v;
	}

	/* parents of each model: declared (distinct, no self-loop), card-only */
	for (i = 0; i < nm; i++)
	{
		const Model *m = model_get(i);
		int32_t    *p = model_parents(m);

		for (k = 0; k < m->nparents; k++)
		{
			int			j,
						dup = 0;

			for (j = 0; j < k; j++)
				dup |= p[j] == p[k];
			if (!dup && p[k] != i)
				poff[i + 1]++;
		}
		if (card_only_parent(m, i) >= 0)
			poff[i + 1]++;
	}
	for (i = 0; i < nm; i++)
		poff[i + 1] += poff[i];
	par = xmalloc(sizeof(int) * (size_t) (poff[nm] + 1));
	for (i = 0; i < nm; i++)
	{
		const Model *m = model_get(i);
		int32_t    *p = model_parents(m);
		int			c = card_only_parent(m, i);

		for (k = 0; k < m->nparents; k++)
		{
			int			j,
						dup = 0;

			for (j = 0; j < k; j++)
				dup |= p[j] == p[k];
			if (!dup && p[k] != i)
				par[poff[i] + fill[i]++] = p[k] >= 0 ? p[k] : nm + (-p[k] - 1);
		}
		if (c >= 0)
			par[poff[i] + fill[i]++] = c;
	}

	/* walk the ancestors of each model with a parent */
	ns_stamp = xcalloc((size_t) n_ns + 1, sizeof(int));
	counts = xcalloc((size_t) n_ns * 4 + 1, sizeof(int64_t));
	for (i = 0; i < nm; i++)
	{
		int			rel = model_get(i)->relation;
		int			top = 0;

		if (poff[i + 1] == poff[i])
			continue;
		stamp[i] = i + 1;
		stack[top++] = i;
		while (top > 0)
		{
			int			v = stack[--top];

			if (v >= nm || poff[v + 1] == poff[v])
			{
				/* a root */
				if (ns_stamp[ns[v]] != i + 1)
				{
					ns_stamp[ns[v]] = i + 1;
					counts[ns[v] * 4 + rel]++;
				}
				continue;
			}
			for (k = poff[v]; k < poff[v + 1]; k++)
				if (stamp[par[k]] != i + 1)
				{
					stamp[par[k]] = i + 1;
					stack[top++] = par[k];
				}
		}
	}
	for (i = 0; i < n_ns; i++)
		for (r = 0; r < 4; r++)
			if (counts[i * 4 + r] > 0)
			{
				snprintf(key, sizeof(key), "%s:%s", ns_name[i], relation_names[r]);
				add("t8_family_descendants", key, counts[i * 4 + r]);
			}

	for (i = 0; i < n_ns; i++)
		free(ns_name[i]);
	free(ns_name);
	idset_free(ns_set);
	free(poff);
	free(par);
	free(fill);
	free(ns);
	free(stamp);
	free(stack);
	free(ns_stamp);
	free(counts);
}

/* i64_asc: ascending order of int64 values. */
static int
i64_asc(const void *a, const void *b)
{
	int64_t		x = *(const int64_t *) a,
				y = *(const int64_t *) b;

	return x < y ? -1 : x > y;
}

/*
 * lifespan_truths: t14_lifespan_median_weeks from the downloadsAllTime of
 * each snapshot.
 */
static void
lifespan_truths(int nsnap, const int64_t *snap_times)
{
	int			nm = model_count();
	int64_t    *obs = xmalloc(sizeof(int64_t) * (size_t) (nm > 0 ? nm : 1));
	int64_t		w[HG_MAX_SNAPSHOTS];
	int			n = 0,
				i,
				k;
	char		yk[16];

	for (i = 0; i < nm; i++)
	{
		const Model *m = model_get(i);
		int64_t		prev = 0,
					peak = 0;
		int			j = -1,
					p = -1,
					end = -1;

		if (m->sentinel || m->created <= snap_times[0])
			continue;
		for (k = 1; k < nsnap && j < 0; k++)
			if (m->created <= snap_times[k])
				j = k;
		if (j < 0)
			continue;
		for (k = j; k < nsnap; k++)
		{
			int64_t		dat = model_alltime(m, k, snap_times[k]);

			w[k] = dat > prev ? dat - prev : 0;
			prev = dat;
			if (w[k] > peak)
			{
				peak = w[k];
				p = k;
			}
		}
		if (peak <= 0)
			continue;
		for (k = p + 1; k < nsnap && end < 0; k++)
			if (10 * w[k] < peak)
				end = k;
		if (end < 0)
			continue;			/* censored */
		/* year in the high bits, lifespan in the low ones: sorts by both */
		obs[n++] = (int64_t) year_of(m->created) * 1000000 + (end - j);
	}
	qsort(obs, (size_t) n, sizeof(int64_t), i64_asc);
	for (i = 0; i < n; i = k)
	{
		int64_t		y = obs[i] / 1000000;

		for (k = i; k < n && obs[k] / 1000000 == y; k++)
			;
		snprintf(yk, sizeof(yk), "%lld", (long long) y);
		add("t14_lifespan_median_weeks", yk, obs[i + (k - i + 1) / 2 - 1] % 1000000);
	}
	free(obs);
}

typedef struct SizeObs
{
	int			year;			/* 0 for the unknown-date sentinel */
	int64_t		size;
	int64_t		weight;
} SizeObs;

/* size_obs_cmp: order size observations by year, then size. */
static int
size_obs_cmp(const void *a, const void *b)
{
	const SizeObs *x = a,
			   *y = b;

	if (x->year != y->year)
		return x->year < y->year ? -1 : 1;
	return x->size < y->size ? -1 : x->size > y->size;
}

/*
 * size_truths: t6_weighted_median_total and t6_weighted_mean_total over the
 * latest snapshot taken at `at` (snapshot index last).
 */
static void
size_truths(uint64_t seed, int last, int64_t at)
{
	int			nm = model_count();
	SizeObs    *obs = xmalloc(sizeof(SizeObs) * (size_t) (nm > 0 ? nm : 1));
	int			n = 0,
				i,
				k;
	char		yk[16];

	for (i = 0; i < nm; i++)
	{
		const Model *m = model_get(i);
		ModelObjects o;
		int64_t		dl;

		if (m->created > at || (m->nparents > 0 && m->relation == 2))
			continue;			/* not in the snapshot, or quantized */
		model_objects(m, i, seed, &o);
		if (!o.has_safetensors || o.has_gguf || o.has_quant_config)
			continue;
		dl = model_alltime(m, last, at);
		if (dl <= 0)
			continue;
		obs[n].year = m->sentinel ? 0 : year_of(m->created);
		obs[n].size = o.safetensors_total;
		obs[n++].weight = dl;
	}
	qsort(obs, (size_t) n, sizeof(SizeObs), size_obs_cmp);
	for (i = 0; i < n; i = k)
	{
		int64_t		total = 0,
					cum = 0,
					median = 0;
		u128		sum = 0;
		int			j;

		for (k = i; k < n && obs[k].year == obs[i].year; k++)
		{
			total += obs[k].weight;
			sum += (u128) obs[k].size * (u128) obs[k].weight;
		}
		for (j = i; j < k; j++)
		{
			cum += obs[j].weight;
			if (2 * cum >= total)
			{
				median = obs[j].size;
				break;
			}
		}
		if (obs[i].year == 0)
			snprintf(yk, sizeof(yk), "unknown");
		else
			snprintf(yk, sizeof(yk), "%d", obs[i].year);
		add("t6_weighted_median_total", yk, median);
		add("t6_weighted_mean_total", yk, (int64_t) (sum / (u128) total));
	}
	free(obs);
}

/*
 * write_truths: compute every measure and write truths.csv; *configs_written
 * is the number of configs.jsonl rows.  Returns the number of rows written.
 */
int
write_truths(const char *path, int nsnap, const int64_t *snap_times,
			 int *configs_written, uint64_t seed)
{
	int			nm = model_count(),
				nds = dataset_count(),
				nsp = space_count(),
				na = author_count();
	int64_t		at = snap_times[nsnap - 1];
	int64_t    *dl = xmalloc(sizeof(int64_t) * (size_t) (nm > 0 ? nm : 1));
	int64_t    *earliest = xmalloc(sizeof(int64_t) * (size_t) na);
	uint32_t   *mask = xcalloc((size_t) na, sizeof(uint32_t));
	int64_t		total = 0,
				top = 0,
				under = 0,
				neg = 0,
				moe = 0;
	char		yk[16],
				key[64];
	int			i,
				s;
	FILE	   *f;

	for (i = 0; i < na; i++)
		earliest[i] = INT64_MAX;
	add("models_total", "all", nm);
	add("datasets_total", "all", nds);
	add("spaces_total", "all", nsp);
	add("snapshots", "all", nsnap);
	add("configs", "all", *configs_written);

	for (i = 0; i < nm; i++)
	{
		const Model *m = model_get(i);
		const Author *a = author_get(m->author);
		int64_t		v = model_alltime(m, nsnap - 1, at);

		year_key(m->created, m->sentinel, yk);
		add("t1_new_models", yk, 1);
		note_repo(earliest, mask, m->author, m->created, m->sentinel);
		dl[i] = v;
		total += v;
		under += v < 200;
		moe += m->moe;
		add("t3_downloads_by_country", country_key(a), v);
		snprintf(key, sizeof(key), "%s:%s", yk, country_key(a));
		add("t3_downloads_by_country_year", key, v);
		add("t4_downloads_by_type", a->registered ? devtype_name(a->type) : "unknown", v);
		snprintf(key, sizeof(key), "%s:%s", yk, a->registered ? devtype_name(a->type) : "unknown");
		add("t4_downloads_by_type_year", key, v);
		for (s = 1; s < nsnap; s++)
			if (m->created <= snap_times[s - 1] &&
				model_alltime(m, s, snap_times[s]) < model_alltime(m, s - 1, snap_times[s - 1]))
				neg++;
	}
	qsort(dl, (size_t) nm, sizeof(int64_t), i64_desc);
	for (i = 0; i < nm && i < 200; i++)
		top += dl[i];
	add("t2_downloads_total", "all", total);
	add("t2_top200_downloads", "all", top);
	add("t2_models_under_200", "all", under);
	add("history_negative_steps", "all", neg);
	add("moe_models", "all", moe);

	for (i = 0; i < nds; i++)
	{
		const Dataset *d = dataset_get(i);

		year_key(d->created, d->sentinel, yk);
		add("t1_new_datasets", yk, 1);
		note_repo(earliest, mask, d->author, d->created, d->sentinel);
		if (dataset_is_robotics(d))
		{
			snprintf(key, sizeof(key), "%s:robotics", yk);
			add("t10_datasets_by_category", key, 1);
		}
		if (d->cat1 >= 0 && strcmp(dataset_categories[d->cat1], "robotics") != 0)
		{
			snprintf(key, sizeof(key), "%s:%s", yk, dataset_categories[d->cat1]);
			add("t10_datasets_by_category", key, 1);
		}
		if (d->cat2 >= 0 && strcmp(dataset_categories[d->cat2], "robotics") != 0)
		{
			snprintf(key, sizeof(key), "%s:%s", yk, dataset_categories[d->cat2]);
			add("t10_datasets_by_category", key, 1);
		}
	}
	for (i = 0; i < nsp; i++)
	{
		const Space *sp = space_get(i);

		year_key(sp->created, 0, yk);
		add("t1_new_spaces", yk, 1);
		note_repo(earliest, mask, sp->author, sp->created, 0);
	}
	for (i = 0; i < na; i++)
	{
		int			b;

		if (earliest[i] == INT64_MAX)
			continue;			/* a namespace with no repo */
		if (earliest[i] == INT64_MIN)
			add("t1_new_creators", "unknown", 1);
		else
		{
			year_key(earliest[i], 0, yk);
			add("t1_new_creators", yk, 1);
		}
		for (b = 0; b < 32; b++)
			if (mask[i] & (1u << b))
			{
				if (b == 0)
					snprintf(yk, sizeof(yk), "unknown");
				else
					snprintf(yk, sizeof(yk), "%d", b + 2019);
				add("t1_active_creators", yk, 1);
			}
	}
	lineage_truths();
	family_truths();
	lifespan_truths(nsnap, snap_times);
	size_truths(seed, nsnap - 1, at);

	qsort(rows, (size_t) n_rows, sizeof(Row), row_cmp);
	f = fopen(path, "w");
	if (!f)
		die("cannot write %s", path);
	fputs("measure,key,value\n", f);
	for (i = 0; i < n_rows; i++)
		fprintf(f, "%s,%s,%lld\n", rows[i].measure, rows[i].key, (long long) rows[i].value);
	if (fclose(f) != 0)
		die("error writing %s", path);
	free(dl);
	free(earliest);
	free(mask);
	free(rows);
	rows = NULL;
	free(row_slot);
	row_slot = NULL;
	n_slots = 0;
	s = n_rows;
	n_rows = cap_rows = 0;
	return s;
}
