/*
 * src/import/import.c
 *
 * The importers: read a Hub dump (server file or staged client upload, JSON
 * Lines or JSON arrays, plain or gzip, or Parquet), parse each record, stage
 * a batch, merge it set-wise with the merge_* SQL functions, and log the run.
 *
 * Records come from a record source: the JSON splitter, or, for data that
 * starts with the Parquet magic "PAR1", the Parquet row iterator of
 * import_parquet.c, which hands out each row's values (kept as a copy for
 * the batch; line = row number).  Each is read into a typed record
 * (record.h): a JSON record is parsed with jsonb_in and its fields looked up
 * (record.c), a Parquet row is read straight from its values
 * (record_parquet.c), with the same checks of each field.  From the record
 * on both formats share everything below: the kind's builder
 * (import_record.c) makes the staging row and the edges.
 *
 * Bad records: in the default mode a batch is parsed inside one
 * subtransaction; if anything in it throws a data error, the batch is parsed
 * again record by record, each in its own subtransaction, so the bad records
 * go to import_rejects with their line numbers and the rest is imported.
 * Problems the builders detect themselves (wrong JSON types, absurd values)
 * need no subtransaction.  In strict mode the first bad record raises an
 * error and the whole import rolls back.  Parsing never writes, so the
 * subtransactions never take an XID.
 */
#include "postgres.h"

#include <sys/stat.h>

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/date.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/resowner.h"
#include "utils/timestamp.h"

#include "import/import_direct.h"
#include "import/import_keys.h"
#include "import/import_parquet.h"
#include "import/parquet_row.h"
#include "import/import_record.h"
#include "import/import_source.h"
#include "import/import_split.h"
#include "import/import_stage.h"
#include "import/record.h"
#include "import/record_parquet.h"

/*
 * A batch is at most 10,000 records or 16 MB of record text (of row copies,
 * for Parquet).  Larger batches measured slower (200,000 models: 50,000
 * rows a batch took about 10% longer): their memory is faulted in afresh at
 * every batch, and per-batch costs are small.
 */
#define HF_BATCH_ROWS	10000
#define HF_BATCH_BYTES	(16 * 1024 * 1024)
#define HF_RAW_PREFIX	200

/* a record of the batch as read, and what became of it */
typedef struct HfBatchRecord
{
	char	   *text;			/* a JSON record, or */
	int			len;
	pq_value   *pqrow;			/* a Parquet row (hf_pq_row_copy) */
	Size		pqsize;			/* and its size */
	int64		line;
	bool		ok;				/* row holds a parsed row */
	HfRow	   *row;
	int			sqlstate;		/* reject: SQLSTATE and reason */
	char	   *reason;
} HfBatchRecord;

typedef struct HfImport
{
	HfKind		kind;
	const HfKindInfo *ki;
	const char *file;
	Datum		snapshot;
	bool		has_snapshot;
	bool		strict;
	bool		progress;
	const char *schema;			/* quoted schema name */
	int64		run_id;
	int64		rows_read;
	int64		rows_imported;
	int64		rows_rejected;
	int64		rows_new;
	int64		rows_changed;
	int64		edges;
	int64		cur_line;		/* record being parsed, for error context */
	HfTypeCache tc;
	HfStage		stage;
	HfDirect	direct;
	HfKeys		keys;
	HfSource	src;
	HfPqRecordReader *pqrec;	/* of a Parquet source */
	SPIPlanPtr	reject_plan;
	TimestampTz started;
	TimestampTz last_progress;
	HfBatchRecord *recs;
	int			nrecs;
} HfImport;

/* error context: which file and line */
static void
import_error_context(void *arg)
{
	HfImport   *imp = (HfImport *) arg;

	if (imp->cur_line > 0)
		errcontext("hfstate import of %s from \"%s\", line " INT64_FORMAT,
				   imp->ki->name, imp->file, imp->cur_line);
	else
		errcontext("hfstate import of %s from \"%s\"", imp->ki->name, imp->file);
}

/* is this a problem of the data (to reject) rather than of the system? */
static bool
is_data_error(ErrorData *ed)
{
	int			cat = ERRCODE_TO_CATEGORY(ed->sqlerrcode);

	return cat == ERRCODE_DATA_EXCEPTION || cat == ERRCODE_PROGRAM_LIMIT_EXCEEDED;
}

