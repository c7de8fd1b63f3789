/*
 * lang.c - language codes: mapping what users and feeds write ("EN",
 * "en-US", "eng", "Spanish", "Deutsch") to the 2-letter codes Tidings uses,
 * and turning CLD2's detector output into the same codes.
 */
#include "text/text.h"

#include <stdint.h>
#include <string.h>
#include <utf8proc.h>

#include "core/utf8.h"
#include "text/text_int.h"
#include "core/banned.h"

/* Longest alias we accept, in bytes after lower-casing. */
#define KEY_MAX 48

/*
 * One row per language: the ISO 639-1 code, then '|'-delimited lower-case
 * aliases: ISO 639-2/T and /B codes, retired or variant codes, the English
 * name and the language's own name. Every Snowball language plus ja, zh, ko.
 */
static const struct {
    const char *code;
    const char *aliases;
} langs[] = {
    {"ar", "|ara|arabic|العربية|"},
    {"ca", "|cat|catalan|valencian|català|"},
    {"da", "|dan|danish|dansk|"},
    {"de", "|deu|ger|german|deutsch|"},
    {"el", "|ell|gre|greek|ελληνικά|"},
    {"en", "|eng|english|porter|"},
    {"es", "|spa|spanish|castilian|español|castellano|"},
    {"eu", "|eus|baq|basque|euskara|"},
    {"fi", "|fin|finnish|suomi|"},
    {"fr", "|fra|fre|french|français|"},
    {"ga", "|gle|irish|gaelic|gaeilge|"},
    {"hi", "|hin|hindi|हिन्दी|हिंदी|"},
    {"hu", "|hun|hungarian|magyar|"},
    {"hy", "|hye|arm|armenian|հայերեն|"},
    {"id", "|ind|in|indonesian|bahasa indonesia|"},
    {"it", "|ita|italian|italiano|"},
    {"ja", "|jpn|japanese|日本語|"},
    {"ko", "|kor|korean|한국어|"},
    {"lt", "|lit|lithuanian|lietuvių|"},
    {"ne", "|nep|npi|nepali|नेपाली|"},
    {"nl", "|nld|dut|dutch|flemish|nederlands|"},
    {"no", "|nor|nb|nob|nn|nno|norwegian|bokmål|nynorsk|norsk|"},
    {"pt", "|por|portuguese|português|"},
    {"ro", "|ron|rum|mo|romanian|moldavian|română|"},
    {"ru", "|rus|russian|русский|"},
    {"sr", "|srp|scc|serbian|српски|srpski|"},
    {"sv", "|swe|swedish|svenska|"},
    {"ta", "|tam|tamil|தமிழ்|"},
    {"tr", "|tur|turkish|türkçe|"},
    {"yi", "|yid|ji|yiddish|ייִדיש|"},
    {"zh", "|zho|chi|cmn|chinese|mandarin|中文|汉语|漢語|"},
};

#define LANG_COUNT (sizeof(langs) / sizeof(langs[0]))

/*
 * CLD2 codes that differ from ISO 639-1. CLD2 keeps the retired codes "iw"
 * and "jw", splits Chinese by script and says "un" for unknown.
 */
static const struct {
    const char *cld2;
    const char *iso;
} cld2_map[] = {
    {"iw", "he"}, {"jw", "jv"}, {"zh-Hant", "zh"}, {"un", "und"}, {"xxx", "und"},
};

/*
 * Writes the lower-cased `s[0..len)` as a "|key|" needle into `key`. Returns
 * false when it does not fit or is not valid UTF-8.
 */
static bool make_needle(const char *s, size_t len, char key[KEY_MAX + 3])
{
    size_t pos = 0, o = 1;

    if (len == 0 || len > KEY_MAX || !utf8_valid(s, len, NULL))
        return false;
    key[0] = '|';
    while (pos < len) {
        int32_t cp = utf8proc_tolower(utf8_next(s, len, &pos));
        /* utf8proc_encode_char writes at most 4 bytes. */
        if (o + 4 > KEY_MAX + 1 || cp == '|' || cp == 0)
            return false;
        o += (size_t)utf8proc_encode_char(cp, (utf8proc_uint8_t *)key + o);
    }
    key[o] = '|';
    key[o + 1] = '\0';
    return true;
}

/* Length of the part of `code` before a region or script tag ("en-US", "pt_BR.UTF-8"). */
static size_t base_len(const char *code, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        if (code[i] == '-' || code[i] == '_' || code[i] == '.' || code[i] == '@')
            return i;
    }
    return len;
}

