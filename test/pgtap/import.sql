-- Catalogue contracts of the importers and registry, and the SQLSTATEs of their errors.
BEGIN;
SELECT plan(39);

SELECT volatility_is('hfstate', 'import_file', ARRAY['text', 'text', 'date', 'boolean', 'boolean'], 'volatile');
SELECT volatility_is('hfstate', 'import_upload', ARRAY['text', 'text', 'date', 'boolean', 'boolean'], 'volatile');
SELECT volatility_is('hfstate', 'import_models', ARRAY['text', 'date', 'boolean', 'boolean'], 'volatile');
SELECT volatility_is('hfstate', 'load_authors', ARRAY['text', 'text'], 'volatile');
SELECT volatility_is('hfstate', 'snapshot_from_path', ARRAY['text'], 'immutable');
SELECT is_strict('hfstate', 'snapshot_from_path', ARRAY['text']);
SELECT isnt_strict('hfstate', 'import_file', ARRAY['text', 'text', 'date', 'boolean', 'boolean']);
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.snapshot_from_path(text)'::regprocedure), 's',
          'snapshot_from_path is parallel safe');
SELECT is((SELECT proparallel FROM pg_proc WHERE oid = 'hfstate.import_file(text,text,date,boolean,boolean)'::regprocedure),
          'u', 'import_file is parallel unsafe (it writes)');
SELECT is(hfstate.snapshot_from_path('/data/models/2026-02-23/models.parquet'), '2026-02-23'::date,
          'snapshot date from a weekly-archive path');

-- every table users import into is dumped by pg_dump
SELECT set_eq($$SELECT c.relname::text FROM pg_extension e, unnest(e.extconfig) r JOIN pg_class c ON c.oid = r
                WHERE e.extname = 'hfstate' AND c.relkind = 'r'$$,
              ARRAY['model_nodes', 'models', 'datasets', 'spaces', 'history', 'model_edges', 'model_card_bases',
                    'model_configs', 'author_registry', 'import_runs', 'import_rejects',
                    'settings', 'families', 'tag_rules', 'sovereignty', 'report_sections'],
              'pg_extension_config_dump covers the imported tables');

-- errors carry their SQLSTATE
SELECT throws_ok($$SELECT hfstate.import_file('widgets', '/tmp/x', '2025-01-01', false, false)$$, '22023',
                 'unknown dump kind "widgets"', 'unknown kind: 22023');
SELECT throws_ok($$SELECT hfstate.import_file('models', '/tmp/x.jsonl', NULL, false, false)$$, '22023', NULL,
                 'models without a snapshot date: 22023');
SELECT throws_ok($$SELECT hfstate.import_file(NULL, '/tmp/x', '2025-01-01', false, false)$$, '22004', NULL,
                 'NULL kind: 22004');
SELECT throws_ok($$SELECT hfstate.import_file('models', '/nonexistent/hfstate/2025-01-01.jsonl', '2025-01-01', false, false)$$,
                 '58P01', NULL, 'missing file: 58P01');
SELECT throws_ok($$SELECT hfstate.import_upload('models', 'x.jsonl', '2025-01-01', false, false)$$, '42P01', NULL,
                 'client import without a staged upload: 42P01');
SELECT throws_ok($$SELECT hfstate.load_authors('/tmp/x.csv', 'seed')$$, '22023', NULL,
                 'the seed source is the extension''s: 22023');

-- strict mode: the first bad record fails with its own SQLSTATE
COPY (VALUES ('{"id":"a/b","downloads":1}'), ('{"id":"a/c","downloads":"x"}'))
  TO '/tmp/hfstate_tap_strict.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT throws_ok($$SELECT hfstate.import_models('/tmp/hfstate_tap_strict.jsonl', '2025-01-01', true)$$, '42804',
                 'key "downloads": expected a number, got a string', 'strict: wrong JSON type is 42804');
COPY (VALUES ('{"id":"a/b","downloads":1}'), ('{"id":"a/c" "downloads":1}'))
  TO '/tmp/hfstate_tap_strict2.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT throws_ok($$SELECT hfstate.import_models('/tmp/hfstate_tap_strict2.jsonl', '2025-01-01', true)$$, '22P02', NULL,
                 'strict: malformed JSON is 22P02');
