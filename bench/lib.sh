# bench/lib.sh - checks and settings the benchmark scripts share; sourced, not run.
# Each script sets BENCH_NAME (the prefix of its messages) before sourcing.

# Exits 2 unless every argument is an executable file.
bench_need_executables() {
    local bin
    for bin in "$@"; do
        if [ ! -x "$bin" ]; then
            echo "$BENCH_NAME: $bin is not an executable (build first: make build)" >&2
            exit 2
        fi
    done
}

# Exits 2 unless GNU time is /usr/bin/time (its -f and -o give the CPU and peak RSS).
bench_need_gnu_time() {
    if ! /usr/bin/time -f %e true >/dev/null 2>&1; then
        echo "$BENCH_NAME: needs GNU time as /usr/bin/time (Debian: apt-get install time)" >&2
        exit 2
    fi
}

# Sets PIN to the command prefix that pins a run to CPU $BENCH_CPU (taskset),
# or to nothing when BENCH_CPU is unset; exits 2 when taskset is missing.
bench_pin_from_env() {
    PIN=()
    if [ -n "${BENCH_CPU:-}" ]; then
        if ! command -v taskset >/dev/null 2>&1; then
            echo "$BENCH_NAME: BENCH_CPU needs taskset (Debian: util-linux)" >&2
            exit 2
        fi
        PIN=(taskset -c "$BENCH_CPU")
    fi
}

# Ingests INPUT with BIN into a fresh database $TMP/db under GNU time, pinned by
# PIN, with any further arguments before INPUT (`--format jsonl`); sets SECS,
# USER_S, SYS_S and KIB (peak RSS). On failure prints the log's tail and exits 1.
bench_timed_ingest() {
    local bin=$1 input=$2
    shift 2
    rm -f "$TMP"/db*
    if ! /usr/bin/time -f "%e %U %S %M" -o "$TMP/time" "${PIN[@]}" "$bin" --db "$TMP/db" \
            ingest "$@" "$input" >"$TMP/log" 2>&1; then
        echo "$BENCH_NAME: $bin failed on $input:" >&2
        tail -n 5 "$TMP/log" >&2
        exit 1
    fi
    read -r SECS USER_S SYS_S KIB <"$TMP/time"
}