/* Index in `langs` of the lower-case needle "|key|", or -1. */
static int find_lang(const char *needle)
{
    size_t i, n = strlen(needle);

    /* The common case, a 2-letter code, is a direct comparison. */
    for (i = 0; n == 4 && i < LANG_COUNT; i++) {
        if (needle[1] == langs[i].code[0] && needle[2] == langs[i].code[1])
            return (int)i;
    }
    for (i = 0; i < LANG_COUNT; i++) {
        if (strstr(langs[i].aliases, needle) != NULL)
            return (int)i;
    }
    return -1;
}

/* `code` without the blanks around it: its start, and its length in `*len`. */
static const char *trim_blanks(const char *code, size_t *len)
{
    size_t n;

    while (*code == ' ' || *code == '\t')
        code++;
    n = strlen(code);
    while (n > 0 && (code[n - 1] == ' ' || code[n - 1] == '\t'))
        n--;
    *len = n;
    return code;
}

void text_lang_canonical(const char *code, char out[8])
{
    char needle[KEY_MAX + 3];
    size_t len;
    int idx;

    out[0] = '\0';
    if (code == NULL)
        return;
    code = trim_blanks(code, &len);
    if (!make_needle(code, base_len(code, len), needle))
        return;
    idx = find_lang(needle);
    if (idx >= 0)
        memcpy(out, langs[idx].code, 3);
}

/*
 * Every ISO 639-1 code, two letters each, one space apart: a given code
 * that is one names a language even where `langs` has no row for it.
 */
static const char iso639_1[] =
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu";

void text_lang_given(const char *code, char out[8])
{
    size_t i, len;
    char c[2];

    text_lang_canonical(code, out);
    if (out[0] != '\0' || code == NULL)
        return;
    code = trim_blanks(code, &len);
    if (base_len(code, len) != 2)
        return;
    for (i = 0; i < 2; i++) {
        c[i] = (char)(code[i] >= 'A' && code[i] <= 'Z' ? code[i] - 'A' + 'a' : code[i]);
        if (c[i] < 'a' || c[i] > 'z')
            return;
    }
    for (i = 0; i + 1 < sizeof(iso639_1); i += 3) {
        if (iso639_1[i] == c[0] && iso639_1[i + 1] == c[1]) {
            out[0] = c[0];
            out[1] = c[1];
            out[2] = '\0';
            return;
        }
    }
}

/*
 * The Bantu languages with an ISO 639-1 code, two letters each, one space
 * apart: Swahili, the Nguni languages (Zulu, Xhosa, the Ndebeles, Swati),
 * Sotho, Tswana, Tsonga, Venda, Shona, Chichewa, Kinyarwanda, Kirundi,
 * Ganda, Lingala, Kongo, Kikuyu, Kwanyama, Herero, Ndonga and Luba-Katanga.
 */
static const char bantu[] = "sw zu xh nr nd ss st tn ts ve sn ny rw rn lg ln kg ki kj hz ng lu";

bool text_lang_bantu(const char *lang)
{
    char code[8];
    size_t i;

    text_lang_given(lang, code);
    if (code[0] == '\0' || code[1] == '\0' || code[2] != '\0')
        return false;
    for (i = 0; i + 1 < sizeof(bantu); i += 3)
        if (bantu[i] == code[0] && bantu[i + 1] == code[1])
            return true;
    return false;
}

/* Copies the ISO form of CLD2 code `c` into `lang`. */
static void map_cld2(const char *c, char lang[8])
{
    size_t i, n;

    for (i = 0; i < sizeof(cld2_map) / sizeof(cld2_map[0]); i++) {
        if (strcmp(c, cld2_map[i].cld2) == 0) {
            memcpy(lang, cld2_map[i].iso, strlen(cld2_map[i].iso) + 1);
            return;
        }
    }
    /* "xx-Copt" and the like are scripts without a known language. */
    n = base_len(c, strlen(c));
    if (n == 0 || n > 7 || (n == 2 && c[0] == 'x' && c[1] == 'x')) {
        memcpy(lang, "und", 4);
        return;
    }
    /* Drop script or region tags: "sr-ME" -> "sr". */
    memcpy(lang, c, n);
    lang[n] = '\0';
}

