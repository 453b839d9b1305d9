/*
 * src/size/config_families.c
 *
 * Per-family parameter formulas for config_params(): given the object that
 * holds a language model's config keys, count every parameter tensor the
 * transformers implementation builds (text model only; multi-token-
 * prediction layers and vision towers are left out) and, for MoE layers, the
 * routed-expert parameters a token does not touch:
 *
 *		active = total - sum over MoE layers of (E - k) * X
 *
 * where X is the size of one routed expert.  Shapes follow the transformers
 * modeling sources as summarised in docs/moe.md.  Missing essential keys and
 * bad values are recorded in the HfCfg as a reason, never guessed.
 */
#include "postgres.h"

#include "miscadmin.h"

#include "size/config_families.h"

/* an FFN with gate, up and down projections and no biases */
static int128
glu(int64 H, int64 I)
{
	return (int128) 3 * H * I;
}

/*
 * Multi-head / grouped-query attention: q, k, v, o projections, optional
 * q/k/v biases and o bias.
 */
static int128
attn(int64 H, int64 nq, int64 nkv, int64 d, bool qkv_bias, bool o_bias)
{
	int128		n = (int128) 2 * H * nq * d + (int128) 2 * H * nkv * d;

	if (qkv_bias)
		n += (int128) nq * d + (int128) 2 * nkv * d;
	if (o_bias)
		n += H;
	return n;
}

/*
 * Account one MoE layer: E routed experts of X parameters each (k of them
 * active per token) plus "rest" (router, shared experts, gates), all of
 * which are active.
 */
static void
moe_layer(HfCfg *cfg, int64 E, int64 k, int128 X, int128 rest)
{
	cfg->total += (int128) E * X + rest;
	cfg->inactive += (int128) (E - k) * X;
	if (cfg->moe_layers == 0)
	{
		cfg->routed_experts = (int32) E;
		cfg->experts_per_token = (int32) k;
	}
	cfg->moe_layers++;
}

/* Required integer key "key" of the model's object, in 1..hi. */
static int64
req_dim(HfCfg *cfg, const char *key, int64 hi)
{
	return hf_cfg_int(cfg, cfg->c, key, NULL, 1, hi, HF_CFG_REQUIRED);
}

/*
 * Read the routed-expert count under "ekey" (alias "ealias") and top-k under
 * "kkey" (alias "kalias"); both required, 1 <= k <= E.
 */
static void
read_experts(HfCfg *cfg, const char *ekey, const char *ealias,
			 const char *kkey, const char *kalias, int64 *E, int64 *k)
{
	*E = hf_cfg_int(cfg, cfg->c, ekey, ealias, 1, HF_CFG_MAX_DIM,
					HF_CFG_REQUIRED);
	*k = hf_cfg_int(cfg, cfg->c, kkey, kalias, 1, *E, HF_CFG_REQUIRED);
}

/*
 * A bitmap of the L layers listed (as 0-based indices) in array key "key";
 * all false when the key is absent.  Indices outside 0..L-1 are a reason.
 */
static bool *
layer_set(HfCfg *cfg, const char *key, int64 L, bool *given)
{
	bool	   *set = palloc0(sizeof(bool) * L);
	JsonbContainer *arr = hf_cfg_array(cfg, cfg->c, key);
	uint32		n;
	uint32		i;

	*given = (arr != NULL);
	if (arr == NULL)
		return set;
	n = JsonContainerSize(arr);
	for (i = 0; i < n && !cfg->failed; i++)
		set[hf_cfg_elem_int(cfg, arr, key, i, 0, L - 1)] = true;
	return set;
}

/* Count the final norm and the (possibly tied) embeddings. */
static void
finish(HfCfg *cfg, const HfCfgStd *s, int64 final_norm)
{
	cfg->total += final_norm;
	hf_cfg_embeddings(cfg, s);
}

/*
 * Llama-style dense decoders: GQA attention with optional biases and
 * per-head q/k RMSNorm, a GLU MLP of intermediate_size, "norms" RMSNorms of
 * width H per layer and a final RMSNorm.
 */
static void
dense_decoder(HfCfg *cfg, bool tie_default, bool qkv_bias, bool o_bias,
			  bool qk_norm, bool mlp_bias, int norms)
{
	HfCfgStd	s;
	int64		I;
	int128		layer;

	hf_cfg_std(cfg, &s, tie_default);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	layer = attn(s.H, s.nq, s.nkv, s.d, qkv_bias, o_bias) + glu(s.H, I) +
		(int128) norms * s.H;
	if (qk_norm)
		layer += 2 * s.d;
	if (mlp_bias)
		layer += 2 * I + s.H;
	cfg->total += layer * s.L;
	finish(cfg, &s, s.H);
}

/* llama and granite: attention_bias on q,k,v,o; mlp_bias on the MLP */
static void
fam_llama(HfCfg *cfg, bool tie_default)
{
	bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	bool		mb = hf_cfg_bool(cfg, cfg->c, "mlp_bias", false);

	dense_decoder(cfg, tie_default, ab, ab, false, mb, 2);
}

/* mistral, phi3 (fused qkv / gate_up, same counts): no biases */
static void
fam_mistral(HfCfg *cfg, bool tie_default)
{
	dense_decoder(cfg, tie_default, false, false, false, false, 2);
}

/* qwen2: bias on q,k,v (not o) */
static void
fam_qwen2(HfCfg *cfg, bool tie_default)
{
	dense_decoder(cfg, tie_default, true, false, false, false, 2);
}

/* qwen3: attention_bias on q,k,v,o; per-head q/k RMSNorm */
static void
fam_qwen3(HfCfg *cfg, bool tie_default)
{
	bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);

	dense_decoder(cfg, tie_default, ab, ab, true, false, 2);
}

/* gemma: two norms per layer */
static void
fam_gemma(HfCfg *cfg, bool tie_default)
{
	bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);

	dense_decoder(cfg, tie_default, ab, ab, false, false, 2);
}

/* gemma2: four norms per layer (pre/post attention, pre/post FFN) */
static void
fam_gemma2(HfCfg *cfg, bool tie_default)
{
	bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);

	dense_decoder(cfg, tie_default, ab, ab, false, false, 4);
}

/* gemma3 text model: four norms per layer and per-head q/k RMSNorm */
static void
fam_gemma3(HfCfg *cfg, bool tie_default)
{
	bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);

	dense_decoder(cfg, tie_default, ab, ab, true, false, 4);
}

/*
 * phi (phi-1, phi-1.5, phi-2): biased attention and non-gated MLP, one
 * LayerNorm (with bias) per layer, final LayerNorm, lm_head with bias.
 */
static void
fam_phi(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		I;
	int128		layer;

	hf_cfg_std(cfg, &s, tie_default);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	layer = attn(s.H, s.nq, s.nkv, s.d, true, true) +
		(int128) 2 * s.H * I + I + s.H + 2 * s.H;
	if (hf_cfg_bool(cfg, cfg->c, "qk_layernorm", false))
		layer += 4 * s.d;
	cfg->total += layer * s.L + s.V;	/* + lm_head bias */
	finish(cfg, &s, 2 * s.H);
}

/*
 * gpt2: fused c_attn with bias, non-gated MLP of n_inner (default 4H),
 * LayerNorms with bias, learned position table (counted as an embedding).
 */
