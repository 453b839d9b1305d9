/* sql/src/report_t09_lineage_depth.sql */

-- T9 Lineage depth: report_lineage_depth, report_lineage_roots and report_lineage_summary (from
-- lineage); the largest families are T8's views.

CREATE VIEW hfstate_live.report_lineage_depth AS
WITH g AS (
    SELECT 'depth_max'::text AS measure, depth_max AS depth, count(*) AS models
      FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key AND n.present GROUP BY depth_max
    UNION ALL
    SELECT 'depth_min', depth_min, count(*)
      FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key AND n.present GROUP BY depth_min
)
SELECT measure, depth, coalesce(depth::text, 'in or below a cycle') AS label, models::bigint,
       (models::double precision / sum(models) OVER (PARTITION BY measure)) AS share,
       measure = 'depth_' || coalesce(@extschema@.setting('depth_measure'), 'max') AS headline
  FROM g
 ORDER BY measure, depth NULLS LAST;
COMMENT ON VIEW hfstate_live.report_lineage_depth IS
'T9 depth distribution over imported models: depth_max = longest chain of parents up to a root, depth_min = shortest (a root has 0; NULL = in or below a cycle); headline marks the measure chosen by the setting depth_measure.';

CREATE VIEW hfstate_live.report_lineage_roots AS
SELECT l.n_roots, count(*)::bigint AS models,
       (count(*)::double precision / sum(count(*)) OVER ()) AS share
  FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key AND n.present
 WHERE l.n_parents > 0
 GROUP BY l.n_roots
 ORDER BY l.n_roots;
COMMENT ON VIEW hfstate_live.report_lineage_roots IS
'T9 roots per model: imported models with at least one parent by the number of distinct roots they reach (0 = only cycles above them; 2 or more: a merge across families).';

CREATE VIEW hfstate_live.report_lineage_summary AS
SELECT (SELECT count(*) FROM @extschema@.model_nodes WHERE present)::bigint AS models,
       (SELECT count(*) FROM @extschema@.model_nodes WHERE NOT present)::bigint AS dangling_nodes,
       (SELECT count(*) FROM @extschema@.model_edges WHERE child <> parent)::bigint AS edges,
       (SELECT count(*) FROM @extschema@.model_edges WHERE child = parent)::bigint AS self_loops,
       (SELECT count(*) FROM @extschema@.lineage l JOIN @extschema@.model_nodes n ON n.key = l.key
         WHERE n.present AND l.n_parents > 0)::bigint AS derivatives,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.n_parents = 0 AND l.children > 0)::bigint AS base_roots,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.in_cycle)::bigint AS in_or_below_cycle,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.dangling_parents > 0)::bigint AS with_dangling_parents,
       (SELECT count(*) FROM @extschema@.lineage l WHERE l.n_roots > 1)::bigint AS multi_root,
       (SELECT max(depth_max) FROM @extschema@.lineage)::integer AS max_depth,
       (SELECT @extschema@.weighted_median(depth_max, 1) FROM @extschema@.lineage l
          JOIN @extschema@.model_nodes n ON n.key = l.key WHERE n.present AND l.n_parents > 0)::integer AS median_depth_of_derivatives;
COMMENT ON VIEW hfstate_live.report_lineage_summary IS
'T9 summary: imported models, dangling parent nodes (named, not imported), edges without self-loops, self-loops, derivatives (imported models with a parent), roots with children, nodes in or below a cycle, nodes with dangling parents, nodes reaching several roots, the greatest depth and the lower median depth_max of derivatives. Largest families: report_families and report_base_models.';
