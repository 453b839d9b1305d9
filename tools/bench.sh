#!/usr/bin/env bash
# tools/bench.sh — `make bench`: performance goals as ratios against baselines measured in the
# same run (never timed tests).  HFSTATE_BENCH_MODELS (default 1000000) sets the import size;
# HFSTATE_BENCH_ONLY=import|parquet|config|aggregates|lineage runs one part.
set -euo pipefail
source "$(dirname "$0")/common.sh"

n=${HFSTATE_BENCH_MODELS:-1000000}
only=${HFSTATE_BENCH_ONLY:-}
build_and_install
start_cluster

ms() {  # milliseconds of one psql command in database $1 (after a checkpoint, so runs start alike)
    local db=$1; shift
    local t0 t1
    psql -X -q -d "$db" -c CHECKPOINT >/dev/null
    t0=$(date +%s%N)
    psql -X -q -d "$db" -v ON_ERROR_STOP=1 "$@" >/dev/null || { echo "bench: psql failed: $*" >&2; kill $$; }
    t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
}

# CPU milliseconds (user + system) the session's backend has used so far (Linux /proc, superuser)
cpu_sql="SELECT (split_part(s, ' ', 14)::bigint + split_part(s, ' ', 15)::bigint) * 1000 / $(getconf CLK_TCK)
           FROM pg_catalog.pg_read_file('/proc/self/stat') AS s"

ms_cpu() {  # "WALL CPU": as ms, and the CPU milliseconds the backend spent on the commands, which
            # the other work of a shared machine disturbs much less than the wall time
    local db=$1; shift
    local t0 t1 cpu
    psql -X -q -d "$db" -c CHECKPOINT >/dev/null
    t0=$(date +%s%N)
    cpu=$(psql -X -q -At -d "$db" -v ON_ERROR_STOP=1 -c "$cpu_sql" -c '\o /dev/null' "$@" -c '\o' -c "$cpu_sql") \
        || { echo "bench: psql failed: $*" >&2; kill $$; }
    t1=$(date +%s%N)
    echo "$(( (t1 - t0) / 1000000 )) $(echo "$cpu" | awk 'NR == 1 { a = $1 } END { print $1 - a }')"
}

if [ -z "$only" ] || [ "$only" = import ]; then
    echo "== import: $n generated models (one snapshot), plain and gzip, one backend"
    dir=$(sample_hub "bench-$n" --models "$n" --datasets 1000 --spaces 1000 --latest-only --seed 11)
    snap=$(ls "$dir/snapshots")
    f=$dir/snapshots/$snap/models.jsonl
    [ -f "$f.gz" ] || { gzip -1 -c "$f" >"$f.gz"; chmod a+r "$f.gz"; }
    mb=$(( $(stat -c %s "$f") / 1000000 ))
    fresh_db hfstate_bench hfstate
    base=$(ms hfstate_bench -c "CREATE TABLE raw (l text)" \
        -c "COPY raw FROM '$f' (FORMAT csv, QUOTE e'\\x01', DELIMITER e'\\x02')")
    read -r plain plain_cpu <<<"$(ms_cpu hfstate_bench -c "SELECT hfstate.import_models('$f', '$snap')")"
    read -r again again_cpu <<<"$(ms_cpu hfstate_bench -c "SELECT hfstate.import_models('$f', '$snap')")"
    read -r next next_cpu <<<"$(ms_cpu hfstate_bench -c "SELECT hfstate.import_models('$f', date '$snap' + 7)")"
    fresh_db hfstate_bench hfstate
    read -r gz gz_cpu <<<"$(ms_cpu hfstate_bench -c "SELECT hfstate.import_models('$f.gz', '$snap')")"
    printf "  %-44s %8d ms\n" "baseline: COPY of the raw lines ($mb MB)" "$base"
    printf "  %-44s %8d ms  %7.0f models/s  %5.1fx baseline  (CPU %d ms)\n" "import_models, plain, empty database" "$plain" \
        "$(awk -v a=$n -v b=$plain 'BEGIN { print a * 1000 / b }')" "$(awk -v a=$plain -v b=$base 'BEGIN { print a / b }')" "$plain_cpu"
    printf "  %-44s %8d ms  %7.0f models/s  %5.1fx baseline  (CPU %d ms)\n" "import_models, gzip, empty database" "$gz" \
        "$(awk -v a=$n -v b=$gz 'BEGIN { print a * 1000 / b }')" "$(awk -v a=$gz -v b=$base 'BEGIN { print a / b }')" "$gz_cpu"
    printf "  %-44s %8d ms  %7.0f models/s  %5.1fx baseline  (CPU %d ms)\n" "the same file again (nothing changes)" "$again" \
        "$(awk -v a=$n -v b=$again 'BEGIN { print a * 1000 / b }')" "$(awk -v a=$again -v b=$base 'BEGIN { print a / b }')" "$again_cpu"
    printf "  %-44s %8d ms  %7.0f models/s  %5.1fx baseline  (CPU %d ms)\n" "the same file as the next weekly snapshot" "$next" \
        "$(awk -v a=$n -v b=$next 'BEGIN { print a * 1000 / b }')" "$(awk -v a=$next -v b=$base 'BEGIN { print a / b }')" "$next_cpu"
    echo "  goal: 30,000 models/s or better on one core"
