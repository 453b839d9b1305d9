#!/usr/bin/env bash
# tools/cluster.sh — a private PostgreSQL 15 cluster for the demo, tests and benchmarks.
#
#   tools/cluster.sh start    initialise (once) and start; prints the connection settings
#   tools/cluster.sh stop     stop it
#   tools/cluster.sh env      print "export PG...=" lines for a shell: eval "$(tools/cluster.sh env)"
#   tools/cluster.sh state    print the state directory (data, socket, log, generated samples)
#
# The state directory is .pgstate in the checkout when the server's user can reach it, else
# /var/tmp/hfstate-<hash of the checkout path> with .pgstate as a symlink to it.  As root the
# server runs as the unprivileged user "postgres" (PostgreSQL refuses to run as root).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
pgbin=$(pg_config --bindir 2>/dev/null || echo /usr/lib/postgresql/15/bin)

if [ "$(id -u)" = 0 ]; then
    runuser=postgres
else
    runuser=$(id -un)
fi

as_server() {
    if [ "$(id -un)" = "$runuser" ]; then "$@"; else runuser -u "$runuser" -- "$@"; fi
}

state_dir() {
    if [ -L "$top/.pgstate" ] || [ -d "$top/.pgstate" ]; then
        readlink -f "$top/.pgstate"
        return
    fi
    local dir="$top/.pgstate"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        chown "$runuser" "$dir"
        if ! as_server test -w "$dir" 2>/dev/null; then
            rmdir "$dir"
            dir=/var/tmp/hfstate-$(printf '%s' "$top" | md5sum | cut -c1-12)
            mkdir -p "$dir"
            chown "$runuser" "$dir"
            ln -sfn "$dir" "$top/.pgstate"
        fi
    fi
    chmod 0755 "$dir"
    echo "$dir"
}

free_port() {
    local p
    for p in $(seq 54320 54420); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && [ ! -e "/tmp/.s.PGSQL.$p" ]; then
            echo "$p"
            return
        fi
    done
    echo "no free port between 54320 and 54420" >&2
    exit 1
}

cmd=${1:-start}
state=$(state_dir)
data=$state/data

case "$cmd" in
    state)
        echo "$state"
        ;;
    env)
        port=$(cat "$state/port" 2>/dev/null || echo 5432)
        echo "export PGHOST=$state PGPORT=$port PGUSER=postgres PGDATABASE=${PGDATABASE:-hfstate}"
        ;;
    start)
        if [ ! -f "$data/PG_VERSION" ]; then
            as_server "$pgbin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1 \
                || { cat "$state/initdb.log"; exit 1; }
            free_port >"$state/port"
            cat >>"$data/postgresql.conf" <<CONF
port = $(cat "$state/port")
listen_addresses = ''
unix_socket_directories = '$state'
shared_buffers = 512MB
work_mem = 64MB
maintenance_work_mem = 256MB
max_wal_size = 4GB
fsync = off
synchronous_commit = off
full_page_writes = off
max_parallel_workers_per_gather = 2
CONF
        fi
        port=$(cat "$state/port")
        if ! as_server "$pgbin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
            if [ -e "$state/.s.PGSQL.$port" ] || (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
                rm -f "$state/.s.PGSQL.$port" "$state/.s.PGSQL.$port.lock"
            fi
            as_server "$pgbin/pg_ctl" -D "$data" -l "$state/server.log" -w -t 60 start >/dev/null \
                || { tail -20 "$state/server.log"; exit 1; }
        fi
        echo "PostgreSQL is running: data $data, socket $state, port $port"
        ;;
    stop)
        if [ -f "$data/PG_VERSION" ]; then
            as_server "$pgbin/pg_ctl" -D "$data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        echo "PostgreSQL stopped ($data)"
        ;;
    *)
        echo "usage: $0 start|stop|env|state" >&2
        exit 2
        ;;
esac
