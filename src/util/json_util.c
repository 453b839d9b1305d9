/*
 * src/util/json_util.c
 *
 * Typed values of Hub dump fields from jsonb (see json_util.h).
 */
#include "postgres.h"

#include <limits.h>
#include <math.h>

#include "catalog/pg_type.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/datetime.h"
#include "common/hashfn.h"
#include "utils/hsearch.h"
#include "utils/numeric.h"

#include "util/json_util.h"

/*
 * hf_json_get: look up key in a jsonb object container.  Returns false when
 * the container is not an object, the key is missing, or its value is null.
 */
bool
hf_json_get(JsonbContainer *obj, const char *key, JsonbValue *out)
{
	JsonbValue *v;

	if (obj == NULL || !JsonContainerIsObject(obj))
		return false;
	v = getKeyJsonValueFromContainer(obj, key, strlen(key), out);
	if (v == NULL || v->type == jbvNull)
		return false;
	return true;
}

/*
 * hf_json_type_name: JSON type of a value, for messages.
 */
const char *
hf_json_type_name(const JsonbValue *v)
{
	switch (v->type)
	{
		case jbvNull:
			return "null";
		case jbvString:
			return "a string";
		case jbvNumeric:
			return "a number";
		case jbvBool:
			return "a boolean";
		case jbvArray:
			return "an array";
		case jbvObject:
			return "an object";
		case jbvBinary:
			if (JsonContainerIsArray(v->val.binary.data))
				return "an array";
			return "an object";
		default:
			return "an unknown JSON value";
	}
}

/*
 * hf_field_error: record that key has a bad value.  Always returns false so
 * callers can "return hf_field_error(...)".
 */
bool
hf_field_error(FieldError *err, int sqlstate, const char *key, const char *fmt,...)
{
	va_list		ap;
	int			n;

	err->sqlstate = sqlstate;
	n = snprintf(err->message, sizeof(err->message), "key \"%s\": ", key);
	if (n < 0 || n >= (int) sizeof(err->message))
		return false;
	va_start(ap, fmt);
	vsnprintf(err->message + n, sizeof(err->message) - n, fmt, ap);
	va_end(ap);
	return false;
}

/*
 * hf_numeric_to_int64: exact conversion of an integral numeric; false when it
 * has a fractional part or does not fit.
 */
bool
hf_numeric_to_int64(Numeric num, int64 *out)
{
	char	   *s;
	char	   *p;
	int64		v = 0;
	bool		neg = false;

	if (numeric_is_nan(num) || numeric_is_inf(num))
		return false;
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(num)));
	p = s;
	if (*p == '-')
	{
		neg = true;
		p++;
	}
	for (; *p >= '0' && *p <= '9'; p++)
	{
		int			d = *p - '0';

		if (v > (PG_INT64_MAX - d) / 10)
			return false;
		v = v * 10 + d;
	}
	if (*p == '.')
	{
		for (p++; *p == '0'; p++)
			;
	}
	if (*p != '\0')
		return false;
	*out = neg ? -v : v;
	pfree(s);
	return true;
}

/*
 * hf_value_cstring: a string value as a palloc'd C string.
 */
bool
hf_value_cstring(const JsonbValue *v, const char *key, char **out, FieldError *err)
{
	if (v->type != jbvString)
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "expected a string, got %s", hf_json_type_name(v));
	*out = pnstrdup(v->val.string.val, v->val.string.len);
	return true;
}

/*
 * hf_value_count: a non-negative integer counter (downloads, likes).
 * Negative, fractional or absurdly large values are errors.
 */
bool
hf_value_count(const JsonbValue *v, const char *key, int64 *out, FieldError *err)
{
	if (v->type != jbvNumeric)
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "expected a number, got %s", hf_json_type_name(v));
	if (!hf_numeric_to_int64(v->val.numeric, out))
		return hf_field_error(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, key,
							  "expected a whole number within bigint range");
	if (*out < 0)
		return hf_field_error(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, key,
							  "negative count " INT64_FORMAT, *out);
	if (*out > HF_MAX_COUNT)
		return hf_field_error(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, key,
							  "absurd count " INT64_FORMAT " (more than 1e15)", *out);
	return true;
}

/*
 * hf_value_float: a finite number as double precision.
 */
bool
hf_value_float(const JsonbValue *v, const char *key, double *out, FieldError *err)
{
	char	   *s;
	char	   *end;

	if (v->type != jbvNumeric)
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "expected a number, got %s", hf_json_type_name(v));
	s = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
	errno = 0;
	*out = strtod(s, &end);
	if (*end != '\0' || errno == ERANGE || !isfinite(*out))
		return hf_field_error(err, ERRCODE_NUMERIC_VALUE_OUT_OF_RANGE, key,
							  "number out of double precision range");
	pfree(s);
	return true;
}

