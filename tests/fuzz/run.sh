#!/usr/bin/env bash
# run.sh SECONDS - builds each tests/fuzz/fuzz_*.c against the library sources
# with clang's libFuzzer + ASan + UBSan and runs it for SECONDS (default 30).
# FUZZ_ONLY=NAME runs only tests/fuzz/fuzz_NAME.c.
set -euo pipefail
secs=${1:-30}
repo=$(cd "$(dirname "$0")/../.." && pwd)
out="$repo/build-fuzz"
mkdir -p "$out"
cd "$repo"
flags="-g -O1 -fsanitize=fuzzer-no-link,address,undefined -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE"
pkgs="sqlite3 libutf8proc icu-uc icu-i18n json-c libxxhash libmicrohttpd libxml-2.0"
objs=()
for src in $(find src -name '*.c'); do
    o="$out/obj/${src//\//_}.o"
    mkdir -p "$out/obj"
    clang -std=c11 $flags -Iinclude -Isrc $(pkg-config --cflags $pkgs) -c "$src" -o "$o"
    objs+=("$o")
done
# The built-in event model is compiled in from a generated source, as CMake does.
cmake -DIN="$repo/data/models/events.model" -DOUT="$out/event_model.c" \
    -P "$repo/cmake/embed_model.cmake"
clang -std=c11 $flags -Iinclude -Isrc -c "$out/event_model.c" -o "$out/obj/event_model.o"
objs+=("$out/obj/event_model.o")
for src in $(find src -name '*.cc'); do
    o="$out/obj/${src//\//_}.o"
    clang++ -std=c++11 $flags -Iinclude -Isrc -c "$src" -o "$o"
    objs+=("$o")
done
failed=()
for t in tests/fuzz/fuzz_${FUZZ_ONLY:-*}.c; do
    name=$(basename "$t" .c)
    mkdir -p "$out/$name"
    clang -std=c11 -g -O1 -fsanitize=fuzzer,address,undefined -Iinclude -Isrc "$t" "${objs[@]}" \
        $(pkg-config --libs $pkgs) -lstemmer -lcld2 -lstdc++ -lm -lpthread -o "$out/$name/$name"
    echo "fuzz: $name for ${secs}s" >&2
    # A crash is reported (its sanitizer summary and input) and the other targets still run.
    if ! (cd "$out/$name" && ./"$name" -max_total_time="$secs" -max_len=4096 \
            -print_final_stats=1 >"$out/$name/log" 2>&1); then
        grep -E 'ERROR|SUMMARY|Test unit written' "$out/$name/log" >&2 || tail -n 5 "$out/$name/log" >&2
        failed+=("$name")
    else
        tail -n 3 "$out/$name/log"
    fi
done
if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzz: crashes in ${failed[*]} (inputs in $out/<target>/)" >&2
    exit 1
fi
