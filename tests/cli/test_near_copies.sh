#!/usr/bin/env bash
# Near copies: a light rewrite of a stored article (new id, a few words
# changed, a sentence dropped) is stored as its copy and joins its story; a
# report of the same event written by another outlet is not a copy, nor is
# one outlet's later report that shares a name phrase, nor a rewrite dated
# months after its original.
# `tidings export` lists every article with story, event, date and copy_of.
source "$(dirname "$0")/lib.sh"

cat > "$WORK/news.jsonl" <<'J'
{"id":"n1","title":"Dam gates opened at Velmar","text":"Engineers opened all four gates of the Velmar dam on Thursday night after three days of rain raised the reservoir to within a metre of its crest. Villages along the lower Sarn were told to move cars and livestock to higher ground. The water board said the release would last until Sunday and that no homes were expected to flood. Anglers were asked to keep away from the banks below the spillway.","date":"2024-10-03","lang":"en"}
{"id":"n2","title":"Velmar dam releases water","text":"Engineers opened all four gates of the Velmar dam late on Thursday after three days of heavy rain raised the reservoir to within a metre of the crest. Villages along the lower Sarn were told to move their cars and livestock to higher ground. The water board said the release would last until Sunday and that no homes were expected to flood.","date":"2024-10-04","source":"Valley Post"}
{"id":"n3","title":"Sarn villages brace as reservoir spills","text":"Farmers in Orlo and Pesk spent Friday herding sheep up the hillside as the Sarn rose behind them. The regional water board opened the spillway of the Velmar reservoir overnight, saying the rain left no choice. Officials expect the river to crest on Saturday evening and insist the dykes will hold, though the school in Pesk will stay closed.","date":"2024-10","lang":"en"}
{"id":"n4","title":"Chess club wins county cup","text":"The chess club of Brindle Street won the county cup on Saturday for the first time in its seventy year history, beating the holders by four and a half points to three and a half. Its youngest player, aged eleven, won the decisive game on board eight with a rook sacrifice that the visiting captain called the best move of the season.","lang":"en"}
J
expect_status 0 "$TD" ingest "$WORK/news.jsonl"
expect_line "$WORK/err" "4 accepted \(1 copies\), 0 duplicates, 0 rejected"

expect_status 0 "$TD" export --json
[ "$(wc -l < "$WORK/out")" -eq 4 ] || fail "want 4 export lines: $(cat "$WORK/out")"
expect_line "$WORK/out" '^\{"id":"n1","story":[0-9]+,"event":[0-9]+,"date":"2024-10-03","date_source":"given","lang":"en","copy_of":null\}$'
expect_line "$WORK/out" '^\{"id":"n2",.*"copy_of":"n1"\}$'
expect_line "$WORK/out" '^\{"id":"n3",.*"date":"2024-10","date_source":"given",.*"copy_of":null\}$'
expect_line "$WORK/out" '^\{"id":"n4",.*"date":null,"date_source":null,"lang":"en","copy_of":null\}$'
s1=$(grep '"id":"n1"' "$WORK/out" | grep -Eo '"story":[0-9]+')
s2=$(grep '"id":"n2"' "$WORK/out" | grep -Eo '"story":[0-9]+')
[ "$s1" = "$s2" ] || fail "the near copy did not join its original's story"

# The index is rebuilt from the store: a second ingest still finds the original.
cat > "$WORK/more.jsonl" <<'J'
{"id":"n5","text":"The chess club of Brindle Street won the county cup on Saturday for the first time in its long history, beating the holders by four and a half points to three and a half. Its youngest player, aged eleven, won the deciding game on board eight with a rook sacrifice."}
J
expect_status 0 "$TD" ingest "$WORK/more.jsonl"
expect_line "$WORK/err" "1 accepted \(1 copies\)"
expect_status 0 "$TD" export
expect_line "$WORK/out" $'^n5\t[0-9]+\t[0-9]+\t-\t[a-z]+\tn4$'
expect_status 2 "$TD" export --bogus

# One outlet's one-sentence reports of two happenings three months apart share
# a name phrase: no copy. A light rewrite of the first is a copy two days
# later, not three months later (a copy follows its original's event, which
# no article dated so far apart could join); a re-run of the same text is an
# exact copy at any distance.
cat > "$WORK/lens.jsonl" <<'J'
{"id":"m1","text":"The old lighthouse lens of Kessling Point, rebuilt from 312 brass prisms, was carried overnight from the harbour workshop to the new Maritime Museum of Kessling.","date":"2024-06-01","source":"Harbour Gazette","lang":"en"}
{"id":"m2","text":"Three months after its move, the old lighthouse lens of Kessling Point went on show at the Maritime Museum of Kessling, beside the first lens.","date":"2024-09-03","source":"Harbour Gazette","lang":"en"}
{"id":"m3","text":"The old lighthouse lens of Kessling Point, rebuilt from 312 brass prisms, was moved overnight from the harbour workshop to the new Maritime Museum in Kessling.","date":"2024-09-01","source":"Coast Weekly","lang":"en"}
{"id":"m4","text":"The old lighthouse lens of Kessling Point, rebuilt from 312 brass prisms, was taken overnight from the harbour workshop to the new Maritime Museum at Kessling.","date":"2024-06-03","source":"Coast Weekly","lang":"en"}
{"id":"m5","text":"The old lighthouse lens of Kessling Point, rebuilt from 312 brass prisms, was carried overnight from the harbour workshop to the new Maritime Museum of Kessling.","date":"2024-12-01","source":"Harbour Gazette","lang":"en"}
J
expect_status 0 "$TD" ingest "$WORK/lens.jsonl"
expect_line "$WORK/err" "5 accepted \(2 copies\)"
expect_status 0 "$TD" export
expect_line "$WORK/out" $'^m2\t.*\t-$'
expect_line "$WORK/out" $'^m3\t.*\t-$'
expect_line "$WORK/out" $'^m4\t.*\tm1$'
expect_line "$WORK/out" $'^m5\t.*\tm1$'
echo "ok"
