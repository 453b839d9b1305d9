-- test/sql/aggregates.sql
-- Weighted quantiles, Gini, HHI, top shares and share_below: hand-computed
-- answers, equality with independent SQL formulations, NULL and empty input,
-- errors.
SET extra_float_digits = 0;

-- hand-computed: 1 (w 1), 2 (w 1), 3 (w 5); W = 7
CREATE TEMP TABLE hand (v float8, w float8);
INSERT INTO hand VALUES (1, 1), (2, 1), (3, 5), (NULL, 4), (9, NULL), (100, 0);
SELECT hfstate.weighted_median(v, w) AS median_3,
       hfstate.weighted_quantile(v, w, 0) AS q0_1,
       hfstate.weighted_quantile(v, w, 1.0 / 7) AS q17_1,
       hfstate.weighted_quantile(v, w, 0.25) AS q25_2,
       hfstate.weighted_quantile(v, w, 2.0 / 7) AS q27_2,
       hfstate.weighted_quantile(v, w, 1) AS q1_3,
       hfstate.weighted_quantiles(v, w, ARRAY[0.9, 0, 0.2, 0.5]) AS qs
FROM hand;

-- Gini / HHI / top shares by hand: 1, 2, 3, 4 (sum 10)
-- gini = ((-3)*1 + (-1)*2 + 1*3 + 3*4) / (4*10) = 0.25; hhi = 100+400+900+1600
SELECT hfstate.gini(x) AS gini, hfstate.hhi(x) AS hhi,
       hfstate.top_share(x, 1) AS top1, hfstate.top_share(x, 2) AS top2,
       hfstate.top_share(x, 10) AS top10,
       hfstate.top_fraction_share(x, 0.25) AS topq, hfstate.top_fraction_share(x, 0.3) AS top30,
       hfstate.share_below(x, 3) AS below3
FROM (VALUES (1::float8), (2), (NULL), (3), (4)) t(x);

-- one value holds everything: gini = (n-1)/n, hhi = 10000
SELECT hfstate.gini(x) AS gini, hfstate.hhi(x) AS hhi, hfstate.top_share(x, 1) AS top1
FROM (VALUES (0::float8), (0), (0), (7)) t(x);

-- equal values: gini 0, hhi 10000/n
SELECT hfstate.gini(x) AS gini, hfstate.hhi(x) AS hhi
FROM (VALUES (5::float8), (5), (5), (5), (5)) t(x);

-- zero rows, all-NULL rows, all-zero weight and zero sum: NULL
SELECT hfstate.weighted_median(v, w) IS NULL AS m, hfstate.weighted_quantile(v, w, 0.3) IS NULL AS q,
       hfstate.weighted_quantiles(v, w, ARRAY[0.5]) IS NULL AS qs, hfstate.gini(v) IS NULL AS g,
       hfstate.hhi(v) IS NULL AS h, hfstate.top_share(v, 3) IS NULL AS t,
       hfstate.top_fraction_share(v, 0.1) IS NULL AS tf, hfstate.share_below(v, 1) IS NULL AS sb
FROM hand WHERE false;
SELECT hfstate.weighted_median(v, w) IS NULL AS m, hfstate.gini(v) IS NULL AS g, hfstate.hhi(v) IS NULL AS h
FROM (VALUES (NULL::float8, NULL::float8), (NULL, 1)) t(v, w);
SELECT hfstate.weighted_median(v, w) IS NULL AS all_weight_zero
FROM (VALUES (1::float8, 0::float8), (2, 0)) t(v, w);
SELECT hfstate.gini(v) IS NULL AS g, hfstate.hhi(v) IS NULL AS h, hfstate.top_share(v, 1) IS NULL AS t
FROM (VALUES (0::float8), (0)) t(v);

-- grouped, with an empty group left out by GROUP BY and a group of only NULLs
SELECT g, hfstate.weighted_median(v, w) AS med, hfstate.gini(v) AS gini
FROM (VALUES (1, 1::float8, 1::float8), (1, 5, 2), (1, 9, 1), (2, NULL, 3), (3, 4, 4)) t(g, v, w)
GROUP BY g ORDER BY g;

-- deterministic pseudo-random data: 400 rows, integer weights 0..20
CREATE TEMP TABLE r AS
SELECT i, ((i * 7919) % 1009)::float8 / 10 AS v, ((i * 104729) % 21)::float8 AS w,
       (i % 4) AS g
FROM generate_series(1, 400) i;

