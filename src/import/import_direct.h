/*
 * src/import/import_direct.h
 *
 * The plain-insert path of a models import: when no model of a batch can
 * have a row yet, its models, history, edges and card-base rows are written
 * straight into their tables, as COPY would, instead of through staging.
 * Their keys go to model_changes, as merge_models would record them.
 */
#ifndef HF_IMPORT_DIRECT_H
#define HF_IMPORT_DIRECT_H

#include "postgres.h"

#include "import/import_stage.h"

typedef struct HfDirect
{
	bool		usable;			/* false: use staging and merge_models */
	Oid			models;
	Oid			history;
	Oid			edges;
	Oid			cards;
	Oid			changes;		/* model_changes: the new keys, for refresh() */
	int			col_downloads;	/* positions in the staging row */
	int			col_downloads_all;
	int			col_likes;
} HfDirect;

extern void hf_direct_init(HfDirect *d, const HfKindInfo *kind, Oid schema);
extern int64 hf_direct_models(HfDirect *d, HfRow **rows, int nrows, Datum snapshot, const HfTypeCache *tc);

#endif							/* HF_IMPORT_DIRECT_H */
