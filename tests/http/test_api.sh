#!/usr/bin/env bash
# `tidings serve`: starts the HTTP API on a free port over a small ingested
# fixture, checks every endpoint with curl (statuses, JSON fields, error
# bodies, keep-alive), then sends SIGTERM and expects exit 0 within seconds.
source "$(dirname "$0")/lib.sh"

expect_status 0 "$TD" ingest "$FIX/search.jsonl"
start_server
expect_line "$WORK/srv.out" '^tidings: listening on http://127\.0\.0\.1:[0-9]+/$'

# error_is, stricter than lib.sh's: the body is the error object and nothing else.
error_is() {
    local status=$1 code=$2
    shift 2
    get "$status" "$@"
    body_has "^\{\"error\":\{\"code\":\"$code\",\"message\":\"([^\"\\\\]|\\\\.)+\"\}\}$"
}

get 200 healthz
body_has '^\{"ok":true\}$'
grep -qi '^Content-Type: application/json; charset=utf-8' "$WORK/hdr" || fail "content type"

get 200 api/stats
body_has '^\{"articles":7,"stories":[0-9]+,"events":[0-9]+,"languages":\{.*"en":5.*\}\}$'

get 200 api/stories
body_has '^\{"stories":\[\{"id":[0-9]+,"articles":[0-9]+,"title":'
body_has ',"next_cursor":null\}$'
[ "$(grep -o '"title":' "$WORK/body" | wc -l)" = 7 ] || fail "want 7 stories"
get 200 'api/stories?limit=2'
[ "$(grep -o '"title":' "$WORK/body" | wc -l)" = 2 ] || fail "limit=2: $(cat "$WORK/body")"
error_is 400 TD_ERR_INVALID 'api/stories?limit=0'
error_is 400 TD_ERR_INVALID 'api/stories?limit=1001'
error_is 400 TD_ERR_INVALID 'api/stories?limit=ten'
error_is 400 TD_ERR_INVALID 'api/stories?limit=%202'
error_is 400 TD_ERR_INVALID 'api/stories?limit=%2B2'
error_is 400 TD_ERR_INVALID 'api/stories?page=2'

get 200 'api/search?q=%22old+bridge%22'
body_has '^\{"results":\[\{"id":"q-bridge","story":[0-9]+,"title":"Bridge repairs begin","date":"2024-03-05","lang":"en","score":[0-9.e-]+,"snippet":"[^"]+","highlights":\[\[4,14\]\],"title_highlights":\[\]\}\]\}$'
story=$(grep -o '"story":[0-9]*' "$WORK/body" | cut -d: -f2)

get 200 "api/stories/$story"
body_has "^\\{\"id\":$story,\"articles\":\\[\\{\"id\":\"q-bridge\",\"title\":\"Bridge repairs begin\""
error_is 404 TD_ERR_NOTFOUND api/stories/999999
error_is 400 TD_ERR_INVALID api/stories/abc
error_is 400 TD_ERR_INVALID api/stories/-1
error_is 404 TD_ERR_NOTFOUND api/stories/1/more

# Search: the CLI's filters and limits, and its errors as 400s.
get 200 'api/search?q=storm*&from=2024-03-01'
body_has '"id":"q-bridge"'
grep -q q-undated "$WORK/body" && fail "a date filter must leave out undated articles"
get 200 "api/search?q=%E5%9C%B0%E9%9C%87&lang=Chinese"
[ "$(grep -o '"id":"q-[a-z]*"' "$WORK/body")" = '"id":"q-zh"' ] || fail "lang: $(cat "$WORK/body")"
get 200 'api/search?q=flood&limit=1'
[ "$(grep -o '"id":' "$WORK/body" | wc -l)" = 1 ] || fail "limit=1: $(cat "$WORK/body")"
get 200 "api/search?q=storm*+OR+flood&story=$story"
[ "$(grep -o '"id":"[^"]*"' "$WORK/body")" = '"id":"q-bridge"' ] || fail "story: $(cat "$WORK/body")"
get 200 'api/search?q=nothinglikethis'
body_has '^\{"results":\[\]\}$'
error_is 400 TD_ERR_PARSE 'api/search?q=%22unbalanced'
body_has 'invalid search query: unterminated string'
error_is 400 TD_ERR_PARSE 'api/search?q=flood+AND'
error_is 400 TD_ERR_INVALID 'api/search'
error_is 400 TD_ERR_INVALID 'api/search?q=flood&limit=x'
error_is 400 TD_ERR_INVALID 'api/search?q=flood&limit=0'
error_is 400 TD_ERR_INVALID 'api/search?q=flood&story=abc'
error_is 400 TD_ERR_PARSE 'api/search?q=flood&from=yesterday'
error_is 400 TD_ERR_INVALID 'api/search?q=flood&from=2024-04-01&to=2024-03-01'
error_is 400 TD_ERR_INVALID 'api/search?q=flood&sort=date'

# Unknown paths, wrong methods.
error_is 404 TD_ERR_NOTFOUND nope
error_is 404 TD_ERR_NOTFOUND 'api/stories/'
error_is 405 TD_ERR_INVALID healthz -X POST -d x=1
grep -qi '^Allow: GET, HEAD' "$WORK/hdr" || fail "405 without Allow"
error_is 405 TD_ERR_INVALID api/stats -X DELETE

# Keep-alive: two requests on one connection.
curl -sv -o /dev/null -o /dev/null "${URL}healthz" "${URL}api/stats" 2>"$WORK/verbose"
grep -Eqi 're-?using existing connection' "$WORK/verbose" || fail "connection not kept alive"

# SIGTERM: a graceful stop with exit status 0.
stop_server
expect_line "$WORK/srv.err" 'SIGTERM received'
echo "ok"
