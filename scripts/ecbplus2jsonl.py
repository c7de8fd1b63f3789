#!/usr/bin/env python3
"""Convert the ECB+ corpus (tokenised CAT XML) to Tidings JSON Lines.

Each XML document becomes one JSON object:

    {"id": "ecb<12 hex>", "title": ..., "text": ..., "lang": "en",
     "topic": 1, "event": "1_ecb", "story": "1_ecb"}

The gold label ("<topic>_ecb" or "<topic>_ecbplus") is written to both
`event` and `story`; it never appears in `id`, which is a salted hash of the
file's relative path.  The corpus carries no publication dates, so no `date`
field is written.

Text reconstruction
  * tokens are detokenised (no space before closing punctuation and clitics,
    none after opening brackets/quotes, "U . S ." -> "U.S.", "5 . 9" -> "5.9",
    "16 - year - old" -> "16-year-old", `` '' -> "...", and so on);
  * sentence 0 of `ecbplus` files is the source URL and is dropped;
  * sentences are joined with a space, or with a newline after a line that
    has no final punctuation (headlines, datelines, time stamps).

Title detection (decided by inspecting the data; see README/report):
  * a document with a single remaining sentence is title-only (text "");
  * otherwise, leading time-stamp lines ("Posted : Nov 27 , 2005 ...",
    "June 6 , 2013 3 : 05 PM EDT") are skipped, and the first other sentence
    is the headline when it has no final . ! ? and at most 30 tokens (and the
    next sentence does not continue it with a pronoun), or when it is short
    Title Case ("... Swimmer And Actress Dies Aged 91 .");
  * otherwise the title is empty and everything goes to text.
Skipped time-stamp lines stay at the start of `text`.

Standard library only.
"""

import argparse
import hashlib
import json
import os
import random
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

SALT = "tidings-ecbplus-v1"

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
DEFAULT_ROOT = os.path.normpath(
    os.path.join(REPO, "..", "shared", "data", "ecbplus", "ECB+_LREC2014", "ECB+"))

FILE_RE = re.compile(r"^(\d+)_(\d+)(ecb|ecbplus)\.xml$")

# --------------------------------------------------------------------------
# detokenisation

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "''",
                   "”", "’", "...", "n't", "N'T"}
CLITICS = {"'s", "'S", "'re", "'ll", "'ve", "'m", "'d", "'RE", "'LL", "'VE",
           "'M", "'D", "’s", "’re", "’ll", "’ve", "’m", "’d", "’t"}
NO_SPACE_AFTER = {"(", "[", "{", "``", "“", "‘", "$", "#", "£", "€"}
CLITIC_TAILS = {"s", "t", "re", "ll", "ve", "d", "m", "S", "T"}

ALNUM = re.compile(r"[A-Za-z0-9]")
DIGITS = re.compile(r"^\d+$")
LETTER = re.compile(r"^[A-Za-z]$")
LOWER_START = re.compile(r"^[a-z0-9]")
THOUSANDS = re.compile(r"^\d{3}(?:\.\d+)?$")
GROUP_HEAD = re.compile(r"(?:^|[^\d,.])\d{1,3}$")


def _join_hyphen(prev, nxt, in_chain):
    """Should 'prev - nxt' be written 'prev-nxt'?"""
    if not prev or not nxt or not ALNUM.search(prev[-1]) or not ALNUM.search(nxt[0]):
        return False
    # "16 - year - old", "hit - and - run", "co - workers", "20 - 13"
    if LOWER_START.match(nxt):
        return True
    # "X - Men", "Fix - It", "Al - Masry"; "Hit - And - Run" (a chain of
    # several hyphens is one compound).  "Strauss - Kahn" stays spaced: it
    # cannot be told apart from a dash without a lexicon.
    if len(prev) <= 3 or len(nxt) <= 3:
        return True
    return in_chain and len(nxt) <= 5 and len(prev) <= 6


