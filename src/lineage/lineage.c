/*
 * src/lineage/lineage.c
 *
 * SQL-callable lineage functions over the model graph:
 *
 *	lineage_graph(child int4[], parent int4[], relation text[])
 *		the lineage measures of a caller's own edge list (pure);
 *	refresh_lineage()
 *		reads hfstate.model_nodes and hfstate.model_edges straight from the
 *		heap as integers, computes the measures in memory and replaces the
 *		contents of hfstate.lineage in the calling transaction.
 *
 * The graph work itself is in graph.c.
 */
#include "postgres.h"

#include "access/heapam.h"
#include "access/htup_details.h"
#include "access/table.h"
#include "access/tableam.h"
#include "access/xact.h"
#include "catalog/index.h"
#include "catalog/namespace.h"
#include "catalog/pg_enum.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "executor/tuptable.h"
#include "fmgr.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "portability/instr_time.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rel.h"
#include "utils/snapmgr.h"
#include "utils/syscache.h"
#include "utils/tuplestore.h"

#include "lineage/graph.h"

/* labels of hfstate.relation, indexed by HF_GRAPH_* */
static const char *const hf_lin_rel_labels[HF_GRAPH_NREL] = {
	"finetune", "adapter", "quantized", "merge"
};

#define HF_LIN_GRAPH_COLS	13	/* columns of lineage_graph() */
#define HF_LIN_TABLE_COLS	14	/* columns of hfstate.lineage */
#define HF_LIN_REFRESH_COLS 7	/* columns of refresh_lineage() */
#define HF_LIN_BATCH		1000	/* rows per table_multi_insert() call */

/*
 * Map one relation label to HF_GRAPH_*; a NULL label (not given) is a
 * finetune, the inference fallback of docs/lineage.md.  Any other label
 * raises 22023 naming the 1-based array position.
 */
static int8
hf_lin_rel_from_text(Datum label, bool isnull, int position)
{
	char	   *s;
	int			r;

	if (isnull)
		return HF_GRAPH_FINETUNE;
	s = TextDatumGetCString(label);
	for (r = 0; r < HF_GRAPH_NREL; r++)
	{
		if (strcmp(s, hf_lin_rel_labels[r]) == 0)
		{
			pfree(s);
			return (int8) r;
		}
	}
	ereport(ERROR,
			(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
			 errmsg("invalid relation \"%s\" in lineage edge list", s),
			 errdetail("Element %d of the relation array is not a relation.",
					   position),
			 errhint("Use finetune, adapter, quantized, merge or NULL.")));
	return HF_GRAPH_FINETUNE;	/* keep compiler quiet */
}

/*
 * Deconstruct a one-dimensional int4 array argument into a palloc'd int32
 * array; *n receives the element count (0 for an empty array).  A NULL
 * element raises 22004: an edge needs both ends.
 */
static int32 *
hf_lin_int4_array(ArrayType *arr, const char *argname, int *n)
{
	Datum	   *elems;
	bool	   *nulls;
	int32	   *out;
	int			i;

	deconstruct_array(arr, INT4OID, sizeof(int32), true, TYPALIGN_INT,
					  &elems, &nulls, n);
	out = (int32 *) hf_graph_alloc(sizeof(int32) * (Size) Max(*n, 1));
	for (i = 0; i < *n; i++)
	{
		if (nulls[i])
			ereport(ERROR,
					(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
					 errmsg("null node in lineage edge list"),
					 errdetail("Element %d of the %s array is NULL.",
							   i + 1, argname),
					 errhint("Filter out edges with a NULL end before the call.")));
		out[i] = DatumGetInt32(elems[i]);
	}
	pfree(elems);
	pfree(nulls);
	return out;
}

