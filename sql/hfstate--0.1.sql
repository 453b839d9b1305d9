/* sql/hfstate--0.1.sql */

-- complain if script is sourced in psql, rather than via CREATE EXTENSION
\echo Use "CREATE EXTENSION hfstate" to load this file. \quit

------------------------------------------------------------------------------
-- Types
------------------------------------------------------------------------------

CREATE TYPE @extschema@.relation AS ENUM ('finetune', 'adapter', 'quantized', 'merge');
COMMENT ON TYPE @extschema@.relation IS
'How a model derives from a base model, as the Hub tags it (base_model:<relation>:<id>).';

CREATE TYPE @extschema@.developer_type AS ENUM
    ('industry', 'academia', 'nonprofit', 'government', 'community', 'independent');
COMMENT ON TYPE @extschema@.developer_type IS
'Kind of developer behind a namespace. Namespaces absent from the registry are reported as unknown, never guessed.';

CREATE TYPE @extschema@.size_bucket AS ENUM ('<1B', '1–9B', '10–99B', '100B+');
COMMENT ON TYPE @extschema@.size_bucket IS
'Parameter-count bucket of the report: <1B, 1–9B (1e9 <= n < 1e10), 10–99B, 100B+. Sorts in size order.';

------------------------------------------------------------------------------
-- Repositories
------------------------------------------------------------------------------

CREATE SEQUENCE @extschema@.repo_key_seq AS integer;
COMMENT ON SEQUENCE @extschema@.repo_key_seq IS
'Integer surrogate keys shared by models, datasets and spaces, so the history table needs one key column.';

CREATE TABLE @extschema@.model_nodes (
    key     integer PRIMARY KEY DEFAULT pg_catalog.nextval('@extschema@.repo_key_seq'),
    id      text NOT NULL,
    present boolean NOT NULL DEFAULT false,
    lid     text COLLATE "C" NOT NULL UNIQUE GENERATED ALWAYS AS (pg_catalog.lower(id COLLATE "C")) STORED
);
COMMENT ON TABLE @extschema@.model_nodes IS
'Every model id hfstate has seen: imported models (present) and parents named by the Hub that are not in the data (dangling). Ids match case-insensitively through lid = lower(id); id keeps the dump''s casing.';

CREATE TABLE @extschema@.models (
    key                integer PRIMARY KEY,
    id                 text NOT NULL,
    author             text,
    created_at         timestamptz,
    created_year       smallint,
    last_modified      timestamptz,
    downloads          bigint,
    downloads_all_time bigint,
    likes              bigint,
    trending_score     double precision,
    pipeline_tag       text,
    library_name       text,
    tags               text[],
    license            text,
    model_type         text,
    architecture       text,
    quant_method       text,
    base_relation      @extschema@.relation,
    n_base_models      integer,
    safetensors_total  bigint,
    safetensors        jsonb,
    gguf_total         bigint,
    gguf               jsonb,
    siblings           text[],
    private            boolean,
    gated              text,
    disabled           boolean,
    card               jsonb,
    config             jsonb,
    first_seen         date NOT NULL,
    last_seen          date NOT NULL
);
COMMENT ON TABLE @extschema@.models IS
'Current state of each model: the latest imported snapshot''s row, typed columns extracted at load time. created_year is NULL for the Hub''s unknown-creation sentinel (2022-03-02T23:29:04Z). card and config keep the raw JSON.';

CREATE TABLE @extschema@.datasets (
    key                integer PRIMARY KEY DEFAULT pg_catalog.nextval('@extschema@.repo_key_seq'),
    id                 text NOT NULL,
    author             text,
    created_at         timestamptz,
    created_year       smallint,
    last_modified      timestamptz,
    downloads          bigint,
    downloads_all_time bigint,
    likes              bigint,
    trending_score     double precision,
    tags               text[],
    task_categories    text[],
    modalities         text[],
    size_category      text,
    license            text,
    private            boolean,
    gated              text,
    disabled           boolean,
    card               jsonb,
    first_seen         date NOT NULL,
    last_seen          date NOT NULL,
    lid                text COLLATE "C" NOT NULL UNIQUE GENERATED ALWAYS AS (pg_catalog.lower(id COLLATE "C")) STORED
);
COMMENT ON TABLE @extschema@.datasets IS
'Current state of each dataset (latest imported snapshot). task_categories and modalities come from the task_categories:* and modality:* tags.';

CREATE TABLE @extschema@.spaces (
    key            integer PRIMARY KEY DEFAULT pg_catalog.nextval('@extschema@.repo_key_seq'),
    id             text NOT NULL,
    author         text,
    created_at     timestamptz,
    created_year   smallint,
    last_modified  timestamptz,
    likes          bigint,
    trending_score double precision,
    sdk            text,
    tags           text[],
    models         text[],
    datasets       text[],
    private        boolean,
    disabled       boolean,
    card           jsonb,
    first_seen     date NOT NULL,
    last_seen      date NOT NULL,
    lid            text COLLATE "C" NOT NULL UNIQUE GENERATED ALWAYS AS (pg_catalog.lower(id COLLATE "C")) STORED
);
COMMENT ON TABLE @extschema@.spaces IS 'Current state of each Space (latest imported snapshot). Spaces have no downloads.';

CREATE TABLE @extschema@.history (
    repo               integer NOT NULL,
    kind               "char" NOT NULL CHECK (kind IN ('m', 'd', 's')),
    snapshot           date NOT NULL,
    downloads_all_time bigint,
    downloads          bigint,
    likes              bigint,
    PRIMARY KEY (repo, snapshot)
);
COMMENT ON TABLE @extschema@.history IS
'Counters of every repo in every imported snapshot (kind m = model, d = dataset, s = space). downloads is a rolling 30-day count: never sum it across snapshots; take differences of downloads_all_time instead.';

CREATE TABLE @extschema@.model_edges (
    child     integer NOT NULL,
    parent    integer NOT NULL,
    relation  @extschema@.relation NOT NULL,
    relations @extschema@.relation[] NOT NULL,
    sources   text[] NOT NULL,
    inferred  boolean NOT NULL,
    PRIMARY KEY (child, parent)
);
CREATE INDEX model_edges_parent ON @extschema@.model_edges (parent);
COMMENT ON TABLE @extschema@.model_edges IS
'Base-model edges between model_nodes keys (kept consistent by the importers; no foreign keys, which would slow bulk imports), one per (child, parent). relation comes from the most trusted source (typed tag, then baseModels, then plain tag, then card base_model); inferred is true when no source gave it. sources lists tag_typed, base_models, tag, card. Self-loops are kept (child = parent) so they can be counted; lineage drops them.';

CREATE TABLE @extschema@.model_card_bases (
    child    integer NOT NULL,
    parent   text NOT NULL,
    relation @extschema@.relation NOT NULL,
    inferred boolean NOT NULL,
    parent_lid text COLLATE "C" NOT NULL,
    PRIMARY KEY (child, parent)
);
CREATE INDEX model_card_bases_parent ON @extschema@.model_card_bases (parent_lid);
COMMENT ON TABLE @extschema@.model_card_bases IS
'Normalised base_model values of each model''s card (trimmed, https://huggingface.co/ prefix and trailing / removed) that name no parent the Hub gives for that model. They become card-only edges when they match a known model id case-insensitively (after each import, so a parent imported later is found); the rest stay here, unresolved.';

CREATE TABLE @extschema@.model_configs (
    model       integer PRIMARY KEY,
    config      jsonb NOT NULL,
    source      text,
    imported_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.model_configs IS
'Full config.json of models, imported from JSON Lines of {"id", "config"}. The Hub API''s config field (in models.config) is only a filtered subset.';

------------------------------------------------------------------------------
-- Author registry
------------------------------------------------------------------------------

CREATE TABLE @extschema@.author_registry (
    namespace      text NOT NULL CHECK (namespace <> ''),
    source         text NOT NULL DEFAULT 'user' CHECK (source IN ('user', 'paper', 'seed')),
    kind           text CHECK (kind IN ('organization', 'user')),
    country        text CHECK (country ~ '^[A-Z]{2}$'),
    developer_type @extschema@.developer_type,
    parent_org     text,
    confidence     text CHECK (confidence IN ('high', 'medium', 'low')),
    evidence       text
);
CREATE UNIQUE INDEX author_registry_ns_source ON @extschema@.author_registry (pg_catalog.lower(namespace), source);
COMMENT ON TABLE @extschema@.author_registry IS
'Namespace → country (ISO 3166-1 alpha-2; NULL = none, e.g. individuals and international groups), developer type and parent organisation. Rows from several sources coexist; user rows win over paper rows, which win over the shipped seed. Load your own rows with \copy hfstate.author_registry (namespace, country, developer_type, parent_org) FROM ''file.csv'' (FORMAT csv, HEADER) or hfstate.load_authors().';

CREATE VIEW @extschema@.authors AS
SELECT DISTINCT ON (pg_catalog.lower(r.namespace))
       pg_catalog.lower(r.namespace) AS namespace_key,
       r.namespace, r.kind, r.country, r.developer_type, r.parent_org, r.source, r.confidence, r.evidence
  FROM @extschema@.author_registry r
 ORDER BY pg_catalog.lower(r.namespace),
          CASE r.source WHEN 'user' THEN 0 WHEN 'paper' THEN 1 ELSE 2 END;
COMMENT ON VIEW @extschema@.authors IS
'The effective registry: one row per namespace (lower-cased key), the user''s row if any, else the paper''s, else the seed''s.';

------------------------------------------------------------------------------
-- Import runs and rejects
------------------------------------------------------------------------------

CREATE TABLE @extschema@.import_runs (
    run_id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          text NOT NULL,
    file          text NOT NULL,
    snapshot      date,
    strict        boolean NOT NULL,
    rows_read     bigint NOT NULL DEFAULT 0,
    rows_imported bigint NOT NULL DEFAULT 0,
    rows_rejected bigint NOT NULL DEFAULT 0,
    rows_new      bigint NOT NULL DEFAULT 0,
    rows_changed  bigint NOT NULL DEFAULT 0,
    edges         bigint NOT NULL DEFAULT 0,
    bytes_read    bigint NOT NULL DEFAULT 0,
    started_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    finished_at   timestamptz
);
COMMENT ON TABLE @extschema@.import_runs IS
'One row per import: rows read, imported (accepted), rejected, new and changed (0 and 0 when the same file is imported again), edges written, bytes read (uncompressed). A failed or cancelled import leaves no row: it rolls back whole.';

CREATE TABLE @extschema@.import_rejects (
    run_id   bigint NOT NULL REFERENCES @extschema@.import_runs (run_id) ON DELETE CASCADE,
    line     bigint NOT NULL,
    sqlstate text NOT NULL,
    reason   text NOT NULL,
    raw      text,
    PRIMARY KEY (run_id, line)
);
COMMENT ON TABLE @extschema@.import_rejects IS
'Records an import could not take: line number in the (uncompressed) file, SQLSTATE, reason naming the key, and the start of the raw text.';

------------------------------------------------------------------------------
-- Rows that pg_dump keeps (CREATE EXTENSION recreates the seed)
------------------------------------------------------------------------------

SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_nodes', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.models', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.datasets', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.spaces', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.history', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_edges', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_card_bases', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_configs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.author_registry', 'WHERE source <> ''seed''');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_runs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_rejects', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.repo_key_seq', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_runs_run_id_seq', '');

------------------------------------------------------------------------------
-- Build information
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.build_version() RETURNS text
    AS 'MODULE_PATHNAME', 'hfstate_build_version'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.build_version() IS
'Version of the loaded shared library (compare with pg_extension.extversion).';

------------------------------------------------------------------------------
-- Import staging: the C importers write parsed rows here (unlogged, emptied
-- per batch; TRUNCATE's lock also serialises concurrent imports), then the
-- merge functions below upsert them set-wise.  Column order is checked by the
-- C code against its own list (src/import_stage.c).
------------------------------------------------------------------------------

CREATE UNLOGGED TABLE @extschema@.stage_models (
    line bigint, lid text COLLATE "C", key integer,
    id text, author text, created_at timestamptz, created_year smallint, last_modified timestamptz,
    downloads bigint, downloads_all_time bigint, likes bigint, trending_score double precision,
    pipeline_tag text, library_name text, tags text[], license text, model_type text, architecture text,
    quant_method text, base_relation @extschema@.relation, n_base_models integer,
    safetensors_total bigint, safetensors jsonb, gguf_total bigint, gguf jsonb, siblings text[],
    private boolean, gated text, disabled boolean, card jsonb, config jsonb
);
CREATE UNLOGGED TABLE @extschema@.stage_edges (
    child integer, parent integer, relation @extschema@.relation, relations @extschema@.relation[],
    sources text[], inferred boolean
);
CREATE UNLOGGED TABLE @extschema@.stage_card_bases (
    child integer, parent text, relation @extschema@.relation, inferred boolean, parent_lid text COLLATE "C"
);
CREATE UNLOGGED TABLE @extschema@.stage_datasets (
    line bigint, lid text COLLATE "C", key integer,
    id text, author text, created_at timestamptz, created_year smallint, last_modified timestamptz,
    downloads bigint, downloads_all_time bigint, likes bigint, trending_score double precision,
    tags text[], task_categories text[], modalities text[], size_category text, license text,
    private boolean, gated text, disabled boolean, card jsonb
);
CREATE UNLOGGED TABLE @extschema@.stage_spaces (
    line bigint, lid text COLLATE "C", key integer,
    id text, author text, created_at timestamptz, created_year smallint, last_modified timestamptz,
    likes bigint, trending_score double precision, sdk text, tags text[], models text[], datasets text[],
    private boolean, disabled boolean, card jsonb
);
CREATE UNLOGGED TABLE @extschema@.stage_configs (
    line bigint, lid text COLLATE "C", key integer, id text, config jsonb
);
-- indexes keep the per-batch anti-joins linear whatever the planner guesses of these never-analysed tables
CREATE INDEX stage_models_key ON @extschema@.stage_models (key);
CREATE INDEX stage_edges_child ON @extschema@.stage_edges (child, parent);
CREATE INDEX stage_card_bases_child ON @extschema@.stage_card_bases (child, parent);
CREATE INDEX stage_datasets_key ON @extschema@.stage_datasets (key);
CREATE INDEX stage_spaces_key ON @extschema@.stage_spaces (key);
CREATE INDEX stage_configs_key ON @extschema@.stage_configs (key);
COMMENT ON TABLE @extschema@.stage_models IS 'Internal: one import batch of parsed model rows.';
COMMENT ON TABLE @extschema@.stage_edges IS 'Internal: base-model edges named by the Hub (tags, baseModels) for one batch.';
COMMENT ON TABLE @extschema@.stage_card_bases IS 'Internal: normalised card base_model values for one batch.';
COMMENT ON TABLE @extschema@.stage_datasets IS 'Internal: one import batch of parsed dataset rows.';
COMMENT ON TABLE @extschema@.stage_spaces IS 'Internal: one import batch of parsed Space rows.';
COMMENT ON TABLE @extschema@.stage_configs IS 'Internal: one import batch of config.json rows.';

-- merge_models: upsert one staged batch of models, their counters and edges.
CREATE FUNCTION @extschema@.merge_models(p_snapshot date, p_has_existing boolean,
                                         OUT rows_new bigint, OUT rows_changed bigint, OUT edges bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
BEGIN
    -- The importer has given every staged row and edge its keys (new ids got new model_nodes
    -- rows).  p_has_existing is false when no staged model can have a row yet: then every
    -- statement is a plain insert.  The staging tables are never analysed: after TRUNCATE the
    -- planner reads their real size.
    rows_changed := 0;
    IF p_has_existing THEN
        -- the current row follows the newest snapshot only
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
                m.gguf_total, m.gguf, m.siblings, m.private, m.gated, m.disabled, m.card, m.config, m.last_seen)
               IS DISTINCT FROM
               (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
                s.likes, s.trending_score, s.pipeline_tag, s.library_name, s.tags, s.license, s.model_type,
                s.architecture, s.quant_method, s.base_relation, s.n_base_models, s.safetensors_total, s.safetensors,
                s.gguf_total, s.gguf, s.siblings, s.private, s.gated, s.disabled, s.card, s.config, p_snapshot);
        GET DIAGNOSTICS rows_changed = ROW_COUNT;
        UPDATE models m SET first_seen = p_snapshot
          FROM stage_models s WHERE m.key = s.key AND p_snapshot < m.first_seen;
        GET DIAGNOSTICS n = ROW_COUNT;
        rows_changed := rows_changed + n;
    END IF;

    INSERT INTO models (key, id, author, created_at, created_year, last_modified, downloads, downloads_all_time,
                        likes, trending_score, pipeline_tag, library_name, tags, license, model_type, architecture,
                        quant_method, base_relation, n_base_models, safetensors_total, safetensors, gguf_total, gguf,
                        siblings, private, gated, disabled, card, config, first_seen, last_seen)
    SELECT s.key, s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
           s.likes, s.trending_score, s.pipeline_tag, s.library_name, s.tags, s.license, s.model_type, s.architecture,
           s.quant_method, s.base_relation, s.n_base_models, s.safetensors_total, s.safetensors, s.gguf_total, s.gguf,
           s.siblings, s.private, s.gated, s.disabled, s.card, s.config, p_snapshot, p_snapshot
      FROM stage_models s
     WHERE NOT p_has_existing OR NOT EXISTS (SELECT 1 FROM models m WHERE m.key = s.key);
    GET DIAGNOSTICS rows_new = ROW_COUNT;
    SELECT count(*) INTO edges FROM stage_edges;

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

    INSERT INTO history AS h (repo, kind, snapshot, downloads_all_time, downloads, likes)
    SELECT s.key, 'm', p_snapshot, s.downloads_all_time, s.downloads, s.likes FROM stage_models s
    ON CONFLICT (repo, snapshot) DO UPDATE
       SET downloads_all_time = excluded.downloads_all_time, downloads = excluded.downloads, likes = excluded.likes
     WHERE (h.downloads_all_time, h.downloads, h.likes)
           IS DISTINCT FROM (excluded.downloads_all_time, excluded.downloads, excluded.likes);

    -- edges and card bases of the models whose current row this batch is
    IF pg_catalog.to_regclass('pg_temp.hfstate_cur') IS NULL THEN
        CREATE TEMP TABLE hfstate_cur (key integer PRIMARY KEY) ON COMMIT DROP;
    END IF;
    TRUNCATE hfstate_cur;
    INSERT INTO hfstate_cur
    SELECT s.key FROM stage_models s JOIN models m ON m.key = s.key WHERE m.last_seen = p_snapshot;
    UPDATE model_nodes n SET id = s.id
      FROM stage_models s JOIN hfstate_cur c ON c.key = s.key
     WHERE n.key = s.key AND n.id <> s.id;

    -- edges no longer declared go (card-only edges are reconciled after the import)
    DELETE FROM model_edges me USING hfstate_cur c
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

    DELETE FROM model_card_bases cb USING hfstate_cur c
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
COMMENT ON FUNCTION @extschema@.merge_models(date, boolean) IS
'Internal, called by the importers: upserts the staged batch of models (the newest snapshot decides the current row), appends their counters to history, and replaces the Hub-declared edges and card base models of current rows.';

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

    -- card-only edges whose card value went away, or that the Hub now declares itself
    DELETE FROM model_edges me
     WHERE me.sources = ARRAY['card']
       AND NOT EXISTS (SELECT 1 FROM hfstate_card_edges x WHERE x.child = me.child AND x.parent = me.parent);
    INSERT INTO model_edges (child, parent, relation, relations, sources, inferred)
    SELECT x.child, x.parent, x.relation, ARRAY[x.relation], ARRAY['card'], x.inferred FROM hfstate_card_edges x
    ON CONFLICT (child, parent) DO NOTHING;
    GET DIAGNOSTICS added = ROW_COUNT;

    SELECT count(*) INTO unresolved
      FROM model_card_bases cb
     WHERE NOT EXISTS (SELECT 1 FROM model_nodes n WHERE n.lid = cb.parent_lid);
END
$$;
COMMENT ON FUNCTION @extschema@.resolve_card_edges() IS
'Internal, run after each model import: card base_model values that no Hub source names and that match a known model (case-insensitively, self-references excluded) become card-only edges; card-only edges whose card value went away are dropped.';

-- merge_datasets: upsert one staged batch of datasets and their counters.
CREATE FUNCTION @extschema@.merge_datasets(p_snapshot date, p_has_existing boolean,
                                           OUT rows_new bigint, OUT rows_changed bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
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
            d.private, d.gated, d.disabled, d.card, d.last_seen)
           IS DISTINCT FROM
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time,
            s.likes, s.trending_score, s.tags, s.task_categories, s.modalities, s.size_category, s.license,
            s.private, s.gated, s.disabled, s.card, p_snapshot);
    GET DIAGNOSTICS rows_changed = ROW_COUNT;
    INSERT INTO datasets (id, author, created_at, created_year, last_modified, downloads, downloads_all_time, likes,
                          trending_score, tags, task_categories, modalities, size_category, license, private, gated,
                          disabled, card, first_seen, last_seen, key)
    SELECT s.id, s.author, s.created_at, s.created_year, s.last_modified, s.downloads, s.downloads_all_time, s.likes,
           s.trending_score, s.tags, s.task_categories, s.modalities, s.size_category, s.license, s.private, s.gated,
           s.disabled, s.card, p_snapshot, p_snapshot, s.key
      FROM stage_datasets s
     WHERE NOT p_has_existing OR NOT EXISTS (SELECT 1 FROM datasets d WHERE d.key = s.key);
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
COMMENT ON FUNCTION @extschema@.merge_datasets(date, boolean) IS
'Internal, called by the importers: upserts the staged batch of datasets (the newest snapshot decides the current row) and appends their counters to history.';

