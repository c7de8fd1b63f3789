#!/usr/bin/env python3
"""Scores estimated publication dates leave-one-out over DATED articles.

    eval_pubdate.py TIDINGS_BINARY CORPUS.jsonl [--semeval] [--no-event] [--text-only]
                    [--floors FLOORS.json --name NAME] [--details FILE]

CORPUS is news JSON Lines ({"id","text","date","lang",...}, as data/sample
and data/dev) or, with --semeval, the records scripts/semeval2timeline.py
writes ({"doc","dct","text"}; scripts/eval_timeline.sh leaves them in
build/eval_timeline/semeval.jsonl).

The whole corpus is ingested once with its dates into a throwaway store;
`tidings export` gives each article's story and event. Then every dated
article is estimated as if it were undated: its own text, and the dates of
the OTHER dated articles of its story and event (`tidings timeline
--pubdate`, the same estimator the export uses). The clustering itself saw
the article's date, which a truly undated article would not have.

Prints one JSON object: articles scored, estimated, share in the true day,
within 3 days, in the true month and year, and the mean absolute error in
days (an estimate of month or year precision counts from the middle of its
month or year; articles without an estimate are left out of the error).
With --floors, fails when a share drops under the floor listed for NAME.
--no-event hides the events (story dates only), to measure what they add;
--text-only hides both (each estimate from the article's own text);
--no-texts leaves out the event mates' texts (which weigh the event's middle
day by the names each shares with the article, as the export does).
"""
import argparse
import datetime
import json
import os
import subprocess
import sys
import tempfile


def load(path, semeval):
    out = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        if semeval:
            r = {"id": r["doc"], "text": r["text"], "date": r.get("dct") or None, "lang": "en"}
        out.append({"id": r["id"], "text": r.get("text") or "", "title": r.get("title"),
                    "date": (r.get("date") or None) and r["date"][:10],
                    "lang": r.get("lang") or "en"})
    return out


def clusters(tidings, records, tmp):
    db = os.path.join(tmp, "p.db")
    lines = []
    for r in records:
        rec = {"id": r["id"], "text": r["text"], "lang": r["lang"]}
        if r["title"]:
            rec["title"] = r["title"]
        if r["date"]:
            rec["date"] = r["date"]
        lines.append(json.dumps(rec))
    subprocess.run([tidings, "--db", db, "ingest", "-"], input="\n".join(lines) + "\n",
                   capture_output=True, text=True, check=True)
    out = subprocess.run([tidings, "--db", db, "export", "--json"], capture_output=True,
                         text=True, check=True).stdout
    return {o["id"]: (o["story"], o["event"]) for o in map(json.loads, out.splitlines())}


def interval(value):
    """First and last day of a YYYY-MM-DD / YYYY-MM / YYYY value."""
    parts = [int(x) for x in value.split("-")]
    if len(parts) == 3:
        d = datetime.date(*parts)
        return d, d
    if len(parts) == 2:
        first = datetime.date(parts[0], parts[1], 1)
        nxt = datetime.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first, nxt - datetime.timedelta(days=1)
    return datetime.date(parts[0], 1, 1), datetime.date(parts[0], 12, 31)


def score(pairs):
    t = {"articles": len(pairs), "estimated": 0, "day": 0, "within_3_days": 0, "month": 0,
         "year": 0}
    errors = []
    for est, true in pairs:
        if est is None:
            continue
        t["estimated"] += 1
        tday = datetime.date.fromisoformat(true)
        first, last = interval(est)
        mid = first + (last - first) / 2
        t["day"] += len(est) == 10 and est == true
        t["within_3_days"] += len(est) == 10 and abs((first - tday).days) <= 3
        t["month"] += len(est) >= 7 and est[:7] == true[:7]
        t["year"] += est[:4] == true[:4]
        errors.append(abs((mid - tday).days))
    n = max(t["articles"], 1)
    for k in ("day", "within_3_days", "month", "year"):
        t[k + "_share"] = round(t[k] / n, 4)
    t["mean_abs_error_days"] = round(sum(errors) / len(errors), 1) if errors else None
    return t


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("tidings")
    ap.add_argument("corpus")
    ap.add_argument("--semeval", action="store_true")
    ap.add_argument("--no-event", action="store_true")
    ap.add_argument("--text-only", action="store_true")
    ap.add_argument("--no-texts", action="store_true")
    ap.add_argument("--floors")
    ap.add_argument("--name")
    ap.add_argument("--details")
    a = ap.parse_args()
    records = load(a.corpus, a.semeval)
    dated = [r for r in records if r["date"]]
    with tempfile.TemporaryDirectory() as tmp:
        where = clusters(a.tidings, records, tmp)
        queries = []
        for r in dated:
            story, event = where[r["id"]]
            mates = [m for m in dated if m["id"] != r["id"]]
            queries.append(json.dumps({
                "text": r["text"], "lang": r["lang"],
                "story": [] if a.text_only else
                         [m["date"] for m in mates if where[m["id"]][0] == story][:64],
                "event": [] if a.no_event or a.text_only else
                         [m["date"] for m in mates if where[m["id"]][1] == event][:64],
                "event_texts": None if a.no_event or a.text_only or a.no_texts else
                               [m["text"] for m in mates if where[m["id"]][1] == event][:64]}))
        qpath = os.path.join(tmp, "q.jsonl")
        with open(qpath, "w", encoding="utf-8") as f:
            f.write("\n".join(queries) + "\n")
        out = subprocess.run([a.tidings, "timeline", "--pubdate", qpath], capture_output=True,
                             text=True, check=True).stdout.splitlines()
    ests = [json.loads(o)["date"] for o in out]
    if a.details:
        with open(a.details, "w", encoding="utf-8") as f:
            for r, e, q in zip(dated, ests, queries):
                q = json.loads(q)
                f.write(json.dumps({"id": r["id"], "true": r["date"], "est": e,
                                    "event": sorted(q["event"]), "story": sorted(q["story"])})
                        + "\n")
    result = score(list(zip(ests, [r["date"] for r in dated])))
    print(json.dumps(result))
    if a.floors:
        floor = json.load(open(a.floors)).get(a.name, {})
        low = [k for k, v in floor.items() if result.get(k) is None or result[k] < v]
        if low:
            print("eval_pubdate: %s under its floor in %s" % (a.name, ", ".join(low)),
                  file=sys.stderr)
            sys.exit(1)


if __name__ == "__main__":
    main()
