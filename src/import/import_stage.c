/*
 * src/import/import_stage.c
 *
 * Staging-table writes (see import_stage.h).  Rows go in with heap_insert and
 * a bulk-insert state; the merge functions then read them through SPI.
 */
#include "postgres.h"

#include "access/genam.h"
#include "access/table.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/syscache.h"

#include "import/import_stage.h"

/*
 * hf_extension_schema: OID of the schema hfstate lives in (fixed by the
 * control file: schema = hfstate, relocatable = false).
 */
Oid
hf_extension_schema(void)
{
	return get_namespace_oid("hfstate", false);
}

/* OID of a staging table, checking its columns against the C list */
static Oid
stage_relid(Oid schema, const char *name, const char *const *columns, int ncolumns)
{
	Oid			relid = get_relname_relid(name, schema);
	Relation	rel;
	TupleDesc	td;

	if (!OidIsValid(relid))
		elog(ERROR, "hfstate staging table %s is missing", name);
	rel = table_open(relid, AccessShareLock);
	td = RelationGetDescr(rel);
	if (columns != NULL)
	{
		if (td->natts != ncolumns)
			elog(ERROR, "hfstate staging table %s has %d columns, expected %d", name, td->natts, ncolumns);
		for (int i = 0; i < ncolumns; i++)
			if (strcmp(NameStr(TupleDescAttr(td, i)->attname), columns[i]) != 0)
				elog(ERROR, "hfstate staging table %s column %d is %s, expected %s",
					 name, i + 1, NameStr(TupleDescAttr(td, i)->attname), columns[i]);
	}
	table_close(rel, AccessShareLock);
	return relid;
}

/*
 * hf_stage_init: find the staging tables of a kind and the enum values the
 * rows need.
 */
void
hf_stage_init(HfStage *st, const HfKindInfo *kind, HfTypeCache *tc)
{
	memset(st, 0, sizeof(*st));
	st->kind = kind;
	st->schema = hf_extension_schema();
	st->relid = stage_relid(st->schema, kind->stage_table, kind->columns, kind->ncolumns);
	if (strcmp(kind->name, "models") == 0)
	{
		static const char *const edge_cols[] = {"child", "parent", "relation", "relations", "sources", "inferred"};
		static const char *const card_cols[] = {"child", "parent", "relation", "inferred", "parent_lid"};

		st->edges_relid = stage_relid(st->schema, "stage_edges", edge_cols, lengthof(edge_cols));
		st->cards_relid = stage_relid(st->schema, "stage_card_bases", card_cols, lengthof(card_cols));
	}
	tc->relation_type = GetSysCacheOid2(TYPENAMENSP, Anum_pg_type_oid,
										CStringGetDatum("relation"), ObjectIdGetDatum(st->schema));
	if (!OidIsValid(tc->relation_type))
		elog(ERROR, "hfstate type relation is missing");
	tc->relation_array_type = get_array_type(tc->relation_type);
	for (int r = 0; r < HF_NUM_RELATIONS; r++)
		tc->relation_value[r] = DirectFunctionCall2(enum_in, CStringGetDatum(hf_relation_names[r]),
													ObjectIdGetDatum(tc->relation_type));
}

/*
 * hf_rel_open: open a table for direct inserts, with its indexes (plain
 * column indexes only; the staging tables and the tables the plain-insert
 * path writes have no others).
 */
void
hf_rel_open(HfStageRel *sr, Oid relid)
{
	List	   *oids;
	ListCell   *lc;
	int			i = 0;

	sr->rel = table_open(relid, RowExclusiveLock);
	oids = RelationGetIndexList(sr->rel);
	sr->nindexes = list_length(oids);
	sr->indexes = palloc(sizeof(Relation) * Max(sr->nindexes, 1));
	sr->index_info = palloc(sizeof(IndexInfo *) * Max(sr->nindexes, 1));
	foreach(lc, oids)
	{
		sr->indexes[i] = index_open(lfirst_oid(lc), RowExclusiveLock);
		sr->index_info[i] = BuildIndexInfo(sr->indexes[i]);
		if (sr->index_info[i]->ii_Expressions != NIL || sr->index_info[i]->ii_Predicate != NIL)
			elog(ERROR, "hfstate writes directly only to tables with plain column indexes");
		i++;
	}
}

/*
 * hf_rel_close: close a table opened by hf_rel_open (locks are kept to the
 * end of the transaction).
 */
void
hf_rel_close(HfStageRel *sr)
{
	for (int i = 0; i < sr->nindexes; i++)
		index_close(sr->indexes[i], NoLock);
	table_close(sr->rel, NoLock);
	sr->rel = NULL;
}

/*
 * hf_stage_begin_batch: empty the staging tables and open them for inserts.
 */
