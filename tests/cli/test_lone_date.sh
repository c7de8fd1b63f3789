#!/usr/bin/env bash
# An undated article that is alone in its event and storyline gets the
# stream's clock as its estimated date when the feed runs in date order (the
# three latest dated arrivals before it within a week: the latest of their
# days), and no date when the dated arrivals before it are spread wider, as
# in an archive replayed in any order.
source "$(dirname "$0")/lib.sh"

f="$WORK/feed.jsonl"
cat > "$f" <<'JSON'
{"id":"a1","title":"Orchestra of Velmora names a new conductor","text":"The Velmora Philharmonic named Ilse Varnholt its chief conductor from next season, the orchestra's board said.","date":"2041-03-02T09:00:00Z"}
{"id":"a2","title":"Ferry service to Drumlay island suspended","text":"Storms forced the Drumlay ferry operator to cancel all crossings, stranding travellers on the island.","date":"2041-03-03T10:00:00Z"}
{"id":"a3","title":"Quarnby council approves tram extension","text":"Quarnby city council voted to extend the tram line to the new hospital by 2044.","date":"2041-03-04T11:00:00Z"}
{"id":"a4","title":"Bee colonies recover in Ostrel valley","text":"Beekeepers in the Ostrel valley counted twice as many healthy colonies as last spring, their association said."}
{"id":"b1","title":"Saltmarsh reserve doubles in size","text":"The Keldby saltmarsh reserve bought the neighbouring farmland, doubling its area for wading birds.","date":"2041-03-05T09:00:00Z"}
{"id":"b2","title":"Old lighthouse of Pennor sold","text":"The disused Pennor lighthouse was sold at auction to a local diving club.","date":"2039-06-01T09:00:00Z"}
{"id":"b3","title":"Glassworks in Tavish closes after ninety years","text":"The Tavish glassworks shut its furnace for the last time, ending ninety years of production.","date":"2040-11-20T09:00:00Z"}
{"id":"b4","title":"Chess club of Mirren wins the league","text":"The Mirren chess club won the national league on the final board of the final round."}
JSON
expect_status 0 "$TD" ingest "$f"
expect_status 0 "$TD" export --json
# each article is alone in its event and storyline
stories=$(grep -o '"story":[0-9]*' "$WORK/out" | sort -u | wc -l)
[ "$stories" = 8 ] || fail "want 8 storylines, got $stories: $(cat "$WORK/out")"
expect_line "$WORK/out" '"id":"a4",.*"date":"2041-03-04","date_source":"estimated"'
expect_line "$WORK/out" '"id":"b4",.*"date":null,"date_source":null'
echo "ok"
