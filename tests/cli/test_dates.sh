#!/usr/bin/env bash
# test_dates.sh - `tidings dates`: JSON Lines in, one timex per line out,
# code-point offsets, bad lines reported on stderr with exit status 1.
source "$(dirname "$0")/lib.sh"

printf '%s\n' \
    '{"doc":"a","dct":"2022-01-07","text":"Él vino ayer, el 7 de enero de 2022.","lang":"es"}' \
    '{"doc":"b","dct":"","text":"See you on New Year'"'"'s Eve."}' >"$WORK/in.jsonl"
expect_status 0 "$TD" dates --json "$WORK/in.jsonl"
expect_line "$WORK/out" '^\{"doc":"a","start":8,"end":12,"type":"DATE","value":"2022-01-06"\}$'
expect_line "$WORK/out" '"value":"2022-01-07"'
expect_line "$WORK/out" '^\{"doc":"b","start":11,"end":25,"type":"DATE","value":"XXXX-12-31"\}$'
[ "$(wc -l <"$WORK/out")" -eq 3 ] || fail "expected 3 lines"

# German, French, Italian and Portuguese go through the same command with "lang".
printf '%s\n' \
    '{"doc":"d","dct":"2022-01-07","lang":"de","text":"Er kam am Pfingstmontag 2021 und gestern Abend."}' \
    '{"doc":"f","dct":"2022-01-07","lang":"fr","text":"Il est venu avant-hier, début mars 2021."}' \
    '{"doc":"i","dct":"2022-01-07","lang":"it","text":"Tre anni fa, a Ferragosto."}' \
    '{"doc":"p","dct":"2022-01-07","lang":"pt","text":"Falou na segunda-feira passada."}' >"$WORK/defr.jsonl"
expect_status 0 "$TD" dates --json "$WORK/defr.jsonl"
expect_line "$WORK/out" '^\{"doc":"d","start":10,"end":28,"type":"DATE","value":"2021-05-24"\}$'
expect_line "$WORK/out" '^\{"doc":"d","start":33,"end":46,"type":"TIME","value":"2022-01-06TEV"\}$'
expect_line "$WORK/out" '^\{"doc":"f","start":12,"end":22,"type":"DATE","value":"2022-01-05"\}$'
expect_line "$WORK/out" '^\{"doc":"f","start":24,"end":39,"type":"DATE","value":"2021-03"\}$'
expect_line "$WORK/out" '^\{"doc":"i","start":0,"end":11,"type":"DATE","value":"2019"\}$'
expect_line "$WORK/out" '^\{"doc":"i","start":15,"end":25,"type":"DATE","value":"2021-08-15"\}$'
expect_line "$WORK/out" '^\{"doc":"p","start":9,"end":30,"type":"DATE","value":"2022-01-03"\}$'

printf '%s\n' 'not json' '{"doc":"c","text":"now"}' >"$WORK/bad.jsonl"
expect_status 1 "$TD" dates "$WORK/bad.jsonl"
expect_line "$WORK/err" 'bad.jsonl:1:'
# A line with a byte that is not UTF-8 is named with the byte's offset, not as bad JSON.
printf '{"doc":"u","text":"caf\xe9"}\n{"doc":"c","text":"now"}\n' >"$WORK/badutf8.jsonl"
expect_status 1 "$TD" dates "$WORK/badutf8.jsonl"
expect_line "$WORK/err" 'badutf8.jsonl:1: invalid UTF-8 at byte offset 22'
expect_line "$WORK/out" '"doc":"c"'
expect_status 2 "$TD" dates

# --score: gold JSON Lines (also valid tagger input) against our own output.
printf '%s\n' \
    '{"doc":"g1","dct":"2022-01-07","text":"He left yesterday for three days.","timexes":[{"start":8,"end":17,"type":"DATE","value":"2022-01-06"},{"start":22,"end":32,"type":"DURATION","value":"P3D"}]}' \
    '{"doc":"g2","dct":"2022-01-07","text":"Nothing here.","timexes":[{"start":0,"end":7,"type":"DATE","value":"PRESENT_REF"}]}' \
    >"$WORK/gold.jsonl"
