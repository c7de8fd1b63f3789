#!/usr/bin/env bash
# eval_entities.sh - scores `tidings entities` on MEANTIME English
# (../shared/data/meantime-en, intra-document layer): converts the CAT XML
# to JSON Lines with scripts/meantime2jsonl.py, tags it and scores it with
# `tidings entities --score` (overlap match of PER/ORG/LOC named mentions).
# The data has no official split; the rules were developed looking at the
# airbus and apple corpora ("dev"), and gm + stock are reported as held out.
# Usage: scripts/eval_entities.sh TIDINGS_BINARY
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: scripts/eval_entities.sh TIDINGS_BINARY" >&2; exit 2; }
tidings=$1
case $tidings in /*) ;; *) tidings="$PWD/$tidings" ;; esac

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$(dirname "$repo")/shared"
mt="$shared/data/meantime-en/meantime_newsreader_english_oct15/intra-doc_annotation"
out="$repo/build/eval_entities"
mkdir -p "$out"

# name and corpora, one row per set
sets=(
    "dev:corpus_airbus corpus_apple"
    "heldout:corpus_gm corpus_stock"
    "all:corpus_airbus corpus_apple corpus_gm corpus_stock"
)

for row in "${sets[@]}"; do
    name=${row%%:*}
    dirs=()
    for c in ${row#*:}; do dirs+=("$mt/$c"); done
    python3 "$repo/scripts/meantime2jsonl.py" "${dirs[@]}" --docs "$out/$name.docs.jsonl" \
        --gold "$out/$name.gold.jsonl"
    "$tidings" entities "$out/$name.docs.jsonl" >"$out/$name.sys.jsonl"
    "$tidings" entities --score --json "$out/$name.gold.jsonl" "$out/$name.sys.jsonl" \
        >"$out/$name.score.json"
    python3 - "$name" "$out/$name.score.json" "$repo/eval/floors-entities.json" <<'PY'
import json, sys
name, path, floors_path = sys.argv[1], sys.argv[2], sys.argv[3]
r = json.load(open(path))
print("entities %-8s docs %3d  PER F1 %.3f  ORG F1 %.3f  LOC F1 %.3f  micro P %.3f R %.3f F1 %.3f"
      % (name, r["docs"], r["PER"]["f1"], r["ORG"]["f1"], r["LOC"]["f1"],
         r["micro"]["precision"], r["micro"]["recall"], r["micro"]["f1"]))
# Floors only go up: fail when a score drops below the one recorded.
got = {"micro_f1": r["micro"]["f1"], "per_f1": r["PER"]["f1"], "org_f1": r["ORG"]["f1"],
       "loc_f1": r["LOC"]["f1"]}
bad = [(k, got[k], v) for k, v in json.load(open(floors_path)).get(name, {}).items()
       if got[k] < v]
for k, g, v in bad:
    print("eval_entities: %s %s %.4f is below its floor %.4f" % (name, k, g, v), file=sys.stderr)
sys.exit(1 if bad else 0)
PY
done
