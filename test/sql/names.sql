-- name_params: sizes parsed from repo names (expected values by hand)
SELECT n, p.total, p.active, p.token, p.reason, p.line
FROM (VALUES
	(1, 'meta-llama/Llama-3.1-8B-Instruct'), (2, 'Qwen2.5-0.5B'), (3, 'Mixtral-8x7B-v0.1'),
	(4, 'Qwen3-30B-A3B'), (5, 'Llama-4-Scout-17B-16E'), (6, 'granite-3.0-1b-a400m'),
	(7, 'gemma-3n-E4B'), (8, 'Kimi-K2'), (9, 'phi-3-mini-4k'), (10, 'Llama-3-70B-GGUF'),
	(11, '7b-v0.2-Q4_K_M'), (12, 'bert-base-uncased'), (13, 'Qwen2.5-1.5B'), (14, 'SmolLM2-135M'),
	(15, '1.8T'), (16, 'gpt-oss-20b'), (17, 'Mistral-7B-v0.3'), (18, 'Qwen3-235B-A22B'),
	(19, 'DeepSeek-V2-Lite'), (20, 'model-v2.5'), (21, 'llama-2-13b-chat'), (22, 'opt-6.7b'),
	(23, 'Meta-Llama-3.1-405B'), (24, 'flan-t5-xxl'), (25, 'bigscience/bloomz-7b1'),
	(26, 'allenai/OLMoE-1B-7B-0924'), (27, 'Qwen1.5-MoE-A2.7B'), (28, 'e5-mistral-7b-instruct'),
	(29, 'stablelm-3b-4e1t'), (30, 'Qwen3-30BA3B'), (31, 'Qwen2.5-7B-Instruct-1M'),
	(32, 'BAAI/Infinity-Instruct-3M-0625-Llama3-70B'), (33, 'TinyLlama-1.1B-intermediate-step-1431k-3T'),
	(34, 'internlm2-chat-1_8b'), (35, 'LLAMA-3_8B_Unaligned'), (36, 'Mixtral-8x22B-Instruct-v0.1'),
	(37, 'Llama-4-Maverick-17B-128E-Instruct-FP8'), (38, 'Qwen2.5-32K-Instruct'), (39, 'llama-128k'),
	(40, 'model-2024-05-13'), (41, 'int4-4bit-8x'), (42, 'x-0B'), (43, 'x-999999B'), (44, 'x-1000T'),
	(45, 'x-1001T'), (46, 'SOLAR-10.7B-v1.0'), (47, 'gemma-3-27b-it'), (48, 'llama8b'),
	(49, 'Modèle-7B'), (50, 'Modèle7B'), (51, 'a/b/c-3B'), (52, ''), (53, '/'), (54, '7B.Q4_K_M.gguf'),
	(55, 'Qwen3-Next-80B-A3B-Instruct'), (56, 'Qwen3-Coder-480B-A35B-Instruct'), (57, 'OpenELM-270M'),
	(58, 'x-0.12345B'), (59, 'x-1.5b2'), (60, 'A100-tuned'), (61, 'FLUX.1-dev'), (62, 'x-3.5m-y')
) AS t(i, n), hfstate.name_params(n) AS p
ORDER BY i;

