// test/parquet/duckdb_report.mjs -- the report's tables computed by DuckDB straight from a weekly
// snapshot archive (<archive>/<kind>/<YYYY-MM-DD>/*.parquet, the layout hfstate.import_weekly_snapshots
// reads), with SQL written from the README's definitions, as the baseline of `make bench` (scale) and
// the reference of `make duckdb-check`.
//
// usage: node duckdb_report.mjs --archive DIR --seed SEED.csv [--authors CSV] [--mode direct|load|both]
//          [--out DIR] [--threads N] [--memory-limit 8GB] [--db-file PATH]
//   --seed     the author registry rows hfstate ships (namespace,country,developer_type: source 'seed'
//              of hfstate.author_registry), an input like the archive
//   --authors  the user's registry (default <archive>/authors.csv, as loaded by hfstate.load_authors)
//   direct     every table is one query over read_parquet() of the files (views, nothing stored)
//   load       CREATE TABLE ... AS SELECT * from the files into DuckDB's own tables (a database file,
//              --db-file, default <out>/load.duckdb, removed at the end), then the same queries
//   --out      each table as <out>/<mode>/<table>.csv, and <out>/t6_subset.csv (the models T6 compares)
// Prints one line per timing: "time<TAB>mode<TAB>name<TAB>ms<TAB>rows", then "total" lines.
//
// What DuckDB computes (names are hfstate's views; the columns, order and rules are theirs):
//   T1 report_growth; T2 report_concentration; T3 report_downloads_by_country, _country_year,
//   _country_month (direct attribution only); T4 report_downloads_by_type, _type_year, _type_month
//   (direct only); T6 report_size_buckets on a subset (below).
// Rules: a repo's current row is the row of the newest snapshot holding its id (case-insensitive);
// author falls back to the id's namespace; year NULL for a missing createdAt and for the sentinel
// 2022-03-02T23:29:04Z; direct attribution joins lower(author) to the registry (user row, else seed;
// country none when registered without one, unknown when not registered). Downloads of a step =
// downloadsAllTime minus the model's value at its previous snapshot, clamped at 0 (clamped counted);
// the first snapshot holding a model counts its whole downloadsAllTime only when the model was created
// after the previous snapshot of the data (UTC midnight), else it is a baseline no window counts; a
// month's downloads are the steps whose closing snapshot falls in it.
// T6 subset: hfstate's resolved size (safetensors -> gguf -> config.json -> name, a quantized repo
// taking its base model's size, packed 4-bit counts unpacked when closer to config or name) is not
// reproduced here. DuckDB buckets the safetensors count (sum of the per-dtype counts, else total), else
// the gguf total, over the models where that is hfstate's rule too: a safetensors or gguf count, no U8
// or I32 counts (the only dtypes hfstate may unpack), and a base relation that cannot be 'quantized'
// (baseModels.relation finetune, adapter or merge, or no base model named anywhere: no baseModels, no
// base_model: tag, no card base_model). The check compares hfstate's buckets of exactly these models.
import { DuckDBInstance } from '@duckdb/node-api';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SENTINEL = `TIMESTAMPTZ '2022-03-02 23:29:04+00'`;
const DTYPES_DEFAULT = ['BF16', 'F16', 'F32', 'F8_E4M3', 'U8', 'U32', 'I32', 'I8', 'I64', 'F64'];
const sq = (s) => `'${String(s).replace(/'/g, "''")}'`;
const q = (s) => `"${String(s).replace(/"/g, '""')}"`;

// the sources: kind_all (every row of every snapshot, with its snapshot date), registry
function sourceSql(archive, kind) {
  const glob = path.join(archive, kind, '*', '*.parquet');
  return `SELECT * EXCLUDE (filename),
       CAST(regexp_extract(filename, '/${kind}/([0-9]{4}-[0-9]{2}-[0-9]{2})/[^/]*$', 1) AS DATE) AS snapshot
  FROM read_parquet(${sq(glob)}, filename = true, union_by_name = true)
 WHERE regexp_matches(filename, '/${kind}/[0-9]{4}-[0-9]{2}-[0-9]{2}/[^/]*[.]parquet$')`;
}
function registrySql(authors, seed) {
  // load_authors: trimmed namespace, country upper-cased with '' and XX = none, '' type = none;
  // the authors view: the user's row, else the seed's, one per lower-cased namespace
  return `SELECT ns, country, developer_type FROM (
    SELECT lower(trim(namespace)) AS ns,
           nullif(nullif(upper(trim(country)), ''), 'XX') AS country,
           nullif(trim(developer_type), '') AS developer_type, 0 AS prio
      FROM read_csv(${sq(authors)}, header = true, all_varchar = true)
     WHERE namespace IS NOT NULL AND trim(namespace) <> ''
    UNION ALL
    SELECT lower(namespace), nullif(country, ''), nullif(developer_type, ''), 2
      FROM read_csv(${sq(seed)}, header = true, all_varchar = true))
  QUALIFY row_number() OVER (PARTITION BY ns ORDER BY prio) = 1`;
}

