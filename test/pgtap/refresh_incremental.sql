-- An incremental refresh() gives exactly what refresh(true) gives on the same data: every view of the
-- schema (report_* and the views they build on, enumerated from pg_catalog so a new view is covered
-- without editing this file) and every derived table (model_snapshots, model_downloads, model_facts,
-- model_sizes, lineage, model_root_namespaces), compared as multisets of their text rows.
--
-- Data: 36 generated models over six weekly snapshots (2025-03-03 .. 2025-04-07) written as JSON Lines
-- to /tmp and imported server-side, with two datasets.  downloadsAllTime grows every week; models with
-- g % 9 = 0 go down at week 3 (a clamped step) and catch up at week 4; g = 22 has no downloadsAllTime in
-- week 4; models g > 20 first appear in weeks 2-5 (even g created after the previous snapshot, so the
-- step counts all their downloads; odd g created before the data starts: a baseline); g % 8 = 0 is gone
-- after week 3; g = 13 is missing from week 2 only; g = 21 (first seen in week 2, created before the data)
-- is deleted and created again under the same id before week 5: a new createdAt, downloadsAllTime from 15.  Namespaces: acme (US, industry), pandas-lab (CN,
-- academia), solo (no country, independent), ghost (unregistered), meta-llama, qwen and swiss-ai (seed
-- registry; swiss-ai is in the sovereignty table).  Tags biology and chemistry (science), amd (hardware).
-- Edges: g % 5 = 0 is a GGUF quantization of g - 1, g % 5 = 2 (g > 5) a finetune of g - 5, g % 7 = 3
-- (g > 3) a merge of g - 1 and g - 2.
--
-- Scenarios, each from empty tables (refresh(true) between them would hide what an incremental
-- history leaves behind):
--   (a) weeks 1..6 in date order, refresh() after each;
--   (b) weeks 1 and 3, refresh(); then week 2, refresh();
--   (c) weeks 1..4 with refresh() after each; week 3 again with changed counters and one model more; refresh();
--   (d) (c), then week 5 (newer than any processed snapshot), refresh();
--   (l) weeks 1..2 with refresh() after each; weeks 3..6, then one refresh().
-- Then each input of the sizes, root namespaces and model facts steps, one after the other on one
-- history (weeks 1..3 refreshed), each followed by refresh() and the comparison:
--   (e) week 4 with changed content: g = 7 gains the tags chemistry and moe, g = 11 and g = 2 (the
--       root of g = 7, 12, 17, ...: their root namespace and derived attribution) another author (acme), g = 6 another safetensors count, g = 4 (the base of the GGUF g = 5) a safetensors count
--       where it had none, so its quantized child's size changes with it;
--   (f) a config.json for g = 14 (base of the GGUF g = 15): its size, and g = 15's, from the config;
--   (g) week 5 in which g = 11 becomes a quantization of g = 14 (a new base-model edge: sizes, lineage,
--       roots of g = 11) and the content of (e) goes back;
--   (h) a registry edit: ghost registered (CA, industry), solo's row changed (FR);
--   (i) a tag-rule edit (lerobot a science tag) and a family edit (acme the family Acme).
-- (e)-(g) take the changed-models path of the three steps, and (e), (f) recompute a few models only;
-- (h) recomputes every model fact, (i) also every root namespace, while sizes stay on the changed path;
--   (j) week 6 with the changes of (e) and refresh_changed_share 0.05: every step recomputes every model;
--   (k) (run first) from empty tables already refreshed, week 1 (a first import, written by the plain-insert path).
-- After each scenario's last incremental refresh every relation is captured, refresh(true) is run and
-- captured too, and each relation is one bag_eq assertion.
BEGIN;
SET LOCAL client_min_messages = warning;

CREATE TEMP TABLE rels AS
SELECT c.relname::text AS rel FROM pg_class c
 WHERE c.relnamespace = 'hfstate'::regnamespace AND c.relkind IN ('v', 'm')
UNION ALL
SELECT unnest(ARRAY['model_snapshots', 'model_downloads', 'model_facts', 'model_sizes', 'lineage',
                    'model_root_namespaces']);
CREATE TEMP TABLE snaps (tag text, rel text, r text);

