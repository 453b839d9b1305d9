/*
 * src/import/record.h
 *
 * One Hub record as typed C values, between the readers of the dump formats
 * and the builder of the staging row (import_record.c).  The JSON reader
 * (record.c) fills it from the jsonb of a JSON record, the Parquet reader
 * (record_parquet.c) straight from the values of a Parquet row; neither goes
 * through the other's format.  Both check each value with the same per-field
 * check (hf_record_set), and in the order the kind lists its fields, which
 * decides the problem reported when a record has several.
 */
#ifndef HF_RECORD_H
#define HF_RECORD_H

#include "postgres.h"

#include "utils/jsonb.h"

#include "lineage/edges.h"
#include "util/json_util.h"

/* the Hub fields a record builder reads */
typedef enum HfField
{
	HF_F_ID,					/* "id" of a repo record */
	HF_F_MODEL_ID,				/* "id" of a config record */
	HF_F_AUTHOR,
	HF_F_CREATED_AT,
	HF_F_LAST_MODIFIED,
	HF_F_DOWNLOADS,
	HF_F_DOWNLOADS_ALL_TIME,
	HF_F_LIKES,
	HF_F_TRENDING_SCORE,
	HF_F_PIPELINE_TAG,
	HF_F_LIBRARY_NAME,
	HF_F_SDK,
	HF_F_TAGS,
	HF_F_SIBLINGS,
	HF_F_MODELS,
	HF_F_DATASETS,
	HF_F_PRIVATE,
	HF_F_DISABLED,
	HF_F_GATED,
	HF_F_CARD_DATA,
	HF_F_CONFIG,
	HF_F_SAFETENSORS,
	HF_F_GGUF,
	HF_F_BASE_MODELS,
	HF_NUM_FIELDS
} HfField;

#define HF_FIELD_BIT(f)		((uint32) 1 << (f))

/* a list of strings; absent and empty are both 0 items */
typedef struct HfStrings
{
	char	  **items;
	int			n;
} HfStrings;

/*
 * The record.  present has HF_FIELD_BIT(f) for each field the record has
 * (neither missing nor null); the others are zero.
 */
typedef struct HfRecord
{
	uint32		present;
	char	   *id;				/* HF_F_ID or HF_F_MODEL_ID */
	char	   *author;
	TimestampTz created_at;
	TimestampTz last_modified;
	int64		downloads;
	int64		downloads_all_time;
	int64		likes;
	double		trending_score;
	char	   *pipeline_tag;
	char	   *library_name;
	char	   *sdk;
	HfStrings	tags;
	HfStrings	siblings;		/* siblings[].rfilename */
	HfStrings	models;
	HfStrings	datasets;
	bool		private_repo;
	bool		disabled;
	char	   *gated;			/* "true", "false" or the string given */
	Jsonb	   *card;			/* the stored objects, as given */
	Jsonb	   *config;
	Jsonb	   *safetensors;
	Jsonb	   *gguf;
	int64		safetensors_total;	/* their "total", when has_*_total */
	int64		gguf_total;
	bool		has_safetensors_total;
	bool		has_gguf_total;
	HfBaseModels base_models;
} HfRecord;

extern const char *hf_field_key(HfField f);
extern bool hf_record_set(HfRecord *rec, HfField f, const JsonbValue *v, FieldError *err);
extern bool hf_record_from_jsonb(JsonbContainer *obj, const HfField *fields, int nfields,
								 HfRecord *rec, FieldError *err);

/* does the record have field f? */
static inline bool
hf_record_has(const HfRecord *rec, HfField f)
{
	return (rec->present & HF_FIELD_BIT(f)) != 0;
}

#endif							/* HF_RECORD_H */
