-- test/conformance/real_configs.sql
-- config_params() on real config.json values of one public model per family
-- the fixture's model-configs/ does not cover, against each model's published
-- parameter counts (pgTAP; make conformance runs it from the project root).
--
-- The corpus is committed: test/conformance/real_configs/<owner>__<model>.json
-- holds the config's keys as published (the CSV's note says where they were
-- copied from and which keys the copy leaves out) and published.csv the
-- published total and active counts, the convention the publisher counts
-- active parameters under (active, active_compute or active_nonemb) and the
-- source.  The tolerances are those of model_configs.psql: the total within
-- 2 %, the active count within 5 %.  An empty figure is not checked; the note
-- says why (a rounded name such as "A3B" or "1T" that no formula meets).
-- Both files are read client-side (\copy), relative to the project root.

\set ON_ERROR_STOP 1

BEGIN;

CREATE TEMP TABLE published (
    model_id text PRIMARY KEY,
    published_total numeric,
    published_active numeric,
    convention text NOT NULL CHECK (convention IN ('active', 'active_compute', 'active_nonemb')),
    note text,
    source text NOT NULL
) ON COMMIT DROP;

\copy published FROM 'test/conformance/real_configs/published.csv' WITH (FORMAT csv, HEADER true)

-- one line per config file: its name and its bytes in base64 (no comma, no quote)
CREATE TEMP TABLE config_file (name text PRIMARY KEY, b64 text NOT NULL) ON COMMIT DROP;

\copy config_file FROM PROGRAM 'cd test/conformance/real_configs && for f in *.json; do echo "$(basename "$f" .json),$(base64 -w0 "$f")"; done' WITH (FORMAT csv)

CREATE TEMP TABLE checked ON COMMIT DROP AS
SELECT p.model_id, f.name IS NOT NULL AS has_config, c.family, c.total, p.published_total,
       p.convention,
       CASE p.convention
            WHEN 'active_compute' THEN c.active_compute
            WHEN 'active_nonemb' THEN c.active_nonemb
            ELSE c.active END AS active,
       p.published_active, c.reason
FROM published p
LEFT JOIN config_file f ON pg_catalog.regexp_replace(f.name, '__', '/') = p.model_id
LEFT JOIN LATERAL hfstate.config_params(
    pg_catalog.convert_from(pg_catalog.decode(f.b64, 'base64'), 'UTF8')::jsonb) c ON true;

SELECT plan(2 + (SELECT count(*)::integer FROM checked)
              + (SELECT count(published_total)::integer FROM checked)
              + (SELECT count(published_active)::integer FROM checked));

SELECT is((SELECT count(*) FROM config_file), (SELECT count(*) FROM published),
          'as many config files as published rows');

SELECT is((SELECT pg_catalog.string_agg(model_id, ', ' ORDER BY model_id) FROM checked
           WHERE NOT has_config), NULL, 'every published row has its config file');

SELECT is(reason, NULL, pg_catalog.format('%s: counted as %s', model_id, family))
FROM checked ORDER BY model_id;

SELECT ok(pg_catalog.abs(total - published_total) <= 0.02 * published_total,
          pg_catalog.format('%s: total %s B is %s %% off the published %s B (2 %% allowed)',
                            model_id, pg_catalog.round(total / 1e9, 3),
                            pg_catalog.round(100 * (total - published_total) / published_total, 2),
                            pg_catalog.round(published_total / 1e9, 3)))
FROM checked WHERE published_total IS NOT NULL ORDER BY model_id;

SELECT ok(pg_catalog.abs(active - published_active) <= 0.05 * published_active,
          pg_catalog.format('%s: %s %s B is %s %% off the published %s B (5 %% allowed)',
                            model_id, convention, pg_catalog.round(active / 1e9, 3),
                            pg_catalog.round(100 * (active - published_active) / published_active, 2),
                            pg_catalog.round(published_active / 1e9, 3)))
FROM checked WHERE published_active IS NOT NULL ORDER BY model_id;

SELECT * FROM finish();
ROLLBACK;
