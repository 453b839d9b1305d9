-- Conformance of the analytics core on the real hub-stats sample (psql variable :fixtures):
-- resolved size and its source for every model, MoE and quantized repos found, and lineage over
-- the imported edges (6 self-loops, a merge chain 75 deep, deterministic).
BEGIN;
SELECT plan(9);

SELECT is((SELECT rows_imported FROM hfstate.import_models(:'fixtures' || '/hub-stats-subset/models.api.jsonl', '2025-06-01')),
          4167::bigint, 'fixture imported');
SELECT is(hfstate.refresh_sizes(), 4167::bigint, 'refresh_sizes resolves every model');
SELECT diag('size source: ' || coalesce(total_source, 'unknown') || ' ' || count(*))
  FROM hfstate.model_sizes GROUP BY total_source ORDER BY count(*) DESC;
SELECT is_empty($$SELECT key FROM hfstate.model_sizes WHERE total IS NOT NULL AND total_source IS NULL$$,
                'every resolved size names its source');
SELECT cmp_ok((SELECT count(*) FROM hfstate.model_sizes WHERE total IS NOT NULL), '>=', 4000::bigint,
              'at least 4,000 of the 4,167 models have a size');
SELECT cmp_ok((SELECT count(*) FROM hfstate.model_sizes WHERE is_moe), '>=', 70::bigint,
              'MoE models found (the fixture README counts 84 MoE models)');
SELECT cmp_ok((SELECT count(*) FROM hfstate.model_sizes WHERE quant_method IS NOT NULL), '>=', 100::bigint,
              'quantized repos found');
SELECT diag('quantized: ' || quant_method || ' ' || count(*))
  FROM hfstate.model_sizes WHERE quant_method IS NOT NULL GROUP BY quant_method ORDER BY count(*) DESC;

CREATE TEMP TABLE lin1 AS SELECT * FROM hfstate.refresh_lineage();
SELECT is((SELECT self_loops FROM lin1), 6::bigint, 'lineage drops the 6 self-loops');
SELECT is((SELECT max(depth_max) FROM hfstate.lineage), 75, 'the deepest merge chain is 75 deep');
CREATE TEMP TABLE first_run AS SELECT * FROM hfstate.lineage;
CREATE TEMP TABLE lin2 AS SELECT * FROM hfstate.refresh_lineage();
SELECT set_eq($$SELECT * FROM hfstate.lineage$$, $$SELECT * FROM first_run$$, 'a second refresh gives the same lineage');

SELECT * FROM finish();
ROLLBACK;