/*
 * Smaller languages that CLD2's tables lack (Tatar, Bashkir, Turkmen,
 * Quechua, Luxembourgish, Guarani, Yoruba, Sorani Kurdish, Uyghur, Pashto,
 * Sindhi...) come back as a neighbour that
 * shares their script, whatever the text's length, and still marked reliable.
 * A row takes the neighbour's answer back only on evidence the neighbour's
 * own orthography cannot produce: letters its alphabet lacks (`foreign`),
 * making up at least 1% of the text's letters and `min_count` in all, in
 * a text that also has a letter of `marks` when that is not empty (the
 * target's own letters, which pick it among the neighbour's neighbours).
 * A row with a `grammar` test needs that test to pass as well; a row with no
 * `foreign` letters rests on the test alone. Rows of one detected code are
 * tried in order, the first that holds wins. Letters are lower-case UTF-8.
 */
typedef bool (*neighbour_grammar_fn)(const char *s, size_t len);

static bool quechua_endings(const char *s, size_t len);
static bool quechua_beside_uzbek(const char *s, size_t len);
static bool oromo_spelling(const char *s, size_t len);
static bool shona_spelling(const char *s, size_t len);
static bool somali_spelling(const char *s, size_t len);

/*
 * The Latin-script answers the detector gives for Oromo, Somali and Shona,
 * which its tables lack (Finnish, Estonian, Basque, Italian for the long
 * vowels of Oromo and Somali, Tagalog, and the Bantu languages it knows),
 * one space apart.
 */
#define EAST_AFRICAN_LATIN "fi et eu it sw rw lg ny st tl"

