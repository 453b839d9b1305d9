/* sql/src/report_t11_science.sql */

-- T11 Science: dataset_domains and report_science (models and datasets matching the science tag
-- rules of 25_rules.sql).

CREATE VIEW @extschema@.dataset_domains AS
SELECT DISTINCT d.key, d.created_year, d.downloads_all_time, t.category
  FROM @extschema@.datasets d
 CROSS JOIN LATERAL pg_catalog.unnest(d.tags) x(tag)
  JOIN @extschema@.effective_tag_rules t
    ON t.rule_set = 'science' AND t.match = 'tag' AND t.pattern = pg_catalog.lower(x.tag);
COMMENT ON VIEW @extschema@.dataset_domains IS
'Science domains of each dataset: the categories of the science tag rules its tags match, case-insensitively (one row per dataset and domain).';

CREATE VIEW hfstate_live.report_science AS
WITH r AS (
    SELECT 'model'::text AS kind, f.key, f.created_year, f.downloads_all_time, s.domain
      FROM @extschema@.model_facts f CROSS JOIN LATERAL pg_catalog.unnest(f.science) s(domain)
    UNION
    SELECT 'dataset', d.key, d.created_year, d.downloads_all_time, d.category FROM @extschema@.dataset_domains d
), g AS (
    SELECT kind, created_year, domain, count(*) AS repos, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM r GROUP BY kind, created_year, domain
    UNION ALL
    SELECT kind, created_year, 'any science', count(*), coalesce(sum(downloads_all_time), 0)
      FROM (SELECT DISTINCT kind, key, created_year, downloads_all_time FROM r) u
     GROUP BY kind, created_year
)
SELECT kind, created_year::integer AS year, coalesce(created_year::text, 'unknown (<= 2022)') AS period, domain,
       repos::bigint,
       sum(repos) OVER (PARTITION BY kind, domain ORDER BY created_year NULLS FIRST ROWS UNBOUNDED PRECEDING)::bigint AS cumulative,
       downloads::bigint
  FROM g
 ORDER BY kind DESC, created_year NULLS FIRST, domain = 'any science' DESC, repos DESC, domain;
COMMENT ON VIEW hfstate_live.report_science IS
'T11 science: models and datasets created per year whose tags (models also pipeline or library) match a science rule of tag_rules (biology, chemistry, medical, protein, genomics, physics, climate, materials, molecules, ...), per domain (a repo counts once in each of its domains) and any science (each repo once), with cumulative counts and all-time downloads.';
