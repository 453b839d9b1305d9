-- test/conformance/names.sql: name_params on real names with real parameter counts: the corpus
-- test/conformance/real_names.csv (committed) and the real Hub sample in :fixtures (read from
-- there); see names_load.inc for the kinds of repo.  names_fixture.psql prints the figures.
BEGIN;
SELECT plan(15);
\ir names_load.inc

SELECT is((SELECT count(*) FROM names_fx), 4167::bigint, 'the fixture: 4,167 models');
SELECT cmp_ok((SELECT count(*) FROM names_corpus), '>=', 100::bigint, 'the corpus: at least 100 names');
SELECT is_empty($$SELECT id FROM names_corpus WHERE kind NOT IN ('ordinary', 'quantized', 'draft/speculator', 'adapter', 'merge')
                   OR source IS NULL OR (params IS NOT NULL AND params <= 0)$$,
                'every corpus row has a kind, a source and a positive count or none');

-- a name either gives a total or says why not
SELECT is_empty($$SELECT source, id FROM names_all WHERE total IS NULL AND reason IS NULL
                  UNION ALL SELECT source, id FROM names_all WHERE total IS NOT NULL AND reason IS NOT NULL$$,
                'reason is set exactly when total is NULL');
SELECT is_empty($$SELECT source, id, reason FROM names_sized
                   WHERE total IS NULL AND active IS NULL AND reason = 'no size token'$$,
                'every name with a size-like word gives a size or a reason other than "no size token"');

-- the token is the words read, a part of the name, also when a known line's counts are taken
SELECT is_empty($$SELECT source, id, token FROM names_all
                   WHERE token IS NOT NULL AND pg_catalog.strpos(pg_catalog.regexp_replace(id, '^.*/', ''), token) = 0$$,
                'every token is a part of the name it was read from');
SELECT is_empty($$SELECT source, id, total, reason, line FROM names_all
                   WHERE line IS NOT NULL AND (total IS NULL OR reason IS NOT NULL OR token IS NULL)$$,
                'a name given a known line''s counts has a total, its token and no reason');
-- the line table (src/size/name_lines.c) and the corpus agree on the official releases both list
SELECT is_empty($$SELECT id, total, params, active, real_active FROM names_corpus
                   WHERE line = id AND (total IS DISTINCT FROM params OR active IS DISTINCT FROM real_active)$$,
                'a corpus name that is a known line''s release gets exactly the corpus count');

-- training-token counts are not sizes
SELECT is_empty($$SELECT id, token, tokens, total, params FROM names_corpus
                   WHERE tokens IS NOT NULL
                     AND (total IS NULL OR pg_catalog.strpos(pg_catalog.lower(token), pg_catalog.lower(tokens)) > 0)$$,
                'no training-token count of a corpus name is taken as its size');
SELECT is_empty($$SELECT id, total, params FROM names_corpus WHERE total >= 10 * params$$,
                'no corpus name gives a total 10 times its real count or more');

-- draft and speculator heads carry their target's size
SELECT is_empty($$SELECT id, total, active, reason FROM names_corpus
                   WHERE kind = 'draft/speculator' AND id !~* 'draft'
                     AND (total IS NOT NULL OR active IS NOT NULL OR reason IS DISTINCT FROM 'draft head')$$,
                'draft and speculator heads give no counts, with reason "draft head"');

-- accuracy of ordinary repos (not quantized, draft, adapter or merge) against the real count:
-- no lower than measured when this test was written (corpus 100% of 85, fixture 91.6% of 1,859)
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'corpus' AND kind = 'ordinary'), '>=', 98.0,
              'corpus: ordinary names within 15% of the real count: no fewer than the 100% measured, less one');
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'fixture' AND kind = 'ordinary'), '>=', 91.5,
              'fixture: ordinary names within 15% of the real count: no fewer than the 91.6% measured');

-- the goal of issue 12: met on the corpus
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'corpus' AND kind = 'ordinary'), '>=', 95.0,
              'corpus: at least 95% of ordinary names within 15% of the real count');
-- not met on the sample: of its 156 ordinary misses, 66 name a known line whose repo is not the
-- release's size (54 finetunes of Qwen2.5-0.5B saved with an untied head, 0.63e9 for 0.49e9;
-- pruned models; pythia-160m/410m, whose safetensors count their causal masks), 80 round the size
-- without naming a known line right before it (ontocord wide_3b, ECE-PRYMMAL-YL-1B, orca_mini_v9
-- 1B) and 10 are NxM names of no known line (GritLM-8x7B, Calme-4x7B)
SELECT todo('finetunes whose count is not their line''s, and sizes without a known line, are more than 15% off', 1);
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'fixture' AND kind = 'ordinary'), '>=', 95.0,
              'fixture: at least 95% of ordinary names within 15% of the real count');

SELECT * FROM finish();
ROLLBACK;
