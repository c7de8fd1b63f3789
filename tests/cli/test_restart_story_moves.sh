#!/usr/bin/env bash
# A storyline decided again (cluster/storyline.h): the inquiry into a dam
# failure is first told in Chinese, with no name the storyline level can
# read (h3), so its event starts a storyline of its own; the English h4
# joins that event hours later and names the people of the dam story, and
# the event's storyline moves into it. A school fire, also first told in
# Chinese, names one place of the dam story (Sendmark) and stays apart.
# One run and runs cut at every article give the same export, so the
# replay rebuilds the young storyline before the move and applies the
# logged move after it. Fixture text written for the project.
source "$(dirname "$0")/lib.sh"

stream="$FIX/late_names.jsonl"
total=$(wc -l <"$stream")

expect_status 0 "$TD" --db "$WORK/one.db" ingest --format jsonl "$stream"
expect_status 0 "$TD" --db "$WORK/one.db" export --json
cp "$WORK/out" "$WORK/one.json"
field() { grep "\"id\":\"$1\"" "$WORK/one.json" | grep -Eo "\"$2\":[0-9]+" | cut -d: -f2; }
[ "$(field h3 event)" = "$(field h4 event)" ] || fail "h4 did not join the event h3 started"
[ "$(field h3 story)" = "$(field h1 story)" ] ||
    fail "the inquiry stayed in a storyline of its own: $(cat "$WORK/one.json")"
[ "$(field h5 story)" = "$(field h1 story)" ] || fail "h5 is not in the dam story"
[ "$(field f1 story)" = "$(field f2 story)" ] || fail "the school fire split"
[ "$(field f1 story)" != "$(field h1 story)" ] || fail "the school fire joined the dam story"
[ "$(field p1 story)" != "$(field h1 story)" ] || fail "the chess open joined the dam story"

# The move is logged, the emptied story has no summary row and is not listed.
got=$(python3 - "$WORK/one.db" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
moves = db.execute("SELECT doc, from_story FROM story_moves").fetchall()
print(len(moves), moves[0][0] if moves else 0,
      db.execute("SELECT count(*) FROM articles WHERE story = ?", (moves[0][1],)).fetchone()[0]
      if moves else -1,
      db.execute("SELECT count(*) FROM story_stats WHERE story = ?", (moves[0][1],)).fetchone()[0]
      if moves else -1)
P
)
[ "$got" = "1 5 0 0" ] || fail "story_moves: want '1 5 0 0' (one move, at h4), got '$got'"
expect_status 0 "$TD" --db "$WORK/one.db" stats --json
expect_line "$WORK/out" '^\{"articles":9,"stories":3,"events":4,'
expect_status 0 "$TD" --db "$WORK/one.db" stories --json
expect_line "$WORK/out" "\"id\":$(field h1 story),\"articles\":5,.*\"languages\":\\[\"en\",\"zh\"\\]"

# Restarts after every article: before the young storyline, between it and
# the move, right after the move, and later.
for cut in $(seq 1 $((total - 1))); do
    db="$WORK/cut-$cut.db"
    sed -n "1,${cut}p" "$stream" >"$WORK/part1.jsonl"
    sed -n "$((cut + 1)),${total}p" "$stream" >"$WORK/part2.jsonl"
    expect_status 0 "$TD" --db "$db" ingest --format jsonl "$WORK/part1.jsonl"
    expect_status 0 "$TD" --db "$db" ingest --format jsonl "$WORK/part2.jsonl"
    expect_status 0 "$TD" --db "$db" export --json
    cmp -s "$WORK/out" "$WORK/one.json" ||
        { diff "$WORK/one.json" "$WORK/out" | head -n 8 >&2; fail "a restart after $cut differs"; }
    expect_status 0 "$TD" --db "$db" stats --json
    expect_line "$WORK/out" '^\{"articles":9,"stories":3,"events":4,'
done

# A replay that finds a logged move it cannot apply stops with a clear error.
cp "$WORK/one.db" "$WORK/bad.db"
python3 - "$WORK/bad.db" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE story_moves SET from_story = 2")
db.commit()
P
sed -n '3p' "$stream" | sed 's/"p1"/"p2"/' >"$WORK/more.jsonl"
expect_status 1 "$TD" --db "$WORK/bad.db" ingest --format jsonl "$WORK/more.jsonl"
expect_line "$WORK/err" "inconsistent event and story ids in the store"
echo "ok"