/* the start of a record, safe to store as text */
static char *
raw_prefix(const char *s, int len)
{
	int			n = Min(len, HF_RAW_PREFIX);

	if (pg_verify_mbstr(GetDatabaseEncoding(), s, n, true))
		return pnstrdup(s, n);
	if (pg_verify_mbstr(GetDatabaseEncoding(), s, len, true))
		return pnstrdup(s, pg_mbcliplen(s, len, n));
	else
	{
		char	   *out = palloc(n + 1);

		for (int i = 0; i < n; i++)
			out[i] = ((unsigned char) s[i] < 0x80 && s[i] != '\0') ? s[i] : '?';
		out[n] = '\0';
		return out;
	}
}

/*
 * parse_record: read and build one record.  Data problems found here are
 * returned in err; malformed JSON throws (caught by the caller's
 * subtransaction in the default mode).
 */
static bool
parse_record(HfImport *imp, HfBatchRecord *rec, FieldError *err)
{
	HfRecord	hrec;
	HfRow	   *row;

	imp->cur_line = rec->line;
	memset(&hrec, 0, sizeof(hrec));
	if (rec->pqrow != NULL)
	{
		if (!hf_record_from_parquet(imp->pqrec, rec->pqrow, rec->pqsize, &hrec, err))
			return false;
	}
	else
	{
		char	   *text = rec->text;
		Jsonb	   *jb;

		if (GetDatabaseEncoding() == PG_UTF8)
		{
			if (!pg_verify_mbstr(PG_UTF8, text, rec->len, true))
				return hf_field_error(err, ERRCODE_CHARACTER_NOT_IN_REPERTOIRE, "(record)",
									  "invalid UTF-8 byte sequence");
		}
		else
			text = pg_any_to_server(text, rec->len, PG_UTF8);
		jb = DatumGetJsonbP(DirectFunctionCall1(jsonb_in, CStringGetDatum(text)));
		if (!JB_ROOT_IS_OBJECT(jb) || JB_ROOT_IS_SCALAR(jb))
			return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, "(record)", "expected a JSON object");
		if (!hf_record_from_jsonb(&jb->root, imp->ki->fields, imp->ki->nfields, &hrec, err))
			return false;
	}
	row = palloc0(sizeof(HfRow));
	if (!imp->ki->build(&hrec, rec->line, &imp->tc, row, err))
		return false;
	rec->row = row;
	rec->ok = true;
	return true;
}

/* mark a record rejected */
static void
reject(HfBatchRecord *rec, int sqlstate, const char *reason)
{
	rec->ok = false;
	rec->row = NULL;
	rec->sqlstate = sqlstate;
	rec->reason = pstrdup(reason);
}

/* parse one record in strict mode: any problem is an error */
static void
parse_strict(HfImport *imp, HfBatchRecord *rec)
{
	FieldError	err = {0};

	if (!parse_record(imp, rec, &err))
		ereport(ERROR,
				(errcode(err.sqlstate),
				 errmsg("%s", err.message),
				 errdetail("Line " INT64_FORMAT " of \"%s\".", rec->line, imp->file),
				 errhint("Fix or remove the line, or import without strict so that bad lines go to hfstate.import_rejects.")));
}

/*
 * parse_guarded: parse records [from, to) inside one subtransaction.  Returns
 * false (and fills *failed_ed) when a data error was thrown; other errors are
 * rethrown.
 */
static bool
parse_guarded(HfImport *imp, int from, int to, ErrorData **failed_ed)
{
	MemoryContext cxt = CurrentMemoryContext;
	ResourceOwner owner = CurrentResourceOwner;
	volatile bool ok = true;

	BeginInternalSubTransaction(NULL);
	MemoryContextSwitchTo(cxt);
	PG_TRY();
	{
		for (int i = from; i < to; i++)
		{
			FieldError	err = {0};
			HfBatchRecord *rec = &imp->recs[i];

			if (rec->reason != NULL)
				continue;		/* rejected by the splitter */
			if (!parse_record(imp, rec, &err))
				reject(rec, err.sqlstate, err.message);
		}
		ReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
	}
	PG_CATCH();
	{
		ErrorData  *ed;

		MemoryContextSwitchTo(cxt);
		ed = CopyErrorData();
		FlushErrorState();
		RollbackAndReleaseCurrentSubTransaction();
		MemoryContextSwitchTo(cxt);
		CurrentResourceOwner = owner;
		if (!is_data_error(ed))
			ReThrowError(ed);
		*failed_ed = ed;
		ok = false;
	}
	PG_END_TRY();
	return ok;
}

