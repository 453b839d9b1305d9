/* sql/src/report_t03_t04_downloads.sql */

-- T3 Downloads by developer country and T4 Downloads by developer type, which share their windows:
-- all time and per creation year, direct (model_facts.country and developer_type: the model's own
-- namespace in the registry, as model_attribution has it, 20_registry.sql) and derived attribution
-- (model_facts.derived_*: the namespace of the root base model); the last 12 months and any window (window_bounds,
-- window_downloads, downloads_share); per calendar month (model_downloads_monthly, also read by T13);
-- and the paper's first-year variant (first_year_downloads, report_downloads_first_year).

CREATE VIEW hfstate_live.report_downloads_by_country AS
WITH g AS (
    SELECT country, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY country
    UNION ALL
    SELECT c, 0, 0 FROM (VALUES ('none'), ('unknown')) v(c)
), s AS (
    SELECT country, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY country
)
SELECT country, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW hfstate_live.report_downloads_by_country IS
'T3 Downloads by developer country, all time, direct attribution: all-time downloads of the models of each namespace''s country in the author registry. none = registered without a country (individuals, international groups); unknown = namespace not in the registry. Shares add up to 1.';

CREATE VIEW hfstate_live.report_downloads_by_country_year AS
SELECT created_year::integer AS year, country, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_facts
 GROUP BY created_year, country
 ORDER BY created_year NULLS FIRST, country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW hfstate_live.report_downloads_by_country_year IS
'T3 by creation year: all-time downloads of the models created each year (NULL = unknown, <= 2022), by the country of their namespace (direct attribution); shares add up to 1 within a year.';

CREATE VIEW hfstate_live.report_downloads_by_type AS
WITH g AS (
    SELECT developer_type, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY developer_type
    UNION ALL
    SELECT t, 0, 0 FROM pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.developer_type)::text[] || ARRAY['unknown']) t
), s AS (
    SELECT developer_type, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY developer_type
)
SELECT developer_type, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW hfstate_live.report_downloads_by_type IS
'T4 Downloads by developer type, all time, direct attribution: industry, academia, nonprofit, government, community, independent, and unknown (namespace not in the registry, or registered without a type). Shares add up to 1.';

CREATE VIEW hfstate_live.report_downloads_by_type_year AS
SELECT created_year::integer AS year, developer_type, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_facts
 GROUP BY created_year, developer_type
 ORDER BY created_year NULLS FIRST, developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW hfstate_live.report_downloads_by_type_year IS
'T4 by creation year: all-time downloads of the models created each year (NULL = unknown, <= 2022), by developer type of their namespace; shares add up to 1 within a year.';

------------------------------------------------------------------------------
-- Windows over the snapshot history
------------------------------------------------------------------------------

-- window_bounds: the snapshots that bound a window [from_date, to_date]
CREATE FUNCTION @extschema@.window_bounds(from_date date DEFAULT NULL, to_date date DEFAULT NULL,
                                          OUT s_from date, OUT s_to date, OUT data_window text)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE
BEGIN ATOMIC
    WITH t AS (
        SELECT max(s.snapshot) AS s_to FROM @extschema@.model_snapshots s
         WHERE s.snapshot <= coalesce(window_bounds.to_date, 'infinity'::date)
    ), w AS (
        SELECT t.s_to,
               coalesce(window_bounds.from_date,
                        (t.s_to - pg_catalog.make_interval(months => coalesce(@extschema@.setting('window_months'), '12')::integer))::date) AS wanted
          FROM t
    ), f AS (
        SELECT w.s_to, w.wanted,
               coalesce((SELECT max(s.snapshot) FROM @extschema@.model_snapshots s WHERE s.snapshot <= w.wanted),
                        (SELECT min(s.snapshot) FROM @extschema@.model_snapshots s)) AS s_from
          FROM w
    )
    SELECT f.s_from, f.s_to,
           CASE WHEN f.s_to IS NULL THEN 'no snapshots'
                ELSE 'downloads between the snapshots of ' || f.s_from || ' and ' || f.s_to
                     || CASE WHEN f.s_from > f.wanted
                             THEN ' (' || ((f.s_to - f.s_from) / 7) || ' weeks of snapshots: the data starts after '
                                  || f.wanted || ')'
                             ELSE '' END END
      FROM f;
