#!/usr/bin/env bash
# Re-ingesting is a no-op; a stored id with new content is a conflict; the
# same content under a new id is stored as a copy of the first.
source "$(dirname "$0")/lib.sh"

cat > "$WORK/one.jsonl" <<'J'
{"id":"x1","title":"Bridge closed in Oskarby","text":"The old iron bridge in Oskarby was closed to traffic after inspectors found cracks in two of its girders.","date":"2024-05-02"}
{"id":"x2","title":"Orchard festival returns","text":"The orchard festival of Lune returns this weekend with cider presses, music and a parade of tractors.","date":"2024-05-03"}
J
expect_status 0 "$TD" ingest "$WORK/one.jsonl"
expect_line "$WORK/err" "2 accepted \(0 copies\), 0 duplicates, 0 rejected"
expect_status 0 "$TD" ingest "$WORK/one.jsonl"
expect_line "$WORK/err" "0 accepted \(0 copies\), 2 duplicates, 0 rejected"

cat > "$WORK/two.jsonl" <<'J'
{"id":"x1","title":"Bridge closed in Oskarby","text":"A different body under a stored id.","date":"2024-05-02"}
{"id":"x3","title":"Bridge closed in Oskarby","text":"The old iron bridge in Oskarby was closed to traffic after inspectors   found cracks in two of its girders.","source":"Reprint Daily"}
{"text":"An article without an id takes its content hash as id."}
{"text":"An article without an id takes its content hash as id."}
J
expect_status 1 "$TD" ingest "$WORK/two.jsonl"
expect_line "$WORK/err" "two.jsonl:1: .*'x1'.*different content"
expect_line "$WORK/err" "2 accepted \(1 copies\), 1 duplicates, 1 rejected"

expect_status 0 "$TD" stats --json
[ "$(json_field "$(cat "$WORK/out")" articles)" = 4 ] || fail "want 4 articles: $(cat "$WORK/out")"
expect_status 0 "$TD" stories --json
story=$(grep -o '"id":[0-9]*,"articles":2' "$WORK/out" | head -n 1 | cut -d: -f2 | cut -d, -f1)
[ -n "$story" ] || fail "the copy did not join its original's story: $(cat "$WORK/out")"
expect_status 0 "$TD" story "$story" --json
expect_line "$WORK/out" '"id":"x3".*"copy_of":"x1"'
expect_status 2 "$TD" story abc
expect_status 1 "$TD" story 999
echo "ok"
