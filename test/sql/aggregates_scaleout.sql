-- test/sql/aggregates_scaleout.sql
-- Citus emulation: per-shard partial states shipped as text, combined and
-- finalised on the "coordinator", equal to the direct aggregates; then a
-- postgres_fdw loopback showing that hfstate's immutable functions are
-- shipped to the remote side.
SET extra_float_digits = 0;

CREATE TABLE so (id int, v float8, w float8);
INSERT INTO so
SELECT i, ((i * 7919) % 1009)::float8 / 10, ((i * 104729) % 13)::float8
FROM generate_series(1, 3000) i;
INSERT INTO so VALUES (3001, NULL, 5), (3002, 7, NULL);

-- 4 shards by id % 5 in (0..3); shard 3 is kept empty (ids % 5 = 4 are dropped
-- from the shard map, so the direct aggregates below also skip them)
CREATE TEMP TABLE shard_state AS
SELECT s AS shard,
       (SELECT hfstate.wsample_agg(v, w) FROM so WHERE id % 5 = s AND s <> 3)::text AS state_text
FROM generate_series(0, 3) s;
SELECT shard, length(state_text) > 4 AS has_rows, left(state_text, 4) AS head
FROM shard_state ORDER BY shard;

-- coordinator: text -> wsample, combine, finalise
WITH combined AS (
    SELECT hfstate.wsample_union(state_text::hfstate.wsample) AS st FROM shard_state
), direct AS (
    SELECT hfstate.weighted_median(v, w) AS med, hfstate.weighted_quantile(v, w, 0.9) AS q90,
           hfstate.weighted_quantiles(v, w, ARRAY[0.05, 0.5, 0.95]) AS qs
    FROM so WHERE id % 5 IN (0, 1, 2)
)
SELECT hfstate.wsample_median(st) AS med, hfstate.wsample_quantile(st, 0.9) AS q90,
       hfstate.wsample_quantiles(st, ARRAY[0.05, 0.5, 0.95]) AS qs,
       hfstate.wsample_median(st) = direct.med AND hfstate.wsample_quantile(st, 0.9) = direct.q90
         AND hfstate.wsample_quantiles(st, ARRAY[0.05, 0.5, 0.95]) = direct.qs AS equal_direct
FROM combined, direct;

-- the same through the pairwise combine function, empty shard included
SELECT hfstate.wsample_median(
         hfstate.wsample_combine(
           hfstate.wsample_combine(a.state_text::hfstate.wsample, d.state_text::hfstate.wsample),
           hfstate.wsample_combine(b.state_text::hfstate.wsample, c.state_text::hfstate.wsample)))
       = (SELECT hfstate.weighted_median(v, w) FROM so WHERE id % 5 IN (0, 1, 2)) AS pairwise_equal,
       d.state_text AS empty_shard
FROM shard_state a, shard_state b, shard_state c, shard_state d
WHERE a.shard = 0 AND b.shard = 1 AND c.shard = 2 AND d.shard = 3;

-- gini and top shares from unweighted shard states
CREATE TEMP TABLE shard_x AS
SELECT s AS shard,
       (SELECT hfstate.wsample_agg(v, 1) FROM so WHERE id % 5 = s AND s <> 3 AND v IS NOT NULL)::text AS state_text
FROM generate_series(0, 3) s;
WITH combined AS (
    SELECT hfstate.wsample_union(state_text::hfstate.wsample) AS st FROM shard_x
), direct AS (
    SELECT hfstate.gini(v) AS gini, hfstate.top_share(v, 20) AS top20,
           hfstate.top_fraction_share(v, 0.01) AS top1pct
    FROM so WHERE id % 5 IN (0, 1, 2)
)
SELECT round(hfstate.wsample_gini(st)::numeric, 12) = round(direct.gini::numeric, 12) AS gini_equal,
       round(hfstate.wsample_top_share(st, 20)::numeric, 12) = round(direct.top20::numeric, 12) AS top_equal,
       round(hfstate.wsample_top_fraction_share(st, 0.01)::numeric, 12) = round(direct.top1pct::numeric, 12) AS topfrac_equal,
       round(direct.gini::numeric, 8) AS gini
