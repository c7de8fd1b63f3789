#!/usr/bin/env python3
"""Turns SemEval-2015 Task 4 (TimeLine) gold timelines into `tidings timeline --eval` records.

    semeval2timeline.py DATA_DIR [-o OUT]

DATA_DIR is ../shared/data/semeval2015-timeline/SemEval_Task4_data. One JSON
line per article that a gold timeline cites: {"doc","dct","text","gold"}.
The text is the title (sentence 0) and the body (sentences 2 on; sentence 1
is the dateline, which the DCT replaces), one sentence per line, tokens
joined by spaces; "gold" lists every gold timeline entry of the article as
{"start","end","date"} with the byte span of the event's sentence. Entries
repeat when several entity timelines cite one event, as in the task's own
scoring. The reference date (DCT) comes from the TimeML version.
"""
import argparse
import glob
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import defaultdict

NO_SPACE_BEFORE = {",", ".", ":", ";", "?", "!", ")", "%", "'s", "n't", "'", "''"}


def sentences(cat_path):
    """Sentence number -> text, from a CAT XML file."""
    toks = defaultdict(list)
    for t in ET.parse(cat_path).getroot().iter("token"):
        toks[int(t.get("sentence"))].append(t.text or "")
    out = {}
    for s, words in toks.items():
        text = ""
        for w in words:
            if text and w not in NO_SPACE_BEFORE and not text.endswith(("(", "$", "``")):
                text += " "
            text += w
        out[s] = text
    return out


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]


def dateline_date(line):
    """"February 03 , 2009" -> "2009-02-03", or ""."""
    m = re.match(r"\s*([A-Za-z]+)\s+(\d{1,2})\s*,\s*(\d{4})", line or "")
    if not m or m.group(1).lower() not in MONTHS:
        return ""
    return "%s-%02d-%02d" % (m.group(3), MONTHS.index(m.group(1).lower()) + 1, int(m.group(2)))


def dct_of(tml_path, dateline):
    """The TimeML creation time; the dateline when that is not ISO (one file has "03-02-2009")."""
    m = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="([^"]+)"',
                  open(tml_path, encoding="utf-8").read()) if os.path.exists(tml_path) else None
    if m and re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.group(1)):
        return m.group(1)
    return dateline_date(dateline)


def corpus_records(corpus):
    gold = defaultdict(list)  # doc id -> [(sentence, date)]
    for path in sorted(glob.glob(os.path.join(corpus, "TimeLines_Gold_Standard", "*.txt"))):
        for line in open(path, encoding="utf-8"):
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3:
                continue
            doc, sent, _word = parts[2].split("-", 2)
            gold[doc].append((int(sent), parts[1]))
    for cat in sorted(glob.glob(os.path.join(corpus, "corpus_trackA_CAT", "*.xml"))):
        doc = os.path.basename(cat).split("_", 1)[0]
        if doc not in gold:
            continue
        sents = sentences(cat)
        tml = os.path.join(corpus, "corpus_trackA_TimeML",
                           os.path.basename(cat).replace(".txt.xml", ".tml"))
        text, spans = "", {}
        for s in sorted(sents):
            if s == 1:
                continue
            if text:
                text += "\n"
            start = len(text.encode("utf-8"))
            text += sents[s]
            spans[s] = (start, len(text.encode("utf-8")))
        entries = [{"start": spans[s][0], "end": spans[s][1], "date": d}
                   for s, d in gold[doc] if s in spans]
        yield {"doc": doc, "dct": dct_of(tml, sents.get(1)), "text": text,
               "gold": entries}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data")
    ap.add_argument("-o", "--out", default="-")
    args = ap.parse_args()
    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8")
    n = 0
    for corpus in sorted(glob.glob(os.path.join(args.data, "corpus_*"))):
        for rec in corpus_records(corpus):
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    print("semeval2timeline: %d articles" % n, file=sys.stderr)


if __name__ == "__main__":
    main()
