/*
 * src/import/import_parquet.c
 *
 * Parquet input for the importers (see import_parquet.h) and the reader-level
 * SQL functions parquet_schema(), parquet_row_count() and parquet_rows().
 *
 * The reader (src/parquet/) is plain C: it gets its bytes through a
 * read-at-offset callback over the HfSource (pread on a server file, or a
 * temporary copy of a staged client upload) and its memory from palloc in a
 * context of its own; it frees its column data at every row group, so memory
 * is bounded by one row group of the selected columns.  Its errors come back
 * as status codes and are raised here with a SQLSTATE naming the file (and
 * the column, which the reader's messages carry):
 *
 *	 22P04  not Parquet, truncated, corrupt footer or Thrift metadata
 *	 XX001  a corrupt page or column chunk (found while reading the data)
 *	 0A000  valid Parquet the reader does not handle (e.g. an unknown codec)
 *	 42703  a needed column is missing
 *	 58030  the file could not be read; 53200 / 54000 memory limits
 *
 * A bad Parquet file fails the whole import (it is not a per-line problem),
 * in default and strict mode alike.
 *
 * Rows are handed to the importers as the reader's value trees, which they
 * copy for a batch and read into typed records (record_parquet.c).
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "funcapi.h"
#include "mb/pg_wchar.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/jsonb.h"
#include "utils/memutils.h"
#include "utils/tuplestore.h"

#include "parquet/pq.h"
#include "import/import_parquet.h"
#include "import/parquet_row.h"

#define HF_PQ_MAX_ALLOC		((size_t) 1 << 30)

struct HfParquet
{
	HfSource   *src;
	const char *name;
	MemoryContext cxt;			/* the reader's memory */
	pq_allocator alloc;
	pq_file    *file;
	int			nrg;
	int			rg;				/* current row group, -1 before the first */
	int64		row;			/* rows handed out so far */
};

/* Hub API keys the importers read; other columns are not decoded */
static const char *const hub_keys[] = {
	"id", "author", "createdAt", "lastModified", "downloads", "downloadsAllTime",
	"likes", "trendingScore", "pipeline_tag", "library_name", "tags", "cardData",
	"config", "safetensors", "gguf", "baseModels", "siblings", "private", "gated",
	"disabled", "sdk", "models", "datasets"
};

/* palloc-backed allocator of the reader: NULL (not an error) when out of memory */
static void *
pq_palloc(void *ctx, size_t size)
{
	return MemoryContextAllocExtended((MemoryContext) ctx, Max(size, 1),
									  MCXT_ALLOC_HUGE | MCXT_ALLOC_NO_OOM);
}

/* the allocator's free */
static void
pq_pfree(void *ctx, void *ptr)
{
	pfree(ptr);
}

/* read_at callback over the HfSource */
static int
pq_source_read_at(void *ctx, uint64_t offset, void *buf, size_t len, char *errbuf, size_t errlen)
{
	return hf_source_pread((HfSource *) ctx, offset, buf, len, errbuf, errlen);
}

/*
 * raise_pq: report a reader failure as an error naming the file; opening
 * tells a footer problem (22P04) from a data problem (XX001).
 */
static void
raise_pq(const char *name, pq_status s, const char *msg, bool opening)
{
	int			code;
	const char *what;

	switch (s)
	{
		case PQ_ERR_FORMAT:
			code = opening ? ERRCODE_BAD_COPY_FILE_FORMAT : ERRCODE_DATA_CORRUPTED;
			what = opening ? "invalid Parquet file" : "corrupt data in Parquet file";
			break;
		case PQ_ERR_UNSUPPORTED:
			code = ERRCODE_FEATURE_NOT_SUPPORTED;
			what = "unsupported Parquet feature in";
			break;
		case PQ_ERR_NOMEM:
			code = ERRCODE_OUT_OF_MEMORY;
			what = "out of memory reading Parquet file";
			break;
		case PQ_ERR_LIMIT:
			code = ERRCODE_PROGRAM_LIMIT_EXCEEDED;
			what = "size limit exceeded in Parquet file";
			break;
		case PQ_ERR_NOTFOUND:
			code = ERRCODE_UNDEFINED_COLUMN;
			what = "missing column in Parquet file";
			break;
		case PQ_ERR_IO:
			code = ERRCODE_IO_ERROR;
			what = "could not read Parquet file";
			break;
		default:
			code = ERRCODE_INTERNAL_ERROR;
			what = "could not read Parquet file";
			break;
	}
	ereport(ERROR,
			(errcode(code),
			 errmsg("%s \"%s\": %s", what, name, msg)));
}

