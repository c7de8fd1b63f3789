/*
 * inflect.c - the base forms an inflected name may have. Polish, Slovak,
 * Croatian/Serbian/Bosnian, Slovene, Hungarian, Russian, Ukrainian,
 * Latvian, Lithuanian, Finnish, Estonian, Icelandic, Albanian, Uzbek,
 * Kyrgyz, Kurdish (Kurmanji), Swedish, Danish and Norwegian put case endings and suffixes on
 * names ("Wąsowicza", "v Bratislave", "Beogradu", "Budapesten", "в Бишкеке", "Arēnā",
 * "Vilniuje", "Kanadassa", "Reykjavíkur", "Durrësit", "Beldersoyda", "Erzurumê"), which keep them
 * from meeting the same name written elsewhere. The tables hold each language's common endings from
 * its grammar, and the changes a stem goes through when an ending comes on (a long final vowel in
 * Hungarian, a vowel that drops out in the Slavic languages, a consonant softened before -e or -i);
 * the engine counts a word as a base form only when it has seen that exact name (pipeline/engine.c,
 * inflected_base()).
 */
#include <stdbool.h>
#include <string.h>

#include "text/text.h"
#include "core/banned.h"

/* Letters a base form's stem (the word without its ending) needs, and the base itself. */
#define MIN_STEM_LETTERS 4
#define MIN_BASE_LETTERS 4
/* Bytes of a base form, at most. */
#define MAX_BASE_BYTES 64

/*
 * A stem's last letters `to` that are `from` before the ending `ending`
 * ("" for every ending): the Polish and Croatian k, g, h, r, d and t that
 * soften before the -e/-i of the dative and locative ("Polska" -> "w
 * Polsce", "Rijeka" -> "u Rijeci", "Praga" -> "w Pradze"), the -i a
 * Finnish or Estonian case puts on a name ending in a consonant ("Egypt" ->
 * "Egyptissä"). A list ends with a NULL `ending`.
 */
struct alternation {
    const char *ending, *from, *to;
};

/*
 * An ending after which only `nominative` is put back, not every
 * nominative of the language: the Slovene -o of a feminine's accusative
 * ("Mrzlo luknjo" of "Mrzla luknja"), which on a masculine or neuter
 * nominative ("Marko", "Porto") is no ending at all. A list ends with a
 * NULL `ending`.
 */
struct own_ending {
    const char *ending, *nominative;
};

struct text_inflection {
    const char *code;
    const char *const *endings;     /* case endings and suffixes, longest first, NULL-ended */
    const char *const *nominatives; /* what may replace one: "" first, NULL-ended */
    /*
     * Vowels that drop out of a stem's last syllable when an ending comes
     * on ("Havel" -> "Havla", "Borowiec" -> "Borowca", "Čačak" -> "Čačka"),
     * NULL-ended; NULL for none.
     */
    const char *const *fleeting;
    bool long_final; /* Hungarian: a final a/e is á/é before a suffix ("Európa" -> "Európában") */
    bool o_acute;    /* Polish: a last ó is o before an ending ("Kraków" -> "Krakowie") */
    /* How a stem's end changes before some endings; NULL for none. */
    const struct alternation *alternations;
    /* Endings with a nominative of their own, tried after `endings`; NULL for none. */
    const struct own_ending *own;
    /*
     * Kurmanji: the name, and its stems, with ê î û ç ş as e i u c s too, as
     * the other languages write them ("Îranê" -> "iran", "Sûriyeyê" -> "suriye").
     */
    bool plain_letters;
    /*
     * Oromo: a long vowel is written double ("Baalee", "Weeb"), where other
     * languages write the same name with one ("Bale", "Web"); the name and
     * its stems are tried with each doubled vowel written once too.
     */
    bool long_vowels;
};

