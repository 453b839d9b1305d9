-- test/pgtap/aggregates.sql
-- Catalogue contracts of the distribution aggregates and their errors.
BEGIN;
SELECT plan(42);

-- every C function of the family: IMMUTABLE, PARALLEL SAFE; strict except the combine functions
SELECT is(
    (SELECT string_agg(p.oid::regprocedure::text, ', ' ORDER BY p.oid::regprocedure::text)
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'hfstate' AND p.prokind = 'f' AND p.prolang = (SELECT oid FROM pg_language WHERE lanname = 'c')
       AND (p.proname LIKE 'wsample%' OR p.proname LIKE 'hhi%' OR p.proname LIKE 'share_below%')
       AND (p.provolatile <> 'i' OR p.proparallel <> 's')),
    NULL, 'all wsample/hhi/share_below functions are IMMUTABLE PARALLEL SAFE');
SELECT is(
    (SELECT string_agg(p.proname, ', ' ORDER BY p.proname)
     FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'hfstate' AND p.prokind = 'f'
       AND (p.proname LIKE 'wsample%' OR p.proname LIKE 'hhi%' OR p.proname LIKE 'share_below%')
       AND NOT p.proisstrict),
    'hhi_combine, share_below_combine, wsample_combine', 'only the combine functions are not STRICT');
SELECT is(
    (SELECT count(*)::int FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'hfstate' AND p.prokind = 'f'
       AND (p.proname LIKE 'wsample%' OR p.proname LIKE 'hhi%' OR p.proname LIKE 'share_below%')
       AND obj_description(p.oid, 'pg_proc') IS NULL),
    0, 'every function has a comment');
SELECT isnt(obj_description('hfstate.wsample'::regtype, 'pg_type'), NULL, 'wsample has a comment');

-- per function labels through pgTAP helpers
SELECT volatility_is('hfstate', 'wsample_add', ARRAY['hfstate.wsample', 'double precision', 'double precision'], 'immutable', 'wsample_add immutable');
SELECT is_strict('hfstate', 'wsample_add', ARRAY['hfstate.wsample', 'double precision', 'double precision'], 'wsample_add strict');
SELECT isnt_strict('hfstate', 'wsample_combine', ARRAY['hfstate.wsample', 'hfstate.wsample'], 'wsample_combine not strict');
SELECT volatility_is('hfstate', 'wsample_quantile', ARRAY['hfstate.wsample', 'double precision'], 'immutable', 'wsample_quantile immutable');

-- aggregates: combine function set, state type not internal, parallel safe, comment
SELECT is(
    (SELECT string_agg(p.proname || '/' || a.aggtranstype::regtype::text
                       || '/' || (a.aggcombinefn <> 0)::text || '/' || p.proparallel::text
                       || '/' || (obj_description(p.oid, 'pg_proc') IS NOT NULL)::text,
                       ', ' ORDER BY p.proname)
     FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
     JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'hfstate'
       AND p.proname IN ('weighted_quantile', 'weighted_quantiles', 'weighted_median', 'gini', 'hhi',
                         'top_share', 'top_fraction_share', 'share_below', 'wsample_agg', 'wsample_union')),
    'gini/hfstate.wsample/true/s/true, hhi/double precision[]/true/s/true, '
    'share_below/double precision[]/true/s/true, top_fraction_share/hfstate.wsample/true/s/true, '
    'top_share/hfstate.wsample/true/s/true, weighted_median/hfstate.wsample/true/s/true, '
    'weighted_quantile/hfstate.wsample/true/s/true, weighted_quantiles/hfstate.wsample/true/s/true, '
    'wsample_agg/hfstate.wsample/true/s/true, wsample_union/hfstate.wsample/true/s/true',
    'aggregates: state type, combine function, parallel safe, comment');
SELECT is(
    (SELECT count(*)::int FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
     JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'hfstate' AND (a.aggtranstype = 'internal'::regtype OR a.agginitval IS NULL)),
    0, 'no hfstate aggregate has an internal state or a NULL INITCOND');
SELECT is(
    (SELECT string_agg(DISTINCT a.aggfinalmodify::text, ',') FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
     JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'hfstate' AND a.aggtranstype = 'hfstate.wsample'::regtype AND a.aggfinalfn <> 0),
    'r', 'wsample final functions are READ_ONLY');
SELECT is_aggregate('hfstate', 'weighted_median', ARRAY['double precision', 'double precision'], 'weighted_median is an aggregate');
SELECT is_aggregate('hfstate', 'gini', ARRAY['double precision'], 'gini is an aggregate');
SELECT is_aggregate('hfstate', 'hhi', ARRAY['double precision'], 'hhi is an aggregate');

