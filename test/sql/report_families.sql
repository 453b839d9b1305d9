--
-- report_families: T8 derivative families and T9 lineage depth on a hand-built graph.
-- Edges child -> parent (relation):
--   12 a/ft1       -> 10 qwen/Q-base (finetune)                   created 2025-01-10
--   13 b/merge1    -> 10, 11 qwen/Q-small (merge)                 created 2025-01-20
--   14 c/quant     -> 12 (quantized)                              created 2025-02-05
--   15 d/xmerge    -> 12, 16 meta-llama/L (merge)                 created 2025-02-10
--   18 e/ad        -> 17 facebook/F (adapter; 17 is dangling)     created 2025-02-15
--   19 f/cyc1 -> 20 f/cyc2 -> 19 (a 2-cycle), 21 g/below -> 19     created 2025-03-01
--   22 h/self -> 22 (a self-loop only: a root)
-- Families (seed): qwen -> Qwen, meta-llama and facebook -> Meta.
-- Root namespaces reached: 12 {qwen}, 13 {qwen} (two Qwen roots: once), 14 {qwen}, 15 {qwen, meta-llama},
-- 18 {facebook}; 19, 20, 21 reach no root; 22 has no parent.
--
SET client_min_messages = warning;
\pset null '(null)'
BEGIN;
TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.history, hfstate.datasets,
         hfstate.spaces, hfstate.model_configs, hfstate.model_card_bases, hfstate.import_runs CASCADE;
INSERT INTO hfstate.model_nodes (key, id, present) VALUES
    (10, 'qwen/Q-base', true), (11, 'qwen/Q-small', true), (12, 'a/ft1', true), (13, 'b/merge1', true),
    (14, 'c/quant', true), (15, 'd/xmerge', true), (16, 'meta-llama/L', true), (17, 'facebook/F', false),
    (18, 'e/ad', true), (19, 'f/cyc1', true), (20, 'f/cyc2', true), (21, 'g/below', true), (22, 'h/self', true);
INSERT INTO hfstate.models (key, id, author, created_at, created_year, downloads_all_time, first_seen, last_seen)
SELECT n.key, n.id, split_part(n.id, '/', 1), c.at, extract(year FROM c.at), 1, '2025-03-03', '2025-03-03'
  FROM hfstate.model_nodes n
  JOIN (VALUES (10, '2024-06-01'::timestamptz), (11, '2024-07-01'), (12, '2025-01-10'), (13, '2025-01-20'),
               (14, '2025-02-05'), (15, '2025-02-10'), (16, '2024-04-01'), (18, '2025-02-15'),
               (19, '2025-03-01'), (20, '2025-03-01'), (21, '2025-03-01'), (22, '2024-01-01')) c(key, at)
    ON c.key = n.key;
INSERT INTO hfstate.model_edges (child, parent, relation, relations, sources, inferred)
SELECT child, parent, relation::hfstate.relation, ARRAY[relation::hfstate.relation], '{tag_typed}', false
  FROM (VALUES (12, 10, 'finetune'), (13, 10, 'merge'), (13, 11, 'merge'), (14, 12, 'quantized'),
               (15, 12, 'merge'), (15, 16, 'merge'), (18, 17, 'adapter'), (19, 20, 'finetune'),
               (20, 19, 'finetune'), (21, 19, 'finetune'), (22, 22, 'finetune')) e(child, parent, relation);
SELECT step, rows FROM hfstate.refresh() WHERE step IN ('lineage', 'root namespaces', 'model facts');

-- T8 per root namespace (the planted truth t8_family_descendants uses these keys):
-- qwen: 12 finetune, 13 merge, 14 quantized, 15 merge = 4; meta-llama: 15 merge = 1; facebook: 18 adapter = 1
SELECT * FROM hfstate.report_family_namespaces;

-- T8 per family: Qwen = {12, 13, 14, 15}: 1 finetune, 1 quantized, 2 merge; roots with children 10 and 11
-- (children 2 + 1 = 3).  Meta = {15 (through meta-llama), 18 (through facebook)}: 1 merge, 1 adapter; roots 16
-- and 17 (one child each).  A cross-family merge (15) counts in both families, once in each.
SELECT * FROM hfstate.report_families;

-- T8 per base model (cycle nodes left out here): 10 has children 12, 13 and descendants 12, 13, 14, 15
-- (finetune 12, quantized 14, merge 13 and 15); 12 has 14 and 15; 11, 16, 17 one each.
SELECT id, family, present, n_parents, children, descendants, finetune, adapter, quantized, merge
  FROM hfstate.report_base_models WHERE family NOT IN ('f', 'g');

-- T8 monthly share of new derivatives by family of the primary root: 2025-01: 12, 13 -> Qwen (1.0);
-- 2025-02: 14, 15 -> Qwen (15's primary root is 10, 4 descendants, not 16 with 1), 18 -> Meta: 2/3, 1/3;
-- 2025-03: 19, 20 sit on a cycle (no root: each is its own root, family f), 21 is below it (family g): 2/3, 1/3
SELECT month, family, derivatives, round(share::numeric, 6) AS share FROM hfstate.report_family_monthly_share;
-- with family_top_n = 1 only Qwen keeps its name (settings are applied by refresh(): the report view
-- keeps the last refresh's rows until the next one, the live view applies the change at once)
INSERT INTO hfstate.settings (name, value) VALUES ('family_top_n', '1');
SELECT month, family, derivatives, round(share::numeric, 6) AS share FROM hfstate_live.report_family_monthly_share;
SELECT count(*) > 0 AS refreshed FROM hfstate.refresh();
SELECT month, family, derivatives, round(share::numeric, 6) AS share FROM hfstate.report_family_monthly_share;

-- T9 depth over the 12 imported models (17 is dangling): depth_max 0: 10, 11, 16, 22; 1: 12, 13, 18;
-- 2: 14, 15; cycle: 19, 20, 21.  depth_min: 15 is 1 (through 16), so 0: 4, 1: 4, 2: 1, cycle: 3.
SELECT measure, depth, label, models, round(share::numeric, 6) AS share, headline FROM hfstate.report_lineage_depth;
-- roots per derivative: 0 (19, 20, 21), 1 (12, 14, 18), 2 (13: 10 and 11; 15: 10 and 16)
SELECT n_roots, models, round(share::numeric, 6) AS share FROM hfstate.report_lineage_roots;
-- summary: 12 models, 1 dangling node, 10 edges + 1 self-loop, 8 derivatives, 4 roots with children,
-- 3 in or below the cycle, 1 with a dangling parent, 2 with several roots, depth 2,
-- lower median depth of derivatives {1, 1, 1, 2, 2} (cycle nodes have none) = 1
SELECT * FROM hfstate.report_lineage_summary;
ROLLBACK;
