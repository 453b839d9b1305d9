-- The rendered report: formatting and SVG helpers on small inputs (expected values worked out by
-- hand in the comments), report_markdown() on a tiny hand-built database (exact output), and
-- report_html() facts (self-contained, escaped, one chart per charted section with data).

-- escaping: the five HTML metacharacters
SELECT hfstate.html_escape('<a href="x">Tom & Jerry''s</a>') AS escaped;

-- format_number: integers as they are below 1,000, grouped from 1,000 on; 123.45 -> 1 decimal
-- (half away from zero: 123.5); 12.3456 -> 3 decimals (12.346); 0.0012345 -> 6 decimals
-- (0.001235, numeric rounds half away); 1234567.89 -> integer 1,234,568; 2.50 -> 2.5 (zeros dropped)
SELECT v, hfstate.format_number(v) AS shown
  FROM (VALUES (0::numeric), (999), (1000), (-25000), (1234567), (123.45), (12.3456), (0.0012345),
               (1234567.89), (2.50), (1e15), (NULL)) t(v);
-- as percentages: 0.4567 -> 45.7%; 0.0012 -> 0.12% (2 decimals under 1 %); 1 -> 100.0%; 0 -> 0%
SELECT v, hfstate.format_number(v, true) AS shown
  FROM (VALUES (0.4567::numeric), (0.0012), (1), (0), (0.99999)) t(v);

-- share columns: the word share/pct/percent between underscores, digits or the ends
SELECT c, hfstate.is_share_column(c) AS is_share
  FROM (VALUES ('share'), ('top_200_share'), ('share_under_200'), ('top_0_01pct_share'), ('pct'),
               ('shares'), ('market_shareholder'), ('downloads')) t(c);

-- compact labels: 1500 -> 1.5K; 20000 -> 20K; 421623428 -> 421.6M -> 3 digits: 422M;
-- 8.1e9 -> 8.1B; 2.5e12 -> 2.5T; 950 -> 950; 12.345 -> 12.3; 0.25 as percent -> 25.0%
SELECT v, hfstate.format_compact(v) AS compact, hfstate.format_compact(v, true) AS as_percent
  FROM (VALUES (0::float8), (950), (12.345), (1500), (20000), (421623428), (8.1e9), (2.5e12), (0.25), (NULL)) t(v);

-- tick steps: 17/4 = 4.25 -> 5; 100/4 = 25 -> 2.5 x 10; 0.644/4 = 0.161 -> 0.2; 3/4 = 0.75 -> 1;
-- nothing to scale -> 1
SELECT v, hfstate.svg_nice_step(v) AS step
  FROM (VALUES (17::float8), (100), (0.644), (3), (0), (NULL)) t(v);

-- bar chart of a = 3, b< = 1, c = NULL: maximum 3, step 1, axis top 3 (ticks 0, 1, 2, 3); the plot
-- is 720 - 170 (labels) - 76 (values) = 474 wide, so a's bar is 474, b's 474 / 3 = 158; c gets none
WITH svg AS (SELECT hfstate.svg_bar_chart(ARRAY['a', 'b<', 'c'], ARRAY[3, 1, NULL]::float8[]) AS s)
SELECT (SELECT count(*) FROM regexp_matches(s, '<rect class="mark"', 'g')) AS bars,
       (SELECT array_agg(m[1]) FROM regexp_matches(s, '<rect class="mark" x="170" y="[0-9.]+" width="([0-9.]+)"', 'g') m) AS widths,
       (SELECT count(*) FROM regexp_matches(s, '<line class="grid"', 'g')) AS gridlines,
       s LIKE '%>b&lt;</text>%' AS label_escaped,
       s LIKE '<svg class="chart bar" %</svg>' AS one_svg
  FROM svg;
