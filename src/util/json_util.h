/*
 * src/util/json_util.h
 *
 * Typed values of Hub dump fields from jsonb.  hf_json_get() looks a key up
 * (missing and JSON null are both "absent"); the hf_value_*() checkers turn
 * one present value into its C type.  A value of the wrong JSON type or an
 * absurd one yields an error recorded in a FieldError, never an ereport, so
 * the importer can reject the record with its line number.  The checkers take
 * a JsonbValue as a lookup gives it (containers as jbvBinary), wherever it
 * came from: a JSON record or a Parquet cell.
 */
#ifndef HF_JSON_UTIL_H
#define HF_JSON_UTIL_H

#include "postgres.h"

#include "utils/jsonb.h"
#include "utils/hsearch.h"
#include "utils/timestamp.h"

/* Download and like counters above this are absurd (the Hub total is ~1e11). */
#define HF_MAX_COUNT	INT64CONST(1000000000000000)

typedef struct FieldError
{
	int			sqlstate;		/* ERRCODE_* of the problem, 0 when none */
	char		message[256];	/* "key \"downloads\": expected a number, got a string" */
} FieldError;

extern bool hf_json_get(JsonbContainer *obj, const char *key, JsonbValue *out);
extern const char *hf_json_type_name(const JsonbValue *v);
extern bool hf_field_error(FieldError *err, int sqlstate, const char *key, const char *fmt,...) pg_attribute_printf(4, 5);

extern bool hf_value_cstring(const JsonbValue *v, const char *key, char **out, FieldError *err);
extern bool hf_value_count(const JsonbValue *v, const char *key, int64 *out, FieldError *err);
extern bool hf_value_float(const JsonbValue *v, const char *key, double *out, FieldError *err);
extern bool hf_value_bool(const JsonbValue *v, const char *key, bool *out, FieldError *err);
extern bool hf_value_timestamp(const JsonbValue *v, const char *key, TimestampTz *out, FieldError *err);
extern bool hf_value_jsonb(const JsonbValue *v, const char *key, Jsonb **out, FieldError *err);
extern bool hf_value_string_list(const JsonbValue *v, const char *key, const char *subkey,
								 char ***items, int *nitems, FieldError *err);

extern bool hf_numeric_to_int64(Numeric num, int64 *out);
extern bool hf_parse_iso_timestamp(const char *s, int len, TimestampTz *out);
extern int	hf_timestamp_year(TimestampTz ts);
extern ArrayType *hf_text_array(char **items, int nitems);
extern char *hf_lower_id(const char *id);
extern HTAB *hf_id_hash_create(const char *name, long nelem, Size entrysize);

#endif							/* HF_JSON_UTIL_H */
