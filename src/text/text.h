/*
 * text.h (module interface) - Unicode text handling for the rest of the
 * library: UTF-8 validation, NFKC + case folding (utf8proc), language
 * identification (CLD2 through a small C++ shim), tokenizing (ICU word
 * breaks for scripts written without spaces), stop words and Snowball stems.
 *
 * A `struct text_analyzer` caches stemmers and break iterators: one per
 * thread (it is not thread-safe); everything else here is reentrant.
 */
#ifndef TD_TEXT_TEXT_H
#define TD_TEXT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "tidings/error.h"
#include "tidings/mem.h"

/* UTF-8 validation lives in core/utf8.h (`utf8_valid`), shared with ingest. */

/*
 * Appends the NFKC + case-folded form of `s[0..len)` to `out`. Default
 * ignorable code points (soft hyphen, zero-width space/joiners) are dropped,
 * and so is the dot above that folding "İ" leaves after "i". Marks are kept
 * (Japanese "が" stays "が"). `s` may be NULL when `len` is 0. On failure
 * `out` is left as it was.
 * Errors: TD_ERR_INVALID (not valid UTF-8), TD_ERR_NOMEM, TD_ERR_TOO_LARGE
 * (`out` would pass its `max_bytes`).
 */
TD_NODISCARD enum td_err text_normalize(const char *s, size_t len, struct td_buf *out,
                                        struct td_error *err);

/*
 * Identifies the language of `s[0..len)` (UTF-8). Writes a lower-case ISO
 * 639-1 code where one exists ("en", "zh", "ja"), else the CLD2 code, or
 * "und" when unknown, into `lang` (NUL-terminated, at most 7 chars).
 * `*reliable` (may be NULL) tells whether the detector was confident; short
 * texts still get a best guess, marked unreliable. Only the first 16 KiB are
 * read. Invalid UTF-8 or a NULL `s` gives "und".
 */
void text_detect_lang(const char *s, size_t len, char lang[8], bool *reliable);

/*
 * Maps a language code or name as users write it ("en", "EN", "en-US",
 * "eng", "english") to the 2-letter code used by Tidings; writes "" when the
 * language is unknown. `out` has room for 8 bytes. Case is ignored; region,
 * script and encoding tags are dropped ("pt_BR.UTF-8" -> "pt"); ISO 639-2/T
 * and /B codes, English names and native names ("Deutsch", "日本語") are
 * known for every Snowball language plus ja, zh and ko. `code` may be NULL.
 */
void text_lang_canonical(const char *code, char out[8]);

/*
 * The language of an article whose record gives `code`: text_lang_canonical()
 * of it, else, for a language Tidings has no table row for, its ISO 639-1
 * code as written ("uk", "MS", "pl-PL" -> "uk", "ms", "pl"), which the
 * language detector might not find in a short text; "" when `code` is no
 * such code ("xx", "und", "klingon"). `out` has room for 8 bytes.
 */
void text_lang_given(const char *code, char out[8]);

/*
 * Whether the language of code `lang` (any form text_lang_given() accepts;
 * NULL is none) is a Bantu language, which glues noun-class and locative
 * prefixes to names: Xhosa "eMakhanda" (in Makhanda), Zulu "yaseThekwini"
 * (of Durban), Shona "muHarare". Every Bantu language with an ISO 639-1
 * code, since the detector tells them apart poorly (Xhosa read as
 * Kinyarwanda or Ganda, Zulu as Chichewa).
 */
bool text_lang_bantu(const char *lang);

/*
 * The length of `text[0..len)` without the block of page furniture that
 * closes it (page.c: a copyright line, a "most read" list numbered 1, 2, 3
 * or a list of links run into one line, and single notices below a list),
 * found by the lines' shape in any language: a prefix of the text, without
 * the white space before the block. `len` when the text has no such block
 * or is nothing else. `text` may be NULL when `len` is 0.
 */
size_t text_page_body_len(const char *text, size_t len);

