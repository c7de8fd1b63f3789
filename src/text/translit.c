/*
 * translit.c - Latin spellings of names written in Cyrillic, Greek, Armenian
 * or katakana, through ICU's transliterators, so that "Путин" and "Putin" give
 * one anchor term and articles about one event meet across scripts without
 * machine translation. names.c calls it for the words that need it only.
 */
#include <string.h>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>
#include <unicode/utrans.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/*
 * The compound transliterator. BGN/PCGN for Russian and UNGEGN for Greek are
 * the romanisations closest to the spellings of the English-language press
 * ("Медведев" -> "Medvedev", "Μητσοτάκης" -> "Mitsotakis"); the plain
 * Cyrillic and Greek ones catch the letters those two leave (Ukrainian "ї",
 * polytonic Greek). Each step only touches its own script, and Latin-ASCII
 * drops the diacritics the steps leave ("ë" of "ё").
 */
static const char translit_id[] = "Russian-Latin/BGN; Cyrillic-Latin; Greek-Latin/UNGEGN; "
                                  "Greek-Latin; Katakana-Latin; Latin-ASCII";

/* Names longer than this (UTF-16 units, before and after) are not transliterated. */
#define MAX_UNITS 256

/* Chinese characters to pinyin without tones, for names written in Han (namekey.c keys them). */
static const char pinyin_id[] = "Han-Latin; Latin-ASCII";
/*
 * Words of the scripts without capitals, for the engine to match with names
 * it saw (namekey.c keys them): one transliterator per script, by
 * `enum translit_uncased_script`, so that a word goes through its own rules only.
 */
static const char *const uncased_ids[UNCASED_SCRIPTS] = {
    [UNCASED_HANGUL] = "Hangul-Latin; Latin-ASCII",
    [UNCASED_ARABIC] = "Arabic-Latin; Latin-ASCII",
    [UNCASED_DEVANAGARI] = "Devanagari-Latin; Latin-ASCII",
    [UNCASED_HEBREW] = "Hebrew-Latin; Latin-ASCII",
    [UNCASED_BENGALI] = "Bengali-Latin; Latin-ASCII",
    [UNCASED_THAI] = "Thai-Latin; Latin-ASCII",
    [UNCASED_TAMIL] = "Tamil-Latin; Latin-ASCII",
    [UNCASED_TELUGU] = "Telugu-Latin; Latin-ASCII",
    [UNCASED_GEORGIAN] = "Georgian-Latin; Latin-ASCII",
    [UNCASED_ETHIOPIC] = "Ethiopic-Latin; Latin-ASCII",
    [UNCASED_GURMUKHI] = "Gurmukhi-Latin; Latin-ASCII",
    [UNCASED_MALAYALAM] = "Malayalam-Latin; Latin-ASCII",
    [UNCASED_GUJARATI] = "Gujarati-Latin; Latin-ASCII",
    [UNCASED_KANNADA] = "Kannada-Latin; Latin-ASCII",
    [UNCASED_ODIA] = "Oriya-Latin; Latin-ASCII",
};

/*
 * Rules that take the place of `uncased_ids[]` for a script (ICU rule
 * syntax, "::" naming a transliterator), where ICU's letters would not meet
 * the papers' spellings:
 * - Telugu-Latin writes చ as ISO 15919's "c" ("candrababu"), which the key
 *   reads as k; the papers write "ch" (Chandrababu, Chiranjeevi).
 * - Ethiopic-Latin writes the sixth order, a vowel said short or not at
 *   all, as "ǝ" ("wasǝnǝgǝtan" for ዋሽንግተን, Washington), and ጅ ሽ ቸ ዥ ኝ as
 *   "ǧ š č ž ñ", which Latin-ASCII makes g, s, c, z, n: the papers write
 *   j, sh, ch, zh, ny (ጅማ Jimma), and no vowel where the sixth order is.
 * - Gurmukhi-Latin drops the tippi and writes the bindi as "m" ("ਪੰਜਾਬ"
 *   pajaba, "ਸਿੰਘ" sigha): both are the n the papers write (Punjab, Singh)
 *   and become one before ICU runs; ਸ਼ and ਚ are "sh" and "ch", as for Telugu.
 * - Malayalam-Latin writes the vowel sign ൊ o as "eā" ("കൊല്ലം" keāllam,
 *   Kollam), leaves the chillu letters (ൽ ർ ൻ ൺ ൾ ൿ: a consonant without
 *   a vowel) untransliterated, which dropped them, and writes റ്റ (said tt) as
 *   "ṟṟ", ഴ as "ḻ" and ഷ as "ṣ": the papers write o, l r n n l k, tt
 *   ("സ്റ്റാർ" star), zh (Alappuzha), sh, and ch for ച as for Telugu.
 * - Gujarati-Latin writes the anusvara as "m" ("ગાંધીનગર" gamdhinagara):
 *   the papers write n (Gandhinagar), so it becomes one before ICU runs;
 *   ચ, શ and ષ are "ch" and "sh" as for Gurmukhi.
 * - Kannada-Latin writes ಚ as "c" and ಶ ಷ as "ś ṣ" ("ಚಾಮುಂಡಿ" camundi):
 *   the papers write ch and sh (Chamundi, Shivamogga), as for Telugu. Its
 *   anusvara is the nasal of the next consonant ("ಬೆಂಗಳೂರು" beṅgaḷūru), n.
 * - Oriya-Latin writes Odia's anusvara as "ṁ" ("ସମ୍ବଲପୁର" is written with
 *   either): the papers write n before a consonant, as for Gujarati; the
 *   candrabindu only nasalises its vowel and is dropped; ଚ ଶ ଷ as above;
 *   ଡ଼ ଢ଼ (ICU "ṛ ṛh") are the d dh the papers write ("ଓଡ଼ିଶା" Odisha).
 */
/*
 * Indic schwa deletion, after ICU's Latin of Gurmukhi: a consonant says its
 * vowel a unless a sign says otherwise, and ICU writes it out, but Punjabi
 * and Hindi do not say it between a vowel and consonant and a consonant and
 * a vowel that is said ("ਰਾਮਪੁਰਾ" ramapura is Rampura, "ਮਨਜਿੰਦਰ" Manjinder):
 * the key reads "mp" as "np" and the skeleton is the same either way, but
 * the key of "ramapura" is not Rampura's. A word's last a is final_vowel()'s.
 */
#define SCHWA_RULES                                                                           \
    "$C = [bcdfgjklmnpqrstvxz\\u1E0D\\u1E37\\u1E45\\u1E47\\u1E5B\\u1E5F\\u1E63\\u015B\\u1E6D" \
    "\\u00F1]; $V = [aeiou\\u0101\\u012B\\u016B\\u0113\\u014D]; "                             \
    "$V $C h? { a } $C h? [eiou\\u0101\\u012B\\u016B\\u0113\\u014D] > ; "                     \
    "$V $C h? { a } $C h? a $C > ; "

static const char *const uncased_rules[UNCASED_SCRIPTS] = {
    [UNCASED_TELUGU] = "::Telugu-Latin; c > ch; ::Latin-ASCII;",
    [UNCASED_ETHIOPIC] = "::Ethiopic-Latin; \\u01E7 > j; \\u0161 > sh; \\u010D > ch; "
                         "\\u017E > zh; \\u00F1 > ny; \\u01DD > ; \\u02BE > ; \\u02BF > ; "
                         "::Latin-ASCII;",
    [UNCASED_GURMUKHI] =
        "\\u0A70 > \\u0A28\\u0A4D; \\u0A02 > \\u0A28\\u0A4D; ::Gurmukhi-Latin; " SCHWA_RULES
        "\\u015B > sh; c > ch; ::Latin-ASCII;",
    [UNCASED_MALAYALAM] = "::Malayalam-Latin; e\\u0101 > o; \\u0113\\u0101 > o; "
                          "\\u1E5F\\u1E5F > tt; n\\u1E5F > nt; \\u1E3B > zh; c > ch; "
                          "\\u0D7A > n; \\u0D7B > n; \\u0D7C > r; \\u0D7D > l; \\u0D7E > l; "
                          "\\u0D7F > k; \\u1E63 > sh; \\u015B > sh; ::Latin-ASCII;",
    [UNCASED_GUJARATI] = "\\u0A82 > \\u0AA8\\u0ACD; ::Gujarati-Latin; \\u015B > sh; "
                         "\\u1E63 > sh; c > ch; ::Latin-ASCII;",
    [UNCASED_KANNADA] = "::Kannada-Latin; \\u015B > sh; \\u1E63 > sh; c > ch; ::Latin-ASCII;",
    [UNCASED_ODIA] = "\\u0B02 > \\u0B28\\u0B4D; \\u0B01 > ; \\u0B21\\u0B3C > \\u0B21; "
                     "\\u0B22\\u0B3C > \\u0B22; \\u0B5C > \\u0B21; \\u0B5D > \\u0B22; "
                     "::Oriya-Latin; \\u015B > sh; \\u1E63 > sh; c > ch; ::Latin-ASCII;",
};

/* Armenian names (a cased script) by BGN/PCGN ("Երևան" Yerevan), opened on the first one. */
static const char armenian_id[] = "Armenian-Latin/BGN; Latin-ASCII";

/* Characters whose pinyin translit_pinyin_char() keeps (direct-mapped by code point). */
#define PINYIN_CACHE 8192

/* One character's pinyin: `cp` 0 for an empty slot. */
struct pinyin_slot {
    int32_t cp;
    char py[PINYIN_CHAR_MAX];
};