expect_status 0 "$TD" dates "$WORK/gold.jsonl"
cp "$WORK/out" "$WORK/sys.jsonl"
expect_status 0 "$TD" dates --score "$WORK/gold.jsonl" --json "$WORK/sys.jsonl"
expect_line "$WORK/out" '"gold":3,"system":2,'
expect_line "$WORK/out" '"relaxed":\{"match":2,"P":1\.000000,"R":0\.666667,"F1":0\.800000\}'
expect_line "$WORK/out" '"value":\{"correct":2,"accuracy":1\.000000,"F1":0\.800000\}'
expect_status 0 "$TD" dates --score "$WORK/gold.jsonl" --errors "$WORK/sys.jsonl"
expect_line "$WORK/out" '^relaxed +2 +100\.00  66\.67  80\.00$'
expect_line "$WORK/out" '^g2	missed	gold "Nothing" \[0,7\) DATE PRESENT_REF$'
printf '%s\n' '{"doc":"g1","start":8,"end":99,"type":"DATE","value":"x"}' >"$WORK/badsys.jsonl"
expect_status 1 "$TD" dates --score "$WORK/gold.jsonl" "$WORK/badsys.jsonl"
expect_line "$WORK/err" 'badsys.jsonl:1: span \[8, 99\) outside document .g1. \(length 33\)'
expect_status 2 "$TD" dates --score "$WORK/gold.jsonl"
expect_status 2 "$TD" dates --errors "$WORK/gold.jsonl"

# Anaphoric expressions count from the story's last written date or year.
printf '%s\n' \
    '{"doc":"n","dct":"2013-03-14","text":"He left on March 3, 2010. The next day he was back."}' \
    '{"doc":"s","dct":"2013-03-14","lang":"es","text":"En 1998 se casó. Ese mismo año se divorció."}' >"$WORK/ana.jsonl"
expect_status 0 "$TD" dates --json "$WORK/ana.jsonl"
expect_line "$WORK/out" '^\{"doc":"n","start":26,"end":38,"type":"DATE","value":"2010-03-04"\}$'
expect_line "$WORK/out" '^\{"doc":"s","start":17,"end":30,"type":"DATE","value":"1998"\}$'

# Round 5: news clock times, and the article inside a Spanish dated day (code points: "á" is one).
printf '%s\n' \
    '{"doc":"t","dct":"2013-03-14","text":"Polls close at 3:30 pm EST and reopen at 0400 GMT."}' \
    '{"doc":"e","dct":"2009-03-18","lang":"es","text":"Será el 20 de noviembre."}' >"$WORK/r5.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r5.jsonl"
expect_line "$WORK/out" '^\{"doc":"t","start":15,"end":26,"type":"TIME","value":"2013-03-14T15:30"\}$'
expect_line "$WORK/out" '^\{"doc":"t","start":41,"end":49,"type":"TIME","value":"2013-03-14T04:00"\}$'
expect_line "$WORK/out" '^\{"doc":"e","start":5,"end":23,"type":"DATE","value":"2009-11-20"\}$'

# Round 6: a year range is two years; a bare time and "the next day" follow the last day named.
printf '%s\n' \
    '{"doc":"y","dct":"2022-01-07","text":"The 2008-2009 slump."}' \
    '{"doc":"k","dct":"2022-01-07","text":"Police came on Tuesday at 4 a.m. The next day he left."}' >"$WORK/r6.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r6.jsonl"
expect_line "$WORK/out" '^\{"doc":"y","start":4,"end":8,"type":"DATE","value":"2008"\}$'
expect_line "$WORK/out" '^\{"doc":"y","start":9,"end":13,"type":"DATE","value":"2009"\}$'
expect_line "$WORK/out" '^\{"doc":"k","start":26,"end":32,"type":"TIME","value":"2022-01-04T04:00"\}$'
expect_line "$WORK/out" '^\{"doc":"k","start":33,"end":45,"type":"DATE","value":"2022-01-05"\}$'

# Round 7: the end day of a range is its own DATE; a Spanish range's first day takes the end's month.
printf '%s\n' \
    '{"doc":"r","dct":"2022-01-07","text":"The fair runs March 3-5."}' \
    '{"doc":"q","dct":"2022-01-07","lang":"es","text":"El agua cayó del 3 al 5 de marzo."}' >"$WORK/r7.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r7.jsonl"
expect_line "$WORK/out" '^\{"doc":"r","start":14,"end":21,"type":"DATE","value":"2022-03-03"\}$'
expect_line "$WORK/out" '^\{"doc":"r","start":22,"end":23,"type":"DATE","value":"2022-03-05"\}$'
expect_line "$WORK/out" '^\{"doc":"q","start":17,"end":18,"type":"DATE","value":"2021-03-03"\}$'
expect_line "$WORK/out" '^\{"doc":"q","start":22,"end":32,"type":"DATE","value":"2021-03-05"\}$'

# Round 8 (Spanish): a capitalised verb that opens a sentence sets the date's direction; a
# heading's verb does not reach the body; "ese mes" is the last month named (code points).
printf '%s\n' \
    '{"doc":"l","dct":"2022-01-07","lang":"es","text":"Llovió el 3 de marzo."}' \
    '{"doc":"m","dct":"2022-01-07","lang":"es","text":"Boeing anunciará retrasos\nEn mayo de 2005 cerró la planta. Ese mes despidió a 500 personas."}' >"$WORK/r8.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r8.jsonl"
