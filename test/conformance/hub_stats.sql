-- Conformance on real Hub records (../shared/fixtures/hub-stats-subset, read from there through
-- the psql variable :fixtures): counts the fixture's README states, idempotence, and rejects with
-- correct line numbers in a copy with broken lines.
BEGIN;
SELECT plan(13);

CREATE TEMP TABLE run1 AS
SELECT * FROM hfstate.import_models(:'fixtures' || '/hub-stats-subset/models.api.jsonl', '2025-06-01');
SELECT is((SELECT (rows_read, rows_imported, rows_rejected)::text FROM run1), '(4167,4167,0)',
          'models.api.jsonl: 4,167 read, 4,167 imported, 0 rejected');
SELECT is((SELECT count(*) FROM hfstate.models), 4167::bigint, '4,167 models');

SELECT is((SELECT count(*) FROM hfstate.model_edges WHERE 'base_models' = ANY (sources)), 5201::bigint,
          '5,201 parent edges from baseModels');
SELECT is((SELECT count(DISTINCT child) FROM hfstate.model_edges WHERE 'base_models' = ANY (sources)), 2586::bigint,
          'from the 2,586 models whose baseModels is set');
SELECT is((SELECT count(*) FROM hfstate.model_edges e JOIN hfstate.model_nodes n ON n.key = e.parent
            WHERE 'base_models' = ANY (e.sources) AND NOT n.present), 1456::bigint,
          '1,456 of them to parents outside the sample, kept as dangling nodes');
SELECT is((SELECT count(*) FROM hfstate.model_edges WHERE child = parent), 6::bigint, '6 self-loops');
SELECT is((SELECT count(*) FROM hfstate.model_edges WHERE sources = '{card}'), 92::bigint,
          '92 extra edges recovered from card base_model values the Hub left unresolved');

CREATE TEMP TABLE counts1 AS
SELECT (SELECT count(*) FROM hfstate.models) AS models, (SELECT count(*) FROM hfstate.model_edges) AS edges,
       (SELECT count(*) FROM hfstate.model_nodes) AS nodes, (SELECT count(*) FROM hfstate.history) AS history;
CREATE TEMP TABLE run2 AS
SELECT * FROM hfstate.import_models(:'fixtures' || '/hub-stats-subset/models.api.jsonl', '2025-06-01');
SELECT is((SELECT (rows_imported, rows_rejected, rows_new, rows_changed)::text FROM run2), '(4167,0,0,0)',
          'imported twice: nothing new, nothing changed');
SELECT is((SELECT (models, edges, nodes, history)::text FROM counts1),
          (SELECT ((SELECT count(*) FROM hfstate.models), (SELECT count(*) FROM hfstate.model_edges),
                   (SELECT count(*) FROM hfstate.model_nodes), (SELECT count(*) FROM hfstate.history))::text),
          'imported twice: the same models, edges, nodes and history');

-- a copy of the first 60 lines with lines 10 and 25 cut short and line 40 given a numeric id
CREATE TEMP TABLE fx AS
SELECT n, l FROM regexp_split_to_table(pg_read_file(:'fixtures' || '/hub-stats-subset/models.api.jsonl'), E'\n')
                 WITH ORDINALITY AS t(l, n)
 WHERE n <= 60;
UPDATE fx SET l = left(l, 100) WHERE n IN (10, 25);
UPDATE fx SET l = '{"id": 40, "downloads": 1}' WHERE n = 40;
COPY (SELECT l FROM fx ORDER BY n) TO '/tmp/hfstate_conformance_broken_2025-06-08.jsonl'
     (FORMAT csv, QUOTE e'\x01', DELIMITER e'\x02');
CREATE TEMP TABLE run3 AS SELECT * FROM hfstate.import_models('/tmp/hfstate_conformance_broken_2025-06-08.jsonl');
SELECT is((SELECT (rows_read, rows_imported, rows_rejected)::text FROM run3), '(60,57,3)',
          'broken copy: 60 read, 57 imported, 3 rejected');
SELECT results_eq($$SELECT line, sqlstate FROM hfstate.import_rejects r JOIN run3 USING (run_id) ORDER BY line$$,
                  $$VALUES (10::bigint, '22P02'), (25, '22P02'), (40, '42804')$$,
                  'rejects carry the right line numbers and SQLSTATEs');
SELECT is((SELECT count(*) FROM hfstate.history h JOIN run3 ON h.snapshot = run3.snapshot), 57::bigint,
          'the 57 valid lines were imported as the new snapshot');
SELECT is((SELECT count(*) FROM hfstate.import_rejects r JOIN run3 USING (run_id) WHERE raw IS NOT NULL), 3::bigint,
          'each reject keeps the start of its raw text');

SELECT * FROM finish();
ROLLBACK;