/*
 * lineage_graph(child int4[], parent int4[], relation text[] DEFAULT NULL)
 *
 * The lineage measures (depths, roots, cycles, children, distinct
 * descendants split by relation) of every node of the edge list
 * child[i] -> parent[i], one row per distinct value of child || parent in
 * ascending order.  Declared not STRICT because relation may be NULL (every
 * edge a finetune); a NULL child or parent array gives no rows, as STRICT
 * would.  Empty arrays give no rows.  Arrays of different lengths or an
 * unknown relation raise 22023; a NULL node raises 22004; NULL relation
 * elements are finetunes.  Multi-dimensional arrays are read flat.
 */
PG_FUNCTION_INFO_V1(hfstate_lineage_graph);
Datum
hfstate_lineage_graph(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	MemoryContext work;
	MemoryContext old;
	int32	   *child;
	int32	   *parent;
	int8	   *rel = NULL;
	int32	   *keys;
	int			nchild;
	int			nparent;
	int32		n;
	int			i;
	HfGraph    *g;

	InitMaterializedSRF(fcinfo, 0);
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		return (Datum) 0;

	work = AllocSetContextCreate(CurrentMemoryContext, "hfstate lineage_graph",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);

	child = hf_lin_int4_array(PG_GETARG_ARRAYTYPE_P(0), "child", &nchild);
	parent = hf_lin_int4_array(PG_GETARG_ARRAYTYPE_P(1), "parent", &nparent);
	if (nchild != nparent)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("child and parent arrays differ in length"),
				 errdetail("The child array has %d elements and the parent array %d.",
						   nchild, nparent),
				 errhint("Pass one child and one parent per edge.")));
	if (!PG_ARGISNULL(2))
	{
		Datum	   *elems;
		bool	   *nulls;
		int			nrel;

		deconstruct_array(PG_GETARG_ARRAYTYPE_P(2), TEXTOID, -1, false,
						  TYPALIGN_INT, &elems, &nulls, &nrel);
		if (nrel != nchild)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("relation array differs in length from the edge list"),
					 errdetail("The edge list has %d edges and the relation array %d elements.",
							   nchild, nrel),
					 errhint("Pass one relation per edge, or NULL for all finetune.")));
		rel = (int8 *) hf_graph_alloc(sizeof(int8) * (Size) Max(nrel, 1));
		for (i = 0; i < nrel; i++)
			rel[i] = hf_lin_rel_from_text(elems[i], nulls[i], i + 1);
	}

	/* dense vertex indices: the sorted distinct node values */
	keys = (int32 *) hf_graph_alloc(sizeof(int32) * ((Size) nchild * 2 + 1));
	memcpy(keys, child, sizeof(int32) * (Size) nchild);
	memcpy(keys + nchild, parent, sizeof(int32) * (Size) nchild);
	n = hf_graph_unique_keys(keys, (int64) nchild * 2);
	for (i = 0; i < nchild; i++)
	{
		child[i] = hf_graph_key_index(keys, n, child[i]);
		parent[i] = hf_graph_key_index(keys, n, parent[i]);
	}

	g = hf_graph_build(n, nchild, child, parent, rel);
	hf_graph_compute(g);

	for (i = 0; i < n; i++)
	{
		Datum		values[HF_LIN_GRAPH_COLS];
		bool		nulls[HF_LIN_GRAPH_COLS];
		int			r;

		memset(nulls, 0, sizeof(nulls));
		values[0] = Int32GetDatum(keys[i]);
		values[1] = Int32GetDatum(g->depth_max[i]);
		values[2] = Int32GetDatum(g->depth_min[i]);
		nulls[1] = nulls[2] = g->in_cycle[i];
		values[3] = Int32GetDatum(g->par_off[i + 1] - g->par_off[i]);
		values[4] = Int32GetDatum(g->n_roots[i]);
		if (g->primary_root[i] >= 0)
			values[5] = Int32GetDatum(keys[g->primary_root[i]]);
		else
		{
			values[5] = (Datum) 0;
			nulls[5] = true;
		}
		values[6] = BoolGetDatum(g->in_cycle[i]);
		values[7] = Int32GetDatum(g->chi_off[i + 1] - g->chi_off[i]);
		values[8] = Int32GetDatum(g->descendants[i]);
		for (r = 0; r < HF_GRAPH_NREL; r++)
			values[9 + r] = Int32GetDatum(g->desc_rel[r][i]);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
	}

	MemoryContextSwitchTo(old);
	MemoryContextDelete(work);
	return (Datum) 0;
}

