/*
 * src/import/parquet_cell.c
 *
 * Cells of a hub-stats Parquet row as the jsonb values of the Hub API record
 * the row stands for.
 *
 * The rules (the same for the jsonb and the text form of parquet_row.c):
 * every selected top-level column becomes a key of the object, NULL cells
 * are left out (as the Hub API leaves out absent fields) unless keep_nulls;
 * the JSON-in-a-string columns of hub-stats (cardData, config, gguf) are
 * embedded as JSON values when they hold a JSON object and left out
 * otherwise (they are user-written and never reject a record by themselves);
 * timestamps are ISO 8601 UTC strings ("...Z"; a timestamp not marked as UTC
 * is taken as UTC); null members of the safetensors struct (dtypes a model
 * does not use) are left out; lists and structs become arrays and objects;
 * invalid UTF-8 in a string becomes U+FFFD.
 *
 * Values are built with pushJsonbValue straight from the typed values:
 * numbers become numerics and strings jsonb strings without a detour through
 * JSON text and the JSON parser.  The result is the jsonb that jsonb_in
 * would make of the text form, down to the digits of a double (printed
 * "%.17g" in both) and the errors a value can raise (a NUL character, a
 * string too long for jsonb, a character the database encoding lacks), so a
 * Parquet row and the JSON Lines record of the same model import alike.
 */
#include "postgres.h"

#include <math.h>

#include "common/jsonapi.h"
#include "mb/pg_wchar.h"
#include "utils/builtins.h"
#include "utils/jsonfuncs.h"
#include "utils/numeric.h"

#include "import/parquet_cell.h"

/* columns that hub-stats stores as strings holding JSON */
static const char *const json_string_keys[] = {"cardData", "config", "gguf"};

/* palloc-backed allocator for the JSON writer's buffers */
static void *
cell_alloc(void *ctx, size_t size)
{
	return MemoryContextAllocHuge(CurrentMemoryContext, Max(size, 1));
}

/* the allocator's free */
static void
cell_free(void *ctx, void *ptr)
{
	pfree(ptr);
}

const pq_allocator hf_pq_palloc_allocator = {cell_alloc, cell_free, NULL};

/*
 * hf_pqj_init: a fresh build state, for the current memory context (which
 * must outlive the values built).
 */
void
hf_pqj_init(HfPqJsonb *b)
{
	memset(b, 0, sizeof(*b));
	b->server_utf8 = GetDatabaseEncoding() == PG_UTF8;
	pq_buf_init(&b->scratch, &hf_pq_palloc_allocator);
}

