#!/usr/bin/env python3
"""timex_rules.py - the per-rule and per-convention error report of `tidings dates`.

Runs TIDINGS_BINARY with TIDINGS_TIMEX_RULES=1 on each gold JSON Lines set (as
scripts/eval_dates.sh writes them, e.g. build/eval_dates/tbaq_train.gold.jsonl) and counts,
per rule pattern and per extent convention (a family of span texts, FAMILIES below):
  ok   system spans that match a gold span exactly (strict),
  ext  system spans that only overlap one (relaxed, wrong extent),
  fp   system spans that overlap none (spurious),
  val  matched spans (ok + ext) with the gold value,
  miss gold spans no system span overlaps (families only: a miss has no rule),
  docs the number of documents with an fp or a miss of the row (spread, not one document).
Usage: scripts/timex_rules.py TIDINGS_BINARY NAME=GOLD.jsonl [NAME=GOLD.jsonl ...]
       [--min N] [--family-only] [--show FAMILY_OR_RULE_SUBSTRING]
"""
import collections, json, os, re, subprocess, sys

NUMW = r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen|several|few|many)"
WDAY = r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
MONTH = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
UNIT = r"(seconds?|minutes?|hours?|days?|weeks?|weekends?|months?|quarters?|years?|decades?|centur(y|ies))"
# (name, regex on the lower-cased span text); a span may fall in several families
FAMILIES = [
    ("det: the ...", r"^the "),
    ("approx: about/around/some/nearly/almost/more than", r"^(about|around|some|nearly|almost|roughly|approximately|more than|less than|fewer than|over|under|at least|up to) "),
    ("mod: early/late/mid/end/beginning", r"(^|\b)(early|late|mid|end|beginning|start|middle)\b"),
    ("vague: now/currently/recent/former/once/previously/future", r"^(now|currently|recent(ly)?|former(ly)?|once|previously|current|the past|the future|future|past|present|nowadays|lately|these days|at the moment|the moment|then|earlier|later|soon|recent \w+)$"),
    ("numword", r"\b" + NUMW + r"\b"),
    ("the past/last/next N units", r"^the (past|last|next|previous|coming|first|final) (\w+ )?" + UNIT + r"$"),
    ("bare weekday", r"^" + WDAY + r"$"),
    ("bare month", r"^" + MONTH + r"$"),
    ("bare year", r"^\d{4}$"),
    ("full date", r"\b" + MONTH + r" \d{1,2}\b"),
    ("rel unit: last/this/next UNIT", r"^(last|this|next|past|coming|previous) " + UNIT + r"$"),
    ("duration: N unit(s)", r"^(\d[\d,.]*|" + NUMW + r"|a|an)( |-)(\w+ )?" + UNIT + r"$"),
    ("ago/earlier/later", r"\b(ago|earlier|later|before|after)$"),
    ("possessive 's", r"'s?\b"),
    ("the day/the time/the moment", r"^the (day|time|moment|week|month|year|period|season)$"),
    ("quarter", r"\bquarters?\b"),
    ("fiscal", r"\bfiscal\b"),
    ("holiday", r"(christmas|easter|thanksgiving|new year|independence day|memorial day|labor day|halloween|ramadan|passover)"),
    ("set: every/each/daily/annual/a UNIT", r"^(every|each|daily|weekly|monthly|annual(ly)?|yearly|nightly|hourly|per|a (day|week|month|year))\b"),
    ("part of day", r"\b(morning|afternoon|evening|night|tonight)\b"),
    ("deictic: today/yesterday/tomorrow", r"\b(today|yesterday|tomorrow)\b"),
    ("season", r"\b(spring|summer|fall|autumn|winter)\b"),
    ("clock time", r"\d(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)|\b\d{4} gmt\b|\bnoon\b|\bmidnight\b|o'clock"),
    ("decade/century", r"\d0'?s\b|centur|\b(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b"),
    ("age: N-year-old", r"-old\b"),
]
FAM_RE = [(n, re.compile(r, re.I)) for n, r in FAMILIES]


def families(text):
    t = " ".join(text.lower().split())
    return [n for n, r in FAM_RE if r.search(t)] or ["(other)"]


