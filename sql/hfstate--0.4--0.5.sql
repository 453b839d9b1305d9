/* sql/hfstate--0.4--0.5.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION hfstate UPDATE TO '0.5'" to load this file. \quit

-- 0.5: imports of later snapshots stay linear.  Each batch of an import is merged by one call of
-- these functions, joining up to 10,000 staged rows to the current tables.  Planned freely, those
-- joins scanned the whole current table (hash joins, a hashed NOT EXISTS, a sequential scan on
-- last_seen) once per batch, so an import of N rows into a table of M cost about N/10,000 * M.
-- The functions now run with sequential scans, hash joins and merge joins disabled, which leaves
-- nested loops over the batch with index probes (where a whole-table index scan could still stand
-- in for a sequential scan, the batch side is fenced with OFFSET 0), and without JIT, which the
-- disabled plans' costs would otherwise switch on for every statement of every batch.  A row whose content is the same as stored only
-- has last_seen moved, so a weekly snapshot no longer rewrites (and re-toasts) every unchanged row;
-- merge_models learns which models a batch makes current from the rows it writes, and probes the
-- current table again only for the rest (none when the snapshot is newer than all before it).
-- Results are unchanged: rows_changed still counts the rows whose last_seen moved.  New: the
-- procedure import_weekly_snapshots_proc() imports the weekly archive one committed file at a time.

CREATE OR REPLACE FUNCTION @extschema@.merge_models(p_snapshot date, p_has_existing boolean,
                                         OUT rows_new bigint, OUT rows_changed bigint, OUT edges bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
SET jit = off
AS $$
DECLARE
    n bigint;
BEGIN
    -- The importer has given every staged row and edge its keys (new ids got new model_nodes
    -- rows).  p_has_existing is false when no staged model can have a row yet: then every
    -- statement is a plain insert (the importer writes such batches itself unless the tables
    -- were altered).  Every statement joins the batch to tables of millions of rows; the
    -- function's settings keep the planner to nested loops over the batch with index probes,
    -- the only plans linear in the batch.
    rows_changed := 0;
    SELECT count(*) INTO edges FROM stage_edges;

    -- hfstate_cur collects the models whose current row this batch is (their edges and card
    -- bases are replaced below): the rows each statement writes, then those already current
    IF pg_catalog.to_regclass('pg_temp.hfstate_cur') IS NULL THEN
        CREATE TEMP TABLE hfstate_cur (key integer PRIMARY KEY) ON COMMIT DROP;
    END IF;
    TRUNCATE hfstate_cur;

    IF p_has_existing THEN
        -- other content in a snapshot as new or newer: the whole current row follows it
        WITH u AS (
            UPDATE models m
               SET (id, author, created_at, created_year, last_modified, downloads, downloads_all_time, likes,
                    trending_score, pipeline_tag, library_name, tags, license, model_type, architecture, quant_method,
                    base_relation, n_base_models, safetensors_total, safetensors, gguf_total, gguf, siblings, private,
                    gated, disabled, card, config, last_seen) =
                   (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
                    s.likes, s.trending_score, s.pipeline_tag, s.library_name, s.tags, s.license, s.model_type,
                    s.architecture, s.quant_method, s.base_relation, s.n_base_models, s.safetensors_total, s.safetensors,
                    s.gguf_total, s.gguf, s.siblings, s.private, s.gated, s.disabled, s.card, s.config, p_snapshot)
              FROM stage_models s
             WHERE m.key = s.key AND p_snapshot >= m.last_seen
               AND (m.id, m.author, m.created_at, m.created_year, m.last_modified, m.downloads, m.downloads_all_time,
                    m.likes, m.trending_score, m.pipeline_tag, m.library_name, m.tags, m.license, m.model_type,
                    m.architecture, m.quant_method, m.base_relation, m.n_base_models, m.safetensors_total, m.safetensors,
                    m.gguf_total, m.gguf, m.siblings, m.private, m.gated, m.disabled, m.card, m.config)
                   IS DISTINCT FROM
                   (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
                    s.likes, s.trending_score, s.pipeline_tag, s.library_name, s.tags, s.license, s.model_type,
                    s.architecture, s.quant_method, s.base_relation, s.n_base_models, s.safetensors_total, s.safetensors,
                    s.gguf_total, s.gguf, s.siblings, s.private, s.gated, s.disabled, s.card, s.config)
            RETURNING m.key)
        INSERT INTO hfstate_cur SELECT key FROM u;
        GET DIAGNOSTICS rows_changed = ROW_COUNT;

        -- the same content in a newer snapshot: only last_seen moves, the row keeps its stored values
        -- (the subqueries fenced by OFFSET 0 leave out the rows collected already before models is
        -- probed)
        WITH u AS (
            UPDATE models m SET last_seen = p_snapshot
              FROM (SELECT s.key FROM stage_models s
                     WHERE NOT EXISTS (SELECT 1 FROM hfstate_cur c WHERE c.key = s.key) OFFSET 0) r
             WHERE m.key = r.key AND p_snapshot > m.last_seen
            RETURNING m.key)
        INSERT INTO hfstate_cur SELECT key FROM u;
        GET DIAGNOSTICS n = ROW_COUNT;
        rows_changed := rows_changed + n;
    END IF;

    -- new models (when some may exist, only among the rows not collected above)
    WITH i AS (
        INSERT INTO models (key, id, author, created_at, created_year, last_modified, downloads, downloads_all_time,
                            likes, trending_score, pipeline_tag, library_name, tags, license, model_type,
                            architecture, quant_method, base_relation, n_base_models, safetensors_total,
                            safetensors, gguf_total, gguf, siblings, private, gated, disabled, card, config,
                            first_seen, last_seen)
        SELECT s.key, s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads,
               s.downloads_all_time, s.likes, s.trending_score, s.pipeline_tag, s.library_name, s.tags, s.license,
               s.model_type, s.architecture, s.quant_method, s.base_relation, s.n_base_models, s.safetensors_total,
               s.safetensors, s.gguf_total, s.gguf, s.siblings, s.private, s.gated, s.disabled, s.card, s.config,
               p_snapshot, p_snapshot
          FROM (SELECT * FROM stage_models s
                 WHERE NOT EXISTS (SELECT 1 FROM hfstate_cur c WHERE c.key = s.key) OFFSET 0) s
         WHERE NOT EXISTS (SELECT 1 FROM models m WHERE m.key = s.key)
        RETURNING key)
    INSERT INTO hfstate_cur SELECT key FROM i;
    GET DIAGNOSTICS rows_new = ROW_COUNT;

    IF NOT p_has_existing THEN
        INSERT INTO history (repo, kind, snapshot, downloads_all_time, downloads, likes)
        SELECT s.key, 'm', p_snapshot, s.downloads_all_time, s.downloads, s.likes FROM stage_models s;
        INSERT INTO model_edges (child, parent, relation, relations, sources, inferred)
        SELECT child, parent, relation, relations, sources, inferred FROM stage_edges;
        INSERT INTO model_card_bases (child, parent, relation, inferred, parent_lid)
        SELECT DISTINCT ON (child, parent) child, parent, relation, inferred, parent_lid FROM stage_card_bases
         ORDER BY child, parent;
        RETURN;
    END IF;

    -- the rest of the batch is stored from a snapshot as new as this one or newer (none when a
    -- later snapshot is imported, so these two statements then probe nothing): an older
    -- snapshot can only move first_seen back; a re-import of the same snapshot is current
    UPDATE models m SET first_seen = p_snapshot
      FROM (SELECT s.key FROM stage_models s
             WHERE NOT EXISTS (SELECT 1 FROM hfstate_cur c WHERE c.key = s.key) OFFSET 0) r
     WHERE m.key = r.key AND p_snapshot < m.first_seen;
    GET DIAGNOSTICS n = ROW_COUNT;
    rows_changed := rows_changed + n;
    INSERT INTO hfstate_cur
    SELECT r.key
      FROM (SELECT s.key FROM stage_models s
             WHERE NOT EXISTS (SELECT 1 FROM hfstate_cur c WHERE c.key = s.key) OFFSET 0) r
      JOIN models m ON m.key = r.key
     WHERE m.last_seen = p_snapshot;

    INSERT INTO history AS h (repo, kind, snapshot, downloads_all_time, downloads, likes)
    SELECT s.key, 'm', p_snapshot, s.downloads_all_time, s.downloads, s.likes FROM stage_models s
    ON CONFLICT (repo, snapshot) DO UPDATE
       SET downloads_all_time = excluded.downloads_all_time, downloads = excluded.downloads, likes = excluded.likes
     WHERE (h.downloads_all_time, h.downloads, h.likes)
           IS DISTINCT FROM (excluded.downloads_all_time, excluded.downloads, excluded.likes);

    UPDATE model_nodes n SET id = s.id
      FROM stage_models s JOIN hfstate_cur c ON c.key = s.key
     WHERE n.key = s.key AND n.id <> s.id;

    -- edges no longer declared go (card-only edges are reconciled after the import)
    DELETE FROM model_edges me USING (SELECT key FROM hfstate_cur OFFSET 0) c
     WHERE me.child = c.key AND me.sources <> ARRAY['card']
       AND NOT EXISTS (SELECT 1 FROM stage_edges x WHERE x.child = me.child AND x.parent = me.parent);
    INSERT INTO model_edges AS me (child, parent, relation, relations, sources, inferred)
    SELECT x.child, x.parent, x.relation, x.relations, x.sources, x.inferred
      FROM stage_edges x JOIN hfstate_cur c ON c.key = x.child
    ON CONFLICT (child, parent) DO UPDATE
       SET relation = excluded.relation, relations = excluded.relations, inferred = excluded.inferred,
           sources = excluded.sources
     WHERE (me.relation, me.relations, me.inferred, me.sources) IS DISTINCT FROM
           (excluded.relation, excluded.relations, excluded.inferred, excluded.sources);

    DELETE FROM model_card_bases cb USING (SELECT key FROM hfstate_cur OFFSET 0) c
     WHERE cb.child = c.key
       AND NOT EXISTS (SELECT 1 FROM stage_card_bases x
                        WHERE x.child = cb.child AND x.parent = cb.parent
                          AND x.relation = cb.relation AND x.inferred = cb.inferred);
    INSERT INTO model_card_bases (child, parent, relation, inferred, parent_lid)
    SELECT DISTINCT ON (x.child, x.parent) x.child, x.parent, x.relation, x.inferred, x.parent_lid
      FROM stage_card_bases x JOIN hfstate_cur c ON c.key = x.child
     ORDER BY x.child, x.parent
    ON CONFLICT (child, parent) DO NOTHING;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.merge_datasets(p_snapshot date, p_has_existing boolean,
                                           OUT rows_new bigint, OUT rows_changed bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
SET jit = off
AS $$
DECLARE
    n bigint;
BEGIN
    UPDATE datasets d
       SET (id, author, created_at, created_year, last_modified, downloads, downloads_all_time, likes,
            trending_score, tags, task_categories, modalities, size_category, license, private, gated, disabled,
            card, last_seen) =
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
            s.likes, s.trending_score, s.tags, s.task_categories, s.modalities, s.size_category, s.license,
            s.private, s.gated, s.disabled, s.card, p_snapshot)
      FROM stage_datasets s
     WHERE d.key = s.key AND p_snapshot >= d.last_seen
       AND (d.id, d.author, d.created_at, d.created_year, d.last_modified, d.downloads, d.downloads_all_time,
            d.likes, d.trending_score, d.tags, d.task_categories, d.modalities, d.size_category, d.license,
            d.private, d.gated, d.disabled, d.card)
           IS DISTINCT FROM
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
            s.likes, s.trending_score, s.tags, s.task_categories, s.modalities, s.size_category, s.license,
            s.private, s.gated, s.disabled, s.card);
    GET DIAGNOSTICS rows_changed = ROW_COUNT;
    UPDATE datasets d SET last_seen = p_snapshot
      FROM stage_datasets s WHERE d.key = s.key AND p_snapshot > d.last_seen;
    GET DIAGNOSTICS n = ROW_COUNT;
    rows_changed := rows_changed + n;
    INSERT INTO datasets (id, author, created_at, created_year, last_modified, downloads, downloads_all_time, likes,
                          trending_score, tags, task_categories, modalities, size_category, license, private, gated,
                          disabled, card, first_seen, last_seen, key)
    SELECT s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time, s.likes,
           s.trending_score, s.tags, s.task_categories, s.modalities, s.size_category, s.license, s.private, s.gated,
           s.disabled, s.card, p_snapshot, p_snapshot, s.key
      FROM stage_datasets s
     WHERE NOT EXISTS (SELECT 1 FROM datasets d WHERE d.key = s.key);
    GET DIAGNOSTICS rows_new = ROW_COUNT;
    UPDATE datasets d SET first_seen = p_snapshot
      FROM stage_datasets s WHERE d.key = s.key AND p_snapshot < d.first_seen;
    GET DIAGNOSTICS n = ROW_COUNT;
    rows_changed := rows_changed + n;
    INSERT INTO history AS h (repo, kind, snapshot, downloads_all_time, downloads, likes)
    SELECT s.key, 'd', p_snapshot, s.downloads_all_time, s.downloads, s.likes FROM stage_datasets s
    ON CONFLICT (repo, snapshot) DO UPDATE
       SET downloads_all_time = excluded.downloads_all_time, downloads = excluded.downloads, likes = excluded.likes
     WHERE (h.downloads_all_time, h.downloads, h.likes)
           IS DISTINCT FROM (excluded.downloads_all_time, excluded.downloads, excluded.likes);
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.merge_spaces(p_snapshot date, p_has_existing boolean,
                                           OUT rows_new bigint, OUT rows_changed bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
SET jit = off
AS $$
DECLARE
    n bigint;
BEGIN
    UPDATE spaces x
       SET (id, author, created_at, created_year, last_modified, likes, trending_score, sdk, tags, models, datasets,
            private, disabled, card, last_seen) =
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.likes, s.trending_score, s.sdk, s.tags,
            s.models, s.datasets, s.private, s.disabled, s.card, p_snapshot)
      FROM stage_spaces s
     WHERE x.key = s.key AND p_snapshot >= x.last_seen
       AND (x.id, x.author, x.created_at, x.created_year, x.last_modified, x.likes, x.trending_score, x.sdk, x.tags,
            x.models, x.datasets, x.private, x.disabled, x.card)
           IS DISTINCT FROM
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.likes, s.trending_score, s.sdk, s.tags,
            s.models, s.datasets, s.private, s.disabled, s.card);
    GET DIAGNOSTICS rows_changed = ROW_COUNT;
    UPDATE spaces x SET last_seen = p_snapshot
      FROM stage_spaces s WHERE x.key = s.key AND p_snapshot > x.last_seen;
    GET DIAGNOSTICS n = ROW_COUNT;
    rows_changed := rows_changed + n;
    INSERT INTO spaces (id, author, created_at, created_year, last_modified, likes, trending_score, sdk, tags,
                        models, datasets, private, disabled, card, first_seen, last_seen, key)
    SELECT s.id, s.author, s.created_at, s.created_year, s.last_modified, s.likes, s.trending_score, s.sdk, s.tags,
           s.models, s.datasets, s.private, s.disabled, s.card, p_snapshot, p_snapshot, s.key
      FROM stage_spaces s
     WHERE NOT EXISTS (SELECT 1 FROM spaces x WHERE x.key = s.key);
    GET DIAGNOSTICS rows_new = ROW_COUNT;
    UPDATE spaces x SET first_seen = p_snapshot
      FROM stage_spaces s WHERE x.key = s.key AND p_snapshot < x.first_seen;
    GET DIAGNOSTICS n = ROW_COUNT;
    rows_changed := rows_changed + n;
    INSERT INTO history AS h (repo, kind, snapshot, downloads_all_time, downloads, likes)
    SELECT s.key, 's', p_snapshot, NULL, NULL, s.likes FROM stage_spaces s
    ON CONFLICT (repo, snapshot) DO UPDATE SET likes = excluded.likes
     WHERE h.likes IS DISTINCT FROM excluded.likes;
END
$$;

CREATE OR REPLACE FUNCTION @extschema@.merge_configs(p_source text, p_has_existing boolean,
                                          OUT rows_new bigint, OUT rows_changed bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
SET jit = off
AS $$
BEGIN
    UPDATE model_configs c SET config = s.config, source = p_source, imported_at = now()
      FROM stage_configs s WHERE c.model = s.key AND c.config <> s.config;
    GET DIAGNOSTICS rows_changed = ROW_COUNT;
    INSERT INTO model_configs (model, config, source)
    SELECT s.key, s.config, p_source FROM stage_configs s
     WHERE NOT EXISTS (SELECT 1 FROM model_configs c WHERE c.model = s.key);
    GET DIAGNOSTICS rows_new = ROW_COUNT;
END
$$;

-- the importers' own per-batch statements (key lookups of 10,000 and more ids) would be JIT-compiled once
-- per batch, for nothing
ALTER FUNCTION @extschema@.import_file(text, text, date, boolean, boolean) SET jit = off;
ALTER FUNCTION @extschema@.import_upload(text, text, date, boolean, boolean) SET jit = off;

-- import_weekly_snapshots_proc: the weekly archive one committed file at a time.  The function
-- import_weekly_snapshots() imports the whole archive in one transaction: every week rewrites the
-- current rows, and none of those versions can be vacuumed before it ends; a failure in the last
-- week loses them all.  The procedure commits after each file and skips the files a finished run
-- imported already, so it can be stopped and called again.  A procedure that commits may not carry
-- SET clauses: everything below is schema-qualified instead.
CREATE PROCEDURE @extschema@.import_weekly_snapshots_proc(folder text, kinds text[] DEFAULT '{models,datasets,spaces}',
                                                         skip_imported boolean DEFAULT true)
LANGUAGE plpgsql
AS $$
DECLARE
    v_part record;
    v_file text;
    v_path text;
    v_run @extschema@.import_runs;
BEGIN
    IF folder IS NULL OR kinds IS NULL OR skip_imported IS NULL THEN
        RAISE EXCEPTION 'folder, kinds and skip_imported must not be null' USING ERRCODE = '22004';
    END IF;
    IF EXISTS (SELECT FROM pg_catalog.unnest(kinds) AS k WHERE k IS NULL OR k NOT IN ('models', 'datasets', 'spaces')) THEN
        RAISE EXCEPTION 'unknown kind in %', kinds USING ERRCODE = '22023',
            HINT = 'kinds must be among models, datasets, spaces.';
    END IF;
    -- inside a transaction block this fails ("invalid transaction termination") before any import
    COMMIT;
    FOR v_part IN
        SELECT k.kind, k.ord, d.dir::date AS snapshot,
               pg_catalog.rtrim(folder, '/') || '/' || k.kind || '/' || d.dir AS path
          FROM pg_catalog.unnest(kinds) WITH ORDINALITY AS k(kind, ord)
         CROSS JOIN LATERAL pg_catalog.pg_ls_dir(pg_catalog.rtrim(folder, '/') || '/' || k.kind, true, false) AS d(dir)
         WHERE d.dir OPERATOR(pg_catalog.~) '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
         ORDER BY 3, 2
    LOOP
        FOR v_file IN
            SELECT f FROM pg_catalog.pg_ls_dir(v_part.path, true, false) AS f
             WHERE f OPERATOR(pg_catalog.~~) '%.parquet' ORDER BY f
        LOOP
            v_path := v_part.path || '/' || v_file;
            IF skip_imported AND EXISTS (SELECT FROM @extschema@.import_runs r
                                          WHERE r.kind = v_part.kind AND r.file = v_path
                                            AND r.snapshot = v_part.snapshot AND r.finished_at IS NOT NULL) THEN
                RAISE NOTICE 'skipped %: imported before', v_path;
                CONTINUE;
            END IF;
            v_run := @extschema@.run_import(v_part.kind, v_path, v_part.snapshot, false, false, false);
            RAISE NOTICE 'imported %: % rows (% new, % changed, % rejected), run %', v_path, v_run.rows_imported,
                v_run.rows_new, v_run.rows_changed, v_run.rows_rejected, v_run.run_id;
            COMMIT;
        END LOOP;
    END LOOP;
END
$$;
COMMENT ON PROCEDURE @extschema@.import_weekly_snapshots_proc(text, text[], boolean) IS
'Imports a weekly-snapshot archive like import_weekly_snapshots(), but commits after each file (so a long archive neither holds every week''s row versions until one final commit nor loses them on a late failure) and, with skip_imported (default), skips files a finished run imported as the same kind and snapshot, so it can be stopped and called again. Reports each file as a NOTICE. CALL it outside a transaction block. Needs superuser or pg_read_server_files (and pg_ls_dir).';
