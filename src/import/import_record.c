/*
 * src/import/import_record.c
 *
 * Record builders for each kind of Hub dump (see import_record.h).  Missing
 * and unknown keys are normal (schema drift); a Hub field of the wrong JSON
 * type or with an absurd value makes the record a reject.  Fields copied from
 * user-written YAML (cardData, config) are kept raw and never reject a record.
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
static bool
set_bool_field(HfRow *row, int col, JsonbContainer *obj, const char *key, FieldError *err)
{
	bool		b;
	bool		isnull;

	if (!hf_get_bool(obj, key, &b, &isnull, err))
		return false;
	row->nulls[col] = isnull;
	row->values[col] = BoolGetDatum(b);
	return true;
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
 * build_common: id, lid, author and timestamps, shared by every repo kind.
 * The id is required; author falls back to the id's namespace.
 */
static bool
build_common(JsonbContainer *obj, int64 line, HfRow *row, char **id_out, FieldError *err)
{
	char	   *id;
	char	   *author;
	TimestampTz ts;
	bool		isnull;
	static TimestampTz sentinel = 0;

	if (sentinel == 0 && !hf_parse_iso_timestamp(HF_SENTINEL_CREATED, strlen(HF_SENTINEL_CREATED), &sentinel))
		elog(ERROR, "cannot parse the createdAt sentinel");

	if (!hf_get_cstring(obj, "id", &id, err))
		return false;
	if (id == NULL)
		return hf_field_error(err, ERRCODE_NOT_NULL_VIOLATION, "id", "missing repo id");
	if (id[0] == '\0' || strlen(id) > 256)
		return hf_field_error(err, ERRCODE_INVALID_PARAMETER_VALUE, "id",
							  "repo id must have 1 to 256 characters");
	for (const char *p = id; *p; p++)
		if ((unsigned char) *p <= ' ')
			return hf_field_error(err, ERRCODE_INVALID_PARAMETER_VALUE, "id",
								  "repo id \"%.60s\" contains whitespace or control characters", id);
	if (!hf_get_cstring(obj, "author", &author, err))
		return false;
	if (author == NULL || author[0] == '\0')
	{
		const char *slash = strchr(id, '/');

		author = slash ? pnstrdup(id, slash - id) : NULL;
	}

	row->values[C_LINE] = Int64GetDatum(line);
	row->nulls[C_LINE] = false;
	if ((row->lid = lower_id(id, "id", "repo", err)) == NULL)
		return false;
	set_cstring(row, C_LID, row->lid);
	row->nulls[C_KEY] = true;
	set_cstring(row, C_ID, id);
	set_cstring(row, C_AUTHOR, author);

	if (!hf_get_timestamp(obj, "createdAt", &ts, &isnull, err))
		return false;
	row->nulls[C_CREATED_AT] = isnull;
	row->values[C_CREATED_AT] = TimestampTzGetDatum(ts);
	row->nulls[C_CREATED_YEAR] = isnull || ts == sentinel;
	row->values[C_CREATED_YEAR] = Int16GetDatum(isnull ? 0 : hf_timestamp_year(ts));
	if (!hf_get_timestamp(obj, "lastModified", &ts, &isnull, err))
		return false;
	row->nulls[C_LAST_MODIFIED] = isnull;
	row->values[C_LAST_MODIFIED] = TimestampTzGetDatum(ts);
	*id_out = id;
	return true;
}

/* downloads, downloadsAllTime, likes, trendingScore into consecutive columns */
static bool
build_counters(JsonbContainer *obj, HfRow *row, int first, bool with_downloads, FieldError *err)
{
	int64		v;
	double		f;
	bool		isnull;
	int			col = first;

	if (with_downloads)
	{
		if (!hf_get_count(obj, "downloads", &v, &isnull, err))
			return false;
		set_int8(row, col++, v, isnull);
		if (!hf_get_count(obj, "downloadsAllTime", &v, &isnull, err))
			return false;
		set_int8(row, col++, v, isnull);
	}
	if (!hf_get_count(obj, "likes", &v, &isnull, err))
		return false;
	set_int8(row, col++, v, isnull);
	if (!hf_get_float(obj, "trendingScore", &f, &isnull, err))
		return false;
	row->nulls[col] = isnull;
	row->values[col] = Float8GetDatum(f);
	return true;
}