/* Polish; the -e of the locative comes after a softened consonant ("Polsce", "Odrze"). */
static const char *const pl_endings[] = {"ami", "ach", "ego", "emu", "owi", "om", "em", "ie", "ym",
                                         "im",  "a",   "u",   "y",   "ą",   "ę",  "i",  "e",  NULL};
static const char *const pl_nominatives[] = {"", "a", "o", "ia", NULL};
static const char *const pl_fleeting[] = {"e", "ie", NULL};
/*
 * Slovak, Croatian/Serbian/Bosnian and Slovene also make a name's
 * possessive adjective with -ov- ("Nobelova cena", "Nobelovu cenu",
 * "Nobelove nagrade"), which goes back to the name. Czech, which does the
 * same, has no table: see docs/QUALITY.md, "inflect10" and "inflect11".
 */
static const char *const sk_endings[] = {"ových", "ovým", "ovou", "ovej", "ách", "ami", "ého",
                                         "ému",   "ovi",  "ovu",  "ova",  "ovo", "om",  "ou",
                                         "ej",    "a",    "u",    "e",    "y",   "i",   NULL};
static const char *const sk_nominatives[] = {"", "a", "o", NULL};
static const char *const e_fleeting[] = {"e", NULL};
static const char *const hbs_endings[] = {"ovog", "ovom", "ovoj", "ovih", "ovim", "ima", "ama",
                                          "ovi",  "ova",  "ove",  "ovu",  "ovo",  "om",  "em",
                                          "oj",   "a",    "u",    "e",    "i",    NULL};
static const char *const hbs_fleeting[] = {"a", NULL};
static const char *const sl_endings[] = {"ovega", "ovem", "ovih", "ova", "ove", "ovo",
                                         "ovi",   "om",   "em",   "ih",  "ov",  "ju",
                                         "a",     "u",    "e",    "i",   NULL};
/* Slovene: a feminine's accusative and instrumental -o ("Mrzlo", "Slovenijo"). */
static const struct own_ending sl_own[] = {{"o", "a"}, {NULL, NULL}};
static const char *const hu_endings[] = {
    "ban", "ben", "ból", "ből", "nak", "nek", "ról", "ről", "val", "vel", "nál", "nél",
    "hoz", "hez", "höz", "tól", "től", "ért", "nal", "nel", "ba",  "be",  "on",  "en",
    "ön",  "ot",  "et",  "öt",  "at",  "ra",  "re",  "ig",  "t",   NULL};
static const char *const hu_nominatives[] = {"", NULL};
/*
 * Russian and Ukrainian names come here in Latin letters (names.c spells
 * Cyrillic so): "Бишкеке" is "bishkeke", "Києві" "kievi", "Бергеном"
 * "bergenom". Besides the case endings, the adjective of a place
 * ("Баткенской" of Batken) goes back to the place.
 */
static const char *const ru_endings[] = {"skogo", "skaya", "skoye", "skomu", "skoy", "skiy", "skom",
                                         "skoj",  "skij",  "oyu",   "eyu",   "om",   "em",   "oy",
                                         "ey",    "a",     "u",     "e",     "y",    "i",    NULL};
static const char *const ru_nominatives[] = {"", "a", "ya", NULL};

/* Polish: "Polsce", "Pradze", "Kanadzie", "Krecie", "Odrze" (Polska, Praga, Kanada, ...). */
static const struct alternation pl_alternations[] = {{"e", "c", "k"},   {"e", "dz", "g"},
                                                     {"ie", "dz", "d"}, {"ie", "c", "t"},
                                                     {"e", "rz", "r"},  {NULL, NULL, NULL}};
/*
 * Croatian, Serbian, Bosnian: "Rijeci", "Africi", "Volzi" (Rijeka, Afrika,
 * Volga); and a noun in -lac, whose l becomes o when its a drops out, an
 * o after o merging with it ("Stolac" -> "u Stocu", "čitalac" -> "čitaoca").
 */
