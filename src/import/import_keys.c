/*
 * src/import/import_keys.c
 *
 * Key resolution for one import batch, set-wise through SPI: one lookup of
 * every id of the batch (and, for models, of every parent named by the Hub),
 * one insert of the new ones, one update of nodes that become present or
 * change casing.  Staging rows are then written once, with their keys, and
 * the merge statements need no joins on text.
 *
 * The lookup probes the lid index once per id (a nested loop over the ids):
 * the planner, left to itself, scans the whole table for a batch of 10,000
 * ids, which makes a large import quadratic.  A first import skips most
 * probes altogether: when model_nodes is empty as the import starts, every
 * node it will hold is one this import inserted.  The import keeps those
 * nodes' keys in memory (within maintenance_work_mem), so an id is either
 * found there or certainly new; once that map is full, a Bloom filter of
 * the lids inserted after it tells the ids that cannot be there yet (a false
 * "maybe" only costs a probe).  Model and config imports lock model_nodes against
 * each other (SHARE ROW EXCLUSIVE, readers are not blocked) so no other
 * session adds nodes behind the import's back, and a failed batch fails the
 * whole import, so no node the map holds is ever rolled back (write_batch
 * must not run in a subtransaction).  Within the import's own transaction,
 * only merge_models writes model_nodes, and only its id (casing); a user
 * trigger that changed other nodes in the middle of an import would not be
 * seen by the map.
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "lib/bloomfilter.h"
#include "miscadmin.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/memutils.h"

#include "import/import_keys.h"

typedef struct KeyEntry
{
	const char *lid;			/* key (hf_id_hash_create): the lower-cased id */
	int32		key;
	bool		known;			/* found in, or added to, the table */
	bool		present;		/* model_nodes.present as found */
	bool		is_child;		/* a record of the batch has this id */
	bool		found;			/* had a node before this batch */
	bool		fresh;			/* its node is inserted by this batch */
	char	   *id;				/* the id as written (a record's, else a parent's) */
} KeyEntry;

/* a node this import inserted into an empty model_nodes */
typedef struct NodeEntry
{
	const char *lid;			/* key (hf_id_hash_create) */
	int32		key;
	bool		present;
} NodeEntry;

#define HF_ARENA_BLOCK	(1024 * 1024)

/* add an id to the map */
static KeyEntry *
note_id(HTAB *map, const char *lid, char *id, bool is_child)
{
	bool		found;
	KeyEntry   *e = hash_search(map, &lid, HASH_ENTER, &found);

	if (!found)
	{
		e->key = 0;
		e->known = false;
		e->present = false;
		e->is_child = false;
		e->found = false;
		e->fresh = false;
		e->id = id;
	}
	if (is_child)
	{
		e->is_child = true;
		e->id = id;
	}
	return e;
}

/* record the (lid, key[, present]) rows an SPI statement returned */
static void
take_keys(HTAB *map, bool with_node_cols)
{
	for (uint64 i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	td = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *lid = TextDatumGetCString(SPI_getbinval(tup, td, 1, &isnull));
		KeyEntry   *e = hash_search(map, &lid, HASH_FIND, NULL);

		if (e == NULL)
			continue;
		e->key = DatumGetInt32(SPI_getbinval(tup, td, 2, &isnull));
		e->known = true;
		if (with_node_cols)
		{
			e->present = DatumGetBool(SPI_getbinval(tup, td, 3, &isnull));
			e->found = true;
		}
	}
	SPI_freetuptable(SPI_tuptable);
}

