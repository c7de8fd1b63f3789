#!/usr/bin/env bash
# install-deps.sh - installs the Debian packages Tidings needs to build and
# test, when they are missing. As root it runs apt-get; otherwise it prints
# the exact apt-get line and fails. Usage: install-deps.sh [build|ci]
set -euo pipefail

pkgs=(build-essential g++ cmake pkg-config libsqlite3-dev libutf8proc-dev libicu-dev
      libstemmer-dev libcld2-dev libjson-c-dev libxxhash-dev libmicrohttpd-dev python3 curl
      iso-codes)
if [ "${1:-build}" = ci ]; then
    pkgs+=(pmccabe clang)
fi

missing=()
for p in "${pkgs[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done
[ ${#missing[@]} -eq 0 ] && exit 0

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
