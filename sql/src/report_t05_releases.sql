/* sql/src/report_t05_releases.sql */

-- T5 Organisation release activity: releases_by_namespace() and report_releases_by_namespace,
-- release_movers() and report_release_movers.

-- releases_by_namespace: models created per namespace and year, optionally for some countries
CREATE FUNCTION @extschema@.releases_by_namespace(countries text[] DEFAULT NULL)
RETURNS TABLE (namespace text, country text, developer_type text, year integer, releases bigint,
               previous_year bigint, yoy_multiple double precision)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 10000
BEGIN ATOMIC
    WITH r AS (
        SELECT f.namespace, f.country, f.developer_type, f.created_year::integer AS year, count(*) AS releases
          FROM @extschema@.model_facts f
         WHERE f.created_year IS NOT NULL AND f.namespace IS NOT NULL
           AND (releases_by_namespace.countries IS NULL OR f.country = ANY (releases_by_namespace.countries))
         GROUP BY 1, 2, 3, 4
    ), y AS (
        SELECT DISTINCT r.namespace, r.country, r.developer_type, yy.year
          FROM r CROSS JOIN LATERAL (VALUES (r.year), (r.year + 1)) yy(year)
         WHERE yy.year <= (SELECT max(year) FROM r)
    )
    SELECT y.namespace, y.country, y.developer_type, y.year, coalesce(c.releases, 0)::bigint,
           coalesce(p.releases, 0)::bigint,
           (coalesce(c.releases, 0)::double precision / NULLIF(p.releases, 0))
      FROM y
      LEFT JOIN r c ON c.namespace = y.namespace AND c.year = y.year
      LEFT JOIN r p ON p.namespace = y.namespace AND p.year = y.year - 1
     ORDER BY y.namespace, y.year;
END;
COMMENT ON FUNCTION @extschema@.releases_by_namespace(text[]) IS
'T5: models created per namespace (lower case) and calendar year of createdAt (sentinel excluded), with the previous year''s count and the year-over-year multiple (NULL when the previous year had none); a year after a namespace''s last release year shows 0 releases. countries (ISO codes, none, unknown; NULL = all) filters on the namespace''s registered country.';

CREATE VIEW hfstate_live.report_releases_by_namespace AS
SELECT * FROM @extschema@.releases_by_namespace(NULL) r
 ORDER BY r.year, r.releases DESC, r.namespace;
COMMENT ON VIEW hfstate_live.report_releases_by_namespace IS
'T5 release activity: models created per namespace and year, previous year, year-over-year multiple (releases_by_namespace() with every country).';

-- release_movers: the namespaces whose releases grew most from one year to the next
CREATE FUNCTION @extschema@.release_movers(year integer DEFAULT NULL, countries text[] DEFAULT NULL, top integer DEFAULT 20)
RETURNS TABLE (rank bigint, namespace text, country text, developer_type text, year integer, releases bigint,
               previous_year bigint, change bigint, yoy_multiple double precision)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 20
BEGIN ATOMIC
    WITH y AS (
        SELECT coalesce(release_movers.year,
                        (SELECT extract(year FROM max(s.snapshot))::integer - 1 FROM @extschema@.model_snapshots s),
                        (SELECT max(f.created_year)::integer FROM @extschema@.model_facts f)) AS year
    ), r AS (
        SELECT r.*, r.releases - r.previous_year AS change
          FROM @extschema@.releases_by_namespace(release_movers.countries) r, y
         WHERE r.year = y.year
    ), k AS (
        SELECT row_number() OVER (ORDER BY r.change DESC, r.releases DESC, r.namespace) AS rank, r.*
          FROM r
    )
    SELECT k.rank, k.namespace, k.country, k.developer_type, k.year, k.releases, k.previous_year, k.change::bigint,
           k.yoy_multiple
      FROM k WHERE k.rank <= coalesce(release_movers.top, 20)
     ORDER BY k.rank;
END;
COMMENT ON FUNCTION @extschema@.release_movers(integer, text[], integer) IS
'T5 biggest movers: the top namespaces by increase in models created in year over the year before (ties: more releases, then name); year NULL = the last full year before the latest snapshot; countries filters as in releases_by_namespace.';

CREATE VIEW hfstate_live.report_release_movers AS
SELECT * FROM @extschema@.release_movers() m ORDER BY m.rank;
COMMENT ON VIEW hfstate_live.report_release_movers IS
'T5 biggest movers of the last full year before the latest snapshot: the 20 namespaces whose model releases grew most over the previous year (release_movers()).';
