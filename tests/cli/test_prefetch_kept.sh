#!/usr/bin/env bash
# The prefetches of the hot look-ups are in the binary. GCC 12 found each
# helper whose only effect is a prefetch pure and deleted its calls, so the
# clustering's term look-ups and the analyzer's word memo ran without any
# (docs/BENCHMARKS.md, `perf26`); src/core/prefetch.h's PREFETCH_INLINE
# keeps them. Counts the prefetch instructions outside xxHash's own (its long
# inputs have some): the clustering's prepare() 6 and cosines() 4, the
# analyzer 2, the near-copy bands 1. x86-64 with objdump only; skipped elsewhere.
source "$(dirname "$0")/lib.sh"

if ! command -v objdump >/dev/null 2>&1 || [ "$(uname -m)" != x86_64 ]; then
    echo "skipped: needs objdump on x86-64"
    exit 0
fi
n=$(objdump -d --no-show-raw-insn "$TD" |
    awk '/^[0-9a-f]+ <.*>:$/ { f = $2 } /\tprefetch/ && f !~ /^<XXH/ { n++ } END { print n + 0 }')
[ "$n" -ge 13 ] || fail "$n prefetch instructions outside xxHash, want at least 13"
echo "ok: $n prefetch instructions outside xxHash"
