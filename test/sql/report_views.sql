--
-- report_views: every report view hfstate.report_* shows the rows its live view hfstate_live.report_*
-- had at the last refresh(), stored in hfstate_live.report_*_rows.  The views are enumerated from
-- pg_catalog, so a new report view is covered without editing this file.  Right after refresh()
-- each public view has its live view's columns and rows, in the same order; after a change of the
-- data without a refresh the public views keep the stored rows while live views see the change;
-- the next refresh() makes them equal again.  Data: the five models of report_downloads, with
-- sizes, pipelines and tags, and two datasets.
--
SET client_min_messages = warning;
\pset null '(null)'
BEGIN;
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.datasets,
         hfstate.spaces, hfstate.model_configs, hfstate.model_card_bases, hfstate.import_runs CASCADE;
INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES
    ('acme', 'KR', 'industry'), ('pandas-lab', 'CN', 'academia'), ('solo', NULL, 'independent');
INSERT INTO hfstate.model_nodes (key, id, present) VALUES
    (1, 'acme/base', true), (2, 'pandas-lab/tune', true), (3, 'solo/merge', true), (4, 'ghost/thing', true),
    (5, 'pandas-lab/root2', true);
INSERT INTO hfstate.models (key, id, author, created_at, created_year, downloads_all_time, pipeline_tag, tags,
                            safetensors, safetensors_total, first_seen, last_seen) VALUES
    (1, 'acme/base', 'acme', '2024-06-01 10:00+00', 2024, 400, 'text-generation', '{biology}',
     '{"total": 7000000000}', 7000000000, '2025-01-06', '2026-01-05'),
    (2, 'pandas-lab/tune', 'pandas-lab', '2025-01-08 10:00+00', 2025, 100, 'text-generation', '{gguf,mlx}',
     '{"total": 7000000000}', 7000000000, '2025-01-13', '2026-01-05'),
    (3, 'solo/merge', 'solo', '2025-01-20 10:00+00', 2025, 20, 'image-text-to-text', '{moe}',
     '{"total": 120000000000}', 120000000000, '2025-02-03', '2026-01-05'),
    (4, 'ghost/thing', 'ghost', '2024-12-01 10:00+00', 2024, 50, NULL, '{}', NULL, NULL, '2025-01-06', '2026-01-05'),
    (5, 'pandas-lab/root2', 'pandas-lab', '2025-12-20 10:00+00', 2025, 5, 'text-generation', '{}',
     '{"total": 500000000}', 500000000, '2026-01-05', '2026-01-05');
INSERT INTO hfstate.model_edges (child, parent, relation, relations, sources, inferred) VALUES
    (2, 1, 'finetune', '{finetune}', '{tag_typed}', false),
    (3, 1, 'merge', '{merge}', '{tag_typed}', false),
    (3, 2, 'merge', '{merge}', '{tag_typed}', false);
INSERT INTO hfstate.history (repo, kind, snapshot, downloads_all_time) VALUES
    (1, 'm', '2025-01-06', 100), (1, 'm', '2025-01-13', 150), (1, 'm', '2025-02-03', 140), (1, 'm', '2026-01-05', 400),
    (2, 'm', '2025-01-13', 30), (2, 'm', '2025-02-03', 60), (2, 'm', '2026-01-05', 100),
    (3, 'm', '2025-02-03', 20), (3, 'm', '2026-01-05', 20),
    (4, 'm', '2025-01-06', 10), (4, 'm', '2025-01-13', 10), (4, 'm', '2026-01-05', 50),
    (5, 'm', '2026-01-05', 5);
INSERT INTO hfstate.datasets (key, id, author, created_at, created_year, tags, task_categories, first_seen, last_seen)
VALUES (61, 'acme/d1', 'acme', '2024-02-01', 2024, '{task_categories:text-generation,biology}', '{text-generation}',
        '2026-01-05', '2026-01-05'),
       (62, 'solo/d2', 'solo', '2025-02-01', 2025, '{task_categories:robotics}', '{robotics}', '2026-01-05', '2026-01-05');
SELECT count(*) > 0 AS refreshed FROM hfstate.refresh();

-- the report views, from the catalogue, with their live views
CREATE TEMP VIEW report_views AS
SELECT p.relname::text AS view, p.oid AS public_oid, l.oid AS live_oid
  FROM pg_class p
  LEFT JOIN pg_class l ON l.relname = p.relname AND l.relnamespace = 'hfstate_live'::regnamespace AND l.relkind = 'v'
 WHERE p.relnamespace = 'hfstate'::regnamespace AND p.relkind = 'v' AND p.relname LIKE 'report\_%';
