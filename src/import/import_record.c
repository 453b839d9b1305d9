/*
 * src/import/import_record.c
 *
 * Record builders for each kind of Hub dump (see import_record.h): a typed
 * record (record.h), read and checked already, becomes the row of the kind's
 * staging table and, for models, its base-model edges.  What is left to
 * refuse here is what only the whole record shows: a config record without
 * its config, a parent id too long for a key.  Fields copied from
 * user-written YAML (cardData, config) are read loosely and never reject a
 * record.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"

#include "import/import_record.h"

/* createdAt of repos made before the Hub recorded creation dates */
#define HF_SENTINEL_CREATED "2022-03-02T23:29:04Z"

static const char *const model_columns[] = {
	"line", "lid", "key", "id", "author", "created_at", "created_year", "last_modified",
	"downloads", "downloads_all_time", "likes", "trending_score", "pipeline_tag", "library_name",
	"tags", "license", "model_type", "architecture", "quant_method", "base_relation", "n_base_models",
	"safetensors_total", "safetensors", "gguf_total", "gguf", "siblings", "private", "gated",
	"disabled", "card", "config"
};
static const char *const dataset_columns[] = {
	"line", "lid", "key", "id", "author", "created_at", "created_year", "last_modified",
	"downloads", "downloads_all_time", "likes", "trending_score", "tags", "task_categories",
	"modalities", "size_category", "license", "private", "gated", "disabled", "card"
};
static const char *const space_columns[] = {
	"line", "lid", "key", "id", "author", "created_at", "created_year", "last_modified",
	"likes", "trending_score", "sdk", "tags", "models", "datasets", "private", "disabled", "card"
};
static const char *const config_columns[] = {
	"line", "lid", "key", "id", "config"
};

/* column positions shared by the repo kinds */
enum
{
	C_LINE, C_LID, C_KEY, C_ID, C_AUTHOR, C_CREATED_AT, C_CREATED_YEAR, C_LAST_MODIFIED
};

/* positions in stage_models */
enum
{
	M_DOWNLOADS = 8, M_DOWNLOADS_ALL, M_LIKES, M_TRENDING, M_PIPELINE, M_LIBRARY, M_TAGS, M_LICENSE,
	M_MODEL_TYPE, M_ARCH, M_QUANT, M_BASE_REL, M_N_BASE, M_ST_TOTAL, M_ST, M_GGUF_TOTAL, M_GGUF,
	M_SIBLINGS, M_PRIVATE, M_GATED, M_DISABLED, M_CARD, M_CONFIG
};

/* positions in stage_datasets */
enum
{
	D_DOWNLOADS = 8, D_DOWNLOADS_ALL, D_LIKES, D_TRENDING, D_TAGS, D_TASKS, D_MODALITIES, D_SIZE,
	D_LICENSE, D_PRIVATE, D_GATED, D_DISABLED, D_CARD
};

/* positions in stage_spaces */
enum
{
	S_LIKES = 8, S_TRENDING, S_SDK, S_TAGS, S_MODELS, S_DATASETS, S_PRIVATE, S_DISABLED, S_CARD
};

/* set a nullable int8 column */
static void
set_int8(HfRow *row, int col, int64 v, bool isnull)
{
	row->nulls[col] = isnull;
	row->values[col] = isnull ? (Datum) 0 : Int64GetDatum(v);
}

/* set a nullable text column from a C string */
static void
set_cstring(HfRow *row, int col, const char *s)
{
	row->nulls[col] = (s == NULL);
	row->values[col] = s ? CStringGetTextDatum(s) : (Datum) 0;
}

/* set a nullable column from a pointer datum */
static void
set_ptr(HfRow *row, int col, void *p)
{
	row->nulls[col] = (p == NULL);
	row->values[col] = PointerGetDatum(p);
}

/* set a nullable boolean column */
static void
set_bool(HfRow *row, int col, bool v, bool isnull)
{
	row->nulls[col] = isnull;
	row->values[col] = BoolGetDatum(v);
}

/* the value after prefix of the first tag that has it, or NULL */
static char *
tag_value(char **tags, int ntags, const char *prefix)
{
	size_t		k = strlen(prefix);

	for (int i = 0; i < ntags; i++)
		if (strncmp(tags[i], prefix, k) == 0 && tags[i][k] != '\0')
			return tags[i] + k;
	return NULL;
}

