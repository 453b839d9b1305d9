/* sql/src/report_html.sql */

-- The rendered report: the section registry report_sections (what report_html() and
-- report_markdown() show, in order, with the shipped rows of every report table), the formatting
-- and SVG chart helpers, the HTML renderer and the Markdown one.  The renderer reads the report
-- views only when it runs the sections' queries, so this file needs none of the report_t*.sql.

------------------------------------------------------------------------------
-- The section registry: what the rendered report shows, in order.  Each row
-- names a query (run with search_path = hfstate, pg_catalog, pg_temp), its
-- chart and the columns the chart reads; the renderer draws whatever is here.
------------------------------------------------------------------------------

CREATE TABLE @extschema@.report_sections (
    position    integer PRIMARY KEY,
    id          text UNIQUE NOT NULL,
    title       text NOT NULL,
    definition  text NOT NULL,
    data_window text NOT NULL,
    query       text NOT NULL,
    chart       text NOT NULL CHECK (chart IN ('bar', 'line', 'histogram', 'table')),
    x           text,
    y           text[],
    headline    boolean NOT NULL DEFAULT false,
    source      text NOT NULL DEFAULT 'user' CHECK (source IN ('seed', 'user'))
);
COMMENT ON TABLE @extschema@.report_sections IS
'The sections of the rendered report (hfstate.report_html, hfstate.report_markdown), in position order: title, definition, data window, the query whose rows are shown (a SELECT run with search_path = hfstate, pg_catalog, pg_temp and the caller''s privileges), the chart (bar: horizontal bars of each y column by x; line: one line per y column over x; histogram: vertical bars of each y column by x; table: data only), and headline (its first row''s y columns, or the first y of each row when x is set, are shown as headline numbers on top). Columns named *share*, *pct* or *percent* are fractions shown as percentages. Rows shipped with the extension have source = seed and are recreated by CREATE EXTENSION, not dumped; pg_dump keeps the rows you add (source = user, the default): to change a shipped section durably, give your version a position of its own and delete the shipped row after each restore, or keep it and add yours.';
COMMENT ON COLUMN @extschema@.report_sections.query IS
'A SELECT (no trailing semicolon needed) whose rows, in their order, are the section''s data; columns keep their order.';
COMMENT ON COLUMN @extschema@.report_sections.x IS
'The column holding the category or period of the chart (labels of bars, points of lines); NULL for a table.';
COMMENT ON COLUMN @extschema@.report_sections.y IS
'The numeric columns charted (one panel per column for bar and histogram, one line per column for line), or shown as headline numbers.';

COMMENT ON COLUMN @extschema@.report_sections.source IS
'seed: shipped with the extension (recreated by CREATE EXTENSION, not dumped); user: added by you (kept by pg_dump).';

SELECT pg_catalog.pg_extension_config_dump('@extschema@.report_sections', 'WHERE source = ''user''');

-- the shipped sections (source seed: recreated by CREATE EXTENSION, not dumped), first the
-- renderer's own rows
INSERT INTO @extschema@.report_sections (position, id, title, definition, data_window, query, chart, x, y, headline, source) VALUES
(5, 't1_totals', 'The Hub today',
 'Public repositories and creators (namespaces with at least one repo) in the current tables; user accounts are not in the dumps.',
 'all time, current rows of the latest snapshot',
 $q$SELECT cumulative_models AS models, cumulative_datasets AS datasets, cumulative_spaces AS spaces,
       cumulative_creators AS creators
  FROM report_growth ORDER BY year DESC NULLS LAST LIMIT 1$q$,
 'table', NULL, '{models,datasets,spaces,creators}', true, 'seed'),
(10, 't1_growth', 'T1 Growth of the Hub',
 'Cumulative public models, datasets, Spaces and creators by year of createdAt (UTC); the createdAt sentinel and missing dates are "unknown (<= 2022)", counted before 2022. Ratios are year over year of the cumulative counts.',
 'all time, by creation year',
 $q$SELECT period, new_models, new_datasets, new_spaces, new_creators, active_creators, cumulative_models,
       cumulative_datasets, cumulative_spaces, cumulative_creators, models_yoy, datasets_yoy, creators_yoy
  FROM report_growth ORDER BY year NULLS FIRST$q$,
 'line', 'period', '{cumulative_models,cumulative_datasets,cumulative_spaces,cumulative_creators}', false, 'seed'),
(11, 't1_new_per_year', 'T1 New repositories per year',
 'Public models, datasets and Spaces created each year (UTC year of createdAt; "unknown (<= 2022)" = sentinel or missing date).',
 'all time, by creation year',
 $q$SELECT period, new_models, new_datasets, new_spaces FROM report_growth ORDER BY year NULLS FIRST$q$,
 'histogram', 'period', '{new_models,new_datasets}', false, 'seed'),
(20, 't2_concentration', 'T2 Download concentration',
 'Over all-time downloads per model: share of the top 200 models, share of models with fewer than 200 downloads, the median (lower median), Gini, and HHI (shares in percent, 0–10,000) over models, namespaces and attributed countries.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT models, downloads, top_200_share, share_under_200, median_downloads, gini, hhi_model, hhi_author, hhi_country
  FROM report_concentration$q$,
 'table', NULL, '{downloads,top_200_share,share_under_200,median_downloads,gini}', true, 'seed'),
(21, 't2_top_shares', 'T2 Share of all downloads held by the top models',
 'Share of all-time downloads held by the most downloaded 0.01 %, 0.1 % and 1 % of models (ceil of the fraction, at least one model) and by the top 200 models.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT v.models, v.share
  FROM report_concentration c
 CROSS JOIN LATERAL (VALUES (1, 'top 0.01 % of models', c.top_0_01pct_share), (2, 'top 0.1 % of models', c.top_0_1pct_share),
                            (3, 'top 1 % of models', c.top_1pct_share), (4, 'top 200 models', c.top_200_share)) v(n, models, share)
 ORDER BY v.n$q$,
 'bar', 'models', '{share}', false, 'seed'),
(30, 't3_country', 'T3 Downloads by developer country',
 'All-time downloads by the country of the model''s own namespace in the author registry (direct attribution); none = registered without a country, unknown = not in the registry. Shares add up to 100 %.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT country, models, downloads, share FROM report_downloads_by_country$q$,
 'bar', 'country', '{share}', false, 'seed'),
(40, 't4_type', 'T4 Downloads by developer type',
 'All-time downloads by the developer type of the model''s own namespace (industry, academia, nonprofit, government, community, independent; unknown = not in the registry or no type). Shares add up to 100 %.',
 'all time (downloadsAllTime of the current rows)',
 $q$SELECT developer_type, models, downloads, share FROM report_downloads_by_type$q$,
 'bar', 'developer_type', '{share}', false, 'seed'),
(60, 't6_size_buckets', 'T6 Model size buckets',
 'Models and all-time downloads per bucket of the resolved total parameter count (model_sizes: safetensors, gguf, config.json, name; quantized repos take their base model''s size); unknown = no size known.',
 'all time; sizes as of the last hfstate.refresh_sizes()',
 $q$SELECT label AS bucket, models, downloads, share_models, share_downloads FROM report_size_buckets$q$,
 'histogram', 'bucket', '{share_models,share_downloads}', false, 'seed'),
(61, 't6_size_by_year', 'T6 Download-weighted model size per year',
 'Per creation year, over models with a known size: mean and median of total and effective (MoE active) parameters, each all-time download being one observation.',
 'all time, by creation year',
 $q$SELECT period, models_with_size, downloads, mean_total, median_total, mean_effective, median_effective
  FROM report_size_by_year ORDER BY year NULLS FIRST$q$,
 'line', 'period', '{mean_total,median_total,mean_effective,median_effective}', false, 'seed'),
