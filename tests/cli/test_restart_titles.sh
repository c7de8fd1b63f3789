#!/usr/bin/env bash
# A restart reads the names of stored articles again (recall_names()) as the
# live run read them: from the clustering text of the body, and from the
# headline only when the body is blank (option title_names). The stream
# (fixtures/restart_titles.jsonl, made-up places and people): r1 names four
# people and places in its headline only; a restart that recorded them would
# let the Korean r3 spell them and r4 join it, which one run does not. r5 has
# a headline and no body: its names are recorded live, so the Korean r6
# meets them, and must meet them after a restart too.
source "$(dirname "$0")/lib.sh"

stream="$FIX/restart_titles.jsonl"

# event_of FILE ID: the event of article ID in an `export --json` file.
event_of() {
    grep -F "\"id\":\"$2\"" "$1" | grep -Eo '"event":[0-9]+' | cut -d: -f2
}

ingest_parts "$stream" "$WORK/one.db"
expect_status 0 "$TD" --db "$WORK/one.db" export --json
cp "$WORK/out" "$WORK/one.json"
[ "$(event_of "$WORK/one.json" r3)" != "$(event_of "$WORK/one.json" r4)" ] ||
    fail "r4 joined r3 by names only r1's headline has"
[ "$(event_of "$WORK/one.json" r6)" = "$(event_of "$WORK/one.json" r7)" ] ||
    fail "r6 did not meet the names of r5's headline"

for points in "2" "3" "1 4" "3 5"; do
    db="$WORK/parts-${points// /-}.db"
    ingest_parts "$stream" "$db" $points
    expect_export "$db" "$WORK/one.json" "restarts after $points differ"
done

echo "ok"
