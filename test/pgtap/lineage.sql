-- test/pgtap/lineage.sql: catalogue contracts and errors of the lineage functions
BEGIN;
SELECT plan(17);

SELECT has_function('hfstate', 'lineage_graph', ARRAY['integer[]', 'integer[]', 'text[]'],
                    'lineage_graph(int[], int[], text[]) exists');
SELECT has_function('hfstate', 'refresh_lineage', ARRAY[]::text[], 'refresh_lineage() exists');

SELECT volatility_is('hfstate', 'lineage_graph', ARRAY['integer[]', 'integer[]', 'text[]'], 'immutable',
                     'lineage_graph is IMMUTABLE');
SELECT isnt_strict('hfstate', 'lineage_graph', ARRAY['integer[]', 'integer[]', 'text[]'],
                   'lineage_graph is not STRICT (relation may be NULL)');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc
           WHERE oid = 'hfstate.lineage_graph(integer[], integer[], text[])'::pg_catalog.regprocedure),
          's'::"char", 'lineage_graph is PARALLEL SAFE');
SELECT is((SELECT proretset AND prorows = 1000 FROM pg_catalog.pg_proc
           WHERE oid = 'hfstate.lineage_graph(integer[], integer[], text[])'::pg_catalog.regprocedure),
          true, 'lineage_graph returns a set with a ROWS 1000 estimate');

SELECT volatility_is('hfstate', 'refresh_lineage', ARRAY[]::text[], 'volatile', 'refresh_lineage is VOLATILE');
SELECT is((SELECT proparallel FROM pg_catalog.pg_proc
           WHERE oid = 'hfstate.refresh_lineage()'::pg_catalog.regprocedure),
          'u'::"char", 'refresh_lineage is PARALLEL UNSAFE');

SELECT ok(pg_catalog.obj_description('hfstate.lineage_graph(integer[], integer[], text[])'::pg_catalog.regprocedure,
                                     'pg_proc') IS NOT NULL, 'lineage_graph has a comment');
SELECT ok(pg_catalog.obj_description('hfstate.refresh_lineage()'::pg_catalog.regprocedure, 'pg_proc') IS NOT NULL,
          'refresh_lineage has a comment');

SELECT throws_ok($$SELECT * FROM hfstate.lineage_graph(ARRAY[1, 2], ARRAY[3])$$, '22023', NULL,
                 'child and parent of different lengths: 22023');
SELECT throws_ok($$SELECT * FROM hfstate.lineage_graph(ARRAY[1], ARRAY[2], ARRAY['merge', 'merge'])$$, '22023', NULL,
                 'relation of a different length: 22023');
SELECT throws_ok($$SELECT * FROM hfstate.lineage_graph(ARRAY[1], ARRAY[2], ARRAY['distill'])$$, '22023', NULL,
                 'unknown relation: 22023');
SELECT throws_ok($$SELECT * FROM hfstate.lineage_graph(ARRAY[1], ARRAY[NULL]::integer[])$$, '22004', NULL,
                 'NULL node: 22004');

SELECT is((SELECT count(*) FROM hfstate.lineage_graph(NULL, ARRAY[1])), 0::bigint,
          'NULL child array gives no rows');

-- a diamond: 10 has 3 distinct descendants, 13 has 2 parents and depth 2
SELECT results_eq(
    $$SELECT node, depth_max, n_parents, descendants
      FROM hfstate.lineage_graph(ARRAY[11, 12, 13, 13], ARRAY[10, 10, 11, 12]) ORDER BY node$$,
    $$VALUES (10, 0, 0, 3), (11, 1, 1, 1), (12, 1, 1, 1), (13, 2, 2, 0)$$,
    'diamond counts the shared descendant once');

-- a 2-cycle with a node below it terminates and marks all three
SELECT results_eq(
    $$SELECT node, depth_max, in_cycle, n_roots
      FROM hfstate.lineage_graph(ARRAY[1, 2, 3], ARRAY[2, 1, 2]) ORDER BY node$$,
    $$VALUES (1, NULL::integer, true, 0), (2, NULL, true, 0), (3, NULL, true, 0)$$,
    'cycle members and the node below have in_cycle and NULL depth');

SELECT * FROM finish();
ROLLBACK;