static void
fam_gpt2(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		P;
	int64		I;
	int128		layer;

	s.V = hf_cfg_int(cfg, cfg->c, "vocab_size", NULL, 1, HF_CFG_MAX_DIM,
					 HF_CFG_REQUIRED);
	s.H = hf_cfg_int(cfg, cfg->c, "n_embd", "hidden_size", 1,
					 HF_CFG_MAX_HIDDEN, HF_CFG_REQUIRED);
	s.L = hf_cfg_int(cfg, cfg->c, "n_layer", "num_hidden_layers", 1,
					 HF_CFG_MAX_LAYERS, HF_CFG_REQUIRED);
	P = hf_cfg_int(cfg, cfg->c, "n_positions", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	I = hf_cfg_int(cfg, cfg->c, "n_inner", NULL, 1, HF_CFG_MAX_DIM, 4 * s.H);
	s.tied = hf_cfg_bool(cfg, cfg->c, "tie_word_embeddings", tie_default);
	layer = (int128) 4 * s.H * s.H + 4 * s.H	/* c_attn + c_proj */
		+ (int128) 2 * s.H * I + I + s.H	/* c_fc + c_proj */
		+ 4 * s.H;				/* ln_1, ln_2 */
	cfg->total += layer * s.L + (int128) P * s.H;
	cfg->emb_in += (int128) P * s.H;
	finish(cfg, &s, 2 * s.H);
}

/*
 * falcon: fused query_key_value (multi-query, or num_kv_heads in the new
 * decoder architecture), optional biases, non-gated MLP of ffn_hidden_size
 * (default 4H), LayerNorms with bias.
 */
static void
fam_falcon(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	bool		newarch = hf_cfg_bool(cfg, cfg->c, "new_decoder_architecture", false);
	bool		mq = hf_cfg_bool(cfg, cfg->c, "multi_query", true);
	bool		parallel = hf_cfg_bool(cfg, cfg->c, "parallel_attn", true);
	bool		bias = hf_cfg_bool(cfg, cfg->c, "bias", false);
	int64		F;
	int64		nln;
	int128		layer;

	s.V = hf_cfg_int(cfg, cfg->c, "vocab_size", NULL, 1, HF_CFG_MAX_DIM,
					 HF_CFG_REQUIRED);
	s.H = hf_cfg_int(cfg, cfg->c, "hidden_size", NULL, 1, HF_CFG_MAX_HIDDEN,
					 HF_CFG_REQUIRED);
	s.L = hf_cfg_int(cfg, cfg->c, "num_hidden_layers", "n_layer", 1,
					 HF_CFG_MAX_LAYERS, HF_CFG_REQUIRED);
	s.nq = hf_cfg_int(cfg, cfg->c, "num_attention_heads", "n_head", 1,
					  HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	s.d = s.H / s.nq;
	if (newarch)
		s.nkv = hf_cfg_int(cfg, cfg->c, "num_kv_heads", "n_head_kv", 1,
						   HF_CFG_MAX_DIM, s.nq);
	else
		s.nkv = mq ? 1 : s.nq;
	F = hf_cfg_int(cfg, cfg->c, "ffn_hidden_size", NULL, 1, HF_CFG_MAX_DIM,
				   4 * s.H);
	s.tied = hf_cfg_bool(cfg, cfg->c, "tie_word_embeddings", tie_default);
	if (newarch)
		nln = hf_cfg_int(cfg, cfg->c, "num_ln_in_parallel_attn", NULL, 1, 2, 2);
	else
		nln = parallel ? 1 : 2;
	layer = (int128) s.H * (s.nq + 2 * s.nkv) * s.d + (int128) s.nq * s.d * s.H +
		(int128) 2 * s.H * F + (int128) nln * 2 * s.H;
	if (bias)
		layer += (int128) (s.nq + 2 * s.nkv) * s.d + s.H + F + s.H;
	cfg->total += layer * s.L;
	finish(cfg, &s, 2 * s.H);
}

/*
 * mixtral and phimoe: every layer MoE with intermediate_size experts and a
 * bias-free router.  phimoe adds attention biases, LayerNorms with bias and
 * an optional lm_head bias.
 */
static void
moe_mixtral_like(HfCfg *cfg, bool tie_default, bool phimoe)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		I;
	bool		ab;
	int128		dense_part;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "num_local_experts", NULL, "num_experts_per_tok", NULL,
				 &E, &k);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	ab = phimoe && hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	dense_part = attn(s.H, s.nq, s.nkv, s.d, ab, ab) +
		(int128) (phimoe ? 4 : 2) * s.H;
	if (cfg->failed)
		return;
	for (l = 0; l < s.L; l++)
	{
		cfg->total += dense_part;
		moe_layer(cfg, E, k, glu(s.H, I), (int128) E * s.H);
	}
	if (phimoe && hf_cfg_bool(cfg, cfg->c, "lm_head_bias", false))
		cfg->total += s.V;
	finish(cfg, &s, phimoe ? 2 * s.H : s.H);
}

/* mixtral */
static void
fam_mixtral(HfCfg *cfg, bool tie_default)
{
	moe_mixtral_like(cfg, tie_default, false);
}

/* phimoe (Phi-3.5-MoE) */
static void
fam_phimoe(HfCfg *cfg, bool tie_default)
{
	moe_mixtral_like(cfg, tie_default, true);
}

/*
 * Gated DeltaNet layer of qwen3_next: in_proj_qkvz, in_proj_ba, depthwise
 * conv1d, dt_bias, A_log, gated norm, out_proj.
 */