static const struct neighbour_row {
    const char *detected; /* one code, or several one space apart */
    const char *foreign;
    const char *marks;
    unsigned min_count;
    neighbour_grammar_fn grammar;
    const char *target;
} neighbour_rows[] = {
    /*
     * Kyrgyz has none of the Bashkir, Tatar, Kazakh or Ukrainian letters; a
     * Kazakh і next to the Turkic ң ө ү is no Ukrainian one.
     */
    {"ky", "ҡҙҫ", "", 1, NULL, "ba"},
    {"ky", "әҗһ", "җ", 1, NULL, "tt"},
    {"ky", "әһқғұі", "қғұ", 1, NULL, "kk"},
    {"ky", "әһ", "", 1, NULL, "tt"},
    {"ky", "і", "ңөү", 1, NULL, "kk"},
    {"ky", "ў", "", 1, NULL, "be"},
    {"ky", "іїєґ", "", 1, NULL, "uk"},
    /* Kazakh has every Tatar letter but җ, and none of Bashkir's own. */
    {"kk", "ҡҙҫ", "", 1, NULL, "ba"},
    {"kk", "җ", "", 1, NULL, "tt"},
    /*
     * Uzbek in Cyrillic has ў қ ғ ҳ but none of the letters below; Kyrgyz is
     * told from Mongolian, which writes ө ү too, by its ң.
     */
    {"uz", "ҡҙҫ", "", 1, NULL, "ba"},
    {"uz", "әҗңөүһұі", "җ", 1, NULL, "tt"},
    {"uz", "әҗңөүһұі", "ұі", 1, NULL, "kk"},
    {"uz", "әҗңөүһ", "әһ", 1, NULL, "tt"},
    {"uz", "ңөү", "ң", 1, NULL, "ky"},
    /* Turkmen's ä ň ý ž: Turkish, Uzbek and Azerbaijani lack all four. */
    {"tr", "äňýž", "", 1, NULL, "tk"},
    {"uz", "äňýž", "", 1, NULL, "tk"},
    {"az", "äňýž", "", 1, NULL, "tk"},
    /* English has none of them; two, for a Czech name's ý. */
    {"en", "äňýž", "ýň", 2, NULL, "tk"},
    /* Icelandic writes ý but never ş ç ň ž. */
    {"is", "şçňž", "ýäň", 1, NULL, "tk"},
    /* Quechua's q where the neighbour has none, or its endings alone. */
    {"sw", "q", "", 2, quechua_endings, "qu"},
    {"ny", "q", "", 2, quechua_endings, "qu"},
    {"rw", "q", "", 2, quechua_endings, "qu"},
    {"tl", "q", "", 2, quechua_endings, "qu"},
    {"id", "q", "", 2, quechua_endings, "qu"},
    {"ms", "q", "", 2, quechua_endings, "qu"},
    {"uz", "", "", 0, quechua_beside_uzbek, "qu"},
    /*
     * Oromo (Qubee), Shona and Somali by their spelling, whichever of these
     * neighbours the detector answers (`detected` lists them).
     */
    {EAST_AFRICAN_LATIN, "", "", 0, oromo_spelling, "om"},
    {EAST_AFRICAN_LATIN, "", "", 0, shona_spelling, "sn"},
    {EAST_AFRICAN_LATIN, "", "", 0, somali_spelling, "so"},
    /* Luxembourgish ë (and ä for Danish); one ë may be a French name's. */
    {"de", "ë", "", 2, NULL, "lb"},
    {"da", "äë", "ë", 2, NULL, "lb"},
    /* Guarani's nasal vowels with a tilde that Spanish and Portuguese lack. */
    {"es", "ẽĩũỹ", "", 1, NULL, "gn"},
    {"pt", "ẽĩũỹ", "", 1, NULL, "gn"},
    {"ny", "ẽĩũỹ", "", 1, NULL, "gn"},
    /*
     * Yoruba's dotted vowels and ṣ; a tone mark on a dotted vowel (below). Igbo
     * writes ọ too, but neither ẹ nor ṣ.
     */
    {"ga", "ẹọṣ", "ẹṣ", 1, NULL, "yo"},
    {"is", "ẹọṣ", "ẹṣ", 1, NULL, "yo"},
    {"vi", "ṣ\xcc\x80\xcc\x81", "ẹṣ", 2, NULL, "yo"},
    /*
     * Arabic-script letters that Arabic, Persian and Urdu lack: Uyghur's
     * vowels and ng (ۈ ۇ ڭ; ې is Pashto's too, ە ۆ Sorani's), Sorani
     * Kurdish's ڕ ڵ ێ ە ۆ, Pashto's ټ ډ ړ ږ ښ ګ ځ څ ۍ and Sindhi's implosives
     * and aspirates.
     */
    {"ar", "ۈۇېۆەڭ", "ۈۇڭ", 2, NULL, "ug"},
    {"fa", "ۈۇېۆەڭ", "ۈۇڭ", 2, NULL, "ug"},
    {"ur", "ۈۇېۆەڭ", "ۈۇڭ", 2, NULL, "ug"},
    {"ar", "ڕڵێەۆ", "", 2, NULL, "ku"},
    {"fa", "ڕڵێەۆ", "", 2, NULL, "ku"},
    {"ur", "ڕڵێەۆ", "", 2, NULL, "ku"},
    {"ar", "ټډړږښګځڅۍ", "", 2, NULL, "ps"},
    {"fa", "ټډړږښګځڅۍ", "", 2, NULL, "ps"},
    {"ur", "ټډړږښګځڅۍ", "", 2, NULL, "ps"},
    {"ar", "ڪڄڃڇڏڍڊڌڙٻٺٽٿڦڳڱ۾", "", 2, NULL, "sd"},
    {"fa", "ڪڄڃڇڏڍڊڌڙٻٺٽٿڦڳڱ۾", "", 2, NULL, "sd"},
    {"ur", "ڪڄڃڇڏڍڊڌڙٻٺٽٿڦڳڱ۾", "", 2, NULL, "sd"},
    /*
     * Assamese writes its r and w with letters of its own (ৰ ৱ) in the
     * Bengali script; Bengali has র and ব for them. The detector's tables
     * have no Assamese, so an Assamese text comes back as Bengali.
     */
    {"bn", "ৰৱ", "", 2, NULL, "as"},
    /* Russian ы э ё in a text read as Serbian or Bulgarian. */
    {"sr", "ў", "", 1, NULL, "be"},
    {"sr", "ыэё", "", 1, NULL, "ru"},
    {"bg", "ў", "", 1, NULL, "be"},
    {"bg", "ыэё", "", 1, NULL, "ru"},
};

/* Whether code point `cp` is one of the UTF-8 letters of `set`. */
static bool in_set(const char *set, int32_t cp)
{
    size_t pos = 0, n = strlen(set);

    while (pos < n) {
        if (utf8_next(set, n, &pos) == cp)
            return true;
    }
    return false;
}

/* Whether `cp` is a combining grave or acute accent. */
static bool is_tone_mark(int32_t cp)
{
    return cp == 0x300 || cp == 0x301;
}

/* Whether `cp` is a vowel with a dot below as Yoruba writes them (ẹ ọ). */
static bool is_dotted_vowel(int32_t cp)
{
    return cp == 0x1EB9 || cp == 0x1ECD;
}

