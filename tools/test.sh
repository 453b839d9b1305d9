#!/usr/bin/env bash
# tools/test.sh — all tests against a private cluster: pg_regress (test/sql), pgTAP (test/pgtap),
# the generated-sample tests (test/sample: planted truths recovered by the report; both import
# paths), the browser test of the HTML report of that sample (test/browser, headless Chromium), and the
# Parquet tests (test/parquet: the reader and the importer against files written by DuckDB, damaged
# files, valgrind, a short libFuzzer run).  Ends with "N passed, N failed"; exits non-zero on any failure.
set -uo pipefail
source "$(dirname "$0")/common.sh"

passed=0
failed=0
log=$(mktemp)

count_tap() {   # count the TAP lines of pg_prove -v output in $1; $2 = pg_prove's exit code
    local ok nok
    ok=$(grep -cE '^ok [0-9]+' "$1")
    nok=$(grep -cE '^not ok [0-9]+' "$1")
    if [ "$2" != 0 ] && [ "$nok" = 0 ]; then nok=1; fi
    passed=$((passed + ok))
    failed=$((failed + nok))
}

set -e
build_and_install
start_cluster
set +e

echo "== pg_regress (test/sql) and isolation (test/specs)"
rm -rf results regression.diffs regression.out output_iso
make -s installcheck PGUSER=postgres >"$log" 2>&1
rc=$?
grep -E '^(test| )+[a-z_]+ +\.\.\. ' "$log" | sed 's/^/  /'
ok=$(grep -cE '\.\.\. ok' "$log")
nok=$(grep -cE '\.\.\. FAILED' "$log")
if [ $rc != 0 ] && [ "$nok" = 0 ]; then nok=1; cat "$log"; fi
for d in regression.diffs output_iso/regression.diffs; do [ -f $d ] && head -100 $d; done
passed=$((passed + ok)); failed=$((failed + nok))

