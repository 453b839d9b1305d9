// test/parquet/run.mjs -- write Parquet files with DuckDB (every codec, data
// page v1/v2, dictionary on/off, several row group sizes) from a generated
// data set, read each with tools/pq2json and with DuckDB, and compare value
// by value.  Also writes tiny seed files for the fuzzer (out/seeds/).
//
// usage: PQ2JSON=../../tools/pq2json node run.mjs [--rows N]
import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pq2json = process.env.PQ2JSON || path.join(here, '../../tools/pq2json');
const outDir = path.join(here, 'out');
const rowsArg = process.argv.indexOf('--rows');
const N = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 3000;

// ---- a JSON parser that keeps numbers as their source text ----
function parseJson(text) {
  let i = 0;
  const ws = () => { while (' \t\r\n'.includes(text[i])) i++; };
  function val() {
    ws();
    const c = text[i];
    if (c === '{') {
      i++; const o = {}; ws();
      if (text[i] === '}') { i++; return o; }
      for (;;) { const k = val(); ws(); i++; o[k] = val(); ws(); if (text[i++] === '}') return o; }
    }
    if (c === '[') {
      i++; const a = []; ws();
      if (text[i] === ']') { i++; return a; }
      for (;;) { a.push(val()); ws(); if (text[i++] === ']') return a; }
    }
    if (c === '"') {
      let j = i + 1;
      while (text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const s = JSON.parse(text.slice(i, j + 1)); i = j + 1; return s;
    }
    if (text.startsWith('true', i)) { i += 4; return true; }
    if (text.startsWith('false', i)) { i += 5; return false; }
    if (text.startsWith('null', i)) { i += 4; return null; }
    const m = /^-?[0-9.eE+-]+/.exec(text.slice(i, i + 64));
    i += m[0].length;
    return { num: m[0] };
  }
  return val();
}

// ---- comparison of a pq2json value with DuckDB's getRowObjectsJson value ----
const TS = /^(-?\d{4,})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\.(\d+))?(Z|[+-]00(?::?00)?)?$/;
const TM = /^(\d\d):(\d\d):(\d\d)(?:\.(\d+))?$/;
function normTs(s) {
  const m = TS.exec(s); if (!m) return null;
  const frac = ((m[7] || '') + '000000').slice(0, 6);
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${frac}`;
}
function normTime(s) {
  const m = TM.exec(s); if (!m) return null;
  return `${m[1]}:${m[2]}:${m[3]}.${((m[4] || '') + '000000').slice(0, 6)}`;
}
function duckBlob(s) {      // DuckDB renders blobs as text with \xHH escapes
  const out = [];
  for (let k = 0; k < s.length; k++) {
    if (s[k] === '\\' && s[k + 1] === 'x') { out.push(parseInt(s.slice(k + 2, k + 4), 16)); k += 3; }
    else out.push(...Buffer.from(s[k], 'utf8'));
  }
  return Buffer.from(out);
}
function numEq(a, b) {        // a: source text; b: number or string
  const bs = typeof b === 'number' ? String(b) : b;
  if (/^-?\d+$/.test(a) && /^-?\d+$/.test(bs)) return BigInt(a) === BigInt(bs);
  if (/^-?\d+(\.\d+)?$/.test(a) && /^-?\d+(\.\d+)?$/.test(bs) && typeof b === 'string') {
    // decimals: compare exactly after normalising trailing zeros
    const n = (x) => x.includes('.') ? x.replace(/0+$/, '').replace(/\.$/, '') : x;
    return n(a) === n(bs);
  }
  const x = Number(a), y = Number(bs);
  if (x === y) return true;
  if (Math.fround(x) === Math.fround(y)) return true;   // FLOAT columns
  return Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y));
}
function eq(p, d, where, diffs) {
  const fail = () => { diffs.push(`${where}: pq2json ${JSON.stringify(p)} duckdb ${JSON.stringify(d)}`); return false; };
  if (p === null || d === null || d === undefined) return (p === null && (d === null || d === undefined)) || fail();
  if (typeof p === 'object' && 'num' in p) return numEq(p.num, d) || fail();
  if (typeof p === 'boolean') return p === d || fail();
  if (typeof p === 'string') {
    if (typeof d !== 'string') return fail();
    if (p === d) return true;
    const pt = normTs(p), dt = normTs(d);
    if (pt && dt) return pt === dt || fail();
    const pm = normTime(p), dm = normTime(d);
    if (pm && dm) return pm === dm || fail();
    if (Buffer.from(p, 'base64').equals(duckBlob(d))) return true;
    return fail();
  }
  if (Array.isArray(p)) {
    if (!Array.isArray(d) || d.length !== p.length) return fail();
    let ok = true;
    for (let k = 0; k < p.length; k++) ok = eq(p[k], d[k], `${where}[${k}]`, diffs) && ok;
    return ok;
  }
  if (typeof d !== 'object' || Array.isArray(d)) return fail();
  const keys = new Set([...Object.keys(p), ...Object.keys(d)]);
  let ok = true;
  for (const k of keys) ok = eq(p[k] === undefined ? null : p[k], d[k], `${where}.${k}`, diffs) && ok;
  return ok;
}

const DATA = `
CREATE TABLE t AS SELECT
  i::BIGINT AS id,
  CASE WHEN i % 7 = 0 THEN NULL ELSE i % 3 = 0 END AS b,
  CASE WHEN i % 11 = 0 THEN NULL ELSE (i * 7919 % 100000 - 50000)::INTEGER END AS i32,
  CASE WHEN i % 13 = 0 THEN NULL ELSE (i % 2500)::BIGINT * 3689348814741910 * (CASE WHEN i % 2 = 0 THEN 1 ELSE -1 END) END AS i64,
  (i % 256)::UTINYINT AS u8,
  (i % 30000 - 15000)::SMALLINT AS i16,
  CASE WHEN i % 5 = 0 THEN NULL ELSE 18446744073709551615::UBIGINT - i::UBIGINT END AS u64,
  (i / 8.0 - 100)::FLOAT AS f,
  CASE WHEN i % 17 = 0 THEN NULL ELSE i * 0.1 - 3.3 END AS d,
  CASE WHEN i % 9 = 0 THEN NULL WHEN i % 101 = 0 THEN repeat('long-' || i::VARCHAR, 20000)
       ELSE 'str "' || i::VARCHAR || '" é\\ ' || chr(10) || chr(1) || '✓' END AS s,
  CASE WHEN i % 4 = 0 THEN NULL ELSE 'cat' || (i % 5)::VARCHAR END AS lowcard,
  TIMESTAMP '1969-12-31 23:00:00' + to_microseconds(i::BIGINT * 3600123457) AS ts,
  (TIMESTAMP '2000-01-01 00:00:00' + to_microseconds(i::BIGINT * 1000001))::TIMESTAMPTZ AS tz,
  (TIMESTAMP '2010-05-05 05:05:05' + to_microseconds(i::BIGINT * 7))::TIMESTAMP_NS AS tns,
  (TIMESTAMP '1990-01-01 00:00:00' + to_microseconds(i::BIGINT * 1000))::TIMESTAMP_MS AS tms,
  CASE WHEN i % 19 = 0 THEN NULL ELSE DATE '1965-01-01' + (i * 17)::INTEGER END AS dt,
  TIME '00:00:00' + to_microseconds(i::BIGINT * 1234567) AS tm,
  (i * 1.37 - 100)::DECIMAL(9,2) AS dec9,
  (i * 12345.678901 - 1000)::DECIMAL(18,6) AS dec18,
  (i::DECIMAL(38,10) * 123456789012345.1234567891 - 5)::DECIMAL(38,10) AS dec38,
  CASE WHEN i % 6 = 0 THEN NULL ELSE '\\xFF\\x00'::BLOB || encode(i::VARCHAR) END AS bl,
  CASE WHEN i % 10 = 0 THEN NULL WHEN i % 10 = 1 THEN []::VARCHAR[]
       ELSE list_transform(range(i % 6), x -> CASE WHEN x = 2 THEN NULL ELSE 'tag' || x::VARCHAR END) END AS tags,
  CASE WHEN i % 8 = 0 THEN NULL ELSE {'a': CASE WHEN i % 3 = 0 THEN NULL ELSE i::INTEGER END,
       'inner': CASE WHEN i % 5 = 0 THEN NULL ELSE {'x': CASE WHEN i % 7 = 0 THEN NULL ELSE 'x' || i::VARCHAR END, 'y': i / 3.0} END} END AS st,
  CASE WHEN i % 9 = 0 THEN NULL ELSE list_transform(range(i % 4), x -> CASE WHEN x = 1 THEN NULL
       ELSE {'k': 'k' || x::VARCHAR, 'v': CASE WHEN x = 2 THEN NULL ELSE i * x END} END) END AS los,
  CASE WHEN i % 7 = 0 THEN NULL ELSE list_transform(range(i % 3), x -> CASE WHEN x = 1 AND i % 2 = 0 THEN NULL
       ELSE list_transform(range(x + 1), y -> (y * i)::INTEGER) END) END AS nested,
  CASE WHEN i % 5 = 0 THEN NULL ELSE map_from_entries(list_transform(range(i % 3),
       x -> {'key': 'k' || x::VARCHAR, 'value': CASE WHEN x = 1 THEN NULL ELSE x::INTEGER END})) END AS m
FROM range(${N}) r(i)`;

const PROJECTION = {
  cols: 'st.inner.x,los.v,tags,m.value',
  sql: `SELECT CASE WHEN st IS NULL THEN NULL ELSE {'inner': CASE WHEN st.inner IS NULL THEN NULL ELSE {'x': st.inner.x} END} END AS st,
        tags,
        list_transform(los, e -> CASE WHEN e IS NULL THEN NULL ELSE {'v': e.v} END) AS los,
        list_transform(map_entries(m), e -> {'value': e.value}) AS m`,
};

const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
const con = await inst.connect();
await con.run(`SET TimeZone = 'UTC'`);
await con.run(DATA);
rmSync(outDir, { recursive: true, force: true });
mkdirSync(path.join(outDir, 'seeds'), { recursive: true });

const codecs = ['uncompressed', 'snappy', 'gzip', 'zstd', 'lz4', 'lz4_raw', 'brotli'];
const versions = ['V1', 'V2'];
const dicts = [
  { name: 'dict', opt: '' },
  { name: 'nodict', opt: ', DICTIONARY_SIZE_LIMIT 1' },
];
const rowGroups = [700, 1000000];
let files = 0, passed = 0, values = 0;
const failures = [];

async function duckRows(file, sql) {
  const q = (sql || 'SELECT *') + ` FROM read_parquet('${file}')`;
  const r = await con.runAndReadAll(q);
  return r.getRowObjectsJson();
}

function compareFile(file, cols, duck, label) {
  const args = [file];
  if (cols) args.push('--columns', cols);
  let text;
  try {
    text = execFileSync(pq2json, args, { maxBuffer: 1 << 30, encoding: 'utf8' });
  } catch (e) {
    failures.push(`${label}: pq2json failed: ${e.stderr}`);
    return false;
  }
  const lines = text.split('\n').filter((l) => l.length > 0);
  const diffs = [];
  if (lines.length !== duck.length) diffs.push(`row count ${lines.length} vs ${duck.length}`);
  for (let r = 0; r < Math.min(lines.length, duck.length); r++) {
    const p = parseJson(lines[r]);
    eq(p, duck[r], `row ${r}`, diffs);
    values += Object.keys(duck[r]).length;
    if (diffs.length > 5) break;
  }
  if (diffs.length) failures.push(`${label}: ${diffs.slice(0, 5).join('; ')}`);
  return diffs.length === 0;
}

for (const codec of codecs) {
  for (const version of versions) {
    for (const dict of dicts) {
      for (const rg of rowGroups) {
        const name = `t_${codec}_${version}_${dict.name}_${rg}.parquet`;
        const file = path.join(outDir, name);
        try {
          await con.run(`COPY t TO '${file}' (FORMAT parquet, COMPRESSION ${codec}, PARQUET_VERSION ${version}, ROW_GROUP_SIZE ${rg}${dict.opt})`);
        } catch (e) {
          failures.push(`${name}: DuckDB could not write: ${e.message}`);
          continue;
        }
        files++;
        const duck = await duckRows(file);
        if (compareFile(file, null, duck, name)) passed++;
      }
    }
    // a small seed file per codec and version for the fuzzer
    await con.run(`COPY (SELECT * FROM t WHERE id < 12) TO '${path.join(outDir, 'seeds', `seed_${codec}_${version}.parquet`)}'
                   (FORMAT parquet, COMPRESSION ${codec}, PARQUET_VERSION ${version}, ROW_GROUP_SIZE 5)`);
  }
}

// projection through nested paths
for (const name of ['t_zstd_V2_dict_700.parquet', 't_snappy_V1_nodict_1000000.parquet']) {
  const file = path.join(outDir, name);
  files++;
  const duck = await duckRows(file, PROJECTION.sql);
  if (compareFile(file, PROJECTION.cols, duck, `${name} --columns ${PROJECTION.cols}`)) passed++;
}

console.log(`files: ${files}, passed: ${passed}, top-level values compared: ${values}`);
for (const f of failures) console.log('FAIL ' + f.slice(0, 2000));
process.exit(failures.length ? 1 : 0);
