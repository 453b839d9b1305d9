-- Catalogue contracts: every function of the extension has the volatility, strictness and
-- parallel label listed here (a new function fails this test until it is listed), every public
-- object has a COMMENT, aggregates have combine functions and non-internal states, the library
-- reports the default version, and every older version that can be installed updates to the same
-- objects and definitions as a fresh install of the default version.
BEGIN;
-- 8 tests, and 6 for each installable version other than the default (see the end)
SELECT plan(8 + 6 * (SELECT count(*)::integer FROM pg_available_extension_versions v
                      WHERE v.name = 'hfstate'
                        AND v.version <> (SELECT e.default_version FROM pg_available_extensions e
                                           WHERE e.name = 'hfstate')));

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
    ('markdown_escape(text)', 'f', 'i', true, 's'),
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
    ('hfstate_live.refresh_report(name)', 'f', 'v', true, 'u'),
    ('hfstate_live.report_result(name)', 'f', 's', true, 'u'),
    ('refresh_sizes(integer[])', 'f', 'v', false, 'u'),
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
        FROM pg_proc p WHERE p.pronamespace IN ('hfstate'::regnamespace, 'hfstate_live'::regnamespace)$$,
    $$SELECT * FROM expected_functions$$,
    'every hfstate and hfstate_live function has its listed kind, volatility, strictness and parallel label');

SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace = 'hfstate'::regnamespace AND p.provolatile = 'i' AND p.proparallel <> 's'$$,
    'every immutable function is parallel safe (postgres_fdw ships only immutable functions)');

SELECT is_empty(
    $$SELECT p.oid::regprocedure::text FROM pg_proc p
       WHERE p.pronamespace IN ('hfstate'::regnamespace, 'hfstate_live'::regnamespace) AND obj_description(p.oid, 'pg_proc') IS NULL
         AND p.proname NOT LIKE 'wsample\_%' AND p.proname NOT LIKE 'hhi\_%' AND p.proname NOT LIKE 'share\_below\_%'$$,
    'every public function and aggregate has a COMMENT');

SELECT is_empty(
    $$SELECT c.relname::text FROM pg_class c
       WHERE c.relnamespace IN ('hfstate'::regnamespace, 'hfstate_live'::regnamespace) AND c.relkind IN ('r', 'v', 'm')
         AND obj_description(c.oid, 'pg_class') IS NULL$$,
    'every table and view (the live report views and report tables included) has a COMMENT');

SELECT is_empty(
    $$SELECT a.aggfnoid::text FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid
       WHERE p.pronamespace = 'hfstate'::regnamespace
         AND (a.aggcombinefn = 0 OR a.aggtranstype = 'internal'::regtype)$$,
    'every aggregate has a combine function and a state type that is not internal (Citus pushes them down)');

SELECT is((SELECT extversion FROM pg_extension WHERE extname = 'hfstate'),
          (SELECT default_version FROM pg_available_extensions WHERE name = 'hfstate'), 'installed at the default version');
SELECT is(hfstate.build_version(), (SELECT default_version FROM pg_available_extensions WHERE name = 'hfstate'),
          'build_version() reports the default version');

SELECT is_empty(
    $$SELECT v.version FROM pg_available_extension_versions v
       WHERE v.name = 'hfstate'
         AND v.version <> (SELECT e.default_version FROM pg_available_extensions e WHERE e.name = 'hfstate')
         AND NOT EXISTS (SELECT FROM pg_extension_update_paths('hfstate') p
                          WHERE p.source = v.version AND p.path IS NOT NULL
                            AND p.target = (SELECT e.default_version FROM pg_available_extensions e
                                             WHERE e.name = 'hfstate'))$$,
    'every installable version has an update path to the default version');

-- The update paths.  Every version other than the default that pg_available_extension_versions
-- lists is created, updated with ALTER EXTENSION hfstate UPDATE, and compared with the fresh
-- install of the default version above: its objects, function definitions and labels, aggregate
-- definitions, view definitions, columns, constraints and indexes, and comments, all by name.
-- 0.7 is the only version today, so this part runs no case: it gains one per version with the
-- first upgrade script, as long as an install script of that version (or of an older one with an
-- update path to it) is installed beside it, e.g. by `make install` in a checkout of the previous
-- release before the current one.  test/catalog/describe.psql prints the whole description.
CREATE TEMP VIEW hfstate_catalog (aspect, object, definition) AS
WITH m AS (
    SELECT d.classid, d.objid FROM pg_depend d
     WHERE d.refclassid = 'pg_extension'::regclass AND d.deptype = 'e'
       AND d.refobjid = (SELECT oid FROM pg_extension WHERE extname = 'hfstate')
)
SELECT 'object', pg_describe_object(m.classid, m.objid, 0), NULL FROM m
UNION ALL
SELECT 'function', p.oid::regprocedure::text,
       concat_ws(' ', p.prokind, p.provolatile, p.proisstrict, p.proparallel, p.prosecdef, p.proleakproof,
                 p.procost, p.prorows, p.proconfig::text, pg_get_functiondef(p.oid))
  FROM m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
 WHERE p.prokind <> 'a'