expect_line "$WORK/out" '^\{"doc":"l","start":7,"end":20,"type":"DATE","value":"2021-03-03"\}$'
expect_line "$WORK/out" '^\{"doc":"m","start":29,"end":41,"type":"DATE","value":"2005-05"\}$'
expect_line "$WORK/out" '^\{"doc":"m","start":59,"end":66,"type":"DATE","value":"2005-05"\}$'

# Round 8 (English): a range's end day written with words, and the year after it; the Nth weekday of a month.
printf '%s\n' \
    '{"doc":"w","dct":"2022-01-07","text":"The sale ran Jan. 10 to 12, 2012."}' \
    '{"doc":"m","dct":"2022-01-07","text":"It is held on the last Sunday of May."}' >"$WORK/r8en.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r8en.jsonl"
expect_line "$WORK/out" '^\{"doc":"w","start":13,"end":20,"type":"DATE","value":"2012-01-10"\}$'
expect_line "$WORK/out" '^\{"doc":"w","start":24,"end":32,"type":"DATE","value":"2012-01-12"\}$'
expect_line "$WORK/out" '^\{"doc":"m","start":14,"end":36,"type":"DATE","value":"2022-05-29"\}$'

# Spanish round 2: "desde" points back; a weekday of a named week; the day of a month named by
# REL; a bare season follows the tense (code points).
printf '%s\n' \
    '{"doc":"d","dct":"2008-10-10","lang":"es","text":"Está en el cargo desde diciembre."}' \
    '{"doc":"w","dct":"2008-10-10","lang":"es","text":"El martes de la semana pasada cayó la bolsa."}' \
    '{"doc":"m","dct":"2008-10-10","lang":"es","text":"Votarán el 15 de este mes."}' \
    '{"doc":"s","dct":"2022-01-07","lang":"es","text":"En verano hubo protestas."}' >"$WORK/es9.jsonl"
expect_status 0 "$TD" dates --json "$WORK/es9.jsonl"
expect_line "$WORK/out" '^\{"doc":"d","start":23,"end":32,"type":"DATE","value":"2007-12"\}$'
expect_line "$WORK/out" '^\{"doc":"w","start":0,"end":29,"type":"DATE","value":"2008-09-30"\}$'
expect_line "$WORK/out" '^\{"doc":"m","start":8,"end":25,"type":"DATE","value":"2008-10-15"\}$'
expect_line "$WORK/out" '^\{"doc":"s","start":3,"end":9,"type":"DATE","value":"2021-SU"\}$'

# Round 9 (English): a day as a spelled ordinal after a weekday with its word; a word before a
# holiday sets its direction; the news present of a scheduled event looks ahead.
printf '%s\n' \
    '{"doc":"o","dct":"2020-03-02","text":"The vote is this coming Sunday, March eighth."}' \
    '{"doc":"h","dct":"2000-01-28","text":"Sales fell after last Thanksgiving. The trial begins Tuesday."}' >"$WORK/r9en.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r9en.jsonl"
expect_line "$WORK/out" '^\{"doc":"o","start":12,"end":44,"type":"DATE","value":"2020-03-08"\}$'
expect_line "$WORK/out" '^\{"doc":"h","start":17,"end":34,"type":"DATE","value":"1999-11-25"\}$'
expect_line "$WORK/out" '^\{"doc":"h","start":53,"end":60,"type":"DATE","value":"2000-02-01"\}$'

# Round 11 (English recall and spurious): "over the years", "by year end", "may soon"; names
# ("High Noon", "the Summer Olympics") are no timex, and "May" inside a sentence is the month.
printf '%s\n' \
    '{"doc":"y","dct":"2022-03-07","text":"Over the years the firm grew. It should close by year end. Prosecutors may soon seek an indictment."}' \
    '{"doc":"n","dct":"2022-07-07","text":"He watched High Noon on the Summer Olympics channel. In May we met."}' >"$WORK/r11en.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r11en.jsonl"
expect_line "$WORK/out" '^\{"doc":"y","start":5,"end":14,"type":"DURATION","value":"PXY"\}$'
expect_line "$WORK/out" '^\{"doc":"y","start":49,"end":57,"type":"DATE","value":"2022-12-31"\}$'
expect_line "$WORK/out" '^\{"doc":"y","start":75,"end":79,"type":"DATE","value":"FUTURE_REF"\}$'
expect_line "$WORK/out" '^\{"doc":"n","start":56,"end":59,"type":"DATE","value":"2022-05"\}$'
[ "$(grep -c '"doc":"n"' "$WORK/out")" -eq 1 ] || fail "r11: a name was tagged: $(cat "$WORK/out")"