END;
COMMENT ON FUNCTION @extschema@.window_bounds(date, date) IS
'The snapshots bounding a window: s_to = the latest snapshot on or before to_date (NULL = the latest), s_from = the latest snapshot on or before from_date (NULL = to_date minus the setting window_months, 12), or the first snapshot when the data starts later; data_window says which and how many weeks of snapshots when the data is shorter than asked.';

-- window_downloads: per model, the downloads of the steps closing in (s_from, s_to]
CREATE FUNCTION @extschema@.window_downloads(from_date date DEFAULT NULL, to_date date DEFAULT NULL,
                                             OUT repo integer, OUT downloads bigint, OUT clamped_steps bigint)
RETURNS SETOF record
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 100000
BEGIN ATOMIC
    SELECT d.repo, sum(d.downloads)::bigint, count(*) FILTER (WHERE d.clamped)
      FROM @extschema@.model_downloads d,
           @extschema@.window_bounds(window_downloads.from_date, window_downloads.to_date) b
     WHERE d.snapshot > b.s_from AND d.snapshot <= b.s_to AND d.downloads IS NOT NULL
     GROUP BY d.repo;
END;
COMMENT ON FUNCTION @extschema@.window_downloads(date, date) IS
'Downloads of each model in a window: the sum of its model_downloads steps closing after the snapshot s_from and up to s_to of window_bounds(from_date, to_date) (negative steps clamped to 0, counted in clamped_steps; baselines without a known start left out).';

-- downloads_share: downloads in a window grouped by country or developer type, direct or derived
CREATE FUNCTION @extschema@.downloads_share(dimension text DEFAULT 'country', attribution text DEFAULT 'direct',
                                            from_date date DEFAULT NULL, to_date date DEFAULT NULL)
RETURNS TABLE (grp text, models bigint, downloads bigint, share double precision, clamped_steps bigint,
               data_window text)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 50
BEGIN ATOMIC
    WITH g AS (
        SELECT CASE downloads_share.dimension
                    WHEN 'country' THEN CASE downloads_share.attribution WHEN 'derived' THEN f.derived_country ELSE f.country END
                    ELSE CASE downloads_share.attribution WHEN 'derived' THEN f.derived_developer_type ELSE f.developer_type END
               END AS grp,
               count(*) AS models, sum(w.downloads) AS downloads, sum(w.clamped_steps) AS clamped_steps
          FROM @extschema@.window_downloads(downloads_share.from_date, downloads_share.to_date) w
          JOIN @extschema@.model_facts f ON f.key = w.repo
         GROUP BY 1
        UNION ALL
        SELECT v.grp, 0, 0, 0 FROM (VALUES ('none'), ('unknown')) v(grp) WHERE downloads_share.dimension = 'country'
        UNION ALL
        SELECT v.grp, 0, 0, 0
          FROM pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.developer_type)::text[] || ARRAY['unknown']) v(grp)
         WHERE downloads_share.dimension <> 'country'
    ), s AS (
        SELECT g.grp, sum(g.models) AS models, sum(g.downloads) AS downloads, sum(g.clamped_steps) AS clamped_steps
          FROM g GROUP BY g.grp
    )
    SELECT s.grp, s.models::bigint, s.downloads::bigint,
           coalesce(s.downloads / NULLIF(sum(s.downloads) OVER (), 0), 0)::double precision,
           s.clamped_steps::bigint,
           (SELECT b.data_window FROM @extschema@.window_bounds(downloads_share.from_date, downloads_share.to_date) b)
      FROM s
     ORDER BY s.grp IN ('none', 'unknown'), s.downloads DESC, s.grp;