UNION ALL
SELECT 'function', p.oid::regprocedure::text,
       concat_ws(' ', p.provolatile, p.proisstrict, p.proparallel, pg_get_function_result(p.oid), a.aggkind,
                 a.aggnumdirectargs, a.aggtransfn::regprocedure, format_type(a.aggtranstype, NULL),
                 a.aggfinalfn::regprocedure, a.aggfinalextra, a.aggfinalmodify, a.aggcombinefn::regprocedure,
                 a.aggserialfn::regprocedure, a.aggdeserialfn::regprocedure, a.aggmtransfn::regprocedure,
                 a.aggminvtransfn::regprocedure, a.aggmfinalfn::regprocedure, a.aggsortop::regoperator,
                 a.agginitval, a.aggminitval)
  FROM m JOIN pg_proc p ON m.classid = 'pg_proc'::regclass AND p.oid = m.objid
  JOIN pg_aggregate a ON a.aggfnoid = p.oid
UNION ALL
SELECT 'view', c.oid::regclass::text, pg_get_viewdef(c.oid)
  FROM m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
 WHERE c.relkind IN ('v', 'm')
UNION ALL
SELECT 'relation', c.oid::regclass::text,
       concat_ws(E'\n', concat_ws(' ', c.relkind, c.relpersistence, c.reloptions),
                 (SELECT string_agg(concat_ws(' ', a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                                              a.attidentity, a.attgenerated, a.attcollation::regcollation,
                                              pg_get_expr(ad.adbin, ad.adrelid)),
                                    E'\n' ORDER BY a.attnum)
                    FROM pg_attribute a
                    LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
                   WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped),
                 (SELECT string_agg(co.conname || ' ' || pg_get_constraintdef(co.oid), E'\n' ORDER BY co.conname)
                    FROM pg_constraint co WHERE co.conrelid = c.oid),
                 (SELECT string_agg(pg_get_indexdef(i.indexrelid), E'\n' ORDER BY i.indexrelid::regclass::text)
                    FROM pg_index i WHERE i.indrelid = c.oid))
  FROM m JOIN pg_class c ON m.classid = 'pg_class'::regclass AND c.oid = m.objid
UNION ALL
SELECT 'type', t.oid::regtype::text,
       concat_ws(' ', t.typtype, t.typlen, t.typalign, t.typstorage, t.typinput::regprocedure,
                 t.typoutput::regprocedure, t.typreceive::regprocedure, t.typsend::regprocedure,
                 (SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))
  FROM m JOIN pg_type t ON m.classid = 'pg_type'::regclass AND t.oid = m.objid
UNION ALL
SELECT 'comment', pg_describe_object(ds.classoid, ds.objoid, ds.objsubid), ds.description
  FROM m JOIN pg_description ds ON ds.classoid = m.classid AND ds.objoid = m.objid;

CREATE TEMP TABLE fresh_catalog AS SELECT * FROM hfstate_catalog;

CREATE FUNCTION pg_temp.update_paths() RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    v text;
    a text;
BEGIN
    FOR v IN
        SELECT x.version FROM pg_available_extension_versions x
         WHERE x.name = 'hfstate'
           AND x.version <> (SELECT e.default_version FROM pg_available_extensions e WHERE e.name = 'hfstate')
         ORDER BY x.version
    LOOP
        DROP EXTENSION hfstate CASCADE;
        EXECUTE format('CREATE EXTENSION hfstate VERSION %L', v);
        ALTER EXTENSION hfstate UPDATE;
        RETURN NEXT is((SELECT extversion FROM pg_extension WHERE extname = 'hfstate'),
                       (SELECT default_version FROM pg_available_extensions WHERE name = 'hfstate'),
                       format('%s updates to the default version', v));
        FOREACH a IN ARRAY ARRAY['object', 'function', 'view', 'relation', 'type comment'] LOOP
            RETURN NEXT set_eq(
                format('SELECT aspect, object, definition FROM hfstate_catalog WHERE aspect = ANY (%L)',
                       string_to_array(a, ' ')),
                format('SELECT aspect, object, definition FROM fresh_catalog WHERE aspect = ANY (%L)',
                       string_to_array(a, ' ')),
                format('updated from %s: the same %s definitions as a fresh install', v, replace(a, ' ', ' and ')));
        END LOOP;
    END LOOP;
END
$$;
SELECT * FROM pg_temp.update_paths();

SELECT * FROM finish();
ROLLBACK;