// common table expressions, each table's query takes the ones it needs
function ctes(dtypes) {
  const yr = (c) => `CASE WHEN ${c} IS NULL OR ${c} = ${SENTINEL} THEN NULL ELSE year(${c}) END`;
  const auth = `coalesce(nullif(author, ''), CASE WHEN strpos(id, '/') > 0 THEN split_part(id, '/', 1) END)`;
  // the newest snapshot's row of each repo: arg_max over the few values a table needs
  const cur = (kind, cols) => `SELECT lid, unnest(v) FROM (
      SELECT lower(id) AS lid, arg_max(struct_pack(author := ${auth}, yr := ${yr('"createdAt"')}${cols}), snapshot) AS v
        FROM ${kind}_all GROUP BY lower(id))`;
  const p = (d) => `safetensors.parameters.${q(d)}`;
  const present = dtypes.map((d) => p(d));
  return {
    cur_models: cur('models', `, created_at := "createdAt", dat := "downloadsAllTime"`),
    cur_datasets: cur('datasets', ''),
    cur_spaces: cur('spaces', ''),
    attr: `SELECT m.*, CASE WHEN a.ns IS NULL THEN 'unknown' ELSE coalesce(a.country, 'none') END AS country,
           CASE WHEN a.ns IS NULL OR a.developer_type IS NULL THEN 'unknown' ELSE a.developer_type END AS developer_type
      FROM cur_models m LEFT JOIN registry a ON a.ns = lower(m.author)`,
    // the per-model steps between its snapshots (hfstate's model_downloads)
    snaps: `SELECT snapshot, row_number() OVER (ORDER BY snapshot) AS no FROM (SELECT DISTINCT snapshot FROM models_all)`,
    steps: `SELECT lower(h.id) AS lid, h.snapshot, h."downloadsAllTime" AS dat,
           lag(h.snapshot) OVER w AS prev_snapshot, lag(h."downloadsAllTime") OVER w AS prev_dat, p.snapshot AS global_prev
      FROM models_all h JOIN snaps s ON s.snapshot = h.snapshot LEFT JOIN snaps p ON p.no = s.no - 1
    WINDOW w AS (PARTITION BY lower(h.id) ORDER BY h.snapshot)`,
    dl: `SELECT st.lid, st.snapshot,
           CASE WHEN st.prev_snapshot IS NOT NULL
                THEN CASE WHEN st.dat IS NULL OR st.prev_dat IS NULL THEN 0 ELSE greatest(st.dat - st.prev_dat, 0) END
                WHEN st.global_prev IS NOT NULL AND m.created_at > CAST(CAST(st.global_prev AS TIMESTAMP) AS TIMESTAMPTZ)
                THEN st.dat END AS downloads,
           coalesce(st.dat < st.prev_dat, false) AS clamped
      FROM steps st LEFT JOIN cur_models m ON m.lid = st.lid`,
    monthly: `SELECT lid, CAST(date_trunc('month', snapshot) AS DATE) AS month, sum(downloads) AS downloads,
           count(*) FILTER (WHERE clamped) AS clamped_steps
      FROM dl WHERE downloads IS NOT NULL GROUP BY lid, month`,
    month_snaps: `SELECT CAST(date_trunc('month', snapshot) AS DATE) AS month, count(*) AS snapshots FROM snaps GROUP BY 1`,
    // T6: the models whose size both sides take from safetensors or gguf (see the header)
    sized: `SELECT lid, v.dat, v.own_total FROM (
      SELECT lower(id) AS lid, arg_max(struct_pack(dat := "downloadsAllTime",
             own_total := coalesce(CASE WHEN safetensors IS NOT NULL THEN
                        coalesce(list_sum(list_filter([${present.join(', ')}], x -> x IS NOT NULL)), safetensors.total) END,
                      TRY_CAST(json_extract(gguf, '$.total') AS BIGINT)),
             comparable := (safetensors IS NULL OR (${dtypes.filter((d) => d === 'U8' || d === 'I32').map((d) => `${p(d)} IS NULL`).join(' AND ') || 'true'}))
             AND (CASE WHEN "baseModels" IS NOT NULL THEN coalesce("baseModels".relation IN ('finetune', 'adapter', 'merge'), false)
                       ELSE NOT coalesce(list_bool_or(list_transform(tags, t -> starts_with(t, 'base_model:'))), false)
                            AND json_extract("cardData", '$.base_model') IS NULL END)), snapshot) AS v
        FROM models_all GROUP BY lower(id))
     WHERE v.comparable`,
  };
}

