/*
 * src/import/record_parquet.c
 *
 * The Parquet reader of Hub records (see record_parquet.h).  A row reads
 * exactly as the JSON record that parquet_row.c would make of it reads in
 * the JSON reader, with the same values, rejects and messages, without that
 * detour:
 *
 * 1. The cells, in column order, become what the row's jsonb would hold
 *    (parquet_cell.c, so they raise the same errors, and invalid UTF-8 in
 *    embedded JSON makes the row unusable at the same column).  The kinds a
 *    hub-stats file has for the counts (INT), the trending score (DOUBLE),
 *    the dates (TIMESTAMP), the lists of strings, siblings and baseModels go
 *    straight into the record when their value is one the check of the field
 *    accepts; other cells become the JsonbValue a lookup in the row's jsonb
 *    would give.  Columns the kind does not read are only checked.
 * 2. The fields not typed yet are checked in the kind's order with the JSON
 *    reader's checks (hf_record_set).
 *
 * A row too big to rule out jsonb's 256 MB limit on the row's jsonb (which
 * the cells alone might not reach) is read through that jsonb instead.
 */
#include "postgres.h"

#include <math.h>

#include "utils/datetime.h"

#include "import/parquet_cell.h"
#include "import/parquet_row.h"
#include "import/record_parquet.h"

struct HfPqRecordReader
{
	const HfField *fields;		/* the kind's fields, in check order */
	int			nfields;
	Size		max_rowsize;	/* larger rows are read through their jsonb */
	int64		ts_lo;			/* timestamps in [ts_lo, ts_hi) (micros since */
	int64		ts_hi;			/* 1970) fall in the years 2000..2100 */
	MemoryContext cxt;			/* of the reader */
	const char *const *names;	/* the columns the map is for */
	uint32		ncols;
	int		   *field;			/* HfField of each column, -1 if not read */
};

/* micros from 1970-01-01 to 2000-01-01, the PostgreSQL epoch */
#define HF_UNIX_TO_PG_USECS ((int64) (POSTGRES_EPOCH_JDATE - UNIX_EPOCH_JDATE) * USECS_PER_DAY)

/*
 * hf_pq_record_reader: a reader for the fields of a kind, in the current
 * memory context, for a file whose longest schema name has longest_name
 * bytes.
 *
 * The size bound: a value takes sizeof(pq_value) bytes of the row's copy
 * plus its own bytes (of a string, byte array or decimal); in the row's
 * jsonb it takes at most 64 bytes, 16 per byte of its own (U+FFFD for a bad
 * byte triples it, encoding conversion may quadruple that; embedded JSON
 * text grows less) and 16 per byte of its name as a struct member.
 */
HfPqRecordReader *
hf_pq_record_reader(const HfField *fields, int nfields, int longest_name)
{
	HfPqRecordReader *rd = palloc0(sizeof(HfPqRecordReader));
	double		per_byte = 16 + (64 + 16.0 * longest_name) / sizeof(pq_value);

	rd->fields = fields;
	rd->nfields = nfields;
	rd->max_rowsize = (Size) (JENTRY_OFFLENMASK / per_byte);
	rd->ts_lo = (int64) (date2j(2000, 1, 1) - UNIX_EPOCH_JDATE) * USECS_PER_DAY;
	rd->ts_hi = (int64) (date2j(2101, 1, 1) - UNIX_EPOCH_JDATE) * USECS_PER_DAY;
	rd->cxt = CurrentMemoryContext;
	return rd;
}

/* map the columns of row (the first of a file) to the fields read */
static void
map_columns(HfPqRecordReader *rd, const pq_value *row)
{
	rd->names = row->u.st.names;
	rd->ncols = row->u.st.n;
	rd->field = MemoryContextAlloc(rd->cxt, sizeof(int) * Max(rd->ncols, 1));
	for (uint32 i = 0; i < rd->ncols; i++)
	{
		rd->field[i] = -1;
		for (int k = 0; k < rd->nfields; k++)
			if (strcmp(hf_field_key(rd->fields[k]), rd->names[i]) == 0)
				rd->field[i] = (int) rd->fields[k];
	}
}

/* a count the check accepts (0 to 1e15) */
static bool
typed_count(const pq_value *v, int64 *out)
{
	if (v->kind == PQ_V_INT && v->u.i >= 0 && v->u.i <= HF_MAX_COUNT)
		*out = v->u.i;
	else if (v->kind == PQ_V_UINT && v->u.u <= (uint64) HF_MAX_COUNT)
		*out = (int64) v->u.u;
	else
		return false;
	return true;
}

/*
 * a double the check accepts, and gives back unchanged through the numeric
 * of its "%.17g" text: a zero (as +0) or a finite value of normal magnitude
 */
