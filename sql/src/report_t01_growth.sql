/* sql/src/report_t01_growth.sql */

-- T1 Growth of the Hub: report_growth.
--
-- The conventions of every report view (report_t*.sql; docs in README): UTC; a repo's year is the
-- year of createdAt; the Hub's createdAt sentinel and missing dates are the year NULL, shown as
-- "unknown (<= 2022)"; "downloads, all time" is downloadsAllTime of the current row; every share
-- table has unknown rows.  Each file defines its report views as their live computation,
-- hfstate_live.report_X; report_tables.sql (last) stores them and makes the public views
-- @extschema@.report_X over the stored rows.

CREATE VIEW hfstate_live.report_growth AS
WITH repos AS (
    SELECT 'm'::"char" AS kind, created_year AS year, pg_catalog.lower(author) AS ns FROM @extschema@.models
    UNION ALL
    SELECT 'd', created_year, pg_catalog.lower(author) FROM @extschema@.datasets
    UNION ALL
    SELECT 's', created_year, pg_catalog.lower(author) FROM @extschema@.spaces
), first_year AS (
    -- a creator's first year: NULL (unknown, <= 2022) sorts before every real year
    SELECT ns, CASE WHEN bool_or(year IS NULL) THEN NULL ELSE min(year) END AS year
      FROM repos WHERE ns IS NOT NULL GROUP BY ns
), years AS (
    SELECT DISTINCT year FROM repos
), per_year AS (
    SELECT y.year,
           (SELECT count(*) FROM repos r WHERE r.kind = 'm' AND r.year IS NOT DISTINCT FROM y.year) AS new_models,
           (SELECT count(*) FROM repos r WHERE r.kind = 'd' AND r.year IS NOT DISTINCT FROM y.year) AS new_datasets,
           (SELECT count(*) FROM repos r WHERE r.kind = 's' AND r.year IS NOT DISTINCT FROM y.year) AS new_spaces,
           (SELECT count(*) FROM first_year f WHERE f.year IS NOT DISTINCT FROM y.year) AS new_creators,
           (SELECT count(DISTINCT r.ns) FROM repos r WHERE r.year IS NOT DISTINCT FROM y.year) AS active_creators
      FROM years y
), cum AS (
    SELECT p.*,
           sum(new_models) OVER w AS cumulative_models,
           sum(new_datasets) OVER w AS cumulative_datasets,
           sum(new_spaces) OVER w AS cumulative_spaces,
           sum(new_creators) OVER w AS cumulative_creators
      FROM per_year p
    WINDOW w AS (ORDER BY year NULLS FIRST ROWS UNBOUNDED PRECEDING)
)
SELECT year::integer AS year,
       coalesce(year::text, 'unknown (<= 2022)') AS period,
       new_models::bigint, new_datasets::bigint, new_spaces::bigint,
       cumulative_models::bigint, cumulative_datasets::bigint, cumulative_spaces::bigint,
       new_creators::bigint, active_creators::bigint, cumulative_creators::bigint,
       round(cumulative_models / NULLIF(lag(cumulative_models) OVER o, 0), 3)::double precision AS models_yoy,
       round(cumulative_datasets / NULLIF(lag(cumulative_datasets) OVER o, 0), 3)::double precision AS datasets_yoy,
       round(cumulative_creators / NULLIF(lag(cumulative_creators) OVER o, 0), 3)::double precision AS creators_yoy
  FROM cum
WINDOW o AS (ORDER BY year NULLS FIRST)
 ORDER BY year NULLS FIRST;
COMMENT ON VIEW hfstate_live.report_growth IS
'T1 Growth of the Hub: public models, datasets and Spaces created per year (UTC year of createdAt; the createdAt sentinel 2022-03-02T23:29:04Z and missing dates are "unknown (<= 2022)", counted before 2022), cumulative counts, and year-over-year ratios of the cumulative counts. Creators are namespaces with at least one repo (user accounts are not in the dumps): new_creators counts a namespace in the year of its first repo of any kind, active_creators in every year it created one.';
