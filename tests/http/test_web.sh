#!/usr/bin/env bash
# The page files of `tidings serve` (server/static.c): each embedded file is
# served byte for byte with its Content-Type, the security headers and an
# ETag that answers If-None-Match with 304; HEAD has no body, other methods
# get 405, and every other path is still the JSON API or a JSON 404.
source "$(dirname "$0")/lib.sh"

start_server

# fetch WANT_STATUS PATH [CURL_ARGS...] : body to $WORK/body, headers to $WORK/hdr.
fetch() {
    local want=$1 path=$2 got
    shift 2
    rm -f "$WORK/body"
    got=$(curl -s -o "$WORK/body" -D "$WORK/hdr" -w '%{http_code}' "$@" "$URL$path")
    [ "$got" = "$want" ] || { cat "$WORK/body" >&2; fail "$path: status $got, want $want"; }
}
# header NAME REGEX : the last response has header NAME matching REGEX.
header() {
    grep -Eqi "^$1: $2"$'\r'"?$" "$WORK/hdr" || { cat "$WORK/hdr" >&2; fail "header $1 !~ $2"; }
}

csp="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
for f in index.html app.js style.css favicon.svg; do
    case $f in
    *.html) type='text/html; charset=utf-8' ;;
    *.js) type='text/javascript; charset=utf-8' ;;
    *.css) type='text/css; charset=utf-8' ;;
    *.svg) type='image/svg\+xml' ;;
    esac
    fetch 200 "$f"
    cmp -s "$WORK/body" "$SRC/web/$f" || fail "/$f is not web/$f byte for byte"
    header Content-Type "$type"
    header Content-Security-Policy "$csp"
    header X-Content-Type-Options nosniff
    header Cache-Control no-cache
    header ETag '"[0-9a-f]{20}"'
    etag=$(grep -i '^ETag:' "$WORK/hdr" | cut -d' ' -f2 | tr -d '\r')
    fetch 304 "$f" -H "If-None-Match: $etag"
    [ -s "$WORK/body" ] && fail "/$f: a 304 has a body"
    header ETag "$etag"
    fetch 200 "$f" -H 'If-None-Match: "0000"'
done

# `/` is index.html; a query string does not change the file.
fetch 200 ''
cmp -s "$WORK/body" "$SRC/web/index.html" || fail "/ is not web/index.html"
fetch 200 'app.js?v=2'
cmp -s "$WORK/body" "$SRC/web/app.js" || fail "/app.js?v=2 is not web/app.js"

# The page loads nothing from outside and no inline script.
grep -Eq '(src|href)="(https?:)?//' "$SRC/web/index.html" && fail "index.html loads from outside"
grep -Eq '<script>|<script [^>]*>[^<]' "$SRC/web/index.html" && fail "index.html has inline script"
grep -Eq 'innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(' "$SRC/web/app.js" &&
    fail "app.js builds HTML from strings"

# HEAD: headers only.
curl -s -I -o "$WORK/hdr" "$URL" || fail "HEAD / failed"
grep -q '^HTTP/1.1 200' "$WORK/hdr" || fail "HEAD /: $(head -n 1 "$WORK/hdr")"
header Content-Type 'text/html; charset=utf-8'
[ -z "$(curl -s --head "$URL" -o /dev/null -w '%{size_download}' | tr -d 0)" ] || fail "HEAD has a body"

# Other methods, other paths.
fetch 405 '' -X POST -d x=1
header Allow 'GET, HEAD'
grep -q '"code":"TD_ERR_INVALID"' "$WORK/body" || fail "405 body: $(cat "$WORK/body")"
fetch 404 'web/app.js'
grep -q '"code":"TD_ERR_NOTFOUND"' "$WORK/body" || fail "404 body: $(cat "$WORK/body")"
fetch 404 'app.js/'
fetch 404 'index.htm'
fetch 200 healthz
header Content-Type 'application/json; charset=utf-8'

kill -TERM $pid
wait $pid || fail "server exited $? after SIGTERM"
echo "ok"