/*
 * parse_batch: parse every record of the batch, rejecting the bad ones.
 */
static void
parse_batch(HfImport *imp)
{
	ErrorData  *ed = NULL;

	if (imp->strict)
	{
		for (int i = 0; i < imp->nrecs; i++)
			parse_strict(imp, &imp->recs[i]);
		return;
	}
	if (parse_guarded(imp, 0, imp->nrecs, &ed))
		return;
	/* something in the batch threw: find it record by record */
	for (int i = 0; i < imp->nrecs; i++)
	{
		HfBatchRecord *rec = &imp->recs[i];

		if (rec->reason != NULL && rec->row == NULL && rec->sqlstate != 0 && !rec->ok &&
			rec->text == NULL && rec->pqrow == NULL)
			continue;			/* a splitter reject */
		rec->ok = false;
		rec->row = NULL;
		rec->reason = NULL;
		rec->sqlstate = 0;
		if (!parse_guarded(imp, i, i + 1, &ed))
		{
			char	   *reason = ed->detail ? psprintf("%s: %s", ed->message, ed->detail) : pstrdup(ed->message);

			reject(rec, ed->sqlerrcode, reason);
		}
	}
}

/* insert the batch's rejects */
static void
write_rejects(HfImport *imp)
{
	for (int i = 0; i < imp->nrecs; i++)
	{
		HfBatchRecord *rec = &imp->recs[i];
		Datum		args[5];
		char		nulls[5] = {' ', ' ', ' ', ' ', ' '};

		if (rec->ok)
			continue;
		if (imp->reject_plan == NULL)
		{
			Oid			types[5] = {INT8OID, INT8OID, TEXTOID, TEXTOID, TEXTOID};
			char	   *sql = psprintf("INSERT INTO %s.import_rejects (run_id, line, sqlstate, reason, raw) "
									   "VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING", imp->schema);

			imp->reject_plan = SPI_prepare(sql, 5, types);
			if (imp->reject_plan == NULL || SPI_keepplan(imp->reject_plan) != 0)
				elog(ERROR, "could not prepare the reject insert");
		}
		args[0] = Int64GetDatum(imp->run_id);
		args[1] = Int64GetDatum(rec->line);
		args[2] = CStringGetTextDatum(unpack_sql_state(rec->sqlstate));
		args[3] = CStringGetTextDatum(rec->reason);
		if (rec->pqrow)
		{
			StringInfoData raw;

			initStringInfo(&raw);
			hf_pq_row_text(rec->pqrow, false, &raw);
			args[4] = CStringGetTextDatum(raw_prefix(raw.data, raw.len));
		}
		else if (rec->text)
			args[4] = CStringGetTextDatum(raw_prefix(rec->text, rec->len));
		else
			nulls[4] = 'n';
		if (SPI_execute_plan(imp->reject_plan, args, nulls, false, 0) != SPI_OK_INSERT)
			elog(ERROR, "could not record a reject");
		imp->rows_rejected++;
	}
}

/*
 * run_merge: the kind's merge function over the staged batch; adds up the
 * rows it reports as new and changed (and edges for models).
 */
static void
run_merge(HfImport *imp, bool has_existing)
{
	char	   *sql;
	Oid			types[2] = {InvalidOid, BOOLOID};
	Datum		args[2];
	bool		isnull;
	int			rc;

	if (imp->kind == HF_KIND_CONFIGS)
	{
		sql = psprintf("SELECT rows_new, rows_changed FROM %s.merge_configs($1, $2)", imp->schema);
		types[0] = TEXTOID;
		args[0] = CStringGetTextDatum(imp->file);
	}
	else
	{
		sql = psprintf("SELECT * FROM %s.merge_%s($1, $2)", imp->schema, imp->ki->name);
		types[0] = DATEOID;
		args[0] = imp->snapshot;
	}
	args[1] = BoolGetDatum(has_existing);
	rc = SPI_execute_with_args(sql, 2, types, args, NULL, false, 0);
	if (rc != SPI_OK_SELECT || SPI_processed != 1)
		elog(ERROR, "hfstate merge of %s failed", imp->ki->name);
	imp->rows_new += DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	imp->rows_changed += DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2, &isnull));
	if (SPI_tuptable->tupdesc->natts >= 3)
		imp->edges += DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 3, &isnull));
	SPI_freetuptable(SPI_tuptable);
}

