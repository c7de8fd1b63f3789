#!/usr/bin/env bash
# eval_dates.sh - scores `tidings dates` with our scorer (`tidings dates
# --score`), cross-checks every number against the reference scorer
# ../shared/tools/timeml_score.py (fails loudly when they differ in the 4th
# decimal) and fails when a score drops below its floor in
# eval/floors-dates.json.
# Sets: TempEval-3 (../shared/data/tempeval3, converted with
# ../shared/tools/timeml2text.py --with-gold): TBAQ-cleaned is the tuning
# set, Platinum the report set (never tune on it); MEANTIME Spanish
# (../shared/data/meantime-timex-bio, converted with
# ../shared/tools/meantime_bio.py, tagged with lang "es"), evaluation only.
# Usage: scripts/eval_dates.sh TIDINGS_BINARY [--errors] [--tune]
#   --errors writes build/eval_dates/tbaq.errors.tsv (TBAQ only; with
#            --tune, tbaq_train.errors.tsv and the es_* lists: the TBAQ dev
#            errors stay unread).
#   --tune   the tuning mode: scores only TBAQ, split deterministically into
#            tbaq_train (80 %) and tbaq_dev (every 5th document by sorted
#            name, 20 %); a rule change is kept only if it helps tbaq_dev.
#            It also scores es_dev (eval/dates/es-dev.jsonl: our Spanish
#            translations of timex sentences of tbaq_train documents,
#            built from eval/dates/es-dev.txt; 60 documents) and es_news
#            (eval/dates/es-news.jsonl: Wikinews-style Spanish reports of our
#            own, built from eval/dates/es-news.txt), the Spanish tuning sets
#            (--errors also writes their error lists), and en_news
#            (eval/dates/en-news.jsonl: our own English news sentences with
#            gold timexes, built from eval/dates/en-news.txt), and de_news,
#            fr_news, it_news, pt_news (eval/dates/de-news.jsonl ...: our own
#            German, French, Italian and Portuguese news sentences with gold
#            timexes, built from eval/dates/de-news.txt ...; round 24; --errors
#            writes their error lists too), and en_news2, es_news2
#            (eval/dates/en-news2.jsonl, es-news2.jsonl: our own 2013-style
#            English wire reports and Wikinews-style Spanish reports, built
#            from eval/dates/en-news2.txt, es-news2.txt; round 25; --errors
#            writes their error lists), and en_news3, es_news3
#            (eval/dates/en-news3.jsonl, es-news3.jsonl: our own English
#            bulletins, health, science, election, court, sports and company
#            reports and Spanish Wikinews-style reports dense in anaphoric
#            dates, built from eval/dates/en-news3.txt, es-news3.txt; round
#            26; --errors writes their error lists), and es_news4
#            (eval/dates/es-news4.jsonl: our own wire-style Spanish reports
#            aimed at values: weekdays, anaphoric days and months, "hace",
#            durations; built from eval/dates/es-news4.txt; round 27).
#            No floors are checked and Platinum/MEANTIME are not run.
set -euo pipefail

