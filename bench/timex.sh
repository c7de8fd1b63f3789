#!/usr/bin/env bash
# A/B timing of the temporal tagger and the publication-date estimate of two
# Tidings binaries, back to back, with a byte-for-byte check of their output.
#
#   bench/timex.sh BINARY_A BINARY_B [RUNS]
#
# Inputs (in a temporary directory):
#   - TempEval-3 TBAQ-cleaned (../shared/data/tempeval3, converted with
#     ../shared/tools/timeml2text.py --with-gold as scripts/eval_dates.sh does);
#   - an "undated store": the first 3,000 articles of bench/out/stream-10000.jsonl
#     (generated as bench/run.sh does when missing) with "date" dropped from
#     every third, ingested once by BINARY_B; each query runs on its own copy.
# Per run (default 3), alternating A, B: `tidings dates --json` on TBAQ
# (documents/s, MB/s of input) and `export --json`, `story --json 7`,
# `timeline --json 7` on the undated store (wall seconds). Fails when A and B
# print different bytes for any of them.
# Environment: CALLGRIND=1 also prints callgrind's instruction count of the
#              TBAQ `dates` run of each binary (repeatable, load-independent);
#              BENCH_CPU=N pins every run to that CPU (taskset).
set -euo pipefail

if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 BINARY_A BINARY_B [RUNS]" >&2
    exit 2
fi
A=$1 B=$2 RUNS=${3:-3}
BENCH_NAME=timex
source "$(dirname "$0")/lib.sh"
bench_need_executables "$A" "$B"
if [ -z "${EPOCHREALTIME:-}" ]; then
    echo "timex: needs bash 5 (EPOCHREALTIME)" >&2
    exit 2
fi
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SHARED=$(dirname "$(dirname "$HERE")")/shared
TE3=$SHARED/data/tempeval3/Training/TBAQ-cleaned
if [ ! -d "$TE3" ]; then
    echo "timex: $TE3 does not exist" >&2
    exit 2
fi
bench_pin_from_env
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT

STREAM=$HERE/out/stream-10000.jsonl
if [ ! -s "$STREAM" ]; then
    mkdir -p "$HERE/out"
    python3 "$HERE/gen_stream.py" -n 10000 --seed 1 -o "$STREAM.tmp"
    mv "$STREAM.tmp" "$STREAM"
fi
python3 "$SHARED/tools/timeml2text.py" --with-gold "$TE3" -o "$TMP/tbaq.jsonl" 2>/dev/null
python3 - "$STREAM" "$TMP/undated.jsonl" <<'PY'
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for i, line in enumerate(f):
        if i >= 3000:
            break
        d = json.loads(line)
        if i % 3 == 2:
            d.pop("date", None)
        out.write(json.dumps(d) + "\n")
PY
"$B" --db "$TMP/undated.db" ingest --format jsonl "$TMP/undated.jsonl" >/dev/null

docs=$(wc -l <"$TMP/tbaq.jsonl")
bytes=$(wc -c <"$TMP/tbaq.jsonl")
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "TBAQ: $docs documents, $bytes bytes"
echo
echo "| run | binary | dates s | docs/s | MB/s | export --json s | story --json 7 s | timeline --json 7 s |"
echo "|---|---|---:|---:|---:|---:|---:|---:|"

timed() { # OUT CMD... -> wall seconds (ms resolution) on stdout, the command's stdout in OUT
    local out=$1 t0 t1
    shift
    t0=$EPOCHREALTIME
    "${PIN[@]}" "$@" >"$out"
    t1=$EPOCHREALTIME
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f\n", b - a }'
}

for run in $(seq 1 "$RUNS"); do
    for side in A B; do
        bin=$A
        [ "$side" = B ] && bin=$B
        cp "$TMP/undated.db" "$TMP/q.db"
        d=$(timed "$TMP/dates.$side" "$bin" dates --json "$TMP/tbaq.jsonl")
        e=$(timed "$TMP/export.$side" "$bin" --db "$TMP/q.db" export --json)
        s=$(timed "$TMP/story.$side" "$bin" --db "$TMP/q.db" story --json 7)
        t=$(timed "$TMP/timeline.$side" "$bin" --db "$TMP/q.db" timeline --json 7)
        awk -v r="$run" -v b="$side" -v d="$d" -v n="$docs" -v by="$bytes" -v e="$e" \
            -v s="$s" -v t="$t" 'BEGIN {
                printf "| %d | %s | %.3f | %.0f | %.2f | %.3f | %.3f | %.3f |\n",
                       r, b, d, n / (d > 0 ? d : 0.01), by / 1e6 / (d > 0 ? d : 0.01), e, s, t }'
    done
    for what in dates export story timeline; do
        if ! cmp -s "$TMP/$what.A" "$TMP/$what.B"; then
            echo "timex: A and B print different $what output" >&2
            exit 1
        fi
    done
done
echo
echo "output identical (md5): dates $(md5sum <"$TMP/dates.B" | cut -c1-8)," \
    "export $(md5sum <"$TMP/export.B" | cut -c1-8), story $(md5sum <"$TMP/story.B" | cut -c1-8)," \
    "timeline $(md5sum <"$TMP/timeline.B" | cut -c1-8)"

if [ "${CALLGRIND:-0}" = 1 ]; then
    for side in A B; do
        bin=$A
        [ "$side" = B ] && bin=$B
        valgrind --tool=callgrind --dump-instr=no --callgrind-out-file="$TMP/cg.$side" \
            "$bin" dates --json "$TMP/tbaq.jsonl" >/dev/null 2>"$TMP/cg.log"
        echo "callgrind $side: dates on TBAQ: $(grep -m1 -o 'summary: [0-9]*' "$TMP/cg.$side" |
            cut -d' ' -f2) instructions"
    done
fi
