#!/usr/bin/env bash
# Names across scripts: the same (invented) event told in English and in
# Russian, Greek or Japanese shares no word, only names, which Tidings
# spells in Latin letters (ICU transliteration) before matching. Each pair
# must land in one event, and a Russian article about something else must
# not join the Russian-English pair. Fixtures: tests/cli/fixtures/xlit.jsonl.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" ingest "$FIX/xlit.jsonl"
expect_line "$WORK/err" "7 accepted \(0 copies\), 0 duplicates, 0 rejected"
expect_status 0 "$TD" export
[ "$(wc -l < "$WORK/out")" -eq 7 ] || fail "want 7 export lines: $(cat "$WORK/out")"

same_event() {
    [ -n "$(event "$1")" ] && [ "$(event "$1")" = "$(event "$2")" ] ||
        fail "$1 (event $(event "$1")) and $2 (event $(event "$2")) should share an event"
}

other_event() {
    [ "$(event "$1")" != "$(event "$2")" ] ||
        fail "$1 and $2 should be in different events (both $(event "$1"))"
}

same_event en-arctic ru-arctic    # Путин, Медведев, Колгуеве -> putin, medvedev, kolguyev
same_event en-ferry el-ferry      # Τσίπρας, Μητσοτάκης -> tsipras, mitsotakis
same_event en-battery ja-battery  # トヨタ, スズキ, パナマ -> toyota, suzuki, panama
other_event ru-chess ru-arctic
other_event ru-chess en-arctic
other_event en-arctic en-ferry
other_event en-ferry en-battery
echo "ok"