/* the values after prefix of every tag that has it, as text[] */
static ArrayType *
tag_values(char **tags, int ntags, const char *prefix)
{
	size_t		k = strlen(prefix);
	char	  **vals = palloc(sizeof(char *) * Max(ntags, 1));
	int			n = 0;

	for (int i = 0; i < ntags; i++)
		if (strncmp(tags[i], prefix, k) == 0 && tags[i][k] != '\0')
			vals[n++] = tags[i] + k;
	return hf_text_array(vals, n);
}

/*
 * lower_id: the lower-cased form of a repo id (the key lookups' lid), or
 * NULL with a 22023 error naming key when it is longer than a lid may be;
 * what says which id ("repo", "parent model", ...).
 */
static char *
lower_id(const char *id, const char *key, const char *what, FieldError *err)
{
	char	   *lid = hf_lower_id(id);

	if (strlen(lid) <= HF_MAX_ID_BYTES)
		return lid;
	hf_field_error(err, ERRCODE_INVALID_PARAMETER_VALUE, key, "%s id too long when lower-cased", what);
	return NULL;
}

/*
 * build_common: line, id, lid, author and timestamps, shared by every repo
 * kind.  author falls back to the id's namespace.
 */
static bool
build_common(const HfRecord *rec, int64 line, HfRow *row, FieldError *err)
{
	char	   *author = rec->author;
	static TimestampTz sentinel = 0;

	if (sentinel == 0 && !hf_parse_iso_timestamp(HF_SENTINEL_CREATED, strlen(HF_SENTINEL_CREATED), &sentinel))
		elog(ERROR, "cannot parse the createdAt sentinel");

	if (author == NULL || author[0] == '\0')
	{
		const char *slash = strchr(rec->id, '/');

		author = slash ? pnstrdup(rec->id, slash - rec->id) : NULL;
	}
	row->values[C_LINE] = Int64GetDatum(line);
	row->nulls[C_LINE] = false;
	if ((row->lid = lower_id(rec->id, "id", "repo", err)) == NULL)
		return false;
	set_cstring(row, C_LID, row->lid);
	row->nulls[C_KEY] = true;
	set_cstring(row, C_ID, rec->id);
	set_cstring(row, C_AUTHOR, author);

	row->nulls[C_CREATED_AT] = !hf_record_has(rec, HF_F_CREATED_AT);
	row->values[C_CREATED_AT] = TimestampTzGetDatum(rec->created_at);
	row->nulls[C_CREATED_YEAR] = row->nulls[C_CREATED_AT] || rec->created_at == sentinel;
	row->values[C_CREATED_YEAR] = Int16GetDatum(row->nulls[C_CREATED_YEAR] ? 0 : hf_timestamp_year(rec->created_at));
	row->nulls[C_LAST_MODIFIED] = !hf_record_has(rec, HF_F_LAST_MODIFIED);
	row->values[C_LAST_MODIFIED] = TimestampTzGetDatum(rec->last_modified);
	return true;
}

/*
 * build_repo: what every repo kind has: build_common's columns, then
 * downloads (unless !with_downloads), downloadsAllTime, likes and
 * trendingScore in consecutive columns from counters_col, and the tags.
 */
static bool
build_repo(const HfRecord *rec, int64 line, HfRow *row, int counters_col, bool with_downloads,
		   int tags_col, FieldError *err)
{
	int			col = counters_col;

	if (!build_common(rec, line, row, err))
		return false;
	if (with_downloads)
	{
		set_int8(row, col++, rec->downloads, !hf_record_has(rec, HF_F_DOWNLOADS));
		set_int8(row, col++, rec->downloads_all_time, !hf_record_has(rec, HF_F_DOWNLOADS_ALL_TIME));
	}
	set_int8(row, col++, rec->likes, !hf_record_has(rec, HF_F_LIKES));
	row->nulls[col] = !hf_record_has(rec, HF_F_TRENDING_SCORE);
	row->values[col] = Float8GetDatum(rec->trending_score);
	set_ptr(row, tags_col, hf_text_array(rec->tags.items, rec->tags.n));
	return true;
}

/* private, disabled and (but for spaces) gated */
static void
build_flags(const HfRecord *rec, HfRow *row, int private_col, int disabled_col, int gated_col)
{
	set_bool(row, private_col, rec->private_repo, !hf_record_has(rec, HF_F_PRIVATE));
	set_bool(row, disabled_col, rec->disabled, !hf_record_has(rec, HF_F_DISABLED));
	if (gated_col >= 0)
		set_cstring(row, gated_col, rec->gated);
}

/* a string member of a user-written object, or NULL for anything else */
static char *
loose_string(JsonbContainer *obj, const char *key)
{
	JsonbValue	v;

	if (obj == NULL || !hf_json_get(obj, key, &v) || v.type != jbvString)
		return NULL;
	return pnstrdup(v.val.string.val, v.val.string.len);
}