-- merge_spaces: upsert one staged batch of Spaces and their likes.
CREATE FUNCTION @extschema@.merge_spaces(p_snapshot date, p_has_existing boolean,
                                           OUT rows_new bigint, OUT rows_changed bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
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
            x.models, x.datasets, x.private, x.disabled, x.card, x.last_seen)
           IS DISTINCT FROM
           (s.id, s.author, s.created_at, s.created_year, s.last_modified, s.likes, s.trending_score, s.sdk, s.tags,
            s.models, s.datasets, s.private, s.disabled, s.card, p_snapshot);
    GET DIAGNOSTICS rows_changed = ROW_COUNT;
    INSERT INTO spaces (id, author, created_at, created_year, last_modified, likes, trending_score, sdk, tags,
                        models, datasets, private, disabled, card, first_seen, last_seen, key)
    SELECT s.id, s.author, s.created_at, s.created_year, s.last_modified, s.likes, s.trending_score, s.sdk, s.tags,
           s.models, s.datasets, s.private, s.disabled, s.card, p_snapshot, p_snapshot, s.key
      FROM stage_spaces s
     WHERE NOT p_has_existing OR NOT EXISTS (SELECT 1 FROM spaces x WHERE x.key = s.key);
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
COMMENT ON FUNCTION @extschema@.merge_spaces(date, boolean) IS
'Internal, called by the importers: upserts the staged batch of Spaces and appends their likes to history.';

-- merge_configs: upsert one staged batch of config.json rows.
CREATE FUNCTION @extschema@.merge_configs(p_source text, p_has_existing boolean,
                                          OUT rows_new bigint, OUT rows_changed bigint)
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
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
COMMENT ON FUNCTION @extschema@.merge_configs(text, boolean) IS
'Internal, called by the importers: upserts the staged batch of config.json rows.';

------------------------------------------------------------------------------
-- Importers
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.import_file(kind text, file text, snapshot date, strict boolean, progress boolean)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_import_file'
LANGUAGE C VOLATILE;  -- not STRICT: NULL snapshot/strict/progress have meanings, NULL kind/file are errors
COMMENT ON FUNCTION @extschema@.import_file(text, text, date, boolean, boolean) IS
'Imports a server-side Hub dump of the given kind (models, datasets, spaces, configs): JSON Lines or JSON arrays, plain or gzip. Needs superuser or pg_read_server_files. Returns the import_runs.run_id. Bad records go to import_rejects unless strict, which fails on the first one.';

CREATE FUNCTION @extschema@.import_upload(kind text, name text, snapshot date, strict boolean, progress boolean)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_import_upload'
LANGUAGE C VOLATILE;  -- not STRICT, as import_file
COMMENT ON FUNCTION @extschema@.import_upload(text, text, date, boolean, boolean) IS
'Imports the bytes a client streamed into the temporary table hfstate_upload (seq integer, data bytea) with COPY FROM STDIN (what hfstate-import does). Same formats and rules as import_file; needs no file access on the server.';

CREATE FUNCTION @extschema@.snapshot_from_path(path text) RETURNS date
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN (pg_catalog.regexp_match(path, '.*([0-9]{4}-[0-9]{2}-[0-9]{2})'))[1]::date;
COMMENT ON FUNCTION @extschema@.snapshot_from_path(text) IS
'The last YYYY-MM-DD date in a path (e.g. models/2026-02-23/models.parquet), or NULL.';

-- run_import: the shared body of the import_* wrappers
CREATE FUNCTION @extschema@.run_import(p_kind text, p_file text, p_snapshot date, p_strict boolean, p_progress boolean,
                                       p_upload boolean)
RETURNS @extschema@.import_runs
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    v_run bigint;
    v_row import_runs;
BEGIN
    IF p_upload THEN
        v_run := import_upload(p_kind, p_file, coalesce(p_snapshot, snapshot_from_path(p_file)), p_strict, p_progress);
    ELSE
        v_run := import_file(p_kind, p_file, coalesce(p_snapshot, snapshot_from_path(p_file)), p_strict, p_progress);
    END IF;
    SELECT * INTO v_row FROM import_runs WHERE run_id = v_run;
    RETURN v_row;
END
$$;
COMMENT ON FUNCTION @extschema@.run_import(text, text, date, boolean, boolean, boolean) IS
'Internal: runs import_file or import_upload and returns the import_runs row.';

CREATE FUNCTION @extschema@.import_models(file text, snapshot date DEFAULT NULL, strict boolean DEFAULT false,
                                          progress boolean DEFAULT false)
RETURNS @extschema@.import_runs
LANGUAGE sql VOLATILE
RETURN @extschema@.run_import('models', file, snapshot, strict, progress, false);
COMMENT ON FUNCTION @extschema@.import_models(text, date, boolean, boolean) IS
'Imports a server-side models dump (Hub API JSON Lines or JSON array, plain or .gz) as the snapshot of the given date (default: the date in the file''s path). Upserts hfstate.models, appends history, rebuilds base-model edges. Returns the import_runs row.';

CREATE FUNCTION @extschema@.import_datasets(file text, snapshot date DEFAULT NULL, strict boolean DEFAULT false,
                                            progress boolean DEFAULT false)
RETURNS @extschema@.import_runs
LANGUAGE sql VOLATILE
RETURN @extschema@.run_import('datasets', file, snapshot, strict, progress, false);
COMMENT ON FUNCTION @extschema@.import_datasets(text, date, boolean, boolean) IS
'Imports a server-side datasets dump as the snapshot of the given date; see import_models.';

CREATE FUNCTION @extschema@.import_spaces(file text, snapshot date DEFAULT NULL, strict boolean DEFAULT false,
                                          progress boolean DEFAULT false)
RETURNS @extschema@.import_runs
LANGUAGE sql VOLATILE
RETURN @extschema@.run_import('spaces', file, snapshot, strict, progress, false);
COMMENT ON FUNCTION @extschema@.import_spaces(text, date, boolean, boolean) IS
'Imports a server-side Spaces dump as the snapshot of the given date; see import_models.';

CREATE FUNCTION @extschema@.import_configs(file text, strict boolean DEFAULT false, progress boolean DEFAULT false)
RETURNS @extschema@.import_runs
LANGUAGE sql VOLATILE
RETURN @extschema@.run_import('configs', file, NULL, strict, progress, false);
COMMENT ON FUNCTION @extschema@.import_configs(text, boolean, boolean) IS
'Imports full config.json files from JSON Lines of {"id": "<model id>", "config": {...}} into hfstate.model_configs.';

-- load_authors: a user's registry CSV (namespace,country,developer_type,parent_org)
CREATE FUNCTION @extschema@.load_authors(file text, source text DEFAULT 'user')
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
    n bigint;
BEGIN
    IF load_authors.source NOT IN ('user', 'paper') THEN
        RAISE EXCEPTION 'author source must be user or paper, not "%"', load_authors.source
              USING ERRCODE = '22023', HINT = 'The seed source belongs to the extension.';
    END IF;
    CREATE TEMP TABLE hfstate_authors_csv (namespace text, country text, developer_type text, parent_org text)
        ON COMMIT DROP;
    EXECUTE format('COPY pg_temp.hfstate_authors_csv FROM %L (FORMAT csv, HEADER)', file);
    DELETE FROM hfstate_authors_csv WHERE namespace IS NULL OR btrim(namespace) = '';
    INSERT INTO author_registry AS a (namespace, source, country, developer_type, parent_org)
    SELECT DISTINCT ON (lower(btrim(c.namespace)))
           btrim(c.namespace), load_authors.source,
           NULLIF(NULLIF(upper(btrim(c.country)), ''), 'XX'),
           NULLIF(btrim(c.developer_type), '')::developer_type,
           NULLIF(btrim(c.parent_org), '')
      FROM hfstate_authors_csv c
     ORDER BY lower(btrim(c.namespace))
    ON CONFLICT (lower(namespace), source) DO UPDATE
       SET namespace = excluded.namespace, country = excluded.country,
           developer_type = excluded.developer_type, parent_org = excluded.parent_org;
    GET DIAGNOSTICS n = ROW_COUNT;
    DROP TABLE hfstate_authors_csv;
    RETURN n;
END
$$;
COMMENT ON FUNCTION @extschema@.load_authors(text, text) IS
'Loads a server-side CSV with header namespace,country,developer_type,parent_org into the author registry as user (default) or paper rows; empty or XX country means none. Returns the rows written. From a client, \copy into hfstate.author_registry instead.';

------------------------------------------------------------------------------
-- Size buckets
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.size_bucket(params bigint) RETURNS @extschema@.size_bucket
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN params < 0 THEN NULL
            WHEN params < 1000000000 THEN '<1B'::@extschema@.size_bucket
            WHEN params < 10000000000 THEN '1–9B'::@extschema@.size_bucket
            WHEN params < 100000000000 THEN '10–99B'::@extschema@.size_bucket
            ELSE '100B+'::@extschema@.size_bucket END;
COMMENT ON FUNCTION @extschema@.size_bucket(bigint) IS
'Report bucket of a parameter count: <1B, 1–9B (1e9 <= n < 1e10), 10–99B, 100B+. NULL in, NULL out.';

------------------------------------------------------------------------------
-- Report views.  Conventions (docs in README): UTC; a repo's year is the year
-- of createdAt; the Hub's createdAt sentinel and missing dates are the year
-- NULL, shown as "unknown (<= 2022)"; "downloads, all time" is
-- downloadsAllTime of the current row; every share table has unknown rows.
------------------------------------------------------------------------------

-- model_attribution: each model with its author's registry entry (direct attribution)
CREATE VIEW @extschema@.model_attribution AS
SELECT m.key, m.id, m.author, m.created_year, m.downloads_all_time,
       CASE WHEN a.namespace_key IS NULL THEN 'unknown' ELSE coalesce(a.country, 'none') END AS country,
       CASE WHEN a.namespace_key IS NULL OR a.developer_type IS NULL THEN 'unknown'
            ELSE a.developer_type::text END AS developer_type
  FROM @extschema@.models m
  LEFT JOIN @extschema@.authors a ON a.namespace_key = pg_catalog.lower(m.author);
COMMENT ON VIEW @extschema@.model_attribution IS
'Each model attributed directly to its own namespace in the author registry: country is an ISO code, none (registered without a country: individuals, international groups) or unknown (namespace not in the registry); developer_type likewise, unknown when not registered.';

CREATE VIEW @extschema@.report_growth AS
WITH repos AS (
    SELECT 'm'::"char" AS kind, created_year AS year, pg_catalog.lower(author) AS ns FROM @extschema@.models
    UNION ALL
    SELECT 'd', created_year, pg_catalog.lower(author) FROM @extschema@.datasets
    UNION ALL
    SELECT 's', created_year, pg_catalog.lower(author) FROM @extschema@.spaces
), first_year AS (
    -- a creator's first year: NULL (unknown, <= 2022) sorts before every real year
    SELECT ns, CASE WHEN bool_or(year IS NULL) THEN NULL ELSE min(year) END AS year
      FROM repos WHERE ns IS NOT NULL GROUP BY ns
), years AS (
    SELECT DISTINCT year FROM repos
), per_year AS (
    SELECT y.year,
           (SELECT count(*) FROM repos r WHERE r.kind = 'm' AND r.year IS NOT DISTINCT FROM y.year) AS new_models,
           (SELECT count(*) FROM repos r WHERE r.kind = 'd' AND r.year IS NOT DISTINCT FROM y.year) AS new_datasets,
           (SELECT count(*) FROM repos r WHERE r.kind = 's' AND r.year IS NOT DISTINCT FROM y.year) AS new_spaces,
           (SELECT count(*) FROM first_year f WHERE f.year IS NOT DISTINCT FROM y.year) AS new_creators,
           (SELECT count(DISTINCT r.ns) FROM repos r WHERE r.year IS NOT DISTINCT FROM y.year) AS active_creators
      FROM years y
), cum AS (
    SELECT p.*,
           sum(new_models) OVER w AS cumulative_models,
           sum(new_datasets) OVER w AS cumulative_datasets,
           sum(new_spaces) OVER w AS cumulative_spaces,
           sum(new_creators) OVER w AS cumulative_creators
      FROM per_year p
    WINDOW w AS (ORDER BY year NULLS FIRST ROWS UNBOUNDED PRECEDING)
)
SELECT year::integer AS year,
       coalesce(year::text, 'unknown (<= 2022)') AS period,
       new_models::bigint, new_datasets::bigint, new_spaces::bigint,
       cumulative_models::bigint, cumulative_datasets::bigint, cumulative_spaces::bigint,
       new_creators::bigint, active_creators::bigint, cumulative_creators::bigint,
       round(cumulative_models / NULLIF(lag(cumulative_models) OVER o, 0), 3)::double precision AS models_yoy,
       round(cumulative_datasets / NULLIF(lag(cumulative_datasets) OVER o, 0), 3)::double precision AS datasets_yoy,
       round(cumulative_creators / NULLIF(lag(cumulative_creators) OVER o, 0), 3)::double precision AS creators_yoy
  FROM cum
WINDOW o AS (ORDER BY year NULLS FIRST)
 ORDER BY year NULLS FIRST;
COMMENT ON VIEW @extschema@.report_growth IS
'T1 Growth of the Hub: public models, datasets and Spaces created per year (UTC year of createdAt; the createdAt sentinel 2022-03-02T23:29:04Z and missing dates are "unknown (<= 2022)", counted before 2022), cumulative counts, and year-over-year ratios of the cumulative counts. Creators are namespaces with at least one repo (user accounts are not in the dumps): new_creators counts a namespace in the year of its first repo of any kind, active_creators in every year it created one.';

CREATE VIEW @extschema@.report_concentration AS
WITH d AS (
    SELECT downloads_all_time::double precision AS x,
           row_number() OVER (ORDER BY downloads_all_time DESC, key) AS rank_desc,
           row_number() OVER (ORDER BY downloads_all_time, key) AS rank_asc,
           count(*) OVER () AS n
      FROM @extschema@.models WHERE downloads_all_time IS NOT NULL
), totals AS (
    SELECT count(*) AS n, sum(x) AS total,
           sum(x) FILTER (WHERE rank_desc <= ceil(n * 0.0001)) AS top_0_01,
           sum(x) FILTER (WHERE rank_desc <= ceil(n * 0.001)) AS top_0_1,
           sum(x) FILTER (WHERE rank_desc <= ceil(n * 0.01)) AS top_1,
           sum(x) FILTER (WHERE rank_desc <= 200) AS top_200,
           count(*) FILTER (WHERE x < 200) AS under_200,
           sum((2 * rank_asc - n - 1) * x) AS gini_num,
           sum(x * x) AS sumsq
      FROM d
), authors AS (
    SELECT sum(downloads_all_time)::double precision AS x FROM @extschema@.models
     WHERE downloads_all_time IS NOT NULL GROUP BY pg_catalog.lower(author)
), countries AS (
    SELECT sum(downloads_all_time)::double precision AS x FROM @extschema@.model_attribution
     WHERE downloads_all_time IS NOT NULL AND country NOT IN ('unknown', 'none') GROUP BY country
)
SELECT t.n::bigint AS models,
       t.total::bigint AS downloads,
       t.top_0_01 / NULLIF(t.total, 0) AS top_0_01pct_share,
       t.top_0_1 / NULLIF(t.total, 0) AS top_0_1pct_share,
       t.top_1 / NULLIF(t.total, 0) AS top_1pct_share,
       t.top_200 / NULLIF(t.total, 0) AS top_200_share,
       t.under_200::double precision / NULLIF(t.n, 0) AS share_under_200,
       (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY x) FROM d) AS median_downloads,
       t.gini_num / NULLIF(t.n * t.total, 0) AS gini,
       10000 * t.sumsq / NULLIF(t.total * t.total, 0) AS hhi_model,
       (SELECT 10000 * sum(x * x) / NULLIF(sum(x) * sum(x), 0) FROM authors) AS hhi_author,
       (SELECT 10000 * sum(x * x) / NULLIF(sum(x) * sum(x), 0) FROM countries) AS hhi_country
  FROM totals t;