static const struct alternation hbs_alternations[] = {
    {"i", "c", "k"},     {"i", "z", "g"},     {"i", "s", "h"},     {"", "oc", "olac"},
    {"", "aoc", "alac"}, {"", "ioc", "ilac"}, {"", "eoc", "elac"}, {NULL, NULL, NULL}};
/*
 * Latvian ("Arēnā", "Kanādu", "Latvijas", "Ozoliņam"): a masculine name
 * ends in -s, -š or -is in the nominative, a feminine one in -a or -e.
 */
static const char *const lv_endings[] = {"iem", "ām", "ās", "ai", "as", "am", "os",
                                         "us",  "ei", "es", "ēm", "ēs", "u",  "ā",
                                         "a",   "i",  "e",  "ē",  NULL};
static const char *const lv_nominatives[] = {"", "a", "s", "š", "is", "e", NULL};
/* Lithuanian ("Vilniuje", "Kauno", "Klaipėdoje", "Lietuvos"; "Londone" of London). */
static const char *const lt_endings[] = {
    "iuose", "uose", "iams", "iems", "oje", "ėje", "uje", "yje", "iui", "aus", "ams",
    "ose",   "ėse",  "ių",   "ais",  "iu",  "io",  "os",  "ės",  "ui",  "ai",  "ei",
    "ą",     "ę",    "į",    "ų",    "o",   "u",   "e",   "a",   NULL};
static const char *const lt_nominatives[] = {"", "as", "is", "ys", "us", "a", "ė", NULL};
/*
 * Finnish ("Kanadassa", "Latvian", "Kanadaan"): the cases are suffixes on
 * the name, the illative lengthening its last vowel; a name that ends in a
 * consonant takes an -i- before them ("Egyptissä", "Egyptiin").
 */
static const char *const fi_endings[] = {"ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä",
                                         "lle", "ksi", "na",  "nä",  "ta",  "tä",  "an",  "än",
                                         "en",  "in",  "on",  "un",  "yn",  "n",   NULL};
static const struct alternation fi_alternations[] = {{"", "i", ""}, {NULL, NULL, NULL}};
/*
 * Estonian ("Tallinnas", "Londonist", "Riiga"): the cases are suffixes on
 * the genitive, which puts a vowel on a name ending in a consonant
 * ("Tallinna", "Londoni").
 */
static const char *const et_endings[] = {"sse", "lt", "st", "ga", "ks", "ni", "na", "ta", "le",
                                         "l",   "s",  "d",  "t",  "a",  "i",  "u",  "e",  NULL};
static const struct alternation et_alternations[] = {
    {"", "a", ""}, {"", "i", ""}, {"", "u", ""}, {"", "e", ""}, {NULL, NULL, NULL}};

/*
 * Icelandic ("Reykjavíkur", "Íslands", "Mýrdalssandi", "Veðurstofu"): the
 * genitive -s, -ar, -ur, the dative -i, -u, -um, a weak noun's -a, -u, on
 * a nominative in -ur, -a, -i or none; a river in -á has the genitive -ár
 * ("Þjórsár").
 */
static const char *const is_endings[] = {"ar", "ur", "um", "s", "i", "u", "a", NULL};
static const char *const is_nominatives[] = {"", "ur", "a", "i", NULL};
static const struct own_ending is_own[] = {{"ár", "á"}, {NULL, NULL}};
/*
 * Albanian ("Durrësit", "Lleshajn", "Tiranës", "Putinit"): the definite
 * article and its cases come at the end of a name, foreign ones too:
 * masculine -i, -in, -it (-u, -un, -ut after k, g, h; -n, -t after a
 * vowel or j), feminine -a, -ën, -ës (-së, -në after -i); a feminine's
 * nominative ends in -ë, or -a as other languages write it ("Tirana").
 */
static const char *const sq_endings[] = {"it", "in", "ut", "un", "ës", "ën",
                                         "i",  "u",  "n",  "t",  "a",  NULL};
