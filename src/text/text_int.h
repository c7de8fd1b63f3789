/*
 * text_int.h (private to src/text/) - the pieces the text module builds
 * `text_analyze` from: normalisation scratch space, the CLD2 shim, stop-word
 * lists, the Snowball stemmer cache and the tokenizer. Not for other modules.
 */
#ifndef TD_TEXT_TEXT_INT_H
#define TD_TEXT_TEXT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "core/bits.h"
#include "core/buf.h"
#include "text/text.h"
#include "tidings/error.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Words longer than this (bytes, after normalisation) are junk: URLs, base64. */
#define TEXT_MAX_TERM_BYTES 100

/* ---- normalize.c ---- */

struct norm_memo;

/*
 * Code point scratch space for utf8proc, reused across calls, and a memo of
 * the normal forms of short non-ASCII stretches ("é", "ß", a Cyrillic word)
 * so text that repeats them skips utf8proc. Zero-initialise it.
 */
struct norm_scratch {
    int32_t *cps;           /* td_malloc'd; NULL until first needed */
    size_t cap;             /* entries in `cps` */
    struct norm_memo *memo; /* td_malloc'd once `segments` shows it pays */
    size_t segments;        /* non-ASCII stretches normalised so far */
};

/* Frees the scratch space and leaves it empty and reusable. */
void norm_scratch_release(struct norm_scratch *sc);

/*
 * Appends the normalised form of `s[0..len)`, which must be valid UTF-8, to
 * `out`. On failure `out` may hold a partial result; callers roll back.
 * Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE, TD_ERR_INTERNAL.
 */
TD_NODISCARD enum td_err normalize_append(struct norm_scratch *sc, const char *s, size_t len,
                                          struct td_buf *out);

/*
 * Writes the normal form (NFKC + case folding, as `normalize_append` gives
 * it) of valid UTF-8 `s[0..n)` to `out` (room for `n` bytes) when `s` holds
 * only ASCII and the Latin-1 letters U+00C0 to U+00FF (not U+00D7 or
 * U+00F7): the form then has exactly `n` bytes ("ß" becomes "ss"). Returns
 * false, with `out` unusable, for any other text.
 */
bool normalize_latin1(const char *s, size_t n, char *out);

/* ---- translit.c ---- */

/* An ICU transliterator to Latin ASCII and its scratch space: one per thread. */
struct translit;

/* Errors: TD_ERR_NOMEM, TD_ERR_INTERNAL (ICU has no such transliterator). */
TD_NODISCARD enum td_err translit_new(struct translit **out, struct td_error *err);
void translit_free(struct translit *t);

/*
 * Whether `cp` is a katakana letter (or the long-vowel mark); not U+30FB,
 * the middle dot between the parts of a name ("ドナルド・トランプ").
 * Inline: the name scanner asks it for every non-ASCII letter.
 */
static inline bool translit_katakana(int32_t cp)
{
    return (cp >= 0x30A1 && cp <= 0x30FA) || (cp >= 0x30FC && cp <= 0x30FF) ||
           (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF66 && cp <= 0xFF9F);
}

/* Whether `cp` is an Arabic letter (the Arabic block's letters, no digits or marks). */
static inline bool translit_arabic(int32_t cp)
{
    return (cp >= 0x0620 && cp <= 0x064A) || (cp >= 0x066E && cp <= 0x06D3);
}

/* Whether `cp` is a Hangul syllable. */
static inline bool translit_hangul(int32_t cp)
{
    return cp >= 0xAC00 && cp <= 0xD7A3;
}

/* Whether `cp` is a Devanagari letter, vowel sign or mark (not a danda or digit). */
static inline bool translit_devanagari(int32_t cp)
{
    return (cp >= 0x0900 && cp <= 0x0963) || (cp >= 0x0970 && cp <= 0x097F);
}

/* Whether `cp` is a Hebrew letter (final forms too; not points or punctuation). */
static inline bool translit_hebrew(int32_t cp)
{
    return cp >= 0x05D0 && cp <= 0x05EA;
}

/* Whether `cp` is a Bengali letter, vowel sign or mark (not a digit or currency sign). */
static inline bool translit_bengali(int32_t cp)
{
    return (cp >= 0x0981 && cp <= 0x09E3) || cp == 0x09F0 || cp == 0x09F1;
}

/* Whether `cp` is a Thai letter, vowel or mark (not a digit or punctuation). */
static inline bool translit_thai(int32_t cp)
{
    return (cp >= 0x0E01 && cp <= 0x0E3A) || (cp >= 0x0E40 && cp <= 0x0E4E);
}

/* Whether `cp` is a Tamil letter, vowel sign or mark (not a digit or sign of the calendar). */
static inline bool translit_tamil(int32_t cp)
{
    return (cp >= 0x0B82 && cp <= 0x0BCD) || cp == 0x0BD7;
}

/* Whether `cp` is a Telugu letter, vowel sign or mark (not a digit or fraction). */
static inline bool translit_telugu(int32_t cp)
{
    return cp >= 0x0C00 && cp <= 0x0C63;
}

/* Whether `cp` is a Georgian letter of Mkhedruli, the script without case of today's text. */
static inline bool translit_georgian(int32_t cp)
{
    return (cp >= 0x10D0 && cp <= 0x10FA) || (cp >= 0x10FC && cp <= 0x10FF);
}

/* Whether `cp` is an Ethiopic syllable or mark (not the word space, stops or numbers). */
static inline bool translit_ethiopic(int32_t cp)
{
    return (cp >= 0x1200 && cp <= 0x135F) || (cp >= 0x1380 && cp <= 0x138F) ||
           (cp >= 0x2D80 && cp <= 0x2DDE);
}

/*
 * Whether `cp` is a Gurmukhi letter, vowel sign or mark (tippi, addak and
 * bindi too; not a digit).
 */
static inline bool translit_gurmukhi(int32_t cp)
{
    return (cp >= 0x0A01 && cp <= 0x0A4D) || cp == 0x0A51 || (cp >= 0x0A59 && cp <= 0x0A5E) ||
           (cp >= 0x0A70 && cp <= 0x0A75);
}

