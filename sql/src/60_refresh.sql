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
'The model snapshots in history, numbered 1, 2, ... in date order, with the models each holds. Maintained by refresh() as model_downloads is: the snapshots newer than the last processed one are counted and numbered after it, unless an older snapshot was (re)imported (then all are counted again).';

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
CREATE TABLE @extschema@.refresh_inputs (
    input  text PRIMARY KEY,
    digest text NOT NULL
);
COMMENT ON TABLE @extschema@.refresh_inputs IS
'The global inputs of model_facts and model_root_namespaces as the last refresh() saw them: an md5 digest of the effective author registry (authors: namespace_key, country, developer_type), of the tag rules in force (effective_tag_rules) and of the families (effective_families). A refresh() that finds another digest recomputes the steps that read the input for every model (authors, tag rules: model facts; families: model facts and root namespaces) instead of only the changed models.';
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
    lower date;
    lt record;
    rep name;
    -- the incremental sizes, root namespaces and model facts steps recompute the models recorded in
    -- model_changes (and what depends on them) unless they are more than this share of the models
    -- (setting refresh_changed_share): then the full computation is cheaper than probing by key
    max_share double precision := coalesce(setting('refresh_changed_share')::double precision, 0.25);
    n_models bigint;
    n_changed bigint;
    changed_path boolean;
    facts_changed boolean;
    ns_changed boolean;
    d_authors text;
    d_rules text;
    d_families text;
    src text;
    rel_src text;
    old_hashjoin text := current_setting('enable_hashjoin');
    old_mergejoin text := current_setting('enable_mergejoin');
    -- the model facts of %1$s (models, or the changed ones), with the own relation from %2$s ON %3$s
    facts_sql constant text := $q$INSERT INTO model_facts
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
      FROM %1$s m
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
      LEFT JOIN %2$s ON %3$s
      LEFT JOIN (
            SELECT x.key, array_agg(DISTINCT x.rule_set) AS sets,
                   array_agg(DISTINCT x.category ORDER BY x.category) FILTER (WHERE x.rule_set = 'science') AS science,
                   array_agg(DISTINCT x.category ORDER BY x.category) FILTER (WHERE x.rule_set = 'hardware') AS hardware
              FROM (SELECT mt.key, t.rule_set, t.category
                      FROM (SELECT mm.key, pg_catalog.lower(tag) AS v FROM %1$s mm, unnest(mm.tags) tag) mt
                      JOIN hfstate_rules t ON t.match = 'tag' AND t.pattern = mt.v
                    UNION ALL
                    SELECT mm.key, t.rule_set, t.category FROM %1$s mm
                      JOIN hfstate_rules t ON t.match = 'pipeline' AND t.pattern = pg_catalog.lower(mm.pipeline_tag)
                    UNION ALL
                    SELECT mm.key, t.rule_set, t.category FROM %1$s mm
                      JOIN hfstate_rules t ON t.match = 'library' AND t.pattern = pg_catalog.lower(mm.library_name)) x
             GROUP BY x.key) tg ON tg.key = m.key$q$;