struct translit {
    UTransliterator *trans;
    UTransliterator *pinyin; /* opened on the first Han name; may be NULL */
    /* Opened on the first word of each script; NULL until then. */
    UTransliterator *uncased[UNCASED_SCRIPTS];
    UTransliterator *armenian;  /* opened on the first Armenian name; may be NULL */
    /* ICU's dictionary word breaks of Thai, Khmer and Lao, each opened on its first run; or NULL.
     */
    UBreakIterator *thai_words, *khmer_words, *lao_words, *myanmar_words;
    UChar u16[MAX_UNITS];
    struct td_buf py_out; /* translit_pinyin_char()'s scratch */
    struct pinyin_slot py_cache[PINYIN_CACHE];
};

enum td_err translit_new(struct translit **out, struct td_error *err)
{
    UChar id[sizeof(translit_id)];
    UParseError perr;
    UErrorCode status = U_ZERO_ERROR;
    struct translit *t = td_calloc(1, sizeof(*t));

    if (t == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "cannot allocate transliterator");
    td_buf_init(&t->py_out, 64);
    u_uastrcpy(id, translit_id);
    t->trans = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, &perr, &status);
    if (U_FAILURE(status) || t->trans == NULL) {
        td_free(t);
        return td_error_set(err, TD_ERR_INTERNAL, "cannot open ICU transliterator '%s': %s",
                            translit_id, u_errorName(status));
    }
    *out = t;
    return TD_OK;
}

void translit_free(struct translit *t)
{
    if (t == NULL)
        return;
    utrans_close(t->trans);
    if (t->pinyin != NULL)
        utrans_close(t->pinyin);
    if (t->armenian != NULL)
        utrans_close(t->armenian);
    if (t->thai_words != NULL)
        ubrk_close(t->thai_words);
    if (t->khmer_words != NULL)
        ubrk_close(t->khmer_words);
    if (t->lao_words != NULL)
        ubrk_close(t->lao_words);
    if (t->myanmar_words != NULL)
        ubrk_close(t->myanmar_words);
    for (size_t i = 0; i < UNCASED_SCRIPTS; i++)
        if (t->uncased[i] != NULL)
            utrans_close(t->uncased[i]);
    td_buf_release(&t->py_out);
    td_free(t);
}

/* Cuts `out` back to `len` bytes, keeping its NUL terminator. */
static void cut(struct td_buf *out, size_t len)
{
    out->len = len;
    if (out->cap > 0)
        out->data[len] = '\0';
}

/*
 * English spells the Russian adjective endings "-ий" and "-ый" as a bare
 * "-y" ("Zelensky", "Navalny", "Dmitry") where BGN writes "-iy" and "-yy".
 */
static void english_ending(struct td_buf *out, size_t start)
{
    size_t n = out->len - start;
    const char *w = out->data + start;

    if (n >= 5 && (w[n - 2] == 'i' || w[n - 2] == 'y') && w[n - 1] == 'y') {
        out->data[out->len - 2] = 'y';
        cut(out, out->len - 1);
    }
}

/*
 * Katakana writes the velar fricative of German, Dutch and Gaelic names
 * ("ch" of Bach, Gogh, Loch, Cladach) as ッ and a ハ-row letter (バッハ,
 * ゴッホ, クラダッハ), which ICU spells "hh" after a vowel ("bahha"): that "h"
 * is the "c" of the Latin "ch" ("bacha"), so the name's key and skeleton
 * meet its Latin spelling's. No other step of the compound transliterator
 * writes "hh" after a vowel (Russian "х" is "kh", Greek "χ" "ch").
 */
static void kana_velar(struct td_buf *out, size_t start)
{
    size_t i;
    char *w = out->data + start;

    for (i = 1; start + i + 1 < out->len; i++)
        if (w[i] == 'h' && w[i + 1] == 'h' && strchr("aeiou", w[i - 1]) != NULL)
            w[i] = 'c';
}

/*
 * Appends the ASCII letters and digits of `u[0..n)`, lower-cased; the rest
 * (apostrophes for the soft sign, leftover combining marks) is dropped.
 */
static enum td_err append_ascii(const UChar *u, int32_t n, struct td_buf *out)
{
    int32_t i;

    for (i = 0; i < n; i++) {
        UChar c = u[i];
        enum td_err rc;
        if (c >= 'A' && c <= 'Z')
            c = (UChar)(c + ('a' - 'A'));
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
            continue;
        rc = td_buf_addc(out, (char)c);
        if (rc != TD_OK)
            return rc;
    }
    return TD_OK;
}

/* Whether `w[0..n)` ends in the UTF-8 string `suffix`. */
static bool ends_with(const char *w, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);

    return n >= k && memcmp(w + n - k, suffix, k) == 0;
}

/*
 * Russian declines surnames: "Путина", "Путину", "Путиным" are all Putin,
 * and only the nominative meets the English spelling. Two patterns cover
 * most surnames in the news and are rare elsewhere: "-ин/-ын/-ов/-ев/-ёв"
 * plus a case ending, and "-ский/-цкий" declined as an adjective.
 */
static const struct {
    const char *stem; /* what must precede the ending */
    const char *ending;
    const char *nominative; /* what replaces the ending */
} declensions[] = {
    {"ск", "ого", "ий"}, {"ск", "ому", "ий"}, {"ск", "им", "ий"}, {"ск", "ом", "ий"},
    {"цк", "ого", "ий"}, {"цк", "ому", "ий"}, {"цк", "им", "ий"}, {"цк", "ом", "ий"},
    {"ин", "ым", ""},    {"ов", "ым", ""},    {"ев", "ым", ""},   {"ёв", "ым", ""},
    {"ын", "ым", ""},    {"ин", "а", ""},     {"ов", "а", ""},    {"ев", "а", ""},
    {"ёв", "а", ""},     {"ын", "а", ""},     {"ин", "у", ""},    {"ов", "у", ""},
    {"ев", "у", ""},     {"ёв", "у", ""},     {"ын", "у", ""},    {"ин", "е", ""},
    {"ов", "е", ""},     {"ев", "е", ""},     {"ёв", "е", ""},    {"ын", "е", ""},
};

/* Letters (of two bytes each) a surname keeps before its suffix: "Ильин" yes, "Лин" no. */
#define MIN_SURNAME_BYTES 8

enum td_err translit_nominative_ru(struct td_buf *w)
{
    size_t i;

    for (i = 0; i < sizeof(declensions) / sizeof(declensions[0]); i++) {
        size_t n = w->len - strlen(declensions[i].ending);
        if (!ends_with(w->data, w->len, declensions[i].ending) ||
            !ends_with(w->data, n, declensions[i].stem) || n < MIN_SURNAME_BYTES)
            continue;
        cut(w, n);
        return td_buf_adds(w, declensions[i].nominative);
    }
    return TD_OK;
}

/*
 * Urdu, Pashto and Sindhi letters that ICU's Arabic-Latin leaves as they
 * are or drops, and the Arabic or Persian letters whose sound they share
 * closest, as the Afghan and Pakistani press romanise them: the retroflex
 * ٹ ټ ٽ, ڈ ډ ڊ, ڑ ړ ڙ as t, d, r ("هوبارټ" Hobart, "آسټرالیا" Australia,
 * Sindhi "لاڙڪاڻو" Larkano); Urdu's nasal ں, Pashto's ڼ and Sindhi's ڻ ڃ ڱ
 * as n; ے ۓ, and Pashto's ې ۍ (e, ey), as ya; the two hehs ہ ھ (the second
 * marks an aspirate: "ڈھاکہ" Dhaka) and ۂ as heh, ۃ as ta marbuta; Pashto's
 * ګ as the Persian g گ, ښ as sh (Pashtun), ږ as zh ژ, ځ (dz) as z ("ځدران"
 * Zadran) and څ (ts) as s, the sound the name key gives "ts" too. Sindhi's
 * implosives ٻ ڄ ڏ ڳ are the b, j, d, g the papers write ("ڄامشورو" Jamshoro),
 * its kaf ڪ is k, and ڇ ch as Persian چ.
 */
static const UChar arabic_script_letters[][2] = {
    {0x0679, 0x062A}, {0x067B, 0x0628}, {0x067C, 0x062A}, {0x067D, 0x062A}, {0x0681, 0x0632},
    {0x0683, 0x0646}, {0x0684, 0x062C}, {0x0685, 0x0633}, {0x0687, 0x0686}, {0x0688, 0x062F},
    {0x0689, 0x062F}, {0x068A, 0x062F}, {0x068F, 0x062F}, {0x0691, 0x0631}, {0x0693, 0x0631},
    {0x0696, 0x0698}, {0x0699, 0x0631}, {0x069A, 0x0634}, {0x06AA, 0x0643}, {0x06AB, 0x06AF},
    {0x06B1, 0x0646}, {0x06B3, 0x06AF}, {0x06BA, 0x0646}, {0x06BB, 0x0646}, {0x06BC, 0x0646},
    {0x06BE, 0x0647}, {0x06C1, 0x0647}, {0x06C2, 0x0647}, {0x06C3, 0x0629}, {0x06CD, 0x064A},
    {0x06D0, 0x064A}, {0x06D2, 0x064A}, {0x06D3, 0x064A},
};

/*
 * Sindhi writes its aspirates with letters of their own, where Urdu writes
 * the consonant and do-chashmi heh: ڀ bh, ٿ ٺ th, ڌ ڍ dh, ڦ ph ("ٿرپارڪر"
 * Tharparkar, "ڀٽ" Bhit). Each is the Arabic or Persian consonant and heh,
 * which ICU writes as the papers do.
 */
