-- tools/bench/aggregates.sql
-- Benchmark of hfstate.weighted_median against two baselines, in one run:
--   (a) built-in percentile_cont(0.5) over the values (unweighted; the cost of a sort),
--   (b) the SQL formulation of the weighted median with a running sum(w) OVER (ORDER BY v).
-- 3,000,000 rows: value = a parameter-count-like float (log-uniform 1e6 .. 1e12),
-- weight = heavy-tailed integer downloads (Pareto-like, alpha about 1.1, capped at 1e9).
-- Run: psql -X -f tools/bench/aggregates.sql (needs the hfstate extension; parallelism off
-- so that all three run on one core).  Prints milliseconds and ratios measured in this run.
\set ON_ERROR_STOP 1
SET max_parallel_workers_per_gather = 0;
SET work_mem = '1GB';
SET jit = off;

CREATE TEMP TABLE bench_agg AS
SELECT pg_catalog.round(pg_catalog.power(10, 6 + 6 * r1))::float8 AS v,
	   LEAST(pg_catalog.floor(1 / pg_catalog.power(1 - r2, 1 / 1.1)), 1e9)::float8 AS w
FROM (SELECT pg_catalog.random() AS r1, pg_catalog.random() AS r2
	  FROM pg_catalog.generate_series(1, 3000000)) s;
VACUUM ANALYZE bench_agg;

CREATE OR REPLACE FUNCTION pg_temp.bench_ms(q text, reps int DEFAULT 3)
RETURNS float8 LANGUAGE plpgsql AS $$
DECLARE
	t0 timestamptz;
	best float8 := 'Infinity';
	r float8;
	i int;
BEGIN
	FOR i IN 1..reps LOOP
		t0 := pg_catalog.clock_timestamp();
		EXECUTE q INTO r;
		best := LEAST(best, 1000 * extract(epoch FROM pg_catalog.clock_timestamp() - t0));
	END LOOP;
	RETURN best;
END $$;

CREATE TEMP TABLE bench_res AS
SELECT pg_temp.bench_ms('SELECT hfstate.weighted_median(v, w) FROM bench_agg') AS weighted_median_ms,
	   pg_temp.bench_ms('SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY v) FROM bench_agg') AS percentile_cont_ms,
	   pg_temp.bench_ms($q$
		SELECT min(v) FROM (
			SELECT v, sum(w) OVER (ORDER BY v ROWS UNBOUNDED PRECEDING) AS cw,
				   sum(w) OVER () AS tw
			FROM bench_agg) s
		WHERE cw >= 0.5 * tw$q$, 1) AS window_sql_ms;

-- same answer from the aggregate and the window formulation
SELECT (SELECT hfstate.weighted_median(v, w) FROM bench_agg) AS weighted_median,
	   (SELECT min(v) FROM (
			SELECT v, sum(w) OVER (ORDER BY v ROWS UNBOUNDED PRECEDING) AS cw,
				   sum(w) OVER () AS tw
			FROM bench_agg) s
		WHERE cw >= 0.5 * tw) AS window_sql;

SELECT pg_catalog.round(weighted_median_ms::numeric, 1) AS weighted_median_ms,
	   pg_catalog.round(percentile_cont_ms::numeric, 1) AS percentile_cont_ms,
	   pg_catalog.round(window_sql_ms::numeric, 1) AS window_sql_ms,
	   pg_catalog.round((weighted_median_ms / percentile_cont_ms)::numeric, 2) AS ratio_vs_percentile_cont,
	   pg_catalog.round((weighted_median_ms / window_sql_ms)::numeric, 2) AS ratio_vs_window_sql
FROM bench_res;