/*
 * hf_value_bool: a JSON boolean.
 */
bool
hf_value_bool(const JsonbValue *v, const char *key, bool *out, FieldError *err)
{
	if (v->type != jbvBool)
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "expected a boolean, got %s", hf_json_type_name(v));
	*out = v->val.boolean;
	return true;
}

/* read exactly n decimal digits */
static bool
read_digits(const char **p, const char *end, int n, int *out)
{
	int			v = 0;

	if (end - *p < n)
		return false;
	for (int i = 0; i < n; i++)
	{
		char		c = (*p)[i];

		if (c < '0' || c > '9')
			return false;
		v = v * 10 + (c - '0');
	}
	*p += n;
	*out = v;
	return true;
}

/*
 * hf_parse_iso_timestamp: parse the ISO 8601 forms the Hub writes
 * (YYYY-MM-DDTHH:MM:SS[.fraction][Z|+HH:MM|+HHMM], also with a space, or a
 * bare date) as UTC.  False for anything else, or out-of-range fields.
 */
bool
hf_parse_iso_timestamp(const char *s, int len, TimestampTz *out)
{
	const char *p = s;
	const char *end = s + len;
	int			y,
				mo,
				d,
				h = 0,
				mi = 0,
				sec = 0;
	int64		frac = 0;
	int			offset_min = 0;
	int			mdays;

	if (!read_digits(&p, end, 4, &y) || p >= end || *p++ != '-' ||
		!read_digits(&p, end, 2, &mo) || p >= end || *p++ != '-' ||
		!read_digits(&p, end, 2, &d))
		return false;
	if (p < end)
	{
		if (*p != 'T' && *p != ' ')
			return false;
		p++;
		if (!read_digits(&p, end, 2, &h) || p >= end || *p++ != ':' ||
			!read_digits(&p, end, 2, &mi))
			return false;
		if (p < end && *p == ':')
		{
			p++;
			if (!read_digits(&p, end, 2, &sec))
				return false;
			if (p < end && (*p == '.' || *p == ','))
			{
				int64		scale = 100000;

				p++;
				if (p >= end || *p < '0' || *p > '9')
					return false;
				for (; p < end && *p >= '0' && *p <= '9'; p++)
				{
					frac += (*p - '0') * scale;
					scale /= 10;
				}
			}
		}
		if (p < end)
		{
			if (*p == 'Z' || *p == 'z')
				p++;
			else if (*p == '+' || *p == '-')
			{
				int			sign = (*p == '-') ? -1 : 1;
				int			oh,
							om = 0;

				p++;
				if (!read_digits(&p, end, 2, &oh))
					return false;
				if (p < end && *p == ':')
					p++;
				if (p < end && !read_digits(&p, end, 2, &om))
					return false;
				if (oh > 23 || om > 59)
					return false;
				offset_min = sign * (oh * 60 + om);
			}
		}
		if (p != end)
			return false;
	}
	if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || sec > 60)
		return false;
	mdays = day_tab[isleap(y)][mo - 1];
	if (d > mdays)
		return false;
	*out = ((((int64) (date2j(y, mo, d) - POSTGRES_EPOCH_JDATE) * 24 + h) * 60 + mi) * 60 + sec) *
		USECS_PER_SEC + frac - (int64) offset_min * 60 * USECS_PER_SEC;
	return true;
}

/*
 * hf_timestamp_year: UTC calendar year of a timestamp.
 */
int
hf_timestamp_year(TimestampTz ts)
{
	int64		days = ts / USECS_PER_DAY;
	int			y,
				m,
				d;

	if (ts < 0 && ts % USECS_PER_DAY != 0)
		days--;
	j2date((int) (days + POSTGRES_EPOCH_JDATE), &y, &m, &d);
	return y;
}

/*
 * hf_value_timestamp: an ISO 8601 string as timestamptz.  Years outside
 * 2000..2100 are absurd for the Hub and rejected.
 */
bool
hf_value_timestamp(const JsonbValue *v, const char *key, TimestampTz *out, FieldError *err)
{
	int			year;

	if (v->type != jbvString)
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "expected an ISO 8601 timestamp string, got %s", hf_json_type_name(v));
	if (!hf_parse_iso_timestamp(v->val.string.val, v->val.string.len, out))
		return hf_field_error(err, ERRCODE_INVALID_DATETIME_FORMAT, key,
							  "invalid timestamp \"%.*s\"", Min(v->val.string.len, 40), v->val.string.val);
	year = hf_timestamp_year(*out);
	if (year < 2000 || year > 2100)
		return hf_field_error(err, ERRCODE_DATETIME_VALUE_OUT_OF_RANGE, key,
							  "absurd timestamp \"%.*s\" (year outside 2000..2100)",
							  Min(v->val.string.len, 40), v->val.string.val);
	return true;
}

