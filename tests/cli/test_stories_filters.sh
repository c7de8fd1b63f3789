#!/usr/bin/env bash
# `tidings stories` with the filters of GET /api/stories: --since, --lang,
# -q/--query, --limit and --cursor give one page, newest first, through the
# same query as the API (the --json output is the API's body); the next
# page's cursor is in the JSON and on stderr in text mode; every bad value
# is a usage error (exit 2) naming the option or the value.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" ingest "$FIX/stories.jsonl"

# titles : the story titles of the last --json output, in order, one line.
titles() {
    grep -o '"title":"[^"]*"' "$WORK/out" | sed 's/"title":"\(.*\)"/\1/' | paste -sd'|' -
}

# ---- No filter: every story, largest first, with its events (unchanged).
expect_status 0 "$TD" stories
[ "$(grep -c '^[0-9]' "$WORK/out")" = 6 ] || fail "want 6 stories: $(cat "$WORK/out")"
expect_line "$WORK/out" '^  event 1 '

# ---- --limit and --cursor: pages of 2, newest first; the cursor walks all 6 once.
expect_status 0 "$TD" stories --json --limit 2
[ "$(titles)" = "Beekeepers meet in the old school|Nouvelle piste cyclable au bord du canal" ] ||
    fail "first page: $(cat "$WORK/out")"
cursor=$(sed -n 's/.*"next_cursor":"\([^"]*\)"}$/\1/p' "$WORK/out")
[ -n "$cursor" ] || fail "no next_cursor: $(cat "$WORK/out")"
expect_status 0 "$TD" stories --json --limit 2 --cursor "$cursor"
[ "$(titles)" = "Library extends its opening hours|Wochenmarkt zieht auf den Kirchplatz" ] ||
    fail "second page: $(cat "$WORK/out")"
cursor=$(sed -n 's/.*"next_cursor":"\([^"]*\)"}$/\1/p' "$WORK/out")
# Text mode: the table on stdout, the next cursor on stderr.
expect_status 0 "$TD" stories --limit 2 --cursor "$cursor"
[ "$(head -n 1 "$WORK/out" | tr -s ' ')" = "STORY ARTICLES DATES LANGUAGES TITLE" ] ||
    fail "text header: $(cat "$WORK/out")"
expect_line "$WORK/out" '^2 +1 +2024-03-02\.\.2024-03-02 en +Village choir wins regional prize$'
expect_line "$WORK/out" '^1 +1 +2024-02-10\.\.2024-02-10 en +Ferry to Lindholm sails again$'
[ "$(wc -l <"$WORK/out")" = 3 ] || fail "third page: $(cat "$WORK/out")"
# The last page has no next cursor: null in JSON, nothing on stderr.
[ ! -s "$WORK/err" ] || fail "last page printed a cursor: $(cat "$WORK/err")"
expect_status 0 "$TD" stories --json --limit 2 --cursor "$cursor"
expect_line "$WORK/out" '"next_cursor":null\}$'
expect_status 0 "$TD" stories --limit 4
expect_line "$WORK/err" '^tidings: next page: --cursor s1\.6\.3$'
[ "$(grep -c '^[0-9]' "$WORK/out")" = 4 ] || fail "--limit 4: $(cat "$WORK/out")"
expect_status 0 "$TD" stories --limit 4 --cursor s1.6.3
[ "$(grep -c '^[0-9]' "$WORK/out")" = 2 ] || fail "--cursor s1.6.3: $(cat "$WORK/out")"

# ---- --lang, in any form.
expect_status 0 "$TD" stories --json --lang German
[ "$(titles)" = "Wochenmarkt zieht auf den Kirchplatz" ] || fail "--lang German: $(cat "$WORK/out")"
expect_status 0 "$TD" stories --json --lang fr
[ "$(titles)" = "Nouvelle piste cyclable au bord du canal" ] || fail "--lang fr: $(cat "$WORK/out")"
expect_status 0 "$TD" stories --json --lang ja
expect_line "$WORK/out" '^\{"stories":\[\],"next_cursor":null\}$'

