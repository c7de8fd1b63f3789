#!/usr/bin/env python3
"""Turns seed-style text articles (../shared/seeds/*.txt) into labelled JSON Lines.

    seeds2jsonl.py DIR [-o OUT] [--label NAME] [--events FILE]

Each file is one article: an optional leading "date YYYY-MM-DD" is the
publication date, the rest is the body, the id is the file name without its
extension. Every record gets the same gold label (default "seeds") in the
field `story`: the seeds tell one storyline, so `make eval` checks that they
end in one story. The field `event` gets the same label, unless --events
names a file of "ID-PREFIX<TAB>EVENT" lines (hand-written gold; # starts a
comment): then each article gets the event of the line whose prefix starts
its id, and an article no line matches is an error.
"""
import argparse
import json
import os
import re
import sys


def read_events(path):
    """The (prefix, event) pairs of an events file, in file order."""
    pairs = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            parts = line.split("\t")
            if len(parts) != 2 or not parts[0] or not parts[1]:
                sys.exit("seeds2jsonl: %s:%d: want ID-PREFIX<TAB>EVENT" % (path, n))
            pairs.append((parts[0], parts[1]))
    return pairs


def event_of(pairs, ident, path):
    for prefix, event in pairs:
        if ident.startswith(prefix):
            return event
    sys.exit("seeds2jsonl: %s: no event for article '%s'" % (path, ident))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--label", default="seeds")
    ap.add_argument("--events", help="ID-PREFIX<TAB>EVENT lines: the gold events")
    args = ap.parse_args()
    events = read_events(args.events) if args.events else None
    names = sorted(n for n in os.listdir(args.dir) if n.endswith(".txt"))
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    for name in names:
        with open(os.path.join(args.dir, name), encoding="utf-8") as f:
            body = f.read().lstrip("\ufeff").strip()
        rec = {"id": os.path.splitext(name)[0]}
        m = re.match(r"date (\d{4}-\d{2}-\d{2})\s*(.*)", body, re.S)
        if m:
            rec["date"], body = m.group(1), m.group(2)
        rec["text"] = body
        rec["story"] = rec["event"] = args.label
        if events is not None:
            rec["event"] = event_of(events, rec["id"], args.events)
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    print("seeds2jsonl: %d articles" % len(names), file=sys.stderr)


if __name__ == "__main__":
    main()
