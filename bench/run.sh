#!/usr/bin/env bash
# Ingest throughput benchmark for Tidings.
#
#   bench/run.sh TIDINGS_BINARY          (or: make bench)
#
# Generates synthetic streams of 10k and 100k articles into bench/out/ (kept
# between runs; regenerated when gen_stream.py changes), ingests each into a
# fresh database under /usr/bin/time -v, and measures in the same run a floor
# reference: Python parsing every JSON line of the same file.  Prints a
# Markdown report on stdout (paste it into docs/BENCHMARKS.md); progress goes
# to stderr.
#
# Environment: BENCH_SIZES="10000 100000" to choose the stream sizes,
#              BENCH_SEED=1 for the generator seed,
#              BENCH_CPU=0 to pin `tidings` to that one CPU (taskset), so the
#              pipeline and the search indexer thread share one core.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 TIDINGS_BINARY" >&2
    exit 2
fi
TIDINGS=$1
BENCH_NAME=bench
source "$(dirname "$0")/lib.sh"
bench_need_executables "$TIDINGS"
case $TIDINGS in /*) ;; *) TIDINGS=$PWD/$TIDINGS ;; esac

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/out
SIZES=${BENCH_SIZES:-10000 100000}
SEED=${BENCH_SEED:-1}
PYTHON=${PYTHON:-python3}
bench_pin_from_env
mkdir -p "$OUT"

HAVE_GNU_TIME=0
if [ -x /usr/bin/time ] && /usr/bin/time -v true >/dev/null 2>&1; then
    HAVE_GNU_TIME=1
else
    echo "bench: /usr/bin/time (GNU time) not found; peak RSS will not be reported" \
         "(Debian: apt-get install time)" >&2
fi

# run LOG CMD... : runs CMD, leaves "seconds peak_kib" in $RESULT.
run() {
    local log=$1; shift
    local t0 t1 secs rss
    if [ "$HAVE_GNU_TIME" = 1 ]; then
        if ! /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1; then
            echo "bench: command failed: $*" >&2
            tail -n 20 "$log" >&2
            exit 1
        fi
        secs=$(awk -F': ' '/Elapsed \(wall clock\)/ {
                   n = split($2, p, ":"); s = 0
                   for (i = 1; i <= n; i++) s = s * 60 + p[i]
                   printf "%.3f", s }' "$log.time")
        rss=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")
    else
        t0=$(date +%s.%N)
        if ! "$@" >"$log" 2>&1; then
            echo "bench: command failed: $*" >&2
            tail -n 20 "$log" >&2
            exit 1
        fi
        t1=$(date +%s.%N)
        secs=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }')
        rss=""
    fi
    RESULT="$secs ${rss:-}"
}

# row NAME ARTICLES BYTES SECONDS RSS_KIB
row() {
    awk -v name="$1" -v n="$2" -v bytes="$3" -v s="$4" -v rss="${5:-}" 'BEGIN {
        if (s <= 0) s = 0.001
        mb = bytes / 1e6
        r = (rss == "") ? "n/a" : sprintf("%.1f", rss / 1024)
        printf "| %s | %d | %.1f | %.2f | %.0f | %.1f | %s |\n", name, n, mb, s, n / s, mb / s, r
    }'
}

cpu=$(lscpu 2>/dev/null | awk -F': *' '/^Model name/ { print $2; exit }')
[ -n "$cpu" ] || cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null)
[ -n "$cpu" ] || cpu=unknown
ram=$(awk '/^MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null || echo unknown)
rev=$(git -C "$HERE/.." rev-parse --short HEAD 2>/dev/null || echo unknown)
if ! git -C "$HERE/.." diff --quiet HEAD 2>/dev/null; then rev="$rev (+ local changes)"; fi

rows=()
for n in $SIZES; do
    stream=$OUT/stream-$n.jsonl
    if [ ! -s "$stream" ] || [ "$HERE/gen_stream.py" -nt "$stream" ] \
       || [ "$(cat "$stream.seed" 2>/dev/null)" != "$SEED" ]; then
        echo "bench: generating $n articles -> $stream" >&2
        "$PYTHON" "$HERE/gen_stream.py" -n "$n" --seed "$SEED" -o "$stream.tmp"
        mv "$stream.tmp" "$stream"
        echo "$SEED" >"$stream.seed"
    fi
    bytes=$(wc -c <"$stream")
    articles=$(wc -l <"$stream")

    db=$OUT/bench-$n.db
    rm -f "$db" "$db"-wal "$db"-shm "$db"-journal
    echo "bench: tidings ingest, $articles articles" >&2
    run "$OUT/ingest-$n.log" ${PIN[@]+"${PIN[@]}"} "$TIDINGS" --db "$db" ingest --format jsonl "$stream"
    read -r secs rss <<<"$RESULT"
    rows+=("$(row "tidings ingest" "$articles" "$bytes" "$secs" "${rss:-}")")

    # Restart cost: a second ingest into the full store rebuilds the
    # clustering state from it before adding 100 more articles.
    "$PYTHON" "$HERE/gen_stream.py" -n 100 --seed "$((SEED + 1000))" -o "$OUT/extra.jsonl.tmp"
    sed 's/"id": *"/"id": "extra-/' "$OUT/extra.jsonl.tmp" >"$OUT/extra.jsonl"
    echo "bench: reopen the $articles-article store and ingest 100 more" >&2
    run "$OUT/reopen-$n.log" ${PIN[@]+"${PIN[@]}"} "$TIDINGS" --db "$db" ingest --format jsonl "$OUT/extra.jsonl"
    read -r secs rss <<<"$RESULT"
    rows+=("| reopen $articles-article store + ingest 100 | 100 | - | $secs | - | - | $(awk -v r="${rss:-}" 'BEGIN { print (r == "") ? "n/a" : sprintf("%.1f", r / 1024) }') |")

    echo "bench: baseline (python3 json.loads per line), $articles articles" >&2
    run "$OUT/baseline-$n.log" "$PYTHON" -c '
import json, sys
n = 0
with open(sys.argv[1], "rb") as f:
    for line in f:
        if line.strip():
            json.loads(line)
            n += 1
print(n)' "$stream"
    read -r secs rss <<<"$RESULT"
    rows+=("$(row "baseline: python3 json.loads" "$articles" "$bytes" "$secs" "${rss:-}")")
    rm -f "$db" "$db"-wal "$db"-shm "$db"-journal
done

echo "### Ingest throughput ($(date -u +%Y-%m-%d))"
echo
echo "- Machine: $cpu, $(nproc) CPUs, $ram RAM, $(uname -sr)"
if [ -n "${BENCH_CPU:-}" ]; then
    echo "- \`tidings\` pinned to CPU $BENCH_CPU (\`taskset -c $BENCH_CPU\`): one core for the pipeline and the search indexer"
fi
echo "- Tidings: $rev; input: synthetic stream from \`bench/gen_stream.py --seed $SEED\`" \
     "(~300 words per article, 4 pseudo-languages)"
echo "- Baseline: \`python3\` ($("$PYTHON" -c 'import platform; print(platform.python_version())')) parsing every JSON line of the same file — a floor reference for \"just reading the JSON\""
echo
echo "| Run | Articles | MB | Seconds | Articles/s | MB/s | Peak RSS (MiB) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
for r in "${rows[@]}"; do echo "$r"; done
