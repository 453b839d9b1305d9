/* sql/src/00_schema.sql */

-- The vocabulary and the repository tables every other file builds on: the enum types, the key
-- sequence shared by models, datasets and Spaces, their current rows, the counters of every
-- imported snapshot (history), the model graph (model_nodes, model_edges, model_card_bases) and
-- full config.json files.  The C importers (src/import_*.c) write these tables; their rows are the
-- user's data, so each is registered with pg_extension_config_dump (kept by pg_dump) beside it.
-- Also build_version(), and schema hfstate_live of the live report views and their tables.

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

CREATE TYPE @extschema@.size_scale AS ENUM
	('<100M', '100M–1B', '1–3B', '3–10B', '10–30B', '30–100B', '100–300B', '300B–1T', '1T+');

COMMENT ON TYPE @extschema@.size_scale IS
'Fine size class of a parameter count, half-open intervals [a, b): <100M, 100M–1B, 1–3B, 3–10B, 10–30B, 30–100B, 100–300B, 300B–1T, 1T+. Labels use an en dash (U+2013).';

------------------------------------------------------------------------------
-- Schema hfstate_live: the report views computed at read time, and their stored results
------------------------------------------------------------------------------

-- The report_t*.sql files define each report view here as hfstate_live.report_X (the live
-- computation); report_tables.sql then gives each a table hfstate_live.report_X_rows, filled by
-- refresh(), and the public view @extschema@.report_X over it.  The name is fixed, like the
-- extension's own schema (relocatable = false).
CREATE SCHEMA hfstate_live;
COMMENT ON SCHEMA hfstate_live IS
'hfstate''s report views computed at read time (hfstate_live.report_X: always current, slow on a large Hub) and the tables refresh() stores their results in (hfstate_live.report_X_rows), which the public views hfstate.report_X read. Part of extension hfstate.';

------------------------------------------------------------------------------
-- Repositories
------------------------------------------------------------------------------

CREATE SEQUENCE @extschema@.repo_key_seq AS integer;
COMMENT ON SEQUENCE @extschema@.repo_key_seq IS
'Integer surrogate keys shared by models, datasets and spaces, so the history table needs one key column.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.repo_key_seq', '');

CREATE TABLE @extschema@.model_nodes (
    key     integer PRIMARY KEY DEFAULT pg_catalog.nextval('@extschema@.repo_key_seq'),
    id      text NOT NULL,
    present boolean NOT NULL DEFAULT false,
    lid     text COLLATE "C" NOT NULL UNIQUE GENERATED ALWAYS AS (pg_catalog.lower(id COLLATE "C")) STORED
);
COMMENT ON TABLE @extschema@.model_nodes IS
'Every model id hfstate has seen: imported models (present) and parents named by the Hub that are not in the data (dangling). Ids match case-insensitively through lid = lower(id); id keeps the dump''s casing.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_nodes', '');

-- models, datasets and spaces: fillfactor 50.  A weekly import updates nearly every current row (its
-- counters move) and no index covers an updated column, so each update can stay on its page (HOT: no
-- index entry, the previous week's version pruned in place) when the page has room for a second version
-- of its rows.  At the default 100 nearly every update moved the row to a new page: after 12 weekly snapshots
-- of the 100,000-model sample models took 768 MB instead of 144 MB, and every scan read the dead rows.
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
) WITH (fillfactor = 50);
COMMENT ON TABLE @extschema@.models IS
'Current state of each model: the latest imported snapshot''s row, typed columns extracted at load time. created_year is NULL for the Hub''s unknown-creation sentinel (2022-03-02T23:29:04Z). card and config keep the raw JSON.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.models', '');

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
) WITH (fillfactor = 50);
COMMENT ON TABLE @extschema@.datasets IS
'Current state of each dataset (latest imported snapshot). task_categories and modalities come from the task_categories:* and modality:* tags.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.datasets', '');

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
) WITH (fillfactor = 50);
COMMENT ON TABLE @extschema@.spaces IS 'Current state of each Space (latest imported snapshot). Spaces have no downloads.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.spaces', '');

CREATE TABLE @extschema@.history (
    repo               integer NOT NULL,
    kind               "char" NOT NULL CHECK (kind IN ('m', 'd', 's')),
    snapshot           date NOT NULL,
    downloads_all_time bigint,
    downloads          bigint,
    likes              bigint,
    PRIMARY KEY (repo, snapshot)
);
-- the rows of one snapshot, for refresh() after a weekly import: snapshots arrive one after the
-- other, so each is a run of pages, and a BRIN index of a few kB finds it without reading the
-- history (a B-tree on snapshot would cost hundreds of MB and an entry per row at every import)
CREATE INDEX history_snapshot ON @extschema@.history USING brin (snapshot);
COMMENT ON TABLE @extschema@.history IS
'Counters of every repo in every imported snapshot (kind m = model, d = dataset, s = space). downloads is a rolling 30-day count: never sum it across snapshots; take differences of downloads_all_time instead.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.history', '');

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
SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_edges', '');

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
SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_card_bases', '');

CREATE TABLE @extschema@.model_configs (
    model       integer PRIMARY KEY,
    config      jsonb NOT NULL,
    source      text,
    imported_at timestamptz NOT NULL DEFAULT pg_catalog.now()
);
COMMENT ON TABLE @extschema@.model_configs IS
'Full config.json of models, imported from JSON Lines of {"id", "config"}. The Hub API''s config field (in models.config) is only a filtered subset.';
SELECT pg_catalog.pg_extension_config_dump('@extschema@.model_configs', '');

CREATE TABLE @extschema@.model_changes (
    key integer NOT NULL
);
COMMENT ON TABLE @extschema@.model_changes IS
'Change record of the incremental refresh(): keys of models whose inputs of model_sizes, model_facts or model_root_namespaces changed since the last refresh(), appended by the imports: a new model (merge_models or the plain-insert path), a current row whose id, author, created_at, created_year, pipeline_tag, library_name, tags, quant_method, base_relation, safetensors, gguf_total or siblings changed (counters, last_modified and the other columns move every week and are not recorded), a child whose base-model edges were added, changed or removed (merge_models, resolve_card_edges), a config.json added or changed (merge_configs). refresh() deletes the rows it sees as it starts (rows of imports still running stay for the next one); append-only, duplicates allowed, no index (read whole). Not dumped: after a restore refresh() rebuilds everything.';

------------------------------------------------------------------------------
-- Build information
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.build_version() RETURNS text
    AS 'MODULE_PATHNAME', 'hfstate_build_version'
    LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
COMMENT ON FUNCTION @extschema@.build_version() IS
'Version of the loaded shared library (compare with pg_extension.extversion).';
