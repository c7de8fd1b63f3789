#!/usr/bin/env bash
# check-banned.sh - fails, listing file:line, when C sources in src/, cli/,
# server/ or tests/ call a function banned by src/core/banned.h. Raw
# malloc/calloc/realloc/free are allowed only in src/core/alloc.c and
# tests/harness/. Comments and string literals are ignored.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

banned='strcpy|strcat|strncpy|sprintf|vsprintf|strtok|gmtime|localtime|ctime|asctime|atoi|atol'
raw_alloc='malloc|calloc|realloc|free'

dirs=()
for d in src cli server tests; do
    [ -d "$d" ] && dirs+=("$d")
done
files=()
if [ ${#dirs[@]} -gt 0 ]; then
    mapfile -t files < <(find "${dirs[@]}" -type f \
        \( -name '*.c' -o -name '*.h' -o -name '*.cc' \) ! -path src/core/banned.h | sort)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "check-banned: no C sources found"
    exit 0
fi

# For each file, blank out comments and string/char literals (keeping the
# line breaks so line numbers stay right), then look for `name (` that is not
# part of a longer identifier (td_malloc, strtok_r) or a member (ops->free).
hits=$(perl -e '
    my ($banned, $raw) = (shift, shift);
    for my $f (@ARGV) {
        open(my $fh, "<", $f) or die "check-banned: cannot read $f: $!\n";
        local $/;
        my $src = <$fh>;
        close $fh;
        $src =~ s{(/\*.*?\*/|//[^\n]*|"(?:\\.|[^"\\\n])*"|\x27(?:\\.|[^\x27\\\n])*\x27)}
                 {my $m = $1; my $nl = ($m =~ tr/\n//); " " . ("\n" x $nl)}gse;
        my $alloc_ok = $f eq "src/core/alloc.c" || $f =~ m{^tests/harness/};
        my $re = $alloc_ok ? $banned : "$banned|$raw";
        my $n = 0;
        for my $line (split /\n/, $src, -1) {
            $n++;
            while ($line =~ /(?<!->)(?<![\w.])($re)\s*\(/g) {
                print "$f:$n: call to banned function \x27$1\x27\n";
            }
        }
    }' "$banned" "$raw_alloc" "${files[@]}")

if [ -n "$hits" ]; then
    printf '%s\n' "$hits"
    echo "check-banned: $(printf '%s\n' "$hits" | wc -l) banned call(s); see src/core/banned.h" \
         "for what to use instead"
    exit 1
fi
echo "check-banned: OK (${#files[@]} files)"
