-- tools/bench/config_params.sql
-- Throughput of hfstate.config_params() over 100,000 generated config.json
-- documents (a mix of dense and MoE families with varied sizes, shaped like
-- the real configs in the fixtures).  Needs the hfstate extension.
--   psql -X -f tools/bench/config_params.sql
-- Prints configs per second for the record function and the scalar one;
-- the target is at least 100,000 configs per second on one core.

\set ON_ERROR_STOP 1
SET max_parallel_workers_per_gather = 0;   -- one core

DROP TABLE IF EXISTS pg_temp.bench_configs;
CREATE TEMP TABLE bench_configs AS
SELECT i,
       CASE i % 6
       WHEN 0 THEN pg_catalog.jsonb_build_object(
           'architectures', pg_catalog.jsonb_build_array('LlamaForCausalLM'),
           'model_type', 'llama', 'vocab_size', 32000 + i % 1000,
           'hidden_size', 1024 * (1 + i % 8), 'intermediate_size', 2816 * (1 + i % 8),
           'num_hidden_layers', 16 + i % 64, 'num_attention_heads', 16 * (1 + i % 4),
           'num_key_value_heads', 8, 'tie_word_embeddings', i % 2 = 0,
           'rope_theta', 500000.0, 'rms_norm_eps', 1e-05, 'torch_dtype', 'bfloat16')
       WHEN 1 THEN pg_catalog.jsonb_build_object(
           'architectures', pg_catalog.jsonb_build_array('MixtralForCausalLM'),
           'model_type', 'mixtral', 'vocab_size', 32000, 'hidden_size', 4096,
           'intermediate_size', 14336, 'num_hidden_layers', 32 + i % 24,
           'num_attention_heads', 32, 'num_key_value_heads', 8,
           'num_local_experts', 8 + i % 8, 'num_experts_per_tok', 2,
           'router_aux_loss_coef', 0.02, 'sliding_window', NULL)
       WHEN 2 THEN pg_catalog.jsonb_build_object(
           'architectures', pg_catalog.jsonb_build_array('DeepseekV3ForCausalLM'),
           'model_type', 'deepseek_v3', 'vocab_size', 129280, 'hidden_size', 7168,
           'intermediate_size', 18432, 'moe_intermediate_size', 2048,
           'num_hidden_layers', 61, 'num_attention_heads', 128, 'num_key_value_heads', 128,
           'q_lora_rank', 1536, 'kv_lora_rank', 512, 'qk_nope_head_dim', 128,
           'qk_rope_head_dim', 64, 'v_head_dim', 128, 'n_routed_experts', 64 * (1 + i % 4),
           'num_experts_per_tok', 8, 'n_shared_experts', 1, 'first_k_dense_replace', 3,
           'moe_layer_freq', 1, 'topk_method', 'noaux_tc', 'num_nextn_predict_layers', 1,
           'quantization_config', pg_catalog.jsonb_build_object('quant_method', 'fp8'))
       WHEN 3 THEN pg_catalog.jsonb_build_object(
           'architectures', pg_catalog.jsonb_build_array('Qwen3MoeForCausalLM'),
           'model_type', 'qwen3_moe', 'vocab_size', 151936, 'hidden_size', 2048,
           'intermediate_size', 6144, 'moe_intermediate_size', 768,
           'num_hidden_layers', 48, 'num_attention_heads', 32, 'num_key_value_heads', 4,
           'head_dim', 128, 'num_experts', 128, 'num_experts_per_tok', 8,
           'decoder_sparse_step', 1, 'mlp_only_layers', '[]'::jsonb)
       WHEN 4 THEN pg_catalog.jsonb_build_object(
           'architectures', pg_catalog.jsonb_build_array('GptOssForCausalLM'),
           'model_type', 'gpt_oss', 'vocab_size', 201088, 'hidden_size', 2880,
           'intermediate_size', 2880, 'num_hidden_layers', 24 + 12 * (i % 2),
           'num_attention_heads', 64, 'num_key_value_heads', 8, 'head_dim', 64,
           'num_local_experts', 32 * (1 + i % 4), 'num_experts_per_tok', 4,
           'attention_bias', true)
       ELSE pg_catalog.jsonb_build_object(
           'architectures', pg_catalog.jsonb_build_array('Llama4ForConditionalGeneration'),
           'model_type', 'llama4',
           'text_config', pg_catalog.jsonb_build_object(
               'vocab_size', 202048, 'hidden_size', 5120, 'intermediate_size', 8192,
               'intermediate_size_mlp', 16384, 'num_hidden_layers', 48,
               'num_attention_heads', 40, 'num_key_value_heads', 8, 'head_dim', 128,
               'num_local_experts', 16 * (1 + i % 8), 'num_experts_per_tok', 1,
               'interleave_moe_layer_step', 1 + i % 2))
       END AS c
FROM pg_catalog.generate_series(1, 100000) AS i;
VACUUM ANALYZE bench_configs;

DO $$
DECLARE
    n bigint;
    t0 timestamptz;
    secs float8;
    best float8;
    run int;
BEGIN
    -- warm the cache
    PERFORM count(*) FROM pg_temp.bench_configs;

    best := 0;
    FOR run IN 1..3 LOOP
        t0 := pg_catalog.clock_timestamp();
        SELECT count(p.total) INTO n
        FROM pg_temp.bench_configs b, LATERAL hfstate.config_params(b.c) p;
        secs := extract(epoch FROM pg_catalog.clock_timestamp() - t0);
        best := greatest(best, 100000 / secs);
        RAISE NOTICE 'config_params run %: % configs counted in % s', run, n, round(secs::numeric, 3);
    END LOOP;
    IF n <> 100000 THEN
        RAISE EXCEPTION 'expected 100000 counted configs, got %', n;
    END IF;
    RAISE NOTICE 'config_params: best % configs/s', round(best::numeric);

    best := 0;
    FOR run IN 1..3 LOOP
        t0 := pg_catalog.clock_timestamp();
        SELECT count(hfstate.config_total_params(b.c)) INTO n FROM pg_temp.bench_configs b;
        secs := extract(epoch FROM pg_catalog.clock_timestamp() - t0);
        best := greatest(best, 100000 / secs);
    END LOOP;
    RAISE NOTICE 'config_total_params: best % configs/s', round(best::numeric);

    best := 0;
    FOR run IN 1..3 LOOP
        t0 := pg_catalog.clock_timestamp();
        SELECT count(b.c -> 'model_type') INTO n FROM pg_temp.bench_configs b;
        secs := extract(epoch FROM pg_catalog.clock_timestamp() - t0);
        best := greatest(best, 100000 / secs);
    END LOOP;
    RAISE NOTICE 'baseline (c -> ''model_type'' only): best % configs/s', round(best::numeric);
END
$$;
