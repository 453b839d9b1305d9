#!/usr/bin/env bash
# tools/bench/duckdb_check.sh — `make duckdb-check`: the report tables DuckDB computes straight from a
# weekly snapshot archive (test/parquet/duckdb_report.mjs, the baseline of the scale bench) must equal
# hfstate's views after importing the same archive. The default generated sample (100,000 models,
# 30,000 datasets, 20,000 Spaces, 12 weekly snapshots) is written as <kind>/<date>/<kind>.parquet
# (cached beside the sample), imported with import_weekly_snapshots + load_authors + refresh(), and
# compared table by table (test/parquet/duckdb_check.mjs); exits non-zero on any difference.
# 4 to 7 minutes on the shared 2 cores (import and refresh 2.5 to 3.5 min, DuckDB both modes 0.7 to 1.3 min;
# the first run also writes the archive, 1 min), so it is not part of `make test`.
set -euo pipefail
source "$(dirname "$0")/../common.sh"

build_and_install
start_cluster
( cd test/parquet && { [ -d node_modules/@duckdb/node-api ] || npm install --no-audit --no-fund >/dev/null; } )

dir=$(sample_hub sample-weekly)
archive=$dir/weekly
node test/parquet/weekly_archive.mjs "$dir" "$archive"
[ "$(id -u)" = 0 ] && chmod -R a+rX "$archive"

db=hfstate_duckdb_check
fresh_db $db hfstate
t0=$(date +%s)
psql -X -q -d $db -v ON_ERROR_STOP=1 -At \
    -c "SELECT count(*) || ' files, ' || sum(rows_imported) || ' rows imported, ' || sum(rows_rejected) || ' rejected'
          FROM hfstate.import_weekly_snapshots('$archive')" \
    -c "SELECT hfstate.load_authors('$archive/authors.csv') || ' registry rows loaded'" \
    -c "SELECT 'refresh: ' || string_agg(step || ' ' || round(millis) || ' ms', ', ') FROM hfstate.refresh()"
echo "hfstate import + refresh: $(( $(date +%s) - t0 )) s"

out=$state/duckdb-check
rm -rf "$out"
node test/parquet/duckdb_check.mjs --db $db --archive "$archive" --out "$out"
