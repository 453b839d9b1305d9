/*
 * src/import/import_direct.c
 *
 * Plain-insert path of a models import (see import_direct.h).  It is taken
 * only for batches whose models are all new, and only when the target tables
 * are as the extension made them: the columns line up with the staging row,
 * the caller may insert, and no trigger or row-level security would be
 * bypassed.  Unique indexes are checked as they are filled.  Every model
 * written is new, so its key is appended to model_changes (what the next
 * incremental refresh() recomputes), as merge_models does for new models.
 */
#include "postgres.h"

#include "access/table.h"
#include "access/xact.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/lsyscache.h"
#include "utils/rel.h"

#include "import/import_direct.h"

/* position of a column name in the kind's staging columns, or -1 */
static int
stage_col(const HfKindInfo *kind, const char *name)
{
	for (int i = 0; i < kind->ncolumns; i++)
		if (strcmp(kind->columns[i], name) == 0)
			return i;
	return -1;
}

/* do the first columns of a table have exactly these names? */
static bool
columns_are(Oid relid, const char *const *names, int n)
{
	Relation	rel = table_open(relid, AccessShareLock);
	TupleDesc	td = RelationGetDescr(rel);
	bool		ok = td->natts == n;

	for (int i = 0; ok && i < n; i++)
		ok = strcmp(NameStr(TupleDescAttr(td, i)->attname), names[i]) == 0;
	table_close(rel, AccessShareLock);
	return ok;
}

/* may the caller insert into rel directly, with nothing bypassed? */
static bool
writable(Oid relid)
{
	Relation	rel;
	bool		ok;

	if (!OidIsValid(relid) || pg_class_aclcheck(relid, GetUserId(), ACL_INSERT) != ACLCHECK_OK)
		return false;
	rel = table_open(relid, AccessShareLock);
	ok = rel->trigdesc == NULL && !rel->rd_rel->relrowsecurity;
	table_close(rel, AccessShareLock);
	return ok;
}

/*
 * hf_direct_init: decide once per import whether the plain-insert path can
 * be used: models only; models must have the staging columns from "key" on,
 * then first_seen and last_seen.
 */
void
hf_direct_init(HfDirect *d, const HfKindInfo *kind, Oid schema)
{
	Relation	rel;
	TupleDesc	td;
	int			key_col;
	static const char *const history_cols[] = {"repo", "kind", "snapshot", "downloads_all_time", "downloads", "likes"};
	static const char *const edge_cols[] = {"child", "parent", "relation", "relations", "sources", "inferred"};
	static const char *const card_cols[] = {"child", "parent", "relation", "inferred", "parent_lid"};
	static const char *const change_cols[] = {"key"};

	memset(d, 0, sizeof(*d));
	if (strcmp(kind->name, "models") != 0)
		return;
	d->models = get_relname_relid("models", schema);
	d->history = get_relname_relid("history", schema);
	d->edges = get_relname_relid("model_edges", schema);
	d->cards = get_relname_relid("model_card_bases", schema);
	d->changes = get_relname_relid("model_changes", schema);

	if (!writable(d->models) || !writable(d->history) || !writable(d->edges) || !writable(d->cards) ||
		!writable(d->changes))
		return;
	if (!columns_are(d->history, history_cols, lengthof(history_cols)) ||
		!columns_are(d->edges, edge_cols, lengthof(edge_cols)) ||
		!columns_are(d->cards, card_cols, lengthof(card_cols)) ||
		!columns_are(d->changes, change_cols, lengthof(change_cols)))
		return;
	key_col = stage_col(kind, "key");
	d->col_downloads = stage_col(kind, "downloads");
	d->col_downloads_all = stage_col(kind, "downloads_all_time");
	d->col_likes = stage_col(kind, "likes");
	rel = table_open(d->models, AccessShareLock);
	td = RelationGetDescr(rel);
	d->usable = (key_col >= 0 && td->natts == kind->ncolumns - key_col + 2);
	for (int i = 0; d->usable && i < kind->ncolumns - key_col; i++)
		if (strcmp(NameStr(TupleDescAttr(td, i)->attname), kind->columns[key_col + i]) != 0)
			d->usable = false;
	if (d->usable &&
		(strcmp(NameStr(TupleDescAttr(td, td->natts - 2)->attname), "first_seen") != 0 ||
		 strcmp(NameStr(TupleDescAttr(td, td->natts - 1)->attname), "last_seen") != 0))
		d->usable = false;
	table_close(rel, AccessShareLock);
}