/*
 * open_reader: open the Parquet footer of an HfSource (already opened, file or
 * upload) for random access.
 */
static HfParquet *
open_reader(HfSource *src)
{
	HfParquet  *pq = palloc0(sizeof(HfParquet));
	pq_source	ps;
	pq_options	opt;
	char		err[512];
	pq_status	s;

	pq->src = src;
	pq->name = src->name;
	pq->cxt = AllocSetContextCreate(CurrentMemoryContext, "hfstate parquet", ALLOCSET_DEFAULT_SIZES);
	pq->alloc.alloc = pq_palloc;
	pq->alloc.free = pq_pfree;
	pq->alloc.ctx = pq->cxt;
	pq->rg = -1;
	ps.read_at = pq_source_read_at;
	ps.ctx = src;
	ps.size = hf_source_random_access(src);
	opt.max_alloc = HF_PQ_MAX_ALLOC;
	err[0] = '\0';
	s = pq_open(&ps, &pq->alloc, &opt, &pq->file, err, sizeof(err));
	if (s != PQ_OK)
		raise_pq(pq->name, s, err, true);
	pq->nrg = pq_num_row_groups(pq->file);
	return pq;
}

/* the top-level column of the schema with this exact name, or NULL */
static const pq_schema_node *
top_column(pq_file *f, const char *name)
{
	const pq_schema_node *root = pq_schema_root(f);

	for (int i = 0; i < root->nchildren; i++)
		if (strcmp(root->children[i]->name, name) == 0)
			return root->children[i];
	return NULL;
}

/*
 * hf_parquet_open: open a Parquet source for the importer of kind; selects
 * the Hub columns present (missing and extra columns are fine) and requires
 * "id" (and "config" for configs).
 */
HfParquet *
hf_parquet_open(HfSource *src, const char *kind)
{
	HfParquet  *pq = open_reader(src);
	const char **sel = palloc(sizeof(char *) * lengthof(hub_keys));
	int			nsel = 0;
	bool		configs = strcmp(kind, "configs") == 0;
	pq_status	s;

	for (int i = 0; i < lengthof(hub_keys); i++)
	{
		if (configs && strcmp(hub_keys[i], "id") != 0 && strcmp(hub_keys[i], "config") != 0)
			continue;
		if (top_column(pq->file, hub_keys[i]) != NULL)
			sel[nsel++] = hub_keys[i];
	}
	if (top_column(pq->file, "id") == NULL || (configs && top_column(pq->file, "config") == NULL))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_COLUMN),
				 errmsg("no column \"%s\" in Parquet file \"%s\"",
						top_column(pq->file, "id") == NULL ? "id" : "config", pq->name),
				 errdetail("Importing %s from Parquet needs a top-level column named \"id\"%s; hfstate.parquet_schema() lists the file's columns.",
						   kind, configs ? " and one named \"config\"" : "")));
	s = pq_select(pq->file, sel, nsel);
	if (s != PQ_OK)
		raise_pq(pq->name, s, pq_error(pq->file), true);
	return pq;
}

/*
 * hf_parquet_next: the next row (the reader's, valid until the next call;
 * hf_pq_row_copy() keeps one longer), with its 1-based row number as the
 * line; HF_SPLIT_EOF after the last row.  Reader errors are raised (they
 * fail the import).
 */
