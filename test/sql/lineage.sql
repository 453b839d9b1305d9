--
-- lineage: lineage_graph() on hand-built graphs and refresh_lineage() over the tables.
-- Edges are written child -> parent.  Expected values are worked out by hand in the comments.
--
SET client_min_messages = warning;
\pset null '(null)'

-- chain 4 -> 3 -> 2 -> 1: depths 0..3, descendants 3,2,1,0, one root (1) everywhere
SELECT node, depth_max, depth_min, n_parents, n_roots, primary_root, children, descendants
FROM hfstate.lineage_graph(ARRAY[2, 3, 4], ARRAY[1, 2, 3]) ORDER BY node;

-- diamond 11 -> 10, 12 -> 10, 13 -> 11, 13 -> 12: 10 has 3 descendants (13 counts once),
-- 13 has depth 2/2, 2 parents, 1 root
SELECT node, depth_max, depth_min, n_parents, n_roots, primary_root, children, descendants
FROM hfstate.lineage_graph(ARRAY[11, 12, 13, 13], ARRAY[10, 10, 11, 12]) ORDER BY node;

-- merge of two families: 20 <- 21, 22, 23; 30 <- 31; 40 merges 21 and 31.
-- descendants: 20 -> {21,22,23,40} = 4, 30 -> {31,40} = 2, so 40 has 2 roots and primary root 20.
-- tie: 61 -> 60, 51 -> 50, 70 -> 61, 70 -> 51 (the 60 side listed first):
-- 50 and 60 both have 2 descendants, so 70's primary root is the smaller key, 50.
SELECT node, depth_max, n_roots, primary_root, descendants
FROM hfstate.lineage_graph(ARRAY[21, 22, 23, 31, 40, 40], ARRAY[20, 20, 20, 30, 21, 31],
                           ARRAY['finetune', 'finetune', 'finetune', 'finetune', 'merge', 'merge'])
ORDER BY node;
SELECT node, n_roots, primary_root, descendants
FROM hfstate.lineage_graph(ARRAY[61, 51, 70, 70], ARRAY[60, 50, 61, 51]) ORDER BY node;

-- self-loop dropped: 80 -> 80 and 81 -> 80.  80 is a root (0 parents), 1 child, 1 descendant.
SELECT node, depth_max, n_parents, n_roots, primary_root, in_cycle, children, descendants
FROM hfstate.lineage_graph(ARRAY[80, 81], ARRAY[80, 80]) ORDER BY node;
-- a lone self-loop is one root node with nothing around it
SELECT * FROM hfstate.lineage_graph(ARRAY[7], ARRAY[7]);

-- 2-cycle 90 <-> 91, 92 -> 91, 93 -> 92, and 94 below both the cycle (91) and a root (95).
-- 90..94 are in_cycle with NULL depths; 90..93 reach no root (n_roots 0, primary NULL);
-- 94 reaches root 95.  descendants: 90 -> {91,92,93,94} = 4, 91 -> {90,92,93,94} = 4,
-- 92 -> {93} = 1, 95 -> {94} = 1.  The call terminates.
SELECT node, depth_max, depth_min, n_parents, n_roots, primary_root, in_cycle, children, descendants
FROM hfstate.lineage_graph(ARRAY[90, 91, 92, 93, 94, 94], ARRAY[91, 90, 91, 92, 91, 95]) ORDER BY node;

-- depth_min vs depth_max: 101 -> 100, 102 -> 101, 103 -> 102, 103 -> 100: 103 has depth_max 3, depth_min 1
SELECT node, depth_max, depth_min
FROM hfstate.lineage_graph(ARRAY[101, 102, 103, 103], ARRAY[100, 101, 102, 100]) ORDER BY node;

-- per-relation split: 111 -> 110 finetune, 112 -> 110 adapter, 113 -> 111 quantized,
-- 114 -> 110 finetune + 114 -> 111 merge (own relation merge: the greatest),
-- 115 -> 110 adapter + 115 -> 112 quantized (own relation quantized).
-- 110: descendants 111 ft, 112 ad, 113 q, 114 m, 115 q = 5 (1, 1, 2, 1)
-- 111: 113 q, 114 m = 2 (0, 0, 1, 1); 112: 115 q = 1 (0, 0, 1, 0)
SELECT node, descendants, desc_finetune, desc_adapter, desc_quantized, desc_merge
FROM hfstate.lineage_graph(ARRAY[111, 112, 113, 114, 114, 115, 115],
                           ARRAY[110, 110, 111, 110, 111, 110, 112],
                           ARRAY['finetune', 'adapter', 'quantized', 'finetune', 'merge', 'adapter', 'quantized'])
ORDER BY node;

-- repeated pair 121 -> 120 (finetune, then adapter) is one edge, relation adapter;
-- a NULL relation element is a finetune (122 -> 120)
SELECT node, n_parents, children, descendants, desc_finetune, desc_adapter
FROM hfstate.lineage_graph(ARRAY[121, 121, 122], ARRAY[120, 120, 120], ARRAY['finetune', 'adapter', NULL])
ORDER BY node;