/* Whether `cp` is a Gujarati letter, vowel sign or mark (not a digit, abbreviation or rupee sign).
 */
static inline bool translit_gujarati(int32_t cp)
{
    return (cp >= 0x0A81 && cp <= 0x0ACD) || cp == 0x0AD0 || (cp >= 0x0AE0 && cp <= 0x0AE3) ||
           (cp >= 0x0AF9 && cp <= 0x0AFF);
}

/*
 * Whether `cp` is a Malayalam letter, vowel sign or mark, the chillu letters
 * (a consonant with no vowel: "ൽ" l) included; not a digit or number sign.
 */
static inline bool translit_malayalam(int32_t cp)
{
    return (cp >= 0x0D00 && cp <= 0x0D4E) || (cp >= 0x0D54 && cp <= 0x0D57) ||
           (cp >= 0x0D5F && cp <= 0x0D63) || (cp >= 0x0D7A && cp <= 0x0D7F);
}

/* Whether `cp` is a Sinhala letter, vowel sign or mark (not a Sinhala Lith digit). */
static inline bool translit_sinhala(int32_t cp)
{
    return (cp >= 0x0D81 && cp <= 0x0DDF) || cp == 0x0DF2 || cp == 0x0DF3;
}

/*
 * Whether `cp` is a Kannada letter, vowel sign or mark (the nukta, the
 * length marks and the Vedic signs too; not a digit).
 */
static inline bool translit_kannada(int32_t cp)
{
    return (cp >= 0x0C80 && cp <= 0x0CD6) || (cp >= 0x0CDD && cp <= 0x0CE3) ||
           (cp >= 0x0CF1 && cp <= 0x0CF3);
}

/* Whether `cp` is an Odia (Oriya) letter, vowel sign or mark (ୱ too; not a digit or fraction). */
static inline bool translit_odia(int32_t cp)
{
    return (cp >= 0x0B01 && cp <= 0x0B4D) || (cp >= 0x0B55 && cp <= 0x0B57) ||
           (cp >= 0x0B5C && cp <= 0x0B63) || cp == 0x0B71;
}

/*
 * Whether `cp` is a Khmer letter, vowel, sign or the coeng that writes a
 * consonant below another (not a digit, punctuation or currency sign).
 */
static inline bool translit_khmer(int32_t cp)
{
    return (cp >= 0x1780 && cp <= 0x17D3) || cp == 0x17DD;
}

/* Whether `cp` is a Lao letter, vowel or mark (not a digit, ໆ or the ellipsis ຯ). */
static inline bool translit_lao(int32_t cp)
{
    return (cp >= 0x0E81 && cp <= 0x0EAE) || (cp >= 0x0EB0 && cp <= 0x0EC4) ||
           (cp >= 0x0EC8 && cp <= 0x0ECD) || (cp >= 0x0EDC && cp <= 0x0EDF);
}

/*
 * Whether `cp` is a Myanmar (Burmese) letter, vowel, medial or sign: the
 * block up to its digits (U+1000..U+103F).
 */
static inline bool translit_myanmar(int32_t cp)
{
    return cp >= 0x1000 && cp <= 0x103F;
}

/* Whether `cp` is an Armenian letter, capital or small (a cased script, as Cyrillic is). */
static inline bool translit_armenian(int32_t cp)
{
    return (cp >= 0x0531 && cp <= 0x0556) || (cp >= 0x0561 && cp <= 0x0587);
}

/* Whether the UTF-8 word `w[0..len)` starts with an Armenian letter (translit_armenian()). */
bool translit_armenian_word(const char *w, size_t len);

/* Scripts without capitals whose words may be names (text_analyzer_set_uncased_names). */
enum translit_uncased_script {
    UNCASED_NONE = 0,
    UNCASED_HANGUL,
    UNCASED_ARABIC,     /* Arabic, Persian, Urdu */
    UNCASED_DEVANAGARI, /* Hindi, Marathi, Nepali */
    UNCASED_HEBREW,
    UNCASED_BENGALI,
    UNCASED_THAI, /* a run between spaces: Thai writes none between words */
    UNCASED_TAMIL,
    UNCASED_TELUGU,
    UNCASED_GEORGIAN, /* Mkhedruli */
    UNCASED_ETHIOPIC, /* Amharic, Tigrinya (Ge'ez) */
    UNCASED_GURMUKHI, /* Punjabi in India */
    UNCASED_MALAYALAM,
    UNCASED_SINHALA, /* spelt by translit.c's own table: ICU has no Sinhala-Latin */
    UNCASED_GUJARATI,
    UNCASED_KANNADA,
    UNCASED_ODIA,
    UNCASED_KHMER,   /* spelt by translit.c's own rules (ICU has no Khmer-Latin); runs as Thai's */
    UNCASED_LAO,     /* spelt by translit.c's own rules (ICU has no Lao-Latin); runs as Thai's */
    UNCASED_MYANMAR, /* Burmese, spelt by translit.c's own rules (no ICU Myanmar-Latin); runs too */
    UNCASED_SCRIPTS  /* the number of the above, UNCASED_NONE included */
};