/* a text[] of the given C strings */
static Datum
text_array(char **items, int n)
{
	Datum	   *d = palloc(sizeof(Datum) * Max(n, 1));

	for (int i = 0; i < n; i++)
		d[i] = CStringGetTextDatum(items[i]);
	return PointerGetDatum(construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* how many nodes the map can hold within maintenance_work_mem (an estimate) */
static int64
max_nodes(void)
{
	return (int64) maintenance_work_mem * 1024 / (sizeof(NodeEntry) + 64);
}

/*
 * hf_keys_begin: per-import set-up.  Model and config imports lock
 * model_nodes; when it is empty (seen by a snapshot taken after the lock,
 * so an import that waited for another sees its nodes) they keep the map
 * of the nodes they insert, within maintenance_work_mem; expected_ids sizes
 * it, and the Bloom filter that follows it once it is full.
 */
void
hf_keys_begin(HfKeys *keys, HfKind kind, const char *schema, int64 expected_ids)
{
	char	   *sql;
	bool		isnull;

	memset(keys, 0, sizeof(*keys));
	if (kind != HF_KIND_MODELS && kind != HF_KIND_CONFIGS)
		return;
	sql = psprintf("LOCK TABLE %s.model_nodes IN SHARE ROW EXCLUSIVE MODE", schema);
	if (SPI_execute(sql, false, 0) != SPI_OK_UTILITY)
		elog(ERROR, "could not lock model_nodes");
	sql = psprintf("SELECT NOT EXISTS (SELECT FROM %s.model_nodes)", schema);
	if (SPI_execute(sql, false, 1) != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "could not look at model_nodes");
	if (DatumGetBool(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull)))
	{
		MemoryContext old;

		keys->expected_ids = expected_ids;
		keys->cxt = AllocSetContextCreate(CurrentMemoryContext, "hfstate imported nodes",
										  ALLOCSET_DEFAULT_SIZES);
		old = MemoryContextSwitchTo(keys->cxt);
		/* the buckets are allocated up front: no more than the budget holds */
		keys->nodes = hf_id_hash_create("hfstate imported node map",
										Min(Max(expected_ids, 1024), max_nodes()), sizeof(NodeEntry));
		MemoryContextSwitchTo(old);
	}
	SPI_freetuptable(SPI_tuptable);
}

/* hf_keys_end: release what hf_keys_begin set up */
void
hf_keys_end(HfKeys *keys)
{
	if (keys->inserted != NULL)
		bloom_free(keys->inserted);
	if (keys->cxt != NULL)
		MemoryContextDelete(keys->cxt);
	memset(keys, 0, sizeof(*keys));
}

/*
 * remember_node: note a node this import inserted (lids are packed into
 * 1 MB blocks).
 */
static void
remember_node(HfKeys *keys, const char *lid, int32 key, bool present)
{
	Size		len = strlen(lid) + 1;
	NodeEntry  *n;
	bool		found;

	if (len > keys->arena_left)
	{
		keys->arena = MemoryContextAlloc(keys->cxt, HF_ARENA_BLOCK);
		keys->arena_left = HF_ARENA_BLOCK;
	}
	memcpy(keys->arena, lid, len);
	n = hash_search(keys->nodes, &keys->arena, HASH_ENTER, &found);
	Assert(!found);
	n->lid = keys->arena;
	n->key = key;
	n->present = present;
	keys->arena += len;
	keys->arena_left -= len;
}

/*
 * known_node: fill e from the imported nodes' map; false when the lid is
 * not there
 */
static bool
known_node(HfKeys *keys, KeyEntry *e)
{
	NodeEntry  *n;

	if (keys->nodes == NULL)
		return false;
	n = hash_search(keys->nodes, &e->lid, HASH_FIND, NULL);
	if (n == NULL)
		return false;
	e->key = n->key;
	e->present = n->present;
	e->known = true;
	e->found = true;
	return true;
}

/*
 * may_exist: may a lid not in the imported nodes' map already have a row?
 * (false only when it certainly has none)
 */
static bool
may_exist(HfKeys *keys, const char *lid)
{
	if (keys->nodes == NULL)
		return true;
	if (keys->inserted == NULL)
		return false;
	return !bloom_lacks_element(keys->inserted, (unsigned char *) lid, strlen(lid));
}

/*
 * map_full: the map of imported nodes has reached maintenance_work_mem: it
 * stops growing, and a Bloom filter takes the lids inserted from here on (a
 * lid in neither was never inserted).
 */
static void
map_full(HfKeys *keys)
{
	keys->inserted = bloom_create(Max(keys->expected_ids - hash_get_num_entries(keys->nodes), 1024),
								  maintenance_work_mem, 0);
	elog(DEBUG1, "hfstate: the map of imported nodes is full at %ld nodes; probing for the rest",
		 hash_get_num_entries(keys->nodes));
}

/*
 * hf_resolve_keys: set the key column (values[2]) of every row, and for
 * models the parent_key of every edge; create keys for new ids.  Returns
 * whether any row may already have a row in the kind's table (when none
 * can, the merge takes the plain-insert path).
 */
bool
hf_resolve_keys(HfKeys *keys, HfKind kind, const char *schema, HfRow **rows, int nrows)
{
	HTAB	   *map;
	HASH_SEQ_STATUS seq;
	KeyEntry   *e;
	char	  **lids = palloc(sizeof(char *) * Max(nrows, 1));
	int			nlids = 0;
	int			cap = Max(nrows, 1);
	long		nall;
	bool		nodes = (kind == HF_KIND_MODELS || kind == HF_KIND_CONFIGS);
	bool		has_existing = false;
	Oid			types[2] = {TEXTARRAYOID, BOOLARRAYOID};
	Datum		args[2];
	char	  **ids;
	Datum	   *flags;
	int			n;
	char	   *sql;

	map = hf_id_hash_create("hfstate batch keys", nrows * 2 + 16, sizeof(KeyEntry));

	for (int i = 0; i < nrows; i++)
	{
		note_id(map, rows[i]->lid, DatumGetCString(DirectFunctionCall1(textout, rows[i]->values[3])), true);
		for (int j = 0; j < rows[i]->edges.nedges; j++)
		{
			HfEdge	   *edge = &rows[i]->edges.edges[j];

			note_id(map, edge->parent_lid, edge->parent, false);
		}
	}
	nall = hash_get_num_entries(map);
	if (nall == 0)
		return false;
	hash_seq_init(&seq, map);
	while ((e = hash_seq_search(&seq)) != NULL)
	{
		if (known_node(keys, e) || !may_exist(keys, e->lid))
			continue;
		if (nlids == cap)
		{
			cap *= 2;
			lids = repalloc(lids, sizeof(char *) * cap);
		}
		lids[nlids++] = (char *) e->lid;
	}

	/* what is known already: one index probe per id */
	if (nlids > 0)
	{
		args[0] = text_array(lids, nlids);
		if (nodes)
			sql = psprintf("SELECT n.lid, n.key, n.present FROM pg_catalog.unnest($1) AS u (l) "
						   "CROSS JOIN LATERAL (SELECT lid, key, present FROM %s.model_nodes "
						   "WHERE lid = u.l COLLATE \"C\" LIMIT 1) AS n", schema);
		else
			sql = psprintf("SELECT r.lid, r.key FROM pg_catalog.unnest($1) AS u (l) "
						   "CROSS JOIN LATERAL (SELECT lid, key FROM %s.%s WHERE lid = u.l COLLATE \"C\" LIMIT 1) AS r",
						   schema, kind == HF_KIND_DATASETS ? "datasets" : "spaces");
		if (SPI_execute_with_args(sql, 1, types, args, NULL, false, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not look up repo keys");
		take_keys(map, nodes);
	}

	/* new ids: model nodes (present when the model itself is in the batch), or fresh keys */
	ids = palloc(sizeof(char *) * nall);
	flags = palloc(sizeof(Datum) * nall);
	n = 0;
	hash_seq_init(&seq, map);
	while ((e = hash_seq_search(&seq)) != NULL)
	{
		if (e->known)
		{
			if (e->is_child && (!nodes || e->present || kind == HF_KIND_CONFIGS))
				has_existing = true;
			continue;
		}
		ids[n] = nodes ? e->id : (char *) e->lid;
		flags[n] = BoolGetDatum(e->is_child && kind == HF_KIND_MODELS);
		n++;
		e->fresh = true;
	}
	if (n > 0)
	{
		args[0] = text_array(ids, n);
		args[1] = PointerGetDatum(construct_array(flags, n, BOOLOID, 1, true, TYPALIGN_CHAR));
		if (nodes)
			/* in lid order: the unique index on lid then fills its pages in sequence */
			sql = psprintf("INSERT INTO %s.model_nodes (id, present) "
						   "SELECT i, p FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2)) AS u (i, p) "
						   "ORDER BY pg_catalog.lower(i) COLLATE \"C\" RETURNING lid, key", schema);
		else
			sql = psprintf("SELECT l, pg_catalog.nextval('%s.repo_key_seq')::integer "
						   "FROM pg_catalog.unnest($1) AS u (l) WHERE $2 IS NOT NULL", schema);
		if (SPI_execute_with_args(sql, 2, types, args, NULL, false, 0) < 0)
			elog(ERROR, "could not create repo keys");
		take_keys(map, false);
		/* the map stays within maintenance_work_mem (checked once a batch) */
		if (keys->nodes != NULL && keys->inserted == NULL &&
			MemoryContextMemAllocated(keys->cxt, true) > (Size) maintenance_work_mem * 1024)
			map_full(keys);
		if (keys->nodes != NULL)
		{
			hash_seq_init(&seq, map);
			while ((e = hash_seq_search(&seq)) != NULL)
			{
				if (!e->fresh)
					continue;
				if (keys->inserted == NULL)
					remember_node(keys, e->lid, e->key, e->is_child && kind == HF_KIND_MODELS);
				else
					bloom_add_element(keys->inserted, (unsigned char *) e->lid, strlen(e->lid));
			}
		}
	}

	/* models whose node was a dangling parent (casing changes follow the current row: merge_models) */
	if (kind == HF_KIND_MODELS)
	{
		Datum	   *node_keys = palloc(sizeof(Datum) * nall);
		Oid			utypes[2] = {INT4ARRAYOID, TEXTARRAYOID};

		n = 0;
		hash_seq_init(&seq, map);
		while ((e = hash_seq_search(&seq)) != NULL)
			if (e->is_child && e->found && !e->present)
			{
				NodeEntry  *node = keys->nodes ? hash_search(keys->nodes, &e->lid, HASH_FIND, NULL) : NULL;

				node_keys[n] = Int32GetDatum(e->key);
				ids[n] = e->id;
				n++;
				if (node != NULL)
					node->present = true;
			}
		if (n > 0)
		{
			args[0] = PointerGetDatum(construct_array(node_keys, n, INT4OID, 4, true, TYPALIGN_INT));
			args[1] = text_array(ids, n);
			sql = psprintf("UPDATE %s.model_nodes n SET id = u.id, present = true "
						   "FROM ROWS FROM (pg_catalog.unnest($1), pg_catalog.unnest($2)) AS u (key, id) "
						   "WHERE n.key = u.key", schema);
			if (SPI_execute_with_args(sql, 2, utypes, args, NULL, false, 0) != SPI_OK_UPDATE)
				elog(ERROR, "could not update model nodes");
		}
	}

	/* hand the keys out */
	for (int i = 0; i < nrows; i++)
	{
		e = hash_search(map, &rows[i]->lid, HASH_FIND, NULL);
		if (e == NULL || !e->known)
			elog(ERROR, "no key for repo id \"%s\"", rows[i]->lid);
		rows[i]->values[2] = Int32GetDatum(e->key);
		rows[i]->nulls[2] = false;
		for (int j = 0; j < rows[i]->edges.nedges; j++)
		{
			HfEdge	   *edge = &rows[i]->edges.edges[j];
			KeyEntry   *p = hash_search(map, &edge->parent_lid, HASH_FIND, NULL);

			if (p == NULL || !p->known)
				elog(ERROR, "no key for parent id \"%s\"", edge->parent_lid);
			edge->parent_key = p->key;
		}
	}
	hash_destroy(map);
	return has_existing;
}
