#!/usr/bin/env python3
"""timex_markup2jsonl.py - turns a hand-annotated timex file into the gold JSON
Lines of scripts/eval_dates.sh (one document a line: doc, dct, lang, text,
timexes with code-point start/end, type, value, text).

Input format (UTF-8): a line "# DOC DCT" opens a document; every other
non-empty line is one sentence of it, with each timex written as
[extent|TYPE|VALUE]. Lines starting with "%" are comments.
Usage: scripts/timex_markup2jsonl.py LANG IN.txt -o OUT.jsonl
"""
import argparse
import json
import re
import sys

TIMEX = re.compile(r"\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^\]]+)\]")


def sentence(line, text, timexes):
    """Appends `line` (with its timexes resolved) to `text`; returns the new text."""
    pos = 0
    for m in TIMEX.finditer(line):
        text += line[pos:m.start()]
        start = len(text)
        text += m.group(1)
        timexes.append({"start": start, "end": len(text), "type": m.group(2),
                        "value": m.group(3), "text": m.group(1)})
        pos = m.end()
    rest = line[pos:]
    if "[" in rest or "]" in rest:
        sys.exit("timex_markup2jsonl: bad markup in %r" % line)
    return text + rest + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("lang")
    ap.add_argument("src")
    ap.add_argument("-o", "--out", required=True)
    args = ap.parse_args()
    docs = []
    for raw in open(args.src, encoding="utf-8"):
        line = raw.strip()
        if not line or line.startswith("%"):
            continue
        if line.startswith("# "):
            name, dct = line[2:].split()
            docs.append({"doc": name, "dct": dct, "lang": args.lang, "text": "",
                         "timexes": []})
            continue
        if not docs:
            sys.exit("timex_markup2jsonl: a sentence before the first '# DOC DCT' line")
        d = docs[-1]
        d["text"] = sentence(line, d["text"], d["timexes"])
    for i, d in enumerate(docs):
        for j, t in enumerate(d["timexes"]):
            t["tid"] = "t%d" % (j + 1)
    with open(args.out, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
