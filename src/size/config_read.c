/*
 * src/size/config_read.c
 *
 * Typed, bounded readers of config.json keys for the family formulas: each
 * reads one key (or its alias) of the object holding the language model's
 * keys, checks its JSON type and range, and records the first problem in the
 * HfCfg as a reason instead of raising an error.
 */
#include "postgres.h"

#include <stdarg.h>
#include <stdio.h>

#include "utils/jsonb.h"
#include "utils/numeric.h"

#include "size/config_read.h"
#include "util/json_util.h"

/*
 * Record the first problem found in a config; later ones are ignored so the
 * reason names the root cause.
 */
void
hf_cfg_fail(HfCfg *cfg, const char *fmt,...)
{
	va_list		ap;

	if (cfg->failed)
		return;
	cfg->failed = true;
	va_start(ap, fmt);
	vsnprintf(cfg->reason, sizeof(cfg->reason), fmt, ap);
	va_end(ap);
}

/*
 * Look a key up in an object; NULL when the container is NULL, the key is
 * absent or its value is JSON null (absent and null mean the same thing in
 * a config: "use the default").
 */
JsonbValue *
hf_cfg_find(JsonbContainer *c, const char *key, JsonbValue *buf)
{
	JsonbValue *v;

	if (c == NULL || key == NULL)
		return NULL;
	v = getKeyJsonValueFromContainer(c, key, strlen(key), buf);
	if (v != NULL && v->type == jbvNull)
		return NULL;
	return v;
}

/*
 * Parse a string of decimal digits with an optional leading minus sign into
 * *out.  Returns false for anything else (fractions, exponents, junk) and on
 * int64 overflow.
 */
static bool
hf_cfg_parse_int(const char *s, int len, int64 *out, bool *overflow)
{
	int			i = 0;
	bool		neg = false;
	uint64		acc = 0;

	*overflow = false;
	if (len > 0 && s[0] == '-')
	{
		neg = true;
		i = 1;
	}
	if (i >= len)
		return false;
	for (; i < len; i++)
	{
		if (s[i] < '0' || s[i] > '9')
			return false;
		if (acc > (PG_UINT64_MAX - 9) / 10)
		{
			*overflow = true;
			return false;
		}
		acc = acc * 10 + (uint64) (s[i] - '0');
	}
	if (acc > (uint64) PG_INT64_MAX)
	{
		*overflow = true;
		return false;
	}
	*out = neg ? -(int64) acc : (int64) acc;
	return true;
}

/*
 * Convert one JSON value to an integer in [lo, hi].  Numbers must be
 * integral (4096 and 4096.0 are accepted, 4096.5 is not); a string of
 * decimal digits is accepted as a hand-edited number.  On failure a reason
 * naming "what" is recorded and lo (or 0) is returned so that callers can
 * keep computing harmlessly.
 */
static int64
hf_cfg_value_int(HfCfg *cfg, const JsonbValue *v, const char *what,
				 int64 lo, int64 hi)
{
	int64		val = 0;
	bool		overflow = false;
	bool		ok = false;
	int64		safe = lo > 0 ? lo : 0;

	if (v->type == jbvNumeric)
	{
		char	   *s = numeric_normalize(v->val.numeric);

		ok = hf_cfg_parse_int(s, strlen(s), &val, &overflow);
		if (!ok && !overflow)
			hf_cfg_fail(cfg, "key %s%s is not an integer (%s)",
						cfg->prefix, what, s);
		pfree(s);
	}
	else if (v->type == jbvString)
	{
		ok = hf_cfg_parse_int(v->val.string.val, v->val.string.len,
							  &val, &overflow);
		if (!ok && !overflow)
			hf_cfg_fail(cfg, "key %s%s is a string that is not an integer",
						cfg->prefix, what);
	}
	else
		hf_cfg_fail(cfg, "key %s%s is %s, expected an integer",
					cfg->prefix, what, hf_json_type_name(v));

	if (overflow)
		hf_cfg_fail(cfg, "key %s%s is out of range", cfg->prefix, what);
	if (!ok)
		return safe;
	if (val < lo || val > hi)
	{
		hf_cfg_fail(cfg, "key %s%s is out of range (" INT64_FORMAT
					", allowed " INT64_FORMAT ".." INT64_FORMAT ")",
					cfg->prefix, what, val, lo, hi);
		return safe;
	}
	return val;
}