echo "== pgTAP (test/pgtap)"
fresh_db hfstate_tap pgtap hfstate
for f in test/pgtap/*.sql; do
    pg_prove -v -d hfstate_tap "$f" >"$log" 2>&1
    rc=$?
    echo "  $f: $(grep -cE '^ok [0-9]+' "$log") ok, $(grep -cE '^not ok [0-9]+' "$log") not ok"
    [ $rc != 0 ] && grep -vE '^ok [0-9]+' "$log" | head -40
    count_tap "$log" $rc
done

echo "== generated sample (test/sample)"
dir=$(sample_hub sample-test --models 20000 --datasets 6000 --spaces 4000 --snapshots 4 --seed 7)
fresh_db hfstate_sample pgtap hfstate
if import_sample hfstate_sample "$dir" >"$log" 2>&1; then
    psql -X -q -d hfstate_sample -v ON_ERROR_STOP=1 \
        -c "CREATE TABLE public.truths (measure text, key text, value bigint)" \
        -c "\\copy public.truths FROM '$dir/truths.csv' (FORMAT csv, HEADER)" >>"$log" 2>&1
    # the client-side path: the same latest snapshot again through COPY FROM STDIN must change nothing
    latest=$(ls "$dir/snapshots" | sort | tail -1)
    PGDATABASE=hfstate_sample tools/hfstate-import --quiet models "$latest" "$dir/snapshots/$latest/models.jsonl" >>"$log" 2>&1 \
        && psql -X -q -d hfstate_sample -c "CREATE TABLE public.client_import AS SELECT * FROM hfstate.import_runs ORDER BY run_id DESC LIMIT 1" >>"$log" 2>&1
    for f in test/sample/*.sql; do
        pg_prove -v -d hfstate_sample "$f" >"$log" 2>&1
        rc=$?
        echo "  $f: $(grep -cE '^ok [0-9]+' "$log") ok, $(grep -cE '^not ok [0-9]+' "$log") not ok"
        [ $rc != 0 ] && grep -vE '^ok [0-9]+' "$log" | head -60
        count_tap "$log" $rc
    done
else
    cat "$log"
    failed=$((failed + 1))
fi

echo "== browser (test/browser: the HTML report of the generated sample in headless Chromium)"
# needs the sample database above; hfstate.refresh() derives everything first so every section has data
if bash tools/deps.sh --browser >"$log" 2>&1 \
    && psql -X -q -d hfstate_sample -v ON_ERROR_STOP=1 -c "SELECT * FROM hfstate.refresh()" >>"$log" 2>&1 \
    && mkdir -p test/browser/out \
    && bash tools/report.sh hfstate_sample test/browser/out >>"$log" 2>&1; then
    node test/browser/report.test.js test/browser/out/report.html test/browser/out/report.png >"$log" 2>&1
    rc=$?
    echo "  test/browser/report.test.js: $(grep -cE '^ok [0-9]+' "$log") ok, $(grep -cE '^not ok [0-9]+' "$log") not ok" \
         "(screenshot test/browser/out/report.png)"
    [ $rc != 0 ] && grep -vE '^ok [0-9]+' "$log" | head -40
    count_tap "$log" $rc
else
    cat "$log"
    failed=$((failed + 1))
fi

echo "== hostile rows (test/browser/hostile.test.js: report.md and report.html show the data's HTML as text)"
# ids, authors, tags and a user section that are HTML or Markdown syntax; both renderings in headless Chromium
fresh_db hfstate_hostile hfstate
hdir=test/browser/out/hostile
rm -rf "$state/hostile" && mkdir -p "$state/hostile" "$hdir" && cp test/browser/hostile-*.jsonl "$state/hostile/"
chmod -R a+rX "$state/hostile"
if psql -X -q -d hfstate_hostile -v dir="$state/hostile" -f test/browser/hostile.sql >"$log" 2>&1 \
    && bash tools/report.sh hfstate_hostile "$hdir" >>"$log" 2>&1; then
    node test/browser/hostile.test.js "$hdir/report.md" "$hdir/report.html" >"$log" 2>&1
    rc=$?
    echo "  test/browser/hostile.test.js: $(grep -cE '^ok [0-9]+' "$log") ok, $(grep -cE '^not ok [0-9]+' "$log") not ok"
    [ $rc != 0 ] && grep -vE '^ok [0-9]+' "$log" | head -40
    count_tap "$log" $rc
else
    cat "$log"
    failed=$((failed + 1))
fi

echo "== Parquet (test/parquet)"
step() {    # run "$@" as one test named $name; its last line is the summary shown
    if "$@" >"$log" 2>&1; then passed=$((passed + 1)); echo "  ok   $name: $(tail -1 "$log")"
    else failed=$((failed + 1)); echo "  FAIL $name"; tail -30 "$log" | sed 's/^/    /'; fi
}
name="reader vs DuckDB (codecs, page v1/v2, dictionary, row groups, nesting)"; step make -s parquet-test
name="damaged files give clear errors (valgrind on six)"
step python3 test/parquet/check_errors.py tools/pq2json test/parquet/out "$state/pq-errors" --valgrind
name="valgrind: the real hub-stats fixture read without errors or leaks"
fixture=${HFSTATE_FIXTURES:-$top/../shared/fixtures}/hub-stats-subset/models.parquet
if [ ! -f "$fixture" ]; then
    echo "  (no $fixture: valgrind on the real fixture skipped)"
else
    step valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite,indirect,possible \
        tools/pq2json "$fixture" --bench
fi
name="libFuzzer over the reader (${HFSTATE_FUZZ_SECONDS:-20} s)"
step make -s fuzz FUZZ_SECONDS="${HFSTATE_FUZZ_SECONDS:-20}"
# the importer: Parquet written by DuckDB from a generated snapshot must import exactly like its JSON Lines
mdir=$(sample_hub pq-matrix --models 3000 --datasets 500 --spaces 300 --snapshots 1 --seed 3)
msnap=$(ls "$mdir/snapshots" | sort | tail -1)
(cd test/parquet && HFSTATE_IMPORT=$top/tools/hfstate-import node import_matrix.mjs --sample "$mdir/snapshots/$msnap" \
    --out "$state/pq-matrix-files" --db hfstate_pq_matrix) >"$log" 2>&1
rc=$?
ok=$(grep -cE '^ok   ' "$log"); nok=$(grep -cE '^FAIL ' "$log")
[ $rc != 0 ] && [ "$nok" = 0 ] && nok=1
echo "  import matrix: $ok files imported exactly like the JSON Lines, $nok not"
[ $rc != 0 ] && grep -vE '^ok   ' "$log" | head -30
passed=$((passed + ok)); failed=$((failed + nok))
rm -f "$log"

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