/* The ASCII letters of the UTF-8 `set` (Quechua's q), one bit each from `a`. */
static uint32_t ascii_mask(const char *set)
{
    uint32_t mask = 0;

    for (; *set != '\0'; set++) {
        if (tokenize_ascii_letter((unsigned char)*set))
            mask |= UINT32_C(1) << ((*set | 0x20) - 'a');
    }
    return mask;
}

/* Whether the ASCII byte `b` is a letter whose bit `mask` sets. */
static bool in_mask(uint32_t mask, unsigned char b)
{
    return mask != 0 && tokenize_ascii_letter(b) && ((mask >> ((b | 0x20) - 'a')) & 1) != 0;
}

/*
 * The letters of `r->foreign` in the valid UTF-8 `s[0..len)`. ASCII bytes
 * are skipped unless the set has an ASCII letter, so the common case, a text
 * with none of the letters, costs a byte test per byte. A combining tone mark
 * counts only on a precomposed dotted vowel: Vietnamese puts one tone on a
 * vowel, so such a pair is Yoruba's, while a Vietnamese text in decomposed
 * form has its marks on plain letters.
 */
static size_t foreign_count(const struct neighbour_row *r, const char *s, size_t len)
{
    size_t pos = 0, count = 0;
    uint32_t ascii = ascii_mask(r->foreign);
    int32_t prev = 0;

    while (pos < len) {
        unsigned char b;
        int32_t cp;
        if (ascii == 0) {
            size_t at = text_ascii_end(s, len, pos);
            prev = at != pos ? 0 : prev;
            pos = at;
        }
        if (pos >= len)
            break;
        b = (unsigned char)s[pos];
        if (b < 0x80) {
            pos++;
            if (in_mask(ascii, b))
                count++;
            prev = b;
            continue;
        }
        cp = utf8proc_tolower(utf8_next(s, len, &pos));
        if (in_set(r->foreign, cp) && (!is_tone_mark(cp) || is_dotted_vowel(prev)))
            count++;
        prev = cp;
    }
    return count;
}

/* The letters of `s[0..len)` in `*letters`; whether one of them is in `marks`. */
static bool count_letters(const char *marks, const char *s, size_t len, size_t *letters)
{
    size_t pos = 0, n = 0;
    bool marked = marks[0] == '\0';
    uint32_t ascii = ascii_mask(marks);

    while (pos < len) {
        int32_t cp = utf8_next_fast(s, len, &pos);
        utf8proc_propval_t cat;
        if (cp < 0x80) {
            if (tokenize_ascii_letter((unsigned char)cp))
                n++;
            marked = marked || in_mask(ascii, (unsigned char)cp);
            continue;
        }
        cp = utf8proc_tolower(cp);
        cat = utf8proc_get_property(cp)->category;
        if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO)
            n++;
        marked = marked || in_set(marks, cp);
    }
    *letters = n;
    return marked;
}

/*
 * Whether row `r` holds for the valid UTF-8 `s[0..len)`: the foreign letters
 * first, and the letters of the whole text only when there are some.
 */
static bool row_holds(const struct neighbour_row *r, const char *s, size_t len)
{
    if (r->foreign[0] != '\0') {
        size_t count = foreign_count(r, s, len), letters;
        if (count == 0 || count < r->min_count)
            return false;
        if (!count_letters(r->marks, s, len, &letters) || count * 100 < letters)
            return false;
    }
    return r->grammar == NULL || r->grammar(s, len);
}

/* Whether the ASCII `w[0..n)` ends with the lower-case `end`, ignoring case. */
static bool ends_with(const char *w, size_t n, const char *end)
{
    size_t e = strlen(end), i;

    if (n < e)
        return false;
    for (i = 0; i < e; i++) {
        if ((w[n - e + i] | 0x20) != end[i])
            return false;
    }
    return true;
}

/*
 * Quechua's endings on a stem of three letters or more: -kuna (plural, also
 * -kunata, -kunapi, -kunaman), -manta (from), -nku (third person plural),
 * -rqan (past), -kama (up to), -chu (question, negation), and, unless
 * `uzbek` (whose dative after k and q is -qa: "boshqa", "qishloqqa"), -sqa
 * (perfect) and -qa (topic). Endings that Indonesian or Swahili words also
 * have (-pi, -man, -ta, -wan) do not count. Two such words and a fifth of
 * all words at least.
 */
