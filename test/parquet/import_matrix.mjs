// test/parquet/import_matrix.mjs -- the Parquet importer against files of another writer.
// DuckDB turns a generated sample snapshot (models/datasets/spaces.jsonl of tools/hubgen) into
// hub-stats-shaped Parquet (cardData, config, gguf as JSON strings; safetensors, baseModels,
// siblings as structs; timestamps as TIMESTAMP WITH TIME ZONE) in every codec, data page v1 and
// v2, dictionary on and off and two row-group sizes; each file is imported with
// hfstate.import_<kind>() and every row of the current table (all columns but the surrogate
// key), the base-model edges and the history must equal the import of the JSON Lines.
// One client-side import (tools/hfstate-import, the upload path) is compared the same way.
//
// usage: node import_matrix.mjs --sample SNAPSHOT_DIR --out DIR_THE_SERVER_CAN_READ --db DB
//        (PGHOST, PGPORT, PGUSER as for psql; HFSTATE_IMPORT = path of tools/hfstate-import)
import { DuckDBInstance } from '@duckdb/node-api';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { KINDS } from './hubstats.mjs';

const arg = (n, d) => { const k = process.argv.indexOf(n); return k > 0 ? process.argv[k + 1] : d; };
const sample = arg('--sample');
const outDir = arg('--out');
const db = arg('--db', 'hfstate_pq_matrix');
const snapshot = path.basename(sample);
const importTool = process.env.HFSTATE_IMPORT;

const psql = (sql, database = db) => execFileSync('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', database],
  { input: sql, encoding: 'utf8', maxBuffer: 1 << 26,
    env: { ...process.env, PGOPTIONS: '-c client_min_messages=warning' } }).trim();

// the current tables of an import, keyed by repo id
const CAPTURE = (tag) => `
CREATE TABLE ${tag}_rows AS
  SELECT 'models' AS kind, to_jsonb(m) - 'key' AS r FROM hfstate.models m
  UNION ALL SELECT 'datasets', to_jsonb(d) - 'key' FROM hfstate.datasets d
  UNION ALL SELECT 'spaces', to_jsonb(s) - 'key' FROM hfstate.spaces s;
CREATE TABLE ${tag}_edges AS
  SELECT c.id AS child, p.id AS parent, e.relation::text, e.relations::text, e.sources, e.inferred
    FROM hfstate.model_edges e JOIN hfstate.model_nodes c ON c.key = e.child JOIN hfstate.model_nodes p ON p.key = e.parent
  UNION ALL SELECT n.id, b.parent, b.relation::text, NULL, '{card_unresolved}', b.inferred
    FROM hfstate.model_card_bases b JOIN hfstate.model_nodes n ON n.key = b.child;
CREATE TABLE ${tag}_history AS
  SELECT coalesce(n.id, d.id, s.id) AS id, h.kind, h.snapshot, h.downloads_all_time, h.downloads, h.likes
    FROM hfstate.history h LEFT JOIN hfstate.model_nodes n ON n.key = h.repo
    LEFT JOIN hfstate.datasets d ON d.key = h.repo LEFT JOIN hfstate.spaces s ON s.key = h.repo;`;
const RESET = `TRUNCATE hfstate.models, hfstate.datasets, hfstate.spaces, hfstate.model_nodes, hfstate.model_edges,
  hfstate.model_card_bases, hfstate.history;`;
const DIFF = (kind) => `
SELECT (SELECT count(*) FROM ((SELECT r FROM got_rows EXCEPT ALL SELECT r FROM ref_rows WHERE kind = '${kind}')
          UNION ALL (SELECT r FROM ref_rows WHERE kind = '${kind}' EXCEPT ALL SELECT r FROM got_rows)) x)
    || ' ' || (SELECT count(*) FROM ((TABLE got_edges EXCEPT ALL SELECT * FROM ref_edges WHERE '${kind}' = 'models')
          UNION ALL (SELECT * FROM ref_edges WHERE '${kind}' = 'models' EXCEPT ALL TABLE got_edges)) x)
    || ' ' || (SELECT count(*) FROM ((TABLE got_history EXCEPT ALL SELECT * FROM ref_history WHERE kind = '${kind[0]}')
          UNION ALL (SELECT * FROM ref_history WHERE kind = '${kind[0]}' EXCEPT ALL TABLE got_history)) x)
    || ' ' || (SELECT count(*) FROM got_rows);`;