static const UChar sindhi_aspirates[][2] = {
    {0x067A, 0x062A}, {0x067F, 0x062A}, {0x0680, 0x0628},
    {0x068C, 0x062F}, {0x068D, 0x062F}, {0x06A6, 0x067E},
};

/* The consonant of Sindhi's aspirate `c` (`sindhi_aspirates`), or 0. */
static UChar sindhi_aspirate(UChar c)
{
    size_t k;

    for (k = 0; k < sizeof(sindhi_aspirates) / sizeof(sindhi_aspirates[0]); k++)
        if (c == sindhi_aspirates[k][0])
            return sindhi_aspirates[k][1];
    return 0;
}

/*
 * Writes the Urdu, Pashto and Sindhi letters of the word `u[0..*n)` (room
 * for `cap` units) as Arabic or Persian ones (`arabic_script_letters`; ې is
 * Uyghur's e too), a Sindhi aspirate as consonant and heh while there is
 * room; a final heh goal ہ after another letter is the vowel a ("کولکتہ"
 * Kolkata, "اسفرہ" Isfara), written as alef. A first ain, which ICU drops,
 * is heh: the onset of the vowel a Latin spelling opens with ("عبدالله"
 * Abdullah, "عمران" Imran), which the name key reads as it reads an h and
 * the vowel gaps leave open, since the vowel is not written.
 */
static void as_arabic_letters(UChar *u, int32_t *n, int32_t cap)
{
    int32_t i;
    size_t k;
    UChar c;

    if (*n >= 2 && u[*n - 1] == 0x06C1)
        u[*n - 1] = 0x0627;
    if (*n >= 2 && u[0] == 0x0639)
        u[0] = 0x0647;
    for (i = 0; i < *n; i++) {
        if (u[i] < 0x0679 || u[i] > 0x06D3)
            continue;
        if ((c = sindhi_aspirate(u[i])) != 0) {
            u[i] = c;
            if (*n < cap) {
                memmove(u + i + 2, u + i + 1, (size_t)(*n - i - 1) * sizeof(UChar));
                u[++i] = 0x0647;
                (*n)++;
            }
            continue;
        }
        for (k = 0; k < sizeof(arabic_script_letters) / sizeof(arabic_script_letters[0]); k++)
            if (u[i] == arabic_script_letters[k][0])
                u[i] = arabic_script_letters[k][1];
    }
}

/*
 * ICU's Thai-Latin writes the letter อ, which carries a vowel or is the
 * vowel o, as "x": it goes at the start of a word and after a vowel ("xo"
 * of โอ for "o"), and is "o" after a consonant ("cxm" of จอม, Jom, is "com").
 */
static void thai_o(struct td_buf *out, size_t start)
{
    size_t i, k = start;

    for (i = start; i < out->len; i++) {
        char c = out->data[i];
        if (c == 'x') {
            if (k == start || strchr("aeiou", out->data[k - 1]) != NULL)
                continue;
            c = 'o';
        }
        out->data[k++] = c;
    }
    cut(out, k);
}

/*
 * Hebrew's he after another letter as alef, which ICU leaves out: there it
 * is a vowel at the end of a word or a weak h inside one, and ICU's "h"
 * after "k", "s", "t" or "p" would read as one sound with it ("כהן" Cohen
 * would be "khn", whose key has no k).
 */
static void hebrew_he(UChar *u, int32_t n)
{
    int32_t i;

    for (i = 1; i < n; i++)
        if (u[i] == 0x05D4 && u[i - 1] >= 0x05D0 && u[i - 1] <= 0x05EA)
            u[i] = 0x05D0;
}

/*
 * Hebrew writes the sounds it has no letter for with a geresh (U+05F3, or
 * an apostrophe) after a letter: ג' is j ("ג'יבוטי" Djibouti), ז' the zh
 * of Brezhnev, which names keep as j too, and צ' or ץ' ch ("צ'אד" Chad).
 * ICU knows none of them: letter and geresh of the word `u[0..n)` go as two
 * Latin letters, which ICU leaves.
 */
static void hebrew_geresh(UChar *u, int32_t n)
{
    int32_t i;

    for (i = 0; i + 1 < n; i++) {
        UChar c = u[i];
        if (u[i + 1] != 0x05F3 && u[i + 1] != '\'')
            continue;
        if (c == 0x05D2 || c == 0x05D6) {
            u[i] = 'j';
            u[i + 1] = 'j'; /* doubled letters are one sound to the key */
        } else if (c == 0x05E6 || c == 0x05E5) {
            u[i] = 'c';
            u[i + 1] = 'h';
        }
    }
}

/*
 * Runs `trans` over `w[0..len)` (a word of `script`, or UNCASED_NONE) and
 * appends its ASCII letters; nothing when ICU fails.
 */
static enum td_err run(struct translit *t, UTransliterator *trans, const char *w, size_t len,
                       enum translit_uncased_script script, struct td_buf *out)
{
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = 0, limit;
    size_t start = out->len;
    enum td_err rc;

    if (len > MAX_UNITS)
        return TD_OK;
    u_strFromUTF8(t->u16, MAX_UNITS, &n, w, (int32_t)len, &status);
    if (U_FAILURE(status))
        return TD_OK;
    if (script == UNCASED_ARABIC)
        as_arabic_letters(t->u16, &n, MAX_UNITS);
    if (script == UNCASED_HEBREW) {
        hebrew_geresh(t->u16, n);
        hebrew_he(t->u16, n);
    }
    limit = n;
    utrans_transUChars(trans, t->u16, &n, MAX_UNITS, 0, &limit, &status);
    if (U_FAILURE(status))
        return TD_OK;
    rc = append_ascii(t->u16, n, out);
    if (rc != TD_OK)
        cut(out, start);
    return rc;
}

/* Room for the longest of `uncased_rules[]` in UTF-16 units. */
#define RULES_UNITS 512

/*
 * Opens the transliterator `id` into `*trans` unless open, or with `rules`
 * (may be NULL) the one those rules make, named `id`; false when ICU cannot.
 */
static bool open_once(UTransliterator **trans, const char *id_ascii, const char *rules_ascii)
{
    UChar id[64], rules[RULES_UNITS];
    UParseError perr;
    UErrorCode status = U_ZERO_ERROR;

    if (*trans != NULL)
        return true;
    if (strlen(id_ascii) >= sizeof(id) / sizeof(id[0]) ||
        (rules_ascii != NULL && strlen(rules_ascii) >= RULES_UNITS))
        return false;
    u_uastrcpy(id, id_ascii);
    if (rules_ascii != NULL)
        u_uastrcpy(rules, rules_ascii);
    *trans = utrans_openU(id, -1, UTRANS_FORWARD, rules_ascii != NULL ? rules : NULL,
                          rules_ascii != NULL ? -1 : 0, &perr, &status);
    if (U_FAILURE(status) || *trans == NULL) {
        *trans = NULL;
        return false;
    }
    return true;
}

enum td_err translit_pinyin(struct translit *t, const char *w, size_t len, struct td_buf *out)
{
    if (!open_once(&t->pinyin, pinyin_id, NULL))
        return TD_ERR_INTERNAL;
    return run(t, t->pinyin, w, len, UNCASED_NONE, out);
}

enum td_err translit_pinyin_char(struct translit *t, const char *c, size_t len, int32_t cp,
                                 const char **py)
{
    struct pinyin_slot *slot = &t->py_cache[(uint32_t)cp % PINYIN_CACHE];
    enum td_err rc;

    if (slot->cp == cp) {
        *py = slot->py;
        return TD_OK;
    }
    td_buf_reset(&t->py_out);
    rc = translit_pinyin(t, c, len, &t->py_out);
    if (rc != TD_OK && rc != TD_ERR_TOO_LARGE)
        return rc;
    slot->cp = cp;
    slot->py[0] = '\0';
    if (rc == TD_OK && t->py_out.len < PINYIN_CHAR_MAX)
        memcpy(slot->py, t->py_out.data, t->py_out.len + 1);
    *py = slot->py;
    return TD_OK;
}

/*
 * Arabic writes long vowels with the consonant letters waw and ya, which
 * ICU gives as "w" and "y": one before no vowel is the vowel ("bytr" ->
 * "bitr" for Peter, "markw" -> "marku"), so that the key drops it as it
 * drops the vowels of the Latin spelling. The word's first letter stays.
 */
static void arabic_vowels(struct td_buf *out, size_t start)
{
    size_t i;

    for (i = start + 1; i < out->len; i++) {
        char c = out->data[i], next = i + 1 < out->len ? out->data[i + 1] : '\0';
        if ((c == 'w' || c == 'y') && (next == '\0' || strchr("aeiou", next) == NULL))
            out->data[i] = c == 'w' ? 'u' : 'i';
    }
}

/* Whether `cp` is a Devanagari consonant letter or the nukta after one. */
static bool devanagari_consonant(int32_t cp)
{
    return (cp >= 0x0915 && cp <= 0x0939) || (cp >= 0x0958 && cp <= 0x095F) || cp == 0x093C;
}

/* Whether `cp` is a Bengali consonant letter or the nukta after one (not ৎ, which has no vowel). */
static bool bengali_consonant(int32_t cp)
{
    return (cp >= 0x0995 && cp <= 0x09B9) || (cp >= 0x09DC && cp <= 0x09DF) || cp == 0x09BC ||
           cp == 0x09F0 || cp == 0x09F1;
}

/* Whether `cp` is a Gurmukhi consonant letter or the nukta after one. */
static bool gurmukhi_consonant(int32_t cp)
{
    return (cp >= 0x0A15 && cp <= 0x0A39) || (cp >= 0x0A59 && cp <= 0x0A5E) || cp == 0x0A3C;
}

