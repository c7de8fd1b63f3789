#!/usr/bin/env bash
# Plain-text articles: a leading "date YYYY-MM-DD" is the publication date,
# the file name is the id, undated files stay undated; directories recurse.
source "$(dirname "$0")/lib.sh"

mkdir -p "$WORK/in/sub" "$WORK/in/.hidden"
printf ' date 2021-11-02 The harbour of Vell closed after a fuel barge ran aground at dawn.\n\nCrews worked all day.\n' > "$WORK/in/001_vell.txt"
printf 'Pilots at the harbour of Vell said the fuel barge drifted after its mooring lines parted.\n' > "$WORK/in/sub/002_vell.txt"
printf 'date 2021-02-30 impossible\n' > "$WORK/in/sub/003_bad.txt"
printf 'hidden\n' > "$WORK/in/.hidden/x.txt"
expect_status 1 "$TD" ingest "$WORK/in"
expect_line "$WORK/err" "003_bad.txt:1: .*date"
expect_line "$WORK/err" "2 accepted"
expect_status 0 "$TD" stories --json
expect_status 0 "$TD" story 1 --json
expect_line "$WORK/out" '"id":"001_vell","title":null,"date":"2021-11-02"'
# 002_vell is undated: null alone, or an estimate: its event's day, or its story's month.
grep -Eq '"id":"002_vell","title":null,"date":(null|"2021-11"|"2021-11-02")' "$WORK/out" ||
    { "$TD" story 2 --json > "$WORK/out2"; expect_line "$WORK/out2" '"id":"002_vell","title":null,"date":null'; }
# stdin, as JSON Lines and as text
printf '{"id":"s1","text":"Read from standard input."}\n' | "$TD" ingest - 2>"$WORK/err" || fail "stdin jsonl"
expect_line "$WORK/err" "1 accepted"
printf 'Plain text from standard input.\n' | "$TD" ingest --format text - 2>"$WORK/err" || fail "stdin text"
expect_line "$WORK/err" "1 accepted"
echo "ok"
