-- Parquet input on tiny hand-built files (written by DuckDB 1.x, kept here as base64 and
-- written out server-side with COPY ... TO PROGRAM 'base64 -d'):
--   ok:    3 models, snappy, columns id, author, createdAt (TIMESTAMPTZ), downloads,
--          downloadsAllTime, likes, trendingScore, tags (LIST<STRING>), pipeline_tag,
--          cardData (STRING holding JSON), safetensors (STRUCT, dtype F32 null), baseModels
--          (STRUCT), gguf (STRING holding JSON), newField (an extra column):
--            org/base-7B                  2024-01-02T03:04:05Z  dl 10  all-time 100  likes 1  trending 0.5
--                                         card {"license":"mit"}, safetensors BF16 7e9 total 7e9
--            org/base-7B-Instruct         2024-03-01  all-time 50, card 'not json {' (not an object:
--                                         left out), baseModels finetune -> org/base-7B
--            quant/base-7B-Instruct-GGUF  2024-04-01  all-time 30, no author, gguf total 7e9
--   noid:  columns name, downloads (no id)
--   lzo:   one column id whose codec was patched to LZO (3), which the reader does not handle
--   paper: model_id, date, downloadsAllTime, org_type, org_country (6 rows, see below)
SET client_min_messages = warning;
-- one transaction on emptied tables (earlier tests leave rows), rolled back at the end
BEGIN;
TRUNCATE hfstate.models, hfstate.datasets, hfstate.spaces, hfstate.model_nodes, hfstate.model_edges,
         hfstate.model_card_bases, hfstate.history, hfstate.import_runs, hfstate.import_rejects;
