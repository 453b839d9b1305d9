/* sql/src/report_t07_architecture.sql */

-- T7 Architecture trends: report_architecture_trends (quantized, MoE and multimodal models per
-- creation year, from model_facts).

CREATE VIEW hfstate_live.report_architecture_trends AS
WITH g AS (
    SELECT created_year, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads,
           count(*) FILTER (WHERE is_quantized) AS quantized,
           coalesce(sum(downloads_all_time) FILTER (WHERE is_quantized), 0) AS quantized_dl,
           count(*) FILTER (WHERE is_moe) AS moe,
           coalesce(sum(downloads_all_time) FILTER (WHERE is_moe), 0) AS moe_dl,
           count(*) FILTER (WHERE is_multimodal) AS multimodal,
           coalesce(sum(downloads_all_time) FILTER (WHERE is_multimodal), 0) AS multimodal_dl
      FROM @extschema@.model_facts GROUP BY created_year
), s AS (
    SELECT g.*,
           quantized::double precision / NULLIF(models, 0) AS quantized_share,
           quantized_dl::double precision / NULLIF(downloads, 0) AS quantized_download_share,
           moe::double precision / NULLIF(models, 0) AS moe_share,
           moe_dl::double precision / NULLIF(downloads, 0) AS moe_download_share,
           multimodal::double precision / NULLIF(models, 0) AS multimodal_share,
           multimodal_dl::double precision / NULLIF(downloads, 0) AS multimodal_download_share
      FROM g
)
SELECT created_year::integer AS year, coalesce(created_year::text, 'unknown (<= 2022)') AS period,
       models::bigint, downloads::bigint,
       quantized::bigint AS quantized_models, quantized_share, quantized_download_share,
       moe::bigint AS moe_models, moe_share, moe_download_share,
       multimodal::bigint AS multimodal_models, multimodal_share, multimodal_download_share,
       quantized_share / NULLIF(lag(quantized_share) OVER o, 0) AS quantized_growth,
       moe_share / NULLIF(lag(moe_share) OVER o, 0) AS moe_growth,
       multimodal_share / NULLIF(lag(multimodal_share) OVER o, 0) AS multimodal_growth
  FROM s
WINDOW o AS (ORDER BY created_year NULLS FIRST)
 ORDER BY created_year NULLS FIRST;
COMMENT ON VIEW hfstate_live.report_architecture_trends IS
'T7 per creation year: models created, their all-time downloads, and the count, share of new models and share of downloads that are quantized (quantization() finds a method, or a quantized tag rule), MoE (model_sizes.is_moe or a moe tag rule) and multimodal (a multimodal tag rule: pipelines such as image-text-to-text, any-to-any, text-to-image, or the tag multimodal); growth = this year''s share of new models over the previous row''s (the unknown year first). For other periods compare two rows.';
