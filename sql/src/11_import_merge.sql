/* sql/src/11_import_merge.sql */

-- What one import batch does to the tables.  The C importers parse a batch of records into the
-- unlogged staging tables below, give every row and edge its key (new ids get new model_nodes
-- rows), and call one merge function per batch, which upserts the batch set-wise into the current
-- tables and history; resolve_card_edges() runs after each model import.
--
-- A merge joins up to 10,000 staged rows to current tables of millions of rows, and must stay
-- linear in the batch whatever the statistics of those tables say.  Every statement reaches the
-- current tables only through their key index for the batch's keys (key = ANY (ARRAY(SELECT key
-- FROM <batch>)), whose array is computed once), or through a nested loop driven by the batch; the
-- functions run with sequential scans, hash joins and merge joins disabled, and without JIT, which
-- the disabled plans' costs would otherwise switch on for every statement of every batch.  The four
-- updates that also join the batch (to read its columns) keep that restriction: the planner
-- estimates it at a few rows and takes the current table as the outer side; the batch side would
-- only be taken when its own estimate is smaller still, which follows its real size, as the staging
-- tables are truncated for every batch (and then the array on the inner probe is as short as the
-- batch).  A row whose content equals the stored one only has last_seen moved, so a weekly snapshot
-- does not rewrite (and re-toast) every unchanged row.

