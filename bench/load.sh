#!/usr/bin/env bash
# HTTP load benchmark for `tidings serve` (issue 5).
#
#   bench/load.sh TIDINGS_BINARY          (or: make bench-load)
#
# Builds a store of LOAD_ARTICLES (default 100000) synthetic articles
# (bench/gen_stream.py), starts `tidings serve` on it, and while a second
# `tidings ingest` adds LOAD_EXTRA (default 20000) more articles to the same
# store (another process, SQLite WAL), runs wrk with LOAD_CONNS (default 64)
# connections for LOAD_SECONDS (default 30) against /api/stories and then
# /api/search (a different word of the stream per request). Afterwards it
# checks that no article of the concurrent ingest was lost. Prints a Markdown
# report on stdout (requests/s, p50, p99, errors); progress goes to stderr.
# Targets: story list p99 < 10 ms, search p99 < 50 ms, no errors, no loss.
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 TIDINGS_BINARY" >&2
    exit 2
fi
TIDINGS=$1
case $TIDINGS in /*) ;; *) TIDINGS=$PWD/$TIDINGS ;; esac
[ -x "$TIDINGS" ] || { echo "bench: $TIDINGS is not an executable (make build)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "bench: wrk not found (apt-get install -y wrk)" >&2; exit 2; }

HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/out/load
ARTICLES=${LOAD_ARTICLES:-100000}
EXTRA=${LOAD_EXTRA:-20000}
CONNS=${LOAD_CONNS:-64}
SECONDS_EACH=${LOAD_SECONDS:-30}
THREADS=${LOAD_THREADS:-2}
PYTHON=${PYTHON:-python3}
mkdir -p "$OUT"
DB=$OUT/load.db
SERVER_PID=
INGEST_PID=

log() { printf 'bench: %s\n' "$*" >&2; }
cleanup() {
    [ -n "$INGEST_PID" ] && kill "$INGEST_PID" 2>/dev/null || true
    [ -n "$SERVER_PID" ] && kill "$SERVER_PID" 2>/dev/null || true
    wait 2>/dev/null || true
}
trap cleanup EXIT

stream=$OUT/stream-$ARTICLES.jsonl
extra=$OUT/extra-$EXTRA.jsonl
if [ ! -s "$stream" ]; then
    log "generating $ARTICLES articles"
    "$PYTHON" "$HERE/gen_stream.py" -n "$ARTICLES" --seed 1 -o "$stream.tmp" 2>/dev/null
    mv "$stream.tmp" "$stream"
fi
if [ ! -s "$extra" ]; then
    log "generating $EXTRA more articles (ids h...)"
    "$PYTHON" "$HERE/gen_stream.py" -n "$EXTRA" --seed 2 2>/dev/null |
        sed 's/^{"id": "g/{"id": "h/' >"$extra.tmp"
    mv "$extra.tmp" "$extra"
fi

rm -f "$DB" "$DB-wal" "$DB-shm"
log "ingesting $ARTICLES articles into $DB"
start=$(date +%s.%N)
"$TIDINGS" --db "$DB" ingest "$stream" >/dev/null 2>"$OUT/ingest.log"
log "ingested in $(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"

# Search words: the first and a middle word of titles, rare and common alike.
"$PYTHON" - "$stream" "$OUT/words.txt" <<'PY'
import json, sys
words, seen = [], set()
with open(sys.argv[1]) as f:
    for i, line in enumerate(f):
        if i >= 2000:
            break
        t = json.loads(line)["title"].split()
        for w in (t[0], t[len(t) // 2]):
            w = w.lower().strip(".,")
            if w.isalpha() and w.isascii() and w not in seen:
                seen.add(w)
                words.append(w)
open(sys.argv[2], "w").write("\n".join(words[:500]) + "\n")
PY

"$TIDINGS" --db "$DB" serve --listen 127.0.0.1:0 >"$OUT/serve.out" 2>"$OUT/serve.err" &
SERVER_PID=$!
url=
for _ in $(seq 1 100); do
    url=$(grep -o 'http://[0-9.:]*' "$OUT/serve.out" 2>/dev/null | head -n 1 || true)
    [ -n "$url" ] && break
    sleep 0.1
done
[ -n "$url" ] || { log "server did not start: $(cat "$OUT/serve.err")"; exit 1; }
log "server at $url"

"$TIDINGS" --db "$DB" ingest "$extra" >/dev/null 2>"$OUT/ingest-extra.log" &
INGEST_PID=$!

run_wrk() { # name path [script]
    local name=$1 path=$2 script=${3:-}
    log "wrk $name: $CONNS connections, $SECONDS_EACH s"
    if [ -n "$script" ]; then
        LOAD_WORDS=$OUT/words.txt wrk -t "$THREADS" -c "$CONNS" -d "${SECONDS_EACH}s" --latency \
            -s "$script" "$url$path" >"$OUT/wrk-$name.txt"
    else
        wrk -t "$THREADS" -c "$CONNS" -d "${SECONDS_EACH}s" --latency "$url$path" \
            >"$OUT/wrk-$name.txt"
    fi
}
run_wrk stories "/api/stories?limit=50"
ingest_running_after_stories=no
kill -0 "$INGEST_PID" 2>/dev/null && ingest_running_after_stories=yes
run_wrk search "/api/search" "$HERE/load_search.lua"

ingest_rc=0
wait "$INGEST_PID" || ingest_rc=$?
INGEST_PID=
kill "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null || true
SERVER_PID=

total=$("$TIDINGS" --db "$DB" stats --json | "$PYTHON" -c 'import json,sys; print(json.load(sys.stdin)["articles"])')
expected=$((ARTICLES + EXTRA))

summary() { # file -> "req/s|p50|p99|errors"
    "$PYTHON" - "$1" <<'PY'
import re, sys
t = open(sys.argv[1]).read()
rps = re.search(r"Requests/sec:\s*([\d.]+)", t).group(1)
lat = dict(re.findall(r"^\s*(50|99)%\s+(\S+)", t, re.M))
errs = 0
m = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", t)
if m:
    errs += sum(int(x) for x in m.groups())
m = re.search(r"Non-2xx or 3xx responses: (\d+)", t)
if m:
    errs += int(m.group(1))
n = re.search(r"(\d+) requests in", t).group(1)
print("%s | %s | %s | %s | %s" % (n, rps, lat.get("50", "?"), lat.get("99", "?"), errs))
PY
}

cat <<EOF
### HTTP load ($(date -u +%Y-%m-%d), $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -n 1))

Store: $ARTICLES synthetic articles; during the runs a second process ingested $EXTRA more
(still running after the story-list run: $ingest_running_after_stories; exit status $ingest_rc).
wrk: $THREADS threads, $CONNS connections, $SECONDS_EACH s per endpoint, server and wrk on the same machine.

| endpoint | requests | requests/s | p50 | p99 | errors |
|---|---:|---:|---:|---:|---:|
| \`GET /api/stories?limit=50\` | $(summary "$OUT/wrk-stories.txt") |
| \`GET /api/search?q=WORD&limit=20\` | $(summary "$OUT/wrk-search.txt") |

Articles in the store afterwards: $total (expected $expected: $([ "$total" -eq "$expected" ] && echo "none lost" || echo "MISMATCH")).
EOF
[ "$total" -eq "$expected" ] && [ "$ingest_rc" -eq 0 ]