/* The uncased script a word starting with `cp` is written in; UNCASED_NONE for others. */
static inline enum translit_uncased_script translit_uncased_start(int32_t cp)
{
    /* Latin with accents, Greek and Cyrillic, most non-ASCII words, are below them all. */
    if (cp < 0x05D0)
        return UNCASED_NONE;
    if (translit_arabic(cp))
        return UNCASED_ARABIC;
    if (translit_hangul(cp))
        return UNCASED_HANGUL;
    /* A word starts with a vowel or consonant letter, not a sign. */
    if ((cp >= 0x0904 && cp <= 0x0939) || (cp >= 0x0958 && cp <= 0x0961) ||
        (cp >= 0x0972 && cp <= 0x097F))
        return UNCASED_DEVANAGARI;
    if (translit_hebrew(cp))
        return UNCASED_HEBREW;
    if ((cp >= 0x0985 && cp <= 0x09B9) || (cp >= 0x09DC && cp <= 0x09E1) || cp == 0x09F0 ||
        cp == 0x09F1)
        return UNCASED_BENGALI;
    /* A consonant, or a vowel written before its consonant. */
    if ((cp >= 0x0E01 && cp <= 0x0E2E) || (cp >= 0x0E40 && cp <= 0x0E44))
        return UNCASED_THAI;
    /* A vowel or consonant letter, or the aytham. */
    if (cp >= 0x0B83 && cp <= 0x0BB9)
        return UNCASED_TAMIL;
    if ((cp >= 0x0C05 && cp <= 0x0C39) || (cp >= 0x0C58 && cp <= 0x0C61))
        return UNCASED_TELUGU;
    if ((cp >= 0x0A05 && cp <= 0x0A39) || (cp >= 0x0A59 && cp <= 0x0A5E) ||
        (cp >= 0x0A72 && cp <= 0x0A74))
        return UNCASED_GURMUKHI;
    if ((cp >= 0x0D05 && cp <= 0x0D3A) || (cp >= 0x0D5F && cp <= 0x0D61) ||
        (cp >= 0x0D7A && cp <= 0x0D7F))
        return UNCASED_MALAYALAM;
    if (cp >= 0x0D85 && cp <= 0x0DC6)
        return UNCASED_SINHALA;
    if ((cp >= 0x0A85 && cp <= 0x0AB9) || cp == 0x0AE0 || cp == 0x0AE1 || cp == 0x0AF9)
        return UNCASED_GUJARATI;
    if ((cp >= 0x0C85 && cp <= 0x0CB9) || cp == 0x0CDD || cp == 0x0CDE || cp == 0x0CE0 ||
        cp == 0x0CE1)
        return UNCASED_KANNADA;
    if ((cp >= 0x0B05 && cp <= 0x0B39) || (cp >= 0x0B5C && cp <= 0x0B61) || cp == 0x0B71)
        return UNCASED_ODIA;
    /* A consonant or an independent vowel. */
    if (cp >= 0x1780 && cp <= 0x17B3)
        return UNCASED_KHMER;
    /* A consonant, or a vowel written before its consonant. */
    if ((cp >= 0x0E81 && cp <= 0x0EAE) || (cp >= 0x0EC0 && cp <= 0x0EC4) ||
        (cp >= 0x0EDC && cp <= 0x0EDF))
        return UNCASED_LAO;
    /* A consonant, an independent vowel or the great sa. */
    if ((cp >= 0x1000 && cp <= 0x102A) || cp == 0x103F)
        return UNCASED_MYANMAR;
    if (translit_georgian(cp))
        return UNCASED_GEORGIAN;
    /* Ethiopic has no signs a word could start with: every character is a syllable. */
    if (translit_ethiopic(cp) && !(cp >= 0x135D && cp <= 0x135F))
        return UNCASED_ETHIOPIC;
    return UNCASED_NONE;
}

/*
 * Whether `cp` is a letter of a script names are transliterated from:
 * Cyrillic, Greek, Armenian, katakana.
 */
static inline bool translit_script(int32_t cp)
{
    /* Greek and Coptic, Cyrillic (with its supplement), Armenian, Greek Extended, katakana. */
    return (cp >= 0x0370 && cp <= 0x052F) || translit_armenian(cp) ||
           (cp >= 0x1F00 && cp <= 0x1FFF) || translit_katakana(cp);
}

/*
 * Appends the Latin spelling of the case-folded word `w[0..len)` to `out`:
 * Russian by BGN/PCGN, Greek by UNGEGN, katakana by Hepburn-like kana rules,
 * then ASCII letters and digits only, lower case, with the endings "-iy" and
 * "-yy" written "-y" as English does ("зеленский" -> "zelensky"). Appends
 * nothing for a word ICU cannot take (over 256 UTF-16 units either way).
 * Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE (`out` is left as it was).
 */
TD_NODISCARD enum td_err translit_latin(struct translit *t, const char *w, size_t len,
                                        struct td_buf *out);

/*
 * Appends the toneless pinyin of the Chinese characters `w[0..len)`, the
 * syllables run together ("马尔凯蒂" -> "maerkaidi"), lower-case ASCII. ICU's
 * Han-Latin is opened on the first call (tens of milliseconds).
 * Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE (`out` is left as it was),
 * TD_ERR_INTERNAL (ICU has no Han-Latin).
 */
TD_NODISCARD enum td_err translit_pinyin(struct translit *t, const char *w, size_t len,
                                         struct td_buf *out);

/* Room for one character's pinyin and its NUL ("zhuang" is the longest syllable). */
#define PINYIN_CHAR_MAX 8

/*
 * Points `*py` at the toneless pinyin of the one Chinese character `c[0..len)`
 * (code point `cp`), "" when it has none; the string stays valid until the
 * next call. Remembered by code point (a table of fixed size), so an
 * article's repeated characters reach ICU once. Errors: TD_ERR_NOMEM,
 * TD_ERR_INTERNAL (ICU has no Han-Latin).
 */
TD_NODISCARD enum td_err translit_pinyin_char(struct translit *t, const char *c, size_t len,
                                              int32_t cp, const char **py);

/*
 * Appends the Latin spelling of the word `w[0..len)` of `script`, lower-case
 * ASCII (ICU's Arabic-Latin, Hangul-Latin, Devanagari-Latin, Hebrew-Latin,
 * Bengali-Latin, Thai-Latin or Tamil-Latin, each opened on the first word of its script;
 * Sinhala, Khmer, Lao and Burmese by translit.c's own rules, "කොළඹ" -> "kolamba",
 * "បន្ទាយ" -> "banteay", "ສະຫວັນນະເຂດ" -> "savannakhet", "မြစ်ကြီးနား" -> "myitkyina"):
 * "بيتر" -> "bitr" (Arabic and Hebrew: a waw or ya before no vowel is the
 * vowel; Urdu letters as their Arabic ones), "피터" -> "piteo", "पीटर" ->
 * "pitar" (Devanagari, Bengali and Tamil: the vowel a consonant ending a word
 * carries is not said), "จอม" -> "com", "ג'יבוטי" -> "jibuti" (a geresh makes
 * ג and ז a j, צ a ch). Appends nothing for UNCASED_NONE.
 * Errors as translit_pinyin().
 */