/* Whether `cp` is a Gujarati consonant letter or the nukta after one. */
static bool gujarati_consonant(int32_t cp)
{
    return (cp >= 0x0A95 && cp <= 0x0AB9) || cp == 0x0AF9 || cp == 0x0ABC;
}

/* Whether `cp` is a Kannada consonant letter or the nukta after one. */
static bool kannada_consonant(int32_t cp)
{
    return (cp >= 0x0C95 && cp <= 0x0CB9) || cp == 0x0CDD || cp == 0x0CDE || cp == 0x0CBC;
}

/* Whether `cp` is an Odia consonant letter (ଡ଼ ଢ଼ ୟ ୱ too) or the nukta after one. */
static bool odia_consonant(int32_t cp)
{
    return (cp >= 0x0B15 && cp <= 0x0B39) || (cp >= 0x0B5C && cp <= 0x0B5F) || cp == 0x0B71 ||
           cp == 0x0B3C;
}

/* Whether `cp` is a Tamil consonant letter (one without its pulli says a vowel). */
static bool tamil_consonant(int32_t cp)
{
    return cp >= 0x0B95 && cp <= 0x0BB9;
}

/*
 * Devanagari and Bengali write a consonant with its vowel a unless a sign
 * says otherwise, and ICU spells that vowel out; Hindi and Bengali do not
 * say it at the end of a word ("पीटर" Peter is "pitara" to ICU, "pitar"
 * here), so it goes when the word `w[0..len)` ends with a consonant letter
 * (`consonant`).
 */
static void final_vowel(const char *w, size_t len, bool (*consonant)(int32_t), struct td_buf *out,
                        size_t start)
{
    size_t i = len;
    int32_t last;

    while (i > 0 && ((unsigned char)w[i - 1] & 0xC0) == 0x80)
        i--;
    if (i == 0)
        return;
    i--; /* the last character's lead byte */
    last = utf8_next(w, len, &i);
    if (consonant(last) && out->len >= start + 3 && out->data[out->len - 1] == 'a')
        out->len--;
}

/* The first code point of sinhala_letters[] and the number it covers (U+0D80..U+0DDF). */
#define SINHALA_FIRST 0x0D80
#define SINHALA_COUNT 0x60

/*
 * Sinhala in the spelling of the Sri Lankan press, by code point from
 * U+0D80: a consonant carries the vowel a unless a sign or the al-lakuna
 * follows (sinhala_latin()), so the table has its consonant only; the
 * independent vowels and the vowel signs (from U+0DCF) are the vowel.
 * ව is w (Polonnaruwa, Mahaweli), æ is e ("මහවැලි" Mahaweli), the
 * prenasalised ඟ ඦ ඬ ඳ ඹ are ng nj nd nd mb (කොළඹ Kolamba, Colombo), the
 * anusvara ං n ("ලංකා" Lanka). Empty: unassigned, or a sign spelt by the code.
 */
static const char *const sinhala_letters[SINHALA_COUNT] = {
    [0x02] = "n",  [0x03] = "h",   [0x05] = "a",  [0x06] = "a",   [0x07] = "e",  [0x08] = "e",
    [0x09] = "i",  [0x0A] = "i",   [0x0B] = "u",  [0x0C] = "u",   [0x0D] = "ri", [0x0E] = "ri",
    [0x0F] = "li", [0x10] = "li",  [0x11] = "e",  [0x12] = "e",   [0x13] = "ai", [0x14] = "o",
    [0x15] = "o",  [0x16] = "au",  [0x1A] = "k",  [0x1B] = "kh",  [0x1C] = "g",  [0x1D] = "gh",
    [0x1E] = "ng", [0x1F] = "ng",  [0x20] = "ch", [0x21] = "chh", [0x22] = "j",  [0x23] = "jh",
    [0x24] = "ny", [0x25] = "gny", [0x26] = "nj", [0x27] = "t",   [0x28] = "th", [0x29] = "d",
    [0x2A] = "dh", [0x2B] = "n",   [0x2C] = "nd", [0x2D] = "t",   [0x2E] = "th", [0x2F] = "d",
    [0x30] = "dh", [0x31] = "n",   [0x33] = "nd", [0x34] = "p",   [0x35] = "ph", [0x36] = "b",
    [0x37] = "bh", [0x38] = "m",   [0x39] = "mb", [0x3A] = "y",   [0x3B] = "r",  [0x3D] = "l",
    [0x40] = "w",  [0x41] = "sh",  [0x42] = "sh", [0x43] = "s",   [0x44] = "h",  [0x45] = "l",
    [0x46] = "f",  [0x4F] = "a",   [0x50] = "e",  [0x51] = "e",   [0x52] = "i",  [0x53] = "i",
    [0x54] = "u",  [0x56] = "u",   [0x58] = "ru", [0x59] = "e",   [0x5A] = "e",  [0x5B] = "ai",
    [0x5C] = "o",  [0x5D] = "o",   [0x5E] = "au", [0x5F] = "lu",
};

/* Whether `cp` is a Sinhala consonant letter (it says a vowel a unless a sign follows). */
static bool sinhala_consonant(int32_t cp)
{
    return cp >= 0x0D9A && cp <= 0x0DC6;
}

/*
 * Appends the Latin spelling of the Sinhala word `w[0..len)`
 * (`sinhala_letters`): a consonant is followed by a unless the next
 * character is a vowel sign or the al-lakuna (U+0DCA), which writes no
 * vowel; ZWJ and ZWNJ, which only shape conjuncts ("ත්‍රි" tri), and
 * anything outside the block are left out.
 */
static enum td_err sinhala_latin(const char *w, size_t len, struct td_buf *out)
{
    size_t i = 0, start = out->len;
    int32_t cp = i < len ? utf8_next(w, len, &i) : -1;
    enum td_err rc = TD_OK;

    while (cp >= 0 && rc == TD_OK) {
        int32_t next = i < len ? utf8_next(w, len, &i) : -1;
        const char *latin = cp >= SINHALA_FIRST && cp < SINHALA_FIRST + SINHALA_COUNT
                                ? sinhala_letters[cp - SINHALA_FIRST]
                                : NULL;
        if (latin != NULL)
            rc = td_buf_adds(out, latin);
        if (rc == TD_OK && sinhala_consonant(cp) && !(next >= 0x0DCA && next <= 0x0DDF) &&
            next != 0x0DF2 && next != 0x0DF3)
            rc = td_buf_addc(out, 'a');
        cp = next;
    }
    if (rc != TD_OK)
        cut(out, start);
    return rc;
}

/* The first code point of the Khmer consonants and the number of them (U+1780..U+17A2). */
#define KHMER_FIRST 0x1780
#define KHMER_CONSONANTS 0x23

/*
 * A Khmer consonant in the press's spelling (the French-era one the
 * papers and maps keep: Banteay, Siem Reap, Phnom Penh, Angkor): where it
 * opens a syllable and where it ends one (the aspirates lose their h, ប is
 * p: "រាប" reap), and its register: the second series (`o`) says the
 * inherent vowel o and writes ា as "ea" ("ទាយ" teay), the first a and a.
 */
static const struct khmer_consonant {
    const char *onset, *coda;
    bool o, sonorant;
} khmer_consonants[KHMER_CONSONANTS] = {
    {"k", "k", false, false},    {"kh", "k", false, false}, {"k", "k", true, false},
    {"kh", "k", true, false},    {"ng", "ng", true, true},  {"ch", "ch", false, false},
    {"chh", "ch", false, false}, {"ch", "ch", true, false}, {"chh", "ch", true, false},
    {"nh", "nh", true, true},    {"d", "t", false, false},  {"th", "t", false, false},
    {"d", "t", true, false},     {"th", "t", true, false},  {"n", "n", false, false},
    {"t", "t", false, false},    {"th", "t", false, false}, {"t", "t", true, false},
    {"th", "t", true, false},    {"n", "n", true, true},    {"b", "p", false, false},
    {"ph", "p", false, false},   {"p", "p", true, false},   {"ph", "p", true, false},
    {"m", "m", true, true},      {"y", "y", true, true},    {"r", "r", true, true},
    {"l", "l", true, true},      {"v", "v", true, true},    {"s", "s", false, false},
    {"s", "s", true, false},     {"s", "s", false, false},  {"h", "h", false, false},
    {"l", "l", false, false},    {"", "", false, false},
};

/* The vowel signs U+17B6..U+17C5, first and second register ("ា": "a", "ea"). */
static const char *const khmer_vowels[16][2] = {
    {"a", "ea"},  {"i", "i"},   {"ei", "i"},   {"oe", "ue"},   {"eu", "eu"}, {"o", "u"},
    {"ou", "u"},  {"uo", "uo"}, {"aeu", "eu"}, {"oea", "uea"}, {"ie", "ie"}, {"e", "e"},
    {"ae", "ae"}, {"ai", "ey"}, {"ao", "o"},   {"au", "ou"},
};

/* The independent vowels U+17A3..U+17B3. */
static const char *const khmer_independent[17] = {
    "a",   "a",   "e",   "ei", "o",  "ouk", "ou", "ov", "rue",
    "rue", "lue", "lue", "ae", "ai", "ao",  "ao", "au",
};

/* Consonants written below another with the coeng that one Khmer cluster may hold. */
#define KHMER_SUBS 3

/* One written Khmer cluster: a consonant or independent vowel and what goes on it. */
struct khmer_cluster {
    int32_t base;
    int32_t subs[KHMER_SUBS];
    int nsubs;
    int32_t vowel; /* a vowel sign U+17B6..U+17C5, 0 for none */
    int shift;     /* 1 for the muusikatoan (first register), 2 the triisap (second) */
    bool nikahit;  /* ំ: a final m */
    bool reahmuk;  /* ះ: a final h */
    bool short_a;  /* ៈ or ័: a short vowel in place of the inherent one */
    bool bantoc;   /* ់: the consonant ends a syllable */
    bool silent;   /* ៍: not said */
    bool robat;    /* ៌: an r */
};

