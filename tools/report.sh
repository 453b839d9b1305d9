#!/usr/bin/env bash
# tools/report.sh — write the rendered report from the running private cluster (make demo starts it):
#   tools/report.sh [DATABASE [DIR]]   DIR/report.html (hfstate.report_html()) and DIR/report.md
#                                      (hfstate.report_markdown()); defaults: hfstate, the checkout
# Prints the path of the HTML report.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
db=${1:-hfstate}
dir=$(cd "${2:-$top}" && pwd)
eval "$(bash "$top/tools/cluster.sh" env)"
if ! psql -X -q -d "$db" -c "SELECT 1" >/dev/null 2>&1; then
    echo "tools/report.sh: cannot connect to database $db of the private cluster (start it with: make demo)" >&2
    exit 1
fi
tmp=$(mktemp "$dir/.report.XXXXXX")
trap 'rm -f "$tmp"' EXIT
psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "SELECT hfstate.report_html()" >"$tmp"
mv "$tmp" "$dir/report.html"
psql -X -q -At -v ON_ERROR_STOP=1 -d "$db" -c "SELECT hfstate.report_markdown()" >"$tmp"
mv "$tmp" "$dir/report.md"
chmod a+r "$dir/report.html" "$dir/report.md"
echo "$dir/report.html"
