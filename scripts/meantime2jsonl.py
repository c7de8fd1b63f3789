#!/usr/bin/env python3
"""Convert MEANTIME CAT XML (../shared/data/meantime-en) into two JSON Lines files.

Usage: meantime2jsonl.py DIR... --docs DOCS.jsonl --gold GOLD.jsonl

DOCS gets one {"doc","story","text","lang"} line per article ("story" is
the topic corpus, e.g. corpus_airbus, whose articles `tidings entities`
then types together): the tokens re-joined
with light detokenisation (no space before closing punctuation, none after
opening brackets; one sentence per line). GOLD gets one
{"doc","start","end","type","text"} line per named (syntactic_type NAM or
PRE.NAM) entity mention whose entity is PER, ORG or LOC, with code-point
offsets into that text, after one {"doc","scope_end"} line per article: the
code-point offset where the annotated part (sentences 0-5) ends, since the
intra-document layer annotates only those; predictions past it are not
scored. The scoring itself is done in C (`tidings entities --score`).
Conversion only: no counting or matching happens here.
"""

import argparse
import json
import os
import sys
import xml.etree.ElementTree as ET

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''", "'s", "'",
                   "n't", "'re", "'ve", "'ll", "'d", "'m"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``"}
TYPES = {"PER", "ORG", "LOC"}
NAMED = {"NAM", "PRE.NAM"}
# The intra-document layer annotates the title (sentence 0), the date line
# (1) and sentences 2-5; mentions later in the text are not annotated there.
ANNOTATED_SENTENCES = 6


def convert(path):
    root = ET.parse(path).getroot()
    name = root.get("doc_name") or os.path.basename(path)
    raw = [(t.get("t_id"), t.get("sentence"), t.text or "") for t in root.iter("token")]
    text, spans = rebuild_quotes(raw)
    types = {e.get("m_id"): e.get("ent_type") for e in root.iter("ENTITY")}
    refers = {}
    for r in root.iter("REFERS_TO"):
        tgt = r.find("target")
        for src in r.iter("source"):
            if tgt is not None:
                refers[src.get("m_id")] = tgt.get("m_id")
    last = max((int(s) for _, s, _ in raw), default=0)
    if any(s == str(ANNOTATED_SENTENCES) for _, s, _ in raw):
        last = ANNOTATED_SENTENCES - 1
    scope = [sp[1] for tid, s, _ in raw for sp in [spans[tid]] if int(s) <= last]
    gold = [{"doc": name, "scope_end": max(scope, default=0)}]
    for m in root.iter("ENTITY_MENTION"):
        if m.get("syntactic_type") not in NAMED:
            continue
        etype = types.get(refers.get(m.get("m_id")))
        if etype not in TYPES:
            continue
        ids = [a.get("t_id") for a in m.iter("token_anchor") if a.get("t_id") in spans]
        if not ids:
            continue
        start = min(spans[i][0] for i in ids)
        end = max(spans[i][1] for i in ids)
        gold.append({"doc": name, "start": start, "end": end, "type": etype,
                     "text": text[start:end]})
    gold[1:] = sorted(gold[1:], key=lambda g: (g["start"], g["end"]))
    story = os.path.basename(os.path.dirname(path))
    return {"doc": name, "story": story, "text": text, "lang": "en"}, gold


def rebuild_quotes(raw):
    """`rebuild` with PTB quotes: `` opens (no space after), '' closes (no space before)."""
    parts, spans, pos = [], {}, 0
    prev_sent, prev = None, None
    for tid, sent, word in raw:
        out = '"' if word in ("``", "''") else word
        if prev_sent is not None and sent != prev_sent:
            sep = "\n"
        elif prev is None:
            sep = ""
        elif word in NO_SPACE_BEFORE or prev in NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        spans[tid] = (pos, pos + len(out))
        parts.append(out)
        pos += len(out)
        prev, prev_sent = word, sent
    return "".join(parts), spans


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("dirs", nargs="+")
    ap.add_argument("--docs", required=True)
    ap.add_argument("--gold", required=True)
    a = ap.parse_args()
    files = []
    for d in a.dirs:
        for base, _, names in os.walk(d):
            files += [os.path.join(base, n) for n in names if n.endswith(".xml")]
    files.sort(key=lambda f: (os.path.dirname(f), os.path.basename(f)))
    if not files:
        sys.exit("meantime2jsonl: no .xml files under %s" % " ".join(a.dirs))
    with open(a.docs, "w", encoding="utf-8") as fd, open(a.gold, "w", encoding="utf-8") as fg:
        for f in files:
            doc, gold = convert(f)
            fd.write(json.dumps(doc, ensure_ascii=False) + "\n")
            for g in gold:
                fg.write(json.dumps(g, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
