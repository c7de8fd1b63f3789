#!/usr/bin/env bash
# Shutdown with work in every state: a long POST being ingested, a POST queued
# behind it, and an upload whose body is still trickling in, which keeps the
# drain waiting its full 5 s. The POST being ingested finishes and is answered
# 200; the queued one is answered 503 without being stored (or, on a machine
# fast enough to reach it within the drain, 200 and stored); the trickling
# upload is cut; no connection is left unanswered or suspended, and the server
# exits 0 (under ASan: with no leak).
source "$(dirname "$0")/lib.sh"



start_server
bulk_articles sd 1 50 >"$WORK/seed.ndjson"
post 200 application/x-ndjson "$WORK/seed.ndjson"
# The long POST: about 10 s of ingest (it must outlast the 5 s drain; a large
# batch runs slower than the sample).
bulk_size sd 80000
n=$BULK_N
bulk_articles sd 1000 $n >"$WORK/long.ndjson"
bulk_articles sd 200000 10 >"$WORK/queued.ndjson"
head -c 20000 "$WORK/seed.ndjson" >"$WORK/trickle.ndjson"

# A: an upload at 100 bytes/s, still arriving when the server stops.
curl -s -o "$WORK/a.out" -w '%{http_code}' --limit-rate 100 -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$WORK/trickle.ndjson" "${URL}api/articles" >"$WORK/a.status" 2>/dev/null &
a_pid=$!
# B: the long POST; C: a short one queued behind it on the one writer.
curl -s -o "$WORK/b.out" -w '%{http_code}' -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$WORK/long.ndjson" "${URL}api/articles" >"$WORK/b.status" &
b_pid=$!
sleep 0.5
curl -s -o "$WORK/c.out" -w '%{http_code}' -H 'Content-Type: application/x-ndjson' \
    --data-binary @"$WORK/queued.ndjson" "${URL}api/articles" >"$WORK/c.status" &
c_pid=$!
sleep 0.3

t0=$(now_ms)
kill -TERM $pid
status=0
wait $pid || status=$?
took=$(($(now_ms) - t0))
[ "$status" = 0 ] || { cat "$WORK/srv.err" >&2; fail "server exited $status after SIGTERM"; }
wait $b_pid $c_pid || true
wait $a_pid || true
echo "1000 articles took $BULK_CALIB_MS ms; long POST of $n; the server exited $took ms after SIGTERM"

# B was being ingested: it finished and was answered.
[ "$(cat "$WORK/b.status")" = 200 ] || fail "long POST: $(cat "$WORK/b.status") $(head -c 300 "$WORK/b.out")"
grep -q "^{\"accepted\":$n," "$WORK/b.out" || fail "long POST: $(head -c 300 "$WORK/b.out")"
# C was queued: refused with 503 and not stored, unless the writer reached it within the drain.
stored=$((n + 1050))
case "$(cat "$WORK/c.status")" in
503)
    grep -Eq '^\{"error":\{"code":"TD_ERR_BUSY","message":"the server is shutting down; the articles were not stored"\}\}$' "$WORK/c.out" ||
        fail "queued POST: $(cat "$WORK/c.out")"
    echo "the queued POST was refused (503)" ;;
200)
    grep -q '^{"accepted":10,' "$WORK/c.out" || fail "queued POST: $(cat "$WORK/c.out")"
    stored=$((stored + 10))
    echo "the queued POST was reached within the drain (200)" ;;
*) fail "queued POST: status $(cat "$WORK/c.status") $(cat "$WORK/c.out")" ;;
esac
# A was still arriving: cut, with no answer, after the 5 s drain.
[ "$(cat "$WORK/a.status")" = 000 ] || fail "trickling upload: $(cat "$WORK/a.status") $(cat "$WORK/a.out")"
[ $took -ge 5000 ] || fail "the server exited after $took ms, without waiting for the upload in flight"
"$TD" stats --json >"$WORK/stats"
expect_line "$WORK/stats" "^\\{\"articles\":$stored,"
echo "ok"
