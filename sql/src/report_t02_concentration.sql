/* sql/src/report_t02_concentration.sql */

-- T2 Download concentration: report_concentration, computed with the aggregates of 50_aggregates.sql
-- over model_facts (namespace, downloadsAllTime and the direct attribution of model_attribution,
-- 20_registry.sql, as refresh() stores them).

CREATE VIEW hfstate_live.report_concentration AS
WITH m AS MATERIALIZED (
    -- one scan of model_facts for all three levels (models is wide: 1.4 GB at 1M models)
    SELECT namespace AS ns, downloads_all_time
      FROM @extschema@.model_facts WHERE downloads_all_time IS NOT NULL
), d AS (
    SELECT downloads_all_time::double precision AS x FROM m
), n AS (
    SELECT count(*) AS n FROM m
), per_namespace AS (
    SELECT ns, sum(downloads_all_time) AS downloads FROM m GROUP BY ns
), authors AS (
    SELECT downloads::double precision AS x FROM per_namespace
), countries AS (
    -- model_attribution's direct country: registered namespaces with a country code
    SELECT sum(p.downloads)::double precision AS x
      FROM per_namespace p JOIN @extschema@.authors a ON a.namespace_key = p.ns
     WHERE a.country IS NOT NULL AND a.country NOT IN ('unknown', 'none')
     GROUP BY a.country
)
SELECT count(*)::bigint AS models,
       sum(x)::bigint AS downloads,
       @extschema@.top_share(x, (SELECT greatest(ceil(n * 0.0001), 1)::bigint FROM n)) AS top_0_01pct_share,
       @extschema@.top_share(x, (SELECT greatest(ceil(n * 0.001), 1)::bigint FROM n)) AS top_0_1pct_share,
       @extschema@.top_share(x, (SELECT greatest(ceil(n * 0.01), 1)::bigint FROM n)) AS top_1pct_share,
       @extschema@.top_share(x, 200) AS top_200_share,
       @extschema@.share_below(x, 200) AS share_under_200,
       @extschema@.weighted_median(x, 1) AS median_downloads,
       @extschema@.gini(x) AS gini,
       -- hhi sums floats: in a fixed order (ORDER BY x), so that the result does not depend on the
       -- plan (parallel workers) or on the tables' physical order
       @extschema@.hhi(x ORDER BY x) AS hhi_model,
       (SELECT @extschema@.hhi(x ORDER BY x) FROM authors) AS hhi_author,
       (SELECT @extschema@.hhi(x ORDER BY x) FROM countries) AS hhi_country
  FROM d;
COMMENT ON VIEW hfstate_live.report_concentration IS
'T2 Download concentration over all-time downloads per model (models with a downloadsAllTime): shares of the top 0.01%, 0.1%, 1% of models (ceil of the fraction of models, at least 1) and of the top 200; share of models with fewer than 200 downloads; median (lower median); Gini; HHI with shares in percent (0–10,000) over models, namespaces, and countries (attributed countries only). Computed with the hfstate aggregates (parallel-safe).';
