#!/usr/bin/env bash
# eval_timeline.sh - timelines on real data:
# 1. the seed storyline (../shared/seeds): ingests the three articles and
#    checks that `tidings timeline` holds the events issue 4 asks for, with
#    their sources, and that undated seed 002 is estimated within January 2022;
# 2. SemEval-2015 Task 4 gold timelines (../shared/data/semeval2015-timeline):
#    the share of gold entries whose event our timeline dates the same, to
#    the gold precision (`tidings timeline --eval`); fails below
#    eval/floors-timeline.json;
# 3. publication dates, leave-one-out over the dated articles of
#    data/sample/news.jsonl, data/dev/news2.jsonl and the SemEval articles
#    (scripts/eval_pubdate.py); fails below eval/floors-pubdate.json.
# Usage: scripts/eval_timeline.sh TIDINGS_BINARY
set -euo pipefail

[ $# -ge 1 ] || { echo "usage: scripts/eval_timeline.sh TIDINGS_BINARY" >&2; exit 2; }
tidings=$1
case $tidings in /*) ;; *) tidings="$PWD/$tidings" ;; esac

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$(dirname "$repo")/shared"
out="$repo/build/eval_timeline"
mkdir -p "$out"
rm -f "$out/seeds.db" "$out/seeds.db-wal" "$out/seeds.db-shm"

# 1. Seeds.
"$tidings" --db "$out/seeds.db" ingest "$shared/seeds" 2>/dev/null
story=$("$tidings" --db "$out/seeds.db" export --json | grep -o '"story":[0-9]*' | sort -u |
        cut -d: -f2)
[ "$(printf '%s\n' "$story" | wc -l)" -eq 1 ] || { echo "eval_timeline: seeds split into stories: $story" >&2; exit 1; }
"$tidings" --db "$out/seeds.db" timeline --json "$story" >"$out/seeds.timeline.json"
"$tidings" --db "$out/seeds.db" export --json >"$out/seeds.export.jsonl"
python3 - "$out/seeds.timeline.json" "$out/seeds.export.jsonl" <<'PY'
import json, re, sys
tl = json.load(open(sys.argv[1]))
export = [json.loads(l) for l in open(sys.argv[2])]
A, B, C = "000_43ffd9204fe86b63", "001_2875c1643e118854", "002_850543fb2f9294c0"

def find(date_re, sources, words=()):
    """An event whose date matches, reported by all `sources`, whose text has one of `words`."""
    for e in tl["events"]:
        if (re.fullmatch(date_re, e["date"]) and set(sources) <= set(e["articles"])
                and (not words or any(w in e["text"] for w in words))):
            return e
    return None

checks = [
    ("the 2014 marriage", r"2014", [B], ("married",)),
    ("the February 2021 divorce filing", r"2021-02", [B, C], ("divorce",)),
    ("the December 2021 house bid", r"2021-12", [C], ("house",)),
    ("New Year's Eve in Miami", r"2021-12-31", [A, B, C], ()),
    ("New Year's Day dinner at Carbone in New York", r"2022-01-0[1-6]", [B],
     ("Carbone", "New York")),
    ("the September 2024 retrospective", r"2024-09(-\d\d)?", [A], ()),
]
bad = 0
for name, date_re, sources, words in checks:
    e = find(date_re, sources, words)
    print("seeds: %-46s %s" % (name, "event %d %s first %s" % (e["id"], e["date"], e["first"][:3])
                                if e else "MISSING"))
    bad += e is None
# "I met Ye in Miami on New Year's Eve": Ye is Kanye West (002 says "who today is called Ye").
nye = find(r"2021-12-31", [A, B, C])
ye_ok = nye is not None and any(x["name"] == "Kanye West" and x["type"] == "PER"
                                for x in nye["entities"])
print("seeds: New Year's Eve names Kanye West (alias Ye): %s" % ("yes" if ye_ok else "NO"))
bad += not ye_ok
dates = {r["id"]: (r["date"], r["date_source"]) for r in export}
ok002 = dates.get(C, (None, None))[1] == "estimated" and (dates[C][0] or "").startswith("2022-01")
print("seeds: 002 estimated publication date: %s (%s)" % dates.get(C, (None, None)))
bad += not ok002
if bad:
    print("eval_timeline: %d seed check(s) failed; see %s" % (bad, sys.argv[1]), file=sys.stderr)
sys.exit(1 if bad else 0)
PY

# 2. SemEval-2015 Task 4.
python3 "$repo/scripts/semeval2timeline.py" "$shared/data/semeval2015-timeline/SemEval_Task4_data" \
    -o "$out/semeval.jsonl" 2>/dev/null
"$tidings" timeline --eval "$out/semeval.jsonl" --json >"$out/semeval.score.json"
python3 - "$out/semeval.score.json" "$repo/eval/floors-timeline.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print("semeval2015: gold entries %d, dated %d, dated the same %d: accuracy %.4f"
      % (r["gold"], r["dated"], r["correct"], r["accuracy"]))
floor = json.load(open(sys.argv[2]))["semeval2015"]["accuracy"]
if r["accuracy"] < floor:
    print("eval_timeline: semeval2015 accuracy %.4f is below its floor %.4f"
          % (r["accuracy"], floor), file=sys.stderr)
    sys.exit(1)
PY

# 3. Publication dates, leave-one-out (each dated article estimated as if undated).
for corpus in sample:data/sample/news.jsonl news2:data/dev/news2.jsonl; do
    name=${corpus%%:*}
    printf 'pubdate %s: ' "$name"
    python3 "$repo/scripts/eval_pubdate.py" "$tidings" "$repo/${corpus#*:}" \
        --floors "$repo/eval/floors-pubdate.json" --name "$name"
done
printf 'pubdate semeval: '
python3 "$repo/scripts/eval_pubdate.py" "$tidings" "$out/semeval.jsonl" --semeval \
    --floors "$repo/eval/floors-pubdate.json" --name semeval