enum text_token_kind {
    TEXT_TOKEN_WORD = 0, /* letters (possibly with digits) */
    TEXT_TOKEN_NUMBER,   /* digits only, possibly with . or , inside */
    TEXT_TOKEN_CJK,      /* a word from ICU segmentation of CJK/Thai text */
    TEXT_TOKEN_CALENDAR, /* text_names only: a capitalised month or weekday, no name */
    /*
     * text_names with uncased names on only: the Latin spelling of a word of
     * a script without capitals (Arabic, Hangul, Devanagari, Hebrew,
     * Bengali, Gujarati and the others of translit_uncased_start(); a run of Thai, Khmer or Lao
     * between spaces;
     * in Chinese text with Han names off, a stretch of name sound characters in pinyin), which may
     * be a name or not; UNCASED_ALT follows it with the word's spelling without an attached
     * particle, ending or prefix ("한빛항공은" -> "한빛항공", "وبيتر" -> "بيتر",
     * "কলকাতার" -> "কলকাতা"; in Marathi and Tamil the nominatives of the
     * oblique stem first: "पुण्यात" -> "पुणे", "पुणा", "पुण्या"); a Hebrew
     * word may have two (one prefix letter cut, then two: "ובירושלים" ->
     * "בירושלים", "ירושלים"), and a Hangul word a second spelling ("퀼론"
     * "kwillon" -> "killon", "j" as "z").
     */
    TEXT_TOKEN_UNCASED,
    TEXT_TOKEN_UNCASED_ALT,
    /*
     * text_names with uncased names on only: the Latin spelling of the
     * katakana name just passed, again, for the caller to map onto a Latin
     * name that sounds like it ("maruketti" for Marchetti).
     */
    TEXT_TOKEN_NAME_SOUND,
    /*
     * text_names with uncased names on, in Chinese or Japanese text only: a
     * common Chinese surname and the one or two characters after it, in
     * pinyin run together ("习近平" -> "xijin", then "xijinping"), which may
     * be a Chinese name as Latin papers write it ("Xi Jinping") or not.
     */
    TEXT_TOKEN_NAME_PINYIN,
    /*
     * text_names with uncased names on only: a word of a capital and one to
     * five lower-case ASCII letters that opens a sentence, in lower case (no
     * name by its capital alone: "Zhou Lianhai said"), for the caller to
     * pair with the name after it.
     */
    TEXT_TOKEN_OPENER,
    /*
     * text_names with a table of bodies set (text_analyzer_set_orgs()) only:
     * an international body named in any of its forms ("ONU", "ООН",
     * "联合国", "United Nations"), as the table's key ("un"). A form of one
     * word in a script with capitals stands for that word, which then
     * comes as no name of its own; longer forms come in addition.
     */
    TEXT_TOKEN_ORG,
    /*
     * text_names with acronym definitions on (text_analyzer_set_acronym_defs())
     * only: "Full Name (ACR)" or "ACR (Full Name)", where the acronym's letters
     * are the initials of the name's words in order, gives ACRONYM_DEF with the
     * acronym as its name is spelt, then DEF_WORD with each capitalised word of
     * the full name as its name is spelt ("sco", then "shanghai",
     * "cooperation", "organisation").
     */
    TEXT_TOKEN_ACRONYM_DEF,
    TEXT_TOKEN_DEF_WORD,
    /*
     * text_names with uncased names on only: a way a stretch of a script
     * without capitals may be read in Latin letters, for the caller to count
     * only when it is exactly a capitalised name it has seen: in Chinese and
     * Japanese text, the pinyin of every two and three Han characters in a
     * row ("启航能源" -> "qihang", "hangneng", ...) and the Japanese readings
     * of one to three kanji of names ("森本" -> "morimoto", ...); in Korean
     * text, the first two and three syllables of a word ("대호자동차" ->
     * "daeho", "daehoja").
     */
    TEXT_TOKEN_NAME_READING,
    /*
     * text_names in a language with case endings on names
     * (text_inflection_find()) only: a capitalised word that opens a
     * sentence, spelt as a name would be ("Beldersoyda" -> "beldersoyda"),
     * for the caller to count only when it is a case form of a name it has
     * seen (a capital there is no sign of a name by itself).
     */
    TEXT_TOKEN_INITIAL
};

