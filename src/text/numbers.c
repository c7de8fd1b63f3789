/*
 * numbers.c - numbers as values, so that the same figure written in two
 * languages is one term: "9.66" and "9,66", "6,000" and "6.000", "180
 * billion" and "180.000 millones", "6,7 Milliarden" and "6.7 billion" each
 * end as one canonical string. The decimal separator follows the
 * language's convention, except where the writing settles it (both
 * separators present, or one repeated); a following scale word ("million",
 * "millones", "Mrd", "mil millones") multiplies the value, with each
 * language's own long or short scale ("billion" is 10^9 in English, 10^12
 * in German and French; "billón" 10^12 in Spanish).
 */
#include "text/text_int.h"

#include <stdio.h>
#include <string.h>

#include "core/banned.h"

/*
 * Languages that write a decimal comma ("9,66"); the others write a point.
 * As CLDR has them, with the neighbours of each that share its script and
 * that the detector takes it for (Bosnian beside Croatian and Serbian,
 * Macedonian beside Bulgarian, Faroese beside Icelandic): a paper in one of
 * them writes "2.000" for two thousand.
 */
static const char *const comma_langs[] = {
    "af", "az", "be", "bg", "bs", "ca", "cs", "da", "de", "el", "es", "et", "eu",
    "fi", "fo", "fr", "fy", "gl", "hr", "hu", "hy", "id", "is", "it", "ka", "kk",
    "ky", "lb", "lt", "lv", "mk", "nb", "nl", "nn", "no", "pl", "pt", "ro", "ru",
    "sk", "sl", "sq", "sr", "sv", "tk", "tr", "tt", "uk", "uz", "vi", NULL};

bool text_number_decimal_comma(const char *code)
{
    size_t i;

    for (i = 0; comma_langs[i] != NULL; i++)
        if (strcmp(code, comma_langs[i]) == 0)
            return true;
    return false;
}

struct scale_word {
    const char *lang; /* "" for every language */
    const char *word; /* as the analyzer sees it: NFKC, case folded */
    double factor;
};

/*
 * South Asia counts in lakhs (10^5) and crores (10^7) above the thousand
 * ("12 لاکھ", "बारह लाख" are the 1.2 million of other papers), and an arab
 * is 10^9: rows at the end for Hindi, Urdu, Sindhi, Marathi, Nepali, Bengali,
 * Assamese, Punjabi, Gujarati, Odia and Tamil.
 */
