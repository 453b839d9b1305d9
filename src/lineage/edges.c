/*
 * src/lineage/edges.c
 *
 * Base-model edge extraction for one model record.  Sources, most trusted
 * first: the typed tag base_model:<relation>:<id>, the baseModels struct, the
 * plain tag base_model:<id>; the card's base_model values are kept apart
 * (HfCardBase) because the Hub could not resolve them: the importer matches
 * them against known models later.  One edge per parent (case-insensitive),
 * with every relation and source seen; a missing relation is inferred.
 */
#include "postgres.h"

#include "lineage/edges.h"

const char *const hf_relation_names[HF_NUM_RELATIONS] = {
	"finetune", "adapter", "quantized", "merge"
};

const char *const hf_source_names[HF_NUM_SOURCES] = {
	"tag_typed", "base_models", "tag", "card"
};

/* tags that say "merge" when a model has several parents */
static const char *const merge_tags[] = {
	"merge", "mergekit", "slerp", "ties", "dare", "dare_ties", "task_arithmetic", "model_stock", NULL
};

/* tags that say "quantized" */
static const char *const quant_tags[] = {
	"gguf", "gptq", "awq", "exl2", "bnb", "bitsandbytes", "4-bit", "8-bit", "fp8", "mlx",
	"quantized", "compressed-tensors", "hqq", "aqlm", "nf4", "int4", "int8", NULL
};

/* name suffixes that say "quantized" */
static const char *const quant_suffixes[] = {
	"-gguf", "-awq", "-gptq", "-exl2", "-4bit", "-8bit", "-fp8", "-mlx", "-bnb-4bit", "-int4", "-int8", "-nf4", NULL
};

/* tags that say "adapter" */
static const char *const adapter_tags[] = {
	"peft", "lora", "adapter", "adapters", "qlora", NULL
};

/*
 * hf_relation_from_name: relation for a label (exact, lower case), or
 * HF_REL_NONE.
 */
HfRelation
hf_relation_from_name(const char *s, int len)
{
	for (int r = 0; r < HF_NUM_RELATIONS; r++)
	{
		if ((int) strlen(hf_relation_names[r]) == len &&
			memcmp(hf_relation_names[r], s, len) == 0)
			return (HfRelation) r;
	}
	return HF_REL_NONE;
}

/* does any tag equal (case-insensitively) one of the words? */
static bool
tags_have(char **tags, int ntags, const char *const *words)
{
	for (int i = 0; i < ntags; i++)
		for (const char *const *w = words; *w; w++)
			if (pg_strcasecmp(tags[i], *w) == 0)
				return true;
	return false;
}

/* does the model name end (case-insensitively) with one of the suffixes? */
static bool
name_has_suffix(const char *id, const char *const *suffixes)
{
	size_t		n = strlen(id);

	for (const char *const *s = suffixes; *s; s++)
	{
		size_t		k = strlen(*s);

		if (n >= k && pg_strncasecmp(id + n - k, *s, k) == 0)
			return true;
	}
	return false;
}

/*
 * infer_relation: the relation of a model whose sources name no relation,
 * per docs/lineage.md: the card's base_model_relation, then merge signals
 * with two or more parents, quantization signals, adapter signals, else
 * finetune.
 */
static HfRelation
infer_relation(HfRelation card_relation, int nparents, const char *child_id,
			   char **tags, int ntags, const char *library_name)
{
	if (card_relation != HF_REL_NONE)
		return card_relation;
	if (nparents >= 2 && tags_have(tags, ntags, merge_tags))
		return HF_REL_MERGE;
	if (tags_have(tags, ntags, quant_tags) || name_has_suffix(child_id, quant_suffixes) ||
		(library_name && pg_strcasecmp(library_name, "gguf") == 0))
		return HF_REL_QUANTIZED;
	if (tags_have(tags, ntags, adapter_tags) ||
		(library_name && pg_strcasecmp(library_name, "peft") == 0))
		return HF_REL_ADAPTER;
	return HF_REL_FINETUNE;
}

/* find the edge to parent (case-insensitive), or add one */
static HfEdge *
edge_for(HfEdgeSet *set, int *cap, const char *parent, int len)
{
	HfEdge	   *e;

	for (int i = 0; i < set->nedges; i++)
	{
		e = &set->edges[i];
		if ((int) strlen(e->parent) == len && pg_strncasecmp(e->parent, parent, len) == 0)
			return e;
	}
	if (set->nedges == *cap)
	{
		*cap = *cap ? *cap * 2 : 4;
		set->edges = set->edges ? repalloc(set->edges, sizeof(HfEdge) * *cap)
			: palloc(sizeof(HfEdge) * *cap);
	}
	e = &set->edges[set->nedges++];
	e->parent = pnstrdup(parent, len);
	e->parent_lid = NULL;
	e->parent_key = 0;
	e->relation = HF_REL_NONE;
	e->relmask = 0;
	e->srcmask = 0;
	e->inferred = false;
	return e;
}