TD_NODISCARD enum td_err translit_uncased(struct translit *t, const char *w, size_t len,
                                          enum translit_uncased_script script,
                                          struct td_buf *out);

/*
 * Thai, Khmer, Lao and Burmese write no spaces between words: the ends (byte offsets, the
 * last `len`) of the words ICU's dictionary finds in the run `w[0..len)` of
 * `script` (UNCASED_THAI, UNCASED_KHMER, UNCASED_LAO or UNCASED_MYANMAR), at most `max` of
 * them, in
 * `ends`; returns how many. A name the dictionary does not know comes as
 * pieces ("ลูโมรา" Lumora as "ลู" and "โมรา"). 0 when the run is not
 * characters of the script's block only, or ICU has no dictionary for it.
 */
size_t translit_dict_words(struct translit *t, enum translit_uncased_script script, const char *w,
                           size_t len, size_t *ends, size_t max);

/*
 * Appends the second spelling of the Burmese word `w[0..len)` when it has
 * a ရ: the press writes it y as it is said (Yangon) and r in older and
 * western names (Rakhine, Rangoon); translit_uncased() writes y. Appends
 * nothing for a word without one. Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE.
 */
TD_NODISCARD enum td_err translit_myanmar_r(const char *w, size_t len, struct td_buf *out);

/*
 * Puts a declined Russian surname in the case-folded word `w` back in the
 * nominative: "путина", "путиным" -> "путин"; "зеленского" -> "зеленский".
 * Only the surname patterns "-ин/-ын/-ов/-ев/-ёв" + case ending and
 * "-ский/-цкий" declined are known; other words are left as they are.
 * Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE (`w` is then cut to its stem).
 */
TD_NODISCARD enum td_err translit_nominative_ru(struct td_buf *w);

/* ---- analyze.c ---- */

struct stop_list;
struct stemmer;

/*
 * What a language tag ("en", "en-US", "English") comes to: worked out by
 * `analyzer_lang` once per analyzer and tag, not once per text.
 */
struct analyzer_lang {
    char tag[16];                  /* the tag as given; "" while the entry is unused */
    char code[8];                  /* text_lang_canonical() of it */
    /* `code`, or the given ISO code of a language without one (Urdu, Sindhi): numbers.c's key */
    char num_code[8];
    uint64_t seed;                 /* XXH3 of `code`: the analyzer's memo seed */
    const struct stop_list *stops; /* stopwords_find(code); may be NULL */
    struct stemmer *stemmer;       /* stem_cache_get(code); NULL: no stemming */
    bool decimal_comma;            /* text_number_decimal_comma(code) */
    bool russian;                  /* code is "ru" or "uk" (surnames decline) */
    bool bantu;                    /* text_lang_bantu(tag): prefixes glued to names */
    unsigned prefix_letters;       /* stem_prefix_letters(code): words cut to these; 0: not */
    const struct text_inflection *inflection; /* text_inflection_find(tag) */
};

/*
 * The facts of tag `lang` (may be NULL) for analyzer `a`; borrowed, valid
 * until the next call. Errors: TD_ERR_NOMEM (no stemmer could be made).
 */
TD_NODISCARD enum td_err analyzer_lang(struct text_analyzer *a, const char *lang,
                                       const struct analyzer_lang **out);

/*
 * The transliterator of analyzer `a`, opened on first use (opening ICU's
 * rules costs milliseconds, so a stream without such names never pays).
 * Borrowed: valid until `text_analyzer_free(a)`.
 * Errors: TD_ERR_NOMEM, TD_ERR_INTERNAL.
 */
TD_NODISCARD enum td_err analyzer_translit(struct text_analyzer *a, struct translit **out,
                                           struct td_error *err);

/* Whether `a` (may be NULL) has Han names on (`text_analyzer_set_han_names`). */
bool analyzer_han_names(const struct text_analyzer *a);
/* Whether `a` (may be NULL) has uncased names on (`text_analyzer_set_uncased_names`). */
bool analyzer_uncased_names(const struct text_analyzer *a);
/*
 * The Latin spelling of the word `w[0..len)` of `script`
 * (translit_uncased()), from `a`'s memo or made and kept there; `*latin`
 * (`*latin_len` bytes, not NUL-terminated, possibly 0) is borrowed until the
 * next call. Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE, TD_ERR_INTERNAL (ICU).
 */
TD_NODISCARD enum td_err analyzer_uncased_latin(struct text_analyzer *a, const char *w, size_t len,
                                                enum translit_uncased_script script,
                                                const char **latin,
                                                size_t *latin_len, struct td_error *err);

/* The table of bodies set on `a` (may be NULL), or NULL. */
const struct text_orgs *analyzer_orgs(const struct text_analyzer *a);
/* Whether `a` (may be NULL) has acronym definitions on. */
bool analyzer_acronym_defs(const struct text_analyzer *a);
/* Whether `a` (may be NULL) has time stamp words off as names (text_analyzer_set_stamp_words()). */
bool analyzer_stamp_words(const struct text_analyzer *a);
/* The scratch space of `a` for orgs.c's matching (`a` not NULL). */
struct org_scratch *analyzer_org_scratch(struct text_analyzer *a);

/* ---- orgs.c ---- */

/* The text of data/orgs/bodies.tsv, compiled in (cmake/embed_file.cmake). */
extern const unsigned char text_orgs_data[];
extern const size_t text_orgs_data_len;