COMMENT ON VIEW @extschema@.report_concentration IS
'T2 Download concentration over all-time downloads per model (models with a downloadsAllTime): shares of the top 0.01%, 0.1%, 1% of models (ceil of the fraction of models) and of the top 200; share of models with fewer than 200 downloads; median (percentile_disc); Gini; HHI with shares in percent (0–10,000) over models, namespaces, and countries (attributed countries only).';

CREATE VIEW @extschema@.report_downloads_by_country AS
WITH g AS (
    SELECT country, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_attribution GROUP BY country
    UNION ALL
    SELECT c, 0, 0 FROM (VALUES ('none'), ('unknown')) v(c)
), s AS (
    SELECT country, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY country
)
SELECT country, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW @extschema@.report_downloads_by_country IS
'T3 Downloads by developer country, all time, direct attribution: all-time downloads of the models of each namespace''s country in the author registry. none = registered without a country (individuals, international groups); unknown = namespace not in the registry. Shares add up to 1.';

CREATE VIEW @extschema@.report_downloads_by_country_year AS
SELECT created_year::integer AS year, country, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_attribution
 GROUP BY created_year, country
 ORDER BY created_year NULLS FIRST, country IN ('none', 'unknown'), downloads DESC, country;
COMMENT ON VIEW @extschema@.report_downloads_by_country_year IS
'T3 by creation year: all-time downloads of the models created each year (NULL = unknown, <= 2022), by the country of their namespace (direct attribution); shares add up to 1 within a year.';

CREATE VIEW @extschema@.report_downloads_by_type AS
WITH g AS (
    SELECT developer_type, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads
      FROM @extschema@.model_attribution GROUP BY developer_type
    UNION ALL
    SELECT t, 0, 0 FROM pg_catalog.unnest(pg_catalog.enum_range(NULL::@extschema@.developer_type)::text[] || ARRAY['unknown']) t
), s AS (
    SELECT developer_type, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY developer_type
)
SELECT developer_type, models::bigint, downloads::bigint,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share
  FROM s
 ORDER BY developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW @extschema@.report_downloads_by_type IS
'T4 Downloads by developer type, all time, direct attribution: industry, academia, nonprofit, government, community, independent, and unknown (namespace not in the registry, or registered without a type). Shares add up to 1.';

CREATE VIEW @extschema@.report_downloads_by_type_year AS
SELECT created_year::integer AS year, developer_type, count(*)::bigint AS models,
       coalesce(sum(downloads_all_time), 0)::bigint AS downloads,
       coalesce(sum(downloads_all_time) / NULLIF(sum(sum(downloads_all_time)) OVER (PARTITION BY created_year), 0),
                0)::double precision AS share
  FROM @extschema@.model_attribution
 GROUP BY created_year, developer_type
 ORDER BY created_year NULLS FIRST, developer_type = 'unknown', downloads DESC, developer_type;
COMMENT ON VIEW @extschema@.report_downloads_by_type_year IS
'T4 by creation year: all-time downloads of the models created each year (NULL = unknown, <= 2022), by developer type of their namespace; shares add up to 1 within a year.';

CREATE VIEW @extschema@.report_size_buckets AS
WITH b AS (
    SELECT @extschema@.size_bucket(safetensors_total) AS bucket, downloads_all_time FROM @extschema@.models
), g AS (
    SELECT bucket, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads FROM b GROUP BY bucket
)
SELECT bucket, coalesce(bucket::text, 'unknown') AS label, models::bigint, downloads::bigint,
       coalesce(models::numeric / NULLIF(sum(models) OVER (), 0), 0)::double precision AS share_models,
       coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads
  FROM g
 ORDER BY bucket NULLS LAST;
COMMENT ON VIEW @extschema@.report_size_buckets IS
'T6 Model size (first version): models and all-time downloads per size bucket of the safetensors total (the Hub''s element count; packed 4-bit formats under-count); unknown = no safetensors total.';

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

CREATE VIEW @extschema@.report_dataset_categories AS
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
COMMENT ON VIEW @extschema@.report_dataset_categories IS
'T10 Dataset categories: datasets created per year (UTC year of createdAt; unknown = sentinel or missing) in each task category (a dataset counts in each of its categories; robotics = task_categories:robotics or tag LeRobot or library:lerobot), cumulative per category, and whether it is the largest category of its year.';

------------------------------------------------------------------------------
-- Author registry seed: namespaces carrying most downloads.  Reviewed from a
-- draft with evidence (see README, "The author registry"); XX there = no country.
------------------------------------------------------------------------------