/*
 * One term of analysed text: `term` (not NUL-terminated, `len` bytes) is
 * borrowed and valid only during the call.
 */
typedef void (*text_term_fn)(void *ctx, const char *term, size_t len, enum text_token_kind kind);

struct text_analyzer;
struct text_orgs; /* orgs.c: a table of international bodies */

/* Errors: TD_ERR_NOMEM, TD_ERR_INTERNAL (ICU could not start). */
TD_NODISCARD enum td_err text_analyzer_new(struct text_analyzer **out, struct td_error *err);
void text_analyzer_free(struct text_analyzer *a);
/*
 * Words in the analyzer's memo of word -> term now: a cache, bounded (it
 * starts over past 2^19 words), so memory does not follow the vocabulary
 * of a whole stream. For tests and diagnostics.
 */
size_t text_analyzer_memo_words(const struct text_analyzer *a);

/* Reports the memory of the analyzer's memos (tidings/mem.h): words, then uncased spellings. */
void text_analyzer_mem(const struct text_analyzer *a, td_mem_row_fn fn, void *ctx);

/*
 * Analyses `s[0..len)` written in language `lang` (a 2-letter code, "" or
 * NULL if unknown): NFKC + case fold, split into words and numbers (runs of
 * Han, Hiragana, Katakana, Thai, Lao, Khmer and Myanmar go through the ICU
 * word break iterator), drop stop words of `lang` and stem words with the
 * Snowball stemmer of `lang` when there is one. Calls `fn` once per
 * remaining term, in text order. `lang` may be in any form that
 * `text_lang_canonical` accepts. Also dropped: single Latin letters (the "s"
 * of "it's") and words over 100 bytes; Japanese and Chinese particles are
 * dropped from CJK tokens whatever `lang` is. NUMBER and CJK tokens are
 * never stemmed. Once the analyzer has seen a text as long and a language,
 * a call allocates nothing.
 * Errors: TD_ERR_INVALID (invalid UTF-8, or NULL `s` with `len` > 0),
 * TD_ERR_TOO_LARGE (`len` over TD_MAX_TEXT_FILE_BYTES), TD_ERR_NOMEM,
 * TD_ERR_INTERNAL (ICU failed).
 */
TD_NODISCARD enum td_err text_analyze(struct text_analyzer *a, const char *lang, const char *s,
                                      size_t len, text_term_fn fn, void *ctx,
                                      struct td_error *err);
/*
 * The checks `text_analyze` makes before it reads a byte: `s` present, `len`
 * within TD_MAX_TEXT_FILE_BYTES, valid UTF-8. Errors as `text_analyze`'s.
 */
TD_NODISCARD enum td_err text_check(const char *s, size_t len, struct td_error *err);
/*
 * `text_check` for text known to be valid UTF-8 (a caller that checked it
 * already): `s` present and `len` within the limit, without reading `s`.
 */
TD_NODISCARD enum td_err text_check_valid(const char *s, size_t len, struct td_error *err);

/*
 * `text_analyze` for text the caller has already checked with `text_check`
 * (the engine checks a body once for analysis and names): the same terms,
 * without a second validation pass. Invalid UTF-8 here is undefined.
 */
TD_NODISCARD enum td_err text_analyze_valid(struct text_analyzer *a, const char *lang,
                                            const char *s, size_t len, text_term_fn fn,
                                            void *ctx, struct td_error *err);

/*
 * One analysed term, as text_term_fn, by its key alone: XXH3_64bits() of the
 * term's bytes (unseeded). The analyzer keeps each memoised word's key with
 * the word, so a caller that keys terms by that hash (the clustering's term
 * vectors) does not hash every occurrence again, and the analyzer does not
 * read the term's bytes (another cache miss per word).
 */