/* hf_pqj_free: release the build state's scratch memory */
void
hf_pqj_free(HfPqJsonb *b)
{
	pq_buf_free(&b->scratch);
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

/*
 * hf_pq_use: the rules of the header comment for top-level cell v of column
 * name.
 */
HfPqUse
hf_pq_use(const pq_value *v, const char *name, bool keep_nulls)
{
	if (v->kind == PQ_V_NULL && !keep_nulls)
		return HF_PQ_SKIP;
	if (!keep_nulls && v->kind == PQ_V_STRING && is_json_string_key(name))
		return is_json_object_text(v->u.s.ptr, v->u.s.len) ? HF_PQ_EMBED : HF_PQ_SKIP;
	return strcmp(name, "safetensors") == 0 ? HF_PQ_VALUE_DROP_NULLS : HF_PQ_VALUE;
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
 * hf_pq_string: a Parquet string (UTF-8 as stored) as a jsonb string in the
 * database encoding: invalid UTF-8 becomes U+FFFD (as in the text form); a
 * NUL character raises the error jsonb_in gives for "\u0000".  The result
 * may point into p (it is not NUL-terminated).
 */
void
hf_pq_string(HfPqJsonb *b, const uint8 *p, uint32 len, JsonbValue *v)
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
	if (!b->server_utf8)
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
push_scalar(HfPqJsonb *b, JsonbValue *v)
{
	pushJsonbValue(&b->st, b->st->contVal.type == jbvArray ? WJB_ELEM : WJB_VALUE, v);
}

/* close the innermost container; the outermost one becomes b->done */
static void
push_end(HfPqJsonb *b, JsonbIteratorToken tok)
{
	JsonbValue *res = pushJsonbValue(&b->st, tok, NULL);

	if (b->st == NULL)
		b->done = res;
}

/*
 * leaf_value: a leaf the JSON writer formats (dates, times, timestamps,
 * decimals, bytes): a quoted result is a string with nothing to unescape,
 * anything else a number.
 */
static void
leaf_value(HfPqJsonb *b, const pq_value *pv, JsonbValue *v)
{
	pq_buf_reset(&b->scratch);
	if (pq_value_to_json(&b->scratch, pv) != 0)
		ereport(ERROR,
				(errcode(ERRCODE_OUT_OF_MEMORY),
				 errmsg("out of memory building a Parquet row")));
	if (b->scratch.len >= 2 && b->scratch.data[0] == '"')
	{
		v->type = jbvString;
		v->val.string.val = pnstrdup(b->scratch.data + 1, b->scratch.len - 2);
		v->val.string.len = (int) b->scratch.len - 2;
	}
	else
		numeric_value(b->scratch.data, v);
}

/* a value that is neither a list nor a struct */
static void
scalar_value(HfPqJsonb *b, const pq_value *pv, JsonbValue *v)
{
	char		tmp[64];

	switch (pv->kind)
	{
		case PQ_V_NULL:
			v->type = jbvNull;
			break;
		case PQ_V_BOOL:
			v->type = jbvBool;
			v->val.boolean = pv->u.b != 0;
			break;
		case PQ_V_INT:
			v->type = jbvNumeric;
			v->val.numeric = int64_to_numeric(pv->u.i);
			break;
		case PQ_V_UINT:
			snprintf(tmp, sizeof(tmp), UINT64_FORMAT, (uint64) pv->u.u);
			numeric_value(tmp, v);
			break;
		case PQ_V_DOUBLE:
			if (isnan(pv->u.d) || isinf(pv->u.d))
			{
				v->type = jbvString;
				v->val.string.val = isnan(pv->u.d) ? "NaN" : pv->u.d > 0 ? "Infinity" : "-Infinity";
				v->val.string.len = strlen(v->val.string.val);
			}
			else
			{
				snprintf(tmp, sizeof(tmp), "%.17g", pv->u.d);
				numeric_value(tmp, v);
			}
			break;
		case PQ_V_STRING:
			hf_pq_string(b, pv->u.s.ptr, pv->u.s.len, v);
			break;
		case PQ_V_TIMESTAMP:
			{
				pq_value	utc = *pv;

				utc.u.ts.utc = 1;
				leaf_value(b, &utc, v);
				break;
			}
		default:				/* bytes, dates, times, decimals */
			leaf_value(b, pv, v);
			break;
	}
}

/*
 * hf_pq_push: push value pv as the element or member value the open
 * container expects next, or as a container of its own when none is open
 * (then pv must be a list or a struct); drop_nulls leaves out the null
 * members of structs.
 */
void
hf_pq_push(HfPqJsonb *b, const pq_value *pv, bool drop_nulls)
{
	JsonbValue	v;

	switch (pv->kind)
	{
		case PQ_V_LIST:
			pushJsonbValue(&b->st, WJB_BEGIN_ARRAY, NULL);
			for (uint32 i = 0; i < pv->u.list.n; i++)
				hf_pq_push(b, &pv->u.list.items[i], drop_nulls);
			push_end(b, WJB_END_ARRAY);
			break;
		case PQ_V_STRUCT:
			pushJsonbValue(&b->st, WJB_BEGIN_OBJECT, NULL);
			for (uint32 i = 0; i < pv->u.st.n; i++)
			{
				JsonbValue	k;

				if (drop_nulls && pv->u.st.fields[i].kind == PQ_V_NULL)
					continue;
				hf_pq_string(b, (const uint8 *) pv->u.st.names[i], strlen(pv->u.st.names[i]), &k);
				pushJsonbValue(&b->st, WJB_KEY, &k);
				hf_pq_push(b, &pv->u.st.fields[i], drop_nulls);
			}
			push_end(b, WJB_END_OBJECT);
			break;
		default:
			scalar_value(b, pv, &v);
			push_scalar(b, &v);
			break;
	}
}

/*
 * JSON parser callbacks that push an embedded JSON text into the row.
 * sem_object_start: an embedded object begins.
 */
static void
sem_object_start(void *state)
{
	pushJsonbValue(&((HfPqJsonb *) state)->st, WJB_BEGIN_OBJECT, NULL);
}

/* an embedded object ends */
static void
sem_object_end(void *state)
{
	push_end((HfPqJsonb *) state, WJB_END_OBJECT);
}

/* an embedded array begins */
static void
sem_array_start(void *state)
{
	pushJsonbValue(&((HfPqJsonb *) state)->st, WJB_BEGIN_ARRAY, NULL);
}

/* an embedded array ends */
static void
sem_array_end(void *state)
{
	push_end((HfPqJsonb *) state, WJB_END_ARRAY);
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
	pushJsonbValue(&((HfPqJsonb *) state)->st, WJB_KEY, &k);
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
	push_scalar((HfPqJsonb *) state, &v);
}

/*
 * hf_pq_push_embedded: push the JSON object text of a cardData/config/gguf
 * cell (hf_pq_use() checked its syntax) like hf_pq_push().  Invalid UTF-8 in
 * it makes the row unusable (b->bad), as it makes the JSON Lines record.
 */
void
hf_pq_push_embedded(HfPqJsonb *b, const uint8 *p, uint32 len)
{
	char	   *text = (char *) p;
	int			tlen = (int) len;
	JsonLexContext *lex;
	JsonSemAction sem = {0};
	JsonParseErrorType r;

	if (!pg_verify_mbstr(PG_UTF8, text, tlen, true))
	{
		b->bad = "invalid UTF-8 byte sequence";
		return;
	}
	if (!b->server_utf8)
	{
		text = pg_any_to_server(text, tlen, PG_UTF8);
		if (text != (char *) p)
			tlen = strlen(text);
	}
	lex = makeJsonLexContextCstringLen(text, tlen, GetDatabaseEncoding(), true);
	sem.semstate = b;
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
 * hf_pq_cell: top-level cell v, to enter the record as use says (not
 * HF_PQ_SKIP), as the JsonbValue a lookup in the row's jsonb would give:
 * a scalar, or a list, struct or embedded object as jbvBinary.  False when
 * the row cannot be a record (b->bad).
 */
bool
hf_pq_cell(HfPqJsonb *b, const pq_value *v, HfPqUse use, JsonbValue *out)
{
	Jsonb	   *jb;

	b->st = NULL;
	b->done = NULL;
	if (use == HF_PQ_EMBED)
	{
		hf_pq_push_embedded(b, v->u.s.ptr, v->u.s.len);
		if (b->bad != NULL)
			return false;
	}
	else if (v->kind == PQ_V_LIST || v->kind == PQ_V_STRUCT)
		hf_pq_push(b, v, use == HF_PQ_VALUE_DROP_NULLS);
	else
	{
		scalar_value(b, v, out);
		return true;
	}
	Assert(b->st == NULL && b->done != NULL);
	jb = JsonbValueToJsonb(b->done);
	out->type = jbvBinary;
	out->val.binary.data = &jb->root;
	out->val.binary.len = VARSIZE(jb) - VARHDRSZ;
	return true;
}

/*
 * hf_pq_check: raise the errors that building value pv would raise, without
 * building it: those of its strings and of the names of its structs'
 * members, in the order hf_pq_push() meets them.  Its other values cannot
 * fail; jsonb's limits on the size of a container cannot be reached by a
 * row of the size record_parquet.c reads cell by cell.
 */
void
hf_pq_check(HfPqJsonb *b, const pq_value *pv, bool drop_nulls)
{
	JsonbValue	v;

	switch (pv->kind)
	{
		case PQ_V_STRING:
			hf_pq_string(b, pv->u.s.ptr, pv->u.s.len, &v);
			break;
		case PQ_V_LIST:
			for (uint32 i = 0; i < pv->u.list.n; i++)
				hf_pq_check(b, &pv->u.list.items[i], drop_nulls);
			break;
		case PQ_V_STRUCT:
			for (uint32 i = 0; i < pv->u.st.n; i++)
			{
				if (drop_nulls && pv->u.st.fields[i].kind == PQ_V_NULL)
					continue;
				hf_pq_string(b, (const uint8 *) pv->u.st.names[i], strlen(pv->u.st.names[i]), &v);
				hf_pq_check(b, &pv->u.st.fields[i], drop_nulls);
			}
			break;
		default:
			break;
	}
}
