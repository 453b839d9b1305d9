/* sql/src/report_t12_hardware.sql */

-- T12 Hardware: report_hardware (models built for non-NVIDIA targets, by the hardware tag rules of
-- 25_rules.sql).

CREATE VIEW hfstate_live.report_hardware AS
WITH r AS (
    SELECT f.key, f.created_year, f.downloads_all_time, h.target
      FROM @extschema@.model_facts f CROSS JOIN LATERAL pg_catalog.unnest(f.hardware) h(target)
), g AS (
    SELECT created_year, target, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM r GROUP BY created_year, target
    UNION ALL
    SELECT created_year, 'any non-NVIDIA', count(*), coalesce(sum(downloads_all_time), 0)
      FROM @extschema@.model_facts WHERE hardware <> '{}' GROUP BY created_year
)
SELECT created_year::integer AS year, coalesce(created_year::text, 'unknown (<= 2022)') AS period, target,
       models::bigint, downloads::bigint,
       sum(models) OVER (PARTITION BY target ORDER BY created_year NULLS FIRST ROWS UNBOUNDED PRECEDING)::bigint AS cumulative
  FROM g
 ORDER BY created_year NULLS FIRST, target = 'any non-NVIDIA' DESC, models DESC, target;
COMMENT ON VIEW hfstate_live.report_hardware IS
'T12 hardware: models created per year tagged or built for non-NVIDIA targets by the hardware rules of tag_rules (amd: rocm; huawei: ascend, npu, mindspore; intel: openvino, gaudi; apple: mlx, coreml; google: tpu; ...), per target and any non-NVIDIA (each model once), with all-time downloads and cumulative counts.';
