-- test/browser/hostile.sql — a database of hostile rows for test/browser/hostile.test.js: model ids,
-- authors, tags and a dataset category that are HTML or Markdown syntax, and a user report section
-- whose title, definition and data window are too.  Run with psql -v dir=<folder of the .jsonl files>.
\set ON_ERROR_STOP on
\set models :dir '/hostile-models.jsonl'
\set datasets :dir '/hostile-datasets.jsonl'
SELECT rows_imported FROM hfstate.import_models(:'models', '2025-08-04');
SELECT rows_imported FROM hfstate.import_datasets(:'datasets', '2025-08-04');
INSERT INTO hfstate.report_sections (position, id, title, definition, data_window, query, chart, x, y, headline)
VALUES (1000, 'hostile', '<script>alert(5)</script> hostile title',
        '<iframe src="javascript:alert(6)"></iframe>', '`tick` *star* _under_ \back',
        $q$SELECT id, author, array_to_string(tags, ' ') AS tags, downloads_all_time FROM models ORDER BY id$q$,
        'bar', 'id', '{downloads_all_time}', true);
SELECT count(*) AS steps FROM hfstate.refresh();
