#!/usr/bin/env bash
# pgo-train.sh - the training run of the profile-guided build
# (cmake/optimize.cmake): runs an instrumented tidings on inputs that ship
# with the repository, so that it writes its profile.
#
#   scripts/pgo-train.sh INSTRUMENTED_TIDINGS SOURCE_DIR
#
# The work is what `tidings ingest` does most: a 2,000-article stream from
# bench/gen_stream.py with a fixed seed (2; the benchmarks use 1), then
# data/sample/news.jsonl into the same store, then a few reads of it. Without
# python3 the stream is skipped and the profile covers less.
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 INSTRUMENTED_TIDINGS SOURCE_DIR" >&2
    exit 2
fi
bin=$1 src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

run() {
    if ! "$bin" --db "$tmp/db" "$@" >"$tmp/out" 2>&1; then
        echo "pgo-train: tidings $* failed:" >&2
        tail -n 5 "$tmp/out" >&2
        exit 1
    fi
}

if command -v python3 >/dev/null; then
    python3 "$src/bench/gen_stream.py" -n 2000 --seed 2 -o "$tmp/stream.jsonl" 2>/dev/null
    run ingest --format jsonl "$tmp/stream.jsonl"
else
    echo "pgo-train: python3 is missing; training on data/sample only" >&2
fi
run ingest "$src/data/sample/news.jsonl"
run stories --limit 20
run search --limit 20 "election"
run export --json