/*
 * hf_value_jsonb: an object value as a standalone jsonb datum.
 */
bool
hf_value_jsonb(const JsonbValue *v, const char *key, Jsonb **out, FieldError *err)
{
	if (v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "expected an object, got %s", hf_json_type_name(v));
	*out = JsonbValueToJsonb((JsonbValue *) v);
	return true;
}

/*
 * hf_value_string_list: an array of strings, or (with subkey) an array of
 * objects each holding a string under subkey, e.g. siblings[].rfilename.
 * An empty array gives 0 items and *items NULL.
 */
bool
hf_value_string_list(const JsonbValue *v, const char *key, const char *subkey,
					 char ***items, int *nitems, FieldError *err)
{
	JsonbContainer *arr;
	int			n;
	char	  **out;

	*items = NULL;
	*nitems = 0;
	if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
		return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
							  "expected an array, got %s", hf_json_type_name(v));
	arr = v->val.binary.data;
	n = JsonContainerSize(arr);
	if (n == 0)
		return true;
	out = palloc(sizeof(char *) * n);
	for (int i = 0; i < n; i++)
	{
		JsonbValue *e = getIthJsonbValueFromContainer(arr, i);
		JsonbValue	sv;

		if (subkey != NULL)
		{
			if (e->type != jbvBinary || !JsonContainerIsObject(e->val.binary.data))
				return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
									  "element %d: expected an object, got %s", i, hf_json_type_name(e));
			if (!hf_json_get(e->val.binary.data, subkey, &sv) || sv.type != jbvString)
				return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
									  "element %d: expected a string under \"%s\"", i, subkey);
			e = &sv;
		}
		else if (e->type != jbvString)
			return hf_field_error(err, ERRCODE_DATATYPE_MISMATCH, key,
								  "element %d: expected a string, got %s", i, hf_json_type_name(e));
		out[i] = pnstrdup(e->val.string.val, e->val.string.len);
	}
	*items = out;
	*nitems = n;
	return true;
}

/*
 * hf_text_array: a one-dimensional text[] of the items (an empty array for 0).
 */
ArrayType *
hf_text_array(char **items, int nitems)
{
	Datum	   *d;

	if (nitems == 0)
		return construct_empty_array(TEXTOID);
	d = palloc(sizeof(Datum) * nitems);
	for (int i = 0; i < nitems; i++)
		d[i] = CStringGetTextDatum(items[i]);
	return construct_array(d, nitems, TEXTOID, -1, false, TYPALIGN_INT);
}

/*
 * hf_lower_id: a repo id lower-cased byte-wise in ASCII, exactly as the
 * generated lid columns do (lower(id COLLATE "C")): Hub ids are ASCII, and
 * a locale-independent key never changes meaning with the database locale.
 */
char *
hf_lower_id(const char *id)
{
	size_t		n = strlen(id);
	char	   *out = palloc(n + 1);

	for (size_t i = 0; i <= n; i++)
		out[i] = pg_ascii_tolower((unsigned char) id[i]);
	return out;
}

/* hash of the string a key slot points to */
static uint32
id_hash(const void *key, Size keysize)
{
	const char *s = *(const char *const *) key;

	return hash_bytes((const unsigned char *) s, strlen(s));
}

/* equality of the strings two key slots point to (0 when equal) */
static int
id_match(const void *key1, const void *key2, Size keysize)
{
	return strcmp(*(const char *const *) key1, *(const char *const *) key2);
}

/*
 * hf_id_hash_create: a hash table in the current memory context keyed by a
 * C string pointer (the entry's first field is a "const char *"; search with
 * the address of a pointer).  Entries stay small whatever the id length.
 */
HTAB *
hf_id_hash_create(const char *name, long nelem, Size entrysize)
{
	HASHCTL		ctl;

	memset(&ctl, 0, sizeof(ctl));
	ctl.keysize = sizeof(const char *);
	ctl.entrysize = entrysize;
	ctl.hash = id_hash;
	ctl.match = id_match;
	ctl.hcxt = CurrentMemoryContext;
	return hash_create(name, nelem, &ctl, HASH_ELEM | HASH_FUNCTION | HASH_COMPARE | HASH_CONTEXT);
}
