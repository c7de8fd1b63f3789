#!/usr/bin/env bash
# follow-feeds.sh - follows a list of RSS/Atom feeds: fetches each with curl
# and ingests it with `tidings ingest --format feed --revisions`, again every
# INTERVAL seconds (default 900), until stopped; --once fetches each feed once.
#
#   scripts/follow-feeds.sh [--once] [--interval SECONDS] [--db PATH] [--tidings BIN] FEEDS.txt
#
# FEEDS.txt holds one feed URL per line (http://, https:// or file://; blank
# lines and lines starting with '#' are skipped). Each fetch is saved under a
# name made from its URL, so a rejected item is reported as NAME:LINE: reason.
# An item fetched again unchanged is a duplicate; an item the publisher edited
# is stored as a revision (README, "Identity and copies"). A feed that cannot
# be fetched is reported and the others are still read. Exit status (with
# --once): 0 when every feed was fetched and read without a reject, 1 otherwise.
set -uo pipefail

once=0 interval=900 db=${TIDINGS_DB:-tidings.db}
tidings=$(dirname "$0")/../build/tidings
while [ $# -gt 0 ]; do
    case $1 in
        --once) once=1 ;;
        --interval) interval=${2:?--interval needs SECONDS}; shift ;;
        --db) db=${2:?--db needs PATH}; shift ;;
        --tidings) tidings=${2:?--tidings needs BIN}; shift ;;
        -*) echo "follow-feeds: unknown option '$1'" >&2; exit 2 ;;
        *) break ;;
    esac
    shift
done
if [ $# -ne 1 ]; then
    echo "usage: $0 [--once] [--interval SECONDS] [--db PATH] [--tidings BIN] FEEDS.txt" >&2
    exit 2
fi
list=$1
[ -r "$list" ] || { echo "follow-feeds: cannot read $list" >&2; exit 2; }
[ -x "$tidings" ] || { echo "follow-feeds: $tidings is not an executable (make build)" >&2; exit 2; }
command -v curl >/dev/null || { echo "follow-feeds: needs curl" >&2; exit 2; }
case $interval in ''|*[!0-9]*) echo "follow-feeds: bad interval '$interval'" >&2; exit 2 ;; esac

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One pass over the list; returns 1 when a feed failed or had rejects.
pass() {
    local url name status=0
    while IFS= read -r url || [ -n "$url" ]; do
        url=${url%%$'\r'}
        case $url in ''|'#'*) continue ;; esac
        # A readable name for messages: the URL without its scheme, other bytes as '_'.
        name=$(printf '%s' "${url#*://}" | tr -c 'A-Za-z0-9._-' '_' | cut -c1-120)
        if ! curl -fsSL --max-time 60 -o "$work/$name.xml" "$url"; then
            echo "follow-feeds: cannot fetch $url" >&2
            status=1
            continue
        fi
        echo "follow-feeds: $url" >&2
        (cd "$work" && "$tidings" --db "$db" ingest --format feed --revisions "$name.xml") ||
            status=1
    done <"$list"
    return $status
}

case $db in /*) ;; *) db=$PWD/$db ;; esac
tidings=$(cd "$(dirname "$tidings")" && pwd)/$(basename "$tidings")
while :; do
    pass
    status=$?
    [ $once = 1 ] && exit $status
    sleep "$interval"
done