-- nothing to draw: no value above zero gives NULL (the report then says so in words)
SELECT hfstate.svg_bar_chart(ARRAY['a'], ARRAY[0]::float8[]) IS NULL AS zero_is_null,
       hfstate.svg_bar_chart('{}', '{}') IS NULL AS empty_is_null,
       hfstate.svg_histogram(ARRAY['a', 'b'], ARRAY[NULL, -1]::float8[]) IS NULL AS negative_is_null,
       hfstate.svg_line_chart(ARRAY['x'], ARRAY['s'], ARRAY[0]::float8[]) IS NULL AS flat_zero_is_null;

-- histogram of 3 and 1: top 3, plot 200 high, so heights 200 and 66.7; y = 18 + 200 - height
WITH svg AS (SELECT hfstate.svg_histogram(ARRAY['<1B', '1–9B'], ARRAY[3, 1]::float8[]) AS s)
SELECT (SELECT array_agg(m[1] || '/' || m[2]) FROM regexp_matches(s, '<rect class="mark" x="[0-9.]+" y="([0-9.]+)" width="[0-9.]+" height="([0-9.]+)"', 'g') m) AS y_height,
       s LIKE '%&lt;1B%' AS label_escaped
  FROM svg;

-- line chart, 2 series over 3 points, width 720: x = 60 + 10 + i * (720 - 60 - 16 - 20) / 2 = 70, 382, 694;
-- maximum 10, step 2.5, top 10; one legend row, so the plot starts at y0 = 30 and is 220 high:
-- y = 250 - 22 v. Series s1 (0, 5, 10): 70,250 382,140 694,30. Series s2 (NULL, 2, 4): 382,206 694,162.
WITH svg AS (SELECT hfstate.svg_line_chart(ARRAY['2024', '2025', '2026'], ARRAY['s1', 's2'],
                                           ARRAY[[0, 5, 10], [NULL, 2, 4]]::float8[]) AS s)
SELECT (SELECT array_agg(m[1]) FROM regexp_matches(s, '<polyline class="mark" [^>]* points="([^"]+)"', 'g') m) AS polylines,
       (SELECT count(*) FROM regexp_matches(s, '<circle class="mark"', 'g')) AS points,
       (SELECT count(*) FROM regexp_matches(s, '<text class="legend"', 'g')) AS legend_entries
  FROM svg;
-- a one-dimensional array is one series; a series with one point has a point but no line
SELECT (SELECT count(*) FROM regexp_matches(s, '<polyline', 'g')) AS polylines,
       (SELECT count(*) FROM regexp_matches(s, '<circle', 'g')) AS points
  FROM (SELECT hfstate.svg_line_chart(ARRAY['a', 'b'], ARRAY['only'], ARRAY[NULL, 7]::float8[]) AS s) t;
-- values must have one column per x value
SELECT hfstate.svg_line_chart(ARRAY['a', 'b'], ARRAY['s'], ARRAY[[1, 2, 3]]::float8[]);

-- running a section's query: columns in order, rows in order, trailing semicolons ignored; an
-- empty result still names its columns
SELECT hfstate.report_query_json($$SELECT 2 AS b, 'x' AS a UNION ALL SELECT 1, NULL ORDER BY 1;$$) AS data;
SELECT hfstate.report_query_json('SELECT 1 AS one, 2 AS two WHERE false') AS data;

-- every section (the seed and any added later) charts columns its query has
SELECT s.id, s.x, s.y, c.cols
  FROM hfstate.report_sections s
 CROSS JOIN LATERAL (SELECT array_agg(k) AS cols FROM json_array_elements_text(hfstate.report_query_json(s.query) -> 'columns') k) c
 WHERE (s.x IS NOT NULL AND NOT s.x = ANY (c.cols))
    OR EXISTS (SELECT FROM unnest(s.y) v WHERE NOT v = ANY (c.cols))
    OR (s.chart <> 'table' AND (s.x IS NULL OR cardinality(s.y) IS NULL));