static const char *const sq_nominatives[] = {"", "ë", "a", NULL};
/* A feminine in -i: "Shqipërisë", "Shqipërinë" of "Shqipëri" (not the -në of "Tiranë"). */
static const struct own_ending sq_own[] = {{"isë", "i"}, {"inë", "i"}, {NULL, NULL}};

/*
 * Uzbek (Latin): the locative -da ("Beldersoyda") and its adjective -dagi,
 * the ablative -dan, the dative -ga/-ka/-qa, the genitive -ning and the
 * accusative -ni, added to the name as it is.
 */
static const char *const uz_endings[] = {"dagi", "ning", "dan", "da", "ga", "ka", "qa", "ni", NULL};
/*
 * Kyrgyz, in the Latin letters names.c spells Cyrillic with (ө and ү as o
 * and u): the locative -da ("Ала-Арчадагы" archadagy of Archa, "Нарында")
 * and its adjective -dagy, the ablative -dan, the genitive -nyn, the dative
 * -ga/-ka and the accusative -ny, in their forms by vowel harmony and after
 * a voiceless (-ta, -tan, -tyn, -ka, -ty) or voiced consonant (-dyn, -dy).
 */
static const char *const ky_endings[] = {
    "dagy", "degi", "dogu", "tagy", "tegi", "togu", "nyn", "nin", "nun", "dyn", "din", "dun",
    "tyn",  "tin",  "tun",  "dan",  "den",  "don",  "tan", "ten", "ton", "nan", "nen", "non",
    "da",   "de",   "do",   "ta",   "te",   "to",   "ga",  "ge",  "go",  "ka",  "ke",  "ko",
    "ny",   "ni",   "nu",   "dy",   "di",   "du",   "ty",  "ti",  "tu",  NULL};
/*
 * Kurdish (Kurmanji, Latin): the oblique case, -ê on a feminine (a place
 * is one: "li Erzurumê", "ji Bremenê") and -î on a masculine, and the
 * ezafe that ties a name to the word after it, -ê, -a, -ên ("Kurdistana
 * Başûr"), each with a y after a vowel ("Malatyayê", "Hakkariyê",
 * "Bolognaya"); the name before them is as other languages write it. The
 * plural -an is left out: it ends names too ("Taiwan", "Sudan").
 */
static const char *const ku_endings[] = {"yên", "yê", "ya", "yî", "ên", "ê", "a", "î", NULL};
/*
 * Swedish, Danish and Norwegian: a name's one case ending is the genitive
 * -s, written on the name as it is ("Gotlands museum", "Danmarks",
 * "Norges"); a name that ends in -s takes none.
 */
static const char *const scand_endings[] = {"s", NULL};
static const char *const scand_nominatives[] = {"", NULL};
/*
 * Oromo's case endings on a name: the locative -tti ("Baaleetti",
 * "Adaamaatti"; -itti after a consonant), -irratti and -rratti (on), the
 * ablative -irraa and -rraa, the dative -f, -iif and -dhaaf, the
 * instrumental -iin and -tiin, and the subject's -n ("Itoophiyaan").
 */
static const char *const om_endings[] = {"irratti", "rratti", "irraa", "dhaaf", "itti", "rraa", "tiin",
                                         "tti",     "iif",    "iin",   "f",     "n",    NULL};