/* qsort comparator: rows by key (values[2]) */
static int
row_key_cmp(const void *a, const void *b)
{
	int32		ka = DatumGetInt32((*(HfRow *const *) a)->values[2]);
	int32		kb = DatumGetInt32((*(HfRow *const *) b)->values[2]);

	return (ka > kb) - (ka < kb);
}

/*
 * hf_direct_models: write a batch of new models (keys resolved, every model
 * new) with their history row for the snapshot, edges and card bases, and
 * their keys in model_changes.
 * Rows go in key order, so the key-led indexes (models, history, edges by
 * child) are filled at their right edge instead of at random leaves.
 * Returns the number of edges written.
 */
int64
hf_direct_models(HfDirect *d, HfRow **rows, int nrows, Datum snapshot, const HfTypeCache *tc)
{
	HfStageRel	models,
				history,
				edges,
				cards,
				changes;
	BulkInsertState bis = GetBulkInsertState();
	BulkInsertState hbis = GetBulkInsertState();
	BulkInsertState ebis = GetBulkInsertState();
	BulkInsertState cbis = GetBulkInsertState();
	CommandId	cid = GetCurrentCommandId(true);
	int			key_col = 2;	/* line, lid, key, ... */
	int64		nedges = 0;

	hf_rel_open(&models, d->models);
	hf_rel_open(&history, d->history);
	hf_rel_open(&edges, d->edges);
	hf_rel_open(&cards, d->cards);
	hf_rel_open(&changes, d->changes);
	qsort(rows, nrows, sizeof(HfRow *), row_key_cmp);
	for (int i = 0; i < nrows; i++)
	{
		HfRow	   *row = rows[i];
		int			n = RelationGetDescr(models.rel)->natts;
		Datum		mv[HF_MAX_STAGE_COLS + 2];
		bool		mn[HF_MAX_STAGE_COLS + 2];
		Datum		hv[6];
		bool		hn[6] = {false, false, false, false, false, false};
		bool		cn[1] = {false};

		memcpy(mv, row->values + key_col, sizeof(Datum) * (n - 2));
		memcpy(mn, row->nulls + key_col, sizeof(bool) * (n - 2));
		mv[n - 2] = mv[n - 1] = snapshot;
		mn[n - 2] = mn[n - 1] = false;
		hf_rel_insert(&models, cid, mv, mn, bis);

		hv[0] = row->values[key_col];
		hv[1] = CharGetDatum('m');
		hv[2] = snapshot;
		hv[3] = row->values[d->col_downloads_all];
		hn[3] = row->nulls[d->col_downloads_all];
		hv[4] = row->values[d->col_downloads];
		hn[4] = row->nulls[d->col_downloads];
		hv[5] = row->values[d->col_likes];
		hn[5] = row->nulls[d->col_likes];
		hf_rel_insert(&history, cid, hv, hn, hbis);
		hf_rel_insert(&changes, cid, hv, cn, cbis);

		nedges += hf_insert_lineage_rows(&edges, &cards, cid, row, tc, ebis);
		CHECK_FOR_INTERRUPTS();
	}
	FreeBulkInsertState(bis);
	FreeBulkInsertState(hbis);
	FreeBulkInsertState(ebis);
	FreeBulkInsertState(cbis);
	hf_rel_close(&models);
	hf_rel_close(&history);
	hf_rel_close(&edges);
	hf_rel_close(&cards);
	hf_rel_close(&changes);
	CommandCounterIncrement();
	return nedges;
}
