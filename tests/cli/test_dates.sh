#!/usr/bin/env bash
# test_dates.sh - `tidings dates`: JSON Lines in, one timex per line out,
# code-point offsets, bad lines reported on stderr with exit status 1.
source "$(dirname "$0")/lib.sh"

printf '%s\n' \
    '{"doc":"a","dct":"2022-01-07","text":"Él vino ayer, el 7 de enero de 2022.","lang":"es"}' \
    '{"doc":"b","dct":"","text":"See you on New Year'"'"'s Eve."}' >"$WORK/in.jsonl"
expect_status 0 "$TD" dates --json "$WORK/in.jsonl"
expect_line "$WORK/out" '^\{"doc":"a","start":8,"end":12,"type":"DATE","value":"2022-01-06"\}$'
expect_line "$WORK/out" '"value":"2022-01-07"'
expect_line "$WORK/out" '^\{"doc":"b","start":11,"end":25,"type":"DATE","value":"XXXX-12-31"\}$'
[ "$(wc -l <"$WORK/out")" -eq 3 ] || fail "expected 3 lines"

printf '%s\n' 'not json' '{"doc":"c","text":"now"}' >"$WORK/bad.jsonl"
expect_status 1 "$TD" dates "$WORK/bad.jsonl"
expect_line "$WORK/err" 'bad.jsonl:1:'
expect_line "$WORK/out" '"doc":"c"'
expect_status 2 "$TD" dates
