/* sql/src/20_registry.sql */

-- The author registry: namespace -> country, developer type and parent organisation, from several
-- sources (user rows win over paper rows, which win over the shipped seed of 21_registry_seed.sql);
-- the effective view authors; model_attribution, each model attributed directly to its own
-- namespace (report tables T2, T3, T4); load_authors() for a user's CSV; and the paper's
-- annotations (import_paper_annotations with its two mappings, source paper).

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
SELECT pg_catalog.pg_extension_config_dump('@extschema@.author_registry', 'WHERE source <> ''seed''');

CREATE VIEW @extschema@.authors AS
SELECT DISTINCT ON (pg_catalog.lower(r.namespace))
       pg_catalog.lower(r.namespace) AS namespace_key,
       r.namespace, r.kind, r.country, r.developer_type, r.parent_org, r.source, r.confidence, r.evidence
  FROM @extschema@.author_registry r
 ORDER BY pg_catalog.lower(r.namespace),
          CASE r.source WHEN 'user' THEN 0 WHEN 'paper' THEN 1 ELSE 2 END;
COMMENT ON VIEW @extschema@.authors IS
'The effective registry: one row per namespace (lower-cased key), the user''s row if any, else the paper''s, else the seed''s.';

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

-- paper_developer_type: the paper's org_type values mapped to hfstate's developer types
CREATE FUNCTION @extschema@.paper_developer_type(org_type text)
RETURNS @extschema@.developer_type
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE pg_catalog.regexp_replace(pg_catalog.lower(pg_catalog.btrim(org_type)), '[^a-z]', '', 'g')
    WHEN 'industry' THEN 'industry' WHEN 'company' THEN 'industry' WHEN 'corporate' THEN 'industry'
    WHEN 'corporation' THEN 'industry' WHEN 'startup' THEN 'industry' WHEN 'bigtech' THEN 'industry'
    WHEN 'academia' THEN 'academia' WHEN 'academic' THEN 'academia' WHEN 'university' THEN 'academia'
    WHEN 'nonprofit' THEN 'nonprofit' WHEN 'notforprofit' THEN 'nonprofit' WHEN 'ngo' THEN 'nonprofit'
    WHEN 'government' THEN 'government' WHEN 'governmental' THEN 'government' WHEN 'public' THEN 'government'
    WHEN 'community' THEN 'community' WHEN 'opensourcecommunity' THEN 'community'
    WHEN 'independent' THEN 'independent' WHEN 'individual' THEN 'independent' WHEN 'user' THEN 'independent'
    WHEN 'person' THEN 'independent'
    END::@extschema@.developer_type;
COMMENT ON FUNCTION @extschema@.paper_developer_type(text) IS
'Maps an org_type annotation to a developer type, ignoring case and non-letters: industry (industry, company, corporate, corporation, startup, big tech), academia (academia, academic, university), nonprofit (nonprofit, not-for-profit, NGO), government (government, governmental, public), community, independent (independent, individual, user, person); anything else is NULL.';

