#!/usr/bin/env bash
# Two levels of clusters: a storyline told in 2023 and again in 2025 is one
# story of two events; `stories`, `stats`, `export` and `eval --level` show
# both levels, and the gold labels never reach the pipeline.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" ingest "$FIX/levels.jsonl"
expect_status 0 "$TD" stats --json
expect_line "$WORK/out" '^\{"articles":5,"stories":2,"events":3,"languages":'
expect_status 0 "$TD" stats
expect_line "$WORK/out" '^events +3$'

# Export: the dam articles share a story; the 2023 and 2025 ones are two events.
expect_status 0 "$TD" export --json
field() { grep "\"id\":\"$1\"" "$WORK/out" | grep -Eo "\"$2\":[0-9]+" | cut -d: -f2; }
[ "$(field d1 story)" = "$(field d3 story)" ] || fail "the dam storyline split: $(cat "$WORK/out")"
[ "$(field d1 story)" != "$(field m1 story)" ] || fail "the marathon joined the dam story"
[ "$(field d1 event)" = "$(field d2 event)" ] || fail "the 2023 event split"
[ "$(field d3 event)" = "$(field d4 event)" ] || fail "the 2025 event split"
[ "$(field d1 event)" != "$(field d3 event)" ] || fail "2023 and 2025 are one event"
dam=$(field d1 story)
ev2023=$(field d1 event)
ev2025=$(field d3 event)

# Stories list their events with sizes and date spans, oldest first.
expect_status 0 "$TD" stories --json
expect_line "$WORK/out" "\"id\":$dam,\"articles\":4,.*\"events\":\\[\\{\"id\":$ev2023,\"articles\":2,\"first_date\":\"2023-06-01\",\"last_date\":\"2023-06-02\"\\},\\{\"id\":$ev2025,\"articles\":2,\"first_date\":\"2025-02-10\",\"last_date\":\"2025-02-11\"\\}\\]"
expect_status 0 "$TD" stories
expect_line "$WORK/out" "^  event $ev2025 +2 +2025-02-10\\.\\.2025-02-11$"
expect_status 0 "$TD" story "$dam" --json
expect_line "$WORK/out" "\"id\":\"d3\",[^}]*\"event\":$ev2025[,}]"
# The names its headlines mention most, as text too.
expect_status 0 "$TD" story "$dam"
expect_line "$WORK/out" '^names: .*Kestrel Waterworks \((PER|ORG), 2\)'

# Eval at each level, with the level's field as the default label.
expect_status 0 "$TD" eval --json --level event "$FIX/levels.jsonl"
expect_line "$WORK/out" '"gold_clusters":3,"clusters":3,"bcubed_precision":1\.000000,"bcubed_recall":1\.000000'
expect_line "$WORK/out" '"label":"event","level":"event"'
expect_status 0 "$TD" eval --json --level story "$FIX/levels.jsonl"
expect_line "$WORK/out" '"gold_clusters":2,"clusters":2,"bcubed_precision":1\.000000,"bcubed_recall":1\.000000'
expect_status 0 "$TD" eval --json "$FIX/levels.jsonl"
expect_line "$WORK/out" '"label":"story","level":"story"'
# --label still picks any field: stories scored against event labels lose precision.
expect_status 0 "$TD" eval --json --level story --label event "$FIX/levels.jsonl"
expect_line "$WORK/out" '"gold_clusters":3,"clusters":2,'
p=$(json_field "$(cat "$WORK/out")" bcubed_precision)
awk -v p="$p" 'BEGIN { exit !(p < 1) }' || fail "story vs event labels scored precision $p"
expect_status 2 "$TD" eval --level topic "$FIX/levels.jsonl"
expect_line "$WORK/err" "--level takes 'event' or 'story'"

# Relabelling changes the score, never the assignment, at both levels.
sed 's/"event":"[^"]*"/"event":"one"/' "$FIX/levels.jsonl" > "$WORK/relabel.jsonl"
for level in event story; do
    expect_status 0 "$TD" eval --level $level --label event --assign "$WORK/a1.jsonl" \
        "$FIX/levels.jsonl"
    expect_status 0 "$TD" eval --json --level $level --label event --assign "$WORK/a2.jsonl" \
        "$WORK/relabel.jsonl"
    cmp -s "$WORK/a1.jsonl" "$WORK/a2.jsonl" || fail "$level: relabelling changed the assignment"
    [ "$(json_field "$(cat "$WORK/out")" gold_clusters)" = 1 ] || fail "$level: relabelling had no effect"
done
echo "ok"
