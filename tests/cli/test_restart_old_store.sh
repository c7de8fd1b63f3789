#!/usr/bin/env bash
# A store written before the joined event was stored (schema 10) and then
# continued by this version: the passes of the new rows may merge or split
# the events of the old rows, which moves them. A restart must still replay
# each old row into the event it had when the store was first continued, or
# the rebuilt clustering is not the one the uninterrupted run had. Old
# stores cut at 30, 50, 70 and 100 articles of fixtures/split_stream.jsonl,
# then the rest in one run and in two: `tidings export --json` is the same;
# the store is then migrated (schema 15) with its old rows as they were.
source "$(dirname "$0")/lib.sh"

stream="$FIX/split_stream.jsonl"
total=$(wc -l <"$stream")

# make_old DB N: the first N articles, stored as schema 10 stores them (no
# `joined`, no pass log; fixtures/to_schema10.py).
make_old() {
    sed -n "1,${2}p" "$stream" >"$WORK/first.jsonl"
    expect_status 0 "$TD" --db "$1" ingest --format jsonl "$WORK/first.jsonl"
    python3 "$FIX/to_schema10.py" "$1"
}

moved_total=0
for cuts in 30:67 50:87 70:130 100:137; do
    cut=${cuts%:*} split=${cuts#*:}
    make_old "$WORK/one-$cut.db" "$cut"
    cp "$WORK/one-$cut.db" "$WORK/two-$cut.db"
    events_before=$(python3 - "$WORK/one-$cut.db" <<'P'
import sqlite3, sys
print(",".join(str(e) for (e,) in sqlite3.connect(sys.argv[1]).execute(
    "SELECT event FROM articles ORDER BY seq")))
P
)
    sed -n "$((cut + 1)),${total}p" "$stream" >"$WORK/rest.jsonl"
    expect_status 0 "$TD" --db "$WORK/one-$cut.db" ingest --format jsonl "$WORK/rest.jsonl"
    expect_status 0 "$TD" --db "$WORK/one-$cut.db" export --json
    cp "$WORK/out" "$WORK/one-$cut.json"
    sed -n "$((cut + 1)),${split}p" "$stream" >"$WORK/rest1.jsonl"
    sed -n "$((split + 1)),${total}p" "$stream" >"$WORK/rest2.jsonl"
    expect_status 0 "$TD" --db "$WORK/two-$cut.db" ingest --format jsonl "$WORK/rest1.jsonl"
    expect_status 0 "$TD" --db "$WORK/two-$cut.db" ingest --format jsonl "$WORK/rest2.jsonl"
    expect_status 0 "$TD" --db "$WORK/two-$cut.db" export --json
    cmp -s "$WORK/out" "$WORK/one-$cut.json" || {
        diff "$WORK/one-$cut.json" "$WORK/out" | head -n 6 >&2 || true
        fail "old store of $cut articles continued in two runs differs from one"
    }
    # How many old rows the continuation moved (the case this test is about).
    moved=$(python3 - "$WORK/one-$cut.db" "$events_before" <<'P'
import sqlite3, sys
before = [int(e) for e in sys.argv[2].split(",")]
now = [e for (e,) in sqlite3.connect(sys.argv[1]).execute(
    "SELECT event FROM articles ORDER BY seq LIMIT ?", (len(before),))]
print(sum(1 for a, b in zip(before, now) if a != b))
P
)
    echo "old store of $cut articles: $moved old rows moved by the continuation; same export"
    moved_total=$((moved_total + moved))
done
[ "$moved_total" -gt 0 ] || fail "no old row was moved: the stream no longer tests the case"
got=$(python3 - "$WORK/one-70.db" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("PRAGMA user_version").fetchone()[0],
      db.execute("SELECT count(*) FROM articles WHERE joined IS NULL").fetchone()[0],
      db.execute("SELECT count(*) FROM articles WHERE joined IS NOT NULL").fetchone()[0])
P
)
[ "$got" = "15 70 $((total - 70))" ] || fail "old store: want '15 70 $((total - 70))', got '$got'"
echo "ok"
