#!/usr/bin/env python3
"""lang_pairs.py - pairs of one gold event (or story) that land together, by language.

Runs `tidings eval --assign` on a labelled JSON Lines set and counts, over every pair of
articles with the same gold label, how many the engine put in one cluster: all pairs,
same-language pairs, cross-language pairs (a side with no `lang` counts as cross-language),
and cross-language pairs with a side in each language ("with X"), as in docs/QUALITY.md.

Usage: lang_pairs.py TIDINGS FILE.jsonl [--level event|story] [--model FILE]
                     [--langs he,ko,...] [--misses LANG]
"""
import argparse
import itertools
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict


def run_eval(tidings, path, level, model):
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "assign.jsonl")
        cmd = [tidings, "--db", ":memory:", "eval", "--json", "--level", level, "--label",
               level, "--assign", out]
        if model:
            cmd += ["--model", model]
        cmd.append(path)
        summary = json.loads(subprocess.run(cmd, check=True, capture_output=True,
                                            text=True).stdout.splitlines()[0])
        with open(out, encoding="utf-8") as f:
            assign = {r["id"]: r["cluster"] for r in map(json.loads, f)}
    return summary, assign


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("tidings")
    ap.add_argument("path")
    ap.add_argument("--level", default="event", choices=["event", "story"])
    ap.add_argument("--model")
    ap.add_argument("--langs", help="comma-separated languages to show (default: all)")
    ap.add_argument("--misses", help="list the missed cross-language pairs with this language")
    a = ap.parse_args()
    summary, assign = run_eval(os.path.abspath(a.tidings), a.path, a.level, a.model)
    arts = [json.loads(l) for l in open(a.path, encoding="utf-8") if l.strip()]
    by_gold = defaultdict(list)
    for art in arts:
        if art.get(a.level) and art["id"] in assign:
            by_gold[art[a.level]].append(art)
    tot = defaultdict(lambda: [0, 0])
    misses = []
    for group in by_gold.values():
        for x, y in itertools.combinations(group, 2):
            hit = assign[x["id"]] == assign[y["id"]]
            lx, ly = x.get("lang", ""), y.get("lang", "")
            keys = ["all"]
            if lx and lx == ly:
                keys.append("same")
            else:
                keys.append("cross")
                keys += {"with " + (l or "?") for l in (lx, ly)}
                if not hit and a.misses in (lx, ly):
                    misses.append((x["id"], lx, y["id"], ly))
            for k in keys:
                tot[k][0] += hit
                tot[k][1] += 1
    langs = a.langs.split(",") if a.langs else sorted(
        (k[5:] for k in tot if k.startswith("with ")),
        key=lambda l: tot["with " + l][0] / tot["with " + l][1])
    cols = ["all", "same", "cross"] + ["with " + l for l in langs]
    print(f"B3 F1 {summary['bcubed_f1']:.4f} (R {summary['bcubed_recall']:.4f}, "
          f"{summary['clusters']} clusters)")
    print("| " + " | ".join(cols) + " |")
    print("|" + "---:|" * len(cols))
    print("| " + " | ".join(f"{tot[c][0]}/{tot[c][1]}" for c in cols) + " |")
    for m in misses:
        print("missed", *m, file=sys.stderr)


if __name__ == "__main__":
    main()
