#!/usr/bin/env bash
# run.sh - the browser test of the web page (test_page.mjs), registered with
# CTest as `web_page`. It needs Node.js, Chromium (/usr/bin/chromium, or
# $TD_CHROMIUM) and playwright-core installed in tests/web/node_modules
# (`npm ci --prefix tests/web`). When one is missing it prints SKIP and exits
# 77, which CTest reports as skipped, unless TD_WEB_REQUIRED=1 (set by
# .ci/run), where a missing tool is a failure. Screenshots go to $TD_WEB_OUT
# (default: the build directory, else a temporary one).
set -euo pipefail
TD=${1:?usage: $0 TIDINGS_BINARY}
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CHROMIUM=${TD_CHROMIUM:-/usr/bin/chromium}
OUT=${TD_WEB_OUT:-$(dirname "$TD")}

skip() {
    if [ "${TD_WEB_REQUIRED:-0}" = 1 ]; then
        echo "FAIL: $* (TD_WEB_REQUIRED=1)" >&2
        exit 1
    fi
    echo "SKIP: $*"
    exit 77
}

command -v node >/dev/null || skip "node is not installed (scripts/install-deps.sh ci)"
[ -x "$CHROMIUM" ] || skip "no Chromium at $CHROMIUM (apt-get install chromium)"
(cd "$HERE" && node -e "import('playwright-core').catch(() => process.exit(1))") ||
    skip "playwright-core is not installed (npm ci --prefix tests/web)"

mkdir -p "$OUT"
export TD_CHROMIUM="$CHROMIUM"
exec node "$HERE/test_page.mjs" "$TD" "$OUT"