-- weighted_quantile = percentile_disc on the expanded multiset, for several q and groups
WITH q(q) AS (VALUES (0.0::float8), (0.01), (0.1), (0.25), (1.0 / 3), (0.5), (0.77), (0.9), (0.999), (1.0)),
agg AS (
    SELECT g, q, hfstate.weighted_quantile(v, w, q) AS x
    FROM r, q GROUP BY g, q
),
ref AS (
    SELECT g, q, percentile_disc(q) WITHIN GROUP (ORDER BY v) AS x
    FROM (SELECT r.g, r.v FROM r, generate_series(1, r.w::int)) e, q
    GROUP BY g, q
)
SELECT count(*) AS compared, count(*) FILTER (WHERE agg.x = ref.x) AS equal
FROM agg JOIN ref USING (g, q);

-- weighted_quantiles (array, unsorted levels) and weighted_median agree with it
SELECT g,
       hfstate.weighted_quantiles(v, w, ARRAY[0.75, 0.25, 0.5]) =
       ARRAY[hfstate.weighted_quantile(v, w, 0.75), hfstate.weighted_quantile(v, w, 0.25),
             hfstate.weighted_quantile(v, w, 0.5)] AS quantiles_ok,
       hfstate.weighted_median(v, w) = (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY e.v)
                                        FROM (SELECT r2.v FROM r r2, generate_series(1, r2.w::int)
                                              WHERE r2.g = r.g) e) AS median_ok
FROM r GROUP BY g ORDER BY g;

-- non-integer weights by hand: 10 (0.5), 20 (0.25), 30 (0.25): median is 10, q 0.6 is 20
SELECT hfstate.weighted_median(v, w) AS m, hfstate.weighted_quantile(v, w, 0.6) AS q60
FROM (VALUES (10::float8, 0.5::float8), (20, 0.25), (30, 0.25)) t(v, w);

-- Gini, HHI and top shares against window-function formulations, 300 rows
CREATE TEMP TABLE c AS
SELECT i, (((i * 2654435761) % 9973) * (i % 7 + 1))::float8 AS x, i % 3 AS g
FROM generate_series(1, 300) i;
WITH o AS (
    SELECT g, x, row_number() OVER (PARTITION BY g ORDER BY x) AS i,
           count(*) OVER (PARTITION BY g) AS n, sum(x) OVER (PARTITION BY g) AS s
    FROM c
), ref AS (
    SELECT g, sum((2 * i - n - 1) * x) / (max(n) * max(s)) AS gini,
           10000 * sum((x / s) ^ 2) AS hhi
    FROM o GROUP BY g
)
SELECT g, round(hfstate.gini(x)::numeric, 10) = round(max(ref.gini)::numeric, 10) AS gini_ok,
       round(hfstate.gini(x)::numeric, 6) AS gini,
       round(hfstate.hhi(x)::numeric, 8) = round(max(ref.hhi)::numeric, 8) AS hhi_ok,
       round(hfstate.hhi(x)::numeric, 4) AS hhi
FROM c JOIN ref USING (g) GROUP BY g ORDER BY g;

WITH d AS (
    SELECT g, x, row_number() OVER (PARTITION BY g ORDER BY x DESC) AS rk,
           count(*) OVER (PARTITION BY g) AS n, sum(x) OVER (PARTITION BY g) AS s
    FROM c
), ref AS (
    SELECT g, sum(x) FILTER (WHERE rk <= 5) / max(s) AS top5,
           sum(x) FILTER (WHERE rk <= ceil(0.1 * n)) / max(s) AS top10pct,
           sum(x) FILTER (WHERE rk <= ceil(0.37 * n)) / max(s) AS top37pct
    FROM d GROUP BY g
)
SELECT g, round(hfstate.top_share(x, 5)::numeric, 12) = round(max(ref.top5)::numeric, 12) AS top5_ok,
       round(hfstate.top_fraction_share(x, 0.1)::numeric, 12) = round(max(ref.top10pct)::numeric, 12) AS top10pct_ok,
       round(hfstate.top_fraction_share(x, 0.37)::numeric, 12) = round(max(ref.top37pct)::numeric, 12) AS top37pct_ok,
       round(hfstate.top_share(x, 5)::numeric, 6) AS top5,
       hfstate.top_share(x, 1000) AS all_of_it
FROM c JOIN ref USING (g) GROUP BY g ORDER BY g;

SELECT g, hfstate.share_below(x, 20000) = avg((x < 20000)::int) AS share_below_ok
FROM c GROUP BY g ORDER BY g;

