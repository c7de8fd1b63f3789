#!/usr/bin/env bash
# A/B ingest timing of two Tidings binaries on the same stream, back to back.
#
#   bench/ab.sh BINARY_A BINARY_B STREAM.jsonl [RUNS]
#
# Runs `BINARY --db FRESH ingest --format jsonl STREAM` RUNS times (default 3)
# for each binary, alternating A, B, A, B, ... so that both see the same drift
# of a shared machine. Each run starts from a fresh database file in a
# temporary directory. Prints one Markdown row per run: wall seconds,
# articles/s, MB/s, user and system CPU seconds, peak RSS.
#
# Environment: BENCH_CPU=0 pins both to that one CPU (taskset), which is how
#              issue 2's one-core target is measured.
set -euo pipefail

if [ $# -lt 3 ] || [ $# -gt 4 ]; then
    echo "usage: $0 BINARY_A BINARY_B STREAM.jsonl [RUNS]" >&2
    exit 2
fi
A=$1 B=$2 STREAM=$3 RUNS=${4:-3}
BENCH_NAME=ab
source "$(dirname "$0")/lib.sh"
bench_need_executables "$A" "$B"
if [ ! -r "$STREAM" ]; then
    echo "ab: cannot read $STREAM" >&2
    exit 2
fi
bench_need_gnu_time
bench_pin_from_env
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

ARTICLES=$(wc -l <"$STREAM")
BYTES=$(wc -c <"$STREAM")

echo "| run | binary | seconds | articles/s | MB/s | user s | sys s | peak RSS (MiB) |"
echo "|---:|---|---:|---:|---:|---:|---:|---:|"
for i in $(seq 1 "$RUNS"); do
    for side in A B; do
        if [ "$side" = A ]; then bin=$A; else bin=$B; fi
        bench_timed_ingest "$bin" "$STREAM" --format jsonl
        awk -v i="$i" -v s="$side" -v secs="$SECS" -v u="$USER_S" -v y="$SYS_S" -v k="$KIB" \
            -v n="$ARTICLES" -v b="$BYTES" 'BEGIN {
            printf "| %d | %s | %.2f | %.0f | %.1f | %.2f | %.2f | %.1f |\n",
                   i, s, secs, n / secs, b / 1e6 / secs, u, y, k / 1024 }'
    done
done