/* Scratch space for matching: words folded, reused. Zero-initialise it. */
struct org_scratch {
    struct td_buf words, tmp;
    struct norm_scratch sc;
};
/* Frees the scratch space and leaves it empty and reusable. */
void org_scratch_release(struct org_scratch *x);

/* A body found in the text: `key` (borrowed from the table) and where its form ends. */
struct org_match {
    size_t end;      /* 0: none */
    const char *key; /* NUL-terminated, `key_len` bytes */
    size_t key_len;
    bool acronym;  /* an acronym form ("WHO"), not a phrase */
    bool one_word; /* the form is the one word at its start */
};

/*
 * A bit per look-up key of the phrases' first words that begin in ASCII
 * (ORG_FILTER_BITS of them, a key's bit picked by org_filter_bit()): most
 * capitalised words start no body's name, and this tells so without a call
 * (org_filter_may()).
 */
#define ORG_FILTER_BITS 4096
struct org_filter {
    uint64_t bits[ORG_FILTER_BITS / 64];
};
/* The bit of look-up key `key` in an org_filter. */
static inline size_t org_filter_bit(uint64_t key)
{
    return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> 52);
}
/*
 * Whether a phrase of the table may start with the word `w[0..n)`: false
 * only when its first four characters are ASCII and no phrase's first word
 * starts so (case folded); for other words, true.
 */
static inline bool org_filter_may(const struct org_filter *f, const char *w, size_t n)
{
    uint64_t key;
    size_t i, bit;

    if (n >= 4) {
        /* A word's ASCII bytes are letters and digits: | 0x20 is their case folding. */
        const unsigned char *u = (const unsigned char *)w;
        uint32_t four =
            (uint32_t)u[0] | (uint32_t)u[1] << 8 | (uint32_t)u[2] << 16 | (uint32_t)u[3] << 24;
        if ((four & 0x80808080u) != 0)
            return true;
        key = (uint64_t)4 << 56 | (uint64_t)(four | 0x20202020u);
    } else {
        key = (uint64_t)n << 56;
        for (i = 0; i < n; i++) {
            unsigned c = (unsigned char)w[i];
            if (c >= 0x80)
                return true;
            key |= (uint64_t)(c | 0x20) << (8 * i);
        }
    }
    bit = org_filter_bit(key);
    return (f->bits[bit / 64] >> (bit % 64) & 1) != 0;
}
/* The filter of the phrases of `o`; borrowed, valid as long as `o`. */
const struct org_filter *orgs_filter(const struct text_orgs *o);

/* Whether `cp` is Han, kana or Hangul, whose forms orgs_match_cjk() finds inside a run. */
bool orgs_cjk(int32_t cp);
/* The end of the word at `s[at..)` as orgs.c reads words (letters, marks, digits). */
size_t orgs_word_end(const char *s, size_t len, size_t at);
/*
 * The longest acronym or phrase form of `o` usable in language `lang` (the
 * canonical code) that starts at the word `s[at..we)` (valid UTF-8), in `*m`
 * (`m->end` 0: none); acronyms only when the word has no lower-case letter
 * (`caps`). Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE (a word).
 */
TD_NODISCARD enum td_err orgs_match_word(const struct text_orgs *o, struct org_scratch *x,
                                         const char *s, size_t len, size_t at, size_t we, bool caps,
                                         const char *lang, struct org_match *m);
/* The longest Han, kana or Hangul form of `o` at `s[at..)`, in `*m`; false when none. */
bool orgs_match_cjk(const struct text_orgs *o, const char *s, size_t len, size_t at,
                    const char *lang, struct org_match *m);

/* ---- lang.c ---- */

/*
 * Takes back CLD2's answer `lang` (an ISO code, changed in place) for
 * `s[0..len)` when the text carries letters the answered language's alphabet
 * lacks, and names the smaller language they belong to (Tatar read as
 * Kyrgyz, Turkmen as Turkish, Quechua as Swahili, ...). Leaves `lang` as it
 * is otherwise, and for invalid UTF-8.
 */
void lang_neighbour_fix(const char *s, size_t len, char lang[8]);

/* ---- langid.cc (C++) ---- */

/*
 * The raw CLD2 code for `s[0..len)` ("en", "iw", "zh-Hant", "un"), a static
 * string. Never throws; invalid UTF-8 gives "un".
 */
const char *langid_cld2(const char *s, size_t len, bool *reliable);

/* ---- stopwords.c, stopword_lists.c ---- */

/* The stop words of one language, sorted by bytes (strcmp order), case-folded. */
struct stop_list {
    const char *lang; /* ISO 639-1 */
    const char *const *words;
    size_t count;
};

extern const struct stop_list stopword_lists[];
extern const size_t stopword_list_count;

/* Bytes of a word a slot of a hashed set holds; longer words are looked up in the list. */
#define STOP_SLOT_WORD 15

/*
 * One slot of a list's hashed set: a word's length (0: the slot is empty)
 * and its bytes, zero-padded, so that a probe compares 16 bytes in place.
 */
struct stop_slot {
    unsigned char len;
    char w[STOP_SLOT_WORD];
};

/*
 * The hashed set of `stopword_lists[i]`, as `stopword_sets[i]`: generated at
 * build time from the lists (cmake/gen_stopword_sets.c) with stop_hash() and
 * linear probing; a lookup touches one slot, or two, not a list's strings.
 */
struct stop_set {
    const struct stop_slot *slots;
    uint32_t mask;    /* slots - 1, a power of two less one */
    uint32_t max_len; /* bytes of the list's longest word */
};

extern const struct stop_set stopword_sets[];

/*
 * The slot where the probe for key `k` (a stop_slot's 16 bytes: length and
 * zero-padded word) starts: FNV-1a over its length and word bytes, byte by
 * byte so that the generator and the library agree on any byte order.
 */
static inline uint32_t stop_hash(const unsigned char *k, uint32_t mask)
{
    uint64_t h = 0xcbf29ce484222325u;
    unsigned i;

    for (i = 0; i <= k[0]; i++)
        h = (h ^ k[i]) * 0x100000001b3u;
    return (uint32_t)(h ^ h >> 32) & mask;
}