typedef void (*text_keyed_term_fn)(void *ctx, enum text_token_kind kind, uint64_t key);

/* `text_analyze` and `text_analyze_valid` with keyed terms: the same terms in the same order. */
TD_NODISCARD enum td_err text_analyze_keyed(struct text_analyzer *a, const char *lang,
                                            const char *s, size_t len, text_keyed_term_fn fn,
                                            void *ctx, struct td_error *err);
TD_NODISCARD enum td_err text_analyze_keyed_valid(struct text_analyzer *a, const char *lang,
                                                  const char *s, size_t len,
                                                  text_keyed_term_fn fn, void *ctx,
                                                  struct td_error *err);

/*
 * Finds proper-name words in the raw text `s[0..len)`: words that start
 * with an upper-case letter where a sentence does not start (so "Fox" in
 * "actress Julia Fox" but not "The" opening a sentence). Each is passed to
 * `fn` case-folded and NFKC-normalised but NOT stemmed, so the same name
 * gives the same term in every language. Stop words of `lang` and of
 * English are skipped; month and weekday names, which English and German
 * capitalise, are passed as TEXT_TOKEN_CALENDAR (the others as
 * TEXT_TOKEN_WORD).
 * Names written in Cyrillic or Greek (capitalised, as above) and every run
 * of two or more katakana (Japanese has no capitals; foreign names are
 * written in katakana) are passed in their Latin spelling, through ICU
 * (translit.c): "Путин" -> "putin", "Τσίπρας" -> "tsipras", "トランプ" ->
 * "toranpu". `a` holds the transliterator (opened on first use; the same
 * thread rule as for `text_analyze`); with `a` NULL such names keep their
 * script. Latin text never reaches ICU.
 * Errors: TD_ERR_INVALID (invalid UTF-8), TD_ERR_NOMEM, TD_ERR_INTERNAL
 * (ICU could not open its transliterator).
 */
TD_NODISCARD enum td_err text_names(struct text_analyzer *a, const char *lang, const char *s,
                                    size_t len, text_term_fn fn, void *ctx,
                                    struct td_error *err);
/*
 * Turns on (or off) Chinese names for `text_names` on analyzer `a`: in
 * Chinese text ("zh"), a run of Han characters used to write foreign names
 * (three or more, or two next to the name dot "·") is passed as its pinyin,
 * syllables joined ("马尔凯蒂" -> "maerkaidi"), for `text_name_key` to
 * compare with Latin names. Off by default: the pinyin alone rarely equals
 * the Latin spelling. The engine turns it on with model option `name_keys`.
 */
void text_analyzer_set_han_names(struct text_analyzer *a, bool on);
/*
 * Turns on (or off) words of scripts without capitals for `text_names` on
 * analyzer `a`: every Arabic, Hangul or Devanagari word of two letters or more (and,
 * in Chinese text with Han names off, each stretch of the characters
 * Chinese writes foreign names with, in pinyin) is passed
 * in Latin letters as TEXT_TOKEN_UNCASED (then, when it has one, its form
 * without a particle or prefix as TEXT_TOKEN_UNCASED_ALT), since these
 * scripts write names, foreign ones too, with no mark; the caller decides
 * which are names (the engine: those whose `text_name_key` it has seen on a
 * capitalised name). Off by default.
 */
void text_analyzer_set_uncased_names(struct text_analyzer *a, bool on);

/*
 * Sets the table of bodies `text_names` on analyzer `a` finds (TEXT_TOKEN_ORG);
 * `o` is borrowed and must outlive `a` or the next call; NULL (the default)
 * finds none.
 */
void text_analyzer_set_orgs(struct text_analyzer *a, const struct text_orgs *o);
/* Turns on (or off) acronym definitions for `text_names` on `a` (TEXT_TOKEN_ACRONYM_DEF). */
void text_analyzer_set_acronym_defs(struct text_analyzer *a, bool on);
/*
 * Turns on (or off) for `text_names` on `a` the words of a page's time
 * stamp as no names: a month's short form before or after a figure ("Sep
 * 10", "10 Dec"), a time zone (capitals ending in T, or UTC) after a
 * clock time or AM/PM, and "Updated", "Posted",
 * "Published" or "Modified" before a figure or a month ("Updated 8:52 PM
 * EDT"). Off by default.
 */