(90, 't10_robotics', 'T10 Robotics datasets per year',
 'Datasets created each year in the robotics category (task_categories:robotics, tag LeRobot or library:lerobot, counted once), and cumulative.',
 'all time, by creation year',
 $q$SELECT period, datasets AS new_datasets, cumulative FROM report_dataset_categories
 WHERE category = 'robotics' ORDER BY year NULLS FIRST$q$,
 'line', 'period', '{new_datasets,cumulative}', false, 'seed'),
(91, 't10_largest', 'T10 Largest dataset category per year',
 'The task category with the most new datasets each year (ties all shown), with its count and its cumulative count.',
 'all time, by creation year',
 $q$SELECT period, category, datasets, cumulative FROM report_dataset_categories
 WHERE largest_in_year ORDER BY year NULLS FIRST, category$q$,
 'table', NULL, NULL, false, 'seed');

-- the sections of the report tables T1–T15 beyond the renderer's own rows above: positions
-- interleave with those (table number × 10); each query is a SELECT over a report view; x and y
-- name its columns.
INSERT INTO @extschema@.report_sections (position, id, title, definition, data_window, query, chart, x, y, headline, source) VALUES
(12, 't1_creators', 'T1 Creators per year',
 'Namespaces creating their first repo (new) and any repo (active) per year, and cumulative creators.',
 'all time, per creation year', 'SELECT period, new_creators, active_creators, cumulative_creators FROM report_growth',
 'bar', 'period', ARRAY['new_creators', 'active_creators'], false, 'seed'),
(31, 't3_derived', 'T3 Downloads by developer country (all time, derived)',
 'All-time downloads credited to the country of the root base model''s namespace.',
 'all time', 'SELECT country, downloads, share FROM report_downloads_by_country_derived',
 'bar', 'country', ARRAY['share'], false, 'seed'),
(32, 't3_12m', 'T3 Downloads by developer country, last 12 months',
 'Downloads between the snapshots bounding the last 12 months, direct and derived attribution.',
 'last 12 months (data_window column)', 'SELECT country, share FROM report_downloads_by_country_12m WHERE attribution = ''direct''',
 'bar', 'country', ARRAY['share'], false, 'seed'),
(33, 't3_monthly', 'T3 Downloads by developer country per month',
 'Per calendar month: downloads of the steps between snapshots closing in the month, by country (direct).',
 'per calendar month', 'SELECT month::text AS month, coalesce(sum(share) FILTER (WHERE country = ''CN''), 0) AS china, coalesce(sum(share) FILTER (WHERE country = ''US''), 0) AS united_states, coalesce(sum(share) FILTER (WHERE country NOT IN (''CN'', ''US'', ''none'', ''unknown'')), 0) AS other_countries, coalesce(sum(share) FILTER (WHERE country IN (''none'', ''unknown'')), 0) AS unattributed FROM report_downloads_by_country_month WHERE attribution = ''direct'' GROUP BY month ORDER BY month',
 'line', 'month', ARRAY['china', 'united_states', 'other_countries', 'unattributed'], false, 'seed'),
(34, 't3_year', 'T3 Downloads by developer country per creation year',
 'All-time downloads of the models created each year by country (direct).',
 'per creation year', 'SELECT coalesce(year::text, ''unknown'') AS period, coalesce(sum(share) FILTER (WHERE country = ''CN''), 0) AS china, coalesce(sum(share) FILTER (WHERE country = ''US''), 0) AS united_states, coalesce(sum(share) FILTER (WHERE country NOT IN (''CN'', ''US'', ''none'', ''unknown'')), 0) AS other_countries, coalesce(sum(share) FILTER (WHERE country IN (''none'', ''unknown'')), 0) AS unattributed FROM report_downloads_by_country_year GROUP BY year ORDER BY year NULLS FIRST',
 'line', 'period', ARRAY['china', 'united_states', 'other_countries', 'unattributed'], false, 'seed'),
(35, 't3_first_year', 'T3 First-year downloads of new models by country',
 'Models created in the last year, their downloads in their first year (the paper''s one_year_rolling).',
 'models created in the year before the latest snapshot', 'SELECT grp AS country, share FROM report_downloads_first_year WHERE dimension = ''country'' AND attribution = ''direct''',
 'bar', 'country', ARRAY['share'], false, 'seed'),
(41, 't4_year', 'T4 Downloads by developer type per creation year',
 'All-time downloads of the models created each year by developer type (direct).',
 'per creation year', 'SELECT coalesce(year::text, ''unknown'') AS period, coalesce(sum(share) FILTER (WHERE developer_type = ''industry''), 0) AS industry, coalesce(sum(share) FILTER (WHERE developer_type = ''independent''), 0) AS independent, coalesce(sum(share) FILTER (WHERE developer_type = ''academia''), 0) AS academia, coalesce(sum(share) FILTER (WHERE developer_type = ''community''), 0) AS community, coalesce(sum(share) FILTER (WHERE developer_type = ''nonprofit''), 0) AS nonprofit, coalesce(sum(share) FILTER (WHERE developer_type = ''government''), 0) AS government, coalesce(sum(share) FILTER (WHERE developer_type = ''unknown''), 0) AS unknown FROM report_downloads_by_type_year GROUP BY year ORDER BY year NULLS FIRST',
 'line', 'period', ARRAY['industry', 'independent', 'academia', 'community', 'nonprofit', 'government', 'unknown'], false, 'seed'),
(42, 't4_12m', 'T4 Downloads by developer type, last 12 months',
 'Downloads between the snapshots bounding the last 12 months by developer type, direct and derived.',
 'last 12 months (data_window column)', 'SELECT attribution, developer_type, share FROM report_downloads_by_type_12m',
 'table', NULL, ARRAY['share'], false, 'seed'),
(43, 't4_monthly', 'T4 Downloads by developer type per month',
 'Per calendar month, downloads between snapshots by developer type (direct).',
 'per calendar month', 'SELECT month::text AS month, coalesce(sum(share) FILTER (WHERE developer_type = ''industry''), 0) AS industry, coalesce(sum(share) FILTER (WHERE developer_type = ''independent''), 0) AS independent, coalesce(sum(share) FILTER (WHERE developer_type = ''academia''), 0) AS academia, coalesce(sum(share) FILTER (WHERE developer_type = ''community''), 0) AS community, coalesce(sum(share) FILTER (WHERE developer_type = ''nonprofit''), 0) AS nonprofit, coalesce(sum(share) FILTER (WHERE developer_type = ''government''), 0) AS government, coalesce(sum(share) FILTER (WHERE developer_type = ''unknown''), 0) AS unknown FROM report_downloads_by_type_month WHERE attribution = ''direct'' GROUP BY month ORDER BY month',
 'line', 'month', ARRAY['industry', 'independent', 'academia', 'community', 'nonprofit', 'government', 'unknown'], false, 'seed'),
(50, 't5_movers', 'T5 Biggest movers in model releases',
 'Namespaces whose model releases grew most in the last full year, with the year-over-year multiple.',
 'last full year vs the year before', 'SELECT namespace, country, releases, previous_year, yoy_multiple FROM report_release_movers',
 'bar', 'namespace', ARRAY['releases', 'previous_year'], false, 'seed'),
(62, 't6_scale', 'T6 Model size, fine scale',
 'Models and downloads per fine size step.',
 'all time', 'SELECT label, share_models, share_downloads FROM report_size_scale',
 'histogram', 'label', ARRAY['share_models', 'share_downloads'], false, 'seed'),
(70, 't7_trends', 'T7 Architecture trends',
 'Share of new models that are quantized, MoE, multimodal per year.',
 'per creation year', 'SELECT period, quantized_share, moe_share, multimodal_share FROM report_architecture_trends',
 'line', 'period', ARRAY['quantized_share', 'moe_share', 'multimodal_share'], false, 'seed'),