static bool quechua_words(const char *s, size_t len, bool uzbek)
{
    static const char *const endings[] = {"kuna", "kunata", "kunapi", "kunaman", "manta", "nku",
                                          "rqan", "kama",   "chu",    "sqa",     "qa"};
    size_t i = 0, words = 0, hits = 0;
    size_t tried = sizeof(endings) / sizeof(endings[0]) - (uzbek ? 2 : 0);

    while (i < len) {
        size_t start, n, k;
        while (i < len && !tokenize_ascii_letter((unsigned char)s[i]))
            i++;
        start = i;
        while (i < len && (tokenize_ascii_letter((unsigned char)s[i]) || s[i] == '\''))
            i++;
        n = i - start;
        if (n == 0)
            break;
        words++;
        for (k = 0; k < tried; k++) {
            if (n >= strlen(endings[k]) + 3 && ends_with(s + start, n, endings[k])) {
                hits++;
                break;
            }
        }
    }
    return hits >= 2 && hits * 5 >= words;
}

/* quechua_words() for a text read as Swahili, Indonesian and the like. */
static bool quechua_endings(const char *s, size_t len)
{
    return quechua_words(s, len, false);
}

/* quechua_words() for a text read as Uzbek: -qa and -sqa are Uzbek's too. */
static bool quechua_beside_uzbek(const char *s, size_t len)
{
    return quechua_words(s, len, true);
}

/*
 * The next word of `s[0..len)` from `*pos`: its letters, lower-cased, in
 * `w` (ASCII letters as they are, any other letter as 0x80, an apostrophe
 * ' or U+2019 between two letters as '\''), at most `cap - 1` of them, and
 * its length in `*n`. Returns false when no word is left.
 */
static bool next_word(const char *s, size_t len, size_t *pos, char *w, size_t cap, size_t *n)
{
    size_t k = 0;
    bool started = false;

    while (*pos < len) {
        int32_t cp = utf8_next_fast(s, len, pos);
        bool apostrophe = cp == '\'' || cp == 0x2019;
        bool letter = false;
        if (cp < 0x80) {
            letter = tokenize_ascii_letter((unsigned char)cp);
        } else if (!apostrophe) {
            utf8proc_propval_t cat = utf8proc_get_property(cp)->category;
            letter = cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO;
        }
        if (letter) {
            started = true;
            if (k + 1 < cap)
                w[k++] = cp < 0x80 ? (char)(cp | 0x20) : (char)0x80;
            continue;
        }
        if (!started)
            continue;
        if (apostrophe && *pos < len && k + 1 < cap) {
            size_t next = *pos;
            int32_t after = utf8_next_fast(s, len, &next);
            if (after < 0x80 && tokenize_ascii_letter((unsigned char)after)) {
                w[k++] = '\'';
                continue;
            }
        }
        break;
    }
    w[k] = '\0';
    *n = k;
    return k > 0;
}

/* Whether `c` is one of a, e, i, o, u. */
static bool ascii_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

/* What a text written in the Latin letters of Oromo or Somali has of their marks, word by word. */
struct cushitic_words {
    size_t words;      /* all words */
    size_t marked;     /* with dh, a q not before u, or an apostrophe before a vowel */
    size_t doubled;    /* with a doubled vowel */
    size_t other;      /* with a letter outside ASCII */
    size_t pharyngeal; /* with an x, or a c not before h */
};

static void cushitic_count(const char *s, size_t len, struct cushitic_words *cw)
{
    char w[48];
    size_t pos = 0, n;

    memset(cw, 0, sizeof(*cw));
    while (next_word(s, len, &pos, w, sizeof(w), &n)) {
        size_t i;
        bool mark = false, dbl = false, pharynx = false, latin = true;
        cw->words++;
        for (i = 0; i < n; i++) {
            char c = w[i], next = i + 1 < n ? w[i + 1] : '\0';
            if ((unsigned char)c >= 0x80)
                latin = false;
            else if ((c == 'd' && next == 'h') || (c == 'q' && next != 'u') ||
                     (c == '\'' && ascii_vowel(next)))
                mark = true;
            else if (ascii_vowel(c) && next == c)
                dbl = true;
            else if (c == 'x' || (c == 'c' && next != 'h'))
                pharynx = true;
        }
        if (!latin) {
            cw->other++;
            continue;
        }
        cw->marked += mark;
        cw->doubled += dbl;
        cw->pharyngeal += pharynx;
    }
}