void text_analyzer_set_stamp_words(struct text_analyzer *a, bool on);
/*
 * Turns on (or off) the Sino-Korean readings of Han characters for
 * `text_names` on `a` with uncased names on: in Chinese and Japanese text,
 * every two and three Han characters in a row read as Korean reads them,
 * in Revised Romanization, as TEXT_TOKEN_NAME_READING ("蔚山" -> "ulsan",
 * "韩结" -> "hangyeol"), and three as a Korean person's name
 * (TEXT_TOKEN_NAME_PINYIN, "裴承哲" -> "baeseung"). The table is Debian's
 * libhangul-data (hanja.txt; $TIDINGS_HANJA overrides its path), read on
 * the first Han character; without it there are none. Off by default.
 */
void text_analyzer_set_hanja_readings(struct text_analyzer *a, bool on);

/* `text_names` for text already checked with `text_check` (as `text_analyze_valid`). */
TD_NODISCARD enum td_err text_names_valid(struct text_analyzer *a, const char *lang, const char *s,
                                          size_t len, text_term_fn fn, void *ctx,
                                          struct td_error *err);

/*
 * Writes the phonetic match key of name `name[0..len)` (as `text_names`
 * gives it: case folded, Latin letters, accents allowed) into `out`
 * (NUL-terminated) and returns its length; 0, with `out` untouched, when
 * the name has fewer than three consonant sounds ("Li", "Ma") or is over
 * 64 bytes, or the key does not fit in `cap`. Names that sound alike across
 * scripts share a key: "marchetti", "maruketti" (katakana) and "marketti"
 * (Russian) give "mrkt". Vowels and h are dropped (an initial one is "a"),
 * l/r, b/v/w, p/f, t/d, s/z/ts/sh/sch are one class each, "ch"/"tsch" one
 * class, "kh" nothing, repeated classes one. With `russian`, the
 * instrumental endings "-om", "-em" left by a declined name are cut first.
 * Pure function: no allocation.
 */
size_t text_name_key(const char *name, size_t len, bool russian, char *out, size_t cap);

/*
 * The sound spelling of name `name[0..len)` (as `text_names` gives it) in
 * `out` (NUL-terminated): as its key (`text_name_key`: the kana vowels
 * dropped, the consonants by sound class), but with its vowels kept in
 * order (y as i), a repeated letter once: "Iquique" and "ikike" (イキケ)
 * give "ikike"; "Marino" and "marina" (マリーナ) differ. For names too
 * short for a key that still say enough to be told from a common word:
 * three vowels (runs of them) or more and two consonant sounds or more;
 * else 0, as for a name with a digit or a letter of another script, over
 * 64 bytes, or one whose spelling does not fit in `cap`. Pure function.
 */
size_t text_name_sound(const char *name, size_t len, char *out, size_t cap);

/*
 * The loose spelling of name `name[0..len)` (as `text_names` gives it) in
 * `out` (NUL-terminated), which the spellings one name has in the Latin
 * alphabets mostly share: accents dropped, a doubled letter once
 * ("Gotthard", "Gothard" -> "gotard"), and each sound that the alphabets
 * spell their own way in a name from another script or in their own name
 * for a place as one letter: "th" as "t", "ph" as "f"; k, q, hard c, ch,
 * kh, tch, tsch, cz as "k"; s, z, ts, tz, soft c as "s"; sh, sch, zh, sz
 * as "S"; w as "v"; j and y as "i"; x as "ks" ("Tschaikowski",
 * "Tchaikovsky" -> "kaikovski"; "Welikan", "Velikan" -> "velikan"; "Keops",
 * "Cheops" -> "keops"). With `romance` (Italian, Spanish, Portuguese text)
 * a final -o or -a after a consonant is cut ("Gottardo" -> "gotard").
 * Returns its length; 0, with `out` not NUL-terminated, when the name has
 * a digit or a letter outside Latin-1 and Latin Extended-A, a Latin-1
 * accent and no Extended-A letter, is over 64 bytes, when the loose
 * spelling has fewer than five letters of the name (the k of an x not
 * counted: "Lynx" has none) or does not fit in `cap`. Pure function.
 */