------------------------------------------------------------------------------
-- Import staging: the C importers write parsed rows here (unlogged, emptied
-- per batch; TRUNCATE's lock also serialises concurrent imports), then the
-- merge functions below upsert them set-wise.  Column order is checked by the
-- C code against its own list (src/import/import_stage.c).
------------------------------------------------------------------------------

-- indexes keep the per-batch anti-joins linear whatever the planner guesses of these never-analysed tables

CREATE UNLOGGED TABLE @extschema@.stage_models (
    line bigint, lid text COLLATE "C", key integer,
    id text, author text, created_at timestamptz, created_year smallint, last_modified timestamptz,
    downloads bigint, downloads_all_time bigint, likes bigint, trending_score double precision,
    pipeline_tag text, library_name text, tags text[], license text, model_type text, architecture text,
    quant_method text, base_relation @extschema@.relation, n_base_models integer,
    safetensors_total bigint, safetensors jsonb, gguf_total bigint, gguf jsonb, siblings text[],
    private boolean, gated text, disabled boolean, card jsonb, config jsonb
);
CREATE INDEX stage_models_key ON @extschema@.stage_models (key);
COMMENT ON TABLE @extschema@.stage_models IS 'Internal: one import batch of parsed model rows.';

CREATE UNLOGGED TABLE @extschema@.stage_edges (
    child integer, parent integer, relation @extschema@.relation, relations @extschema@.relation[],
    sources text[], inferred boolean
);
CREATE INDEX stage_edges_child ON @extschema@.stage_edges (child, parent);
COMMENT ON TABLE @extschema@.stage_edges IS 'Internal: base-model edges named by the Hub (tags, baseModels) for one batch.';

CREATE UNLOGGED TABLE @extschema@.stage_card_bases (
    child integer, parent text, relation @extschema@.relation, inferred boolean, parent_lid text COLLATE "C"
);
CREATE INDEX stage_card_bases_child ON @extschema@.stage_card_bases (child, parent);
COMMENT ON TABLE @extschema@.stage_card_bases IS 'Internal: normalised card base_model values for one batch.';

CREATE UNLOGGED TABLE @extschema@.stage_datasets (
    line bigint, lid text COLLATE "C", key integer,
    id text, author text, created_at timestamptz, created_year smallint, last_modified timestamptz,
    downloads bigint, downloads_all_time bigint, likes bigint, trending_score double precision,
    tags text[], task_categories text[], modalities text[], size_category text, license text,
    private boolean, gated text, disabled boolean, card jsonb
);
CREATE INDEX stage_datasets_key ON @extschema@.stage_datasets (key);
COMMENT ON TABLE @extschema@.stage_datasets IS 'Internal: one import batch of parsed dataset rows.';

CREATE UNLOGGED TABLE @extschema@.stage_spaces (
    line bigint, lid text COLLATE "C", key integer,
    id text, author text, created_at timestamptz, created_year smallint, last_modified timestamptz,
    likes bigint, trending_score double precision, sdk text, tags text[], models text[], datasets text[],
    private boolean, disabled boolean, card jsonb
);
CREATE INDEX stage_spaces_key ON @extschema@.stage_spaces (key);
COMMENT ON TABLE @extschema@.stage_spaces IS 'Internal: one import batch of parsed Space rows.';

CREATE UNLOGGED TABLE @extschema@.stage_configs (
    line bigint, lid text COLLATE "C", key integer, id text, config jsonb
);
CREATE INDEX stage_configs_key ON @extschema@.stage_configs (key);
COMMENT ON TABLE @extschema@.stage_configs IS 'Internal: one import batch of config.json rows.';

-- merge_models: upsert one staged batch of models, their counters and edges.
CREATE FUNCTION @extschema@.merge_models(p_snapshot date, p_has_existing boolean,
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
    -- were altered).  Every statement touches tables of millions of rows for one batch; each
    -- reaches them by index only, and only for the batch's keys (key = ANY (ARRAY(...)) or a
    -- nested loop driven by the batch), whatever the statistics of those tables say.
    rows_changed := 0;
    SELECT count(*) INTO edges FROM stage_edges;

    -- hfstate_cur collects the models whose current row this batch is (their edges and card
    -- bases are replaced below): the rows each statement writes, then those already current
    IF pg_catalog.to_regclass('pg_temp.hfstate_cur') IS NULL THEN
        CREATE TEMP TABLE hfstate_cur (key integer PRIMARY KEY) ON COMMIT DROP;
    END IF;
    TRUNCATE hfstate_cur;

    IF p_has_existing THEN
        -- the current rows about to change in what sizes, facts or root namespaces read are recorded
        -- for refresh() (the update below changes nearly every row of a weekly snapshot: counters)
        INSERT INTO model_changes
        SELECT m.key FROM stage_models s JOIN models m ON m.key = s.key
         WHERE m.key = ANY (ARRAY(SELECT key FROM stage_models)) AND p_snapshot >= m.last_seen
           AND (m.id, m.author, m.created_at, m.created_year, m.pipeline_tag, m.library_name, m.tags,
                m.quant_method, m.base_relation, m.safetensors, m.gguf_total, m.siblings)
               IS DISTINCT FROM
               (s.id, s.author, s.created_at, s.created_year, s.pipeline_tag, s.library_name, s.tags,
                s.quant_method, s.base_relation, s.safetensors, s.gguf_total, s.siblings);

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
             WHERE m.key = s.key AND m.key = ANY (ARRAY(SELECT key FROM stage_models))
               AND p_snapshot >= m.last_seen
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
        WITH u AS (
            UPDATE models m SET last_seen = p_snapshot
             WHERE m.key = ANY (ARRAY(SELECT s.key FROM stage_models s
                                       WHERE NOT EXISTS (SELECT 1 FROM hfstate_cur c WHERE c.key = s.key)))
               AND p_snapshot > m.last_seen
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
        RETURNING key),
    r AS (INSERT INTO model_changes SELECT key FROM i)
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
     WHERE m.key = ANY (ARRAY(SELECT s.key FROM stage_models s
                               WHERE NOT EXISTS (SELECT 1 FROM hfstate_cur c WHERE c.key = s.key)))
       AND p_snapshot < m.first_seen;
    GET DIAGNOSTICS n = ROW_COUNT;
    rows_changed := rows_changed + n;
    INSERT INTO hfstate_cur
    SELECT m.key FROM models m
     WHERE m.key = ANY (ARRAY(SELECT s.key FROM stage_models s
                               WHERE NOT EXISTS (SELECT 1 FROM hfstate_cur c WHERE c.key = s.key)))
       AND m.last_seen = p_snapshot;

    INSERT INTO history AS h (repo, kind, snapshot, downloads_all_time, downloads, likes)
    SELECT s.key, 'm', p_snapshot, s.downloads_all_time, s.downloads, s.likes FROM stage_models s
    ON CONFLICT (repo, snapshot) DO UPDATE
       SET downloads_all_time = excluded.downloads_all_time, downloads = excluded.downloads, likes = excluded.likes
     WHERE (h.downloads_all_time, h.downloads, h.likes)
           IS DISTINCT FROM (excluded.downloads_all_time, excluded.downloads, excluded.likes);

    UPDATE model_nodes n SET id = s.id
      FROM stage_models s JOIN hfstate_cur c ON c.key = s.key
     WHERE n.key = s.key AND n.key = ANY (ARRAY(SELECT key FROM hfstate_cur)) AND n.id <> s.id;

    -- edges no longer declared go (card-only edges are reconciled after the import); the children
    -- whose edges were removed, added or changed are recorded for refresh()
    WITH d AS (
        DELETE FROM model_edges me
         WHERE me.child = ANY (ARRAY(SELECT key FROM hfstate_cur)) AND me.sources <> ARRAY['card']
           AND NOT EXISTS (SELECT 1 FROM stage_edges x WHERE x.child = me.child AND x.parent = me.parent)
        RETURNING me.child)
    INSERT INTO model_changes SELECT DISTINCT child FROM d;
    WITH i AS (
        INSERT INTO model_edges AS me (child, parent, relation, relations, sources, inferred)
        SELECT x.child, x.parent, x.relation, x.relations, x.sources, x.inferred
          FROM stage_edges x JOIN hfstate_cur c ON c.key = x.child
        ON CONFLICT (child, parent) DO UPDATE
           SET relation = excluded.relation, relations = excluded.relations, inferred = excluded.inferred,
               sources = excluded.sources
         WHERE (me.relation, me.relations, me.inferred, me.sources) IS DISTINCT FROM
               (excluded.relation, excluded.relations, excluded.inferred, excluded.sources)
        RETURNING me.child)
    INSERT INTO model_changes SELECT DISTINCT child FROM i;

    DELETE FROM model_card_bases cb
     WHERE cb.child = ANY (ARRAY(SELECT key FROM hfstate_cur))
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
COMMENT ON FUNCTION @extschema@.merge_models(date, boolean) IS
'Internal, called by the importers: upserts the staged batch of models (the newest snapshot decides the current row), appends their counters to history, and replaces the Hub-declared edges and card base models of current rows; records in model_changes the new models, the current rows whose size, fact or namespace inputs changed and the children whose edges changed.';

