#!/usr/bin/env bash
# The storyline re-check asks the event level whether the young event is
# told apart from each event of the storyline it would move into
# (cluster_mixed()), the oldest included, whose record may have left memory
# (cluster.h `page_out`: a block of 64 events all retired, paged out at the
# sweep after). fixtures/late_names.jsonl's dam story, its first event six
# months before the inquiry's re-check, with 8,480 one-off articles of
# invented words between them (80 in March, then 8,400 in September: two
# sweeps), so that event's block is paged out when the re-check asks of it.
# The re-check moves the inquiry into the dam story, as without the fillers
# (test_restart_story_moves.sh), and a run cut after the fillers exports the
# same.
source "$(dirname "$0")/lib.sh"

fix="$FIX/late_names.jsonl"
stream="$WORK/stream.jsonl"
grep '"date": "2025-03' "$fix" >"$stream"
python3 - >>"$stream" <<'P'
import json, random
rnd = random.Random(3)
syl = "ba ko ri tu men sa lo vi dre qua nis to pel gar mo zu fi han el rot".split()
for i in range(1, 8481):
    words = ["".join(rnd.choice(syl) for _ in range(rnd.randint(2, 4))) for _ in range(45)]
    date = "2025-03-%02d" % (2 + i % 2) if i <= 80 else "2025-09-%02d" % (1 + i % 9)
    print(json.dumps({"id": "z%05d" % i, "title": " ".join(words[:6]),
                      "text": " ".join(words[6:]) + ".", "date": date, "lang": "en"}))
P
grep '"date": "2025-09' "$fix" >>"$stream"
total=$(wc -l <"$stream")

expect_status 0 "$TD" --db "$WORK/one.db" ingest --format jsonl "$stream"
expect_status 0 "$TD" --db "$WORK/one.db" export --json
cp "$WORK/out" "$WORK/one.json"
field() { grep "\"id\":\"$1\"" "$WORK/one.json" | grep -Eo "\"$2\":[0-9]+" | cut -d: -f2; }
[ "$(field h3 event)" = "$(field h4 event)" ] || fail "h4 did not join the event h3 started"
[ "$(field h3 story)" = "$(field h1 story)" ] || fail "the inquiry stayed in a storyline of its own"
[ "$(field f1 story)" != "$(field h1 story)" ] || fail "the school fire joined the dam story"
[ "$(field h1 event)" = 1 ] || fail "the dam's first event is not event 1"

# Cut after the fillers: the second run's replay rebuilds the paged state.
cut=$((total - 6))
sed -n "1,${cut}p" "$stream" >"$WORK/part1.jsonl"
sed -n "$((cut + 1)),${total}p" "$stream" >"$WORK/part2.jsonl"
expect_status 0 "$TD" --db "$WORK/cut.db" ingest --format jsonl "$WORK/part1.jsonl"
expect_status 0 "$TD" --db "$WORK/cut.db" ingest --format jsonl "$WORK/part2.jsonl"
expect_export "$WORK/cut.db" "$WORK/one.json" "a restart after $cut differs"
echo "ok"