static const struct text_inflection tables[] = {
    {"om", om_endings, hu_nominatives, NULL, false, false, NULL, NULL, false, true},
    {"pl", pl_endings, pl_nominatives, pl_fleeting, false, true, pl_alternations, NULL, false, false},
    {"sk", sk_endings, sk_nominatives, e_fleeting, false, false, NULL, NULL, false, false},
    {"hr", hbs_endings, sk_nominatives, hbs_fleeting, false, false, hbs_alternations, NULL, false, false},
    {"sr", hbs_endings, sk_nominatives, hbs_fleeting, false, false, hbs_alternations, NULL, false, false},
    {"bs", hbs_endings, sk_nominatives, hbs_fleeting, false, false, hbs_alternations, NULL, false, false},
    {"sl", sl_endings, sk_nominatives, e_fleeting, false, false, NULL, sl_own, false, false},
    {"hu", hu_endings, hu_nominatives, NULL, true, false, NULL, NULL, false, false},
    {"ru", ru_endings, ru_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"uk", ru_endings, ru_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"lv", lv_endings, lv_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"lt", lt_endings, lt_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"fi", fi_endings, hu_nominatives, NULL, false, false, fi_alternations, NULL, false, false},
    {"et", et_endings, hu_nominatives, NULL, false, false, et_alternations, NULL, false, false},
    {"is", is_endings, is_nominatives, NULL, false, false, NULL, is_own, false, false},
    {"sq", sq_endings, sq_nominatives, NULL, false, false, NULL, sq_own, false, false},
    {"uz", uz_endings, hu_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"ky", ky_endings, hu_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"ku", ku_endings, hu_nominatives, NULL, false, false, NULL, NULL, true, false},
    {"sv", scand_endings, scand_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"da", scand_endings, scand_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"no", scand_endings, scand_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"nb", scand_endings, scand_nominatives, NULL, false, false, NULL, NULL, false, false},
    {"nn", scand_endings, scand_nominatives, NULL, false, false, NULL, NULL, false, false},
};

const struct text_inflection *text_inflection_find(const char *lang)
{
    char code[8];
    size_t i;

    if (lang == NULL)
        return NULL;
    text_lang_given(lang, code);
    for (i = 0; i < sizeof(tables) / sizeof(tables[0]); i++)
        if (strcmp(tables[i].code, code) == 0)
            return &tables[i];
    return NULL;
}

