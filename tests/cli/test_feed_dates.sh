#!/usr/bin/env bash
# Publication dates as feeds write them (RSS's RFC 5322 dates, ISO 8601's
# basic form) are read as dates: the day written is the day stored, in the
# writer's own offset, and an article on that day joins its event. A date
# neither form reads is still a bad record naming its line.
source "$(dirname "$0")/lib.sh"

f="$WORK/feed.jsonl"
cat > "$f" <<'JSON'
{"id":"f1","title":"Harbour crane collapses in Velmora","text":"A harbour crane collapsed in Velmora on Tuesday, the port authority said.","date":"Tue, 14 May 2024 09:15:00 +0200"}
{"id":"f2","title":"Velmora crane collapse: port closed","text":"The port of Velmora stayed closed after the harbour crane collapse, the port authority said.","date":"Tue, 14 May 2024 23:40:00 -0500"}
{"id":"f3","title":"Velmora port reopens after crane collapse","text":"The port of Velmora reopened a day after the harbour crane collapsed.","date":"20240515T0800Z"}
{"id":"f4","title":"Bad feed date","text":"A record whose date is neither form.","date":"15/05/2024"}
JSON
expect_status 1 "$TD" ingest "$f"
expect_line "$WORK/err" "^$f:4: bad date '15/05/2024': not ISO 8601 .* or RFC 5322"
expect_line "$WORK/err" "3 accepted"
expect_status 0 "$TD" export --json
# f2 was written at 23:40 on the 14th in UTC-5 (04:40 UTC on the 15th): its day is the 14th.
expect_line "$WORK/out" '"id":"f1",.*"date":"2024-05-14","date_source":"given"'
expect_line "$WORK/out" '"id":"f2",.*"date":"2024-05-14","date_source":"given"'
expect_line "$WORK/out" '"id":"f3",.*"date":"2024-05-15","date_source":"given"'
events=$(grep -o '"event":[0-9]*' "$WORK/out" | sort -u | wc -l)
[ "$events" = 1 ] || fail "want the three reports in one event, got $events: $(cat "$WORK/out")"
echo "ok"
