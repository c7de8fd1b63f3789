#!/usr/bin/env bash
# eval_copies.sh - precision and recall of near-copy detection (copy_of).
# Builds a test set with scripts/gen_copies.py from ECB+ (../shared/data,
# when present) and data/sample/news.jsonl, ingests it into a fresh
# database, reads `tidings export --json` and scores copy_of against the
# generator's gold_copy_of. Usage: eval_copies.sh TIDINGS_BINARY [SEED]
#   env MAX_EDIT (default 0.3), MAX_CONTAINMENT (default 0.4; see gen_copies.py),
#   FURNITURE (default 0; N puts every article on a page of one of N sites with
#   furniture, see gen_copies.py), OUT (default build/eval-copies),
#   FLOORS (default eval/floors-copies.json, or eval/floors-copies-furniture.json
#   when FURNITURE is set).
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: scripts/eval_copies.sh TIDINGS_BINARY [SEED]" >&2; exit 2; }
tidings=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
seed=${2:-1}
repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$repo"
out=${OUT:-build/eval-copies}
mkdir -p "$out"

inputs=(data/sample/news.jsonl)
if [ -d "$(dirname "$repo")/shared/data/ecbplus" ]; then
    python3 scripts/ecbplus2jsonl.py -o "$out/ecb.jsonl"
    inputs=("$out/ecb.jsonl" "${inputs[@]}")
fi
python3 scripts/gen_copies.py --seed "$seed" --max-edit "${MAX_EDIT:-0.3}" \
    --max-containment "${MAX_CONTAINMENT:-0.4}" --furniture "${FURNITURE:-0}" \
    -o "$out/copies.jsonl" "${inputs[@]}"
rm -f "$out/copies.db" "$out/copies.db-wal" "$out/copies.db-shm"
"$tidings" --db "$out/copies.db" ingest "$out/copies.jsonl" 2>"$out/ingest.log" ||
    { cat "$out/ingest.log" >&2; exit 1; }
"$tidings" --db "$out/copies.db" export --json >"$out/export.jsonl"

floors=eval/floors-copies.json
[ "${FURNITURE:-0}" = 0 ] || floors=eval/floors-copies-furniture.json
exec python3 - "$out/copies.jsonl" "$out/export.jsonl" "$repo/${FLOORS:-$floors}" <<'PY'
import json, os, sys

gold = {}
for line in open(sys.argv[1], encoding="utf-8"):
    a = json.loads(line)
    gold[a["id"]] = (a.get("gold_copy_of"), a.get("edit_rate"))
got = {}
for line in open(sys.argv[2], encoding="utf-8"):
    r = json.loads(line)
    got[r["id"]] = r["copy_of"]

tp = sum(1 for i, c in got.items() if c is not None and gold[i][0] == c)
flagged = sum(1 for c in got.values() if c is not None)
copies = sum(1 for g, _ in gold.values() if g is not None)
print("articles %d, gold copies %d, marked copies %d, correct %d" % (len(got), copies, flagged, tp))
print("precision %.4f  recall %.4f" % (tp / max(1, flagged), tp / max(1, copies)))
for lo, hi in ((0, 0.001), (0.001, 0.1), (0.1, 0.2), (0.2, 0.301)):
    ids = [i for i, (g, e) in gold.items() if g is not None and lo <= e < hi]
    hit = sum(1 for i in ids if got.get(i) == gold[i][0])
    print("  edits %2.0f-%2.0f%%: %3d copies, recall %.4f" % (lo * 100, hi * 100, len(ids),
                                                          hit / max(1, len(ids))))
wrong = [(i, c, gold[i][0]) for i, c in got.items() if c is not None and gold[i][0] != c]
for i, c, g in wrong[:20]:
    print("  false: %s copy_of %s (gold %s)" % (i, c, g))
# Floors only go up: fail when precision or recall drops below the one recorded.
floors = json.load(open(sys.argv[3])) if os.path.exists(sys.argv[3]) else {}
scores = {"precision": tp / max(1, flagged), "recall": tp / max(1, copies)}
bad = [(k, scores[k], v) for k, v in floors.items() if scores[k] < v]
for k, g, v in bad:
    print("eval_copies: %s %.4f is below its floor %.4f" % (k, g, v), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