HfSplitResult
hf_parquet_next(HfParquet *pq, const pq_value **out, int64 *line)
{
	const pq_value *row;

	for (;;)
	{
		int			r = 0;

		CHECK_FOR_INTERRUPTS();
		if (pq->rg >= 0)
			r = pq_next_row(pq->file, &row);
		if (r < 0)
			raise_pq(pq->name, (pq_status) r, pq_error(pq->file), false);
		if (r == 1)
			break;
		if (pq->rg + 1 >= pq->nrg)
			return HF_SPLIT_EOF;
		pq->rg++;
		r = pq_read_row_group(pq->file, pq->rg);
		if (r != PQ_OK)
			raise_pq(pq->name, (pq_status) r, pq_error(pq->file), false);
		pq->src->out_bytes = pq_bytes_read(pq->file);
	}
	*out = row;
	pq->row++;
	*line = pq->row;
	return HF_SPLIT_RECORD;
}

/* the length of the longest name at or below schema node n */
static int
longest_name(const pq_schema_node *n)
{
	int			len = n->name ? (int) strlen(n->name) : 0;

	for (int i = 0; i < n->nchildren; i++)
		len = Max(len, longest_name(n->children[i]));
	return len;
}

/*
 * hf_parquet_longest_name: the length of the longest name in the file's
 * schema (it bounds the jsonb of a row, see record_parquet.c).
 */
int
hf_parquet_longest_name(HfParquet *pq)
{
	return longest_name(pq_schema_root(pq->file));
}

/* hf_parquet_num_rows: the row count of the file's footer */
int64
hf_parquet_num_rows(HfParquet *pq)
{
	return pq_num_rows(pq->file);
}

/*
 * hf_parquet_close: release the reader's memory (the source is closed by its
 * owner).
 */
void
hf_parquet_close(HfParquet *pq)
{
	pq_close(pq->file);
	MemoryContextDelete(pq->cxt);
	pfree(pq);
}

/* open a server-side Parquet file for the SQL-level functions */
static HfParquet *
open_server_parquet(FunctionCallInfo fcinfo, HfSource *src)
{
	char	   *path;

	if (PG_ARGISNULL(0))
		ereport(ERROR,
				(errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED),
				 errmsg("file must not be null")));
	path = text_to_cstring(PG_GETARG_TEXT_PP(0));
	hf_source_open_file(src, path);
	if (!hf_source_is_parquet(src))
		ereport(ERROR,
				(errcode(ERRCODE_BAD_COPY_FILE_FORMAT),
				 errmsg("invalid Parquet file \"%s\": it does not start with the magic bytes \"PAR1\"", path)));
	return open_reader(src);
}

/* append the schema rows below node n (dotted path prefix) */
static void
schema_rows(ReturnSetInfo *rsinfo, const pq_schema_node *n, const char *prefix)
{
	for (int i = 0; i < n->nchildren; i++)
	{
		const pq_schema_node *c = n->children[i];
		char	   *path = prefix[0] ? psprintf("%s.%s", prefix, c->name) : pstrdup(c->name);
		char		lt[96];
		Datum		values[6];
		bool		nulls[6] = {false, false, false, false, false, false};

		CHECK_FOR_INTERRUPTS();
		values[0] = CStringGetTextDatum(path);
		if (c->physical >= 0)
			values[1] = CStringGetTextDatum(pq_physical_name(c->physical));
		else
			nulls[1] = true;
		pq_logical_describe(&c->logical, lt, sizeof(lt));
		if (lt[0])
			values[2] = CStringGetTextDatum(lt);
		else
			nulls[2] = true;
		values[3] = CStringGetTextDatum(pq_repetition_name(c->repetition));
		values[4] = Int32GetDatum(c->max_def);
		values[5] = Int32GetDatum(c->max_rep);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
		schema_rows(rsinfo, c, path);
	}
}

/*
 * hfstate_parquet_schema: parquet_schema(file) lists every node of a Parquet
 * file's schema (groups have no physical type).
 */
PG_FUNCTION_INFO_V1(hfstate_parquet_schema);
Datum
hfstate_parquet_schema(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	HfSource	src;
	HfParquet  *pq;

	InitMaterializedSRF(fcinfo, 0);
	pq = open_server_parquet(fcinfo, &src);
	schema_rows(rsinfo, pq_schema_root(pq->file), "");
	hf_parquet_close(pq);
	hf_source_close(&src);
	return (Datum) 0;
}

/*
 * hfstate_parquet_row_count: parquet_row_count(file) is the row count of the
 * file's footer.
 */