/* record that source src names parent with relation rel (or none) */
static void
add_edge(HfEdgeSet *set, int *cap, const char *parent, int len, HfRelation rel, int src)
{
	HfEdge	   *e;

	while (len > 0 && (parent[0] == ' ' || parent[0] == '\t'))
	{
		parent++;
		len--;
	}
	while (len > 0 && (parent[len - 1] == ' ' || parent[len - 1] == '\t'))
		len--;
	if (len == 0)
		return;
	e = edge_for(set, cap, parent, len);
	/* sources arrive most trusted first, so the first relation given stays */
	if (rel != HF_REL_NONE)
	{
		if (e->relation == HF_REL_NONE)
			e->relation = rel;
		e->relmask |= 1 << rel;
	}
	e->srcmask |= src;
}

/*
 * hf_normalise_model_ref: a card base_model value as a model id: trimmed,
 * without a huggingface.co URL prefix or trailing slashes.  NULL when nothing
 * id-like is left (empty, whitespace inside, another URL, absurd length).
 */
char *
hf_normalise_model_ref(const char *s, int len)
{
	static const char *const prefixes[] = {
		"https://huggingface.co/", "http://huggingface.co/", "huggingface.co/", "hf.co/", NULL
	};

	while (len > 0 && isspace((unsigned char) s[0]))
	{
		s++;
		len--;
	}
	while (len > 0 && isspace((unsigned char) s[len - 1]))
		len--;
	for (const char *const *p = prefixes; *p; p++)
	{
		int			k = strlen(*p);

		if (len >= k && pg_strncasecmp(s, *p, k) == 0)
		{
			s += k;
			len -= k;
			break;
		}
	}
	while (len > 0 && s[len - 1] == '/')
		len--;
	if (len == 0 || len > 200)
		return NULL;
	for (int i = 0; i < len; i++)
	{
		unsigned char c = s[i];

		if (isspace(c) || c == ':' || c == '"' || c == '\\' || c == '?' || c == '#')
			return NULL;
	}
	return pnstrdup(s, len);
}

/*
 * collect_card_bases: the card's base_model (string or list of strings),
 * normalised, de-duplicated, without self-references.  A value naming a
 * parent the Hub already gave marks that edge's card source; the others are
 * kept as card bases.  Non-string values are ignored: the card is free YAML,
 * not the Hub's data.
 */
static void
collect_card_bases(const char *child_id, JsonbContainer *card, HfEdgeSet *out)
{
	JsonbValue	v;
	int			n;
	JsonbContainer *arr = NULL;

	if (card == NULL || !hf_json_get(card, "base_model", &v))
		return;
	if (v.type == jbvString)
		n = 1;
	else if (v.type == jbvBinary && JsonContainerIsArray(v.val.binary.data))
	{
		arr = v.val.binary.data;
		n = JsonContainerSize(arr);
	}
	else
		return;
	if (n == 0)
		return;
	out->cards = palloc(sizeof(HfCardBase) * n);
	for (int i = 0; i < n; i++)
	{
		JsonbValue *e = arr ? getIthJsonbValueFromContainer(arr, i) : &v;
		char	   *ref;
		bool		dup = false;

		if (e->type != jbvString)
			continue;
		ref = hf_normalise_model_ref(e->val.string.val, e->val.string.len);
		if (ref == NULL || pg_strcasecmp(ref, child_id) == 0)
			continue;
		for (int j = 0; j < out->nedges; j++)
			if (pg_strcasecmp(out->edges[j].parent, ref) == 0)
			{
				out->edges[j].srcmask |= HF_SRC_CARD;
				dup = true;
			}
		for (int j = 0; j < out->ncards; j++)
			if (pg_strcasecmp(out->cards[j].parent, ref) == 0)
				dup = true;
		if (dup)
			continue;
		out->cards[out->ncards].parent = ref;
		out->cards[out->ncards].relation = HF_REL_NONE;
		out->cards[out->ncards].inferred = true;
		out->ncards++;
	}
}

/*
 * hf_value_base_models: a baseModels value, {relation, models: [{_id, id}]},
 * as HfBaseModels.  A wrong type anywhere in it is an error (the Hub writes
 * it); a relation that names none is HF_REL_NONE; a missing or null relation
 * or models is absent.
 */