FROM combined, direct;

-- hhi partial states are float8[] and combine with hhi_combine
WITH parts AS (
    SELECT s, (SELECT array_agg(x) FROM unnest(ARRAY[count(v)::float8, coalesce(sum(v), 0), coalesce(sum(v * v), 0)]) x) AS st
    FROM generate_series(0, 3) s LEFT JOIN so ON id % 5 = s AND s <> 3
    GROUP BY s
)
SELECT round(hfstate.hhi_final(hfstate.hhi_combine(hfstate.hhi_combine(a.st, b.st), hfstate.hhi_combine(c.st, d.st)))::numeric, 9)
       = round((SELECT hfstate.hhi(v) FROM so WHERE id % 5 IN (0, 1, 2))::numeric, 9) AS hhi_equal,
       d.st AS empty_shard
FROM parts a, parts b, parts c, parts d WHERE a.s = 0 AND b.s = 1 AND c.s = 2 AND d.s = 3;

-- postgres_fdw loopback
CREATE EXTENSION postgres_fdw;
DO $$
BEGIN
    EXECUTE format('CREATE SERVER hf_loop FOREIGN DATA WRAPPER postgres_fdw '
                   'OPTIONS (host %L, port %L, dbname %L, extensions %L)',
                   split_part(current_setting('unix_socket_directories'), ',', 1),
                   current_setting('port'), current_database(),
                   (SELECT extname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
                    WHERE n.nspname = 'hfstate' AND e.extname LIKE 'hf%' ORDER BY extname LIMIT 1));
END $$;
CREATE USER MAPPING FOR CURRENT_USER SERVER hf_loop OPTIONS (password_required 'false');
CREATE FOREIGN TABLE so_remote (id int, v float8, w float8) SERVER hf_loop OPTIONS (table_name 'so');

-- an immutable hfstate function in WHERE and in the select list is shipped
EXPLAIN (VERBOSE, COSTS OFF)
SELECT id, hfstate.wsample_median(hfstate.wsample_add('v1;;', v, w))
FROM so_remote WHERE hfstate.wsample_quantile(hfstate.wsample_add('v1;;', v, w), 0.5) > 50;
SELECT count(*) AS remote_rows
FROM so_remote WHERE hfstate.wsample_quantile(hfstate.wsample_add('v1;;', v, w), 0.5) > 50;
SELECT count(*) AS local_rows
FROM so WHERE hfstate.wsample_quantile(hfstate.wsample_add('v1;;', v, w), 0.5) > 50;

-- whole aggregates are pushed down and give the same result
EXPLAIN (VERBOSE, COSTS OFF)
SELECT hfstate.weighted_median(v, w), hfstate.gini(v), hfstate.hhi(v) FROM so_remote;
SELECT (SELECT hfstate.weighted_median(v, w) FROM so_remote) = (SELECT hfstate.weighted_median(v, w) FROM so) AS median_equal,
       (SELECT round(hfstate.gini(v)::numeric, 12) FROM so_remote) = (SELECT round(hfstate.gini(v)::numeric, 12) FROM so) AS gini_equal,
       (SELECT hfstate.weighted_quantiles(v, w, ARRAY[0.1, 0.9]) FROM so_remote) = (SELECT hfstate.weighted_quantiles(v, w, ARRAY[0.1, 0.9]) FROM so) AS quantiles_equal;

DROP FOREIGN TABLE so_remote;
DROP USER MAPPING FOR CURRENT_USER SERVER hf_loop;
DROP SERVER hf_loop;
DROP EXTENSION postgres_fdw;
DROP TABLE so;
