--
-- config_params: total and active parameter counts from config.json.
-- Every expected figure below is worked out by hand in the comments
-- (d = head_dim, X = size of one routed expert, GLU(I) = 3*H*I).
--
SET search_path = hfstate, public;

CREATE TEMP TABLE cfg (name text PRIMARY KEY, config jsonb);

-- tiny llama: V=100 H=8 L=2 nq=2 nkv=1 (d=4) I=16, tie absent => untied
--   attn q 8*8=64 k 8*4=32 v 32 o 64 = 192; mlp 3*8*16 = 384; norms 16
--   layer 592, x2 = 1184; embed 800 + lm_head 800; final norm 8
--   total = 1184 + 1600 + 8 = 2792 = active
--   active_compute = 2792 - 800 = 1992; active_nonemb = 2792 - 1600 = 1192
INSERT INTO cfg VALUES ('a_llama', '{"model_type":"llama","vocab_size":100,"hidden_size":8,
  "num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,"intermediate_size":16}');

-- tiny mixtral: V=50 H=4 L=2 nq=nkv=2 (d=2) E=4 k=2 I=6, untied
--   attn 4*16 = 64; X = 3*4*6 = 72; experts 4*72 = 288; router 4*4 = 16; norms 8
--   layer 376, x2 = 752; embeddings 2*200 = 400; final 4 => total 1156
--   inactive = 2 layers * (4-2) * 72 = 288 => active 868
--   active_compute = 868 - 200 = 668; active_nonemb = 868 - 400 = 468
INSERT INTO cfg VALUES ('b_mixtral', '{"model_type":"mixtral","vocab_size":50,"hidden_size":4,
  "num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":4,"num_experts_per_tok":2,
  "intermediate_size":6}');

-- the same mixtral without model_type: dispatch on architectures[0]
INSERT INTO cfg VALUES ('b_mixtral_arch', '{"architectures":["MixtralForCausalLM"],"vocab_size":50,
  "hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":4,
  "num_experts_per_tok":2,"intermediate_size":6}');

-- tiny deepseek_v3: V=64 H=8 L=3 nq=2, MLA q_lora 4 kv_lora 4 nope 2 rope 2 v 2,
-- first_k_dense_replace 1 (layer 0 dense, I=12), experts E=4 k=2 I_e=4, 1 shared,
-- noaux_tc router bias, 1 MTP layer (not counted)
--   MLA: q_a 8*4=32 + q_norm 4 + q_b 4*2*4=32 = 68; kv_a 8*(4+2)=48; kv_norm 4;
--        kv_b 4*2*(2+2)=32; o 2*2*8=32 => 184; + norms 16 = 200 per layer, x3 = 600
--   dense layer 0: 3*8*12 = 288
--   MoE layers 1,2: X = 3*8*4 = 96; experts 384 + router 4*8+4 = 36 + shared 96 = 516, x2 = 1032
--   embeddings 2*512 = 1024; final 8 => total 600+288+1032+1024+8 = 2952
--   inactive = 2 * (4-2) * 96 = 384 => active 2568; compute 2568-512 = 2056; nonemb 1544
INSERT INTO cfg VALUES ('c_deepseek_v3', '{"model_type":"deepseek_v3","vocab_size":64,"hidden_size":8,
  "num_hidden_layers":3,"num_attention_heads":2,"q_lora_rank":4,"kv_lora_rank":4,
  "qk_nope_head_dim":2,"qk_rope_head_dim":2,"v_head_dim":2,"intermediate_size":12,
  "moe_intermediate_size":4,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,
  "first_k_dense_replace":1,"moe_layer_freq":1,"topk_method":"noaux_tc",
  "num_nextn_predict_layers":1,"tie_word_embeddings":false}');

-- tiny qwen3_moe: V=32 H=8 L=2 nq=2 nkv=1 head_dim=4 E=4 k=1 I_e=2,
-- mlp_only_layers [1] (dense, intermediate_size 10)
--   attn 64+32+32+64 = 192 + q/k norm 2*4 = 200; norms 16
--   layer 0 MoE: X = 3*8*2 = 48; experts 192 + router 32 = 224
--   layer 1 dense: 3*8*10 = 240
--   total = 2*216 + 224 + 240 + embeddings 512 + final 8 = 1416
--   inactive = (4-1)*48 = 144 => active 1272; compute 1272-256 = 1016; nonemb 760
INSERT INTO cfg VALUES ('d_qwen3_moe', '{"model_type":"qwen3_moe","vocab_size":32,"hidden_size":8,
  "num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,"head_dim":4,
  "num_experts":4,"num_experts_per_tok":1,"moe_intermediate_size":2,"intermediate_size":10,
  "decoder_sparse_step":1,"mlp_only_layers":[1]}');

-- tiny gpt_oss: V=40 H=4 L=1 nq=2 nkv=1 head_dim=2 E=4 k=2 (legacy key experts_per_token) I=2,
-- attention_bias absent => true
--   attn 16+8+8+16 = 48 + q,k,v bias 4+2+2 + o bias 4 = 60 + sinks 2 = 62; norms 8
--   X = 3*4*2 + 2*2 + 4 = 32; experts 128; router 4*4 + 4 = 20
--   total = 62+8+128+20 + embeddings 320 + final 4 = 542
--   inactive = (4-2)*32 = 64 => active 478; compute 478-160 = 318; nonemb 158
INSERT INTO cfg VALUES ('e_gpt_oss', '{"model_type":"gpt_oss","vocab_size":40,"hidden_size":4,
  "num_hidden_layers":1,"num_attention_heads":2,"num_key_value_heads":1,"head_dim":2,
  "num_local_experts":4,"experts_per_token":2,"intermediate_size":2}');

-- tiny llama4 (text_config): V=16 H=4 L=2 nq=2 nkv=1 head_dim=2 E=2 k=1 I=2,
-- intermediate_size_mlp 6, interleave_moe_layer_step 2 => MoE layers range(1,2,2) = {1}
--   attn 16+8+8+16 = 48; norms 8
--   layer 0 dense: 3*4*6 = 72
--   layer 1 MoE: X = 3*4*2 = 24; experts 48 + router 8 + shared 24 = 80
--   total = 2*56 + 72 + 80 + embeddings 128 + final 4 = 396
--   inactive = (2-1)*24 = 24 => active 372; compute 372-64 = 308; nonemb 244
INSERT INTO cfg VALUES ('f_llama4', '{"model_type":"llama4","architectures":["Llama4ForConditionalGeneration"],
  "vision_config":{"hidden_size":1408},"text_config":{"vocab_size":16,"hidden_size":4,
  "num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,"head_dim":2,
  "num_local_experts":2,"num_experts_per_tok":1,"intermediate_size":2,
  "intermediate_size_mlp":6,"interleave_moe_layer_step":2}}');

-- tiny gemma2, tie_word_embeddings absent => tied: V=10 H=4 L=1 nq=nkv=1 head_dim=4 I=8
--   attn 4*16 = 64; mlp 3*4*8 = 96; four norms 16 => 176; one table 40; final 4
--   total = 220 = active = active_compute (tied: nothing to drop); nonemb 180
INSERT INTO cfg VALUES ('g_gemma2_tied', '{"model_type":"gemma2","vocab_size":10,"hidden_size":4,
  "num_hidden_layers":1,"num_attention_heads":1,"head_dim":4,"intermediate_size":8}');

-- the same gemma2 with tie_word_embeddings false: + lm_head 40 => 260; compute 220; nonemb 180
INSERT INTO cfg VALUES ('g_gemma2_untied', '{"model_type":"gemma2","vocab_size":10,"hidden_size":4,
  "num_hidden_layers":1,"num_attention_heads":1,"head_dim":4,"intermediate_size":8,
  "tie_word_embeddings":false}');

-- the tiny llama with sizes given as 8.0 and "8": same 2792
INSERT INTO cfg VALUES ('h_llama_lenient', '{"model_type":"llama","vocab_size":100,"hidden_size":8.0,
  "num_hidden_layers":"2","num_attention_heads":2,"num_key_value_heads":1,"intermediate_size":16,
  "sliding_window":null}');

-- tiny deepseek (v1, MHA) with a list-valued moe_layer_freq [1,0,1]: V=16 H=4 L=3 nq=1 (d=4)
-- I=8, E=4 k=2 I_e=2, 1 shared, first_k_dense_replace 0, no topk_method => no router bias
--   attn 4*16 = 64; norms 8 => 72 per layer, x3 = 216
--   MoE layers 0, 2: X = 3*4*2 = 24; experts 96 + router 16 + shared 24 = 136, x2 = 272
--   dense layer 1: 3*4*8 = 96; embeddings 2*64 = 128; final 4 => total 716
--   inactive = 2 * (4-2) * 24 = 96 => active 620; compute 620-64 = 556; nonemb 492
INSERT INTO cfg VALUES ('i_deepseek_mask', '{"model_type":"deepseek","vocab_size":16,"hidden_size":4,
  "num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,"moe_intermediate_size":2,
  "n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"first_k_dense_replace":0,
  "moe_layer_freq":[1,0,1]}');

-- the same with moe_layer_freq 2 (layers 0 and 2): the same 716 / 620
INSERT INTO cfg VALUES ('i_deepseek_mask_freq2', '{"model_type":"deepseek","vocab_size":16,"hidden_size":4,
  "num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,"moe_intermediate_size":2,
  "n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"first_k_dense_replace":0,
  "moe_layer_freq":2}');

-- the mask and first_k_dense_replace 1 both apply: layer 0 dense, only layer 2 MoE
--   216 + 136 + 2*96 + 128 + 4 = 676; inactive 48 => active 628; compute 564; nonemb 500
INSERT INTO cfg VALUES ('i_deepseek_mask_firstk', '{"model_type":"deepseek","vocab_size":16,"hidden_size":4,
  "num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,"moe_intermediate_size":2,
  "n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"first_k_dense_replace":1,
  "moe_layer_freq":[1,0,1]}');

-- tiny granitemoehybrid: V=10 H=4 L=2 nq=2 nkv=1 (d=2), E=2 k=1 I=2, shared 3, tied,
-- layer_types [mamba, attention], mamba: heads 2, groups 1, d_state 2, d_conv 2, expand 2
--   Mamba2: I_m = 8, conv_dim = 8 + 2*1*2 = 12; in_proj 4*(8+12+2) = 88; conv1d 12*2 + bias 12 = 36;
--           dt_bias, A_log, D 3*2 = 6; gated norm 8; out_proj 8*4 = 32 => 170
--   attention 16+8+8+16 = 48; shared MLP 3*4*3 = 36; norms 8
--   MoE: X = 3*4*2 = 24; experts 48 + router 8 = 56
--   layer 0 = 8+170+36+56 = 270; layer 1 = 8+48+36+56 = 148; one table 40; final 4 => 462
--   inactive = 2 * (2-1) * 24 = 48 => active 414 = compute (tied); nonemb 374
INSERT INTO cfg VALUES ('j_granitemoehybrid', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,
  "num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,"num_local_experts":2,
  "num_experts_per_tok":1,"intermediate_size":2,"shared_intermediate_size":3,"tie_word_embeddings":true,
  "layer_types":["mamba","attention"],"mamba_n_heads":2,"mamba_n_groups":1,"mamba_d_state":2,
  "mamba_d_conv":2,"mamba_expand":2,"mamba_d_head":"auto","position_embedding_type":"nope"}');

-- the same without experts (num_local_experts 0, as Granite-4.0-H-1B): the shared MLP only
--   layer 0 = 8+170+36 = 214; layer 1 = 8+48+36 = 92; + 40 + 4 => 350 = active; nonemb 310
INSERT INTO cfg VALUES ('j_granitemoehybrid_dense', '{"model_type":"granitemoehybrid","vocab_size":10,
  "hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,
  "num_local_experts":0,"shared_intermediate_size":3,"tie_word_embeddings":true,
  "layer_types":["mamba","attention"],"mamba_n_heads":2,"mamba_d_state":2,"mamba_d_conv":2,
  "mamba_expand":2}');

-- attention layers only (as Granite-4.0-Micro): no Mamba2 key is needed; architectures[0] dispatch,
-- tie_word_embeddings absent => untied (the transformers default)
--   2 * (8+48+36) = 184; embeddings 2*40 = 80; final 4 => 268 = active; compute 228; nonemb 188
INSERT INTO cfg VALUES ('j_granitemoehybrid_attn', '{"architectures":["GraniteMoeHybridForCausalLM"],
  "vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_key_value_heads":1,
  "num_local_experts":0,"shared_intermediate_size":3,"layer_types":["attention","attention"]}');

-- tiny switch_transformers: V=10 d_model=4 d_kv=2 heads=2 d_ff=6, 2+2 layers, 3 experts,
-- 4 relative-position buckets, 1 sparse layer per stack => step 2/1 = 2 => layer 1 sparse (i % 2 == 1)
--   attention 4*4*(2*2) = 64; FFN X = 2*4*6 = 48; router 3*4 = 12
--   encoder: 2*(64 + 2*4 norms) = 144 + dense 48 + sparse 3*48+12 = 156 => 348
--   decoder: 2*(2*64 + 3*4) = 280 + 48 + 156 => 484
--   relative bias 2 stacks * 4*2 = 16; final norms 2*4 = 8; one (tied) table 40 => 896
--   inactive = 2 * (3-1) * 48 = 192 => active 704 = compute; nonemb 664
INSERT INTO cfg VALUES ('k_switch', '{"model_type":"switch_transformers","vocab_size":10,"d_model":4,
  "d_kv":2,"num_heads":2,"d_ff":6,"num_layers":2,"num_decoder_layers":2,"num_experts":3,
  "relative_attention_num_buckets":4,"num_sparse_encoder_layers":1,"num_sparse_decoder_layers":1}');

-- tiny nllb-moe: V=10 d_model=4, 2+2 layers, FFN 6, 3 experts (top-2), sparse step 2 => layer 1
-- sparse ((i+1) % 2 == 0), tied by default
--   attention 4*(16+4) = 80; FFN X = 2*4*6 + 6 + 4 = 58; router 12; LayerNorm 2*4 = 8
--   encoder: 2*(80 + 2*8) = 192 + dense 58 + sparse 3*58+12 = 186 => 436
--   decoder: 2*(2*80 + 3*8) = 368 + 58 + 186 => 612
--   final LayerNorms 2*8 = 16; one table 40 => 1104
--   inactive = 2 * (3-2) * 58 = 116 => active 988 = compute; nonemb 948
INSERT INTO cfg VALUES ('l_nllb', '{"model_type":"nllb-moe","vocab_size":10,"d_model":4,
  "encoder_layers":2,"decoder_layers":2,"encoder_ffn_dim":6,"decoder_ffn_dim":6,"num_experts":3,
  "encoder_sparse_step":2,"decoder_sparse_step":2,"encoder_attention_heads":2,"decoder_attention_heads":2}');

-- the same untied: + lm_head 40 => 1144; active 1028; compute 988; nonemb 948
INSERT INTO cfg VALUES ('l_nllb_untied', '{"architectures":["NllbMoeForConditionalGeneration"],
  "vocab_size":10,"d_model":4,"encoder_layers":2,"decoder_layers":2,"encoder_ffn_dim":6,
  "decoder_ffn_dim":6,"num_experts":3,"encoder_sparse_step":2,"decoder_sparse_step":2,
  "tie_word_embeddings":false}');

-- tiny MiniMax-Text-01 in its remote-code form (model_type minimax_text_01, found by
-- architectures[0]): V=10 H=4 L=2 nq=2 nkv=1 head_dim=2, E=2 k=1 I=2, attn_type_list [0,1]
--   lightning layer: qkv 4*3*4 = 48 + output gate 16 + out_proj 16 + norm 4 = 84
--   softmax layer: 16+8+8+16 = 48; MoE: X = 3*4*2 = 24, experts 48 + router 8 = 56; norms 8
--   layer 0 = 8+84+56 = 148; layer 1 = 8+48+56 = 112; embeddings 2*40 = 80; final 4 => 344
--   inactive = 2 * (2-1) * 24 = 48 => active 296; compute 256; nonemb 216
INSERT INTO cfg VALUES ('m_minimax_text_01', '{"model_type":"minimax_text_01",
  "architectures":["MiniMaxText01ForCausalLM"],"vocab_size":10,"hidden_size":4,"num_hidden_layers":2,
  "num_attention_heads":2,"num_key_value_heads":1,"head_dim":2,"num_local_experts":2,
  "num_experts_per_tok":1,"intermediate_size":2,"attn_type_list":[0,1],"postnorm":true}');

SELECT c.name, p.family, p.is_moe, p.total, p.active, p.active_compute, p.active_nonemb,
       p.embedding, p.routed_experts AS e, p.experts_per_token AS k, p.moe_layers,
       p.counted, p.reason
FROM cfg c, LATERAL config_params(c.config) p
ORDER BY c.name;

-- the identity active = total - sum over MoE layers of (E-k)*X, with X by hand
-- (mixtral 72, deepseek 96, qwen3_moe 48, gpt_oss 32, llama4 24, deepseek v1 24,
-- granitemoehybrid 24, switch 48, nllb 58, minimax 24): all true
SELECT c.name,
       p.active = p.total - p.moe_layers * (p.routed_experts - p.experts_per_token) * x.x AS identity
FROM cfg c
JOIN (VALUES ('b_mixtral', 72), ('c_deepseek_v3', 96), ('d_qwen3_moe', 48),
             ('e_gpt_oss', 32), ('f_llama4', 24), ('i_deepseek_mask', 24),
             ('i_deepseek_mask_firstk', 24), ('j_granitemoehybrid', 24), ('k_switch', 48),
             ('l_nllb', 58), ('l_nllb_untied', 58), ('m_minimax_text_01', 24)) AS x(name, x)
       USING (name),
     LATERAL config_params(c.config) p
ORDER BY c.name;

-- the scalar conveniences agree with the record
SELECT c.name, config_total_params(c.config) = p.total AS total_ok,
       config_active_params(c.config) = p.active AS active_ok
FROM cfg c, LATERAL config_params(c.config) p
ORDER BY c.name;

-- bad input is data: NULL counts and a reason, never an error
CREATE TEMP TABLE bad (name text PRIMARY KEY, config jsonb);
INSERT INTO bad VALUES
  ('unknown_family', '{"model_type":"foo","hidden_size":8}'),
  ('unknown_arch', '{"architectures":["FooForCausalLM"]}'),
  ('no_family', '{"hidden_size":8}'),
  ('model_type_number', '{"model_type":7}'),
  ('not_object', '[1, 2, 3]'),
  ('missing_vocab', '{"model_type":"llama","hidden_size":8}'),
  ('hidden_string', '{"model_type":"llama","vocab_size":100,"hidden_size":"big","num_hidden_layers":2,"num_attention_heads":2,"intermediate_size":16}'),
  ('hidden_array', '{"model_type":"llama","vocab_size":100,"hidden_size":[8],"num_hidden_layers":2,"num_attention_heads":2,"intermediate_size":16}'),
  ('layers_fraction', '{"model_type":"llama","vocab_size":100,"hidden_size":8,"num_hidden_layers":2.5,"num_attention_heads":2,"intermediate_size":16}'),
  ('tie_string', '{"model_type":"llama","vocab_size":100,"hidden_size":8,"num_hidden_layers":2,"num_attention_heads":2,"intermediate_size":16,"tie_word_embeddings":"yes"}'),
  ('hidden_negative', '{"model_type":"llama","vocab_size":100,"hidden_size":-8,"num_hidden_layers":2,"num_attention_heads":2,"intermediate_size":16}'),
  ('hidden_huge', '{"model_type":"llama","vocab_size":100,"hidden_size":2e6,"num_hidden_layers":2,"num_attention_heads":2,"intermediate_size":16}'),
  ('layers_huge', '{"model_type":"llama","vocab_size":100,"hidden_size":8,"num_hidden_layers":20000,"num_attention_heads":2,"intermediate_size":16}'),
  ('int64_overflow', '{"model_type":"llama","vocab_size":100,"hidden_size":99999999999999999999999,"num_hidden_layers":2,"num_attention_heads":2,"intermediate_size":16}'),
  ('topk_gt_experts', '{"model_type":"mixtral","vocab_size":50,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":4,"num_experts_per_tok":5,"intermediate_size":6}'),
  ('llama4_no_text', '{"model_type":"llama4"}'),
  ('freq_short', '{"model_type":"deepseek","vocab_size":16,"hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,"moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"moe_layer_freq":[1,0]}'),
  ('freq_entry_2', '{"model_type":"deepseek_v2","vocab_size":16,"hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"kv_lora_rank":2,"qk_nope_head_dim":2,"qk_rope_head_dim":2,"v_head_dim":2,"intermediate_size":8,"moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"moe_layer_freq":[1,2,1]}'),
  ('freq_entry_bool', '{"model_type":"deepseek","vocab_size":16,"hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,"moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"moe_layer_freq":[true,false,true]}'),
  ('freq_entry_null', '{"model_type":"deepseek","vocab_size":16,"hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,"moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"moe_layer_freq":[1,null,1]}'),
  ('freq_object', '{"model_type":"kimi_k2","vocab_size":16,"hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"kv_lora_rank":2,"qk_nope_head_dim":2,"qk_rope_head_dim":2,"v_head_dim":2,"intermediate_size":8,"moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"moe_layer_freq":{"every":2}}'),
  ('freq_bool', '{"model_type":"deepseek_v3","vocab_size":16,"hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"kv_lora_rank":2,"qk_nope_head_dim":2,"qk_rope_head_dim":2,"v_head_dim":2,"intermediate_size":8,"moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"moe_layer_freq":true}'),
  ('freq_zero', '{"model_type":"deepseek","vocab_size":16,"hidden_size":4,"num_hidden_layers":3,"num_attention_heads":1,"intermediate_size":8,"moe_intermediate_size":2,"n_routed_experts":4,"num_experts_per_tok":2,"n_shared_experts":1,"moe_layer_freq":0}'),
  ('gmh_kind', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":0,"shared_intermediate_size":3,"layer_types":["mamba","ssm"],"mamba_n_heads":2,"mamba_d_state":2,"mamba_d_conv":2,"mamba_expand":2}'),
  ('gmh_kinds_long', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":0,"shared_intermediate_size":3,"layer_types":["attention","attention","attention"]}'),
  ('gmh_kinds_string', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":0,"shared_intermediate_size":3,"layer_types":"mamba"}'),
  ('gmh_heads', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":0,"shared_intermediate_size":3,"mamba_n_heads":3,"mamba_d_state":2,"mamba_d_conv":2,"mamba_expand":2}'),
  ('gmh_head_dim', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":0,"shared_intermediate_size":3,"mamba_n_heads":2,"mamba_d_head":3,"mamba_d_state":2,"mamba_d_conv":2,"mamba_expand":2}'),
  ('gmh_no_shared', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":2,"num_experts_per_tok":1,"intermediate_size":2,"layer_types":["attention","attention"]}'),
  ('gmh_no_mamba_key', '{"model_type":"granitemoehybrid","vocab_size":10,"hidden_size":4,"num_hidden_layers":2,"num_attention_heads":2,"num_local_experts":0,"shared_intermediate_size":3,"mamba_d_state":2,"mamba_d_conv":2,"mamba_expand":2}'),
  ('switch_d_model_text', '{"model_type":"switch_transformers","vocab_size":10,"d_model":"wide","d_kv":2,"num_heads":2,"d_ff":6,"num_layers":2,"num_experts":3}'),
  ('switch_no_d_ff', '{"model_type":"switch_transformers","vocab_size":10,"d_model":4,"d_kv":2,"num_heads":2,"num_layers":2,"num_experts":3}'),
  ('switch_step_negative', '{"model_type":"switch_transformers","vocab_size":10,"d_model":4,"d_kv":2,"num_heads":2,"d_ff":6,"num_layers":2,"num_experts":3,"encoder_sparse_step":-1}'),
  ('nllb_one_expert', '{"model_type":"nllb-moe","vocab_size":10,"d_model":4,"encoder_layers":2,"decoder_layers":2,"encoder_ffn_dim":6,"decoder_ffn_dim":6,"num_experts":1}'),
  ('nllb_layers_huge', '{"model_type":"nllb-moe","vocab_size":10,"d_model":4,"encoder_layers":20000,"decoder_layers":2,"encoder_ffn_dim":6,"decoder_ffn_dim":6,"num_experts":3}'),
  ('bigint_overflow', '{"model_type":"mixtral","vocab_size":100000000,"hidden_size":1000000,"num_hidden_layers":10000,"num_attention_heads":1,"num_local_experts":100000000,"num_experts_per_tok":1,"intermediate_size":100000000}');

SELECT b.name, p.family, p.total, p.active, p.counted, p.reason
FROM bad b, LATERAL config_params(b.config) p
ORDER BY b.name;

-- STRICT: a NULL config gives NULL
SELECT (config_params(NULL)).total IS NULL AS null_total,
       config_total_params(NULL) IS NULL AS null_scalar_total,
       config_active_params(NULL) IS NULL AS null_scalar_active;

-- family coverage on full-size dimensions (from the released configs as
-- summarised in docs/moe.md); in billions, these reproduce the figures worked
-- out there independently: DBRX 131.60 / 36.47 (A_compute 35.85), ERNIE-4.5-21B
-- 21.83 / 3.35 (A_nonemb 3.09), GLM-4.5-Air 106.85 / 13.42 (A_nonemb 12.18),
-- granite-3.0-1b-a400m 1.335 / 0.429, Hunyuan-A13B 80.39 / 12.75, Jamba 51.57 /
-- 12.11, MiniMax-Text-01 456.09 (A_nonemb 45.945), OLMoE 6.919 / 1.282,
-- Phi-3.5-MoE 41.87 / 6.64, Qwen3-Next-80B-A3B A_all 3.9; GPT-2 124.44 M,
-- phi-2 2.78, Falcon-7B 6.92; Granite-4.0-H-Tiny 6.939 / 1.465 (its safetensors
-- are 12.93 GiB in BF16: 6.939e9 parameters); switch-base-8 0.6193 / 0.2230;
-- nllb-moe-54b 54.24 / 3.49 tied (the transformers default), 54.50 / 3.75 with
-- an untied lm_head
SELECT name, p.family, round(p.total/1e9,4) t, round(p.active/1e9,4) a,
       round(p.active_compute/1e9,4) ac, round(p.active_nonemb/1e9,4) an, p.moe_layers, p.reason
FROM (VALUES
('gpt2', '{"model_type":"gpt2","vocab_size":50257,"n_embd":768,"n_layer":12,"n_head":12,"n_positions":1024,"n_inner":null}'::jsonb),
('phi-2', '{"model_type":"phi","vocab_size":51200,"hidden_size":2560,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":null,"intermediate_size":10240,"tie_word_embeddings":false}'),
('falcon-7b', '{"model_type":"falcon","vocab_size":65024,"hidden_size":4544,"num_hidden_layers":32,"num_attention_heads":71,"multi_query":true,"parallel_attn":true,"bias":false,"new_decoder_architecture":false}'),
('dbrx', '{"model_type":"dbrx","vocab_size":100352,"d_model":6144,"n_layers":40,"n_heads":48,"attn_config":{"kv_n_heads":8},"ffn_config":{"moe_num_experts":16,"moe_top_k":4,"ffn_hidden_size":10752},"tie_word_embeddings":false}'),
('granite-1b-a400m', '{"model_type":"granitemoe","vocab_size":49155,"hidden_size":1024,"num_hidden_layers":24,"num_attention_heads":16,"num_key_value_heads":8,"intermediate_size":512,"num_local_experts":32,"num_experts_per_tok":8}'),
('glm-4.5-air', '{"model_type":"glm4_moe","vocab_size":151552,"hidden_size":4096,"num_hidden_layers":46,"num_attention_heads":96,"num_key_value_heads":8,"head_dim":128,"intermediate_size":10944,"moe_intermediate_size":1408,"n_routed_experts":128,"num_experts_per_tok":8,"n_shared_experts":1,"first_k_dense_replace":1,"attention_bias":true,"use_qk_norm":false,"num_nextn_predict_layers":1}'),
('glm-4.5v', '{"model_type":"glm4v_moe","vision_config":{},"text_config":{"vocab_size":151552,"hidden_size":4096,"num_hidden_layers":46,"num_attention_heads":96,"num_key_value_heads":8,"head_dim":128,"intermediate_size":10944,"moe_intermediate_size":1408,"n_routed_experts":128,"num_experts_per_tok":8,"n_shared_experts":1,"first_k_dense_replace":1,"attention_bias":true}}'),
('olmoe-1b-7b', '{"model_type":"olmoe","vocab_size":50304,"hidden_size":2048,"num_hidden_layers":16,"num_attention_heads":16,"intermediate_size":1024,"num_experts":64,"num_experts_per_tok":8}'),
('phi-3.5-moe', '{"model_type":"phimoe","vocab_size":32064,"hidden_size":4096,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"intermediate_size":6400,"num_local_experts":16,"num_experts_per_tok":2,"attention_bias":true,"lm_head_bias":true}'),
('minimax-text-01', jsonb_build_object('model_type','minimax','vocab_size',200064,'hidden_size',6144,'num_hidden_layers',80,'num_attention_heads',64,'num_key_value_heads',8,'head_dim',128,'intermediate_size',9216,'num_local_experts',32,'num_experts_per_tok',2,'attn_type_list',(select jsonb_agg(case when i%8=7 then 1 else 0 end) from generate_series(0,79) i))),
('ernie-21b-a3b', '{"model_type":"ernie4_5_moe","vocab_size":103424,"hidden_size":2560,"num_hidden_layers":28,"num_attention_heads":20,"num_key_value_heads":4,"intermediate_size":12288,"moe_intermediate_size":1536,"moe_num_experts":64,"moe_k":6,"moe_num_shared_experts":2,"moe_layer_start_index":1,"moe_layer_end_index":27,"moe_layer_interval":1,"use_bias":false}'),
('hunyuan-a13b', '{"model_type":"hunyuan_v1_moe","vocab_size":128167,"hidden_size":4096,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"head_dim":128,"intermediate_size":3072,"moe_intermediate_size":3072,"num_experts":64,"moe_topk":8,"num_shared_expert":1,"use_qk_norm":true}'),
('qwen3-next-80b', '{"model_type":"qwen3_next","vocab_size":151936,"hidden_size":2048,"num_hidden_layers":48,"num_attention_heads":16,"num_key_value_heads":2,"head_dim":256,"intermediate_size":5120,"moe_intermediate_size":512,"shared_expert_intermediate_size":512,"num_experts":512,"num_experts_per_tok":10,"decoder_sparse_step":1,"mlp_only_layers":[],"full_attention_interval":4,"linear_num_key_heads":16,"linear_num_value_heads":32,"linear_key_head_dim":128,"linear_value_head_dim":128,"linear_conv_kernel_dim":4}'),
('granite-4.0-h-tiny', jsonb_build_object('model_type','granitemoehybrid','vocab_size',100352,'hidden_size',1536,'num_hidden_layers',40,'num_attention_heads',12,'num_key_value_heads',4,'intermediate_size',512,'shared_intermediate_size',1024,'num_local_experts',64,'num_experts_per_tok',6,'tie_word_embeddings',true,'mamba_n_heads',48,'mamba_n_groups',1,'mamba_d_state',128,'mamba_d_head',64,'mamba_d_conv',4,'mamba_expand',2,'layer_types',(select jsonb_agg(case when i%10=5 then 'attention' else 'mamba' end order by i) from generate_series(0,39) i))),
('switch-base-8', '{"model_type":"switch_transformers","vocab_size":32128,"d_model":768,"d_kv":64,"d_ff":3072,"num_heads":12,"num_layers":12,"num_decoder_layers":12,"num_experts":8,"num_sparse_encoder_layers":6,"num_sparse_decoder_layers":6}'),
('nllb-moe-54b', '{"model_type":"nllb-moe","vocab_size":128112,"d_model":2048,"encoder_layers":24,"decoder_layers":24,"encoder_ffn_dim":8192,"decoder_ffn_dim":8192,"num_experts":128,"encoder_sparse_step":4,"decoder_sparse_step":4}'),
('nllb-moe-54b-untied', '{"model_type":"nllb-moe","vocab_size":128112,"d_model":2048,"encoder_layers":24,"decoder_layers":24,"encoder_ffn_dim":8192,"decoder_ffn_dim":8192,"num_experts":128,"encoder_sparse_step":4,"decoder_sparse_step":4,"tie_word_embeddings":false}'),
('jamba-auto', '{"model_type":"jamba","vocab_size":65536,"hidden_size":4096,"num_hidden_layers":32,"num_attention_heads":32,"num_key_value_heads":8,"intermediate_size":14336,"num_experts":16,"num_experts_per_tok":2,"attn_layer_period":8,"attn_layer_offset":4,"expert_layer_period":2,"expert_layer_offset":1,"mamba_d_state":16,"mamba_d_conv":4,"mamba_expand":2,"mamba_dt_rank":"auto"}')
) v(name, c), LATERAL hfstate.config_params(c) p ORDER BY name;
