// test/parquet/duckdb_check.mjs -- DuckDB's report tables (duckdb_report.mjs, straight over the weekly
// archive, and again after loading it into DuckDB's tables) against hfstate's views, row by row, in a
// database where that archive was imported (import_weekly_snapshots + load_authors + refresh()).
// Counts must be equal exactly; other numbers within 1e-9 relative; text exactly.
//
// usage: node duckdb_check.mjs --db DB --archive DIR --out DIR [--threads N]
//        (PGHOST, PGPORT, PGUSER as for psql; writes <out>/seed.csv, <out>/hfstate/*.csv, <out>/{direct,load}/*.csv)
// Prints per table "equal" or the differing rows; exits 1 on any difference.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DIRECT_ONLY, TABLE_NAMES, runReport } from './duckdb_report.mjs';

const arg = (n, d) => { const k = process.argv.indexOf(n); return k > 0 ? process.argv[k + 1] : d; };
const db = arg('--db');
const archive = arg('--archive');
const out = arg('--out');
const threads = arg('--threads', '2');
if (!db || !archive || !out) {
  console.error('usage: duckdb_check.mjs --db DB --archive DIR --out DIR [--threads N]');
  process.exit(2);
}
mkdirSync(path.join(out, 'hfstate'), { recursive: true });
const psql = (script) => execFileSync('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db],
  { input: script, encoding: 'utf8', maxBuffer: 1 << 28 });

// hfstate's side: each view as CSV (the month views: their direct rows, in the view's order)
const seed = path.join(out, 'seed.csv');
writeFileSync(seed, psql(`COPY (SELECT namespace, country, developer_type FROM hfstate.author_registry
  WHERE source = 'seed' ORDER BY lower(namespace)) TO STDOUT (FORMAT csv, HEADER)`));
const directOrder = {
  report_downloads_by_country_month: `month, country IN ('none', 'unknown'), downloads DESC, country`,
  report_downloads_by_type_month: `month, developer_type = 'unknown', downloads DESC, developer_type`,
};
function hfstateCsv(name) {
  if (name === 'report_size_buckets') {
    // the view's query over the models DuckDB compares (t6_subset.csv), sizes from model_sizes
    return psql(`CREATE TEMP TABLE t6 (lid text PRIMARY KEY);
\\copy t6 FROM '${path.join(out, 't6_subset.csv')}' (FORMAT csv, HEADER)
COPY (WITH b AS (SELECT s.bucket, m.downloads_all_time FROM hfstate.models m
                   JOIN t6 ON t6.lid = lower(m.id) LEFT JOIN hfstate.model_sizes s ON s.key = m.key),
           g AS (SELECT bucket, count(*) AS models, coalesce(sum(downloads_all_time), 0) AS downloads FROM b GROUP BY bucket)
      SELECT bucket, coalesce(bucket::text, 'unknown') AS label, models::bigint, downloads::bigint,
             coalesce(models::numeric / NULLIF(sum(models) OVER (), 0), 0)::double precision AS share_models,
             coalesce(downloads / NULLIF(sum(downloads) OVER (), 0), 0)::double precision AS share_downloads
        FROM g ORDER BY bucket NULLS LAST) TO STDOUT (FORMAT csv, HEADER);`);
  }
  const where = DIRECT_ONLY.includes(name) ? ` WHERE attribution = 'direct' ORDER BY ${directOrder[name]}` : '';
  return psql(`COPY (SELECT * FROM hfstate.${name}${where}) TO STDOUT (FORMAT csv, HEADER)`);
}

function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  let i = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; } else if (c !== '\r') cell += c;
  }
  if (cell !== '' || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

const INT = /^-?\d+$/;
const NUM = /^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
function cellsEqual(a, b) {
  if (a === b) return true;
  if (INT.test(a) && INT.test(b)) return BigInt(a) === BigInt(b);
  if (NUM.test(a) && NUM.test(b)) {
    const x = Number(a);
    const y = Number(b);
    return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y));
  }
  return false;
}

function compare(name, ref, got, label) {
  const diffs = [];
  if (ref[0].join(',') !== got[0].join(',')) diffs.push(`  columns: hfstate ${ref[0].join(',')}\n           ${label} ${got[0].join(',')}`);
  const n = Math.max(ref.length, got.length);
  for (let i = 1; i < n; i++) {
    const r = ref[i];
    const g = got[i];
    if (!r || !g || r.length !== g.length || r.some((v, k) => !cellsEqual(v, g[k]))) {
      diffs.push(`  row ${i}: hfstate ${r ? r.join(',') : '(none)'}\n  ${' '.repeat(String(i).length + 5)}${label.padStart(7)} ${g ? g.join(',') : '(none)'}`);
    }
  }
  return diffs;
}

const results = {};
for (const mode of ['direct', 'load']) {
  const r = await runReport({ archive, seed, mode, out, threads, log: () => {} });
  results[mode] = r;
}
let failed = 0;
for (const name of TABLE_NAMES) {
  const text = hfstateCsv(name);
  writeFileSync(path.join(out, 'hfstate', `${name}.csv`), text);
  const ref = parseCsv(text);
  for (const mode of ['direct', 'load']) {
    const got = parseCsv(readFileSync(path.join(out, mode, `${name}.csv`), 'utf8'));
    const diffs = compare(name, ref, got, `duckdb ${mode}`);
    const what = name + (DIRECT_ONLY.includes(name) ? ' (direct rows)' : '') +
      (name === 'report_size_buckets' ? ' (subset: safetensors/gguf sizes)' : '');
    if (diffs.length) {
      failed++;
      console.log(`${what.padEnd(66)} DuckDB ${mode}: ${diffs.length} differing rows of ${ref.length - 1}`);
      console.log(diffs.slice(0, 20).join('\n'));
    } else {
      console.log(`${what.padEnd(66)} DuckDB ${mode}: equal (${ref.length - 1} rows)`);
    }
  }
}
const subset = readFileSync(path.join(out, 't6_subset.csv'), 'utf8').trim().split('\n').length - 1;
console.log(`T6 subset: ${subset} models (safetensors or gguf count, no U8/I32 counts, base relation declared not quantized or none named)`);
console.log(`DuckDB direct ${results.direct.computeMs.toFixed(0)} ms, load ${results.load.loadMs.toFixed(0)} ms + ${results.load.computeMs.toFixed(0)} ms`);
console.log(failed ? `duckdb-check: ${failed} table comparisons differ` : 'duckdb-check: every table equal');
process.exit(failed ? 1 : 0);
