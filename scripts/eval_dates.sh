#!/usr/bin/env bash
# eval_dates.sh - scores `tidings dates` on TempEval-3 (../shared/data/tempeval3):
# converts TimeML to JSON Lines with ../shared/tools/timeml2text.py, tags it
# and scores with ../shared/tools/timeml_score.py. TBAQ-cleaned is the
# tuning set; Platinum is the report set (never tune on it).
# Usage: scripts/eval_dates.sh TIDINGS_BINARY [--errors]
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: scripts/eval_dates.sh TIDINGS_BINARY [--errors]" >&2; exit 2; }
tidings=$1
case $tidings in /*) ;; *) tidings="$PWD/$tidings" ;; esac
errors=${2:-}

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$(dirname "$repo")/shared"
te3="$shared/data/tempeval3"
out="$repo/build/eval_dates"
mkdir -p "$out"

# name and gold directory, one row per set
sets=(
    "tbaq:$te3/Training/TBAQ-cleaned"
    "platinum:$te3/Evaluation/te3-platinum"
)

for row in "${sets[@]}"; do
    name=${row%%:*}
    gold=${row#*:}
    python3 "$shared/tools/timeml2text.py" "$gold" -o "$out/$name.jsonl" 2>/dev/null
    "$tidings" dates --json "$out/$name.jsonl" >"$out/$name.sys.jsonl"
    python3 "$shared/tools/timeml_score.py" --gold "$gold" --system "$out/$name.sys.jsonl" \
        --json >"$out/$name.score.json" 2>/dev/null
    python3 - "$name" "$out/$name.score.json" "$repo/eval/floors-dates.json" <<'PY'
import json, sys
name, path, floors_path = sys.argv[1], sys.argv[2], sys.argv[3]
r = json.load(open(path))
print("%-9s docs %3d gold %4d sys %4d  strict F1 %5.2f  relaxed F1 %5.2f  "
      "value acc %5.2f  value F1 %5.2f  type F1 %5.2f"
      % (name, r["docs"], r["gold"], r["system"], 100 * r["strict"]["F1"],
         100 * r["relaxed"]["F1"], 100 * r["value"]["accuracy"], 100 * r["value"]["F1"],
         100 * r["type"]["F1"]))
# Floors only go up: fail when a score drops below the one recorded.
got = {"strict_f1": r["strict"]["F1"], "relaxed_f1": r["relaxed"]["F1"],
       "value_f1": r["value"]["F1"]}
bad = [(k, got[k], v) for k, v in json.load(open(floors_path)).get(name, {}).items()
       if got[k] < v]
for k, g, v in bad:
    print("eval_dates: %s %s %.4f is below its floor %.4f" % (name, k, g, v), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
    if [ "$errors" = "--errors" ] && [ "$name" = tbaq ]; then
        python3 "$shared/tools/timeml_score.py" --gold "$gold" --system "$out/$name.sys.jsonl" \
            --errors 2>/dev/null | tail -n +12 >"$out/$name.errors.tsv"
        echo "errors: $out/$name.errors.tsv"
    fi
done
