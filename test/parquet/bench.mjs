// test/parquet/bench.mjs -- generate a models.parquet-shaped file with DuckDB
// (default 1M rows, snappy) and time `pq2json --bench` (decode and assemble
// every row of the selected columns, no printing).
//
// usage: PQ2JSON=../../tools/pq2json node bench.mjs [--rows N] [--codec C]
import { DuckDBInstance } from '@duckdb/node-api';
import { spawnSync } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pq2json = process.env.PQ2JSON || path.join(here, '../../tools/pq2json');
const arg = (n, d) => { const k = process.argv.indexOf(n); return k > 0 ? process.argv[k + 1] : d; };
const N = Number(arg('--rows', 1000000));
const codec = arg('--codec', 'snappy');
const outDir = path.join(here, 'out');
mkdirSync(outDir, { recursive: true });
const file = path.join(outDir, `bench_models_${N}_${codec}.parquet`);

const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
const con = await inst.connect();
await con.run(`COPY (SELECT
  'org' || (i % 50000)::VARCHAR || '/model-' || i::VARCHAR AS id,
  'org' || (i % 50000)::VARCHAR AS author,
  TIMESTAMP '2022-03-02 23:29:04' + to_microseconds(i::BIGINT * 60000000) AS createdAt,
  TIMESTAMP '2023-01-01 00:00:00' + to_microseconds(i::BIGINT * 61000000) AS lastModified,
  (hash(i) % 100000)::BIGINT AS downloads,
  (hash(i + 1) % 10000000)::BIGINT AS downloadsAllTime,
  (hash(i + 2) % 1000)::BIGINT AS likes,
  CASE WHEN i % 3 = 0 THEN (i % 97) / 7.0 ELSE 0 END AS trendingScore,
  list_transform(range(i % 9), x -> ['transformers', 'safetensors', 'llama', 'text-generation',
       'en', 'license:apache-2.0', 'region:us', 'arxiv:2304.' || (i % 9999)::VARCHAR, 'endpoints_compatible'][x + 1]) AS tags,
  CASE WHEN i % 4 = 0 THEN NULL ELSE '{"license": "apache-2.0", "language": ["en"], "n": ' || i::VARCHAR || '}' END AS cardData,
  CASE WHEN i % 5 = 0 THEN NULL ELSE {'parameters': {'BF16': (hash(i) % 70000000000)::BIGINT,
       'F32': CASE WHEN i % 2 = 0 THEN (i * 1000)::BIGINT ELSE NULL END}, 'total': (hash(i) % 70000000000 + i)::BIGINT} END AS safetensors,
  CASE WHEN i % 3 = 0 THEN NULL ELSE {'relation': ['finetune', 'merge', 'quantized', 'adapter'][i % 4 + 1],
       'models': list_transform(range(1 + i % 3), x -> {'_id': 'x' || (i + x)::VARCHAR, 'id': 'org' || ((i + x) % 50000)::VARCHAR || '/base-' || x::VARCHAR})} END AS baseModels,
  ['text-generation', 'text-classification', NULL, 'image-to-text'][i % 4 + 1] AS pipeline_tag,
  ['transformers', 'diffusers', NULL, 'gguf'][i % 4 + 1] AS library_name
  FROM range(${N}) r(i)) TO '${file}' (FORMAT parquet, COMPRESSION ${codec})`);
const size = statSync(file).size;
console.log(`file: ${file}, ${(size / 1e6).toFixed(1)} MB, ${N} rows, ${codec}`);
for (const cols of [null, 'id,downloads,tags,baseModels']) {
  for (let rep = 0; rep < 3; rep++) {
    const args = [file, '--bench'];
    if (cols) args.push('--columns', cols);
    const r = spawnSync(pq2json, args, { encoding: 'utf8' });
    console.log(`${cols || 'all columns'}: ${r.stderr.trim()}`);
  }
}