# ---- --since: stories with an article dated on or after it (undated ones never match).
expect_status 0 "$TD" stories --json --since 2024-03-15
[ "$(titles)" = "Nouvelle piste cyclable au bord du canal|Library extends its opening hours|Wochenmarkt zieht auf den Kirchplatz" ] ||
    fail "--since: $(cat "$WORK/out")"
expect_status 0 "$TD" stories --json --since 2024-04
[ "$(titles)" = "Nouvelle piste cyclable au bord du canal|Library extends its opening hours" ] ||
    fail "--since 2024-04: $(cat "$WORK/out")"

# ---- -q / --query: an FTS5 query over the stories' articles.
expect_status 0 "$TD" stories --json -q choir
[ "$(titles)" = "Village choir wins regional prize" ] || fail "-q choir: $(cat "$WORK/out")"
expect_status 0 "$TD" stories --json --query 'ferry OR librarian'
[ "$(titles)" = "Library extends its opening hours|Ferry to Lindholm sails again" ] ||
    fail "--query: $(cat "$WORK/out")"
# Filters combine: the query and the date.
expect_status 0 "$TD" stories --json --query 'ferry OR librarian' --since 2024-03-01
[ "$(titles)" = "Library extends its opening hours" ] || fail "--query --since: $(cat "$WORK/out")"

# ---- The same page as the API gives (same query and renderer): compared with a
# live server when the build has one.
expect_status 0 "$TD" stories --json --since 2024-03-01 --limit 2
cp "$WORK/out" "$WORK/cli.json"
if command -v curl >/dev/null; then
    "$TD" serve --listen 127.0.0.1:0 >"$WORK/srv.out" 2>"$WORK/srv.err" &
    srv=$!
    for _ in $(seq 200); do
        grep -q 'listening on' "$WORK/srv.out" && break
        sleep 0.05
    done
    url=$(sed -n 's/^tidings: listening on //p' "$WORK/srv.out")
    curl -s --max-time 10 "${url}api/stories?since=2024-03-01&limit=2" >"$WORK/api.json" || true
    kill -TERM $srv
    wait $srv || true
    [ "$(cat "$WORK/api.json")" = "$(cat "$WORK/cli.json")" ] ||
        fail "CLI and API differ: $(cat "$WORK/cli.json") vs $(cat "$WORK/api.json")"
fi

# ---- Bad values: usage errors (exit 2) that name the option or the value.
bad() {
    local want=$1
    shift
    expect_status 2 "$TD" stories "$@"
    expect_line "$WORK/err" "$want"
    [ ! -s "$WORK/out" ] || fail "'stories $*' printed: $(cat "$WORK/out")"
}
bad "--limit expects a number from 1 to 1000, got '0'" --limit 0
bad "--limit expects a number from 1 to 1000, got '1001'" --limit 1001
bad "--limit expects a number from 1 to 1000, got 'ten'" --limit ten
bad "--limit expects a number from 1 to 1000, got ' 5'" --limit ' 5'
bad "'--limit' needs a value" --limit
bad "bad 'since' date 'soon'" --since soon
bad "bad 'since' date '2024-02-30': impossible date" --since 2024-02-30
bad "'--since' needs a value" --since ''
bad "'--since' needs a value" --json --since
bad "'--lang' needs a value" --lang
bad "'--lang' needs a value" --lang ''
bad "invalid search query" -q '"unbalanced'
bad "'-q' needs a value" -q
bad "'--query' needs a value" --query ''
bad "bad cursor 'nonsense'" --cursor nonsense
bad "bad cursor 's1.2.9'" --cursor s1.2.9
bad "'--cursor' needs a value" --cursor
bad "unexpected argument '--bogus'" --bogus
bad "unexpected argument 'extra'" --lang en extra
bad "usage: tidings stories \[--json\] \[--since DATE\]" --since
echo "ok"
