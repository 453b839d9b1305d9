# tools/common.sh — shared by demo.sh, test.sh, conformance.sh and bench.sh (sourced, not run).
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$top"

sudo_cmd=""
[ "$(id -u)" = 0 ] || sudo_cmd=sudo

# build: the extension, installed into the server, and the tools; scripts of versions this checkout
# does not ship (left by an earlier install) are removed first, so the server offers exactly these
build_and_install() {
    bash tools/deps.sh
    make -s >/dev/null
    $sudo_cmd rm -f "$(pg_config --sharedir)"/extension/hfstate--*.sql
    $sudo_cmd make -s install >/dev/null
    make -s -C tools >/dev/null
}

# start the private cluster and export its connection settings
start_cluster() {
    bash tools/cluster.sh start
    eval "$(bash tools/cluster.sh env)"
    state=$(bash tools/cluster.sh state)
    export state
}

# (re)create a database with the extensions given
fresh_db() {
    local db=$1
    shift
    PGOPTIONS="-c client_min_messages=warning" psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db" >/dev/null
    for ext in "$@"; do
        psql -X -q -d "$db" -c "CREATE EXTENSION $ext" >/dev/null
    done
}

# generate a sample Hub once per parameter set; prints its directory
sample_hub() {
    local name=$1
    shift
    local dir=$state/$name
    local stamp
    # regenerate when the arguments or the generator itself changed
    stamp="$* $(md5sum tools/hubgen/hubgen | cut -c1-32)"
    if [ ! -f "$dir/truths.csv" ] || [ "$(cat "$dir/.args" 2>/dev/null)" != "$stamp" ]; then
        rm -rf "$dir"
        mkdir -p "$dir"
        tools/hubgen/hubgen --out "$dir" "$@" >/dev/null
        echo "$stamp" >"$dir/.args"
        [ "$(id -u)" = 0 ] && chmod -R a+rX "$dir"
    fi
    echo "$dir"
}

# import every snapshot of a sample into database $1 through the server-side importers
import_sample() {
    local db=$1 dir=$2
    psql -X -q -d "$db" -v ON_ERROR_STOP=1 \
        -c "SELECT hfstate.load_authors('$dir/authors.csv')" >/dev/null || return 1
    for snap in $(ls "$dir/snapshots" | sort); do
        for kind in models datasets spaces; do
            f=$(ls "$dir/snapshots/$snap/$kind".json* | head -1)
            psql -X -q -d "$db" -v ON_ERROR_STOP=1 -At \
                -c "SELECT rows_imported || ' ' || kind || ' of $snap imported, ' || rows_rejected || ' rejected' FROM hfstate.import_$kind('$f', '$snap')" || return 1
        done
    done
    if [ -f "$dir/configs.jsonl" ]; then
        psql -X -q -d "$db" -v ON_ERROR_STOP=1 -At \
            -c "SELECT rows_imported || ' configs imported' FROM hfstate.import_configs('$dir/configs.jsonl')" || return 1
    fi
}
