#!/usr/bin/env python3
"""Scores the estimated dates of the UNDATED articles of news corpora.

    eval_undated.py TIDINGS_BINARY CORPUS.jsonl... [--details] [--after DAYS]

    e.g. eval_undated.py build-plain/tidings data/dev/news{2..14}.jsonl --details

Each corpus is ingested as it is into a throwaway store; `tidings export
--json` gives every article's date and its source. An undated article's
estimate is "right" when its span (a day, month or year) meets the span of
the dates given to the articles of its gold event (else of its gold story
when the event has no dated article), "wrong" when it does not, "none"
when there is no estimate. Prints one line per corpus and a total.
--after DAYS also counts as right an estimate that ends up to DAYS days
after the gold dates' span: an undated follow-up written after the dated
reports of its event ("landed on Monday evening", the day after the final).
"""
import calendar
import datetime
import json
import os
import subprocess
import sys
import tempfile


def shift(day, days):
    d = datetime.date(*day) + datetime.timedelta(days=days)
    return d.year, d.month, d.day


def span(value):
    parts = value[:10].split("-")
    y = int(parts[0])
    if len(parts) == 1:
        return (y, 1, 1), (y, 12, 31)
    m = int(parts[1])
    if len(parts) == 2:
        return (y, m, 1), (y, m, calendar.monthrange(y, m)[1])
    d = (y, m, int(parts[2]))
    return d, d


def score(tidings, path, details, after=0):
    recs = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "u.db")
        subprocess.run([tidings, "--db", db, "ingest", path], capture_output=True, check=True)
        out = subprocess.run([tidings, "--db", db, "export", "--json"], capture_output=True,
                             text=True, check=True).stdout
    exp = {r["id"]: r for r in map(json.loads, out.splitlines())}
    gold = {}
    for r in recs:
        if r.get("date"):
            for key in ("event", "story"):
                gold.setdefault((key, r.get(key)), []).append(r["date"][:10])
    counts = {"right": 0, "none": 0, "wrong": 0}
    for r in recs:
        e = exp.get(r["id"])
        if r.get("date") or e is None:
            continue
        days = gold.get(("event", r.get("event"))) or gold.get(("story", r.get("story")))
        est = e.get("date") if e.get("date_source") == "estimated" else None
        if est is None:
            kind = "none"
        elif not days:
            continue
        else:
            lo, hi = span(est)
            glo, ghi = span(min(days))[0], shift(span(max(days))[1], after)
            kind = "right" if lo <= ghi and glo <= hi else "wrong"
        counts[kind] += 1
        if details and kind != "right":
            print("  %s %s %s est=%s gold=%s..%s" % (os.path.basename(path), r["id"], kind, est,
                                                      min(days) if days else "-",
                                                      max(days) if days else "-"))
    return counts


def main():
    argv = sys.argv[2:]
    after = 0
    if "--after" in argv:
        k = argv.index("--after")
        after = int(argv[k + 1])
        del argv[k:k + 2]
    args = [a for a in argv if a != "--details"]
    total = {"right": 0, "none": 0, "wrong": 0}
    for path in args:
        c = score(sys.argv[1], path, "--details" in sys.argv, after)
        print("%-12s right %3d  none %3d  wrong %3d" % (os.path.basename(path), c["right"],
                                                         c["none"], c["wrong"]))
        for k in total:
            total[k] += c[k]
    print("%-12s right %3d  none %3d  wrong %3d" % ("total", total["right"], total["none"],
                                                     total["wrong"]))


if __name__ == "__main__":
    main()
