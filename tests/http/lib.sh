# lib.sh - helpers shared by the HTTP API tests (sourced, not run): start
# `tidings serve` on a free port over $DB, send requests with curl, check
# statuses and bodies, stop the server. Builds on tests/cli/lib.sh.
source "$(dirname "${BASH_SOURCE[0]}")/../cli/lib.sh"
command -v curl >/dev/null || fail "curl is not installed (scripts/install-deps.sh)"

# start_server : runs the server in the background; sets $pid and $URL.
start_server() {
    "$TD" serve --listen 127.0.0.1:0 >"$WORK/srv.out" 2>"$WORK/srv.err" &
    pid=$!
    trap 'kill -9 $pid 2>/dev/null || true; rm -rf "$WORK"' EXIT
    for _ in $(seq 200); do
        grep -q 'listening on' "$WORK/srv.out" && break
        kill -0 $pid 2>/dev/null || { cat "$WORK/srv.err" >&2; fail "server exited at startup"; }
        sleep 0.05
    done
    URL=$(sed -n 's/^tidings: listening on //p' "$WORK/srv.out")
    [ -n "$URL" ] || fail "server printed no URL"
}

# stop_server : SIGTERM, and the server must exit 0 within 20 s. A quiet machine
# takes well under a second; the bound catches a hang, not a slow exit (two CI
# runs beside seven busy helpers saw the in-flight POST of test_head_of_line
# take over 5 s to finish under SIGTERM).
stop_server() {
    local status=0
    kill -TERM $pid
    for _ in $(seq 400); do
        kill -0 $pid 2>/dev/null || break
        sleep 0.05
    done
    kill -0 $pid 2>/dev/null && fail "server still running 20 s after SIGTERM"
    wait $pid || status=$?
    [ "$status" = 0 ] || { cat "$WORK/srv.err" >&2; fail "server exited $status after SIGTERM"; }
}

# get WANT_STATUS PATH [CURL_ARGS...] : the body goes to $WORK/body, headers to $WORK/hdr.
get() {
    local want=$1 path=$2 got
    shift 2
    got=$(curl -s -o "$WORK/body" -D "$WORK/hdr" -w '%{http_code}' "$@" "$URL$path")
    [ "$got" = "$want" ] || { cat "$WORK/body" >&2; fail "$path: status $got, want $want"; }
}

# body_has REGEX : the last body matches the extended regex.
body_has() {
    grep -Eq -- "$1" "$WORK/body" || { cat "$WORK/body" >&2; echo >&2; fail "body lacks '$1'"; }
}

# error_is STATUS CODE PATH [CURL_ARGS...] : an error response with that status and code.
error_is() {
    local status=$1 code=$2
    shift 2
    get "$status" "$@"
    body_has "^\{\"error\":\{\"code\":\"$code\",\"message\":\"([^\"\\\\]|\\\\.)+\"\}"
}

# post WANT_STATUS TYPE FILE : POSTs FILE to /api/articles with that Content-Type.
post() {
    get "$1" api/articles -H "Content-Type: $2" --data-binary "@$3"
}

# bulk_articles PREFIX FIRST N : N JSON lines of made-up articles, ids PREFIX-FIRST and up,
# each with a few made-up words so that they do not all cluster together.
bulk_articles() {
    awk -v p="$1" -v first="$2" -v n="$3" 'BEGIN {
        a = "bcdfghjklmnprstvz"; v = "aeiou"
        for (i = first; i < first + n; i++) {
            w = ""
            for (j = 0; j < 4; j++) {
                k = (i * 7 + j * 131) % 1400
                w = w " q" substr(a, k % 17 + 1, 1) substr(v, int(k / 17) % 5 + 1, 1) \
                    substr(a, int(k / 85) % 17 + 1, 1) "n"
            }
            printf "{\"id\":\"%s-%d\",\"title\":\"Item %d\",\"text\":\"Item %d of a long load%s.\"}\n", p, i, i, i, w
        }
    }'
}

# now_ms : milliseconds since the epoch (no fork: callers poll in tight loops).
now_ms() {
    local t=${EPOCHREALTIME/[.,]/}
    echo $((t / 1000))
}

# bulk_size PREFIX MAX [MS] : times a POST of 1000 bulk articles (ids PREFIX-500000 and up) into
# BULK_CALIB_MS and sets BULK_N to how many the server ingests in about MS milliseconds (default
# 10000) at that rate, at least 8000 and at most MAX: a long POST then outlasts what a test waits
# for in a slow (sanitizer) build too, without a long run. The rate is one sample on a machine
# other tests share, so a test that needs the POST to outlast something asks for a margin.
# (Not for $(...): a failed POST must end the test.)
bulk_size() {
    local t0
    bulk_articles "$1" 500000 1000 >"$WORK/calib.ndjson"
    t0=$(now_ms)
    post 200 application/x-ndjson "$WORK/calib.ndjson"
    BULK_CALIB_MS=$(($(now_ms) - t0 + 1))
    BULK_N=$((1000 * ${3:-10000} / BULK_CALIB_MS))
    [ $BULK_N -ge 8000 ] || BULK_N=8000
    [ $BULK_N -le "$2" ] || BULK_N=$2
}
