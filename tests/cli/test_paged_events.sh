#!/usr/bin/env bash
# Retired events leave memory: their records go to the store connection's
# swap table in blocks of 64 (cluster.h `page_out`), and a copy of an
# article of a long-retired event reads its block back. The stream below
# (made-up words) tells a new event every day for 23 years, two articles
# each; from the sweep at 8,192 articles on, the events more than 30 days
# old have retired and their blocks are paged out; then copies of the
# first day's articles and of one from day 66 arrive. Each copy must land
# in its original's event, and a restart (whose replay pages out the same
# blocks and reads them back) must give the one run's export byte for byte.
source "$(dirname "$0")/lib.sh"

stream="$WORK/stream.jsonl"
python3 - 8400 >"$stream" <<'P'
import datetime, json, sys
CONS, VOWELS = "bdfgklmnprstvz", "aeiou"

def word(n):
    s = ""
    for _ in range(3):
        s += CONS[n % len(CONS)] + VOWELS[(n // len(CONS)) % len(VOWELS)]
        n //= len(CONS) * len(VOWELS)
    return s

def article(i):
    day = i // 2
    words = [word(day * 12 + k + 7) for k in range(12)]
    date = datetime.date(2000, 1, 1) + datetime.timedelta(days=day)
    text = " ".join(words[(i + k) % 12] for k in range(24))
    return {"id": "p%05d" % i, "title": " ".join(words[:3]),
            "text": text + " with " + word(day + 90001).capitalize() + ".",
            "date": date.isoformat(), "lang": "en"}

n = int(sys.argv[1])
out = [article(i) for i in range(n)]
last = out[-1]["date"]
out += [dict(out[i], id="copy-p%05d" % i, date=last) for i in (0, 1, 130)]
out += [article(i) for i in range(n, n + 40)]
for a in out:
    print(json.dumps(a))
P
total=$(wc -l <"$stream")

ingest_parts "$stream" "$WORK/one.db"
expect_status 0 "$TD" --db "$WORK/one.db" export --json
cp "$WORK/out" "$WORK/one.json"
[ "$(wc -l <"$WORK/one.json")" = "$total" ] || fail "export of the one run is not $total lines"

# event_of ID: the event of article ID in the one run's export.
event_of() {
    grep -F "\"id\":\"$1\"" "$WORK/one.json" | grep -Eo '"event":[0-9]+' | cut -d: -f2
}
for id in p00000 p00001 p00130; do
    want=$(event_of "$id")
    got=$(event_of "copy-$id")
    [ -n "$want" ] && [ "$got" = "$want" ] || fail "copy of $id is in event '$got', want '$want'"
    expect_line "$WORK/one.json" "\"id\":\"copy-$id\".*\"copy_of\":\"$id\""
done
# The events of days 0 and 65 had long retired: later days made events of their own.
[ "$(event_of p08399)" -gt 4000 ] || fail "the stream made $(event_of p08399) events, want > 4000"

# Restarts before the copies, between them, and after.
for points in "8400" "8300 8401" "8402"; do
    db="$WORK/parts-${points// /-}.db"
    ingest_parts "$stream" "$db" $points
    expect_export "$db" "$WORK/one.json" "restarts after $points differ"
done

echo "ok"