/*
 * build_config_fields: model_type, architecture and quant_method of a
 * model's config object (NULL when the config lacks them, or has none).
 */
static void
build_config_fields(Jsonb *config, HfRow *row)
{
	JsonbContainer *obj = config ? &config->root : NULL;
	JsonbValue	v;

	set_cstring(row, M_MODEL_TYPE, loose_string(obj, "model_type"));
	row->nulls[M_ARCH] = true;
	row->nulls[M_QUANT] = true;
	if (obj == NULL)
		return;
	if (hf_json_get(obj, "architectures", &v) && v.type == jbvBinary &&
		JsonContainerIsArray(v.val.binary.data) && JsonContainerSize(v.val.binary.data) > 0)
	{
		JsonbValue *a = getIthJsonbValueFromContainer(v.val.binary.data, 0);

		if (a->type == jbvString)
			set_cstring(row, M_ARCH, pnstrdup(a->val.string.val, a->val.string.len));
	}
	if (hf_json_get(obj, "quantization_config", &v) && v.type == jbvBinary &&
		JsonContainerIsObject(v.val.binary.data))
		set_cstring(row, M_QUANT, loose_string(v.val.binary.data, "quant_method"));
}

/*
 * build_edges: the base-model edges of a model, with the lower-cased parent
 * ids the key lookups use, and the columns that summarise them.
 */
static bool
build_edges(const HfRecord *rec, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	hf_extract_edges(rec->id, rec->tags.items, rec->tags.n, rec->library_name,
					 hf_record_has(rec, HF_F_BASE_MODELS) ? &rec->base_models : NULL,
					 rec->card ? &rec->card->root : NULL, &row->edges);
	for (int i = 0; i < row->edges.nedges; i++)
	{
		HfEdge	   *e = &row->edges.edges[i];

		e->parent_lid = lower_id(e->parent, (e->srcmask & HF_SRC_BASE_MODELS) ? "baseModels" : "tags",
								 "parent model", err);
		if (e->parent_lid == NULL)
			return false;
	}
	row->nulls[M_BASE_REL] = (row->edges.base_relation == HF_REL_NONE);
	if (!row->nulls[M_BASE_REL])
		row->values[M_BASE_REL] = tc->relation_value[row->edges.base_relation];
	row->nulls[M_N_BASE] = false;
	row->values[M_N_BASE] = Int32GetDatum(row->edges.n_base_models);
	return true;
}

/*
 * build_model: one model record.
 */
static bool
build_model(const HfRecord *rec, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	const HfStrings *tags = &rec->tags;

	if (!build_repo(rec, line, row, M_DOWNLOADS, true, M_TAGS, err))
		return false;
	set_cstring(row, M_PIPELINE, rec->pipeline_tag);
	set_cstring(row, M_LIBRARY, rec->library_name);
	set_cstring(row, M_LICENSE, tag_value(tags->items, tags->n, "license:"));
	set_ptr(row, M_CARD, rec->card);
	set_ptr(row, M_CONFIG, rec->config);
	build_config_fields(rec->config, row);
	set_int8(row, M_ST_TOTAL, rec->safetensors_total, !rec->has_safetensors_total);
	set_ptr(row, M_ST, rec->safetensors);
	set_int8(row, M_GGUF_TOTAL, rec->gguf_total, !rec->has_gguf_total);
	set_ptr(row, M_GGUF, rec->gguf);
	row->nulls[M_SIBLINGS] = (rec->siblings.n == 0);
	if (rec->siblings.n > 0)
		row->values[M_SIBLINGS] = PointerGetDatum(hf_text_array(rec->siblings.items, rec->siblings.n));
	build_flags(rec, row, M_PRIVATE, M_DISABLED, M_GATED);
	return build_edges(rec, tc, row, err);
}

/*
 * build_dataset: one dataset record; task categories, modalities and the
 * size category come from their tags.
 */
static bool
build_dataset(const HfRecord *rec, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	const HfStrings *tags = &rec->tags;

	if (!build_repo(rec, line, row, D_DOWNLOADS, true, D_TAGS, err))
		return false;
	set_ptr(row, D_TASKS, tag_values(tags->items, tags->n, "task_categories:"));
	set_ptr(row, D_MODALITIES, tag_values(tags->items, tags->n, "modality:"));
	set_cstring(row, D_SIZE, tag_value(tags->items, tags->n, "size_categories:"));
	set_cstring(row, D_LICENSE, tag_value(tags->items, tags->n, "license:"));
	build_flags(rec, row, D_PRIVATE, D_DISABLED, D_GATED);
	set_ptr(row, D_CARD, rec->card);
	return true;
}