-- issue 12: training-token counts, draft and speculator heads, MoE pairs, "_" forms
SELECT n, p.total, p.active, p.token, p.reason, p.line
FROM (VALUES
	(1, 'microsoft/bitnet-b1.58-2B-4T'), (2, 'fla-hub/transformer-1.3B-100B'),
	(3, 'fla-hub/gla-340M-15B'), (4, 'TinyLlama/TinyLlama-1.1B-intermediate-step-1431k-3T'),
	(5, 'NucleusAI/nucleus-22B-token-500B'), (6, 'x-1.3B-100B-tokens'), (7, 'pythia-300B-tokens'),
	(8, 'x-100Btok'), (9, 'x-2Ttokens-7B'), (10, 'allura-org/MoE-Girl-1BA-7BT'),
	(11, 'RedHatAI/Llama-3.1-8B-Instruct-speculator.eagle3'), (12, 'yuhuili/EAGLE-LLaMA3-Instruct-8B'),
	(13, 'yuhuili/EAGLE3-LLaMA3.1-Instruct-8B'), (14, 'z-lab/Qwen3-8B-DFlash-b16'),
	(15, 'nvidia/gpt-oss-120b-Eagle3'), (16, 'Mayank6255/LLAMA-3.2-3B-EAGLE2-en'),
	(17, 'FasterDecoding/medusa-vicuna-7b-v1.3'), (18, 'text-generation-inference/Mistral-7B-Instruct-v0.2-medusa'),
	(19, 'ibm-fms/llama3-8b-accelerator'), (20, 'RedHatAI/Qwen3-8B-speculators'), (21, 'EAGLE-Vicuna'),
	(22, 'nvidia/Eagle2-9B'), (23, 'RWKV/v5-Eagle-7B-HF'), (24, 'Nexesenex/Llama_3.1_8b_Medusa_v1.01'),
	(25, 'x-7B-accelerator-v2'), (26, 'mlabonne/NeuralBeagle14-7B'),
	(27, 'jukofyork/GLM-4.5-DRAFT-0.6B-v3.0'), (28, 'qingy2024/Qwen2.5-Coder-Draft-1.5B-Instruct'),
	(29, 'mistral-7b-draft-v1'), (30, 'allenai/OLMoE-1B-7B-0924'), (31, 'x-1B-12B'), (32, 'x-1B-13B'),
	(33, 'granite-3.0-3b-a800m'), (34, 'Qwen2-57B-A14B'), (35, 'SmallThinker-4BA0.6B'),
	(36, 'Hunyuan-A13B-Instruct'), (37, 'Qwen3-Coder-30B-A3B-Instruct'), (38, 'Mixtral-8x7B-Instruct-v0.1'),
	(39, 'Calme-4x7B-MoE-v0.1'), (40, 'IlyaGusev/saiga_llama3_8b'), (41, 'stabilityai/stablelm-2-1_6b-chat'),
	(42, 'xuefengli/qwen3_4b_openthoughts_400k'), (43, 'abaryan/CyberXP_Agent_Llama_3.2_1B'),
	(44, 'MaxJeblick/llama2-0b-unit-test'), (45, 'internlm/internlm2_5-1_8b-chat'), (46, 'Qwen/Qwen-1_8B'),
	(47, 'stablelm-2-zephyr-1_6b'), (48, 'llama_3_1_8b'), (49, 'divyanshukunwar/SASTRI_1_9B'),
	(50, 'pankajmathur/orca_mini_v9_1_1B-Instruct'), (51, 'x_0_5b'), (52, 'LLAMA-3_8B_Unaligned_BETA'),
	(53, 'godlikehhd/alpaca_data_score_max_2600_3B'), (54, 'Qwen2.5_7B_x'), (55, 'x-1_6b2'),
	(56, 'phi-3-mini-128k-instruct'), (57, 'Meta-Llama-3-8B-Instruct-Gradient-1048k'),
	(58, 'Qwen2.5-14B-Instruct-1M'), (59, 'OLMo-2-1124-7B'), (60, 'model-20240513-3B'),
	(61, 'TheBloke/Llama-2-7B-GGUF'), (62, 'x-3B-Q4_K_M'), (63, 'pythia12-0b'), (64, 'x-0.0B')
) AS t(i, n), hfstate.name_params(n) AS p
ORDER BY i;

