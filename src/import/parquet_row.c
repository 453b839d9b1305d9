/*
 * src/import/parquet_row.c
 *
 * A row of a hub-stats Parquet file as the Hub API record it stands for:
 * a copy that outlives the reader's row buffer, the record as jsonb (each
 * cell built by parquet_cell.c; parquet_rows() returns it), and the record
 * as JSON text (the raw start of a rejected row), both by the rules of
 * parquet_cell.c.
 */
#include "postgres.h"

#include "utils/json.h"

#include "import/parquet_cell.h"
#include "import/parquet_row.h"

/* bytes a deep copy of v needs beyond the pq_value itself (8-byte aligned) */
static Size
copy_extra(const pq_value *v)
{
	Size		n = 0;

	switch (v->kind)
	{
		case PQ_V_STRING:
		case PQ_V_BYTES:
			return MAXALIGN(v->u.s.len);
		case PQ_V_DECIMAL:
			return MAXALIGN(v->u.dec.len);
		case PQ_V_LIST:
			for (uint32 i = 0; i < v->u.list.n; i++)
				n += sizeof(pq_value) + copy_extra(&v->u.list.items[i]);
			return n;
		case PQ_V_STRUCT:
			for (uint32 i = 0; i < v->u.st.n; i++)
				n += sizeof(pq_value) + copy_extra(&v->u.st.fields[i]);
			return n;
		default:
			return 0;
	}
}

/* copy src into *dst, taking the memory below it from *cursor */
static void
copy_into(pq_value *dst, const pq_value *src, char **cursor)
{
	*dst = *src;
	switch (src->kind)
	{
		case PQ_V_STRING:
		case PQ_V_BYTES:
			if (src->u.s.len > 0)
				memcpy(*cursor, src->u.s.ptr, src->u.s.len);
			dst->u.s.ptr = (const uint8 *) *cursor;
			*cursor += MAXALIGN(src->u.s.len);
			break;
		case PQ_V_DECIMAL:
			if (src->u.dec.len > 0)
			{
				memcpy(*cursor, src->u.dec.ptr, src->u.dec.len);
				dst->u.dec.ptr = (const uint8 *) *cursor;
				*cursor += MAXALIGN(src->u.dec.len);
			}
			break;
		case PQ_V_LIST:
			dst->u.list.items = (pq_value *) *cursor;
			*cursor += sizeof(pq_value) * src->u.list.n;
			for (uint32 i = 0; i < src->u.list.n; i++)
				copy_into(&dst->u.list.items[i], &src->u.list.items[i], cursor);
			break;
		case PQ_V_STRUCT:
			/* field names stay the reader's: they live as long as the open file */
			dst->u.st.fields = (pq_value *) *cursor;
			*cursor += sizeof(pq_value) * src->u.st.n;
			for (uint32 i = 0; i < src->u.st.n; i++)
				copy_into(&dst->u.st.fields[i], &src->u.st.fields[i], cursor);
			break;
		default:
			break;
	}
}

/*
 * hf_pq_row_copy: a deep copy of a row in one palloc chunk of the current
 * memory context, so that a batch of rows outlives the reader's row buffer
 * (and row group); it must not outlive the open file (field names).  *size
 * is set to the bytes it takes.
 */
pq_value *
hf_pq_row_copy(const pq_value *row, Size *size)
{
	char	   *chunk;
	char	   *cursor;

	*size = sizeof(pq_value) + copy_extra(row);
	chunk = MemoryContextAllocHuge(CurrentMemoryContext, *size);
	cursor = chunk + sizeof(pq_value);
	copy_into((pq_value *) chunk, row, &cursor);
	Assert(cursor == chunk + *size);
	return (pq_value *) chunk;
}

/*
 * hf_pq_row_jsonb: the row as the Hub API jsonb object.  Returns NULL and
 * sets *bad when the row cannot be a record; data errors of the values are
 * raised (the importers parse inside a subtransaction and reject the row).
 */