(80, 't8_families', 'T8 Derivative families',
 'Distinct descendants per family split by relation; a merge within a family counts once.',
 'latest snapshot', 'SELECT family, finetune, adapter, quantized, merge FROM report_families LIMIT 15',
 'bar', 'family', ARRAY['finetune', 'adapter', 'quantized', 'merge'], false, 'seed'),
(81, 't8_base_models', 'T8 Largest base models',
 'Base models by distinct descendants, with direct children.',
 'latest snapshot', 'SELECT id, children, descendants FROM report_base_models LIMIT 20',
 'table', NULL, ARRAY['children', 'descendants'], false, 'seed'),
(82, 't8_monthly_share', 'T8 Share of new derivatives by family',
 'Share of each month''s new derivatives by family of their root.',
 'per creation month', 'SELECT month::text AS month, coalesce(sum(share) FILTER (WHERE family = ''Qwen''), 0) AS qwen, coalesce(sum(share) FILTER (WHERE family = ''Meta''), 0) AS meta, coalesce(sum(share) FILTER (WHERE family = ''Google''), 0) AS google, coalesce(sum(share) FILTER (WHERE family = ''Mistral''), 0) AS mistral, coalesce(sum(share) FILTER (WHERE family = ''DeepSeek''), 0) AS deepseek, coalesce(sum(share) FILTER (WHERE family NOT IN (''Qwen'', ''Meta'', ''Google'', ''Mistral'', ''DeepSeek'')), 0) AS other FROM report_family_monthly_share GROUP BY month ORDER BY month',
 'line', 'month', ARRAY['qwen', 'meta', 'google', 'mistral', 'deepseek', 'other'], false, 'seed'),
(85, 't9_depth', 'T9 Lineage depth',
 'Distribution of the longest and shortest chain to a root; NULL = in or below a cycle.',
 'latest snapshot', 'SELECT label, models, share FROM report_lineage_depth WHERE headline',
 'histogram', 'label', ARRAY['models'], false, 'seed'),
(86, 't9_roots', 'T9 Roots per derivative',
 'Derivatives by the number of distinct roots they reach.',
 'latest snapshot', 'SELECT n_roots, models FROM report_lineage_roots',
 'bar', 'n_roots', ARRAY['models'], false, 'seed'),
(87, 't9_summary', 'T9 Lineage summary',
 'Edges, self-loops, dangling parents, cycles, multi-root models, greatest depth.',
 'latest snapshot', 'SELECT * FROM report_lineage_summary',
 'table', NULL, ARRAY['derivatives', 'max_depth'], false, 'seed'),
(110, 't11_science', 'T11 Science',
 'Models and datasets with science domain tags per year.',
 'per creation year', 'SELECT kind, period, domain, repos FROM report_science',
 'bar', 'period', ARRAY['repos'], false, 'seed'),
(120, 't12_hardware', 'T12 Hardware beyond NVIDIA',
 'Models tagged or built for non-NVIDIA targets per year.',
 'per creation year', 'SELECT period, target, models FROM report_hardware',
 'bar', 'period', ARRAY['models'], false, 'seed'),
(130, 't13_sovereignty', 'T13 Sovereignty',
 'New models and downloads per month for the followed countries and national programmes.',
 'per month', 'SELECT month, programme, new_models, downloads FROM report_sovereignty',
 'line', 'month', ARRAY['new_models', 'downloads'], false, 'seed'),
(140, 't14_lifespan', 'T14 Attention lifespan',
 'Weeks from release until weekly downloads fall below 10% of their peak; lower median per release year.',
 'weekly snapshots', 'SELECT period, median_weeks, measured, censored FROM report_attention_lifespan',
 'bar', 'period', ARRAY['median_weeks'], false, 'seed'),
(150, 't15_small_models', 'T15 Small models drive adoption',
 'Text-generation downloads per size bucket and the median of the top 10 per bucket.',
 'all time', 'SELECT label, downloads, share_downloads, top10_median FROM report_small_models',
 'bar', 'label', ARRAY['share_downloads'], false, 'seed'),
(151, 't15_summary', 'T15 1–9B versus 100B+',
 'Share of text-generation downloads of 1–9B models; ratio of top-10 medians 1–9B over 100B+.',
 'all time', 'SELECT share_1_9b, top10_median_1_9b, top10_median_100b_plus, top10_median_ratio FROM report_small_models_summary',
 'table', NULL, ARRAY['share_1_9b', 'top10_median_ratio'], false, 'seed');

