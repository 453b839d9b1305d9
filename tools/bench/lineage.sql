-- tools/bench/lineage.sql
-- Benchmark of refresh_lineage() against a recursive CTE, on a Hub-shaped graph generated in SQL.
-- Run in a SCRATCH database where the extension is installed: it TRUNCATEs hfstate.model_nodes,
-- hfstate.model_edges and hfstate.lineage.  Usage: psql -X -v n=2000000 -f tools/bench/lineage.sql
--
-- Shape (n models, keys 1 .. n; about 0.8 n edges):
--   keys <= 1000 are roots; other keys get a first parent with probability 0.72, picked as
--   1 + floor((k - 1) u^3) (heavy-tailed fan-out towards old models), a second with 0.10 and a
--   third with 0.02 (merges; every edge of a multi-parent model is a merge); single-parent
--   relations are finetune 35%, adapter 42%, quantized 18%, merge 5%.
--   keys 0.9 n .. 0.9 n + 10000 form chains of 100 (parent k - 1), so depth reaches ~100.
--   the last 300 keys: 67 three-cycles with no way in from a root, and 99 models below them.
--   6 self-loops; about 3% of the models are not present (dangling parents).
-- u(k, s) = a deterministic pseudo-random number in [0, 1) from hashint4extended.

\set ON_ERROR_STOP on
\if :{?n}
\else
\set n 2000000
\endif
\pset footer off
SET client_min_messages = warning;

TRUNCATE hfstate.lineage, hfstate.model_edges, hfstate.model_nodes;

CREATE TEMP TABLE bench_params AS
SELECT :n::integer AS n,
       (:n * 0.9)::integer AS chain_lo,
       (:n * 0.9)::integer + 10000 AS chain_hi,
       :n - 300 AS cyc_lo;

CREATE FUNCTION pg_temp.u(k integer, s bigint) RETURNS double precision
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (pg_catalog.hashint4extended(k, s) & 2147483647)::double precision / 2147483648.0;

SELECT clock_timestamp() AS t_gen \gset
INSERT INTO hfstate.model_nodes (key, id, present)
SELECT k, 'org' || (k % 5000) || '/model-' || k, pg_temp.u(k, 7) >= 0.03
FROM bench_params, pg_catalog.generate_series(1, n) AS k;

INSERT INTO hfstate.model_edges (child, parent, relation, relations, sources, inferred)
SELECT child, parent, rel::hfstate.relation, ARRAY[rel::hfstate.relation], '{bench}', false
FROM (
    SELECT DISTINCT ON (child, parent) child, parent,
           CASE WHEN np > 1 THEN 'merge'
                WHEN pg_temp.u(child, 4) < 0.35 THEN 'finetune'
                WHEN pg_temp.u(child, 4) < 0.77 THEN 'adapter'
                WHEN pg_temp.u(child, 4) < 0.95 THEN 'quantized'
                ELSE 'merge' END AS rel
    FROM (
        SELECT g.k AS child, p.parent, count(*) OVER (PARTITION BY g.k) AS np
        FROM bench_params b,
             pg_catalog.generate_series(1001, b.cyc_lo) AS g(k),
             LATERAL (VALUES
                 (CASE WHEN g.k > b.chain_lo AND g.k <= b.chain_hi AND g.k % 100 <> 1 THEN g.k - 1
                       WHEN pg_temp.u(g.k, 1) < 0.72
                       THEN 1 + floor((g.k - 1) * pg_temp.u(g.k, 11) ^ 3)::integer END),
                 (CASE WHEN pg_temp.u(g.k, 2) < 0.10
                       THEN 1 + floor((g.k - 1) * pg_temp.u(g.k, 12) ^ 3)::integer END),
                 (CASE WHEN pg_temp.u(g.k, 3) < 0.02
                       THEN 1 + floor((g.k - 1) * pg_temp.u(g.k, 13) ^ 3)::integer END)
             ) AS p(parent)
        WHERE p.parent IS NOT NULL
        UNION ALL   -- three-cycles c -> c+2 -> c+1 -> c over cyc_lo+1 .. cyc_lo+201
        SELECT c, CASE WHEN (c - b.cyc_lo) % 3 = 1 THEN c + 2 ELSE c - 1 END, 1
        FROM bench_params b, pg_catalog.generate_series(b.cyc_lo + 1, b.cyc_lo + 201) AS c
        UNION ALL   -- models below the cycles
        SELECT c, b.cyc_lo + 1 + (c % 201), 1
        FROM bench_params b, pg_catalog.generate_series(b.cyc_lo + 202, b.n) AS c
        UNION ALL   -- self-loops
        SELECT s, s, 1 FROM pg_catalog.generate_series(5000, 30000, 5000) AS s
    ) AS raw
    ORDER BY child, parent
) AS e;
ANALYZE hfstate.model_nodes, hfstate.model_edges;
SELECT round(extract(epoch FROM clock_timestamp() - :'t_gen'::timestamptz)::numeric, 1) AS generate_seconds,
       (SELECT count(*) FROM hfstate.model_nodes) AS nodes,
       (SELECT count(*) FROM hfstate.model_edges) AS edges,
       (SELECT max(c) FROM (SELECT count(*) AS c FROM hfstate.model_edges GROUP BY parent) AS f) AS max_fanout;

