#!/usr/bin/env bash
# tools/bench/scale.sh — the scale section of `make bench` (HFSTATE_BENCH_ONLY=scale), issue 11.
# A generated Hub of HFSTATE_BENCH_SCALE_MODELS models (default 1,000,000; datasets 30 % and Spaces
# 20 % of that, as in the default sample) with HFSTATE_BENCH_SCALE_SNAPSHOTS weekly snapshots (default
# 12) as a weekly Parquet archive (<kind>/<date>/<kind>.parquet, cached), then, side by side in one run:
#   hfstate: the archive's import (import_weekly_snapshots_proc; per kind and total), refresh() per
#            step (the derived tables, then one step per report table: the live view computed and
#            stored), every report_* view of the catalogue (all rows fetched: a read of the stored
#            rows), all of them again in one session and report_html(); one more weekly snapshot
#            imported, then refresh() again
#   DuckDB:  the same report tables over the same files (test/parquet/duckdb_report.mjs), straight
#            from the Parquet files and after loading them into its own tables; compared with the time
#            hfstate spends computing those tables (their refresh() steps), the view reads beside
# and prints the ratios next to the goals of issue 11. Needs the cluster of bench.sh (PG* exported).
# DuckDB's threads and memory: HFSTATE_BENCH_DUCKDB_THREADS (default 2), HFSTATE_BENCH_DUCKDB_MEMORY (8GB).
set -euo pipefail
source "$(dirname "$0")/../common.sh"
state=${state:-$(bash tools/cluster.sh state)}

n=${HFSTATE_BENCH_SCALE_MODELS:-1000000}
k=${HFSTATE_BENCH_SCALE_SNAPSHOTS:-12}
nd=${HFSTATE_BENCH_SCALE_DATASETS:-$((n * 3 / 10))}
ns=${HFSTATE_BENCH_SCALE_SPACES:-$((n / 5))}
threads=${HFSTATE_BENCH_DUCKDB_THREADS:-2}
mem=${HFSTATE_BENCH_DUCKDB_MEMORY:-8GB}
db=hfstate_scale

now() { date +%s%N; }
ms_since() { echo $(( ($(now) - $1) / 1000000 )); }
sec() { awk -v m="$1" 'BEGIN { printf "%.2f s", m / 1000 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
verdict() { awk -v r="$1" -v g="$2" 'BEGIN { print (r + 0 <= g + 0) ? "met" : "NOT met" }'; }
q() { psql -X -q -At -d $db -v ON_ERROR_STOP=1 "$@"; }
# peak and current memory of the session's own backend, read from /proc while it is alive
HWM="SELECT string_agg(l, ' ') FROM pg_catalog.regexp_split_to_table(
        pg_catalog.pg_read_file('/proc/' || pg_catalog.pg_backend_pid() || '/status'), E'\n') l
      WHERE l ~ '^(VmHWM|RssAnon|RssShmem):'"