/* gated is false, true, "auto" or "manual": kept as text */
static bool
build_gated(JsonbContainer *obj, HfRow *row, int col, FieldError *err)
{
	JsonbValue	v;

	row->nulls[col] = true;
	if (!hf_json_get(obj, "gated", &v))
		return true;
	if (v.type == jbvBool)
		set_cstring(row, col, v.val.boolean ? "true" : "false");
	else if (v.type == jbvString)
		row->values[col] = PointerGetDatum(cstring_to_text_with_len(v.val.string.val, v.val.string.len)),
			row->nulls[col] = false;
	else
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, "gated",
							  "expected a boolean or a string, got %s", hf_json_type_name(&v));
	return true;
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

/* a whole-number member of an object, or NULL-flag */
static bool
build_total(JsonbContainer *obj, const char *objkey, HfRow *row, int col, FieldError *err)
{
	JsonbValue	v;
	int64		n;

	row->nulls[col] = true;
	if (obj == NULL || !hf_json_get(obj, "total", &v))
		return true;
	if (v.type != jbvNumeric)
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, objkey,
							  "\"total\": expected a number, got %s", hf_json_type_name(&v));
	if (!hf_numeric_to_int64(v.val.numeric, &n) || n < 0)
		return hf_field_error(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, objkey,
							  "\"total\": expected a non-negative whole number");
	set_int8(row, col, n, false);
	return true;
}

/* model edges, relations and sources as staged arrays are built in import_stage.c */

/*
 * build_model: one model record.
 */