-- the shipped sections (source seed: not dumped, recreated by CREATE EXTENSION)
SELECT position, id, chart, x, y, headline, source FROM hfstate.report_sections WHERE position < 100 ORDER BY position;

-- a tiny hand-built report: three models (Qwen is industry/CN in the seed registry; nobody-xyz is in
-- no registry): by type, industry has 100 + 0 (NULL counts as no downloads) of 150 = 66.7 %, unknown
-- 50 of 150 = 33.3 %, the other types 0; plus a table of our own with a | to escape and a NULL,
-- and a section without rows
BEGIN;
TRUNCATE hfstate.models CASCADE;
DELETE FROM hfstate.report_sections;
INSERT INTO hfstate.models (key, id, author, downloads_all_time, first_seen, last_seen) VALUES
    (1, 'Qwen/a', 'Qwen', 100, '2026-01-05', '2026-01-05'),
    (2, 'Qwen/c', 'Qwen', NULL, '2026-01-05', '2026-01-05'),
    (3, 'nobody-xyz/b', 'nobody-xyz', 50, '2026-01-05', '2026-01-05');
-- the report views show the state as of the last refresh() (which reads every model's graph node)
INSERT INTO hfstate.model_nodes (key, id, present) SELECT key, id, true FROM hfstate.models;
SELECT count(*) > 0 AS refreshed FROM hfstate.refresh();
CREATE TABLE public.rr_demo (label text, n bigint, share float8, note text);
INSERT INTO public.rr_demo VALUES ('x|y', 12345, 0.25, NULL), ('z', 7, 0.75, 'line
break');
INSERT INTO hfstate.report_sections (position, id, title, definition, data_window, query, chart, x, y, headline) VALUES
    (1, 'totals', 'Totals', 'Sums of the demo table.', 'all time',
     'SELECT sum(n) AS n, sum(share) AS share FROM public.rr_demo', 'table', NULL, '{n,share}', true),
    (2, 'types', 'By type', 'Downloads by developer type.', 'all time',
     'SELECT developer_type, downloads, share FROM report_downloads_by_type', 'bar', 'developer_type', '{share}', false),
    (3, 'demo', 'Demo <table>', 'Rows of the demo table.', 'today',
     'SELECT label, n, share, note FROM public.rr_demo ORDER BY n DESC;', 'histogram', 'label', '{n}', false),
    (4, 'nothing', 'Nothing', 'No rows at all.', 'never',
     'SELECT 1 AS a WHERE false', 'line', 'a', '{a}', false);
SELECT hfstate.report_markdown('Tiny');
SELECT hfstate.report_markdown('Tiny', headline_only => true);
-- the HTML: one document, no script, nothing loaded from outside, text escaped, a chart for the two
-- charted sections with rows, "No rows" for the fourth, headline cards 12,352 and 100.0 %
WITH h AS (SELECT hfstate.report_html('A <b>&') AS d)
SELECT d LIKE E'<!DOCTYPE html>\n<html lang="en">%</html>\n' AS one_document,
       d ~* '<script|<link|@import|url\(|src=' AS loads_something,
       d LIKE '%<title>A &lt;b&gt;&amp;</title>%' AS title_escaped,
       d LIKE '%<h2>Demo &lt;table&gt;</h2>%' AS heading_escaped,
       (SELECT count(*) FROM regexp_matches(d, '<svg class="chart', 'g')) AS charts,
       (SELECT array_agg(m[1]) FROM regexp_matches(d, 'id="([a-z]+)" data-chart="[a-z]+" data-rows="[0-9]+"><h2>', 'g') m) AS sections,
       (SELECT array_agg(m[1]) FROM regexp_matches(d, '<div class="value" title="[^"]*">([^<]*)</div>', 'g') m) AS cards,
       d LIKE '%id="nothing" data-chart="line" data-rows="0">%No rows%' AS empty_section_says_so,
       d LIKE '%<td>x|y</td>%' AS cell_in_table
  FROM h;
ROLLBACK;