typedef struct HfSeen
{
	const char *lid;			/* key: points into the row */
	int			index;			/* last record of the batch with this id */
} HfSeen;

/*
 * drop_repeats: a repo id repeated within the batch keeps only its last
 * record (the merge of later batches overwrites earlier ones anyway).
 */
static void
drop_repeats(HfImport *imp)
{
	HTAB	   *seen = hf_id_hash_create("hfstate batch ids", imp->nrecs + 1, sizeof(HfSeen));

	for (int i = 0; i < imp->nrecs; i++)
	{
		HfBatchRecord *rec = &imp->recs[i];
		bool		found;
		HfSeen	   *entry;

		if (!rec->ok)
			continue;
		entry = hash_search(seen, &rec->row->lid, HASH_ENTER, &found);
		if (found)
			imp->recs[entry->index].row->skip = true;
		entry->index = i;
	}
	hash_destroy(seen);
}

/*
 * write_batch: write the parsed rows of the batch and merge them.  Not in a
 * subtransaction: the key map of a first import (import_keys.c) holds the
 * nodes written so far, and a failure here fails the whole import.
 */
static void
write_batch(HfImport *imp)
{
	int			nok = 0;

	for (int i = 0; i < imp->nrecs; i++)
		if (imp->recs[i].ok)
			nok++;
	imp->rows_imported += nok;
	if (nok > 0)
	{
		HfRow	  **rows = palloc(sizeof(HfRow *) * nok);
		int			nrows = 0;
		bool		has_existing;

		drop_repeats(imp);
		for (int i = 0; i < imp->nrecs; i++)
			if (imp->recs[i].ok && !imp->recs[i].row->skip)
				rows[nrows++] = imp->recs[i].row;
		has_existing = hf_resolve_keys(&imp->keys, imp->kind, imp->schema, rows, nrows);
		if (!has_existing && imp->direct.usable)
		{
			/* all new models: straight into their tables */
			imp->edges += hf_direct_models(&imp->direct, rows, nrows, imp->snapshot, &imp->tc);
			imp->rows_new += nrows;
		}
		else
		{
			hf_stage_begin_batch(&imp->stage);
			for (int i = 0; i < nrows; i++)
				hf_stage_insert(&imp->stage, rows[i], &imp->tc);
			hf_stage_end_batch(&imp->stage);
			run_merge(imp, has_existing);
		}
	}
	write_rejects(imp);
}

/* report progress as a NOTICE at most every two seconds */
static void
report_progress(HfImport *imp, bool last)
{
	TimestampTz now = GetCurrentTimestamp();
	double		secs;

	if (!imp->progress)
		return;
	if (!last && !TimestampDifferenceExceeds(imp->last_progress, now, 2000))
		return;
	imp->last_progress = now;
	secs = (double) (now - imp->started) / USECS_PER_SEC;
	if (secs <= 0)
		secs = 1e-6;
	ereport(NOTICE,
			(errmsg("hfstate: %s: " INT64_FORMAT " rows (%.0f rows/s), %.1f MB (%.1f MB/s)%s",
					imp->file, imp->rows_read, imp->rows_read / secs,
					imp->src.out_bytes / 1e6, imp->src.out_bytes / 1e6 / secs,
					last ? ", done" : "")));
}

/* insert the import_runs row */
static void
start_run(HfImport *imp)
{
	Oid			types[4] = {TEXTOID, TEXTOID, DATEOID, BOOLOID};
	Datum		args[4];
	char		nulls[4] = {' ', ' ', ' ', ' '};
	bool		isnull;
	char	   *sql = psprintf("INSERT INTO %s.import_runs (kind, file, snapshot, strict) "
							   "VALUES ($1, $2, $3, $4) RETURNING run_id", imp->schema);

	args[0] = CStringGetTextDatum(imp->ki->name);
	args[1] = CStringGetTextDatum(imp->file);
	args[2] = imp->snapshot;
	if (!imp->has_snapshot)
		nulls[2] = 'n';
	args[3] = BoolGetDatum(imp->strict);
	if (SPI_execute_with_args(sql, 4, types, args, nulls, false, 0) != SPI_OK_INSERT_RETURNING)
		elog(ERROR, "could not record the import run");
	imp->run_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
}

