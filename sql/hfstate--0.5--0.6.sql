/* sql/hfstate--0.5--0.6.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION hfstate UPDATE TO '0.6'" to load this file. \quit

-- 0.6: the merge statements no longer depend on the current tables' statistics to stay linear
-- in the batch.  In 0.5,
-- statements that joined a batch (fenced with OFFSET 0) to models under a filter such as
-- last_seen = p_snapshot could be planned with models as the outer side, its filter estimated at
-- one row from statistics older than the import: the batch subquery was then scanned again for
-- every matching model, and a 20,000-model snapshot took minutes instead of a second, depending
-- on when autovacuum had last analyzed models.  Every statement now reaches the current tables
-- only through their key index for the batch's keys (key = ANY (ARRAY(SELECT key FROM <batch>)),
-- whose array is computed once), or through a nested loop driven by the batch; the results are
-- unchanged.  The four updates that also join the batch (to read its columns) keep that
-- restriction: the planner estimates it at a few rows and takes the current table as the outer
-- side; the batch side would only be taken when its own estimate is smaller still, which follows
-- its real size, as the staging tables are truncated for every batch (and then the array on the
-- inner probe is as short as the batch).

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

    -- edges no longer declared go (card-only edges are reconciled after the import)
    DELETE FROM model_edges me
     WHERE me.child = ANY (ARRAY(SELECT key FROM hfstate_cur)) AND me.sources <> ARRAY['card']
       AND NOT EXISTS (SELECT 1 FROM stage_edges x WHERE x.child = me.child AND x.parent = me.parent);
    INSERT INTO model_edges AS me (child, parent, relation, relations, sources, inferred)
    SELECT x.child, x.parent, x.relation, x.relations, x.sources, x.inferred
      FROM stage_edges x JOIN hfstate_cur c ON c.key = x.child
    ON CONFLICT (child, parent) DO UPDATE
       SET relation = excluded.relation, relations = excluded.relations, inferred = excluded.inferred,
           sources = excluded.sources
     WHERE (me.relation, me.relations, me.inferred, me.sources) IS DISTINCT FROM
           (excluded.relation, excluded.relations, excluded.inferred, excluded.sources);

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
