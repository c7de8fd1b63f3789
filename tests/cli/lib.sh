# lib.sh - helpers shared by the end-to-end CLI tests (sourced, not run).
# Each test gets $TD (the tidings binary), a fresh $WORK directory and a
# fresh database path in $DB; `fail` ends the test with a message.
set -euo pipefail
TD=${1:?usage: $0 TIDINGS_BINARY}
SRC=${TD_SRC_DIR:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
FIX="$SRC/tests/cli/fixtures"
WORK=$(mktemp -d "${TMPDIR:-/tmp}/td_cli_XXXXXX")
DB="$WORK/t.db"
trap 'rm -rf "$WORK"' EXIT
export TIDINGS_DB="$DB"
unset TD_TEST_NOW || true

fail() {
    echo "FAIL: $*" >&2
    exit 1
}

# expect_status WANT CMD... : runs CMD, stdout to $WORK/out, stderr to $WORK/err.
expect_status() {
    local want=$1 got=0
    shift
    "$@" >"$WORK/out" 2>"$WORK/err" || got=$?
    if [ "$got" -ne "$want" ]; then
        echo "--- stdout" >&2; cat "$WORK/out" >&2
        echo "--- stderr" >&2; cat "$WORK/err" >&2
        fail "'$*' exited $got, want $want"
    fi
}

# expect_line FILE PATTERN : FILE has a line matching the extended regex.
expect_line() {
    grep -Eq -- "$2" "$1" || { cat "$1" >&2; fail "no line matching '$2' in $(basename "$1")"; }
}

# event ID : the event column of article ID in the last export ($WORK/out, tab-separated).
event() {
    awk -F '\t' -v id="$1" '$1 == id { print $3 }' "$WORK/out"
}

# expect_runs_as_one MESSAGE PART...: the last export (of one run) is what the PARTs
# export when each is ingested in a run of its own into a fresh store (a restart
# between each two); fails with MESSAGE when they differ.
expect_runs_as_one() {
    local msg=$1 part
    shift
    cp "$WORK/out" "$WORK/one_run"
    rm -f "$DB"
    for part in "$@"; do
        expect_status 0 "$TD" ingest "$part"
    done
    expect_status 0 "$TD" export
    diff "$WORK/one_run" "$WORK/out" >&2 || fail "$msg"
}

# json_field JSON KEY : the number after "KEY": in a flat JSON text.
json_field() {
    printf '%s' "$1" | grep -Eo "\"$2\":[0-9.]+" | head -n 1 | cut -d: -f2
}

# ingest_parts STREAM DB N1 N2 ...: ingests STREAM into DB in runs that end after lines
# N1, N2, ... and the last: a restart between each two.
ingest_parts() {
    local stream=$1 db=$2 prev=0 n total
    shift 2
    total=$(wc -l <"$stream")
    for n in "$@" "$total"; do
        sed -n "$((prev + 1)),${n}p" "$stream" >"$WORK/part.jsonl"
        expect_status 0 "$TD" --db "$db" ingest --format jsonl "$WORK/part.jsonl"
        prev=$n
    done
}

# ingest_parts_one STREAM DB N1 N2 ...: the same parts as ingest_parts, in one
# run given one file per part: each file is an input of its own (the engine
# settles when it ends, td_engine_flush()), so this is what the parts with no
# restart between them give.
ingest_parts_one() {
    local stream=$1 db=$2 prev=0 n total k=0 files=()
    shift 2
    total=$(wc -l <"$stream")
    for n in "$@" "$total"; do
        k=$((k + 1))
        sed -n "$((prev + 1)),${n}p" "$stream" >"$WORK/part-one-$k.jsonl"
        files+=("$WORK/part-one-$k.jsonl")
        prev=$n
    done
    expect_status 0 "$TD" --db "$db" ingest --format jsonl "${files[@]}"
}

# expect_export DB WANT MESSAGE: `export --json` of DB is the file WANT byte for byte.
expect_export() {
    expect_status 0 "$TD" --db "$1" export --json
    cmp -s "$WORK/out" "$2" || { diff "$2" "$WORK/out" | head -n 8 >&2; fail "$3"; }
}

# expect_parts_as_one STREAM N1 N2 ...: STREAM cut after lines N1, N2, ...
# and ingested one part per run (ingest_parts) exports what the same parts
# give in one run (ingest_parts_one).
expect_parts_as_one() {
    local stream=$1 db
    shift
    db="$WORK/parts-$(echo "$@" | tr ' ' -).db"
    ingest_parts "$stream" "$db" "$@"
    ingest_parts_one "$stream" "$WORK/want.db" "$@"
    expect_status 0 "$TD" --db "$WORK/want.db" export --json
    cp "$WORK/out" "$WORK/want.json"
    rm -f "$WORK/want.db"*
    expect_export "$db" "$WORK/want.json" "restarts after $* differ"
}
