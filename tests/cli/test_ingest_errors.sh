#!/usr/bin/env bash
# Every bad record is reported as FILE:LINE: reason and skipped; good ones
# are stored; exit status 1 when something was rejected. --mem-stats reports memory.
source "$(dirname "$0")/lib.sh"

expect_status 1 "$TD" ingest "$FIX/mixed.jsonl"
f="$FIX/mixed.jsonl"
expect_line "$WORK/err" "^$f:2: .*JSON"
expect_line "$WORK/err" "^$f:3: .*text"
expect_line "$WORK/err" "^$f:4: .*text"
expect_line "$WORK/err" "^$f:5: .*date"
expect_line "$WORK/err" "^$f:7: .*title"
expect_line "$WORK/err" "^$f:9: .*object"
expect_line "$WORK/err" "^$f:10: "
expect_line "$WORK/err" "2 accepted .* 0 duplicates, 7 rejected"
if grep -Eq "^$f:(1|6|8):" "$WORK/err"; then fail "a good or blank line was reported"; fi

expect_status 1 "$TD" ingest "$FIX/bad_bytes.jsonl"
expect_line "$WORK/err" "bad_bytes.jsonl:1: .*UTF-8"
expect_line "$WORK/err" "bad_bytes.jsonl:2: .*NUL"

expect_status 0 "$TD" stats --json
[ "$(json_field "$(cat "$WORK/out")" articles)" = 2 ] || fail "want 2 articles: $(cat "$WORK/out")"

# A line over the 16 MiB limit is rejected and the next line is still read.
big="$WORK/big.jsonl"
{ printf '{"id":"huge","text":"'; head -c 17000000 /dev/zero | tr '\0' 'a'; printf '"}\n';
  printf '{"id":"after","text":"The line after a huge one is still read."}\n'; } > "$big"
expect_status 1 "$TD" ingest "$big"
expect_line "$WORK/err" "big.jsonl:1: "
expect_line "$WORK/err" "1 accepted"

# --mem-stats reports the holders once the articles commit, and SQLite's memory at the end.
expect_status 0 "$TD" ingest --mem-stats "$FIX/stories.jsonl"
expect_line "$WORK/err" "^tidings: memory after the articles"
expect_line "$WORK/err" "^  near copies: index  *[1-9][0-9]* "
expect_line "$WORK/err" "^tidings: memory at the end"
expect_line "$WORK/err" "^  sqlite: whole process, peak  *0  *[0-9.]*[1-9]"

# A missing path is an error naming the path; usage errors exit 2.
expect_status 1 "$TD" ingest "$WORK/nope.jsonl"
expect_line "$WORK/err" "nope.jsonl"
expect_status 2 "$TD" ingest
expect_status 2 "$TD" ingest --format xml "$f"
expect_status 2 "$TD" frobnicate
echo "ok"