function importAndDiff(kind, file, viaUpload) {
  let run;
  if (viaUpload) {
    execFileSync(importTool, ['--quiet', kind, snapshot, file],
      { env: { ...process.env, PGDATABASE: db }, encoding: 'utf8' });
    run = psql(`SELECT rows_imported || ' ' || rows_rejected FROM hfstate.import_runs ORDER BY run_id DESC LIMIT 1`);
  } else {
    run = psql(`SELECT rows_imported || ' ' || rows_rejected FROM hfstate.import_${kind}('${file}', '${snapshot}')`);
  }
  const diff = psql(`DROP TABLE IF EXISTS got_rows, got_edges, got_history; ${CAPTURE('got')}
    DELETE FROM got_rows WHERE kind <> '${kind}'; ${DIFF(kind)} ${RESET}`);
  const [dr, de, dh, n] = diff.split(' ').map(Number);
  return { run, dr, de, dh, n };
}

// reference: the JSON Lines imports
psql(`DROP DATABASE IF EXISTS ${db}`, 'postgres');
psql(`CREATE DATABASE ${db}`, 'postgres');
psql('CREATE EXTENSION hfstate');
for (const kind of Object.keys(KINDS)) psql(`SELECT hfstate.import_${kind}('${sample}/${kind}.jsonl', '${snapshot}')`);
psql(`${CAPTURE('ref')} ${RESET}`);
const refCounts = psql(`SELECT string_agg(kind || '=' || n, ' ' ORDER BY kind) FROM (SELECT kind, count(*) n FROM ref_rows GROUP BY kind) x`);
console.log(`reference (JSON Lines import): ${refCounts}, edges ${psql('SELECT count(*) FROM ref_edges')}`);

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
chmodSync(outDir, 0o755);
const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
const con = await inst.connect();
await con.run(`SET TimeZone = 'UTC'`);
for (const [kind, sel] of Object.entries(KINDS)) {
  await con.run(`CREATE TABLE hub_${kind} AS ${sel}
    FROM read_json_objects('${sample}/${kind}.jsonl', format = 'newline_delimited') AS t(j)`);
}

