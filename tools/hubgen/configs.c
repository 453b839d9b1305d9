/*
 * configs.c
 *		Full config.json objects for configs.jsonl, with the real keys of each
 *		family (dense: llama, mistral, qwen2, qwen3, gemma2/3, phi3, granite,
 *		bert; MoE: mixtral, qwen2_moe, qwen3_moe, deepseek_v3, gpt_oss, olmoe,
 *		granitemoe) and the dimensions the model's parameter count came from.
 *
 * tools/hubgen/configs.c
 */
#include <string.h>

#include "hubgen.h"

/* kv_int: append ,"key":v. */
static void
kv_int(Buf *b, const char *key, int64_t v)
{
	buf_char(b, ',');
	buf_key(b, key);
	buf_int(b, v);
}

/* kv_raw: append ,"key":<raw JSON text>. */
static void
kv_raw(Buf *b, const char *key, const char *raw)
{
	buf_char(b, ',');
	buf_key(b, key);
	buf_put(b, raw);
}

/* is_type: model_type equality. */
static int
is_type(const Dims *d, const char *t)
{
	return strcmp(d->model_type, t) == 0;
}

/*
 * emit_full_config: append {"id": ..., "config": {...}} for model m; models
 * without dimensions get a minimal config with architectures only.
 */
void
emit_full_config(Buf *b, const Model *m)
{
	const Dims *d = dims_get(m->dims);

	buf_put(b, "{\"id\":");
	buf_str(b, m->id);
	buf_put(b, ",\"config\":{\"architectures\":[");
	if (!d)
	{
		buf_put(b, "]}}");
		return;
	}
	buf_str(b, d->arch);
	buf_put(b, "],\"model_type\":");
	buf_str(b, d->model_type);
	kv_int(b, "hidden_size", d->hidden);
	kv_int(b, "num_hidden_layers", d->layers);
	kv_int(b, "num_attention_heads", d->heads);
	kv_int(b, "vocab_size", d->vocab);
	if (is_type(d, "bert"))
	{
		kv_int(b, "intermediate_size", d->inter);
		kv_raw(b, "hidden_act", "\"gelu\"");
		kv_int(b, "max_position_embeddings", d->ctx);
		kv_int(b, "type_vocab_size", 2);
		kv_raw(b, "layer_norm_eps", "1e-12");
		buf_put(b, "}}");
		return;
	}
	kv_int(b, "num_key_value_heads", d->kv_heads);
	if (d->head_dim)
		kv_int(b, "head_dim", d->head_dim);
	kv_int(b, "max_position_embeddings", d->ctx);
	kv_raw(b, "hidden_act", is_type(d, "gemma2") || is_type(d, "gemma3_text") ?
		   "\"gelu_pytorch_tanh\"" : "\"silu\"");
	kv_raw(b, "rms_norm_eps", "1e-06");
	kv_raw(b, "rope_theta", is_type(d, "llama") ? "500000.0" : "1000000.0");
	kv_raw(b, "tie_word_embeddings", d->tied ? "true" : "false");
	kv_raw(b, "torch_dtype", "\"bfloat16\"");
	kv_raw(b, "transformers_version", "\"4.51.0\"");
	kv_raw(b, "use_cache", "true");
	if (is_type(d, "qwen2") || is_type(d, "qwen2_moe"))
		kv_raw(b, "use_sliding_window", "false");
	if (is_type(d, "gemma2") || is_type(d, "gemma3_text"))
	{
		kv_int(b, "sliding_window", 4096);
		kv_raw(b, "final_logit_softcapping", is_type(d, "gemma2") ? "30.0" : "null");
	}
	if (d->experts == 0)
	{
		kv_int(b, "intermediate_size", d->inter);
		if (is_type(d, "qwen3"))
			kv_raw(b, "attention_bias", "false");
		buf_put(b, "}}");
		return;
	}
	if (is_type(d, "mixtral") || is_type(d, "granitemoe"))
	{
		kv_int(b, "intermediate_size", d->inter);
		kv_int(b, "num_local_experts", d->experts);
		kv_int(b, "num_experts_per_tok", d->topk);
		kv_raw(b, "router_aux_loss_coef", "0.02");
	}
	else if (is_type(d, "qwen2_moe") || is_type(d, "qwen3_moe"))
	{
		kv_int(b, "intermediate_size", d->inter);
		kv_int(b, "num_experts", d->experts);
		kv_int(b, "num_experts_per_tok", d->topk);
		kv_int(b, "moe_intermediate_size", d->moe_inter);
		if (d->shared_inter)
			kv_int(b, "shared_expert_intermediate_size", d->shared_inter);
		kv_int(b, "decoder_sparse_step", 1);
		kv_raw(b, "mlp_only_layers", "[]");
		kv_raw(b, "norm_topk_prob", is_type(d, "qwen3_moe") ? "true" : "false");
		if (is_type(d, "qwen3_moe"))
			kv_raw(b, "attention_bias", "false");
	}
	else if (is_type(d, "deepseek_v3"))
	{
		kv_int(b, "intermediate_size", d->inter);
		kv_int(b, "n_routed_experts", d->experts);
		kv_int(b, "n_shared_experts", d->shared_inter / d->moe_inter);
		kv_int(b, "num_experts_per_tok", d->topk);
		kv_int(b, "moe_intermediate_size", d->moe_inter);
		kv_int(b, "first_k_dense_replace", 3);
		kv_int(b, "moe_layer_freq", 1);
		kv_int(b, "q_lora_rank", 1536);
		kv_int(b, "kv_lora_rank", 512);
		kv_int(b, "qk_nope_head_dim", 128);
		kv_int(b, "qk_rope_head_dim", 64);
		kv_int(b, "v_head_dim", 128);
		kv_int(b, "n_group", 8);
		kv_int(b, "topk_group", 4);
		kv_raw(b, "topk_method", "\"noaux_tc\"");
		kv_raw(b, "scoring_func", "\"sigmoid\"");
		kv_raw(b, "routed_scaling_factor", "2.5");
		kv_int(b, "num_nextn_predict_layers", 1);
	}
	else if (is_type(d, "gpt_oss"))
	{
		kv_int(b, "intermediate_size", d->inter);
		kv_int(b, "num_local_experts", d->experts);
		kv_int(b, "num_experts_per_tok", d->topk);
		kv_int(b, "experts_per_token", d->topk);
		kv_raw(b, "attention_bias", "true");
		kv_int(b, "sliding_window", 128);
		kv_raw(b, "quantization_config", "{\"quant_method\":\"mxfp4\",\"modules_to_not_convert\":[\"model.layers.*.self_attn\",\"model.layers.*.mlp.router\",\"model.embed_tokens\",\"lm_head\"]}");
	}
	else
	{
		/* olmoe */
		kv_int(b, "intermediate_size", d->inter);
		kv_int(b, "num_experts", d->experts);
		kv_int(b, "num_experts_per_tok", d->topk);
		kv_raw(b, "norm_topk_prob", "false");
	}
	buf_put(b, "}}");
}
