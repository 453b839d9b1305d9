-- The whole report on the generated sample: refresh() then the views recover the truths the sample-Hub
-- generator planted (truths.csv, loaded by tools/test.sh into public.truths).  Each check compares full
-- sets (a key missing on either side, or any differing value, fails).  A measure that this generator
-- version does not plant yet is skipped with a message naming it; once planted, it is compared in full.
BEGIN;
SELECT plan(10);

\ir mismatches.psql

-- compare a planted measure in full, or skip when this generator does not plant it
-- whether a report view has rows
CREATE FUNCTION pg_temp.nonempty(p_view text) RETURNS boolean
LANGUAGE plpgsql AS $$
DECLARE
    r boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM hfstate.%I)', p_view) INTO r;
    RETURN r;
END
$$;

CREATE FUNCTION pg_temp.check_measure(p_measure text, p_actual text, p_description text) RETURNS SETOF text
LANGUAGE plpgsql AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM public.truths WHERE measure = p_measure) THEN
        RETURN QUERY SELECT skip('measure ' || p_measure || ' is not in truths.csv (older generator)', 1);
    ELSE
        RETURN QUERY SELECT is_empty(format('SELECT * FROM pg_temp.mismatches(%L, %L)', p_measure, p_actual),
                                     p_description);
    END IF;
END
$$;

SELECT ok((SELECT count(*) FROM hfstate.refresh()) >= 8, 'refresh() runs every step');

-- T8: per root namespace and relation
SELECT * FROM pg_temp.check_measure('t8_family_descendants',
    $$SELECT root_namespace || ':' || r.relation, r.n
        FROM hfstate.report_family_namespaces f
       CROSS JOIN LATERAL (VALUES ('finetune', f.finetune), ('adapter', f.adapter), ('quantized', f.quantized),
                                  ('merge', f.merge)) r(relation, n)
       WHERE r.n > 0$$,
    'T8 distinct descendants per root namespace and relation');

-- T14: lower median lifespan per release year
SELECT * FROM pg_temp.check_measure('t14_lifespan_median_weeks',
    'SELECT year::text, median_weeks FROM hfstate.report_attention_lifespan',
    'T14 median attention lifespan (weeks) per release year');

-- T6: download-weighted median and mean of the unquantized safetensors totals per creation year
SELECT * FROM pg_temp.check_measure('t6_weighted_median_total',
    'SELECT coalesce(year::text, ''unknown''), weighted_median_total FROM hfstate.report_size_by_year_unquantized',
    'T6 download-weighted median size per year');
SELECT * FROM pg_temp.check_measure('t6_weighted_mean_total',
    'SELECT coalesce(year::text, ''unknown''), weighted_mean_total FROM hfstate.report_size_by_year_unquantized',
    'T6 download-weighted mean size per year (floor)');

-- T3/T4 per-year shares: the view's share equals the planted downloads over the planted year total
SELECT is_empty($$
    SELECT coalesce(v.year::text, 'unknown') || ':' || v.country || ' ' || v.share || ' vs ' || t.share
      FROM hfstate.report_downloads_by_country_year v
      FULL JOIN (SELECT key, value::float8 / NULLIF(sum(value) OVER (PARTITION BY split_part(key, ':', 1)), 0) AS share
                   FROM public.truths WHERE measure = 't3_downloads_by_country_year') t
        ON t.key = coalesce(v.year::text, 'unknown') || ':' || v.country
     WHERE abs(coalesce(v.share, 0) - coalesce(t.share, 0)) > 1e-12$$,
    'T3 download shares by country within each creation year');
SELECT is_empty($$
    SELECT coalesce(v.year::text, 'unknown') || ':' || v.developer_type || ' ' || v.share || ' vs ' || t.share
      FROM hfstate.report_downloads_by_type_year v
      FULL JOIN (SELECT key, value::float8 / NULLIF(sum(value) OVER (PARTITION BY split_part(key, ':', 1)), 0) AS share
                   FROM public.truths WHERE measure = 't4_downloads_by_type_year') t
        ON t.key = coalesce(v.year::text, 'unknown') || ':' || v.developer_type
     WHERE abs(coalesce(v.share, 0) - coalesce(t.share, 0)) > 1e-12$$,
    'T4 download shares by developer type within each creation year');

-- T2: the top-200 share
SELECT cmp_ok(abs((SELECT top_200_share FROM hfstate.report_concentration)
                  - (SELECT a.value::float8 / b.value FROM public.truths a, public.truths b
                      WHERE a.measure = 't2_top200_downloads' AND b.measure = 't2_downloads_total')), '<', 1e-12::float8,
              'T2 share of the top 200 models');

-- T10: robotics growth factor, cumulative datasets (the unknown year, <= 2022, included) at the end of 2025
-- over the end of 2024
SELECT cmp_ok(abs((SELECT sum(datasets) FILTER (WHERE year IS NULL OR year <= 2025)::float8
                          / sum(datasets) FILTER (WHERE year IS NULL OR year <= 2024)
                     FROM hfstate.report_dataset_categories WHERE category = 'robotics')
                  - (SELECT sum(value) FILTER (WHERE key = 'unknown:robotics' OR key <= '2025:robotics')::float8
                            / sum(value) FILTER (WHERE key = 'unknown:robotics' OR key <= '2024:robotics')
                       FROM public.truths WHERE measure = 't10_datasets_by_category' AND key LIKE '%:robotics')),
              '<', 1e-12::float8, 'T10 robotics growth factor 2025/2024 (cumulative datasets)');

-- every new view answers on the sample
SELECT is_empty($$
    SELECT c.relname FROM pg_class c
     WHERE c.relnamespace = 'hfstate'::regnamespace AND c.relkind = 'v' AND c.relname LIKE 'report\_%'
       AND NOT pg_temp.nonempty(c.relname)$$,
    'every report view has rows on the sample');

SELECT * FROM finish();
ROLLBACK;