static bool khmer_consonant(int32_t cp)
{
    return cp >= KHMER_FIRST && cp < KHMER_FIRST + KHMER_CONSONANTS;
}

/* Reads the cluster at `w[*i..len)` (whose first code point `cp` is read) into `c`. */
static int32_t khmer_read_cluster(const char *w, size_t len, size_t *i, int32_t cp,
                                  struct khmer_cluster *c)
{
    memset(c, 0, sizeof(*c));
    c->base = cp;
    cp = *i < len ? utf8_next(w, len, i) : -1;
    while (cp >= 0x17B6 && cp <= 0x17DD && cp != 0x17D4 && cp != 0x17D5) {
        if (cp == 0x17D2) {
            cp = *i < len ? utf8_next(w, len, i) : -1;
            if (khmer_consonant(cp) && c->nsubs < KHMER_SUBS)
                c->subs[c->nsubs++] = cp;
        } else if (cp <= 0x17C5) {
            c->vowel = c->vowel == 0 ? cp : c->vowel;
        } else {
            c->nikahit |= cp == 0x17C6;
            c->reahmuk |= cp == 0x17C7;
            c->short_a |= cp == 0x17C8 || cp == 0x17D0;
            c->shift = cp == 0x17C9 ? 1 : cp == 0x17CA ? 2 : c->shift;
            c->bantoc |= cp == 0x17CB;
            c->robat |= cp == 0x17CC;
            c->silent |= cp == 0x17CD || cp == 0x17D1;
        }
        cp = *i < len ? utf8_next(w, len, i) : -1;
    }
    return cp;
}

/* Whether the cluster is a consonant alone: no vowel, sign or consonant below. */
static bool khmer_bare(const struct khmer_cluster *c)
{
    return khmer_consonant(c->base) && c->nsubs == 0 && c->vowel == 0 && !c->nikahit &&
           !c->reahmuk && !c->short_a && !c->robat;
}

/*
 * Whether the onset `on[0..n)` says its vowels in the second register: a
 * cluster takes the register of its last consonant that is no sonorant
 * ("ស្ទ" the second, "ព្រ" the second, "ក្រ" the first), the sign on it last.
 */
static bool khmer_second(const int32_t *on, int n, int shift)
{
    bool o = false;
    int k;

    if (shift != 0)
        return shift == 2;
    for (k = 0; k < n; k++)
        if (k == 0 || !khmer_consonants[on[k] - KHMER_FIRST].sonorant)
            o = khmer_consonants[on[k] - KHMER_FIRST].o;
    return o;
}

/* The vowel of the cluster `c` said in the second register when `o` (khmer_nucleus()). */
static const char *khmer_vowel(const struct khmer_cluster *c, bool o)
{
    if (c->nikahit && c->vowel == 0)
        return o ? "o" : "a";
    if (c->nikahit && c->vowel == 0x17BB)
        return o ? "u" : "o";
    if (c->vowel != 0)
        return khmer_vowels[c->vowel - 0x17B6][o];
    if (c->short_a || c->reahmuk)
        return o ? "ea" : "a";
    return o ? "o" : "a";
}

/*
 * Appends the nucleus of the cluster `c` said in the second register when
 * `o`: its vowel sign, else the inherent vowel (a, o), with the nikahit's
 * m (the papers' "om" of "ភ្នំ" Phnom, "am" of "កំ" Kampong) or the
 * reahmuk's h ("ព្រះ" Preah); whether the syllable stays open for a final
 * (`next` the cluster after `c`, NULL for none).
 */
static bool khmer_nucleus(const struct khmer_cluster *c, const struct khmer_cluster *next, bool o,
                          struct td_buf *out, enum td_err *rc)
{
    /* Before a final ង the nikahit only nasalises the vowel ("ពាំង" peang). */
    bool nasal = c->nikahit && next != NULL && khmer_bare(next) && next->base == 0x1784;

    if (*rc == TD_OK)
        *rc = td_buf_adds(out, khmer_vowel(c, o));
    if (*rc == TD_OK && ((c->nikahit && !nasal) || c->reahmuk || c->robat))
        *rc = td_buf_adds(out, c->nikahit ? "m" : c->reahmuk ? "h" : "r");
    return nasal || !(c->nikahit || c->reahmuk || c->robat);
}

/* Appends the consonants `on[0..n)` as they open a syllable. */
static enum td_err khmer_onset(const int32_t *on, int n, struct td_buf *out)
{
    enum td_err rc = TD_OK;
    int k;

    for (k = 0; k < n && rc == TD_OK; k++)
        rc = td_buf_adds(out, khmer_consonants[on[k] - KHMER_FIRST].onset);
    return rc;
}

/*
 * Whether the one consonant below `c`'s ends a syllable as `c`'s does ("ត្ត", "ក្ក"); an
 * independent vowel with a consonant below (khmer_pali() of the next cluster) has no ending.
 */
static bool khmer_doubled(const struct khmer_cluster *c)
{
    return c->nsubs == 1 && khmer_consonant(c->base) &&
           strcmp(khmer_consonants[c->base - KHMER_FIRST].coda,
                  khmer_consonants[c->subs[0] - KHMER_FIRST].coda) == 0;
}

/*
 * Whether `c` is a nasal or a doubled consonant with one below it: in
 * "ណ្ណ", "ន្ទ", "ង្គ" the one on top ends the syllable before (Pali and
 * Sanskrit words), where "ក្ត", "ត្រ", "ស្វ" open one together.
 */
static bool khmer_pali(const struct khmer_cluster *c)
{
    int32_t b = c->base;

    return c->nsubs > 0 && (b == 0x1784 || b == 0x1789 || b == 0x178E || b == 0x1793 ||
                            b == 0x1798 || khmer_doubled(c));
}

/*
 * Appends the Latin spelling of the cluster `c` (`next` the one after it,
 * NULL at the end of the word), `*open` saying whether the syllable before
 * it can still take a final consonant, as the press spells Khmer:
 * - a consonant alone after an open syllable ends it when it ends the word,
 *   carries the bantoc, comes before another consonant alone, or follows
 *   a written vowel and comes before no Pali cluster (khmer_pali()): "សៀម"
 *   siem, "ពង់" pong, "អង្គរវត្ត" angkor-vot, "ក្រុងត្រ" krong-tr, but
 *   "សុវណ្ណ" so-von;
 * - a consonant with another below it, after an open syllable, ends that
 *   syllable and the one below opens the next, as Pali and Sanskrit words
 *   are said ("បន្ទាយ" ban-teay, "អប្សរា" ap-sa-ra, "អង្គរ" ang-kor); with
 *   no vowel at the end of a word, or doubling it, the one below is not
 *   said ("ខេត្ត" khet, "វត្ត" vot);
 * - a consonant that opens a syllable says its written or inherent vowel.
 */
static enum td_err khmer_cluster_latin(const struct khmer_cluster *c,
                                       const struct khmer_cluster *next, bool *open, bool *written,
                                       struct td_buf *out)
{
    int32_t on[KHMER_SUBS + 1];
    int n = 0, k;
    enum td_err rc = TD_OK;
    bool o;

    if (c->silent)
        return TD_OK;
    if (!khmer_consonant(c->base)) {
        *open = true;
        *written = true;
        return td_buf_adds(out, khmer_independent[c->base - 0x17A3]);
    }
    if (*open && khmer_bare(c) &&
        (next == NULL || c->bantoc || khmer_bare(next) || (*written && !khmer_pali(next)))) {
        *open = false;
        return td_buf_adds(out, khmer_consonants[c->base - KHMER_FIRST].coda);
    }
    if (*open && c->nsubs > 0) {
        rc = td_buf_adds(out, khmer_consonants[c->base - KHMER_FIRST].coda);
        *open = false;
        if (c->vowel == 0 && !c->nikahit && !c->reahmuk && !c->short_a && !c->robat &&
            (next == NULL || khmer_doubled(c)))
            return rc;
    } else {
        on[n++] = c->base;
    }
    for (k = 0; k < c->nsubs; k++)
        on[n++] = c->subs[k];
    o = khmer_second(on, n, c->shift);
    if (rc == TD_OK)
        rc = khmer_onset(on, n, out);
    *written = c->vowel != 0 || c->short_a || c->nikahit;
    *open = khmer_nucleus(c, next, o, out, &rc);
    return rc;
}

/*
 * Appends the Latin spelling of the Khmer word `w[0..len)`, cluster by
 * cluster (khmer_cluster_latin()); code points outside the script's
 * letters and signs are left out.
 */
static enum td_err khmer_latin(const char *w, size_t len, struct td_buf *out)
{
    struct khmer_cluster c[2];
    size_t i = 0, start = out->len;
    int32_t cp = i < len ? utf8_next(w, len, &i) : -1;
    bool open = false, written = false, have = false;
    enum td_err rc = TD_OK;
    int cur = 0;

    while (rc == TD_OK && (cp >= 0 || have)) {
        bool next = false;
        while (cp >= 0 && !(cp >= 0x1780 && cp <= 0x17B3))
            cp = i < len ? utf8_next(w, len, &i) : -1;
        if (cp >= 0) {
            cp = khmer_read_cluster(w, len, &i, cp, &c[1 - cur]);
            next = true;
        }
        if (have)
            rc = khmer_cluster_latin(&c[cur], next ? &c[1 - cur] : NULL, &open, &written, out);
        have = next;
        cur = 1 - cur;
    }
    if (rc != TD_OK)
        cut(out, start);
    return rc;
}