-- a view's rows as text, in the view's order
CREATE FUNCTION pg_temp.view_rows(schema text, view text) RETURNS text[] LANGUAGE plpgsql AS $$
DECLARE
    r text[];
BEGIN
    EXECUTE format('SELECT coalesce(array_agg(v::text), ''{}'') FROM %I.%I v', schema, view) INTO r;
    RETURN r;
END
$$;
CREATE FUNCTION pg_temp.columns(rel oid) RETURNS text[] LANGUAGE sql AS $$
    SELECT array_agg(format('%s %s %s', a.attname, format_type(a.atttypid, a.atttypmod), a.attcollation) ORDER BY a.attnum)
      FROM pg_attribute a WHERE a.attrelid = rel AND a.attnum > 0 AND NOT a.attisdropped
$$;

-- every report view has a live view with the same columns (names, types, order) and a COMMENT that
-- names it and says the rows are those of the last refresh()
SELECT count(*) AS report_views,
       count(*) FILTER (WHERE live_oid IS NULL) AS without_live_view,
       count(*) FILTER (WHERE pg_temp.columns(public_oid) IS DISTINCT FROM pg_temp.columns(live_oid)) AS other_columns,
       count(*) FILTER (WHERE strpos(obj_description(public_oid, 'pg_class'), 'As of the last refresh()') = 0
                           OR strpos(obj_description(public_oid, 'pg_class'), 'hfstate_live.' || view) = 0)
         AS comment_without_live_view
  FROM report_views;

-- right after refresh(): each public view has its live view's rows in the same order
SELECT view, cardinality(pg_temp.view_rows('hfstate', view)) AS rows,
       pg_temp.view_rows('hfstate', view) = pg_temp.view_rows('hfstate_live', view) AS same_as_live
  FROM report_views ORDER BY view;

-- a change of the data without refresh(): a new model, a new dataset, a later download count
CREATE TEMP TABLE stored AS SELECT view, pg_temp.view_rows('hfstate', view) AS r FROM report_views;
INSERT INTO hfstate.model_nodes (key, id, present) VALUES (6, 'acme/new', true);
INSERT INTO hfstate.models (key, id, author, created_at, created_year, downloads_all_time, pipeline_tag, first_seen, last_seen)
VALUES (6, 'acme/new', 'acme', '2025-12-30 10:00+00', 2025, 900, 'text-generation', '2026-01-05', '2026-01-05');
INSERT INTO hfstate.datasets (key, id, author, created_at, created_year, tags, task_categories, first_seen, last_seen)
VALUES (63, 'new/d3', 'new', '2025-06-01', 2025, '{task_categories:robotics}', '{robotics}', '2026-01-05', '2026-01-05');
UPDATE hfstate.models SET downloads_all_time = 1000 WHERE key = 1;
-- the public views keep the stored rows; the live views that read models or datasets directly change
SELECT count(*) FILTER (WHERE pg_temp.view_rows('hfstate', s.view) IS DISTINCT FROM s.r) AS public_views_changed
  FROM stored s;
SELECT s.view AS live_view_changed FROM stored s
 WHERE pg_temp.view_rows('hfstate_live', s.view) IS DISTINCT FROM s.r ORDER BY s.view;

-- the next refresh() stores the new rows: every public view equals its live view again, and the
-- views that read the derived tables (T3 derived, T6, ...) have changed with it
SELECT count(*) > 0 AS refreshed FROM hfstate.refresh();
SELECT count(*) FILTER (WHERE pg_temp.view_rows('hfstate', v.view) IS DISTINCT FROM pg_temp.view_rows('hfstate_live', v.view))
         AS differing_from_live,
       count(*) FILTER (WHERE pg_temp.view_rows('hfstate', v.view) IS DISTINCT FROM s.r) AS changed_by_refresh
  FROM report_views v JOIN stored s USING (view);

-- refresh() logs one step per report view, with the rows it stored
SELECT count(*) AS report_steps,
       count(*) FILTER (WHERE l.rows = cardinality(pg_temp.view_rows('hfstate', substr(l.step, 8)))) AS rows_match
  FROM hfstate.refresh_log l
 WHERE l.run_id = (SELECT max(run_id) FROM hfstate.refresh_log) AND l.step LIKE 'report %';

-- refresh_report() refuses a name that is not a report view
SELECT hfstate_live.refresh_report('models');
ROLLBACK;