const share = (x, part = '') => `coalesce(${x} / nullif(sum(${x}) OVER (${part}), 0), 0)::DOUBLE`;
const TYPES = ['industry', 'academia', 'nonprofit', 'government', 'community', 'independent', 'unknown'];

// name -> [ctes used, final SELECT]
const TABLES = {
  report_growth: [['cur_models', 'cur_datasets', 'cur_spaces'], `,
repos AS (SELECT 'm' AS kind, yr AS year, lower(author) AS ns FROM cur_models
          UNION ALL SELECT 'd', yr, lower(author) FROM cur_datasets
          UNION ALL SELECT 's', yr, lower(author) FROM cur_spaces),
first_year AS (SELECT ns, CASE WHEN bool_or(year IS NULL) THEN NULL ELSE min(year) END AS year
                 FROM repos WHERE ns IS NOT NULL GROUP BY ns),
fy AS (SELECT year, count(*) AS n FROM first_year GROUP BY year),
per_year AS (SELECT r.year, count(*) FILTER (WHERE kind = 'm') AS new_models, count(*) FILTER (WHERE kind = 'd') AS new_datasets,
                    count(*) FILTER (WHERE kind = 's') AS new_spaces, count(DISTINCT ns) AS active_creators
               FROM repos r GROUP BY r.year),
cum AS (SELECT p.*, coalesce(fy.n, 0) AS new_creators,
               sum(new_models) OVER w AS cumulative_models, sum(new_datasets) OVER w AS cumulative_datasets,
               sum(new_spaces) OVER w AS cumulative_spaces, sum(coalesce(fy.n, 0)) OVER w AS cumulative_creators
          FROM per_year p LEFT JOIN fy ON fy.year IS NOT DISTINCT FROM p.year
        WINDOW w AS (ORDER BY p.year NULLS FIRST ROWS UNBOUNDED PRECEDING)),
-- round(a / b, 3) half away from zero, in integers (hfstate rounds a numeric quotient)
yoy AS (SELECT *, lag(cumulative_models) OVER o AS pm, lag(cumulative_datasets) OVER o AS pd,
               lag(cumulative_creators) OVER o AS pc FROM cum WINDOW o AS (ORDER BY year NULLS FIRST))
SELECT year::INTEGER AS year, coalesce(CAST(year AS VARCHAR), 'unknown (<= 2022)') AS period,
       new_models::BIGINT AS new_models, new_datasets::BIGINT AS new_datasets, new_spaces::BIGINT AS new_spaces,
       cumulative_models::BIGINT AS cumulative_models, cumulative_datasets::BIGINT AS cumulative_datasets,
       cumulative_spaces::BIGINT AS cumulative_spaces, new_creators::BIGINT AS new_creators,
       active_creators::BIGINT AS active_creators, cumulative_creators::BIGINT AS cumulative_creators,
       ${['m', 'd', 'c'].map((k, i) => {
    const a = ['cumulative_models', 'cumulative_datasets', 'cumulative_creators'][i];
    return `CASE WHEN p${k} > 0 THEN ((2000 * ${a}::HUGEINT + p${k}) // (2 * p${k}::HUGEINT))::DOUBLE / 1000 END AS ${['models', 'datasets', 'creators'][i]}_yoy`;
  }).join(',\n       ')}
  FROM yoy ORDER BY year NULLS FIRST`],

  report_concentration: [['cur_models', 'attr'], `,
