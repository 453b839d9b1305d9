-- Catalogue contracts of the importers and registry, and the SQLSTATEs of their errors.
BEGIN;
SELECT plan(21);

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

-- the registry: user rows win over seed rows
INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES ('Qwen', 'SG', 'academia');
SELECT is((SELECT country || ' ' || developer_type || ' ' || source FROM hfstate.authors WHERE namespace_key = 'qwen'),
          'SG academia user', 'a user row overrides the seed');

SELECT * FROM finish();
ROLLBACK;