size_t text_name_loose(const char *name, size_t len, bool romance, char *out, size_t cap);

/*
 * The case-folded name `w[0..len)` with its Latin letters' accents dropped,
 * in `out` (room for `cap` bytes, NUL-terminated), when it has a letter of
 * Latin Extended-A (Turkish, Polish, Czech, Romanian, Baltic...), which
 * papers in other languages mostly leave out: "kızılbük" -> "kizilbuk",
 * "łódź" -> "lodz" ("ß" -> "ss"; other ASCII bytes stay). Returns its
 * length; 0 for a name without such a letter ("müller", "josé" stay as
 * they are: the papers of most languages keep Latin-1 accents), with a
 * character that is no Latin letter of Latin-1 or Extended-A, or that does
 * not fit.
 */
size_t text_name_fold(const char *w, size_t len, char *out, size_t cap);

/*
 * The case-folded name `w[0..len)` with its Latin-1 accents dropped, in
 * `out` (room for `cap` bytes, NUL-terminated): "bogotá" -> "bogota",
 * "straße" -> "strasse"; other bytes stay. The spelling of a name that
 * papers of another language, a wire's plain-ASCII copy or a headline
 * write without its accents. Returns its length; 0 for a name without a
 * Latin-1 letter, with a character of another block (Extended-A names are
 * text_name_fold()'s), shorter than four bytes, or that does not fit.
 */
size_t text_name_bare(const char *w, size_t len, char *out, size_t cap);

/*
 * The lower-case letters of Latin-1 that language `lang` (a code) writes in
 * its own spelling, in UTF-8 ("" for English, Indonesian, Swahili...);
 * NULL for a language not listed (not in Latin letters, or not known).
 */
const char *text_lang_accents(const char *lang);

/*
 * The Latin-1 letters (lead byte 0xC3) of the name `w[0..len)`, in order,
 * in `out` (room for `cap` bytes, NUL-terminated); returns their bytes, 0
 * for none or when they do not fit.
 */
size_t text_name_accents(const char *w, size_t len, char *out, size_t cap);

/*
 * Whether the accented letters `accents` (text_name_accents(), at least
 * one) are all foreign to a language that writes `letters`
 * (text_lang_accents()): a paper in it drops them ("Bogotá" as "Bogota"
 * in English or French, whose letters lack "á").
 */
bool text_accents_foreign(const char *accents, const char *letters);

/* A language's table of case endings on names (inflect.c), for text_name_bases(). */
struct text_inflection;

/*
 * The table of language `lang` (a code text_lang_given() accepts):
 * Polish, Slovak, Croatian, Serbian, Bosnian, Slovene, Hungarian, Russian,
 * Ukrainian, Latvian, Lithuanian, Finnish, Estonian, Icelandic, Albanian, Uzbek and Kyrgyz have
 * one; NULL for the others (Czech among them) and for NULL.
 */
const struct text_inflection *text_inflection_find(const char *lang);

/*
 * text_inflection_find(lang), kept by analyzer `a` with the other facts of
 * the tag `lang` (worked out once per tag, not once per text).
 */
const struct text_inflection *text_analyzer_inflection(struct text_analyzer *a, const char *lang);

/* Called with a base form (NUL-terminated); true stops the search. */
typedef bool (*text_base_fn)(void *ctx, const char *base, size_t len);

