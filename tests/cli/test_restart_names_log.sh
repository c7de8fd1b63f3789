#!/usr/bin/env bash
# The records of names seen (the names Korean and Arabic words are matched
# against) are logged in the store (seen_log, migration 14) and read back
# when an engine opens, so a restart knows every name the live run knew:
# before, a reopen read again the names of the latest 4,096 articles only.
# The stream: o1 names Ingrid Haldorsen and Tavrinsk; then 4,100 short
# made-up notes; then the Korean r6 spells both names and meets r7, which
# one run shows. Restarts after the notes must export the same.
# Then a store from before the log (schema 13, made with python's sqlite3):
# its first reopen reads the names of its latest articles again, as before,
# and must log them, or a second restart would lose them.
source "$(dirname "$0")/lib.sh"

fix="$FIX/names_log.jsonl"
notes=4100

# event_of FILE ID, story_of FILE ID: the event, the story of article ID in an `export --json` file.
event_of() {
    grep -F "\"id\":\"$2\"" "$1" | grep -Eo '"event":[0-9]+' | cut -d: -f2
}
story_of() {
    grep -F "\"id\":\"$2\"" "$1" | grep -Eo '"story":[0-9]+' | cut -d: -f2
}

head -n 1 "$fix" >"$WORK/stream.jsonl"
python3 - "$notes" >>"$WORK/stream.jsonl" <<'P'
import json, sys
for i in range(int(sys.argv[1])):
    day = 2 + i * 3 // int(sys.argv[1])
    print(json.dumps({"id": "n%d" % i, "title": "gauge note %d" % i,
                      "text": "gauge %d read %d centimetres at noon, %d more than the week before."
                              % (i, 100 + i % 97, i % 13),
                      "date": "2024-03-%02d" % day, "lang": "en"}))
P
tail -n 2 "$fix" >>"$WORK/stream.jsonl"

ingest_parts "$WORK/stream.jsonl" "$WORK/one.db"
expect_status 0 "$TD" --db "$WORK/one.db" export --json
cp "$WORK/out" "$WORK/one.json"
[ "$(event_of "$WORK/one.json" r6)" = "$(event_of "$WORK/one.json" r7)" ] ||
    fail "r6 did not meet the names o1 gave"

for points in "$((notes + 1))" "2000 $((notes + 2))"; do
    db="$WORK/parts-${points// /-}.db"
    ingest_parts "$WORK/stream.jsonl" "$db" $points
    expect_export "$db" "$WORK/one.json" "restarts after $points differ"
done

# to13 DB: DB as schema 13 wrote it, with no log of the names seen (and no
# middle table of exact-copy keys, migration 15).
to13() {
    python3 - "$1" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("DROP TABLE seen_log")
db.execute("DROP TABLE content_mid")
db.execute("PRAGMA user_version = 13")
db.commit()
P
}

head -n 1 "$fix" >"$WORK/old.jsonl"
sed -n 2p "$fix" >"$WORK/rest1.jsonl"
tail -n 2 "$fix" >"$WORK/rest2.jsonl"
for db in old-one old-two; do
    expect_status 0 "$TD" --db "$WORK/$db.db" ingest --format jsonl "$WORK/old.jsonl"
    to13 "$WORK/$db.db"
done
cat "$WORK/rest1.jsonl" "$WORK/rest2.jsonl" >"$WORK/rest.jsonl"
expect_status 0 "$TD" --db "$WORK/old-one.db" ingest --format jsonl "$WORK/rest.jsonl"
expect_status 0 "$TD" --db "$WORK/old-one.db" export --json
cp "$WORK/out" "$WORK/old-one.json"
[ "$(story_of "$WORK/old-one.json" r6)" = "$(story_of "$WORK/old-one.json" r7)" ] ||
    fail "old store: r6 did not meet the names o1 gave"
expect_status 0 "$TD" --db "$WORK/old-two.db" ingest --format jsonl "$WORK/rest1.jsonl"
expect_status 0 "$TD" --db "$WORK/old-two.db" ingest --format jsonl "$WORK/rest2.jsonl"
expect_export "$WORK/old-two.db" "$WORK/old-one.json" "old store continued in two runs differs"
echo "ok"
