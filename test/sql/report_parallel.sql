--
-- report_parallel: the heaviest report views get parallel plans (Gather over Parallel Seq Scan,
-- Partial Aggregate) when the planner may use them: no function on their path is parallel-unsafe.
-- The plans are those of the live views (hfstate_live.report_*), the computations refresh() runs to
-- fill the report tables that the public views read.
-- The derived tables are filled with 20,000 synthetic models and 4 snapshots; the cost GUCs make
-- parallel plans as cheap as serial ones (no force_parallel_mode).
--
SET client_min_messages = warning;
BEGIN;
TRUNCATE hfstate.model_facts, hfstate.model_downloads, hfstate.model_snapshots;
INSERT INTO hfstate.model_facts (key, id, namespace, created_at, created_year, created_month, downloads_all_time,
        pipeline_tag, country, developer_type, root_key, root_namespace, derived_country, derived_developer_type,
        family, relation, n_parents, total, effective, bucket, is_quantized, is_moe, is_multimodal, science, hardware)
SELECT i, 'ns' || (i % 500) || '/m' || i, 'ns' || (i % 500),
       timestamptz '2023-01-01' + (i % 1000) * interval '1 day',
       extract(year FROM timestamptz '2023-01-01' + (i % 1000) * interval '1 day'),
       date_trunc('month', timestamptz '2023-01-01' + (i % 1000) * interval '1 day')::date,
       (i * 7919) % 100003, CASE WHEN i % 3 = 0 THEN 'text-generation' END,
       (ARRAY['US', 'CN', 'FR', 'none', 'unknown'])[1 + i % 5], (ARRAY['industry', 'academia', 'unknown'])[1 + i % 3],
       i - i % 7, 'ns' || ((i - i % 7) % 500), (ARRAY['US', 'CN', 'FR', 'none', 'unknown'])[1 + (i / 7) % 5],
       (ARRAY['industry', 'academia', 'unknown'])[1 + (i / 7) % 3], 'ns' || ((i - i % 7) % 500),
       CASE WHEN i % 7 <> 0 THEN 'finetune'::hfstate.relation END, (i % 7 <> 0)::integer,
       (i % 97) * 1000000000::bigint, (i % 97) * 500000000::bigint, hfstate.size_bucket((i % 97) * 1000000000::bigint),
       i % 5 = 0, i % 11 = 0, i % 13 = 0,
       CASE WHEN i % 17 = 0 THEN '{biology}'::text[] ELSE '{}' END, CASE WHEN i % 19 = 0 THEN '{apple}'::text[] ELSE '{}' END
  FROM generate_series(1, 20000) i;
INSERT INTO hfstate.model_snapshots VALUES ('2025-06-02', 1, 20000), ('2025-06-09', 2, 20000), ('2025-06-16', 3, 20000),
                                           ('2025-06-23', 4, 20000);
INSERT INTO hfstate.model_downloads (repo, snapshot, prev_snapshot, downloads_all_time, downloads, clamped)
SELECT i, s.snapshot, NULLIF(s.snapshot - 7, '2025-05-26'), i * s.no, CASE WHEN s.no > 1 THEN i END, false
  FROM generate_series(1, 20000) i CROSS JOIN hfstate.model_snapshots s;
ANALYZE hfstate.model_facts;
ANALYZE hfstate.model_downloads;
ANALYZE hfstate.model_snapshots;

SET parallel_setup_cost = 0;
SET parallel_tuple_cost = 0;
SET min_parallel_table_scan_size = 0;
SET max_parallel_workers_per_gather = 2;

-- T3 derived, all time: Partial HashAggregate under Gather Merge
EXPLAIN (COSTS OFF) SELECT * FROM hfstate_live.report_downloads_by_country_derived;
-- T7: the same shape per creation year
EXPLAIN (COSTS OFF) SELECT * FROM hfstate_live.report_architecture_trends;

-- every heavy view has a Gather in its plan
CREATE FUNCTION pg_temp.has_gather(view text) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
    line text;
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) SELECT * FROM hfstate_live.' || quote_ident(view) LOOP
        IF line LIKE '%Gather%' THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN false;
END
$$;
SELECT v AS view, pg_temp.has_gather(v) AS parallel
  FROM unnest(ARRAY['report_downloads_by_country_derived', 'report_downloads_by_type_derived',
                    'report_downloads_by_country_derived_year', 'report_downloads_by_type_derived_year',
                    'report_downloads_by_country_12m', 'report_downloads_by_type_12m',
                    'report_downloads_by_country_month', 'report_downloads_by_type_month',
                    'report_downloads_first_year', 'report_architecture_trends', 'report_size_scale',
                    'report_small_models', 'report_attention_lifespan', 'report_family_monthly_share',
                    'report_releases_by_namespace', 'report_hardware']) v;
ROLLBACK;
