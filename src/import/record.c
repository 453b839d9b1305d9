/*
 * src/import/record.c
 *
 * The checks of each Hub field of a record (see record.h), shared by the
 * JSON and the Parquet reader, and the JSON reader itself: a lookup of each
 * field the kind reads in the record's jsonb object.
 */
#include "postgres.h"

#include "import/record.h"

/* the Hub API key of each field */
static const char *const field_keys[HF_NUM_FIELDS] = {
	[HF_F_ID] = "id",
	[HF_F_MODEL_ID] = "id",
	[HF_F_AUTHOR] = "author",
	[HF_F_CREATED_AT] = "createdAt",
	[HF_F_LAST_MODIFIED] = "lastModified",
	[HF_F_DOWNLOADS] = "downloads",
	[HF_F_DOWNLOADS_ALL_TIME] = "downloadsAllTime",
	[HF_F_LIKES] = "likes",
	[HF_F_TRENDING_SCORE] = "trendingScore",
	[HF_F_PIPELINE_TAG] = "pipeline_tag",
	[HF_F_LIBRARY_NAME] = "library_name",
	[HF_F_SDK] = "sdk",
	[HF_F_TAGS] = "tags",
	[HF_F_SIBLINGS] = "siblings",
	[HF_F_MODELS] = "models",
	[HF_F_DATASETS] = "datasets",
	[HF_F_PRIVATE] = "private",
	[HF_F_DISABLED] = "disabled",
	[HF_F_GATED] = "gated",
	[HF_F_CARD_DATA] = "cardData",
	[HF_F_CONFIG] = "config",
	[HF_F_SAFETENSORS] = "safetensors",
	[HF_F_GGUF] = "gguf",
	[HF_F_BASE_MODELS] = "baseModels",
};

/*
 * hf_field_key: the Hub API key of a field.
 */
const char *
hf_field_key(HfField f)
{
	return field_keys[f];
}

/*
 * repo_id: the id of a repo record: required, 1 to 256 characters, no
 * whitespace or control characters.
 */
static bool
repo_id(const JsonbValue *v, char **out, FieldError *err)
{
	char	   *id;

	if (v == NULL)
		return hf_field_error(err, ERRCODE_NOT_NULL_VIOLATION, "id", "missing repo id");
	if (!hf_value_cstring(v, "id", &id, err))
		return false;
	if (id[0] == '\0' || strlen(id) > 256)
		return hf_field_error(err, ERRCODE_INVALID_PARAMETER_VALUE, "id",
							  "repo id must have 1 to 256 characters");
	for (const char *p = id; *p; p++)
		if ((unsigned char) *p <= ' ')
			return hf_field_error(err, ERRCODE_INVALID_PARAMETER_VALUE, "id",
								  "repo id \"%.60s\" contains whitespace or control characters", id);
	*out = id;
	return true;
}

/*
 * model_id: the id of a config record: required, 1 to 256 characters.
 */
static bool
model_id(const JsonbValue *v, char **out, FieldError *err)
{
	char	   *id = NULL;

	if (v != NULL && !hf_value_cstring(v, "id", &id, err))
		return false;
	if (id == NULL || id[0] == '\0' || strlen(id) > 256)
		return hf_field_error(err, ERRCODE_NOT_NULL_VIOLATION, "id", "missing or invalid model id");
	*out = id;
	return true;
}

/* gated is false, true, "auto" or "manual": kept as text */
static bool
gated(const JsonbValue *v, char **out, FieldError *err)
{
	if (v->type == jbvBool)
		*out = pstrdup(v->val.boolean ? "true" : "false");
	else if (v->type == jbvString)
		*out = pnstrdup(v->val.string.val, v->val.string.len);
	else
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, "gated",
							  "expected a boolean or a string, got %s", hf_json_type_name(v));
	return true;
}

/*
 * object_total: the whole-number "total" member of a safetensors or gguf
 * object (key names the object in messages); absent leaves *has false.
 */
static bool
object_total(Jsonb *jb, const char *key, int64 *out, bool *has, FieldError *err)
{
	JsonbValue	v;

	if (!hf_json_get(&jb->root, "total", &v))
		return true;
	if (v.type != jbvNumeric)
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "\"total\": expected a number, got %s", hf_json_type_name(&v));
	if (!hf_numeric_to_int64(v.val.numeric, out) || *out < 0)
		return hf_field_error(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, key,
							  "\"total\": expected a non-negative whole number");
	*has = true;
	return true;
}