/* The first code point of the Lao letters and the number the tables below cover (U+0E80..U+0EDF).
 */
#define LAO_FIRST 0x0E80
#define LAO_COUNT 0x60

/*
 * Lao consonants in the press's (French-era) spelling where they open a
 * syllable ("ຊຽງ" Xieng, "ວຽງ" Vieng) and where they end one ("ເຂດ" khet);
 * NULL for what is no consonant. ອ opens a syllable with its vowel alone.
 */
static const char *const lao_onsets[LAO_COUNT] = {
    [0x01] = "k",  [0x02] = "kh", [0x04] = "kh", [0x06] = "kh", [0x07] = "ng", [0x08] = "ch",
    [0x09] = "ch", [0x0A] = "x",  [0x0B] = "x",  [0x0C] = "ny", [0x0D] = "ny", [0x0E] = "d",
    [0x0F] = "t",  [0x10] = "th", [0x11] = "th", [0x12] = "th", [0x13] = "n",  [0x14] = "d",
    [0x15] = "t",  [0x16] = "th", [0x17] = "th", [0x18] = "th", [0x19] = "n",  [0x1A] = "b",
    [0x1B] = "p",  [0x1C] = "ph", [0x1D] = "f",  [0x1E] = "ph", [0x1F] = "f",  [0x20] = "ph",
    [0x21] = "m",  [0x22] = "y",  [0x23] = "r",  [0x25] = "l",  [0x27] = "v",  [0x28] = "s",
    [0x29] = "s",  [0x2A] = "s",  [0x2B] = "h",  [0x2C] = "l",  [0x2D] = "",   [0x2E] = "h",
    [0x5C] = "n",  [0x5D] = "m",  [0x5E] = "k",  [0x5F] = "ny",
};

/* Whether `cp` is a Lao consonant letter (lao_onsets[]). */
static bool lao_consonant(int32_t cp)
{
    return cp > LAO_FIRST && cp < LAO_FIRST + LAO_COUNT && lao_onsets[cp - LAO_FIRST] != NULL;
}

/* The Lao consonant `cp` where it ends a syllable: the stops as k t p, ຍ y, ວ o. */
static const char *lao_coda(int32_t cp)
{
    switch (cp) {
    case 0x0E81:
    case 0x0E82:
    case 0x0E84: return "k";
    case 0x0E94:
    case 0x0E95:
    case 0x0E96:
    case 0x0E97:
    case 0x0E88:
    case 0x0E8A: return "t";
    case 0x0E9A:
    case 0x0E9B:
    case 0x0E9E: return "p";
    case 0x0EA7: return "o";
    default: return lao_onsets[cp - LAO_FIRST];
    }
}

/* Whether `cp` is a Lao vowel sign written after, above or below its consonant (ຼ too). */
static bool lao_sign(int32_t cp)
{
    return (cp >= 0x0EB0 && cp <= 0x0EBD) || cp == 0x0ECD;
}

/* The Lao code point at `u[i]`, skipping tone marks and the cancellation mark; 0 past the end. */
static int32_t lao_at(const int32_t *u, size_t n, size_t *i)
{
    while (*i < n && u[*i] >= 0x0EC8 && u[*i] <= 0x0ECC)
        ++*i;
    return *i < n ? u[*i] : 0;
}

/*
 * The vowel of a Lao syllable written with ເ before its consonant and the
 * sign `s` (0 for none) after it, `after` the code point at `k` past that
 * (lao_vowel()): "ເ◌າ" ao, "ເ◌ຍ" ia, "ເ◌ືອ" uea, "ເ◌ົາ" ao, "ເ◌ີ" oe, e.
 */
static const char *lao_e_vowel(int32_t s, int32_t after, size_t k, size_t *i, bool *open)
{
    if (s == 0x0EB2 || s == 0x0EB0 || (s == 0 && after == 0x0E8D)) {
        *open = s != 0x0EB2 && s != 0x0EB0;
        *i = s == 0 ? k + 1 : *i;
        return s == 0x0EB2 ? "ao" : s == 0x0EB0 ? "e" : "ia";
    }
    if ((s == 0x0EB6 || s == 0x0EB7) && after == 0x0EAD)
        return *i = k + 1, "uea";
    if (s == 0x0EBB && after == 0x0EB2) {
        *open = false;
        return *i = k + 1, "ao"; /* "ເຈົ້າ" chao */
    }
    return s == 0x0EB4 || s == 0x0EB5 ? "oe" : "e";
}

/* The vowel of the Lao sign `s` written after its consonant alone (lao_vowel()). */
static const char *lao_sign_vowel(int32_t s, int32_t after, size_t k, size_t *i, bool *open)
{
    switch (s) {
    case 0x0EB0: *open = false; return "a";
    case 0x0EB3: *open = false; return "am";
    case 0x0EB4:
    case 0x0EB5: return "i";
    case 0x0EB6:
    case 0x0EB7: return "eu";
    case 0x0EB8:
    case 0x0EB9: return "ou";
    case 0x0EBB: return after == 0x0EA7 ? (*i = k + 1, "ua") : "o";
    case 0x0ECD: return "o";
    default: return "a"; /* ັ, າ */
    }
}

/*
 * The vowel of a Lao syllable: the vowel written before its consonant
 * (`pre`, 0 for none) with the signs after it at `u[*i..n)`, which it
 * consumes, the letters ອ ຍ ວ that spell a vowel with them too ("ເ◌ຍ" ia,
 * "◌ົວ" and "◌ວ" before a final ua: "ຫຼວງ" Luang); `*open` says whether a
 * final consonant may follow.
 */
static const char *lao_vowel(const int32_t *u, size_t n, size_t *i, int32_t pre, bool *open)
{
    int32_t s = lao_at(u, n, i), after;
    size_t k;

    *open = true;
    if (lao_sign(s) && s != 0x0EBD)
        ++*i;
    else
        s = 0;
    k = *i;
    after = lao_at(u, n, &k);
    if (pre == 0x0EC0)
        return lao_e_vowel(s, after, k, i, open);
    if (pre != 0) {
        *open = pre != 0x0EC3 && pre != 0x0EC4;
        return pre == 0x0EC1 ? "ae" : pre == 0x0EC2 ? "o" : "ai";
    }
    if (s != 0)
        return lao_sign_vowel(s, after, k, i, open);
    if (after == 0x0EBD)
        return *i = k + 1, "ie";
    if (after == 0x0EAD || after == 0x0EA7) {
        size_t m = k + 1;
        if (after == 0x0EAD || lao_consonant(lao_at(u, n, &m)))
            return *i = k + 1, after == 0x0EAD ? "o" : "ua";
    }
    return "o";
}

/* Whether `cp` is a Lao sonorant, which a silent ຫ before it gives a tone (ງ ຍ ນ ມ ຣ ລ ວ). */
static bool lao_sonorant(int32_t cp)
{
    return cp == 0x0E87 || cp == 0x0E8D || cp == 0x0E99 || cp == 0x0EA1 || cp == 0x0EA3 ||
           cp == 0x0EA5 || cp == 0x0EA7;
}

/* Whether a ວ before `sign` is a medial w: a vowel sign follows it, not ຽ ("ວຽງ" vieng). */
static bool lao_medial(int32_t sign)
{
    return lao_sign(sign) && sign != 0x0EBD;
}

/* Whether the Lao consonant `cp` is one that ends syllables: ກ ງ ດ ນ ບ ມ ຍ ວ. */
static bool lao_final(int32_t cp)
{
    return cp == 0x0E81 || cp == 0x0E87 || cp == 0x0E94 || cp == 0x0E99 || cp == 0x0E9A ||
           cp == 0x0EA1 || cp == 0x0E8D || cp == 0x0EA7;
}

/*
 * Whether the Lao consonant at `u[i]` opens a syllable rather than ending
 * the one before: a vowel sign follows it, or ວ and one when it is no
 * final consonant ("ຂວາ", but "ເມືອງວັງ" mueang-vang), or it is the silent
 * ຫ before a sonorant ("ສະຫວັນ").
 */
static bool lao_opens(const int32_t *u, size_t n, size_t i)
{
    int32_t cp = u[i], next;
    size_t k;

    ++i;
    next = lao_at(u, n, &i);
    if (lao_sign(next) || (cp == 0x0EAB && lao_sonorant(next)))
        return true;
    k = i + 1;
    return next == 0x0EA7 && lao_medial(lao_at(u, n, &k)) && !lao_final(cp);
}

/*
 * Appends the onset of the Lao syllable whose consonant is at `u[*i]` and
 * moves `*i` past it: a silent ຫ before a sonorant left out ("ຫຼ" l), ຼ as l, a
 * medial ວ before a vowel sign, or after a consonant with a vowel written
 * before it (`pre`) and before a final, as "ou" ("ຂວາງ" khouang, "ແຂວງ").
 */
static enum td_err lao_onset(const int32_t *u, size_t n, size_t *i, int32_t pre, struct td_buf *out)
{
    int32_t cp = u[*i], next;
    size_t k;
    enum td_err rc;

