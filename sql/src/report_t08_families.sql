/* sql/src/report_t08_families.sql */

-- T8 Derivative families: report_family_namespaces, report_families, report_base_models and
-- report_family_monthly_share (from model_root_namespaces, model_facts and lineage).

CREATE VIEW hfstate_live.report_family_namespaces AS
WITH m AS (
    SELECT r.root_namespace, r.family, coalesce(f.relation, fr.relation) AS relation
      FROM @extschema@.model_root_namespaces r
      LEFT JOIN @extschema@.model_facts f ON f.key = r.key
      LEFT JOIN LATERAL (SELECT max(e.relation) AS relation FROM @extschema@.model_edges e
                          WHERE f.key IS NULL AND e.child = r.key AND e.parent <> e.child) fr ON true
)
SELECT root_namespace, family,
       count(*)::bigint AS descendants,
       count(*) FILTER (WHERE relation = 'finetune')::bigint AS finetune,
       count(*) FILTER (WHERE relation = 'adapter')::bigint AS adapter,
       count(*) FILTER (WHERE relation = 'quantized')::bigint AS quantized,
       count(*) FILTER (WHERE relation = 'merge')::bigint AS merge
  FROM m
 GROUP BY root_namespace, family
 ORDER BY descendants DESC, root_namespace;
COMMENT ON VIEW hfstate_live.report_family_namespaces IS
'T8 per root namespace: distinct models with at least one parent that reach a root of that (lower-cased) namespace by walking their parents (model_root_namespaces), split by each model''s own relation (the greatest over its parent edges: finetune < adapter < quantized < merge). A merge of two models of one namespace counts once; a cross-namespace merge once in each.';

CREATE VIEW hfstate_live.report_families AS
WITH d AS (
    SELECT DISTINCT r.key, r.family FROM @extschema@.model_root_namespaces r
), m AS (
    SELECT d.family, coalesce(f.relation, fr.relation) AS relation
      FROM d
      LEFT JOIN @extschema@.model_facts f ON f.key = d.key
      LEFT JOIN LATERAL (SELECT max(e.relation) AS relation FROM @extschema@.model_edges e
                          WHERE f.key IS NULL AND e.child = d.key AND e.parent <> e.child) fr ON true
), c AS (
    SELECT coalesce(fm.family, nn.ns) AS family, count(*) AS roots, sum(l.children) AS direct_children
      FROM @extschema@.lineage l
      JOIN LATERAL (SELECT pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) ELSE n.id END) AS ns
                      FROM @extschema@.model_nodes n WHERE n.key = l.key) nn ON true
      LEFT JOIN @extschema@.effective_families fm ON fm.namespace_key = nn.ns
     WHERE l.n_parents = 0 AND l.children > 0
     GROUP BY 1
)
SELECT m.family, coalesce(max(c.roots), 0)::bigint AS base_models,
       coalesce(max(c.direct_children), 0)::bigint AS direct_children,
       count(*)::bigint AS descendants,
       count(*) FILTER (WHERE m.relation = 'finetune')::bigint AS finetune,
       count(*) FILTER (WHERE m.relation = 'adapter')::bigint AS adapter,
       count(*) FILTER (WHERE m.relation = 'quantized')::bigint AS quantized,
       count(*) FILTER (WHERE m.relation = 'merge')::bigint AS merge
  FROM m LEFT JOIN c ON c.family = m.family
 GROUP BY m.family
 ORDER BY descendants DESC, m.family;
COMMENT ON VIEW hfstate_live.report_families IS
'T8 per family (families table: namespaces of root models mapped to a family name, else the root''s namespace): base_models = roots of the family with children, direct_children = their children, descendants = distinct models reaching a root of the family (a model reaching two roots of one family counts once; a cross-family merge counts in each family), split by each model''s own relation.';

CREATE VIEW hfstate_live.report_base_models AS
SELECT n.id, l.key, coalesce(f.family, pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) ELSE n.id END)) AS family,
       n.present, l.n_parents, l.children::bigint, l.descendants::bigint,
       l.desc_finetune::bigint AS finetune, l.desc_adapter::bigint AS adapter,
       l.desc_quantized::bigint AS quantized, l.desc_merge::bigint AS merge
  FROM @extschema@.lineage l
  JOIN @extschema@.model_nodes n ON n.key = l.key
  LEFT JOIN @extschema@.model_facts mf ON mf.key = l.key
  LEFT JOIN @extschema@.effective_families f
         ON f.namespace_key = pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1) ELSE n.id END)
 WHERE l.children > 0
 ORDER BY l.descendants DESC, l.children DESC, n.id;
COMMENT ON VIEW hfstate_live.report_base_models IS
'T8 per base model (every model node with children, present or dangling): family of its namespace, direct children, distinct transitive descendants (a diamond counts once) split by each descendant''s own relation (lineage).';

CREATE VIEW hfstate_live.report_family_monthly_share AS
WITH d AS (
    SELECT f.created_month AS month, f.family FROM @extschema@.model_facts f
     WHERE f.n_parents > 0 AND f.created_month IS NOT NULL
), top AS (
    SELECT family FROM d GROUP BY family
     ORDER BY count(*) DESC, family
     LIMIT coalesce(@extschema@.setting('family_top_n'), '10')::integer
), g AS (
    SELECT d.month, CASE WHEN t.family IS NULL THEN 'other' ELSE d.family END AS family, count(*) AS derivatives
      FROM d LEFT JOIN top t ON t.family = d.family
     GROUP BY 1, 2
)
SELECT month, family, derivatives::bigint,
       (derivatives::double precision / sum(derivatives) OVER (PARTITION BY month)) AS share
  FROM g
 ORDER BY month, family = 'other', derivatives DESC, family;
COMMENT ON VIEW hfstate_live.report_family_monthly_share IS
'T8 share of each month''s new derivatives (models created that month with at least one parent) by family of their derived root (model_facts.family: the primary root; so shares add up to 1 per month); families beyond the setting family_top_n (10) by all-time derivatives are other.';
