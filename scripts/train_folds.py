#!/usr/bin/env python3
"""train_folds.py - held-out scores of a `tidings train` configuration on the news dev sets.

The news dev sets are cut in two halves (default news2-8 and news9-15). A model trained on
ECB+ topics 1-22, the sample corpus and one half scores the other half, both levels, so every
news row is out of sample; with --no-news the model is trained on ECB+ 1-22 and the sample
only (as the shipped model is). ECB+ 1-22 is cross-validated too: 1-11 is scored by a model
trained on 12-22 (plus the sample and, unless --no-news, every news set) and 12-22 by one
trained on 1-11. --model FILE scores a given model (or `rule`, the built-in scorer) on the same
rows instead of training. Prints one line per row (B-cubed precision / F1) and the means.
docs/QUALITY.md, "News dev sets as training data (`train16`)", has the figures and commands.

--bias RULE passes `tidings train --bias RULE` (how the join-bias offset is chosen; default mean)
and the offset each trained model took is printed. docs/QUALITY.md, "A join-bias rule that many
news streams cannot outvote (`train17`)", has those figures.

Usage: scripts/train_folds.py TIDINGS [--features F,..] [--option O,..] [--l2 X] [--no-news]
                              [--bias RULE] [--halves 2-8:9-15] [--model FILE|rule] [--work DIR]
"""
import argparse
import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHIPPED_FEATURES = "cos,anchor_cos,word_cos,log_size,doc_anchor_miss,nearest"
SHIPPED_OPTIONS = ("none,xl_shared_only=1,title_names=1,undated_now=1,short_margin=1,anchor_margin=1,"
                   "uncased_anchors=1")


def news(lo_hi):
    lo, hi = (int(x) for x in lo_hi.split("-"))
    return [os.path.join(REPO, "data", "dev", f"news{i}.jsonl") for i in range(lo, hi + 1)]


def ecb(work, topics):
    out = os.path.join(work, f"ecb_{topics}.jsonl")
    if not os.path.exists(out):
        subprocess.run([sys.executable, os.path.join(REPO, "scripts", "ecbplus2jsonl.py"),
                        "--topics", topics, "-o", out], check=True, capture_output=True, cwd=REPO)
    return out


def train(a, name, files):
    out = os.path.join(a.work, name + ".model")
    r = subprocess.run([a.tidings, "train", "--label", "event,story", "--features", a.features,
                        "--option", a.option, "--l2", str(a.l2), "--bias", a.bias, "-o", out]
                       + files, check=True, capture_output=True, text=True)
    moved = [line for line in r.stdout.splitlines() if line.startswith("join bias moved")]
    print(f"model {name:6} {moved[0] if moved else ''}")
    return out


def score(a, model, path, level):
    args = [a.tidings, "eval", "--json", "--level", level, "--label", level]
    if model != "rule":
        args += ["--model", model]
    return json.loads(subprocess.run(args + [path], check=True, capture_output=True,
                                     text=True).stdout)


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("tidings")
    p.add_argument("--features", default=SHIPPED_FEATURES)
    p.add_argument("--option", default=SHIPPED_OPTIONS)
    p.add_argument("--l2", type=float, default=1.0)
    p.add_argument("--no-news", action="store_true")
    p.add_argument("--bias", default="mean", choices=("mean", "min", "regret", "pooled"))
    p.add_argument("--halves", default="2-8:9-15")
    p.add_argument("--model")
    p.add_argument("--work", default=os.path.join(REPO, "build", "train_folds"))
    a = p.parse_args()
    a.tidings = os.path.abspath(a.tidings)
    os.makedirs(a.work, exist_ok=True)
    first, second = (news(h) for h in a.halves.split(":"))
    base = [ecb(a.work, "1-22"), os.path.join(REPO, "data", "sample", "news.jsonl")]
    sample = base[1]
    if a.model:
        m1 = m2 = cv1 = cv2 = a.model
    elif a.no_news:
        m1 = m2 = train(a, "all", base)
        cv1 = train(a, "cv1", [ecb(a.work, "12-22"), sample])
        cv2 = train(a, "cv2", [ecb(a.work, "1-11"), sample])
    else:
        m2 = train(a, "first", base + first)  # scores the second half
        m1 = train(a, "second", base + second)
        cv1 = train(a, "cv1", [ecb(a.work, "12-22"), sample] + first + second)
        cv2 = train(a, "cv2", [ecb(a.work, "1-11"), sample] + first + second)
    f1 = {"event": [], "story": []}
    for model, files in ((m1, first), (m2, second)):
        for path in files:
            for level in ("event", "story"):
                r = score(a, model, path, level)
                f1[level].append(r["bcubed_f1"])
                print(f"{os.path.basename(path)[:-6]:7} {level:5} P {r['bcubed_precision']:.4f}"
                      f"  F1 {r['bcubed_f1']:.4f}")
    cv = [score(a, cv1, ecb(a.work, "1-11"), "event")["bcubed_f1"],
          score(a, cv2, ecb(a.work, "12-22"), "event")["bcubed_f1"]]
    both, ev, st = f1["event"] + f1["story"], f1["event"], f1["story"]
    print(f"news mean F1 {sum(both) / len(both):.4f} (events {sum(ev) / len(ev):.4f},"
          f" stories {sum(st) / len(st):.4f});"
          f" ECB+ CV 1-11 {cv[0]:.4f}, 12-22 {cv[1]:.4f}, mean {sum(cv) / 2:.4f}")


if __name__ == "__main__":
    main()
