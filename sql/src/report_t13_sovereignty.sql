/* sql/src/report_t13_sovereignty.sql */

-- T13 Sovereignty: sovereignty_monthly() and report_sovereignty, for the countries and programmes
-- of the sovereignty table (25_rules.sql).

-- sovereignty_monthly: new models and downloads per month of chosen countries and programmes
CREATE FUNCTION @extschema@.sovereignty_monthly(countries text[] DEFAULT NULL)
RETURNS TABLE (month date, country text, programme text, new_models bigint, downloads bigint, models_downloaded bigint)
LANGUAGE sql STABLE CALLED ON NULL INPUT PARALLEL SAFE ROWS 1000
BEGIN ATOMIC
    WITH s AS (
        SELECT e.country, e.namespace_key, e.programme FROM @extschema@.effective_sovereignty e
         WHERE sovereignty_monthly.countries IS NULL OR e.country = ANY (sovereignty_monthly.countries)
    ), m AS (
        SELECT f.key, f.created_month, s.country, s.programme
          FROM @extschema@.model_facts f
          JOIN s ON (s.namespace_key IS NULL AND f.country = s.country) OR s.namespace_key = f.namespace
    ), months AS (
        SELECT DISTINCT created_month AS month FROM m WHERE created_month IS NOT NULL
        UNION
        SELECT DISTINCT date_trunc('month', snapshot)::date FROM @extschema@.model_snapshots
    ), nm AS (
        SELECT country, programme, created_month AS month, count(*) AS n FROM m GROUP BY 1, 2, 3
    ), dl AS (
        SELECT m.country, m.programme, d.month, sum(d.downloads) AS downloads, count(*) AS models
          FROM m JOIN @extschema@.model_downloads_monthly d ON d.repo = m.key
         -- the join's keys again as a filter the view's grouping lets through: the months of these
         -- models only, read by index, instead of every model's months
         WHERE d.repo = ANY (ARRAY(SELECT m3.key FROM m m3))
         GROUP BY 1, 2, 3
    )
    SELECT mo.month, p.country, p.programme, coalesce(nm.n, 0)::bigint, coalesce(dl.downloads, 0)::bigint,
           coalesce(dl.models, 0)::bigint
      FROM months mo
     CROSS JOIN (SELECT DISTINCT s.country, s.programme FROM s) p
      LEFT JOIN nm ON nm.country = p.country AND nm.programme = p.programme AND nm.month = mo.month
      LEFT JOIN dl ON dl.country = p.country AND dl.programme = p.programme AND dl.month = mo.month
     WHERE mo.month >= (SELECT min(m2.created_month) FROM m m2)
     ORDER BY mo.month, p.country, p.programme;
END;
COMMENT ON FUNCTION @extschema@.sovereignty_monthly(text[]) IS
'T13 per month, for the countries and programmes of the sovereignty table (countries filters; NULL = all): models created that month, downloads of their steps between snapshots closing in that month (model_downloads_monthly) and models with such downloads. A country row counts every model attributed (direct) to that country; a programme row the models of its namespace. Months from the first such model''s creation; downloads only where snapshots exist.';

CREATE VIEW hfstate_live.report_sovereignty AS
SELECT * FROM @extschema@.sovereignty_monthly(NULL) s ORDER BY s.month, s.country, s.programme;
COMMENT ON VIEW hfstate_live.report_sovereignty IS
'T13 sovereignty per month for every country and programme of the sovereignty table (default: KR with LG AI Research, SK Telecom, Naver Cloud, NC AI, Upstage; CH with Swiss AI): new models, downloads in the month, models downloaded (sovereignty_monthly()).';
