-- The report recovers the truths the sample-Hub generator planted (tools/hubgen writes them to
-- truths.csv, loaded by tools/test.sh into public.truths).  Each check compares full sets: a
-- key missing on either side, or any differing value, fails.
BEGIN;
SELECT plan(20);

\ir mismatches.psql

-- the report views show the state as of the last refresh()
CREATE TEMP TABLE refresh_steps AS SELECT * FROM hfstate.refresh();

-- T1
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t1_new_models',
    'SELECT coalesce(year::text, ''unknown'') AS key, new_models AS value FROM hfstate.report_growth')$$, 'T1 new models per year');
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t1_new_datasets',
    'SELECT coalesce(year::text, ''unknown''), new_datasets FROM hfstate.report_growth')$$, 'T1 new datasets per year');
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t1_new_spaces',
    'SELECT coalesce(year::text, ''unknown''), new_spaces FROM hfstate.report_growth')$$, 'T1 new spaces per year');
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t1_new_creators',
    'SELECT coalesce(year::text, ''unknown''), new_creators FROM hfstate.report_growth')$$, 'T1 new creators per year');
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t1_active_creators',
    'SELECT coalesce(year::text, ''unknown''), active_creators FROM hfstate.report_growth')$$, 'T1 active creators per year');

-- T2
SELECT is((SELECT models FROM hfstate.report_concentration),
          (SELECT value FROM public.truths WHERE measure = 'models_total'), 'T2 models');
SELECT is((SELECT downloads FROM hfstate.report_concentration),
          (SELECT value FROM public.truths WHERE measure = 't2_downloads_total'), 'T2 all-time downloads');
SELECT is((SELECT round(top_200_share * downloads) FROM hfstate.report_concentration)::bigint,
          (SELECT value FROM public.truths WHERE measure = 't2_top200_downloads'), 'T2 downloads of the top 200 models');
SELECT is((SELECT round(share_under_200 * models) FROM hfstate.report_concentration)::bigint,
          (SELECT value FROM public.truths WHERE measure = 't2_models_under_200'), 'T2 models with fewer than 200 downloads');

-- T3, T4
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t3_downloads_by_country',
    'SELECT country, downloads FROM hfstate.report_downloads_by_country')$$, 'T3 downloads by country');
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t3_downloads_by_country_year',
    'SELECT coalesce(year::text, ''unknown'') || '':'' || country, downloads FROM hfstate.report_downloads_by_country_year')$$,
    'T3 downloads by country and creation year');
SELECT is((SELECT sum(share) FROM hfstate.report_downloads_by_country)::numeric(12, 9), 1::numeric(12, 9),
          'T3 shares add up to 1');
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t4_downloads_by_type',
    'SELECT developer_type, downloads FROM hfstate.report_downloads_by_type')$$, 'T4 downloads by developer type');
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t4_downloads_by_type_year',
    'SELECT coalesce(year::text, ''unknown'') || '':'' || developer_type, downloads FROM hfstate.report_downloads_by_type_year')$$,
    'T4 downloads by developer type and creation year');

-- T10
SELECT is_empty($$SELECT * FROM pg_temp.mismatches('t10_datasets_by_category',
    'SELECT coalesce(year::text, ''unknown'') || '':'' || category, datasets FROM hfstate.report_dataset_categories')$$,
    'T10 datasets per category and year');

-- lineage as imported
SELECT is((SELECT count(*) FROM hfstate.model_edges WHERE sources <> '{card}'),
          (SELECT value FROM public.truths WHERE measure = 'lineage_edges'), 'edges the Hub declares');
SELECT is((SELECT count(*) FROM hfstate.model_edges WHERE child = parent),
          (SELECT value FROM public.truths WHERE measure = 'lineage_self_loops'), 'self-loops');
SELECT is((SELECT count(DISTINCT e.parent) FROM hfstate.model_edges e JOIN hfstate.model_nodes n ON n.key = e.parent
            WHERE NOT n.present),
          (SELECT value FROM public.truths WHERE measure = 'lineage_dangling_parents'), 'dangling parents');
SELECT is((SELECT count(*) FROM hfstate.model_edges WHERE sources = '{card}'),
          (SELECT value FROM public.truths WHERE measure = 'lineage_card_only_edges'),
          'edges recovered from card base_model values the Hub left unresolved');

-- the client-side import (COPY FROM STDIN) of a snapshot already imported changes nothing
SELECT is((SELECT (rows_rejected, rows_new, rows_changed)::text FROM public.client_import), '(0,0,0)',
          'client-side re-import of the latest snapshot: no rejects, nothing new, nothing changed');

SELECT * FROM finish();
ROLLBACK;