/*
 * Offers `fit` the base forms the lower-case name `w[0..len)` may have in
 * the language of `inf`: for each case ending of the table it ends with
 * (a stem of 4 letters or more left), the stem with each of the language's
 * nominative endings ("wąsowicza" -> "wąsowicz", "gdyni" -> "gdynia",
 * "budapesten" -> "budapest"), then the stem as it was before the ending
 * changed it, with each nominative ending: a Hungarian long final vowel
 * short ("európában" -> "európa"), a dropped vowel put back ("havla" ->
 * "havel", "borowca" -> "borowiec"), a Polish o made ó ("krakowie" ->
 * "kraków"), a consonant softened by the ending made hard again ("rijeci"
 * -> "rijeka", "polsce" -> "polska"), a Finnish or Estonian link vowel
 * dropped ("egyptissä" -> "egypt", "tallinnas" -> "tallinn"); last, the endings after which only
 * one nominative goes back (Slovene "mrzlo" -> "mrzla", never "marko" -> "mark"; Icelandic
 * "hvítingsár" -> "hvítingsá"). Russian and Ukrainian words come in
 * Latin letters, as the names scanner spells them ("bishkeke" -> "bishkek"). In Kurmanji, when
 * none of these fit, the word and its stems with ê î û ç ş as e i u c s ("îran", "îranê" ->
 * "iran"). Never `w` itself nor a base under 4 letters. Returns true when `fit` did; false with a
 * NULL `inf`.
 */
bool text_name_bases(const struct text_inflection *inf, const char *w, size_t len,
                     text_base_fn fit, void *ctx);

/*
 * The consonant skeleton of the Latin word `w[0..len)` in `out` (room for
 * `cap` bytes, NUL-terminated): its ASCII letters but vowels, y, w and h
 * and the d of "dj" ("Djibouti" -> "jbt"), lower case, a doubled letter
 * once. Returns its length. Finer than the key:
 * the engine checks with it that a word of a script without capitals that
 * has a name's key is spelt like that name.
 */
size_t text_name_skeleton(const char *w, size_t len, char *out, size_t cap);
/*
 * Whether two skeletons are one name's: equal letter by letter up to sound
 * class (b/p/f/v, t/d, k/g/q/c, s/z/j, l/r), or, when both have four
 * letters or more, but for one letter added, dropped or changed.
 */
bool text_name_skeletons_agree(const char *a, const char *b);
/*
 * The vowels of the Latin word `w[0..len)` around its consonant skeleton, in
 * `out` (room for `cap` bytes, NUL-terminated): one digit per gap, before the
 * first consonant, between two, after the last, '0' + the classes of the
 * vowels in it (1 a, 2 e/i/y, 4 o/u/w; a Korean "eu" alone counts as none).
 * "Kerapa" gives "0211". Returns the number of gaps, the skeleton's length + 1.
 */
size_t text_name_vowels(const char *w, size_t len, char *out, size_t cap);
/*
 * As text_name_vowels(), for the Latin spelling `w[0..len)` of a katakana
 * word: without the vowels katakana adds after a consonant, a "u" (an "o"
 * after t or d) between two consonants or at the end, which the Latin name
 * does not write ("hangyoru", ハンギョル, has the gaps of "Hangyeol").
 */
size_t text_name_kana_vowels(const char *w, size_t len, char *out, size_t cap);
/*
 * Whether the vowels of a word of a script without capitals (`word`, gaps
 * from text_name_vowels()) fit a name's (`name`), for skeletons too short
 * to tell a name from a common word: both have as many gaps, each vowel
 * the word writes has its class in the name's gap, the word writes two
 * vowels or more, and at most `max_missing` of the name's gaps with a vowel
 * have none in the word (Arabic leaves short vowels unwritten).
 */
bool text_name_vowels_agree(const char *word, const char *name, size_t max_missing);
/*
 * Whether a word of an Indic or Ethiopic script, vowel gaps `word` (from
 * text_name_vowels()), may end as a name with gaps `name` does: these
 * scripts write a vowel after a name's last consonant as a sign of its own
 * and leave only the inherent a unwritten, so a word ending in a consonant
 * spells no name ending in o or u ("पेट्रोल" petrol is no "Petróleo";
 * "पेरू" Peru and "मॉस्को" Moscow write theirs). A final e or i may be silent
 * in the name ("George", जॉर्ज) and a final a inherent: those fit.
 */
