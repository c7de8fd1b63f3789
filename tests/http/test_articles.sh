#!/usr/bin/env bash
# POST /api/articles, GET /api/articles/{id} and the story list's filters
# and cursor: counts and per-line errors, 400/413/415, articles searchable
# once POSTed, a page walk with no repeat and no gap while articles arrive,
# and readers answered while a large POST is being ingested.
source "$(dirname "$0")/lib.sh"

# words N : the N-th made-up word ("qab", "qac", ...), so stories share no vocabulary.
words() {
    awk -v from="$1" -v n="$2" 'BEGIN {
        a = "bcdfghjklmnprstvz"; v = "aeiou"
        for (i = from; i < from + n; i++) {
            w = "q" substr(a, i % 17 + 1, 1) substr(v, int(i / 17) % 5 + 1, 1) \
                substr(a, int(i / 85) % 17 + 1, 1) substr(v, int(i / 1445) % 5 + 1, 1) "n"
            printf "%s%s", (i > from ? " " : ""), w
        }
    }'
}

# article ID WORDS_FROM DATE LANG : one JSON line whose text uses 12 words of its own.
article() {
    printf '{"id":"%s","title":"Title %s","text":"%s.","date":"%s","lang":"%s"}\n' \
        "$1" "$1" "$(words "$2" 12)" "$3" "$4"
}

start_server

# ---- POST: one JSON object, pretty-printed, with an extra field kept as meta.
cat >"$WORK/one.json" <<'JSON'
{
  "id": "w-1",
  "title": "Ferry service resumes",
  "text": "The ferry between Oskarby and Lindholm runs again. Tickets are sold at the pier.",
  "date": "2024-03-04",
  "lang": "en",
  "url": "https://example.org/ferry",
  "section": "local"
}
JSON
post 200 application/json "$WORK/one.json"
body_has '^\{"accepted":1,"copies":0,"duplicates":0,"rejected":0,"errors":\[\]\}$'
get 200 api/articles/w-1
body_has '^\{"id":"w-1","title":"Ferry service resumes","text":"The ferry between Oskarby and Lindholm runs again\. Tickets are sold at the pier\.","url":"https://example.org/ferry","source":null,"date":"2024-03-04","lang":"en","story":[0-9]+,"copy_of":null,"meta":\{"section":"local"\}\}$'
# The same again is a duplicate; charset parameters are fine.
post 200 'application/json; charset=utf-8' "$WORK/one.json"
body_has '^\{"accepted":0,"copies":0,"duplicates":1,"rejected":0,"errors":\[\]\}$'
# Ids are often URLs: the id is the rest of the path, percent-encoded or not.
printf '{"id":"https://example.org/news/1?x=1","text":"A page with a URL for an id."}' >"$WORK/url.json"
post 200 application/json "$WORK/url.json"
get 200 'api/articles/https%3A%2F%2Fexample.org%2Fnews%2F1%3Fx%3D1'
body_has '^\{"id":"https://example\.org/news/1\?x=1","title":null,"text":"A page with a URL for an id\."'
error_is 404 TD_ERR_NOTFOUND api/articles/no-such-id
body_has "no article 'no-such-id'"
# An id far past any stored one (ids are at most 512 bytes) is no crash, just a 404.
error_is 404 TD_ERR_NOTFOUND "api/articles/$(head -c 3000 /dev/zero | tr '\0' 'x')"
# The story's timeline: its dated events, with their sources; an unknown story is a 404.
get 200 api/stories/1/timeline
body_has '^{"story":1,"events":\[{"id":1,"date":"2024-03-04","precision":"day"'
body_has '"articles":\["w-1"\],"first":"w-1"'
error_is 404 TD_ERR_NOTFOUND api/stories/999/timeline
error_is 400 TD_ERR_INVALID api/stories/x/timeline
error_is 405 TD_ERR_INVALID api/articles
grep -qi '^Allow: POST' "$WORK/hdr" || fail "405 on GET /api/articles without 'Allow: POST'"
error_is 405 TD_ERR_INVALID api/articles/w-1 -X POST -H 'Content-Type: application/json' -d '{}'