/*
 * Read integer key "key" (or, when absent, "alias") of object c.  Absent or
 * null: def, or a "missing key" reason when def is HF_CFG_REQUIRED.
 */
int64
hf_cfg_int(HfCfg *cfg, JsonbContainer *c, const char *key, const char *alias,
		   int64 lo, int64 hi, int64 def)
{
	JsonbValue	buf;
	JsonbValue *v;
	const char *used = key;

	v = hf_cfg_find(c, key, &buf);
	if (v == NULL && alias != NULL)
	{
		v = hf_cfg_find(c, alias, &buf);
		used = alias;
	}
	if (v == NULL)
	{
		if (def == HF_CFG_REQUIRED)
		{
			hf_cfg_fail(cfg, "missing key %s%s", cfg->prefix, key);
			return lo > 0 ? lo : 0;
		}
		return def;
	}
	return hf_cfg_value_int(cfg, v, used, lo, hi);
}

/* Read boolean key "key" of object c: absent or null gives def. */
bool
hf_cfg_bool(HfCfg *cfg, JsonbContainer *c, const char *key, bool def)
{
	JsonbValue	buf;
	JsonbValue *v = hf_cfg_find(c, key, &buf);

	if (v == NULL)
		return def;
	if (v->type != jbvBool)
	{
		hf_cfg_fail(cfg, "key %s%s is %s, expected a boolean",
					cfg->prefix, key, hf_json_type_name(v));
		return def;
	}
	return v->val.boolean;
}

/* Whether object c has key "key" with a non-null value. */
bool
hf_cfg_present(JsonbContainer *c, const char *key)
{
	JsonbValue	buf;

	return hf_cfg_find(c, key, &buf) != NULL;
}

/* Whether JSON value v (NULL allowed) is the string "want". */
bool
hf_cfg_value_is(const JsonbValue *v, const char *want)
{
	return v != NULL && v->type == jbvString &&
		v->val.string.len == (int) strlen(want) &&
		memcmp(v->val.string.val, want, v->val.string.len) == 0;
}

/* Whether key "key" of object c is the string "want" (false if absent). */
bool
hf_cfg_str_eq(JsonbContainer *c, const char *key, const char *want)
{
	JsonbValue	buf;

	return hf_cfg_value_is(hf_cfg_find(c, key, &buf), want);
}

/*
 * The array under key "key" of object c; NULL when absent or null, and NULL
 * plus a reason when the value is not an array.
 */
JsonbContainer *
hf_cfg_array(HfCfg *cfg, JsonbContainer *c, const char *key)
{
	JsonbValue	buf;
	JsonbValue *v = hf_cfg_find(c, key, &buf);

	if (v == NULL)
		return NULL;
	if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
	{
		hf_cfg_fail(cfg, "key %s%s is %s, expected an array",
					cfg->prefix, key, hf_json_type_name(v));
		return NULL;
	}
	return v->val.binary.data;
}

/*
 * The object under key "key" of object c; NULL when absent or null, and NULL
 * plus a reason when the value is not an object.
 */
JsonbContainer *
hf_cfg_object(HfCfg *cfg, JsonbContainer *c, const char *key)
{
	JsonbValue	buf;
	JsonbValue *v = hf_cfg_find(c, key, &buf);

	if (v == NULL)
		return NULL;
	if (v->type != jbvBinary || !JsonContainerIsObject(v->val.binary.data))
	{
		hf_cfg_fail(cfg, "key %s%s is %s, expected an object",
					cfg->prefix, key, hf_json_type_name(v));
		return NULL;
	}
	return v->val.binary.data;
}

/*
 * Element i of array arr (from key "key") as an integer in [lo, hi]; a
 * missing or null element is an error recorded in cfg.
 */
