-- Catalogue contracts: every function of the extension has the volatility, strictness and
-- parallel label listed here (a new function fails this test until it is listed), every public
-- object has a COMMENT, aggregates have combine functions and non-internal states, and the
-- upgrade chain from the oldest version reaches the same objects as a fresh install.
BEGIN;
SELECT plan(8);

CREATE TEMP TABLE expected_functions (signature text, kind "char", volatility "char", strict boolean, parallel "char");
INSERT INTO expected_functions VALUES
    ('build_version()', 'f', 'i', true, 's'),
    ('config_active_params(jsonb)', 'f', 'i', true, 's'),
    ('config_params(jsonb)', 'f', 'i', true, 's'),
    ('config_total_params(jsonb)', 'f', 'i', true, 's'),
    ('downloads_share(text,text,date,date)', 'f', 's', false, 's'),
    ('first_year_downloads(date,date)', 'f', 's', false, 's'),
    ('format_compact(double precision,boolean)', 'f', 'i', false, 's'),
    ('format_number(numeric,boolean)', 'f', 'i', false, 's'),
    ('gini(double precision)', 'a', 'i', false, 's'),
    ('hhi(double precision)', 'a', 'i', false, 's'),
    ('hhi_combine(double precision[],double precision[])', 'f', 'i', false, 's'),
    ('hhi_final(double precision[])', 'f', 'i', true, 's'),
    ('hhi_trans(double precision[],double precision)', 'f', 'i', true, 's'),
    ('html_escape(text)', 'f', 'i', true, 's'),
    ('import_configs(text,boolean,boolean)', 'f', 'v', false, 'u'),
    ('import_datasets(text,date,boolean,boolean)', 'f', 'v', false, 'u'),
    ('import_file(text,text,date,boolean,boolean)', 'f', 'v', false, 'u'),
    ('import_models(text,date,boolean,boolean)', 'f', 'v', false, 'u'),
    ('import_paper_annotations(text)', 'f', 'v', true, 'u'),
    ('import_spaces(text,date,boolean,boolean)', 'f', 'v', false, 'u'),
    ('import_upload(text,text,date,boolean,boolean)', 'f', 'v', false, 'u'),
    ('is_share_column(text)', 'f', 'i', true, 's'),
    ('import_weekly_snapshots(text,text[])', 'f', 'v', true, 'u'),
    ('import_weekly_snapshots_proc(text,text[],boolean)', 'p', 'v', false, 'u'),
    ('lineage_graph(integer[],integer[],text[])', 'f', 'i', false, 's'),
    ('load_authors(text,text)', 'f', 'v', false, 'u'),
    ('markdown_cell(text)', 'f', 'i', true, 's'),
    ('merge_configs(text,boolean)', 'f', 'v', false, 'u'),
    ('merge_datasets(date,boolean)', 'f', 'v', false, 'u'),
    ('merge_models(date,boolean)', 'f', 'v', false, 'u'),
    ('merge_spaces(date,boolean)', 'f', 'v', false, 'u'),
    ('name_params(text)', 'f', 'i', true, 's'),
    ('paper_country(text)', 'f', 'i', true, 's'),
    ('paper_developer_type(text)', 'f', 'i', true, 's'),
    ('parquet_row_count(text)', 'f', 'v', true, 'r'),
    ('parquet_rows(text,text[])', 'f', 'v', false, 'r'),
    ('parquet_schema(text)', 'f', 'v', true, 'r'),
    ('quantization(text,text[],text,text[],text)', 'f', 'i', false, 's'),
    ('refresh_lineage()', 'f', 'v', true, 'u'),
    ('refresh(boolean)', 'f', 'v', false, 'u'),
    ('release_movers(integer,text[],integer)', 'f', 's', false, 's'),
    ('releases_by_namespace(text[])', 'f', 's', false, 's'),
    ('refresh_sizes()', 'f', 'v', false, 'u'),
    ('report_card_value(json,text)', 'f', 'i', false, 's'),
    ('report_cell(json,text)', 'f', 'i', false, 's'),
    ('report_column_title(text)', 'f', 'i', true, 's'),
    ('report_headline_cards(report_sections)', 'f', 's', false, 'r'),
    ('report_html(text)', 'f', 's', false, 'r'),
    ('report_markdown(text,boolean)', 'f', 's', false, 'r'),
    ('report_numeric_columns(json)', 'f', 'i', true, 's'),
    ('report_query_json(text)', 'f', 's', false, 'r'),
    ('report_section_html(report_sections)', 'f', 's', false, 'r'),
    ('resolve_card_edges()', 'f', 'v', false, 'u'),
    ('run_import(text,text,date,boolean,boolean,boolean)', 'f', 'v', false, 'u'),
    ('safetensors_params(jsonb,text)', 'f', 'i', false, 's'),
    ('setting(text)', 'f', 's', true, 's'),
    ('share_below(double precision,double precision)', 'a', 'i', false, 's'),
    ('share_below_combine(double precision[],double precision[])', 'f', 'i', false, 's'),
    ('share_below_final(double precision[])', 'f', 'i', true, 's'),
    ('share_below_trans(double precision[],double precision,double precision)', 'f', 'i', true, 's'),
    ('size_bucket(bigint)', 'f', 'i', true, 's'),
    ('size_bucket(double precision)', 'f', 'i', true, 's'),
    ('size_scale(bigint)', 'f', 'i', true, 's'),
    ('size_scale(double precision)', 'f', 'i', true, 's'),
    ('snapshot_from_path(text)', 'f', 'i', true, 's'),
    ('sovereignty_monthly(text[])', 'f', 's', false, 's'),
    ('svg_bar_chart(text[],double precision[],boolean,integer,text)', 'f', 'i', false, 's'),
    ('svg_histogram(text[],double precision[],boolean,integer,text)', 'f', 'i', false, 's'),
    ('svg_line_chart(text[],text[],double precision[],boolean,integer)', 'f', 'i', false, 's'),
    ('svg_nice_step(double precision,integer)', 'f', 'i', false, 's'),
    ('svg_palette(integer)', 'f', 'i', true, 's'),
    ('top_fraction_share(double precision,double precision)', 'a', 'i', false, 's'),
    ('top_share(double precision,bigint)', 'a', 'i', false, 's'),
    ('weighted_median(double precision,double precision)', 'a', 'i', false, 's'),
    ('weighted_quantile(double precision,double precision,double precision)', 'a', 'i', false, 's'),
    ('weighted_quantiles(double precision,double precision,double precision[])', 'a', 'i', false, 's'),
    ('window_bounds(date,date)', 'f', 's', false, 's'),
    ('window_downloads(date,date)', 'f', 's', false, 's'),
    ('wsample_add(wsample,double precision,double precision)', 'f', 'i', true, 's'),
    ('wsample_add_fraction(wsample,double precision,double precision)', 'f', 'i', true, 's'),
    ('wsample_add_quantile(wsample,double precision,double precision,double precision)', 'f', 'i', true, 's'),
    ('wsample_add_quantiles(wsample,double precision,double precision,double precision[])', 'f', 'i', true, 's'),
    ('wsample_add_top(wsample,double precision,bigint)', 'f', 'i', true, 's'),
    ('wsample_add_value(wsample,double precision)', 'f', 'i', true, 's'),
    ('wsample_agg(double precision,double precision)', 'a', 'i', false, 's'),
    ('wsample_combine(wsample,wsample)', 'f', 'i', false, 's'),
    ('wsample_gini(wsample)', 'f', 'i', true, 's'),
    ('wsample_in(cstring)', 'f', 'i', true, 's'),
    ('wsample_median(wsample)', 'f', 'i', true, 's'),
    ('wsample_out(wsample)', 'f', 'i', true, 's'),
    ('wsample_quantile(wsample)', 'f', 'i', true, 's'),
    ('wsample_quantile(wsample,double precision)', 'f', 'i', true, 's'),
    ('wsample_quantiles(wsample)', 'f', 'i', true, 's'),
    ('wsample_quantiles(wsample,double precision[])', 'f', 'i', true, 's'),
    ('wsample_recv(internal)', 'f', 'i', true, 's'),
    ('wsample_send(wsample)', 'f', 'i', true, 's'),
    ('wsample_top_fraction_share(wsample)', 'f', 'i', true, 's'),
    ('wsample_top_fraction_share(wsample,double precision)', 'f', 'i', true, 's'),
    ('wsample_top_share(wsample)', 'f', 'i', true, 's'),
    ('wsample_top_share(wsample,bigint)', 'f', 'i', true, 's'),
    ('wsample_union(wsample)', 'a', 'i', false, 's');

