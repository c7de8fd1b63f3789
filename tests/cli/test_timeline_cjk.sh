#!/usr/bin/env bash
# A story told in English, Chinese, Japanese and Korean
# (tests/cli/fixtures/timeline_cjk.jsonl: an earthquake on 3 April 2024 and a
# factory restarting the day after, published from 3 to 6 April): each
# sentence stands at the day it tells, from dates in these scripts ("4月3日",
# "3日", "4월 4일"), relative days ("어제", a day before publication) and
# words anchored to the day the text named ("当天", "翌日").
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" ingest "$FIX/timeline_cjk.jsonl"
expect_line "$WORK/err" "6 accepted"
expect_status 0 "$TD" stories --json
story=$(grep -o '"id":[0-9]*' "$WORK/out" | head -n 1 | cut -d: -f2)
[ "$(grep -o '"articles":[0-9]*' "$WORK/out" | head -n 1)" = '"articles":6' ] ||
    fail "the fixture should make one story of 6: $(cat "$WORK/out")"

expect_status 0 "$TD" timeline --json "$story"
tr '{' '\n' < "$WORK/out" > "$WORK/events"
# The Japanese report of the quake ("台湾東部の花蓮県で3日...") joins the Chinese one by its magnitude.
expect_line "$WORK/events" '"date":"2024-04-03","precision":"day","text":"台湾花莲县4月3日上午[^"]*","articles":\["zh1","ja1"\]'
expect_line "$WORK/events" '"date":"2024-04-03","precision":"day","text":"台积电（TSMC）当天[^"]*","articles":\["zh1"\]'
expect_line "$WORK/events" '"date":"2024-04-04","precision":"day","text":"TSMCは翌日[^"]*","articles":\["ja1"\]'
# The Korean report of the quake ("대만 화롄에서 어제...", dated by "어제", the day before it was
# published) joins the English one on that day: "화롄" read with pinyin's ua (names.c
# hangul_pinyin()) has the key of Hualien, and both give 7.4.
expect_line "$WORK/events" '"date":"2024-04-03","precision":"day","text":"A magnitude 7.4 earthquake[^"]*","articles":\["en1","ko1"\]'
# The Korean report of the restart joins the Chinese one: "TSMC는" is the name TSMC and a particle.
expect_line "$WORK/events" '"date":"2024-04-04","precision":"day","text":"花莲7.4级地震后[^"]*","articles":\["zh2","ko2"\]'
grep -q '"date":"2024-04-06"' "$WORK/events" && fail "a report stands at its publication day: $(cat "$WORK/out")"
exit 0