INSERT INTO @extschema@.author_registry (namespace, source, country, developer_type, parent_org, confidence, evidence) VALUES
    ('0-hero', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('01-ai', 'seed', 'CN', 'industry', '01.AI', 'high', '01.AI (Beijing); Yi'),
    ('152334H', 'seed', NULL, 'independent', NULL, 'medium', 're-upload of leaked miqu weights'),
    ('2Noise', 'seed', 'CN', 'industry', '2noise', 'low', 'ChatTTS team; legal form not verified'),
    ('42dot', 'seed', 'KR', 'industry', 'Hyundai Motor Group', 'high', '42dot (Hyundai subsidiary)'),
    ('5CD-AI', 'seed', 'VN', 'industry', '5CD', 'low', 'Vietnamese AI team; legal form not verified'),
    ('aaditya', 'seed', 'US', 'industry', 'Saama AI Labs', 'low', 'personal account of Aaditya Ura; OpenBioLLM card credits Saama AI Labs'),
    ('abacusai', 'seed', 'US', 'industry', 'Abacus.AI', 'high', 'Abacus.AI (Smaug)'),
    ('abeja', 'seed', 'JP', 'industry', 'ABEJA', 'high', 'ABEJA (Tokyo)'),
    ('abhishekchohan', 'seed', NULL, 'independent', NULL, 'low', 'quantized variants'),
    ('adept', 'seed', 'US', 'industry', 'Adept AI Labs', 'high', 'Adept (Fuyu Persimmon)'),
    ('agentica-org', 'seed', 'US', 'academia', 'UC Berkeley (Sky Computing Lab)', 'medium', 'Agentica project (DeepScaleR DeepCoder) with Together AI'),
    ('agentlans', 'seed', NULL, 'independent', NULL, 'low', 'small finetunes'),
    ('ai-forever', 'seed', 'RU', 'industry', 'Sber', 'high', 'Sber AI (ruGPT FRIDA Kandinsky)'),
    ('AI-MO', 'seed', NULL, 'nonprofit', 'Project Numina', 'low', 'Project Numina non-profit (founded late 2023); NuminaMath with HF; registration country not established'),
    ('ai-sage', 'seed', 'RU', 'industry', 'Sber', 'medium', 'GigaChat open weights (Sber)'),
    ('AI-Sweden-Models', 'seed', 'SE', 'nonprofit', 'AI Sweden', 'medium', 'AI Sweden national centre for applied AI (non-profit; GPT-SW3)'),
    ('ai21labs', 'seed', 'IL', 'industry', 'AI21 Labs', 'high', 'AI21 Labs (Tel Aviv); Jamba'),
    ('ai4bharat', 'seed', 'IN', 'academia', 'IIT Madras (AI4Bharat)', 'high', 'AI4Bharat at IIT Madras'),
    ('AIDC-AI', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba International Digital Commerce Group (Ovis Marco-o1)'),
    ('airesearch', 'seed', 'TH', 'academia', 'VISTEC (AIResearch.in.th)', 'medium', 'WangchanBERTa'),
    ('aisingapore', 'seed', 'SG', 'government', 'AI Singapore (National Research Foundation)', 'medium', 'national AI programme hosted by NUS (SEA-LION)'),
    ('akjindal53244', 'seed', NULL, 'independent', NULL, 'medium', 'Llama-3.1-Storm (individual collaboration)'),
    ('albert', 'seed', 'US', 'industry', 'Google (Alphabet)', 'medium', 'legacy canonical namespace for ALBERT (Google Research & TTIC)'),
    ('alchemab', 'seed', 'GB', 'industry', 'Alchemab Therapeutics', 'medium', 'Alchemab (London/Cambridge biotech); antibody LMs'),
    ('Aleph-Alpha', 'seed', 'DE', 'industry', 'Aleph Alpha', 'high', 'Aleph Alpha (Heidelberg)'),
    ('Alibaba-NLP', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba Tongyi Lab NLP (GTE Tongyi-DeepResearch)'),
    ('alibaba-pai', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba Cloud PAI team'),
    ('alimama-creative', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba Alimama creative team (FLUX ControlNet)'),
    ('ALLaM-AI', 'seed', 'SA', 'government', 'SDAIA', 'high', 'Saudi Data and AI Authority (ALLaM)'),
    ('allegro', 'seed', 'PL', 'industry', 'Allegro', 'high', 'Allegro (Polish e-commerce); HerBERT'),
    ('allenai', 'seed', 'US', 'nonprofit', 'Allen Institute for AI (Ai2)', 'high', 'Ai2 non-profit research institute (Seattle); OLMo Tulu Molmo'),
    ('allknowingroger', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('allura-org', 'seed', NULL, 'community', 'Allura', 'medium', 'volunteer roleplay-model collective'),
    ('almanach', 'seed', 'FR', 'academia', 'Inria (ALMAnaCH)', 'high', 'CamemBERT team'),
    ('alpindale', 'seed', NULL, 'independent', NULL, 'high', 'individual (also re-uploaded WizardLM-2)'),
    ('altomek', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('amazon', 'seed', 'US', 'industry', 'Amazon', 'high', 'Amazon (Seattle); Chronos'),
    ('amd', 'seed', 'US', 'industry', 'AMD', 'high', 'AMD (Santa Clara)'),
    ('answerdotai', 'seed', 'US', 'industry', 'Answer.AI', 'high', 'Answer.AI (ModernBERT)'),
    ('anthracite-org', 'seed', NULL, 'community', 'Anthracite', 'high', 'volunteer collective (Magnum roleplay models)'),
    ('apple', 'seed', 'US', 'industry', 'Apple', 'high', 'Apple (Cupertino); OpenELM MobileCLIP DFN'),
    ('arcee-ai', 'seed', 'US', 'industry', 'Arcee AI', 'high', 'Arcee AI (SuperNova Virtuoso)'),
    ('arcinstitute', 'seed', 'US', 'nonprofit', 'Arc Institute', 'high', 'Arc Institute non-profit (Palo Alto); Evo'),
    ('argilla', 'seed', 'ES', 'industry', 'Argilla (Hugging Face since 2024)', 'medium', 'Argilla (Madrid) acquired by Hugging Face 2024; Notus'),
    ('argilla-warehouse', 'seed', 'ES', 'industry', 'Argilla (Hugging Face since 2024)', 'medium', 'Argilla secondary org'),
    ('ArliAI', 'seed', NULL, 'industry', 'Arli AI', 'low', 'Arli AI inference service (RPMax models); HQ not established'),
    ('Artples', 'seed', NULL, 'independent', NULL, 'low', 'small finetunes'),
    ('asafaya', 'seed', NULL, 'independent', NULL, 'medium', 'Arabic BERT'),
    ('Ashishkr', 'seed', NULL, 'independent', NULL, 'medium', 'Ashish Kumar'),
    ('AtlaAI', 'seed', 'GB', 'industry', 'Atla', 'medium', 'Atla (London); Selene judge models'),
    ('aubmindlab', 'seed', 'LB', 'academia', 'American University of Beirut (MIND Lab)', 'high', 'AraBERT / AraGPT2'),
    ('autogluon', 'seed', 'US', 'industry', 'Amazon', 'high', 'AWS AutoGluon team; chronos-bolt'),
    ('automerger', 'seed', NULL, 'independent', NULL, 'medium', 'automated merges (Maxime Labonne''s automerger)'),
    ('avichr', 'seed', NULL, 'independent', NULL, 'medium', 'heBERT'),
    ('avsolatorio', 'seed', NULL, 'independent', NULL, 'medium', 'GIST embeddings author'),
    ('aws-prototyping', 'seed', 'US', 'industry', 'Amazon', 'medium', 'AWS prototyping team; MegaBeam-Mistral'),
    ('axolotl-ai-co', 'seed', 'US', 'industry', 'Axolotl AI', 'medium', 'Axolotl AI company (fine-tuning framework)'),
    ('Azure99', 'seed', NULL, 'independent', NULL, 'medium', 'Blossom models'),
    ('BAAI', 'seed', 'CN', 'nonprofit', 'Beijing Academy of Artificial Intelligence', 'high', 'BAAI is a non-profit research institute (Beijing); BGE'),
    ('Babelscape', 'seed', 'IT', 'industry', 'Babelscape', 'high', 'Babelscape (Rome)'),
    ('BabyLM-community', 'seed', NULL, 'community', 'BabyLM challenge', 'low', 'BabyLM shared-task community org'),
    ('baichuan-inc', 'seed', 'CN', 'industry', 'Baichuan Intelligence', 'high', 'Baichuan (Beijing)'),
    ('baidu', 'seed', 'CN', 'industry', 'Baidu', 'high', 'Baidu ERNIE'),
    ('bartowski', 'seed', NULL, 'independent', NULL, 'high', 'individual quantizer (GGUF/EXL2); profile: ML engineer at Red Hat'),
    ('BCCard', 'seed', 'KR', 'industry', 'BC Card', 'medium', 'BC Card (Korean card company)'),
    ('BEE-spoke-data', 'seed', NULL, 'independent', NULL, 'low', 'Peter Szemraj-linked org'),
    ('benjamin', 'seed', NULL, 'independent', NULL, 'medium', 'Benjamin Minixhofer'),
    ('beomi', 'seed', NULL, 'independent', NULL, 'high', 'Junbum Lee (Korean LLM/BERT)'),
    ('beowolx', 'seed', NULL, 'independent', NULL, 'low', 'CodeNinja'),
    ('berkeley-nest', 'seed', 'US', 'academia', 'UC Berkeley', 'high', 'Berkeley NEST lab (Starling)'),
    ('bertin-project', 'seed', NULL, 'community', 'BERTIN', 'medium', 'volunteer Spanish-language project from HF Flax community week'),
    ('bespokelabs', 'seed', 'US', 'industry', 'Bespoke Labs', 'medium', 'Bespoke Labs (Bespoke-Stratos MiniCheck)'),
    ('bharatgenai', 'seed', 'IN', 'government', 'BharatGen (Govt. of India DST; IIT Bombay-led)', 'medium', 'government-funded sovereign LLM initiative'),
    ('bigcode', 'seed', NULL, 'community', 'BigCode (Hugging Face & ServiceNow)', 'medium', 'open scientific collaboration led by HF and ServiceNow (StarCoder)'),
    ('bigscience', 'seed', NULL, 'community', 'BigScience workshop (coordinated by Hugging Face)', 'medium', 'open collaboration of 1000+ researchers (BLOOM T0 mT0); French public compute (Jean Zay)'),
    ('bineric', 'seed', 'NO', 'industry', 'Bineric', 'low', 'Norwegian startup (NorskGPT); verify'),
    ('Bingsu', 'seed', NULL, 'independent', NULL, 'medium', 'Dowon Hwang (adetailer YOLO)'),
    ('BioMistral', 'seed', 'FR', 'academia', 'Avignon Universite / Nantes Universite', 'medium', 'BioMistral'),
    ('black-forest-labs', 'seed', 'DE', 'industry', 'Black Forest Labs', 'high', 'Black Forest Labs (Freiburg); FLUX'),
    ('Bllossom', 'seed', 'KR', 'academia', 'Seoul National Univ. of Science and Technology (MLP Lab)', 'medium', 'Bllossom project'),
    ('BM-K', 'seed', NULL, 'independent', NULL, 'medium', 'KoSimCSE'),
    ('bosonai', 'seed', 'US', 'industry', 'Boson AI', 'medium', 'Boson AI (Santa Clara); Higgs'),
    ('brain-bzh', 'seed', 'FR', 'academia', 'IMT Atlantique (BRAIN team)', 'low', 'REVE EEG model; affiliation inferred from name/card'),
    ('BramVanroy', 'seed', NULL, 'independent', NULL, 'high', 'Bram Vanroy (GEITje; Dutch models)'),
    ('briaai', 'seed', 'IL', 'industry', 'Bria AI', 'high', 'Bria (Tel Aviv)'),
    ('browser-use', 'seed', 'US', 'industry', 'Browser Use', 'low', 'Browser Use (YC; Swiss founders)'),
    ('BSC-LT', 'seed', 'ES', 'academia', 'Barcelona Supercomputing Center', 'high', 'BSC Language Technologies unit (Salamandra); public research centre'),
    ('bullerwins', 'seed', NULL, 'independent', NULL, 'medium', 'individual quantizer'),
    ('bunnycore', 'seed', NULL, 'independent', NULL, 'medium', 'prolific merges'),
    ('byroneverson', 'seed', NULL, 'independent', NULL, 'medium', 'abliterated models'),
    ('ByteDance', 'seed', 'CN', 'industry', 'ByteDance', 'high', 'ByteDance (Beijing)'),
    ('bytedance-research', 'seed', 'CN', 'industry', 'ByteDance', 'high', 'ByteDance Research (UI-TARS)'),
    ('ByteDance-Seed', 'seed', 'CN', 'industry', 'ByteDance', 'high', 'ByteDance Seed team'),
    ('cagliostrolab', 'seed', NULL, 'community', 'Cagliostro Research Lab', 'medium', 'volunteer anime-model lab (Animagine XL)'),
    ('cais', 'seed', 'US', 'nonprofit', 'Center for AI Safety', 'high', 'CAIS non-profit (San Francisco); HarmBench classifiers'),
    ('cambridgeltl', 'seed', 'GB', 'academia', 'University of Cambridge', 'high', 'Language Technology Lab (SapBERT)'),
    ('CAMeL-Lab', 'seed', 'AE', 'academia', 'New York University Abu Dhabi', 'high', 'CAMeL Lab (NYUAD)'),
    ('canopylabs', 'seed', 'US', 'industry', 'Canopy Labs', 'medium', 'Canopy Labs (Orpheus TTS)'),
    ('cardiffnlp', 'seed', 'GB', 'academia', 'Cardiff University', 'high', 'Cardiff NLP (twitter-roberta models)'),
    ('casperhansen', 'seed', NULL, 'independent', NULL, 'high', 'Casper Hansen (AutoAWQ author)'),
    ('castorini', 'seed', 'CA', 'academia', 'University of Waterloo', 'high', 'Jimmy Lin''s lab'),
    ('CausalLM', 'seed', NULL, 'community', 'CausalLM', 'low', 'small open-source group; members not public'),
    ('cckevinn', 'seed', NULL, 'independent', NULL, 'low', 'SeeClick author account'),
    ('cerebras', 'seed', 'US', 'industry', 'Cerebras', 'high', 'Cerebras Systems (Sunnyvale)'),
    ('chandar-lab', 'seed', 'CA', 'academia', 'Mila (Sarath Chandar)', 'high', 'Chandar Research Lab (Mila)'),
    ('chargoddard', 'seed', NULL, 'independent', NULL, 'high', 'mergekit author (Charles Goddard)'),
    ('chujiezheng', 'seed', NULL, 'independent', NULL, 'low', 'personal account (ExPO)'),
    ('city96', 'seed', NULL, 'independent', NULL, 'high', 'individual; GGUF conversions of diffusion models'),
    ('cjvt', 'seed', 'SI', 'academia', 'University of Ljubljana', 'high', 'Centre for Language Resources and Technologies'),
    ('ckiplab', 'seed', 'TW', 'academia', 'Academia Sinica (CKIP)', 'high', 'CKIP Lab Chinese transformers'),
    ('cl-tohoku', 'seed', 'JP', 'academia', 'Tohoku University', 'high', 'Tohoku NLP (Japanese BERT)'),
    ('cloudyu', 'seed', NULL, 'independent', NULL, 'medium', 'MoE merges'),
    ('codellama', 'seed', 'US', 'industry', 'Meta', 'high', 'Code Llama official namespace (Meta)'),
    ('codgician', 'seed', NULL, 'independent', NULL, 'low', 'GPTQ variants'),
    ('cognitivecomputations', 'seed', NULL, 'community', 'Cognitive Computations (Eric Hartford)', 'medium', 'HF community org led by Eric Hartford with contributors (Dolphin); listed as community org'),
    ('CohereForAI', 'seed', 'CA', 'industry', 'Cohere', 'high', 'former name of CohereLabs (same org renamed 2025)'),
    ('CohereLabs', 'seed', 'CA', 'industry', 'Cohere', 'high', 'Cohere Labs (formerly Cohere For AI) is Cohere''s research lab (Toronto); Aya Command-R open weights'),
    ('cointegrated', 'seed', NULL, 'independent', NULL, 'high', 'David Dale (rubert-tiny)'),
    ('colbert-ir', 'seed', 'US', 'academia', 'Stanford University', 'high', 'ColBERT (Stanford)'),
    ('Columbia-NLP', 'seed', 'US', 'academia', 'Columbia University', 'high', 'Columbia NLP'),
    ('CombinHorizon', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('Comfy-Org', 'seed', 'US', 'industry', 'Comfy Org', 'high', 'Comfy Org (ComfyUI company) repackaged checkpoints'),
    ('CompVis', 'seed', 'DE', 'academia', 'LMU Munich (Ommer lab)', 'high', 'CompVis group (Stable Diffusion v1 research)'),
    ('ContactDoctor', 'seed', 'IN', 'industry', 'ContactDoctor', 'low', 'Indian health-tech company (Bio-Medical-Llama)'),
    ('ContextualAI', 'seed', 'US', 'industry', 'Contextual AI', 'high', 'Contextual AI (Mountain View)'),
    ('coqui', 'seed', 'DE', 'industry', 'Coqui', 'medium', 'Coqui GmbH (Berlin; shut down 2024); XTTS'),
    ('core42', 'seed', 'AE', 'industry', 'Core42 (G42)', 'high', 'Core42 (G42)'),
    ('Corianas', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('cpatonn', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer'),
    ('cross-encoder', 'seed', 'DE', 'academia', 'UKP Lab TU Darmstadt (maintained by Hugging Face)', 'medium', 'sentence-transformers cross-encoders (MS MARCO) by Nils Reimers'),
    ('csebuetnlp', 'seed', 'BD', 'academia', 'BUET', 'high', 'CSE BUET NLP (BanglaBERT)'),
    ('csukuangfj', 'seed', NULL, 'independent', NULL, 'medium', 'Fangjun Kuang (sherpa-onnx models)'),
    ('CultriX', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('cyankiwi', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer; identity not public'),
    ('cyberagent', 'seed', 'JP', 'industry', 'CyberAgent', 'high', 'CyberAgent (CALM)'),
    ('CYFRAGOVPL', 'seed', 'PL', 'government', 'Ministry of Digital Affairs (Poland)', 'high', 'PLLuM consortium models published by the Polish Ministry of Digital Affairs'),
    ('dalle-mini', 'seed', NULL, 'community', 'DALL-E mini / Craiyon (Boris Dayma)', 'low', 'originated in HF/Google community week; later Craiyon'),
    ('damo-vilab', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba DAMO Academy vision lab'),
    ('dangvantuan', 'seed', NULL, 'independent', NULL, 'medium', 'French sentence-camembert'),
    ('Danielbrdz', 'seed', NULL, 'independent', NULL, 'medium', 'Barcenas models'),
    ('danielheinz', 'seed', NULL, 'independent', NULL, 'low', 'embedding finetune'),
    ('databricks', 'seed', 'US', 'industry', 'Databricks', 'high', 'Databricks (Dolly DBRX)'),
    ('datalab-to', 'seed', 'US', 'industry', 'Datalab', 'high', 'Datalab (Vik Paruchuri''s company); Surya Marker Chandra'),
    ('DavidAU', 'seed', NULL, 'independent', NULL, 'medium', 'prolific finetuner'),
    ('davidkim205', 'seed', NULL, 'independent', NULL, 'medium', 'Korean individual finetuner'),
    ('Davlan', 'seed', NULL, 'independent', NULL, 'medium', 'David Adelani (African NER)'),
    ('dbmdz', 'seed', 'DE', 'government', 'Bavarian State Library (MDZ)', 'high', 'MDZ Digital Library team of the Bavarian State Library'),
    ('dccuchile', 'seed', 'CL', 'academia', 'Universidad de Chile', 'high', 'BETO (DCC Universidad de Chile)'),
    ('dealignai', 'seed', NULL, 'independent', NULL, 'low', 'uncensored variants'),
    ('DebateLabKIT', 'seed', 'DE', 'academia', 'Karlsruhe Institute of Technology', 'high', 'DebateLab at KIT'),
    ('Deci', 'seed', 'IL', 'industry', 'Deci AI', 'high', 'Deci (Tel Aviv; acquired by NVIDIA 2024); DeciLM'),
    ('deepcogito', 'seed', 'US', 'industry', 'Deep Cogito', 'high', 'Deep Cogito (San Francisco startup)'),
    ('DeepMount00', 'seed', NULL, 'independent', NULL, 'medium', 'Italian finetunes'),
    ('DeepPavlov', 'seed', 'RU', 'academia', 'Moscow Institute of Physics and Technology', 'high', 'DeepPavlov lab (MIPT)'),
    ('deepseek-ai', 'seed', 'CN', 'industry', 'DeepSeek (High-Flyer)', 'high', 'DeepSeek (Hangzhou)'),
    ('deepset', 'seed', 'DE', 'industry', 'deepset', 'high', 'deepset GmbH (Berlin)'),
    ('defog', 'seed', 'US', 'industry', 'Defog.ai', 'medium', 'Defog (SQLCoder)'),
    ('Delta-Vector', 'seed', NULL, 'independent', NULL, 'low', 'roleplay finetunes'),
    ('dengcao', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer'),
    ('depth-anything', 'seed', 'CN', 'industry', 'ByteDance', 'medium', 'Depth Anything V2 (ByteDance/TikTok with HKU)'),
    ('descript', 'seed', 'US', 'industry', 'Descript', 'high', 'Descript (DAC audio codec)'),
    ('DeSTA-ntu', 'seed', 'TW', 'academia', 'National Taiwan University', 'medium', 'DeSTA speech LLM'),
    ('DevQuasar', 'seed', NULL, 'independent', NULL, 'medium', 'quantization org of an individual'),
    ('dfurman', 'seed', NULL, 'independent', NULL, 'medium', 'Daniel Furman'),
    ('dicta-il', 'seed', 'IL', 'nonprofit', 'DICTA', 'medium', 'DICTA Israel Center for Text Analysis (non-profit)'),
    ('diffusers', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF diffusers team'),
    ('DiscoResearch', 'seed', NULL, 'community', 'DiscoResearch', 'medium', 'volunteer German LLM collective (DiscoLM)'),
    ('distil-labs', 'seed', NULL, 'industry', 'distil labs', 'low', 'small-model distillation startup; HQ not established'),
    ('distil-whisper', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF Distil-Whisper'),
    ('distilbert', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'DistilBERT created by Hugging Face (Sanh et al. 2019); legacy canonical namespace'),
    ('DMetaSoul', 'seed', 'CN', 'industry', 'DMetaSoul', 'medium', 'Chinese AI company (sbert-chinese)'),
    ('dmis-lab', 'seed', 'KR', 'academia', 'Korea University', 'high', 'DMIS Lab (BioBERT)'),
    ('dnhkng', 'seed', NULL, 'independent', NULL, 'medium', 'David Noel Ng (RYS layer-duplication models)'),
    ('Doctor-Shotgun', 'seed', NULL, 'independent', NULL, 'low', 'roleplay finetunes'),
    ('dphn', 'seed', NULL, 'community', 'Dolphin (Eric Hartford / dphnAI)', 'low', 'successor namespace of cognitivecomputations Dolphin models (same repos appear under dphn)'),
    ('DreadPoor', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('Dream-org', 'seed', 'HK', 'academia', 'University of Hong Kong', 'medium', 'Dream 7B diffusion LM (HKU NLP with Huawei Noah''s Ark)'),
    ('dreamgen', 'seed', NULL, 'independent', NULL, 'low', 're-upload of WizardLM-2-7B; DreamGen product account'),
    ('dslim', 'seed', NULL, 'independent', NULL, 'high', 'David S. Lim (bert-base-NER)'),
    ('DTAI-KULeuven', 'seed', 'BE', 'academia', 'KU Leuven', 'high', 'RobBERT'),
    ('dunzhang', 'seed', NULL, 'independent', NULL, 'medium', 'stella embeddings author'),
    ('echarlaix', 'seed', NULL, 'independent', NULL, 'medium', 'HF engineer test models'),
    ('Efficient-Large-Model', 'seed', 'US', 'industry', 'NVIDIA', 'medium', 'NVIDIA research org (Song Han group: VILA Sana NVILA)'),
    ('ehartford', 'seed', NULL, 'independent', NULL, 'high', 'personal account of Eric Hartford (Dolphin)'),
    ('ehristoforu', 'seed', NULL, 'independent', NULL, 'medium', 'merges'),
    ('EleutherAI', 'seed', 'US', 'nonprofit', 'EleutherAI Institute', 'medium', 'began as Discord collective 2020; incorporated as non-profit research institute 2023; Pythia GPT-NeoX'),
    ('elyza', 'seed', 'JP', 'industry', 'ELYZA (KDDI)', 'high', 'ELYZA (Tokyo)'),
    ('emilyalsentzer', 'seed', 'US', 'academia', 'MIT / Harvard', 'medium', 'personal account of Emily Alsentzer; Bio_ClinicalBERT paper release'),
    ('Epiculous', 'seed', NULL, 'independent', NULL, 'medium', 'roleplay finetunes'),
    ('EpistemeAI', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('Eric111', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('erwanf', 'seed', NULL, 'independent', NULL, 'low', 'small GPT-2 variants'),
    ('Eurdem', 'seed', NULL, 'independent', NULL, 'low', 'Turkish finetune'),
    ('eustlb', 'seed', NULL, 'independent', NULL, 'low', 'HF engineer account'),
    ('EVA-UNIT-01', 'seed', NULL, 'community', NULL, 'low', 'small finetune group'),
    ('facebook', 'seed', 'US', 'industry', 'Meta', 'high', 'Meta AI / FAIR official namespace (OPT DINOv2 wav2vec2 NLLB SAM)'),
    ('FacebookAI', 'seed', 'US', 'industry', 'Meta', 'high', 'legacy canonical namespace for Meta checkpoints (roberta-base xlm-roberta) moved from root in 2024'),
    ('failspy', 'seed', NULL, 'independent', NULL, 'high', 'abliteration author'),
    ('fal', 'seed', 'US', 'industry', 'fal.ai', 'high', 'fal.ai (San Francisco)'),
    ('Falconsai', 'seed', NULL, 'industry', 'Falcons.ai', 'low', 'company behind nsfw_image_detection; HQ country not established'),
    ('fancyfeast', 'seed', NULL, 'independent', NULL, 'medium', 'JoyCaption'),
    ('farbodtavakkoli', 'seed', NULL, 'independent', NULL, 'low', 'OTel LLM finetunes'),
    ('fblgit', 'seed', NULL, 'independent', NULL, 'medium', 'UNA models'),
    ('fdtn-ai', 'seed', 'US', 'industry', 'Cisco (Foundation AI)', 'medium', 'Cisco Foundation AI security models'),
    ('Felladrin', 'seed', NULL, 'independent', NULL, 'medium', 'small models'),
    ('finiteautomata', 'seed', NULL, 'independent', NULL, 'medium', 'Juan Manuel Perez (bertweet sentiment)'),
    ('Finnish-NLP', 'seed', NULL, 'community', 'Finnish-NLP', 'medium', 'volunteer Finnish NLP group'),
    ('fishaudio', 'seed', NULL, 'industry', 'Fish Audio', 'low', 'Fish Audio (Fish-Speech OpenAudio); HQ not established'),
    ('fla-hub', 'seed', NULL, 'community', 'flash-linear-attention project', 'low', 'open-source linear-attention model hub'),
    ('FlagAlpha', 'seed', NULL, 'community', 'Llama Chinese community', 'low', 'Chinese Llama community (Llama2-Chinese / Atom)'),
    ('flair', 'seed', 'DE', 'academia', 'Humboldt-Universitat zu Berlin', 'medium', 'Flair NLP models (Alan Akbik''s group)'),
    ('flammenai', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('flaubert', 'seed', 'FR', 'academia', 'Universite Grenoble Alpes / CNRS', 'medium', 'FlauBERT legacy namespace'),
    ('FlofloB', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('florence-community', 'seed', NULL, 'community', '(Microsoft Florence-2 weights)', 'low', 'transformers-native conversions of Microsoft Florence-2'),
    ('fnlp', 'seed', 'CN', 'academia', 'Fudan University', 'high', 'Fudan NLP group (MOSS)'),
    ('freewheelin', 'seed', 'KR', 'industry', 'Freewheelin', 'low', 'Korean edtech company (free-solar models)'),
    ('FriendliAI', 'seed', 'KR', 'industry', 'FriendliAI', 'medium', 'FriendliAI (Seoul / Redwood City)'),
    ('FunAudioLLM', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba Tongyi speech team (SenseVoice CosyVoice)'),
    ('FuseAI', 'seed', 'CN', 'academia', 'Sun Yat-sen University', 'medium', 'FuseLLM/FuseChat (SYSU)'),
    ('GanymedeNil', 'seed', NULL, 'independent', NULL, 'medium', 'text2vec-large-chinese'),
    ('garage-bAInd', 'seed', 'US', 'academia', 'Boston University', 'medium', 'Platypus'),
    ('gaunernst', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer'),
    ('gbueno86', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('genmo', 'seed', 'US', 'industry', 'Genmo', 'high', 'Genmo (Mochi-1)'),
    ('ggml-org', 'seed', 'BG', 'industry', 'ggml.ai (joined Hugging Face Feb 2026)', 'medium', 'ggml.ai (Sofia; Georgi Gerganov) joined Hugging Face on 2026-02-20 per press reports'),
    ('ghost-x', 'seed', 'VN', 'industry', 'Ghost X', 'low', 'Ghost 8B; country not verified'),
    ('Goekdeniz-Guelmez', 'seed', NULL, 'independent', NULL, 'medium', 'Josiefied models'),
    ('gokaygokay', 'seed', NULL, 'independent', NULL, 'medium', 'individual (Florence-2 prompt generators)'),
    ('google', 'seed', 'US', 'industry', 'Google (Alphabet)', 'high', 'Google / Google DeepMind official namespace (T5 Gemma ViT SigLIP)'),
    ('google-bert', 'seed', 'US', 'industry', 'Google (Alphabet)', 'high', 'legacy canonical namespace for Google BERT checkpoints (bert-base-uncased)'),
    ('google-t5', 'seed', 'US', 'industry', 'Google (Alphabet)', 'high', 'legacy canonical namespace for Google T5 checkpoints (t5-small t5-base)'),
    ('GoToCompany', 'seed', 'ID', 'industry', 'GoTo Group', 'high', 'GoTo (Sahabat-AI)'),
    ('gradientai', 'seed', 'US', 'industry', 'Gradient', 'high', 'Gradient AI (San Francisco); 1M-context Llama-3'),
    ('grimjim', 'seed', NULL, 'independent', NULL, 'high', 'merge maker'),
    ('GritLM', 'seed', 'US', 'industry', 'Contextual AI', 'low', 'GritLM (Niklas Muennighoff et al.; Contextual AI with HKU/Microsoft)'),
    ('GroNLP', 'seed', 'NL', 'academia', 'University of Groningen', 'high', 'Groningen NLP'),
    ('Groq', 'seed', 'US', 'industry', 'Groq', 'high', 'Groq Inc.; Llama-3-Groq-Tool-Use'),
    ('groxaxo', 'seed', NULL, 'independent', NULL, 'low', 'GPTQ variants'),
    ('Gryphe', 'seed', NULL, 'independent', NULL, 'high', 'MythoMax author'),
    ('GSAI-ML', 'seed', 'CN', 'academia', 'Renmin University of China (Gaoling School of AI)', 'high', 'LLaDA diffusion LM'),
    ('gsarti', 'seed', NULL, 'independent', NULL, 'medium', 'Italian models'),
    ('guillaumekln', 'seed', NULL, 'independent', NULL, 'medium', 'Guillaume Klein (original faster-whisper conversions)'),
    ('guoyww', 'seed', NULL, 'independent', NULL, 'low', 'Yuwei Guo personal account (AnimateDiff; CUHK / Shanghai AI Lab research)'),
    ('Gustavosta', 'seed', NULL, 'independent', NULL, 'medium', 'MagicPrompt author'),
    ('h2oai', 'seed', 'US', 'industry', 'H2O.ai', 'high', 'H2O.ai (Mountain View); Danube'),
    ('h94', 'seed', 'CN', 'industry', 'Tencent', 'medium', 'personal account of Hu Ye; IP-Adapter from Tencent AI Lab'),
    ('haoranxu', 'seed', 'US', 'academia', 'Johns Hopkins University', 'low', 'personal account of Haoran Xu; ALMA (JHU with Microsoft)'),
    ('Harvard-DCML', 'seed', 'US', 'academia', 'Harvard University', 'medium', 'Harvard DCML lab'),
    ('Hcompany', 'seed', 'FR', 'industry', 'H Company', 'high', 'H Company (Paris); Holo models'),
    ('HelpingAI', 'seed', 'IN', 'industry', 'HelpingAI', 'low', 'Indian startup (Abhay Koul); verify'),
    ('Helsinki-NLP', 'seed', 'FI', 'academia', 'University of Helsinki', 'high', 'Language Technology group (OPUS-MT)'),
    ('hexgrad', 'seed', NULL, 'independent', NULL, 'high', 'Kokoro-82M author account'),
    ('hf-audio', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF audio team'),
    ('hf-internal-testing', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF CI tiny test models (download counts are CI traffic)'),
    ('hf-tiny-model-private', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF CI tiny test models'),
    ('hfl', 'seed', 'CN', 'industry', 'iFLYTEK', 'medium', 'HIT-iFLYTEK Joint Laboratory (Chinese BERT/RoBERTa-wwm); joint university-industry lab'),
    ('hkust-nlp', 'seed', 'HK', 'academia', 'HKUST', 'high', 'HKUST NLP group'),
    ('HKUSTAudio', 'seed', 'HK', 'academia', 'HKUST', 'medium', 'HKUST audio (Llasa)'),
    ('hmellor', 'seed', NULL, 'independent', NULL, 'medium', 'Harry Mellor tiny-random test models'),
    ('hotchpotch', 'seed', NULL, 'independent', NULL, 'medium', 'Japanese embeddings/rerankers'),
    ('hotmailuser', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('HPAI-BSC', 'seed', 'ES', 'academia', 'Barcelona Supercomputing Center', 'high', 'BSC High Performance AI group (Aloe)'),
    ('hpcai-tech', 'seed', 'SG', 'industry', 'HPC-AI Tech', 'medium', 'HPC-AI Tech (Colossal-AI; Singapore HQ)'),
    ('hugging-quants', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF-maintained AWQ/GPTQ quantizations'),
    ('huggingface', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'Hugging Face Inc. (New York; large Paris office)'),
    ('HuggingFaceFW', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF FineWeb team'),
    ('HuggingFaceH4', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF alignment team (Zephyr)'),
    ('HuggingFaceM4', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF multimodal team (IDEFICS SmolVLM)'),
    ('HuggingFaceTB', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF Smol models team (SmolLM)'),
    ('huggyllama', 'seed', NULL, 'independent', NULL, 'low', 'unofficial re-upload of Meta LLaMA-1 weights; maintainer not public'),
    ('huihui-ai', 'seed', NULL, 'independent', NULL, 'medium', 'abliterated-model publisher run by an individual'),
    ('humain-ai', 'seed', 'SA', 'industry', 'HUMAIN (PIF)', 'medium', 'HUMAIN (PIF-owned AI company)'),
    ('humarin', 'seed', NULL, 'independent', NULL, 'low', 'T5 paraphraser'),
    ('hustvl', 'seed', 'CN', 'academia', 'Huazhong University of Science and Technology', 'high', 'HUST Vision Lab (YOLOS ViTMatte Vim)'),
    ('IAMJB', 'seed', NULL, 'independent', NULL, 'medium', 'Jean-Benoit Delbrouck'),
    ('ibivibiv', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('ibm-ai-platform', 'seed', 'US', 'industry', 'IBM', 'high', 'IBM AI platform team'),
    ('ibm-granite', 'seed', 'US', 'industry', 'IBM', 'high', 'IBM Granite models'),
    ('ibm-nasa-geospatial', 'seed', 'US', 'industry', 'IBM', 'medium', 'Prithvi geospatial models developed by IBM with NASA'),
    ('ibm-research', 'seed', 'US', 'industry', 'IBM', 'high', 'IBM Research'),
    ('ibnzterrell', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer'),
    ('icefog72', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('IDEA-CCNL', 'seed', 'CN', 'nonprofit', 'International Digital Economy Academy (IDEA)', 'medium', 'IDEA Fengshenbang team (Shenzhen research institute)'),
    ('IDEA-Research', 'seed', 'CN', 'nonprofit', 'International Digital Economy Academy (IDEA)', 'medium', 'IDEA Research (Grounding DINO)'),
    ('iGeniusAI', 'seed', 'IT', 'industry', 'iGenius', 'medium', 'iGenius (Milan); Italia 9B'),
    ('ilsp', 'seed', 'GR', 'academia', 'Athena Research Center (ILSP)', 'high', 'Krikri / Meltemi'),
    ('IlyaGusev', 'seed', NULL, 'independent', NULL, 'high', 'Ilya Gusev (Saiga)'),
    ('inceptionai', 'seed', 'AE', 'industry', 'Inception (G42)', 'high', 'Inception (G42 company); Jais'),
    ('inclusionAI', 'seed', 'CN', 'industry', 'Ant Group', 'high', 'Ant Group Ling/Ring/LLaDA models'),
    ('Infinirc', 'seed', NULL, 'independent', NULL, 'low', 'finetune'),
    ('inflatebot', 'seed', NULL, 'independent', NULL, 'medium', 'Mag-Mell merges'),
    ('infly', 'seed', 'CN', 'industry', 'INF Technology', 'medium', 'INF Technology (Shanghai); INF-ORM'),
    ('Infomaniak-AI', 'seed', 'CH', 'industry', 'Infomaniak', 'medium', 'Infomaniak (Geneva)'),
    ('INSAIT-Institute', 'seed', 'BG', 'academia', 'INSAIT (Sofia University)', 'high', 'BgGPT'),
    ('InstaDeepAI', 'seed', 'GB', 'industry', 'InstaDeep (BioNTech)', 'high', 'InstaDeep (London; BioNTech subsidiary since 2023); nucleotide-transformer'),
    ('InstantX', 'seed', NULL, 'community', 'InstantX team', 'low', 'independent research team (InstantID; FLUX ControlNets); affiliation not verified'),
    ('instruction-pretrain', 'seed', 'US', 'industry', 'Microsoft', 'low', 'Instruction Pre-Training (Microsoft Research authors); attribution inferred'),
    ('Intel', 'seed', 'US', 'industry', 'Intel', 'high', 'Intel (Santa Clara); neural-chat DPT'),
    ('internlm', 'seed', 'CN', 'academia', 'Shanghai AI Laboratory', 'medium', 'InternLM by Shanghai AI Lab (state-backed research institute; SenseTime co-developer early)'),
    ('intfloat', 'seed', 'US', 'industry', 'Microsoft', 'medium', 'personal account of Liang Wang (Microsoft Research); official E5 release channel'),
    ('invalid-coder', 'seed', NULL, 'independent', NULL, 'low', 'merge author'),
    ('ipipan', 'seed', 'PL', 'academia', 'Polish Academy of Sciences (ICS)', 'high', 'Institute of Computer Science PAS'),
    ('ise-uiuc', 'seed', 'US', 'academia', 'University of Illinois Urbana-Champaign', 'high', 'Magicoder (UIUC)'),
    ('Isotr0py', 'seed', NULL, 'independent', NULL, 'low', 'vLLM contributor test models'),
    ('ISTA-DASLab', 'seed', 'AT', 'academia', 'Institute of Science and Technology Austria', 'high', 'Dan Alistarh''s lab (GPTQ AQLM)'),
    ('j-hartmann', 'seed', NULL, 'independent', NULL, 'medium', 'Jochen Hartmann (emotion-english-distilroberta)'),
    ('JackFram', 'seed', NULL, 'independent', NULL, 'low', 'SpecInfer draft models (llama-68m); personal account'),
    ('Jackrong', 'seed', NULL, 'independent', NULL, 'medium', 'reasoning-distilled finetunes'),
    ('jaspionjader', 'seed', NULL, 'independent', NULL, 'low', 'prolific merges'),
    ('JayHyeon', 'seed', NULL, 'independent', NULL, 'low', 'prolific finetunes'),
    ('Jean-Baptiste', 'seed', NULL, 'independent', NULL, 'medium', 'camembert-ner'),
    ('jeonsworld', 'seed', NULL, 'independent', NULL, 'low', 'Korean merges (CarbonVillain)'),
    ('jhgan', 'seed', NULL, 'independent', NULL, 'medium', 'ko-sroberta'),
    ('jinaai', 'seed', 'DE', 'industry', 'Jina AI (Elastic since 2025)', 'high', 'Jina AI (Berlin); acquired by Elastic 2025'),
    ('joeddav', 'seed', NULL, 'independent', NULL, 'medium', 'Joe Davison'),
    ('John6666', 'seed', NULL, 'independent', NULL, 'medium', 'individual bulk re-uploader of SDXL/Illustrious checkpoints'),
    ('johnsutor', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('jonatasgrosman', 'seed', NULL, 'independent', NULL, 'high', 'Jonatas Grosman; wav2vec2-XLSR finetunes; top user by downloads'),
    ('jondurbin', 'seed', NULL, 'independent', NULL, 'high', 'Jon Durbin (Airoboros Bagel)'),
    ('Josephgflowers', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('jpacifico', 'seed', NULL, 'independent', NULL, 'medium', 'Jonathan Pacifico (Chocolatine)'),
    ('jsfs11', 'seed', NULL, 'independent', NULL, 'low', 'merge author'),
    ('JunHowie', 'seed', NULL, 'independent', NULL, 'low', 'GPTQ quantizer'),
    ('jxm', 'seed', NULL, 'independent', NULL, 'medium', 'Jack Morris'),
    ('K-intelligence', 'seed', 'KR', 'industry', 'KT', 'medium', 'KT Corporation (Midm)'),
    ('k2-fsa', 'seed', NULL, 'community', 'Next-gen Kaldi (k2-fsa)', 'low', 'open-source ASR project (Daniel Povey et al.; Xiaomi-sponsored)'),
    ('kaist-ai', 'seed', 'KR', 'academia', 'KAIST', 'high', 'KAIST AI (LK Lab)'),
    ('kaitchup', 'seed', NULL, 'independent', NULL, 'medium', 'Benjamin Marie (The Kaitchup newsletter)'),
    ('kakaobrain', 'seed', 'KR', 'industry', 'Kakao', 'high', 'Kakao Brain'),
    ('kakaocorp', 'seed', 'KR', 'industry', 'Kakao', 'high', 'Kakao (Kanana)'),
    ('karakuri-ai', 'seed', 'JP', 'industry', 'KARAKURI', 'high', 'KARAKURI Inc.'),
    ('katanemo', 'seed', 'US', 'industry', 'Katanemo', 'medium', 'Katanemo (Arch function-calling models)'),
    ('katuni4ka', 'seed', NULL, 'independent', NULL, 'medium', 'Ekaterina Aidova (OpenVINO tiny test models)'),
    ('KB', 'seed', 'SE', 'government', 'National Library of Sweden', 'high', 'National Library of Sweden (KB-BERT)'),
    ('KBLab', 'seed', 'SE', 'government', 'National Library of Sweden', 'high', 'data lab of the National Library of Sweden (kb-whisper)'),
    ('KBlueLeaf', 'seed', NULL, 'independent', NULL, 'medium', 'individual (TIPO DanTagGen)'),
    ('keeeeenw', 'seed', NULL, 'independent', NULL, 'low', 'MicroLlama'),
    ('kekmodel', 'seed', NULL, 'independent', NULL, 'low', 'merge author'),
    ('kevin009', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('Kijai', 'seed', NULL, 'independent', NULL, 'high', 'individual ComfyUI node author; repackaged diffusion/video weights'),
    ('KingNish', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('klue', 'seed', NULL, 'community', 'KLUE consortium', 'low', 'Korean NLU benchmark consortium (Upstage NAVER KAIST and others)'),
    ('KoboldAI', 'seed', NULL, 'community', 'KoboldAI', 'high', 'volunteer community (KoboldAI client; fairseq-dense finetunes)'),
    ('KomeijiForce', 'seed', NULL, 'independent', NULL, 'low', 'emoji LM (academic author)'),
    ('kosbu', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer'),
    ('kotoba-tech', 'seed', 'JP', 'industry', 'Kotoba Technologies', 'medium', 'Kotoba-Whisper'),
    ('Kquant03', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('krutrim-ai-labs', 'seed', 'IN', 'industry', 'Krutrim (Ola)', 'high', 'Ola Krutrim'),
    ('Kukedlc', 'seed', NULL, 'independent', NULL, 'medium', 'merges'),
    ('Kwai-Kolors', 'seed', 'CN', 'industry', 'Kuaishou', 'high', 'Kuaishou Kolors team'),
    ('Kwaipilot', 'seed', 'CN', 'industry', 'Kuaishou', 'high', 'Kuaishou KAT coder models'),
    ('KwaiVGI', 'seed', 'CN', 'industry', 'Kuaishou', 'high', 'Kuaishou visual generation'),
    ('kyutai', 'seed', 'FR', 'nonprofit', 'Kyutai', 'high', 'Kyutai non-profit research lab (Paris; Iliad/Niel-backed); Moshi Mimi'),
    ('l3cube-pune', 'seed', 'IN', 'academia', 'L3Cube Pune', 'medium', 'L3Cube research group (Pune)'),
    ('laion', 'seed', 'DE', 'nonprofit', 'LAION e.V.', 'high', 'LAION registered non-profit association (Germany); OpenCLIP weights'),
    ('Langboat', 'seed', 'CN', 'industry', 'Langboat', 'high', 'Langboat (Beijing); Mengzi'),
    ('LanguageBind', 'seed', 'CN', 'academia', 'Peking University (Yuan group)', 'high', 'LanguageBind / Video-LLaVA'),
    ('latent-consistency', 'seed', 'CN', 'academia', 'Tsinghua University (IIIS)', 'medium', 'Latent Consistency Models (Tsinghua)'),
    ('LatitudeGames', 'seed', 'US', 'industry', 'Latitude', 'high', 'Latitude (AI Dungeon maker)'),
    ('laurievb', 'seed', NULL, 'independent', NULL, 'medium', 'Laurie Burchell (OpenLID)'),
    ('Laxhar', 'seed', NULL, 'community', 'Laxhar Dream Lab', 'low', 'NoobAI-XL team; legal form not verified'),
    ('legraphista', 'seed', NULL, 'independent', NULL, 'medium', 'individual GGUF quantizer'),
    ('lelapa', 'seed', 'ZA', 'industry', 'Lelapa AI', 'medium', 'Lelapa AI (Johannesburg); InkubaLM'),
    ('lemon07r', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('LeoLM', 'seed', NULL, 'community', 'LeoLM (LAION / hessian.AI)', 'low', 'German LLM project by LAION volunteers with hessian.AI compute'),
    ('lerobot', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF LeRobot (Paris team)'),
    ('LeroyDyer', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('Lewdiculous', 'seed', NULL, 'independent', NULL, 'medium', 'individual roleplay-model quantizer'),
    ('LGAI-EXAONE', 'seed', 'KR', 'industry', 'LG AI Research (LG Corp)', 'high', 'LG AI Research EXAONE'),
    ('LiAutoAD', 'seed', 'CN', 'industry', 'Li Auto', 'high', 'Li Auto autonomous driving'),
    ('lightblue', 'seed', 'JP', 'industry', 'Lightblue Technology', 'medium', 'Lightblue (Tokyo; Suzume)'),
    ('lightonai', 'seed', 'FR', 'industry', 'LightOn', 'high', 'LightOn (Paris); LightOnOCR ModernBERT-ColBERT'),
    ('Lightricks', 'seed', 'IL', 'industry', 'Lightricks', 'high', 'Lightricks (Jerusalem); LTX-Video'),
    ('LiheYoung', 'seed', NULL, 'independent', NULL, 'low', 'Depth Anything v1 author account (HKU / TikTok)'),
    ('LilaRest', 'seed', NULL, 'independent', NULL, 'low', 'NVFP4 variants'),
    ('line-corporation', 'seed', 'JP', 'industry', 'LY Corporation', 'high', 'LINE / LY Corp'),
    ('Linq-AI-Research', 'seed', 'KR', 'industry', 'Linq', 'medium', 'Linq (Korean startup); Linq-Embed'),
    ('LiquidAI', 'seed', 'US', 'industry', 'Liquid AI', 'high', 'Liquid AI (Cambridge MA; MIT spin-off); LFM'),
    ('liuhaotian', 'seed', 'US', 'academia', 'University of Wisconsin-Madison', 'medium', 'personal account of Haotian Liu; official LLaVA 1.x release channel (UW-Madison & Microsoft Research)'),
    ('lkhl', 'seed', NULL, 'independent', NULL, 'low', 'VideoLLaMA3 HF conversions (personal account)'),
    ('llamafactory', 'seed', NULL, 'community', 'LLaMA-Factory project (hiyouga)', 'low', 'open-source project test/tiny models (Yaowei Zheng)'),
    ('llava-hf', 'seed', 'US', 'industry', 'Hugging Face', 'low', 'HF-maintained transformers conversions of LLaVA-family weights (originals by UW-Madison / ByteDance / NTU)'),
    ('lllyasviel', 'seed', NULL, 'independent', NULL, 'low', 'Lvmin Zhang personal account (ControlNet research done at Stanford; Fooocus IC-Light)'),
    ('llm-blender', 'seed', 'US', 'academia', 'USC / Ai2 researchers', 'low', 'LLM-Blender PairRM (Dongfu Jiang Xiang Ren Bill Yuchen Lin)'),
    ('llm-jp', 'seed', 'JP', 'academia', 'National Institute of Informatics (LLM-jp)', 'high', 'NII-led LLM-jp consortium'),
    ('LLM360', 'seed', 'AE', 'academia', 'MBZUAI Institute of Foundation Models', 'medium', 'LLM360 initiative (MBZUAI; founded with Petuum)'),
    ('llmfan46', 'seed', NULL, 'independent', NULL, 'low', 'uncensored finetunes'),
    ('lmms-lab', 'seed', 'SG', 'academia', 'LMMs-Lab (NTU S-Lab with ByteDance)', 'low', 'LLaVA-OneVision / lmms-eval; mixed academic-industry team'),
    ('lmstudio-community', 'seed', 'US', 'industry', 'LM Studio (Element Labs)', 'medium', 'company-run org of LM Studio (staff member yagilb is org member); GGUF/MLX quants produced for LM Studio users (many by bartowski)'),
    ('lmsys', 'seed', 'US', 'academia', 'LMSYS Org (UC Berkeley)', 'medium', 'LMSYS Org founded by UC Berkeley students/faculty with UCSD and CMU (Vicuna)'),
    ('Locutusque', 'seed', NULL, 'independent', NULL, 'medium', 'finetunes'),
    ('LoneStriker', 'seed', NULL, 'independent', NULL, 'high', 'individual EXL2/GGUF quantizer'),
    ('LongSafari', 'seed', 'US', 'academia', 'Stanford University (Hazy Research)', 'medium', 'HyenaDNA'),
    ('Lorbus', 'seed', NULL, 'independent', NULL, 'low', 'AutoRound variants'),
    ('lordx64', 'seed', NULL, 'independent', NULL, 'low', 'reasoning-distilled finetunes'),
    ('lovedheart', 'seed', NULL, 'independent', NULL, 'low', 'FP8 quantizer'),
    ('LSX-UniWue', 'seed', 'DE', 'academia', 'University of Wurzburg', 'high', 'LLaMmlein'),
    ('ltg', 'seed', 'NO', 'academia', 'University of Oslo', 'high', 'Language Technology Group (NorBERT NorMistral)'),
    ('LumiOpen', 'seed', 'FI', 'academia', 'University of Turku (with AMD Silo AI)', 'low', 'Poro/Viking trained on LUMI; Silo AI co-developer'),
    ('lxyuan', 'seed', NULL, 'independent', NULL, 'high', 'Lik Xun Yuan'),
    ('LxzGordon', 'seed', NULL, 'independent', NULL, 'low', 'personal account (URM reward models)'),
    ('Lykon', 'seed', NULL, 'independent', NULL, 'high', 'DreamShaper author'),
    ('m-a-p', 'seed', NULL, 'community', 'Multimodal Art Projection (M-A-P)', 'medium', 'open research community (MAP-Neo YuE MERT)'),
    ('m-ric', 'seed', NULL, 'independent', NULL, 'low', 'HF engineer account'),
    ('m42-health', 'seed', 'AE', 'industry', 'M42', 'high', 'M42 (Abu Dhabi health-tech; Med42)'),
    ('macadeliccc', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('MadeAgents', 'seed', 'CN', 'industry', 'OPPO', 'low', 'Hammer function-calling models; OPPO Research affiliation from paper recollection'),
    ('madebyollin', 'seed', NULL, 'independent', NULL, 'high', 'Ollin Boer Bohan (sdxl-vae-fp16-fix TAESD)'),
    ('Magpie-Align', 'seed', 'US', 'academia', 'University of Washington', 'medium', 'Magpie (UW and Ai2)'),
    ('maldv', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('malteos', 'seed', NULL, 'independent', NULL, 'medium', 'German models'),
    ('marcuscedricridia', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('marin-community', 'seed', 'US', 'academia', 'Stanford (Marin project)', 'medium', 'Marin open lab led from Stanford CRFM'),
    ('MarinaraSpaghetti', 'seed', NULL, 'independent', NULL, 'medium', 'NemoMix merges'),
    ('maritaca-ai', 'seed', 'BR', 'industry', 'Maritaca AI', 'high', 'Maritaca AI (Sabia)'),
    ('masakhane', 'seed', NULL, 'community', 'Masakhane', 'high', 'grassroots African NLP community'),
    ('mattmdjaga', 'seed', NULL, 'independent', NULL, 'medium', 'segformer_b2_clothes'),
    ('mattshumer', 'seed', NULL, 'independent', NULL, 'high', 'Matt Shumer personal account (Reflection-70B)'),
    ('MaxJeblick', 'seed', NULL, 'independent', NULL, 'low', 'unit-test models'),
    ('Maykeye', 'seed', NULL, 'independent', NULL, 'low', 'TinyLLama-v0'),
    ('maywell', 'seed', NULL, 'independent', NULL, 'medium', 'Korean individual finetuner'),
    ('MaziyarPanahi', 'seed', NULL, 'independent', NULL, 'high', 'individual quantizer/finetuner (calme)'),
    ('MBZUAI', 'seed', 'AE', 'academia', 'Mohamed bin Zayed University of AI', 'high', 'MBZUAI'),
    ('MediaTek-Research', 'seed', 'TW', 'industry', 'MediaTek', 'high', 'MediaTek Research (Breeze)'),
    ('meetkai', 'seed', 'US', 'industry', 'MeetKai', 'medium', 'MeetKai (Functionary models)'),
    ('meituan-longcat', 'seed', 'CN', 'industry', 'Meituan', 'high', 'Meituan LongCat team'),
    ('meraGPT', 'seed', NULL, 'independent', NULL, 'low', 'MoE merges'),
    ('mergekit-community', 'seed', NULL, 'community', 'mergekit community', 'medium', 'community org for automated mergekit merges'),
    ('mesolitica', 'seed', 'MY', 'industry', 'Mesolitica', 'medium', 'Malaysian AI startup'),
    ('meta-llama', 'seed', 'US', 'industry', 'Meta', 'high', 'Meta Platforms (Menlo Park); Llama releases'),
    ('michaelfeil', 'seed', NULL, 'independent', NULL, 'medium', 'infinity author'),
    ('microsoft', 'seed', 'US', 'industry', 'Microsoft', 'high', 'Microsoft (Redmond); Phi DeBERTa Florence'),
    ('migtissera', 'seed', NULL, 'independent', NULL, 'medium', 'Migel Tissera (Synthia Tess)'),
    ('MiniMaxAI', 'seed', 'CN', 'industry', 'MiniMax', 'high', 'MiniMax (Shanghai)'),
    ('ministral', 'seed', NULL, 'independent', NULL, 'low', 'unofficial namespace unrelated to Mistral AI (Ministral-3b-instruct)'),
    ('mistral-community', 'seed', NULL, 'community', '(Mistral AI weights; HF-staff-run)', 'low', 'community/HF-staff org re-hosting Mistral AI weights released as torrents/tarballs (Mixtral-8x22B Mistral-7B-v0.2)'),
    ('mistral-experimental', 'seed', NULL, 'community', '(Mistral AI weights)', 'low', 'conversion namespace (pixtral-12b); maintainer not verified'),
    ('mistralai', 'seed', 'FR', 'industry', 'Mistral AI', 'high', 'Mistral AI (Paris)'),
    ('mit-han-lab', 'seed', 'US', 'academia', 'MIT (Han Lab)', 'high', 'MIT HAN Lab'),
    ('mixedbread-ai', 'seed', 'DE', 'industry', 'Mixedbread', 'medium', 'Mixedbread (Berlin); mxbai embeddings'),
    ('mixtao', 'seed', NULL, 'independent', NULL, 'low', 'MoE merge author'),
    ('mlabonne', 'seed', NULL, 'independent', NULL, 'high', 'Maxime Labonne personal account (abliterated/merges)'),
    ('MLP-KTLim', 'seed', 'KR', 'academia', 'Seoul National Univ. of Science and Technology (MLP Lab)', 'medium', 'Bllossom (Seoultech MLP Lab)'),
    ('mlx-community', 'seed', NULL, 'community', NULL, 'high', 'org card: ''A community org for model weights compatible with mlx-examples''; volunteers convert weights'),
    ('mmnga', 'seed', NULL, 'independent', NULL, 'medium', 'Japanese quantizer/finetuner'),
    ('mobiuslabsgmbh', 'seed', 'DE', 'industry', 'Mobius Labs', 'medium', 'Mobius Labs GmbH (Berlin); HQQ quants'),
    ('ModelCloud', 'seed', NULL, 'industry', 'ModelCloud', 'low', 'GPTQModel maintainers; HQ not established'),
    ('ModelSpace', 'seed', 'CN', 'industry', 'Xiaomi', 'medium', 'GemmaX2 model card: ''Developed by: Xiaomi'''),
    ('modularai', 'seed', 'US', 'industry', 'Modular', 'medium', 'Modular Inc. (MAX/Mojo)'),
    ('moka-ai', 'seed', 'CN', 'industry', 'MokaHR', 'medium', 'Moka AI (m3e embeddings)'),
    ('monologg', 'seed', NULL, 'independent', NULL, 'medium', 'KoBERT/KoELECTRA author'),
    ('moondream', 'seed', 'US', 'industry', 'M87 Labs (Moondream)', 'medium', 'Moondream company org (Seattle)'),
    ('moonshotai', 'seed', 'CN', 'industry', 'Moonshot AI', 'high', 'Moonshot AI (Beijing); Kimi'),
    ('MoritzLaurer', 'seed', NULL, 'independent', NULL, 'high', 'Moritz Laurer (zero-shot NLI models)'),
    ('mosaicml', 'seed', 'US', 'industry', 'Databricks', 'high', 'MosaicML (acquired by Databricks 2023); MPT'),
    ('mradermacher', 'seed', NULL, 'independent', NULL, 'high', 'Michael Radermacher; individual GGUF quantizer'),
    ('mrm8488', 'seed', NULL, 'independent', NULL, 'high', 'Manuel Romero'),
    ('mtgv', 'seed', 'CN', 'industry', 'Meituan', 'medium', 'MobileVLM / MobileLLaMA (Meituan)'),
    ('MTSAIR', 'seed', 'RU', 'industry', 'MTS AI (MTS)', 'high', 'MTS AI (Cotype)'),
    ('Mxode', 'seed', NULL, 'independent', NULL, 'low', 'small models'),
    ('myshell-ai', 'seed', 'US', 'industry', 'MyShell', 'low', 'MyShell (OpenVoice MeloTTS); HQ not verified'),
    ('Nanbeige', 'seed', 'CN', 'industry', 'Kanzhun (BOSS Zhipin)', 'medium', 'Nanbeige LLM Lab of BOSS Zhipin'),
    ('nanonets', 'seed', 'US', 'industry', 'Nanonets', 'medium', 'Nanonets (San Francisco; Indian founders); Nanonets-OCR'),
    ('nari-labs', 'seed', 'KR', 'industry', 'Nari Labs', 'medium', 'Nari Labs (small Korean team; Dia TTS)'),
    ('nateraw', 'seed', NULL, 'independent', NULL, 'medium', 'Nate Raw'),
    ('natong19', 'seed', NULL, 'independent', NULL, 'low', 'abliterated models'),
    ('naver', 'seed', 'KR', 'industry', 'NAVER', 'high', 'NAVER / NAVER Labs Europe (SPLADE)'),
    ('naver-clova-ix', 'seed', 'KR', 'industry', 'NAVER', 'high', 'NAVER Clova (Donut)'),
    ('naver-hyperclovax', 'seed', 'KR', 'industry', 'NAVER', 'high', 'NAVER Cloud HyperCLOVA X SEED'),
    ('NbAiLab', 'seed', 'NO', 'government', 'National Library of Norway', 'high', 'AI lab of the National Library of Norway (NB-Whisper)'),
    ('nbeerbower', 'seed', NULL, 'independent', NULL, 'high', 'finetuner (Gutenberg)'),
    ('ncbi', 'seed', 'US', 'government', 'NIH National Center for Biotechnology Information', 'high', 'NCBI/NLM (MedCPT BioM)'),
    ('NCSOFT', 'seed', 'KR', 'industry', 'NCSOFT', 'high', 'NCSOFT (VARCO)'),
    ('netcat420', 'seed', NULL, 'independent', NULL, 'low', 'MFANN models'),
    ('netease-youdao', 'seed', 'CN', 'industry', 'NetEase Youdao', 'high', 'NetEase Youdao (Confucius BCE)'),
    ('neuralmagic', 'seed', 'US', 'industry', 'Red Hat (IBM)', 'high', 'Neural Magic (Somerville MA; acquired by Red Hat 2025); legacy quantization org'),
    ('neuralmind', 'seed', 'BR', 'industry', 'NeuralMind', 'high', 'NeuralMind (BERTimbau)'),
    ('NeverSleep', 'seed', NULL, 'community', 'NeverSleep (IkariDev & Undi)', 'medium', 'two-person hobbyist group (Lumimaid Noromaid)'),
    ('newsbang', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('NexaAI', 'seed', 'US', 'industry', 'Nexa AI', 'medium', 'Nexa AI (Cupertino); on-device models'),
    ('Nexesenex', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('Nexusflow', 'seed', 'US', 'industry', 'Nexusflow', 'high', 'Nexusflow (Palo Alto); NexusRaven Athene'),
    ('NexVeridian', 'seed', NULL, 'independent', NULL, 'low', 'MLX conversions'),
    ('ngxson', 'seed', NULL, 'independent', NULL, 'medium', 'Xuan-Son Nguyen (llama.cpp contributor; HF)'),
    ('nisten', 'seed', NULL, 'independent', NULL, 'medium', 'individual'),
    ('Nitral-AI', 'seed', NULL, 'independent', NULL, 'medium', 'roleplay merges (individual''s org)'),
    ('nlpai-lab', 'seed', 'KR', 'academia', 'Korea University', 'high', 'Korea University NLP&AI Lab (KURE)'),
    ('nlpconnect', 'seed', NULL, 'independent', NULL, 'low', 'vit-gpt2-image-captioning; owner not identified'),
    ('nlptown', 'seed', 'BE', 'industry', 'NLP Town', 'medium', 'NLP Town (Belgium); multilingual sentiment BERT'),
    ('nm-testing', 'seed', 'US', 'industry', 'Red Hat (IBM)', 'high', 'Neural Magic / Red Hat CI test models (llm-compressor)'),
    ('nomic-ai', 'seed', 'US', 'industry', 'Nomic AI', 'high', 'Nomic AI (New York); nomic-embed gpt4all'),
    ('nothingiisreal', 'seed', NULL, 'independent', NULL, 'low', 'roleplay finetunes'),
    ('NousResearch', 'seed', 'US', 'industry', 'Nous Research', 'high', 'Nous Research is a venture-funded US company (Hermes)'),
    ('NovaSearch', 'seed', NULL, 'community', NULL, 'low', 'stella successor org'),
    ('NovaSky-AI', 'seed', 'US', 'academia', 'UC Berkeley (Sky Computing Lab)', 'medium', 'Sky-T1'),
    ('NTQAI', 'seed', 'VN', 'industry', 'NTQ Solution', 'medium', 'NTQ AI (Vietnam)'),
    ('ntu-spml', 'seed', 'TW', 'academia', 'National Taiwan University', 'high', 'NTU Speech Processing & ML lab (DistilHuBERT)'),
    ('NucleusAI', 'seed', 'US', 'industry', 'Nucleus AI', 'low', 'Nucleus AI (nucleus-22B); HQ not verified'),
    ('numind', 'seed', 'FR', 'industry', 'NuMind', 'low', 'NuMind (NuExtract); HQ country not verified'),
    ('nvidia', 'seed', 'US', 'industry', 'NVIDIA', 'high', 'NVIDIA (Santa Clara); Nemotron NeMo Parakeet'),
    ('NYTK', 'seed', 'HU', 'academia', 'HUN-REN Hungarian Research Centre for Linguistics', 'medium', 'PULI models'),
    ('nyu-visionx', 'seed', 'US', 'academia', 'New York University', 'high', 'NYU VisionX (Cambrian)'),
    ('OBLITERATUS', 'seed', NULL, 'independent', NULL, 'low', 'abliterated variants'),
    ('occiglot', 'seed', 'DE', 'academia', 'Occiglot (DFKI / hessian.AI researchers)', 'medium', 'open research collective of European academic researchers'),
    ('OEvortex', 'seed', NULL, 'independent', NULL, 'low', 'HelpingAI author account'),
    ('oliverguhr', 'seed', NULL, 'independent', NULL, 'medium', 'punctuation restoration'),
    ('omni-research', 'seed', 'CN', 'industry', 'ByteDance', 'low', 'Tarsier video captioner (ByteDance Research)'),
    ('onnx-community', 'seed', NULL, 'community', 'Hugging Face (transformers.js)', 'medium', 'community org for ONNX/transformers.js conversions; run largely by HF staff'),
    ('OnomaAIResearch', 'seed', 'KR', 'industry', 'Onoma AI', 'medium', 'Onoma AI (Illustrious XL)'),
    ('oobabooga', 'seed', NULL, 'independent', NULL, 'high', 'text-generation-webui author'),
    ('Open-Orca', 'seed', NULL, 'community', 'OpenOrca collective', 'medium', 'open-source collective (Alignment Lab AI and volunteers)'),
    ('open-r1', 'seed', 'US', 'industry', 'Hugging Face', 'medium', 'HF Open-R1 reproduction project org'),
    ('open-thoughts', 'seed', 'US', 'academia', 'OpenThoughts consortium (Stanford/Berkeley/UW/Bespoke Labs)', 'medium', 'open reasoning-data collaboration led by academic labs'),
    ('openai', 'seed', 'US', 'industry', 'OpenAI', 'high', 'OpenAI Inc. San Francisco; Whisper CLIP gpt-oss'),
    ('openai-community', 'seed', 'US', 'industry', 'OpenAI', 'medium', 'HF-maintained legacy namespace holding OpenAI''s pre-Hub checkpoints (gpt2 openai-gpt); org card says maintained by HF transformers team'),
    ('OpenAssistant', 'seed', NULL, 'community', 'LAION (OpenAssistant project)', 'high', 'crowd-sourced volunteer project coordinated by LAION'),
    ('openbmb', 'seed', 'CN', 'industry', 'ModelBest', 'medium', 'OpenBMB community initiated by Tsinghua NLP and ModelBest; MiniCPM developed by ModelBest'),
    ('OpenBuddy', 'seed', NULL, 'community', 'OpenBuddy team', 'low', 'OpenBuddy open multilingual chatbot team; Chinese-speaking team (WeChat/ModelScope presence)'),
    ('openchat', 'seed', 'CN', 'academia', 'Tsinghua University', 'low', 'OpenChat project (Guan Wang et al.; Tsinghua students)'),
    ('opencompass', 'seed', 'CN', 'academia', 'Shanghai AI Laboratory', 'medium', 'OpenCompass evaluation team'),
    ('opendatalab', 'seed', 'CN', 'academia', 'Shanghai AI Laboratory', 'medium', 'OpenDataLab (MinerU)'),
    ('openGPT-X', 'seed', 'DE', 'academia', 'Fraunhofer IAIS / IIS (OpenGPT-X consortium)', 'medium', 'Teuken models'),
    ('OpenGVLab', 'seed', 'CN', 'academia', 'Shanghai AI Laboratory', 'medium', 'Shanghai AI Lab general vision team (InternVL)'),
    ('OpenLLM-France', 'seed', 'FR', 'industry', 'LINAGORA', 'medium', 'Lucie models ''developed by LINAGORA and OpenLLM-France'' community'),
    ('openlm-research', 'seed', 'US', 'academia', 'UC Berkeley', 'medium', 'OpenLLaMA by Berkeley AI Research'),
    ('openmmlab', 'seed', 'CN', 'academia', 'Shanghai AI Laboratory', 'medium', 'OpenMMLab'),
    ('OpenMOSS-Team', 'seed', 'CN', 'academia', 'Fudan University (OpenMOSS)', 'medium', 'Fudan NLP / OpenMOSS (with Shanghai Innovation Institute)'),
    ('OpenPipe', 'seed', 'US', 'industry', 'OpenPipe', 'medium', 'OpenPipe (Seattle; acquired by CoreWeave 2025)'),
    ('OpenSciLM', 'seed', 'US', 'academia', 'University of Washington & Ai2', 'medium', 'OpenScholar'),
    ('opensearch-project', 'seed', 'US', 'industry', 'Amazon', 'medium', 'neural-sparse models trained by Amazon OpenSearch team; project moved to Linux Foundation 2024'),
    ('OpenVINO', 'seed', 'US', 'industry', 'Intel', 'high', 'Intel OpenVINO toolkit team'),
    ('openvla', 'seed', 'US', 'academia', 'Stanford (OpenVLA team)', 'medium', 'OpenVLA (Stanford UC Berkeley TRI Google DeepMind)'),
    ('optimum-intel-internal-testing', 'seed', 'US', 'industry', 'Hugging Face', 'medium', 'Optimum-Intel CI test models (HF with Intel)'),
    ('optimum-internal-testing', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF Optimum CI test models'),
    ('orai-nlp', 'seed', 'ES', 'nonprofit', 'Orai NLP Teknologiak (Elhuyar)', 'medium', 'Basque non-profit technology centre'),
    ('OrdalieTech', 'seed', 'FR', 'industry', 'Ordalie', 'medium', 'Ordalie (French startup); Solon embeddings'),
    ('Orenguteng', 'seed', NULL, 'independent', NULL, 'medium', 'Lexi uncensored models'),
    ('Orion-zhen', 'seed', NULL, 'independent', NULL, 'medium', 'uncensored finetunes'),
    ('OrionStarAI', 'seed', 'CN', 'industry', 'OrionStar (Cheetah Mobile)', 'high', 'OrionStar (Beijing)'),
    ('ostris', 'seed', NULL, 'independent', NULL, 'high', 'ai-toolkit author'),
    ('owkin', 'seed', 'FR', 'industry', 'Owkin', 'medium', 'Owkin (Paris/New York)'),
    ('PaddlePaddle', 'seed', 'CN', 'industry', 'Baidu', 'high', 'Baidu PaddlePaddle (PaddleOCR-VL)'),
    ('paloalma', 'seed', 'FR', 'academia', 'ECE engineering school (with TW3 Partners)', 'low', 'model card: produced by ECE students supervised by ECE lecturer / TW3 Partners'),
    ('pankajmathur', 'seed', NULL, 'independent', NULL, 'medium', 'Pankaj Mathur (orca_mini)'),
    ('papluca', 'seed', NULL, 'independent', NULL, 'high', 'Luca Papariello (language detection)'),
    ('parasail-ai', 'seed', 'US', 'industry', 'Parasail', 'low', 'Parasail inference provider; verify'),
    ('parler-tts', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF Parler-TTS'),
    ('patrickjohncyh', 'seed', NULL, 'independent', NULL, 'medium', 'Patrick John Chia (FashionCLIP)'),
    ('pdelobelle', 'seed', NULL, 'independent', NULL, 'medium', 'RobBERT author account'),
    ('peft-internal-testing', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF PEFT CI test models'),
    ('PerceptronAI', 'seed', 'US', 'industry', 'Perceptron', 'low', 'Perceptron Inc. (Isaac models); verify'),
    ('perplexity-ai', 'seed', 'US', 'industry', 'Perplexity', 'high', 'Perplexity AI (San Francisco); r1-1776 pplx-embed'),
    ('petals-team', 'seed', NULL, 'community', 'Petals (BigScience / Yandex researchers)', 'low', 'volunteer decentralised-inference project'),
    ('pfnet', 'seed', 'JP', 'industry', 'Preferred Networks', 'high', 'Preferred Networks (PLaMo)'),
    ('philschmid', 'seed', NULL, 'independent', NULL, 'medium', 'Philipp Schmid'),
    ('pierreguillou', 'seed', NULL, 'independent', NULL, 'medium', 'Portuguese models'),
    ('pints-ai', 'seed', 'SG', 'industry', 'Pints.ai', 'medium', 'Pints.ai (Singapore)'),
    ('pkshatech', 'seed', 'JP', 'industry', 'PKSHA Technology', 'high', 'PKSHA (GLuCoSE)'),
    ('PKU-Alignment', 'seed', 'CN', 'academia', 'Peking University', 'high', 'PKU alignment team (Beaver)'),
    ('PlanTL-GOB-ES', 'seed', 'ES', 'government', 'Spanish Government (Plan de Tecnologias del Lenguaje)', 'high', 'Spanish government language-technology plan (MarIA)'),
    ('playgroundai', 'seed', 'US', 'industry', 'Playground', 'high', 'Playground (Playground v2/v2.5)'),
    ('PocketDoc', 'seed', NULL, 'independent', NULL, 'low', 'Dans-* roleplay models'),
    ('poolside', 'seed', NULL, 'industry', 'Poolside', 'low', 'Poolside AI (founded US; Paris-based team); HQ not established'),
    ('postbot', 'seed', NULL, 'independent', NULL, 'low', 'Peter Szemraj-linked org'),
    ('PowerInfer', 'seed', 'CN', 'academia', 'Shanghai Jiao Tong University (IPADS)', 'low', 'PowerInfer project (SJTU IPADS)'),
    ('prajjwal1', 'seed', NULL, 'independent', NULL, 'medium', 'Prajjwal Bhargava (bert-tiny)'),
    ('prefeitura-rio', 'seed', 'BR', 'government', 'Prefeitura do Rio de Janeiro', 'high', 'Rio de Janeiro city hall (Rio models)'),
    ('PrimeIntellect', 'seed', 'US', 'industry', 'Prime Intellect', 'high', 'Prime Intellect (San Francisco); INTELLECT models'),
    ('prince-canuma', 'seed', NULL, 'independent', NULL, 'high', 'Prince Canuma (MLX-VLM author)'),
    ('princeton-nlp', 'seed', 'US', 'academia', 'Princeton University', 'high', 'Princeton NLP group account (SimPO Sheared-LLaMA SimCSE)'),
    ('prithivida', 'seed', NULL, 'independent', NULL, 'medium', 'Prithivi Da'),
    ('prithivMLmods', 'seed', NULL, 'independent', NULL, 'high', 'Prithiv Sakthi; prolific finetunes/quants'),
    ('project-baize', 'seed', 'US', 'academia', 'UC San Diego', 'medium', 'Baize (UCSD & Sun Yat-sen Univ.)'),
    ('projecte-aina', 'seed', 'ES', 'government', 'Generalitat de Catalunya (Projecte AINA with BSC)', 'medium', 'Catalan government language-technology programme'),
    ('prometheus-eval', 'seed', 'KR', 'academia', 'KAIST (LK Lab) with CMU', 'medium', 'Prometheus evaluator LMs'),
    ('ProsusAI', 'seed', 'NL', 'industry', 'Prosus', 'high', 'Prosus (Amsterdam); FinBERT'),
    ('pszemraj', 'seed', NULL, 'independent', NULL, 'high', 'Peter Szemraj'),
    ('pucpr-br', 'seed', 'BR', 'academia', 'PUCPR', 'medium', 'Pontificia Universidade Catolica do Parana'),
    ('pyannote', 'seed', 'FR', 'academia', 'CNRS/IRIT pyannote.audio (now maintained by pyannoteAI)', 'low', 'open-source project of Herve Bredin (then CNRS/IRIT); he co-founded pyannoteAI (company)'),
    ('pyannoteAI', 'seed', 'FR', 'industry', 'pyannoteAI', 'medium', 'pyannoteAI company (co-founder Herve Bredin)'),
    ('PygmalionAI', 'seed', NULL, 'community', 'PygmalionAI', 'medium', 'open-source roleplay model project (volunteer-run at release)'),
    ('pysentimiento', 'seed', 'AR', 'academia', 'Universidad de Buenos Aires', 'medium', 'pysentimiento (Juan Manuel Perez et al.)'),
    ('pythainlp', 'seed', NULL, 'community', 'PyThaiNLP', 'medium', 'Thai open-source NLP community'),
    ('qualcomm', 'seed', 'US', 'industry', 'Qualcomm', 'high', 'Qualcomm AI Hub models'),
    ('QuantFactory', 'seed', NULL, 'independent', NULL, 'medium', 'GGUF quantization org run by an individual (aashish1904)'),
    ('QuantTrio', 'seed', NULL, 'community', 'QuantTrio', 'low', 'quantization group (AWQ/GPTQ); members not public'),
    ('QuixiAI', 'seed', NULL, 'community', 'Eric Hartford', 'low', 'Eric Hartford-linked org (Dolphin lineage); status not verified'),
    ('Qwen', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba Cloud Qwen team (Hangzhou)'),
    ('ragavsachdeva', 'seed', NULL, 'independent', NULL, 'low', 'Magi manga model author account (Oxford VGG)'),
    ('Rakuten', 'seed', 'JP', 'industry', 'Rakuten', 'high', 'Rakuten Group (RakutenAI)'),
    ('rasyosef', 'seed', NULL, 'independent', NULL, 'low', 'small models (Amharic/Phi finetunes)'),
    ('Ray2333', 'seed', NULL, 'independent', NULL, 'low', 'personal account (GRM reward models)'),
    ('rdtand', 'seed', NULL, 'independent', NULL, 'low', 'PrismaQuant variants'),
    ('realtreetune', 'seed', 'CA', 'academia', 'Mila / McGill', 'low', 'VinePPO authors; affiliation inferred'),
    ('reazon-research', 'seed', 'JP', 'industry', 'Reazon Holdings', 'medium', 'ReazonSpeech'),
    ('recogna-nlp', 'seed', 'BR', 'academia', 'UNESP (Recogna)', 'medium', 'Recogna NLP (Bode)'),
    ('recoilme', 'seed', NULL, 'independent', NULL, 'low', 'finetunes'),
    ('RedHatAI', 'seed', 'US', 'industry', 'Red Hat (IBM)', 'high', 'Red Hat AI org (formerly Neural Magic; acquired by Red Hat Jan 2025); FP8/INT4 quantizations'),
    ('rednote-hilab', 'seed', 'CN', 'industry', 'Xiaohongshu (RedNote)', 'high', 'RedNote humanities lab (dots.llm dots.ocr)'),
    ('reducto', 'seed', 'US', 'industry', 'Reducto', 'medium', 'Reducto (San Francisco); RolmOCR'),
    ('refuelai', 'seed', 'US', 'industry', 'Refuel.ai', 'high', 'Refuel (San Francisco); Llama-3-Refueled'),
    ('RekaAI', 'seed', 'US', 'industry', 'Reka AI', 'medium', 'Reka AI (Sunnyvale)'),
    ('relik-ie', 'seed', 'IT', 'academia', 'Sapienza University of Rome', 'medium', 'ReLiK (Sapienza NLP)'),
    ('ResembleAI', 'seed', 'US', 'industry', 'Resemble AI', 'medium', 'Resemble AI (Chatterbox)'),
    ('Revai', 'seed', 'US', 'industry', 'Rev.com', 'medium', 'Rev (Reverb ASR/diarization)'),
    ('rhymes-ai', 'seed', 'JP', 'industry', 'Rhymes AI', 'medium', 'Rhymes AI reported as Tokyo-based startup (Aria)'),
    ('ricdomolm', 'seed', NULL, 'independent', NULL, 'low', 'mini-coder'),
    ('RichardErkhov', 'seed', NULL, 'independent', NULL, 'high', 'individual bulk quantizer'),
    ('rinna', 'seed', 'JP', 'industry', 'rinna', 'high', 'rinna Co. (Tokyo)'),
    ('RLHFlow', 'seed', 'US', 'academia', 'UIUC / Salesforce researchers', 'low', 'RLHFlow open-source project (Wei Xiong Hanze Dong Tong Zhang)'),
    ('rombodawg', 'seed', NULL, 'independent', NULL, 'medium', 'Rombos models'),
    ('Rostlab', 'seed', 'DE', 'academia', 'Technical University of Munich', 'high', 'Rost lab (ProtBERT ProtT5)'),
    ('RubielLabarta', 'seed', NULL, 'independent', NULL, 'low', 'MoE merges'),
    ('runwayml', 'seed', 'US', 'industry', 'Runway', 'high', 'Runway (New York); Stable Diffusion v1.5 original publisher'),
    ('RWKV', 'seed', NULL, 'community', 'RWKV project (Linux Foundation AI & Data)', 'medium', 'open-source project founded by Bo Peng (BlinkDL)'),
    ('s-nlp', 'seed', 'RU', 'academia', 'Skoltech', 'medium', 'Skoltech NLP group'),
    ('sail', 'seed', 'SG', 'industry', 'Sea Ltd (Sea AI Lab)', 'medium', 'Sea AI Lab (Sailor)'),
    ('Sakalti', 'seed', NULL, 'independent', NULL, 'medium', 'prolific merges'),
    ('sakamakismile', 'seed', NULL, 'independent', NULL, 'low', 'NVFP4 variants'),
    ('SakanaAI', 'seed', 'JP', 'industry', 'Sakana AI', 'high', 'Sakana AI (Tokyo)'),
    ('Salesforce', 'seed', 'US', 'industry', 'Salesforce', 'high', 'Salesforce Research (BLIP CodeGen xLAM)'),
    ('sam-paech', 'seed', NULL, 'independent', NULL, 'medium', 'Sam Paech (EQ-Bench author)'),
    ('SamLowe', 'seed', NULL, 'independent', NULL, 'high', 'Sam Lowe (roberta-base-go_emotions)'),
    ('SanjiWatsuki', 'seed', NULL, 'independent', NULL, 'high', 'Kunoichi / Silicon-Maid'),
    ('Sao10K', 'seed', NULL, 'independent', NULL, 'high', 'roleplay finetuner'),
    ('sapienzanlp', 'seed', 'IT', 'academia', 'Sapienza University of Rome', 'high', 'Sapienza NLP (Minerva)'),
    ('sarvamai', 'seed', 'IN', 'industry', 'Sarvam AI', 'high', 'Sarvam AI (Bengaluru)'),
    ('savasy', 'seed', NULL, 'independent', NULL, 'medium', 'Turkish models'),
    ('sberbank-ai', 'seed', 'RU', 'industry', 'Sber', 'high', 'Sberbank AI (legacy org; ruBERT ruGPT-3)'),
    ('sbintuitions', 'seed', 'JP', 'industry', 'SB Intuitions (SoftBank)', 'high', 'SoftBank LLM subsidiary (Sarashina)'),
    ('scb10x', 'seed', 'TH', 'industry', 'SCB 10X', 'high', 'SCB 10X (Siam Commercial Bank group)'),
    ('SCUT-DLVCLab', 'seed', 'CN', 'academia', 'South China University of Technology', 'high', 'DLVC Lab (LiLT)'),
    ('sdadas', 'seed', NULL, 'independent', NULL, 'medium', 'Polish models'),
    ('SeaLLMs', 'seed', 'CN', 'industry', 'Alibaba', 'medium', 'SeaLLMs by Alibaba DAMO Academy (Singapore lab); parent HQ China'),
    ('second-state', 'seed', NULL, 'industry', 'Second State', 'low', 'Second State (WasmEdge/LlamaEdge company) GGUF repackaging; HQ not established'),
    ('segmind', 'seed', 'IN', 'industry', 'Segmind', 'low', 'Segmind (SSD-1B); Bengaluru/US presence'),
    ('selfrag', 'seed', 'US', 'academia', 'University of Washington', 'medium', 'Self-RAG'),
    ('senseable', 'seed', NULL, 'independent', NULL, 'low', 'WestLake merges'),
    ('SenseLLM', 'seed', 'CN', 'industry', 'SenseTime', 'low', 'ReflectionCoder (CUHK MMLab / SenseTime); affiliation inferred'),
    ('sensenova', 'seed', 'CN', 'industry', 'SenseTime', 'low', 'SenseTime SenseNova'),
    ('sentence-transformers', 'seed', 'DE', 'academia', 'UKP Lab TU Darmstadt (maintained by Hugging Face since 2023)', 'low', 'SBERT library from UKP Lab; flagship all-* models trained by Nils Reimers in HF-organised Flax community week 2021; alt: US/industry (Hugging Face)'),
    ('sequelbox', 'seed', NULL, 'independent', NULL, 'low', 'Valiant Labs author'),
    ('ServiceNow-AI', 'seed', 'US', 'industry', 'ServiceNow', 'high', 'ServiceNow Research (Apriel)'),
    ('sesame', 'seed', 'US', 'industry', 'Sesame AI', 'high', 'Sesame (CSM-1B)'),
    ('seyonec', 'seed', NULL, 'independent', NULL, 'medium', 'Seyone Chithrananda (ChemBERTa)'),
    ('Seznam', 'seed', 'CZ', 'industry', 'Seznam.cz', 'high', 'Seznam (Czech search company)'),
    ('sfairXC', 'seed', NULL, 'independent', NULL, 'low', 'reward-model author account'),
    ('SG161222', 'seed', NULL, 'independent', NULL, 'high', 'Realistic Vision author'),
    ('shadowml', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('Shakker-Labs', 'seed', 'CN', 'industry', 'Shakker AI', 'low', 'Shakker Labs (FLUX LoRAs/ControlNets); company details not verified'),
    ('Sharathhebbar24', 'seed', NULL, 'independent', NULL, 'low', 'small models'),
    ('shi-labs', 'seed', 'US', 'academia', 'Georgia Tech (SHI Labs)', 'medium', 'SHI Labs (OneFormer Versatile Diffusion)'),
    ('shibing624', 'seed', NULL, 'independent', NULL, 'high', 'Xu Ming (text2vec)'),
    ('showlab', 'seed', 'SG', 'academia', 'National University of Singapore', 'high', 'NUS Show Lab'),
    ('SicariusSicariiStuff', 'seed', NULL, 'independent', NULL, 'high', 'roleplay finetunes'),
    ('silma-ai', 'seed', NULL, 'industry', 'SILMA AI', 'low', '''leading GenAI startup'' for Arabic; HQ country not established'),
    ('simplescaling', 'seed', 'US', 'academia', 'Stanford University', 'medium', 's1 (Stanford)'),
    ('skt', 'seed', 'KR', 'industry', 'SK Telecom', 'high', 'SK Telecom (A.X KoBERT)'),
    ('skumar9', 'seed', NULL, 'independent', NULL, 'low', 'medical finetune'),
    ('Skywork', 'seed', 'CN', 'industry', 'Kunlun Tech (Skywork AI)', 'high', 'Skywork AI unit of Kunlun Tech (Kunlun Wanwei; Beijing)'),
    ('Snowflake', 'seed', 'US', 'industry', 'Snowflake', 'high', 'Snowflake (Arctic embed/instruct)'),
    ('snunlp', 'seed', 'KR', 'academia', 'Seoul National University', 'high', 'SNU NLP (KR-SBERT)'),
    ('solidrust', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer'),
    ('sometimesanotion', 'seed', NULL, 'independent', NULL, 'medium', 'Lamarck merges'),
    ('sonoisa', 'seed', NULL, 'independent', NULL, 'medium', 'Japanese sentence-BERT'),
    ('sophosympatheia', 'seed', NULL, 'independent', NULL, 'high', 'Midnight Miqu author'),
    ('spacy', 'seed', 'DE', 'industry', 'Explosion', 'high', 'Explosion AI (Berlin)'),
    ('speakleash', 'seed', 'PL', 'nonprofit', 'SpeakLeash Foundation', 'high', 'SpeakLeash foundation with ACK Cyfronet AGH (Bielik)'),
    ('speechbrain', 'seed', 'CA', 'academia', 'SpeechBrain (Concordia/Mila; Avignon)', 'low', 'open-source toolkit led by Mirco Ravanelli and Titouan Parcollet; multi-institution'),
    ('sshleifer', 'seed', NULL, 'independent', NULL, 'medium', 'Sam Shleifer (distilbart; tiny test models)'),
    ('stabilityai', 'seed', 'GB', 'industry', 'Stability AI', 'high', 'Stability AI Ltd (London)'),
    ('stable-diffusion-v1-5', 'seed', 'US', 'industry', 'Runway', 'medium', 're-hosting of Runway''s SD v1.5 weights after runwayml repo removal (2024); mirror maintained on the Hub'),
    ('stanford-crfm', 'seed', 'US', 'academia', 'Stanford University', 'high', 'Stanford CRFM'),
    ('stanford-oval', 'seed', 'US', 'academia', 'Stanford University', 'high', 'Stanford OVAL lab'),
    ('StanfordAIMI', 'seed', 'US', 'academia', 'Stanford University', 'high', 'Stanford Center for AI in Medicine & Imaging'),
    ('stanfordnlp', 'seed', 'US', 'academia', 'Stanford University', 'high', 'Stanford NLP group (Stanza)'),
    ('stas', 'seed', NULL, 'independent', NULL, 'medium', 'Stas Bekman test models'),
    ('state-spaces', 'seed', 'US', 'academia', 'Carnegie Mellon / Princeton (Gu & Dao)', 'medium', 'Mamba reference checkpoints'),
    ('Steelskull', 'seed', NULL, 'independent', NULL, 'medium', 'roleplay merges'),
    ('stelterlab', 'seed', NULL, 'independent', NULL, 'low', 'AWQ quantizer'),
    ('stepfun-ai', 'seed', 'CN', 'industry', 'StepFun', 'high', 'StepFun (Shanghai)'),
    ('suayptalha', 'seed', NULL, 'independent', NULL, 'medium', 'finetunes'),
    ('suno', 'seed', 'US', 'industry', 'Suno', 'high', 'Suno (Bark)'),
    ('swap-uniba', 'seed', 'IT', 'academia', 'University of Bari Aldo Moro', 'high', 'SWAP research group (LLaMAntino)'),
    ('swiss-ai', 'seed', 'CH', 'academia', 'ETH Zurich & EPFL (Swiss AI Initiative)', 'high', 'Apertus (ETH EPFL CSCS)'),
    ('SWivid', 'seed', 'CN', 'academia', 'Shanghai Jiao Tong University', 'low', 'personal account of Yushen Chen; F5-TTS (SJTU X-LANCE)'),
    ('Systran', 'seed', 'FR', 'industry', 'SYSTRAN', 'medium', 'SYSTRAN (Paris); faster-whisper CTranslate2 conversions'),
    ('T-Systems-onsite', 'seed', 'DE', 'industry', 'Deutsche Telekom (T-Systems)', 'medium', 'T-Systems (German) embeddings'),
    ('t-tech', 'seed', 'RU', 'industry', 'T-Bank (T-Technologies)', 'high', 'T-Bank (T-pro T-lite)'),
    ('T145', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('taide', 'seed', 'TW', 'government', 'TAIDE (NSTC / NARLabs)', 'medium', 'Taiwan government Trustworthy AI Dialogue Engine project'),
    ('tartuNLP', 'seed', 'EE', 'academia', 'University of Tartu', 'high', 'TartuNLP group'),
    ('TechWolf', 'seed', 'BE', 'industry', 'TechWolf', 'medium', 'TechWolf (Ghent)'),
    ('TechxGenus', 'seed', NULL, 'independent', NULL, 'low', 'AWQ/GPTQ quantizer'),
    ('teknium', 'seed', NULL, 'independent', NULL, 'high', 'personal account of Teknium (Nous Research co-founder); OpenHermes'),
    ('Telugu-LLM-Labs', 'seed', NULL, 'community', 'Telugu LLM Labs', 'low', 'volunteer Indic LLM group (two individuals)'),
    ('tencent', 'seed', 'CN', 'industry', 'Tencent', 'high', 'Tencent (Shenzhen); Hunyuan'),
    ('Tencent-Hunyuan', 'seed', 'CN', 'industry', 'Tencent', 'high', 'Tencent Hunyuan team'),
    ('TencentARC', 'seed', 'CN', 'industry', 'Tencent', 'high', 'Tencent ARC Lab (LLaMA-Pro PhotoMaker)'),
    ('tensoropera', 'seed', 'US', 'industry', 'TensorOpera', 'low', 'TensorOpera (formerly FedML; Palo Alto)'),
    ('tenyx', 'seed', 'US', 'industry', 'Tenyx', 'medium', 'Tenyx (Palo Alto; acquired by Salesforce 2024)'),
    ('TheBloke', 'seed', NULL, 'independent', NULL, 'high', 'Tom Jobbins; individual quantizer (GPTQ/AWQ/GGUF)'),
    ('TheDrummer', 'seed', NULL, 'independent', NULL, 'high', 'roleplay finetuner'),
    ('thenlper', 'seed', 'CN', 'industry', 'Alibaba', 'medium', 'personal account of Dingkun Long; GTE models ''developed by Alibaba DAMO Academy'''),
    ('theprint', 'seed', NULL, 'independent', NULL, 'medium', 'finetunes'),
    ('thesven', 'seed', NULL, 'independent', NULL, 'low', 'GPTQ quantizer'),
    ('thu-coai', 'seed', 'CN', 'academia', 'Tsinghua University', 'high', 'Tsinghua CoAI group'),
    ('THUDM', 'seed', 'CN', 'industry', 'Zhipu AI / Tsinghua KEG', 'medium', 'Tsinghua KEG lab namespace; ChatGLM/GLM-4/CogVideoX co-developed with Zhipu AI; migrated to zai-org'),
    ('TIGER-Lab', 'seed', 'CA', 'academia', 'University of Waterloo', 'high', 'Wenhu Chen''s lab (MAmmoTH VLM2Vec)'),
    ('Tiiny', 'seed', 'CN', 'industry', 'Tiiny AI (PowerInfer team)', 'low', 'PowerInfer org renamed Tiiny; SJTU IPADS spin-off (SmallThinker)'),
    ('tiiuae', 'seed', 'AE', 'government', 'Technology Innovation Institute (ATRC Abu Dhabi)', 'medium', 'TII is the applied-research arm of Abu Dhabi''s government Advanced Technology Research Council (Falcon)'),
    ('timdettmers', 'seed', NULL, 'independent', NULL, 'medium', 'Tim Dettmers'),
    ('timm', 'seed', 'US', 'industry', 'Hugging Face', 'medium', 'PyTorch Image Models weights maintained by Ross Wightman at HF; many are ports of Google/Meta/OpenAI weights'),
    ('TinyLlama', 'seed', 'SG', 'academia', 'Singapore University of Technology and Design (StatNLP)', 'high', 'SUTD press release: TinyLlama developed by StatNLP group'),
    ('TitanML', 'seed', 'GB', 'industry', 'TitanML (Doubleword)', 'medium', 'TitanML (London)'),
    ('togethercomputer', 'seed', 'US', 'industry', 'Together AI', 'high', 'Together AI (San Francisco)'),
    ('tohoku-nlp', 'seed', 'JP', 'academia', 'Tohoku University', 'high', 'Tohoku NLP group'),
    ('tokyotech-llm', 'seed', 'JP', 'academia', 'Institute of Science Tokyo', 'high', 'Swallow (Tokyo Tech / AIST)'),
    ('tomg-group-umd', 'seed', 'US', 'academia', 'University of Maryland', 'high', 'Tom Goldstein group'),
    ('Tongyi-Zhiwen', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba Tongyi (QwenLong)'),
    ('Trendyol', 'seed', 'TR', 'industry', 'Trendyol', 'medium', 'Trendyol (Turkish e-commerce) LLMs'),
    ('TrevorJS', 'seed', NULL, 'independent', NULL, 'low', 'uncensored finetunes'),
    ('trillionlabs', 'seed', 'KR', 'industry', 'Trillion Labs', 'medium', 'Trillion Labs (Seoul)'),
    ('trl-internal-testing', 'seed', 'US', 'industry', 'Hugging Face', 'high', 'HF TRL CI test models'),
    ('turboderp', 'seed', NULL, 'independent', NULL, 'high', 'ExLlama author; individual'),
    ('turing-motors', 'seed', 'JP', 'industry', 'Turing', 'medium', 'Turing Inc. (Japanese autonomous-driving startup)'),
    ('TurkuNLP', 'seed', 'FI', 'academia', 'University of Turku', 'high', 'TurkuNLP group'),
    ('twinkle-ai', 'seed', NULL, 'community', 'Twinkle AI', 'low', 'Taiwanese open-source community (Traditional Chinese LLMs)'),
    ('typeform', 'seed', 'ES', 'industry', 'Typeform', 'medium', 'Typeform (Barcelona); zero-shot classifiers'),
    ('typhoon-ai', 'seed', 'TH', 'industry', 'SCB 10X', 'medium', 'Typhoon models (SCB 10X)'),
    ('UBC-NLP', 'seed', 'CA', 'academia', 'University of British Columbia', 'high', 'UBC NLP (AraT5 MARBERT)'),
    ('ubergarm', 'seed', NULL, 'independent', NULL, 'medium', 'individual ik_llama.cpp quantizer'),
    ('UCLA-AGI', 'seed', 'US', 'academia', 'UCLA', 'high', 'UCLA AGI lab (SPPO)'),
    ('uer', 'seed', 'CN', 'industry', 'Tencent', 'low', 'UER-py pretrained models (Tencent with RUC/PKU researchers)'),
    ('ufal', 'seed', 'CZ', 'academia', 'Charles University', 'high', 'Institute of Formal and Applied Linguistics'),
    ('Ultralytics', 'seed', 'US', 'industry', 'Ultralytics', 'medium', 'Ultralytics Inc. (YOLO); multinational (US/UK/ES)'),
    ('Unbabel', 'seed', 'PT', 'industry', 'Unbabel', 'high', 'Unbabel (Lisbon); Tower COMET'),
    ('Undi95', 'seed', NULL, 'independent', NULL, 'high', 'roleplay merges'),
    ('unitary', 'seed', 'GB', 'industry', 'Unitary', 'high', 'Unitary (London); toxic-bert Detoxify'),
    ('unsloth', 'seed', 'US', 'industry', 'Unsloth AI', 'medium', 'Unsloth AI: YC-backed startup (San Francisco) founded by Daniel & Michael Han (Australian founders)'),
    ('upskyy', 'seed', NULL, 'independent', NULL, 'medium', 'Korean embeddings'),
    ('upstage', 'seed', 'KR', 'industry', 'Upstage', 'high', 'Upstage (SOLAR)'),
    ('utter-project', 'seed', NULL, 'academia', 'UTTER / EuroLLM consortium (EU Horizon)', 'medium', 'EuroLLM ''developed by Unbabel IST IT Univ. Edinburgh Aveni Paris-Saclay Amsterdam Naver Labs Sorbonne''; EU-funded; lead partners in PT'),
    ('uukuguy', 'seed', NULL, 'independent', NULL, 'medium', 'speechless models'),
    ('v000000', 'seed', NULL, 'independent', NULL, 'low', 'merges'),
    ('VAGOsolutions', 'seed', 'DE', 'industry', 'VAGO solutions', 'medium', 'German AI company (SauerkrautLM)'),
    ('valhalla', 'seed', NULL, 'independent', NULL, 'medium', 'Suraj Patil'),
    ('ValiantLabs', 'seed', NULL, 'independent', NULL, 'low', 'Shining Valiant models (sequelbox)'),
    ('Vamsi', 'seed', NULL, 'independent', NULL, 'low', 'T5 paraphraser'),
    ('vicgalle', 'seed', NULL, 'independent', NULL, 'medium', 'Victor Gallego'),
    ('vidore', 'seed', 'FR', 'industry', 'ILLUIN Technology', 'low', 'ColPali/ViDoRe (Illuin Technology & CentraleSupelec)'),
    ('viettelsecurity-ai', 'seed', 'VN', 'industry', 'Viettel', 'medium', 'Viettel Cyber Security'),
    ('Vikhrmodels', 'seed', NULL, 'community', 'Vikhr team', 'medium', 'org card: ''a team of enthusiasts'' building Russian LLMs (Russian-language focus)'),
    ('vikhyatk', 'seed', NULL, 'independent', NULL, 'medium', 'Vikhyat Korrapati personal account (moondream2; later Moondream company)'),
    ('vikp', 'seed', NULL, 'independent', NULL, 'medium', 'Vik Paruchuri personal account (texify surya) before Datalab'),
    ('vinai', 'seed', 'VN', 'industry', 'VinAI (Vingroup)', 'high', 'VinAI Research (PhoBERT)'),
    ('VIRNECT', 'seed', 'KR', 'industry', 'VIRNECT', 'medium', 'Korean XR company'),
    ('voyageai', 'seed', 'US', 'industry', 'Voyage AI', 'high', 'Voyage AI (acquired by MongoDB 2025)'),
    ('Wan-AI', 'seed', 'CN', 'industry', 'Alibaba', 'high', 'Alibaba Tongyi Wanxiang (Wan video models)'),
    ('wenbopan', 'seed', NULL, 'independent', NULL, 'low', 'Faro models'),
    ('weqweasdas', 'seed', NULL, 'independent', NULL, 'low', 'personal account (reward models; UIUC PhD)'),
    ('Weyaxi', 'seed', NULL, 'independent', NULL, 'medium', 'Yagiz Calik (Einstein)'),
    ('WhereIsAI', 'seed', NULL, 'independent', NULL, 'low', 'AnglE/UAE embeddings (Sean Lee)'),
    ('winglian', 'seed', NULL, 'independent', NULL, 'high', 'Wing Lian (axolotl author)'),
    ('WinKawaks', 'seed', NULL, 'independent', NULL, 'medium', 'Zhiyu Qu (vit-small/tiny)'),
    ('WizardLMTeam', 'seed', 'US', 'industry', 'Microsoft', 'low', 'WizardLM/WizardCoder by Microsoft researchers (Can Xu et al.) with PKU; team org not officially Microsoft-branded'),
    ('Writer', 'seed', 'US', 'industry', 'Writer', 'high', 'Writer Inc. (San Francisco); Palmyra'),
    ('xai-org', 'seed', 'US', 'industry', 'xAI', 'high', 'xAI (Grok-1/Grok-2 weights)'),
    ('Xenova', 'seed', NULL, 'independent', NULL, 'medium', 'personal account of Joshua Lochner (transformers.js author; HF employee since 2023); ONNX ports'),
    ('XiaomiMiMo', 'seed', 'CN', 'industry', 'Xiaomi', 'high', 'Xiaomi MiMo team'),
    ('xinsir', 'seed', NULL, 'independent', NULL, 'medium', 'ControlNet-SDXL author'),
    ('Xkev', 'seed', NULL, 'independent', NULL, 'low', 'LLaVA-CoT author account'),
    ('XLabs-AI', 'seed', NULL, 'industry', 'XLabs AI', 'low', 'XLabs AI (FLUX LoRAs/ControlNets); HQ not established'),
    ('xlangai', 'seed', 'HK', 'academia', 'University of Hong Kong (XLANG Lab)', 'high', 'XLANG Lab (OpenCUA)'),
    ('xlnet', 'seed', 'US', 'academia', 'Carnegie Mellon University & Google Brain', 'low', 'legacy canonical namespace for XLNet (CMU/Google authors)'),
    ('xtuner', 'seed', 'CN', 'academia', 'Shanghai AI Laboratory', 'medium', 'XTuner (InternLM ecosystem)'),
    ('yam-peleg', 'seed', NULL, 'independent', NULL, 'medium', 'Yam Peleg (Hebrew models)'),
    ('yandex', 'seed', 'RU', 'industry', 'Yandex', 'high', 'Yandex (YaLM-100B YandexGPT-5-Lite)'),
    ('yanolja', 'seed', 'KR', 'industry', 'Yanolja', 'high', 'Yanolja (EEVE)'),
    ('ydshieh', 'seed', NULL, 'independent', NULL, 'medium', 'HF engineer test models'),
    ('yentinglin', 'seed', NULL, 'independent', NULL, 'medium', 'Taiwan-LLM author account'),
    ('yikuan8', 'seed', NULL, 'independent', NULL, 'medium', 'Yikuan Li (Clinical-Longformer)'),
    ('yiyanghkust', 'seed', 'HK', 'academia', 'HKUST', 'medium', 'personal account of Prof. Yi Yang (HKUST); FinBERT-tone paper release'),
    ('ylacombe', 'seed', NULL, 'independent', NULL, 'low', 'HF engineer account'),
    ('ytu-ce-cosmos', 'seed', 'TR', 'academia', 'Yildiz Technical University', 'high', 'COSMOS lab (Turkish LLMs)'),
    ('yuhuili', 'seed', NULL, 'independent', NULL, 'low', 'EAGLE speculative-decoding author account (Yuhui Li)'),
    ('yujiepan', 'seed', NULL, 'independent', NULL, 'low', 'tiny-random test models'),
    ('z-lab', 'seed', 'US', 'academia', 'z-lab (UC San Diego)', 'low', 'DFlash speculative-decoding drafts; affiliation not verified'),
    ('zai-org', 'seed', 'CN', 'industry', 'Zhipu AI (Z.ai)', 'high', 'Zhipu AI org (GLM); repos migrated from THUDM in 2025'),
    ('zake7749', 'seed', NULL, 'independent', NULL, 'medium', 'Kyara models'),
    ('zelk12', 'seed', NULL, 'independent', NULL, 'low', 'prolific merges'),
    ('zeroentropy', 'seed', 'US', 'industry', 'ZeroEntropy', 'medium', 'ZeroEntropy (YC startup); zerank zembed'),
    ('zerofata', 'seed', NULL, 'independent', NULL, 'low', 'roleplay merges'),
    ('ZhengPeng7', 'seed', NULL, 'independent', NULL, 'medium', 'BiRefNet author account'),
    ('zhihan1996', 'seed', NULL, 'independent', NULL, 'medium', 'DNABERT author account'),
    ('ZJU-AI4H', 'seed', 'CN', 'academia', 'Zhejiang University', 'medium', 'ZJU AI for Healthcare lab'),
    ('Zyphra', 'seed', 'US', 'industry', 'Zyphra', 'high', 'Zyphra (Palo Alto); Zamba');
