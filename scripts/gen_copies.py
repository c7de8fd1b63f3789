#!/usr/bin/env python3
"""Generate a near-duplicate test set for Tidings from JSON Lines articles.

Reads articles (id, title, text, ...) from one or more JSONL files and writes:

  * the originals, first made *distinct*: an input article that shares at
    least 40 % (--max-containment) of the word 3-shingles of the shorter of
    the two with an already kept article
    (wire copies that real corpora such as ECB+ carry) is dropped, so every
    kept pair is a genuine distinct article (often a rewrite of the same
    story by another outlet);
  * copies of some originals under new ids ("cp<N>-<orig id>"), each with a
    random edit rate drawn uniformly from [0, --max-edit]: that share of the
    words is edited by sentence drops (at most half the budget), word
    substitutions, deletions and insertions (words drawn from the whole
    input), and half the copies also get a new headline. An edit rate of 0
    gives an exact copy of the body under another id.

Every copy comes after its original. Each output line keeps the input
fields and adds "gold_copy_of" (the original's id, or null) and
"edit_rate". Only originals with at least --min-words words get copies.

With --furniture N (default 0: off, and the output is as without it), every
article is also put on a page of one of N invented sites: a byline line
first, then the body, then a "Related:" line of its own and the site's
furniture block (a "More in" line, a "Most read" list, a cookie notice and a
copyright line, the same on every page of the site), each a line of its
own. An original's copies keep its edited body and go on a page of the same
site (half of them) or of another one. The copies and edits are the same as
without furniture (the furniture has its own random stream), so the two
sets score the same copies; what changes is that different pages of one
site share a block of 60-90 words.

Usage: gen_copies.py [--seed 1] [--copy-share 0.5] [--max-edit 0.3]
                     [--min-words 50] [--furniture N] -o OUT.jsonl IN.jsonl...
Standard library only; deterministic for a given --seed and input.
"""

import argparse
import collections
import json
import random
import re
import sys

WORD = re.compile(r"\S+")
SENT_END = re.compile(r"(?<=[.!?])\s+")
TOKEN = re.compile(r"[0-9a-z\u0080-\U0010ffff]+")


def shingles(text, k=3):
    """Lower-cased word k-shingles of `text` (the measure that defines distinct)."""
    ws = TOKEN.findall(text.lower())
    if len(ws) < k:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i:i + k]) for i in range(len(ws) - k + 1)}


def distinct(articles, max_containment):
    """Drops every article that is mostly contained in (or contains) a kept one."""
    index = collections.defaultdict(list)
    kept, sets, dropped = [], [], 0
    for a in articles:
        s = shingles(a["text"])
        hits = collections.Counter(j for sh in s for j in index[sh])
        if any(n / max(1, min(len(s), len(sets[j]))) >= max_containment for j, n in hits.items()):
            dropped += 1
            continue
        for sh in s:
            index[sh].append(len(kept))
        kept.append(a)
        sets.append(s)
    return kept, dropped


def drop_sentences(rng, text, budget):
    """Drops random sentences (never the first) worth at most `budget` words."""
    sents = SENT_END.split(text)
    order = list(range(1, len(sents)))
    rng.shuffle(order)
    gone, used = set(), 0
    for i in order:
        n = len(WORD.findall(sents[i]))
        if n and used + n <= budget:
            gone.add(i)
            used += n
    return " ".join(s for i, s in enumerate(sents) if i not in gone), used


def edit_words(rng, words, budget, vocab):
    """Applies `budget` random substitutions, deletions and insertions."""
    words = list(words)
    for _ in range(budget):
        if not words:
            break
        i = rng.randrange(len(words))
        r = rng.random()
        if r < 0.5:
            words[i] = rng.choice(vocab)
        elif r < 0.75 and len(words) > 1:
            del words[i]
        else:
            words.insert(i + 1, rng.choice(vocab))
    return words