Jsonb *
hf_pq_row_jsonb(const pq_value *row, bool keep_nulls, const char **bad)
{
	HfPqJsonb	b;
	JsonbValue *res;

	hf_pqj_init(&b);
	pushJsonbValue(&b.st, WJB_BEGIN_OBJECT, NULL);
	for (uint32 i = 0; i < row->u.st.n; i++)
	{
		const pq_value *v = &row->u.st.fields[i];
		const char *name = row->u.st.names[i];
		HfPqUse		use = hf_pq_use(v, name, keep_nulls);
		JsonbValue	k;

		if (use == HF_PQ_SKIP)
			continue;
		hf_pq_string(&b, (const uint8 *) name, strlen(name), &k);
		pushJsonbValue(&b.st, WJB_KEY, &k);
		if (use == HF_PQ_EMBED)
			hf_pq_push_embedded(&b, v->u.s.ptr, v->u.s.len);
		else
			hf_pq_push(&b, v, use == HF_PQ_VALUE_DROP_NULLS);
		if (b.bad != NULL)
		{
			*bad = b.bad;
			return NULL;
		}
	}
	res = pushJsonbValue(&b.st, WJB_END_OBJECT, NULL);
	hf_pqj_free(&b);
	return JsonbValueToJsonb(res);
}

/* append one value through the reader's JSON writer */
static void
put_leaf(pq_buf *scratch, StringInfo out, const pq_value *v)
{
	pq_buf_reset(scratch);
	if (pq_value_to_json(scratch, v) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory writing a Parquet row")));
	appendBinaryStringInfo(out, scratch->data, (int) scratch->len);
}

/* the text form of hf_pq_push() */
static void
put_value(pq_buf *scratch, StringInfo out, const pq_value *v, bool drop_nulls)
{
	bool		first = true;

	switch (v->kind)
	{
		case PQ_V_TIMESTAMP:
			{
				pq_value	utc = *v;

				utc.u.ts.utc = 1;
				put_leaf(scratch, out, &utc);
				break;
			}
		case PQ_V_LIST:
			appendStringInfoChar(out, '[');
			for (uint32 i = 0; i < v->u.list.n; i++)
			{
				if (i > 0)
					appendStringInfoChar(out, ',');
				put_value(scratch, out, &v->u.list.items[i], drop_nulls);
			}
			appendStringInfoChar(out, ']');
			break;
		case PQ_V_STRUCT:
			appendStringInfoChar(out, '{');
			for (uint32 i = 0; i < v->u.st.n; i++)
			{
				if (drop_nulls && v->u.st.fields[i].kind == PQ_V_NULL)
					continue;
				if (!first)
					appendStringInfoChar(out, ',');
				first = false;
				escape_json(out, v->u.st.names[i]);
				appendStringInfoChar(out, ':');
				put_value(scratch, out, &v->u.st.fields[i], drop_nulls);
			}
			appendStringInfoChar(out, '}');
			break;
		default:
			put_leaf(scratch, out, v);
			break;
	}
}

/*
 * hf_pq_row_text: the row as the text of its Hub API JSON object, appended
 * to out (the raw start of a rejected row; the same rules as the jsonb).
 */
void
hf_pq_row_text(const pq_value *row, bool keep_nulls, StringInfo out)
{
	pq_buf		scratch;
	bool		first = true;

	pq_buf_init(&scratch, &hf_pq_palloc_allocator);
	appendStringInfoChar(out, '{');
	for (uint32 i = 0; i < row->u.st.n; i++)
	{
		const pq_value *v = &row->u.st.fields[i];
		const char *name = row->u.st.names[i];
		HfPqUse		use = hf_pq_use(v, name, keep_nulls);

		if (use == HF_PQ_SKIP)
			continue;
		if (!first)
			appendStringInfoChar(out, ',');
		first = false;
		escape_json(out, name);
		appendStringInfoChar(out, ':');
		if (use == HF_PQ_EMBED)
			appendBinaryStringInfo(out, (const char *) v->u.s.ptr, (int) v->u.s.len);
		else
			put_value(&scratch, out, v, use == HF_PQ_VALUE_DROP_NULLS);
	}
	appendStringInfoChar(out, '}');
	pq_buf_free(&scratch);
}
