/*
 * timex_token.c - splits raw text into the tokens the temporal rules match:
 * runs of digits, runs of letters, and single punctuation characters, each
 * with byte and code-point offsets, a lower-cased form and its lexicon
 * classes.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "extract/timex_int.h"
#include "core/banned.h"

enum ch_kind { CH_SPACE, CH_DIGIT, CH_LETTER, CH_PUNCT };
/* The letters a table reads besides Latin ones. */
enum tx_script { TX_SCRIPT_LATIN, TX_SCRIPT_ARABIC, TX_SCRIPT_GREEK_CYRILLIC };

/* Length of the UTF-8 sequence that starts with byte `c` (1 for stray bytes). */
static size_t seq_len(unsigned char c)
{
    if (c >= 0xF0)
        return 4;
    if (c >= 0xE0)
        return 3;
    if (c >= 0xC0)
        return 2;
    return 1;
}

/*
 * Classifies the character at `s[0..n)`. Latin letters with diacritics
 * (U+00C0..U+024F, two-byte sequences C3..C9) count as letters, so "März"
 * and "sábado" stay one word; other non-ASCII (quotes, dashes) is punctuation.
 */
/*
 * Arabic script (U+0600..U+06FF, lead bytes D8..DB) for the Arabic table:
 * the Arabic-Indic digits U+0660..U+0669 and U+06F0..U+06F9 are digits, the
 * punctuation ، ؛ ؟ ٪ ٫ ٬ ٭ ۔ stays punctuation, the rest are letters.
 */
static enum ch_kind arabic_kind(unsigned char c, unsigned char c2)
{
    if ((c == 0xD9 && c2 >= 0xA0 && c2 <= 0xA9) || (c == 0xDB && c2 >= 0xB0 && c2 <= 0xB9))
        return CH_DIGIT;
    if ((c == 0xD8 && (c2 == 0x8C || c2 == 0x9B || c2 == 0x9F)) ||
        (c == 0xD9 && c2 >= 0xAA && c2 <= 0xAD) || (c == 0xDB && c2 == 0x94))
        return CH_PUNCT;
    return CH_LETTER;
}

/*
 * Greek (U+0380..U+03FF, lead bytes CE CF, the ano teleia U+0387 aside) and
 * Cyrillic (U+0400..U+04FF, lead bytes D0..D3) letters, for the Greek and
 * Russian tables: words of these scripts are words, not punctuation.
 */
static bool greek_cyrillic_letter(unsigned char c, unsigned char c2)
{
    return (c == 0xCE && c2 != 0x87) || c == 0xCF || (c >= 0xD0 && c <= 0xD3);
}

static enum ch_kind kind_of(const unsigned char *s, size_t n, enum tx_script script)
{
    unsigned char c = s[0];

    /* the common cases first: an ASCII letter (either case), a digit, white space */
    if ((unsigned)((c | 0x20) - 'a') < 26u)
        return CH_LETTER;
    if ((unsigned)(c - '0') < 10u)
        return CH_DIGIT;
    if (c == ' ' || (c >= '\t' && c <= '\r')) /* \t \n \v \f \r */
        return CH_SPACE;
    if (script == TX_SCRIPT_ARABIC && c >= 0xD8 && c <= 0xDB && n >= 2)
        return arabic_kind(c, s[1]);
    if (script == TX_SCRIPT_GREEK_CYRILLIC && n >= 2 && greek_cyrillic_letter(c, s[1]))
        return CH_LETTER;
    if (c >= 0xC3 && c <= 0xC9 && n >= 2 && !(c == 0xC3 && (s[1] == 0x97 || s[1] == 0xB7)))
        return CH_LETTER;
    if (c == 0xC2 && n >= 2 && s[1] == 0xA0)
        return CH_SPACE;
    return CH_PUNCT;
}

/*
 * Lower-cases the two-byte Greek or Cyrillic capital `s[0..2)` into `o`
 * (same length): Greek U+0391..U+03A9 and the accented U+0386..U+038F,
 * Cyrillic U+0400..U+042F. Returns false (and copies nothing) for any other
 * pair of bytes.
 */
