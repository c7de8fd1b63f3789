#!/usr/bin/env bash
# Page furniture out of the clustering text: two pages of one site on two
# events carry the site's block ("more in", "most read", cookie notice,
# copyright). A flash on a third event that is mostly that block is an
# event of its own, the block (now on pages of two events) left out of its
# terms and names; before, the block joined it to a page it shares nothing
# else with. So with the built-in model (a page that is mostly furniture)
# and with the model option furniture_text on (every page). A restart gives
# what one run gives: the furniture table is filled again from the store,
# each article with the event it joined.
source "$(dirname "$0")/lib.sh"

block='\n\nMore in Local: Council keeps the Sunday market | Zoo names its new otter | Rail fares rise in March | Library opens on Sundays\n\nMost read: 1. Five soups for a cold night 2. Why phones drain faster in winter 3. Local club signs a goalkeeper on loan\n\nWe use cookies to make this site work. By reading on you accept them and our privacy notice.\n\n(c) 2031 Kessling Evening Star. All rights reserved.'
cat > "$WORK/pages.jsonl" <<J
{"id":"p1","title":"North pier closed to lorries","text":"The harbour board voted on Monday to close the old north pier to lorries after divers found two rotten piles.\n\nRepairs will start in the spring and cost about two million crowns, the board said.\n\nFishing boats may still tie up there until then. The harbour master said the south quay would take the lorries meanwhile, and that the ferry to Ostholm was not affected.\n\nDivers will inspect the remaining piles of the north pier next month, the board added.${block}","date":"2031-03-03","lang":"en"}
{"id":"p2","title":"Night bus to the airport","text":"A new night bus will link the station with the airport from June, the transport office said on Tuesday.\n\nIt will run every forty minutes between midnight and five and cost the same as a day ticket. Night workers at the airport had asked for the service for years, the office said.\n\nThe line will use four electric buses bought from a maker in Brenna, and stop at the hospital and the university on the way.${block}","date":"2031-04-20","lang":"en"}
J
cat > "$WORK/flash.jsonl" <<J
{"id":"p3","title":"Fog","text":"Thick fog grounded every flight on Wednesday morning and left hundreds of travellers waiting in the terminal until noon. Weather forecasters expect more fog on Thursday.${block}","date":"2031-04-21","lang":"en"}
J
cat "$WORK/pages.jsonl" "$WORK/flash.jsonl" >"$WORK/all.jsonl"

model="$WORK/furniture.model"
cp "$SRC/data/models/events.model" "$model"
echo "option.furniture_text 1" >>"$model"

# One run, then the pages and the flash in two runs: the same clustering.
for m in "" "$model"; do
    export TIDINGS_MODEL="$m"
    rm -f "$DB"
    expect_status 0 "$TD" ingest "$WORK/all.jsonl"
    expect_status 0 "$TD" export
    [ "$(event p1)" != "$(event p2)" ] || fail "model '$m': the two pages are one event: $(cat "$WORK/out")"
    [ "$(event p3)" != "$(event p1)" ] && [ "$(event p3)" != "$(event p2)" ] ||
        fail "model '$m': the block joined the flash to a page: $(cat "$WORK/out")"
    expect_runs_as_one "model '$m': two runs differ from one" "$WORK/pages.jsonl" "$WORK/flash.jsonl"
done
echo "ok"
