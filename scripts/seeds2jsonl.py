#!/usr/bin/env python3
"""Turns seed-style text articles (../shared/seeds/*.txt) into labelled JSON Lines.

    seeds2jsonl.py DIR [-o OUT] [--label NAME]

Each file is one article: an optional leading "date YYYY-MM-DD" is the
publication date, the rest is the body, the id is the file name without its
extension. Every record gets the same gold label (default "seeds"), in the
fields `story` and `event`: the seeds tell one storyline, so `make eval`
checks that they end in one story.
"""
import argparse
import json
import os
import re
import sys


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dir")
    ap.add_argument("-o", "--out", default="-")
    ap.add_argument("--label", default="seeds")
    args = ap.parse_args()
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
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    print("seeds2jsonl: %d articles" % len(names), file=sys.stderr)


if __name__ == "__main__":
    main()