static bool lower_greek_cyrillic(const unsigned char *s, unsigned char *o)
{
    static const unsigned char accented[16] = {
        [0x6] = 0xAC, [0x8] = 0xAD, [0x9] = 0xAE, [0xA] = 0xAF,
        [0xC] = 0xCC, [0xE] = 0xCD, [0xF] = 0xCE};
    unsigned int cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu), lo;

    if ((s[0] != 0xCE && s[0] != 0xD0) || (s[1] & 0xC0) != 0x80)
        return false;
    if (cp >= 0x386 && cp <= 0x38F && accented[cp - 0x380] != 0)
        lo = 0x300 + accented[cp - 0x380];
    else if ((cp >= 0x391 && cp <= 0x3A9 && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
        lo = cp + 0x20;
    else if (cp >= 0x400 && cp <= 0x40F)
        lo = cp + 0x50;
    else
        return false;
    o[0] = (unsigned char)(0xC0 | (lo >> 6));
    o[1] = (unsigned char)(0x80 | (lo & 0x3F));
    return true;
}

/* Fills `t->low` with the lower-cased bytes, or "" when they do not fit. */
static void lower_copy(struct tx_tok *t, const char *text)
{
    size_t n = t->b1 - t->b0, i;
    const unsigned char *s = (const unsigned char *)text + t->b0;
    unsigned char *o = (unsigned char *)t->low;

    if (n >= TX_WORD_MAX) {
        t->low[0] = '\0';
        t->len = 0;
        return;
    }
    t->upper = (s[0] >= 'A' && s[0] <= 'Z') || (s[0] == 0xC3 && n > 1 && s[1] < 0x9F);
    for (i = 0; i < n; i++) {
        unsigned char c = s[i];
        if (c >= 'A' && c <= 'Z') {
            c = (unsigned char)(c + 32);
        } else if (i > 0 && s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97) {
            c = (unsigned char)(c + 32); /* Latin-1 capitals U+00C0..U+00DE */
        } else if ((c == 0xCE || c == 0xD0) && i + 1 < n && lower_greek_cyrillic(s + i, o + i)) {
            t->upper = t->upper || i == 0;
            i++;
            continue;
        }
        o[i] = c;
    }
    t->low[n] = '\0';
    t->len = n;
}

/*
 * The number of digits of a digit token, whose `low` it rewrites in ASCII:
 * an Arabic-Indic digit (two bytes, D9 A0..A9 or DB B0..B9) becomes its
 * ASCII digit, so the offsets stay those of the text and the rest of the
 * tagger sees plain digits. A run too long for `low` keeps it empty.
 */
static int ascii_digits(struct tx_tok *t)
{
    size_t i, o = 0;

    for (i = 0; i < t->len; i++) {
        unsigned char b = (unsigned char)t->low[i];
        if (b == 0xD9 || b == 0xDB) {
            unsigned char b2 = (unsigned char)t->low[++i];
            b = (unsigned char)('0' + b2 - (b == 0xD9 ? 0xA0 : 0xB0));
        }
        t->low[o++] = (char)b;
    }
    t->low[o] = '\0';
    t->len = o;
    return (int)(t->c1 - t->c0);
}

/*
 * Sets the numeric fields of a digit token and the lexicon classes of a
 * word. `initial`: the word opens a sentence, so its capital says nothing.
 */
static void classify(struct tx_tok *t, const struct tx_compiled *c, bool initial)
{
    const struct tx_lang *lang = timex_compiled_lang(c);
    const size_t *lens;
    size_t i, n;

    t->cls = 0;
    t->num = -1;
    if (t->ndig > 0) {
        t->num = 0;
        for (i = 0; t->low[i] != '\0' && t->num < 100000; i++)
            t->num = t->num * 10 + (t->low[i] - '0');
        return;
    }
    timex_lex_classify(c, t);
    n = t->len;
    lens = timex_compiled_ending_lens(c, false);
    for (i = 0; i < lang->nfuture_endings; i++) {
        size_t k = lens[i];
        /* at least three letters before the ending: "será" yes, "ra" no */
        if (n >= k + 3 && memcmp(t->low + n - k, lang->future_endings[i], k) == 0)
            t->cls |= 1u << TX_FUTURE;
    }
    /* A past ending counts only on a lower-case word that is nothing else:
     * "reported" yes; "hundred", "United" and "speed" no; a capital that opens
     * a sentence is no name ("Llovió el 3 de marzo") */
    if ((t->upper && !initial) || t->cls != 0 || (n > 3 && memcmp(t->low + n - 3, "eed", 3) == 0))
        return;
    lens = timex_compiled_ending_lens(c, true);
    for (i = 0; i < lang->npast_endings; i++) {
        size_t k = lens[i];
        if (n >= k + 3 && memcmp(t->low + n - k, lang->past_endings[i], k) == 0)
            t->cls |= 1u << TX_PAST;
    }
}

/* Whether a token ends a sentence or opens a Spanish one: . ! ? ¿ ¡ */
static bool sentence_end(const struct tx_tok *t)
{
    return (t->len == 1 && (t->low[0] == '.' || t->low[0] == '!' || t->low[0] == '?')) ||
           (t->len == 2 && t->low[0] == '\xc2' && (t->low[1] == '\xbf' || t->low[1] == '\xa1'));
}

/* Grows the token array to hold one more; `*cap` doubles. */
static enum td_err reserve(struct tx_tok **toks, size_t n, size_t *cap)
{
    struct tx_tok *p;
    size_t ncap;

    if (n < *cap)
        return TD_OK;
    ncap = *cap ? *cap * 2 : 256;
    p = td_realloc(*toks, ncap * sizeof(*p));
    if (p == NULL)
        return TD_ERR_NOMEM;
    *toks = p;
    *cap = ncap;
    return TD_OK;
}

/* The value of a spelled-out number word in [lo, hi] that is a multiple of `step`, else -1. */
static int spelled(const struct tx_tok *t, int lo, int hi, int step)
{
    int v;

    if (t->ndig != 0 || !(t->cls & (1u << TX_NUM)))
        return -1;
    v = t->val[TX_NUM];
    return v >= lo && v <= hi && v % step == 0 ? v : -1;
}

/*
 * English "twenty-first", "thirty-first": tens, a glued hyphen and an ordinal
 * 1..9 become one ordinal token in `out` (which spans up to `last`).
 */
static bool ord_fold(struct tx_tok *out, const struct tx_tok *last, int tens, const char *text)
{
    int ones = last->ndig == 0 && (last->cls & (1u << TX_ORD)) ? last->val[TX_ORD] : 0;

    if (ones < 1 || ones > 9)
        return false;
    out->b1 = last->b1;
    out->c1 = last->c1;
    lower_copy(out, text);
    out->cls = 1u << TX_ORD;
    out->val[TX_ORD] = tens + ones;
    return true;
}

/*
 * Folds a spelled-out number of tens and ones into one NUM token:
 * "forty-five", "vingt-cinq" (a glued hyphen), "treinta y cinco", "trinta e
 * cinco" (the Spanish or Portuguese conjunction), English "twenty four" (a
 * space). Returns the new count.
 */
static size_t fold_numbers(struct tx_tok *toks, size_t n, const char *text, const char *lang)
{
    const char *conj = strcmp(lang, "es") == 0 ? "y" : strcmp(lang, "pt") == 0 ? "e" : NULL;
    bool en = strcmp(lang, "en") == 0;
    size_t i, o = 0;

    for (i = 0; i < n; i++) {
        int tens = spelled(&toks[i], 20, 90, 10), ones;
        bool hyphen = i + 2 < n && strcmp(toks[i + 1].low, "-") == 0 && toks[i + 1].glued &&
                      toks[i + 2].glued;
        bool word = i + 2 < n && conj != NULL && strcmp(toks[i + 1].low, conj) == 0 &&
                    !toks[i + 1].glued && !toks[i + 2].glued;
        bool space = !hyphen && !word && en && i + 1 < n && !toks[i + 1].glued;
        size_t last = space ? i + 1 : i + 2;

        ones = (hyphen || word || space) ? spelled(&toks[last], 1, 9, 1) : -1;
        toks[o] = toks[i];
        if (tens > 0 && en && hyphen && ord_fold(&toks[o], &toks[last], tens, text)) {
            i = last;
        } else if (tens > 0 && ones > 0) {
            toks[o].b1 = toks[last].b1;
            toks[o].c1 = toks[last].c1;
            lower_copy(&toks[o], text);
            toks[o].cls = 1u << TX_NUM;
            toks[o].val[TX_NUM] = tens + ones;
            i = last;
        }
        o++;
    }
    return o;
}

/*
 * The value of one Chinese numeral character: 0..9 (〇 零 一 .. 九, 两, and
 * the full-width digits ０..９ that Japanese print), or a multiplier 10,
 * 100, 1000 (十 百 千); -1 for any other token.
 */
static int cjk_numeral(const struct tx_tok *t)
{
    static const struct { const char *ch; int v; } digits[] = {
        {"〇", 0}, {"零", 0}, {"一", 1}, {"二", 2}, {"两", 2}, {"三", 3}, {"四", 4},
        {"五", 5}, {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}, {"百", 100},
        {"千", 1000},
    };
    size_t i;

    if (t->len != 3 || t->c1 - t->c0 != 1)
        return -1;
    /* Full-width digits ０..９ (EF BC 90..99), as Japanese print "２０日". */
    if ((unsigned char)t->low[0] == 0xEF && (unsigned char)t->low[1] == 0xBC &&
        (unsigned char)t->low[2] >= 0x90 && (unsigned char)t->low[2] <= 0x99)
        return (unsigned char)t->low[2] - 0x90;
    for (i = 0; i < sizeof(digits) / sizeof(digits[0]); i++)
        if (memcmp(t->low, digits[i].ch, 3) == 0)
            return digits[i].v;
    return -1;
}

/*
 * The value of the numeral characters toks[0..n): digit by digit with no
 * multiplier ("二〇二四" 2024, `*ndig` 4), else by position ("二十四" 24,
 * "十二" 12, "一百二十" 120; `*ndig` the digits of a value under 100, else 0).
 */
static int cjk_value(const struct tx_tok *toks, size_t n, int *ndig)
{
    int total = 0, cur = 0, v;
    bool place = false;
    size_t i;

    for (i = 0; i < n; i++)
        place = place || cjk_numeral(&toks[i]) >= 10;
    for (i = 0; i < n && !place; i++)
        total = total * 10 + cjk_numeral(&toks[i]);
    for (i = 0; i < n && place; i++) {
        v = cjk_numeral(&toks[i]);
        if (v < 10) {
            cur = v;
            continue;
        }
        total += (cur == 0 ? 1 : cur) * v;
        cur = 0;
    }
    total += cur;
    *ndig = !place ? (int)n : total < 10 ? 1 : total < 100 ? 2 : 0;
    return total;
}

/*
 * Folds each run of glued Chinese numeral characters (at most 8) into one
 * token that counts as a number: with `ndig` and `num` as digits would have
 * ("三月", "二十四日", "二〇二四年"), or a TX_NUM word for a value of 100
 * or more by position ("一百天"). A lone character keeps its lexicon
 * classes (the weekday of "星期三"). Returns the new count.
 */
static size_t fold_cjk_numbers(struct tx_tok *toks, size_t n, const char *text)
{
    size_t i, j, o = 0;
    int ndig;

    for (i = 0; i < n; i = j) {
        for (j = i; j < n && j - i < 8 && cjk_numeral(&toks[j]) >= 0 &&
                    (j == i || toks[j].glued);
             j++)
            ;
        toks[o] = toks[i];
        if (j == i) {
            j = i + 1;
            o++;
            continue;
        }
        toks[o].num = cjk_value(&toks[i], j - i, &ndig);
        toks[o].ndig = ndig;
        if (j - i > 1) {
            toks[o].b1 = toks[j - 1].b1;
            toks[o].c1 = toks[j - 1].c1;
            lower_copy(&toks[o], text);
            toks[o].cls = 1u << TX_NUM;
            toks[o].val[TX_NUM] = toks[o].num;
        }
        if (ndig == 0)
            toks[o].num = -1;
        o++;
    }
    return o;
}

/* The first year of each Japanese era, less one: 令和6年 is 2018 + 6. */
static const struct { const char *name; int base, last; } eras[] = {
    {"令和", 2018, 99}, {"平成", 1988, 31}, {"昭和", 1925, 64}, {"大正", 1911, 15},
    {"明治", 1867, 45},
};

/* The base year of the era named by tokens i, i+1, else -1; `*last` its last year. */
static int era_base(const struct tx_tok *toks, size_t i, int *last)
{
    size_t k;

    for (k = 0; k < sizeof(eras) / sizeof(eras[0]); k++) {
        if (memcmp(toks[i].low, eras[k].name, 3) == 0 &&
            strcmp(toks[i + 1].low, eras[k].name + 3) == 0 && toks[i].len == 3) {
            *last = eras[k].last;
            return eras[k].base;
        }
    }
    return -1;
}

/*
 * Folds a Japanese era year, its name and its number before 年 ("令和6年",
 * "平成三十一年", "令和元年": the first), into one four-digit year token.
 * Returns the new count.
 */
static size_t fold_eras(struct tx_tok *toks, size_t n, const char *text)
{
    size_t i, o = 0;
    int base, last, num;

    for (i = 0; i < n; i++) {
        toks[o] = toks[i];
        base = i + 3 < n ? era_base(toks, i, &last) : -1;
        num = base < 0 || toks[i + 2].ndig > 2 ? -1 : toks[i + 2].num;
        if (base >= 0 && strcmp(toks[i + 2].low, "元") == 0)
            num = 1;
        if (num >= 1 && num <= last && strcmp(toks[i + 3].low, "年") == 0) {
            toks[o].b1 = toks[i + 2].b1;
            toks[o].c1 = toks[i + 2].c1;
            lower_copy(&toks[o], text);
            toks[o].cls = 0;
            toks[o].ndig = 4;
            toks[o].num = base + num;
            i += 2;
        }
        o++;
    }
    return o;
}

/*
 * Dutch and German glue the part of the day to a weekday, Dutch also to
 * "gister": "zondagavond", "gisteravond", "morgenochtend", "Mittwochabend",
 * "Montagnachmittag". The length of such a part ending token `t` whose stem
 * is a weekday or a deictic of `c`'s lexicon, else 0.
 */
static size_t part_suffix(const struct tx_compiled *c, const struct tx_tok *t)
{
    static const char *const nl[] = {"ochtend", "morgen", "middag", "avond", "nacht", NULL};
    /* longest first: "nachmittag" before a shorter part it ends with */
    static const char *const de[] = {"nachmittag", "vormittag", "mittag", "morgen",
                                     "abend",      "nacht",     NULL};
    const char *const *parts = strcmp(timex_compiled_lang(c)->code, "de") == 0 ? de : nl;
    struct tx_tok stem;
    size_t i, k;

    for (i = 0; t->ndig == 0 && parts[i] != NULL; i++) {
        k = strlen(parts[i]);
        if (t->len < k + 4 || strcmp(t->low + t->len - k, parts[i]) != 0)
            continue;
        stem = *t;
        stem.len = t->len - k;
        stem.low[stem.len] = '\0';
        timex_lex_classify(c, &stem);
        if (stem.cls & ((1u << TX_WDAY) | (1u << TX_DEIC)))
            return k;
    }
    return 0;
}

/*
 * Splits each compound of part_suffix() into its stem and a glued part of
 * the day, in place from the end (the array grows to hold them). Errors:
 * TD_ERR_NOMEM.
 */
static enum td_err split_compounds(struct tx_tok **toks, size_t *n, size_t *cap,
                                   const struct tx_compiled *c, const char *text)
{
    size_t i, o, extra = 0, k;

    for (i = 0; i < *n; i++)
        extra += part_suffix(c, &(*toks)[i]) > 0;
    while (*cap < *n + extra)
        if (reserve(toks, *cap, cap) != TD_OK)
            return TD_ERR_NOMEM;
    for (i = *n, o = *n + extra; i-- > 0;) {
        struct tx_tok *t = &(*toks)[i];
        k = part_suffix(c, t);
        (*toks)[--o] = *t;
        if (k == 0)
            continue;
        (*toks)[o].b0 = t->b1 - k;
        (*toks)[o].c0 = t->c1 - k;
        (*toks)[o].glued = true;
        (*toks)[o].line = false;
        lower_copy(&(*toks)[o], text);
        classify(&(*toks)[o], c, false);
        (*toks)[--o] = *t;
        (*toks)[o].b1 = t->b1 - k;
        (*toks)[o].c1 = t->c1 - k;
        lower_copy(&(*toks)[o], text);
        classify(&(*toks)[o], c, t->line);
    }
    *n += extra;
    return TD_OK;
}

/*
 * Drops one or two attached prefixes from an Arabic word that the table
 * does not know but whose rest it does: "بالأمس" is "الأمس", "وفي" stays.
 * The token then starts after them, as a word of its own.
 */
static void strip_prefix(const struct tx_compiled *c, struct tx_tok *t, const char *text)
{
    struct tx_tok k = *t;
    int n;

    if (t->ndig != 0 || t->cls != 0 || t->lit >= 0 || t->len < 6)
        return;
    for (n = 0; n < 2 && k.len >= 6 && utf8_arabic_prefix(k.low); n++) {
        k.b0 += 2;
        k.c0 += 1;
        lower_copy(&k, text);
        classify(&k, c, false);
        timex_match_prepare(c, &k, 1);
        if (k.cls != 0 || k.lit >= 0) {
            k.glued = false;
            *t = k;
            return;
        }
    }
}

/* The month "كانون الثاني" (January) and the other two-word Levantine names, else 0. */
static int levant_month(const struct tx_tok *a, const struct tx_tok *b)
{
    bool kanun = strcmp(a->low, "كانون") == 0, tishrin = strcmp(a->low, "تشرين") == 0;
    bool first = strcmp(b->low, "الأول") == 0 || strcmp(b->low, "الاول") == 0;
    bool second = strcmp(b->low, "الثاني") == 0;

    if (b->glued || (!first && !second))
        return 0;
    return kanun ? (first ? 12 : 1) : tishrin ? (first ? 10 : 11) : 0;
}

/*
 * The Arabic table's token layer: strips attached prefixes, then folds each
 * two-word Levantine month into one month token. Returns the new count.
 */
static size_t fold_arabic(struct tx_tok *toks, size_t n, const struct tx_compiled *c,
                          const char *text)
{
    size_t i, o = 0;
    int m;

    timex_match_prepare(c, toks, n);
    for (i = 0; i < n; i++) {
        strip_prefix(c, &toks[i], text);
        /* a lone prefix glued before a number: "و3 أيام" (and three days); the
         * era letter after a year: "2024م" (AD; a Hijri "1445هـ" stays glued) */
        if (i > 0 && toks[i].ndig > 0 && toks[i - 1].len == 2 &&
            utf8_arabic_prefix(toks[i - 1].low))
            toks[i].glued = false;
        if (i > 0 && toks[i - 1].ndig == 4 && strcmp(toks[i].low, "م") == 0)
            toks[i].glued = false;
    }
    for (i = 0; i < n; i++) {
        toks[o] = toks[i];
        m = i + 1 < n ? levant_month(&toks[i], &toks[i + 1]) : 0;
        if (m > 0) {
            toks[o].b1 = toks[i + 1].b1;
            toks[o].c1 = toks[i + 1].c1;
            lower_copy(&toks[o], text);
            toks[o].cls = 1u << TX_MONTH;
            toks[o].val[TX_MONTH] = m;
            i++;
        }
        o++;
    }
    return o;
}

enum td_err timex_tokenize(const char *text, size_t len, const struct tx_compiled *c,
                           struct tx_tok **toks_out, size_t *n_out)
{
    const struct tx_lang *lang = timex_compiled_lang(c);
    const unsigned char *s = (const unsigned char *)text;
    struct tx_tok *toks = NULL;
    size_t n = 0, cap = 0, pos = 0, cp = 0;
    bool space = true, newline = true, arabic = strcmp(lang->code, "ar") == 0;
    enum tx_script script = arabic ? TX_SCRIPT_ARABIC
                            : strcmp(lang->code, "el") == 0 || strcmp(lang->code, "ru") == 0
                                ? TX_SCRIPT_GREEK_CYRILLIC
                                : TX_SCRIPT_LATIN;

    while (pos < len) {
        size_t cl = seq_len(s[pos]);
        enum ch_kind k;
        struct tx_tok *t;

        cl = pos + cl > len ? len - pos : cl;
        k = kind_of(s + pos, len - pos, script);
        if (k == CH_SPACE) {
            space = true;
            newline = newline || s[pos] == '\n';
            pos += cl;
            cp++;
            continue;
        }
        if (reserve(&toks, n, &cap) != TD_OK) {
            td_free(toks);
            return TD_ERR_NOMEM;
        }
        t = &toks[n++];
        memset(t, 0, sizeof(*t));
        t->b0 = pos;
        t->c0 = cp;
        t->glued = !space;
        space = false;
        pos += cl;
        cp++;
        while (k != CH_PUNCT && pos < len) {
            size_t l2 = seq_len(s[pos]);
            l2 = pos + l2 > len ? len - pos : l2;
            if (kind_of(s + pos, len - pos, script) != k)
                break;
            pos += l2;
            cp++;
        }
        t->b1 = pos;
        t->c1 = cp;
        lower_copy(t, text);
        t->ndig = k == CH_DIGIT ? ascii_digits(t) : 0;
        t->line = newline;
        classify(t, c, newline || (n > 1 && sentence_end(&toks[n - 2])));
        newline = false;
    }
    if ((strcmp(lang->code, "nl") == 0 || strcmp(lang->code, "de") == 0) &&
        split_compounds(&toks, &n, &cap, c, text) != TD_OK) {
        td_free(toks);
        return TD_ERR_NOMEM;
    }
    *toks_out = toks;
    n = fold_numbers(toks, n, text, lang->code);
    if (strcmp(lang->code, "zh") == 0 || strcmp(lang->code, "ja") == 0)
        n = fold_eras(toks, fold_cjk_numbers(toks, n, text), text);
    if (arabic)
        n = fold_arabic(toks, n, c, text);
    *n_out = n;
    timex_match_prepare(c, toks, *n_out);
    return TD_OK;
}