/*
 * build_space: one Space record (no downloads).
 */
static bool
build_space(const HfRecord *rec, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	if (!build_repo(rec, line, row, S_LIKES, false, S_TAGS, err))
		return false;
	set_cstring(row, S_SDK, rec->sdk);
	set_ptr(row, S_MODELS, hf_text_array(rec->models.items, rec->models.n));
	set_ptr(row, S_DATASETS, hf_text_array(rec->datasets.items, rec->datasets.n));
	build_flags(rec, row, S_PRIVATE, S_DISABLED, -1);
	set_ptr(row, S_CARD, rec->card);
	return true;
}

/*
 * build_config: one {"id": ..., "config": {...}} record.
 */
static bool
build_config(const HfRecord *rec, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	if (rec->config == NULL)
		return hf_field_error(err, ERRCODE_NOT_NULL_VIOLATION, "config", "missing config object");
	row->values[C_LINE] = Int64GetDatum(line);
	row->nulls[C_LINE] = false;
	if ((row->lid = lower_id(rec->id, "id", "model", err)) == NULL)
		return false;
	set_cstring(row, C_LID, row->lid);
	row->nulls[C_KEY] = true;
	set_cstring(row, C_ID, rec->id);
	set_ptr(row, 4, rec->config);
	return true;
}

/*
 * The fields each kind reads, in the order they are checked: when a record
 * has several bad fields, the first of them is the one reported (as the
 * builders of 0.5 read them).
 */
static const HfField model_fields[] = {
	HF_F_ID, HF_F_AUTHOR, HF_F_CREATED_AT, HF_F_LAST_MODIFIED, HF_F_DOWNLOADS,
	HF_F_DOWNLOADS_ALL_TIME, HF_F_LIKES, HF_F_TRENDING_SCORE, HF_F_PIPELINE_TAG,
	HF_F_LIBRARY_NAME, HF_F_TAGS, HF_F_CARD_DATA, HF_F_CONFIG, HF_F_SAFETENSORS,
	HF_F_GGUF, HF_F_SIBLINGS, HF_F_PRIVATE, HF_F_DISABLED, HF_F_GATED, HF_F_BASE_MODELS
};
static const HfField dataset_fields[] = {
	HF_F_ID, HF_F_AUTHOR, HF_F_CREATED_AT, HF_F_LAST_MODIFIED, HF_F_DOWNLOADS,
	HF_F_DOWNLOADS_ALL_TIME, HF_F_LIKES, HF_F_TRENDING_SCORE, HF_F_TAGS, HF_F_PRIVATE,
	HF_F_DISABLED, HF_F_GATED, HF_F_CARD_DATA
};
static const HfField space_fields[] = {
	HF_F_ID, HF_F_AUTHOR, HF_F_CREATED_AT, HF_F_LAST_MODIFIED, HF_F_LIKES,
	HF_F_TRENDING_SCORE, HF_F_SDK, HF_F_TAGS, HF_F_MODELS, HF_F_DATASETS, HF_F_PRIVATE,
	HF_F_DISABLED, HF_F_CARD_DATA
};
static const HfField config_fields[] = {
	HF_F_MODEL_ID, HF_F_CONFIG
};

static const HfKindInfo kinds[] = {
	{"models", "stage_models", model_columns, lengthof(model_columns), true,
	model_fields, lengthof(model_fields), build_model},
	{"datasets", "stage_datasets", dataset_columns, lengthof(dataset_columns), true,
	dataset_fields, lengthof(dataset_fields), build_dataset},
	{"spaces", "stage_spaces", space_columns, lengthof(space_columns), true,
	space_fields, lengthof(space_fields), build_space},
	{"configs", "stage_configs", config_columns, lengthof(config_columns), false,
	config_fields, lengthof(config_fields), build_config},
};

/*
 * hf_kind_info: the description of a dump kind.
 */
const HfKindInfo *
hf_kind_info(HfKind kind)
{
	return &kinds[kind];
}

/*
 * hf_kind_from_name: parse "models", "datasets", "spaces" or "configs".
 */
bool
hf_kind_from_name(const char *name, HfKind *kind)
{
	for (int i = 0; i < (int) lengthof(kinds); i++)
		if (strcmp(kinds[i].name, name) == 0)
		{
			*kind = (HfKind) i;
			return true;
		}
	return false;
}