/* The list of the canonical code `lang`, or NULL when there is none. */
const struct stop_list *stopwords_find(const char *lang);
/* Whether `w[0..len)` is in `l`, an entry of stopword_lists (NULL: false). */
bool stopwords_contain(const struct stop_list *l, const char *w, size_t len);

/* ---- kanji.c: readings of kanji in Japanese names ---- */

/* Kanji in a row that kanji_emit_readings() spells, at most. */
#define KANJI_WINDOW_MAX 3
/* Bytes of one reading of one kanji, at most (with room for its voiced form). */
#define KANJI_READING_MAX 10

/*
 * The readings of the kanji `cp` in Japanese names, in Latin letters,
 * space-separated ("ta" for "田", "kawa ko" for "河"); NULL when the table
 * has none. Static storage.
 */
const char *kanji_name_readings(int32_t cp);

/*
 * Passes each way the `n` kanji (1 to KANJI_WINDOW_MAX) whose readings are
 * `readings[0..n)` (from kanji_name_readings()) may read in a row, to `fn`
 * as TEXT_TOKEN_NAME_READING: every reading of each, and after the first
 * the voiced form too ("黒田" -> "kurota", "kuroda"). Nothing for other `n`.
 */
void kanji_emit_readings(const char *const *readings, size_t n, text_term_fn fn, void *ctx);

/* ---- hanja.c ---- */

/* Readings of one Han character the table keeps, at most. */
#define HANJA_READINGS 2
/* The table Debian's libhangul-data installs; TIDINGS_HANJA overrides it. */
#define HANJA_DEFAULT_PATH "/usr/share/libhangul/hanja/hanja.txt"

struct hanja_table;

/*
 * Reads the Sino-Korean readings of single Han characters from the
 * libhangul table at `path` ("reading:hanja:gloss" lines) into `*out`, freed
 * with hanja_table_free(); `*out` is NULL when the file is missing,
 * unreadable or over TD_MAX_HANJA_FILE_BYTES. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err hanja_table_load(const char *path, struct hanja_table **out,
                                          struct td_error *err);
void hanja_table_free(struct hanja_table *t);
/*
 * The Hangul syllables `cp` reads as in Korean, in the table's order (the
 * dictionary reading first: "李" 리, 이), in `out`; their count, 0 for none
 * or a NULL table.
 */
size_t hanja_readings(const struct hanja_table *t, int32_t cp, int32_t out[HANJA_READINGS]);
/*
 * The Hangul syllable `syl` as it is said and written first in a word in
 * South Korea (the initial-sound law): ㄹ is ㅇ before ㅣ and the y-vowels
 * and ㄴ before the others, ㄴ is ㅇ before ㅣ and the y-vowels ("리" 이,
 * "류" 유, "로" 노, "녀" 여). Any other code point comes back as it is.
 */
int32_t hanja_initial_law(int32_t syl);

/*
 * The Sino-Korean reading table of `a` when its readings are on
 * (text_analyzer_set_hanja_readings()), read on first use from
 * $TIDINGS_HANJA or HANJA_DEFAULT_PATH (hanja_table_load()); `*out` NULL
 * when they are off or there is none. Borrowed. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err analyzer_hanja(struct text_analyzer *a, const struct hanja_table **out,
                                        struct td_error *err);

/* ---- stem.c ---- */

#define STEM_LANG_COUNT 28

struct stemmer;

/* One lazily created Snowball stemmer per language. Zero-initialise it. */
struct stem_cache {
    struct stemmer *stemmers[STEM_LANG_COUNT];
};

void stem_cache_release(struct stem_cache *c);

/*
 * The stemmer of the canonical code `lang`, created on first use; `*out` is
 * NULL when Snowball has none for `lang`. Borrowed: valid until
 * `stem_cache_release(c)`. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err stem_cache_get(struct stem_cache *c, const char *lang,
                                        struct stemmer **out);

/*
 * Stems the valid UTF-8 word `w[0..len)`; `*stem` (UTF-8) is borrowed from
 * `st` and valid until its next use. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err stem_word(struct stemmer *st, const char *w, size_t len, const char **stem,
                                   size_t *stem_len);

/*
 * `stem_word` with Snowball's UTF-8 stemmer alone, the reference the faster
 * path is tested against. Errors: TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err stem_word_utf8(struct stemmer *st, const char *w, size_t len,
                                        const char **stem, size_t *stem_len);

/*
 * The length of the Hangul word `w[0..len)` without the Korean particle
 * glued to its end ("한빛항공은", "한빛항공이", "한빛항공의" -> "한빛항공"),
 * when two syllables or more remain; `len` when it has none or is no
 * Hangul word. Korean has no
 * Snowball stemmer, and the particles make one noun many words.
 */
size_t stem_hangul(const char *w, size_t len);

/*
 * Letters a word of language `code` (as text_lang_given() writes it) keeps
 * when the language has no Snowball stemmer but puts its many case endings on
 * the word itself (Estonian "e-hääletus", "e-hääletuse", "e-hääletusest");
 * 0 for any other language.
 */
unsigned stem_prefix_letters(const char *code);

/*
 * The length in bytes of the first `letters` letters (code points) of
 * `w[0..len)`; `len` when it has no more, or holds an ASCII digit (a code
 * such as a flight's "ay1234" is no inflected word).
 */
size_t stem_prefix(const char *w, size_t len, unsigned letters);

/* ---- tokenize.c ---- */

/* Called once per token; a non-OK return stops `tokenize`. */
typedef enum td_err (*token_fn)(void *ctx, const char *tok, size_t len,
                                enum text_token_kind kind);

struct tokenizer;

/* Errors: TD_ERR_NOMEM, TD_ERR_INTERNAL (ICU could not open a word breaker). */
TD_NODISCARD enum td_err tokenizer_new(struct tokenizer **out, struct td_error *err);
void tokenizer_free(struct tokenizer *tk);

