#!/usr/bin/env bash
# `tidings train` learns an event model from labelled articles (a fixture of
# two ferry strikes, a gale and a choir contest); the model file is
# deterministic, `--model` and TIDINGS_MODEL use it, and bad model files or
# bad training records fail with the file and line.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" train -o "$WORK/m.model" "$FIX/train.jsonl"
expect_line "$WORK/out" '^articles 12 +gold events 4$'
expect_line "$WORK/out" '^ranking +[0-9]+ candidate pairs \([0-9]+ same event\)'
expect_line "$WORK/out" "^model written to $WORK/m.model$"
expect_line "$WORK/m.model" '^tidings-event-model 1$'
expect_line "$WORK/m.model" '^# trained by tidings train --label event \(l2 1\) on: train.jsonl$'
expect_line "$WORK/m.model" '^rank\.cos -?[0-9]'
expect_line "$WORK/m.model" '^join\.margin -?[0-9]'
[ "$(head -n 1 "$WORK/m.model")" = "tidings-event-model 1" ] || fail "header is not the first line"

# Same data, same model, byte for byte.
expect_status 0 "$TD" train --label event --output="$WORK/m2.model" "$FIX/train.jsonl"
cmp -s "$WORK/m.model" "$WORK/m2.model" || fail "training is not deterministic"

# --features: the features left out weigh exactly 0.
expect_status 0 "$TD" train --features cos,nearest -o "$WORK/f.model" "$FIX/train.jsonl"
expect_line "$WORK/f.model" '^# trained by tidings train --label event --features cos,nearest \(l2 1\)'
expect_line "$WORK/f.model" '^rank\.anchor_cos 0$'
expect_line "$WORK/f.model" '^join\.hits 0$'
grep -Eq '^rank\.nearest 0$' "$WORK/f.model" && fail "nearest was not learned"
expect_status 1 "$TD" train --features cos,colour -o "$WORK/f.model" "$FIX/train.jsonl"
expect_line "$WORK/err" "^tidings: error: unknown feature 'colour'$"

# --option: the options the training clusters with are written into the model
# (default: the built-in model's); `none` turns all off, name_keys is refused.
expect_line "$WORK/m.model" '^option\.short_margin 1$'
expect_status 0 "$TD" train --option none --option short_margin=1 -o "$WORK/o.model" \
    "$FIX/train.jsonl"
expect_line "$WORK/o.model" '^# trained by tidings train --label event --option none,short_margin=1 '
expect_line "$WORK/o.model" '^option\.short_margin 1$'
[ "$(grep -c '^option\.' "$WORK/o.model")" = 1 ] || fail "options other than short_margin set"
expect_status 0 "$TD" train --option none -o "$WORK/n.model" "$FIX/train.jsonl"
grep -q '^option\.' "$WORK/n.model" && fail "--option none left an option on"
expect_status 1 "$TD" train --option name_keys=1 -o "$WORK/k.model" "$FIX/train.jsonl"
expect_line "$WORK/err" "model option 'name_keys' cannot be trained"
expect_status 1 "$TD" train --option short_margin=yes -o "$WORK/k.model" "$FIX/train.jsonl"
expect_line "$WORK/err" "^tidings: error: model option 'short_margin' takes =0 or =1$"
[ ! -e "$WORK/k.model" ] || fail "a refused option wrote a model"

# The learned model places the fixture; the label reaches only the scorer.
expect_status 0 "$TD" eval --json --level event --model "$WORK/m.model" "$FIX/train.jsonl"
expect_line "$WORK/out" '"articles":12,"gold_clusters":4,"clusters":4,.*"bcubed_f1":1\.000000'
expect_status 0 "$TD" eval --json --level event --threshold 0.25 "$FIX/train.jsonl"
expect_line "$WORK/out" '"articles":12,"gold_clusters":4,'

# TIDINGS_MODEL selects the model for ingest; a broken one names file and line.
printf 'tidings-event-model 1\nrank.cos 1\njoin.cos one\n' >"$WORK/bad.model"
TIDINGS_MODEL="$WORK/m.model" expect_status 0 "$TD" ingest "$FIX/train.jsonl"
TIDINGS_MODEL="$WORK/bad.model" expect_status 1 "$TD" ingest "$FIX/train.jsonl"
expect_line "$WORK/err" "^tidings: error: $WORK/bad.model:3: bad number 'one'$"
expect_status 1 "$TD" eval --level event --model "$WORK/bad.model" "$FIX/train.jsonl"
expect_line "$WORK/err" "bad.model:3: bad number 'one'"
printf 'tidings-event-model 7\n' >"$WORK/v7.model"
expect_status 1 "$TD" eval --level event --model "$WORK/v7.model" "$FIX/train.jsonl"
expect_line "$WORK/err" 'v7.model:1: model format version 7 is not supported \(want 1\)'
expect_status 1 "$TD" eval --level event --model "$WORK/none.model" "$FIX/train.jsonl"
expect_line "$WORK/err" "cannot open model '$WORK/none.model'"

# Training data errors name the record.
sed 's/"event":"choir"/"topic":"choir"/' "$FIX/train.jsonl" >"$WORK/nolabel.jsonl"
expect_status 1 "$TD" train -o "$WORK/x.model" "$WORK/nolabel.jsonl"
expect_line "$WORK/err" "nolabel.jsonl:8: record has no label 'event'"
# --bias: the rule that picks the join-bias offset is named in the model's comment
# (the default, mean, is not).
expect_status 0 "$TD" train --bias regret -o "$WORK/r.model" "$FIX/train.jsonl"
expect_line "$WORK/r.model" '^# trained by tidings train --label event --bias regret \(l2 1\) on: train.jsonl$'
expect_status 0 "$TD" train --bias mean -o "$WORK/mean.model" "$FIX/train.jsonl"
cmp -s "$WORK/m.model" "$WORK/mean.model" || fail "--bias mean changed the model"

[ ! -e "$WORK/x.model" ] || fail "a failed training wrote a model"
# With a fallback field, the record labelled under another name trains too.
expect_status 0 "$TD" train --label event,topic -o "$WORK/x.model" "$WORK/nolabel.jsonl"
head -n 3 "$FIX/train.jsonl" | sed 's/"event":"[a-z-]*"/"event":"one"/' >"$WORK/one.jsonl"
expect_status 1 "$TD" train -o "$WORK/x1.model" "$WORK/one.jsonl"
expect_line "$WORK/err" 'cannot learn the candidate ranking: all [0-9]+ examples have the same label'

# Usage errors.
expect_status 2 "$TD" train
expect_status 2 "$TD" train --l2 0 "$FIX/train.jsonl"
expect_status 2 "$TD" train --bogus "$FIX/train.jsonl"
expect_status 2 "$TD" train --option "" "$FIX/train.jsonl"
expect_status 2 "$TD" train --bias median "$FIX/train.jsonl"
expect_line "$WORK/err" 'train: --bias takes mean, min, regret or pooled'
echo "ok"