# ---- POST: JSON Lines with good, bad, copied and conflicting records.
{
    article n-1 100 2024-03-05 en
    echo '{"id":"n-bad","title":"no text"}'
    echo 'this is not json'
    echo
    article n-2 200 2024-03-06 de
    printf '{"id":"n-copy","title":"Title n-1","text":"%s.","date":"2024-03-05","lang":"en"}\n' \
        "$(words 100 12)"
    printf '{"id":"w-1","title":"Changed","text":"Other text entirely.","lang":"en"}\n'
} >"$WORK/mixed.ndjson"
post 200 application/x-ndjson "$WORK/mixed.ndjson"
body_has '^\{"accepted":3,"copies":1,"duplicates":0,"rejected":3,"errors":\[\{"line":2,"reason":"missing '"'"'text'"'"' \(or '"'"'body'"'"'\)"\},\{"line":3,"reason":"invalid JSON[^"]*"\},\{"line":7,"reason":"[^"]+"\}\]\}$'
get 200 api/articles/n-copy
body_has '"copy_of":"n-1"'

# POSTed articles are searchable at once.
get 200 "api/search?q=$(words 200 1)"
body_has '^\{"results":\[\{"id":"n-2",'

# ---- Refusals: everything rejected (400 with the counts), empty body, bad types, too large.
printf '{"id":"x"}\n\n[1,2]\n' >"$WORK/allbad.ndjson"
post 400 application/x-ndjson "$WORK/allbad.ndjson"
body_has '^\{"error":\{"code":"TD_ERR_INVALID","message":"all 2 records were rejected"\},"accepted":0,"copies":0,"duplicates":0,"rejected":2,"errors":\[\{"line":1,"reason":"missing[^"]*"\},\{"line":3,"reason":"[^"]+"\}\]\}$'
: >"$WORK/empty"
post 400 application/x-ndjson "$WORK/empty"
body_has '"message":"the body holds no records"'
error_is 415 TD_ERR_INVALID api/articles -H 'Content-Type: text/plain' --data-binary @"$WORK/one.json"
body_has 'unsupported Content-Type'
error_is 415 TD_ERR_INVALID api/articles -H 'Content-Type:' --data-binary @"$WORK/one.json"
# 413 from the Content-Length header alone: the small body that follows is never read.
error_is 413 TD_ERR_TOO_LARGE api/articles -H 'Content-Type: application/x-ndjson' \
    -H 'Content-Length: 16777217' --data-binary 'x'
body_has 'over the limit of 16777216 bytes'
# A chunked body (no Content-Length) is capped while it is read.
head -c 17000000 /dev/zero | tr '\0' ' ' >"$WORK/huge"
error_is 413 TD_ERR_TOO_LARGE api/articles -H 'Content-Type: application/x-ndjson' \
    -H 'Transfer-Encoding: chunked' --data-binary @"$WORK/huge"
rm -f "$WORK/huge"
get 200 api/stats
body_has '^\{"articles":5,'

# ---- Story list: filters.
{
    for i in $(seq 1 9); do
        article "p-$i" $((1000 + 20 * i)) "2024-04-0$i" en
    done
    article p-de $((2000)) 2024-04-20 de
} >"$WORK/pages.ndjson"
post 200 application/x-ndjson "$WORK/pages.ndjson"
body_has '^\{"accepted":10,'
get 200 'api/stories?lang=German'
[ "$(grep -o '"languages":\[[^]]*\]' "$WORK/body" | sort -u)" = '"languages":["de"]' ] ||
    fail "lang=German: $(cat "$WORK/body")"