/*
 * Growable int32 array in the current memory context.
 */
typedef struct HfLinVec
{
	int32	   *v;
	int64		n;
	int64		cap;
} HfLinVec;

/*
 * Append x to vec, doubling its capacity as needed (huge allocations).
 */
static inline void
hf_lin_vec_push(HfLinVec *vec, int32 x)
{
	if (vec->n >= vec->cap)
	{
		vec->cap = Max(vec->cap * 2, 1024);
		if (vec->v == NULL)
			vec->v = (int32 *) hf_graph_alloc(sizeof(int32) * (Size) vec->cap);
		else
			vec->v = (int32 *) repalloc_huge(vec->v, sizeof(int32) * (Size) vec->cap);
	}
	vec->v[vec->n++] = x;
}

/*
 * Open table relname of schema nsp with the given lock, raising 42P01 when
 * it does not exist.
 */
static Relation
hf_lin_open(Oid nsp, const char *relname, LOCKMODE lock)
{
	Oid			relid = get_relname_relid(relname, nsp);

	if (!OidIsValid(relid))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_TABLE),
				 errmsg("relation \"%s.%s\" does not exist",
						get_namespace_name(nsp), relname),
				 errdetail("refresh_lineage() reads model_nodes and model_edges and writes lineage in its own schema."),
				 errhint("Reinstall the extension.")));
	return table_open(relid, lock);
}

/*
 * The pg_enum OIDs of the relation labels of enum type typid, indexed by
 * HF_GRAPH_*; raises 42804 when the column is not that enum.
 */
static void
hf_lin_enum_oids(Oid typid, Oid *oids)
{
	int			r;

	for (r = 0; r < HF_GRAPH_NREL; r++)
	{
		HeapTuple	tup = SearchSysCache2(ENUMTYPOIDNAME,
										  ObjectIdGetDatum(typid),
										  CStringGetDatum(hf_lin_rel_labels[r]));

		if (!HeapTupleIsValid(tup))
			ereport(ERROR,
					(errcode(ERRCODE_DATATYPE_MISMATCH),
					 errmsg("model_edges.relation has no label \"%s\"",
							hf_lin_rel_labels[r]),
					 errdetail("The relation column must be of type hfstate.relation."),
					 errhint("Reinstall the extension.")));
		oids[r] = ((Form_pg_enum) GETSTRUCT(tup))->oid;
		ReleaseSysCache(tup);
	}
}

/*
 * Raw contents of model_nodes and model_edges.
 */
typedef struct HfLinInput
{
	HfLinVec	node_key;
	HfLinVec	node_present;	/* 0/1 per node_key */
	HfLinVec	edge_child;
	HfLinVec	edge_parent;
	int8	   *edge_rel;
	int64		rel_cap;
} HfLinInput;

/*
 * Scan model_nodes (key, present) and model_edges (child, parent,
 * relation) through the table AM with the active snapshot, deforming only
 * the leading attributes.  Rows with a NULL key or end are skipped (the
 * columns are NOT NULL; this only guards hand-edited catalogs); a NULL
 * present counts as false.  An unknown relation label raises 22023.
 */
