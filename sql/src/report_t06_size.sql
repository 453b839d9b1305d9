/* sql/src/report_t06_size.sql */

-- T6 Model size: report_size_buckets and report_size_by_year over the resolved sizes (model_sizes),
-- report_size_scale, and report_size_by_year_unquantized over the safetensors totals.

CREATE VIEW hfstate_live.report_size_buckets AS
WITH b AS (
    -- model_facts holds each model's bucket of model_sizes (NULL without a size): one narrow scan
    SELECT f.bucket, f.downloads_all_time FROM @extschema@.model_facts f
), g AS (
    SELECT bucket, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads FROM b GROUP BY bucket
)
SELECT bucket, coalesce(bucket::text, 'unknown') AS label, models::bigint, downloads::bigint,
       coalesce(models::numeric / NULLIF(sum(models) OVER (), 0), 0)::double precision AS share_models,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads
  FROM g
 ORDER BY bucket NULLS LAST;
COMMENT ON VIEW hfstate_live.report_size_buckets IS
'T6 Model size: models and all-time downloads per size bucket of the resolved total (model_sizes: safetensors, gguf, config.json, name; quantized repos take their base model''s size); unknown = no size known. Run hfstate.refresh() after imports.';

CREATE VIEW hfstate_live.report_size_by_year AS
SELECT f.created_year::integer AS year,
       coalesce(f.created_year::text, 'unknown (<= 2022)') AS period,
       count(*)::bigint AS models_with_size,
       sum(f.downloads_all_time)::bigint AS downloads,
       -- exact numeric sums: the same result whatever the plan (parallel workers) or the row order
       (sum(f.total::numeric * f.downloads_all_time) / NULLIF(sum(f.downloads_all_time), 0))::double precision AS mean_total,
       @extschema@.weighted_median(f.total::float8, f.downloads_all_time::float8) AS median_total,
       (sum(f.effective::numeric * f.downloads_all_time) / NULLIF(sum(f.downloads_all_time), 0))::double precision AS mean_effective,
       @extschema@.weighted_median(f.effective::float8, f.downloads_all_time::float8) AS median_effective
  FROM @extschema@.model_facts f   -- total and effective of model_sizes, as refresh() stores them
 WHERE f.total IS NOT NULL
 GROUP BY f.created_year
 ORDER BY f.created_year NULLS FIRST;
COMMENT ON VIEW hfstate_live.report_size_by_year IS
'T6 per year: download-weighted mean and median of total and effective (MoE active) parameters of the models created that year with a known size, each all-time download being one observation (weighted_median).';

CREATE VIEW hfstate_live.report_size_scale AS
WITH g AS (
    SELECT @extschema@.size_scale(total) AS scale, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY 1
)
SELECT scale, coalesce(scale::text, 'unknown') AS label, models::bigint, downloads::bigint,
       coalesce(models::numeric / NULLIF(sum(models) OVER (), 0), 0)::double precision AS share_models,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads
  FROM g
 ORDER BY scale NULLS LAST;
COMMENT ON VIEW hfstate_live.report_size_scale IS
'T6 fine scale: models and all-time downloads per size_scale step (<100M, 100M–1B, 1–3B, ..., 1T+) of the resolved total (model_sizes); unknown = no size.';

CREATE VIEW hfstate_live.report_size_by_year_unquantized AS
SELECT m.created_year::integer AS year,
       coalesce(m.created_year::text, 'unknown (<= 2022)') AS period,
       count(*)::bigint AS models,
       sum(m.downloads_all_time)::bigint AS downloads,
       floor(sum(m.safetensors_total::numeric * m.downloads_all_time) / sum(m.downloads_all_time))::bigint AS weighted_mean_total,
       @extschema@.weighted_median(m.safetensors_total::float8, m.downloads_all_time::float8)::bigint AS weighted_median_total
  FROM @extschema@.models m
 WHERE pg_catalog.jsonb_typeof(m.safetensors) = 'object' AND pg_catalog.jsonb_typeof(m.gguf) IS DISTINCT FROM 'object'
   AND m.safetensors_total IS NOT NULL
   AND NOT coalesce(m.config ? 'quantization_config', false)
   AND m.base_relation IS DISTINCT FROM 'quantized'
   AND m.downloads_all_time > 0
 GROUP BY m.created_year
 ORDER BY m.created_year NULLS FIRST;
COMMENT ON VIEW hfstate_live.report_size_by_year_unquantized IS
'T6 per creation year over unquantized safetensors models (a safetensors object, no gguf object, no config.quantization_config, base relation not quantized, downloadsAllTime > 0): size = safetensors total, weight = downloadsAllTime; weighted_mean_total = floor(sum(size × weight) / sum(weight)) in exact numeric arithmetic; weighted_median_total = the smallest size whose cumulative weight reaches half the total weight (weighted_median).';
