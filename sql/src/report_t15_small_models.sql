/* sql/src/report_t15_small_models.sql */

-- T15 Small models drive adoption: report_small_models and report_small_models_summary.

CREATE VIEW hfstate_live.report_small_models AS
WITH t AS (
    SELECT bucket, downloads_all_time AS d,
           row_number() OVER (PARTITION BY bucket ORDER BY downloads_all_time DESC NULLS LAST, key) AS rk
      FROM @extschema@.model_facts
     WHERE pipeline_tag = 'text-generation'
), g AS (
    SELECT bucket, count(*) AS models, coalesce(sum(d), 0) AS downloads,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY d) FILTER (WHERE rk <= 10 AND d IS NOT NULL) AS top10_median
      FROM t GROUP BY bucket
)
SELECT bucket, coalesce(bucket::text, 'unknown') AS label, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads,
       top10_median
  FROM g
 ORDER BY bucket NULLS LAST;
COMMENT ON VIEW hfstate_live.report_small_models IS
'T15 among text-generation models (pipeline_tag): models and all-time downloads per size bucket of the resolved total (unknown = no size), share of downloads, and the median (percentile_cont, the mean of the 5th and 6th) of the all-time downloads of the 10 most downloaded models of the bucket.';

CREATE VIEW hfstate_live.report_small_models_summary AS
WITH s AS (
    -- report_small_models computed once (a CTE read several times is materialised)
    SELECT bucket, downloads, share_downloads, top10_median FROM hfstate_live.report_small_models
)
SELECT (SELECT sum(downloads) FROM s)::bigint AS downloads,
       (SELECT downloads FROM s WHERE bucket = '1–9B')::bigint AS downloads_1_9b,
       (SELECT share_downloads FROM s WHERE bucket = '1–9B') AS share_1_9b,
       (SELECT top10_median FROM s WHERE bucket = '1–9B') AS top10_median_1_9b,
       (SELECT top10_median FROM s WHERE bucket = '100B+') AS top10_median_100b_plus,
       (SELECT top10_median FROM s WHERE bucket = '1–9B')
         / NULLIF((SELECT top10_median FROM s WHERE bucket = '100B+'), 0) AS top10_median_ratio;
COMMENT ON VIEW hfstate_live.report_small_models_summary IS
'T15 headline: all-time downloads of text-generation models, those of 1–9B models and their share, and the median downloads of the top 10 models of the 1–9B and 100B+ buckets with their ratio (1–9B over 100B+).';