-- resolve_card_edges: turn card base_model values that name a known model into edges.
CREATE FUNCTION @extschema@.resolve_card_edges(OUT added bigint, OUT unresolved bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
BEGIN
    IF pg_catalog.to_regclass('pg_temp.hfstate_card_edges') IS NULL THEN
        CREATE TEMP TABLE hfstate_card_edges
        (child integer, parent integer, relation relation, inferred boolean) ON COMMIT DROP;
    END IF;
    TRUNCATE hfstate_card_edges;
    INSERT INTO hfstate_card_edges
    SELECT DISTINCT ON (cb.child, n.key) cb.child, n.key, cb.relation, cb.inferred
      FROM model_card_bases cb JOIN model_nodes n ON n.lid = cb.parent_lid
     WHERE n.key <> cb.child
     ORDER BY cb.child, n.key, cb.inferred, cb.relation;

    -- card-only edges whose card value went away, or that the Hub now declares itself; the children
    -- of edges removed or added are recorded for refresh()
    WITH d AS (
        DELETE FROM model_edges me
         WHERE me.sources = ARRAY['card']
           AND NOT EXISTS (SELECT 1 FROM hfstate_card_edges x WHERE x.child = me.child AND x.parent = me.parent)
        RETURNING me.child)
    INSERT INTO model_changes SELECT DISTINCT child FROM d;
    WITH i AS (
        INSERT INTO model_edges (child, parent, relation, relations, sources, inferred)
        SELECT x.child, x.parent, x.relation, ARRAY[x.relation], ARRAY['card'], x.inferred FROM hfstate_card_edges x
        ON CONFLICT (child, parent) DO NOTHING
        RETURNING child),
    r AS (INSERT INTO model_changes SELECT DISTINCT child FROM i)
    SELECT count(*) INTO added FROM i;

    SELECT count(*) INTO unresolved
      FROM model_card_bases cb
     WHERE NOT EXISTS (SELECT 1 FROM model_nodes n WHERE n.lid = cb.parent_lid);
END
$$;
COMMENT ON FUNCTION @extschema@.resolve_card_edges() IS
'Internal, run after each model import: card base_model values that no Hub source names and that match a known model (case-insensitively, self-references excluded) become card-only edges; card-only edges whose card value went away are dropped; the children of edges added or dropped are recorded in model_changes.';

-- merge_datasets: upsert one staged batch of datasets and their counters.
CREATE FUNCTION @extschema@.merge_datasets(p_snapshot date, p_has_existing boolean,
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
     WHERE d.key = s.key AND d.key = ANY (ARRAY(SELECT key FROM stage_datasets)) AND p_snapshot >= d.last_seen
       AND (d.id, d.author, d.created_at, d.created_year, d.last_modified, d.downloads, d.downloads_all_time,
            d.likes, d.trending_score, d.tags, d.task_categories, d.modalities, d.size_category, d.license,
            d.private, d.gated, d.disabled, d.card)
           IS DISTINCT FROM
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
            s.likes, s.trending_score, s.tags, s.task_categories, s.modalities, s.size_category, s.license,
            s.private, s.gated, s.disabled, s.card);
    GET DIAGNOSTICS rows_changed = ROW_COUNT;
    UPDATE datasets d SET last_seen = p_snapshot
     WHERE d.key = ANY (ARRAY(SELECT key FROM stage_datasets)) AND p_snapshot > d.last_seen;
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
     WHERE d.key = ANY (ARRAY(SELECT key FROM stage_datasets)) AND p_snapshot < d.first_seen;
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
COMMENT ON FUNCTION @extschema@.merge_datasets(date, boolean) IS
'Internal, called by the importers: upserts the staged batch of datasets (the newest snapshot decides the current row) and appends their counters to history.';

-- merge_spaces: upsert one staged batch of Spaces and their likes.
CREATE FUNCTION @extschema@.merge_spaces(p_snapshot date, p_has_existing boolean,
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
     WHERE x.key = s.key AND x.key = ANY (ARRAY(SELECT key FROM stage_spaces)) AND p_snapshot >= x.last_seen
       AND (x.id, x.author, x.created_at, x.created_year, x.last_modified, x.likes, x.trending_score, x.sdk, x.tags,
            x.models, x.datasets, x.private, x.disabled, x.card)
           IS DISTINCT FROM
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.likes, s.trending_score, s.sdk, s.tags,
            s.models, s.datasets, s.private, s.disabled, s.card);
    GET DIAGNOSTICS rows_changed = ROW_COUNT;
    UPDATE spaces x SET last_seen = p_snapshot
     WHERE x.key = ANY (ARRAY(SELECT key FROM stage_spaces)) AND p_snapshot > x.last_seen;
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
     WHERE x.key = ANY (ARRAY(SELECT key FROM stage_spaces)) AND p_snapshot < x.first_seen;
    GET DIAGNOSTICS n = ROW_COUNT;
    rows_changed := rows_changed + n;
    INSERT INTO history AS h (repo, kind, snapshot, downloads_all_time, downloads, likes)
    SELECT s.key, 's', p_snapshot, NULL, NULL, s.likes FROM stage_spaces s
    ON CONFLICT (repo, snapshot) DO UPDATE SET likes = excluded.likes
     WHERE h.likes IS DISTINCT FROM excluded.likes;
END
$$;
COMMENT ON FUNCTION @extschema@.merge_spaces(date, boolean) IS
'Internal, called by the importers: upserts the staged batch of Spaces and appends their likes to history.';

-- merge_configs: upsert one staged batch of config.json rows.
CREATE FUNCTION @extschema@.merge_configs(p_source text, p_has_existing boolean,
                                          OUT rows_new bigint, OUT rows_changed bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
SET enable_seqscan = off
SET enable_hashjoin = off
SET enable_mergejoin = off
SET jit = off
AS $$
BEGIN
    -- the models whose config.json was added or changed are recorded for refresh()
    WITH u AS (
        UPDATE model_configs c SET config = s.config, source = p_source, imported_at = now()
          FROM stage_configs s WHERE c.model = s.key AND c.config <> s.config
        RETURNING c.model),
    r AS (INSERT INTO model_changes SELECT model FROM u)
    SELECT count(*) INTO rows_changed FROM u;
    WITH i AS (
        INSERT INTO model_configs (model, config, source)
        SELECT s.key, s.config, p_source FROM stage_configs s
         WHERE NOT EXISTS (SELECT 1 FROM model_configs c WHERE c.model = s.key)
        RETURNING model),
    r AS (INSERT INTO model_changes SELECT model FROM i)
    SELECT count(*) INTO rows_new FROM i;
END
$$;
COMMENT ON FUNCTION @extschema@.merge_configs(text, boolean) IS
'Internal, called by the importers: upserts the staged batch of config.json rows and records the models whose config was added or changed in model_changes.';