    ++*i;
    next = lao_at(u, n, i);
    if (cp == 0x0EAB && (lao_sonorant(next) || next == 0x0EBC)) {
        cp = next == 0x0EBC ? 0x0EA5 : next; /* "ຫຼ" is l */
        ++*i;
        next = lao_at(u, n, i);
    }
    rc = td_buf_adds(out, lao_onsets[cp - LAO_FIRST]);
    k = *i + 1;
    if (rc == TD_OK && next == 0x0EBC) {
        ++*i;
        rc = td_buf_adds(out, "l");
    } else if (rc == TD_OK && next == 0x0EA7 &&
               (lao_medial(lao_at(u, n, &k)) ||
                (pre != 0 && lao_consonant(lao_at(u, n, &k)) && !lao_opens(u, n, k)))) {
        ++*i;
        rc = td_buf_adds(out, "ou");
    }
    return rc;
}

/* Code points of a Lao word spelt (lao_latin()), at most. */
#define LAO_WORD_MAX 128

/*
 * Appends the Latin spelling of the Lao word `w[0..len)` in the press's
 * (French-era) letters, syllable by syllable: a vowel written before its
 * consonant comes after it, a consonant after an open syllable ends it
 * unless it opens the next (lao_opens()); tone marks are not written. Code
 * points outside the block are left out; a longer word gives nothing.
 */
static enum td_err lao_latin(const char *w, size_t len, struct td_buf *out)
{
    int32_t u[LAO_WORD_MAX], pre;
    size_t n = 0, i = 0, p = 0, start = out->len;
    bool open = false;
    enum td_err rc = TD_OK;

    while (p < len && n < LAO_WORD_MAX) {
        int32_t cp = utf8_next(w, len, &p);
        if (cp >= LAO_FIRST && cp <= 0x0EDF)
            u[n++] = cp;
    }
    if (p < len)
        return TD_OK;
    while (lao_at(u, n, &i) != 0 && rc == TD_OK) {
        pre = u[i] >= 0x0EC0 && u[i] <= 0x0EC4 ? u[i++] : 0;
        if (pre == 0 && !lao_consonant(u[i])) {
            i++; /* a sign with no consonant, ໆ */
            continue;
        }
        if (pre == 0 && open && !lao_opens(u, n, i)) {
            rc = td_buf_adds(out, lao_coda(u[i++]));
            open = false;
            continue;
        }
        if (lao_at(u, n, &i) != 0 && lao_consonant(u[i]))
            rc = lao_onset(u, n, &i, pre, out);
        if (rc == TD_OK)
            rc = td_buf_adds(out, lao_vowel(u, n, &i, pre, &open));
    }
    if (rc != TD_OK)
        cut(out, start);
    return rc;
}

/* The first code point of the Myanmar consonants and the number of them (U+1000..U+1021). */
#define MYANMAR_FIRST 0x1000
#define MYANMAR_CONSONANTS 0x22

/*
 * A Burmese consonant where it opens a syllable, in the press's spelling
 * of names (BGN/PCGN-like: Hpakant, Myitkyina, Naypyidaw, Yangon, Kachin):
 * the aspirates as "hk" "hs" "ht" "hp" but ခ "kh" (Khin, Rakhine), ရ
 * "y" as it is said, သ "th", အ the vowel alone.
 */
static const char *const myanmar_onsets[MYANMAR_CONSONANTS] = {
    "k",  "kh", "g", "g", "ng", "s",  "hs", "z", "z", "ny", "ny", "t", "ht", "d",  "d", "n", "t",
    "ht", "d",  "d", "n", "p",  "hp", "b",  "b", "m", "y",  "y",  "l", "w",  "th", "h", "l", "",
};

/* Vowel signs of a Burmese syllable (myanmar_rhyme()). */
enum {
    MY_E = 1,     /* ေ */
    MY_AA = 2,    /* ာ ါ */
    MY_I = 4,     /* ိ ီ */
    MY_U = 8,     /* ု ူ */
    MY_AI = 16,   /* ဲ */
    MY_NASAL = 32 /* ံ, the anusvara: a final n */
};

/* One written Burmese syllable: its first letter, medials, vowel signs and final. */
struct myanmar_syllable {
    int32_t base; /* a consonant, an independent vowel or ဿ */
    int32_t coda; /* the consonant that ends it (with the asat, or stacked), 0 for none */
    unsigned vowels;
    bool ya, wa, ha; /* the medials ျ or ြ, ွ, ှ */
    bool creaky;     /* ့, the dot below */
};

static bool myanmar_consonant(int32_t cp)
{
    return cp >= MYANMAR_FIRST && cp < MYANMAR_FIRST + MYANMAR_CONSONANTS;
}

/* The vowel signs the independent vowel `cp` (U+1023..U+102A) says. */
static unsigned myanmar_independent(int32_t cp)
{
    switch (cp) {
    case 0x1023:
    case 0x1024: return MY_I;
    case 0x1025:
    case 0x1026: return MY_U;
    case 0x1027:
    case 0x1028: return MY_E;
    case 0x1029:
    case 0x102A: return MY_E | MY_AA;
    default: return 0;
    }
}

/* Adds the vowel sign, tone mark or anusvara `cp` to `s`; false for anything else. */
static bool myanmar_sign(int32_t cp, struct myanmar_syllable *s)
{
    if (cp == 0x102B || cp == 0x102C)
        s->vowels |= MY_AA;
    else if (cp == 0x102D || cp == 0x102E)
        s->vowels |= MY_I;
    else if (cp == 0x102F || cp == 0x1030)
        s->vowels |= MY_U;
    else if (cp == 0x1031)
        s->vowels |= MY_E;
    else if (cp == 0x1032)
        s->vowels |= MY_AI;
    else if (cp == 0x1036)
        s->vowels |= MY_NASAL;
    else if (cp == 0x1037)
        s->creaky = true;
    /* The visarga (a tone), and an asat on a vowel sign ("ော်"): not written. */
    else if (cp != 0x1038 && cp != 0x103A)
        return false;
    return true;
}

/*
 * Reads the syllable whose first letter is at `u[*i]` into `s` and moves
 * `*i` past it: the medials, the vowel signs and tone marks, and a final
 * consonant, which the asat kills (before or after a dot below: "န့်") or
 * which has the next syllable's consonant stacked under it with the virama
 * ("မန္တလေး" man-ta-le; the kinzi "င်္" too).
 */
static void myanmar_read(const int32_t *u, size_t n, size_t *i, struct myanmar_syllable *s)
{
    size_t k;

    memset(s, 0, sizeof(*s));
    s->base = u[(*i)++];
    for (; *i < n && u[*i] >= 0x103B && u[*i] <= 0x103E; ++*i) {
        s->ya |= u[*i] == 0x103B || u[*i] == 0x103C;
        s->wa |= u[*i] == 0x103D;
        s->ha |= u[*i] == 0x103E;
    }
    while (*i < n && myanmar_sign(u[*i], s))
        ++*i;
    if (*i >= n || !myanmar_consonant(u[*i]))
        return;
    k = *i + 1;
    if (k < n && u[k] == 0x1037)
        k++;
    if (k < n && u[k] == 0x103A) {
        s->coda = u[*i];
        s->creaky |= k > *i + 1;
        *i = k + 1;
        while (*i < n && (u[*i] == 0x1037 || u[*i] == 0x1038 || u[*i] == 0x1039)) {
            s->creaky |= u[*i] == 0x1037;
            ++*i;
        }
    } else if (*i + 1 < n && u[*i + 1] == 0x1039) {
        s->coda = u[*i];
        *i += 2;
    }
}

/* Whether the final `coda` is said as a nasal (n, m, ng, ny). */
static bool myanmar_nasal(int32_t coda)
{
    return coda == 0x1004 || coda == 0x1009 || coda == 0x100A || coda == 0x100F || coda == 0x1014 ||
           coda == 0x1019;
}

/* Whether the final `coda` is a stop said as the glottal stop the press writes t or k. */
static bool myanmar_stop(int32_t coda)
{
    return coda == 0x1000 || coda == 0x1005 || coda == 0x100B || coda == 0x1010 || coda == 0x1012 ||
           coda == 0x1015;
}

/*
 * The inherent vowel a with the final `coda` (0 for none; `nasal` and
 * `stop` its kind, or the anusvara's nasal) as the press writes them.
 */
static const char *myanmar_inherent(int32_t coda, bool nasal, bool stop)
{
    switch (coda) {
    case 0x1000: return "et";
    case 0x1004: return "in";
    case 0x1005: return "it";
    case 0x100A: return "i";
    case 0x1009: return "in";
    case 0x101A: return "e";
    default: return nasal ? "an" : stop ? "at" : "a";
    }
}

/*
 * The vowel and final of the syllable `s` as the press writes them: the
 * inherent a ("ka"), with a final "et" (က်), "in" (င်), "it" (စ်), "i"
 * (ည်: "ကြည်" Kyi, "ပြည်" Pyi), "at" (တ် ပ်), "an" (န် မ် ံ), "e" (ယ်);
 * ိ with a final "ein", "eik"; ု "on", "ok"; ော "aw", "auk", "aung"; ို
 * "o", "aik", "aing"; ေ and ဲ "e"; a medial ွ before a final "un", "ut"
 * (`*wa_vowel` then set: no w in the onset).
 */
static const char *myanmar_rhyme(const struct myanmar_syllable *s, bool *wa_vowel)
{
    unsigned v = s->vowels & ~(unsigned)MY_NASAL;
    bool nasal = myanmar_nasal(s->coda) || (s->vowels & MY_NASAL) != 0;
    bool stop = myanmar_stop(s->coda);

    *wa_vowel = false;
    if (v == (MY_E | MY_AA))
        return s->coda == 0x1000 ? "auk" : s->coda == 0x1004 ? "aung" : "aw";
    if (v == (MY_I | MY_U))
        return s->coda == 0x1000 ? "aik" : s->coda == 0x1004 ? "aing" : "o";
    if (v & (MY_E | MY_AI))
        return "e";
    if (v & MY_AA)
        return "a";
    if (v & MY_I)
        return nasal ? "ein" : stop ? "eik" : "i";
    if (v & MY_U)
        return nasal ? "on" : stop ? "ok" : "u";
    if (s->wa && (nasal || stop)) {
        *wa_vowel = true;
        return nasal ? "un" : "ut";
    }
    return myanmar_inherent(s->coda, nasal, stop);
}