-- paper_country: the paper's org_country values mapped to ISO 3166-1 alpha-2
CREATE FUNCTION @extschema@.paper_country(org_country text)
RETURNS text
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
    WHEN pg_catalog.btrim(org_country) ~ '^[A-Za-z]{2}$'
        THEN nullif(pg_catalog.upper(pg_catalog.btrim(org_country)), 'XX')
    ELSE CASE pg_catalog.regexp_replace(pg_catalog.lower(pg_catalog.btrim(org_country)), '[^a-z]', '', 'g')
        WHEN 'usa' THEN 'US' WHEN 'unitedstates' THEN 'US' WHEN 'unitedstatesofamerica' THEN 'US'
        WHEN 'china' THEN 'CN' WHEN 'prc' THEN 'CN' WHEN 'unitedkingdom' THEN 'GB' WHEN 'uk' THEN 'GB'
        WHEN 'france' THEN 'FR' WHEN 'germany' THEN 'DE' WHEN 'canada' THEN 'CA' WHEN 'southkorea' THEN 'KR'
        WHEN 'korea' THEN 'KR' WHEN 'japan' THEN 'JP' WHEN 'israel' THEN 'IL' WHEN 'india' THEN 'IN'
        WHEN 'unitedarabemirates' THEN 'AE' WHEN 'uae' THEN 'AE' WHEN 'singapore' THEN 'SG'
        WHEN 'switzerland' THEN 'CH' WHEN 'netherlands' THEN 'NL' WHEN 'russia' THEN 'RU' WHEN 'taiwan' THEN 'TW'
        WHEN 'hongkong' THEN 'HK' WHEN 'spain' THEN 'ES' WHEN 'italy' THEN 'IT' WHEN 'sweden' THEN 'SE'
        WHEN 'finland' THEN 'FI' WHEN 'poland' THEN 'PL' WHEN 'australia' THEN 'AU' WHEN 'brazil' THEN 'BR'
        WHEN 'vietnam' THEN 'VN' WHEN 'saudiarabia' THEN 'SA' WHEN 'turkey' THEN 'TR' WHEN 'austria' THEN 'AT'
        WHEN 'belgium' THEN 'BE' WHEN 'denmark' THEN 'DK' WHEN 'norway' THEN 'NO' WHEN 'ireland' THEN 'IE'
        WHEN 'czechrepublic' THEN 'CZ' WHEN 'czechia' THEN 'CZ' WHEN 'indonesia' THEN 'ID'
        WHEN 'thailand' THEN 'TH' WHEN 'portugal' THEN 'PT' WHEN 'greece' THEN 'GR'
        END
    END;
COMMENT ON FUNCTION @extschema@.paper_country(text) IS
'Maps an org_country annotation to ISO 3166-1 alpha-2: two-letter codes are upper-cased (XX = none gives NULL); English names of the 45 most frequent countries are recognised ignoring case and non-letters; anything else is NULL.';

-- import_paper_annotations: all_downloads_with_annotations.parquet of "Economies of Open Intelligence"
CREATE FUNCTION @extschema@.import_paper_annotations(file text,
    OUT history_rows bigint, OUT unmatched_rows bigint, OUT registry_rows bigint)
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    v_cols text[];
    c_id text;
    c_date text;
    c_count text;
    c_author text;
    c_type text;
    c_country text;
