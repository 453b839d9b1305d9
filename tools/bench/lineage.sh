#!/bin/sh
# tools/bench/lineage.sh: run tools/bench/lineage.sql in a scratch database.
# Usage: tools/bench/lineage.sh [n_models]   (PGHOST, PGPORT, PGUSER, PGDATABASE select the database)
# The database must have the extension (hfstate or a scratch build) installed; its lineage tables are emptied.
set -eu
here=$(dirname "$0")
exec psql -X -v ON_ERROR_STOP=1 -v n="${1:-2000000}" -f "$here/lineage.sql"
