// test/parquet/hubstats.mjs -- hub-stats-shaped Parquet from Hub API JSON Lines, with DuckDB.
// As a module: KINDS, the DuckDB SELECT (over read_json_objects rows j) giving hub-stats column
// types per kind: cardData, config, gguf as strings holding JSON; safetensors, baseModels and
// siblings as structs; timestamps as TIMESTAMP WITH TIME ZONE; plus an unknown extra column.
// As a program:
//   node hubstats.mjs parquet IN.jsonl KIND OUT.parquet [CODEC]   write the Parquet file
//   node hubstats.mjs csv IN.parquet OUT.csv                       DuckDB Parquet -> CSV (prints ms)
import { DuckDBInstance } from '@duckdb/node-api';
import { fileURLToPath } from 'node:url';

// hub-stats column types for the generated sample's keys
const DTYPES = ['BF16', 'F16', 'F32', 'F8_E4M3', 'U8', 'U32', 'I32', 'I8', 'I64', 'F64'];
const ST = `{"parameters": {${DTYPES.map((d) => `"${d}": "BIGINT"`).join(', ')}}, "total": "BIGINT"}`;
const jsonText = (k) => `CASE WHEN json_type(j -> '${k}') = 'OBJECT' THEN (j -> '${k}')::VARCHAR END AS "${k}"`;
const common = `j ->> 'id' AS id, j ->> 'author' AS author,
  (j ->> 'createdAt')::TIMESTAMPTZ AS "createdAt", (j ->> 'lastModified')::TIMESTAMPTZ AS "lastModified"`;
export const KINDS = {
  models: `SELECT ${common}, (j ->> 'downloads')::BIGINT AS downloads,
    (j ->> 'downloadsAllTime')::BIGINT AS "downloadsAllTime", (j ->> 'likes')::BIGINT AS likes,
    (j ->> 'trendingScore')::DOUBLE AS "trendingScore", CAST(j -> 'tags' AS VARCHAR[]) AS tags,
    j ->> 'pipeline_tag' AS pipeline_tag, j ->> 'library_name' AS library_name,
    ${jsonText('cardData')}, ${jsonText('config')}, ${jsonText('gguf')},
    json_transform(j -> 'safetensors', '${ST}') AS safetensors,
    json_transform(j -> 'baseModels', '{"relation": "VARCHAR", "models": [{"_id": "VARCHAR", "id": "VARCHAR"}]}') AS "baseModels",
    json_transform(j -> 'siblings', '[{"rfilename": "VARCHAR"}]') AS siblings,
    'extra column ' || (j ->> 'id') AS "unknownExtra"`,
  datasets: `SELECT ${common}, (j ->> 'downloads')::BIGINT AS downloads,
    (j ->> 'downloadsAllTime')::BIGINT AS "downloadsAllTime", (j ->> 'likes')::BIGINT AS likes,
    (j ->> 'trendingScore')::DOUBLE AS "trendingScore", CAST(j -> 'tags' AS VARCHAR[]) AS tags, ${jsonText('cardData')}`,
  spaces: `SELECT ${common}, (j ->> 'likes')::BIGINT AS likes, j ->> 'sdk' AS sdk,
    CAST(j -> 'tags' AS VARCHAR[]) AS tags, ${jsonText('cardData')},
    CAST(j -> 'models' AS VARCHAR[]) AS models, CAST(j -> 'datasets' AS VARCHAR[]) AS datasets`,
};


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [mode, input, a, b] = process.argv.slice(2);
  const inst = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await inst.connect();
  await con.run(`SET TimeZone = 'UTC'`);
  if (mode === 'parquet') {
    await con.run(`COPY (${KINDS[a]} FROM read_json_objects('${input}', format = 'newline_delimited') AS t(j))
                   TO '${b}' (FORMAT parquet, COMPRESSION ${process.argv[6] || 'snappy'})`);
  } else if (mode === 'csv') {
    const t0 = process.hrtime.bigint();
    await con.run(`COPY (SELECT * FROM read_parquet('${input}')) TO '${a}' (FORMAT csv, HEADER false)`);
    console.log(Number((process.hrtime.bigint() - t0) / 1000000n));
  } else {
    console.error('usage: hubstats.mjs parquet IN.jsonl KIND OUT.parquet [CODEC] | csv IN.parquet OUT.csv');
    process.exit(2);
  }
}
