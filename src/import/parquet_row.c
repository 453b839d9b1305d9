/*
 * src/import/parquet_row.c
 *
 * A row of a hub-stats Parquet file as the Hub API record it stands for.
 *
 * The rules (the same for the jsonb and the text form): every selected
 * top-level column becomes a key of the object, NULL cells are left out (as
 * the Hub API leaves out absent fields) unless keep_nulls; the JSON-in-a-
 * string columns of hub-stats (cardData, config, gguf) are embedded as JSON
 * values when they hold a JSON object and left out otherwise (they are
 * user-written and never reject a record by themselves); timestamps are ISO
 * 8601 UTC strings ("...Z"; a timestamp not marked as UTC is taken as UTC);
 * null members of the safetensors struct (dtypes a model does not use) are
 * left out; lists and structs become arrays and objects; invalid UTF-8 in a
 * string becomes U+FFFD.
 *
 * The importers take the jsonb form, built straight from the typed values
 * with pushJsonbValue: numbers become numerics and strings jsonb strings
 * without a detour through JSON text and the JSON parser, which was about a
 * third of a Parquet import.  The result is the jsonb that jsonb_in would
 * make of the text form, down to the digits of a double (printed "%.17g" in
 * both) and the errors a record can raise (a NUL character, a string too
 * long for jsonb, a character the database encoding lacks), so a Parquet row
 * and the JSON Lines record of the same model import alike.
 */
#include "postgres.h"

#include <math.h>

#include "common/jsonapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/json.h"
#include "utils/jsonfuncs.h"
#include "utils/numeric.h"

#include "import/parquet_row.h"

/* columns that hub-stats stores as strings holding JSON */
static const char *const json_string_keys[] = {"cardData", "config", "gguf"};

typedef struct RowBuild
{
	JsonbParseState *st;
	bool		server_utf8;	/* strings need no conversion */
	pq_buf		scratch;		/* JSON text of one leaf */
	const char *bad;			/* why the row cannot be a record */
} RowBuild;

/* palloc-backed allocator for the JSON writer's buffers */
static void *
row_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, Max(size, 1));
}

/* the allocator's free */
static void
row_free(void *ctx, void *ptr)
{
	pfree(ptr);
}

static const pq_allocator row_allocator = {row_alloc, row_free, NULL};

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
 * (and row group); it must not outlive the open file (field names).
 */
pq_value *
hf_pq_row_copy(const pq_value *row)
{
	Size		size = sizeof(pq_value) + copy_extra(row);
	char	   *chunk = MemoryContextAllocHuge(CurrentMemoryContext, size);
	char	   *cursor = chunk + sizeof(pq_value);

	copy_into((pq_value *) chunk, row, &cursor);
	Assert(cursor == chunk + size);
	return (pq_value *) chunk;
}

/* is name one of the JSON-in-a-string columns? */
static bool
is_json_string_key(const char *name)
{
	for (int i = 0; i < lengthof(json_string_keys); i++)
		if (strcmp(name, json_string_keys[i]) == 0)
			return true;
	return false;
}

/* is s (len bytes) the text of one JSON object? */
static bool
is_json_object_text(const uint8 *s, uint32 len)
{
	uint32		i = 0;
	JsonLexContext *lex;
	bool		ok;

	while (i < len && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
		i++;
	if (i == len || s[i] != '{' || memchr(s, '\0', len) != NULL)
		return false;
	lex = makeJsonLexContextCstringLen((char *) s, (int) len, PG_UTF8, false);
	ok = pg_parse_json(lex, &nullSemAction) == JSON_SUCCESS;
	pfree(lex);
	return ok;
}

/* how a top-level cell enters the record */
typedef enum FieldUse
{
	FIELD_SKIP,					/* left out */
	FIELD_EMBED,				/* JSON text held in a string, embedded as JSON */
	FIELD_VALUE,				/* the value itself */
	FIELD_VALUE_DROP_NULLS		/* the value, null struct members left out */
} FieldUse;

/*
 * field_use: the rules of the header comment for one top-level cell, shared
 * by the jsonb and the text form.
 */
static FieldUse
field_use(const pq_value *v, const char *name, bool keep_nulls)
{
	if (v->kind == PQ_V_NULL && !keep_nulls)
		return FIELD_SKIP;
	if (!keep_nulls && v->kind == PQ_V_STRING && is_json_string_key(name))
		return is_json_object_text(v->u.s.ptr, v->u.s.len) ? FIELD_EMBED : FIELD_SKIP;
	return strcmp(name, "safetensors") == 0 ? FIELD_VALUE_DROP_NULLS : FIELD_VALUE;
}

/* the error jsonb_in raises for a string longer than jsonb can hold */
static void
check_string_len(size_t len)
{
	if (len > JENTRY_OFFLENMASK)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("string too long to represent as jsonb string"),
				 errdetail("Due to an implementation restriction, jsonb strings cannot exceed %d bytes.",
						   JENTRY_OFFLENMASK)));
}

