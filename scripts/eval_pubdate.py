#!/usr/bin/env python3
"""Scores estimated publication dates on the SemEval-2015 Task 4 articles, leave-one-out.

    eval_pubdate.py TIDINGS_BINARY RECORDS.jsonl

RECORDS is what scripts/semeval2timeline.py writes (scripts/eval_timeline.sh
leaves it in build/eval_timeline/semeval.jsonl). Two settings:
  text only:     every article ingested without its date, so each estimate
                 comes from its own text;
  leave-one-out: for each article, all others keep their dates and only it is
                 undated, so its story's dated articles help.
Prints how many estimates fall in the true month and year, how many are
missing, and how many articles have a story-mate in the same month/year (the
ceiling for an estimate taken from the story). Takes a minute or two.
"""
import json
import os
import subprocess
import sys
import tempfile


def run(tidings, db, records, undated):
    for suf in ("", "-wal", "-shm"):
        if os.path.exists(db + suf):
            os.remove(db + suf)
    lines = []
    for r in records:
        rec = {"id": r["doc"], "text": r["text"], "lang": "en"}
        if r["doc"] not in undated and r["dct"]:
            rec["date"] = r["dct"]
        lines.append(json.dumps(rec))
    subprocess.run([tidings, "--db", db, "ingest", "-"], input="\n".join(lines) + "\n",
                   capture_output=True, text=True, check=False)
    out = subprocess.run([tidings, "--db", db, "export", "--json"], capture_output=True,
                         text=True, check=True).stdout
    return {o["id"]: o for o in map(json.loads, out.splitlines())}


def tally(pairs):
    t = {"articles": 0, "same_month": 0, "same_year": 0, "none": 0}
    for est, true in pairs:
        t["articles"] += 1
        if est is None:
            t["none"] += 1
            continue
        t["same_month"] += len(est) >= 7 and est[:7] == true[:7]
        t["same_year"] += est[:4] == true[:4]
    return t


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    tidings, path = sys.argv[1], sys.argv[2]
    records = [json.loads(l) for l in open(path, encoding="utf-8")]
    true = {r["doc"]: r["dct"] for r in records}
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "p.db")
        ex = run(tidings, db, records, set(true))
        text_only = tally((ex[d]["date"], true[d]) for d in true)
        dated = run(tidings, db, records, set())
        ceiling = {"month": 0, "year": 0}
        for d, o in dated.items():
            mates = [m["date"] for m in dated.values() if m["story"] == o["story"] and m["id"] != d]
            ceiling["month"] += any(m[:7] == true[d][:7] for m in mates)
            ceiling["year"] += any(m[:4] == true[d][:4] for m in mates)
        pairs = []
        for d in true:
            pairs.append((run(tidings, db, records, {d})[d]["date"], true[d]))
        loo = tally(pairs)
    print(json.dumps({"text_only": text_only, "leave_one_out": loo,
                      "story_mate_same": ceiling}))


if __name__ == "__main__":
    main()