-- no relation array: every edge is a finetune
SELECT node, desc_finetune, desc_adapter, desc_quantized, desc_merge
FROM hfstate.lineage_graph(ARRAY[2, 3], ARRAY[1, 1]) ORDER BY node;

-- NULL or empty edge lists give no rows; extreme keys are fine
SELECT count(*) FROM hfstate.lineage_graph(NULL, ARRAY[1]);
SELECT count(*) FROM hfstate.lineage_graph(ARRAY[1], NULL, ARRAY['merge']);
SELECT count(*) FROM hfstate.lineage_graph('{}', '{}');
SELECT node, depth_max, primary_root, descendants
FROM hfstate.lineage_graph(ARRAY[2147483647, -2147483648], ARRAY[-2147483648, 0]) ORDER BY node;

-- errors
SELECT * FROM hfstate.lineage_graph(ARRAY[1, 2], ARRAY[3]);
SELECT * FROM hfstate.lineage_graph(ARRAY[1, 2], ARRAY[3, 4], ARRAY['merge']);
SELECT * FROM hfstate.lineage_graph(ARRAY[1], ARRAY[3], ARRAY['Merge']);
SELECT * FROM hfstate.lineage_graph(ARRAY[1, NULL], ARRAY[3, 4]);

--
-- refresh_lineage() over model_nodes / model_edges, inside a transaction that is rolled back
--
BEGIN;
DELETE FROM hfstate.model_edges;
DELETE FROM hfstate.model_nodes;
-- 1 root; 2 -> 1 finetune; 3 not present (dangling); 4 -> 2 merge, 4 -> 3 adapter, 4 -> 4 self-loop;
-- 5 <-> 6 a 2-cycle, 7 -> 6 below it; 8 -> 1 quantized and 8 -> 2 finetune (depth_max 2, depth_min 1)
INSERT INTO hfstate.model_nodes (key, id, present) VALUES
    (1, 'org/base', true), (2, 'org/ft', true), (3, 'gone/missing', false), (4, 'org/merge', true),
    (5, 'c/a', true), (6, 'c/b', true), (7, 'c/below', true), (8, 'org/q', true);
INSERT INTO hfstate.model_edges (child, parent, relation, relations, sources, inferred) VALUES
    (2, 1, 'finetune', '{finetune}', '{tag}', false),
    (4, 2, 'merge', '{merge}', '{tag}', false),
    (4, 3, 'adapter', '{adapter}', '{tag}', false),
    (4, 4, 'merge', '{merge}', '{tag}', false),
    (5, 6, 'finetune', '{finetune}', '{tag}', false),
    (6, 5, 'finetune', '{finetune}', '{tag}', false),
    (7, 6, 'adapter', '{adapter}', '{tag}', false),
    (8, 1, 'quantized', '{quantized}', '{tag}', false),
    (8, 2, 'finetune', '{finetune}', '{tag}', false);
-- 8 nodes, 9 edges, 1 self-loop, 3 cycle nodes (5, 6, 7), max depth 2 (4 and 8)
SELECT nodes, edges, self_loops, cycle_nodes, max_depth, peak_bytes > 0 AS has_peak, millis >= 0 AS has_millis
FROM hfstate.refresh_lineage();
-- 1: descendants 2 (ft), 4 (merge), 8 (quantized: greatest of quantized/finetune) = 3, primary root 1
-- 3: root, not present; 4 has parents 2 and 3 -> 2 roots (1 has 3 descendants, 3 has 1: primary 1),
--    dangling_parents 1
SELECT * FROM hfstate.lineage ORDER BY key;
-- the primary key index was rebuilt with the rows
SET LOCAL enable_seqscan = off;
SELECT key, descendants FROM hfstate.lineage WHERE key = 4;
RESET enable_seqscan;
-- a second refresh replaces the rows rather than adding to them
SELECT nodes FROM hfstate.refresh_lineage();
SELECT count(*) FROM hfstate.lineage;
-- sparse and negative keys take the sorted-key path
INSERT INTO hfstate.model_nodes (key, id, present) VALUES (2000000000, 'far/away', true), (-7, 'neg/key', true);
INSERT INTO hfstate.model_edges (child, parent, relation, relations, sources, inferred) VALUES
    (2000000000, -7, 'adapter', '{adapter}', '{tag}', false),
    (-7, 1, 'finetune', '{finetune}', '{tag}', false);
SELECT nodes, edges, self_loops, cycle_nodes, max_depth FROM hfstate.refresh_lineage();
SELECT key, depth_max, n_roots, primary_root, descendants, desc_adapter
FROM hfstate.lineage WHERE key IN (-7, 1, 2000000000) ORDER BY key;
-- empty tables give an empty lineage
DELETE FROM hfstate.model_edges;
DELETE FROM hfstate.model_nodes;
SELECT nodes, edges, self_loops, cycle_nodes, max_depth FROM hfstate.refresh_lineage();
SELECT count(*) FROM hfstate.lineage;
ROLLBACK;