# Spanish round 3: a future verb and the reference's own weekday; the present of a scheduled
# event and a past participle before a weekday; the second decade of "los años 80 y 90"; "en
# ese momento" with no day named; "el año anterior" after a year just written (code points).
printf '%s\n' \
    '{"doc":"f","dct":"2008-10-10","lang":"es","text":"El presidente llegará el viernes a Madrid."}' \
    '{"doc":"p","dct":"2008-10-10","lang":"es","text":"El juicio comienza el lunes; el informe, publicado el jueves, lo avala."}' \
    '{"doc":"d","dct":"2008-10-10","lang":"es","text":"La música de los años 80 y 90 vuelve."}' \
    '{"doc":"t","dct":"2008-10-10","lang":"es","text":"En 2005 ganó 10 millones. En ese momento, el año anterior, había perdido 5."}' >"$WORK/es10.jsonl"
expect_status 0 "$TD" dates --json "$WORK/es10.jsonl"
expect_line "$WORK/out" '^\{"doc":"f","start":22,"end":32,"type":"DATE","value":"2008-10-17"\}$'
expect_line "$WORK/out" '^\{"doc":"p","start":19,"end":27,"type":"DATE","value":"2008-10-13"\}$'
expect_line "$WORK/out" '^\{"doc":"p","start":51,"end":60,"type":"DATE","value":"2008-10-09"\}$'
expect_line "$WORK/out" '^\{"doc":"d","start":27,"end":29,"type":"DATE","value":"199"\}$'
expect_line "$WORK/out" '^\{"doc":"t","start":29,"end":40,"type":"DATE","value":"PAST_REF"\}$'
expect_line "$WORK/out" '^\{"doc":"t","start":42,"end":57,"type":"DATE","value":"2004"\}$'
# Round 10 (English extents): an "of"-phrase before a decade; n and a half after "the past"; a
# holiday's weekend; a deadline after a modal and the end of a month range look ahead.
printf '%s\n' \
    '{"doc":"d","dct":"2022-01-07","text":"Sales were flat in the last half of the '"'"'80s."}' \
    '{"doc":"h","dct":"2013-03-21","text":"Over the past year and a half, it grew."}' \
    '{"doc":"w","dct":"2000-04-17","text":"Over the Labor Day weekend, traffic rose."}' \
    '{"doc":"r","dct":"2022-12-20","text":"The vote must be held by August. The season will run from November to February."}' >"$WORK/r10en.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r10en.jsonl"
expect_line "$WORK/out" '^\{"doc":"d","start":19,"end":44,"type":"DATE","value":"198"\}$'
expect_line "$WORK/out" '^\{"doc":"h","start":5,"end":29,"type":"DURATION","value":"P1Y6M"\}$'
expect_line "$WORK/out" '^\{"doc":"w","start":5,"end":26,"type":"DATE","value":"1999-W35-WE"\}$'
expect_line "$WORK/out" '^\{"doc":"r","start":25,"end":31,"type":"DATE","value":"2023-08"\}$'
expect_line "$WORK/out" '^\{"doc":"r","start":70,"end":78,"type":"DATE","value":"2024-02"\}$'
# Round 13 (extent conventions): a results report's comparison period and two vague units
# joined after "recent" are one timex each.
printf '%s\n' \
    '{"doc":"q","dct":"1989-11-02","text":"For the quarter a year ago, it earned $16 million. Net for the year-earlier nine months fell."}' \
    '{"doc":"u","dct":"2022-01-07","text":"Many funds in recent weeks and months have sold bonds."}' >"$WORK/r13en.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r13en.jsonl"
expect_line "$WORK/out" '^\{"doc":"q","start":4,"end":26,"type":"DATE","value":"1988-Q3"\}$'
expect_line "$WORK/out" '^\{"doc":"q","start":59,"end":87,"type":"DURATION","value":"P9M"\}$'
expect_line "$WORK/out" '^\{"doc":"u","start":14,"end":37,"type":"DURATION","value":"PXM"\}$'
# Round 14 (recall): "the same day" is the story's day, a bare clock time with its part of the
# day is on the day named in an earlier sentence, a quarter named by its months is one timex.
printf '%s\n' \
    '{"doc":"s","dct":"2013-03-22","text":"The army attacked on March 3, 2012. The rebels fled the same day. It ended at 10 at night."}' \
    '{"doc":"q","dct":"2013-03-22","text":"Growth was slow in the July-September quarter."}' >"$WORK/r14en.jsonl"
expect_status 0 "$TD" dates --json "$WORK/r14en.jsonl"
expect_line "$WORK/out" '^\{"doc":"s","start":52,"end":64,"type":"DATE","value":"2012-03-03"\}$'
expect_line "$WORK/out" '^\{"doc":"s","start":78,"end":89,"type":"TIME","value":"2012-03-03T22:00"\}$'
expect_line "$WORK/out" '^\{"doc":"q","start":19,"end":45,"type":"DATE","value":"2012-Q3"\}$'
