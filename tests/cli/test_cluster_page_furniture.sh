#!/usr/bin/env bash
# Page furniture by its shape: a page and a short flash of another event
# from one site close with the same block ("most read" numbered 1, 2, 3, a
# cookie notice, a copyright line). On the flash the block is seen on one
# earlier page only, so the furniture table does not know it yet. With the
# model option page_furniture on, the block (found by its lines' shape) is
# no evidence and the flash is an event of its own; a restart gives what
# one run gives.
source "$(dirname "$0")/lib.sh"

block='\n\nBeliebt heute: 1. Stadtwerke erneuern Gasleitungen im Ostviertel 2. Vereinsheim am Kanal bekommt Solardach 3. Wochenmarkt zieht an den Rathausplatz 4. Hallenbad schliesst zwei Wochen\n\nWir speichern kleine Dateien in Ihrem Browser, um Besuche zu zaehlen.\n\n(c) 2031 Lindauer Abendpost'
cat > "$WORK/page.jsonl" <<J
{"id":"p1","title":"Hafenamt sperrt Nordmole","text":"Das Hafenamt hat am Montag die alte Nordmole fuer Lastwagen gesperrt, nachdem Taucher zwei morsche Pfaehle gefunden hatten.\n\nDie Reparatur soll im Fruehjahr beginnen und rund zwei Millionen kosten.${block}","date":"2031-03-03","lang":"de"}
J
cat > "$WORK/flash.jsonl" <<J
{"id":"p2","title":"Nebel","text":"Dichter Nebel legte am Mittwoch alle Fluege am Flughafen lahm, Hunderte Reisende warteten bis Mittag im Terminal. Die Wetterwarte erwartet auch am Donnerstag Nebel, der Zugverkehr lief ohne Stoerungen.${block}","date":"2031-03-05","lang":"de"}
J
cat "$WORK/page.jsonl" "$WORK/flash.jsonl" >"$WORK/all.jsonl"

model="$WORK/page.model"
cp "$SRC/data/models/events.model" "$model"
echo "option.page_furniture 1" >>"$model"
export TIDINGS_MODEL="$model"

expect_status 0 "$TD" ingest "$WORK/all.jsonl"
expect_status 0 "$TD" export
[ "$(event p2)" != "$(event p1)" ] || fail "the closing block joined the flash to the page: $(cat "$WORK/out")"
expect_runs_as_one "two runs differ from one" "$WORK/page.jsonl" "$WORK/flash.jsonl"
echo "ok"