SELECT plan(12 * (SELECT count(*)::integer FROM rels) + 6 + 15);

-- the models of week w (1..6); variant 'c' is the re-import of week 3 with changed counters and one model more
CREATE FUNCTION pg_temp.models_json(w integer, variant text) RETURNS SETOF text LANGUAGE sql AS $f$
WITH g AS (
    SELECT g, (ARRAY['acme', 'pandas-lab', 'solo', 'ghost', 'meta-llama', 'qwen', 'swiss-ai'])[g % 7 + 1] AS ns,
           CASE WHEN g <= 20 THEN 1 ELSE 2 + (g - 21) % 4 END AS first_week,
           CASE WHEN g % 8 = 0 THEN 3 ELSE 6 END AS last_week
      FROM generate_series(1, 36) g
), m AS (
    SELECT g.*, ns || '/model-' || g || '-' || (g % 4) * 3 + 1 || 'b' || CASE WHEN g % 5 = 0 THEN '-GGUF' ELSE '' END AS id,
           CASE WHEN g = 21 AND w >= 5 THEN timestamptz '2025-03-29 12:00+00'
                WHEN first_week = 1 THEN timestamptz '2024-01-01 00:00+00' + g * interval '1 day'
                WHEN g % 2 = 0 THEN date '2025-03-03' + 7 * (first_week - 1) - 2 + time '12:00'
                ELSE timestamptz '2024-06-01 00:00+00' END AS created_at,
           CASE WHEN g = 21 AND w >= 5 THEN 3 * w
                WHEN g % 9 = 0 AND w = 3 THEN 50 * g + 40 * g - 7
                ELSE 50 * g + 10 * g * w * w END
             + CASE WHEN variant = 'c' THEN 5 * (g % 3) + 1 ELSE 0 END AS dat
      FROM g
     WHERE w BETWEEN first_week AND last_week AND NOT (g = 13 AND w = 2)
), p AS (  -- the id of model g (parents are named whether or not they are in this week's file)
    SELECT g, (ARRAY['acme', 'pandas-lab', 'solo', 'ghost', 'meta-llama', 'qwen', 'swiss-ai'])[g % 7 + 1] || '/model-' || g || '-'
              || (g % 4) * 3 + 1 || 'b' || CASE WHEN g % 5 = 0 THEN '-GGUF' ELSE '' END AS id
      FROM generate_series(1, 36) g
)
SELECT jsonb_strip_nulls(jsonb_build_object(
           'id', m.id, 'author', CASE WHEN variant = 'e' AND m.g IN (2, 11) THEN 'acme' ELSE m.ns END,
           'createdAt', to_char(m.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS".000Z"'),
           'downloads', 5 * m.g + w,
           'downloadsAllTime', CASE WHEN m.g = 22 AND w = 4 THEN NULL ELSE m.dat END,
           'likes', m.g % 7,
           'pipeline_tag', CASE WHEN m.g % 3 = 0 THEN 'text-generation' WHEN m.g % 3 = 1 THEN 'robotics' END,
           'library_name', CASE WHEN m.g % 5 = 0 THEN 'gguf' ELSE 'transformers' END,
           'tags', to_jsonb(array_remove(ARRAY[CASE WHEN m.g % 10 = 3 THEN 'moe' END,
                                                CASE WHEN m.g % 5 = 0 THEN 'gguf' END,
                                                CASE WHEN m.g % 4 = 1 THEN 'lerobot' END,
                                                CASE WHEN m.g % 6 = 2 THEN 'biology' END,
                                                CASE WHEN m.g % 8 = 5 THEN 'amd' END,
                                                CASE WHEN variant = 'e' AND m.g = 7 THEN 'chemistry' END,
                                                CASE WHEN variant = 'e' AND m.g = 7 THEN 'moe' END, 'license:mit'], NULL)),
           'safetensors', CASE WHEN variant = 'e' AND m.g IN (4, 6)
                               THEN jsonb_build_object('parameters', jsonb_build_object('BF16', m.g * 300000000::bigint),
                                                       'total', m.g * 300000000::bigint)
                               WHEN m.g % 3 = 0 AND m.g % 5 <> 0
                               THEN jsonb_build_object('parameters', jsonb_build_object('BF16', m.g * 100000000::bigint),
                                                       'total', m.g * 100000000::bigint) END,
           'baseModels', CASE WHEN variant = 'g' AND m.g = 11
                                   THEN jsonb_build_object('relation', 'quantized', 'models',
                                            jsonb_build_array(jsonb_build_object('id', p14.id)))
                              WHEN m.g % 5 = 0
                                   THEN jsonb_build_object('relation', 'quantized', 'models',
                                            jsonb_build_array(jsonb_build_object('id', p1.id)))
                              WHEN m.g % 5 = 2 AND m.g > 5
                                   THEN jsonb_build_object('relation', 'finetune', 'models',
                                            jsonb_build_array(jsonb_build_object('id', p5.id)))
                              WHEN m.g % 7 = 3 AND m.g > 3
                                   THEN jsonb_build_object('relation', 'merge', 'models',
                                            jsonb_build_array(jsonb_build_object('id', p1.id), jsonb_build_object('id', p2.id)))
                         END))::text
  FROM m
  LEFT JOIN p p1 ON p1.g = m.g - 1 LEFT JOIN p p2 ON p2.g = m.g - 2 LEFT JOIN p p5 ON p5.g = m.g - 5
  LEFT JOIN p p14 ON p14.g = 14
UNION ALL
SELECT '{"id": "pandas-lab/added-late-7b", "author": "pandas-lab", "createdAt": "2025-03-12T08:00:00.000Z",'
       ' "downloads": 9, "downloadsAllTime": 77, "baseModels": {"relation": "finetune", "models": [{"id": "acme/model-7-10b"}]}}'
 WHERE variant = 'c'
$f$;

CREATE FUNCTION pg_temp.datasets_json(w integer) RETURNS SETOF text LANGUAGE sql AS $f$
SELECT jsonb_build_object('id', 'acme/robot-arms', 'author', 'acme', 'createdAt', '2024-11-02T00:00:00.000Z',
                          'downloadsAllTime', 100 * w, 'downloads', 10,
                          'tags', jsonb_build_array('task_categories:robotics', 'LeRobot', 'chemistry'))::text
UNION ALL
SELECT jsonb_build_object('id', 'qwen/chat-pairs', 'author', 'qwen', 'createdAt', '2025-03-05T00:00:00.000Z',
                          'downloadsAllTime', 40 * w, 'downloads', 4,
                          'tags', jsonb_build_array('task_categories:text-generation'))::text
 WHERE w >= 2
$f$;

-- import week w (models and datasets) from files the server writes and reads
CREATE FUNCTION pg_temp.import_week(w integer, variant text DEFAULT '') RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
    snap date := date '2025-03-03' + 7 * (w - 1);
    mf text := '/tmp/hfstate_tap_inc_models_' || w || variant || '.jsonl';
    df text := '/tmp/hfstate_tap_inc_datasets_' || w || '.jsonl';
BEGIN
    EXECUTE format($$COPY (SELECT * FROM pg_temp.models_json(%s, %L)) TO %L (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')$$,
                   w, variant, mf);
    EXECUTE format($$COPY (SELECT * FROM pg_temp.datasets_json(%s)) TO %L (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')$$,
                   w, df);
    PERFORM hfstate.import_models(mf, snap);
    PERFORM hfstate.import_datasets(df, snap);
END
$f$;

-- refresh(), logging its steps in runs under tag
CREATE TEMP TABLE runs (tag text, ord integer, step text, rows bigint);
CREATE FUNCTION pg_temp.refresh_as(tag text) RETURNS void LANGUAGE sql AS $f$
INSERT INTO runs SELECT tag, row_number() OVER (), r.step, r.rows FROM hfstate.refresh() r
$f$;
CREATE FUNCTION pg_temp.steps(t text) RETURNS text LANGUAGE sql AS $f$
SELECT string_agg(step, ', ' ORDER BY ord) FROM runs
 WHERE tag = t AND (step LIKE 'sizes%' OR step LIKE 'root namespaces%' OR step LIKE 'model facts%')
$f$;
CREATE FUNCTION pg_temp.step_rows(t text, s text) RETURNS bigint LANGUAGE sql AS $f$
SELECT rows FROM runs WHERE tag = t AND step = s
$f$;

-- refresh() and the downloads step it took: 'downloads (full)' or 'downloads (new snapshots)'
CREATE FUNCTION pg_temp.refresh_step() RETURNS text LANGUAGE sql AS $f$
SELECT step FROM hfstate.refresh() WHERE step LIKE 'downloads%'
$f$;

-- weeks a..b in date order, each imported and refreshed; the downloads step of each refresh
CREATE FUNCTION pg_temp.weeks(a integer, b integer) RETURNS TABLE (w integer, step text) LANGUAGE plpgsql AS $f$
BEGIN
    FOR i IN a .. b LOOP
        w := i;
        PERFORM pg_temp.import_week(w);
        step := pg_temp.refresh_step();
        RETURN NEXT;
    END LOOP;
END
$f$;

-- empty tables, as after CREATE EXTENSION (the registry rows below stay)
CREATE FUNCTION pg_temp.reset() RETURNS void LANGUAGE sql AS $f$
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.datasets,
         hfstate.spaces, hfstate.model_configs, hfstate.model_card_bases, hfstate.import_runs,
         hfstate.model_snapshots, hfstate.model_downloads, hfstate.model_facts, hfstate.model_sizes,
         hfstate.lineage, hfstate.model_root_namespaces, hfstate.refresh_log CASCADE
$f$;

-- every relation's rows as text, under tag
CREATE FUNCTION pg_temp.capture(tag text) RETURNS void LANGUAGE plpgsql AS $f$
DECLARE
    rn text;
BEGIN
    FOR rn IN SELECT rel FROM rels LOOP
        EXECUTE format('INSERT INTO snaps SELECT %L, %L, t::text FROM hfstate.%I t', tag, rn, rn);
    END LOOP;
END
$f$;

-- capture after the incremental refresh, refresh(true), capture again; one assertion per relation
CREATE FUNCTION pg_temp.compare(scenario text) RETURNS SETOF text LANGUAGE plpgsql AS $f$
DECLARE
    rn text;
    n bigint;
BEGIN
    PERFORM pg_temp.capture(scenario || ' incremental');
    PERFORM hfstate.refresh(true);
    PERFORM pg_temp.capture(scenario || ' full');
    FOR rn IN SELECT rel FROM rels ORDER BY rel LOOP
        SELECT count(*) INTO n FROM snaps s WHERE s.tag = scenario || ' full' AND s.rel = rn;
        RETURN NEXT bag_eq(format('SELECT r FROM snaps WHERE tag = %L AND rel = %L', scenario || ' incremental', rn),
                           format('SELECT r FROM snaps WHERE tag = %L AND rel = %L', scenario || ' full', rn),
                           format('(%s) %s: incremental refresh() gives the rows of refresh(true) (%s rows)',
                                  scenario, rn, n));
    END LOOP;
END
$f$;

INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES
    ('acme', 'US', 'industry'), ('pandas-lab', 'CN', 'academia'), ('solo', NULL, 'independent');

-- (k) a first import after a refresh of empty tables: the plain-insert path of the importer records
-- its new models too, and with a share of 1 they take the changed-models path
DO $$BEGIN
    INSERT INTO hfstate.settings (name, value) VALUES ('refresh_changed_share', '1');
    PERFORM pg_temp.reset(); PERFORM hfstate.refresh();
    PERFORM pg_temp.import_week(1); PERFORM pg_temp.refresh_as('k');
END$$;
SELECT is(pg_temp.step_rows('k', 'changed models'), 20::bigint, '(k) the 20 models of a first import are recorded');
SELECT is(pg_temp.steps('k'), 'sizes (changed models), root namespaces (changed models), model facts (changed models)',
          '(k) and refreshed on the changed-models path');
SELECT * FROM pg_temp.compare('k');
DELETE FROM hfstate.settings WHERE name = 'refresh_changed_share' AND source = 'user';

-- (a) in date order
DO $$BEGIN PERFORM pg_temp.reset(); END$$;
SELECT results_eq('SELECT * FROM pg_temp.weeks(1, 6)',
                  $$VALUES (1, 'downloads (full)'), (2, 'downloads (new snapshots)'), (3, 'downloads (new snapshots)'),
                           (4, 'downloads (new snapshots)'), (5, 'downloads (new snapshots)'),
                           (6, 'downloads (new snapshots)')$$,
                  '(a) the first refresh rebuilds, the five after it take the incremental path');
SELECT * FROM pg_temp.compare('a');

-- (b) out of order: weeks 1 and 3, then week 2
DO $$BEGIN PERFORM pg_temp.reset(); PERFORM pg_temp.import_week(1); PERFORM pg_temp.import_week(3); END$$;
SELECT is(pg_temp.refresh_step(), 'downloads (full)', '(b) weeks 1 and 3: the first refresh rebuilds');
DO $$BEGIN PERFORM pg_temp.import_week(2); END$$;
SELECT is(pg_temp.refresh_step(), 'downloads (full)', '(b) week 2 after week 3 was processed: a full rebuild');
SELECT * FROM pg_temp.compare('b');

-- (c) an already processed snapshot imported again with changed counters and one model more
DO $$BEGIN PERFORM pg_temp.reset(); PERFORM pg_temp.weeks(1, 4); PERFORM pg_temp.import_week(3, 'c'); END$$;
SELECT is(pg_temp.refresh_step(), 'downloads (full)', '(c) week 3 imported again: a full rebuild');
SELECT * FROM pg_temp.compare('c');

-- (d) as (c), then a newer snapshot
DO $$BEGIN
    PERFORM pg_temp.reset(); PERFORM pg_temp.weeks(1, 4);
    PERFORM pg_temp.import_week(3, 'c'); PERFORM pg_temp.refresh_step();
    PERFORM pg_temp.import_week(5);
END$$;
SELECT is(pg_temp.refresh_step(), 'downloads (new snapshots)', '(d) week 5 after the re-import: incremental');
SELECT * FROM pg_temp.compare('d');

-- (l) four newer snapshots at once: weeks 1 and 2 refreshed, then weeks 3..6 imported, one refresh
-- (g = 13, missing from week 2, takes its previous row from week 1; the models first seen in weeks
-- 3..5 have no row before the window; g = 21 is created again before week 5)
DO $$BEGIN
    PERFORM pg_temp.reset(); PERFORM pg_temp.weeks(1, 2);
    FOR w IN 3 .. 6 LOOP PERFORM pg_temp.import_week(w); END LOOP;
END$$;
SELECT is(pg_temp.refresh_step(), 'downloads (new snapshots)', '(l) weeks 3..6 after week 2: incremental');
SELECT * FROM pg_temp.compare('l');

-- (e) content changes in a newer snapshot, a changed base model and its quantized child; with 32
-- models, a change of 9 is more than a quarter of them: the share that takes the changed-models path is raised
DO $$BEGIN
    INSERT INTO hfstate.settings (name, value) VALUES ('refresh_changed_share', '0.5');
    PERFORM pg_temp.reset(); PERFORM pg_temp.weeks(1, 3);
    PERFORM pg_temp.import_week(4, 'e'); PERFORM pg_temp.refresh_as('e');
END$$;
SELECT is(pg_temp.steps('e'), 'sizes (changed models), root namespaces (changed models), model facts (changed models)',
          '(e) content changes: the three steps take the changed-models path');
-- recorded: g = 2, 4, 6, 7, 11 and the four models new in week 4 (23, 27, 31, 35); sized: those and g = 5
SELECT is(pg_temp.step_rows('e', 'changed models'), 9::bigint, '(e) nine models recorded as changed');
SELECT is(pg_temp.step_rows('e', 'sizes (changed models)'), 10::bigint,
          '(e) ten models sized: the changed ones and the quantized child of g = 4');
SELECT cmp_ok(pg_temp.step_rows('e', 'model facts (changed models)'), '<', 20::bigint,
              '(e) fewer than 20 of the 32 model facts recomputed');
SELECT * FROM pg_temp.compare('e');

-- (f) a config.json for a base model of a quantized repo
DO $$BEGIN
    EXECUTE format($c$COPY (SELECT jsonb_build_object('id', 'acme/model-14-7b', 'config',
                       '{"model_type": "llama", "hidden_size": 2048, "intermediate_size": 5632, "num_hidden_layers": 22,
                         "num_attention_heads": 32, "num_key_value_heads": 4, "vocab_size": 32000}'::jsonb)::text)
                   TO %L (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02')$c$, '/tmp/hfstate_tap_inc_configs.jsonl');
    PERFORM hfstate.import_configs('/tmp/hfstate_tap_inc_configs.jsonl');
    PERFORM pg_temp.refresh_as('f');
END$$;
SELECT is(pg_temp.step_rows('f', 'sizes (changed models)'), 2::bigint,
          '(f) a config import sizes its model and the quantized child, nothing else');
SELECT is((SELECT total_source || ' ' || total FROM hfstate.model_sizes s JOIN hfstate.models m USING (key)
            WHERE m.id = 'pandas-lab/model-15-10b-GGUF'), 'base_model 1100048384',
          '(f) the quantized child takes the size computed from its base''s new config');
SELECT * FROM pg_temp.compare('f');

-- (g) a new base-model edge: g = 11 becomes a quantization of g = 14
DO $$BEGIN PERFORM pg_temp.import_week(5, 'g'); PERFORM pg_temp.refresh_as('g'); END$$;
SELECT is(pg_temp.steps('g'), 'sizes (changed models), root namespaces (changed models), model facts (changed models)',
          '(g) a new edge: the three steps take the changed-models path');
SELECT * FROM pg_temp.compare('g');

-- (h) registry edits
DO $$BEGIN
    INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES ('ghost', 'CA', 'industry');
    UPDATE hfstate.author_registry SET country = 'FR' WHERE namespace = 'solo' AND source = 'user';
    PERFORM pg_temp.refresh_as('h');
END$$;
SELECT is(pg_temp.steps('h'), 'sizes (changed models), root namespaces (changed models), model facts',
          '(h) a registry edit recomputes every model fact');
SELECT is(pg_temp.step_rows('h', 'sizes (changed models)'), 0::bigint, '(h) no model sized');
SELECT * FROM pg_temp.compare('h');

-- (i) a tag-rule edit and a family edit
DO $$BEGIN
    INSERT INTO hfstate.tag_rules (rule_set, category, match, pattern) VALUES ('science', 'robotics', 'tag', 'LeRobot');
    INSERT INTO hfstate.families (namespace, family) VALUES ('acme', 'Acme');
    PERFORM pg_temp.refresh_as('i');
END$$;
SELECT is(pg_temp.steps('i'), 'sizes (changed models), root namespaces, model facts',
          '(i) tag-rule and family edits recompute every root namespace and model fact');
SELECT ok((SELECT count(*) FROM hfstate.model_facts WHERE 'robotics' = ANY (science)) > 0
          AND (SELECT count(*) FROM hfstate.model_root_namespaces WHERE family = 'Acme') > 0,
          '(i) the edits reach the facts and root namespaces');
SELECT * FROM pg_temp.compare('i');

-- (j) more changed models than the share allows: every step recomputes every model
DO $$BEGIN
    UPDATE hfstate.settings SET value = '0.05' WHERE name = 'refresh_changed_share' AND source = 'user';
    PERFORM pg_temp.import_week(6, 'e'); PERFORM pg_temp.refresh_as('j');
END$$;
SELECT is(pg_temp.steps('j'), 'sizes, root namespaces, model facts',
          '(j) above refresh_changed_share the three steps recompute every model');
SELECT * FROM pg_temp.compare('j');

-- the data reaches what the comparison is about: clamped steps, counted first steps and baselines,
-- lineage, sizes and attribution all have rows
SELECT ok((SELECT count(*) FILTER (WHERE clamped) > 0 AND count(*) FILTER (WHERE prev_snapshot IS NULL AND downloads IS NOT NULL) > 0
                  AND count(*) FILTER (WHERE prev_snapshot IS NULL AND downloads IS NULL) > 0
             FROM hfstate.model_downloads)
          AND (SELECT count(*) FROM hfstate.model_root_namespaces) > 0
          AND (SELECT count(*) FROM hfstate.model_sizes WHERE total IS NOT NULL) > 0
          AND (SELECT count(DISTINCT country) FROM hfstate.model_facts) >= 4,
          'the data has clamped steps, counted first steps, baselines, roots, sizes and four attributions');

SELECT * FROM finish();

ROLLBACK;