static const struct scale_word scales[] = {
    {"en", "thousand", 1e3},   {"en", "million", 1e6},    {"en", "millions", 1e6},
    {"en", "mln", 1e6},        {"en", "mn", 1e6},         {"en", "billion", 1e9},
    {"en", "billions", 1e9},   {"en", "bn", 1e9},         {"en", "trillion", 1e12},
    {"en", "trillions", 1e12}, {"es", "mil", 1e3},        {"es", "millón", 1e6},
    {"es", "millones", 1e6},   {"es", "millardo", 1e9},   {"es", "millardos", 1e9},
    {"es", "billón", 1e12},    {"es", "billones", 1e12},  {"pt", "mil", 1e3},
    {"pt", "milhão", 1e6},     {"pt", "milhões", 1e6},    {"pt", "bilhão", 1e9},
    {"pt", "bilhões", 1e9},    {"pt", "trilhão", 1e12},   {"pt", "trilhões", 1e12},
    {"de", "tausend", 1e3},    {"de", "million", 1e6},    {"de", "millionen", 1e6},
    {"de", "mio", 1e6},        {"de", "milliarde", 1e9},  {"de", "milliarden", 1e9},
    {"de", "mrd", 1e9},        {"de", "billion", 1e12},   {"de", "billionen", 1e12},
    {"fr", "mille", 1e3},      {"fr", "million", 1e6},    {"fr", "millions", 1e6},
    {"fr", "milliard", 1e9},   {"fr", "milliards", 1e9},  {"fr", "billion", 1e12},
    {"fr", "billions", 1e12},  {"it", "mila", 1e3},       {"it", "mille", 1e3},
    {"it", "milione", 1e6},    {"it", "milioni", 1e6},    {"it", "mln", 1e6},
    {"it", "miliardo", 1e9},   {"it", "miliardi", 1e9},   {"it", "mld", 1e9},
    {"nl", "duizend", 1e3},    {"nl", "miljoen", 1e6},    {"nl", "miljoenen", 1e6},
    {"nl", "miljard", 1e9},    {"nl", "miljarden", 1e9},  {"nl", "biljoen", 1e12},
    {"sv", "tusen", 1e3},      {"sv", "miljon", 1e6},     {"sv", "miljoner", 1e6},
    {"sv", "mn", 1e6},         {"sv", "miljard", 1e9},    {"sv", "miljarder", 1e9},
    {"sv", "mdr", 1e9},        {"da", "tusind", 1e3},     {"da", "million", 1e6},
    {"da", "millioner", 1e6},  {"da", "mio", 1e6},        {"da", "milliard", 1e9},
    {"da", "milliarder", 1e9}, {"da", "mia", 1e9},        {"no", "tusen", 1e3},
    {"no", "million", 1e6},    {"no", "millioner", 1e6},  {"no", "mill", 1e6},
    {"no", "milliard", 1e9},   {"no", "milliarder", 1e9}, {"no", "mrd", 1e9},
    {"hi", "हज़ार", 1e3},       {"hi", "हजार", 1e3},       {"hi", "लाख", 1e5},
    {"hi", "करोड़", 1e7},       {"hi", "अरब", 1e9},        {"ur", "ہزار", 1e3},
    {"ur", "لاکھ", 1e5},       {"ur", "کروڑ", 1e7},       {"ur", "ارب", 1e9},
    {"sd", "هزار", 1e3},       {"sd", "لک", 1e5},         {"sd", "ڪروڙ", 1e7},
    {"sd", "ارب", 1e9},        {"mr", "हजार", 1e3},       {"mr", "लाख", 1e5},
    {"mr", "कोटी", 1e7},       {"ne", "हजार", 1e3},       {"ne", "लाख", 1e5},
    {"ne", "करोड", 1e7},       {"bn", "হাজার", 1e3},      {"bn", "লাখ", 1e5},
    {"as", "হাজাৰ", 1e3},      {"as", "লাখ", 1e5},        {"as", "কোটি", 1e7},
    {"bn", "লক্ষ", 1e5},        {"bn", "কোটি", 1e7},       {"pa", "ਹਜ਼ਾਰ", 1e3},
    {"pa", "ਲੱਖ", 1e5},         {"pa", "ਕਰੋੜ", 1e7},        {"gu", "હજાર", 1e3},
    {"gu", "લાખ", 1e5},        {"gu", "કરોડ", 1e7},       {"or", "ହଜାର", 1e3},
    {"or", "ଲକ୍ଷ", 1e5},        {"or", "କୋଟି", 1e7},        {"ta", "ஆயிரம்", 1e3},
    {"ta", "லட்சம்", 1e5},       {"ta", "கோடி", 1e7},
};

/*
 * The cardinals one to ten written as words, in the languages with scale
 * words above: "nine million", "nove milioni", "neun Millionen" are the
 * figure "9 million" (the analyzer reads one only before a scale word).
 * The words of each language in one NUL-separated list, in order of value;
 * a value's second form ("una", "duas") follows in `more`.
 */
struct number_words {
    const char *lang;
    const char *words; /* one to ten, each ended by "|" */
    const char *more;  /* "word=value|" pairs: other genders, accented forms, eleven to twenty */
};