fi

if [ -z "$only" ] || [ "$only" = parquet ]; then
    echo "== Parquet import: $n generated models as a hub-stats-shaped models.parquet (snappy), one backend"
    dir=$(sample_hub "bench-$n" --models "$n" --datasets 1000 --spaces 1000 --latest-only --seed 11)
    snap=$(ls "$dir/snapshots")
    f=$dir/snapshots/$snap/models.jsonl
    pq=$dir/snapshots/$snap/models.parquet
    csv=$dir/snapshots/$snap/models.csv
    ( cd test/parquet && { [ -d node_modules/@duckdb/node-api ] || npm install --no-audit --no-fund >/dev/null; } )
    [ -f "$pq" ] || { node test/parquet/hubstats.mjs parquet "$f" models "$pq"; chmod a+r "$pq"; }
    mb=$(awk -v s="$(stat -c %s "$pq")" 'BEGIN { printf "%.1f", s / 1e6 }')
    # baseline: DuckDB writes the file as CSV, COPY loads it into a table of the same columns
    tocsv=$(node test/parquet/hubstats.mjs csv "$pq" "$csv")
    chmod a+r "$csv"
    fresh_db hfstate_bench hfstate
    copy=$(ms hfstate_bench -c "CREATE TABLE raw (id text, author text, created_at timestamptz, last_modified timestamptz,
        downloads bigint, downloads_all_time bigint, likes bigint, trending_score float8, tags text, pipeline_tag text,
        library_name text, card text, config text, gguf text, safetensors text, base_models text, siblings text, extra text)" \
        -c "COPY raw FROM '$csv' (FORMAT csv)")
    rm -f "$csv"
    base=$((tocsv + copy))
    fresh_db hfstate_bench hfstate
    read -r imp imp_cpu <<<"$(ms_cpu hfstate_bench -c "SELECT hfstate.import_models('$pq', '$snap')")"
    # what the import writes, written again by INSERT ... SELECT and by COPY into empty tables
    # with the same indexes: a floor for any import that ends in these tables
    psql -X -q -d hfstate_bench -c "CREATE SCHEMA floor" \
        -c "CREATE TABLE floor.models (LIKE hfstate.models INCLUDING ALL)" \
        -c "CREATE TABLE floor.model_nodes (LIKE hfstate.model_nodes INCLUDING ALL EXCLUDING GENERATED)" \
        -c "CREATE TABLE floor.history (LIKE hfstate.history INCLUDING ALL)" \
        -c "CREATE TABLE floor.model_edges (LIKE hfstate.model_edges INCLUDING ALL)" >/dev/null
    read -r floor floor_cpu <<<"$(ms_cpu hfstate_bench -c "INSERT INTO floor.model_nodes SELECT * FROM hfstate.model_nodes" \
        -c "INSERT INTO floor.models SELECT * FROM hfstate.models" \
        -c "INSERT INTO floor.history SELECT * FROM hfstate.history" \
        -c "INSERT INTO floor.model_edges SELECT * FROM hfstate.model_edges")"
    # the same rows through COPY (binary), PostgreSQL's fastest way in
    cpdir=$(mktemp -d); chmod 777 "$cpdir"
    for t in model_nodes models history model_edges; do
        psql -X -q -d hfstate_bench -c "COPY floor.$t TO '$cpdir/$t' (FORMAT binary)" -c "TRUNCATE floor.$t" >/dev/null
    done
    copyfloor=$(ms hfstate_bench -c "COPY floor.model_nodes FROM '$cpdir/model_nodes' (FORMAT binary)" \
        -c "COPY floor.models FROM '$cpdir/models' (FORMAT binary)" \
        -c "COPY floor.history FROM '$cpdir/history' (FORMAT binary)" \
        -c "COPY floor.model_edges FROM '$cpdir/model_edges' (FORMAT binary)")
    rm -rf "$cpdir"
    printf "  %-52s %8d ms  (DuckDB to CSV %d ms + COPY %d ms)  %6.1f MB/s  %8.0f rows/s\n" \
        "baseline: DuckDB -> CSV -> COPY ($mb MB Parquet)" "$base" "$tocsv" "$copy" \
        "$(awk -v m=$mb -v t=$base 'BEGIN { print m * 1000 / t }')" "$(awk -v a=$n -v t=$base 'BEGIN { print a * 1000 / t }')"
    printf "  %-52s %8d ms  %6.1f MB/s  %8.0f rows/s  %5.2fx baseline time  (CPU %d ms)\n" \
        "import_models on the .parquet, empty database" "$imp" \
        "$(awk -v m=$mb -v t=$imp 'BEGIN { print m * 1000 / t }')" "$(awk -v a=$n -v t=$imp 'BEGIN { print a * 1000 / t }')" \
        "$(awk -v a=$imp -v b=$base 'BEGIN { print a / b }')" "$imp_cpu"
    printf "  %-52s %8d ms  %5.2fx baseline time (the import takes %.2fx this)  (CPU %d ms)\n" \
        "write floor: its rows by INSERT ... SELECT" "$floor" \
        "$(awk -v a=$floor -v b=$base 'BEGIN { print a / b }')" "$(awk -v a=$imp -v b=$floor 'BEGIN { print a / b }')" "$floor_cpu"
    printf "  %-52s %8d ms  %5.2fx baseline time (the import takes %.2fx this)\n" \
        "its rows by COPY (binary, jsonb parsed again)" "$copyfloor" \
        "$(awk -v a=$copyfloor -v b=$base 'BEGIN { print a / b }')" "$(awk -v a=$imp -v b=$copyfloor 'BEGIN { print a / b }')"
    read -r nextpq nextpq_cpu <<<"$(ms_cpu hfstate_bench -c "SELECT hfstate.import_models('$pq', date '$snap' + 7)")"
    printf "  %-52s %8d ms  %6.1f MB/s  %8.0f rows/s  (CPU %d ms)\n" "the same .parquet as the next weekly snapshot" "$nextpq" \
        "$(awk -v m=$mb -v t=$nextpq 'BEGIN { print m * 1000 / t }')" "$(awk -v a=$n -v t=$nextpq 'BEGIN { print a * 1000 / t }')" \
        "$nextpq_cpu"
    echo "  goal: import_models at least as fast as the baseline (ratio <= 1.00)"