BEGIN
    SELECT array_agg(column_path) INTO v_cols FROM parquet_schema(file) WHERE strpos(column_path, '.') = 0;
    SELECT c INTO c_id FROM unnest(ARRAY['id', 'model_id', 'modelId', 'repo_id', 'model', 'repo', 'model_name'])
        WITH ORDINALITY AS t(c, o) WHERE c = ANY (v_cols) ORDER BY o LIMIT 1;
    SELECT c INTO c_date FROM unnest(ARRAY['date', 'snapshot', 'snapshot_date', 'week', 'timestamp', 'time', 'ds'])
        WITH ORDINALITY AS t(c, o) WHERE c = ANY (v_cols) ORDER BY o LIMIT 1;
    SELECT c INTO c_count FROM unnest(ARRAY['downloadsAllTime', 'downloads_all_time', 'all_time_downloads',
        'cumulative_downloads', 'total_downloads', 'downloads'])
        WITH ORDINALITY AS t(c, o) WHERE c = ANY (v_cols) ORDER BY o LIMIT 1;
    SELECT c INTO c_author FROM unnest(ARRAY['author', 'org', 'organization', 'namespace', 'org_name'])
        WITH ORDINALITY AS t(c, o) WHERE c = ANY (v_cols) ORDER BY o LIMIT 1;
    SELECT c INTO c_type FROM unnest(ARRAY['org_type', 'developer_type', 'organization_type'])
        WITH ORDINALITY AS t(c, o) WHERE c = ANY (v_cols) ORDER BY o LIMIT 1;
    SELECT c INTO c_country FROM unnest(ARRAY['org_country', 'country', 'organization_country'])
        WITH ORDINALITY AS t(c, o) WHERE c = ANY (v_cols) ORDER BY o LIMIT 1;
    IF c_id IS NULL OR (c_date IS NULL AND c_type IS NULL AND c_country IS NULL) THEN
        RAISE EXCEPTION 'no column % in Parquet file "%"',
            CASE WHEN c_id IS NULL THEN 'naming the model (id, model_id, modelId, repo_id, model, repo, model_name)'
                 ELSE 'with a date or annotations (date, snapshot, week, ..., org_type, org_country)' END, file
            USING ERRCODE = '42703', DETAIL = 'Columns: ' || array_to_string(v_cols, ', ');
    END IF;

    CREATE TEMP TABLE hfstate_paper_rows ON COMMIT DROP AS
    SELECT r ->> c_id AS id,
           CASE WHEN c_date IS NOT NULL THEN substr(r ->> c_date, 1, 10)::date END AS snapshot,
           CASE WHEN c_count IS NOT NULL THEN (r ->> c_count)::numeric::bigint END AS downloads_all_time,
           coalesce(CASE WHEN c_author IS NOT NULL THEN r ->> c_author END,
                    CASE WHEN strpos(r ->> c_id, '/') > 0 THEN split_part(r ->> c_id, '/', 1) END) AS namespace,
           CASE WHEN c_type IS NOT NULL THEN r ->> c_type END AS org_type,
           CASE WHEN c_country IS NOT NULL THEN r ->> c_country END AS org_country
      FROM parquet_rows(file, array_remove(ARRAY[c_id, c_date, c_count, c_author, c_type, c_country], NULL)) AS r;

    -- download history of the models hfstate knows (their key is in model_nodes); an existing
    -- snapshot row of a Hub import keeps its counters, a missing downloads_all_time is filled in
    INSERT INTO history AS h (repo, kind, snapshot, downloads_all_time)
    SELECT DISTINCT ON (n.key, p.snapshot) n.key, 'm', p.snapshot, p.downloads_all_time
      FROM hfstate_paper_rows p
      JOIN model_nodes n ON n.lid = lower(p.id)
     WHERE p.snapshot IS NOT NULL AND p.downloads_all_time IS NOT NULL
     ORDER BY n.key, p.snapshot, p.downloads_all_time DESC
    ON CONFLICT (repo, snapshot) DO UPDATE
       SET downloads_all_time = coalesce(h.downloads_all_time, excluded.downloads_all_time);
    GET DIAGNOSTICS history_rows = ROW_COUNT;
    SELECT count(*) INTO unmatched_rows
      FROM hfstate_paper_rows p
     WHERE p.snapshot IS NOT NULL AND p.downloads_all_time IS NOT NULL
       AND NOT EXISTS (SELECT FROM model_nodes n WHERE n.lid = lower(p.id));

    -- annotations: one 'paper' row per namespace, its most frequent (type, country); user rows untouched
    INSERT INTO author_registry AS a (namespace, source, country, developer_type, evidence)
    SELECT DISTINCT ON (lower(namespace)) namespace, 'paper', paper_country(org_country),
           paper_developer_type(org_type), 'Economies of Open Intelligence annotations: ' || file
      FROM (SELECT namespace, org_type, org_country, count(*) AS n
              FROM hfstate_paper_rows
             WHERE namespace <> '' AND (org_type IS NOT NULL OR org_country IS NOT NULL)
             GROUP BY namespace, org_type, org_country) s
     WHERE paper_developer_type(org_type) IS NOT NULL OR paper_country(org_country) IS NOT NULL
     ORDER BY lower(namespace), n DESC, namespace, org_type, org_country
    ON CONFLICT (lower(namespace), source) DO UPDATE
       SET country = excluded.country, developer_type = excluded.developer_type, evidence = excluded.evidence;
    GET DIAGNOSTICS registry_rows = ROW_COUNT;
    DROP TABLE hfstate_paper_rows;
END
$$;
COMMENT ON FUNCTION @extschema@.import_paper_annotations(text) IS
'Imports all_downloads_with_annotations.parquet of Economies of Open Intelligence. Columns are found by name: model id (id, model_id, modelId, repo_id, model, repo, model_name), date (date, snapshot, snapshot_date, week, timestamp, time, ds: first 10 characters), cumulative downloads (downloadsAllTime, downloads_all_time, all_time_downloads, cumulative_downloads, total_downloads, downloads), namespace (author, org, organization, namespace, org_name; else the id''s owner), org_type and org_country. Writes history rows (kind m) for models hfstate knows, keeping the counters of Hub imports, and one author_registry row per annotated namespace with source paper (its most frequent annotation; user rows are never touched). Returns history rows written, rows of unknown models, registry rows written.';
