#!/usr/bin/env python3
"""timex_folds.py - k-fold ablation of the temporal tagger's rules over TBAQ documents.

The train -> dev gap inside TBAQ is our only honest proxy of the TBAQ -> Platinum gap, so this
asks of each rule: does the tagger do better without its spans, in how many of K folds (the
documents sorted by name, document i in fold i mod K; with K = 5, fold 4 is the --tune dev
split of scripts/eval_dates.sh)? It runs TIDINGS_BINARY once with TIDINGS_TIMEX_RULES=1 and
removes each rule's spans from the output (an approximation: without the rule another, shorter
rule might match). Scores as scripts/eval_dates.sh: strict and relaxed F1 (exact and
overlapping extents), value F1 (overlapping spans with the gold value).
Usage: scripts/timex_folds.py TIDINGS_BINARY GOLD.jsonl [GOLD.jsonl ...] [--k K] [--min N]
  (GOLD files as scripts/eval_dates.sh --tune writes them: build/eval_dates/tbaq_train.gold.jsonl
  and build/eval_dates/tbaq_dev.gold.jsonl)
Prints the per-fold scores, then one row per rule that fires at least N times (default 5):
the total change of each F1 without it and the change of strict F1 in each fold, and last the
rules that fire at most 1, 2, 4 and 8 times dropped together (the "long tail").
"""
import collections, json, os, sys, tempfile

from timex_rules import run as run_dates


def load(paths):
    golds = [json.loads(l) for p in paths for l in open(p, encoding="utf-8") if l.strip()]
    golds.sort(key=lambda g: g["doc"])
    return golds


def tag(binary, golds):
    """The tagger's spans by document (timex_rules.run() on a file of `golds`)."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        f.write("".join(json.dumps(g) + "\n" for g in golds))
    try:
        return run_dates(binary, f.name)
    finally:
        os.unlink(f.name)


def count(golds, spans, k, keep):
    """Per fold [gold, system, strict, relaxed, value] counts of the spans `keep` accepts."""
    c = [[0] * 5 for _ in range(k)]
    for i, g in enumerate(golds):
        f, gold = c[i % k], g["timexes"]
        sys_ = [s for s in spans[g["doc"]] if keep(s)]
        f[0] += len(gold)
        f[1] += len(sys_)
        used = set()
        for s in sys_:
            for j, x in enumerate(gold):
                if j not in used and x["start"] < s["end"] and s["start"] < x["end"]:
                    used.add(j)
                    f[3] += 1
                    f[2] += (x["start"], x["end"]) == (s["start"], s["end"])
                    f[4] += x["value"] == s["value"]
                    break
    return c


def f1(c):
    g, s = c[0], c[1]
    return [200.0 * v / (g + s) if g + s else 0.0 for v in c[2:5]]


def total(c):
    return [sum(f[i] for f in c) for i in range(5)]


def row(golds, spans, k, keep, base):
    c = count(golds, spans, k, keep)
    t, bt = f1(total(c)), f1(total(base))
    folds = [f1(c[i])[0] - f1(base[i])[0] for i in range(k)]
    up = sum(d > 1e-9 for d in folds)
    down = sum(d < -1e-9 for d in folds)
    return (f"strict {t[0] - bt[0]:+.2f} relaxed {t[1] - bt[1]:+.2f} value {t[2] - bt[2]:+.2f}"
            f"  folds {' '.join(f'{d:+.2f}' for d in folds)}  up {up} down {down}")


def main(argv):
    k, min_n, args = 5, 5, []
    it = iter(argv)
    for a in it:
        if a == "--k":
            k = int(next(it))
        elif a == "--min":
            min_n = int(next(it))
        else:
            args.append(a)
    if len(args) < 2 or k < 2:
        print(__doc__, file=sys.stderr)
        return 2
    golds = load(args[1:])
    spans = tag(args[0], golds)
    base = count(golds, spans, k, lambda s: True)
    print(f"{len(golds)} docs, {k} folds; strict / relaxed / value F1 per fold:")
    for i in range(k):
        print(f"  fold {i}: " + " / ".join(f"{v:.2f}" for v in f1(base[i])))
    print("  all:    " + " / ".join(f"{v:.2f}" for v in f1(total(base))))
    fires = collections.Counter(s.get("rule") for v in spans.values() for s in v)
    print(f"{len(fires)} rules fire; without each rule (change of F1; of strict F1 per fold):")
    for rule, n in fires.most_common():
        if n >= min_n:
            print(f"  n={n:3d} {row(golds, spans, k, lambda s, r=rule: s.get('rule') != r, base)}"
                  f"  {rule[:70]}")
    for most in (1, 2, 4, 8):
        tail = {r for r, n in fires.items() if n <= most}
        spans_n = sum(fires[r] for r in tail)
        print(f"  without the {len(tail)} rules that fire <= {most} times ({spans_n} spans): "
              f"{row(golds, spans, k, lambda s: s.get('rule') not in tail, base)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
