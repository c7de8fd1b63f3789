#!/usr/bin/env bash
# A mixed event's strays (cluster.c, move_strays()): in the check corpus
# news8 the Literature prize event takes two reports of the Peace prize
# (u169, u172) before the Peace event starts; once both events have a core,
# the merge pass moves the two into the Peace event, and each takes that
# event's story with it: the store moves the article's story column and
# counts both summary rows again. A storyline re-check keeps the Peace
# storyline apart from the Literature one. Runs cut before, between and
# after the moves give the same export (the replay computes the moves
# again and leaves the story columns as stored) as the same parts in one
# run.
source "$(dirname "$0")/lib.sh"

stream="$SRC/data/dev/news8.jsonl"
total=$(wc -l <"$stream")

expect_status 0 "$TD" --db "$WORK/one.db" ingest --format jsonl "$stream"
expect_status 0 "$TD" --db "$WORK/one.db" export --json
cp "$WORK/out" "$WORK/one.json"
field() { grep "\"id\":\"$1\"" "$WORK/one.json" | grep -Eo "\"$2\":[0-9]+" | cut -d: -f2; }
for id in u169 u172; do
    [ "$(field $id event)" = "$(field u170 event)" ] || fail "$id stayed out of the Peace event"
    [ "$(field $id story)" = "$(field u170 story)" ] ||
        fail "$id moved into the Peace event but kept its story ($(field $id story))"
done
[ "$(field u170 story)" != "$(field u160 story)" ] || fail "the Peace story joined the Literature one"

# Every summary row counts its story's articles, and every event is in one story.
got=$(python3 - "$WORK/one.db" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
bad = db.execute("SELECT count(*) FROM (SELECT story, count(*) n, min(seq) f FROM articles"
                 " WHERE copy_of IS NULL GROUP BY story) a JOIN story_stats s USING (story)"
                 " WHERE s.first_seq <> a.f").fetchone()[0]
bad += db.execute("SELECT count(*) FROM (SELECT story, count(*) n FROM articles GROUP BY story) a"
                  " LEFT JOIN story_stats s USING (story) WHERE s.n IS NOT a.n").fetchone()[0]
bad += db.execute("SELECT count(*) FROM story_stats s WHERE NOT EXISTS"
                  " (SELECT 1 FROM articles a WHERE a.story = s.story)").fetchone()[0]
bad += db.execute("SELECT count(*) FROM (SELECT DISTINCT story, lang FROM articles) a"
                  " LEFT JOIN story_langs l USING (story, lang) WHERE l.story IS NULL").fetchone()[0]
split = db.execute("SELECT count(*) FROM (SELECT event FROM articles GROUP BY event"
                   " HAVING count(DISTINCT story) > 1)").fetchone()[0]
print(bad, split)
P
)
[ "$got" = "0 0" ] || fail "summary rows off / events in two stories: want '0 0', got '$got'"

# Restarts before, between and after the moves give what the same parts
# give in one run, as files of their own (each input's end runs a pass).
for points in "120" "168" "170" "172" "174" "180" "169 173" "100 171 $((total - 1))"; do
    expect_parts_as_one "$stream" $points
done
echo "ok"