/*
 * string_value: a Parquet string (UTF-8 as stored) as a jsonb string in the
 * database encoding: invalid UTF-8 becomes U+FFFD (as in the text form); a
 * NUL character raises the error jsonb_in gives for "\u0000".
 */
static void
string_value(RowBuild *rb, const uint8 *p, uint32 len, JsonbValue *v)
{
	const char *s = (const char *) p;
	int			slen = (int) len;

	check_string_len(len);
	if (!pg_verify_mbstr(PG_UTF8, s, slen, true))
	{
		StringInfoData fixed;
		uint32		i = 0;

		initStringInfo(&fixed);
		while (i < len)
		{
			int			l = pg_utf_mblen(p + i);

			if (p[i] == '\0')
				ereport(ERROR,
						(errcode(ERRCODE_UNTRANSLATABLE_CHARACTER),
						 errmsg("unsupported Unicode escape sequence"),
						 errdetail("\\u0000 cannot be converted to text.")));
			if (l <= (int) (len - i) && pg_utf8_islegal(p + i, l))
			{
				appendBinaryStringInfo(&fixed, s + i, l);
				i += l;
			}
			else
			{
				appendBinaryStringInfo(&fixed, "\xef\xbf\xbd", 3);
				i++;
			}
		}
		s = fixed.data;
		slen = fixed.len;
		check_string_len(slen);
	}
	if (!rb->server_utf8)
	{
		char	   *conv = pg_any_to_server(s, slen, PG_UTF8);

		if (conv != s)
			slen = strlen(conv);
		s = conv;
	}
	v->type = jbvString;
	v->val.string.val = (char *) s;
	v->val.string.len = slen;
}

/* a numeric from the text of a JSON number */
static void
numeric_value(const char *text, JsonbValue *v)
{
	v->type = jbvNumeric;
	v->val.numeric = DatumGetNumeric(DirectFunctionCall3(numeric_in, CStringGetDatum(text),
														 ObjectIdGetDatum(InvalidOid),
														 Int32GetDatum(-1)));
}

/* push a value as an array element or an object member, whichever is open */
static void
push_scalar(RowBuild *rb, JsonbValue *v)
{
	pushJsonbValue(&rb->st, rb->st->contVal.type == jbvArray ? WJB_ELEM : WJB_VALUE, v);
}

/*
 * leaf_value: a leaf the JSON writer formats (dates, times, timestamps,
 * decimals, bytes): a quoted result is a string with nothing to unescape,
 * anything else a number.
 */
