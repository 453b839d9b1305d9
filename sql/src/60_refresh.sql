/* sql/src/60_refresh.sql */

-- The derived tables the report views read (model_snapshots, model_downloads, model_facts,
-- model_root_namespaces) and refresh(), which rebuilds them with model_sizes and lineage, then
-- stores every report view's result in its report table (report_tables.sql), in one transaction,
-- and logs each step in refresh_log.

------------------------------------------------------------------------------
-- Derived tables, rebuilt by refresh()
------------------------------------------------------------------------------

CREATE TABLE @extschema@.model_snapshots (
    snapshot date PRIMARY KEY,
    no       integer NOT NULL,
    models   bigint NOT NULL
);
COMMENT ON TABLE @extschema@.model_snapshots IS
'The model snapshots in history, numbered 1, 2, ... in date order, with the models each holds. Rebuilt by refresh().';

CREATE TABLE @extschema@.model_downloads (
    repo               integer NOT NULL,
    snapshot           date NOT NULL,
    prev_snapshot      date,
    downloads_all_time bigint,
    downloads          bigint,
    clamped            boolean NOT NULL,
    PRIMARY KEY (repo, snapshot)
);
CREATE INDEX model_downloads_snapshot ON @extschema@.model_downloads (snapshot);
COMMENT ON TABLE @extschema@.model_downloads IS
'Downloads of each model in each step between snapshots: downloads = downloads_all_time minus its value at the model''s previous snapshot (prev_snapshot), clamped to 0 when negative (clamped = true: counters stall and catch up). At the first snapshot holding a model, downloads = downloads_all_time when the model was created after the previous snapshot of the data (all its downloads fall in the step), else NULL (a baseline: its earlier downloads cannot be placed in time). A period''s downloads are the steps whose closing snapshot falls in it. Maintained incrementally by refresh(): only snapshots not yet processed are added, unless an older snapshot was (re)imported.';

CREATE TABLE @extschema@.model_facts (
    key                    integer PRIMARY KEY,
    id                     text NOT NULL,
    namespace              text,
    created_at             timestamptz,
    created_year           smallint,
    created_month          date,
    downloads_all_time     bigint,
    pipeline_tag           text,
    country                text NOT NULL,
    developer_type         text NOT NULL,
    root_key               integer NOT NULL,
    root_namespace         text,
    derived_country        text NOT NULL,
    derived_developer_type text NOT NULL,
    family                 text,
    relation               @extschema@.relation,
    n_parents              integer NOT NULL,
    total                  bigint,
    effective              bigint,
    bucket                 @extschema@.size_bucket,
    is_quantized           boolean NOT NULL,
    is_moe                 boolean NOT NULL,
    is_multimodal          boolean NOT NULL,
    science                text[] NOT NULL,
    hardware               text[] NOT NULL
);
COMMENT ON TABLE @extschema@.model_facts IS
'One row per imported model with what the report views read, rebuilt by refresh(): namespace (lower case), creation month and year (NULL for the createdAt sentinel), direct attribution (country: ISO code, none or unknown; developer_type or unknown) from the author registry, the root that takes derived attribution (setting derived_root: the primary root of lineage; a model without parents, or only on a cycle, is its own root) with its namespace, derived country and type, family (families table, else the root''s namespace), own relation (greatest over its parent edges; NULL without parents), resolved total and effective size and bucket (model_sizes), flags quantized (quantization() method or a quantized tag rule), MoE (model_sizes or a moe tag rule), multimodal (multimodal tag rules), and the science domains and hardware targets its tags, pipeline or library match (tag_rules).';

CREATE TABLE @extschema@.model_root_namespaces (
    key            integer NOT NULL,
    root_namespace text NOT NULL,
    family         text NOT NULL,
    PRIMARY KEY (key, root_namespace)
);
COMMENT ON TABLE @extschema@.model_root_namespaces IS
'For every model node with at least one parent (self-loops dropped): each distinct lower-cased namespace of the roots it reaches by walking its parents (a root reached through a cycle counts; a node that reaches no root has no rows), with that namespace''s family. A merge of two Qwen models has one row, a cross-family merge one row per family namespace. Rebuilt by refresh().';

CREATE TABLE @extschema@.refresh_log (
    run_id     bigint NOT NULL,
    step       text NOT NULL,
    rows       bigint,
    millis     double precision NOT NULL,
    finished   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    PRIMARY KEY (run_id, step)
);
CREATE SEQUENCE @extschema@.refresh_run_seq;
COMMENT ON TABLE @extschema@.refresh_log IS
'What each refresh() did: per step the rows written (or counted) and the milliseconds taken.';
COMMENT ON SEQUENCE @extschema@.refresh_run_seq IS 'Run numbers of refresh().';