/*
 * Oromo as written in Qubee, the Latin alphabet it has used since 1991,
 * against the languages the detector reads it as: the implosive dh, the
 * ejective q (never the qu of the Romance languages) and the glottal stop
 * written with an apostrophe before a vowel ("du'e", "har'a", "ji'a") mark a
 * word as Oromo; Finnish, Estonian and the Bantu languages write none of
 * them in their own words. Vowel length is written double ("Baalee"), so a
 * quarter of all words at least have a doubled vowel (which Italian, Basque
 * and the Bantu languages seldom write). Two marked words and an eighth of
 * all; a text whose words have letters outside ASCII in more than one in
 * twenty (Finnish ä, ö) is not Qubee. Somali writes dh, q and the apostrophe
 * too, but also its pharyngeals c and x, which Oromo seldom needs: a text
 * with words that have c (not ch) or x in a third of its marked count is
 * left to somali_spelling().
 */
static bool oromo_spelling(const char *s, size_t len)
{
    struct cushitic_words cw;

    cushitic_count(s, len, &cw);
    return cw.marked >= 2 && cw.marked * 8 >= cw.words && cw.doubled * 4 >= cw.words &&
           cw.other * 20 <= cw.words && cw.pharyngeal * 3 < cw.marked;
}

/*
 * Somali in its Latin alphabet (1972): the pharyngeals written c and x
 * ("waxaa", "xukuumadda", "ciidamada"), in two words and an eighth of all,
 * long vowels written double in a quarter, and no more letters outside
 * ASCII than Oromo's test allows (Estonian, which the detector also
 * answers, writes its vowels double too, but with õ ä ö ü and no c or x).
 */
static bool somali_spelling(const char *s, size_t len)
{
    struct cushitic_words cw;

    cushitic_count(s, len, &cw);
    return cw.pharyngeal >= 2 && cw.pharyngeal * 8 >= cw.words && cw.doubled * 4 >= cw.words &&
           cw.other * 20 <= cw.words;
}

/*
 * Shona's whistled sibilants zv and sv (also in dzv, tsv: "zvakare",
 * "kusvika", "itsva") and its breathy vh, bh and nh ("vanhu", not the nhl of
 * Zulu and Xhosa): none of the Bantu languages the detector knows writes
 * them. Two such words and an eighth of all.
 */
static bool shona_spelling(const char *s, size_t len)
{
    char w[48];
    size_t pos = 0, n, words = 0, marked = 0;

    while (next_word(s, len, &pos, w, sizeof(w), &n)) {
        size_t i;
        words++;
        for (i = 0; i + 1 < n; i++) {
            char c = w[i], next = w[i + 1];
            if ((next == 'v' && (c == 'z' || c == 's')) ||
                (next == 'h' && (c == 'v' || c == 'b' || (c == 'n' && (i + 2 >= n || w[i + 2] != 'l'))))) {
                marked++;
                break;
            }
        }
    }
    return marked >= 2 && marked * 8 >= words;
}

/* Whether `lang` is one of the codes of `detected`, one space apart. */
static bool detected_has(const char *detected, const char *lang)
{
    size_t n = strlen(lang);

    while (*detected != '\0') {
        size_t k = strcspn(detected, " ");
        if (k == n && memcmp(detected, lang, n) == 0)
            return true;
        detected += k;
        detected += *detected == ' ';
    }
    return false;
}

void lang_neighbour_fix(const char *s, size_t len, char lang[8])
{
    size_t i;
    bool checked = false;

    for (i = 0; i < sizeof(neighbour_rows) / sizeof(neighbour_rows[0]); i++) {
        const struct neighbour_row *r = &neighbour_rows[i];
        if (!detected_has(r->detected, lang))
            continue;
        if (!checked && !utf8_valid(s, len, NULL))
            return;
        checked = true;
        if (row_holds(r, s, len)) {
            memcpy(lang, r->target, strlen(r->target) + 1);
            return;
        }
    }
}

void text_detect_lang(const char *s, size_t len, char lang[8], bool *reliable)
{
    bool rel = false;

    map_cld2(langid_cld2(s, len, &rel), lang);
    if (s != NULL)
        lang_neighbour_fix(s, len, lang);
    if (strcmp(lang, "und") == 0)
        rel = false;
    if (reliable != NULL)
        *reliable = rel;
}
