#!/usr/bin/env python3
"""meantime2jsonl.py - the cross-lingual MEANTIME test set as Tidings JSON Lines.

The 120 English MEANTIME articles and their Spanish translations exist as
token-per-line files in ../shared/data/meantime-timex-bio; ../shared/tools/
meantime_bio.py re-joins their tokens into prose. The two files do not list
the documents in quite the same order (95 of 120 line up), so each Spanish
document is paired with its English original by the numbers and capitalised
words they share (Jaccard, best pairs first; every pair found this way was
checked, by reading its two titles, to be an article and its translation).
The topic corpus of each article (airbus, apple, gm, stock) is known only
from the English CAT XML files in ../shared/data/meantime-en, so each English
document is matched to its XML file by its first tokens.

Writes one record per article, each English one followed by its translation:
  {"id": "en-001", "lang": "en", "date": DCT, "title": first line,
   "text": the rest, "topic": corpus name, "pair": "001"}
(the Spanish one has id "es-001", its own DCT and the same topic and pair).
Usage: meantime2jsonl.py SHARED_DIR OUT.jsonl
"""

import glob
import json
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

KEY_TOKENS = 12
MIN_PAIR_SCORE = 0.1


def key_of(tokens):
    """A matching key: the first tokens, lower-cased, letters and digits only."""
    words = [re.sub(r"[^0-9a-z]", "", t.lower()) for t in tokens]
    return " ".join(w for w in words if w)[:120]


def xml_topics(shared):
    """Maps the key of each English XML document to its topic corpus."""
    topics = {}
    pattern = os.path.join(shared, "data/meantime-en/meantime_newsreader_english_oct15",
                           "intra_cross-doc_annotation/corpus_*/*.xml")
    for path in glob.glob(pattern):
        topic = os.path.basename(os.path.dirname(path))[len("corpus_"):]
        root = ET.parse(path).getroot()
        tokens = [t.text or "" for t in root.iter("token")][:KEY_TOKENS]
        topics[key_of(tokens)] = topic
    return topics


def bio_docs(shared, lang, tmpdir):
    """The documents of one language, as meantime_bio.py joins them."""
    src = os.path.join(shared, "data/meantime-timex-bio/meantime", lang, "test.tsv")
    out = os.path.join(tmpdir, "meantime-%s.bio.jsonl" % lang)
    subprocess.run([sys.executable, os.path.join(shared, "tools/meantime_bio.py"), src,
                    "--prefix", lang, "-o", out], check=True)
    with open(out, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def clues(text):
    """Numbers and capitalised words: what a translation keeps."""
    return set(re.findall(r"\d+", text)) | set(re.findall(r"\b[A-Z][A-Za-z]{2,}\b", text))


def align(en, es):
    """For each English document, the index of its Spanish translation."""
    ce = [clues(d["text"]) for d in en]
    cs = [clues(d["text"]) for d in es]
    scored = []
    for i, a in enumerate(ce):
        for j, b in enumerate(cs):
            shared = len(a & b)
            if shared:
                scored.append((shared / len(a | b), -i, -j))
    scored.sort(reverse=True)
    pair, used = {}, set()
    for score, i, j in scored:
        i, j = -i, -j
        if i in pair or j in used:
            continue
        if score < MIN_PAIR_SCORE:
            break
        pair[i] = j
        used.add(j)
    if len(pair) != len(en):
        sys.exit("meantime2jsonl: only %d of %d documents paired" % (len(pair), len(en)))
    return pair


def record(doc, lang, topic, pair):
    title, _, body = doc["text"].partition("\n")
    return {"id": "%s-%s" % (lang, pair), "lang": lang, "date": doc["dct"],
            "title": title, "text": body, "topic": topic, "pair": pair}


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: meantime2jsonl.py SHARED_DIR OUT.jsonl")
    shared, out_path = sys.argv[1], sys.argv[2]
    tmpdir = os.path.dirname(os.path.abspath(out_path))
    topics = xml_topics(shared)
    en = bio_docs(shared, "en", tmpdir)
    es = bio_docs(shared, "es", tmpdir)
    if len(en) != len(es):
        sys.exit("meantime2jsonl: %d English but %d Spanish documents" % (len(en), len(es)))
    pair_of = align(en, es)
    with open(out_path, "w", encoding="utf-8") as out:
        for i, d_en in enumerate(en):
            d_es = es[pair_of[i]]
            words = d_en["text"].split()[:KEY_TOKENS * 2]
            spans = d_en["tokens"][:KEY_TOKENS]
            tokens = [d_en["text"][a:b] for a, b in spans]
            topic = topics.get(key_of(tokens))
            if topic is None:
                sys.exit("meantime2jsonl: no XML file matches English document %d (%s)"
                         % (i + 1, " ".join(words[:8])))
            pair = "%03d" % (i + 1)
            for doc, lang in ((d_en, "en"), (d_es, "es")):
                out.write(json.dumps(record(doc, lang, topic, pair), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
