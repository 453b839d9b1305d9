-- test/pgtap/config_params.sql
-- Catalogue contracts and a few results of config_params() and its scalar
-- conveniences (pgTAP 1.2: volatility_is is the function_volatility check).
BEGIN;
SELECT plan(20);

SELECT has_function('hfstate', 'config_params', ARRAY['jsonb']);
SELECT has_function('hfstate', 'config_total_params', ARRAY['jsonb']);
SELECT has_function('hfstate', 'config_active_params', ARRAY['jsonb']);

SELECT volatility_is('hfstate', 'config_params', ARRAY['jsonb']::name[], 'immutable');
SELECT volatility_is('hfstate', 'config_total_params', ARRAY['jsonb']::name[], 'immutable');
SELECT volatility_is('hfstate', 'config_active_params', ARRAY['jsonb']::name[], 'immutable');

SELECT is_strict('hfstate', 'config_params', ARRAY['jsonb']::name[]);
SELECT is_strict('hfstate', 'config_total_params', ARRAY['jsonb']::name[]);
SELECT is_strict('hfstate', 'config_active_params', ARRAY['jsonb']::name[]);

SELECT results_eq(
    $$SELECT p.proname::text COLLATE "default", p.proparallel::text FROM pg_catalog.pg_proc p
      JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
      WHERE n.nspname = 'hfstate' AND p.proname LIKE 'config\_%params' ORDER BY 1$$,
    $$VALUES ('config_active_params', 's'), ('config_params', 's'), ('config_total_params', 's')$$,
    'config_*params are PARALLEL SAFE');

SELECT ok(pg_catalog.obj_description('hfstate.config_params(jsonb)'::regprocedure, 'pg_proc') IS NOT NULL,
          'config_params has a comment');

-- tiny mixtral, worked by hand in test/sql/config_params.sql: 1156 total, 868 active
SELECT results_eq(
    $$SELECT family, is_moe, total, active, active_compute, active_nonemb, routed_experts, experts_per_token, moe_layers
      FROM hfstate.config_params('{"model_type":"mixtral","vocab_size":50,"hidden_size":4,
        "num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":4,"num_experts_per_tok":2,
        "intermediate_size":6}')$$,
    $$VALUES ('mixtral'::text, true, 1156::bigint, 868::bigint, 668::bigint, 468::bigint, 4, 2, 2)$$,
    'tiny mixtral counts');

-- tiny gemma2 without tie_word_embeddings is tied: 220 = active = active_compute
SELECT results_eq(
    $$SELECT total, active, active_compute, active_nonemb, embedding
      FROM hfstate.config_params('{"model_type":"gemma2","vocab_size":10,"hidden_size":4,
        "num_hidden_layers":1,"num_attention_heads":1,"head_dim":4,"intermediate_size":8}')$$,
    $$VALUES (220::bigint, 220::bigint, 220::bigint, 180::bigint, 40::bigint)$$,
    'gemma2 defaults to tied embeddings');

SELECT results_eq(
    $$SELECT family, total, reason FROM hfstate.config_params('{"model_type":"foo"}')$$,
    $$VALUES (NULL::text, NULL::bigint, 'unknown model_type "foo"'::text)$$,
    'unknown family: NULL and a reason');

SELECT results_eq(
    $$SELECT total, reason FROM hfstate.config_params('{"model_type":"llama","vocab_size":100,
        "hidden_size":-8,"num_hidden_layers":2,"num_attention_heads":2,"intermediate_size":16}')$$,
    $$VALUES (NULL::bigint, 'key hidden_size is out of range (-8, allowed 1..1000000)'::text)$$,
    'negative hidden_size: NULL and a reason');

-- the new families, worked by hand in test/sql/config_params.sql
SELECT results_eq(
    $$SELECT family, total, active, active_nonemb, routed_experts, experts_per_token, moe_layers
      FROM hfstate.config_params('{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,
        "num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,"num_local_experts":2,
        "num_experts_per_tok":1,"intermediate_size":2,"shared_intermediate_size":3,
        "tie_word_embeddings":true,"layer_types":["mamba","attention"],"mamba_n_heads":2,
        "mamba_d_state":2,"mamba_d_conv":2,"mamba_expand":2}')$$,
    $$VALUES ('granitemoehybrid'::text, 462::bigint, 414::bigint, 374::bigint, 2, 1, 2)$$,
    'tiny granitemoehybrid counts');

SELECT results_eq(
    $$SELECT family, total, active, routed_experts, experts_per_token, moe_layers
      FROM hfstate.config_params('{"model_type":"switch_transformers","vocab_size":10,"d_model":4,
        "d_kv":2,"num_heads":2,"d_ff":6,"num_layers":2,"num_experts":3,
        "relative_attention_num_buckets":4,"num_sparse_encoder_layers":1,"num_sparse_decoder_layers":1}')
      UNION ALL
      SELECT family, total, active, routed_experts, experts_per_token, moe_layers
      FROM hfstate.config_params('{"model_type":"nllb-moe","vocab_size":10,"d_model":4,
        "encoder_layers":2,"decoder_layers":2,"encoder_ffn_dim":6,"decoder_ffn_dim":6,"num_experts":3,
        "encoder_sparse_step":2,"decoder_sparse_step":2}')$$,
    $$VALUES ('switch_transformers'::text, 896::bigint, 704::bigint, 3, 1, 2),
             ('nllb-moe', 1104, 988, 3, 2, 2)$$,
    'tiny switch_transformers and nllb-moe counts');

SELECT results_eq(
    $$SELECT total, active FROM hfstate.config_params('{"model_type":"deepseek","vocab_size":16,
        "hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,
        "moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,
        "moe_layer_freq":[1,0,1]}')$$,
    $$VALUES (716::bigint, 620::bigint)$$,
    'moe_layer_freq as a per-layer mask');

SELECT lives_ok(
    $$SELECT hfstate.config_params(v) FROM (VALUES ('null'::jsonb), ('[]'), ('"x"'), ('{}'),
        ('{"model_type":"deepseek_v3","n_routed_experts":"many"}'),
        ('{"model_type":"minimax","attn_type_list":{"a":1}}'),
        ('{"model_type":"hunyuan_v1_moe","vocab_size":1,"hidden_size":1,"num_hidden_layers":2,
           "num_attention_heads":1,"intermediate_size":1,"num_experts":[1],"moe_topk":1,
           "num_shared_expert":0}'),
        ('{"model_type":"deepseek_v3","num_hidden_layers":2,"moe_layer_freq":[1,[0]]}'),
        ('{"model_type":"granitemoehybrid","num_hidden_layers":2,"layer_types":[null,{}]}'),
        ('{"model_type":"switch_transformers","num_layers":"x","num_sparse_encoder_layers":[]}'),
        ('{"model_type":"nllb-moe","encoder_sparse_step":{}}')) AS t(v)$$,
    'dirty configs never raise');

SELECT is(hfstate.config_total_params(NULL), NULL::bigint, 'NULL config gives NULL');

SELECT * FROM finish();
ROLLBACK;