SELECT set_eq(
    $$SELECT replace(p.oid::regprocedure::text, 'hfstate.', ''), p.prokind, p.provolatile, p.proisstrict, p.proparallel
        FROM pg_proc p WHERE p.pronamespace = 'hfstate'::regnamespace$$,
    $$SELECT * FROM expected_functions$$,
    'every hfstate function has its listed kind, volatility, strictness and parallel label');

SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'hfstate'::regnamespace AND p.provolatile = 'i' AND p.proparallel <> 's'$$,
    'every immutable function is parallel safe (postgres_fdw ships only immutable functions)');

SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'hfstate'::regnamespace AND obj_description(p.oid, 'pg_proc') IS NULL
         AND p.proname NOT LIKE 'wsample\_%' AND p.proname NOT LIKE 'hhi\_%' AND p.proname NOT LIKE 'share\_below\_%'$$,
    'every public function and aggregate has a COMMENT');

SELECT is_empty(
    $$SELECT c.relname::text FROM pg_class c
       WHERE c.relnamespace = 'hfstate'::regnamespace AND c.relkind IN ('r', 'v', 'm')
         AND obj_description(c.oid, 'pg_class') IS NULL$$,
    'every table and view has a COMMENT');

SELECT is_empty(
    $$SELECT a.aggfnoid::text FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
       WHERE p.pronamespace = 'hfstate'::regnamespace
         AND (a.aggcombinefn = 0 OR a.aggtranstype = 'internal'::regtype)$$,
    'every aggregate has a combine function and a state type that is not internal (Citus pushes them down)');

-- the upgrade chain: oldest version, then ALTER EXTENSION UPDATE to the default
CREATE TEMP TABLE fresh_objects AS
SELECT pg_describe_object(classid, objid, objsubid) AS object
  FROM pg_depend WHERE refclassid = 'pg_extension'::regclass
   AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hfstate') AND deptype = 'e';
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'hfstate'),
          (SELECT default_version FROM pg_available_extensions WHERE name = 'hfstate'), 'installed at the default version');
DROP EXTENSION hfstate CASCADE;
CREATE EXTENSION hfstate VERSION '0.1';
ALTER EXTENSION hfstate UPDATE;
SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'hfstate'),
          (SELECT default_version FROM pg_available_extensions WHERE name = 'hfstate'), 'the update chain reaches the default version');
SELECT set_eq(
    $$SELECT pg_describe_object(classid, objid, objsubid) FROM pg_depend WHERE refclassid = 'pg_extension'::regclass
        AND refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hfstate') AND deptype = 'e'$$,
    $$SELECT object FROM fresh_objects$$,
    'an updated installation has the same objects as a fresh one');

SELECT * FROM finish();
ROLLBACK;