END;
COMMENT ON FUNCTION @extschema@.downloads_share(text, text, date, date) IS
'T3/T4 for any window: downloads between the snapshots bounding [from_date, to_date] (window_bounds; NULL from_date = the last 12 months before to_date, NULL to_date = the latest snapshot) by dimension country (ISO code, none, unknown) or developer_type (the six types, unknown), with attribution direct (the model''s own namespace) or derived (the namespace of its root base model). Models with downloads in the window; shares add up to 1; clamped_steps counts negative steps clamped to 0.';

------------------------------------------------------------------------------
-- T3 / T4 windows
------------------------------------------------------------------------------

CREATE VIEW hfstate_live.report_downloads_by_country_derived AS
WITH g AS (
    SELECT derived_country AS country, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY derived_country
    UNION ALL
    SELECT c, 0, 0 FROM (VALUES ('none'), ('unknown')) v(c)
), s AS (
    SELECT country, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY country
)
SELECT country, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW hfstate_live.report_downloads_by_country_derived IS
'T3 all time, derived attribution: all-time downloads of every model credited to the country of its root base model''s namespace (model_facts.derived_country: the primary root of lineage, setting derived_root; a model without parents is its own root). none = registered without a country, unknown = not in the registry; shares add up to 1. Run hfstate.refresh() after imports.';

CREATE VIEW hfstate_live.report_downloads_by_type_derived AS
WITH g AS (
    SELECT derived_developer_type AS developer_type, count(*) AS models,
           coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_facts GROUP BY derived_developer_type
    UNION ALL
    SELECT t, 0, 0 FROM pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.developer_type)::text[] || ARRAY['unknown']) t
), s AS (
    SELECT developer_type, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY developer_type
)
SELECT developer_type, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW hfstate_live.report_downloads_by_type_derived IS
'T4 all time, derived attribution: all-time downloads credited to the developer type of the root base model''s namespace; unknown = not registered or no type; shares add up to 1.';

CREATE VIEW hfstate_live.report_downloads_by_country_derived_year AS
SELECT created_year::integer AS year, derived_country AS country, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_facts
 GROUP BY created_year, derived_country
 ORDER BY created_year NULLS FIRST, derived_country IN ('none', 'unknown'), downloads DESC, derived_country;
COMMENT ON VIEW hfstate_live.report_downloads_by_country_derived_year IS
'T3 by creation year, derived attribution: all-time downloads of the models created each year (NULL = unknown, <= 2022) by the country of their root base model''s namespace; shares add up to 1 within a year.';

CREATE VIEW hfstate_live.report_downloads_by_type_derived_year AS
SELECT created_year::integer AS year, derived_developer_type AS developer_type, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_facts
 GROUP BY created_year, derived_developer_type
 ORDER BY created_year NULLS FIRST, derived_developer_type = 'unknown', downloads DESC, derived_developer_type;
COMMENT ON VIEW hfstate_live.report_downloads_by_type_derived_year IS
'T4 by creation year, derived attribution: all-time downloads of the models created each year by the developer type of their root base model''s namespace; shares add up to 1 within a year.';