static bool
typed_double(const pq_value *v, double *out)
{
	if (v->kind != PQ_V_DOUBLE)
		return false;
	if (v->u.d == 0)
		*out = 0;
	else if (isfinite(v->u.d) && fabs(v->u.d) >= 1e-300)
		*out = v->u.d;
	else
		return false;
	return true;
}

/* a timestamp in the years the check accepts (UTC whether marked or not) */
static bool
typed_timestamp(const HfPqRecordReader *rd, const pq_value *v, TimestampTz *out)
{
	if (v->kind != PQ_V_TIMESTAMP || v->u.ts.micros < rd->ts_lo || v->u.ts.micros >= rd->ts_hi)
		return false;
	*out = v->u.ts.micros - HF_UNIX_TO_PG_USECS;
	return true;
}

/* the string value of cell v as a C string (v is a string) */
static char *
cell_cstring(HfPqJsonb *b, const pq_value *v)
{
	JsonbValue	s;

	hf_pq_string(b, v->u.s.ptr, v->u.s.len, &s);
	return pnstrdup(s.val.string.val, s.val.string.len);
}

/* the last member of struct v named name (the one jsonb keeps), or -1 */
static int
member(const pq_value *v, const char *name)
{
	for (int i = (int) v->u.st.n - 1; i >= 0; i--)
		if (strcmp(v->u.st.names[i], name) == 0)
			return i;
	return -1;
}

/* is v a struct whose last member named name is a string? */
static bool
has_string(const pq_value *v, const char *name)
{
	int			i;

	if (v->kind != PQ_V_STRUCT || (i = member(v, name)) < 0)
		return false;
	return v->u.st.fields[i].kind == PQ_V_STRING;
}

/*
 * the string member name of struct v (has_string), checking the names and
 * the other members as building the struct would
 */
static char *
struct_string(HfPqJsonb *b, const pq_value *v, const char *name)
{
	int			m = member(v, name);
	char	   *out = NULL;

	for (uint32 i = 0; i < v->u.st.n; i++)
	{
		JsonbValue	k;

		hf_pq_string(b, (const uint8 *) v->u.st.names[i], strlen(v->u.st.names[i]), &k);
		if ((int) i == m)
			out = cell_cstring(b, &v->u.st.fields[i]);
		else
			hf_pq_check(b, &v->u.st.fields[i], false);
	}
	return out;
}

/*
 * a list of strings, or (with name) a list of structs each with a string
 * member name, e.g. siblings[].rfilename: the strings, in order
 */
static bool
typed_strings(HfPqJsonb *b, const pq_value *v, const char *name, HfStrings *out)
{
	const pq_value *items;
	uint32		n;

	if (v->kind != PQ_V_LIST)
		return false;
	items = v->u.list.items;
	n = v->u.list.n;
	for (uint32 i = 0; i < n; i++)
		if (name ? !has_string(&items[i], name) : items[i].kind != PQ_V_STRING)
			return false;
	out->items = n > 0 ? palloc(sizeof(char *) * n) : NULL;
	for (uint32 i = 0; i < n; i++)
		out->items[i] = name ? struct_string(b, &items[i], name) : cell_cstring(b, &items[i]);
	out->n = (int) n;
	return true;
}

/*
 * baseModels as hub-stats has it, STRUCT<relation STRING, models
 * LIST<STRUCT<_id STRING, id STRING>>>, either member possibly null; other
 * members are allowed (and checked)
 */
static bool
typed_base_models(HfPqJsonb *b, const pq_value *v, HfBaseModels *out)
{
	int			rel;
	int			models;
	const pq_value *mv;
	HfStrings	ids = {NULL, 0};

	if (v->kind != PQ_V_STRUCT)
		return false;
	rel = member(v, "relation");
	models = member(v, "models");
	if (rel >= 0 && v->u.st.fields[rel].kind != PQ_V_NULL && v->u.st.fields[rel].kind != PQ_V_STRING)
		return false;
	mv = models >= 0 ? &v->u.st.fields[models] : NULL;
	if (mv != NULL && mv->kind != PQ_V_NULL)
	{
		if (mv->kind != PQ_V_LIST)
			return false;
		for (uint32 i = 0; i < mv->u.list.n; i++)
			if (!has_string(&mv->u.list.items[i], "id"))
				return false;
	}
	out->relation = HF_REL_NONE;
	for (uint32 i = 0; i < v->u.st.n; i++)
	{
		const pq_value *f = &v->u.st.fields[i];
		JsonbValue	s;

		hf_pq_string(b, (const uint8 *) v->u.st.names[i], strlen(v->u.st.names[i]), &s);
		if ((int) i == rel && f->kind == PQ_V_STRING)
		{
			hf_pq_string(b, f->u.s.ptr, f->u.s.len, &s);
			out->relation = hf_relation_from_name(s.val.string.val, s.val.string.len);
		}
		else if ((int) i == models && f->kind == PQ_V_LIST)
			typed_strings(b, f, "id", &ids);
		else
			hf_pq_check(b, f, false);
	}
	out->ids = ids.items;
	out->nids = ids.n;
	return true;
}