static const struct number_words number_words[] = {
    {"en", "one|two|three|four|five|six|seven|eight|nine|ten|", ""},
    {"es", "uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|", "un=1|una=1|"},
    {"pt", "um|dois|três|quatro|cinco|seis|sete|oito|nove|dez|", "uma=1|duas=2|"},
    {"de", "eine|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|", "ein=1|einer=1|"},
    {"fr", "un|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|", "une=1|"},
    {"it", "uno|due|tre|quattro|cinque|sei|sette|otto|nove|dieci|", "un=1|una=1|"},
    {"nl", "een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|", "één=1|"},
    {"sv", "en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|", "ett=1|"},
    {"da", "en|to|tre|fire|fem|seks|syv|otte|ni|ti|", "et=1|"},
    {"no", "en|to|tre|fire|fem|seks|sju|åtte|ni|ti|", "ett=1|et=1|én=1|syv=7|"},
    /*
     * Hindi, Urdu and Sindhi name each number to a hundred with a word of
     * its own, and write the lakhs and crores of an amount so ("ٻارهن لک",
     * twelve lakh): eleven to twenty too.
     */
    {"hi", "एक|दो|तीन|चार|पाँच|छह|सात|आठ|नौ|दस|",
     "ग्यारह=11|बारह=12|तेरह=13|चौदह=14|पंद्रह=15|सोलह=16|सत्रह=17|अठारह=18|उन्नीस=19|बीस=20|पांच=5|छः=6|"
     "पन्द्रह=15|"},
    {"ur", "ایک|دو|تین|چار|پانچ|چھ|سات|آٹھ|نو|دس|",
     "گیارہ=11|بارہ=12|تیرہ=13|چودہ=14|پندرہ=15|سولہ=16|سترہ=17|اٹھارہ=18|انیس=19|بیس=20|چھے=6|"},
    {"sd", "هڪ|ٻه|ٽي|چار|پنج|ڇهه|ست|اٺ|نو|ڏهه|",
     "يارهن=11|ٻارهن=12|تيرهن=13|چوڏهن=14|پندرهن=15|سورهن=16|سترهن=17|ارڙهن=18|اڻويهه=19|ويهه=20|"},
};

/* Whether the list entry at `p` (ended by `end`) is `w[0..len)`. */
static bool entry_is(const char *p, char end, const char *w, size_t len)
{
    return strncmp(p, w, len) == 0 && p[len] == end;
}

double text_number_word(const char *code, const char *w, size_t len)
{
    const char *p;
    size_t i;
    double v;

    for (i = 0; i < sizeof(number_words) / sizeof(number_words[0]); i++) {
        if (strcmp(number_words[i].lang, code) != 0)
            continue;
        for (p = number_words[i].words, v = 1.0; *p != '\0'; p = strchr(p, '|') + 1, v += 1.0)
            if (entry_is(p, '|', w, len))
                return v;
        for (p = number_words[i].more; *p != '\0'; p = strchr(p, '|') + 1)
            if (entry_is(p, '=', w, len)) {
                for (p += len + 1, v = 0.0; *p != '|'; p++)
                    v = v * 10.0 + (*p - '0');
                return v;
            }
    }
    return 0.0;
}

double text_number_scale(const char *code, const char *w, size_t len)
{
    size_t i;

    /* The first letter of the code tells most rows no without a call. */
    for (i = 0; i < sizeof(scales) / sizeof(scales[0]); i++)
        if (scales[i].lang[0] == code[0] && strcmp(scales[i].lang, code) == 0 &&
            strlen(scales[i].word) == len && memcmp(scales[i].word, w, len) == 0)
            return scales[i].factor;
    return 0.0;
}

/* Which separator of `tok` is the decimal one: '.', ',' or 0 (none: every one groups digits). */
static char decimal_sep(const char *tok, size_t len, bool decimal_comma)
{
    size_t i, dots = 0, commas = 0, last = 0;

    for (i = 0; i < len; i++) {
        if (tok[i] == '.' || tok[i] == ',') {
            dots += tok[i] == '.';
            commas += tok[i] == ',';
            last = i;
        }
    }
    if (dots > 0 && commas > 0)
        return tok[last];
    if (dots + commas != 1)
        return 0;
    /* One separator: three digits after it group thousands unless it is the language's decimal. */
    if (len - last - 1 != 3)
        return tok[last];
    if (decimal_comma)
        return tok[last] == ',' ? ',' : 0;
    return tok[last] == '.' ? '.' : 0;
}

