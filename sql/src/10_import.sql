/* sql/src/10_import.sql */

-- Imports: the import_runs log and its rejects, the C entry points import_file() (server-side
-- files) and import_upload() (bytes a client streamed with COPY FROM STDIN, as hfstate-import
-- does), and the functions users call: import_models, import_datasets, import_spaces,
-- import_configs, and the weekly-snapshot archive (import_weekly_snapshots, and the procedure
-- import_weekly_snapshots_proc, which commits after each file).  What one batch does to the
-- tables is in 11_import_merge.sql; the Parquet reader's own functions are in 12_parquet.sql.

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
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_runs', '');
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_runs_run_id_seq', '');

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
SELECT pg_catalog.pg_extension_config_dump('@extschema@.import_rejects', '');

------------------------------------------------------------------------------
-- Importers
------------------------------------------------------------------------------

-- jit = off: the importers' own per-batch statements (key lookups of 10,000 and more ids) would be
-- JIT-compiled once per batch, for nothing
CREATE FUNCTION @extschema@.import_file(kind text, file text, snapshot date, strict boolean, progress boolean)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_import_file'
LANGUAGE C VOLATILE  -- not STRICT: NULL snapshot/strict/progress have meanings, NULL kind/file are errors
SET jit = off;
COMMENT ON FUNCTION @extschema@.import_file(text, text, date, boolean, boolean) IS
'Imports a server-side Hub dump of the given kind (models, datasets, spaces, configs): JSON Lines or JSON arrays, plain or gzip. Needs superuser or pg_read_server_files. Returns the import_runs.run_id. Bad records go to import_rejects unless strict, which fails on the first one.';

CREATE FUNCTION @extschema@.import_upload(kind text, name text, snapshot date, strict boolean, progress boolean)
RETURNS bigint
AS 'MODULE_PATHNAME', 'hfstate_import_upload'
LANGUAGE C VOLATILE  -- not STRICT, as import_file
SET jit = off;
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