CREATE VIEW hfstate_live.report_downloads_by_country_12m AS
SELECT a.attribution, s.grp AS country, s.models, s.downloads, s.share, s.clamped_steps, s.data_window
  FROM (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
 CROSS JOIN LATERAL @extschema@.downloads_share('country', a.attribution) s
 ORDER BY a.o, s.grp IN ('none', 'unknown'), s.downloads DESC, s.grp;
COMMENT ON VIEW hfstate_live.report_downloads_by_country_12m IS
'T3 last 12 months (setting window_months): downloads between the snapshot 12 months before the latest one (or the first snapshot when the data is shorter: data_window says so) and the latest, by country, direct and derived attribution; shares add up to 1 per attribution. For another window call hfstate.downloads_share(''country'', attribution, from_date, to_date).';

CREATE VIEW hfstate_live.report_downloads_by_type_12m AS
SELECT a.attribution, s.grp AS developer_type, s.models, s.downloads, s.share, s.clamped_steps, s.data_window
  FROM (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
 CROSS JOIN LATERAL @extschema@.downloads_share('developer_type', a.attribution) s
 ORDER BY a.o, s.grp = 'unknown', s.downloads DESC, s.grp;
COMMENT ON VIEW hfstate_live.report_downloads_by_type_12m IS
'T4 last 12 months (setting window_months): downloads between the snapshots bounding the window by developer type, direct and derived attribution; data_window states the window the snapshots allow. For another window call hfstate.downloads_share(''developer_type'', attribution, from_date, to_date).';

CREATE VIEW @extschema@.model_downloads_monthly AS
SELECT d.repo, date_trunc('month', d.snapshot)::date AS month, sum(d.downloads)::bigint AS downloads,
       count(*) FILTER (WHERE d.clamped)::bigint AS clamped_steps
  FROM @extschema@.model_downloads d
 WHERE d.downloads IS NOT NULL
 GROUP BY d.repo, date_trunc('month', d.snapshot);
COMMENT ON VIEW @extschema@.model_downloads_monthly IS
'Downloads of each model per calendar month: the steps of model_downloads whose closing snapshot falls in the month (a step between snapshots on both sides of a month boundary counts in the later month).';

-- downloads_monthly_by_attribution: what both month views group, in one pass over the steps (grouping
-- by model and month first, as model_downloads_monthly does, doubled their time at 1M models)
CREATE VIEW hfstate_live.downloads_monthly_by_attribution AS
SELECT date_trunc('month', d.snapshot)::date AS month, f.country, f.derived_country, f.developer_type,
       f.derived_developer_type, sum(d.downloads) AS downloads, count(*) FILTER (WHERE d.clamped) AS clamped_steps
  FROM @extschema@.model_downloads d
  JOIN @extschema@.model_facts f ON f.key = d.repo
 WHERE d.downloads IS NOT NULL
 GROUP BY 1, 2, 3, 4, 5;
COMMENT ON VIEW hfstate_live.downloads_monthly_by_attribution IS
'Internal, read by the T3/T4 month views: downloads of the steps of model_downloads closing in each calendar month (the sums of model_downloads_monthly) and their clamped steps, per combination of direct and derived country and developer type (model_facts).';

CREATE VIEW hfstate_live.report_downloads_by_country_month AS
WITH g AS (
    SELECT b.month, a.o, a.attribution,
           CASE a.attribution WHEN 'derived' THEN b.derived_country ELSE b.country END AS country,
           sum(b.downloads) AS downloads, sum(b.clamped_steps) AS clamped_steps
      FROM hfstate_live.downloads_monthly_by_attribution b
     CROSS JOIN (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
     GROUP BY 1, 2, 3, 4
)
SELECT month, attribution, country, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (PARTITION BY month, attribution), 0), 0)::double precision AS share,
       clamped_steps::bigint,
       (SELECT count(*) FROM @extschema@.model_snapshots s
         WHERE date_trunc('month', s.snapshot)::date = g.month)::integer AS snapshots
  FROM g
 ORDER BY month, o, country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW hfstate_live.report_downloads_by_country_month IS
'T3 per calendar month: downloads of the steps between snapshots closing in the month (model_downloads_monthly), by country, direct and derived attribution; shares add up to 1 per month and attribution; snapshots = snapshots closing steps in that month (the first and last months of the data are partial).';

CREATE VIEW hfstate_live.report_downloads_by_type_month AS
WITH g AS (
    SELECT b.month, a.o, a.attribution,
           CASE a.attribution WHEN 'derived' THEN b.derived_developer_type ELSE b.developer_type END AS developer_type,
           sum(b.downloads) AS downloads, sum(b.clamped_steps) AS clamped_steps
      FROM hfstate_live.downloads_monthly_by_attribution b
     CROSS JOIN (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
     GROUP BY 1, 2, 3, 4
)
SELECT month, attribution, developer_type, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (PARTITION BY month, attribution), 0), 0)::double precision AS share,
       clamped_steps::bigint,
       (SELECT count(*) FROM @extschema@.model_snapshots s
         WHERE date_trunc('month', s.snapshot)::date = g.month)::integer AS snapshots
  FROM g
 ORDER BY month, o, developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW hfstate_live.report_downloads_by_type_month IS