d AS (SELECT dat, lower(author) AS ns FROM cur_models WHERE dat IS NOT NULL),
n AS (SELECT count(*) AS n, sum(dat)::HUGEINT AS total FROM d),
r AS (SELECT dat, row_number() OVER (ORDER BY dat) AS ra FROM d),
t AS (SELECT n.n, n.total,
             sum(dat) FILTER (WHERE ra > n.n - greatest((n.n + 9999) // 10000, 1)) AS top_0_01,
             sum(dat) FILTER (WHERE ra > n.n - greatest((n.n + 999) // 1000, 1)) AS top_0_1,
             sum(dat) FILTER (WHERE ra > n.n - greatest((n.n + 99) // 100, 1)) AS top_1,
             sum(dat) FILTER (WHERE ra > n.n - 200) AS top_200,
             count(*) FILTER (WHERE dat < 200) AS under_200,
             max(dat) FILTER (WHERE ra = (n.n + 1) // 2) AS median,
             sum((2 * ra - n.n - 1)::HUGEINT * dat) AS gini_num,
             sum(dat::HUGEINT * dat) AS sumsq
        FROM r, n GROUP BY n.n, n.total),
authors AS (SELECT sum(dat)::HUGEINT AS x FROM d GROUP BY ns),
countries AS (SELECT sum(dat)::HUGEINT AS x FROM attr WHERE dat IS NOT NULL AND country NOT IN ('unknown', 'none') GROUP BY country)
SELECT t.n::BIGINT AS models, t.total::BIGINT AS downloads,
       t.top_0_01::DOUBLE / nullif(t.total, 0)::DOUBLE AS top_0_01pct_share,
       t.top_0_1::DOUBLE / nullif(t.total, 0)::DOUBLE AS top_0_1pct_share,
       t.top_1::DOUBLE / nullif(t.total, 0)::DOUBLE AS top_1pct_share,
       t.top_200::DOUBLE / nullif(t.total, 0)::DOUBLE AS top_200_share,
       t.under_200::DOUBLE / nullif(t.n, 0) AS share_under_200,
       t.median::DOUBLE AS median_downloads,
       t.gini_num::DOUBLE / nullif(t.n * t.total, 0)::DOUBLE AS gini,
       10000 * t.sumsq::DOUBLE / nullif(t.total * t.total, 0)::DOUBLE AS hhi_model,
       (SELECT 10000 * sum(x * x)::DOUBLE / nullif(sum(x) * sum(x), 0)::DOUBLE FROM authors) AS hhi_author,
       (SELECT 10000 * sum(x * x)::DOUBLE / nullif(sum(x) * sum(x), 0)::DOUBLE FROM countries) AS hhi_country
  FROM t`],

  report_downloads_by_country: [['cur_models', 'attr'], `,
g AS (SELECT country, count(*) AS models, coalesce(sum(dat), 0) AS downloads FROM attr GROUP BY country
      UNION ALL SELECT c, 0, 0 FROM (VALUES ('none'), ('unknown')) v(c)),
s AS (SELECT country, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY country)
SELECT country, models::BIGINT AS models, downloads::BIGINT AS downloads, ${share('downloads')} AS share
  FROM s ORDER BY country IN ('none', 'unknown'), downloads DESC, country`],

  report_downloads_by_country_year: [['cur_models', 'attr'], `
SELECT yr::INTEGER AS year, country, count(*)::BIGINT AS models, coalesce(sum(dat), 0)::BIGINT AS downloads,
       coalesce(sum(dat) / nullif(sum(sum(dat)) OVER (PARTITION BY yr), 0), 0)::DOUBLE AS share
  FROM attr GROUP BY yr, country
 ORDER BY yr NULLS FIRST, country IN ('none', 'unknown'), downloads DESC, country`],

  report_downloads_by_country_month: [['cur_models', 'attr', 'snaps', 'steps', 'dl', 'monthly', 'month_snaps'], `,
g AS (SELECT d.month, a.country, sum(d.downloads) AS downloads, sum(d.clamped_steps) AS clamped_steps
        FROM monthly d JOIN attr a ON a.lid = d.lid GROUP BY d.month, a.country)
SELECT g.month, 'direct' AS attribution, g.country, g.downloads::BIGINT AS downloads,
       ${share('g.downloads', 'PARTITION BY g.month')} AS share, g.clamped_steps::BIGINT AS clamped_steps,
       coalesce(ms.snapshots, 0)::INTEGER AS snapshots
  FROM g LEFT JOIN month_snaps ms ON ms.month = g.month
 ORDER BY g.month, g.country IN ('none', 'unknown'), g.downloads DESC, g.country`],

  report_downloads_by_type: [['cur_models', 'attr'], `,
g AS (SELECT developer_type, count(*) AS models, coalesce(sum(dat), 0) AS downloads FROM attr GROUP BY developer_type
      UNION ALL SELECT t, 0, 0 FROM (VALUES ${TYPES.map((t) => `(${sq(t)})`).join(', ')}) v(t)),
s AS (SELECT developer_type, sum(models) AS models, sum(downloads) AS downloads FROM g GROUP BY developer_type)
SELECT developer_type, models::BIGINT AS models, downloads::BIGINT AS downloads, ${share('downloads')} AS share
  FROM s ORDER BY developer_type = 'unknown', downloads DESC, developer_type`],

  report_downloads_by_type_year: [['cur_models', 'attr'], `
SELECT yr::INTEGER AS year, developer_type, count(*)::BIGINT AS models, coalesce(sum(dat), 0)::BIGINT AS downloads,
       coalesce(sum(dat) / nullif(sum(sum(dat)) OVER (PARTITION BY yr), 0), 0)::DOUBLE AS share
  FROM attr GROUP BY yr, developer_type
 ORDER BY yr NULLS FIRST, developer_type = 'unknown', downloads DESC, developer_type`],

  report_downloads_by_type_month: [['cur_models', 'attr', 'snaps', 'steps', 'dl', 'monthly', 'month_snaps'], `,
g AS (SELECT d.month, a.developer_type, sum(d.downloads) AS downloads, sum(d.clamped_steps) AS clamped_steps
        FROM monthly d JOIN attr a ON a.lid = d.lid GROUP BY d.month, a.developer_type)
SELECT g.month, 'direct' AS attribution, g.developer_type, g.downloads::BIGINT AS downloads,
       ${share('g.downloads', 'PARTITION BY g.month')} AS share, g.clamped_steps::BIGINT AS clamped_steps,
       coalesce(ms.snapshots, 0)::INTEGER AS snapshots
  FROM g LEFT JOIN month_snaps ms ON ms.month = g.month
 ORDER BY g.month, g.developer_type = 'unknown', g.downloads DESC, g.developer_type`],

  report_size_buckets: [['sized'], `,
b AS (SELECT CASE WHEN own_total < 1000000000 THEN 1 WHEN own_total < 10000000000 THEN 2
                  WHEN own_total < 100000000000 THEN 3 ELSE 4 END AS o, dat FROM sized WHERE own_total IS NOT NULL),
g AS (SELECT o, count(*) AS models, coalesce(sum(dat), 0) AS downloads FROM b GROUP BY o)
SELECT ['<1B', '1–9B', '10–99B', '100B+'][o] AS bucket, ['<1B', '1–9B', '10–99B', '100B+'][o] AS label,
       models::BIGINT AS models, downloads::BIGINT AS downloads,
       coalesce(models / nullif(sum(models) OVER (), 0), 0)::DOUBLE AS share_models,
       ${share('downloads')} AS share_downloads
  FROM g ORDER BY o`],
};
export const TABLE_NAMES = Object.keys(TABLES);
// the tables whose hfstate view is compared only on its direct-attribution rows
export const DIRECT_ONLY = ['report_downloads_by_country_month', 'report_downloads_by_type_month'];

function tableSql(name, dtypes) {
  const all = ctes(dtypes);
  const [uses, tail] = TABLES[name];
  const head = uses.map((c) => `${c} AS (${all[c]})`).join(',\n');
  return `WITH ${head}${tail}`;
}

const csvCell = (v) => {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function timed(fn) {
  const t0 = process.hrtime.bigint();
  const r = await fn();
  return [Number(process.hrtime.bigint() - t0) / 1e6, r];
}

export async function runReport({ archive, seed, authors, mode, out, threads, memoryLimit, dbFile, log = console.log }) {
  authors = authors || path.join(archive, 'authors.csv');
  const isLoad = mode === 'load';
  const file = isLoad ? (dbFile || path.join(out || '.', 'load.duckdb')) : ':memory:';
  if (isLoad) { rmSync(file, { force: true }); rmSync(`${file}.wal`, { force: true }); }
  const inst = await DuckDBInstance.create(file, { threads: String(threads) });
  const con = await inst.connect();
  await con.run(`SET TimeZone = 'UTC'`);
  if (memoryLimit) await con.run(`SET memory_limit = ${sq(memoryLimit)}`);
  const settings = (await con.runAndReadAll(
    `SELECT current_setting('threads'), current_setting('memory_limit'), version()`)).getRowsJson()[0];
  log(`duckdb ${mode}: version ${settings[2]}, threads ${settings[0]}, memory_limit ${settings[1]}, database ${file}`);
  const times = {};
  const kinds = ['models', 'datasets', 'spaces'];
  let loadMs = 0;
  if (isLoad) {
    for (const kind of kinds) {
      const [ms] = await timed(() => con.run(`CREATE TABLE ${kind}_all AS ${sourceSql(archive, kind)}`));
      const n = (await con.runAndReadAll(`SELECT count(*) FROM ${kind}_all`)).getRowsJson()[0][0];
      log(`time\tload\tload ${kind}\t${ms.toFixed(0)}\t${n}`);
      times[`load ${kind}`] = ms;
      loadMs += ms;
    }
    const [ms] = await timed(() => con.run(`CREATE TABLE registry AS ${registrySql(authors, seed)}`));
    log(`time\tload\tload registry\t${ms.toFixed(0)}\t${(await con.runAndReadAll('SELECT count(*) FROM registry')).getRowsJson()[0][0]}`);
    loadMs += ms;
    await con.run('CHECKPOINT');
  } else {
    for (const kind of kinds) await con.run(`CREATE VIEW ${kind}_all AS ${sourceSql(archive, kind)}`);
    await con.run(`CREATE VIEW registry AS ${registrySql(authors, seed)}`);
  }
  // the safetensors dtypes the files carry (hub-stats: a struct of per-dtype counts)
  const st = (await con.runAndReadAll(`SELECT column_type FROM (DESCRIBE SELECT safetensors FROM models_all)`)).getRowsJson();
  const m = st.length ? /parameters STRUCT\((.*?)\)/.exec(st[0][0]) : null;
  const dtypes = m ? [...m[1].matchAll(/"?([A-Za-z0-9_]+)"? [A-Z]+/g)].map((x) => x[1]) : DTYPES_DEFAULT;

  const dir = out ? path.join(out, mode) : null;
  if (dir) mkdirSync(dir, { recursive: true });
  let computeMs = 0;
  const results = {};
  for (const name of TABLE_NAMES) {
    const [ms, reader] = await timed(() => con.runAndReadAll(tableSql(name, dtypes)));
    const rows = reader.getRowsJson();
    results[name] = { columns: reader.columnNames(), rows };
    computeMs += ms;
    times[name] = ms;
    log(`time\t${mode}\t${name}\t${ms.toFixed(0)}\t${rows.length}`);
    if (dir) writeFileSync(path.join(dir, `${name}.csv`),
      [reader.columnNames(), ...rows].map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
  }
  if (out && !isLoad) {
    // the models T6 compares, for hfstate's side of the check
    await con.run(`COPY (WITH sized AS (${ctes(dtypes).sized}) SELECT lid FROM sized WHERE own_total IS NOT NULL ORDER BY lid)
                   TO ${sq(path.join(out, 't6_subset.csv'))} (FORMAT csv, HEADER true)`);
  }
  if (isLoad) log(`total\tload\tload\t${loadMs.toFixed(0)}`);
  log(`total\t${mode}\tcompute\t${computeMs.toFixed(0)}`);
  if (isLoad) log(`total\tload\tload+compute\t${(loadMs + computeMs).toFixed(0)}`);
  con.closeSync?.();
  inst.closeSync?.();
  if (isLoad && !dbFile) { rmSync(file, { force: true }); rmSync(`${file}.wal`, { force: true }); }
  return { times, results, loadMs, computeMs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (n, d) => { const k = process.argv.indexOf(n); return k > 0 ? process.argv[k + 1] : d; };
  const archive = arg('--archive');
  const seed = arg('--seed');
  if (!archive || !seed || !existsSync(seed)) {
    console.error('usage: duckdb_report.mjs --archive DIR --seed SEED.csv [--authors CSV] [--mode direct|load|both] ' +
      '[--out DIR] [--threads N] [--memory-limit 8GB] [--db-file PATH]');
    process.exit(2);
  }
  const mode = arg('--mode', 'direct');
  const common = { archive, seed, authors: arg('--authors'), out: arg('--out'), threads: arg('--threads', '2'),
    memoryLimit: arg('--memory-limit'), dbFile: arg('--db-file') };
  for (const m of mode === 'both' ? ['direct', 'load'] : [mode]) await runReport({ ...common, mode: m });
}
