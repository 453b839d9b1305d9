-- name_params: sizes parsed from repo names (expected values by hand)
SELECT n, p.total, p.active
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

-- NULL in, NULL out (strict)
SELECT hfstate.name_params(NULL) IS NULL AS null_in_null_out;

-- independent check: names built from known sizes parse back
SELECT count(*) AS mismatches
FROM generate_series(1, 999) AS s,
	LATERAL hfstate.name_params('model-' || s || 'B-chat') AS p
WHERE p.total IS DISTINCT FROM s::bigint * 1000000000 OR p.active IS NOT NULL;