static void
leaf_value(RowBuild *rb, const pq_value *pv, JsonbValue *v)
{
	pq_buf_reset(&rb->scratch);
	if (pq_value_to_json(&rb->scratch, pv) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory building a Parquet row")));
	if (rb->scratch.len >= 2 && rb->scratch.data[0] == '"')
	{
		v->type = jbvString;
		v->val.string.val = pnstrdup(rb->scratch.data + 1, rb->scratch.len - 2);
		v->val.string.len = (int) rb->scratch.len - 2;
	}
	else
		numeric_value(rb->scratch.data, v);
}

/* push v (drop_nulls: leave out the null members of structs) */
static void
push_value(RowBuild *rb, const pq_value *pv, bool drop_nulls)
{
	JsonbValue	v;
	char		tmp[64];

	switch (pv->kind)
	{
		case PQ_V_NULL:
			v.type = jbvNull;
			break;
		case PQ_V_BOOL:
			v.type = jbvBool;
			v.val.boolean = pv->u.b != 0;
			break;
		case PQ_V_INT:
			v.type = jbvNumeric;
			v.val.numeric = int64_to_numeric(pv->u.i);
			break;
		case PQ_V_UINT:
			snprintf(tmp, sizeof(tmp), UINT64_FORMAT, (uint64) pv->u.u);
			numeric_value(tmp, &v);
			break;
		case PQ_V_DOUBLE:
			if (isnan(pv->u.d) || isinf(pv->u.d))
			{
				v.type = jbvString;
				v.val.string.val = isnan(pv->u.d) ? "NaN" : pv->u.d > 0 ? "Infinity" : "-Infinity";
				v.val.string.len = strlen(v.val.string.val);
			}
			else
			{
				snprintf(tmp, sizeof(tmp), "%.17g", pv->u.d);
				numeric_value(tmp, &v);
			}
			break;
		case PQ_V_STRING:
			string_value(rb, pv->u.s.ptr, pv->u.s.len, &v);
			break;
		case PQ_V_TIMESTAMP:
			{
				pq_value	utc = *pv;

				utc.u.ts.utc = 1;
				leaf_value(rb, &utc, &v);
				break;
			}
		case PQ_V_LIST:
			pushJsonbValue(&rb->st, WJB_BEGIN_ARRAY, NULL);
			for (uint32 i = 0; i < pv->u.list.n; i++)
				push_value(rb, &pv->u.list.items[i], drop_nulls);
			pushJsonbValue(&rb->st, WJB_END_ARRAY, NULL);
			return;
		case PQ_V_STRUCT:
			pushJsonbValue(&rb->st, WJB_BEGIN_OBJECT, NULL);
			for (uint32 i = 0; i < pv->u.st.n; i++)
			{
				JsonbValue	k;

				if (drop_nulls && pv->u.st.fields[i].kind == PQ_V_NULL)
					continue;
				string_value(rb, (const uint8 *) pv->u.st.names[i], strlen(pv->u.st.names[i]), &k);
				pushJsonbValue(&rb->st, WJB_KEY, &k);
				push_value(rb, &pv->u.st.fields[i], drop_nulls);
			}
			pushJsonbValue(&rb->st, WJB_END_OBJECT, NULL);
			return;
		default:				/* bytes, dates, times, decimals */
			leaf_value(rb, pv, &v);
			break;
	}
	push_scalar(rb, &v);
}

/*
 * JSON parser callbacks that push an embedded JSON text into the row.
 * sem_object_start: an embedded object begins.
 */
static void
sem_object_start(void *state)
{
	pushJsonbValue(&((RowBuild *) state)->st, WJB_BEGIN_OBJECT, NULL);
}

/* an embedded object ends */
static void
sem_object_end(void *state)
{
	pushJsonbValue(&((RowBuild *) state)->st, WJB_END_OBJECT, NULL);
}

/* an embedded array begins */
static void
sem_array_start(void *state)
{
	pushJsonbValue(&((RowBuild *) state)->st, WJB_BEGIN_ARRAY, NULL);
}

/* an embedded array ends */
static void
sem_array_end(void *state)
{
	pushJsonbValue(&((RowBuild *) state)->st, WJB_END_ARRAY, NULL);
}

/* an embedded object's key (jsonb_in's length limit applies) */
static void
sem_field_start(void *state, char *fname, bool isnull)
{
	JsonbValue	k;

	check_string_len(strlen(fname));
	k.type = jbvString;
	k.val.string.val = fname;
	k.val.string.len = strlen(fname);
	pushJsonbValue(&((RowBuild *) state)->st, WJB_KEY, &k);
}

/* an embedded scalar, converted as jsonb_in converts it */
static void
sem_scalar(void *state, char *token, JsonTokenType type)
{
	JsonbValue	v;

	switch (type)
	{
		case JSON_TOKEN_STRING:
			check_string_len(strlen(token));
			v.type = jbvString;
			v.val.string.val = token;
			v.val.string.len = strlen(token);
			break;
		case JSON_TOKEN_NUMBER:
			numeric_value(token, &v);
			break;
		case JSON_TOKEN_TRUE:
		case JSON_TOKEN_FALSE:
			v.type = jbvBool;
			v.val.boolean = type == JSON_TOKEN_TRUE;
			break;
		default:
			v.type = jbvNull;
			break;
	}
	push_scalar((RowBuild *) state, &v);
}

/*
 * embed_json: push the JSON object text of a cardData/config/gguf cell (its
 * syntax checked already) as the value of the open key.  Invalid UTF-8 in it
 * makes the row unusable (rb->bad), as it makes the JSON Lines record.
 */
static void
embed_json(RowBuild *rb, const uint8 *p, uint32 len)
{
	char	   *text = (char *) p;
	int			tlen = (int) len;
	JsonLexContext *lex;
	JsonSemAction sem = {0};
	JsonParseErrorType r;

	if (!pg_verify_mbstr(PG_UTF8, text, tlen, true))
	{
		rb->bad = "invalid UTF-8 byte sequence";
		return;
	}
	if (!rb->server_utf8)
	{
		text = pg_any_to_server(text, tlen, PG_UTF8);
		if (text != (char *) p)
			tlen = strlen(text);
	}
	lex = makeJsonLexContextCstringLen(text, tlen, GetDatabaseEncoding(), true);
	sem.semstate = rb;
	sem.object_start = sem_object_start;
	sem.object_end = sem_object_end;
	sem.array_start = sem_array_start;
	sem.array_end = sem_array_end;
	sem.object_field_start = sem_field_start;
	sem.scalar = sem_scalar;
	r = pg_parse_json(lex, &sem);
	if (r != JSON_SUCCESS)
		json_ereport_error(r, lex);
}

/*
 * hf_pq_row_jsonb: the row as the Hub API jsonb object.  Returns NULL and
 * sets *bad when the row cannot be a record; data errors of the values are
 * raised (the importers parse inside a subtransaction and reject the row).
 */
Jsonb *
hf_pq_row_jsonb(const pq_value *row, bool keep_nulls, const char **bad)
{
	RowBuild	rb = {0};
	JsonbValue *res = NULL;

	rb.server_utf8 = GetDatabaseEncoding() == PG_UTF8;
	pq_buf_init(&rb.scratch, &row_allocator);
	pushJsonbValue(&rb.st, WJB_BEGIN_OBJECT, NULL);
	for (uint32 i = 0; i < row->u.st.n; i++)
	{
		const pq_value *v = &row->u.st.fields[i];
		const char *name = row->u.st.names[i];
		FieldUse	use = field_use(v, name, keep_nulls);
		JsonbValue	k;

		if (use == FIELD_SKIP)
			continue;
		string_value(&rb, (const uint8 *) name, strlen(name), &k);
		pushJsonbValue(&rb.st, WJB_KEY, &k);
		if (use == FIELD_EMBED)
			embed_json(&rb, v->u.s.ptr, v->u.s.len);
		else
			push_value(&rb, v, use == FIELD_VALUE_DROP_NULLS);
		if (rb.bad != NULL)
		{
			*bad = rb.bad;
			return NULL;
		}
	}
	res = pushJsonbValue(&rb.st, WJB_END_OBJECT, NULL);
	pq_buf_free(&rb.scratch);
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

/* the text form of push_value */
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

	pq_buf_init(&scratch, &row_allocator);
	appendStringInfoChar(out, '{');
	for (uint32 i = 0; i < row->u.st.n; i++)
	{
		const pq_value *v = &row->u.st.fields[i];
		const char *name = row->u.st.names[i];
		FieldUse	use = field_use(v, name, keep_nulls);

		if (use == FIELD_SKIP)
			continue;
		if (!first)
			appendStringInfoChar(out, ',');
		first = false;
		escape_json(out, name);
		appendStringInfoChar(out, ':');
		if (use == FIELD_EMBED)
			appendBinaryStringInfo(out, (const char *) v->u.s.ptr, (int) v->u.s.len);
		else
			put_value(&scratch, out, v, use == FIELD_VALUE_DROP_NULLS);
	}
	appendStringInfoChar(out, '}');
	pq_buf_free(&scratch);
}
