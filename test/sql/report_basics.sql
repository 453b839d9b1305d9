--
-- report_basics: T1 growth, T2 concentration, T6 size buckets and T10 dataset categories on five
-- hand-built models, three datasets and one Space; answers worked out by hand in the comments.  Also:
-- the Markdown report prints every section of the registry.
--
-- key id    created     downloadsAllTime  safetensors  namespace registry
-- 51  a/m1  2023        1000              7e9          a = US / industry (user row)
-- 52  a/m2  2024         300              0.5e9
-- 53  b/m3  2024         150              13e9         b = CN / academia (user row)
-- 54  b/m4  2025          50              (none)
-- 55  c/m5  sentinel        0              200e9        c: not registered (unknown)
-- datasets: a/d1 2024 text-generation; c/d2 2025 robotics + text-generation; d/d3 2025 tag LeRobot only
-- spaces:   e/s1 2025
--
SET client_min_messages = warning;
\pset null '(null)'
BEGIN;
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.datasets,
         hfstate.spaces, hfstate.model_configs, hfstate.model_card_bases, hfstate.import_runs CASCADE;
INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES
    ('a', 'US', 'industry'), ('b', 'CN', 'academia');
INSERT INTO hfstate.models (key, id, author, created_at, created_year, downloads_all_time, safetensors,
                            safetensors_total, first_seen, last_seen)
SELECT key, id, split_part(id, '/', 1), at, CASE WHEN at = '2022-03-02 23:29:04+00' THEN NULL ELSE extract(year FROM at) END,
       dat, CASE WHEN st IS NOT NULL THEN jsonb_build_object('total', st) END, st, '2026-01-05', '2026-01-05'
  FROM (VALUES (51, 'a/m1', '2023-05-01 00:00+00'::timestamptz, 1000, 7000000000),
               (52, 'a/m2', '2024-05-01 00:00+00', 300, 500000000),
               (53, 'b/m3', '2024-06-01 00:00+00', 150, 13000000000),
               (54, 'b/m4', '2025-01-10 00:00+00', 50, NULL::bigint),
               (55, 'c/m5', '2022-03-02 23:29:04+00', 0, 200000000000)) v(key, id, at, dat, st);
INSERT INTO hfstate.datasets (key, id, author, created_at, created_year, tags, task_categories, first_seen, last_seen)
VALUES (61, 'a/d1', 'a', '2024-02-01', 2024, '{task_categories:text-generation}', '{text-generation}', '2026-01-05', '2026-01-05'),
       (62, 'c/d2', 'c', '2025-02-01', 2025, '{task_categories:robotics,task_categories:text-generation}',
        '{robotics,text-generation}', '2026-01-05', '2026-01-05'),
       (63, 'd/d3', 'd', '2025-03-01', 2025, '{LeRobot}', '{}', '2026-01-05', '2026-01-05');
INSERT INTO hfstate.spaces (key, id, author, created_at, created_year, first_seen, last_seen)
VALUES (71, 'e/s1', 'e', '2025-04-01', 2025, '2026-01-05', '2026-01-05');
-- the report views show the state as of the last refresh() (which reads every model's graph node)
INSERT INTO hfstate.model_nodes (key, id, present) SELECT key, id, true FROM hfstate.models;
SELECT count(*) > 0 AS refreshed FROM hfstate.refresh();

-- T1: new models unknown 1, 2023 1, 2024 2, 2025 1 (cumulative 1, 2, 4, 5; yoy 2, 2, 1.25); datasets 2024 1,
-- 2025 2; Spaces 2025 1.  Creators by first repo: c unknown, a 2023 (m1), b 2024 (m3), d and e 2025 (cumulative
-- 1, 2, 3, 5); active: unknown {c}, 2023 {a}, 2024 {a, b}, 2025 {b, c, d, e}.
SELECT period, new_models, cumulative_models, new_datasets, cumulative_datasets, new_spaces, new_creators,
       active_creators, cumulative_creators, models_yoy
  FROM hfstate.report_growth;

-- T2 over 1000, 300, 150, 50, 0 (total 1500): top 0.01 %, 0.1 %, 1 % of 5 models = the top 1 = 1000/1500 = 0.667;
-- top 200 = all = 1; under 200: 150, 50, 0 = 3/5 = 0.6; lower median of 0, 50, 150, 300, 1000 = 150;
-- Gini = ((-4)*0 + (-2)*50 + 0*150 + 2*300 + 4*1000) / (5*1500) = 4500/7500 = 0.6;
-- HHI models = 10000 * (1000² + 300² + 150² + 50²) / 1500² = 4955.56; namespaces a 1300, b 200, c 0:
-- 10000 * (1300² + 200²) / 1500² = 7688.89; countries US 1300, CN 200 (c unknown, left out) = 7688.89
SELECT models, downloads, round(top_0_01pct_share::numeric, 3) AS top_0_01, round(top_0_1pct_share::numeric, 3) AS top_0_1,
       round(top_1pct_share::numeric, 3) AS top_1, round(top_200_share::numeric, 3) AS top_200,
       round(share_under_200::numeric, 3) AS under_200, median_downloads, round(gini::numeric, 3) AS gini,
       round(hhi_model::numeric, 2) AS hhi_model, round(hhi_author::numeric, 2) AS hhi_author,
       round(hhi_country::numeric, 2) AS hhi_country
  FROM hfstate.report_concentration;

-- T6 after refresh() (its sizes step; refresh_sizes() alone sizes the same 5): <1B m2 (300), 1–9B m1 (1000), 10–99B m3 (150), 100B+ m5 (0), unknown m4 (50):
-- each 1 model (0.2); downloads shares 0.2, 0.667, 0.1, 0, 0.033
SELECT hfstate.refresh_sizes() AS sized;
SELECT label, models, downloads, round(share_models::numeric, 3) AS share_models,
       round(share_downloads::numeric, 3) AS share_downloads
  FROM hfstate.report_size_buckets;

-- T10: 2024 text-generation 1 (largest); 2025 robotics 2 (d2 by its category, d3 by the LeRobot tag; largest),
-- text-generation 1 (cumulative 2)
SELECT period, category, datasets, cumulative, largest_in_year FROM hfstate.report_dataset_categories;

-- the Markdown report has a heading for every section of the registry
SELECT count(*) AS sections_missing_from_markdown
  FROM hfstate.report_sections s
 WHERE strpos(hfstate.report_markdown(), '## ' || s.title) = 0;
ROLLBACK;
