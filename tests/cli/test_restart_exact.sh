#!/usr/bin/env bash
# A stream ingested in one run, or in several with restarts between them,
# gives the same events and storylines: `tidings export --json` is the same
# byte for byte. The stream (fixtures/split_stream.jsonl, made-up words, see
# gen_split_stream.py) makes the split pass cut two events, and has copies
# of moved articles, so a restart has to redo the merges and splits the live
# stream made. Stores written before the joined event was stored (schema
# 10): test_restart_old_store.sh.
source "$(dirname "$0")/lib.sh"

stream="$FIX/split_stream.jsonl"
total=$(wc -l <"$stream")

ingest_parts "$stream" "$WORK/one.db"
expect_status 0 "$TD" --db "$WORK/one.db" export --json
cp "$WORK/out" "$WORK/one.json"
[ "$(wc -l <"$WORK/one.json")" = "$total" ] || fail "export of the one run is not $total lines"

# The one run split events: articles whose event is newer than the one they joined.
split=$(python3 - "$WORK/one.db" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
print(db.execute("SELECT count(DISTINCT event) FROM articles WHERE event > joined").fetchone()[0])
P
)
[ "$split" -ge 2 ] || fail "the stream made $split split events, want at least 2"

# Restarts before, at and after the passes (every 64 articles) and the
# splits. Each run's end runs a pass of its own (td_engine_flush()), logged
# so that the next run's replay runs it again at the same article: the
# restarts give what the same parts give in one run, as files of their own.
for points in "12" "64" "70" "100" "65 129" "11 70 130" "40 90 150 199"; do
    expect_parts_as_one "$stream" $points
done

echo "ok"