/* finish the import_runs row */
static void
finish_run(HfImport *imp)
{
	Oid			types[9] = {INT8OID, INT8OID, INT8OID, INT8OID, INT8OID, INT8OID, INT8OID, INT8OID, INT8OID};
	Datum		args[9];
	char	   *sql = psprintf("UPDATE %s.import_runs SET rows_read = $2, rows_imported = $3, rows_rejected = $4, "
							   "rows_new = $5, rows_changed = $6, edges = $7, bytes_read = $8, "
							   "finished_at = pg_catalog.clock_timestamp() WHERE run_id = $1 AND $9 = $9",
							   imp->schema);

	args[0] = Int64GetDatum(imp->run_id);
	args[1] = Int64GetDatum(imp->rows_read);
	args[2] = Int64GetDatum(imp->rows_imported);
	args[3] = Int64GetDatum(imp->rows_rejected);
	args[4] = Int64GetDatum(imp->rows_new);
	args[5] = Int64GetDatum(imp->rows_changed);
	args[6] = Int64GetDatum(imp->edges);
	args[7] = Int64GetDatum((int64) imp->src.out_bytes);
	args[8] = Int64GetDatum(0);
	if (SPI_execute_with_args(sql, 9, types, args, NULL, false, 0) != SPI_OK_UPDATE)
		elog(ERROR, "could not update the import run");
}

/*
 * has_parquet_suffix: a name ending in ".parquet" is read as Parquet even
 * without the magic bytes, so a damaged file gets the reader's clear error
 * rather than one reject per "line" of binary data.
 */
static bool
has_parquet_suffix(const char *name)
{
	size_t		len = strlen(name);

	return len >= 8 && pg_strcasecmp(name + len - 8, ".parquet") == 0;
}

/*
 * expected_ids: how many repo ids (records and the parents they name) the
 * import will likely see, to size the key lookup's filter and map: twice
 * the rows of a Parquet file, else twice a record per 400 bytes of the file
 * (more for gzip), else a default.
 */
static int64
expected_ids(HfImport *imp, HfParquet *pq)
{
	struct stat st;

	if (pq != NULL)
		return 2 * hf_parquet_num_rows(pq);
	if (imp->src.fd >= 0 && fstat(imp->src.fd, &st) == 0)
		return 2 * (int64) st.st_size / (imp->src.gzip ? 80 : 400);
	return 2 * 1000 * 1000;
}

/*
 * run_import: the whole import of one source; returns the run id.
 */
static int64
run_import(HfImport *imp, bool upload)
{
	HfSplitter	sp;
	HfParquet  *pq = NULL;
	ErrorContextCallback errcb;
	MemoryContext batch_cxt;
	MemoryContext old;
	StringInfoData buf;
	bool		done = false;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	imp->schema = quote_identifier(get_namespace_name(hf_extension_schema()));
	hf_stage_init(&imp->stage, imp->ki, &imp->tc);
	hf_direct_init(&imp->direct, imp->ki, imp->stage.schema);
	imp->started = imp->last_progress = GetCurrentTimestamp();

	errcb.callback = import_error_context;
	errcb.arg = imp;
	errcb.previous = error_context_stack;
	error_context_stack = &errcb;

	if (upload)
		hf_source_open_upload(&imp->src, imp->file);
	else
		hf_source_open_file(&imp->src, imp->file);
	start_run(imp);
	if (hf_source_is_parquet(&imp->src) || has_parquet_suffix(imp->file))
	{
		pq = hf_parquet_open(&imp->src, imp->ki->name);
		imp->pqrec = hf_pq_record_reader(imp->ki->fields, imp->ki->nfields, hf_parquet_longest_name(pq));
	}
	else
		hf_split_init(&sp, &imp->src);
	hf_keys_begin(&imp->keys, imp->kind, imp->schema, expected_ids(imp, pq));
	initStringInfo(&buf);
	batch_cxt = AllocSetContextCreate(CurrentMemoryContext, "hfstate import batch", ALLOCSET_DEFAULT_SIZES);

	while (!done)
	{
		int64		bytes = 0;
		int			cap = 1024;

		MemoryContextReset(batch_cxt);
		old = MemoryContextSwitchTo(batch_cxt);
		imp->recs = palloc0(sizeof(HfBatchRecord) * cap);
		imp->nrecs = 0;
		while (imp->nrecs < HF_BATCH_ROWS && bytes < HF_BATCH_BYTES)
		{
			int64		line = 0;
			const pq_value *pqrow = NULL;
			HfSplitResult r = pq ? hf_parquet_next(pq, &pqrow, &line) : hf_split_next(&sp, &buf, &line);
			HfBatchRecord *rec;

			if (r == HF_SPLIT_EOF)
			{
				done = true;
				break;
			}
			if (imp->nrecs == cap)
			{
				cap *= 2;
				imp->recs = repalloc(imp->recs, sizeof(HfBatchRecord) * cap);
				memset(&imp->recs[imp->nrecs], 0, sizeof(HfBatchRecord) * (cap - imp->nrecs));
			}
			rec = &imp->recs[imp->nrecs++];
			rec->line = line;
			imp->rows_read++;
			if (r == HF_SPLIT_BAD)
			{
				imp->cur_line = line;
				if (imp->strict)
					ereport(ERROR,
							(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
							 errmsg("%s", sp.error),
							 errdetail("Line " INT64_FORMAT " of \"%s\".", line, imp->file)));
				reject(rec, ERRCODE_BAD_COPY_FILE_FORMAT, sp.error);
				continue;
			}
			if (pqrow != NULL)
			{
				rec->pqrow = hf_pq_row_copy(pqrow, &rec->pqsize);
				bytes += GetMemoryChunkSpace(rec->pqrow);
				continue;
			}
			rec->text = pnstrdup(buf.data, buf.len);
			rec->len = buf.len;
			bytes += buf.len;
		}
		parse_batch(imp);
		imp->cur_line = 0;
		MemoryContextSwitchTo(old);
		write_batch(imp);
		report_progress(imp, false);
		CHECK_FOR_INTERRUPTS();
	}

	if (imp->kind == HF_KIND_MODELS)
	{
		char	   *sql = psprintf("SELECT added FROM %s.resolve_card_edges()", imp->schema);
		bool		isnull;

		if (SPI_execute(sql, false, 0) != SPI_OK_SELECT)
			elog(ERROR, "could not resolve card base models");
		imp->edges += DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	}
	hf_keys_end(&imp->keys);
	finish_run(imp);
	report_progress(imp, true);
	if (pq)
		hf_parquet_close(pq);
	hf_source_close(&imp->src);
	error_context_stack = errcb.previous;
	SPI_finish();
	return imp->run_id;
}