CREATE TEMP TABLE pq (name text PRIMARY KEY, b bytea);
INSERT INTO pq VALUES
('ok', decode('UEFSMRUAFZgBFYABLBUGFQAVBhUGAABMWAIAAAAGAQsAAABvcmcvYmFzZS03QhQAMg8ARC1JbnN0cnVjdBsAAABxdWFudBEpNC1JbnN0cnVjdC1HR1VGFQAVZhU2LBUGFQAVBhUGAAAzGCEAAABBAwB2AQA0AwAAAG9yZwMAAABvcmcVABU8FUAsFQYVABUGFQYAAB50AgAAAAYBQNNNwO0NBgAAoJsOjhIGAABAsKv9FAYAFQAVWhUqLBUGFQAVBhUGAAAtGCEAAABBAQB2AQAcCgAAAAAAAAAVABU8FTosFQYVABUGFQYAAB4cAgAAAAYBZAAJATwyAAAAAAAAAB4AAAAAAAAAFQAVWhUqLBUGFQAVBhUGAAAtGCEAAABBAQB2AQAcAQAAAAAAAAAVABVaFR4sFQYVABUGFQYAAC0YIQAAAEEBAI4BAATgPxUAFeoCFfwBLBUMFQAVBhUGAAC1ARghAAAAQSoAdgEA8E8CAAAADAMLAAAAbGljZW5zZTptaXQPAAAAdGV4dC1nZW5lcmF0aW9uHwAAAGJhc2VfbW9kZWw6ZmluZXR1bmU6b3JnL2Jhc2UtN0IWAAAAYhkjAG8ZGiAEAAAAZ2d1Zh82RQAdIiAtSW5zdHJ1Y3QVABVwFUAsFQYVABUGFQYAADgYIQAAAEEBAHYBAEgPAAAAdGV4dC1nZW5lcmF0aW9uFQAVkgEVYiwVBhUAFQYVBgAASRghAAAAQQMAdgEAjBIAAAB7ImxpY2Vuc2UiOiAibWl0In0KAAAAbm90IGpzb24gexUAFZoBFSgsFQYVABUGFQYAAE0YQQAAAEEDAPoBABiGO6EBAAAAFQAVigEVGCwVBhUAFQYVBgAARRhBAAAAQQIA9gEAFQAVmgEVKCwVBhUAFQYVBgAATRhBAAAAQQIA+gEAGIY7oQEAAAAVABWiARUyLBUGFQAVBhUGAABRGEEAAABBCAD2AQAsCAAAAGZpbmV0dW5lFQAV5gEVPCwVBhUAFQYVBgAAczACAAAABgBhAAAAQSgA/gEAdgEAHAQAAAA2NWExFQAV9AEVSiwVBhUAFQYVBgAAejACAAAABgBhAAAAQSgA/gEAdgEAOAsAAABvcmcvYmFzZS03QhUAFa4BFXQsFQYVABUGFQYAAFcYIQAAAEEEAHYBADwuAAAAeyJ0b3RhbCI6IDcwEQFkLCAiYXJjaGl0ZWN0dXJlIjogImxsYW1hIn0VABVUFSQsFQYVABUGFQYAACoYIQAAAEEBAHYBABABAAAAeBUCGfwbNQAYDWR1Y2tkYl9zY2hlbWEVHAAVDCUCGAJpZCUAABUMJQIYBmF1dGhvciUAABUEJQIYCWNyZWF0ZWRBdCUUTIwRHCwAAAAAABUEJQIYCWRvd25sb2FkcyUkABUEJQIYEGRvd25sb2Fkc0FsbFRpbWUlJAAVBCUCGAVsaWtlcyUkABUKJQIYDXRyZW5kaW5nU2NvcmUANQIYBHRhZ3MVAhUGADUEGARsaXN0FQIAFQwlAhgHZWxlbWVudCUAABUMJQIYDHBpcGVsaW5lX3RhZyUAABUMJQIYCGNhcmREYXRhJQAANQIYC3NhZmV0ZW5zb3JzFQQANQIYCnBhcmFtZXRlcnMVBAAVBCUCGARCRjE2JSQAFQQlAhgDRjMyJSQAFQQlAhgFdG90YWwlJAA1AhgKYmFzZU1vZGVscxUEABUMJQIYCHJlbGF0aW9uJQAANQIYBm1vZGVscxUCFQYANQQYBGxpc3QVAgA1AhgHZWxlbWVudBUEABUMJQIYA19pZCUAABUMJQIYAmlkJQAAFQwlAhgEZ2d1ZiUAABUMJQIYCG5ld0ZpZWxkJQAAFgYZHBn8EiYAHBUMGRUAGRgCaWQVAhYGFr4BFqYBJgg8GBtxdWFudC9iYXNlLTdCLUluc3RydWN0LUdHVUYYC29yZy9iYXNlLTdCFgAoG3F1YW50L2Jhc2UtN0ItSW5zdHJ1Y3QtR0dVRhgLb3JnL2Jhc2UtN0IREQAAACYAHBUMGRUAGRgGYXV0aG9yFQIWBhaIARZYJq4BPBgDb3JnGANvcmcWAigDb3JnGANvcmcREQAAACYAHBUEGRUAGRgJY3JlYXRlZEF0FQIWBhZeFmImhgI8GAgAQLCr/RQGABgIQNNNwO0NBgAWACgIAECwq/0UBgAYCEDTTcDtDQYAEREAAAAmABwVBBkVABkYCWRvd25sb2FkcxUCFgYWfBZMJugCPBgICgAAAAAAAAAYCAoAAAAAAAAAFgQoCAoAAAAAAAAAGAgKAAAAAAAAABERAAAAJgAcFQQZFQAZGBBkb3dubG9hZHNBbGxUaW1lFQIWBhZeFlwmtAM8GAhkAAAAAAAAABgIHgAAAAAAAAAWACgIZAAAAAAAAAAYCB4AAAAAAAAAEREAAAAmABwVBBkVABkYBWxpa2VzFQIWBhZ8FkwmkAQ8GAgBAAAAAAAAABgIAQAAAAAAAAAWBCgIAQAAAAAAAAAYCAEAAAAAAAAAEREAAAAmABwVChkVABkYDXRyZW5kaW5nU2NvcmUVAhYGFnwWQCbcBDwYCAAAAAAAAOA/GAgAAAAAAADgPxYEKAgAAAAAAADgPxgIAAAAAAAA4D8REQAAACYAHBUMGRUAGTgEdGFncwRsaXN0B2VsZW1lbnQVAhYMFpADFqICJpwFPBgPdGV4dC1nZW5lcmF0aW9uGB9iYXNlX21vZGVsOmZpbmV0dW5lOm9yZy9iYXNlLTdCFgAoD3RleHQtZ2VuZXJhdGlvbhgfYmFzZV9tb2RlbDpmaW5ldHVuZTpvcmcvYmFzZS03QhERAAAAJgAcFQwZFQAZGAxwaXBlbGluZV90YWcVAhYGFpIBFmImvgc8GA90ZXh0LWdlbmVyYXRpb24YD3RleHQtZ2VuZXJhdGlvbhYEKA90ZXh0LWdlbmVyYXRpb24YD3RleHQtZ2VuZXJhdGlvbhERAAAAJgAcFQwZFQAZGAhjYXJkRGF0YRUCFgYWtgEWhgEmoAg8GBJ7ImxpY2Vuc2UiOiAibWl0In0YCm5vdCBqc29uIHsWAigSeyJsaWNlbnNlIjogIm1pdCJ9GApub3QganNvbiB7EREAAAAmABwVBBkVABk4C3NhZmV0ZW5zb3JzCnBhcmFtZXRlcnMEQkYxNhUCFgYWvgEWTCamCTwYCACGO6EBAAAAGAgAhjuhAQAAABYEKAgAhjuhAQAAABgIAIY7oQEAAAAREQAAACYAHBUEGRUAGTgLc2FmZXRlbnNvcnMKcGFyYW1ldGVycwNGMzIVAhYGFq4BFjwm8gk8NgYAAAAmABwVBBkVABkoC3NhZmV0ZW5zb3JzBXRvdGFsFQIWBha+ARZMJq4KPBgIAIY7oQEAAAAYCACGO6EBAAAAFgQoCACGO6EBAAAAGAgAhjuhAQAAABERAAAAJgAcFQwZFQAZKApiYXNlTW9kZWxzCHJlbGF0aW9uFQIWBhbGARZWJvoKPBgIZmluZXR1bmUYCGZpbmV0dW5lFgQoCGZpbmV0dW5lGAhmaW5ldHVuZRERAAAAJgAcFQwZFQAZWApiYXNlTW9kZWxzBm1vZGVscwRsaXN0B2VsZW1lbnQDX2lkFQIWBhaKAhZgJtALPBgENjVhMRgENjVhMRYEKAQ2NWExGAQ2NWExEREAAAAmABwVDBkVABlYCmJhc2VNb2RlbHMGbW9kZWxzBGxpc3QHZWxlbWVudAJpZBUCFgYWmAIWbiawDDwYC29yZy9iYXNlLTdCGAtvcmcvYmFzZS03QhYEKAtvcmcvYmFzZS03QhgLb3JnL2Jhc2UtN0IREQAAACYAHBUMGRUAGRgEZ2d1ZhUCFgYW0gEWmAEmng08GC57InRvdGFsIjogNzAwMDAwMDAwMCwgImFyY2hpdGVjdHVyZSI6ICJsbGFtYSJ9GC57InRvdGFsIjogNzAwMDAwMDAwMCwgImFyY2hpdGVjdHVyZSI6ICJsbGFtYSJ9FgQoLnsidG90YWwiOiA3MDAwMDAwMDAwLCAiYXJjaGl0ZWN0dXJlIjogImxsYW1hIn0YLnsidG90YWwiOiA3MDAwMDAwMDAwLCAiYXJjaGl0ZWN0dXJlIjogImxsYW1hIn0REQAAACYAHBUMGRUAGRgIbmV3RmllbGQVAhYGFnYWRia2DjwYAXgYAXgWBCgBeBgBeBERAAAAFqgZFgYmCBb0DgAoKER1Y2tEQiB2ZXJzaW9uIHYxLjUuNiAoYnVpbGQgMDY5Y2M5ZjliNSkZ/BIcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAcAAAAAgkAAFBBUjE=', 'base64')),
('noid', decode('UEFSMRUAFSAVJCwVBBUAFQYVBgAAEDwCAAAABAEBAAAAYQEAAABiFQAVLBUwLBUEFQAVBhUGAAAWVAIAAAAEAQEAAAAAAAAAAgAAAAAAAAAVAhk8NQAYDWR1Y2tkYl9zY2hlbWEVBAAVDCUCGARuYW1lJQAAFQQlAhgJZG93bmxvYWRzJSQAFgQZHBksJgAcFQwZFQAZGARuYW1lFQIWBBZCFkYmCDwYAWIYAWEWACgBYhgBYRERAAAAJgAcFQQZFQAZGAlkb3dubG9hZHMVAhYEFk4WUiZOPBgIAgAAAAAAAAAYCAEAAAAAAAAAFgAoCAIAAAAAAAAAGAgBAAAAAAAAABERAAAAFpABFgQmCBaYAQAoKER1Y2tEQiB2ZXJzaW9uIHYxLjUuNiAoYnVpbGQgMDY5Y2M5ZjliNSkZLBwAABwAAAD2AAAAUEFSMQ==', 'base64')),
('lzo', decode('UEFSMRUAFTAVMCwVBBUAFQYVBgAAAgAAAAQBBQAAAHgvb25lBQAAAHgvdHdvFQIZLDUAGA1kdWNrZGJfc2NoZW1hFQIAFQwlAhgCaWQlAAAWBBkcGRwmABwVDBkVABkYAmlkFQYWBBZSFlImCDwYBXgvdHdvGAV4L29uZRYAKAV4L3R3bxgFeC9vbmUREQAAABZSFgQmCBZSACgoRHVja0RCIHZlcnNpb24gdjEuNS42IChidWlsZCAwNjljYzlmOWI1KRkcHAAAAJ0AAABQQVIx', 'base64')),
('paper', decode('UEFSMRUAFc4BFZgBLBUMFQAVBhUGAAAotS/9IGcdAgBUAwIAAAAMAQsAAABvcmcvYmFzZS03QhQAAABPUkctSW5zdHJ1Y3QKAAAAZ29uZS9tb2RlbG1pBACA8JihAcIUcTIBFQAVPBVOLBUMFQAVBhUGAAAotS/9IB7xAAACAAAADAF+TgAAhU4AALROAACFTgAAhU4AAIVOAAAVABVsFVosFQwVABUGFQYAACi1L/0gNiUBAMgCAAAADAFaAF8A5wMAKAAFAAMAAAAAAAAABRAAAw++Y+CBCxUAFZ4BFYoBLBUMFQAVBhUGAAAotS/9IE/lAQAkAwIAAAAMAQgAAABJbmR1c3RyeQcAAABDb21wYW5BY2FkZW1pYwoAAABpbmRpdmlkdWFsAgBGCcjBEgYVABWWARVuLBUMFQAVBhUGAAAotS/9IEt1AQBUAgQAAAAKAQIADQAAAFVuaXRlZCBTdGF0ZXMCUwYAAABGcmFuY2UCACAQkTPHFQIZbDUAGA1kdWNrZGJfc2NoZW1hFQoAFQwlAhgIbW9kZWxfaWQlAAAVAiUCGARkYXRlJQwAFQQlAhgQZG93bmxvYWRzQWxsVGltZSUkABUMJQIYCG9yZ190eXBlJQAAFQwlAhgLb3JnX2NvdW50cnklAAAWDBkcGVwmABwVDBkVABkYCG1vZGVsX2lkFQwWDBb0ARa+ASYIPBgLb3JnL2Jhc2UtN0IYFE9SRy9iYXNlLTdCLUluc3RydWN0FgAoC29yZy9iYXNlLTdCGBRPUkcvYmFzZS03Qi1JbnN0cnVjdBERAAAAJgAcFQIZFQAZGARkYXRlFQwWDBZeFnAmxgE8GAS0TgAAGAR+TgAAFgAoBLROAAAYBH5OAAAREQAAACYAHBUEGRUAGRgQZG93bmxvYWRzQWxsVGltZRUMFgwWjgEWfCa2AjwYCOcDAAAAAAAAGAgDAAAAAAAAABYAKAjnAwAAAAAAABgIAwAAAAAAAAAREQAAACYAHBUMGRUAGRgIb3JnX3R5cGUVDBYMFsQBFrABJrIDPBgKaW5kaXZpZHVhbBgIQWNhZGVtaWMWACgKaW5kaXZpZHVhbBgIQWNhZGVtaWMREQAAACYAHBUMGRUAGRgLb3JnX2NvdW50cnkVDBYMFroBFpIBJuIEPBgNVW5pdGVkIFN0YXRlcxgGRnJhbmNlFgIoDVVuaXRlZCBTdGF0ZXMYBkZyYW5jZRERAAAAFt4GFgwmCBbsBQAoKER1Y2tEQiB2ZXJzaW9uIHYxLjUuNiAoYnVpbGQgMDY5Y2M5ZjliNSkZXBwAABwAABwAABwAABwAAABsAgAAUEFSMQ==', 'base64'));