fi

if { [ -z "$only" ] || [ "$only" = config ]; } && [ -f tools/bench/config_params.sql ]; then
    echo "== config.json parameter counts"
    fresh_db hfstate_bench hfstate
    psql -X -q -d hfstate_bench -f tools/bench/config_params.sql
fi
if { [ -z "$only" ] || [ "$only" = aggregates ]; } && [ -f tools/bench/aggregates.sql ]; then
    echo "== weighted median vs percentile_cont and the window-function formulation"
    fresh_db hfstate_bench hfstate
    psql -X -q -d hfstate_bench -f tools/bench/aggregates.sql
fi
if { [ -z "$only" ] || [ "$only" = lineage ]; } && [ -f tools/bench/lineage.sh ]; then
    echo "== lineage refresh vs recursive CTE (2M models)"
    fresh_db hfstate_bench hfstate
    PGDATABASE=hfstate_bench sh tools/bench/lineage.sh "${HFSTATE_BENCH_LINEAGE:-2000000}"
fi
# HFSTATE_BENCH_ONLY=scale: the report at scale beside DuckDB over the same weekly Parquet archive
# (HFSTATE_BENCH_SCALE_MODELS, default 1000000; HFSTATE_BENCH_SCALE_SNAPSHOTS, default 12)
if [ -z "$only" ] || [ "$only" = scale ]; then
    bash tools/bench/scale.sh
fi
