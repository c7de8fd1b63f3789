#!/usr/bin/env bash
# eval_shuffles.sh - event-level B-cubed F1 on ECB+ over several stream orders.
# scripts/ecbplus2jsonl.py interleaves the topics by a seeded shuffle, and the
# online clustering (with its merge and split passes) depends on that order:
# on topics 1-22 the default scores 0.8597-0.9098 over the seeds 1-9, a spread
# as wide as most changes tried (docs/QUALITY.md, "Participants, a learned
# split test and deferred joins"). Tune on the mean over seeds, not on one.
# Usage: scripts/eval_shuffles.sh TIDINGS_BINARY TOPICS [-- EVAL_ARGS...]
#   TOPICS     as the converter's --topics, e.g. 1-22
#   EVAL_ARGS  passed on to `tidings eval` (e.g. --model FILE)
#   SEEDS      environment: the shuffle seeds (default "1 2 3 4 5 6 7 8 9")
set -euo pipefail

usage() {
    echo "usage: scripts/eval_shuffles.sh TIDINGS_BINARY TOPICS [-- EVAL_ARGS...]" >&2
    exit 2
}
[ $# -ge 2 ] || usage
tidings=$1
topics=$2
shift 2
if [ $# -gt 0 ]; then
    [ "$1" = "--" ] || usage
    shift
fi
case $tidings in /*) ;; *) tidings="$PWD/$tidings" ;; esac
case $topics in *[!0-9,-]* | "") usage ;; esac
if [ ! -x "$tidings" ] || [ -d "$tidings" ]; then
    echo "eval_shuffles: error: '$tidings' is not an executable" >&2
    exit 1
fi

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out="$repo/build/eval_shuffles"
mkdir -p "$out"
scores=()
for seed in ${SEEDS:-1 2 3 4 5 6 7 8 9}; do
    case $seed in *[!0-9]* | "") echo "eval_shuffles: error: bad seed '$seed'" >&2; exit 2 ;; esac
    file="$out/ecb_${topics//,/_}_s$seed.jsonl"
    if [ ! -s "$file" ]; then
        python3 "$repo/scripts/ecbplus2jsonl.py" --topics "$topics" --seed "$seed" \
            -o "$file" 2>/dev/null
    fi
    f1=$("$tidings" eval --json --level event --label event "$@" "$file" | tail -n 1 |
        python3 -c 'import json, sys; print("%.4f" % json.load(sys.stdin)["bcubed_f1"])')
    echo "seed $seed  B3 F1 $f1"
    scores+=("$f1")
done
printf '%s\n' "${scores[@]}" | python3 -c '
import sys
v = [float(x) for x in sys.stdin.read().split()]
print("topics %s  seeds %d  B3 F1 mean %.4f  min %.4f  max %.4f"
      % (sys.argv[1], len(v), sum(v) / len(v), min(v), max(v)))' "$topics"