/*
 * hf_record_set: check value v of field f and store it in the record; v is
 * NULL when the record lacks the field (missing or null), which only the
 * ids refuse.  False with err filled when the value is of the wrong JSON
 * type or absurd.  cardData and config only need to be objects: they are
 * user-written and kept as given; safetensors and gguf are the Hub's, and
 * their "total" must be a count.
 */
bool
hf_record_set(HfRecord *rec, HfField f, const JsonbValue *v, FieldError *err)
{
	const char *key = field_keys[f];
	bool		ok;

	if (f == HF_F_ID)
		ok = repo_id(v, &rec->id, err);
	else if (f == HF_F_MODEL_ID)
		ok = model_id(v, &rec->id, err);
	else if (v == NULL)
		return true;
	else
	{
		switch (f)
		{
			case HF_F_AUTHOR:
				ok = hf_value_cstring(v, key, &rec->author, err);
				break;
			case HF_F_CREATED_AT:
				ok = hf_value_timestamp(v, key, &rec->created_at, err);
				break;
			case HF_F_LAST_MODIFIED:
				ok = hf_value_timestamp(v, key, &rec->last_modified, err);
				break;
			case HF_F_DOWNLOADS:
				ok = hf_value_count(v, key, &rec->downloads, err);
				break;
			case HF_F_DOWNLOADS_ALL_TIME:
				ok = hf_value_count(v, key, &rec->downloads_all_time, err);
				break;
			case HF_F_LIKES:
				ok = hf_value_count(v, key, &rec->likes, err);
				break;
			case HF_F_TRENDING_SCORE:
				ok = hf_value_float(v, key, &rec->trending_score, err);
				break;
			case HF_F_PIPELINE_TAG:
				ok = hf_value_cstring(v, key, &rec->pipeline_tag, err);
				break;
			case HF_F_LIBRARY_NAME:
				ok = hf_value_cstring(v, key, &rec->library_name, err);
				break;
			case HF_F_SDK:
				ok = hf_value_cstring(v, key, &rec->sdk, err);
				break;
			case HF_F_TAGS:
				ok = hf_value_string_list(v, key, NULL, &rec->tags.items, &rec->tags.n, err);
				break;
			case HF_F_SIBLINGS:
				ok = hf_value_string_list(v, key, "rfilename", &rec->siblings.items, &rec->siblings.n, err);
				break;
			case HF_F_MODELS:
				ok = hf_value_string_list(v, key, NULL, &rec->models.items, &rec->models.n, err);
				break;
			case HF_F_DATASETS:
				ok = hf_value_string_list(v, key, NULL, &rec->datasets.items, &rec->datasets.n, err);
				break;
			case HF_F_PRIVATE:
				ok = hf_value_bool(v, key, &rec->private_repo, err);
				break;
			case HF_F_DISABLED:
				ok = hf_value_bool(v, key, &rec->disabled, err);
				break;
			case HF_F_GATED:
				ok = gated(v, &rec->gated, err);
				break;
			case HF_F_CARD_DATA:
				ok = hf_value_jsonb(v, key, &rec->card, err);
				break;
			case HF_F_CONFIG:
				ok = hf_value_jsonb(v, key, &rec->config, err);
				break;
			case HF_F_SAFETENSORS:
				ok = hf_value_jsonb(v, key, &rec->safetensors, err) &&
					object_total(rec->safetensors, key, &rec->safetensors_total,
								 &rec->has_safetensors_total, err);
				break;
			case HF_F_GGUF:
				ok = hf_value_jsonb(v, key, &rec->gguf, err) &&
					object_total(rec->gguf, key, &rec->gguf_total, &rec->has_gguf_total, err);
				break;
			case HF_F_BASE_MODELS:
				ok = hf_value_base_models(v, &rec->base_models, err);
				break;
			default:
				elog(ERROR, "unexpected record field %d", (int) f);
				ok = false;		/* keep compiler quiet */
				break;
		}
	}
	if (ok)
		rec->present |= HF_FIELD_BIT(f);
	return ok;
}

/*
 * hf_record_from_jsonb: read the fields of a JSON record (a jsonb object) in
 * the order given, stopping at the first bad one.
 */
bool
hf_record_from_jsonb(JsonbContainer *obj, const HfField *fields, int nfields,
					 HfRecord *rec, FieldError *err)
{
	for (int i = 0; i < nfields; i++)
	{
		JsonbValue	v;
		bool		found = hf_json_get(obj, field_keys[fields[i]], &v);

		if (!hf_record_set(rec, fields[i], found ? &v : NULL, err))
			return false;
	}
	return true;
}