/* Code points of the UTF-8 text `s[0..len)`. */
static size_t letters(const char *s, size_t len)
{
    size_t i, n = 0;

    for (i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* What the search is at: the word, its language, and whom to offer bases. */
struct search {
    const struct text_inflection *inf;
    const char *w;
    size_t len;
    text_base_fn fit;
    void *ctx;
};

/* Kurmanji letters with a diacritic (UTF-8, two bytes each) and the letter others write. */
static const char kurmanji_letters[] = "êeîiûuçcşs";

/*
 * The word `w[0..len)` with Kurmanji's ê î û ç ş as e i u c s in `out`
 * (room for MAX_BASE_BYTES, NUL-terminated as a text_base_fn's base is); its
 * length, 0 when it has none of them or does not fit.
 */
static size_t plain_kurmanji(const char *w, size_t len, char *out)
{
    size_t i = 0, n = 0;
    const char *p;
    bool changed = false;

    while (i < len && n + 1 < MAX_BASE_BYTES) {
        for (p = kurmanji_letters; *p != '\0'; p += 3)
            if (i + 1 < len && p[0] == w[i] && p[1] == w[i + 1])
                break;
        if (*p != '\0') {
            out[n++] = p[2];
            i += 2;
            changed = true;
        } else {
            out[n++] = w[i++];
        }
    }
    out[n] = '\0';
    return changed && i == len ? n : 0;
}

/* Whether `fit` takes the base `b[0..n)` in plain letters, in a table that has them. */
static bool fit_plain(const struct search *s, const char *b, size_t n)
{
    char plain[MAX_BASE_BYTES];
    size_t k;

    return s->inf->plain_letters && (k = plain_kurmanji(b, n, plain)) > 0 &&
           s->fit(s->ctx, plain, k);
}

/*
 * The ASCII word `w[0..len)` with each doubled vowel written once
 * ("baalee" -> "bale") in `out` (room for MAX_BASE_BYTES, NUL-terminated);
 * its length, 0 when it has no doubled vowel.
 */
static size_t short_vowels(const char *w, size_t len, char *out)
{
    size_t i, n = 0;
    bool changed = false;

    if (len >= MAX_BASE_BYTES)
        return 0;
    for (i = 0; i < len; i++) {
        char c = (char)(w[i] | 0x20);
        if (n > 0 && strchr("aeiou", c) != NULL && (out[n - 1] | 0x20) == c) {
            changed = true;
            continue;
        }
        out[n++] = w[i];
    }
    out[n] = '\0';
    return changed ? n : 0;
}

/* Whether `fit` takes the base `b[0..n)` with short vowels, in a table that writes long ones double. */
static bool fit_short(const struct search *s, const char *b, size_t n)
{
    char one[MAX_BASE_BYTES];
    size_t k;

    return s->inf->long_vowels && (k = short_vowels(b, n, one)) > 0 &&
           letters(one, k) >= MIN_BASE_LETTERS && s->fit(s->ctx, one, k);
}

/* Tries the stem `st[0..n)` with each nominative ending of the language but `w`'s own form. */
static bool try_stem(const struct search *s, const char *st, size_t n)
{
    char base[MAX_BASE_BYTES];
    size_t i, k;

    memcpy(base, st, n);
    for (i = 0; s->inf->nominatives[i] != NULL; i++) {
        k = strlen(s->inf->nominatives[i]);
        if (n + k >= sizeof(base) ||
            (n + k == s->len && memcmp(s->w, st, n) == 0 &&
             memcmp(s->w + n, s->inf->nominatives[i], k) == 0) ||
            letters(st, n) + letters(s->inf->nominatives[i], k) < MIN_BASE_LETTERS)
            continue; /* the word itself, or too short */
        memcpy(base + n, s->inf->nominatives[i], k);
        base[n + k] = '\0';
        if (s->fit(s->ctx, base, n + k) || fit_plain(s, base, n + k) ||
            fit_short(s, base, n + k))
            return true;
    }
    return false;
}

/* Whether the byte `c` is an ASCII consonant letter. */
static bool consonant(char c)
{
    return c >= 'a' && c <= 'z' && strchr("aeiouy", c) == NULL;
}

/* Consonants with a diacritic of the languages with a fleeting vowel, in UTF-8. */
static const char accented_consonants[] = "čćďđľłńňřśšťźżž";

/*
 * Whether the letter that ends at `st[n)` (n > 0) is a consonant: an ASCII
 * one, or a two-byte one of `accented_consonants` ("čačk" of "Čačak").
 */
static bool consonant_before(const char *st, size_t n)
{
    const char *p;

    if (((unsigned char)st[n - 1] & 0x80) == 0)
        return consonant(st[n - 1]);
    if (n < 2 || ((unsigned char)st[n - 2] & 0xE0) != 0xC0)
        return false;
    for (p = accented_consonants; *p != '\0'; p += 2)
        if (p[0] == st[n - 2] && p[1] == st[n - 1])
            return true;
    return false;
}

/*
 * The stem `st[0..n)` with the vowel `v` put back before its last letter,
 * an ASCII consonant after another consonant ("havl" + e: "havel", "čačk"
 * + a: "čačak"), tried as try_stem() does.
 */
static bool try_fleeting(const struct search *s, const char *st, size_t n, const char *v)
{
    char out[MAX_BASE_BYTES];
    size_t k = strlen(v);

    if (n < 2 || n + k >= sizeof(out) || !consonant(st[n - 1]) || !consonant_before(st, n - 1))
        return false;
    memcpy(out, st, n - 1);
    memcpy(out + n - 1, v, k);
    out[n - 1 + k] = st[n - 1];
    return try_stem(s, out, n + k);
}

/*
 * The stem `st[0..n)` with `from` (UTF-8) at `at` replaced by `to`, tried
 * as try_stem() does.
 */
static bool try_swap(const struct search *s, const char *st, size_t n, size_t at, const char *from,
                     const char *to)
{
    char out[MAX_BASE_BYTES];
    size_t f = strlen(from), t = strlen(to);

    if (at + f > n || memcmp(st + at, from, f) != 0 || n - f + t >= sizeof(out))
        return false;
    memcpy(out, st, at);
    memcpy(out + at, to, t);
    memcpy(out + at + t, st + at + f, n - at - f);
    return try_stem(s, out, n - f + t);
}

/*
 * The forms the stem `w[0..n)` may have had before its ending came on:
 * itself, then with a long final vowel made short (Hungarian), with a
 * dropped vowel put back, with a Polish o made ó again, with its last
 * letters as they were before `ending` changed them (the table's
 * alternations).
 */
static bool try_forms(const struct search *s, size_t n, const char *ending)
{
    const struct alternation *a;
    const char *st = s->w;
    size_t i, f;

    if (try_stem(s, st, n))
        return true;
    for (a = s->inf->alternations; a != NULL && a->ending != NULL; a++) {
        f = strlen(a->from);
        if ((a->ending[0] == '\0' || strcmp(a->ending, ending) == 0) && n > f &&
            try_swap(s, st, n, n - f, a->from, a->to))
            return true;
    }
    if (s->inf->long_final && n >= 2 &&
        (try_swap(s, st, n, n - 2, "á", "a") || try_swap(s, st, n, n - 2, "é", "e")))
        return true;
    for (i = 0; s->inf->fleeting != NULL && s->inf->fleeting[i] != NULL; i++)
        if (try_fleeting(s, st, n, s->inf->fleeting[i]))
            return true;
    return s->inf->o_acute && n >= 2 && consonant(st[n - 1]) && try_swap(s, st, n, n - 2, "o", "ó");
}

/* The stem `s->w[0..n)` with only the nominative `nom`, offered as try_stem() does. */
static bool try_own(const struct search *s, size_t n, const char *nom)
{
    char base[MAX_BASE_BYTES];
    size_t k = strlen(nom);

    if (n + k >= sizeof(base) || (n + k == s->len && memcmp(s->w + n, nom, k) == 0) ||
        letters(s->w, n) + letters(nom, k) < MIN_BASE_LETTERS)
        return false; /* the word itself (its ending is the nominative), or too short */
    memcpy(base, s->w, n);
    memcpy(base + n, nom, k);
    base[n + k] = '\0';
    return s->fit(s->ctx, base, n + k);
}

bool text_name_bases(const struct text_inflection *inf, const char *w, size_t len, text_base_fn fit,
                     void *ctx)
{
    struct search s = {inf, w, len, fit, ctx};
    const struct own_ending *o;
    char plain[MAX_BASE_BYTES];
    size_t i, n;

    if (inf == NULL || len >= MAX_BASE_BYTES)
        return false;
    for (i = 0; inf->endings[i] != NULL; i++) {
        n = strlen(inf->endings[i]);
        if (n >= len || memcmp(w + len - n, inf->endings[i], n) != 0 ||
            letters(w, len - n) < MIN_STEM_LETTERS)
            continue;
        if (try_forms(&s, len - n, inf->endings[i]))
            return true;
    }
    for (o = inf->own; o != NULL && o->ending != NULL; o++) {
        n = strlen(o->ending);
        if (n < len && memcmp(w + len - n, o->ending, n) == 0 &&
            letters(w, len - n) >= MIN_STEM_LETTERS && try_own(&s, len - n, o->nominative))
            return true;
    }
    /* The word itself with short vowels, or in plain letters (its stems were tried so too). */
    if (fit_short(&s, w, len))
        return true;
    return inf->plain_letters && (n = plain_kurmanji(w, len, plain)) > 0 &&
           letters(plain, n) >= MIN_BASE_LETTERS && fit(ctx, plain, n);
}