def detokenize(tokens):
    """Rebuild readable text from a list of token strings."""
    toks = []
    for t in tokens:
        t = (t or "").strip()
        if t:
            toks.append(t)
    out = []            # list of pieces; out[i] is preceded by a space unless glued
    glue_next = False   # no space before the next token
    dquote_open = False
    squote_open = False
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        prev = toks[i - 1] if i > 0 else ""
        nxt = toks[i + 1] if i + 1 < n else ""
        space = bool(out) and not glue_next
        glue_next = False
        emit = t

        if t in ("``", "“"):
            emit = '"' if t == "``" else t
            dquote_open = True
            glue_next = True
        elif t in ("''", "”"):
            emit = '"' if t == "''" else t
            space = False
            dquote_open = False
        elif t == '"':
            if dquote_open:
                space = False
                dquote_open = False
            else:
                dquote_open = True
                glue_next = True
        elif t == "’" and nxt in CLITIC_TAILS:
            space = False
            glue_next = True
        elif t == "'" and nxt in CLITIC_TAILS and prev and ALNUM.search(prev[-1]):
            space = False
            glue_next = True
        elif t in ("'", "‘", "’"):
            if t == "‘":
                squote_open = True
                glue_next = True
            elif squote_open:
                space = False
                squote_open = False
            elif prev[-1:] in ("s", "S") and nxt and ALNUM.search(nxt[0]):
                space = False            # plural possessive: "Chargers' receiver"
            elif t == "’":
                space = False
            else:
                squote_open = True
                glue_next = True
        elif t in CLITICS or t in NO_SPACE_BEFORE:
            space = False
            if t == "." and prev and nxt:
                # "U . S .", "p . m .", "M . D ." -> "U.S.", "p.m.", "M.D."
                if LETTER.match(prev) and LETTER.match(nxt):
                    glue_next = True
                # "5 . 9" -> "5.9"
                elif prev[-1:].isdigit() and nxt[:1].isdigit():
                    glue_next = True
            elif t == "." and out and out[-1] == "." and nxt == ".":
                pass
            elif t in (":", "/") and prev[-1:].isdigit() and nxt[:1].isdigit():
                glue_next = True         # "8 : 20", "11 : 34PM", "12 / 19 / 2005"
            elif t == "," and GROUP_HEAD.search(prev) and THOUSANDS.match(nxt or "x"):
                glue_next = True         # "200 , 000" -> "200,000"
        elif t == "/" and DIGITS.match(prev or "x") and DIGITS.match(nxt or "x"):
            space = False
            glue_next = True
        elif t == "-" and nxt == "-":
            glue_next = True             # "- -" -> "--"
        elif t == "-" and _join_hyphen(
                prev, nxt, (i + 2 < n and toks[i + 2] == "-") or (i >= 2 and toks[i - 2] == "-")):
            space = False
            glue_next = True
        elif t in NO_SPACE_AFTER:
            glue_next = True
        elif t == "n't" or t.lower() == "n't":
            space = False

        if space:
            out.append(" ")
        out.append(emit)
        i += 1
    text = "".join(out)
    text = text.replace(". . .", "...")
    return text.strip()


# --------------------------------------------------------------------------
# document structure

MONTHS = ("jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|"
          "march|april|june|july|august|september|october|november|december")
DAYS = "mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
META_WORDS = ("posted|updated|update|published|first|last|on|at|am|pm|a.m.|p.m.|"
              "et|est|edt|pst|pdt|gmt|bst|cet|utc|ago|year|years|day|days|downloaded")
META_TOKEN = re.compile(
    r"^(?:[\d:/.,|\-\[\]()]+|\d+(?:st|nd|rd|th|am|pm|a|p)|(?:%s|%s|%s))$" % (MONTHS, DAYS, META_WORDS),
    re.IGNORECASE)
TERMINAL = re.compile(r"[.!?](?:\s*(?:''|'|\"|’|”|\)))*$")
PRONOUN_START = {"he", "she", "it", "they", "his", "her", "its", "their", "this",
                 "these", "those", "that"}


def is_meta(tokens):
    """A time-stamp / dateline line such as 'Posted : Nov 27 , 2005 8 : 20 AM ET'."""
    if not tokens or len(tokens) > 30:
        return False
    meta = sum(1 for t in tokens if META_TOKEN.match(t))
    has_num = any(any(c.isdigit() for c in t) for t in tokens)
    return has_num and meta >= 0.8 * len(tokens)


def is_title_case(tokens):
    words = [t for t in tokens if len(t) > 3 and t[0].isalpha()]
    if len(words) < 3:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= 0.75 * len(words)


def is_headline(tokens, text, following):
    if not tokens:
        return False
    if not TERMINAL.search(text):
        if len(tokens) > 30:
            return False
        if following and following[0].lower() in PRONOUN_START:
            return False            # the next sentence continues this one
        return True
    return len(tokens) <= 25 and is_title_case(tokens)


def read_sentences(path, drop_first):
    root = ET.parse(path).getroot()
    sents = defaultdict(list)
    for tok in root.iter("token"):
        sents[int(tok.get("sentence"))].append(tok.text or "")
    keys = sorted(sents)
    if drop_first:
        keys = [k for k in keys if k != 0]
    return [[t.strip() for t in sents[k] if t and t.strip()] for k in keys]


def join_sentences(texts):
    out = ""
    for s in texts:
        if not s:
            continue
        if out:
            out += " " if TERMINAL.search(out) else "\n"
        out += s
    return out