'T4 per calendar month: downloads of the steps between snapshots closing in the month, by developer type, direct and derived attribution; shares add up to 1 per month and attribution.';

-- first_year_downloads: per model created in [from_date, to_date], its downloads in its first year
CREATE FUNCTION @extschema@.first_year_downloads(from_date date DEFAULT NULL, to_date date DEFAULT NULL,
                                                 OUT repo integer, OUT downloads bigint, OUT last_snapshot date)
RETURNS SETOF record
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10000
BEGIN ATOMIC
    SELECT f.key, max(d.downloads_all_time), max(d.snapshot)
      FROM @extschema@.model_facts f
      JOIN @extschema@.model_downloads d ON d.repo = f.key
     WHERE f.created_year IS NOT NULL
       AND f.created_at >= coalesce(first_year_downloads.from_date::timestamp AT TIME ZONE 'UTC',
                                    (SELECT (max(s.snapshot) - pg_catalog.make_interval(years => 1))::timestamp AT TIME ZONE 'UTC'
                                       FROM @extschema@.model_snapshots s))
       AND f.created_at < coalesce((first_year_downloads.to_date + 1)::timestamp AT TIME ZONE 'UTC', 'infinity'::timestamptz)
       AND d.snapshot::timestamp AT TIME ZONE 'UTC' <= f.created_at + pg_catalog.make_interval(years => 1)
     GROUP BY f.key;
END;
COMMENT ON FUNCTION @extschema@.first_year_downloads(date, date) IS
'The paper''s one_year_rolling: for each model created between from_date and to_date (NULL from_date = one year before the latest snapshot; NULL to_date = no limit; the createdAt sentinel excluded), its downloads in its first year: the greatest downloadsAllTime of the snapshots within a year of its creation (the counter starts at creation). Models without a snapshot in their first year have no row; for models younger than a year the figure is their first year so far (last_snapshot says up to when).';

CREATE VIEW hfstate_live.report_downloads_first_year AS
WITH combos AS (
    -- the models' first-year downloads per combination of the four attributions, then fanned out
    SELECT f.country, f.derived_country, f.developer_type, f.derived_developer_type,
           count(*) AS models, sum(y.downloads) AS downloads
      FROM @extschema@.first_year_downloads() y
      JOIN @extschema@.model_facts f ON f.key = y.repo
     GROUP BY 1, 2, 3, 4
), g AS (
    SELECT a.o, a.attribution, dm.o AS dmo, dm.dimension,
           CASE WHEN dm.dimension = 'country' AND a.attribution = 'direct' THEN f.country
                WHEN dm.dimension = 'country' THEN f.derived_country
                WHEN a.attribution = 'direct' THEN f.developer_type
                ELSE f.derived_developer_type END AS grp,
           sum(f.models) AS models, sum(f.downloads) AS downloads
      FROM combos f
     CROSS JOIN (VALUES (1, 'direct'), (2, 'derived')) a(o, attribution)
     CROSS JOIN (VALUES (1, 'country'), (2, 'developer_type')) dm(o, dimension)
     GROUP BY 1, 2, 3, 4, 5
)
SELECT dimension, attribution, grp, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (PARTITION BY dimension, attribution), 0), 0)::double precision AS share
  FROM g
 ORDER BY dmo, o, grp IN ('none', 'unknown'), downloads DESC, grp;
COMMENT ON VIEW hfstate_live.report_downloads_first_year IS
'T3/T4 first-year variant (the paper''s one_year_rolling): models created in the year before the latest snapshot, each with its downloads in its first year (first_year_downloads()), by country and by developer type, direct and derived attribution; shares add up to 1 per dimension and attribution.';
