#!/usr/bin/env bash
# test_entities.sh - `tidings entities`: JSON Lines in, one mention per line
# out (code-point offsets), bad lines reported on stderr with exit status 1,
# a missing gazetteer only warned about, and `--score` against gold lines.
source "$(dirname "$0")/lib.sh"

printf '%s\n' \
    '{"doc":"a","text":"Él habló con Mr Ado Kiss en Qarvel.","lang":"es"}' \
    '{"doc":"b","text":"Shares of Brindle Foods Inc. fell."}' >"$WORK/in.jsonl"
expect_status 0 "$TD" entities --json "$WORK/in.jsonl"
expect_line "$WORK/out" '^\{"doc":"a","start":16,"end":24,"type":"PER","text":"Ado Kiss"\}$'
expect_line "$WORK/out" '^\{"doc":"b","start":10,"end":27,"type":"ORG","text":"Brindle Foods Inc"\}$'

printf '%s\n' 'not json' '{"doc":"c","text":"Mr Ado Kiss left."}' >"$WORK/bad.jsonl"
expect_status 1 "$TD" entities "$WORK/bad.jsonl"
expect_line "$WORK/err" 'bad.jsonl:1:'
expect_line "$WORK/out" '"doc":"c"'

TIDINGS_ISO_CODES="$WORK/none" expect_status 0 "$TD" entities "$WORK/in.jsonl"
expect_line "$WORK/err" 'warning: no gazetteer'
expect_line "$WORK/out" '"Ado Kiss"'

printf '%s\n' '{"doc":"c","start":3,"end":11,"type":"PER"}' >"$WORK/gold.jsonl"
"$TD" entities "$WORK/bad.jsonl" >"$WORK/pred.jsonl" 2>/dev/null || true
expect_status 0 "$TD" entities --score --json "$WORK/gold.jsonl" "$WORK/pred.jsonl"
expect_line "$WORK/out" '"micro":\{"gold":1,"pred":1,"gold_found":1,"pred_correct":1'
expect_status 1 "$TD" entities --score "$WORK/gold.jsonl" "$WORK/bad.jsonl"
expect_line "$WORK/err" "bad.jsonl' line 1"
expect_status 2 "$TD" entities
expect_status 2 "$TD" entities --bogus x
