#!/usr/bin/env bash
# The cost of reading articles from an RSS feed instead of JSON Lines.
#
#   bench/feed.sh BINARY STREAM.jsonl [RUNS]
#
# Writes STREAM as one RSS 2.0 feed (bench/jsonl2feed.py: the same ids, titles,
# ISO dates, languages and sources, each text as HTML paragraphs in
# <description>), then ingests the JSON Lines and the feed into fresh
# databases, alternately, RUNS times each (default 3). Checks that both give
# the same `export --json` (the same articles, events and stories), and prints
# one Markdown row per run: seconds, articles/s, MB/s of the input read, user
# and system CPU seconds, peak RSS. BENCH_CPU=N pins the runs to CPU N.
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 BINARY STREAM.jsonl [RUNS]" >&2
    exit 2
fi
BIN=$1 STREAM=$2 RUNS=${3:-3}
BENCH_NAME=feed
source "$(dirname "$0")/lib.sh"
bench_need_executables "$BIN"
bench_need_gnu_time
bench_pin_from_env
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
python3 "$(dirname "$0")/jsonl2feed.py" "$STREAM" "$TMP/stream.rss"

ARTICLES=$(grep -c . "$STREAM")
echo "| run | input | MB | seconds | articles/s | MB/s | user s | sys s | peak RSS (MiB) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|---:|"
for i in $(seq 1 "$RUNS"); do
    for kind in jsonl feed; do
        if [ "$kind" = jsonl ]; then in=$STREAM; else in=$TMP/stream.rss; fi
        bench_timed_ingest "$BIN" "$in"
        "$BIN" --db "$TMP/db" export --json >"$TMP/export.$kind"
        awk -v i="$i" -v s="$kind" -v secs="$SECS" -v u="$USER_S" -v y="$SYS_S" -v k="$KIB" \
            -v n="$ARTICLES" -v b="$(wc -c <"$in")" 'BEGIN {
            printf "| %d | %s | %.1f | %.2f | %.0f | %.1f | %.2f | %.2f | %.1f |\n",
                   i, s, b / 1e6, secs, n / secs, b / 1e6 / secs, u, y, k / 1024 }'
    done
    if ! cmp -s "$TMP/export.jsonl" "$TMP/export.feed"; then
        echo "feed: the feed gave another export than the JSON Lines:" >&2
        diff "$TMP/export.jsonl" "$TMP/export.feed" | head -n 5 >&2
        exit 1
    fi
done