-- known model lines: the published counts of the release (line) instead of the rounded size; the
-- line's words must be the ones right before the size
SELECT n, p.total, p.active, p.token, p.reason, p.line
FROM (VALUES
	(1, 'google/gemma-2b'), (2, 'google/gemma-1.1-2b-it'), (3, 'google/codegemma-7b'),
	(4, 'ymcki/gemma-2-2b-jpn-it'), (5, 'Ray2333/GRM-gemma2-2B-rewardmodel-ft'),
	(6, 'google/recurrentgemma-2b'), (7, 'TheDrummer/Gemmasutra-Mini-2B-v1'),
	(8, 'unsloth/Llama-3.2-1B-Instruct'), (9, 'NotASI/FineTome-Llama3.2-1B-0929'),
	(10, 'abaryan/CyberXP_Agent_Llama_3.2_1B'), (11, 'Nexesenex/Dolphin3.0-Llama3.1-1B-abliterated'),
	(12, 'meta-llama/Llama-3.2-11B-Vision-Instruct'), (13, 'Qwen/Qwen2-VL-7B-Instruct'),
	(14, 'Qwen/Qwen2.5-Coder-7B-Instruct'), (15, 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B'),
	(16, 'Qwen/Qwen-7B'), (17, 'NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO'),
	(18, 'mistralai/Mixtral-8x22B-Instruct-v0.1'), (19, 'mlabonne/Beyonder-4x7B-v3'),
	(20, 'meta-llama/Llama-4-Maverick-17B-128E-Instruct'), (21, 'Qwen/Qwen1.5-MoE-A2.7B-Chat'),
	(22, 'ibm-granite/granite-3.1-3b-a800m-instruct'), (23, 'Qwen/Qwen3-1.7B'),
	(24, 'mistralai/Mistral-Small-24B-Base-2501'), (25, 'EleutherAI/pythia-160m'),
	(26, 'ContextualAI/archangel_sft-dpo_pythia2-8b'), (27, 'ContextualAI/archangel_sft-kto_pythia12-0b'),
	(28, 'x/qwen_1_8b'), (29, 'x/Qwen-1_8B-Chat'), (30, 'llama2-7b'), (31, 'gemma-2-7b'),
	(32, 'codegemma-2-7b'), (33, 'zephyr-7b-gemma-v0.1'), (34, 'Qwen2.5-0.5B-Instruct-GGUF'),
	(35, 'SmolLM2-1.7B-Instruct'), (36, 'falcon3-3b'), (37, 'bloomz-560m'), (38, 'Yi-1.5-34B')
) AS t(i, n), hfstate.name_params(n) AS p
ORDER BY i;

-- hostile input: huge digit runs, overflow, zero, non-ASCII, separators only, many words
SELECT n, p.total, p.active, p.token, p.reason, p.line
FROM (VALUES
	(1, 'x-99999999999T'), (2, 'x-99999T'), (3, 'x-99999x99999T'), (4, 'x-1000x1000T'),
	(5, 'x-9999999999999999999999B'), (6, 'x-0b'), (7, 'x-0x7B'), (8, 'x-0E'), (9, 'x-A0B'),
	(10, 'x-12345.67891B'), (11, 'x-1.B'), (12, 'x-.5B'), (13, 'モデル-7B'), (14, 'モデル7B'),
	(15, 'ä-7B-ö'), (16, '---___...'), (17, '_1_6b'), (18, '1_'), (19, '_'), (20, 'x-7B-tokens-tokens'),
	(21, 'tokens-7B'), (22, 'eagle'), (23, 'x-1e'), (24, 'x-E'), (25, 'x-8x'), (26, 'x-1b-a'),
	(27, 'x-1b-a1'), (28, 'x-2BA'), (29, 'x-1.5b2')
) AS t(i, n), hfstate.name_params(n) AS p
ORDER BY i;

-- a name of many words: only the first 64 are read (a Hub name has at most 96 characters)
SELECT p.total, p.token, p.reason
FROM hfstate.name_params(repeat('w-', 63) || '7B') AS p;
SELECT p.total, p.token, p.reason
FROM hfstate.name_params(repeat('w-', 64) || '7B') AS p;
SELECT p.total, p.token, p.reason
FROM hfstate.name_params(repeat('x', 100000) || '-7B') AS p;

-- the token is a substring of the name (after the namespace)
SELECT count(*) AS tokens_not_in_name
FROM (VALUES ('Qwen/Qwen3-30B-A3B'), ('allenai/OLMoE-1B-7B-0924'), ('Llama-4-Scout-17B-16E'),
             ('stablelm-2-1_6b'), ('granite-3.0-1b-a400m'), ('archangel_sft-dpo_pythia2-8b'),
             ('archangel_sft-kto_pythia12-0b'), ('x/qwen_1_8b'), ('Mixtral-8x7B-v0.1')) AS t(n),
     hfstate.name_params(n) AS p
WHERE strpos(n, p.token) = 0;

-- the declaration of 0.2 to 0.6, (total, active) only, is served by the same C function
CREATE FUNCTION pg_temp.name_params_v02(name text, OUT total bigint, OUT active bigint)
RETURNS record AS '$libdir/hfstate', 'hfstate_name_params' LANGUAGE C IMMUTABLE STRICT;
SELECT * FROM pg_temp.name_params_v02('Qwen3-30B-A3B');
-- and so is the declaration of this branch before line, (total, active, token, reason)
CREATE FUNCTION pg_temp.name_params_v4(name text, OUT total bigint, OUT active bigint,
                                       OUT token text, OUT reason text)
RETURNS record AS '$libdir/hfstate', 'hfstate_name_params' LANGUAGE C IMMUTABLE STRICT;
SELECT * FROM pg_temp.name_params_v4('google/gemma-2-2b');

-- NULL in, NULL out (strict)
SELECT hfstate.name_params(NULL) IS NULL AS null_in_null_out;

-- independent check: names built from known sizes parse back
SELECT count(*) AS mismatches
FROM generate_series(1, 999) AS s,
	LATERAL hfstate.name_params('model-' || s || 'B-chat') AS p
WHERE p.total IS DISTINCT FROM s::bigint * 1000000000 OR p.active IS NOT NULL;

-- refresh_sizes: a total read from the name names its words in model_sizes.total_rule, and the
-- release whose published count was taken; a draft head gets no size from its target's name
BEGIN;
SET LOCAL client_min_messages = warning;
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.model_configs,
         hfstate.model_card_bases CASCADE;
INSERT INTO hfstate.models (key, id, author, safetensors, first_seen, last_seen)
VALUES (81, 'q/Qwen3-30B-A3B', 'q', NULL, '2026-01-05', '2026-01-05'),
       (82, 's/stablelm-2-1_6b', 's', NULL, '2026-01-05', '2026-01-05'),
       (83, 'y/EAGLE-LLaMA3-Instruct-8B', 'y', NULL, '2026-01-05', '2026-01-05'),
       (84, 'm/model-7B', 'm', '{"total": 7241732096}', '2026-01-05', '2026-01-05'),
       (85, 'w/Wide-13B-A2B', 'w', NULL, '2026-01-05', '2026-01-05');
SELECT hfstate.refresh_sizes() AS sized;
SELECT m.id, s.total, s.total_source, s.total_rule, s.active, s.active_source
  FROM hfstate.model_sizes s JOIN hfstate.models m USING (key)
 ORDER BY key;
ROLLBACK;