bool text_number_value(const char *tok, size_t len, bool decimal_comma, double *out)
{
    char dec = decimal_sep(tok, len, decimal_comma);
    double v = 0.0, frac = 0.0, scale = 1.0;
    bool after = false;
    size_t i;

    for (i = 0; i < len; i++) {
        char c = tok[i];
        if (c >= '0' && c <= '9') {
            if (after) {
                scale /= 10.0;
                frac += (c - '0') * scale;
            } else {
                v = v * 10.0 + (c - '0');
            }
        } else if (c == dec) {
            after = true;
        } else if (c != '.' && c != ',') {
            return false;
        }
    }
    *out = v + frac;
    return true;
}

bool text_number_group(const char *tok, size_t len, bool decimal_comma, double *out)
{
    char dec = decimal_comma ? ',' : '.';
    size_t i;

    if (len < 3 || len == 4)
        return false;
    for (i = 0; i < len; i++) {
        bool digit = tok[i] >= '0' && tok[i] <= '9';
        if (i == 3 ? tok[i] != dec : !digit)
            return false;
    }
    return text_number_value(tok, len, decimal_comma, out);
}

/* A scale character of an amount, written after Arabic digits, and its factor. */
struct scale_sign {
    const char *ch; /* UTF-8, three bytes each */
    double factor;
};

/* Scale characters of Chinese and Japanese amounts. */
static const struct scale_sign cjk_scales[] = {
    {"\u4e07", 1e4},  /* 万 */
    {"\u842c", 1e4},  /* 萬 */
    {"\u4ebf", 1e8},  /* 亿 */
    {"\u5104", 1e8},  /* 億 */
    {"\u5343", 1e3},  /* 千 */
    {"\u5146", 1e12}, /* 兆: a trillion in Japanese and in Taiwan's Chinese */
};

/*
 * Han units of measure that 兆 prefixes as "mega" in mainland Chinese (兆瓦
 * MW, 兆赫 MHz, 兆帕 MPa, 兆焦 MJ, 兆字节 MB, 兆比特 Mbit, 兆吨 Mt, 兆欧 MΩ,
 * 兆伏 MV), sorted: "300兆瓦" is the "300 MW" of other papers, no trillion.
 */
static const char *const mega_units[] = {
    "\u4f0f", /* 伏 */
    "\u5428", /* 吨 */
    "\u5b57", /* 字 */
    "\u5e15", /* 帕 */
    "\u6b27", /* 欧 */
    "\u6bd4", /* 比 */
    "\u7126", /* 焦 */
    "\u74e6", /* 瓦 */
    "\u8d6b", /* 赫 */
};

/* Whether the three bytes at `s` are a Hangul syllable (U+AC00 to U+D7A3). */
static bool hangul_syllable(const unsigned char *s)
{
    unsigned cp = (unsigned)(s[0] & 0x0F) << 12 | (unsigned)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);

    return (s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 && (s[2] & 0xC0) == 0x80 &&
           cp >= 0xAC00 && cp <= 0xD7A3;
}

/* Whether `tok` (`len` bytes) starts with one of the three-byte characters of `set`. */
static bool starts_with_one(const char *tok, size_t len, const char *const *set, size_t n)
{
    size_t i;

    if (len < 3)
        return false;
    for (i = 0; i < n; i++)
        if (memcmp(tok, set[i], 3) == 0)
            return true;
    return false;
}

/* The length of the digits (with '.' or ',' between them) at `s[0..len)`. */
static size_t digits_len(const char *s, size_t len)
{
    size_t i = 0;

    while (i < len &&
           ((s[i] >= '0' && s[i] <= '9') || (i > 0 && (s[i] == '.' || s[i] == ',') && i + 1 < len &&
                                             s[i + 1] >= '0' && s[i + 1] <= '9')))
        i++;
    return i;
}

/* Korean scale syllables: 천 10^3, 만 10^4, 억 10^8, 조 10^12 (30만 is 300000). */
static const struct scale_sign hangul_scales[] = {
    {"\ucc9c", 1e3}, {"\ub9cc", 1e4}, {"\uc5b5", 1e8}, {"\uc870", 1e12}};