usage="usage: scripts/eval_dates.sh TIDINGS_BINARY [--errors] [--tune]"
[ $# -ge 1 ] || { echo "$usage" >&2; exit 2; }
tidings=$1
shift
case $tidings in /*) ;; *) tidings="$PWD/$tidings" ;; esac
errors=
tune=
for arg in "$@"; do
    case $arg in
    --errors) errors=--errors ;;
    --tune) tune=--tune ;;
    *) echo "$usage" >&2; exit 2 ;;
    esac
done

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
shared="$(dirname "$repo")/shared"
te3="$shared/data/tempeval3"
mt="$shared/data/meantime-timex-bio/meantime"
out="$repo/build/eval_dates"
if [ ! -d "$shared/data" ]; then
    echo "eval_dates: warning: $shared/data does not exist; skipping" >&2
    exit 0
fi
if [ ! -x "$tidings" ]; then
    echo "eval_dates: error: '$tidings' is not an executable (build it with make build)" >&2
    exit 1
fi
mkdir -p "$out"

# name:converter:source, one row per set
sets=(
    "tbaq:timeml:$te3/Training/TBAQ-cleaned"
    "platinum:timeml:$te3/Evaluation/te3-platinum"
    "meantime_es:bio-es:$mt/es/test.tsv"
)
if [ -n "$tune" ]; then
    sets=(
        "tbaq_train:split-train:$te3/Training/TBAQ-cleaned"
        "tbaq_dev:split-dev:$te3/Training/TBAQ-cleaned"
        "es_dev:jsonl:$repo/eval/dates/es-dev.jsonl"
        "en_news:jsonl:$repo/eval/dates/en-news.jsonl"
        "es_news:jsonl:$repo/eval/dates/es-news.jsonl"
        "en_news2:jsonl:$repo/eval/dates/en-news2.jsonl"
        "es_news2:jsonl:$repo/eval/dates/es-news2.jsonl"
        "en_news3:jsonl:$repo/eval/dates/en-news3.jsonl"
        "es_news3:jsonl:$repo/eval/dates/es-news3.jsonl"
        "es_news4:jsonl:$repo/eval/dates/es-news4.jsonl"
        "de_news:jsonl:$repo/eval/dates/de-news.jsonl"
        "fr_news:jsonl:$repo/eval/dates/fr-news.jsonl"
        "it_news:jsonl:$repo/eval/dates/it-news.jsonl"
        "pt_news:jsonl:$repo/eval/dates/pt-news.jsonl"
    )
fi

convert() { # name kind source -> $out/name.gold.jsonl (also the tagger's input)
    local name=$1 kind=$2 src=$3
    case $kind in
    timeml)
        python3 "$shared/tools/timeml2text.py" --with-gold "$src" -o "$out/$name.gold.jsonl" \
            2>"$out/$name.convert.log"
        ;;
    bio-*)
        local lang=${kind#bio-}
        python3 "$shared/tools/meantime_bio.py" "$src" --prefix "$lang" -o "$out/$name.bio.jsonl"
        # the tagger reads "lang"; the scorers ignore it
        sed "s/^{/{\"lang\": \"$lang\", /" "$out/$name.bio.jsonl" >"$out/$name.gold.jsonl"
        ;;
    jsonl)
        # already gold JSON Lines with "lang" (eval/dates/es-dev.jsonl, en-news.jsonl)
        cp "$src" "$out/$name.gold.jsonl"
        ;;
    split-*)
        # The documents sorted by name; every 5th (index 4, 9, ...) is dev.
        [ -s "$out/tbaq_all.gold.jsonl" ] ||
            python3 "$shared/tools/timeml2text.py" --with-gold "$src" \
                -o "$out/tbaq_all.gold.jsonl" 2>"$out/tbaq_all.convert.log"
        python3 - "$out/tbaq_all.gold.jsonl" "${kind#split-}" >"$out/$name.gold.jsonl" <<'PY'
import json, sys
lines = [l for l in open(sys.argv[1], encoding="utf-8") if l.strip()]
lines.sort(key=lambda l: json.loads(l)["doc"])
want_dev = sys.argv[2] == "dev"
sys.stdout.write("".join(l for i, l in enumerate(lines) if (i % 5 == 4) == want_dev))
PY
        ;;
    esac
}

names=()
for row in "${sets[@]}"; do
    IFS=: read -r name kind src <<<"$row"
    names+=("$name")
    convert "$name" "$kind" "$src"
    gold="$out/$name.gold.jsonl"
    if ! "$tidings" dates --json "$gold" >"$out/$name.sys.jsonl"; then
        echo "eval_dates: error: $name: '$tidings dates' failed" >&2
        exit 1
    fi
    if ! "$tidings" dates --score "$gold" --json "$out/$name.sys.jsonl" >"$out/$name.score.json"; then
        echo "eval_dates: error: $name: '$tidings dates --score' failed" >&2
        exit 1
    fi
    if ! python3 "$shared/tools/timeml_score.py" --gold "$gold" --system "$out/$name.sys.jsonl" \
        --json >"$out/$name.ref.json" 2>"$out/$name.ref.log"; then
        echo "eval_dates: error: $name: the reference scorer rejected the output" >&2
        cat "$out/$name.ref.log" >&2
        exit 1
    fi
    if [ "$errors" = "--errors" ] && case $name in tbaq | tbaq_train | en_news2 | en_news3 | es_* | de_* | fr_* | it_* | pt_*) true ;; *) false ;; esac; then
        "$tidings" dates --score "$gold" --errors "$out/$name.sys.jsonl" | tail -n +7 \
            >"$out/$name.errors.tsv"
        echo "errors: $out/$name.errors.tsv"
    fi
done

rm -f "$out/tbaq_all.gold.jsonl"
exec python3 - "$out" "$repo/eval/floors-dates.json" "$tune" "${names[@]}" <<'PY'
import json, sys

out, floors_path, tune, names = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
# (path in our JSON, path in the reference JSON) that must agree to 4 decimals
CHECKED = [(("docs",), ("docs",)), (("gold",), ("gold",)), (("system",), ("system",))]
for m in ("strict", "relaxed"):
    CHECKED += [((m, k), (m, k)) for k in ("match", "P", "R", "F1")]
for m in ("type", "value"):
    CHECKED += [((m, k), (m, k)) for k in ("correct", "accuracy", "F1")]
FLOORS = {"strict_f1": ("strict", "F1"), "relaxed_f1": ("relaxed", "F1"),
          "value_f1": ("value", "F1"), "type_f1": ("type", "F1")}


def get(obj, path, where):
    for k in path:
        if not isinstance(obj, dict) or k not in obj:
            sys.exit("eval_dates: error: %s has no %s" % (where, ".".join(path)))
        obj = obj[k]
    return obj


failures = []
floors = json.load(open(floors_path))
for name in names:
    ours_path, ref_path = "%s/%s.score.json" % (out, name), "%s/%s.ref.json" % (out, name)
    ours, ref = json.load(open(ours_path)), json.load(open(ref_path))
    for a, b in CHECKED:
        x, y = get(ours, a, ours_path), get(ref, b, ref_path)
        if abs(x - y) >= 5e-5:
            failures.append("%s: %s is %.6f here but %.6f by the reference scorer"
                            % (name, ".".join(a), x, y))
    print("%-12s docs %3d gold %4d sys %4d  strict F1 %5.2f  relaxed F1 %5.2f  "
          "value acc %5.2f  value F1 %5.2f  type F1 %5.2f"
          % (name, ours["docs"], ours["gold"], ours["system"], 100 * ours["strict"]["F1"],
             100 * ours["relaxed"]["F1"], 100 * ours["value"]["accuracy"],
             100 * ours["value"]["F1"], 100 * ours["type"]["F1"]))
    if tune:
        continue
    if name not in floors:
        failures.append("%s: no floors in %s" % (name, floors_path))
    # Floors only go up: fail when a score drops below the one recorded.
    for key, floor in sorted(floors.get(name, {}).items()):
        if key not in FLOORS:
            failures.append("%s: unknown floor '%s'" % (name, key))
        elif get(ours, FLOORS[key], ours_path) < floor:
            failures.append("%s: %s %.4f is below its floor %.4f"
                            % (name, key, get(ours, FLOORS[key], ours_path), floor))
if failures:
    print("eval_dates: FAILED", file=sys.stderr)
    for msg in failures:
        print("  " + msg, file=sys.stderr)
    sys.exit(1)
if tune:
    print("eval_dates: OK (tuning split; our scorer agrees with timeml_score.py; floors not checked)")
else:
    print("eval_dates: OK (our scorer agrees with timeml_score.py; all scores at or above "
          "eval/floors-dates.json)")
PY