/*
 * Splits normalised, valid UTF-8 `t[0..n)` into words, numbers and CJK/Thai
 * words and calls `fn` for each. Errors: TD_ERR_NOMEM, TD_ERR_INTERNAL, or
 * whatever `fn` returns.
 */
TD_NODISCARD enum td_err tokenize(struct tokenizer *tk, const char *t, size_t n, token_fn fn,
                                  void *ctx);

/*
 * One step of `tokenize` at `t[*pos]`, a byte that does not start the common
 * word (see `tokenize_inline`): emits the word, number or CJK/Thai words
 * found there, or skips one character that is none; advances `*pos`.
 */
TD_NODISCARD enum td_err tokenize_step(struct tokenizer *tk, const char *t, size_t n, size_t *pos,
                                       token_fn fn, void *ctx);

/* Whether byte `c` is ASCII and neither letter nor digit: what separates words. */
extern const bool tokenize_separators[256];

#ifndef __cplusplus
/* Inlines a function where the compiler's size heuristics would not (hot loops only). */
#if defined(__GNUC__) || defined(__clang__)
#define TEXT_ALWAYS_INLINE __attribute__((always_inline))
#else
#define TEXT_ALWAYS_INLINE
#endif

/* Whether the `n` bytes at `s` are all ASCII (below 0x80), eight at a time. */
static inline bool text_is_ascii(const char *s, size_t n)
{
    const uint64_t highs = 0x8080808080808080ULL;
    uint64_t all = 0, w;
    size_t i = 0;

    for (; i + 8 <= n; i += 8) {
        memcpy(&w, s + i, 8);
        all |= w;
    }
    for (; i < n; i++)
        all |= (unsigned char)s[i];
    return !(all & highs);
}

/* The offset of the first byte at or after `i` in `s[0..len)` that is not ASCII, or `len`. */
static inline size_t text_ascii_end(const char *s, size_t len, size_t i)
{
    uint64_t w;

    while (i + 8 <= len) {
        memcpy(&w, s + i, 8);
        if (w & 0x8080808080808080ULL)
            break;
        i += 8;
    }
    while (i < len && (unsigned char)s[i] < 0x80)
        i++;
    return i;
}

/* Whether `c` is an ASCII letter (bytes from 0x80 are not). */
static inline bool tokenize_ascii_letter(unsigned char c)
{
    return ((unsigned)c | 0x20u) - 'a' < 26u;
}

/*
 * The top bit of each of the eight bytes of `w` (bytes in memory order, as
 * memcpy loads them) that is not an ASCII letter. Each byte is first folded
 * to lower case and cleared of its top bit, so that adding 0x1f (sets the
 * top bit from 'a' up) and 0x05 (from '{' up) never carries into the next
 * byte; a byte from 0x80 up is never a letter.
 */
static inline uint64_t tokenize_nonletters8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL, highs = ones * 0x80;
    uint64_t x = (w | ones * 0x20) & ~highs;

    return ~((x + ones * 0x1f) & ~(x + ones * 0x05) & ~w) & highs;
}

/*
 * End of the run of ASCII letters from `pos`: sixteen bytes at a time where
 * SSE2 is there (every x86-64; the compares are signed, so a byte from 0x80
 * up, still negative with bit 0x20 set, is no letter), then eight while
 * they last.
 */
static inline size_t tokenize_letters_end(const char *t, size_t n, size_t pos)
{
#if defined(__SSE2__)
    const __m128i case_bit = _mm_set1_epi8(0x20);
    const __m128i below_a = _mm_set1_epi8('a' - 1), above_z = _mm_set1_epi8('z' + 1);

    for (; n - pos >= 16; pos += 16) {
        __m128i w =
            _mm_or_si128(_mm_loadu_si128((const __m128i *)(const void *)(t + pos)), case_bit);
        __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(w, below_a), _mm_cmplt_epi8(w, above_z));
        unsigned m = ~(unsigned)_mm_movemask_epi8(letter) & 0xFFFFu;
        if (m != 0)
            return pos + (size_t)__builtin_ctz(m);
    }
#endif
    for (; n - pos >= 8; pos += 8) {
        uint64_t w, m;
        memcpy(&w, t + pos, 8);
        m = tokenize_nonletters8(w);
        if (m != 0)
            return pos + bits_first_marked_byte(m);
    }
    while (pos < n && tokenize_ascii_letter((unsigned char)t[pos]))
        pos++;
    return pos;
}

/*
 * Whether `t[pos]` starts a Latin-1 letter: 0xC3 then a continuation byte,
 * U+00C0 to U+00FF, but not U+00D7 or U+00F7 (the multiplication and division
 * signs). These are all letters (categories Lu and Ll), as `tokenize_step`
 * classifies them.
 */
static inline bool tokenize_latin1_letter(const char *t, size_t n, size_t pos)
{
    unsigned char d;

    if ((unsigned char)t[pos] != 0xC3 || n - pos < 2)
        return false;
    d = (unsigned char)t[pos + 1];
    return (d & 0xC0u) == 0x80u && d != 0x97 && d != 0xB7;
}

/*
 * End of the run of ASCII and Latin-1 letters from `pos`, which starts a
 * Latin-1 letter, or 0 when the run is followed by anything but an ASCII
 * separator or the end (a digit, another character): `tokenize_step` then
 * finds the word.
 */
static inline size_t tokenize_latin1_word_end(const char *t, size_t n, size_t pos)
{
    for (;;) {
        pos = tokenize_letters_end(t, n, pos + 2);
        if (pos == n || tokenize_separators[(unsigned char)t[pos]])
            return pos;
        if (!tokenize_latin1_letter(t, n, pos))
            return 0;
    }
}

/*
 * `tokenize`, for callers that pass their own static callbacks: inlined with
 * constant callbacks, the common word (ASCII letters between ASCII
 * separators, nine tokens in ten) reaches `letters_fn` without an indirect
 * call, and it can be inlined into the loop; `letters_fn` may rely on the
 * word being ASCII letters only. A word of ASCII and Latin-1 letters (at
 * least one; see `tokenize_latin1_letter`) up to an ASCII separator goes to
 * `latin1_fn`, which may rely on that. Every other token goes to `fn`
 * through `tokenize_step`, so all split text exactly as `tokenize` does
 * (which passes `fn` for all three).
 */
