--
-- report_downloads: refresh() and the T3/T4 windows (all time, last 12 months, per month,
-- derived attribution, first year) on five hand-built models.  Answers worked out by hand below.
--
-- Registry (user rows): acme = US/industry, pandas-lab = CN/academia, solo = no country/independent,
-- ghost = not registered (unknown).
-- Snapshots: s1 2025-01-06, s2 2025-01-13, s3 2025-02-03, s4 2026-01-05.
-- Models (downloadsAllTime per snapshot; step = difference, clamped at 0):
--   1 acme/base        created 2024-06-01, root          s1 100, s2 150, s3 140, s4 400
--        steps: s1 baseline (created before the data starts: NULL), s2 50, s3 0 (clamped), s4 260
--   2 pandas-lab/tune  created 2025-01-08, parent 1      s2 30, s3 60, s4 100
--        steps: s2 30 (created after s1: all its downloads fall in the step), s3 30, s4 40
--   3 solo/merge       created 2025-01-20, parents 1, 2  s3 20, s4 20       steps: s3 20, s4 0
--   4 ghost/thing      created 2024-12-01, root          s1 10, s2 10, s4 50 steps: s1 NULL, s2 0, s4 40
--   5 pandas-lab/root2 created 2025-12-20, root          s4 5               steps: s4 5
-- Derived attribution: the primary root of 2 and 3 is 1 (acme, US, industry); 1, 4, 5 are their own roots.
--
SET client_min_messages = warning;
\pset null '(null)'
BEGIN;
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.datasets,
         hfstate.spaces, hfstate.model_configs, hfstate.model_card_bases, hfstate.import_runs CASCADE;
INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES
    ('acme', 'US', 'industry'), ('pandas-lab', 'CN', 'academia'), ('solo', NULL, 'independent');
INSERT INTO hfstate.model_nodes (key, id, present) VALUES
    (1, 'acme/base', true), (2, 'pandas-lab/tune', true), (3, 'solo/merge', true), (4, 'ghost/thing', true),
    (5, 'pandas-lab/root2', true);
INSERT INTO hfstate.models (key, id, author, created_at, created_year, downloads_all_time, first_seen, last_seen) VALUES
    (1, 'acme/base', 'acme', '2024-06-01 10:00+00', 2024, 400, '2025-01-06', '2026-01-05'),
    (2, 'pandas-lab/tune', 'pandas-lab', '2025-01-08 10:00+00', 2025, 100, '2025-01-13', '2026-01-05'),
    (3, 'solo/merge', 'solo', '2025-01-20 10:00+00', 2025, 20, '2025-02-03', '2026-01-05'),
    (4, 'ghost/thing', 'ghost', '2024-12-01 10:00+00', 2024, 50, '2025-01-06', '2026-01-05'),
    (5, 'pandas-lab/root2', 'pandas-lab', '2025-12-20 10:00+00', 2025, 5, '2026-01-05', '2026-01-05');
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

-- first refresh: everything rebuilt; 13 history rows give 13 steps, 1 clamped (model 1 at s3)
SELECT step, rows FROM hfstate.refresh();

-- steps: see the header
SELECT repo, snapshot, prev_snapshot, downloads, clamped FROM hfstate.model_downloads ORDER BY repo, snapshot;

-- attribution and roots: 2 and 3 derive from 1 (acme: US, industry)
SELECT key, namespace, created_month, country, developer_type, root_key, root_namespace, derived_country,
       derived_developer_type, family, relation, n_parents
  FROM hfstate.model_facts ORDER BY key;

-- T3 all time, direct: US 400, CN 100 + 5 = 105, none 20, unknown 50; total 575
SELECT country, models, downloads, round(share::numeric, 6) AS share FROM hfstate.report_downloads_by_country;
-- T3 all time, derived: US 400 + 100 + 20 = 520, CN 5, unknown 50, none 0 (no model); total 575
-- (520/575 = 0.904348, 5/575 = 0.008696, 50/575 = 0.086957)
SELECT country, models, downloads, round(share::numeric, 6) AS share FROM hfstate.report_downloads_by_country_derived;
-- T4 all time, derived: industry 520, academia 5, unknown 50, the other types 0
SELECT developer_type, models, downloads, round(share::numeric, 6) AS share FROM hfstate.report_downloads_by_type_derived;
-- T3 derived by creation year: 2024 = models 1 and 4: US 400, unknown 50; 2025 = 2, 3, 5: US 120, CN 5
SELECT year, country, models, downloads, round(share::numeric, 6) AS share FROM hfstate.report_downloads_by_country_derived_year;

