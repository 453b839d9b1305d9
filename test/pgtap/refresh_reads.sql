-- refresh_sizes() (and refresh_lineage(), which merges its rows the same way) read a bounded number of
-- rows per model in every state of the statistics a user can reach, so no state makes a plan quadratic.
--
-- Rows read are counted within this transaction (pg_stat_xact_*): seq_tup_read + idx_tup_fetch of the
-- permanent tables each function reads (refresh_sizes: models, model_configs, model_sizes, model_edges;
-- refresh_lineage: model_nodes, model_edges, lineage), and the tuples returned and fetched of the
-- temporary tables and indexes the function creates and drops (every relation whose OID lies between
-- two marker tables created just before and just after the call; pending counts of a relation dropped in
-- the transaction stay readable by OID).  The temporary side is where a quadratic plan shows: up to this
-- test, refresh_sizes() and refresh_lineage() deleted the keys that were gone with an anti-join whose
-- inner side, the unindexed new rows, was scanned whole for every row of model_sizes (lineage) when that
-- table was estimated at one row (analyzed while it held only the dead rows of a rolled-back refresh):
-- 4,511,500 rows of the temporary tables for 3,000 models (state 4, second call), now 20,000.
--
-- States: (1) a fresh import, nothing analyzed; (2) the second refresh, model_configs empty and never
-- analyzed, models analyzed; (3) after a refresh() cancelled by statement_timeout in a subtransaction;
-- (4) after a refresh() rolled back, then model_sizes and lineage analyzed (as autovacuum would: only
-- dead rows, reltuples 0), the first and the second call; (5) model_sizes and model_configs analyzed while
-- empty, then 3,000 models and 1,000 configs imported, and 3,000 models more.
BEGIN;
SET LOCAL client_min_messages = warning;
SELECT plan(29);