def split_title(sentences):
    """Return (title, text) for a list of token lists."""
    sentences = [s for s in sentences if s]
    texts = [detokenize(s) for s in sentences]
    if not sentences:
        return "", ""
    if len(sentences) == 1:
        return texts[0], ""
    k = 0
    while k < len(sentences) - 1 and k < 3 and is_meta(sentences[k]):
        k += 1
    following = sentences[k + 1] if k + 1 < len(sentences) else []
    if not is_meta(sentences[k]) and is_headline(sentences[k], texts[k], following):
        title = texts[k]
        rest = sentences[:k] + sentences[k + 1:]
        if all(is_meta(s) for s in rest):
            return title, ""         # only a time stamp besides the headline
        body = texts[:k] + texts[k + 1:]
        return title, join_sentences(body)
    return "", join_sentences(texts)


# --------------------------------------------------------------------------

def parse_topics(spec):
    topics = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        m = re.match(r"^(\d+)\s*-\s*(\d+)$", part)
        if m:
            a, b = int(m.group(1)), int(m.group(2))
            if a > b:
                a, b = b, a
            topics.update(range(a, b + 1))
        elif part.isdigit():
            topics.add(int(part))
        else:
            raise argparse.ArgumentTypeError("bad topic list: %r" % spec)
    return topics


def neutral_id(relpath):
    h = hashlib.sha1((SALT + "/" + relpath).encode("utf-8")).hexdigest()
    return "ecb" + h[:12]


def collect(root, topics):
    files = []
    for d in os.listdir(root):
        if not d.isdigit() or not os.path.isdir(os.path.join(root, d)):
            continue
        topic = int(d)
        if topics is not None and topic not in topics:
            continue
        for f in os.listdir(os.path.join(root, d)):
            m = FILE_RE.match(f)
            if not m or int(m.group(1)) != topic:
                continue
            files.append((topic, m.group(3), int(m.group(2)), d + "/" + f))
    files.sort(key=lambda x: (x[0], x[1] == "ecbplus", x[2]))
    return files


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--root", default=DEFAULT_ROOT,
                    help="ECB+ directory holding <topic>/ folders (default: %(default)s)")
    ap.add_argument("--topics", type=parse_topics, default=None,
                    help="topics to convert, e.g. 1-22 or 1,3,5-7 (default: all)")
    ap.add_argument("--order", choices=("shuffle", "sorted"), default="shuffle",
                    help="output order (default: shuffle, interleaving topics)")
    ap.add_argument("--seed", type=int, default=1, help="shuffle seed (default: 1)")
    ap.add_argument("-o", "--output", default="-", help="output file (default: stdout)")
    args = ap.parse_args(argv)

    if not os.path.isdir(args.root):
        ap.error("ECB+ root not found: %s" % args.root)
    files = collect(args.root, args.topics)
    if not files:
        ap.error("no ECB+ documents found under %s" % args.root)
    if args.topics is not None:
        missing = sorted(args.topics - {f[0] for f in files})
        if missing:
            print("ecbplus2jsonl: topics not present: %s" % ",".join(map(str, missing)),
                  file=sys.stderr)

    docs = []
    for topic, kind, _num, rel in files:
        sentences = read_sentences(os.path.join(args.root, rel), drop_first=(kind == "ecbplus"))
        title, text = split_title(sentences)
        if not title and not text:
            print("ecbplus2jsonl: warning: empty document %s" % rel, file=sys.stderr)
        label = "%d_%s" % (topic, kind)
        docs.append({
            "id": neutral_id(rel),
            "title": title,
            "text": text,
            "lang": "en",
            "topic": topic,
            "event": label,
            "story": label,
        })

    if args.order == "shuffle":
        random.Random(args.seed).shuffle(docs)

    ids = Counter(d["id"] for d in docs)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        print("ecbplus2jsonl: error: duplicate ids %s" % dup[:5], file=sys.stderr)
        return 1

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    try:
        for d in docs:
            out.write(json.dumps(d, ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()

    labels = Counter(d["story"] for d in docs)
    topics_seen = {d["topic"] for d in docs}
    sizes = sorted(labels.values())
    n_title_only = sum(1 for d in docs if d["title"] and not d["text"])
    n_no_title = sum(1 for d in docs if not d["title"])
    print("ecbplus2jsonl: %d docs, %d topics, %d labels (cluster sizes %d-%d, median %d); "
          "%d with title, %d title-only (empty text), %d without title"
          % (len(docs), len(topics_seen), len(labels), sizes[0], sizes[-1],
             sizes[len(sizes) // 2], len(docs) - n_no_title, n_title_only, n_no_title),
          file=sys.stderr)
    if args.topics is None and (len(docs), len(topics_seen), len(labels)) != (772, 33, 66):
        print("ecbplus2jsonl: warning: expected 772 docs, 33 topics, 66 labels for the full "
              "training/dev release", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