PG_FUNCTION_INFO_V1(hfstate_parquet_row_count);
Datum
hfstate_parquet_row_count(PG_FUNCTION_ARGS)
{
	HfSource	src;
	HfParquet  *pq = open_server_parquet(fcinfo, &src);
	int64		n = pq_num_rows(pq->file);

	hf_parquet_close(pq);
	hf_source_close(&src);
	PG_RETURN_INT64(n);
}

/*
 * hfstate_parquet_rows: parquet_rows(file, columns) returns every row as a
 * jsonb object of the given top-level columns (NULL: all), NULL cells as JSON
 * null, timestamps as UTC ISO 8601 strings.
 */
PG_FUNCTION_INFO_V1(hfstate_parquet_rows);
Datum
hfstate_parquet_rows(PG_FUNCTION_ARGS)
{
	ReturnSetInfo *rsinfo = (ReturnSetInfo *) fcinfo->resultinfo;
	HfSource	src;
	HfParquet  *pq;
	const pq_value *row;
	const char *bad = NULL;
	int64		line;
	MemoryContext rowcxt;
	MemoryContext old;
	TupleDesc	tupdesc;

	/* a set of one jsonb column: InitMaterializedSRF wants a row type */
	if (rsinfo == NULL || !IsA(rsinfo, ReturnSetInfo) || !(rsinfo->allowedModes & SFRM_Materialize))
		ereport(ERROR,
				(errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
				 errmsg("set-valued function called in context that cannot accept a set")));
	old = MemoryContextSwitchTo(rsinfo->econtext->ecxt_per_query_memory);
	tupdesc = CreateTemplateTupleDesc(1);
	TupleDescInitEntry(tupdesc, (AttrNumber) 1, "parquet_rows", JSONBOID, -1, 0);
	rsinfo->returnMode = SFRM_Materialize;
	rsinfo->setResult = tuplestore_begin_heap(true, false, work_mem);
	rsinfo->setDesc = tupdesc;
	MemoryContextSwitchTo(old);
	pq = open_server_parquet(fcinfo, &src);
	if (!PG_ARGISNULL(1))
	{
		ArrayType  *arr = PG_GETARG_ARRAYTYPE_P(1);
		Datum	   *elems;
		bool	   *enulls;
		int			n;
		const char **sel;
		int			nsel = 0;
		pq_status	s;

		deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &elems, &enulls, &n);
		sel = palloc(sizeof(char *) * Max(n, 1));
		for (int i = 0; i < n; i++)
		{
			if (enulls[i])
				continue;
			sel[nsel] = text_to_cstring(DatumGetTextPP(elems[i]));
			if (top_column(pq->file, sel[nsel]) == NULL)
				ereport(ERROR,
						(errcode(ERRCODE_UNDEFINED_COLUMN),
						 errmsg("no column \"%s\" in Parquet file \"%s\"", sel[nsel], pq->name),
						 errhint("hfstate.parquet_schema() lists the file's columns.")));
			nsel++;
		}
		if (nsel == 0)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("no columns selected from Parquet file \"%s\"", pq->name)));
		s = pq_select(pq->file, sel, nsel);
		if (s != PQ_OK)
			raise_pq(pq->name, s, pq_error(pq->file), true);
	}
	rowcxt = AllocSetContextCreate(CurrentMemoryContext, "hfstate parquet row", ALLOCSET_DEFAULT_SIZES);
	for (;;)
	{
		Datum		value;
		bool		isnull = false;

		MemoryContextReset(rowcxt);
		old = MemoryContextSwitchTo(rowcxt);
		if (hf_parquet_next(pq, &row, &line) == HF_SPLIT_EOF)
		{
			MemoryContextSwitchTo(old);
			break;
		}
		value = JsonbPGetDatum(hf_pq_row_jsonb(row, true, &bad));
		if (bad != NULL)
			ereport(ERROR,
					(errcode(ERRCODE_CHARACTER_NOT_IN_REPERTOIRE),
					 errmsg("%s in row " INT64_FORMAT " of Parquet file \"%s\"", bad, line, pq->name)));
		MemoryContextSwitchTo(old);
		tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &value, &isnull);
	}
	hf_parquet_close(pq);
	hf_source_close(&src);
	return (Datum) 0;
}
