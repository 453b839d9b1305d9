/* sql/src/12_parquet.sql */

-- The Parquet reader's SQL face (src/parquet/, src/import/import_parquet.c, src/import/parquet_row.c): a file's
-- schema, row count and rows as jsonb.  The importers of 10_import.sql read hub-stats Parquet files
-- through the same reader, detected by their magic bytes.

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