SELECT is((SELECT count(*) FROM hfstate.models WHERE id LIKE 'a/%'), 0::bigint, 'a failed strict import wrote nothing');

-- a parent id too long to be a key rejects its record (naming the key); the rest is imported
COPY (VALUES ('{"id":"lp/ok"}'),
             ('{"id":"lp/a","baseModels":{"relation":"finetune","models":[{"id":"x/' || repeat('a', 1100) || '"}]}}'),
             ('{"id":"lp/b","tags":["base_model:x/' || repeat('b', 1100) || '"]}'))
  TO '/tmp/hfstate_tap_longparent.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT results_eq($$SELECT rows_imported, rows_rejected, edges
                      FROM hfstate.import_models('/tmp/hfstate_tap_longparent.jsonl', '2025-01-01')$$,
                  $$VALUES (1::bigint, 2::bigint, 0::bigint)$$, 'overlong parent ids: two records rejected, one imported');
SELECT results_eq($$SELECT line, sqlstate, reason FROM hfstate.import_rejects
                     WHERE run_id = (SELECT max(run_id) FROM hfstate.import_runs) ORDER BY line$$,
                  $$VALUES (2::bigint, '22023', 'key "baseModels": parent model id too long when lower-cased'),
                           (3::bigint, '22023', 'key "tags": parent model id too long when lower-cased')$$,
                  'overlong parent ids: 22023, naming baseModels and tags');

-- a later snapshot's merge reads each batch a bounded number of times, whatever the statistics say:
-- with statistics of models taken before it (last_seen = the new snapshot estimated at one row),
-- 0.5 planned models as the outer side and read the whole batch again for every model (3,000
-- models: 9,012,000 index entries of stage_models; 0.6: 21,000)
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.model_card_bases, hfstate.history;
COPY (SELECT '{"id":"st/m-' || g || '","downloads":' || g || '}' FROM generate_series(1, 3000) g)
  TO '/tmp/hfstate_tap_stats.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_stats.jsonl', '2025-03-01')), 3000::bigint,
          'statistics case: first snapshot imported');
ANALYZE hfstate.models;
CREATE TEMP TABLE reads_before AS
SELECT pg_stat_get_xact_tuples_returned('hfstate.stage_models_key'::regclass) AS stage,
       pg_stat_get_xact_tuples_returned('hfstate.models_pkey'::regclass) AS models,
       pg_stat_get_xact_tuples_updated('hfstate.models'::regclass) AS updated,
       pg_stat_get_xact_tuples_hot_updated('hfstate.models'::regclass) AS hot;
SELECT is((SELECT rows_changed FROM hfstate.import_models('/tmp/hfstate_tap_stats.jsonl', '2025-03-08')), 3000::bigint,
          'statistics case: the next snapshot moves last_seen of every model');
SELECT cmp_ok((SELECT pg_stat_get_xact_tuples_returned('hfstate.stage_models_key'::regclass) - stage FROM reads_before),
              '<=', 20 * 3000::bigint, 'statistics case: the batch is read at most 20 times over, not once per model');
SELECT cmp_ok((SELECT pg_stat_get_xact_tuples_returned('hfstate.models_pkey'::regclass) - models FROM reads_before),
              '<=', 20 * 3000::bigint, 'statistics case: models is read by key for the batch only');
-- the next snapshot's update of every current row stays on its page (fillfactor 50 leaves room for a
-- second version of each row; at 100 nearly every update moved the row and left a dead one behind)
SELECT cmp_ok((SELECT (pg_stat_get_xact_tuples_hot_updated('hfstate.models'::regclass) - hot)::numeric
                      / NULLIF(pg_stat_get_xact_tuples_updated('hfstate.models'::regclass) - updated, 0)
                 FROM reads_before),
              '>=', 0.9, 'the weekly update of current models is a HOT update (stays on its page)');

