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
# The data compiled into the library (the built-in event model, the table of
# international bodies) comes from generated sources, as CMakeLists.txt makes them.
embed() { # embed IN OUT_STEM NAME TYPE HEADER
    cmake -DIN="$repo/$1" -DOUT="$out/$2.c" -DNAME="$3" -DTYPE="$4" -DHEADER="$5" \
        -P "$repo/cmake/embed_file.cmake"
    clang -std=c11 $flags -Iinclude -Isrc -c "$out/$2.c" -o "$out/obj/$2.o"
    objs+=("$out/obj/$2.o")
}
embed data/models/events.model event_model cluster_default_model char cluster/model.h
embed data/orgs/bodies.tsv orgs_data text_orgs_data "unsigned char" text/text_int.h
# The stop-word lists' hashed sets, written by a host tool built from the lists.
clang -std=c11 -O1 -Iinclude -Isrc cmake/gen_stopword_sets.c src/text/stopword_lists.c \
    -o "$out/gen_stopword_sets"
"$out/gen_stopword_sets" "$out/stopword_sets.c"
clang -std=c11 $flags -Iinclude -Isrc -c "$out/stopword_sets.c" -o "$out/obj/stopword_sets.o"
objs+=("$out/obj/stopword_sets.o")
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