-- n models of a snapshot: ids carry sizes (name_params), every third is a GGUF quantization of the one
-- before (base-model lookup), every third after that a finetune, every fifth has a safetensors count
CREATE FUNCTION pg_temp.write_models(file text, first integer, n integer) RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    EXECUTE format($$COPY (
        SELECT jsonb_strip_nulls(jsonb_build_object(
                   'id', 'org' || g %% 40 || '/m' || g || '-' || g %% 70 + 1 || 'B' || CASE WHEN g %% 3 = 0 THEN '-GGUF' ELSE '' END,
                   'downloads', g, 'downloadsAllTime', 10 * g,
                   'tags', CASE WHEN g %% 3 = 0 THEN '["gguf"]'::jsonb ELSE '["text-generation"]'::jsonb END,
                   'safetensors', CASE WHEN g %% 5 = 0 AND g %% 3 <> 0
                                       THEN jsonb_build_object('parameters', jsonb_build_object('BF16', g * 1000000::bigint),
                                                               'total', g * 1000000::bigint) END,
                   'baseModels', CASE WHEN g %% 3 = 0
                                      THEN jsonb_build_object('relation', 'quantized', 'models', jsonb_build_array(
                                               jsonb_build_object('id', 'org' || (g - 1) %% 40 || '/m' || g - 1 || '-' || (g - 1) %% 70 + 1 || 'B')))
                                      WHEN g %% 3 = 1 AND g > 3
                                      THEN jsonb_build_object('relation', 'finetune', 'models', jsonb_build_array(
                                               jsonb_build_object('id', 'org' || (g - 2) %% 40 || '/m' || g - 2 || '-' || (g - 2) %% 70 + 1 || 'B')))
                                 END))::text
          FROM generate_series(%s, %s) g) TO %L (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')$$, first, first + n - 1, file);
END
$f$;

-- every table refresh_sizes() and refresh_lineage() read or write, emptied, and as never analyzed:
-- TRUNCATE gives a table reltuples = -1 (its statistics rows go too)
CREATE FUNCTION pg_temp.reset() RETURNS void LANGUAGE plpgsql AS $f$
BEGIN
    TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.model_configs,
             hfstate.model_card_bases, hfstate.model_sizes, hfstate.lineage, hfstate.import_runs CASCADE;
    DELETE FROM pg_statistic
     WHERE starelid IN ('hfstate.models'::regclass, 'hfstate.model_nodes'::regclass, 'hfstate.model_edges'::regclass,
                        'hfstate.model_configs'::regclass, 'hfstate.model_sizes'::regclass, 'hfstate.lineage'::regclass);
END
$f$;

CREATE FUNCTION pg_temp.perm_reads(tables regclass[]) RETURNS bigint LANGUAGE sql AS $f$
SELECT coalesce(sum(coalesce(t.seq_tup_read, 0) + coalesce(t.idx_tup_fetch, 0)), 0)::bigint
  FROM pg_stat_xact_user_tables t WHERE t.relid = ANY (tables)
$f$;

-- call fn (refresh_sizes or refresh_lineage) and bound what it read: at most perm_max rows of its
-- permanent tables and temp_max rows of its temporary tables per model
CREATE FUNCTION pg_temp.check_reads(label text, fn text, perm_max integer, temp_max integer)
RETURNS SETOF text LANGUAGE plpgsql AS $f$
DECLARE
    tables regclass[] := CASE fn WHEN 'refresh_sizes'
                             THEN ARRAY['hfstate.models', 'hfstate.model_configs', 'hfstate.model_sizes', 'hfstate.model_edges']::regclass[]
                             ELSE ARRAY['hfstate.model_nodes', 'hfstate.model_edges', 'hfstate.lineage']::regclass[] END;
    n bigint := (SELECT count(*) FROM hfstate.models);
    perm0 bigint;
    perm bigint;
    lo oid;
    hi oid;
    tmp bigint;
BEGIN
    CREATE TEMP TABLE reads_lo (x integer);
    lo := 'pg_temp.reads_lo'::regclass;
    perm0 := pg_temp.perm_reads(tables);
    EXECUTE format('SELECT hfstate.%I()', fn);
    perm := pg_temp.perm_reads(tables) - perm0;
    CREATE TEMP TABLE reads_hi (x integer);
    hi := 'pg_temp.reads_hi'::regclass;
    SELECT coalesce(sum(pg_stat_get_xact_tuples_returned(o::oid) + pg_stat_get_xact_tuples_fetched(o::oid)), 0)
      INTO tmp FROM generate_series(lo::bigint + 1, hi::bigint - 1) o;
    DROP TABLE reads_lo, reads_hi;
    RETURN NEXT cmp_ok(perm, '<=', perm_max * n,
                       format('%s: %s() reads %s rows of %s for %s models (at most %s a model)',
                              label, fn, perm, array_to_string(tables, ', '), n, perm_max));
    RETURN NEXT cmp_ok(tmp, '<=', temp_max * n,
                       format('%s: %s() reads %s rows of its temporary tables for %s models (at most %s a model)',
                              label, fn, tmp, n, temp_max));
END
$f$;

-- refresh() until statement_timeout cancels it; the subtransaction rolls it back
CREATE FUNCTION pg_temp.cancelled_refresh() RETURNS text LANGUAGE plpgsql AS $f$
BEGIN
    PERFORM hfstate.refresh();
    PERFORM pg_sleep(60);
    RETURN 'not cancelled';
EXCEPTION WHEN query_canceled THEN
    RETURN SQLSTATE;
END
$f$;

CREATE FUNCTION pg_temp.never_analyzed(tables regclass[]) RETURNS boolean LANGUAGE sql AS $f$
SELECT bool_and(c.reltuples = -1) AND NOT EXISTS (SELECT FROM pg_statistic s WHERE s.starelid = ANY (tables))
  FROM pg_class c WHERE c.oid = ANY (tables)
$f$;

DO $$BEGIN
    PERFORM pg_temp.write_models('/tmp/hfstate_tap_reads_a.jsonl', 1, 3000);
    PERFORM pg_temp.write_models('/tmp/hfstate_tap_reads_b.jsonl', 3001, 3000);
END$$;
COPY (SELECT jsonb_build_object('id', 'org' || g % 40 || '/m' || g || '-' || g % 70 + 1 || 'B',
                                'config', jsonb_build_object('model_type', 'llama', 'hidden_size', 64 * (g % 8 + 1),
                                                             'num_hidden_layers', g % 12 + 1, 'vocab_size', 32000))::text
        FROM generate_series(1, 3000) g WHERE g % 3 = 1)
  TO '/tmp/hfstate_tap_reads_configs.jsonl' (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');

-- (1) a fresh import, nothing analyzed yet
DO $$BEGIN PERFORM pg_temp.reset(); END$$;
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_reads_a.jsonl', '2025-05-05')), 3000::bigint,
          '(1) 3,000 models imported');
SELECT ok(pg_temp.never_analyzed(ARRAY['hfstate.models', 'hfstate.model_configs', 'hfstate.model_sizes',
                                       'hfstate.model_edges']::regclass[]),
          '(1) models, model_configs, model_sizes, model_edges never analyzed');
SELECT * FROM pg_temp.check_reads('(1) fresh import', 'refresh_sizes', 5, 10);

-- (2) the second refresh: model_sizes full, models and model_edges analyzed, model_configs empty and never analyzed
ANALYZE hfstate.models;
ANALYZE hfstate.model_edges;
SELECT ok(pg_temp.never_analyzed(ARRAY['hfstate.model_configs']::regclass[])
          AND NOT EXISTS (SELECT FROM hfstate.model_configs), '(2) model_configs empty and never analyzed');
SELECT * FROM pg_temp.check_reads('(2) model_configs empty, never analyzed', 'refresh_sizes', 5, 10);

-- (3) after a refresh() cancelled by statement_timeout inside a subtransaction
SET LOCAL statement_timeout = '300ms';
SELECT is(pg_temp.cancelled_refresh(), '57014', '(3) refresh() cancelled by statement_timeout');
RESET statement_timeout;
SELECT * FROM pg_temp.check_reads('(3) after a cancelled refresh', 'refresh_sizes', 5, 10);
SELECT * FROM pg_temp.check_reads('(3) after a cancelled refresh', 'refresh_lineage', 5, 10);

-- (4) a first refresh() rolled back leaves only dead rows in model_sizes and lineage; analyzed then (as
-- autovacuum's analyze would), they are estimated empty however many pages they have
DO $$BEGIN PERFORM pg_temp.reset(); PERFORM hfstate.import_models('/tmp/hfstate_tap_reads_a.jsonl', '2025-05-05'); END$$;
SAVEPOINT rolled_back;
DO $$BEGIN PERFORM hfstate.refresh(); END$$;
ROLLBACK TO SAVEPOINT rolled_back;
ANALYZE hfstate.model_sizes;
ANALYZE hfstate.lineage;
SELECT ok((SELECT bool_and(relpages > 0 AND reltuples = 0) FROM pg_class
            WHERE oid IN ('hfstate.model_sizes'::regclass, 'hfstate.lineage'::regclass)),
          '(4) model_sizes and lineage analyzed with only dead rows: pages, no tuples');
SELECT * FROM pg_temp.check_reads('(4) after a rolled-back refresh and ANALYZE, first call', 'refresh_sizes', 5, 10);
SELECT * FROM pg_temp.check_reads('(4) after a rolled-back refresh and ANALYZE, second call', 'refresh_sizes', 5, 10);
SELECT * FROM pg_temp.check_reads('(4) after a rolled-back refresh and ANALYZE, first call', 'refresh_lineage', 5, 10);
SELECT * FROM pg_temp.check_reads('(4) after a rolled-back refresh and ANALYZE, second call', 'refresh_lineage', 5, 10);

-- (5) statistics stale: model_sizes and model_configs analyzed while empty, then thousands of rows
DO $$BEGIN PERFORM pg_temp.reset(); END$$;
ANALYZE hfstate.model_sizes;
ANALYZE hfstate.model_configs;
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_reads_a.jsonl', '2025-05-05')), 3000::bigint,
          '(5) 3,000 models imported after model_sizes was analyzed empty');
SELECT is((SELECT rows_imported FROM hfstate.import_configs('/tmp/hfstate_tap_reads_configs.jsonl')), 1000::bigint,
          '(5) 1,000 configs imported after model_configs was analyzed empty');
SELECT * FROM pg_temp.check_reads('(5) model_sizes analyzed empty', 'refresh_sizes', 5, 10);
SELECT is((SELECT rows_new FROM hfstate.import_models('/tmp/hfstate_tap_reads_b.jsonl', '2025-05-12')), 3000::bigint,
          '(5) 3,000 models more');
SELECT * FROM pg_temp.check_reads('(5) model_sizes analyzed empty, then 6,000 models', 'refresh_sizes', 5, 10);

-- and the sizes are all there
SELECT is((SELECT count(*) FROM hfstate.model_sizes), (SELECT count(*) FROM hfstate.models),
          'one model_sizes row per model');

SELECT * FROM finish();
ROLLBACK;