TEXT_ALWAYS_INLINE
static inline enum td_err tokenize_inline(struct tokenizer *tk, const char *t, size_t n,
                                          token_fn fn, token_fn letters_fn, token_fn latin1_fn,
                                          void *ctx)
{
    size_t pos = 0, end;
    enum td_err rc = TD_OK;

    while (pos < n && rc == TD_OK) {
        unsigned char b = (unsigned char)t[pos];
        /* Spaces and punctuation between words: skip ASCII ones without decoding. */
        if (tokenize_separators[b]) {
            pos++;
            continue;
        }
        /*
         * The common word: ASCII letters up to an ASCII byte that is neither
         * letter nor digit (or the end). The step would end it at the same
         * byte, so it is emitted without classifying anything else; that
         * byte is a separator, skipped at once.
         */
        end = pos;
        if (tokenize_ascii_letter(b)) {
            end = tokenize_letters_end(t, n, pos + 1);
            if (end == n || tokenize_separators[(unsigned char)t[end]]) {
                rc = letters_fn(ctx, t + pos, end - pos, TEXT_TOKEN_WORD);
                pos = end + (end < n);
                continue;
            }
        }
        /*
         * The next most common word: ASCII and Latin-1 letters ("café",
         * "Übermut") up to an ASCII separator or the end, where the step
         * would end it too; it goes to `latin1_fn`.
         */
        if (tokenize_latin1_letter(t, n, end) && (end = tokenize_latin1_word_end(t, n, end)) != 0) {
            rc = latin1_fn(ctx, t + pos, end - pos, TEXT_TOKEN_WORD);
            pos = end + (end < n);
            continue;
        }
        rc = tokenize_step(tk, t, n, &pos, fn, ctx);
    }
    return rc;
}
#endif

#ifdef __cplusplus
}
#endif

/* ---- numbers.c: numbers as values, the same in every language ---- */

/* Whether language `code` (canonical) writes a decimal comma. */
bool text_number_decimal_comma(const char *code);

/*
 * Reads number token `tok` (digits with '.' and ',' between them) as a
 * value; false when it holds anything else.
 */
bool text_number_value(const char *tok, size_t len, bool decimal_comma, double *out);

/* The factor of scale word `w` ("million", "Mrd") in language `code`, or 0. */
double text_number_scale(const char *code, const char *w, size_t len);
/*
 * The value of the cardinal one to ten `w` written as a word ("nine",
 * "neun", "una") in language `code`, one of those with scale words; 0 when
 * it is none.
 */
double text_number_word(const char *code, const char *w, size_t len);

/*
 * Whether number token `tok` is a thousands group that continues a number
 * across one space ("80 000", "1 234 567,5"; NBSP and narrow NBSP are
 * spaces after NFKC): exactly three digits, optionally followed by the
 * language's decimal separator and digits. Its value goes to `*out`. The
 * caller checks the rest of the rule: one space before it, a head of 1-3
 * plain digits, and earlier groups of exactly three digits ("in 2019 200
 * people" stays two numbers: its head has four digits).
 */
bool text_number_group(const char *tok, size_t len, bool decimal_comma, double *out);

/*
 * The factor of the Chinese/Japanese scale character that the text `s`
 * (`avail` bytes to its end) starts with: 万/萬 10^4, 亿/億 10^8, 千 10^3,
 * 兆 10^12 (Japanese and Taiwan's trillion; not before a unit, "300兆瓦",
 * where mainland Chinese reads it "mega" and the figure stays 300); 0 for
 * any other text. A larger scale character right after it multiplies it,
 * as Chinese writes a trillion (万亿 10^12) and ten million (千万 10^7);
 * `*used` is the bytes read, 3 or 6. "41.2万" is 412000; "23億1000万" is
 * 23 * 10^8 + 1000 * 10^4 (analyze.c adds the parts).
 */
double text_number_cjk_scale(const char *s, size_t avail, size_t *used);

/*
 * The length of the digits (with '.' or ',' between them) that word token
 * `tok` opens when a Hangul syllable follows them at once: Korean glues a
 * counter to a number ("140여대" 140 odd cars, "23명" 23 people), and a
 * particle to a figure with a unit in Latin letters ("12t이" 12 t, "540km에서"
 * at 540 km: one to three letters); 0 for any other token, and for an
 * amount with a scale syllable (만 10^4, 억 10^8, 조 10^12, 천 10^3: "30만t",
 * "14억"), which text_number_hangul_amount() reads.
 */
size_t text_number_hangul_glued(const char *tok, size_t len);

/*
 * The length of the Korean amount that word token `tok` opens, digits and
 * scale syllables (천 10^3, 만 10^4, 억 10^8, 조 10^12), its value in `*out`:
 * Korean counts in groups of four places ("8700억원" 870 billion won,
 * "1조2천억" 1.2 trillion, "30만t" 300000 t, "4만1천대" 41000). 0 when no
 * scale syllable follows the digits, or when a counter of time follows the
 * amount (text_number_hangul_time()). The length ends before the last
 * scale syllable, which stays a term with the counter after it ("억원"), as
 * a CJK scale character does.
 */
size_t text_number_hangul_amount(const char *tok, size_t len, double *out);

/*
 * Whether `tok` starts with a Korean counter of the calendar, the clock or
 * age (년 year, 월 month, 일 day, 시 hour, 분 minute, 초 second, 살 and 세
 * years of age): "6일", "3월", "9살" are dates and spans, which the time
 * expressions read, not amounts.
 */
bool text_number_hangul_time(const char *tok, size_t len);

/* Writes `v` in its canonical form ("9.66", "6700000000", "1.8e+11"); its length, 0 if over `cap`. */
size_t text_number_format(double v, char *out, size_t cap);

#endif
