#!/usr/bin/env bash
# check-functions.sh - fails, listing each offender, when a function in src/,
# cli/ or server/ (C and C++ files) is longer than 150 lines or has a
# cyclomatic complexity over 25, as measured by pmccabe (STYLE.md section 6).
# Run from anywhere; CI runs it after the tests.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

max_lines=150
max_complexity=25

if ! command -v pmccabe >/dev/null 2>&1; then
    echo "check-functions: pmccabe not found; run: bash scripts/install-deps.sh ci" >&2
    exit 1
fi

dirs=()
for d in src cli server; do
    [ -d "$d" ] && dirs+=("$d")
done
files=()
if [ ${#dirs[@]} -gt 0 ]; then
    mapfile -t files < <(find "${dirs[@]}" -type f \( -name '*.c' -o -name '*.cc' \) | sort)
fi
if [ ${#files[@]} -eq 0 ]; then
    echo "check-functions: no C sources found"
    exit 0
fi

# pmccabe columns (man pmccabe): modified complexity, traditional complexity
# (each `case` counts), statements, first line, lines, "file(line): function".
# It reports parse trouble on stderr but still exits 0; show it as a warning.
errs=$(mktemp)
trap 'rm -f "$errs"' EXIT
report=$(pmccabe "${files[@]}" 2>"$errs")
if [ -s "$errs" ]; then
    echo "check-functions: warning: pmccabe could not fully parse:" >&2
    sed 's/^/  /' "$errs" >&2
fi

bad=$(printf '%s\n' "$report" | awk -F'\t' -v ml="$max_lines" -v mc="$max_complexity" '
    NF >= 6 && ($2 + 0 > mc || $5 + 0 > ml) {
        printf "  %s: %d lines, complexity %d\n", $6, $5, $2
    }')
count=$(printf '%s\n' "$report" | awk -F'\t' 'NF >= 6' | wc -l)

if [ -n "$bad" ]; then
    echo "check-functions: functions over $max_lines lines or complexity $max_complexity:"
    printf '%s\n' "$bad"
    echo "check-functions: split them into smaller functions (STYLE.md section 6)"
    exit 1
fi
echo "check-functions: OK ($count functions in ${#files[@]} files;" \
     "limits $max_lines lines, complexity $max_complexity)"