-- key lookups: an import into an empty model_nodes keeps the keys of the nodes it inserted and
-- probes for nothing; the same file imported next to an unrelated node (every id probed) gives the same graph.
-- Line 1 names a parent whose own record comes in a later batch (10,000 records a batch).
COPY (SELECT l FROM (
        SELECT 0 AS n, '{"id":"kid/first","baseModels":{"relation":"finetune","models":[{"id":"Late/Parent"}]}}' AS l
        UNION ALL SELECT g, '{"id":"org' || g % 97 || '/m-' || g || '"'
                  || CASE WHEN g % 3 = 0 THEN ',"baseModels":{"relation":"quantized","models":[{"id":"org' || (g / 2) % 97
                          || '/m-' || g / 2 || '"}]}' ELSE '' END || '}'
            FROM generate_series(1, 60000) g
        UNION ALL SELECT 60001, '{"id":"late/parent","downloads":5}') x ORDER BY n)
  TO '/tmp/hfstate_tap_keys.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.model_card_bases, hfstate.history;
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_keys.jsonl', '2025-01-01')), 60002::bigint,
          'keys test file imported into an empty model_nodes');
SELECT is((SELECT mode FROM pg_locks WHERE pid = pg_backend_pid() AND relation = 'hfstate.model_nodes'::regclass
            AND mode = 'ShareRowExclusiveLock'), 'ShareRowExclusiveLock',
          'a model import holds model_nodes in SHARE ROW EXCLUSIVE mode until commit');
CREATE TEMP TABLE keys_empty AS
SELECT c.id AS child, p.id AS parent, p.present, e.relation::text FROM hfstate.model_edges e
  JOIN hfstate.model_nodes c ON c.key = e.child JOIN hfstate.model_nodes p ON p.key = e.parent;
SELECT is((SELECT count(*) FROM keys_empty WHERE parent = 'late/parent' AND present), 1::bigint,
          'a parent named before its own record (another batch) is one node, present, with the record''s casing');
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.model_card_bases, hfstate.history;
INSERT INTO hfstate.model_nodes (id) VALUES ('zz/unrelated');
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_keys.jsonl', '2025-01-01')), 60002::bigint,
          'keys test file imported next to an unrelated node');
SELECT set_eq($$SELECT c.id AS child, p.id AS parent, p.present, e.relation::text FROM hfstate.model_edges e
                JOIN hfstate.model_nodes c ON c.key = e.child JOIN hfstate.model_nodes p ON p.key = e.parent$$,
              'TABLE keys_empty', 'the same graph whether model_nodes started empty (keys kept in memory) or not (every id probed)');
SELECT is((SELECT count(*) FROM hfstate.model_nodes), 60003::bigint, 'one node per id, no duplicates');
-- with maintenance_work_mem at 1 MB the map of imported nodes fills after the first batch: later ids
-- are found in the map, or told new by the filter, or probed
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.model_card_bases, hfstate.history;
SET maintenance_work_mem = '1MB';
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_keys.jsonl', '2025-01-01')), 60002::bigint,
          'keys test file imported with a full map of imported nodes');
RESET maintenance_work_mem;
SELECT set_eq($$SELECT c.id AS child, p.id AS parent, p.present, e.relation::text FROM hfstate.model_edges e
                JOIN hfstate.model_nodes c ON c.key = e.child JOIN hfstate.model_nodes p ON p.key = e.parent$$,
              'TABLE keys_empty', 'the same graph when the map of imported nodes fills up and the rest is probed');
SELECT is((SELECT count(*) FROM hfstate.model_nodes), 60002::bigint, 'one node per id with a full map');
-- a trigger on models rules out the plain-insert path: every batch is staged and merged
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.model_card_bases, hfstate.history;
CREATE FUNCTION public.hfstate_tap_pass() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER hfstate_tap_pass BEFORE INSERT ON hfstate.models FOR EACH ROW EXECUTE FUNCTION public.hfstate_tap_pass();
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_keys.jsonl', '2025-01-01')), 60002::bigint,
          'keys test file imported through staging and merge_models');
SELECT set_eq($$SELECT c.id AS child, p.id AS parent, p.present, e.relation::text FROM hfstate.model_edges e
                JOIN hfstate.model_nodes c ON c.key = e.child JOIN hfstate.model_nodes p ON p.key = e.parent$$,
              'TABLE keys_empty', 'the same graph through staging and merge_models as through the plain-insert path');
DROP TRIGGER hfstate_tap_pass ON hfstate.models;

-- the registry: user rows win over seed rows
INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES ('Qwen', 'SG', 'academia');
SELECT is((SELECT country || ' ' || developer_type || ' ' || source FROM hfstate.authors WHERE namespace_key = 'qwen'),
          'SG academia user', 'a user row overrides the seed');

SELECT * FROM finish();
ROLLBACK;