int64
hf_cfg_elem_int(HfCfg *cfg, JsonbContainer *arr, const char *key, uint32 i,
				int64 lo, int64 hi)
{
	JsonbValue *v;
	int64		r;

	if (arr == NULL || i >= JsonContainerSize(arr))
	{
		hf_cfg_fail(cfg, "key %s%s has no element %u", cfg->prefix, key, i);
		return lo > 0 ? lo : 0;
	}
	v = getIthJsonbValueFromContainer(arr, i);
	if (v->type == jbvNull)
	{
		hf_cfg_fail(cfg, "key %s%s has a null element", cfg->prefix, key);
		return lo > 0 ? lo : 0;
	}
	r = hf_cfg_value_int(cfg, v, key, lo, hi);
	pfree(v);
	return r;
}

/*
 * Whether array arr (from key "key") has exactly one entry per layer; a
 * reason when it has not.
 */
static bool
hf_cfg_per_layer(HfCfg *cfg, JsonbContainer *arr, const char *key, int64 L)
{
	if ((int64) JsonContainerSize(arr) == L)
		return true;
	hf_cfg_fail(cfg, "key %s%s has %u entries for " INT64_FORMAT " layers",
				cfg->prefix, key, JsonContainerSize(arr), L);
	return false;
}

/*
 * A per-layer integer that may be given once (a number) or per layer (an
 * array of exactly L numbers), as Hunyuan does; key "alias" is tried when
 * "key" is absent.  Absent: def, or a reason if def is HF_CFG_REQUIRED.
 */
int64
hf_cfg_layer_int(HfCfg *cfg, const char *key, const char *alias, int64 layer,
				 int64 L, int64 lo, int64 hi, int64 def)
{
	JsonbValue	buf;
	JsonbValue *v;
	const char *used = key;

	v = hf_cfg_find(cfg->c, key, &buf);
	if (v == NULL && alias != NULL)
	{
		v = hf_cfg_find(cfg->c, alias, &buf);
		used = alias;
	}
	if (v == NULL)
	{
		if (def == HF_CFG_REQUIRED)
		{
			hf_cfg_fail(cfg, "missing key %s%s", cfg->prefix, key);
			return lo > 0 ? lo : 0;
		}
		return def;
	}
	if (v->type == jbvBinary && JsonContainerIsArray(v->val.binary.data))
	{
		if (!hf_cfg_per_layer(cfg, v->val.binary.data, used, L))
			return lo > 0 ? lo : 0;
		return hf_cfg_elem_int(cfg, v->val.binary.data, used,
							   (uint32) layer, lo, hi);
	}
	return hf_cfg_value_int(cfg, v, used, lo, hi);
}

/*
 * Which of the L layers key "key" marks: absent or null marks every layer,
 * an integer f every layer i with i % f == 0, an array one layer per entry
 * (exactly L entries, each 0 or 1), as DeepSeek's moe_layer_freq does.
 * Returns a palloc'd array of L flags; on a bad value, all false and a
 * reason.
 */
bool *
hf_cfg_layer_freq(HfCfg *cfg, const char *key, int64 L)
{
	bool	   *set = palloc0(sizeof(bool) * L);
	JsonbValue	buf;
	JsonbValue *v = hf_cfg_find(cfg->c, key, &buf);
	int64		freq = 1;
	int64		l;

	if (v != NULL && v->type == jbvBinary &&
		JsonContainerIsArray(v->val.binary.data))
	{
		JsonbContainer *arr = v->val.binary.data;

		if (hf_cfg_per_layer(cfg, arr, key, L))
			for (l = 0; l < L && !cfg->failed; l++)
				set[l] = hf_cfg_elem_int(cfg, arr, key, (uint32) l, 0, 1) == 1;
		if (cfg->failed)
			memset(set, 0, sizeof(bool) * L);
		return set;
	}
	if (v != NULL && (v->type == jbvBinary || v->type == jbvBool))
	{
		hf_cfg_fail(cfg, "key %s%s is %s, expected an integer or an array",
					cfg->prefix, key, hf_json_type_name(v));
		return set;
	}
	if (v != NULL)
		freq = hf_cfg_value_int(cfg, v, key, 1, HF_CFG_MAX_LAYERS);
	if (cfg->failed)
		return set;
	for (l = 0; l < L; l += freq)
		set[l] = true;
	return set;
}

