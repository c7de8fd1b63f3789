#!/usr/bin/env python3
"""Generate a synthetic news stream (JSON Lines) for benchmarking Tidings.

Every article is made of invented words, so nothing is copied from real text:

  * four pseudo-languages (tagged en, es, de, fr), each with its own syllable
    inventory and word shapes, a Zipf-distributed background vocabulary and a
    handful of very frequent "function words";
  * stories with heavy-tailed sizes (most have one to three articles, a few
    have hundreds); each story has its own topical words and named entities,
    and belongs to a broader category whose words it shares with other stories
    (so distinct stories can look alike);
  * each story is active for a few days; the stream is ordered by date;
  * articles are about 300 words long, with a title.

Fields: id, title, text, date (YYYY-MM-DD), lang, source, story.

Usage: gen_stream.py -n 100000 --seed 1 -o bench/out/stream-100k.jsonl
Standard library only; deterministic for a given --seed and -n.
"""

import argparse
import bisect
import datetime
import itertools
import json
import math
import random
import sys

LANGS = {
    # onsets, nuclei, codas, (min, max) syllables per word
    "en": (["b", "br", "c", "ch", "d", "f", "fl", "g", "gr", "h", "j", "k", "l", "m", "n",
            "p", "pl", "r", "s", "sh", "sl", "st", "t", "th", "tr", "w", "wh", "y"],
           ["a", "e", "i", "o", "u", "ea", "oo", "ai", "ou"],
           ["", "", "n", "t", "d", "ck", "ng", "st", "r", "ll", "sh", "s"],
           (1, 3)),
    "es": (["b", "c", "ch", "d", "f", "g", "j", "l", "ll", "m", "n", "ñ", "p", "qu", "r",
            "rr", "s", "t", "v", "z", "br", "pr", "tr"],
           ["a", "e", "i", "o", "u", "ia", "ue", "io"],
           ["", "", "", "n", "s", "r", "l", "z"],
           (1, 3)),
    "de": (["b", "d", "f", "g", "h", "k", "kl", "kr", "l", "m", "n", "p", "pf", "r", "s",
            "sch", "schw", "st", "t", "w", "z", "zw", "str"],
           ["a", "e", "i", "o", "u", "ä", "ö", "ü", "ei", "au", "ie"],
           ["", "n", "r", "t", "ch", "cht", "ng", "ss", "tz", "rg", "lt", "nd"],
           (1, 3)),
    "fr": (["b", "c", "ch", "d", "f", "g", "j", "l", "m", "n", "p", "qu", "r", "s", "t",
            "v", "gr", "pl", "tr", "cr"],
           ["a", "e", "i", "o", "u", "é", "è", "ou", "ai", "eau", "oi", "au"],
           ["", "", "", "n", "r", "s", "t", "x", "l", "nt", "rd"],
           (1, 3)),
}
LANG_WEIGHTS = [("en", 0.5), ("es", 0.2), ("de", 0.15), ("fr", 0.15)]

VOCAB = 30000        # background words per language
ZIPF_S = 1.07
N_FUNCTION = 40      # very frequent short words per language
N_CATEGORIES = 40    # broad subjects shared by many stories
CAT_WORDS = 60
EPOCH = datetime.date(2024, 1, 1)


class Lang:
    def __init__(self, code, rng):
        onsets, nuclei, codas, (lo, hi) = LANGS[code]
        self.code = code
        self.rng = rng
        self.onsets, self.nuclei, self.codas, self.lo, self.hi = onsets, nuclei, codas, lo, hi
        # every onset-nucleus-coda combination; an empty onset or coda is as
        # likely as the others, so words flow without long consonant runs
        self.syllables = [o + v + c for o in onsets + ["", ""] for v in nuclei
                          for c in codas + ["", ""]]
        seen = set()
        self.function = self._words(N_FUNCTION, seen, 1, 1)
        # the short function words take the most frequent Zipf ranks
        self.vocab = self.function + self._words(VOCAB - N_FUNCTION, seen, lo, hi)
        self.cum = zipf_cum(VOCAB, ZIPF_S)
        self.table = zipf_table(self.vocab, self.cum)
        self.seen = seen

    def sample(self, k):
        """k background words, Zipf-distributed (via a 65536-slot table)."""
        b = self.rng.getrandbits(16 * k).to_bytes(2 * k, "little")
        return list(map(self.table.__getitem__, memoryview(b).cast("H")))

    def word(self, lo=None, hi=None):
        lo = lo or self.lo
        n = lo + int(self.rng.random() * ((hi or self.hi) - lo + 1))
        return "".join(self.rng.choices(self.syllables, k=n))

    def _words(self, count, seen, lo, hi):
        out = []
        while len(out) < count:
            w = self.word(lo, hi)
            if w not in seen and len(w) > 1:
                seen.add(w)
                out.append(w)
        return out

    def new_words(self, count, lo=2, hi=4):
        return self._words(count, self.seen, lo, hi)


def zipf_cum(n, s=1.0):
    cum, total = [], 0.0
    for r in range(1, n + 1):
        total += 1.0 / r ** s
        cum.append(total)
    return cum


def zipf_table(words, cum, size=1 << 16):
    """A lookup table in which each word fills about p(word) * size slots.

    Frequent words get their share rounded down; the left-over slots go to
    the following ranks one each, so the tail is flattened rather than cut.
    """
    total = cum[-1]
    table = []
    prev = 0.0
    for w, c in zip(words, cum):
        table.extend([w] * int((c - prev) / total * size))
        prev = c
    rank = 0
    while len(table) < size:
        table.append(words[rank])
        rank += 1
    return table


