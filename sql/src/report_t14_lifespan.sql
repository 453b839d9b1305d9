/* sql/src/report_t14_lifespan.sql */

-- T14 Attention lifespan: model_lifespans and report_attention_lifespan.

CREATE VIEW @extschema@.model_lifespans AS
WITH first_snap AS (
    SELECT min(snapshot) AS snapshot FROM @extschema@.model_snapshots
), w AS (
    SELECT d.repo, s.no, f.created_year,
           CASE WHEN d.prev_snapshot IS NULL THEN coalesce(d.downloads_all_time, 0)
                ELSE coalesce(d.downloads, 0) END AS w
      FROM @extschema@.model_downloads d
      JOIN @extschema@.model_snapshots s ON s.snapshot = d.snapshot
      JOIN @extschema@.model_facts f ON f.key = d.repo
     WHERE f.created_at > (SELECT snapshot FROM first_snap)::timestamp AT TIME ZONE 'UTC'
), pk AS (
    SELECT w.*, max(w.w) OVER r AS peak, min(w.no) OVER r AS j
      FROM w WINDOW r AS (PARTITION BY w.repo)
), pp AS (
    SELECT pk.*, min(CASE WHEN pk.w = pk.peak THEN pk.no END) OVER (PARTITION BY pk.repo) AS p
      FROM pk WHERE pk.peak > 0
), e AS (
    SELECT pp.repo, pp.created_year, pp.j, pp.peak, pp.p,
           min(pp.no) FILTER (WHERE pp.no > pp.p AND pp.w < pp.peak * t.threshold) AS end_no
      FROM pp CROSS JOIN (SELECT coalesce(@extschema@.setting('lifespan_threshold'), '0.1')::numeric AS threshold) t
     GROUP BY pp.repo, pp.created_year, pp.j, pp.peak, pp.p
)
SELECT e.repo AS key, e.created_year::integer AS year, e.j AS first_snapshot_no, e.peak, e.p AS peak_snapshot_no,
       e.end_no AS end_snapshot_no, (e.end_no - e.j) AS weeks
  FROM e;
COMMENT ON VIEW @extschema@.model_lifespans IS
'T14 per model created after the first snapshot (its release is observed): weekly downloads w_k = downloadsAllTime_k minus its value at the model''s previous snapshot, clamped at 0 (the first snapshot holding it: all its downloads), k = snapshot number; peak = the greatest w, peak_snapshot_no its first snapshot; end = the first snapshot after the peak with w below lifespan_threshold (0.1) × peak, in exact numeric arithmetic; weeks = end − the first snapshot holding the model (snapshot steps, weekly in Hub crawls). weeks NULL = censored (not yet below the threshold); models whose peak is 0 are left out.';

CREATE VIEW hfstate_live.report_attention_lifespan AS
SELECT year, coalesce(year::text, 'unknown (<= 2022)') AS period,
       count(*)::bigint AS models,
       count(weeks)::bigint AS measured,
       (count(*) - count(weeks))::bigint AS censored,
       percentile_disc(0.5) WITHIN GROUP (ORDER BY weeks)::integer AS median_weeks,
       avg(weeks)::double precision AS mean_weeks
  FROM @extschema@.model_lifespans
 GROUP BY year
HAVING count(weeks) > 0
 ORDER BY year NULLS FIRST;
COMMENT ON VIEW hfstate_live.report_attention_lifespan IS
'T14 attention lifespan per release year: models followed from release (model_lifespans), those whose weekly downloads fell below 10% of their peak (measured) and the rest (censored, left out of the median), the lower median (percentile_disc 0.5) and mean of the weeks from release until that fall. Years without a measured model have no row.';
