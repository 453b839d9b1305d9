/*
 * src/import/import_stage.h
 *
 * Writing parsed rows into the unlogged staging tables of the extension
 * schema, a batch at a time.
 */
#ifndef HF_IMPORT_STAGE_H
#define HF_IMPORT_STAGE_H

#include "postgres.h"

#include "access/heapam.h"
#include "nodes/execnodes.h"
#include "utils/rel.h"

#include "import/import_record.h"

/* a staging table opened for inserts, with its (plain column) indexes */
typedef struct HfStageRel
{
	Relation	rel;
	int			nindexes;
	Relation   *indexes;
	IndexInfo **index_info;
} HfStageRel;

typedef struct HfStage
{
	const HfKindInfo *kind;
	Oid			schema;
	Oid			relid;
	Oid			edges_relid;
	Oid			cards_relid;
	HfStageRel	main;
	HfStageRel	edges;
	HfStageRel	cards;
	BulkInsertState bis;
	CommandId	cid;
	int64		nrows;
	int64		nedges;
} HfStage;

extern void hf_stage_init(HfStage *st, const HfKindInfo *kind, HfTypeCache *tc);
extern void hf_stage_begin_batch(HfStage *st);
extern void hf_stage_insert(HfStage *st, HfRow *row, const HfTypeCache *tc);
extern void hf_stage_end_batch(HfStage *st);
extern Oid	hf_extension_schema(void);
extern void hf_rel_open(HfStageRel *sr, Oid relid);
extern void hf_rel_close(HfStageRel *sr);
extern void hf_rel_insert(HfStageRel *sr, CommandId cid, Datum *values, bool *nulls, BulkInsertState bis);
extern int	hf_insert_lineage_rows(HfStageRel *edges, HfStageRel *cards, CommandId cid, HfRow *row,
								   const HfTypeCache *tc, BulkInsertState edge_bis);

#endif							/* HF_IMPORT_STAGE_H */