/*
 * typed_cell: store cell v of field f in the record if it is of a kind (and
 * a value) the field's check would accept as is; false leaves v to the
 * check.
 */
static bool
typed_cell(HfPqJsonb *b, const HfPqRecordReader *rd, HfField f, const pq_value *v, HfRecord *rec)
{
	switch (f)
	{
		case HF_F_CREATED_AT:
			return typed_timestamp(rd, v, &rec->created_at);
		case HF_F_LAST_MODIFIED:
			return typed_timestamp(rd, v, &rec->last_modified);
		case HF_F_DOWNLOADS:
			return typed_count(v, &rec->downloads);
		case HF_F_DOWNLOADS_ALL_TIME:
			return typed_count(v, &rec->downloads_all_time);
		case HF_F_LIKES:
			return typed_count(v, &rec->likes);
		case HF_F_TRENDING_SCORE:
			return typed_double(v, &rec->trending_score);
		case HF_F_TAGS:
			return typed_strings(b, v, NULL, &rec->tags);
		case HF_F_MODELS:
			return typed_strings(b, v, NULL, &rec->models);
		case HF_F_DATASETS:
			return typed_strings(b, v, NULL, &rec->datasets);
		case HF_F_SIBLINGS:
			return typed_strings(b, v, "rfilename", &rec->siblings);
		case HF_F_BASE_MODELS:
			return typed_base_models(b, v, &rec->base_models);
		default:
			return false;
	}
}

/* the row read through its jsonb, for rows too big to read cell by cell */
static bool
from_row_jsonb(const HfPqRecordReader *rd, const pq_value *row, HfRecord *rec, FieldError *err)
{
	const char *bad = NULL;
	Jsonb	   *jb = hf_pq_row_jsonb(row, false, &bad);

	if (jb == NULL)
		return hf_field_error(err, ERRCODE_CHARACTER_NOT_IN_REPERTOIRE, "(record)", "%s", bad);
	return hf_record_from_jsonb(&jb->root, rd->fields, rd->nfields, rec, err);
}

/*
 * hf_record_from_parquet: read row (rowsize bytes as hf_pq_row_copy() made
 * it) into rec.  False with err filled for a row that is a reject; errors
 * that building the row's jsonb raises are raised.
 */
bool
hf_record_from_parquet(HfPqRecordReader *rd, const pq_value *row, Size rowsize,
					   HfRecord *rec, FieldError *err)
{
	HfPqJsonb	b;
	JsonbValue	cells[HF_NUM_FIELDS];
	uint32		given = 0;		/* fields with a cell in cells[] */
	uint32		typed = 0;		/* fields stored in rec already */

	if (row->u.st.names != rd->names || row->u.st.n != rd->ncols)
		map_columns(rd, row);
	if (rowsize > rd->max_rowsize)
		return from_row_jsonb(rd, row, rec, err);

	hf_pqj_init(&b);
	for (uint32 i = 0; i < row->u.st.n; i++)
	{
		const pq_value *v = &row->u.st.fields[i];
		int			f = rd->field[i];
		HfPqUse		use = hf_pq_use(v, row->u.st.names[i], false);
		JsonbValue	unread;

		if (use == HF_PQ_SKIP)
			continue;
		if (f < 0 && use != HF_PQ_EMBED)
			hf_pq_check(&b, v, use == HF_PQ_VALUE_DROP_NULLS);
		else if (f >= 0 && use != HF_PQ_EMBED && typed_cell(&b, rd, (HfField) f, v, rec))
			typed |= HF_FIELD_BIT(f);
		else if (hf_pq_cell(&b, v, use, f >= 0 ? &cells[f] : &unread))
			given |= f >= 0 ? HF_FIELD_BIT(f) : 0;
		else
			return hf_field_error(err, ERRCODE_CHARACTER_NOT_IN_REPERTOIRE, "(record)", "%s", b.bad);
	}
	hf_pqj_free(&b);
	rec->present |= typed;
	for (int k = 0; k < rd->nfields; k++)
	{
		HfField		f = rd->fields[k];

		if ((typed & HF_FIELD_BIT(f)) == 0 &&
			!hf_record_set(rec, f, (given & HF_FIELD_BIT(f)) ? &cells[f] : NULL, err))
			return false;
	}
	return true;
}
