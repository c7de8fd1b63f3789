#!/usr/bin/env bash
# Names across scripts by their phonetic key (model option name_keys): one
# invented event told in English, Japanese and Chinese shares nothing but
# names whose katakana and Chinese spellings do not equal the Latin ones
# (ベルナルディーニ "berunarudini", 贝尔纳迪尼 "beiernadini" for Bernardini).
# With the option on, the three are one event and an unrelated English
# article stays apart; without it too, since the names are also matched by
# sound against the Latin names seen (katakana and Chinese, fourteenth session). Fixtures: tests/cli/fixtures/namekeys.jsonl.
source "$(dirname "$0")/lib.sh"

model="$WORK/keys.model"
cp "$SRC/data/models/events.model" "$model"
echo "option.name_keys 1" >>"$model"

# The built-in model (option off): the spellings do not meet, but the
# katakana and Chinese names sound like the Latin ones the engine has seen
# (key, consonant skeleton and vowels agree: on_uncased in engine.c).
expect_status 0 "$TD" ingest "$FIX/namekeys.jsonl"
expect_status 0 "$TD" export
[ "$(event en-pump)" = "$(event ja-pump)" ] || fail "without keys ja-pump apart: $(cat "$WORK/out")"
[ "$(event en-pump)" = "$(event zh-pump)" ] || fail "without keys zh-pump apart: $(cat "$WORK/out")"
[ "$(event en-bridge)" != "$(event en-pump)" ] || fail "without keys en-bridge joined the pump event"

rm -f "$TIDINGS_DB"
TIDINGS_MODEL="$model" expect_status 0 "$TD" ingest "$FIX/namekeys.jsonl"
TIDINGS_MODEL="$model" expect_status 0 "$TD" export
[ "$(wc -l <"$WORK/out")" -eq 4 ] || fail "want 4 export lines: $(cat "$WORK/out")"
[ "$(event en-pump)" = "$(event ja-pump)" ] || fail "ja-pump apart from en-pump: $(cat "$WORK/out")"
[ "$(event en-pump)" = "$(event zh-pump)" ] || fail "zh-pump apart from en-pump: $(cat "$WORK/out")"
[ "$(event en-bridge)" != "$(event en-pump)" ] || fail "en-bridge joined the pump event"
echo "ok"