bool text_name_end_fits(const char *word, const char *name);

/*
 * Whether the case-folded word `w[0..len)` is a stop word of `lang` (any
 * form `text_lang_canonical` accepts; false for unknown languages).
 */
bool text_is_stopword(const char *lang, const char *w, size_t len);

/* ---- orgs.c: international bodies by their names in many languages ---- */

/*
 * A table of bodies: canonical keys and the forms that name them, in which
 * languages (the format is described in data/orgs/bodies.tsv). Immutable once
 * built, so one table may serve any number of analyzers and threads.
 */
struct text_orgs;

/*
 * Builds a table from the text `tsv[0..len)`; free it with `text_orgs_free()`.
 * Errors: TD_ERR_INVALID (NULL arguments), TD_ERR_PARSE (a line without its
 * three fields or with a bad form; the message gives the line), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err text_orgs_parse(const char *tsv, size_t len, struct text_orgs **out,
                                         struct td_error *err);
/* The table compiled in from data/orgs/bodies.tsv; as `text_orgs_parse()`. */
TD_NODISCARD enum td_err text_orgs_builtin(struct text_orgs **out, struct td_error *err);
/*
 * The table compiled in and the lines `extra[0..len)` after it, in the same
 * form (the engine adds the countries in Han, kana and Hangul: a key "@" and
 * a code stands for a country; text_names finds such a form only where
 * orgs_country_fits() says); as `text_orgs_parse()`.
 */
TD_NODISCARD enum td_err text_orgs_builtin_with(const char *extra, size_t len,
                                                struct text_orgs **out, struct td_error *err);
/* Frees a table; NULL does nothing. */
void text_orgs_free(struct text_orgs *o);
/* The number of distinct keys (bodies), and of forms, in `o` (0 for NULL). */
size_t text_orgs_bodies(const struct text_orgs *o);
size_t text_orgs_forms(const struct text_orgs *o);

/* ---- fts.c: the tokens of the full-text search index ---- */

/*
 * One search token: `tok[0..len)` is its NFKC + case-folded form (borrowed,
 * valid during the call only); `[start, end)` are byte offsets of the word in
 * the ORIGINAL text. A non-OK return stops `text_fts_tokens`, which returns it.
 */
typedef enum td_err (*text_fts_token_fn)(void *ctx, const char *tok, size_t len, size_t start,
                                         size_t end);

/* Tokenizer state (ICU break iterator and scratch): one per thread. */
struct text_fts;

/* Errors: TD_ERR_NOMEM, TD_ERR_INTERNAL (ICU could not start). */
TD_NODISCARD enum td_err text_fts_new(struct text_fts **out, struct td_error *err);
void text_fts_free(struct text_fts *f);

/*
 * Splits `s[0..len)` as `text_analyze` does (words, numbers, ICU words for
 * runs of Han, kana, Thai, ...) but keeps every token: no stop words, no
 * stems, so phrase queries see every position. Each token is normalised on
 * its own, so "ＴＯＫＹＯ" gives "tokyo" with the offsets of the full-width
 * word. Tokens whose normal form is over 100 bytes are skipped.
 * Errors: TD_ERR_INVALID (invalid UTF-8, or NULL `s` with `len` > 0),
 * TD_ERR_NOMEM, TD_ERR_INTERNAL, or what `fn` returned.
 */
TD_NODISCARD enum td_err text_fts_tokens(struct text_fts *f, const char *s, size_t len,
                                         text_fts_token_fn fn, void *ctx, struct td_error *err);

/*
 * Languages with a Snowball stemmer, as a static NULL-terminated array of
 * ISO 639-1 codes (28: Snowball's "porter" is English, served by "english").
 */
const char *const *text_stem_languages(void);

#endif
