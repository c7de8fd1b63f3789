#!/usr/bin/env bash
# `tidings search`: FTS5 queries (words, phrases, prefixes, Japanese and
# Chinese), filters, --json fields, exit statuses 0/1/2, and the backfill of
# a database written before the search index existed.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" ingest "$FIX/search.jsonl"
expect_line "$WORK/err" "7 accepted"

# Text output: id line, then title and snippet with the matches in [[ ]].
expect_status 0 "$TD" search flood
expect_line "$WORK/out" '^q-flood  story [0-9]+  2024-03-01  en  score '
expect_line "$WORK/out" '^  Harbour \[\[flood\]\] warning in Oskarby$'
expect_line "$WORK/out" 'A \[\[flood\]\] closed the road'
[ "$(head -n 1 "$WORK/out" | cut -d' ' -f1)" = q-flood ] || fail "title match should rank first"

expect_status 0 "$TD" search 地震
expect_line "$WORK/out" '^q-ja '
expect_line "$WORK/out" '^q-zh '
expect_line "$WORK/out" '東京で\[\[地震\]\]が発生'
expect_status 0 "$TD" search tokyo
expect_line "$WORK/out" '^q-wide '
expect_line "$WORK/out" 'rose in \[\[Ｔｏｋｙｏ\]\]'

# --json: fields, highlights in code points, filters.
expect_status 0 "$TD" search --json '"old bridge"'
expect_line "$WORK/out" '^\{"results":\[\{"id":"q-bridge","story":[0-9]+,"title":"Bridge repairs begin","date":"2024-03-05","lang":"en","score":[0-9.e-]+,"snippet":"The old bridge was closed after the storm; crews began repairs on Tuesday.","highlights":\[\[4,14\]\],"title_highlights":\[\]\}\]\}$'
expect_status 0 "$TD" search --json 'storm*'
expect_line "$WORK/out" '"id":"q-undated"'
expect_status 0 "$TD" search --json --from 2024-03-01 'storm*'
grep -q q-undated "$WORK/out" && fail "a date filter must leave out undated articles"
expect_line "$WORK/out" '"id":"q-bridge"'
expect_status 0 "$TD" search --json --to 2024-03 地震
expect_line "$WORK/out" '"id":"q-ja"'
grep -q q-zh "$WORK/out" && fail "--to 2024-03 must leave out April"
expect_status 0 "$TD" search --json --lang Chinese 地震
[ "$(grep -o '"id":"q-[a-z]*"' "$WORK/out")" = '"id":"q-zh"' ] || fail "--lang: $(cat "$WORK/out")"
expect_status 0 "$TD" search --json --limit 1 flood
[ "$(grep -o '"id":' "$WORK/out" | wc -l)" = 1 ] || fail "--limit 1: $(cat "$WORK/out")"
story=$("$TD" search --json '"old bridge"' | grep -o '"story":[0-9]*' | cut -d: -f2)
expect_status 0 "$TD" search --json --story "$story" 'storm* OR flood'
expect_line "$WORK/out" '"id":"q-bridge"'
expect_status 0 "$TD" search --json nothinglikethis
expect_line "$WORK/out" '^\{"results":\[\]\}$'
expect_status 0 "$TD" search nothinglikethis
expect_line "$WORK/err" '^no results$'

# SQL-looking input is only a query: a syntax error, or a phrase to look for.
expect_status 1 "$TD" search "'; DROP TABLE articles; --"
expect_line "$WORK/err" '^tidings: error: invalid search query: '
expect_status 0 "$TD" search --json '"x; DROP TABLE articles; --"'
expect_status 0 "$TD" stats --json
[ "$(json_field "$(cat "$WORK/out")" articles)" = 7 ] || fail "articles changed: $(cat "$WORK/out")"

# Errors: bad queries and dates exit 1, usage errors exit 2.
expect_status 1 "$TD" search '"unbalanced'
expect_line "$WORK/err" '^tidings: error: invalid search query: unterminated string$'
expect_status 1 "$TD" search 'flood AND'
expect_line "$WORK/err" '^tidings: error: invalid search query: '
expect_status 1 "$TD" search --from yesterday flood
expect_line "$WORK/err" "^tidings: error: bad 'from' date 'yesterday': "
expect_status 1 "$TD" search ' '
expect_line "$WORK/err" '^tidings: error: empty search query$'
expect_status 2 "$TD" search
expect_status 2 "$TD" search --limit 0 flood
expect_status 2 "$TD" search --limit 1001 flood
expect_status 2 "$TD" search --story x flood
expect_status 2 "$TD" search --bogus flood
expect_status 2 "$TD" search flood --from
# "--" ends the options, so a query may start with a dash.
expect_status 1 "$TD" search -- --json
expect_line "$WORK/err" '^tidings: error: invalid search query: '

# A database written before the index existed (schema version 1) is
# indexed when it is first opened.
OLD="$WORK/old.db"
python3 - "$OLD" <<'P'
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.executescript("""
CREATE TABLE articles ( seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE,
 record_hash BLOB NOT NULL, content_hash BLOB NOT NULL,
 title TEXT, body TEXT NOT NULL, url TEXT, source TEXT,
 lang TEXT NOT NULL, lang_given INTEGER NOT NULL,
 date TEXT, published_at INTEGER, date_prec INTEGER NOT NULL DEFAULT 0,
 meta TEXT, copy_of TEXT, story INTEGER NOT NULL, terms BLOB NOT NULL);
CREATE INDEX articles_content ON articles(content_hash);
CREATE INDEX articles_story ON articles(story, published_at);
INSERT INTO articles (id, record_hash, content_hash, title, body, lang, lang_given, story, terms)
 VALUES ('old-1', x'00', x'00', 'Lighthouse relit', 'The Vell lighthouse was relit after ten years.', 'en', 1, 1, x'');
PRAGMA user_version = 1;
""")
db.commit()
P
expect_status 0 "$TD" --db "$OLD" search --json lighthouse
expect_line "$WORK/out" '"id":"old-1"'
echo "ok"
