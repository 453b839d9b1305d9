-- test/pgtap/names_size_quant.sql: catalogue contracts of name_params,
-- size_bucket, size_scale, safetensors_params and quantization.
BEGIN;
SELECT plan(29);

SELECT volatility_is('hfstate', 'name_params', ARRAY['text'], 'immutable', 'name_params is immutable');
SELECT is_strict('hfstate', 'name_params', ARRAY['text'], 'name_params is strict');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.name_params(text)'::regprocedure), 's', 'name_params is parallel safe');

SELECT volatility_is('hfstate', 'size_bucket', ARRAY['bigint'], 'immutable', 'size_bucket(bigint) is immutable');
SELECT is_strict('hfstate', 'size_bucket', ARRAY['bigint'], 'size_bucket(bigint) is strict');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.size_bucket(bigint)'::regprocedure), 's', 'size_bucket(bigint) is parallel safe');
SELECT volatility_is('hfstate', 'size_bucket', ARRAY['double precision'], 'immutable', 'size_bucket(float8) is immutable');
SELECT is_strict('hfstate', 'size_bucket', ARRAY['double precision'], 'size_bucket(float8) is strict');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.size_bucket(double precision)'::regprocedure), 's', 'size_bucket(float8) is parallel safe');

SELECT volatility_is('hfstate', 'size_scale', ARRAY['bigint'], 'immutable', 'size_scale(bigint) is immutable');
SELECT is_strict('hfstate', 'size_scale', ARRAY['bigint'], 'size_scale(bigint) is strict');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.size_scale(bigint)'::regprocedure), 's', 'size_scale(bigint) is parallel safe');
SELECT volatility_is('hfstate', 'size_scale', ARRAY['double precision'], 'immutable', 'size_scale(float8) is immutable');
SELECT is_strict('hfstate', 'size_scale', ARRAY['double precision'], 'size_scale(float8) is strict');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.size_scale(double precision)'::regprocedure), 's', 'size_scale(float8) is parallel safe');

SELECT volatility_is('hfstate', 'safetensors_params', ARRAY['jsonb', 'text'], 'immutable', 'safetensors_params is immutable');
SELECT isnt_strict('hfstate', 'safetensors_params', ARRAY['jsonb', 'text'], 'safetensors_params is not strict (quant_method may be NULL)');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.safetensors_params(jsonb, text)'::regprocedure), 's', 'safetensors_params is parallel safe');

SELECT volatility_is('hfstate', 'quantization', ARRAY['text', 'text[]', 'text', 'text[]', 'text'], 'immutable', 'quantization is immutable');
SELECT isnt_strict('hfstate', 'quantization', ARRAY['text', 'text[]', 'text', 'text[]', 'text'], 'quantization is not strict');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.quantization(text, text[], text, text[], text)'::regprocedure), 's', 'quantization is parallel safe');

SELECT enum_has_labels('hfstate', 'size_bucket', ARRAY['<1B', '1–9B', '10–99B', '100B+'], 'size_bucket labels');
SELECT enum_has_labels('hfstate', 'size_scale', ARRAY['<100M', '100M–1B', '1–3B', '3–10B', '10–30B', '30–100B', '100–300B', '300B–1T', '1T+'], 'size_scale labels');

SELECT throws_ok('SELECT hfstate.size_bucket(-1::bigint)', '22023', 'parameter count must not be negative', 'negative bucket raises 22023');
SELECT throws_ok('SELECT hfstate.size_scale(''NaN''::float8)', '22023', NULL, 'NaN scale raises 22023');

SELECT results_eq(
	$$SELECT total, active FROM hfstate.name_params('Wide-30B-A3B')$$,
	$$VALUES (30000000000::bigint, 3000000000::bigint)$$,
	'name_params parses total and active');
SELECT is(pg_get_function_arguments('hfstate.name_params(text)'::regprocedure),
	'name text, OUT total bigint, OUT active bigint, OUT token text, OUT reason text, OUT line text',
	'name_params returns total, active, token, reason and line');
SELECT results_eq(
	$$SELECT total, active, token, reason, line FROM hfstate.name_params('x/OLMoE-1B-7B-sft')$$,
	$$VALUES (6919161856::bigint, 1300000000::bigint, '1B-7B'::text, NULL::text, 'allenai/OLMoE-1B-7B-0924'::text)$$,
	'name_params takes a known line''s published counts and says which words it read');
SELECT results_eq(
	$$SELECT total, active, token, reason, line FROM hfstate.name_params('yuhuili/EAGLE-LLaMA3-Instruct-8B')$$,
	$$VALUES (NULL::bigint, NULL::bigint, '8B'::text, 'draft head'::text, NULL::text)$$,
	'name_params gives a draft head no counts and says why');

SELECT * FROM finish();
ROLLBACK;
