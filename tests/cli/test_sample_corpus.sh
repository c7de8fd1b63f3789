#!/usr/bin/env bash
# The shipped sample corpus: articles about different events never share a
# story (B-cubed precision 1), and most events come together, across
# languages too.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" eval --json "$SRC/data/sample/news.jsonl"
json=$(cat "$WORK/out")
[ "$(json_field "$json" bcubed_precision)" = 1.000000 ] || fail "events mixed: $json"
awk -v r="$(json_field "$json" bcubed_recall)" 'BEGIN { exit !(r >= 0.9) }' ||
    fail "sample recall below 0.9: $json"
[ "$(json_field "$json" articles)" = 40 ] || fail "want 40 articles: $json"

# The gold label never reaches the pipeline: relabelling changes the score,
# not the assignment.
"$TD" eval --assign "$WORK/a1.jsonl" "$SRC/data/sample/news.jsonl" >/dev/null
sed 's/"story": *"[^"]*"/"story": "same"/' "$SRC/data/sample/news.jsonl" > "$WORK/relabel.jsonl"
expect_status 0 "$TD" eval --json --assign "$WORK/a2.jsonl" "$WORK/relabel.jsonl"
cmp -s "$WORK/a1.jsonl" "$WORK/a2.jsonl" || fail "changing the labels changed the assignment"
[ "$(json_field "$(cat "$WORK/out")" gold_clusters)" = 1 ] || fail "relabelling had no effect"

# make demo's path: ingest the directory's JSONL and list stories.
expect_status 0 "$TD" ingest "$SRC/data/sample/news.jsonl"
expect_status 0 "$TD" stats --json
expect_line "$WORK/out" '"articles":40,'
expect_line "$WORK/out" '"languages":\{"de":[0-9]+,"en":[0-9]+,"es":[0-9]+,"fr":[0-9]+\}'

# ... then the sample feed: its follow-ups join their stories, the new story stands alone.
expect_status 0 "$TD" ingest "$SRC/data/sample/feed.rss"
expect_line "$WORK/err" "4 accepted \\(0 copies\\), 0 duplicates, 0 rejected"
expect_status 0 "$TD" export --json
story_of() { grep "\"id\":\"$1\"" "$WORK/out" | grep -o '"story":[0-9]*'; }
[ "$(story_of hep-2024-0712-psalter)" = "$(story_of s037)" ] || fail "the psalter follow-up left its story"
[ "$(story_of hep-2024-0605-lanterna)" = "$(story_of s028)" ] || fail "the Lanterna-2 follow-up left its story"
[ "$(grep -c "$(story_of hep-2024-0714-fair)," "$WORK/out")" = 1 ] || fail "the cheese fair joined a story"
echo "ok"
