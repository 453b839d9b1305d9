-- test/sql/aggregates_parallel.sql
-- Forced parallel plans: every aggregate family runs as Partial Aggregate in
-- the workers and Finalize Aggregate through its combine function, with the
-- same exact results as a serial plan.
SET extra_float_digits = 0;

CREATE TABLE par (v float8, w float8, x float8, g int);
INSERT INTO par
SELECT ((i * 7919) % 100003)::float8 / 7, ((i * 104729) % 50)::float8,
       ((i * 2654435761) % 10007)::float8, i % 5
FROM generate_series(1, 20000) i;
INSERT INTO par VALUES (NULL, 3, NULL, 1), (5, NULL, 2, 2);
ANALYZE par;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;
SET parallel_leader_participation = off;

-- one plan per family: wsample quantiles, wsample concentration, float8[] states
EXPLAIN (COSTS OFF)
SELECT hfstate.weighted_median(v, w), hfstate.weighted_quantile(v, w, 0.9),
       hfstate.weighted_quantiles(v, w, ARRAY[0.1, 0.99])
FROM par;
EXPLAIN (COSTS OFF)
SELECT hfstate.gini(x), hfstate.top_share(x, 10), hfstate.top_fraction_share(x, 0.01) FROM par;
EXPLAIN (COSTS OFF)
SELECT hfstate.hhi(x), hfstate.share_below(x, 100) FROM par;
EXPLAIN (COSTS OFF)
SELECT g, hfstate.weighted_median(v, w), hfstate.gini(x), hfstate.hhi(x) FROM par GROUP BY g;

CREATE TEMP TABLE res_par AS
SELECT 0 AS g, hfstate.weighted_median(v, w) AS med, hfstate.weighted_quantile(v, w, 0.9) AS q90,
       hfstate.weighted_quantiles(v, w, ARRAY[0.1, 0.99]) AS qs,
       hfstate.gini(x) AS gini, hfstate.top_share(x, 10) AS top10,
       hfstate.top_fraction_share(x, 0.01) AS top1pct, hfstate.hhi(x) AS hhi,
       hfstate.share_below(x, 100) AS below100
FROM par
UNION ALL
SELECT g + 1, hfstate.weighted_median(v, w), hfstate.weighted_quantile(v, w, 0.9),
       hfstate.weighted_quantiles(v, w, ARRAY[0.1, 0.99]),
       hfstate.gini(x), hfstate.top_share(x, 10), hfstate.top_fraction_share(x, 0.01),
       hfstate.hhi(x), hfstate.share_below(x, 100)
FROM par GROUP BY g;

SET max_parallel_workers_per_gather = 0;
EXPLAIN (COSTS OFF)
SELECT hfstate.weighted_median(v, w), hfstate.gini(x), hfstate.hhi(x) FROM par;

CREATE TEMP TABLE res_ser AS
SELECT 0 AS g, hfstate.weighted_median(v, w) AS med, hfstate.weighted_quantile(v, w, 0.9) AS q90,
       hfstate.weighted_quantiles(v, w, ARRAY[0.1, 0.99]) AS qs,
       hfstate.gini(x) AS gini, hfstate.top_share(x, 10) AS top10,
       hfstate.top_fraction_share(x, 0.01) AS top1pct, hfstate.hhi(x) AS hhi,
       hfstate.share_below(x, 100) AS below100
FROM par
UNION ALL
SELECT g + 1, hfstate.weighted_median(v, w), hfstate.weighted_quantile(v, w, 0.9),
       hfstate.weighted_quantiles(v, w, ARRAY[0.1, 0.99]),
       hfstate.gini(x), hfstate.top_share(x, 10), hfstate.top_fraction_share(x, 0.01),
       hfstate.hhi(x), hfstate.share_below(x, 100)
FROM par GROUP BY g;

-- exact (quantiles, counts) or to 12 digits (sums whose order differs)
SELECT s.g, s.med, s.q90, s.qs, round(s.gini::numeric, 8) AS gini,
       round(s.top10::numeric, 8) AS top10, round(s.hhi::numeric, 6) AS hhi, s.below100,
       s.med = p.med AND s.q90 = p.q90 AND s.qs = p.qs AS quantiles_equal,
       round(s.gini::numeric, 12) = round(p.gini::numeric, 12) AS gini_equal,
       round(s.top10::numeric, 12) = round(p.top10::numeric, 12)
         AND round(s.top1pct::numeric, 12) = round(p.top1pct::numeric, 12) AS top_equal,
       round(s.hhi::numeric, 9) = round(p.hhi::numeric, 9) AS hhi_equal,
       s.below100 = p.below100 AS below_equal
FROM res_ser s JOIN res_par p USING (g)
ORDER BY s.g;

-- the quantiles also equal percentile_disc on the expanded rows
SELECT hfstate.weighted_median(v, w) =
       (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY e.v)
        FROM (SELECT p2.v FROM par p2, generate_series(1, p2.w::int) WHERE p2.v IS NOT NULL) e)
       AS median_is_percentile_disc
FROM par;

DROP TABLE par;
