#!/usr/bin/env bash
# Page furniture is no copy: two different reports on pages of one site
# share a block of lines ("more in", "most read", cookie notice, copyright)
# and are not copies of each other (the pair test: the block is in two pages
# only, not yet counted as furniture); a rewrite on the same site is a copy.
# After a reopen the furniture table is filled again from the store: a flash
# whose page is mostly that block (now in three earlier articles) is not
# taken for a copy of any of them.
source "$(dirname "$0")/lib.sh"

block='\n\nMore in Local: Council keeps the Sunday market | Zoo names its new otter | Rail fares rise in March | Library opens on Sundays\n\nMost read: 1. Five soups for a cold night 2. Why phones drain faster in winter 3. Local club signs a goalkeeper on loan\n\nWe use cookies to make this site work. By reading on you accept them and our privacy notice.\n\n(c) 2031 Kessling Evening Star. All rights reserved.'
cat > "$WORK/news.jsonl" <<J
{"id":"p1","title":"North pier closed to lorries","text":"KESSLING - The harbour board voted on Monday to close the old north pier to lorries after divers found two rotten piles.\n\nRepairs will start in the spring and cost about two million crowns, the board said.\n\nFishing boats may still tie up there until then.${block}","date":"2031-03-03","lang":"en"}
{"id":"p2","title":"Night bus to the airport","text":"KESSLING - A new night bus will link the station with the airport from June, the transport office said on Tuesday.\n\nIt will run every forty minutes between midnight and five and cost the same as a day ticket.${block}","date":"2031-03-04","lang":"en"}
{"id":"p3","title":"Harbour shuts north pier","text":"KESSLING - The harbour board voted on Monday to shut the old north pier to lorries after divers found two rotten piles.\n\nRepairs will begin in the spring and cost about two million crowns, the board said.\n\nFishing boats may still tie up there for now.${block}","date":"2031-03-05","lang":"en"}
J
expect_status 0 "$TD" ingest "$WORK/news.jsonl"
expect_line "$WORK/err" "3 accepted \(1 copies\), 0 duplicates, 0 rejected"
expect_status 0 "$TD" export --json
expect_line "$WORK/out" '^\{"id":"p2",.*"copy_of":null\}$'
expect_line "$WORK/out" '^\{"id":"p3",.*"copy_of":"p1"\}$'

cat > "$WORK/more.jsonl" <<J
{"id":"p4","title":"Fog closes airport","text":"KESSLING - Fog closed the airport on Wednesday morning.${block}","date":"2031-03-06","lang":"en"}
J
expect_status 0 "$TD" ingest "$WORK/more.jsonl"
expect_line "$WORK/err" "1 accepted \(0 copies\)"
expect_status 0 "$TD" export --json
expect_line "$WORK/out" '^\{"id":"p4",.*"copy_of":null\}$'
echo "ok"