const codecs = ['uncompressed', 'snappy', 'gzip', 'zstd', 'lz4_raw', 'brotli'];
const failures = [];
let files = 0, passed = 0;
const check = (label, r) => {
  files++;
  const ok = r.dr === 0 && r.de === 0 && r.dh === 0 && r.n > 0 && r.run.endsWith(' 0');
  if (ok) passed++; else failures.push(`${label}: run ${r.run}, row diffs ${r.dr}, edge diffs ${r.de}, history diffs ${r.dh}, rows ${r.n}`);
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${label}: imported/rejected ${r.run}, differing rows ${r.dr}, edges ${r.de}, history ${r.dh}`);
};
for (const codec of codecs) {
  for (const version of ['V1', 'V2']) {
    for (const dict of [['dict', ''], ['nodict', ', DICTIONARY_SIZE_LIMIT 1']]) {
      for (const rg of [500, 1000000]) {
        const name = `models_${codec}_${version}_${dict[0]}_${rg}.parquet`;
        const file = path.join(outDir, name);
        await con.run(`COPY hub_models TO '${file}' (FORMAT parquet, COMPRESSION ${codec}, PARQUET_VERSION ${version},
                       ROW_GROUP_SIZE ${rg}${dict[1]})`);
        chmodSync(file, 0o644);
        check(name, importAndDiff('models', file, false));
      }
    }
  }
}
for (const kind of ['datasets', 'spaces']) {
  const file = path.join(outDir, `${kind}_zstd.parquet`);
  await con.run(`COPY hub_${kind} TO '${file}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 300)`);
  chmodSync(file, 0o644);
  check(path.basename(file), importAndDiff(kind, file, false));
}
if (importTool) {
  const file = path.join(outDir, 'models_snappy_V1_dict_500.parquet');
  check('client upload of models_snappy_V1_dict_500.parquet', importAndDiff('models', file, true));
}
// strings no writer should produce but a damaged or hand-made file may hold: the rows are built
// straight into jsonb, and must come out as the JSON Lines path treats the same record text
{
  const file = path.join(outDir, 'models_damaged_strings.parquet');
  await con.run(`COPY (SELECT * FROM (VALUES
      ('org/bad-utf8', 'PATCHME1', NULL), ('org/nul-byte', 'PATCHME2', NULL),
      ('org/bad-card', 'fine', '{"license": "PATCHME3"}'), ('org/fine', 'caf\u00e9', '{"license": "mit"}'))
      t(id, library_name, "cardData"))
    TO '${file}' (FORMAT parquet, COMPRESSION uncompressed, DICTIONARY_SIZE_LIMIT 1)`);
  const patches = [['PATCHME1', Buffer.from('bad\xff\xfeok!', 'latin1')], ['PATCHME2', Buffer.from('nul\x00byte', 'latin1')],
    ['PATCHME3', Buffer.from('lic\xffense', 'latin1')]];
  const bytes = readFileSync(file);
  for (const [from, to] of patches) {
    for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
  }
  writeFileSync(file, bytes);
  chmodSync(file, 0o644);
  const got = psql(`SELECT rows_imported || ' ' || rows_rejected FROM hfstate.import_models('${file}', '${snapshot}');
    SELECT string_agg(id || '=' || coalesce(library_name, '-') || '/' || coalesce(card ->> 'license', '-'), ' ' ORDER BY id) FROM hfstate.models;
    SELECT string_agg(r.line || ':' || r.sqlstate, ' ' ORDER BY r.line) FROM hfstate.import_rejects r
     WHERE r.run_id = (SELECT max(run_id) FROM hfstate.import_runs);
    ${RESET}`);
  const want = '2 2\norg/bad-utf8=bad\ufffd\ufffdok!/- org/fine=caf\u00e9/mit\n2:22P05 3:22021';
  files++;
  if (got === want) passed++; else failures.push(`damaged strings: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`);
  console.log(`${got === want ? 'ok  ' : 'FAIL'} models_damaged_strings.parquet: invalid UTF-8 in a string becomes U+FFFD, `
    + `a NUL rejects its row (22P05), invalid UTF-8 in cardData rejects its row (22021)`);
}
// kinds of columns hub-stats does not use, values no check accepts, and records with several
// problems: a Parquet file and the JSON Lines it was made from must give the same rows and the
// same rejects (line, SQLSTATE and reason).  DuckDB writes the Parquet from the JSON Lines with
// the column types given; PATCH<n> stands for bytes no JSON reader takes (invalid UTF-8), patched
// into both files.  Each row names its problem; columns are in an order unlike the checks'.
function sameAsJsonLines(label, kind, name, lines, select, patches) {
  const jsonl = path.join(outDir, `${name}.jsonl`);
  const file = path.join(outDir, `${name}.parquet`);
  const patch = (bytes) => {
    for (const [from, to] of patches) {
      for (let at = bytes.indexOf(from); at >= 0; at = bytes.indexOf(from, at + 1)) to.copy(bytes, at);
    }
    return bytes;
  };
  writeFileSync(jsonl, lines.join('\n') + '\n');
  return con.run(`COPY (${select} FROM read_json_objects('${jsonl}', format = 'newline_delimited') AS t(j))
      TO '${file}' (FORMAT parquet, COMPRESSION uncompressed, DICTIONARY_SIZE_LIMIT 1)`).then(() => {
    writeFileSync(jsonl, patch(readFileSync(jsonl)));
    writeFileSync(file, patch(readFileSync(file)));
    chmodSync(jsonl, 0o644);
    chmodSync(file, 0o644);
    const run = (f) => psql(`SELECT rows_imported || ' ' || rows_rejected FROM hfstate.import_${kind}('${f}', '${snapshot}');
      SELECT coalesce(string_agg(r.line || ' ' || r.sqlstate || ' ' || r.reason, E'\n' ORDER BY r.line), '')
        FROM hfstate.import_rejects r WHERE r.run_id = (SELECT max(run_id) FROM hfstate.import_runs);
      DROP TABLE IF EXISTS got_rows, got_edges, got_history; ${CAPTURE('got')}`);
    const want = run(jsonl);
    psql(`DROP TABLE IF EXISTS odd_rows, odd_edges, odd_history;
      ALTER TABLE got_rows RENAME TO odd_rows; ALTER TABLE got_edges RENAME TO odd_edges;
      ALTER TABLE got_history RENAME TO odd_history; ${RESET}`);
    const got = run(file);
    const diff = psql(`SELECT (SELECT count(*) FROM ((TABLE got_rows EXCEPT ALL TABLE odd_rows) UNION ALL (TABLE odd_rows EXCEPT ALL TABLE got_rows)) x)
      + (SELECT count(*) FROM ((TABLE got_edges EXCEPT ALL TABLE odd_edges) UNION ALL (TABLE odd_edges EXCEPT ALL TABLE got_edges)) x)
      + (SELECT count(*) FROM ((TABLE got_history EXCEPT ALL TABLE odd_history) UNION ALL (TABLE odd_history EXCEPT ALL TABLE got_history)) x);
      ${RESET}`);
    const nrej = lines.filter((l) => !l.includes('/ok-')).length;
    const ok = got === want && diff === '0' && want.startsWith(`${lines.length - nrej} ${nrej}\n`);
    files++;
    if (ok) passed++; else failures.push(`${label}: JSON Lines ${JSON.stringify(want)}, Parquet ${JSON.stringify(got)}, differing rows ${diff}`);
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}.parquet: ${label} (${lines.length - nrej} rows, ${nrej} rejects, as from its JSON Lines)`);
  });
}
await sameAsJsonLines('odd column kinds, rejects and their order', 'models', 'models_odd_kinds', [
  '{"id":"odd/ok-1","author":"odd","createdAt":"2024-01-02T03:04:05.5+02:00","lastModified":"2024-02-03T04:05:06Z","downloadsAllTime":100,"likes":5,"trendingScore":-0.0,"tags":["a","license:mit"],"library_name":"transformers","disabled":false,"gated":true,"cardData":{"license":"mit","base_model":"odd/ok-2"},"config":{"model_type":"llama","architectures":["LlamaForCausalLM"],"quantization_config":{"quant_method":"gptq"}},"safetensors":{"parameters":{"BF16":7000000000},"total":7000000000},"gguf":{"total":7000000000,"architecture":"llama"},"siblings":[{"rfilename":"a.bin","size":1},{"rfilename":"b.bin","size":2}],"baseModels":{"relation":"merge","models":[{"_id":"1","id":"odd/ok-2"},{"_id":"2","id":"other/x"}]},"sdk":"gradio"}',
  '{"id":"odd/ok-2","trendingScore":1e308,"lastModified":"2100-12-31T23:59:59.999999Z","downloadsAllTime":7.0,"private":null,"config":{"model_type":null,"architectures":[],"quantization_config":null},"baseModels":{"relation":"weird","models":null},"siblings":[],"tags":[]}',
  // 12 MB of cardData: a row this big is read through the row's jsonb (record_parquet.c)
  `{"id":"odd/ok-big","cardData":{"license":"mit","notes":"${'x'.repeat(12 << 20)}"},"likes":1}`,
  '{"id":"odd/ok-3","trendingScore":2.5e-300,"safetensors":{"parameters":{"BF16":1,"F32":2}},"baseModels":{"relation":null,"models":[]}}',
  '{"id":"odd/downloads-text","downloads":"many"}',
  '{"id":"odd/fraction","downloadsAllTime":1.5}',
  '{"id":"odd/huge","downloadsAllTime":1e20}',
  '{"id":"odd/negative","likes":-3}',
  '{"id":"odd/absurd","likes":2000000000000000}',
  '{"id":"odd/nan","trendingScore":"NaN"}',
  '{"id":"odd/tiny","trendingScore":1e-310}',
  '{"id":"odd/minus-infinity","trendingScore":"-Infinity"}',
  '{"id":"odd/date-text","createdAt":"yesterday"}',
  '{"id":"odd/date-early","createdAt":"1999-12-31T23:59:59Z"}',
  '{"id":"odd/timestamp-early","lastModified":"1970-01-01T00:00:00.000000Z"}',
  '{"id":"odd/timestamp-late","lastModified":"2101-01-01T00:00:00.000000Z"}',
  '{"id":"odd/tag-null","tags":["a",null]}',
  '{"id":"odd/pipeline-number","pipeline_tag":5}',
  '{"id":"odd/private-text","private":"yes"}',
  '{"id":"odd/safetensors-total","safetensors":{"parameters":{"BF16":1},"total":-5}}',
  '{"id":"odd/gguf-total","gguf":{"total":1.5}}',
  '{"id":"odd/sibling-no-name","siblings":[{"rfilename":"a"},{"size":3}]}',
  '{"id":"odd/base-no-id","baseModels":{"relation":"finetune","models":[{"_id":"1"}]}}',
  '{"id":"odd/downloads-before-likes","likes":-3,"downloads":"many"}',
  '{"author":"odd","downloads":"many"}',
  '{"id":"odd/nul-beats-downloads","downloads":"many","library_name":"nul\\u0000byte"}',
  '{"id":"odd/nul-in-unread-sdk","sdk":"x\\u0000y"}',
  '{"id":"odd/bad-card-beats-downloads","downloads":"many","cardData":{"license":"PATCH1"}}',
], `SELECT j ->> 'id' AS id, j ->> 'author' AS author, j ->> 'createdAt' AS "createdAt",
    (j ->> 'lastModified')::TIMESTAMPTZ AS "lastModified", (j ->> 'likes')::BIGINT AS likes,
    j ->> 'downloads' AS downloads, (j ->> 'downloadsAllTime')::DOUBLE AS "downloadsAllTime",
    (j ->> 'trendingScore')::DOUBLE AS "trendingScore", CAST(j -> 'tags' AS VARCHAR[]) AS tags,
    (j ->> 'pipeline_tag')::BIGINT AS pipeline_tag, j ->> 'library_name' AS library_name,
    j ->> 'private' AS private, (j ->> 'disabled')::BOOLEAN AS disabled, (j ->> 'gated')::BOOLEAN AS gated,
    CASE WHEN json_type(j -> 'cardData') = 'OBJECT' THEN (j -> 'cardData')::VARCHAR END AS "cardData",
    json_transform(j -> 'config', '{"model_type": "VARCHAR", "architectures": ["VARCHAR"], "quantization_config": {"quant_method": "VARCHAR"}}') AS config,
    json_transform(j -> 'safetensors', '{"parameters": {"BF16": "BIGINT", "F32": "BIGINT"}, "total": "BIGINT"}') AS safetensors,
    CASE WHEN json_type(j -> 'gguf') = 'OBJECT' THEN (j -> 'gguf')::VARCHAR END AS gguf,
    json_transform(j -> 'siblings', '[{"rfilename": "VARCHAR", "size": "BIGINT"}]') AS siblings,
    json_transform(j -> 'baseModels', '{"relation": "VARCHAR", "models": [{"_id": "VARCHAR", "id": "VARCHAR"}]}') AS "baseModels",
    j ->> 'sdk' AS sdk`, [['PATCH1', Buffer.from('lic\xffe', 'latin1')]]);
await sameAsJsonLines('odd column kinds of Spaces', 'spaces', 'spaces_odd_kinds', [
  '{"id":"odd/ok-space","likes":2,"downloads":"9"}',
  '{"id":"odd/models-numbers","models":[1,2]}',
  '{"id":"odd/sdk-number","sdk":5}',
  '{"id":"odd/datasets-text","datasets":"x"}',
  '{"id":"odd/nul-in-unread-downloads","downloads":"x\\u0000"}',
], `SELECT j ->> 'id' AS id, (j ->> 'sdk')::BIGINT AS sdk, CAST(j -> 'models' AS BIGINT[]) AS models,
    (j ->> 'likes')::BIGINT AS likes, j ->> 'datasets' AS datasets, j ->> 'downloads' AS downloads`, []);
console.log(`parquet import matrix: ${files} files, ${passed} equal to the JSON import, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
