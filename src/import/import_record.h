/*
 * src/import/import_record.h
 *
 * Turning one Hub record (typed, record.h) into a row of the matching
 * staging table (hfstate.stage_models, stage_datasets, stage_spaces,
 * stage_configs), plus, for models, its base-model edges; and the fields
 * each kind reads, in the order the readers check them.
 */
#ifndef HF_IMPORT_RECORD_H
#define HF_IMPORT_RECORD_H

#include "postgres.h"

#include "import/record.h"
#include "lineage/edges.h"
#include "util/json_util.h"

#define HF_MAX_STAGE_COLS 32
#define HF_MAX_ID_BYTES 1024	/* longest lower-cased repo id */

typedef enum HfKind
{
	HF_KIND_MODELS,
	HF_KIND_DATASETS,
	HF_KIND_SPACES,
	HF_KIND_CONFIGS
} HfKind;

/* type OIDs and enum values looked up once per import */
typedef struct HfTypeCache
{
	Oid			relation_type;
	Oid			relation_array_type;
	Datum		relation_value[HF_NUM_RELATIONS];
} HfTypeCache;

typedef struct HfRow
{
	Datum		values[HF_MAX_STAGE_COLS];
	bool		nulls[HF_MAX_STAGE_COLS];
	HfEdgeSet	edges;			/* models only */
	const char *lid;			/* lower-cased id */
	bool		skip;			/* a later record of the batch has the same id */
} HfRow;

typedef struct HfKindInfo
{
	const char *name;			/* "models", ... */
	const char *stage_table;	/* "stage_models" */
	const char *const *columns; /* the staging table's columns, in order */
	int			ncolumns;
	bool		needs_snapshot;
	const HfField *fields;		/* the fields read, in the order checked */
	int			nfields;
	bool		(*build) (const HfRecord *rec, int64 line, const HfTypeCache *tc,
						  HfRow *row, FieldError *err);
} HfKindInfo;

extern const HfKindInfo *hf_kind_info(HfKind kind);
extern bool hf_kind_from_name(const char *name, HfKind *kind);

#endif							/* HF_IMPORT_RECORD_H */
