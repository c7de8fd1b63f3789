#!/usr/bin/env bash
# Story timelines on a made-up storyline (tests/cli/fixtures/timeline.jsonl:
# the Greyholm lighthouse of Marrowby, four dated articles and one undated,
# re-told a year later): one event per happening with all its sources, date
# order, first reporters, the undated article's estimated date in `story`
# and `export`, what each article added, usage errors, and the --eval mode.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" ingest "$FIX/timeline.jsonl"
expect_line "$WORK/err" "5 accepted"
expect_status 0 "$TD" stories --json
story=$(grep -o '"id":[0-9]*' "$WORK/out" | head -n 1 | cut -d: -f2)
[ "$(grep -o '"articles":[0-9]*' "$WORK/out" | head -n 1)" = '"articles":5' ] ||
    fail "the fixture should make one story of 5: $(cat "$WORK/out")"

expect_status 0 "$TD" timeline --json "$story"
tr '{' '\n' < "$WORK/out" > "$WORK/events"
# The vote, told by m1 and m2, is one event reported first by m1 (published earlier); m5's
# "the restoration voted by the council in March 2023" is the same happening at month
# precision, so it folds into the vote's day instead of making an event of its own.
expect_line "$WORK/events" '"date":"2023-03-10","precision":"day","text":"The town council of Marrowby voted[^"]*","articles":\["m1","m2","m5"\],"first":"m1"'
# The storm of the same day stays a separate event.
expect_line "$WORK/events" '"date":"2023-03-10","precision":"day","text":"A storm[^"]*","articles":\["m2"\],"first":"m2"'
# The undated m3's "New Year's Eve" is resolved against its estimated date and joins m4's report.
expect_line "$WORK/events" '"date":"2022-12-31","precision":"day","text":"[^"]*","articles":\["m3","m4"\],"first":"m4"'
# "The tower was built in 1887", years before the vote and about something else, is background:
# no event of its own (the story's other articles tell nothing of 1887).
grep -q '"date":"1887"' "$WORK/events" && fail "the background year 1887 opened an event"
grep -q '"date":"2023-03","precision":"month"' "$WORK/events" && fail "March 2023 did not fold into the vote"
# The retrospective m5 adds its own publication as the last event.
expect_line "$WORK/events" '"date":"2024-06-02","precision":"day","text":"Visitors climb[^"]*","articles":\["m5"\],"first":"m5"'
expect_line "$WORK/events" '"name":"Tomas Brell","type":"PER"'
[ "$(grep -o '"date":"[0-9-]*","precision"' "$WORK/out" | cut -d'"' -f4 | tr '\n' ' ')" = \
  "2022-12-31 2023-03-10 2023-03-10 2023-04 2024-06-02 " ] ||
    fail "events out of order: $(cat "$WORK/out")"
[ "$(grep -o '"id":[0-9]*,"date"' "$WORK/out" | cut -d: -f2 | cut -d, -f1 | tr '\n' ' ')" = "1 2 3 4 5 " ] ||
    fail "event ids are not positions"

# The readable listing.
expect_status 0 "$TD" timeline "$story"
expect_line "$WORK/out" "^story $story: 5 events$"
expect_line "$WORK/out" '^ +1  2022-12-31 +A fuse blew'
expect_line "$WORK/out" 'first: m1 +sources: m1 m2 m5'

# story --json: estimated date of m3, and the events each article added. m3 (undated) lands in
# the vote's event of March 2023, but "Still in April 2023" places its writing after April: a
# cue like that bounds the estimate even past the event's days, so the estimate is not the
# event's (March) but the story's next date after April, m4's May 2023 (month precision).
# m3's estimate does not make it first over m4's given date (the timeline check above).
expect_status 0 "$TD" story "$story" --json
expect_line "$WORK/out" '"id":"m3","title":null,"date":"2023-05",[^}]*"date_source":"estimated","added":\[4\]'
expect_line "$WORK/out" '"id":"m1",[^}]*"date_source":"given","added":\[2\]'
expect_line "$WORK/out" '"id":"m2",[^}]*"added":\[3\]'

expect_status 0 "$TD" story "$story"
expect_line "$WORK/out" '^~2023-05 +en +event [0-9]+ +m3'
expect_line "$WORK/out" '^2023-03-11 en +event [0-9]+ +m1'

# export: the same estimate, with its provenance.
expect_status 0 "$TD" export --json
expect_line "$WORK/out" '^\{"id":"m3","story":[0-9]+,"event":[0-9]+,"date":"2023-05","date_source":"estimated","lang":"en","copy_of":null\}$'
expect_line "$WORK/out" '^\{"id":"m1",.*"date":"2023-03-11","date_source":"given"'

# Errors: unknown story, bad id, missing id, unknown option.
expect_status 1 "$TD" timeline 999
expect_line "$WORK/err" "no story '999'"
expect_status 2 "$TD" timeline abc
expect_line "$WORK/err" "expected a story id"
expect_status 2 "$TD" timeline
expect_status 2 "$TD" timeline --frobnicate 1

# --eval: 3 anchored gold entries; the vote and 1887 are dated right, 1888 wrong,
# the bell sentence has no date, XXXX-XX-XX is not counted.
expect_status 0 "$TD" timeline --eval "$FIX/timeline_gold.jsonl" --json
expect_line "$WORK/out" '^\{"gold":4,"dated":3,"correct":2,"accuracy":0.5000\}$'
printf '{"doc":"x","text":"t","gold":[{"start":0,"end":9,"date":"2020"}]}\nnot json\n' > "$WORK/bad.jsonl"
expect_status 1 "$TD" timeline --eval "$WORK/bad.jsonl"
expect_line "$WORK/err" 'bad.jsonl:1: .*span'
expect_line "$WORK/err" 'bad.jsonl:2: not a JSON object'
echo "ok"
