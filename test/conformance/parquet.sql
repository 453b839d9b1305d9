-- Conformance of the Parquet importer on real Hub records: the hub-stats models.parquet of
-- ../shared/fixtures/hub-stats-subset (psql variable :fixtures) must give exactly the same rows,
-- edges, history and report figures as models.api.jsonl, the same 4,167 records as Hub API JSON
-- Lines.  Both are imported as the snapshot 2025-06-01 into an empty schema, one after the
-- other; every table is compared by repo id (surrogate keys differ between the two runs).
BEGIN;
SELECT plan(15);

-- report rows with every number rounded to 12 significant digits: floating-point sums and means
-- depend in their last bits on the order rows are stored in, which batch boundaries change
CREATE FUNCTION pg_temp.round12(j jsonb) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_object_agg(key, CASE WHEN jsonb_typeof(value) = 'number' AND value::text::numeric <> 0
        THEN to_jsonb(round(value::text::numeric, 11 - floor(log(abs(value::text::numeric)))::int))
        ELSE value END)
      FROM jsonb_each(j)
$$;

-- the tables of one import, keyed by repo id rather than by surrogate key
CREATE FUNCTION pg_temp.capture(p_tag text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    -- refresh(): sizes, lineage and the report tables the report views read
    PERFORM hfstate.refresh();
    EXECUTE format('CREATE TEMP TABLE %I AS SELECT to_jsonb(m) - %L AS r FROM hfstate.models m', p_tag || '_models', 'key');
    EXECUTE format('CREATE TEMP TABLE %I AS SELECT to_jsonb(n) - %L AS r FROM hfstate.model_nodes n', p_tag || '_nodes', 'key');
    EXECUTE format($f$CREATE TEMP TABLE %I AS
        SELECT c.id AS child, p.id AS parent, e.relation::text, e.relations::text, e.sources, e.inferred
          FROM hfstate.model_edges e JOIN hfstate.model_nodes c ON c.key = e.child
          JOIN hfstate.model_nodes p ON p.key = e.parent$f$, p_tag || '_edges');
    EXECUTE format($f$CREATE TEMP TABLE %I AS
        SELECT n.id, b.parent, b.relation::text, b.inferred
          FROM hfstate.model_card_bases b JOIN hfstate.model_nodes n ON n.key = b.child$f$, p_tag || '_cards');
    EXECUTE format($f$CREATE TEMP TABLE %I AS
        SELECT n.id, h.kind, h.snapshot, h.downloads_all_time, h.downloads, h.likes
          FROM hfstate.history h JOIN hfstate.model_nodes n ON n.key = h.repo$f$, p_tag || '_history');
    EXECUTE format($f$CREATE TEMP TABLE %I AS
        SELECT n.id, to_jsonb(s) - 'key' AS r
          FROM hfstate.model_sizes s JOIN hfstate.model_nodes n ON n.key = s.key$f$, p_tag || '_sizes');
    EXECUTE format($f$CREATE TEMP TABLE %I AS SELECT v, pg_temp.round12(r) AS r FROM (
        SELECT 'concentration' AS v, to_jsonb(x) AS r FROM hfstate.report_concentration x
        UNION ALL SELECT 'by_country', to_jsonb(x) FROM hfstate.report_downloads_by_country x
        UNION ALL SELECT 'by_country_year', to_jsonb(x) FROM hfstate.report_downloads_by_country_year x
        UNION ALL SELECT 'by_type', to_jsonb(x) FROM hfstate.report_downloads_by_type x
        UNION ALL SELECT 'by_type_year', to_jsonb(x) FROM hfstate.report_downloads_by_type_year x
        UNION ALL SELECT 'growth', to_jsonb(x) FROM hfstate.report_growth x
        UNION ALL SELECT 'size_buckets', to_jsonb(x) FROM hfstate.report_size_buckets x
        UNION ALL SELECT 'size_by_year', to_jsonb(x) FROM hfstate.report_size_by_year x) rows$f$, p_tag || '_report');
    TRUNCATE hfstate.models, hfstate.model_nodes, hfstate.model_edges, hfstate.model_card_bases,
             hfstate.history, hfstate.model_sizes, hfstate.lineage;
END
$$;

CREATE TEMP TABLE run_json AS
SELECT * FROM hfstate.import_models(:'fixtures' || '/hub-stats-subset/models.api.jsonl', '2025-06-01');
SELECT pg_temp.capture('j');
CREATE TEMP TABLE run_pq AS
SELECT * FROM hfstate.import_models(:'fixtures' || '/hub-stats-subset/models.parquet', '2025-06-01');
SELECT pg_temp.capture('p');

SELECT is((SELECT (rows_read, rows_imported, rows_rejected, rows_new)::text FROM run_pq), '(4167,4167,0,4167)',
          'models.parquet: 4,167 rows read, imported and new, 0 rejected');
SELECT is((SELECT (rows_new, rows_changed, edges)::text FROM run_pq),
          (SELECT (rows_new, rows_changed, edges)::text FROM run_json), 'the run reports the same counts as the JSON run');
SELECT is((SELECT count(*) FROM p_models), 4167::bigint, '4,167 models');
SELECT set_eq('SELECT r FROM p_models', 'SELECT r FROM j_models', 'models: every column of every row equal');
SELECT set_eq('SELECT r FROM p_nodes', 'SELECT r FROM j_nodes', 'model_nodes equal (present and dangling)');
SELECT is((SELECT count(*) FROM p_edges), (SELECT count(*) FROM j_edges), 'as many edges');
SELECT set_eq('SELECT * FROM p_edges', 'SELECT * FROM j_edges', 'edges equal: relation, relations, sources, inferred');
SELECT set_eq('SELECT * FROM p_cards', 'SELECT * FROM j_cards', 'unresolved card base models equal');
SELECT set_eq('SELECT * FROM p_history', 'SELECT * FROM j_history', 'history equal');
SELECT set_eq('SELECT * FROM p_sizes', 'SELECT * FROM j_sizes', 'model sizes equal');
SELECT set_eq('SELECT * FROM p_report', 'SELECT * FROM j_report', 'report views equal (to 12 significant digits)');
SELECT cmp_ok((SELECT count(*) FROM p_report), '>', 10::bigint, 'the report views are not empty');
SELECT is((SELECT count(*) FROM p_models WHERE r ->> 'card' IS NOT NULL),
          (SELECT count(*) FROM j_models WHERE r ->> 'card' IS NOT NULL), 'as many cards (cardData strings embedded)');
SELECT is((SELECT count(*) FROM p_models WHERE r -> 'gguf' IS NOT NULL AND r ->> 'gguf' <> 'null'), 57::bigint,
          '57 gguf objects, as the fixture''s README says');

-- importing the Parquet file again as the same snapshot changes nothing
CREATE TEMP TABLE run_again AS
SELECT * FROM hfstate.import_models(:'fixtures' || '/hub-stats-subset/models.parquet', '2025-06-01');
CREATE TEMP TABLE run_again2 AS
SELECT * FROM hfstate.import_models(:'fixtures' || '/hub-stats-subset/models.parquet', '2025-06-01');
SELECT is((SELECT (rows_imported, rows_new, rows_changed)::text FROM run_again2), '(4167,0,0)',
          'imported twice: nothing new, nothing changed');

SELECT * FROM finish();
ROLLBACK;