/*
 * Appends the onset of the syllable `s`: its consonant with the medials, ျ
 * and ြ as "y" ("မြ" my, "ကြ" ky, "ပြ" py) but "ch" on ခ (Kachin), ွ as "w"
 * unless it is the vowel (`wa_vowel`), ှ as an h before the consonant
 * ("လှ" hl, "မှ" hm) but "sh" on ရ and ယ ("ရှမ်း" Shan); ရ as r when `r`.
 */
static enum td_err myanmar_onset(const struct myanmar_syllable *s, bool wa_vowel, bool r,
                                 struct td_buf *out)
{
    int32_t b = s->base;
    const char *on = "";
    enum td_err rc = TD_OK;

    if (myanmar_consonant(b))
        on = b == 0x101B && r ? "r" : myanmar_onsets[b - MYANMAR_FIRST];
    else if (b == 0x103F)
        on = "s";
    if (s->ha && (b == 0x101B || b == 0x101A || (b == 0x101C && s->ya)))
        return td_buf_adds(out, s->wa && !wa_vowel ? "shw" : "sh");
    if (s->ha)
        rc = td_buf_addc(out, 'h');
    if (rc == TD_OK)
        rc = td_buf_adds(out, s->ya && b == 0x1001 ? "ch" : on);
    if (rc == TD_OK && s->ya && b != 0x1001)
        rc = td_buf_addc(out, 'y');
    if (rc == TD_OK && s->wa && !wa_vowel && b != 0x101D)
        rc = td_buf_addc(out, 'w');
    return rc;
}

/* Code points of a Burmese word spelt (myanmar_latin()), at most. */
#define MYANMAR_WORD_MAX 128

/*
 * Appends the Latin spelling of the Burmese word `w[0..len)` in the press's
 * letters, syllable by syllable (myanmar_onset(), myanmar_rhyme()); ရ as r
 * when `r`. A nasal final with the dot below of the creaky tone takes the
 * t the press writes after it ("သန့်" Thant, "ဖားကန့်" Hpakant, "မြင့်"
 * Myint). Tone marks are not written; code points outside the block's
 * letters and signs are left out; a longer word gives nothing.
 */
static enum td_err myanmar_latin(const char *w, size_t len, bool r, struct td_buf *out)
{
    int32_t u[MYANMAR_WORD_MAX];
    size_t n = 0, i = 0, p = 0, start = out->len;
    enum td_err rc = TD_OK;

    while (p < len && n < MYANMAR_WORD_MAX) {
        int32_t cp = utf8_next(w, len, &p);
        if (translit_myanmar(cp))
            u[n++] = cp;
    }
    if (p < len)
        return TD_OK;
    while (i < n && rc == TD_OK) {
        struct myanmar_syllable s;
        const char *rhyme;
        bool wa_vowel;
        if (!((u[i] >= 0x1000 && u[i] <= 0x102A) || u[i] == 0x103F)) {
            i++; /* a sign with no letter */
            continue;
        }
        myanmar_read(u, n, &i, &s);
        s.vowels |= myanmar_independent(s.base);
        rhyme = myanmar_rhyme(&s, &wa_vowel);
        rc = myanmar_onset(&s, wa_vowel, r, out);
        if (rc == TD_OK)
            rc = td_buf_adds(out, rhyme);
        if (rc == TD_OK && s.creaky && rhyme[strlen(rhyme) - 1] == 'n')
            rc = td_buf_addc(out, 't');
    }
    if (rc != TD_OK)
        cut(out, start);
    return rc;
}

enum td_err translit_myanmar_r(const char *w, size_t len, struct td_buf *out)
{
    size_t p = 0;

    while (p < len)
        if (utf8_next(w, len, &p) == 0x101B)
            return myanmar_latin(w, len, true, out);
    return TD_OK;
}

enum td_err translit_uncased(struct translit *t, const char *w, size_t len,
                             enum translit_uncased_script script, struct td_buf *out)
{
    size_t start = out->len;
    enum td_err rc;

    if (script <= UNCASED_NONE || script >= UNCASED_SCRIPTS)
        return TD_OK;
    if (script == UNCASED_SINHALA)
        return sinhala_latin(w, len, out);
    if (script == UNCASED_KHMER)
        return khmer_latin(w, len, out);
    if (script == UNCASED_LAO)
        return lao_latin(w, len, out);
    if (script == UNCASED_MYANMAR)
        return myanmar_latin(w, len, false, out);
    if (!open_once(&t->uncased[script], uncased_ids[script], uncased_rules[script]))
        return TD_ERR_INTERNAL;
    rc = run(t, t->uncased[script], w, len, script, out);
    if (rc != TD_OK)
        return rc;
    /* Hebrew, an abjad like Arabic, writes long vowels with waw and yod too. */
    if (script == UNCASED_ARABIC || script == UNCASED_HEBREW)
        arabic_vowels(out, start);
    if (script == UNCASED_DEVANAGARI)
        final_vowel(w, len, devanagari_consonant, out, start);
    if (script == UNCASED_BENGALI)
        final_vowel(w, len, bengali_consonant, out, start);
    /* Punjabi, as Hindi, does not say it either ("ਸਾਦਿਕ" sadika, Sadiq). */
    if (script == UNCASED_GURMUKHI)
        final_vowel(w, len, gurmukhi_consonant, out, start);
    if (script == UNCASED_GUJARATI)
        final_vowel(w, len, gujarati_consonant, out, start);
    /*
     * Kannada says the a of "ಬಂಡೀಪುರ" bandipura, but the papers write
     * Bandipur, and a stem cut from its case ending ("ಮೈಸೂರಿನ" of Mysuru, to
     * "ಮೈಸೂರ") ends in the bare consonant: without the a, a name's last vowel
     * is a gap the word leaves empty (which text_name_vowels_agree() allows
     * once), not an a against the name's u. Odia's papers drop it as Bengali's do.
     */
    if (script == UNCASED_KANNADA)
        final_vowel(w, len, kannada_consonant, out, start);
    if (script == UNCASED_ODIA)
        final_vowel(w, len, odia_consonant, out, start);
    /* Tamil ends a word with its pulli; a stem cut from its ending (cut_affix()) has none. */
    if (script == UNCASED_TAMIL)
        final_vowel(w, len, tamil_consonant, out, start);
    if (script == UNCASED_THAI)
        thai_o(out, start);
    return TD_OK;
}

bool translit_armenian_word(const char *w, size_t len)
{
    size_t p = 0;

    return len >= 2 && (unsigned char)w[0] >= 0xD4 && (unsigned char)w[0] <= 0xD6 &&
           translit_armenian(utf8_next(w, len, &p));
}

enum td_err translit_latin(struct translit *t, const char *w, size_t len, struct td_buf *out)
{
    size_t start = out->len;
    UTransliterator *trans = t->trans;
    enum td_err rc;

    /* Armenian has a transliterator of its own: the compound one stays as fast for the rest. */
    if (translit_armenian_word(w, len)) {
        if (!open_once(&t->armenian, armenian_id, NULL))
            return TD_OK;
        trans = t->armenian;
    }
    /* The output may grow ("щ" -> "shch"); past the buffer ICU fails and the name is left out. */
    rc = run(t, trans, w, len, UNCASED_NONE, out);

    if (rc == TD_OK && out->len > start) {
        english_ending(out, start);
        kana_velar(out, start);
    }
    return rc;
}

/* Bytes of a Thai, Khmer, Lao or Myanmar character in UTF-8: the blocks are of U+0800..U+FFFF. */
#define DICT_CHAR_BYTES 3

size_t translit_dict_words(struct translit *t, enum translit_uncased_script script, const char *w,
                           size_t len, size_t *ends, size_t max)
{
    UErrorCode status = U_ZERO_ERROR;
    UBreakIterator **words = script == UNCASED_THAI    ? &t->thai_words
                             : script == UNCASED_KHMER ? &t->khmer_words
                             : script == UNCASED_LAO   ? &t->lao_words
                                                       : &t->myanmar_words;
    const char *locale = script == UNCASED_THAI    ? "th"
                         : script == UNCASED_KHMER ? "km"
                         : script == UNCASED_LAO   ? "lo"
                                                   : "my";
    int32_t n = 0, at;
    size_t count = 0;

    if (len > MAX_UNITS || max == 0 ||
        (script != UNCASED_THAI && script != UNCASED_KHMER && script != UNCASED_LAO &&
         script != UNCASED_MYANMAR))
        return 0;
    u_strFromUTF8(t->u16, MAX_UNITS, &n, w, (int32_t)len, &status);
    /* Only a run of characters of three bytes each has its byte offsets at 3 * unit. */
    if (U_FAILURE(status) || (size_t)n * DICT_CHAR_BYTES != len)
        return 0;
    if (*words == NULL) {
        *words = ubrk_open(UBRK_WORD, locale, NULL, 0, &status);
        if (U_FAILURE(status)) {
            *words = NULL;
            return 0;
        }
    }
    ubrk_setText(*words, t->u16, n, &status);
    if (U_FAILURE(status))
        return 0;
    ubrk_first(*words);
    while (count < max && (at = ubrk_next(*words)) != UBRK_DONE)
        ends[count++] = (size_t)at * DICT_CHAR_BYTES;
    return count;
}