BEGIN
    -- one refresh at a time; readers keep reading until the swap at commit
    PERFORM pg_advisory_xact_lock(hashtext('hfstate.refresh'));
    -- model imports hold model_nodes in SHARE ROW EXCLUSIVE mode until they commit: wait for the
    -- running ones and hold new ones until this refresh commits, so that every import either is seen
    -- here or finishes after this refresh's log rows (and then the next refresh sees it in import_runs;
    -- an import of an old snapshot that committed while a refresh ran was missed by both before)
    LOCK TABLE model_nodes IN SHARE MODE;

    -- the models the imports recorded since the last refresh: the rows seen now are taken.  Model and
    -- config imports lock model_nodes, so none runs now; a writer that would not (rows committed after
    -- this DELETE's snapshot) keeps its rows for the next refresh, which reads those models again
    t0 := clock_timestamp();
    IF to_regclass('pg_temp.hfstate_changed') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_changed;
    END IF;
    -- The distinct keys go into a table without an index, analysed, from which the keys that are no
    -- model (left by a user's TRUNCATE of the models) are dropped: a filter straight on DELETE ...
    -- RETURNING, which the planner estimates at a few rows, probed models once per key, and after the
    -- first import of an archive (every model recorded, the visibility map of the fresh import empty)
    -- each probe fetched a heap page (9-11 s at 1M models); from the analysed table it chooses (a hash
    -- of models, or the probes when they are cheap).  The steps below join the table by hash.
    CREATE TEMP TABLE hfstate_changed ON COMMIT DROP AS
    WITH d AS (DELETE FROM model_changes RETURNING key) SELECT DISTINCT d.key FROM d;
    ANALYZE hfstate_changed;
    DELETE FROM hfstate_changed c WHERE NOT EXISTS (SELECT 1 FROM models m WHERE m.key = c.key);
    SELECT count(*) INTO n_changed FROM hfstate_changed;
    SELECT count(*) INTO n_models FROM models;
    -- the changed-models path needs a complete earlier refresh whose tables still hold every model
    changed_path := NOT full_rebuild AND n_changed <= max_share * n_models
        AND EXISTS (SELECT 1 FROM refresh_log l WHERE l.step = 'model facts')
        AND (SELECT count(*) FROM model_facts)
            + (SELECT count(*) FROM hfstate_changed c
                WHERE NOT EXISTS (SELECT 1 FROM model_facts f WHERE f.key = c.key)) = n_models
        AND (SELECT count(*) FROM model_sizes)
            + (SELECT count(*) FROM hfstate_changed c
                WHERE NOT EXISTS (SELECT 1 FROM model_sizes s WHERE s.key = c.key)) = n_models;
    -- global inputs: their digests against those of the last refresh
    SELECT md5(coalesce(string_agg(ROW(a.namespace_key, a.country, a.developer_type)::text, E'\n'
                                   ORDER BY a.namespace_key), '')) INTO d_authors FROM authors a;
    SELECT md5(coalesce(string_agg(ROW(r.rule_set, r.category, r.match, r.pattern)::text, E'\n'
                                   ORDER BY r.rule_set, r.match, r.pattern, r.category), '')) INTO d_rules
      FROM effective_tag_rules r;
    SELECT md5(coalesce(string_agg(ROW(f.namespace_key, f.family)::text, E'\n' ORDER BY f.namespace_key), ''))
      INTO d_families FROM effective_families f;
    facts_changed := EXISTS (SELECT 1 FROM (VALUES ('authors', d_authors), ('tag rules', d_rules),
                                                   ('families', d_families)) v(input, digest)
                              WHERE NOT EXISTS (SELECT 1 FROM refresh_inputs i
                                                 WHERE i.input = v.input AND i.digest = v.digest));
    ns_changed := NOT EXISTS (SELECT 1 FROM refresh_inputs i WHERE i.input = 'families' AND i.digest = d_families);
    INSERT INTO refresh_inputs AS i VALUES ('authors', d_authors), ('tag rules', d_rules), ('families', d_families)
    ON CONFLICT (input) DO UPDATE SET digest = excluded.digest WHERE i.digest <> excluded.digest;
    step := 'changed models'; rows := n_changed; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- sizes: the changed models, and the quantized children of changed models (their size is their
    -- base model's own size, one level)
    t0 := clock_timestamp();
    IF to_regclass('pg_temp.hfstate_facts_keys') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_facts_keys;
    END IF;
    CREATE TEMP TABLE hfstate_facts_keys (key integer PRIMARY KEY) ON COMMIT DROP;
    IF changed_path THEN
        INSERT INTO hfstate_facts_keys
        SELECT c.key FROM hfstate_changed c
        UNION
        SELECT e.child FROM hfstate_changed c
          JOIN model_edges e ON e.parent = c.key AND e.child <> e.parent
          JOIN models m ON m.key = e.child AND m.base_relation = 'quantized';
        n := refresh_sizes(ARRAY(SELECT k.key FROM hfstate_facts_keys k));
        step := 'sizes (changed models)';
    ELSE
        n := refresh_sizes();
        step := 'sizes';
    END IF;
    rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, 'sizes', rows, millis); RETURN NEXT;

    -- lineage is computed for the whole graph (in memory); on the changed-models path the keys of the
    -- rows it changed are collected for the facts step
    t0 := clock_timestamp();
    IF to_regclass('pg_temp.hfstate_lineage_changed') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_lineage_changed;
    END IF;
    IF changed_path THEN
        CREATE TEMP TABLE hfstate_lineage_changed (key integer) ON COMMIT DROP;
    END IF;
    SELECT * INTO lt FROM refresh_lineage();
    step := 'lineage'; rows := lt.nodes; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- snapshots and per-step downloads are incremental unless an already processed snapshot changed:
    -- then only the snapshots newer than the last one processed are counted and their steps added
    t0 := clock_timestamp();
    SELECT max(d.snapshot) INTO last_done FROM model_downloads d;
    SELECT max(l.finished) INTO last_refresh FROM refresh_log l WHERE l.step = 'downloads';
    incremental := NOT full_rebuild AND last_done IS NOT NULL AND last_refresh IS NOT NULL
        AND EXISTS (SELECT 1 FROM model_snapshots s WHERE s.snapshot = last_done)
        AND NOT EXISTS (SELECT 1 FROM import_runs r
                         WHERE r.kind = 'models' AND r.snapshot <= last_done
                           AND coalesce(r.finished_at, r.started_at) > last_refresh);
    -- the snapshots after lower (all when -infinity) are counted again and numbered after the others
    lower := CASE WHEN incremental THEN last_done ELSE '-infinity' END;
    IF incremental THEN
        -- the new snapshots' rows are found through the BRIN index on history (snapshot), whose page
        -- ranges written since it was last summarised are read whole: summarise them first when this
        -- role may (the owner's right) and no VACUUM of history runs (it summarises them itself, and
        -- an anti-wraparound one is not cancelled for a waiting lock); otherwise the reads are longer
        IF pg_has_role((SELECT c.relowner FROM pg_class c WHERE c.oid = 'history'::regclass), 'USAGE') THEN
            BEGIN
                LOCK TABLE history IN SHARE UPDATE EXCLUSIVE MODE NOWAIT;
                PERFORM brin_summarize_new_values('history_snapshot'::regclass);
            EXCEPTION WHEN lock_not_available THEN
                NULL;
            END;
        END IF;
    END IF;
    -- (EXECUTE plans with the value of lower: for last_done the BRIN index is selective)
    DELETE FROM model_snapshots s WHERE s.snapshot > lower;
    EXECUTE 'INSERT INTO model_snapshots (snapshot, no, models)
             SELECT c.snapshot, coalesce((SELECT max(s.no) FROM model_snapshots s), 0)
                                + row_number() OVER (ORDER BY c.snapshot), c.models
               FROM (SELECT h.snapshot, count(*) AS models FROM history h
                      WHERE h.kind = ''m'' AND h.snapshot > $1 GROUP BY h.snapshot) c' USING lower;
    SELECT count(*) INTO n FROM model_snapshots;
    step := 'snapshots'; rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, step, rows, millis); RETURN NEXT;

    -- per-step downloads of the snapshots after lower: each model's previous row by a window over
    -- history in (repo, snapshot) order from lower on (the last processed snapshot, or all), written in
    -- that order, so each page of the primary key is written once (in the order of a snapshot's rows,
    -- 1M inserts touched a random leaf each, 3x the time); a model without a row in the window before
    -- its first new one takes its previous row by a probe of the primary key (only when incremental);
    -- createdAt is read only for the first row of a model after the first snapshot
    t0 := clock_timestamp();
    IF NOT incremental THEN
        DELETE FROM model_downloads;
    END IF;
    EXECUTE 'INSERT INTO model_downloads (repo, snapshot, prev_snapshot, downloads_all_time, downloads, clamped)
        SELECT x.repo, x.snapshot, coalesce(x.prev_snapshot, pr.snapshot), x.dat,
               CASE WHEN x.prev_snapshot IS NOT NULL THEN greatest(x.dat - x.prev_dat, 0)
                    WHEN pr.snapshot IS NOT NULL THEN greatest(x.dat - pr.downloads_all_time, 0)
                    WHEN x.global_prev IS NOT NULL
                         AND (SELECT m.created_at FROM models m WHERE m.key = x.repo)
                             > x.global_prev::timestamp AT TIME ZONE ''UTC''
                        THEN x.dat END,
               coalesce(x.dat < coalesce(x.prev_dat, pr.downloads_all_time), false)
          FROM (SELECT h.repo, h.snapshot, h.downloads_all_time AS dat,
                       lag(h.snapshot) OVER w AS prev_snapshot, lag(h.downloads_all_time) OVER w AS prev_dat,
                       p.snapshot AS global_prev
                  FROM history h
                  JOIN model_snapshots s ON s.snapshot = h.snapshot
                  LEFT JOIN model_snapshots p ON p.no = s.no - 1
                 WHERE h.kind = ''m'' AND h.snapshot >= $1
                WINDOW w AS (PARTITION BY h.repo ORDER BY h.snapshot)) x
          LEFT JOIN LATERAL (SELECT q.snapshot, q.downloads_all_time FROM history q
                              WHERE $1 > ''-infinity'' AND x.prev_snapshot IS NULL
                                AND q.repo = x.repo AND q.snapshot < x.snapshot
                              ORDER BY q.snapshot DESC LIMIT 1) pr ON true
         WHERE x.snapshot > $1' USING lower;
    GET DIAGNOSTICS n = ROW_COUNT;
    IF NOT incremental THEN
        step := 'downloads (full)';
    ELSE
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

    -- roots reached by every node with parents, as namespaces.  On the changed-models path only the
    -- changed models and their descendants: the roots a node reaches change only when the edges of
    -- the node or of an ancestor change, or the namespace of an ancestor (each such model is recorded)
    t0 := clock_timestamp();
    IF to_regclass('pg_temp.hfstate_ns_keys') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_ns_keys;
    END IF;
    n := NULL;
    IF changed_path AND NOT ns_changed THEN
        -- the walks go by index from the changed models: the planner estimates a recursive term from
        -- the whole edge table and would scan model_edges once per level (24 levels in the generated
        -- Hub's merge chain) with a hash or merge join; nested loops only, until the walks are done
        PERFORM set_config('enable_hashjoin', 'off', true);
        PERFORM set_config('enable_mergejoin', 'off', true);
        CREATE TEMP TABLE hfstate_ns_keys ON COMMIT DROP AS
        WITH RECURSIVE down (key) AS (
            SELECT c.key FROM hfstate_changed c
            UNION
            SELECT e.child FROM down d JOIN model_edges e ON e.parent = d.key AND e.child <> e.parent
        )
        SELECT key FROM down;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n > max_share * n_models THEN
            n := NULL;
            PERFORM set_config('enable_hashjoin', old_hashjoin, true);
            PERFORM set_config('enable_mergejoin', old_mergejoin, true);
        END IF;
    END IF;
    IF n IS NOT NULL THEN
        CREATE INDEX ON hfstate_ns_keys (key);
        ANALYZE hfstate_ns_keys;
        DELETE FROM model_root_namespaces r WHERE r.key IN (SELECT k.key FROM hfstate_ns_keys k);
        -- walk up from each node to the roots it reaches
        INSERT INTO model_root_namespaces (key, root_namespace, family)
        WITH RECURSIVE up (key, node) AS (
            SELECT k.key, k.key FROM hfstate_ns_keys k
            UNION
            SELECT u.key, e.parent FROM up u JOIN model_edges e ON e.child = u.node AND e.parent <> e.child
        ), reached AS (
            SELECT DISTINCT u.key,
                   coalesce(pg_catalog.lower(m.author),
                            pg_catalog.lower(CASE WHEN strpos(rn.id, '/') > 0 THEN split_part(rn.id, '/', 1)
                                                  ELSE rn.id END)) AS ns
              FROM up u
              JOIN model_nodes rn ON rn.key = u.node
              LEFT JOIN models m ON m.key = u.node
             WHERE NOT EXISTS (SELECT 1 FROM model_edges e WHERE e.child = u.node AND e.parent <> e.child)
               AND EXISTS (SELECT 1 FROM model_edges e WHERE e.child = u.key AND e.parent <> e.child)
        )
        SELECT r.key, r.ns, coalesce(f.family, r.ns)
          FROM reached r LEFT JOIN effective_families f ON f.namespace_key = r.ns;
        GET DIAGNOSTICS n = ROW_COUNT;
        PERFORM set_config('enable_hashjoin', old_hashjoin, true);
        PERFORM set_config('enable_mergejoin', old_mergejoin, true);
        DROP TABLE hfstate_ns_keys;
        step := 'root namespaces (changed models)';
    ELSE
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
        step := 'root namespaces';
    END IF;
    rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, 'root namespaces', rows, millis); RETURN NEXT;

    -- one row per model with everything the views read.  On the changed-models path only the models
    -- whose inputs changed: the changed models (own columns, edges: relation) and the quantized
    -- children sized above, the models whose lineage row changed (n_parents, primary_root), and the
    -- models whose primary root changed (its namespace); the other rows only take their current
    -- downloadsAllTime.  A changed author registry or tag rule set reaches any model: all are recomputed.
    t0 := clock_timestamp();
    IF to_regclass('pg_temp.hfstate_rules') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_rules;
    END IF;
    CREATE TEMP TABLE hfstate_rules ON COMMIT DROP AS SELECT * FROM effective_tag_rules;
    n := NULL;
    IF changed_path AND NOT facts_changed THEN
        INSERT INTO hfstate_facts_keys
        SELECT l.key FROM hfstate_lineage_changed l
        UNION
        SELECT l.key FROM lineage l JOIN hfstate_changed c ON c.key = l.primary_root
        ON CONFLICT DO NOTHING;
        SELECT count(*) INTO n FROM hfstate_facts_keys;
        IF n > max_share * n_models THEN
            n := NULL;
        END IF;
    END IF;
    IF n IS NOT NULL THEN
        ANALYZE hfstate_facts_keys;
        src := '(SELECT x.* FROM models x WHERE x.key IN (SELECT fk.key FROM pg_temp.hfstate_facts_keys fk))';
        rel_src := 'LATERAL (SELECT max(e.relation) AS relation FROM model_edges e
                              WHERE e.child = m.key AND e.parent <> e.child) rel';
        DELETE FROM model_facts f WHERE f.key IN (SELECT k.key FROM hfstate_facts_keys k);
        EXECUTE format(facts_sql, src, rel_src, 'true');
        GET DIAGNOSTICS n = ROW_COUNT;
        UPDATE model_facts f SET downloads_all_time = m.downloads_all_time
          FROM models m
         WHERE m.key = f.key AND f.downloads_all_time IS DISTINCT FROM m.downloads_all_time;
        step := 'model facts (changed models)';
    ELSE
        DELETE FROM model_facts;
        EXECUTE format(facts_sql, 'models',
                       '(SELECT e.child, max(e.relation) AS relation FROM model_edges e
                          WHERE e.parent <> e.child GROUP BY e.child) rel', 'rel.child = m.key');
        GET DIAGNOSTICS n = ROW_COUNT;
        step := 'model facts';
    END IF;
    DROP TABLE hfstate_rules;
    DROP TABLE hfstate_facts_keys;
    IF to_regclass('pg_temp.hfstate_lineage_changed') IS NOT NULL THEN
        DROP TABLE pg_temp.hfstate_lineage_changed;
    END IF;
    DROP TABLE hfstate_changed;
    rows := n; millis := 1000 * extract(epoch FROM clock_timestamp() - t0);
    INSERT INTO refresh_log VALUES (run, 'model facts', rows, millis); RETURN NEXT;

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
'Rebuilds everything the report views read, in the calling transaction: model_sizes, lineage (refresh_lineage(), the whole graph), model_snapshots and model_downloads (incremental: only snapshots newer than the last processed one, unless full_rebuild or an import of an already processed snapshot finished since the last refresh), model_root_namespaces and model_facts, then the report tables: one step "report <view>" per report view, storing the result of the live view hfstate_live.<view> in hfstate_live.<view>_rows for the public view hfstate.<view> (hfstate_live.refresh_report()). Sizes, root namespaces and model facts are recomputed for the models the imports recorded in model_changes since the last refresh (step "changed models") and what depends on them: sizes of the changed models and of the quantized children of changed models, root namespaces of the changed models and their descendants, facts of the changed models, of the quantized children sized, of the models whose lineage row changed and of the models whose primary root changed (the others take their current downloadsAllTime); each step names the path it took ("sizes (changed models)" or "sizes"). A step recomputes every model instead with full_rebuild, on the first refresh, when the changed models (or the facts or namespaces they reach) are more than the share refresh_changed_share (setting, 0.25) of all models, or when a global input it reads changed since the last refresh (refresh_inputs: the author registry and tag rules for model facts; families for model facts and root namespaces). Returns (step, rows, millis) and logs them in refresh_log under the step name without the path; the row "clamped negative steps" counts the steps whose downloadsAllTime went down. Derived tables and report tables are changed with DELETE and INSERT (model_sizes and lineage by row-level changes only) in one transaction: readers of the views see the old state until commit, then the new one, never a mix, and neither waits for the other (no step takes a lock that conflicts with a reader''s ACCESS SHARE). Two refreshes serialise on an advisory lock; a refresh waits for running model imports and holds new ones until it commits (SHARE lock on model_nodes), so that no import is missed by the incremental steps.';
