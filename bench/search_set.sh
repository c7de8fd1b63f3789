#!/usr/bin/env bash
# A fixed set of 26 searches, to check that a change leaves search results alone.
#
#   bench/search_set.sh BINARY DATABASE > OUT
#
# Meant for a store of bench/out/stream-10000.jsonl (gen_stream.py -n 10000
# --seed 1) plus data/dev/news3.jsonl (for CJK): words in both cases, accented
# words, phrases, prefixes, OR / NOT / NEAR, column filters, --lang, --limit,
# --json (snippets and highlights). Prints each query, its output and its exit
# status; diff the output of two binaries, or of one binary on two stores.
set -uo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 BINARY DATABASE" >&2
    exit 2
fi
BIN=$1 DB=$2
q() {
    echo "### $*"
    "$BIN" --db "$DB" search "$@" 2>&1
    echo "rc=$?"
}
q mostnoo
q Toslasounple
q --json '"grood bost"'
q 'brech*'
q 'tosla* OR destg*'
q 'ha NOT mostnoo'
q 'title:beatlaillgrea'
q ha sotchetbung
q '亿欧元'
q --json '莱拉'
q 'klüss'
q 'KLÜSS'
q 'Ñuensalor'
q 'NEAR(hush huck, 3)'
q 'body:weaboudge'
q '"ha ha ha"'
q --lang de 'zwöss'
q --json --limit 50 'kläng'
q --json '"treaur vén"'
q 'Troo*'
q --limit 100 ha
q 'zwö*'
q '"mi klüss"'
q '欧元'
q --json 'title:"mostnoo destgrid"'
q 'Èr OR Én'
