#!/usr/bin/env bash
# tools/deps.sh — install the Debian 12 packages hfstate builds, runs and tests with (only the missing ones).
#   tools/deps.sh            build, server and test packages
#   tools/deps.sh --browser  also what the browser test of the HTML report needs (test/browser): Debian's
#                            chromium, Node.js with npm, and playwright-core and markdown-it from npm (npm ci,
#                            lock file test/browser/package-lock.json; playwright downloads no browser of its own)
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
pkgs="postgresql-15 postgresql-server-dev-15 postgresql-15-pgtap libtap-parser-sourcehandler-pgtap-perl
      postgresql-contrib libpq-dev gcc make zlib1g-dev libzstd-dev libsnappy-dev liblz4-dev libbrotli-dev
      clang libclang-rt-14-dev valgrind python3"
browser=no
[ "${1:-}" = "--browser" ] && browser=yes
missing=""
for p in $pkgs; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
# Node.js and npm (the Parquet tests write files with DuckDB's npm package; the browser test drives
# Chromium with playwright-core): Debian's packages unless a Node.js installation is already there
command -v npm >/dev/null 2>&1 || missing="$missing nodejs npm"
if [ $browser = yes ]; then
    [ -x /usr/bin/chromium ] || missing="$missing chromium"
fi
sudo=""
[ "$(id -u)" = 0 ] || sudo=sudo
if [ -n "$missing" ]; then
    echo "installing:$missing"
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi
if [ $browser = yes ] && { [ ! -f "$top/test/browser/node_modules/playwright-core/package.json" ] \
    || [ ! -f "$top/test/browser/node_modules/markdown-it/package.json" ]; }; then
    echo "installing playwright-core and markdown-it (npm ci in test/browser)"
    (cd "$top/test/browser" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null)
fi
exit 0