static void
hf_lin_read(Oid nsp, HfLinInput *in)
{
	Relation	rel;
	TableScanDesc scan;
	TupleTableSlot *slot;
	Snapshot	snap = GetActiveSnapshot();
	Oid			enum_oids[HF_GRAPH_NREL];
	int64		rows = 0;

	rel = hf_lin_open(nsp, "model_nodes", AccessShareLock);
	slot = table_slot_create(rel, NULL);
	scan = table_beginscan(rel, snap, 0, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		slot_getsomeattrs(slot, 3);
		if ((++rows & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (slot->tts_isnull[0])
			continue;
		hf_lin_vec_push(&in->node_key, DatumGetInt32(slot->tts_values[0]));
		hf_lin_vec_push(&in->node_present,
						!slot->tts_isnull[2] && DatumGetBool(slot->tts_values[2]));
	}
	table_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	table_close(rel, AccessShareLock);

	rel = hf_lin_open(nsp, "model_edges", AccessShareLock);
	if (RelationGetDescr(rel)->natts < 3)
		elog(ERROR, "model_edges has %d columns", RelationGetDescr(rel)->natts);
	hf_lin_enum_oids(TupleDescAttr(RelationGetDescr(rel), 2)->atttypid,
					 enum_oids);
	slot = table_slot_create(rel, NULL);
	scan = table_beginscan(rel, snap, 0, NULL);
	while (table_scan_getnextslot(scan, ForwardScanDirection, slot))
	{
		Oid			label;
		int			r;

		slot_getsomeattrs(slot, 3);
		if ((++rows & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		if (slot->tts_isnull[0] || slot->tts_isnull[1])
			continue;
		label = slot->tts_isnull[2] ? InvalidOid :
			DatumGetObjectId(slot->tts_values[2]);
		for (r = 0; r < HF_GRAPH_NREL; r++)
			if (enum_oids[r] == label)
				break;
		if (r == HF_GRAPH_NREL)
		{
			if (!OidIsValid(label))
				r = HF_GRAPH_FINETUNE;
			else
				ereport(ERROR,
						(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
						 errmsg("unknown relation in model_edges"),
						 errdetail("Edge %d -> %d has a relation label lineage does not know.",
								   DatumGetInt32(slot->tts_values[0]),
								   DatumGetInt32(slot->tts_values[1])),
						 errhint("Lineage counts finetune, adapter, quantized and merge.")));
		}
		if (in->edge_child.n >= in->rel_cap)
		{
			in->rel_cap = Max(in->rel_cap * 2, 1024);
			if (in->edge_rel == NULL)
				in->edge_rel = (int8 *) hf_graph_alloc((Size) in->rel_cap);
			else
				in->edge_rel = (int8 *) repalloc_huge(in->edge_rel, (Size) in->rel_cap);
		}
		in->edge_rel[in->edge_child.n] = (int8) r;
		hf_lin_vec_push(&in->edge_child, DatumGetInt32(slot->tts_values[0]));
		hf_lin_vec_push(&in->edge_parent, DatumGetInt32(slot->tts_values[1]));
	}
	table_endscan(scan);
	ExecDropSingleTupleTableSlot(slot);
	table_close(rel, AccessShareLock);
}

/*
 * Turn keys into vertex indices in place.  Dense key ranges (the usual
 * sequence-fed keys) map by offset, key - lo; sparse ones through a sorted
 * distinct array (*sorted_keys, else left NULL).  Returns the vertex count
 * and sets *lo.  Edge ends that are not model_nodes rows become vertices
 * too (so their families still join up) but get no lineage row.
 */
static int32
hf_lin_index_keys(HfLinInput *in, int32 *lo, int32 **sorted_keys)
{
	int64		i;
	int64		nall = in->node_key.n + 2 * in->edge_child.n;
	int64		min = PG_INT32_MAX;
	int64		max = PG_INT32_MIN;
	int64		range;
	int32	   *keys;
	int32		n;

	*sorted_keys = NULL;
	*lo = 0;
	if (nall == 0)
		return 0;
	for (i = 0; i < in->node_key.n; i++)
	{
		min = Min(min, in->node_key.v[i]);
		max = Max(max, in->node_key.v[i]);
	}
	for (i = 0; i < in->edge_child.n; i++)
	{
		min = Min(min, Min(in->edge_child.v[i], in->edge_parent.v[i]));
		max = Max(max, Max(in->edge_child.v[i], in->edge_parent.v[i]));
	}
	range = max - min + 1;
	if (range <= 4 * nall + 1024 && range < PG_INT32_MAX)
	{
		*lo = (int32) min;
		for (i = 0; i < in->node_key.n; i++)
			in->node_key.v[i] -= (int32) min;
		for (i = 0; i < in->edge_child.n; i++)
		{
			in->edge_child.v[i] -= (int32) min;
			in->edge_parent.v[i] -= (int32) min;
		}
		return (int32) range;
	}

	keys = (int32 *) hf_graph_alloc(sizeof(int32) * (Size) nall);
	memcpy(keys, in->node_key.v, sizeof(int32) * (Size) in->node_key.n);
	memcpy(keys + in->node_key.n, in->edge_child.v,
		   sizeof(int32) * (Size) in->edge_child.n);
	memcpy(keys + in->node_key.n + in->edge_child.n, in->edge_parent.v,
		   sizeof(int32) * (Size) in->edge_child.n);
	n = hf_graph_unique_keys(keys, nall);
	for (i = 0; i < in->node_key.n; i++)
		in->node_key.v[i] = hf_graph_key_index(keys, n, in->node_key.v[i]);
	for (i = 0; i < in->edge_child.n; i++)
	{
		if ((i & 0xFFFF) == 0)
			CHECK_FOR_INTERRUPTS();
		in->edge_child.v[i] = hf_graph_key_index(keys, n, in->edge_child.v[i]);
		in->edge_parent.v[i] = hf_graph_key_index(keys, n, in->edge_parent.v[i]);
	}
	*sorted_keys = keys;
	return n;
}

/* the session's table of freshly computed lineage rows (see hf_lin_merge) */
#define HF_LIN_NEW	"hfstate_lineage_new"
#define HF_LIN_CHANGED	"hfstate_lineage_changed"

/* run one SPI command of refresh_lineage's, failing with its text */
static void
hf_lin_spi(const char *sql, int expected)
{
	int			rc = SPI_execute(sql, false, 0);

	if (rc != expected)
		elog(ERROR, "refresh_lineage: SPI_execute returned %d for: %s", rc, sql);
}

/*
 * Create the session's temporary table for the new lineage rows, shaped
 * like hfstate.lineage without its index, dropped at commit (or by
 * hf_lin_merge).  Returns its OID.
 */
static Oid
hf_lin_new_table(Oid nsp)
{
	StringInfoData sql;
	Oid			relid;

	initStringInfo(&sql);
	appendStringInfo(&sql, "CREATE TEMP TABLE " HF_LIN_NEW " (LIKE %s) ON COMMIT DROP",
					 quote_qualified_identifier(get_namespace_name(nsp), "lineage"));
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	/* left by an earlier call in this transaction that failed inside a subtransaction */
	if (OidIsValid(RelnameGetRelid(HF_LIN_NEW)))
		hf_lin_spi("DROP TABLE pg_temp." HF_LIN_NEW, SPI_OK_UTILITY);
	hf_lin_spi(sql.data, SPI_OK_UTILITY);
	SPI_finish();
	pfree(sql.data);
	relid = RelnameGetRelid(HF_LIN_NEW);
	if (!OidIsValid(relid))
		elog(ERROR, "refresh_lineage: temporary table " HF_LIN_NEW " not found");
	return relid;
}

/*
 * Replace the rows of hfstate.lineage by those of the temporary table with
 * row-level changes only: delete the keys that are gone, insert the new
 * ones, update the rows whose values changed, and leave the others alone.
 * No lock stronger than ROW EXCLUSIVE is taken, so readers of the lineage
 * views are never blocked (TRUNCATE made them wait for the refresh, and the
 * refresh wait for any open reader), they see the old rows until the
 * refresh commits, and a refresh after a small change rewrites little.  The
 * new table is analyzed first so the anti-join is planned from its real
 * size, not from the estimate of a table never analyzed, and indexed by key:
 * when lineage itself is estimated at one row (analyzed while it held only
 * the dead rows of a rolled-back refresh) the planner takes a nested loop,
 * whose inner side would otherwise scan the whole new table once for every
 * lineage row (4.5M rows read for 3,000 nodes).  The rows deleted,
 * inserted or updated are reported at DEBUG1, and their keys appended to
 * the caller's temporary table hfstate_lineage_changed (key integer) when
 * the session has one: the incremental refresh() recomputes the facts of
 * those models only.
 */
static void
hf_lin_merge(Oid nsp)
{
	const char *lin = quote_qualified_identifier(get_namespace_name(nsp), "lineage");
	StringInfoData sql;
	int64		changed = 0;
	Oid			changed_rel;
	bool		record;
	const char *pre;
	const char *post;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	changed_rel = RelnameGetRelid(HF_LIN_CHANGED);
	record = OidIsValid(changed_rel) && isTempNamespace(get_rel_namespace(changed_rel));
	/* with a table of changed keys, each statement appends the keys it wrote */
	pre = record ? "WITH w AS (" : "";
	post = record ? " RETURNING l.key) INSERT INTO pg_temp." HF_LIN_CHANGED " SELECT key FROM w" : "";
	hf_lin_spi("CREATE INDEX ON pg_temp." HF_LIN_NEW " (key)", SPI_OK_UTILITY);
	hf_lin_spi("ANALYZE pg_temp." HF_LIN_NEW, SPI_OK_UTILITY);
	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "%sDELETE FROM %s l WHERE NOT EXISTS "
					 "(SELECT 1 FROM pg_temp." HF_LIN_NEW " n WHERE n.key = l.key)%s", pre, lin, post);
	hf_lin_spi(sql.data, record ? SPI_OK_INSERT : SPI_OK_DELETE);
	changed += SPI_processed;
	resetStringInfo(&sql);
	appendStringInfo(&sql,
					 "%sINSERT INTO %s AS l SELECT * FROM pg_temp." HF_LIN_NEW " "
					 "ON CONFLICT (key) DO UPDATE SET depth_max = excluded.depth_max, "
					 "depth_min = excluded.depth_min, n_parents = excluded.n_parents, "
					 "dangling_parents = excluded.dangling_parents, n_roots = excluded.n_roots, "
					 "primary_root = excluded.primary_root, in_cycle = excluded.in_cycle, "
					 "children = excluded.children, descendants = excluded.descendants, "
					 "desc_finetune = excluded.desc_finetune, desc_adapter = excluded.desc_adapter, "
					 "desc_quantized = excluded.desc_quantized, desc_merge = excluded.desc_merge "
					 "WHERE (l.*) IS DISTINCT FROM (excluded.*)%s", pre, lin, post);
	hf_lin_spi(sql.data, SPI_OK_INSERT);
	changed += SPI_processed;
	hf_lin_spi("DROP TABLE pg_temp." HF_LIN_NEW, SPI_OK_UTILITY);
	SPI_finish();				/* frees sql, made in SPI's context */
	ereport(DEBUG1,
			(errmsg_internal("refresh_lineage: " INT64_FORMAT " lineage rows deleted, inserted or updated",
							 changed)));
}

/*
 * Write one lineage row per model_nodes row into the session's new,
 * index-less table (relid) with table_multi_insert in batches.  Returns the
 * in_cycle count and sets *max_depth to the greatest depth_max among the
 * rows written.
 */
static int64
hf_lin_write(Oid relid, HfLinInput *in, HfGraph *g, int32 lo,
			 const int32 *sorted_keys, const int32 *dangling,
			 int32 *max_depth)
{
	Relation	rel = table_open(relid, RowExclusiveLock);
	TupleTableSlot *slots[HF_LIN_BATCH];
	BulkInsertState bistate = GetBulkInsertState();
	CommandId	cid = GetCurrentCommandId(true);
	MemoryContext batchcxt;
	MemoryContext old;
	int64		i;
	int			nb = 0;
	int64		cycles = 0;

	if (RelationGetDescr(rel)->natts != HF_LIN_TABLE_COLS)
		ereport(ERROR,
				(errcode(ERRCODE_DATATYPE_MISMATCH),
				 errmsg("table lineage has %d columns, expected %d",
						RelationGetDescr(rel)->natts, HF_LIN_TABLE_COLS),
				 errhint("Reinstall the extension.")));
	for (i = 0; i < HF_LIN_BATCH; i++)
		slots[i] = table_slot_create(rel, NULL);
	batchcxt = AllocSetContextCreate(CurrentMemoryContext,
									 "hfstate lineage batch",
									 ALLOCSET_DEFAULT_SIZES);
	*max_depth = 0;

	for (i = 0; i <= in->node_key.n; i++)
	{
		TupleTableSlot *slot;
		int32		v;
		int			r;

		if (nb == HF_LIN_BATCH || (i == in->node_key.n && nb > 0))
		{
			int			j;

			old = MemoryContextSwitchTo(batchcxt);
			table_multi_insert(rel, slots, nb, cid, TABLE_INSERT_SKIP_FSM,
							   bistate);
			MemoryContextSwitchTo(old);
			for (j = 0; j < nb; j++)
				ExecClearTuple(slots[j]);
			MemoryContextReset(batchcxt);
			nb = 0;
			CHECK_FOR_INTERRUPTS();
		}
		if (i == in->node_key.n)
			break;

		v = in->node_key.v[i];
		slot = slots[nb++];
		ExecClearTuple(slot);
		memset(slot->tts_isnull, 0, sizeof(bool) * HF_LIN_TABLE_COLS);
		slot->tts_values[0] = Int32GetDatum(sorted_keys ? sorted_keys[v] : v + lo);
		slot->tts_values[1] = Int32GetDatum(g->depth_max[v]);
		slot->tts_values[2] = Int32GetDatum(g->depth_min[v]);
		slot->tts_isnull[1] = slot->tts_isnull[2] = g->in_cycle[v];
		slot->tts_values[3] = Int32GetDatum(g->par_off[v + 1] - g->par_off[v]);
		slot->tts_values[4] = Int32GetDatum(dangling[v]);
		slot->tts_values[5] = Int32GetDatum(g->n_roots[v]);
		if (g->primary_root[v] >= 0)
			slot->tts_values[6] = Int32GetDatum(sorted_keys ?
												sorted_keys[g->primary_root[v]] :
												g->primary_root[v] + lo);
		else
		{
			slot->tts_values[6] = (Datum) 0;
			slot->tts_isnull[6] = true;
		}
		slot->tts_values[7] = BoolGetDatum(g->in_cycle[v]);
		slot->tts_values[8] = Int32GetDatum(g->chi_off[v + 1] - g->chi_off[v]);
		slot->tts_values[9] = Int32GetDatum(g->descendants[v]);
		for (r = 0; r < HF_GRAPH_NREL; r++)
			slot->tts_values[10 + r] = Int32GetDatum(g->desc_rel[r][v]);
		ExecStoreVirtualTuple(slot);
		if (g->in_cycle[v])
			cycles++;
		else if (g->depth_max[v] > *max_depth)
			*max_depth = g->depth_max[v];
	}

	for (i = 0; i < HF_LIN_BATCH; i++)
		ExecDropSingleTupleTableSlot(slots[i]);
	FreeBulkInsertState(bistate);
	table_finish_bulk_insert(rel, TABLE_INSERT_SKIP_FSM);
	table_close(rel, NoLock);
	MemoryContextDelete(batchcxt);
	CommandCounterIncrement();
	return cycles;
}

/*
 * refresh_lineage()
 *
 * Recompute hfstate.lineage from hfstate.model_nodes and
 * hfstate.model_edges (schema: the function's own).  Returns one row:
 * nodes and edges read, self-loops dropped, lineage rows with in_cycle,
 * the greatest depth_max, the peak bytes of the working memory context and
 * the elapsed milliseconds.  Empty tables give an empty lineage and zeros.
 * Everything happens in the calling transaction: readers see the old rows,
 * without waiting, until it commits (hf_lin_merge).
 */
PG_FUNCTION_INFO_V1(hfstate_lineage_refresh);
Datum
hfstate_lineage_refresh(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	Oid			nsp = get_func_namespace(fcinfo->flinfo->fn_oid);
	instr_time	start;
	instr_time	t_read;
	instr_time	t_graph;
	instr_time	elapsed;
	MemoryContext work;
	MemoryContext old;
	HfLinInput	in;
	HfGraph    *g;
	int32		lo;
	int32	   *sorted_keys;
	int32		n;
	int32	   *dangling;
	bool	   *present;
	int64		i;
	int64		cycles;
	int32		max_depth;
	Size		peak;
	Datum		values[HF_LIN_REFRESH_COLS];
	bool		nulls[HF_LIN_REFRESH_COLS];

	INSTR_TIME_SET_CURRENT(start);
	InitMaterializedSRF(fcinfo, 0);

	work = AllocSetContextCreate(CurrentMemoryContext, "hfstate lineage",
								 ALLOCSET_DEFAULT_SIZES);
	old = MemoryContextSwitchTo(work);

	memset(&in, 0, sizeof(in));
	hf_lin_read(nsp, &in);
	INSTR_TIME_SET_CURRENT(t_read);
	n = hf_lin_index_keys(&in, &lo, &sorted_keys);

	g = hf_graph_build(n, in.edge_child.n, in.edge_child.v, in.edge_parent.v,
					   in.edge_rel);
	hf_graph_compute(g);

	/* dangling parents: parents that are not present models */
	present = (bool *) hf_graph_alloc(sizeof(bool) * (Size) Max(n, 1));
	for (i = 0; i < in.node_key.n; i++)
		if (in.node_present.v[i])
			present[in.node_key.v[i]] = true;
	dangling = (int32 *) hf_graph_alloc(sizeof(int32) * (Size) Max(n, 1));
	for (i = 0; i < n; i++)
	{
		int32		j;

		for (j = g->par_off[i]; j < g->par_off[i + 1]; j++)
			if (!present[g->par[j]])
				dangling[i]++;
	}
	peak = MemoryContextMemAllocated(work, true);
	INSTR_TIME_SET_CURRENT(t_graph);

	cycles = hf_lin_write(hf_lin_new_table(nsp), &in, g, lo, sorted_keys, dangling,
						  &max_depth);
	hf_lin_merge(nsp);
	peak = Max(peak, MemoryContextMemAllocated(work, true));

	MemoryContextSwitchTo(old);

	memset(nulls, 0, sizeof(nulls));
	values[0] = Int64GetDatum(in.node_key.n);
	values[1] = Int64GetDatum(in.edge_child.n);
	values[2] = Int64GetDatum(g->self_loops);
	values[3] = Int64GetDatum(cycles);
	values[4] = Int32GetDatum(max_depth);
	values[5] = Int64GetDatum((int64) peak);
	MemoryContextDelete(work);
	INSTR_TIME_SET_CURRENT(elapsed);
	ereport(DEBUG1,
			(errmsg_internal("refresh_lineage: read %.1f ms, graph %.1f ms, write %.1f ms",
							 INSTR_TIME_GET_MILLISEC(t_read) - INSTR_TIME_GET_MILLISEC(start),
							 INSTR_TIME_GET_MILLISEC(t_graph) - INSTR_TIME_GET_MILLISEC(t_read),
							 INSTR_TIME_GET_MILLISEC(elapsed) - INSTR_TIME_GET_MILLISEC(t_graph))));
	INSTR_TIME_SUBTRACT(elapsed, start);
	values[6] = Float8GetDatum(INSTR_TIME_GET_MILLISEC(elapsed));
	tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
	return (Datum) 0;
}