/*
 * The kind of each of the L layers named in string array key "key": true
 * where the entry is "kind", false where it is "other"; absent or null gives
 * "absent" for every layer.  Any other entry, or not exactly L entries, is a
 * reason.  Returns a palloc'd array of L flags.
 */
bool *
hf_cfg_layer_kinds(HfCfg *cfg, const char *key, int64 L, const char *kind,
				   const char *other, bool absent)
{
	bool	   *set = palloc(sizeof(bool) * L);
	JsonbContainer *arr = hf_cfg_array(cfg, cfg->c, key);
	int64		l;

	for (l = 0; l < L; l++)
		set[l] = absent;
	if (arr == NULL || !hf_cfg_per_layer(cfg, arr, key, L))
		return set;
	for (l = 0; l < L && !cfg->failed; l++)
	{
		JsonbValue *v = getIthJsonbValueFromContainer(arr, (uint32) l);
		bool		is_kind = hf_cfg_value_is(v, kind);

		if (!is_kind && !hf_cfg_value_is(v, other))
			hf_cfg_fail(cfg, "key %s%s has an entry that is neither \"%s\" nor \"%s\"",
						cfg->prefix, key, kind, other);
		set[l] = is_kind;
		pfree(v);
	}
	return set;
}

/*
 * Read the dimensions shared by decoder-only families: vocab_size,
 * hidden_size, num_hidden_layers, num_attention_heads (all required),
 * num_key_value_heads (default: heads), head_dim (default hidden/heads) and
 * tie_word_embeddings (default: the family's; looked up in the top-level
 * object too when the model is nested under text_config).
 */
void
hf_cfg_std(HfCfg *cfg, HfCfgStd *s, bool tie_default)
{
	JsonbContainer *c = cfg->c;

	s->V = hf_cfg_int(cfg, c, "vocab_size", NULL, 1, HF_CFG_MAX_DIM,
					  HF_CFG_REQUIRED);
	s->H = hf_cfg_int(cfg, c, "hidden_size", NULL, 1, HF_CFG_MAX_HIDDEN,
					  HF_CFG_REQUIRED);
	s->L = hf_cfg_int(cfg, c, "num_hidden_layers", NULL, 1, HF_CFG_MAX_LAYERS,
					  HF_CFG_REQUIRED);
	s->nq = hf_cfg_int(cfg, c, "num_attention_heads", NULL, 1, HF_CFG_MAX_DIM,
					   HF_CFG_REQUIRED);
	s->nkv = hf_cfg_int(cfg, c, "num_key_value_heads", NULL, 1, HF_CFG_MAX_DIM,
						s->nq);
	s->d = hf_cfg_int(cfg, c, "head_dim", NULL, 1, HF_CFG_MAX_DIM,
					  s->H / s->nq);
	if (s->d < 1)
		hf_cfg_fail(cfg, "num_attention_heads exceeds hidden_size and head_dim is absent");
	if (c != cfg->root && !hf_cfg_present(c, "tie_word_embeddings"))
		s->tied = hf_cfg_bool(cfg, cfg->root, "tie_word_embeddings",
							  tie_default);
	else
		s->tied = hf_cfg_bool(cfg, c, "tie_word_embeddings", tie_default);
}

/*
 * Count the token embedding table (V x H) and, when untied, the lm_head
 * weight (V x H) into the totals and the embedding tallies.
 */
void
hf_cfg_embeddings(HfCfg *cfg, const HfCfgStd *s)
{
	int128		table = (int128) s->V * s->H;

	cfg->emb_in += table;
	cfg->total += table;
	if (!s->tied)
	{
		cfg->emb_out += table;
		cfg->total += table;
	}
}