-- results
SELECT is((SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, 1::float8), (2, 1), (3, 5)) t(v, w)),
          3::float8, 'weighted median by hand');
SELECT is((SELECT hfstate.weighted_quantile(v, w, 0.25) FROM (VALUES (1::float8, 1::float8), (2, 1), (3, 5)) t(v, w)),
          2::float8, 'weighted quantile 0.25 by hand');
SELECT is((SELECT hfstate.gini(x) FROM (VALUES (1::float8), (2), (3), (4)) t(x)), 0.25::float8, 'gini by hand');
SELECT is((SELECT hfstate.hhi(x) FROM (VALUES (1::float8), (2), (3), (4)) t(x)), 3000::float8, 'hhi by hand');
SELECT is((SELECT hfstate.top_share(x, 2) FROM (VALUES (1::float8), (2), (3), (4)) t(x)), 0.7::float8, 'top_share by hand');
SELECT is((SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, 1::float8)) t(v, w) WHERE false),
          NULL, 'zero rows give NULL');
SELECT results_eq(
    $$SELECT g, hfstate.weighted_median(v, w) FROM (VALUES (1, 1::float8, 1::float8), (1, 5, 2), (2, 4, 4)) t(g, v, w) GROUP BY g ORDER BY g$$,
    $$VALUES (1, 5::float8), (2, 4::float8)$$, 'grouped weighted_median');
SELECT is('v1;0.5;3:2,1'::hfstate.wsample::text, 'v1;0.5;3:2,1', 'text form round-trips');

-- errors
SELECT throws_ok($$SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, -1::float8)) t(v, w)$$, '22023', NULL, 'negative weight');
SELECT throws_ok($$SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, 'NaN'::float8)) t(v, w)$$, '22023', NULL, 'NaN weight');
SELECT throws_ok($$SELECT hfstate.weighted_median(v, w) FROM (VALUES (1::float8, 'Infinity'::float8)) t(v, w)$$, '22023', NULL, 'infinite weight');
SELECT throws_ok($$SELECT hfstate.weighted_median(v, w) FROM (VALUES ('NaN'::float8, 1::float8)) t(v, w)$$, '22023', NULL, 'NaN value');
SELECT throws_ok($$SELECT hfstate.weighted_quantile(1, 1, 1.5)$$, '22023', NULL, 'q above 1');
SELECT throws_ok($$SELECT hfstate.weighted_quantile(1, 1, -0.5)$$, '22023', NULL, 'q below 0');
SELECT throws_ok($$SELECT hfstate.weighted_quantile(v, 1, v / 10) FROM (VALUES (1::float8), (2)) t(v)$$, '22023', NULL, 'q not constant');
SELECT throws_ok($$SELECT hfstate.weighted_quantiles(1, 1, ARRAY[0.5, NULL])$$, '22023', NULL, 'NULL level');
SELECT throws_ok($$SELECT hfstate.gini(-1)$$, '22023', NULL, 'gini negative');
SELECT throws_ok($$SELECT hfstate.hhi(-1)$$, '22023', NULL, 'hhi negative');
SELECT throws_ok($$SELECT hfstate.top_share(1, 0)$$, '22023', NULL, 'top_share k 0');
SELECT throws_ok($$SELECT hfstate.top_share(-1, 1)$$, '22023', NULL, 'top_share negative');
SELECT throws_ok($$SELECT hfstate.top_fraction_share(1, 0)$$, '22023', NULL, 'fraction 0');
SELECT throws_ok($$SELECT hfstate.top_fraction_share(1, 1.01)$$, '22023', NULL, 'fraction above 1');
SELECT throws_ok($$SELECT hfstate.share_below(x, x) FROM (VALUES (1::float8), (2)) t(x)$$, '22023', NULL, 'threshold not constant');
SELECT throws_ok($$SELECT 'x1;;'::hfstate.wsample$$, '22P02', NULL, 'bad version prefix');
SELECT throws_ok($$SELECT 'v1;;1:abc'::hfstate.wsample$$, '22P02', NULL, 'bad float');
SELECT throws_ok($$SELECT 'v1;;1:-2'::hfstate.wsample$$, '22023', NULL, 'negative weight in text');
SELECT throws_ok($$SELECT hfstate.wsample_combine('v1;0.5;1', 'v1;0.9;2')$$, '22023', NULL, 'combine different levels');
SELECT throws_ok($$SELECT hfstate.wsample_quantile('v1;;1')$$, '22023', NULL, 'no stored level');

SELECT * FROM finish();
ROLLBACK;
