/*
 * src/size/config_read.h
 *
 * Parameter counts from a Hugging Face config.json: the state one evaluation
 * accumulates and the readers of config keys (config_read.c) that the
 * per-family formulas (config_families.c) and the SQL entry points
 * (config_params.c) use.
 *
 * All counts are accumulated in 128-bit integers.  Every dimension read from
 * a config is bounded (at most 1e8, layers at most 1e4), so no product of the
 * formulas can overflow int128; the final figures are checked against the
 * bigint range before they are returned.
 */
#ifndef HF_CONFIG_READ_H
#define HF_CONFIG_READ_H

#include "postgres.h"

#include "utils/jsonb.h"

#ifndef HAVE_INT128
#error "config_read.h needs a 128-bit integer type"
#endif

/* bounds applied to values read from a config */
#define HF_CFG_MAX_HIDDEN	1000000		/* hidden_size, d_model */
#define HF_CFG_MAX_LAYERS	10000		/* num_hidden_layers */
#define HF_CFG_MAX_DIM		100000000	/* any other width or count */

/* ways a key may be absent */
#define HF_CFG_REQUIRED		(-1)	/* default meaning "error if absent" */

/* Everything one evaluation of one config accumulates. */
typedef struct HfCfg
{
	JsonbContainer *root;		/* the whole config object */
	JsonbContainer *c;			/* object holding the language model's keys */
	const char *prefix;			/* key-name prefix for messages, e.g.
								 * "text_config." */
	bool		failed;			/* a reason has been recorded */
	char		reason[160];	/* first problem found */

	int128		total;			/* parameters counted */
	int128		inactive;		/* sum over MoE layers of (E - k) * X */
	int128		emb_in;			/* input embedding (and position) tables */
	int128		emb_out;		/* untied lm_head weight, 0 when tied */

	int32		routed_experts; /* E of the first MoE layer, 0 if dense */
	int32		experts_per_token;	/* k of the first MoE layer */
	int32		moe_layers;		/* number of MoE layers */
	int32		mtp_layers;		/* multi-token-prediction layers left out */
	bool		vision_excluded;	/* a vision tower was left out */
} HfCfg;

/* the language-model dimensions nearly every family shares */
typedef struct HfCfgStd
{
	int64		V;				/* vocab_size */
	int64		H;				/* hidden_size */
	int64		L;				/* num_hidden_layers */
	int64		nq;				/* num_attention_heads */
	int64		nkv;			/* num_key_value_heads, default nq */
	int64		d;				/* head_dim, default H / nq */
	bool		tied;			/* tie_word_embeddings, family default */
} HfCfgStd;

/* family formula: reads keys from cfg->c and accumulates into cfg */
typedef void (*HfCfgFormula) (HfCfg *cfg, bool tie_default);

/* config_read.c: reading keys */
extern void hf_cfg_fail(HfCfg *cfg, const char *fmt,...) pg_attribute_printf(2, 3);
extern JsonbValue *hf_cfg_find(JsonbContainer *c, const char *key,
							   JsonbValue *buf);
extern int64 hf_cfg_int(HfCfg *cfg, JsonbContainer *c, const char *key,
						const char *alias, int64 lo, int64 hi, int64 def);
extern bool hf_cfg_bool(HfCfg *cfg, JsonbContainer *c, const char *key,
						bool def);
extern bool hf_cfg_present(JsonbContainer *c, const char *key);
extern bool hf_cfg_value_is(const JsonbValue *v, const char *want);
extern bool hf_cfg_str_eq(JsonbContainer *c, const char *key,
						  const char *want);
extern JsonbContainer *hf_cfg_array(HfCfg *cfg, JsonbContainer *c,
									const char *key);
extern JsonbContainer *hf_cfg_object(HfCfg *cfg, JsonbContainer *c,
									 const char *key);
extern int64 hf_cfg_elem_int(HfCfg *cfg, JsonbContainer *arr,
							 const char *key, uint32 i, int64 lo, int64 hi);
extern int64 hf_cfg_layer_int(HfCfg *cfg, const char *key, const char *alias,
							  int64 layer, int64 L, int64 lo, int64 hi,
							  int64 def);
extern bool *hf_cfg_layer_freq(HfCfg *cfg, const char *key, int64 L);
extern bool *hf_cfg_layer_kinds(HfCfg *cfg, const char *key, int64 L,
								const char *kind, const char *other,
								bool absent);
extern void hf_cfg_std(HfCfg *cfg, HfCfgStd *s, bool tie_default);
extern void hf_cfg_embeddings(HfCfg *cfg, const HfCfgStd *s);

#endif							/* HF_CONFIG_READ_H */