def story_sizes(n, rng):
    """Heavy-tailed story sizes summing to n."""
    sizes = []
    left = n
    cap = max(5, n // 50)
    while left > 0:
        s = min(cap, int(rng.paretovariate(1.15)), left)
        sizes.append(max(1, s))
        left -= sizes[-1]
    return sizes


def main(argv=None):
    ap = argparse.ArgumentParser(description="Generate a synthetic news stream (JSONL).")
    ap.add_argument("-n", type=int, default=10000, help="number of articles (default 10000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("-o", "--output", default="-", help="output file (default stdout)")
    ap.add_argument("--words", type=int, default=300, help="mean words per article (default 300)")
    args = ap.parse_args(argv)
    if args.n < 0:
        ap.error("-n must be >= 0")

    rng = random.Random(args.seed)
    langs = {code: Lang(code, random.Random("%d-%s" % (args.seed, code))) for code in LANGS}
    lang_codes = [c for c, _ in LANG_WEIGHTS]
    lang_cum = list(itertools.accumulate(w for _, w in LANG_WEIGHTS))

    # broad categories: each has words in every language
    categories = [{c: langs[c].new_words(CAT_WORDS) for c in LANGS} for _ in range(N_CATEGORIES)]
    cat_cum = zipf_cum(N_CATEGORIES, 0.8)
    cat_word_cum = zipf_cum(CAT_WORDS, 0.9)
    sources = {c: [langs[c].word(2, 3).capitalize() + " " + langs[c].word(2, 3).capitalize()
                   for _ in range(12)] for c in LANGS}

    span_days = max(30, int(args.n / 250))
    sizes = story_sizes(args.n, rng)

    # plan: (date ordinal, tie-break, story index)
    stories = []
    plan = []
    for si, size in enumerate(sizes):
        lang = rng.choices(lang_codes, cum_weights=lang_cum)[0]
        L = langs[lang]
        cat = bisect.bisect_left(cat_cum, rng.random() * cat_cum[-1])
        topical = L.new_words(rng.randint(12, 30))
        names = [w.capitalize() for w in L.new_words(rng.randint(2, 6), 2, 3)]
        duration = 1 + int(min(20, rng.expovariate(1 / 2.5) + math.log(size + 1)))
        start = rng.randrange(span_days)
        stories.append((lang, cat, topical, names, zipf_cum(len(topical), 0.8),
                        rng.random() * 0.15 + 0.08))
        for _ in range(size):
            day = start + min(duration - 1, int(rng.expovariate(1.0 / max(0.5, duration / 3))))
            plan.append((day, rng.random(), si))
    plan.sort()

    out = sys.stdout if args.output == "-" else open(args.output, "w", encoding="utf-8")
    choices = rng.choices
    rnd = rng.random
    try:
        for k, (day, _tie, si) in enumerate(plan):
            lang, cat, topical, names, top_cum, top_share = stories[si]
            L = langs[lang]
            cwords = categories[cat][lang]
            nwords = max(60, int(rng.gauss(args.words, args.words * 0.25)))
            n_top = int(nwords * top_share)
            n_cat = int(nwords * 0.06)
            n_name = max(1, nwords // 60)
            words = L.sample(max(1, nwords - n_top - n_cat - n_name))
            special = (choices(cwords, cum_weights=cat_word_cum, k=n_cat)
                       + choices(topical, cum_weights=top_cum, k=n_top)
                       + choices(names, k=n_name))
            ins = words.insert
            for w in special:
                ins(int(rnd() * len(words)), w)
            sents = []
            i = 0
            while i < len(words):
                j = i + 7 + int(rnd() * 16)
                s = words[i:j]
                s[0] = s[0].capitalize()
                sents.append(" ".join(s) + ("." if rnd() > 0.08 else
                                            (", " + L.function[int(rnd() * N_FUNCTION)] + ".")))
                i = j
            paras = []
            i = 0
            while i < len(sents):
                j = i + 2 + int(rnd() * 4)
                paras.append(" ".join(sents[i:j]))
                i = j
            title_words = (choices(topical, cum_weights=top_cum, k=2 + int(rnd() * 3))
                           + [rng.choice(names)]
                           + choices(L.vocab[:3000], cum_weights=L.cum[:3000], k=2 + int(rnd() * 4)))
            rng.shuffle(title_words)
            title = " ".join(title_words)
            title = title[0].upper() + title[1:]
            rec = {
                "id": "g%07d" % (k + 1),
                "title": title,
                "text": "\n\n".join(paras),
                "date": (EPOCH + datetime.timedelta(days=day)).isoformat(),
                "lang": lang,
                "source": sources[lang][si % len(sources[lang])] if rnd() < 0.5
                          else rng.choice(sources[lang]),
                "story": "st%06d" % si,
            }
            out.write(json.dumps(rec, ensure_ascii=False))
            out.write("\n")
    finally:
        if out is not sys.stdout:
            out.close()
    big = sorted(sizes, reverse=True)
    print("gen_stream: %d articles, %d stories (largest %s; %d singletons), %d days"
          % (args.n, len(sizes), big[:5], sum(1 for s in sizes if s == 1), span_days),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
