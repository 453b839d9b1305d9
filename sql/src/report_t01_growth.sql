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
    -- models through model_facts (created_year, namespace = lower(author)): models is wide
    SELECT 'm'::"char" AS kind, created_year AS year, namespace AS ns FROM @extschema@.model_facts
    UNION ALL
    SELECT 'd', created_year, pg_catalog.lower(author) FROM @extschema@.datasets
    UNION ALL
    SELECT 's', created_year, pg_catalog.lower(author) FROM @extschema@.spaces
), year_ns AS (
    -- one pass over every repo: its counts per (year, namespace); the year NULL is a group of its own
    SELECT year, ns,
           count(*) FILTER (WHERE kind = 'm') AS models,
           count(*) FILTER (WHERE kind = 'd') AS datasets,
           count(*) FILTER (WHERE kind = 's') AS spaces
      FROM repos GROUP BY year, ns
), first_year AS (
    -- a creator's first year: NULL (unknown, <= 2022) sorts before every real year
    SELECT ns, CASE WHEN bool_or(year IS NULL) THEN NULL ELSE min(year) END AS year
      FROM year_ns WHERE ns IS NOT NULL GROUP BY ns
), new_creators AS (
    SELECT year, count(*) AS new_creators FROM first_year GROUP BY year
), per_year AS (
    SELECT p.*, coalesce(c.new_creators, 0) AS new_creators
      FROM (SELECT year,
                   sum(models)::bigint AS new_models, sum(datasets)::bigint AS new_datasets,
                   sum(spaces)::bigint AS new_spaces, count(ns) AS active_creators
              FROM year_ns GROUP BY year) p
      LEFT JOIN new_creators c ON c.year IS NOT DISTINCT FROM p.year
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