------------------------------------------------------------------------------
-- refresh(): one call rebuilds everything the report views read
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.refresh(full_rebuild boolean DEFAULT false)
RETURNS TABLE (step text, rows bigint, millis double precision)
LANGUAGE plpgsql VOLATILE PARALLEL UNSAFE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    run bigint := nextval('refresh_run_seq');
    t0 timestamptz;
    n bigint;
    last_done date;
    last_refresh timestamptz;
    incremental boolean;
    lt record;
    rep name;
BEGIN
    -- one refresh at a time; readers keep reading until the swap at commit
    PERFORM pg_advisory_xact_lock(hashtext('hfstate.refresh'));
    -- model imports hold model_nodes in SHARE ROW EXCLUSIVE mode until they commit: wait for the
    -- running ones and hold new ones until this refresh commits, so that every import either is seen
    -- here or finishes after this refresh's log rows (and then the next refresh sees it in import_runs;
    -- an import of an old snapshot that committed while a refresh ran was missed by both before)
    LOCK TABLE model_nodes IN SHARE MODE;

    t0 := clock_timestamp();
    n := refresh_sizes();
    step := 'sizes'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    t0 := clock_timestamp();
    SELECT * INTO lt FROM refresh_lineage();
    step := 'lineage'; rows := lt.nodes; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- snapshots
    t0 := clock_timestamp();
    DELETE FROM model_snapshots;
    INSERT INTO model_snapshots (snapshot, no, models)
    SELECT s.snapshot, row_number() OVER (ORDER BY s.snapshot), s.models
      FROM (SELECT h.snapshot, count(*) AS models FROM history h WHERE h.kind = 'm' GROUP BY h.snapshot) s;
    GET DIAGNOSTICS n = ROW_COUNT;
    step := 'snapshots'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- per-step downloads: incremental unless an already processed snapshot changed
    t0 := clock_timestamp();
    SELECT max(d.snapshot) INTO last_done FROM model_downloads d;
    SELECT max(l.finished) INTO last_refresh FROM refresh_log l WHERE l.step = 'downloads';
    incremental := NOT full_rebuild AND last_done IS NOT NULL AND last_refresh IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM import_runs r
                         WHERE r.kind = 'models' AND r.snapshot <= last_done
                           AND coalesce(r.finished_at, r.started_at) > last_refresh);
    IF NOT incremental THEN
        DELETE FROM model_downloads;
        INSERT INTO model_downloads (repo, snapshot, prev_snapshot, downloads_all_time, downloads, clamped)
        SELECT x.repo, x.snapshot, x.prev_snapshot, x.dat,
               CASE WHEN x.prev_snapshot IS NOT NULL THEN greatest(x.dat - x.prev_dat, 0)
                    WHEN x.global_prev IS NOT NULL AND x.created_at > x.global_prev::timestamp AT TIME ZONE 'UTC'
                        THEN x.dat END,
               coalesce(x.dat < x.prev_dat, false)
          FROM (SELECT h.repo, h.snapshot, h.downloads_all_time AS dat,
                       lag(h.snapshot) OVER w AS prev_snapshot, lag(h.downloads_all_time) OVER w AS prev_dat,
                       p.snapshot AS global_prev, m.created_at
                  FROM history h
                  JOIN model_snapshots s ON s.snapshot = h.snapshot
                  LEFT JOIN model_snapshots p ON p.no = s.no - 1
                  LEFT JOIN models m ON m.key = h.repo
                 WHERE h.kind = 'm'
                WINDOW w AS (PARTITION BY h.repo ORDER BY h.snapshot)) x;
        GET DIAGNOSTICS n = ROW_COUNT;
        step := 'downloads (full)';
    ELSE
        INSERT INTO model_downloads (repo, snapshot, prev_snapshot, downloads_all_time, downloads, clamped)
        SELECT h.repo, h.snapshot, pr.snapshot, h.downloads_all_time,
               CASE WHEN pr.snapshot IS NOT NULL THEN greatest(h.downloads_all_time - pr.downloads_all_time, 0)
                    WHEN p.snapshot IS NOT NULL AND m.created_at > p.snapshot::timestamp AT TIME ZONE 'UTC'
                        THEN h.downloads_all_time END,
               coalesce(h.downloads_all_time < pr.downloads_all_time, false)
          FROM history h
          JOIN model_snapshots s ON s.snapshot = h.snapshot
          LEFT JOIN model_snapshots p ON p.no = s.no - 1
          LEFT JOIN models m ON m.key = h.repo
          LEFT JOIN LATERAL (SELECT q.snapshot, q.downloads_all_time FROM history q
                              WHERE q.repo = h.repo AND q.snapshot < h.snapshot
                              ORDER BY q.snapshot DESC LIMIT 1) pr ON true
         WHERE h.kind = 'm' AND h.snapshot > last_done;
        GET DIAGNOSTICS n = ROW_COUNT;
        -- the first step of a model depends on its current createdAt, which a newer snapshot can change
        -- (a repo deleted and created again under the same id): recompute the first rows already
        -- processed of the models the new snapshots hold, as a full rebuild would
        UPDATE model_downloads d
           SET downloads = CASE WHEN p.snapshot IS NOT NULL AND m.created_at > p.snapshot::timestamp AT TIME ZONE 'UTC'
                                THEN d.downloads_all_time END
          FROM models m
          JOIN model_snapshots s ON s.snapshot = m.first_seen
          LEFT JOIN model_snapshots p ON p.no = s.no - 1
         WHERE m.last_seen > last_done AND d.repo = m.key AND d.snapshot = m.first_seen
           AND d.snapshot <= last_done AND d.prev_snapshot IS NULL
           AND d.downloads IS DISTINCT FROM
               CASE WHEN p.snapshot IS NOT NULL AND m.created_at > p.snapshot::timestamp AT TIME ZONE 'UTC'
                    THEN d.downloads_all_time END;
        step := 'downloads (new snapshots)';
    END IF;
    rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, 'downloads', rows, millis); RETURN NEXT;

    SELECT count(*) INTO n FROM model_downloads d WHERE d.clamped;
    step := 'clamped negative steps'; rows := n; millis := 0; RETURN NEXT;

    -- roots reached by every node with parents, as namespaces
    t0 := clock_timestamp();
    DELETE FROM model_root_namespaces;
    INSERT INTO model_root_namespaces (key, root_namespace, family)
    WITH RECURSIVE node_ns AS (
        SELECT n.key, coalesce(pg_catalog.lower(m.author),
                               pg_catalog.lower(CASE WHEN strpos(n.id, '/') > 0 THEN split_part(n.id, '/', 1)
                                                     ELSE n.id END)) AS ns
          FROM model_nodes n LEFT JOIN models m ON m.key = n.key
    ), walk (key, ns) AS (
        SELECT r.key, r.ns FROM node_ns r
         WHERE NOT EXISTS (SELECT 1 FROM model_edges e WHERE e.child = r.key AND e.parent <> e.child)
        UNION
        SELECT e.child, w.ns FROM walk w JOIN model_edges e ON e.parent = w.key AND e.child <> e.parent
    )
    SELECT w.key, w.ns, coalesce(f.family, w.ns)
      FROM walk w LEFT JOIN effective_families f ON f.namespace_key = w.ns
     WHERE EXISTS (SELECT 1 FROM model_edges e WHERE e.child = w.key AND e.parent <> e.child);
    GET DIAGNOSTICS n = ROW_COUNT;
    step := 'root namespaces'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- one row per model with everything the views read
    t0 := clock_timestamp();
    IF to_regclass('pg_temp.hfstate_rules') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_rules;
    END IF;
    CREATE TEMP TABLE hfstate_rules ON COMMIT DROP AS SELECT * FROM effective_tag_rules;
    DELETE FROM model_facts;
    INSERT INTO model_facts
    SELECT m.key, m.id, pg_catalog.lower(m.author), m.created_at, m.created_year,
           CASE WHEN m.created_year IS NOT NULL THEN date_trunc('month', m.created_at AT TIME ZONE 'UTC')::date END,
           m.downloads_all_time, m.pipeline_tag,
           CASE WHEN da.namespace_key IS NULL THEN 'unknown' ELSE coalesce(da.country, 'none') END,
           CASE WHEN da.developer_type IS NULL THEN 'unknown' ELSE da.developer_type::text END,
           r.root_key, r.root_ns,
           CASE WHEN ra.namespace_key IS NULL THEN 'unknown' ELSE coalesce(ra.country, 'none') END,
           CASE WHEN ra.developer_type IS NULL THEN 'unknown' ELSE ra.developer_type::text END,
           coalesce(f.family, r.root_ns),
           rel.relation, coalesce(l.n_parents, 0),
           s.total, s.effective, s.bucket,
           s.quant_method IS NOT NULL OR coalesce('quantized' = ANY (tg.sets), false),
           coalesce(s.is_moe, false) OR coalesce('moe' = ANY (tg.sets), false),
           coalesce('multimodal' = ANY (tg.sets), false),
           coalesce(tg.science, '{}'), coalesce(tg.hardware, '{}')
      FROM models m
      LEFT JOIN lineage l ON l.key = m.key
      LEFT JOIN model_sizes s ON s.key = m.key
      LEFT JOIN authors da ON da.namespace_key = pg_catalog.lower(m.author)
      LEFT JOIN LATERAL (
            SELECT rk AS root_key,
                   coalesce(pg_catalog.lower(rm.author),
                            pg_catalog.lower(CASE WHEN strpos(rn.id, '/') > 0 THEN split_part(rn.id, '/', 1)
                                                  ELSE rn.id END)) AS root_ns
              FROM (SELECT CASE WHEN coalesce(l.n_parents, 0) > 0 AND l.primary_root IS NOT NULL
                                THEN l.primary_root ELSE m.key END AS rk) k
              JOIN model_nodes rn ON rn.key = k.rk
              LEFT JOIN models rm ON rm.key = k.rk) r ON true
      LEFT JOIN authors ra ON ra.namespace_key = r.root_ns
      LEFT JOIN effective_families f ON f.namespace_key = r.root_ns
      LEFT JOIN (SELECT e.child, max(e.relation) AS relation FROM model_edges e
                  WHERE e.parent <> e.child GROUP BY e.child) rel ON rel.child = m.key
      LEFT JOIN (
            SELECT x.key, array_agg(DISTINCT x.rule_set) AS sets,
                   array_agg(DISTINCT x.category ORDER BY x.category) FILTER (WHERE x.rule_set = 'science') AS science,
                   array_agg(DISTINCT x.category ORDER BY x.category) FILTER (WHERE x.rule_set = 'hardware') AS hardware
              FROM (SELECT mt.key, t.rule_set, t.category
                      FROM (SELECT mm.key, pg_catalog.lower(tag) AS v FROM models mm, unnest(mm.tags) tag) mt
                      JOIN hfstate_rules t ON t.match = 'tag' AND t.pattern = mt.v
                    UNION ALL
                    SELECT mm.key, t.rule_set, t.category FROM models mm
                      JOIN hfstate_rules t ON t.match = 'pipeline' AND t.pattern = pg_catalog.lower(mm.pipeline_tag)
                    UNION ALL
                    SELECT mm.key, t.rule_set, t.category FROM models mm
                      JOIN hfstate_rules t ON t.match = 'library' AND t.pattern = pg_catalog.lower(mm.library_name)) x
             GROUP BY x.key) tg ON tg.key = m.key;
    GET DIAGNOSTICS n = ROW_COUNT;
    DROP TABLE hfstate_rules;
    step := 'model facts'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    t0 := clock_timestamp();
    ANALYZE model_snapshots;
    ANALYZE model_downloads;
    ANALYZE model_root_namespaces;
    ANALYZE model_facts;
    step := 'analyze'; rows := NULL; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- the report tables (report_tables.sql): each live report view's result, stored for its
    -- public view; the live views read only the tables above (and each other), so any order works
    FOR rep IN
        SELECT c.relname FROM pg_class c
         WHERE c.relnamespace = 'hfstate_live'::regnamespace AND c.relkind = 'v' AND c.relname LIKE 'report\_%'
           AND EXISTS (SELECT 1 FROM pg_depend d
                        WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e'
                          AND d.refclassid = 'pg_extension'::regclass)
         ORDER BY c.relname
    LOOP
        t0 := clock_timestamp();
        n := hfstate_live.refresh_report(rep);
        step := 'report ' || rep; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
        INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.refresh(boolean) IS
'Rebuilds everything the report views read, in the calling transaction: refresh_sizes(), refresh_lineage(), model_snapshots, model_downloads (incremental: only snapshots newer than the last processed one, unless full_rebuild or an import of an already processed snapshot finished since the last refresh), model_root_namespaces and model_facts, then the report tables: one step "report <view>" per report view, storing the result of the live view hfstate_live.<view> in hfstate_live.<view>_rows for the public view hfstate.<view> (hfstate_live.refresh_report()). Returns (step, rows, millis) and logs them in refresh_log; the row "clamped negative steps" counts the steps whose downloadsAllTime went down. Derived tables and report tables are replaced with DELETE and INSERT (model_sizes and lineage by row-level changes only) in one transaction: readers of the views see the old state until commit, then the new one, never a mix, and neither waits for the other (no step takes a lock that conflicts with a reader''s ACCESS SHARE). Two refreshes serialise on an advisory lock; a refresh waits for running model imports and holds new ones until it commits (SHARE lock on model_nodes), so that no import is missed by the incremental downloads step.';
