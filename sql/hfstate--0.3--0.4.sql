/* sql/hfstate--0.3--0.4.sql */

-- complain if script is sourced in psql, rather than via ALTER EXTENSION
\echo Use "ALTER EXTENSION hfstate UPDATE TO '0.4'" to load this file. \quit

-- 0.4: native Parquet import.  import_models/datasets/spaces (and import_file, import_upload,
-- hfstate-import) read hub-stats Parquet files too, detected by their magic bytes; the functions
-- below list a file's schema and rows, import the weekly-snapshot archive and the paper's annotations.

CREATE FUNCTION @extschema@.parquet_schema(file text)
RETURNS TABLE (column_path text, physical_type text, logical_type text, repetition text, max_def integer,
               max_rep integer)
AS 'MODULE_PATHNAME', 'hfstate_parquet_schema'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.parquet_schema(text) IS
'Every node of a server-side Parquet file''s schema in file order: dotted path, physical type (NULL for groups), logical type (e.g. STRING, TIMESTAMP(MICROS,utc), LIST), repetition, maximum definition and repetition levels. Needs superuser or pg_read_server_files.';

CREATE FUNCTION @extschema@.parquet_row_count(file text)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_parquet_row_count'
LANGUAGE C VOLATILE STRICT PARALLEL RESTRICTED;
COMMENT ON FUNCTION @extschema@.parquet_row_count(text) IS
'The number of rows of a server-side Parquet file, from its footer. Needs superuser or pg_read_server_files.';

CREATE FUNCTION @extschema@.parquet_rows(file text, columns text[] DEFAULT NULL)
RETURNS SETOF jsonb
AS 'MODULE_PATHNAME', 'hfstate_parquet_rows'
LANGUAGE C VOLATILE PARALLEL RESTRICTED;  -- not STRICT: NULL columns means all (a NULL file is an error)
COMMENT ON FUNCTION @extschema@.parquet_rows(text, text[]) IS
'Every row of a server-side Parquet file as a jsonb object of the given top-level columns (all when columns is NULL): NULL cells as JSON null, timestamps as ISO 8601 UTC strings, lists and structs as arrays and objects. Needs superuser or pg_read_server_files.';

-- import_weekly_snapshots: hfmlsoc/hub_weekly_snapshots laid out as <folder>/<kind>/<YYYY-MM-DD>/*.parquet
CREATE FUNCTION @extschema@.import_weekly_snapshots(folder text, kinds text[] DEFAULT '{models,datasets,spaces}')
RETURNS SETOF @extschema@.import_runs
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = @extschema@, pg_catalog, pg_temp
AS $$
DECLARE
    v_part record;
    v_file text;
BEGIN
    IF EXISTS (SELECT FROM unnest(kinds) AS k WHERE k IS NULL OR k NOT IN ('models', 'datasets', 'spaces')) THEN
        RAISE EXCEPTION 'unknown kind in %', kinds USING ERRCODE = '22023',
            HINT = 'kinds must be among models, datasets, spaces.';
    END IF;
    FOR v_part IN
        SELECT k.kind, k.ord, d.dir::date AS snapshot, rtrim(folder, '/') || '/' || k.kind || '/' || d.dir AS path
          FROM unnest(kinds) WITH ORDINALITY AS k(kind, ord)
         CROSS JOIN LATERAL pg_ls_dir(rtrim(folder, '/') || '/' || k.kind, true, false) AS d(dir)
         WHERE d.dir ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'
         ORDER BY 3, 2
    LOOP
        FOR v_file IN
            SELECT f FROM pg_ls_dir(v_part.path, true, false) AS f WHERE f LIKE '%.parquet' ORDER BY f
        LOOP
            RETURN NEXT run_import(v_part.kind, v_part.path || '/' || v_file, v_part.snapshot, false, false, false);
        END LOOP;
    END LOOP;
END
$$;
COMMENT ON FUNCTION @extschema@.import_weekly_snapshots(text, text[]) IS
'Imports a weekly-snapshot archive laid out as <folder>/<kind>/<YYYY-MM-DD>/*.parquet (hfmlsoc/hub_weekly_snapshots): every dated partition of the given kinds in date order (kinds in the given order within a date), each file as the snapshot of its folder''s date; other entries are ignored. Returns one import_runs row per file. Needs superuser or pg_read_server_files (and pg_ls_dir).';

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