-- refresh_lineage(), twice (the first run also warms the buffer cache)
SELECT clock_timestamp() AS t_c1 \gset
SELECT nodes, edges, self_loops, cycle_nodes, max_depth, peak_bytes, round(millis::numeric) AS millis
FROM hfstate.refresh_lineage();
SELECT clock_timestamp() AS t_c2 \gset
SELECT nodes, edges, self_loops, cycle_nodes, max_depth, peak_bytes, round(millis::numeric) AS millis
FROM hfstate.refresh_lineage();
SELECT extract(epoch FROM clock_timestamp() - :'t_c2'::timestamptz) AS c_seconds \gset
SELECT round(extract(epoch FROM :'t_c2'::timestamptz - :'t_c1'::timestamptz)::numeric, 3) AS refresh_1_seconds,
       round(:c_seconds::numeric, 3) AS refresh_2_seconds;

-- The best recursive CTE I could write for the same depth and root computation: edges without
-- self-loops in a table indexed by parent (so each step is a small index join), walking down from
-- the roots with UNION (distinct (node, root, depth) triples: no path multiplication through merges),
-- then max/min depth and distinct roots per node.  It only terminates because no cycle is reachable
-- from a root in this graph; on a general graph it needs a depth guard and then gives wrong answers.
SET work_mem = '512MB';
CREATE TEMP TABLE bench_e AS SELECT child, parent FROM hfstate.model_edges WHERE child <> parent;
CREATE INDEX ON bench_e (parent);
ANALYZE bench_e;
SELECT clock_timestamp() AS t_cte \gset
CREATE TEMP TABLE bench_cte AS
WITH RECURSIVE walk (node, root, depth) AS (
    SELECT n.key, n.key, 0
    FROM hfstate.model_nodes AS n
    WHERE NOT EXISTS (SELECT 1 FROM bench_e AS e WHERE e.child = n.key)
    UNION
    SELECT e.child, w.root, w.depth + 1
    FROM walk AS w JOIN bench_e AS e ON e.parent = w.node
)
SELECT node, max(depth) AS depth_max, min(depth) AS depth_min, count(DISTINCT root) AS n_roots
FROM walk GROUP BY node;
SELECT extract(epoch FROM clock_timestamp() - :'t_cte'::timestamptz) AS cte_seconds \gset
RESET work_mem;

-- agreement on the acyclic part (every disagreement is counted; all must be 0)
SELECT (SELECT count(*) FROM hfstate.lineage WHERE NOT in_cycle) AS acyclic_nodes,
       (SELECT count(*) FROM hfstate.lineage WHERE in_cycle) AS cycle_nodes,
       (SELECT count(*) FROM hfstate.lineage AS l JOIN bench_cte AS c ON c.node = l.key
        WHERE l.in_cycle OR l.depth_max <> c.depth_max OR l.depth_min <> c.depth_min
           OR l.n_roots <> c.n_roots) AS disagree,
       (SELECT count(*) FROM hfstate.lineage AS l
        WHERE NOT l.in_cycle AND NOT EXISTS (SELECT 1 FROM bench_cte AS c WHERE c.node = l.key)) AS missing_in_cte,
       (SELECT max(depth_max) FROM bench_cte) AS cte_max_depth;

SELECT round(:cte_seconds::numeric, 2) AS cte_seconds,
       round(:c_seconds::numeric, 3) AS refresh_seconds,
       round((:cte_seconds / :c_seconds)::numeric, 1) AS ratio;