def make_copy(rng, orig, n, max_edit, vocab):
    rate = 0.0 if rng.random() < 0.1 else rng.uniform(0.0, max_edit)
    text = orig["text"]
    budget = round(rate * len(WORD.findall(text)))
    if budget and rng.random() < 0.5:
        text, used = drop_sentences(rng, text, budget // 2)
        budget -= used
    if budget:
        text = " ".join(edit_words(rng, WORD.findall(text), budget, vocab))
    c = dict(orig)
    c["id"] = "cp%d-%s" % (n, orig["id"])
    c["text"] = text
    c["source"] = "Copy Desk %d" % rng.randrange(1, 50)
    if orig.get("title") and rng.random() < 0.5:
        c["title"] = " ".join(edit_words(rng, WORD.findall(orig["title"]), 2, vocab))
    c["gold_copy_of"] = orig["id"]
    c["edit_rate"] = round(rate, 4)
    return c


SECTIONS = ("World", "Business", "Politics", "Sport", "Local", "Science")
NOTICES = (
    "We use cookies to give you a better experience. If you keep browsing, we assume you agree "
    "to our cookie policy.",
    "This site stores cookies on your device to measure traffic and show relevant offers. You "
    "can change your choice at any time in the privacy settings.",
    "Our pages use cookies and similar tools. By clicking accept or continuing to read, you "
    "consent to their use as set out in our privacy notice.",
)


def headline(rng, vocab):
    """A made-up headline of 4-7 words drawn from the input's words."""
    ws = [rng.choice(vocab) for _ in range(rng.randint(4, 7))]
    return " ".join(ws).capitalize()


def make_sites(rng, n, vocab):
    """`n` invented sites, each with reporters and a fixed furniture block."""
    sites = []
    for i in range(n):
        name = "The %s %s" % (rng.choice(vocab).capitalize(),
                              rng.choice(("Herald", "Courier", "Post", "Ledger", "Wire")))
        more = "More in %s: %s" % (rng.choice(SECTIONS),
                                   " | ".join(headline(rng, vocab) for _ in range(4)))
        most = "Most read: " + " ".join("%d. %s" % (k + 1, headline(rng, vocab))
                                         for k in range(4))
        block = [more, most, rng.choice(NOTICES),
                 "(c) %d %s. All rights reserved." % (2020 + i % 6, name)]
        reporters = ["By %s %s" % (rng.choice(vocab).capitalize(), rng.choice(vocab).capitalize())
                     for _ in range(3)]
        sites.append((reporters, block))
    return sites


def dress(rng, a, sites, vocab, site=None):
    """Puts article `a` on a page of a site (random unless given); returns the site index."""
    if site is None:
        site = rng.randrange(len(sites))
    reporters, block = sites[site]
    lines = [rng.choice(reporters), a["text"], "Related: " + headline(rng, vocab)] + block
    a["text"] = "\n\n".join(lines)
    return site


def add_furniture(rng, keyed, n_sites, vocab):
    """Dresses every article of `keyed` (originals before their copies) in site furniture."""
    sites = make_sites(rng, n_sites, vocab)
    site_of = {}
    for _, a in keyed:
        orig = a.get("gold_copy_of")
        if orig is None:
            site_of[a["id"]] = dress(rng, a, sites, vocab)
        else:
            dress(rng, a, sites, vocab, site_of[orig] if rng.random() < 0.5 else None)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--copy-share", type=float, default=0.5,
                    help="share of the eligible originals that get copies")
    ap.add_argument("--max-edit", type=float, default=0.3)
    ap.add_argument("--min-words", type=int, default=50)
    ap.add_argument("--max-containment", type=float, default=0.4,
                    help="3-shingle containment that makes two inputs the same article")
    ap.add_argument("--furniture", type=int, default=0,
                    help="put every article on a page of one of N sites with furniture (0: off)")
    args = ap.parse_args()
    rng = random.Random(args.seed)

    articles = []
    for path in args.inputs:
        with open(path, encoding="utf-8") as f:
            articles += [json.loads(l) for l in f if l.strip()]
    articles = [a for a in articles if a.get("text", "").strip()]
    originals, dropped = distinct(articles, args.max_containment)
    vocab = [w for a in originals for w in WORD.findall(a["text"])]

    # Sort keys: a copy sorts after its original.
    keyed, n = [], 0
    for a in originals:
        a = dict(a, gold_copy_of=None, edit_rate=None)
        k = rng.random()
        keyed.append((k, a))
        if len(WORD.findall(a["text"])) < args.min_words or rng.random() >= args.copy_share:
            continue
        for _ in range(rng.choice((1, 1, 2))):
            n += 1
            keyed.append((rng.uniform(k, 1.0) + 1e-9, make_copy(rng, a, n, args.max_edit, vocab)))
    keyed.sort(key=lambda kv: kv[0])
    if args.furniture > 0:
        add_furniture(random.Random(args.seed + 7919), keyed, args.furniture, vocab)

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    for _, a in keyed:
        out.write(json.dumps(a, ensure_ascii=False) + "\n")
    if out is not sys.stdout:
        out.close()
    print("gen_copies: %d inputs, %d dropped as copies of each other, %d originals, %d copies"
          % (len(articles), dropped, len(originals), n), file=sys.stderr)


if __name__ == "__main__":
    main()