void
hf_stage_begin_batch(HfStage *st)
{
	char	   *sql;

	if (st->edges_relid)
		sql = psprintf("TRUNCATE %s.%s, %s.stage_edges, %s.stage_card_bases",
					   quote_identifier(get_namespace_name(st->schema)), st->kind->stage_table,
					   quote_identifier(get_namespace_name(st->schema)),
					   quote_identifier(get_namespace_name(st->schema)));
	else
		sql = psprintf("TRUNCATE %s.%s", quote_identifier(get_namespace_name(st->schema)),
					   st->kind->stage_table);
	if (SPI_execute(sql, false, 0) != SPI_OK_UTILITY)
		elog(ERROR, "could not empty the hfstate staging tables");
	hf_rel_open(&st->main, st->relid);
	if (st->edges_relid)
	{
		hf_rel_open(&st->edges, st->edges_relid);
		hf_rel_open(&st->cards, st->cards_relid);
	}
	st->bis = GetBulkInsertState();
	st->cid = GetCurrentCommandId(true);
	st->nrows = 0;
	st->nedges = 0;
}

/*
 * hf_rel_insert: insert one tuple and its index entries; unique indexes are
 * checked (a duplicate raises 23505), the others are not.
 */
void
hf_rel_insert(HfStageRel *sr, CommandId cid, Datum *values, bool *nulls, BulkInsertState bis)
{
	HeapTuple	tup = heap_form_tuple(RelationGetDescr(sr->rel), values, nulls);

	heap_insert(sr->rel, tup, cid, 0, bis);
	for (int i = 0; i < sr->nindexes; i++)
	{
		IndexInfo  *ii = sr->index_info[i];
		Datum		iv[INDEX_MAX_KEYS];
		bool		in[INDEX_MAX_KEYS];

		for (int k = 0; k < ii->ii_NumIndexAttrs; k++)
		{
			AttrNumber	att = ii->ii_IndexAttrNumbers[k];

			iv[k] = values[att - 1];
			in[k] = nulls[att - 1];
		}
		index_insert(sr->indexes[i], iv, in, &tup->t_self, sr->rel,
					 sr->indexes[i]->rd_index->indisunique ? UNIQUE_CHECK_YES : UNIQUE_CHECK_NO,
					 false, ii);
	}
	heap_freetuple(tup);
}

/*
 * hf_insert_lineage_rows: the edges and card bases of one model row, into
 * tables shaped like model_edges and model_card_bases (the staging tables or
 * those themselves); edge_bis (may be NULL) is the bulk-insert state for the
 * edges.  Returns the number of edges.
 */
int
hf_insert_lineage_rows(HfStageRel *edges, HfStageRel *cards, CommandId cid, HfRow *row,
					   const HfTypeCache *tc, BulkInsertState edge_bis)
{
	for (int i = 0; i < row->edges.nedges; i++)
	{
		HfEdge	   *e = &row->edges.edges[i];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};
		Datum		rels[HF_NUM_RELATIONS];
		Datum		srcs[HF_NUM_SOURCES];
		int			nrels = 0,
					nsrcs = 0;

		for (int r = 0; r < HF_NUM_RELATIONS; r++)
			if (e->relmask & (1 << r))
				rels[nrels++] = tc->relation_value[r];
		for (int s = 0; s < HF_NUM_SOURCES; s++)
			if (e->srcmask & (1 << s))
				srcs[nsrcs++] = CStringGetTextDatum(hf_source_names[s]);
		values[0] = row->values[2];
		values[1] = Int32GetDatum(e->parent_key);
		values[2] = tc->relation_value[e->relation];
		values[3] = PointerGetDatum(construct_array(rels, nrels, tc->relation_type, 4, true, TYPALIGN_INT));
		values[4] = PointerGetDatum(construct_array(srcs, nsrcs, TEXTOID, -1, false, TYPALIGN_INT));
		values[5] = BoolGetDatum(e->inferred);
		hf_rel_insert(edges, cid, values, nulls, edge_bis);
	}
	for (int i = 0; i < row->edges.ncards; i++)
	{
		HfCardBase *c = &row->edges.cards[i];
		Datum		values[5];
		bool		nulls[5] = {false, false, false, false, false};

		values[0] = row->values[2];
		values[1] = CStringGetTextDatum(c->parent);
		values[2] = tc->relation_value[c->relation];
		values[3] = BoolGetDatum(c->inferred);
		values[4] = CStringGetTextDatum(hf_lower_id(c->parent));
		hf_rel_insert(cards, cid, values, nulls, NULL);
	}
	return row->edges.nedges;
}

/*
 * hf_stage_insert: write one row, and for models its edges and card bases.
 */
void
hf_stage_insert(HfStage *st, HfRow *row, const HfTypeCache *tc)
{
	hf_rel_insert(&st->main, st->cid, row->values, row->nulls, st->bis);
	st->nrows++;
	if (st->edges.rel != NULL)
		st->nedges += hf_insert_lineage_rows(&st->edges, &st->cards, st->cid, row, tc, NULL);
}

/*
 * hf_stage_end_batch: close the staging tables and make the rows visible to
 * the merge statements.
 */
void
hf_stage_end_batch(HfStage *st)
{
	FreeBulkInsertState(st->bis);
	st->bis = NULL;
	hf_rel_close(&st->main);
	if (st->edges.rel)
	{
		hf_rel_close(&st->edges);
		hf_rel_close(&st->cards);
	}
	CommandCounterIncrement();
}