bool
hf_value_base_models(const JsonbValue *v, HfBaseModels *out, FieldError *err)
{
	JsonbContainer *bm;
	JsonbValue	rv,
				mv;

	memset(out, 0, sizeof(*out));
	out->relation = HF_REL_NONE;
	if (v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, "baseModels",
							  "expected an object, got %s", hf_json_type_name(v));
	bm = v->val.binary.data;
	if (hf_json_get(bm, "relation", &rv))
	{
		if (rv.type != jbvString)
			return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, "baseModels.relation",
								  "expected a string, got %s", hf_json_type_name(&rv));
		out->relation = hf_relation_from_name(rv.val.string.val, rv.val.string.len);
	}
	if (hf_json_get(bm, "models", &mv))
	{
		JsonbContainer *arr;
		int			n;

		if (mv.type != jbvBinary || !JsonContainerIsArray(mv.val.binary.data))
			return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, "baseModels.models",
								  "expected an array, got %s", hf_json_type_name(&mv));
		arr = mv.val.binary.data;
		n = JsonContainerSize(arr);
		if (n > 0)
			out->ids = palloc(sizeof(char *) * n);
		for (int i = 0; i < n; i++)
		{
			JsonbValue *e = getIthJsonbValueFromContainer(arr, i);
			JsonbValue	idv;

			if (e->type != jbvBinary || !JsonContainerIsObject(e->val.binary.data) ||
				!hf_json_get(e->val.binary.data, "id", &idv) || idv.type != jbvString)
				return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, "baseModels.models",
									  "element %d: expected an object with a string \"id\"", i);
			out->ids[out->nids++] = pnstrdup(idv.val.string.val, idv.val.string.len);
		}
	}
	return true;
}

/*
 * hf_extract_edges: the edges and card bases of one model record.  bm is its
 * baseModels (NULL when absent), card its cardData (or NULL); card values
 * never make an error.
 */
void
hf_extract_edges(const char *child_id, char **tags, int ntags,
				 const char *library_name, const HfBaseModels *bm,
				 JsonbContainer *card, HfEdgeSet *out)
{
	int			cap = 0;
	JsonbValue	v;
	HfRelation	card_relation = HF_REL_NONE;
	HfRelation	bm_relation = HF_REL_NONE;

	memset(out, 0, sizeof(*out));
	out->base_relation = HF_REL_NONE;

	/* typed tags first: base_model:<relation>:<id> */
	for (int i = 0; i < ntags; i++)
	{
		const char *t = tags[i];
		const char *colon;
		HfRelation	rel;

		if (strncmp(t, "base_model:", 11) != 0)
			continue;
		t += 11;
		colon = strchr(t, ':');
		if (colon == NULL)
			continue;
		rel = hf_relation_from_name(t, colon - t);
		if (rel != HF_REL_NONE)
			add_edge(out, &cap, colon + 1, strlen(colon + 1), rel, HF_SRC_TAG_TYPED);
	}

	/* then baseModels */
	if (bm != NULL)
	{
		bm_relation = bm->relation;
		for (int i = 0; i < bm->nids; i++)
			add_edge(out, &cap, bm->ids[i], strlen(bm->ids[i]), bm_relation, HF_SRC_BASE_MODELS);
	}

	/* plain tags: base_model:<id> */
	for (int i = 0; i < ntags; i++)
	{
		const char *t = tags[i];
		const char *colon;

		if (strncmp(t, "base_model:", 11) != 0)
			continue;
		t += 11;
		colon = strchr(t, ':');
		if (colon != NULL && hf_relation_from_name(t, colon - t) != HF_REL_NONE)
			continue;
		add_edge(out, &cap, t, strlen(t), HF_REL_NONE, HF_SRC_TAG);
	}

	/* the card: explicit relation, and base models the Hub may not have resolved */
	if (card != NULL && hf_json_get(card, "base_model_relation", &v) && v.type == jbvString)
		card_relation = hf_relation_from_name(v.val.string.val, v.val.string.len);
	collect_card_bases(child_id, card, out);

	/* infer what no source said */
	for (int i = 0; i < out->nedges; i++)
	{
		HfEdge	   *e = &out->edges[i];

		if (e->relation == HF_REL_NONE)
		{
			e->relation = infer_relation(card_relation, out->nedges, child_id, tags, ntags, library_name);
			e->relmask |= 1 << e->relation;
			e->inferred = true;
		}
	}
	for (int i = 0; i < out->ncards; i++)
	{
		HfCardBase *c = &out->cards[i];

		c->inferred = (card_relation == HF_REL_NONE);
		c->relation = infer_relation(card_relation, Max(out->ncards, out->nedges), child_id,
									 tags, ntags, library_name);
	}

	out->n_base_models = out->nedges;
	if (bm_relation != HF_REL_NONE)
		out->base_relation = bm_relation;
	else if (out->nedges > 0)
	{
		/* the greatest relation over the edges: any merge makes a merge */
		for (int i = 0; i < out->nedges; i++)
			if ((int) out->edges[i].relation > (int) out->base_relation)
				out->base_relation = out->edges[i].relation;
	}
}
