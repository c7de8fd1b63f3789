#!/usr/bin/env bash
# install-deps.sh - installs the Debian packages Tidings needs to build and
# test, when they are missing. As root it runs apt-get; otherwise it prints
# the exact apt-get line and fails. Usage: install-deps.sh [build|ci]
# `ci` adds the tools of the CI-only checks, and for the browser test of the
# web page Debian's Chromium, wrk, and playwright-core from npm (installed
# into tests/web/node_modules with the machine's Node.js, as pinned in
# tests/web/package-lock.json).
set -euo pipefail

pkgs=(build-essential g++ cmake pkg-config libsqlite3-dev libutf8proc-dev libicu-dev
      libstemmer-dev libcld2-dev libjson-c-dev libxxhash-dev libmicrohttpd-dev libxml2-dev python3 curl
      iso-codes libhangul-data)
if [ "${1:-build}" = ci ]; then
    pkgs+=(pmccabe clang chromium wrk)
fi

# playwright-core for tests/web, when Node.js and npm are there and it is missing.
web_npm() {
    [ "${1:-build}" = ci ] || return 0
    [ -d tests/web/node_modules/playwright-core ] && return 0
    if ! command -v npm >/dev/null; then
        echo "tidings: npm is missing; the browser test (tests/web) will fail" >&2
        return 1
    fi
    echo "tidings: installing playwright-core into tests/web (npm ci)" >&2
    npm ci --prefix tests/web --no-audit --no-fund --loglevel=error >&2
}
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    web_npm "${1:-build}"
    exit 0
fi

line="apt-get install -y ${missing[*]}"
if [ "$(id -u)" -ne 0 ]; then
    echo "tidings: missing Debian packages; run as root:" >&2
    echo "  apt-get update && $line" >&2
    exit 1
fi
echo "tidings: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${missing[@]}" >/dev/null
web_npm "${1:-build}"