static int128
qwen3_next_linear(HfCfg *cfg, int64 H)
{
	int64		nk = hf_cfg_int(cfg, cfg->c, "linear_num_key_heads", NULL, 1,
								HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int64		nv = hf_cfg_int(cfg, cfg->c, "linear_num_value_heads", NULL, 1,
								HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int64		dk = hf_cfg_int(cfg, cfg->c, "linear_key_head_dim", NULL, 1,
								HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int64		dv = hf_cfg_int(cfg, cfg->c, "linear_value_head_dim", NULL, 1,
								HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int64		kern = hf_cfg_int(cfg, cfg->c, "linear_conv_kernel_dim", NULL, 1,
								  HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int128		kd = (int128) nk * dk;
	int128		vd = (int128) nv * dv;

	return H * (2 * kd + 2 * vd) + (int128) H * 2 * nv +
		(2 * kd + vd) * kern + 2 * nv + dv + vd * H;
}

/*
 * qwen2_moe, qwen3_moe, qwen3_next: MoE layer i iff i is not in
 * mlp_only_layers, num_experts > 0 and (i+1) % decoder_sparse_step == 0;
 * experts of moe_intermediate_size, optional shared expert with a sigmoid
 * gate, dense layers of intermediate_size.  variant: 2 = qwen2_moe (q,k,v
 * bias, qkv_bias default true), 3 = qwen3_moe (q/k norm), 4 = qwen3_next
 * (gated full attention every full_attention_interval, else Gated DeltaNet).
 */
static void
moe_qwen(HfCfg *cfg, bool tie_default, int variant)
{
	HfCfgStd	s;
	int64		E;
	int64		k = 0;
	int64		Ie = 0;
	int64		Is;
	int64		Id;
	int64		step;
	int64		interval = 1;
	bool		given;
	bool	   *mlp_only;
	int128		att_full;
	int128		att_lin = 0;
	int128		shared = 0;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	E = hf_cfg_int(cfg, cfg->c, "num_experts", NULL, 0, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	if (E > 0)
	{
		k = hf_cfg_int(cfg, cfg->c, "num_experts_per_tok", NULL, 1, E,
					   HF_CFG_REQUIRED);
		Ie = hf_cfg_int(cfg, cfg->c, "moe_intermediate_size", NULL, 1,
						HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	}
	/* qwen2_moe and qwen3_next always build the shared expert */
	Is = hf_cfg_int(cfg, cfg->c, "shared_expert_intermediate_size", NULL, 0,
					HF_CFG_MAX_DIM, variant == 3 ? 0 : HF_CFG_REQUIRED);
	Id = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 0, HF_CFG_MAX_DIM,
					0);
	step = hf_cfg_int(cfg, cfg->c, "decoder_sparse_step", NULL, 1,
					  HF_CFG_MAX_LAYERS, 1);
	mlp_only = layer_set(cfg, "mlp_only_layers", s.L, &given);
	if (variant == 2)
	{
		bool		qb = hf_cfg_bool(cfg, cfg->c, "qkv_bias", true);

		att_full = attn(s.H, s.nq, s.nkv, s.d, qb, false);
	}
	else
	{
		bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);

		att_full = attn(s.H, s.nq, s.nkv, s.d, ab, ab) + 2 * s.d;
		if (variant == 4)
		{
			att_full += (int128) s.H * s.nq * s.d;	/* output gate in q_proj */
			interval = hf_cfg_int(cfg, cfg->c, "full_attention_interval", NULL,
								  1, HF_CFG_MAX_LAYERS, HF_CFG_REQUIRED);
			att_lin = qwen3_next_linear(cfg, s.H);
		}
	}
	if (Is > 0)
		shared = glu(s.H, Is) + s.H;
	if (cfg->failed)
		return;
	for (l = 0; l < s.L; l++)
	{
		CHECK_FOR_INTERRUPTS();
		cfg->total += 2 * s.H;
		if (variant == 4 && (l + 1) % interval != 0)
			cfg->total += att_lin;
		else
			cfg->total += att_full;
		if (!mlp_only[l] && E > 0 && (l + 1) % step == 0)
			moe_layer(cfg, E, k, glu(s.H, Ie), (int128) E * s.H + shared);
		else if (Id < 1)
		{
			hf_cfg_fail(cfg, "missing key %sintermediate_size", cfg->prefix);
			return;
		}
		else
			cfg->total += glu(s.H, Id);
	}
	pfree(mlp_only);
	finish(cfg, &s, s.H);
}

/* qwen2_moe (Qwen1.5-MoE, Qwen2-57B-A14B) */
static void
fam_qwen2_moe(HfCfg *cfg, bool tie_default)
{
	moe_qwen(cfg, tie_default, 2);
}

/* qwen3_moe */
static void
fam_qwen3_moe(HfCfg *cfg, bool tie_default)
{
	moe_qwen(cfg, tie_default, 3);
}

/* qwen3_next */
static void
fam_qwen3_next(HfCfg *cfg, bool tie_default)
{
	moe_qwen(cfg, tie_default, 4);
}

/*
 * Multi-head latent attention (DeepSeek-V2/V3, Kimi-K2): optional low-rank
 * q (q_lora_rank null or 0 means a plain q_proj), compressed kv with its
 * RMSNorm, o_proj; attention_bias on q_a, kv_a and o.
 */
static int128
mla(HfCfg *cfg, int64 H, int64 nq)
{
	int64		rq = hf_cfg_int(cfg, cfg->c, "q_lora_rank", NULL, 0,
								HF_CFG_MAX_DIM, 0);
	int64		rkv = hf_cfg_int(cfg, cfg->c, "kv_lora_rank", NULL, 1,
								 HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int64		dn = hf_cfg_int(cfg, cfg->c, "qk_nope_head_dim", NULL, 0,
								HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int64		dr = hf_cfg_int(cfg, cfg->c, "qk_rope_head_dim", NULL, 0,
								HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	int64		dv = hf_cfg_int(cfg, cfg->c, "v_head_dim", NULL, 1,
								HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	int128		n;

	if (rq > 0)
		n = (int128) H * rq + rq + (int128) rq * nq * (dn + dr);
	else
		n = (int128) H * nq * (dn + dr);
	n += (int128) H * (rkv + dr) + rkv + (int128) rkv * nq * (dn + dv) +
		(int128) nq * dv * H;
	if (ab)
		n += (rq > 0 ? rq : 0) + rkv + dr + H;
	return n;
}

/*
 * deepseek (v1, MHA), deepseek_v2, deepseek_v3 and kimi_k2 (MLA), glm4_moe
 * (GQA with q,k,v bias and optional q/k norm).  MoE layer i iff
 * n_routed_experts is set, i >= first_k_dense_replace and moe_layer_freq
 * marks layer i (an integer f: i % f == 0; a list: a 0/1 entry per layer;
 * glm4_moe has no moe_layer_freq); shared experts
 * n_shared_experts x moe_intermediate_size; router bias for noaux_tc
 * routing.  MTP layers (num_nextn_predict_layers) are not counted.
 */
static void
moe_deepseek(HfCfg *cfg, bool tie_default, int version)
{
	HfCfgStd	s;
	int64		E;
	int64		k = 0;
	int64		Ie = 0;
	int64		nsh = 0;
	int64		Id;
	int64		firstk;
	bool	   *freq_set = NULL;
	bool		router_bias;
	int128		att;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	E = hf_cfg_int(cfg, cfg->c, "n_routed_experts", NULL, 0, HF_CFG_MAX_DIM, 0);
	if (E > 0)
	{
		k = hf_cfg_int(cfg, cfg->c, "num_experts_per_tok", NULL, 1, E,
					   HF_CFG_REQUIRED);
		Ie = hf_cfg_int(cfg, cfg->c, "moe_intermediate_size", NULL, 1,
						HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
		nsh = hf_cfg_int(cfg, cfg->c, "n_shared_experts", NULL, 0,
						 HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	}
	Id = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 0, HF_CFG_MAX_DIM, 0);
	firstk = hf_cfg_int(cfg, cfg->c, "first_k_dense_replace", NULL, 0,
						HF_CFG_MAX_LAYERS, version == 5 ? HF_CFG_REQUIRED : 0);
	if (version != 5)
		freq_set = hf_cfg_layer_freq(cfg, "moe_layer_freq", s.L);
	cfg->mtp_layers = (int32) hf_cfg_int(cfg, cfg->c, "num_nextn_predict_layers",
										 NULL, 0, HF_CFG_MAX_LAYERS, 0);
	if (version == 5)
		router_bias = true;
	else if (hf_cfg_present(cfg->c, "topk_method"))
		router_bias = hf_cfg_str_eq(cfg->c, "topk_method", "noaux_tc");
	else
		router_bias = (version == 3);

	if (version == 1)
	{
		bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);

		att = attn(s.H, s.nq, s.nkv, s.d, ab, ab);
	}
	else if (version == 5)
	{
		bool		ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);

		att = attn(s.H, s.nq, s.nkv, s.d, ab, false);
		if (hf_cfg_bool(cfg, cfg->c, "use_qk_norm", false))
			att += 2 * s.d;
	}
	else
		att = mla(cfg, s.H, s.nq);
	if (cfg->failed)
		return;

	for (l = 0; l < s.L; l++)
	{
		CHECK_FOR_INTERRUPTS();
		cfg->total += att + 2 * s.H;
		if (E > 0 && l >= firstk && (freq_set == NULL || freq_set[l]))
			moe_layer(cfg, E, k, glu(s.H, Ie),
					  (int128) E * s.H + (router_bias ? E : 0) +
					  (nsh > 0 ? glu(s.H, nsh * Ie) : 0));
		else if (Id < 1)
		{
			hf_cfg_fail(cfg, "missing key %sintermediate_size", cfg->prefix);
			return;
		}
		else
			cfg->total += glu(s.H, Id);
	}
	if (freq_set != NULL)
		pfree(freq_set);
	finish(cfg, &s, s.H);
}

/* deepseek (v1: DeepSeekMoE 16B) */
static void
fam_deepseek(HfCfg *cfg, bool tie_default)
{
	moe_deepseek(cfg, tie_default, 1);
}

/* deepseek_v2 */
static void
fam_deepseek_v2(HfCfg *cfg, bool tie_default)
{
	moe_deepseek(cfg, tie_default, 2);
}

/* deepseek_v3, kimi_k2 */
static void
fam_deepseek_v3(HfCfg *cfg, bool tie_default)
{
	moe_deepseek(cfg, tie_default, 3);
}

/* glm4_moe and the text model of glm4v_moe */
static void
fam_glm4_moe(HfCfg *cfg, bool tie_default)
{
	moe_deepseek(cfg, tie_default, 5);
}

/*
 * gpt_oss: every layer MoE; experts with gate_up/down biases
 * (X = 3HI + 2I + H), router with bias, attention with biases and one sink
 * per head.
 */
static void
fam_gpt_oss(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		I;
	bool		ab;
	int128		dense_part;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "num_local_experts", NULL, "num_experts_per_tok",
				 "experts_per_token", &E, &k);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", true);
	dense_part = attn(s.H, s.nq, s.nkv, s.d, ab, ab) + s.nq + 2 * s.H;
	if (cfg->failed)
		return;
	for (l = 0; l < s.L; l++)
	{
		cfg->total += dense_part;
		moe_layer(cfg, E, k, glu(s.H, I) + 2 * I + s.H, (int128) E * s.H + E);
	}
	finish(cfg, &s, s.H);
}

/*
 * llama4 text model: MoE layers from moe_layers or every
 * interleave_moe_layer_step-th layer; routed and shared experts of
 * intermediate_size, dense layers of intermediate_size_mlp.
 */
static void
fam_llama4(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		I;
	int64		Imlp;
	int64		step;
	bool		ab;
	bool		given;
	bool	   *is_moe;
	int128		att;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "num_local_experts", NULL, "num_experts_per_tok", NULL,
				 &E, &k);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	Imlp = hf_cfg_int(cfg, cfg->c, "intermediate_size_mlp", NULL, 0,
					  HF_CFG_MAX_DIM, 0);
	step = hf_cfg_int(cfg, cfg->c, "interleave_moe_layer_step", NULL, 1,
					  HF_CFG_MAX_LAYERS, 1);
	ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	att = attn(s.H, s.nq, s.nkv, s.d, ab, ab);
	is_moe = layer_set(cfg, "moe_layers", s.L, &given);
	if (cfg->failed)
		return;
	if (!given)
		for (l = step - 1; l < s.L; l += step)
			is_moe[l] = true;
	for (l = 0; l < s.L; l++)
	{
		cfg->total += att + 2 * s.H;
		if (is_moe[l])
			moe_layer(cfg, E, k, glu(s.H, I), (int128) E * s.H + glu(s.H, I));
		else if (Imlp < 1)
		{
			hf_cfg_fail(cfg, "missing key %sintermediate_size_mlp", cfg->prefix);
			return;
		}
		else
			cfg->total += glu(s.H, Imlp);
	}
	pfree(is_moe);
	finish(cfg, &s, s.H);
}

/*
 * dbrx: d_model, n_layers, n_heads; attn_config.kv_n_heads; ffn_config
 * experts; fused Wqkv, bias-free LayerNorms.
 */
static void
fam_dbrx(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	JsonbContainer *ac;
	JsonbContainer *fc;
	int64		E = 1;
	int64		k = 1;
	int64		I = 1;
	int128		dense_part;
	int64		l;

	s.V = hf_cfg_int(cfg, cfg->c, "vocab_size", NULL, 1, HF_CFG_MAX_DIM,
					 HF_CFG_REQUIRED);
	s.H = hf_cfg_int(cfg, cfg->c, "d_model", NULL, 1, HF_CFG_MAX_HIDDEN,
					 HF_CFG_REQUIRED);
	s.L = hf_cfg_int(cfg, cfg->c, "n_layers", NULL, 1, HF_CFG_MAX_LAYERS,
					 HF_CFG_REQUIRED);
	s.nq = hf_cfg_int(cfg, cfg->c, "n_heads", NULL, 1, HF_CFG_MAX_DIM,
					  HF_CFG_REQUIRED);
	s.d = s.H / s.nq;
	s.tied = hf_cfg_bool(cfg, cfg->c, "tie_word_embeddings", tie_default);
	ac = hf_cfg_object(cfg, cfg->c, "attn_config");
	fc = hf_cfg_object(cfg, cfg->c, "ffn_config");
	if (ac == NULL || fc == NULL)
		hf_cfg_fail(cfg, "missing key %s", ac == NULL ? "attn_config" : "ffn_config");
	if (cfg->failed)
		return;
	cfg->prefix = "attn_config.";
	s.nkv = hf_cfg_int(cfg, ac, "kv_n_heads", NULL, 1, s.nq, HF_CFG_REQUIRED);
	cfg->prefix = "ffn_config.";
	E = hf_cfg_int(cfg, fc, "moe_num_experts", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	k = hf_cfg_int(cfg, fc, "moe_top_k", NULL, 1, E, HF_CFG_REQUIRED);
	I = hf_cfg_int(cfg, fc, "ffn_hidden_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	cfg->prefix = "";
	if (s.d < 1)
		hf_cfg_fail(cfg, "n_heads exceeds d_model");
	if (cfg->failed)
		return;
	dense_part = attn(s.H, s.nq, s.nkv, s.d, false, false) + 2 * s.H;
	for (l = 0; l < s.L; l++)
	{
		cfg->total += dense_part;
		moe_layer(cfg, E, k, glu(s.H, I), (int128) E * s.H);
	}
	finish(cfg, &s, s.H);
}

/* olmoe: every layer MoE; q_norm over nq*d and k_norm over nkv*d */
static void
fam_olmoe(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		I;
	bool		ab;
	int128		dense_part;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "num_experts", NULL, "num_experts_per_tok", NULL, &E, &k);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	dense_part = attn(s.H, s.nq, s.nkv, s.d, ab, ab) +
		(int128) (s.nq + s.nkv) * s.d + 2 * s.H;
	if (cfg->failed)
		return;
	for (l = 0; l < s.L; l++)
	{
		cfg->total += dense_part;
		moe_layer(cfg, E, k, glu(s.H, I), (int128) E * s.H);
	}
	finish(cfg, &s, s.H);
}

/*
 * Jamba: attention iff i % attn_layer_period == attn_layer_offset, else a
 * Mamba mixer; MoE iff i % expert_layer_period == expert_layer_offset (and
 * num_experts > 1), else a dense GLU of intermediate_size.
 */
static void
fam_jamba(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		I;
	int64		ap, ao, ep, eo;
	int64		ds, dc, ex, dt, Im;
	bool		conv_bias;
	bool		proj_bias;
	int128		att;
	int128		mamba;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "num_experts", NULL, "num_experts_per_tok", NULL, &E, &k);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	ap = hf_cfg_int(cfg, cfg->c, "attn_layer_period", NULL, 1, HF_CFG_MAX_LAYERS,
					HF_CFG_REQUIRED);
	ao = hf_cfg_int(cfg, cfg->c, "attn_layer_offset", NULL, 0, HF_CFG_MAX_LAYERS,
					HF_CFG_REQUIRED);
	ep = hf_cfg_int(cfg, cfg->c, "expert_layer_period", NULL, 1,
					HF_CFG_MAX_LAYERS, HF_CFG_REQUIRED);
	eo = hf_cfg_int(cfg, cfg->c, "expert_layer_offset", NULL, 0,
					HF_CFG_MAX_LAYERS, HF_CFG_REQUIRED);
	ds = hf_cfg_int(cfg, cfg->c, "mamba_d_state", NULL, 1, HF_CFG_MAX_DIM,
					HF_CFG_REQUIRED);
	dc = hf_cfg_int(cfg, cfg->c, "mamba_d_conv", NULL, 1, HF_CFG_MAX_DIM,
					HF_CFG_REQUIRED);
	ex = hf_cfg_int(cfg, cfg->c, "mamba_expand", NULL, 1, 1000,
					HF_CFG_REQUIRED);
	if (hf_cfg_str_eq(cfg->c, "mamba_dt_rank", "auto"))
		dt = (s.H + 15) / 16;
	else
		dt = hf_cfg_int(cfg, cfg->c, "mamba_dt_rank", NULL, 1, HF_CFG_MAX_DIM,
						HF_CFG_REQUIRED);
	conv_bias = hf_cfg_bool(cfg, cfg->c, "mamba_conv_bias", true);
	proj_bias = hf_cfg_bool(cfg, cfg->c, "mamba_proj_bias", false);
	if (cfg->failed)
		return;
	Im = ex * s.H;
	att = attn(s.H, s.nq, s.nkv, s.d, false, false);
	mamba = (int128) s.H * 2 * Im + (int128) Im * dc +
		(int128) Im * (dt + 2 * ds) + (int128) dt * Im + Im +
		(int128) Im * ds + Im + (int128) Im * s.H + dt + 2 * ds;
	if (conv_bias)
		mamba += Im;
	if (proj_bias)
		mamba += 2 * Im + s.H;
	for (l = 0; l < s.L; l++)
	{
		CHECK_FOR_INTERRUPTS();
		cfg->total += 2 * s.H + (l % ap == ao ? att : mamba);
		if (E > 1 && l % ep == eo)
			moe_layer(cfg, E, k, glu(s.H, I), (int128) E * s.H);
		else
			cfg->total += glu(s.H, I);
	}
	finish(cfg, &s, s.H);
}

/*
 * granitemoe / granitemoeshared: every layer MoE with intermediate_size
 * experts; shared MLP of shared_intermediate_size when > 0.
 */
static void
fam_granitemoe(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		I;
	int64		Is;
	bool		ab;
	int128		dense_part;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "num_local_experts", NULL, "num_experts_per_tok", NULL,
				 &E, &k);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	Is = hf_cfg_int(cfg, cfg->c, "shared_intermediate_size", NULL, 0,
					HF_CFG_MAX_DIM, 0);
	ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	dense_part = attn(s.H, s.nq, s.nkv, s.d, ab, ab) + 2 * s.H;
	if (cfg->failed)
		return;
	for (l = 0; l < s.L; l++)
	{
		cfg->total += dense_part;
		moe_layer(cfg, E, k, glu(s.H, I),
				  (int128) E * s.H + (Is > 0 ? glu(s.H, Is) : 0));
	}
	finish(cfg, &s, s.H);
}

/*
 * Mamba2 mixer of granitemoehybrid (GraniteMoeHybridMambaLayer), with
 * I_m = mamba_expand * H and conv_dim = I_m + 2 * mamba_n_groups *
 * mamba_d_state: in_proj H -> I_m + conv_dim + heads, depthwise conv1d of
 * mamba_d_conv over conv_dim channels, dt_bias, A_log and D per head, a gated
 * RMSNorm of I_m, out_proj I_m -> H; mamba_conv_bias on the conv1d,
 * mamba_proj_bias on in_proj and out_proj.  mamba_d_head, when given as a
 * number, must be I_m / heads, as transformers requires.
 */
static int128
mamba2_mixer(HfCfg *cfg, int64 H)
{
	int64		nh = req_dim(cfg, "mamba_n_heads", HF_CFG_MAX_DIM);
	int64		ng = hf_cfg_int(cfg, cfg->c, "mamba_n_groups", NULL, 1,
								HF_CFG_MAX_DIM, 1);
	int64		ds = req_dim(cfg, "mamba_d_state", HF_CFG_MAX_DIM);
	int64		dc = req_dim(cfg, "mamba_d_conv", HF_CFG_MAX_DIM);
	int64		ex = req_dim(cfg, "mamba_expand", 1000);
	bool		conv_bias = hf_cfg_bool(cfg, cfg->c, "mamba_conv_bias", true);
	bool		proj_bias = hf_cfg_bool(cfg, cfg->c, "mamba_proj_bias", false);
	int64		Im = ex * H;
	int128		conv_dim = Im + (int128) 2 * ng * ds;
	int128		proj = Im + conv_dim + nh;
	int128		n;

	if (!cfg->failed && Im % nh != 0)
		hf_cfg_fail(cfg, "key %smamba_n_heads does not divide mamba_expand * hidden_size",
					cfg->prefix);
	if (!cfg->failed && !hf_cfg_str_eq(cfg->c, "mamba_d_head", "auto") &&
		hf_cfg_int(cfg, cfg->c, "mamba_d_head", NULL, 1, HF_CFG_MAX_DIM,
				   Im / nh) * nh != Im)
		hf_cfg_fail(cfg, "key %smamba_d_head times mamba_n_heads is not mamba_expand * hidden_size",
					cfg->prefix);
	n = H * proj + conv_dim * dc + 3 * nh + Im + (int128) Im * H;
	if (conv_bias)
		n += conv_dim;
	if (proj_bias)
		n += proj + H;
	return n;
}

/*
 * granitemoehybrid (Granite 4.0): each layer is a Mamba2 mixer or attention
 * as layer_types says (absent: all Mamba2, as transformers does), then the
 * shared MLP of shared_intermediate_size, always built, plus experts of
 * intermediate_size unless num_local_experts is 0.
 */
static void
fam_granitemoehybrid(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k = 0;
	int64		I = 0;
	int64		Is;
	bool		ab;
	bool	   *mamba;
	bool		any_mamba = false;
	int128		att;
	int128		mixer = 0;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	E = hf_cfg_int(cfg, cfg->c, "num_local_experts", NULL, 0, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	if (E > 0)
	{
		k = hf_cfg_int(cfg, cfg->c, "num_experts_per_tok", NULL, 1, E,
					   HF_CFG_REQUIRED);
		I = req_dim(cfg, "intermediate_size", HF_CFG_MAX_DIM);
	}
	Is = req_dim(cfg, "shared_intermediate_size", HF_CFG_MAX_DIM);
	ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	mamba = hf_cfg_layer_kinds(cfg, "layer_types", s.L, "mamba", "attention",
							   true);
	for (l = 0; l < s.L; l++)
		any_mamba |= mamba[l];
	if (any_mamba)
		mixer = mamba2_mixer(cfg, s.H);
	if (cfg->failed)
		return;
	att = attn(s.H, s.nq, s.nkv, s.d, ab, ab);
	for (l = 0; l < s.L; l++)
	{
		CHECK_FOR_INTERRUPTS();
		cfg->total += 2 * s.H + (mamba[l] ? mixer : att) + glu(s.H, Is);
		if (E > 0)
			moe_layer(cfg, E, k, glu(s.H, I), (int128) E * s.H);
	}
	pfree(mamba);
	finish(cfg, &s, s.H);
}

/*
 * ernie4_5_moe: MoE iff (i+1) % moe_layer_interval == 0 and
 * moe_layer_start_index <= i <= moe_layer_end_index (-1 = last layer);
 * use_bias puts biases on every linear layer including lm_head; router plus
 * score-correction bias; shared experts moe_num_shared_experts x
 * moe_intermediate_size.
 */
static void
fam_ernie4_5_moe(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		Ie;
	int64		Id;
	int64		nsh;
	int64		start;
	int64		end;
	int64		interval;
	bool		ub;
	int128		att;
	int128		X;
	int128		shared = 0;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "moe_num_experts", NULL, "moe_k", NULL, &E, &k);
	Ie = hf_cfg_int(cfg, cfg->c, "moe_intermediate_size", NULL, 1,
					HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	Id = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 0, HF_CFG_MAX_DIM, 0);
	nsh = hf_cfg_int(cfg, cfg->c, "moe_num_shared_experts", NULL, 0,
					 HF_CFG_MAX_DIM, 0);
	start = hf_cfg_int(cfg, cfg->c, "moe_layer_start_index", NULL, 0,
					   HF_CFG_MAX_LAYERS, HF_CFG_REQUIRED);
	end = hf_cfg_int(cfg, cfg->c, "moe_layer_end_index", NULL, -1,
					 HF_CFG_MAX_LAYERS, -1);
	interval = hf_cfg_int(cfg, cfg->c, "moe_layer_interval", NULL, 1,
						  HF_CFG_MAX_LAYERS, 1);
	ub = hf_cfg_bool(cfg, cfg->c, "use_bias", false);
	if (cfg->failed)
		return;
	if (end < 0)
		end = s.L - 1;
	att = attn(s.H, s.nq, s.nkv, s.d, ub, ub);
	X = glu(s.H, Ie) + (ub ? 2 * Ie + s.H : 0);
	if (nsh > 0)
		shared = glu(s.H, nsh * Ie) + (ub ? 2 * nsh * Ie + s.H : 0);
	for (l = 0; l < s.L; l++)
	{
		CHECK_FOR_INTERRUPTS();
		cfg->total += att + 2 * s.H;
		if ((l + 1) % interval == 0 && l >= start && l <= end)
			moe_layer(cfg, E, k, X, (int128) E * s.H + E + shared);
		else if (Id < 1)
		{
			hf_cfg_fail(cfg, "missing key %sintermediate_size", cfg->prefix);
			return;
		}
		else
			cfg->total += glu(s.H, Id) + (ub ? 2 * Id + s.H : 0);
	}
	if (ub)
		cfg->total += s.V;
	finish(cfg, &s, s.H);
}

/*
 * hunyuan_v1_moe: every layer MoE; num_experts, moe_topk,
 * moe_intermediate_size (default intermediate_size) and num_shared_expert
 * may be per-layer lists; shared MLP num_shared_expert x intermediate_size.
 */
static void
fam_hunyuan_v1_moe(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		Id;
	bool		ab;
	int128		dense_part;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	Id = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
					HF_CFG_REQUIRED);
	ab = hf_cfg_bool(cfg, cfg->c, "attention_bias", false);
	dense_part = attn(s.H, s.nq, s.nkv, s.d, ab, ab) + 2 * s.H;
	if (hf_cfg_bool(cfg, cfg->c, "use_qk_norm", false))
		dense_part += 2 * s.d;
	for (l = 0; l < s.L && !cfg->failed; l++)
	{
		int64		E = hf_cfg_layer_int(cfg, "num_experts", NULL, l, s.L, 1,
										 HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
		int64		k = hf_cfg_layer_int(cfg, "moe_topk", NULL, l, s.L, 1, E,
										 HF_CFG_REQUIRED);
		int64		Ie = hf_cfg_layer_int(cfg, "moe_intermediate_size", NULL, l,
										  s.L, 1, HF_CFG_MAX_DIM, Id);
		int64		nsh = hf_cfg_layer_int(cfg, "num_shared_expert", NULL, l,
										   s.L, 0, HF_CFG_MAX_DIM,
										   HF_CFG_REQUIRED);

		CHECK_FOR_INTERRUPTS();
		cfg->total += dense_part;
		moe_layer(cfg, E, k, glu(s.H, Ie),
				  (int128) E * s.H + (nsh > 0 ? glu(s.H, nsh * Id) : 0));
	}
	finish(cfg, &s, s.H);
}

/*
 * minimax: every layer MoE; lightning (linear) attention where
 * attn_type_list[i] is 0 or layer_types[i] is "linear_attention", softmax
 * GQA otherwise.
 */
static void
fam_minimax(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int64		k;
	int64		I;
	int64		Is;
	JsonbContainer *types;
	JsonbContainer *names = NULL;
	int128		soft;
	int128		light;
	int64		l;

	hf_cfg_std(cfg, &s, tie_default);
	read_experts(cfg, "num_local_experts", NULL, "num_experts_per_tok", NULL,
				 &E, &k);
	I = hf_cfg_int(cfg, cfg->c, "intermediate_size", NULL, 1, HF_CFG_MAX_DIM,
				   HF_CFG_REQUIRED);
	Is = hf_cfg_int(cfg, cfg->c, "shared_intermediate_size", NULL, 0,
					HF_CFG_MAX_DIM, 0);
	types = hf_cfg_array(cfg, cfg->c, "attn_type_list");
	if (types == NULL)
		names = hf_cfg_array(cfg, cfg->c, "layer_types");
	if (types == NULL && names == NULL)
		hf_cfg_fail(cfg, "missing key %sattn_type_list", cfg->prefix);
	else if ((int64) JsonContainerSize(types ? types : names) < s.L)
		hf_cfg_fail(cfg, "key %s%s has fewer entries than num_hidden_layers",
					cfg->prefix, types ? "attn_type_list" : "layer_types");
	if (cfg->failed)
		return;
	soft = attn(s.H, s.nq, s.nkv, s.d, false, false);
	light = (int128) 5 * s.H * s.nq * s.d + (int128) s.nq * s.d;
	for (l = 0; l < s.L && !cfg->failed; l++)
	{
		bool		linear;

		CHECK_FOR_INTERRUPTS();
		if (types != NULL)
			linear = hf_cfg_elem_int(cfg, types, "attn_type_list", (uint32) l,
									 0, 1) == 0;
		else
		{
			JsonbValue *v = getIthJsonbValueFromContainer(names, (uint32) l);

			linear = hf_cfg_value_is(v, "linear_attention");
			pfree(v);
		}
		cfg->total += 2 * s.H + (linear ? light : soft);
		moe_layer(cfg, E, k, glu(s.H, I),
				  (int128) E * s.H + (Is > 0 ? glu(s.H, Is) : 0));
	}
	finish(cfg, &s, s.H);
}

/*
 * One stack of an encoder-decoder MoE: L layers of "layer" parameters
 * (attention, norms) each, then a sparse FFN (E experts of X, k per token,
 * plus "router") or a dense one of "dense" parameters.  Layer i is sparse,
 * for a step s > 0, iff i % s == 1 or s == 1 with the T5 rule of Switch
 * Transformers, iff (i + 1) % s == 0 otherwise (NLLB-MoE).
 */
static void
encdec_stack(HfCfg *cfg, int64 L, int64 step, bool t5_rule, int128 layer,
			 int128 dense, int64 E, int64 k, int128 X, int128 router)
{
	int64		l;

	for (l = 0; l < L; l++)
	{
		bool		sparse;

		CHECK_FOR_INTERRUPTS();
		if (t5_rule)
			sparse = step > 0 && (l % step == 1 || step == 1);
		else
			sparse = step > 0 && (l + 1) % step == 0;
		cfg->total += layer;
		if (sparse)
			moe_layer(cfg, E, k, X, router);
		else
			cfg->total += dense;
	}
}

/*
 * The keys both encoder-decoder MoE families share: vocab_size, d_model,
 * num_experts (at least min_experts), router_bias and tie_word_embeddings
 * (default tie_default).  Returns the parameters of one router.
 */
static int128
encdec_common(HfCfg *cfg, HfCfgStd *s, bool tie_default, int64 min_experts,
			  int64 *E)
{
	bool		rb;

	s->V = req_dim(cfg, "vocab_size", HF_CFG_MAX_DIM);
	s->H = req_dim(cfg, "d_model", HF_CFG_MAX_HIDDEN);
	*E = hf_cfg_int(cfg, cfg->c, "num_experts", NULL, min_experts,
					HF_CFG_MAX_DIM, HF_CFG_REQUIRED);
	rb = hf_cfg_bool(cfg, cfg->c, "router_bias", false);
	s->tied = hf_cfg_bool(cfg, cfg->c, "tie_word_embeddings", tie_default);
	return (int128) *E * s->H + (rb ? *E : 0);
}

/*
 * The sparse step of one Switch Transformers stack of L layers: key
 * step_key when the config states it (transformers keeps a saved value),
 * else L / count_key (num_sparse_*_layers, default 3), or L when that is 0.
 */
static int64
switch_sparse_step(HfCfg *cfg, const char *step_key, const char *count_key,
				   int64 L)
{
	int64		n;

	if (hf_cfg_present(cfg->c, step_key))
		return hf_cfg_int(cfg, cfg->c, step_key, NULL, 0, HF_CFG_MAX_LAYERS, 0);
	n = hf_cfg_int(cfg, cfg->c, count_key, NULL, 0, HF_CFG_MAX_LAYERS, 3);
	return n > 0 ? L / n : L;
}

/*
 * switch_transformers (encoder-decoder, T5 blocks): q, k, v, o of
 * num_heads * d_kv without bias, a relative-position bias
 * (relative_attention_num_buckets x num_heads) in the first layer of each
 * stack, weight-only LayerNorms (2 per encoder layer, 3 per decoder layer,
 * one final per stack), non-gated FFNs of d_ff; sparse layers hold
 * num_experts such FFNs behind a top-1 router.  Embeddings tied by default.
 */
static void
fam_switch_transformers(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int128		router = encdec_common(cfg, &s, tie_default, 1, &E);
	int64		dkv = req_dim(cfg, "d_kv", HF_CFG_MAX_DIM);
	int64		dff = req_dim(cfg, "d_ff", HF_CFG_MAX_DIM);
	int64		nh = req_dim(cfg, "num_heads", HF_CFG_MAX_DIM);
	int64		Le = req_dim(cfg, "num_layers", HF_CFG_MAX_LAYERS);
	int64		Ld = hf_cfg_int(cfg, cfg->c, "num_decoder_layers", NULL, 1,
								HF_CFG_MAX_LAYERS, Le);
	int64		buckets = hf_cfg_int(cfg, cfg->c,
									 "relative_attention_num_buckets", NULL, 0,
									 HF_CFG_MAX_DIM, 32);
	int64		se = switch_sparse_step(cfg, "encoder_sparse_step",
										"num_sparse_encoder_layers", Le);
	int64		sd = switch_sparse_step(cfg, "decoder_sparse_step",
										"num_sparse_decoder_layers", Ld);
	int128		att = (int128) 4 * s.H * nh * dkv;
	int128		ff = (int128) 2 * s.H * dff;

	if (cfg->failed)
		return;
	encdec_stack(cfg, Le, se, true, att + 2 * s.H, ff, E, 1, ff, router);
	encdec_stack(cfg, Ld, sd, true, 2 * att + 3 * s.H, ff, E, 1, ff, router);
	cfg->total += (int128) 2 * buckets * nh + 2 * s.H;
	hf_cfg_embeddings(cfg, &s);
}

/*
 * nllb-moe (encoder-decoder): q, k, v, o of d_model with bias, LayerNorms
 * with bias (2 per encoder layer, 3 per decoder layer, one final per stack),
 * non-gated FFNs with bias of encoder_ffn_dim / decoder_ffn_dim; sparse
 * layers (every encoder/decoder_sparse_step-th, default 4) hold num_experts
 * such FFNs behind a top-2 router; sinusoidal positions have no parameters.
 * Embeddings tied by default.
 */
static void
fam_nllb_moe(HfCfg *cfg, bool tie_default)
{
	HfCfgStd	s;
	int64		E;
	int128		router = encdec_common(cfg, &s, tie_default, 2, &E);
	int64		Le = req_dim(cfg, "encoder_layers", HF_CFG_MAX_LAYERS);
	int64		Ld = req_dim(cfg, "decoder_layers", HF_CFG_MAX_LAYERS);
	int64		Fe = req_dim(cfg, "encoder_ffn_dim", HF_CFG_MAX_DIM);
	int64		Fd = req_dim(cfg, "decoder_ffn_dim", HF_CFG_MAX_DIM);
	int64		se = hf_cfg_int(cfg, cfg->c, "encoder_sparse_step", NULL, 0,
								HF_CFG_MAX_LAYERS, 4);
	int64		sd = hf_cfg_int(cfg, cfg->c, "decoder_sparse_step", NULL, 0,
								HF_CFG_MAX_LAYERS, 4);
	int128		att = (int128) 4 * s.H * s.H + 4 * s.H;
	int128		ffe = (int128) 2 * s.H * Fe + Fe + s.H;
	int128		ffd = (int128) 2 * s.H * Fd + Fd + s.H;

	if (cfg->failed)
		return;
	encdec_stack(cfg, Le, se, false, att + 4 * s.H, ffe, E, 2, ffe, router);
	encdec_stack(cfg, Ld, sd, false, 2 * att + 6 * s.H, ffd, E, 2, ffd, router);
	cfg->total += 4 * s.H;
	hf_cfg_embeddings(cfg, &s);
}

/* one model_type the formulas know */
typedef struct HfCfgFamily
{
	const char *name;			/* model_type */
	HfCfgFormula formula;
	bool		tie_default;	/* tie_word_embeddings when absent */
	bool		nested;			/* language model under text_config */
} HfCfgFamily;

static const HfCfgFamily families[] = {
	{"llama", fam_llama, false, false},
	{"mistral", fam_mistral, false, false},
	{"qwen2", fam_qwen2, false, false},
	{"qwen3", fam_qwen3, false, false},
	{"granite", fam_llama, true, false},
	{"phi3", fam_mistral, false, false},
	{"phi", fam_phi, false, false},
	{"gemma", fam_gemma, true, false},
	{"gemma2", fam_gemma2, true, false},
	{"gemma3_text", fam_gemma3, true, false},
	{"gemma3", fam_gemma3, true, true},
	{"gpt2", fam_gpt2, true, false},
	{"falcon", fam_falcon, true, false},
	{"RefinedWeb", fam_falcon, true, false},
	{"RefinedWebModel", fam_falcon, true, false},
	{"mixtral", fam_mixtral, false, false},
	{"phimoe", fam_phimoe, false, false},
	{"qwen2_moe", fam_qwen2_moe, false, false},
	{"qwen3_moe", fam_qwen3_moe, false, false},
	{"qwen3_vl_moe", fam_qwen3_moe, false, true},
	{"qwen3_next", fam_qwen3_next, false, false},
	{"deepseek", fam_deepseek, false, false},
	{"deepseek_v2", fam_deepseek_v2, false, false},
	{"deepseek_v3", fam_deepseek_v3, false, false},
	{"kimi_k2", fam_deepseek_v3, false, false},
	{"glm4_moe", fam_glm4_moe, false, false},
	{"glm4v_moe", fam_glm4_moe, false, true},
	{"gpt_oss", fam_gpt_oss, false, false},
	{"llama4", fam_llama4, false, true},
	{"llama4_text", fam_llama4, false, false},
	{"dbrx", fam_dbrx, false, false},
	{"olmoe", fam_olmoe, false, false},
	{"jamba", fam_jamba, false, false},
	{"granitemoe", fam_granitemoe, true, false},
	{"granitemoeshared", fam_granitemoe, true, false},
	{"granitemoehybrid", fam_granitemoehybrid, false, false},
	{"ernie4_5_moe", fam_ernie4_5_moe, true, false},
	{"hunyuan_v1_moe", fam_hunyuan_v1_moe, true, false},
	{"minimax", fam_minimax, false, false},
	{"switch_transformers", fam_switch_transformers, true, false},
	{"nllb-moe", fam_nllb_moe, true, false},
};

/* architectures[0] -> model_type, for configs without a usable model_type */
static const char *const architectures[][2] = {
	{"LlamaForCausalLM", "llama"},
	{"MistralForCausalLM", "mistral"},
	{"Qwen2ForCausalLM", "qwen2"},
	{"Qwen3ForCausalLM", "qwen3"},
	{"GraniteForCausalLM", "granite"},
	{"Phi3ForCausalLM", "phi3"},
	{"PhiForCausalLM", "phi"},
	{"GemmaForCausalLM", "gemma"},
	{"Gemma2ForCausalLM", "gemma2"},
	{"Gemma3ForCausalLM", "gemma3_text"},
	{"Gemma3ForConditionalGeneration", "gemma3"},
	{"GPT2LMHeadModel", "gpt2"},
	{"FalconForCausalLM", "falcon"},
	{"MixtralForCausalLM", "mixtral"},
	{"PhimoeForCausalLM", "phimoe"},
	{"Qwen2MoeForCausalLM", "qwen2_moe"},
	{"Qwen3MoeForCausalLM", "qwen3_moe"},
	{"Qwen3NextForCausalLM", "qwen3_next"},
	{"DeepseekForCausalLM", "deepseek"},
	{"DeepseekV2ForCausalLM", "deepseek_v2"},
	{"DeepseekV3ForCausalLM", "deepseek_v3"},
	{"Glm4MoeForCausalLM", "glm4_moe"},
	{"Glm4vMoeForConditionalGeneration", "glm4v_moe"},
	{"GptOssForCausalLM", "gpt_oss"},
	{"Llama4ForConditionalGeneration", "llama4"},
	{"Llama4ForCausalLM", "llama4_text"},
	{"DbrxForCausalLM", "dbrx"},
	{"OlmoeForCausalLM", "olmoe"},
	{"JambaForCausalLM", "jamba"},
	{"GraniteMoeForCausalLM", "granitemoe"},
	{"GraniteMoeSharedForCausalLM", "granitemoeshared"},
	{"GraniteMoeHybridForCausalLM", "granitemoehybrid"},
	{"Ernie4_5_MoeForCausalLM", "ernie4_5_moe"},
	{"HunYuanMoEV1ForCausalLM", "hunyuan_v1_moe"},
	{"MiniMaxForCausalLM", "minimax"},
	{"MiniMaxText01ForCausalLM", "minimax"},	/* remote code: minimax_text_01 */
	{"MiniMaxM1ForCausalLM", "minimax"},	/* remote code: minimax_m1 */
	{"SwitchTransformersForConditionalGeneration", "switch_transformers"},
	{"NllbMoeForConditionalGeneration", "nllb-moe"},
};

/*
 * Find the formula for a model_type given as (name, len), not NUL-
 * terminated.  Returns NULL for an unknown name; otherwise sets *canon to
 * the family name and the family's defaults.
 */
HfCfgFormula
hf_cfg_lookup_model_type(const char *name, int len, const char **canon,
						 bool *tie_default, bool *nested)
{
	int			i;

	for (i = 0; i < (int) lengthof(families); i++)
	{
		if ((int) strlen(families[i].name) == len &&
			memcmp(families[i].name, name, len) == 0)
		{
			*canon = families[i].name;
			*tie_default = families[i].tie_default;
			*nested = families[i].nested;
			return families[i].formula;
		}
	}
	return NULL;
}

/*
 * Find the formula for an architectures[0] class name given as (name, len);
 * NULL when unknown.
 */
HfCfgFormula
hf_cfg_lookup_architecture(const char *name, int len, const char **canon,
						   bool *tie_default, bool *nested)
{
	int			i;

	for (i = 0; i < (int) lengthof(architectures); i++)
	{
		if ((int) strlen(architectures[i][0]) == len &&
			memcmp(architectures[i][0], name, len) == 0)
			return hf_cfg_lookup_model_type(architectures[i][1],
											strlen(architectures[i][1]),
											canon, tie_default, nested);
	}
	return NULL;
}