-- wsample text form: shortest exact floats, weight 1 omitted, exact round trip
SELECT hfstate.wsample_agg(v, w) AS state
FROM (VALUES (1::float8, 1::float8), (0.1, 3), (1e300, 0.5), ('-Infinity', 2), ('-0', 1)) t(v, w);
SELECT hfstate.wsample_agg(v, w)::text::hfstate.wsample::text = hfstate.wsample_agg(v, w)::text AS text_round_trip,
       hfstate.wsample_median(hfstate.wsample_agg(v, w)::text::hfstate.wsample) = hfstate.weighted_median(v, w) AS same_median
FROM r;
SELECT 'v1;0.25,0.5;3:2,1'::hfstate.wsample AS parsed,
       hfstate.wsample_quantiles('v1;0.25,0.5;3:2,1'::hfstate.wsample) AS stored_levels,
       hfstate.wsample_quantile('v1;;5,6,7'::hfstate.wsample, 0.5) AS explicit_level,
       hfstate.wsample_gini('v1;;1:3,4') AS gini_weighted,
       hfstate.gini(x) AS gini_expanded
FROM (VALUES (1::float8), (1), (1), (4)) t(x);
-- binary form: version 1, 1 parameter, 2 pairs, network byte order
SELECT hfstate.wsample_send('v1;0.5;3:2,1') AS wire;
-- binary round trip through send/recv (COPY BINARY), including an empty state
CREATE TEMP TABLE wb (id int, s hfstate.wsample);
INSERT INTO wb SELECT 1, hfstate.wsample_agg(v, w) FROM r;
INSERT INTO wb VALUES (2, 'v1;;'), (3, 'v1;0.1,0.9;-0,1e-300:7');
COPY wb TO '/tmp/hfstate_aggregates_wsample.bin' (FORMAT binary);
CREATE TEMP TABLE wb2 (LIKE wb);
COPY wb2 FROM '/tmp/hfstate_aggregates_wsample.bin' (FORMAT binary);
SELECT id, wb.s::text = wb2.s::text AS binary_round_trip, length(wb2.s::text) AS text_length
FROM wb JOIN wb2 USING (id) ORDER BY id;

-- window use: repeated finalisation over a growing frame
SELECT i, hfstate.weighted_median(v, w) OVER (ORDER BY i) AS running_median,
       round(hfstate.gini(v) OVER (ORDER BY i)::numeric, 6) AS running_gini
FROM (VALUES (1, 5::float8, 1::float8), (2, 1, 1), (3, 9, 3), (4, 2, 1)) t(i, v, w)
ORDER BY i;

-- errors (SQLSTATE shown through VERBOSITY)
\set VERBOSITY sqlstate
SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, -1::float8)) t(v, w);
SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, 'NaN'::float8)) t(v, w);
SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, 'Infinity'::float8)) t(v, w);
SELECT hfstate.weighted_median(v, w) FROM (VALUES ('NaN'::float8, 1::float8)) t(v, w);
SELECT hfstate.weighted_quantile(v, w, 1.5) FROM (VALUES (1::float8, 1::float8)) t(v, w);
SELECT hfstate.weighted_quantile(v, w, -0.1) FROM (VALUES (1::float8, 1::float8)) t(v, w);
SELECT hfstate.weighted_quantile(v, w, v / 10) FROM (VALUES (1::float8, 1::float8), (2, 1)) t(v, w);
SELECT hfstate.weighted_quantiles(v, w, ARRAY[0.5, NULL]) FROM (VALUES (1::float8, 1::float8)) t(v, w);
SELECT hfstate.gini(x) FROM (VALUES (1::float8), (-1)) t(x);
SELECT hfstate.hhi(x) FROM (VALUES (-1::float8)) t(x);
SELECT hfstate.top_share(x, 0) FROM (VALUES (1::float8)) t(x);
SELECT hfstate.top_share(x, 1) FROM (VALUES (-1::float8)) t(x);
SELECT hfstate.top_fraction_share(x, 0) FROM (VALUES (1::float8)) t(x);
SELECT hfstate.top_fraction_share(x, 1.5) FROM (VALUES (1::float8)) t(x);
SELECT hfstate.share_below(x, x) FROM (VALUES (1::float8), (2)) t(x);
SELECT 'x1;;'::hfstate.wsample;
SELECT 'v1;;1:abc'::hfstate.wsample;
SELECT 'v1;;1:-2'::hfstate.wsample;
SELECT 'v1;;NaN'::hfstate.wsample;
SELECT 'v1;;1,'::hfstate.wsample;
SELECT hfstate.wsample_combine('v1;0.5;1', 'v1;0.9;2');
SELECT hfstate.wsample_quantile('v1;;1');
\set VERBOSITY default
