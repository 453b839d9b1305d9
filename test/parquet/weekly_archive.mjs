// test/parquet/weekly_archive.mjs -- a generated Hub (tools/hubgen) as a weekly snapshot archive.
// Writes the layout hfstate.import_weekly_snapshots(folder) walks: <out>/<kind>/<YYYY-MM-DD>/<kind>.parquet
// for models, datasets and spaces (hub-stats-shaped, snappy: hubstats.mjs's KINDS), and copies the
// generator's registry to <out>/authors.csv (load it with hfstate.load_authors(path)).
//
// usage: node weekly_archive.mjs HUB_DIR OUT_DIR [--hold-last N NEXT_DIR] [--threads T]
//   --hold-last N: the newest N snapshots go to NEXT_DIR (same layout) instead of OUT_DIR, so that a
//   benchmark can import them after the archive ("one more weekly snapshot").
// Files already written (a complete .parquet, renamed into place) are kept: the step can be resumed.
import { DuckDBInstance } from '@duckdb/node-api';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { KINDS } from './hubstats.mjs';

const argv = process.argv.slice(2);
const opt = (name, n = 1) => {
  const k = argv.indexOf(name);
  if (k < 0) return null;
  const v = argv.slice(k + 1, k + 1 + n);
  argv.splice(k, n + 1);
  return v;
};
const hold = opt('--hold-last', 2);
const threads = (opt('--threads') || ['2'])[0];
const [hub, out] = argv;
if (!hub || !out) {
  console.error('usage: weekly_archive.mjs HUB_DIR OUT_DIR [--hold-last N NEXT_DIR] [--threads T]');
  process.exit(2);
}
const dates = readdirSync(path.join(hub, 'snapshots')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
const nHold = hold ? Number(hold[0]) : 0;
if (!(nHold >= 0 && nHold < dates.length)) {
  console.error(`--hold-last ${nHold}: the hub has ${dates.length} snapshots`);
  process.exit(2);
}

const inst = await DuckDBInstance.create(':memory:', { threads });
const con = await inst.connect();
await con.run(`SET TimeZone = 'UTC'`);
await con.run(`SET preserve_insertion_order = true`);
let written = 0;
const t0 = Date.now();
for (const [i, date] of dates.entries()) {
  const root = i >= dates.length - nHold ? hold[1] : out;
  for (const kind of Object.keys(KINDS)) {
    const src = path.join(hub, 'snapshots', date, `${kind}.jsonl`);
    if (!existsSync(src)) continue;
    const dir = path.join(root, kind, date);
    const dst = path.join(dir, `${kind}.parquet`);
    if (existsSync(dst)) continue;
    mkdirSync(dir, { recursive: true });
    const tmp = path.join(dir, `.${kind}.parquet.tmp`);
    rmSync(tmp, { force: true });
    await con.run(`COPY (${KINDS[kind]} FROM read_json_objects('${src}', format = 'newline_delimited') AS t(j))
                   TO '${tmp}' (FORMAT parquet, COMPRESSION snappy)`);
    renameSync(tmp, dst);
    written++;
  }
}
for (const root of hold ? [out, hold[1]] : [out]) {
  mkdirSync(root, { recursive: true });
  copyFileSync(path.join(hub, 'authors.csv'), path.join(root, 'authors.csv'));
}
console.log(`weekly archive ${out}: ${dates.length - nHold} snapshots` +
  (nHold ? `, ${nHold} held in ${hold[1]}` : '') + `; ${written} files written in ${Date.now() - t0} ms (threads ${threads})`);