kb() { sed -n "s/.*$1:[[:space:]]*\([0-9]*\) kB.*/\1/p" <<<"$2"; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

echo "== scale: $n models, $nd datasets, $ns Spaces, $k weekly snapshots (+1 imported after) as Parquet"
( cd test/parquet && { [ -d node_modules/@duckdb/node-api ] || npm install --no-audit --no-fund >/dev/null; } )
t=$(now)
dir=$(sample_hub "scale-$n-$k" --models "$n" --datasets "$nd" --spaces "$ns" --snapshots $((k + 1)) --seed 21)
archive=$dir/weekly
next=$dir/next
if [ ! -f "$archive/.complete" ]; then
    node test/parquet/weekly_archive.mjs "$dir" "$archive" --hold-last 1 "$next" --threads "$threads" | sed 's/^/  /'
    touch "$archive/.complete"
    rm -f "$dir"/snapshots/*/*.jsonl     # the archive is all the bench reads (about 1 GB of JSON per 1M models and week)
    [ "$(id -u)" = 0 ] && chmod -R a+rX "$archive" "$next"
fi
gen=$(ms_since "$t")
pq_mb=$(du -sm "$archive" | cut -f1)
echo "  archive: $archive ($pq_mb MB; generated or found in $(sec "$gen")); next week: $(ls "$next/models")"

# ---- hfstate: import, refresh, views
fresh_db $db hfstate
seed=$state/scale-seed.csv
q -c "COPY (SELECT namespace, country, developer_type FROM hfstate.author_registry WHERE source = 'seed'
           ORDER BY lower(namespace)) TO STDOUT (FORMAT csv, HEADER)" >"$seed"

t=$(now)
imp_mem=$(PGOPTIONS="-c client_min_messages=warning" q -c "CALL hfstate.import_weekly_snapshots_proc('$archive')" -c "$HWM")
imp=$(ms_since "$t")
q -c "SELECT hfstate.load_authors('$archive/authors.csv')" >/dev/null
per_kind=$(q -F ' ' -c "SELECT kind, round(1000 * extract(epoch FROM sum(finished_at - started_at)))::bigint, sum(rows_imported),
                           count(*) FROM hfstate.import_runs GROUP BY kind ORDER BY min(run_id)")
hist=$(q -F ' ' -c "SELECT pg_total_relation_size('hfstate.history'), count(*), count(DISTINCT snapshot) FROM hfstate.history")
# the current tables after the archive: what every scan of them reads (dead row versions included)
cur_mb=$(q -F ' ' -c "SELECT string_agg(format('%s %s MB', t, pg_total_relation_size(('hfstate.' || t)::regclass) / 1048576), ', ')
                        FROM unnest(ARRAY['models', 'datasets', 'spaces']) t")

t=$(now)
refresh_rows=$(q -F ' ' -c "SELECT replace(step, ' ', '_'), coalesce(rows, 0), round(millis)::bigint FROM hfstate.refresh()" -c "$HWM")
ref=$(ms_since "$t")
ref_mem=$(tail -1 <<<"$refresh_rows")
refresh_rows=$(sed '$d' <<<"$refresh_rows")

views=$(q -c "SELECT c.relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace
               WHERE s.nspname = 'hfstate' AND c.relkind IN ('v', 'm') AND c.relname LIKE 'report\_%' ORDER BY 1")
nviews=$(wc -l <<<"$views")
script=$(for v in $views; do echo "SELECT * FROM hfstate.$v;"; done)
# the month views compared with DuckDB: their direct rows only (what DuckDB computes)
direct="SELECT * FROM hfstate.report_downloads_by_country_month WHERE attribution = 'direct';
SELECT * FROM hfstate.report_downloads_by_type_month WHERE attribution = 'direct';"
psql -X -q -d $db -c CHECKPOINT >/dev/null
view_ms=$(printf '\\timing on\n%s\n%s\n' "$script" "$direct" | psql -X -q -d $db -v ON_ERROR_STOP=1 -o /dev/null \
          | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p')
[ "$(wc -l <<<"$view_ms")" = $((nviews + 2)) ] || { echo "scale: timing lines missing" >&2; exit 1; }
t=$(now)
psql -X -q -d $db -v ON_ERROR_STOP=1 -o /dev/null <<<"$script"
together=$(ms_since "$t")
t=$(now)
html_bytes=$(q -c "SELECT length(hfstate.report_html())")
html=$(ms_since "$t")

# ---- DuckDB: the same tables, straight from the files and after loading them
psql -X -q -d $db -c CHECKPOINT >/dev/null
duck=$(node test/parquet/duckdb_report.mjs --archive "$archive" --seed "$seed" --mode both --threads "$threads" \
       --memory-limit "$mem" --out "$state/scale-duckdb")
duck_settings=$(grep '^duckdb direct' <<<"$duck")
dtime() { awk -F'\t' -v m="$1" -v n="$2" '$1 == "time" && $2 == m && $3 == n { print $4 }' <<<"$duck"; }
dtotal() { awk -F'\t' -v m="$1" -v n="$2" '$1 == "total" && $2 == m && $3 == n { print $4 }' <<<"$duck"; }

# ---- one more weekly snapshot, then refresh() again
t=$(now)
q -c "CALL hfstate.import_weekly_snapshots_proc('$next')" >/dev/null 2>&1
imp1=$(ms_since "$t")
imp1_kind=$(q -F ' ' -c "SELECT kind, round(1000 * extract(epoch FROM finished_at - started_at))::bigint FROM hfstate.import_runs
                          WHERE starts_with(file, '$next/') ORDER BY run_id")
t=$(now)
refresh1_rows=$(q -F ' ' -c "SELECT replace(step, ' ', '_'), coalesce(rows, 0), round(millis)::bigint FROM hfstate.refresh()")
ref1=$(ms_since "$t")

# ---- the table
echo "  hfstate import of the archive (import_weekly_snapshots_proc, one session)"
while read -r kind kms rows files; do
    printf "    %-40s %10s  %9d rows in %2d files  %7.0f rows/s\n" "$kind" "$(sec "$kms")" "$rows" "$files" \
        "$(awk -v r="$rows" -v m="$kms" 'BEGIN { print (m > 0 ? r * 1000 / m : 0) }')"
done <<<"$per_kind"
printf "    %-40s %10s  peak backend memory (VmHWM) %s (RssAnon %s, RssShmem %s at the end)\n" "total (wall)" "$(sec "$imp")" \
    "$(mb "$(kb VmHWM "$imp_mem")")" "$(mb "$(kb RssAnon "$imp_mem")")" "$(mb "$(kb RssShmem "$imp_mem")")"
echo "  hfstate.refresh() (full), per step: the derived tables"
declare -A rstep
rep_sum=0; nrep=0
while read -r step rows mss; do
    case $step in
        report_report_*) rstep[${step#report_}]=$mss; nrep=$((nrep + 1))
                         rep_sum=$(awk -v a="$rep_sum" -v b="$mss" 'BEGIN { print a + b }') ;;
        *) printf "    %-40s %10s  %10d rows\n" "${step//_/ }" "$(sec "$mss")" "$rows" ;;
    esac
done <<<"$refresh_rows"
echo "  hfstate.refresh() (full), per step: the report tables (each live view computed and stored)"
while read -r step rows mss; do
    case $step in
        report_report_*) printf "    %-40s %10s  %10d rows\n" "${step#report_}" "$(sec "$mss")" "$rows" ;;
    esac
done <<<"$(sort -k3 -rn <<<"$refresh_rows")"
printf "    %-40s %10s\n" "sum of the $nrep report table steps" "$(sec "$rep_sum")"
printf "    %-40s %10s  peak backend memory (VmHWM) %s (RssAnon %s, RssShmem %s at the end)\n" "total (wall)" "$(sec "$ref")" \
    "$(mb "$(kb VmHWM "$ref_mem")")" "$(mb "$(kb RssAnon "$ref_mem")")" "$(mb "$(kb RssShmem "$ref_mem")")"

echo "  hfstate report views ($nviews report_* views of the catalogue, every row fetched, one session: reads of the stored rows)"
i=0; sum=0; slow=0; slowest=""; slowest_ms=0
declare -A vms
for v in $views; do
    i=$((i + 1)); m=$(sed -n "${i}p" <<<"$view_ms"); vms[$v]=$m
    sum=$(awk -v a="$sum" -v b="$m" 'BEGIN { print a + b }')
    awk -v m="$m" 'BEGIN { exit !(m >= 1000) }' && slow=$((slow + 1))
    awk -v m="$m" -v s="$slowest_ms" 'BEGIN { exit !(m > s) }' && { slowest=$v; slowest_ms=$m; }
done
for v in $(for v in $views; do echo "${vms[$v]} $v"; done | sort -rn | cut -d' ' -f2); do
    printf "    %-40s %10s\n" "$v" "$(sec "${vms[$v]}")"
done
dcountry=$(sed -n "$((nviews + 1))p" <<<"$view_ms"); dtype=$(sed -n "$((nviews + 2))p" <<<"$view_ms")
printf "    %-40s %10s\n" "sum of the views" "$(sec "$sum")" "all of them again, one session (wall)" "$(sec "$together")" \
    "report_html() ($((html_bytes / 1024)) kB)" "$(sec "$html")"

echo "  the tables DuckDB computes too: hfstate compute (its refresh() step) | DuckDB direct (over the files) | DuckDB load"
echo "  (own tables)  hfstate compute / direct; then the hfstate view read (stored rows).  The derived tables the steps"
echo "  read (model facts, downloads, ...) are refresh()'s earlier steps, above, and not counted here"
echo "    $duck_settings"
cmp_sum=0; read_sum=0
for t6 in report_growth report_concentration report_downloads_by_country report_downloads_by_country_year \
          report_downloads_by_country_month report_downloads_by_type report_downloads_by_type_year \
          report_downloads_by_type_month report_size_buckets; do
    # hfstate computes the month views' direct and derived rows in one step; DuckDB only the direct ones
    h=${rstep[$t6]}
    case $t6 in
        report_downloads_by_country_month) r=$dcountry; note=" (hfstate: direct + derived; read: direct rows)" ;;
        report_downloads_by_type_month) r=$dtype; note=" (hfstate: direct + derived; read: direct rows)" ;;
        report_size_buckets) r=${vms[$t6]}; note=" (DuckDB: safetensors/gguf subset)" ;;
        *) r=${vms[$t6]}; note="" ;;
    esac
    cmp_sum=$(awk -v a="$cmp_sum" -v b="$h" 'BEGIN { print a + b }')
    read_sum=$(awk -v a="$read_sum" -v b="$r" 'BEGIN { print a + b }')
    printf "    %-40s %10s | %10s | %10s  %6sx  read %8s%s\n" "$t6" "$(sec "$h")" "$(sec "$(dtime direct "$t6")")" \
        "$(sec "$(dtime load "$t6")")" "$(ratio "$h" "$(dtime direct "$t6")")" "$(sec "$r")" "$note"
done
dload=$(dtotal load load); dlc=$(dtotal load load+compute); ddir=$(dtotal direct compute)
printf "    %-40s %10s | %10s | %10s  %6sx  read %8s\n" "sum" "$(sec "$cmp_sum")" "$(sec "$ddir")" "$(sec "$(dtotal load compute)")" \
    "$(ratio "$cmp_sum" "$ddir")" "$(sec "$read_sum")"
printf "    %-40s %10s (models %s, datasets %s, spaces %s)\n" "DuckDB load of the archive" "$(sec "$dload")" \
    "$(sec "$(dtime load 'load models')")" "$(sec "$(dtime load 'load datasets')")" "$(sec "$(dtime load 'load spaces')")"

echo "  one more weekly snapshot ($(ls "$next/models")), then refresh()"
while read -r kind kms; do printf "    import %-33s %10s\n" "$kind" "$(sec "$kms")"; done <<<"$imp1_kind"
printf "    %-40s %10s\n" "import (wall)" "$(sec "$imp1")"
rep1_sum=0
while read -r step rows mss; do
    case $step in     # "report report_growth" came as report_report_growth; other steps are words
        report_report_*) name="report ${step#report_}"
                         rep1_sum=$(awk -v a="$rep1_sum" -v b="$mss" 'BEGIN { print a + b }') ;;
        *) name=${step//_/ } ;;
    esac
    printf "    refresh: %-40s %10s  %10d rows\n" "$name" "$(sec "$mss")" "$rows"
done <<<"$refresh1_rows"
printf "    %-49s %10s\n" "refresh: sum of the report table steps" "$(sec "$rep1_sum")"
printf "    %-40s %10s\n" "refresh (wall)" "$(sec "$ref1")"

read -r hbytes hrows hsnaps <<<"$hist"
echo "  goals (issue 11), ratios of this run"
printf "    %-62s %s (%s); %d of %d views take 1 s or more  -> %s\n" "every view < 1 s (goal at 1M), at $n models: slowest" "$slowest" \
    "$(sec "$slowest_ms")" "$slow" "$nviews" "$([ "$slow" = 0 ] && echo met || echo 'NOT met')"
r=$(ratio "$cmp_sum" "$ddir")
printf "    %-62s %s  (goal <= 1)  -> %s\n" "compute of the compared tables (refresh steps) / DuckDB direct" "$r" "$(verdict "$r" 1)"
r=$(ratio "$ref1" "$imp1")
printf "    %-62s %s  (goal <= 2)  -> %s\n" "refresh after one new snapshot / that snapshot's import" "$r" "$(verdict "$r" 2)"
r=$(ratio "$ref" 60000)
printf "    %-62s %s  (%s; goal <= 1 at 1M)  -> %s\n" "full refresh / 60 s" "$r" "$(sec "$ref")" "$(verdict "$r" 1)"
r=$(ratio "$((imp + ref))" "$dlc")
printf "    %-62s %s  (goal <= 2)  -> %s\n" "archive import + refresh / DuckDB load + compute" "$r" "$(verdict "$r" 2)"
printf "    %-62s import %s, refresh %s\n" "peak backend memory (VmHWM, shared buffers touched included)" \
    "$(mb "$(kb VmHWM "$imp_mem")")" "$(mb "$(kb VmHWM "$ref_mem")")"
printf "    %-62s %.1f MB per snapshot (%d rows per snapshot, %d bytes per row, all kinds)\n" \
    "hfstate.history on disk (pg_total_relation_size / snapshots)" \
    "$(awk -v b="$hbytes" -v s="$hsnaps" 'BEGIN { print b / s / 1048576 }')" "$((hrows / hsnaps))" "$((hbytes / hrows))"
printf "    %-62s %s\n" "current tables on disk after the archive (pg_total_relation_size)" "$cur_mb"
printf "    %-62s %d MB of Parquet for %d snapshots\n" "for scale: the archive" "$pq_mb" "$k"
