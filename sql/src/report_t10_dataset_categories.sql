/* sql/src/report_t10_dataset_categories.sql */

-- T10 Dataset categories: dataset_categories and report_dataset_categories.

CREATE VIEW @extschema@.dataset_categories AS
SELECT d.key, d.created_year, c.category
  FROM @extschema@.datasets d
 CROSS JOIN LATERAL (
        SELECT t AS category FROM pg_catalog.unnest(d.task_categories) t WHERE t <> 'robotics'
        UNION
        SELECT 'robotics' WHERE 'robotics' = ANY (d.task_categories) OR 'LeRobot' = ANY (d.tags)
                             OR 'library:lerobot' = ANY (d.tags)
       ) c;
COMMENT ON VIEW @extschema@.dataset_categories IS
'Each dataset''s categories: its task_categories:* tags, where robotics means task_categories:robotics or the tag LeRobot or library:lerobot (counted once).';

CREATE VIEW hfstate_live.report_dataset_categories AS
WITH g AS (
    SELECT created_year, category, count(*) AS datasets FROM @extschema@.dataset_categories GROUP BY 1, 2
)
SELECT created_year::integer AS year, coalesce(created_year::text, 'unknown (<= 2022)') AS period, category,
       datasets::bigint,
       sum(datasets) OVER (PARTITION BY category ORDER BY created_year NULLS FIRST
                           ROWS UNBOUNDED PRECEDING)::bigint AS cumulative,
       (rank() OVER (PARTITION BY created_year ORDER BY datasets DESC) = 1) AS largest_in_year
  FROM g
 ORDER BY created_year NULLS FIRST, datasets DESC, category;
COMMENT ON VIEW hfstate_live.report_dataset_categories IS
'T10 Dataset categories: datasets created per year (UTC year of createdAt; unknown = sentinel or missing) in each task category (a dataset counts in each of its categories; robotics = task_categories:robotics or tag LeRobot or library:lerobot), cumulative per category, and whether it is the largest category of its year.';