[ "$(grep -o '"title":' "$WORK/body" | wc -l)" = 2 ] || fail "lang=German: want 2 stories"
get 200 'api/stories?since=2024-04-08'
[ "$(grep -o '"title":"[^"]*"' "$WORK/body" | tr '\n' ' ')" = '"title":"Title p-de" "title":"Title p-9" "title":"Title p-8" ' ] ||
    fail "since: $(cat "$WORK/body")"
get 200 "api/stories?q=$(words 1060 1)+OR+$(words 1080 1)&since=2024-04-04"
[ "$(grep -o '"title":"[^"]*"' "$WORK/body" | tr '\n' ' ')" = '"title":"Title p-4" ' ] ||
    fail "q: $(cat "$WORK/body")"
body_has '"next_cursor":null\}$'
error_is 400 TD_ERR_PARSE 'api/stories?q=%22unbalanced'
error_is 400 TD_ERR_PARSE 'api/stories?since=soon'
error_is 400 TD_ERR_INVALID 'api/stories?since=2024-02-30'
for c in bad v1.1 v1.0.0 v1.3.9 v2.9.3 'v1.9.3%20'; do
    error_is 400 TD_ERR_INVALID "api/stories?cursor=$c"
    body_has 'bad cursor'
done

# ---- The story list is cached per worker thread until another connection commits:
# a POST (the server's writer) and an ingest by another process both show at once.
for i in 1 2 3 4 5 6 7 8 9; do get 200 'api/stories?limit=3'; done
cp "$WORK/body" "$WORK/before"
article "cache-post" 7000 2024-06-01 en >"$WORK/cache"
post 200 application/x-ndjson "$WORK/cache"
for i in 1 2 3 4 5 6 7 8 9; do
    get 200 'api/stories?limit=3'
    body_has '"title":"Title cache-post"'
done
# (No title word but "Title" in common with cache-post: two short English items a day apart
# that share a rare title word are one event by option.follow_margin.)
article "cli-ingest" 7100 2024-06-02 en >"$WORK/cache-cli.jsonl"
"$TD" ingest "$WORK/cache-cli.jsonl" 2>/dev/null || fail "ingest by another process"
for i in 1 2 3 4 5 6 7 8 9; do
    get 200 'api/stories?limit=3'
    body_has '"title":"Title cli-ingest"'
done

# ---- Story list: walk every page while new articles arrive; each story of the
# first page's snapshot comes exactly once.
get 200 'api/stories?limit=1000'
grep -o '"id":[0-9]*' "$WORK/body" | sort >"$WORK/all"
total=$(wc -l <"$WORK/all")
[ "$total" -ge 12 ] || fail "want at least 12 stories, got $total"
: >"$WORK/walked"
cursor=
pages=0
while :; do
    get 200 "api/stories?limit=5${cursor:+&cursor=$cursor}"
    grep -o '"id":[0-9]*' "$WORK/body" >>"$WORK/walked"
    cursor=$(sed -n 's/.*"next_cursor":"\([^"]*\)"}$/\1/p' "$WORK/body")
    pages=$((pages + 1))
    # Between pages: a new story, and a new article for an old one.
    article "late-$pages" $((3000 + 20 * pages)) 2024-05-01 en >"$WORK/late"
    article "late-up-$pages" $((1000 + 20 * pages)) 2024-05-02 en >>"$WORK/late"
    post 200 application/x-ndjson "$WORK/late"
    [ -n "$cursor" ] || break
    [ $pages -lt 100 ] || fail "the walk does not end"
done
[ $pages = $(((total + 4) / 5)) ] || fail "$pages pages for $total stories"
sort "$WORK/walked" | uniq -d | grep -q . && fail "stories repeated: $(sort "$WORK/walked" | uniq -d)"
sort "$WORK/walked" | diff "$WORK/all" - >/dev/null || fail "walk differs from the snapshot"

# ---- Readers are answered while a large POST is being ingested.
awk 'BEGIN {
    a = "bcdfghjklmnprstvz"; v = "aeiou"
    for (i = 1; i <= 8000; i++) {
        w = ""
        for (j = 0; j < 3; j++) {
            k = 5000 + (i * 7 + j * 131) % 900
            w = w " q" substr(a, k % 17 + 1, 1) substr(v, int(k / 17) % 5 + 1, 1) \
                substr(a, int(k / 85) % 17 + 1, 1) "n"
        }
        printf "{\"id\":\"bulk-%d\",\"title\":\"Bulk %d\",\"text\":\"Item %d of the bulk load%s.\"}\n", i, i, i, w
    }
}' >"$WORK/bulk.ndjson"
# The upload is throttled (about 2 s for its 0.9 MB) so that the POST surely
# outlasts the readers' start on a fast machine; unthrottled it sometimes
# ended before the first read was sent.
(
    curl -s -o "$WORK/bulk.out" -w '%{http_code}' --limit-rate 400K -H 'Content-Type: application/x-ndjson' \
        --data-binary @"$WORK/bulk.ndjson" "${URL}api/articles" >"$WORK/bulk.status"
    date +%s%N >"$WORK/bulk.end"
) &
bulk=$!
sleep 0.2
# Twelve readers at once while the POST is ingested (on the writer thread).
# This POST is short, so the check is only that some readers came back before
# it ended; test_head_of_line.sh checks that none waits for a long one.
readers=
for r in $(seq 12); do
    (
        curl -s -o /dev/null -w '%{http_code}' "${URL}api/stories?limit=5" >"$WORK/read.$r"
        date +%s%N >"$WORK/read.$r.end"
    ) &
    readers="$readers $!"
done
# Not a bare `wait`: the server runs in the background too.
wait $bulk $readers
during=0
for r in $(seq 12); do
    [ "$(cat "$WORK/read.$r")" = 200 ] || fail "read $r during the POST: status $(cat "$WORK/read.$r")"
    [ "$(cat "$WORK/read.$r.end")" -lt "$(cat "$WORK/bulk.end")" ] && during=$((during + 1))
done
[ "$(cat "$WORK/bulk.status")" = 200 ] || fail "bulk POST: $(cat "$WORK/bulk.out")"
grep -q '^{"accepted":8000,' "$WORK/bulk.out" || fail "bulk POST: $(head -c 300 "$WORK/bulk.out")"
[ $during -ge 1 ] || fail "no read was answered while the POST ran"
echo "reads answered during the POST: $during"
get 200 'api/search?q=bulk+AND+item&limit=1'
body_has '"id":"bulk-'

# ---- POST: an RSS feed (application/rss+xml) and an Atom one; a bad item names its line.
cat >"$WORK/feed.rss" <<'XML'
<?xml version="1.0"?>
<rss version="2.0"><channel><title>Quay Post</title><language>en</language>
<item><title>Lighthouse keeper retires</title><guid>qp-1</guid>
<pubDate>Mon, 04 Mar 2024 08:00:00 +0000</pubDate>
<description>&lt;p&gt;The last lighthouse keeper of the quay retired on Monday.&lt;/p&gt;</description></item>
<item><guid>qp-2</guid></item>
</channel></rss>
XML
post 200 application/rss+xml "$WORK/feed.rss"
body_has '^\{"accepted":1,"copies":0,"duplicates":0,"rejected":1,"errors":\[\{"line":6,"reason":"item has neither a title nor any text"\}\]\}$'
get 200 api/articles/qp-1
body_has '"source":"Quay Post"'
printf '<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>qa-1</id><title>Tide tables printed</title><updated>2024-03-05T09:00:00Z</updated></entry></feed>' >"$WORK/feed.atom"
post 200 'application/atom+xml; charset=utf-8' "$WORK/feed.atom"
body_has '"accepted":1'

stop_server
echo "ok"