static bool
build_model(JsonbContainer *obj, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	char	   *id;
	char	  **tags;
	int			ntags;
	char	  **files;
	int			nfiles;
	char	   *library;
	JsonbContainer *card;
	JsonbContainer *config;
	JsonbContainer *st;
	JsonbContainer *gguf;
	Jsonb	   *jb;

	if (!build_common(obj, line, row, &id, err) ||
		!build_counters(obj, row, M_DOWNLOADS, true, err))
		return false;
	if (!hf_get_cstring(obj, "pipeline_tag", &library, err))
		return false;
	set_cstring(row, M_PIPELINE, library);
	if (!hf_get_cstring(obj, "library_name", &library, err))
		return false;
	set_cstring(row, M_LIBRARY, library);

	if (!hf_get_string_list(obj, "tags", NULL, &tags, &ntags, err))
		return false;
	set_ptr(row, M_TAGS, hf_text_array(tags, ntags));
	set_cstring(row, M_LICENSE, tag_value(tags, ntags, "license:"));

	/* cardData and config are user-written: kept raw, read loosely */
	if (!hf_get_object(obj, "cardData", &card, err))
		return false;
	if (!hf_get_jsonb(obj, "cardData", &jb, err))
		return false;
	set_ptr(row, M_CARD, jb);
	if (!hf_get_object(obj, "config", &config, err) ||
		!hf_get_jsonb(obj, "config", &jb, err))
		return false;
	set_ptr(row, M_CONFIG, jb);
	set_cstring(row, M_MODEL_TYPE, loose_string(config, "model_type"));
	row->nulls[M_ARCH] = true;
	row->nulls[M_QUANT] = true;
	if (config)
	{
		JsonbValue	v;

		if (hf_json_get(config, "architectures", &v) && v.type == jbvBinary &&
			JsonContainerIsArray(v.val.binary.data) && JsonContainerSize(v.val.binary.data) > 0)
		{
			JsonbValue *a = getIthJsonbValueFromContainer(v.val.binary.data, 0);

			if (a->type == jbvString)
				set_cstring(row, M_ARCH, pnstrdup(a->val.string.val, a->val.string.len));
		}
		if (hf_json_get(config, "quantization_config", &v) && v.type == jbvBinary &&
			JsonContainerIsObject(v.val.binary.data))
			set_cstring(row, M_QUANT, loose_string(v.val.binary.data, "quant_method"));
	}

	/* safetensors and gguf are computed by the Hub: typed strictly */
	if (!hf_get_object(obj, "safetensors", &st, err) ||
		!build_total(st, "safetensors", row, M_ST_TOTAL, err) ||
		!hf_get_jsonb(obj, "safetensors", &jb, err))
		return false;
	set_ptr(row, M_ST, jb);
	if (!hf_get_object(obj, "gguf", &gguf, err) ||
		!build_total(gguf, "gguf", row, M_GGUF_TOTAL, err) ||
		!hf_get_jsonb(obj, "gguf", &jb, err))
		return false;
	set_ptr(row, M_GGUF, jb);

	if (!hf_get_string_list(obj, "siblings", "rfilename", &files, &nfiles, err))
		return false;
	row->nulls[M_SIBLINGS] = (nfiles == 0);
	if (nfiles > 0)
		row->values[M_SIBLINGS] = PointerGetDatum(hf_text_array(files, nfiles));
	if (!set_bool_field(row, M_PRIVATE, obj, "private", err) ||
		!set_bool_field(row, M_DISABLED, obj, "disabled", err) ||
		!build_gated(obj, row, M_GATED, err))
		return false;

	if (!hf_extract_edges(id, tags, ntags, library, obj, card, &row->edges, err))
		return false;
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
 * build_dataset: one dataset record; task categories, modalities and the
 * size category come from their tags.
 */
static bool
build_dataset(JsonbContainer *obj, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	char	   *id;
	char	  **tags;
	int			ntags;
	Jsonb	   *jb;

	if (!build_common(obj, line, row, &id, err) ||
		!build_counters(obj, row, D_DOWNLOADS, true, err))
		return false;
	if (!hf_get_string_list(obj, "tags", NULL, &tags, &ntags, err))
		return false;
	set_ptr(row, D_TAGS, hf_text_array(tags, ntags));
	set_ptr(row, D_TASKS, tag_values(tags, ntags, "task_categories:"));
	set_ptr(row, D_MODALITIES, tag_values(tags, ntags, "modality:"));
	set_cstring(row, D_SIZE, tag_value(tags, ntags, "size_categories:"));
	set_cstring(row, D_LICENSE, tag_value(tags, ntags, "license:"));
	if (!set_bool_field(row, D_PRIVATE, obj, "private", err) ||
		!set_bool_field(row, D_DISABLED, obj, "disabled", err) ||
		!build_gated(obj, row, D_GATED, err) ||
		!hf_get_jsonb(obj, "cardData", &jb, err))
		return false;
	set_ptr(row, D_CARD, jb);
	return true;
}

/*
 * build_space: one Space record (no downloads).
 */
static bool
build_space(JsonbContainer *obj, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	char	   *id;
	char	  **items;
	int			n;
	char	   *sdk;
	Jsonb	   *jb;

	if (!build_common(obj, line, row, &id, err) ||
		!build_counters(obj, row, S_LIKES, false, err))
		return false;
	if (!hf_get_cstring(obj, "sdk", &sdk, err))
		return false;
	set_cstring(row, S_SDK, sdk);
	if (!hf_get_string_list(obj, "tags", NULL, &items, &n, err))
		return false;
	set_ptr(row, S_TAGS, hf_text_array(items, n));
	if (!hf_get_string_list(obj, "models", NULL, &items, &n, err))
		return false;
	set_ptr(row, S_MODELS, hf_text_array(items, n));
	if (!hf_get_string_list(obj, "datasets", NULL, &items, &n, err))
		return false;
	set_ptr(row, S_DATASETS, hf_text_array(items, n));
	if (!set_bool_field(row, S_PRIVATE, obj, "private", err) ||
		!set_bool_field(row, S_DISABLED, obj, "disabled", err) ||
		!hf_get_jsonb(obj, "cardData", &jb, err))
		return false;
	set_ptr(row, S_CARD, jb);
	return true;
}

/*
 * build_config: one {"id": ..., "config": {...}} record.
 */
static bool
build_config(JsonbContainer *obj, int64 line, const HfTypeCache *tc, HfRow *row, FieldError *err)
{
	char	   *id;
	Jsonb	   *jb;

	if (!hf_get_cstring(obj, "id", &id, err))
		return false;
	if (id == NULL || id[0] == '\0' || strlen(id) > 256)
		return hf_field_error(err, ERRCODE_NOT_NULL_VIOLATION, "id", "missing or invalid model id");
	if (!hf_get_jsonb(obj, "config", &jb, err))
		return false;
	if (jb == NULL)
		return hf_field_error(err, ERRCODE_NOT_NULL_VIOLATION, "config", "missing config object");
	row->values[C_LINE] = Int64GetDatum(line);
	row->nulls[C_LINE] = false;
	if ((row->lid = lower_id(id, "id", "model", err)) == NULL)
		return false;
	set_cstring(row, C_LID, row->lid);
	row->nulls[C_KEY] = true;
	set_cstring(row, C_ID, id);
	set_ptr(row, 4, jb);
	return true;
}

static const HfKindInfo kinds[] = {
	{"models", "stage_models", model_columns, lengthof(model_columns), true, build_model},
	{"datasets", "stage_datasets", dataset_columns, lengthof(dataset_columns), true, build_dataset},
	{"spaces", "stage_spaces", space_columns, lengthof(space_columns), true, build_space},
	{"configs", "stage_configs", config_columns, lengthof(config_columns), false, build_config},
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