------------------------------------------------------------------------------
-- Formatting helpers
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.html_escape(s text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(pg_catalog.replace(
           s, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), '"', '&quot;'), '''', '&#39;');
END;
COMMENT ON FUNCTION @extschema@.html_escape(text) IS
'The text with & < > " and '' replaced by their HTML character references, safe in HTML and SVG text and attribute values. NULL in, NULL out.';

CREATE FUNCTION @extschema@.is_share_column(name text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT name OPERATOR(pg_catalog.~) '(^|_|[0-9])(share|pct|percent)(_|$)';
END;
COMMENT ON FUNCTION @extschema@.is_share_column(text) IS
'True when a report column holds a fraction to be shown as a percentage: its name has the word share, pct or percent (between underscores, digits or the ends), e.g. share, top_200_share, share_under_200, top_0_01pct_share.';

CREATE FUNCTION @extschema@.format_number(v numeric, percent boolean DEFAULT false) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    r text;
BEGIN
    IF v IS NULL THEN
        RETURN NULL;
    END IF;
    IF v = 'NaN'::numeric THEN
        RETURN 'NaN';
    END IF;
    IF coalesce(percent, false) THEN
        v := v * 100;
        IF v = 0 THEN
            RETURN '0%';
        ELSIF abs(v) < 1 THEN
            RETURN trim(to_char(round(v, 2), 'FM990.00')) || '%';
        END IF;
        RETURN trim(to_char(round(v, 1), 'FM999,999,999,999,999,999,990.0')) || '%';
    END IF;
    IF abs(v) >= 1e15 THEN
        RETURN trim(to_char(v, '9.999EEEE'));
    END IF;
    IF v = trunc(v) OR abs(v) >= 1e6 THEN
        v := round(v);
        IF abs(v) < 1000 THEN
            RETURN v::text;
        END IF;
        RETURN to_char(v, 'FM999,999,999,999,999');
    END IF;
    IF abs(v) >= 100 THEN
        r := to_char(round(v, 1), 'FM999,999,990.0');
    ELSIF abs(v) >= 0.01 THEN
        r := round(v, 3)::text;
    ELSE
        r := round(v, 6)::text;
    END IF;
    IF r LIKE '%.%' THEN
        r := rtrim(rtrim(r, '0'), '.');
    END IF;
    RETURN r;
END
$fn$;
COMMENT ON FUNCTION @extschema@.format_number(numeric, boolean) IS
'A number as the report shows it: integers exactly, with thousands separators from 1,000 on; other numbers rounded (1 decimal from 100 on, 3 decimals from 0.01 on, else 6; trailing zeros dropped; to integers from 1e6 on); from 1e15 on in scientific notation. With percent, a fraction shown as a percentage (1 decimal, 2 under 1 %). NULL in, NULL out.';

CREATE FUNCTION @extschema@.format_compact(v float8, percent boolean DEFAULT false) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    a float8;
    d numeric;
    suffix text := '';
BEGIN
    IF v IS NULL OR v = 'NaN'::float8 OR v IN ('Infinity'::float8, '-Infinity'::float8) THEN
        RETURN NULL;
    END IF;
    IF coalesce(percent, false) THEN
        RETURN format_number(v::numeric, true);
    END IF;
    a := abs(v);
    IF a >= 1e12 THEN
        d := (v / 1e12)::numeric; suffix := 'T';
    ELSIF a >= 1e9 THEN
        d := (v / 1e9)::numeric; suffix := 'B';
    ELSIF a >= 1e6 THEN
        d := (v / 1e6)::numeric; suffix := 'M';
    ELSIF a >= 1e3 THEN
        d := (v / 1e3)::numeric; suffix := 'K';
    ELSE
        d := v::numeric;
    END IF;
    IF abs(d) >= 100 OR (suffix = '' AND d = trunc(d)) THEN
        d := round(d);
    ELSIF abs(d) >= 10 THEN
        d := round(d, 1);
    ELSE
        d := round(d, 2);
    END IF;
    RETURN CASE WHEN d::text LIKE '%.%' THEN rtrim(rtrim(d::text, '0'), '.') ELSE d::text END || suffix;
END
$fn$;
COMMENT ON FUNCTION @extschema@.format_compact(double precision, boolean) IS
'A number in the short form of chart labels: 1.5K, 23M, 8.1B, 1.2T (3 significant digits at most, trailing zeros dropped), or with percent a fraction as a percentage. NULL, NaN and infinities give NULL.';

CREATE FUNCTION @extschema@.svg_nice_step(v float8, ticks integer DEFAULT 4) RETURNS float8
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    raw float8;
    mag float8;
    norm float8;
BEGIN
    IF v IS NULL OR NOT v > 0 OR v = 'Infinity'::float8 THEN
        RETURN 1;
    END IF;
    raw := v / greatest(coalesce(ticks, 4), 1);
    mag := power(10::float8, floor(log(raw)));
    norm := raw / mag;
    RETURN mag * CASE WHEN norm <= 1 THEN 1 WHEN norm <= 2 THEN 2 WHEN norm <= 2.5 THEN 2.5
                      WHEN norm <= 5 THEN 5 ELSE 10 END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_nice_step(double precision, integer) IS
'The step between axis ticks for values up to v: 1, 2, 2.5 or 5 times a power of ten, so that about ticks steps cover v. 1 for NULL, zero, negative or infinite v.';

CREATE FUNCTION @extschema@.svg_palette(i integer) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT (ARRAY['#2f6db5', '#e8833a', '#3a9a5b', '#c8454f', '#7e63b8', '#8c6d4f', '#d16fb1', '#6b7280'])
           [((i - 1) % 8 + 8) % 8 + 1];
END;
COMMENT ON FUNCTION @extschema@.svg_palette(integer) IS
'The i-th colour (1-based, cycling through 8) of the report''s charts, as a #rrggbb string.';

------------------------------------------------------------------------------
-- SVG charts.  Each returns one <svg class="chart"> element whose drawn marks
-- (bars, lines, points) have class "mark", or NULL when there is nothing to
-- draw (no finite value above zero).
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.svg_bar_chart(labels text[], vals float8[], percent boolean DEFAULT false,
                                          width integer DEFAULT 720, caption text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    n integer := coalesce(cardinality(vals), 0);
    vmax float8;
    top float8;
    step float8;
    w integer := greatest(coalesce(width, 720), 320);
    lab_w integer := 170;
    val_w integer := 76;
    row_h integer := 26;
    cap_h integer := CASE WHEN caption IS NULL THEN 0 ELSE 22 END;
    plot_w float8;
    h integer;
    y0 integer;
    bw float8;
    v float8;
    lab text;
    t float8;
    out text;
    i integer;
BEGIN
    SELECT max(u) INTO vmax FROM unnest(vals) u WHERE u > 0 AND u < 'Infinity'::float8;
    IF vmax IS NULL THEN
        RETURN NULL;
    END IF;
    step := svg_nice_step(vmax);
    top := ceil(vmax / step) * step;
    plot_w := w - lab_w - val_w;
    y0 := cap_h + 6;
    h := y0 + n * row_h + 24;
    out := format('<svg class="chart bar" xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img">',
                  w, h, w, h);
    IF caption IS NOT NULL THEN
        out := out || format('<text class="caption" x="0" y="15">%s</text>', html_escape(caption));
    END IF;
    /* grid lines and tick labels */
    t := 0;
    WHILE t <= top * (1 + 1e-9) LOOP
        out := out || format('<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="tick" x="%s" y="%s" text-anchor="middle">%s</text>',
                             round((lab_w + plot_w * t / top)::numeric, 1), y0, round((lab_w + plot_w * t / top)::numeric, 1),
                             y0 + n * row_h, round((lab_w + plot_w * t / top)::numeric, 1), y0 + n * row_h + 16,
                             html_escape(replace(format_compact(t, percent), '.0%', '%')));
        t := t + step;
    END LOOP;
    FOR i IN 1 .. n LOOP
        v := vals[i];
        lab := coalesce(labels[i], '(null)');
        out := out || format('<text class="label" x="%s" y="%s" text-anchor="end"><title>%s</title>%s</text>',
                             lab_w - 8, y0 + (i - 1) * row_h + 17, html_escape(lab),
                             html_escape(CASE WHEN length(lab) > 24 THEN left(lab, 23) || '…' ELSE lab END));
        IF v IS NOT NULL AND v > 0 AND v < 'Infinity'::float8 THEN
            bw := plot_w * v / top;
            out := out || format('<rect class="mark" x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s: %s</title></rect>',
                                 lab_w, y0 + (i - 1) * row_h + 4, round(greatest(bw, 1)::numeric, 1), row_h - 8,
                                 CASE WHEN lower(lab) IN ('none', 'unknown', 'other') OR lab LIKE 'unknown%' THEN '#9aa5b1'
                                      ELSE svg_palette(1) END,
                                 html_escape(lab), html_escape(format_number(v::numeric, percent)));
        ELSE
            bw := 0;
        END IF;
        out := out || format('<text class="value" x="%s" y="%s">%s</text>',
                             round((lab_w + bw + 5)::numeric, 1), y0 + (i - 1) * row_h + 17,
                             html_escape(coalesce(format_compact(v, percent), '–')));
    END LOOP;
    out := out || format('<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>', lab_w, y0, lab_w, y0 + n * row_h);
    RETURN out || '</svg>';
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_bar_chart(text[], double precision[], boolean, integer, text) IS
'An inline SVG horizontal bar chart (bars of the labels none, unknown, other and unknown* in grey): one labelled bar per element (label, bar scaled to a rounded maximum, value; percent shows values as percentages), grid lines with tick labels, an optional caption. Bars are <rect class="mark">; NULL, zero and negative values get no bar. NULL when no value is above zero. Text is HTML-escaped.';

CREATE FUNCTION @extschema@.svg_histogram(labels text[], vals float8[], percent boolean DEFAULT false,
                                          width integer DEFAULT 720, caption text DEFAULT NULL) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    n integer := coalesce(cardinality(vals), 0);
    vmax float8;
    top float8;
    step float8;
    w integer := greatest(coalesce(width, 720), 240);
    left_w integer := 56;
    cap_h integer := CASE WHEN caption IS NULL THEN 0 ELSE 22 END;
    plot_h integer := 200;
    y0 integer;
    h integer;
    band float8;
    bh float8;
    v float8;
    lab text;
    t float8;
    ty float8;
    out text;
    i integer;
BEGIN
    SELECT max(u) INTO vmax FROM unnest(vals) u WHERE u > 0 AND u < 'Infinity'::float8;
    IF vmax IS NULL THEN
        RETURN NULL;
    END IF;
    step := svg_nice_step(vmax);
    top := ceil(vmax / step) * step;
    y0 := cap_h + 18;
    h := y0 + plot_h + 34;
    band := (w - left_w - 8)::float8 / n;
    out := format('<svg class="chart histogram" xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img">',
                  w, h, w, h);
    IF caption IS NOT NULL THEN
        out := out || format('<text class="caption" x="0" y="15">%s</text>', html_escape(caption));
    END IF;
    t := 0;
    WHILE t <= top * (1 + 1e-9) LOOP
        ty := y0 + plot_h - plot_h * t / top;
        out := out || format('<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="tick" x="%s" y="%s" text-anchor="end">%s</text>',
                             left_w, round(ty::numeric, 1), w - 8, round(ty::numeric, 1), left_w - 6,
                             round((ty + 4)::numeric, 1), html_escape(replace(format_compact(t, percent), '.0%', '%')));
        t := t + step;
    END LOOP;
    FOR i IN 1 .. n LOOP
        v := vals[i];
        lab := coalesce(labels[i], '(null)');
        IF v IS NOT NULL AND v > 0 AND v < 'Infinity'::float8 THEN
            bh := greatest(plot_h * v / top, 1);
            out := out || format('<rect class="mark" x="%s" y="%s" width="%s" height="%s" fill="%s"><title>%s: %s</title></rect>',
                                 round((left_w + (i - 1) * band + band * 0.15)::numeric, 1), round((y0 + plot_h - bh)::numeric, 1),
                                 round((band * 0.7)::numeric, 1), round(bh::numeric, 1),
                                 CASE WHEN lower(lab) IN ('none', 'unknown', 'other') OR lab LIKE 'unknown%' THEN '#9aa5b1'
                                      ELSE svg_palette(1) END,
                                 html_escape(lab), html_escape(format_number(v::numeric, percent)));
        ELSE
            bh := 0;
        END IF;
        out := out || format('<text class="value" x="%s" y="%s" text-anchor="middle">%s</text>',
                             round((left_w + (i - 0.5) * band)::numeric, 1), round((y0 + plot_h - bh - 4)::numeric, 1),
                             html_escape(coalesce(format_compact(v, percent), '–')));
        out := out || format('<text class="label" x="%s" y="%s" text-anchor="middle"><title>%s</title>%s</text>',
                             round((left_w + (i - 0.5) * band)::numeric, 1), y0 + plot_h + 16, html_escape(lab),
                             html_escape(CASE WHEN length(lab) > greatest((band / 7)::integer, 3)
                                              THEN left(lab, greatest((band / 7)::integer, 3) - 1) || '…' ELSE lab END));
    END LOOP;
    out := out || format('<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>', left_w, y0 + plot_h, w - 8, y0 + plot_h);
    RETURN out || '</svg>';
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_histogram(text[], double precision[], boolean, integer, text) IS
'An inline SVG histogram (bars of the labels none, unknown, other and unknown* in grey): one vertical bar per element in order (bins such as size buckets or years), value above, label below, a y axis with rounded ticks (percent: values as percentages), an optional caption. Bars are <rect class="mark">; NULL, zero and negative values get no bar. NULL when no value is above zero. Text is HTML-escaped.';

CREATE FUNCTION @extschema@.svg_line_chart(x text[], series_names text[], vals float8[], percent boolean DEFAULT false,
                                           width integer DEFAULT 720) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    n integer := coalesce(cardinality(x), 0);
    ns integer;
    vmax float8;
    top float8;
    step float8;
    w integer := greatest(coalesce(width, 720), 320);
    left_w integer := 60;
    right_w integer := 16;
    legend_h integer;
    plot_h integer := 220;
    y0 integer;
    h integer;
    dx float8;
    px float8;
    py float8;
    v float8;
    t float8;
    ty float8;
    pts text;
    npts integer;
    label_every integer;
    lx integer;
    ly integer;
    out text;
    legend text := '';
    marks text := '';
    i integer;
    s integer;
BEGIN
    IF n = 0 OR vals IS NULL OR array_ndims(vals) IS NULL THEN
        RETURN NULL;
    END IF;
    IF array_ndims(vals) = 1 THEN
        vals := ARRAY[vals];
    END IF;
    IF array_ndims(vals) <> 2 OR array_length(vals, 2) <> n THEN
        RAISE EXCEPTION 'svg_line_chart: values must be a series × points array with one column per x value'
            USING ERRCODE = 'invalid_parameter_value';
    END IF;
    ns := array_length(vals, 1);
    SELECT max(u) INTO vmax FROM unnest(vals) u WHERE u > 0 AND u < 'Infinity'::float8;
    IF vmax IS NULL THEN
        RETURN NULL;
    END IF;
    step := svg_nice_step(vmax);
    top := ceil(vmax / step) * step;
    /* legend: entries laid out left to right, wrapping */
    lx := left_w;
    ly := 14;
    FOR s IN 1 .. ns LOOP
        IF lx + 24 + 7 * length(coalesce(series_names[s], 'series ' || s)) > w - right_w AND lx > left_w THEN
            lx := left_w;
            ly := ly + 18;
        END IF;
        legend := legend || format('<rect class="key" x="%s" y="%s" width="14" height="4" fill="%s"/><text class="legend" x="%s" y="%s">%s</text>',
                                   lx, ly - 5, svg_palette(s), lx + 19, ly,
                                   html_escape(coalesce(series_names[s], 'series ' || s)));
        lx := lx + 34 + 7 * length(coalesce(series_names[s], 'series ' || s));
    END LOOP;
    legend_h := ly + 8;
    y0 := legend_h + 8;
    h := y0 + plot_h + 30;
    dx := CASE WHEN n > 1 THEN (w - left_w - right_w - 20)::float8 / (n - 1) ELSE 0 END;
    out := format('<svg class="chart line" xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img">',
                  w, h, w, h) || legend;
    t := 0;
    WHILE t <= top * (1 + 1e-9) LOOP
        ty := y0 + plot_h - plot_h * t / top;
        out := out || format('<line class="grid" x1="%s" y1="%s" x2="%s" y2="%s"/><text class="tick" x="%s" y="%s" text-anchor="end">%s</text>',
                             left_w, round(ty::numeric, 1), w - right_w, round(ty::numeric, 1), left_w - 6,
                             round((ty + 4)::numeric, 1), html_escape(replace(format_compact(t, percent), '.0%', '%')));
        t := t + step;
    END LOOP;
    label_every := greatest(ceil(n * 60.0 / (w - left_w - right_w))::integer, 1);
    FOR i IN 1 .. n LOOP
        IF (i - 1) % label_every = 0 OR i = n THEN
            px := left_w + 10 + (i - 1) * dx + CASE WHEN n = 1 THEN (w - left_w - right_w - 20) / 2.0 ELSE 0 END;
            out := out || format('<text class="label" x="%s" y="%s" text-anchor="middle">%s</text>',
                                 round(px::numeric, 1), y0 + plot_h + 18,
                                 html_escape(CASE WHEN length(coalesce(x[i], '(null)')) > 12
                                                  THEN left(x[i], 11) || '…' ELSE coalesce(x[i], '(null)') END));
        END IF;
    END LOOP;
    out := out || format('<line class="axis" x1="%s" y1="%s" x2="%s" y2="%s"/>', left_w, y0 + plot_h, w - right_w, y0 + plot_h);
    FOR s IN 1 .. ns LOOP
        pts := '';
        npts := 0;
        FOR i IN 1 .. n LOOP
            v := vals[s][i];
            IF v IS NOT NULL AND v >= 0 AND v < 'Infinity'::float8 THEN
                px := left_w + 10 + (i - 1) * dx + CASE WHEN n = 1 THEN (w - left_w - right_w - 20) / 2.0 ELSE 0 END;
                py := y0 + plot_h - plot_h * v / top;
                pts := pts || CASE WHEN npts > 0 THEN ' ' ELSE '' END || round(px::numeric, 1) || ',' || round(py::numeric, 1);
                npts := npts + 1;
                marks := marks || format('<circle class="mark" cx="%s" cy="%s" r="3" fill="%s"><title>%s, %s: %s</title></circle>',
                                         round(px::numeric, 1), round(py::numeric, 1), svg_palette(s),
                                         html_escape(coalesce(series_names[s], 'series ' || s)),
                                         html_escape(coalesce(x[i], '(null)')), html_escape(format_number(v::numeric, percent)));
            END IF;
        END LOOP;
        IF npts > 1 THEN
            /* every second series dashed, so that lines lying on each other both show */
            out := out || format('<polyline class="mark" fill="none" stroke="%s" stroke-width="2.2"%s points="%s"/>',
                                 svg_palette(s), CASE WHEN s % 2 = 0 THEN ' stroke-dasharray="7 4"' ELSE '' END, pts);
        END IF;
    END LOOP;
    RETURN out || marks || '</svg>';
END
$fn$;
COMMENT ON FUNCTION @extschema@.svg_line_chart(text[], text[], double precision[], boolean, integer) IS
'An inline SVG line chart: x are the points in order (equally spaced, e.g. years or months), vals a series × points array (one row per series, named by series_names; a one-dimensional array is one series); one <polyline class="mark"> per series (every second one dashed) with a <circle class="mark"> per point, NULL and negative values skipped, a legend, a y axis from 0 with rounded ticks (percent: values as percentages). NULL when no value is above zero; 22023 when vals does not have one column per x value. Text is HTML-escaped.';

------------------------------------------------------------------------------
-- Running the sections
------------------------------------------------------------------------------

CREATE FUNCTION @extschema@.report_query_json(query text) RETURNS json
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    q text := regexp_replace(query, '[\s;]+$', '');
    rows json;
    first json;
BEGIN
    IF query IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT pg_catalog.json_agg(q) FROM (%s) q', q) INTO rows;
    IF rows IS NULL THEN
        /* no rows: still learn the column names from an all-NULL row */
        EXECUTE format('SELECT pg_catalog.row_to_json(e) FROM (SELECT q.* FROM (SELECT 1) d LEFT JOIN (%s) q ON true LIMIT 1) e', q)
            INTO first;
        rows := '[]'::json;
    ELSE
        first := rows -> 0;
    END IF;
    RETURN json_build_object('columns', (SELECT coalesce(json_agg(k), '[]'::json) FROM json_object_keys(first) k),
                             'rows', rows);
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_query_json(text) IS
'Runs a report section''s query (search_path = hfstate, pg_catalog, pg_temp; the caller''s privileges; trailing semicolons ignored) and returns {"columns": [names in order], "rows": [one JSON object per row, in the query''s order]}; columns are known even when there are no rows. NULL for a NULL query.';

CREATE FUNCTION @extschema@.report_cell(value json, col text) RETURNS text
    LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
BEGIN
    RETURN CASE json_typeof(value)
               WHEN 'number' THEN
                   CASE WHEN col ~ '(^|_)year$' AND (value #>> '{}') ~ '^-?[0-9]+$' THEN value #>> '{}'
                        ELSE format_number((value #>> '{}')::numeric, coalesce(is_share_column(col), false)) END
               WHEN 'string' THEN value #>> '{}'
               WHEN 'boolean' THEN CASE WHEN (value #>> '{}')::boolean THEN 'yes' ELSE 'no' END
               WHEN 'null' THEN NULL
               ELSE value::text
           END;
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_cell(json, text) IS
'One value of a report row as text: numbers through format_number (as a percentage when the column is a share column, see is_share_column; integers of a column named year or *_year as they are, without separators), strings as they are, booleans as yes/no, arrays and objects as JSON; NULL for JSON null or SQL NULL.';

CREATE FUNCTION @extschema@.report_column_title(col text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.replace(col, '_', ' ');
END;
COMMENT ON FUNCTION @extschema@.report_column_title(text) IS
'A column name as a heading: underscores become spaces.';

CREATE FUNCTION @extschema@.report_numeric_columns(data json) RETURNS boolean[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.array_agg(z.is_num ORDER BY z.o)
      FROM (SELECT u.o, pg_catalog.bool_and(pg_catalog.json_typeof(r.e OPERATOR(pg_catalog.->) u.col)
                                            OPERATOR(pg_catalog.=) ANY (ARRAY['number', 'null'])) AS is_num
              FROM pg_catalog.json_array_elements_text(data OPERATOR(pg_catalog.->) 'columns') WITH ORDINALITY AS u(col, o)
              LEFT JOIN pg_catalog.json_array_elements(data OPERATOR(pg_catalog.->) 'rows') AS r(e) ON true
             GROUP BY u.o) z;
END;
COMMENT ON FUNCTION @extschema@.report_numeric_columns(json) IS
'For a result of hfstate.report_query_json, one flag per column in order: true when every value of the column is a JSON number or null (such columns are right-aligned). NULL when there are no columns.';

CREATE FUNCTION @extschema@.report_section_html(s @extschema@.report_sections) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    d json;
    cols text[];
    nrows integer;
    r json;
    c text;
    ycols text[];
    labels text[];
    series float8[];
    lvals float8[] := '{}';
    pct boolean;
    chart text;
    nchart integer := 0;
    charts text := '';
    tbl text;
    numeric_col boolean[];
    out text;
    i integer;
    max_bars constant integer := 25;
BEGIN
    d := report_query_json(s.query);
    SELECT array_agg(k ORDER BY o) INTO cols FROM json_array_elements_text(d -> 'columns') WITH ORDINALITY AS e(k, o);
    nrows := json_array_length(d -> 'rows');
    out := format('<section class="report" id="%s" data-chart="%s" data-rows="%s"><h2>%s</h2><p class="definition">%s</p><p class="window"><span>Data window</span> %s</p>',
                  html_escape(s.id), html_escape(s.chart), nrows, html_escape(s.title), html_escape(s.definition),
                  html_escape(s.data_window));
    IF nrows = 0 THEN
        RETURN out || '<p class="empty">No rows: nothing to chart or list yet.</p></section>';
    END IF;
    /* the y columns that exist, in the section's order */
    SELECT array_agg(v ORDER BY o) INTO ycols FROM unnest(s.y) WITH ORDINALITY AS u(v, o) WHERE v = ANY (cols);
    IF s.chart <> 'table' AND s.x = ANY (cols) AND cardinality(ycols) > 0 THEN
        SELECT array_agg(e ->> s.x ORDER BY o) INTO labels
          FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE s.chart = 'line' OR o <= max_bars;
        pct := true;
        FOREACH c IN ARRAY ycols LOOP
            pct := pct AND is_share_column(c);
            SELECT array_agg(CASE WHEN json_typeof(e -> c) = 'number' THEN (e ->> c)::float8 END ORDER BY o) INTO series
              FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE s.chart = 'line' OR o <= max_bars;
            IF s.chart = 'bar' THEN
                chart := svg_bar_chart(labels, series, is_share_column(c), CASE WHEN cardinality(ycols) > 1 THEN 436 ELSE 880 END,
                                       CASE WHEN cardinality(ycols) > 1 THEN upper(left(report_column_title(c), 1)) || substr(report_column_title(c), 2) END);
            ELSIF s.chart = 'histogram' THEN
                chart := svg_histogram(labels, series, is_share_column(c), CASE WHEN cardinality(ycols) > 1 THEN 436 ELSE 880 END,
                                       CASE WHEN cardinality(ycols) > 1 THEN upper(left(report_column_title(c), 1)) || substr(report_column_title(c), 2) END);
            ELSE
                /* one row per series: the first makes a 1 × n array, the next ones append rows */
                lvals := CASE WHEN cardinality(lvals) = 0 THEN ARRAY[series] ELSE lvals || series END;
                chart := NULL;
            END IF;
            IF chart IS NOT NULL THEN
                charts := charts || '<figure>' || chart || '</figure>';
                nchart := nchart + 1;
            END IF;
        END LOOP;
        IF s.chart = 'line' THEN
            chart := svg_line_chart(labels, (SELECT array_agg(report_column_title(v) ORDER BY o)
                                               FROM unnest(ycols) WITH ORDINALITY u(v, o)), lvals, pct, 880);
            IF chart IS NOT NULL THEN
                charts := '<figure>' || chart || '</figure>';
                nchart := 1;
            END IF;
        END IF;
        IF nchart = 0 THEN
            out := out || '<p class="empty">Nothing to chart: every charted value is zero or empty.</p>';
        ELSE
            out := out || '<div class="charts">' || charts || '</div>';
            IF s.chart IN ('bar', 'histogram') AND nrows > max_bars THEN
                out := out || format('<p class="note">The chart shows the first %s of %s rows; the table lists all.</p>', max_bars, nrows);
            END IF;
        END IF;
    END IF;
    /* the data table; numeric columns are right-aligned */
    numeric_col := report_numeric_columns(d);
    tbl := '<table><thead><tr>';
    FOR i IN 1 .. cardinality(cols) LOOP
        tbl := tbl || format('<th%s>%s</th>', CASE WHEN numeric_col[i] THEN ' class="num"' ELSE '' END,
                             html_escape(report_column_title(cols[i])));
    END LOOP;
    tbl := tbl || '</tr></thead><tbody>';
    FOR r IN SELECT e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) ORDER BY o LOOP
        tbl := tbl || '<tr>';
        FOR i IN 1 .. cardinality(cols) LOOP
            tbl := tbl || format('<td%s>%s</td>', CASE WHEN numeric_col[i] THEN ' class="num"' ELSE '' END,
                                 coalesce(html_escape(report_cell(r -> cols[i], cols[i])), '–'));
        END LOOP;
        tbl := tbl || '</tr>';
    END LOOP;
    tbl := tbl || '</tbody></table>';
    RETURN out || format('<details%s><summary>Data: %s row%s</summary><div class="scroll">%s</div></details></section>',
                         CASE WHEN s.chart = 'table' OR nrows <= 12 THEN ' open' ELSE '' END, nrows,
                         CASE WHEN nrows = 1 THEN '' ELSE 's' END, tbl);
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_section_html(@extschema@.report_sections) IS
'One section of the HTML report: title, definition and data window, the chart of its kind drawn from its query''s rows (bar and histogram: one panel per y column, the first 25 rows; line: one line per y column over all rows) or a note when nothing can be drawn, and every row as an HTML table. A section without rows shows "No rows" and no chart or table.';

CREATE FUNCTION @extschema@.report_card_value(value json, col text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
BEGIN ATOMIC
    SELECT CASE WHEN pg_catalog.json_typeof(value) OPERATOR(pg_catalog.=) 'number'
                 AND NOT coalesce(@extschema@.is_share_column(col), false)
                 AND pg_catalog.abs((value OPERATOR(pg_catalog.#>>) '{}')::float8) OPERATOR(pg_catalog.>=) 1e6
                THEN @extschema@.format_compact((value OPERATOR(pg_catalog.#>>) '{}')::float8)
                ELSE @extschema@.report_cell(value, col) END;
END;
COMMENT ON FUNCTION @extschema@.report_card_value(json, text) IS
'A headline number as its card shows it: from a million on in short form (format_compact: 422M, 8.1B), otherwise as report_cell shows it.';

CREATE FUNCTION @extschema@.report_headline_cards(s @extschema@.report_sections) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    d json;
    out text := '';
    c text;
    e json;
BEGIN
    d := report_query_json(s.query);
    IF json_array_length(d -> 'rows') = 0 OR s.y IS NULL THEN
        RETURN '';
    END IF;
    IF s.x IS NULL THEN
        FOREACH c IN ARRAY s.y LOOP
            IF json_typeof(d -> 'rows' -> 0 -> c) <> 'null' THEN
                out := out || format('<div class="card"><div class="value" title="%s">%s</div><div class="what">%s</div><div class="src">%s</div></div>',
                                     coalesce(html_escape(report_cell(d -> 'rows' -> 0 -> c, c)), '–'),
                                     coalesce(html_escape(report_card_value(d -> 'rows' -> 0 -> c, c)), '–'),
                                     html_escape(report_column_title(c)), html_escape(s.title));
            END IF;
        END LOOP;
    ELSE
        FOR e IN SELECT a.e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE o <= 6 ORDER BY o LOOP
            out := out || format('<div class="card"><div class="value" title="%s">%s</div><div class="what">%s</div><div class="src">%s</div></div>',
                                 coalesce(html_escape(report_cell(e -> s.y[1], s.y[1])), '–'),
                                 coalesce(html_escape(report_card_value(e -> s.y[1], s.y[1])), '–'),
                                 html_escape(coalesce(e ->> s.x, '(null)')), html_escape(s.title));
        END LOOP;
    END IF;
    RETURN out;
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_headline_cards(@extschema@.report_sections) IS
'The headline numbers of a section as HTML cards (numbers from a million on in short form, e.g. 422M, the exact value as the tooltip): without x, one card per y column of the first row (labelled by the column); with x, one card per row (at most 6, labelled by x) showing the first y column. Empty when the query has no rows or y is NULL.';

CREATE FUNCTION @extschema@.report_html(title text DEFAULT 'State of open models on the Hugging Face Hub') RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    s report_sections;
    cards text := '';
    toc text := '';
    body text := '';
    latest date;
BEGIN
    SELECT max(snapshot) INTO latest FROM history;
    FOR s IN SELECT * FROM report_sections ORDER BY position LOOP
        IF s.headline THEN
            cards := cards || report_headline_cards(s);
        END IF;
        toc := toc || format('<li><a href="#%s">%s</a></li>', html_escape(s.id), html_escape(s.title));
        body := body || report_section_html(s);
    END LOOP;
    RETURN '<!DOCTYPE html>' || E'\n' || '<html lang="en"><head><meta charset="utf-8">'
        || '<meta name="viewport" content="width=device-width, initial-scale=1">'
        || format('<title>%s</title>', html_escape(coalesce(title, 'hfstate report')))
        || '<style>'
        || ':root{--ink:#1f2933;--muted:#616e7c;--line:#e4e7eb;--bg:#f7f8fa;--accent:#2f6db5}'
        || '*{box-sizing:border-box}'
        || 'body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}'
        || 'header{background:linear-gradient(120deg,#173f73,#2f6db5);color:#fff;padding:28px 40px 24px}'
        || 'header h1{margin:0 0 4px;font-size:28px;font-weight:650;letter-spacing:-.01em}'
        || 'header p{margin:0;opacity:.85}'
        || 'main{max-width:1000px;margin:0 auto;padding:24px 24px 48px}'
        || '.headline{display:grid;grid-template-columns:repeat(auto-fill,minmax(180px,1fr));gap:12px;margin:0 0 24px}'
        || '.card{background:#fff;border:1px solid var(--line);border-radius:10px;padding:14px 16px;box-shadow:0 1px 2px rgba(0,0,0,.04)}'
        || '.card .value{font-size:26px;font-weight:700;color:var(--accent);font-variant-numeric:tabular-nums}'
        || '.card .what{font-weight:600}.card .what::first-letter,th::first-letter{text-transform:uppercase}'
        || '.card .src{color:var(--muted);font-size:12px}'
        || 'nav{background:#fff;border:1px solid var(--line);border-radius:10px;padding:10px 18px;margin-bottom:24px}'
        || 'nav ol{margin:0;padding-left:20px;columns:2;font-size:14px}nav a{color:var(--accent);text-decoration:none}'
        || 'section.report{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:0 0 20px}'
        || 'section.report h2{margin:0 0 6px;font-size:20px}'
        || '.definition{margin:0 0 4px;color:var(--ink)}'
        || '.window{margin:0 0 12px;color:var(--muted);font-size:13px}'
        || '.window span{display:inline-block;background:#eef3fb;color:var(--accent);border-radius:4px;padding:0 6px;margin-right:6px;font-weight:600}'
        || '.charts{display:flex;flex-wrap:wrap;gap:8px 16px}figure{margin:0}'
        || 'svg.chart{display:block;max-width:100%;height:auto;font:12px system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}'
        || 'svg .grid{stroke:#e9ecf0;stroke-width:1}svg .axis{stroke:#9aa5b1;stroke-width:1}'
        || 'svg .tick{fill:#7b8794;font-size:11px}svg .label{fill:var(--ink)}svg .value{fill:#3e4c59;font-size:11px;font-weight:600}'
        || 'svg .caption{fill:var(--ink);font-weight:600;font-size:13px;}svg .legend{fill:var(--ink)}'
        || 'svg rect.mark:hover{opacity:.8}'
        || '.empty,.note{color:var(--muted);font-style:italic}'
        || 'details{margin-top:10px}summary{cursor:pointer;color:var(--accent);font-weight:600;font-size:14px}'
        || 'table{border-collapse:collapse;width:100%;margin-top:8px;font-size:13px;font-variant-numeric:tabular-nums}'
        || 'th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}'
        || 'th{background:#f3f5f8;font-weight:600}.num{text-align:right}.scroll{overflow-x:auto}'
        || 'tbody tr:nth-child(even){background:#fafbfc}'
        || 'footer{color:var(--muted);font-size:12px;text-align:center;padding:0 0 24px}'
        || '</style></head><body>'
        || format('<header><h1>%s</h1><p>%s</p></header>', html_escape(coalesce(title, 'hfstate report')),
                  html_escape(CASE WHEN latest IS NULL THEN 'No snapshot imported yet'
                                   ELSE 'Latest snapshot ' || to_char(latest, 'YYYY-MM-DD') END
                              || ' · times in UTC · computed by hfstate ' || build_version()))
        || '<main>'
        || CASE WHEN cards = '' THEN '' ELSE '<section class="headline">' || cards || '</section>' END
        || '<nav><ol>' || toc || '</ol></nav>'
        || body
        || '</main><footer>Generated by hfstate.report_html() from the sections in hfstate.report_sections.</footer></body></html>'
        || E'\n';
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_html(text) IS
'The whole report as one self-contained HTML5 document (inline CSS and SVG; no scripts, fonts, images or links outside the page): the title and latest snapshot, the headline numbers of the sections marked headline, a table of contents, then every section of hfstate.report_sections in position order with its definition, data window, chart and data table. All text is HTML-escaped. Runs each section''s query with the caller''s privileges.';

-- markdown_escape: data-borne text as literal Markdown text (the counterpart of html_escape)
CREATE FUNCTION @extschema@.markdown_escape(s text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
BEGIN ATOMIC
    SELECT pg_catalog.regexp_replace(pg_catalog.regexp_replace(s, '[\r\n]+', ' ', 'g'),
                                     '([\\`*_\[\]<>|&~])', '\\\1', 'g');
END;
COMMENT ON FUNCTION @extschema@.markdown_escape(text) IS
'Text that Markdown renderers show as it is: line breaks become spaces, and each of \ ` * _ [ ] < > | & ~ gets a backslash (CommonMark and GitHub Markdown print a backslash-escaped punctuation character literally), so no HTML tag, entity, link, emphasis, code span or table cell boundary can come from the text. report_markdown() passes every text of the data and of report_sections through it.';

CREATE FUNCTION @extschema@.report_markdown(title text DEFAULT 'State of open models on the Hugging Face Hub',
                                            headline_only boolean DEFAULT false) RETURNS text
    LANGUAGE plpgsql STABLE PARALLEL RESTRICTED
    SET search_path = @extschema@, pg_catalog, pg_temp
AS $fn$
DECLARE
    s report_sections;
    d json;
    cols text[];
    numeric_col boolean[];
    r json;
    c text;
    line text;
    head text := '';
    body text := '';
    i integer;
BEGIN
    FOR s IN SELECT * FROM report_sections ORDER BY position LOOP
        IF headline_only AND NOT s.headline THEN
            CONTINUE;
        END IF;
        d := report_query_json(s.query);
        IF s.headline AND s.y IS NOT NULL AND json_array_length(d -> 'rows') > 0 THEN
            IF s.x IS NULL THEN
                FOREACH c IN ARRAY s.y LOOP
                    IF json_typeof(d -> 'rows' -> 0 -> c) <> 'null' THEN
                        head := head || format('- **%s**: %s (%s)', markdown_escape(report_column_title(c)),
                                               coalesce(markdown_escape(report_cell(d -> 'rows' -> 0 -> c, c)), '–'),
                                               markdown_escape(s.title)) || E'\n';
                    END IF;
                END LOOP;
            ELSE
                FOR r IN SELECT a.e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) WHERE o <= 6 ORDER BY o LOOP
                    head := head || format('- **%s**: %s (%s)', coalesce(markdown_escape(r ->> s.x), '(null)'),
                                           coalesce(markdown_escape(report_cell(r -> s.y[1], s.y[1])), '–'),
                                           markdown_escape(s.title)) || E'\n';
                END LOOP;
            END IF;
        END IF;
        IF headline_only THEN
            CONTINUE;
        END IF;
        SELECT array_agg(k ORDER BY o) INTO cols FROM json_array_elements_text(d -> 'columns') WITH ORDINALITY AS e(k, o);
        body := body || E'\n## ' || markdown_escape(s.title) || E'\n\n' || coalesce(markdown_escape(s.definition), '')
                     || E'\n\n*Data window: ' || coalesce(markdown_escape(s.data_window), '') || E'*\n\n';
        IF json_array_length(d -> 'rows') = 0 THEN
            body := body || E'_No rows._\n';
            CONTINUE;
        END IF;
        numeric_col := report_numeric_columns(d);
        body := body || '| ' || array_to_string(ARRAY(SELECT markdown_escape(report_column_title(v))
                                                        FROM unnest(cols) WITH ORDINALITY u(v, o) ORDER BY o), ' | ')
                     || E' |\n|' || array_to_string(ARRAY(SELECT CASE WHEN nc THEN ' ---: ' ELSE ' --- ' END
                                                           FROM unnest(numeric_col) WITH ORDINALITY u(nc, o) ORDER BY o), '|')
                     || E'|\n';
        FOR r IN SELECT a.e FROM json_array_elements(d -> 'rows') WITH ORDINALITY AS a(e, o) ORDER BY o LOOP
            line := '|';
            FOR i IN 1 .. cardinality(cols) LOOP
                line := line || ' ' || coalesce(markdown_escape(report_cell(r -> cols[i], cols[i])), '') || ' |';
            END LOOP;
            body := body || line || E'\n';
        END LOOP;
    END LOOP;
    RETURN '# ' || coalesce(markdown_escape(title), 'hfstate report') || E'\n\n'
        || CASE WHEN head = '' THEN '' ELSE E'## Headline numbers\n\n' || head END
        || body;
END
$fn$;
COMMENT ON FUNCTION @extschema@.report_markdown(text, boolean) IS
'The report as Markdown for terminals: the title, the headline numbers as a list, then (unless headline_only) every section of hfstate.report_sections in position order with its title, definition, data window and every row as a Markdown table (every text escaped by markdown_escape(); numeric columns right-aligned, numbers as in format_number, share columns as percentages; "_No rows._" when the query returns none).';
