-- test/conformance/names.sql: name_params on real names with real parameter counts: the corpus
-- test/conformance/real_names.csv (committed) and the real Hub sample in :fixtures (read from
-- there); see names_load.inc for the kinds of repo.  names_fixture.psql prints the figures.
BEGIN;
SELECT plan(12);
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
-- no lower than measured when this test was written
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'corpus' AND kind = 'ordinary'), '>=', 90.0,
              'corpus: ordinary names within 15% of the real count: no fewer than the 90.2% measured');
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'fixture' AND kind = 'ordinary'), '>=', 86.5,
              'fixture: ordinary names within 15% of the real count: no fewer than the 86.7% measured');

-- the goal of issue 12, not met by reading names: the remaining misses are names whose stated
-- size is more than 15% off the count (Gemma 2B is 2.51B, Llama 3.2 1B is 1.24B, the Qwen2.5
-- 0.5B finetunes with an untied head 0.63B) and NxM upper bounds (Mixtral-8x7B: 56e9 for 46.7e9)
SELECT todo('names that round their size and NxM upper bounds are more than 15% off', 2);
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'corpus' AND kind = 'ordinary'), '>=', 95.0,
              'corpus: at least 95% of ordinary names within 15% of the real count');
SELECT cmp_ok((SELECT pct FROM names_accuracy WHERE source = 'fixture' AND kind = 'ordinary'), '>=', 95.0,
              'fixture: at least 95% of ordinary names within 15% of the real count');

SELECT * FROM finish();
ROLLBACK;