def run(binary, gold_path):
    env = dict(os.environ, TIDINGS_TIMEX_RULES="1")
    out = subprocess.run([binary, "dates", "--json", gold_path], env=env, check=True,
                         capture_output=True, text=True).stdout
    sys_by_doc = collections.defaultdict(list)
    for line in out.splitlines():
        if line.strip():
            r = json.loads(line)
            sys_by_doc[r["doc"]].append(r)
    return sys_by_doc


def score(binary, gold_path, rules, fams, name):
    sys_by_doc = run(binary, gold_path)
    for line in open(gold_path, encoding="utf-8"):
        if not line.strip():
            continue
        g = json.loads(line)
        doc, text, golds = g["doc"], g["text"], g.get("timexes", [])
        hit = [False] * len(golds)
        for s in sys_by_doc.get(doc, []):
            stext = text[s["start"]:s["end"]]
            gi = next((k for k, x in enumerate(golds)
                       if x["start"] < s["end"] and s["start"] < x["end"]), None)
            if gi is None:
                kind, ok_val, gtext = "fp", False, None
            else:
                hit[gi] = True
                x = golds[gi]
                kind = "ok" if (x["start"], x["end"]) == (s["start"], s["end"]) else "ext"
                ok_val = x["value"] == s["value"]
                gtext = text[x["start"]:x["end"]]
            rows = [(rules, s.get("rule", "(no rule)"))] + [(fams, f) for f in families(gtext or stext)]
            for table, key in rows:
                c = table[key][name]
                c[kind] += 1
                c["val"] += ok_val
                if kind == "fp":
                    c["docs"].add(doc)
                c["ex"].append((kind, doc, stext, gtext, s["value"], golds[gi]["value"] if gi is not None else ""))
        for k, x in enumerate(golds):
            if not hit[k]:
                gtext = text[x["start"]:x["end"]]
                for f in families(gtext):
                    c = fams[f][name]
                    c["miss"] += 1
                    c["docs"].add(doc)
                    c["ex"].append(("miss", doc, None, gtext, "", x["value"]))


def new_counts():
    return collections.defaultdict(lambda: {"ok": 0, "ext": 0, "fp": 0, "val": 0, "miss": 0,
                                            "docs": set(), "ex": []})



def show_table(title, table, names, min_n, with_miss):
    print(f"== {title}")
    head = "".join(f" | {n[:10]:>10}: ok ext  fp val miss dc" for n in names)
    print(f"{'row':60}{head}")
    keys = sorted(table, key=lambda k: -sum(table[k][n]["ok"] + table[k][n]["ext"] + table[k][n]["fp"] + table[k][n]["miss"] for n in names))
    for k in keys:
        tot = sum(table[k][n]["ok"] + table[k][n]["ext"] + table[k][n]["fp"] + table[k][n]["miss"] for n in names)
        if tot < min_n:
            continue
        cells = ""
        for n in names:
            c = table[k][n]
            miss = c["miss"] if with_miss else 0
            cells += f" | {'':>10}  {c['ok']:3d} {c['ext']:3d} {c['fp']:3d} {c['val']:3d} {miss:4d} {len(c['docs']):2d}"
        print(f"{k[:60]:60}{cells}")


def main(argv):
    binary, sets, min_n, fam_only, show = None, [], 1, False, None
    it = iter(argv)
    for a in it:
        if a == "--min":
            min_n = int(next(it))
        elif a == "--family-only":
            fam_only = True
        elif a == "--show":
            show = next(it)
        elif binary is None:
            binary = a
        else:
            n, _, p = a.partition("=")
            sets.append((n, p))
    if binary is None or not sets:
        print(__doc__, file=sys.stderr)
        return 2
    rules, fams = collections.defaultdict(new_counts), collections.defaultdict(new_counts)
    names = [n for n, _ in sets]
    for n, p in sets:
        score(binary, p, rules, fams, n)
    if show is not None:
        for table in (rules, fams):
            for k in table:
                if show in k:
                    for n in names:
                        for e in table[k][n]["ex"]:
                            if e[0] != "ok":
                                print(n, k[:40], *e, sep="\t")
        return 0
    show_table("families (by gold text when matched, else system text)", fams, names, min_n, True)
    if not fam_only:
        show_table("rules (system spans)", rules, names, min_n, False)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
