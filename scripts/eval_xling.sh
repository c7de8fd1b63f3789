#!/usr/bin/env bash
# eval_xling.sh - cross-lingual linking on MEANTIME: the 120 English articles
# and their Spanish translations (scripts/meantime2jsonl.py builds the set from
# ../shared/data) go through `tidings eval --level event` twice:
#   --label pair   pairwise recall = the share of Spanish articles in the same
#                  event as their English original (issue 3 target: >= 0.95);
#   --label topic  B-cubed precision = 1 when no event mixes two of the four
#                  topic corpora (airbus, apple, gm, stock).
# Fails when a number drops below eval/floors-xling.json.
# Usage: scripts/eval_xling.sh TIDINGS_BINARY
set -euo pipefail

[ $# -eq 1 ] || { echo "usage: scripts/eval_xling.sh TIDINGS_BINARY" >&2; exit 2; }
tidings=$1
case $tidings in /*) ;; *) tidings="$PWD/$tidings" ;; esac

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$(dirname "$repo")/shared"
out="$repo/build/eval_xling"
mkdir -p "$out"

python3 "$repo/scripts/meantime2jsonl.py" "$shared" "$out/meantime.jsonl"
"$tidings" eval --json --level event --label pair "$out/meantime.jsonl" >"$out/pair.json"
"$tidings" eval --json --level event --label topic "$out/meantime.jsonl" >"$out/topic.json"

python3 - "$out/pair.json" "$out/topic.json" "$repo/eval/floors-xling.json" <<'PY'
import json, sys
pair, topic, floors = (json.load(open(p)) for p in sys.argv[1:4])
got = {"pair_recall": pair["pairwise_recall"], "topic_precision": topic["bcubed_precision"]}
print("meantime  articles %d  clusters %d  en-es pairs together %.4f  topic B3 precision %.4f"
      % (pair["articles"], pair["clusters"], got["pair_recall"], got["topic_precision"]))
bad = [k for k, floor in floors.items() if got[k] + 1e-9 < floor]
for k in bad:
    print("eval_xling: %s %.4f is below its floor %.4f" % (k, got[k], floors[k]), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
