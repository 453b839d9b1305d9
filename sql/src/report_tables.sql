/* sql/src/report_tables.sql */

-- The report tables: every report view is computed once per refresh() and stored, so reading it
-- takes milliseconds however large the Hub (issue 11).  The report_t*.sql files define each
-- report view as hfstate_live.report_X, its live computation over the current tables.  For each
-- of them this file creates
--   hfstate_live.report_X_rows  a table: report_row (the row's position in the live view's order)
--                               followed by the live view's columns, with their names and types;
--   @extschema@.report_X        the public view: those columns, ORDER BY report_row; its COMMENT is
--                               the live view's, saying it is the state as of the last refresh();
-- and fills the tables from the (empty) data, so a fresh install is consistent.  refresh()
-- (60_refresh.sql) replaces each table's rows with refresh_report(), one step per table.
--
-- The tables and public views are derived from the live views by one rule here rather than written
-- out one by one: 38 hand-written column lists and comments would have to be kept in step with the
-- live views, and this guarantees the public views keep exactly the live views' columns, types,
-- order and definitions.  This file is last in name order (report_tables after report_t15_...),
-- after every live view exists.

-- report_result: the live result of one report view, numbered in its order
CREATE FUNCTION hfstate_live.report_result(report name)
RETURNS SETOF record
LANGUAGE plpgsql STABLE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
    -- RETURN QUERY may run its query in parallel, which PostgreSQL 15 never does for the query of
    -- an INSERT ... SELECT: the live views scan tables of millions of rows.  row_number() over the
    -- view's own ORDER BY (a subquery keeps it) is the public view's order
    RETURN QUERY EXECUTE pg_catalog.format(
        'SELECT pg_catalog.row_number() OVER () AS report_row, v.* FROM hfstate_live.%I v', report);
END
$$;
COMMENT ON FUNCTION hfstate_live.report_result(name) IS
'Internal, called by refresh_report(): the rows of the live view hfstate_live.<report> with their position in its order (report_row) first, computed by RETURN QUERY so that the view''s query can use parallel workers; the caller gives the columns of hfstate_live.<report>_rows as the column definition list.';

-- refresh_report: replace the stored rows of one report view with its live result
CREATE FUNCTION hfstate_live.refresh_report(report name)
RETURNS bigint
LANGUAGE plpgsql VOLATILE STRICT PARALLEL UNSAFE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    n bigint;
    cols text;
BEGIN
    IF report NOT LIKE 'report\_%'
       OR pg_catalog.to_regclass(pg_catalog.format('hfstate_live.%I', report)) IS NULL
       OR pg_catalog.to_regclass(pg_catalog.format('hfstate_live.%I', report || '_rows')) IS NULL THEN
        RAISE EXCEPTION 'no report table for "%"', report
            USING ERRCODE = '22023',
                  DETAIL = 'A report is a view hfstate_live.report_X with a table hfstate_live.report_X_rows.',
                  HINT = 'The reports are the views hfstate.report_* (without the schema).';
    END IF;
    SELECT pg_catalog.string_agg(pg_catalog.format('%I %s', a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod)),
                                 ', ' ORDER BY a.attnum) INTO cols
      FROM pg_catalog.pg_attribute a
     WHERE a.attrelid = pg_catalog.format('hfstate_live.%I', report || '_rows')::regclass
       AND a.attnum > 0 AND NOT a.attisdropped;
    -- DELETE, not TRUNCATE: readers keep the old rows until the caller commits, and never wait
    EXECUTE pg_catalog.format('DELETE FROM hfstate_live.%I', report || '_rows');
    EXECUTE pg_catalog.format('INSERT INTO hfstate_live.%I SELECT * FROM hfstate_live.report_result(%L) AS r(%s)',
                              report || '_rows', report, cols);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$$;
COMMENT ON FUNCTION hfstate_live.refresh_report(name) IS
'Replaces the rows of table hfstate_live.<report>_rows with the result of the live view hfstate_live.<report>, numbered in its order (report_row), with DELETE and INSERT in the calling transaction (the result computed by report_result(), in parallel where the plan allows); returns the rows written. refresh() calls it once per report view, after rebuilding the tables they read. Error 22023 when report names no report view.';

DO $$
DECLARE
    ext_schema text := (SELECT n.nspname FROM pg_catalog.pg_extension e
                          JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
                         WHERE e.extname = 'hfstate');
    v record;
    cols text;
BEGIN
    FOR v IN
        SELECT c.oid, c.relname::text AS name, pg_catalog.obj_description(c.oid, 'pg_class') AS comment
          FROM pg_catalog.pg_class c
         WHERE c.relnamespace = 'hfstate_live'::regnamespace AND c.relkind = 'v' AND c.relname LIKE 'report\_%'
         ORDER BY c.relname
    LOOP
        IF v.comment IS NULL THEN
            RAISE EXCEPTION 'live view hfstate_live.% has no COMMENT', v.name;
        END IF;
        SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY a.attnum) INTO cols
          FROM pg_catalog.pg_attribute a WHERE a.attrelid = v.oid AND a.attnum > 0 AND NOT a.attisdropped;

        EXECUTE pg_catalog.format(
            'CREATE TABLE hfstate_live.%I AS SELECT 0::bigint AS report_row, v.* FROM hfstate_live.%I v WITH NO DATA',
            v.name || '_rows', v.name);
        EXECUTE pg_catalog.format('ALTER TABLE hfstate_live.%I ADD PRIMARY KEY (report_row)', v.name || '_rows');
        EXECUTE pg_catalog.format('COMMENT ON TABLE hfstate_live.%I IS %L', v.name || '_rows',
            pg_catalog.format('The rows of the live view hfstate_live.%s as of the last refresh(), which replaces them '
                              '(DELETE and INSERT, in its transaction); read by the view %s.%s. report_row is the '
                              'row''s position in the live view''s order.', v.name, ext_schema, v.name));

        EXECUTE pg_catalog.format('CREATE VIEW %I.%I AS SELECT %s FROM hfstate_live.%I ORDER BY report_row',
                                  ext_schema, v.name, cols, v.name || '_rows');
        EXECUTE pg_catalog.format('COMMENT ON VIEW %I.%I IS %L', ext_schema, v.name,
            v.comment || pg_catalog.format(' As of the last refresh(): the rows it stored in hfstate_live.%s_rows; '
                                           'the live view hfstate_live.%s computes them from the current data.',
                                           v.name, v.name));
        EXECUTE pg_catalog.format('COMMENT ON VIEW hfstate_live.%I IS %L', v.name,
            v.comment || pg_catalog.format(' Live: computed at read time from the current data; %s.%s shows '
                                           'these rows as of the last refresh().', ext_schema, v.name));

        PERFORM hfstate_live.refresh_report(v.name::name);
    END LOOP;
END
$$;