-- last 12 months: 12 months before s4 is 2025-01-05, before the first snapshot, so the window runs
-- from s1 (the data_window says so: 52 weeks of snapshots).  Steps closing after s1:
-- model 1: 50 + 0 + 260 = 310 (1 clamped), 2: 30 + 30 + 40 = 100, 3: 20 + 0 = 20, 4: 0 + 40 = 40, 5: 5; total 475.
-- direct: US 310, CN 105, unknown 40, none 20; derived: US 310 + 100 + 20 = 430, unknown 40, CN 5, none 0.
SELECT attribution, country, models, downloads, round(share::numeric, 6) AS share, clamped_steps, data_window
  FROM hfstate.report_downloads_by_country_12m;
-- the same window by type: direct industry 310, academia 105, unknown 40, independent 20
SELECT attribution, developer_type, models, downloads, round(share::numeric, 6) AS share
  FROM hfstate.report_downloads_by_type_12m WHERE downloads > 0;
-- an explicit window from s2 to s4: steps closing at s3 and s4 only:
-- US 0 + 260 = 260, CN 30 + 40 + 5 = 75, unknown 40, none 20 + 0 = 20; total 395
SELECT grp, models, downloads, round(share::numeric, 6) AS share, clamped_steps, data_window
  FROM hfstate.downloads_share('country', 'direct', '2025-01-13', '2026-01-05');

-- per calendar month (the month of the step's closing snapshot; s1's steps are baselines):
-- 2025-01 (s1, s2): direct US 50, CN 30, unknown 0; derived US 80, unknown 0
-- 2025-02 (s3):     direct CN 30, none 20, US 0 (clamped); derived US 50
-- 2026-01 (s4):     direct US 260, CN 45, unknown 40, none 0; derived US 300, unknown 40, CN 5
SELECT month, attribution, country, downloads, round(share::numeric, 6) AS share, clamped_steps, snapshots
  FROM hfstate.report_downloads_by_country_month;

-- first year (models created in the year before s4, i.e. from 2025-01-05: 2, 3, 5), each with the
-- greatest downloadsAllTime of its snapshots within a year of creation: 2 -> 100 (s4 2026-01-05 is
-- within 2025-01-08 + 1 year), 3 -> 20, 5 -> 5.  direct: CN 105 (2 models), none 20; derived: US 120, CN 5.
SELECT dimension, attribution, grp, models, downloads, round(share::numeric, 6) AS share
  FROM hfstate.report_downloads_first_year;

-- incremental: a new snapshot s5 2026-01-12 with model 1 at 380 (a drop: clamped) and model 2 at 110.
-- Only its 2 rows are added; clamped steps in total now 2.
INSERT INTO hfstate.history (repo, kind, snapshot, downloads_all_time) VALUES
    (1, 'm', '2026-01-12', 380), (2, 'm', '2026-01-12', 110);
SELECT step, rows FROM hfstate.refresh() WHERE step LIKE 'downloads%' OR step LIKE 'clamped%';
SELECT repo, snapshot, prev_snapshot, downloads, clamped FROM hfstate.model_downloads
 WHERE snapshot = '2026-01-12' ORDER BY repo;
-- an import of an already processed snapshot (s3) since the last refresh forces a full rebuild: 15 rows
INSERT INTO hfstate.import_runs (kind, file, snapshot, strict, finished_at)
VALUES ('models', '/tmp/models.jsonl', '2025-02-03', false, pg_catalog.clock_timestamp() + interval '1 second');
SELECT step, rows FROM hfstate.refresh() WHERE step LIKE 'downloads%';
-- and the window now ends at s5: from 2025-01-06 (12 months before 2026-01-12 is 2025-01-12, so s1)
SELECT grp, downloads, data_window FROM hfstate.downloads_share() WHERE downloads > 0;
ROLLBACK;