/* The factor of the scale character of `set` at `s` (3 bytes there at least), 0 for none. */
static double scale_of(const struct scale_sign *set, size_t n, const char *s)
{
    size_t i;

    for (i = 0; i < n; i++)
        if (memcmp(s, set[i].ch, 3) == 0)
            return set[i].factor;
    return 0.0;
}

/* The factor of the Korean scale syllable at `s` (3 bytes there at least), 0 for none. */
static double hangul_scale(const char *s)
{
    return scale_of(hangul_scales, sizeof(hangul_scales) / sizeof(hangul_scales[0]), s);
}

/* Latin letters of a unit glued between a Korean figure and its particle ("km"), at most. */
#define UNIT_LETTERS_MAX 3

size_t text_number_hangul_glued(const char *tok, size_t len)
{
    size_t i = digits_len(tok, len), u = 0;

    /* A unit in Latin letters may stand between them and the particle: "12t이", "540km에서". */
    while (i > 0 && u < UNIT_LETTERS_MAX && i + u < len && tok[i + u] >= 'a' && tok[i + u] <= 'z')
        u++;
    if (i == 0 || len - i - u < 3 || !hangul_syllable((const unsigned char *)tok + i + u) ||
        (u == 0 && hangul_scale(tok + i) > 0.0))
        return 0;
    return i;
}

size_t text_number_hangul_amount(const char *tok, size_t len, double *out)
{
    double value = 0.0, group = 0.0, n, f;
    size_t i = 0, d, figure = 0;
    bool scaled = false;

    while ((d = digits_len(tok + i, len - i)) > 0 && text_number_value(tok + i, d, false, &n)) {
        i += d;
        figure = i;
        /* 천 multiplies its figure within the group of four places ("2천억"). */
        if (len - i >= 3 && hangul_scale(tok + i) == 1e3) {
            n *= 1e3;
            figure = i;
            i += 3;
            scaled = true;
        }
        if (len - i >= 3 && (f = hangul_scale(tok + i)) > 1e3) {
            value += (group + n) * f;
            group = 0.0;
            figure = i;
            i += 3;
            scaled = true;
        } else {
            group += n;
            break;
        }
    }
    if (!scaled || (len - i >= 3 && text_number_hangul_time(tok + i, len - i)))
        return 0;
    *out = value + group;
    return figure;
}

bool text_number_hangul_time(const char *tok, size_t len)
{
    /* 년 월 일 시 분 초, and 살 세 (of age) */
    static const char *const counters[] = {"\ub144", "\uc6d4", "\uc77c", "\uc2dc",
                                           "\ubd84", "\ucd08", "\uc0b4", "\uc138"};

    return starts_with_one(tok, len, counters, sizeof(counters) / sizeof(counters[0]));
}

/* The factor of the Chinese/Japanese scale character at `s` (3 bytes there at least), 0 for none.
 */
static double scale_char(const char *s)
{
    return scale_of(cjk_scales, sizeof(cjk_scales) / sizeof(cjk_scales[0]), s);
}

double text_number_cjk_scale(const char *s, size_t avail, size_t *used)
{
    double f = avail >= 3 ? scale_char(s) : 0.0, g;

    *used = 3;
    if (f == 0.0)
        return 0.0;
    /* 兆 before a unit ("300兆瓦") is the unit's "mega": the figure stays as written. */
    if (f == 1e12 &&
        starts_with_one(s + 3, avail - 3, mega_units, sizeof(mega_units) / sizeof(mega_units[0])))
        return 0.0;
    /* A larger scale right after a smaller multiplies it: 万亿 10^12, 千万 10^7, 千亿 10^11. */
    if (avail >= 6 && (g = scale_char(s + 3)) > f) {
        *used = 6;
        return f * g;
    }
    return f;
}

size_t text_number_format(double v, char *out, size_t cap)
{
    int n = snprintf(out, cap, "%.10g", v);

    return n > 0 && (size_t)n < cap ? (size_t)n : 0;
}