-- write bytes b to a server file
CREATE FUNCTION pg_temp.put(path text, b bytea) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format('COPY (SELECT %L) TO PROGRAM %L', translate(encode(b, 'base64'), E'\n', ''),
                   'mkdir -p "$(dirname ' || path || ')" && base64 -d > ' || path);
END
$$;
-- b with n bytes from offset off xor mask
CREATE FUNCTION pg_temp.flip(b bytea, off integer, n integer, mask integer) RETURNS bytea LANGUAGE plpgsql AS $$
BEGIN
    FOR i IN off .. off + n - 1 LOOP
        b := set_byte(b, i, get_byte(b, i) # mask);
    END LOOP;
    RETURN b;
END
$$;
COPY (SELECT 1) TO PROGRAM 'rm -rf /tmp/hfstate_regress_weekly; cat > /dev/null';
-- run a statement, returning its error (SQLSTATE and message) or 'no error'
CREATE FUNCTION pg_temp.err(stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    st text;
    msg text;
BEGIN
    EXECUTE stmt;
    RETURN 'no error';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    RETURN st || ': ' || msg;
END
$$;
-- run an import, returning its counts or its error (SQLSTATE and message)
CREATE FUNCTION pg_temp.try(kind text, path text, strict boolean DEFAULT false) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    r hfstate.import_runs;
    st text;
    msg text;
BEGIN
    SELECT * INTO r FROM hfstate.run_import(kind, path, '2025-03-08', strict, false, false);
    RETURN format('read %s imported %s rejected %s', r.rows_read, r.rows_imported, r.rows_rejected);
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS st = RETURNED_SQLSTATE, msg = MESSAGE_TEXT;
    RETURN st || ': ' || msg;
END
$$;
SELECT pg_temp.put('/tmp/hfstate_regress_pq_2025-03-01.parquet', b) FROM pq WHERE name = 'ok';

-- the reader-level functions: 3 rows; 22 schema nodes (14 columns, tags has its list and
-- element nodes, safetensors.parameters has BF16 and F32, baseModels.models is a list of
-- structs of _id and id)
SELECT hfstate.parquet_row_count('/tmp/hfstate_regress_pq_2025-03-01.parquet');
SELECT * FROM hfstate.parquet_schema('/tmp/hfstate_regress_pq_2025-03-01.parquet');
SELECT r FROM hfstate.parquet_rows('/tmp/hfstate_regress_pq_2025-03-01.parquet', '{id,createdAt,safetensors}') AS r;

-- import: 3 read, 3 imported, 3 new; edges: base-7B-Instruct -> base-7B (tag_typed, base_models,
-- tag: finetune) and GGUF -> base-7B-Instruct (plain tag; quantized inferred from the gguf
-- tag): 2 edges
SELECT rows_read, rows_imported, rows_rejected, rows_new, rows_changed, edges, snapshot
  FROM hfstate.import_models('/tmp/hfstate_regress_pq_2025-03-01.parquet');
SELECT id, author, created_at, downloads, downloads_all_time, likes, trending_score, tags, pipeline_tag,
       card, safetensors_total, safetensors, gguf_total, gguf
  FROM hfstate.models ORDER BY id;
SELECT c.id AS child, p.id AS parent, e.relation, e.sources, e.inferred
  FROM hfstate.model_edges e JOIN hfstate.model_nodes c ON c.key = e.child JOIN hfstate.model_nodes p ON p.key = e.parent
 ORDER BY 1, 2;
-- the same file again: nothing new, nothing changed
SELECT rows_imported, rows_new, rows_changed FROM hfstate.import_models('/tmp/hfstate_regress_pq_2025-03-01.parquet');

-- a client upload cut into uneven chunks (7 bytes, then 1000, then the rest) reads the same
CREATE TEMP TABLE hfstate_upload (seq integer, data bytea);
INSERT INTO hfstate_upload SELECT 2, substring(b from 1008) FROM pq WHERE name = 'ok';
INSERT INTO hfstate_upload SELECT 0, substring(b from 1 for 7) FROM pq WHERE name = 'ok';
INSERT INTO hfstate_upload SELECT 1, substring(b from 8 for 1000) FROM pq WHERE name = 'ok';
SELECT rows_read, rows_imported, rows_new, rows_changed
  FROM hfstate.run_import('models', 'upload.parquet', '2025-03-01', false, false, true);
DROP TABLE hfstate_upload;

-- bad files: each fails the whole import with its SQLSTATE, naming the file (and column), in
-- default and strict mode; nothing is written (import_runs keeps its 3 runs)
SELECT pg_temp.put('/tmp/hfstate_regress_pq_trunc.parquet', substring(b from 1 for length(b) / 2)) FROM pq WHERE name = 'ok';
SELECT pg_temp.put('/tmp/hfstate_regress_pq_magic.parquet', overlay(b placing '\x50415232'::bytea from 1)) FROM pq WHERE name = 'ok';
-- corrupt Thrift metadata: bytes 5..8 of the footer (2,306 bytes from offset 958) inverted
SELECT pg_temp.put('/tmp/hfstate_regress_pq_footer.parquet',
                   pg_temp.flip(b, length(b) - 8 - (get_byte(b, length(b) - 8) + 256 * get_byte(b, length(b) - 7)) + 5, 4, 255))
  FROM pq WHERE name = 'ok';
-- corrupt page: byte 24 (snappy data of the first page of column id) xor 0x5a
SELECT pg_temp.put('/tmp/hfstate_regress_pq_page.parquet', pg_temp.flip(b, 24, 1, 90)) FROM pq WHERE name = 'ok';
SELECT pg_temp.put('/tmp/hfstate_regress_pq_noid.parquet', b) FROM pq WHERE name = 'noid';
SELECT pg_temp.put('/tmp/hfstate_regress_pq_lzo.parquet', b) FROM pq WHERE name = 'lzo';
SELECT f, pg_temp.try('models', '/tmp/hfstate_regress_pq_' || f || '.parquet') AS default_mode,
       pg_temp.try('models', '/tmp/hfstate_regress_pq_' || f || '.parquet', true) = pg_temp.try('models', '/tmp/hfstate_regress_pq_' || f || '.parquet') AS strict_same
  FROM unnest(ARRAY['trunc', 'magic', 'footer', 'page', 'noid', 'lzo']) AS f;
SELECT count(*) AS runs FROM hfstate.import_runs;
SELECT pg_temp.err($$SELECT hfstate.parquet_row_count('/tmp/hfstate_regress_pq_magic.parquet')$$);
SELECT pg_temp.err($$SELECT hfstate.parquet_rows('/tmp/hfstate_regress_pq_noid.parquet', '{id}')$$);
SELECT pg_temp.err($$SELECT hfstate.parquet_schema('/tmp/hfstate_regress_pq_footer.parquet')$$);

-- weekly snapshots: models/2025-03-15 and models/2025-03-08 hold the same file, "latest" and
-- a README are ignored; imported in date order as the snapshots of their folders
SELECT pg_temp.put('/tmp/hfstate_regress_weekly/models/' || d || '/models.parquet', b)
  FROM pq, unnest(ARRAY['2025-03-15', '2025-03-08', 'latest']) AS d
 WHERE name = 'ok';
SELECT pg_temp.put('/tmp/hfstate_regress_weekly/models/README', 'not a partition');
SELECT kind, snapshot, rows_imported, rows_new, regexp_replace(file, '^/tmp/hfstate_regress_weekly/', '') AS file
  FROM hfstate.import_weekly_snapshots('/tmp/hfstate_regress_weekly', '{models}');
SELECT h.snapshot, count(*) FROM hfstate.history h GROUP BY 1 ORDER BY 1;

-- the paper's annotations.  Rows (model_id, date, downloadsAllTime, org_type, org_country):
--   org/base-7B 2025-01-06 90 Industry "United States"; org/base-7B 2025-01-13 95 (same);
--   org/base-7B 2025-03-01 999 (same); ORG/base-7B-Instruct 2025-01-13 40 Company US;
--   gone/model 2025-01-13 5 Academic France; mine/model 2025-01-13 3 individual NULL.
-- History: 4 rows for known models (2025-03-01 of base-7B already has 100 from the import and
-- keeps it), 2 rows of unknown models.  Registry: namespaces from the ids: org (industry/US twice
-- as "United States", once as "US" with "Company": both give industry/US), gone (academia/FR),
-- mine (independent, no country) = 3 paper rows; the user's own row for mine stays in force.
INSERT INTO hfstate.author_registry (namespace, country, developer_type) VALUES ('mine', 'DE', 'community');
SELECT pg_temp.put('/tmp/hfstate_regress_pq_paper.parquet', b) FROM pq WHERE name = 'paper';
SELECT * FROM hfstate.import_paper_annotations('/tmp/hfstate_regress_pq_paper.parquet');
-- a file without a model id column: 42703, listing the columns
SELECT pg_temp.err($$SELECT hfstate.import_paper_annotations('/tmp/hfstate_regress_pq_noid.parquet')$$);
SELECT n.id, h.snapshot, h.downloads_all_time
  FROM hfstate.history h JOIN hfstate.model_nodes n ON n.key = h.repo
 WHERE h.snapshot < '2025-03-08' ORDER BY 1, 2;
SELECT namespace, source, country, developer_type FROM hfstate.author_registry
 WHERE source = 'paper' OR namespace = 'mine' ORDER BY 1, 2;
SELECT namespace, source, country, developer_type FROM hfstate.authors WHERE namespace_key IN ('org', 'gone', 'mine') ORDER BY 1;
ROLLBACK;

-- the weekly archive one committed file at a time (outside a transaction block), then again:
-- every file is skipped; inside a transaction block the procedure cannot commit
TRUNCATE hfstate.models, hfstate.datasets, hfstate.spaces, hfstate.model_nodes, hfstate.model_edges,
         hfstate.model_card_bases, hfstate.history, hfstate.import_runs, hfstate.import_rejects;
CALL hfstate.import_weekly_snapshots_proc('/tmp/hfstate_regress_weekly', '{models}');
SELECT kind, snapshot, rows_imported, rows_new, rows_changed, regexp_replace(file, '^/tmp/hfstate_regress_weekly/', '') AS file
  FROM hfstate.import_runs ORDER BY run_id;
CALL hfstate.import_weekly_snapshots_proc('/tmp/hfstate_regress_weekly', '{models}');
SELECT count(*) AS runs_after_second_call FROM hfstate.import_runs;
CALL hfstate.import_weekly_snapshots_proc('/tmp/hfstate_regress_weekly', '{models}', skip_imported => false);
SELECT count(*) AS runs_without_skipping FROM hfstate.import_runs;
BEGIN;
CALL hfstate.import_weekly_snapshots_proc('/tmp/hfstate_regress_weekly', '{models}', skip_imported => false);
ROLLBACK;
CALL hfstate.import_weekly_snapshots_proc('/tmp/hfstate_regress_weekly', '{widgets}');
TRUNCATE hfstate.models, hfstate.datasets, hfstate.spaces, hfstate.model_nodes, hfstate.model_edges,
         hfstate.model_card_bases, hfstate.history, hfstate.import_runs, hfstate.import_rejects;