/* common argument handling of the SQL entry points */
static void
init_import(HfImport *imp, FunctionCallInfo fcinfo)
{
	char	   *kind;

	memset(imp, 0, sizeof(*imp));
	if (PG_ARGISNULL(0) || PG_ARGISNULL(1))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("kind and file must not be null")));
	kind = text_to_cstring(PG_GETARG_TEXT_PP(0));
	if (!hf_kind_from_name(kind, &imp->kind))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("unknown dump kind \"%s\"", kind),
				 errhint("Use models, datasets, spaces or configs.")));
	imp->ki = hf_kind_info(imp->kind);
	imp->file = text_to_cstring(PG_GETARG_TEXT_PP(1));
	imp->has_snapshot = !PG_ARGISNULL(2);
	imp->snapshot = imp->has_snapshot ? PG_GETARG_DATUM(2) : (Datum) 0;
	imp->strict = !PG_ARGISNULL(3) && PG_GETARG_BOOL(3);
	imp->progress = !PG_ARGISNULL(4) && PG_GETARG_BOOL(4);
	if (imp->ki->needs_snapshot && !imp->has_snapshot)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a snapshot date is required to import %s", imp->ki->name),
				 errdetail("The counters of every import are stored as the snapshot of that date."),
				 errhint("Pass snapshot => 'YYYY-MM-DD', or name the file with its date.")));
	if (imp->has_snapshot && DATE_NOT_FINITE(DatumGetDateADT(imp->snapshot)))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("snapshot date must be finite")));
}

/*
 * hfstate_import_file: import_file(kind, path, snapshot, strict, progress)
 * imports a server-side file and returns the run id.
 */
PG_FUNCTION_INFO_V1(hfstate_import_file);
Datum
hfstate_import_file(PG_FUNCTION_ARGS)
{
	HfImport	imp;

	init_import(&imp, fcinfo);
	PG_RETURN_INT64(run_import(&imp, false));
}

/*
 * hfstate_import_upload: import_upload(kind, name, snapshot, strict,
 * progress) imports the bytes a client staged in pg_temp.hfstate_upload.
 */
PG_FUNCTION_INFO_V1(hfstate_import_upload);
Datum
hfstate_import_upload(PG_FUNCTION_ARGS)
{
	HfImport	imp;

	init_import(&imp, fcinfo);
	PG_RETURN_INT64(run_import(&imp, true));
}
