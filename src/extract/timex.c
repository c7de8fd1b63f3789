/*
 * timex.c - the public temporal tagger (`td_timex_find`) and the JSON Lines
 * driver behind `tidings dates` (`td_timex_tag_json`). It tokenizes, asks
 * the matcher for the longest rule at each token, normalises the match
 * against the reference date and keeps the narrative anchor up to date.
 */
#include <json-c/json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "core/time.h"
#include "extract/timex.h"
#include "extract/timex_int.h"
#include "core/banned.h"

/* One row per language; the first is the default. */
static const struct tx_lang *const langs[] = {
    &timex_lang_en, &timex_lang_es, &timex_lang_de, &timex_lang_fr, &timex_lang_it,
    &timex_lang_pt, &timex_lang_zh, &timex_lang_ja, &timex_lang_ko, &timex_lang_nl,
    &timex_lang_ar, &timex_lang_el, &timex_lang_ru, &timex_lang_nb,
};

/* round 25: normalisers of a part of a year, whose missing year a whole year named before
 * them in their sentence may give (year_apposition()) */
static const bool part_of_year[TX_N_COUNT] = {
    [TX_N_YMD] = true,    [TX_N_YM] = true,   [TX_N_HOLIDAY] = true,
    [TX_N_SEASON] = true, [TX_N_HALF] = true, [TX_N_QUARTER] = true,
};

/* Normalisers whose missing year comes from the narrative anchor, not the DCT. */
static const bool narrative[TX_N_COUNT] = {
    [TX_N_YMD] = true, [TX_N_YM] = true, [TX_N_HOLIDAY] = true,
};

static const char *const type_names[] = {"DATE", "TIME", "DURATION", "SET"};

/* How far (in tokens) from a match its tense is looked for. */
#define TENSE_WINDOW 10
/* The same for a year-less date, which only trusts a verb close before it; Spanish
 * puts more function words between ("saldrá a la venta en Estados Unidos en junio"). */
#define DATE_TENSE_WINDOW 6
#define DATE_TENSE_WINDOW_ES 10

/* How far (in tokens) after a whole year a month may elaborate it ("last year: Delta in
 * April"; year_apposition()). */
#define APPOSITION_TOKENS 5

/* How near (in months) to the reference a date stays resolved against it. */
#define NEAR_MONTHS 2
/* How far (in years) from the reference a narrative anchor may lie. */
#define ANCHOR_YEARS 5

const char *td_timex_type_name(enum td_timex_type type)
{
    return (size_t)type < 4 ? type_names[type] : "DATE";
}

void td_timex_list_init(struct td_timex_list *list)
{
    list->items = NULL;
    list->n = 0;
    list->cap = 0;
}

void td_timex_list_release(struct td_timex_list *list)
{
    td_free(list->items);
    td_timex_list_init(list);
}

const struct tx_lang *timex_lang(const char *code)
{
    /* Norwegian (Bokmål, Nynorsk), Danish and Swedish share one table (timex_nb.c). */
    static const char *const nordic[] = {"no", "nn", "da", "sv"};
    size_t i;

    for (i = 0; code != NULL && i < sizeof(nordic) / sizeof(nordic[0]); i++)
        if (strncmp(code, nordic[i], 2) == 0)
            return &timex_lang_nb;
    for (i = 0; code != NULL && i < sizeof(langs) / sizeof(langs[0]); i++)
        if (strncmp(code, langs[i]->code, 2) == 0)
            return langs[i];
    return langs[0];
}

/* Whether `p` starts with two digits; their value in `*v`. */
static bool two_digits(const char *p, int *v)
{
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
        return false;
    *v = (p[0] - '0') * 10 + (p[1] - '0');
    return true;
}

/*
 * round 26: the wall-clock time of a reference date written with one ("2016-06-24T06:30",
 * "...T23:00:00+08:00": 23:00), when its date is the day `ref` holds (an offset may move the
 * UTC day); not a "Z" stamp, which a feed writes in UTC, far from the text's clock.
 */
static void dct_clock(const char *dct, struct tx_ref *ref)
{
    size_t len = strlen(dct);
    char day[16];
    int h, m;

    if (len < 16 || dct[10] != 'T' || !two_digits(dct + 11, &h) || dct[13] != ':' ||
        !two_digits(dct + 14, &m) || h > 23 || m > 59 || dct[len - 1] == 'Z' ||
        snprintf(day, sizeof(day), "%04lld-%02d-%02d", (long long)ref->y, ref->m, ref->d) != 10 ||
        strncmp(dct, day, 10) != 0)
        return;
    ref->clock = h * 60 + m;
    ref->clock_known = true;
}

/* Parses the reference date; "" or NULL leaves `ref->known` false. */
static enum td_err parse_dct(const char *dct, struct tx_ref *ref, struct td_error *err)
{
    int64_t unix_sec, y;
    enum td_err rc;
    size_t len;

    memset(ref, 0, sizeof(*ref));
    if (dct == NULL || dct[0] == '\0')
        return TD_OK;
    len = strlen(dct);
    rc = time_parse_iso8601(dct, len, &unix_sec, NULL, NULL);
    if (rc != TD_OK && len > 10)
        rc = time_parse_iso8601(dct, 10, &unix_sec, NULL, NULL);
    if (rc != TD_OK)
        return td_error_set(err, TD_ERR_PARSE, "cannot parse reference date '%.40s'", dct);
    time_civil_from_days(time_day_of(unix_sec), &y, &ref->m, &ref->d);
    ref->y = y;
    ref->known = true;
    dct_clock(dct, ref);
    return TD_OK;
}

/*
 * Whether the token is one character of the scripts written without spaces
 * (CJK ideographs, kana, their punctuation U+3000..U+9FFF, full-width forms
 * U+FF00..U+FFEF): a word of its own, which a date may touch ("在19日说").
 */
static bool cjk_char(const struct tx_tok *t)
{
    unsigned char b0 = (unsigned char)t->low[0], b1 = (unsigned char)t->low[1];

    return t->b1 - t->b0 >= 3 && ((b0 >= 0xE3 && b0 <= 0xE9) || (b0 == 0xEF && b1 >= 0xBC));
}

/*
 * Whether the token is a Hangul syllable (U+AC00..U+D7A3, UTF-8 EA B0 80 ..
 * ED 9E A3). Korean writes spaces between words and glues particles after
 * them: a date may touch a syllable after it ("12일에") but not before it.
 */
static bool hangul(const struct tx_tok *t)
{
    const unsigned char *s = (const unsigned char *)t->low;

    if (t->b1 - t->b0 != 3 || s[0] < 0xEA || s[0] > 0xED)
        return false;
    return !(s[0] == 0xEA && s[1] < 0xB0) &&
           !(s[0] == 0xED && (s[1] > 0x9E || (s[1] == 0x9E && s[2] > 0xA3)));
}

/* Whether the token is the Arabic comma, semicolon, question mark or full stop: ، ؛ ؟ ۔ */
static bool arabic_punct(const struct tx_tok *t)
{
    return t->len == 2 && (strcmp(t->low, "،") == 0 || strcmp(t->low, "؛") == 0 ||
                           strcmp(t->low, "؟") == 0 || strcmp(t->low, "۔") == 0);
}

/*
 * Whether the token is a closing curly double quote (” U+201D), which ends a
 * name before a date in Chinese ("“红海门户”20日", the 20th). After a date
 * it stays glued ("“巴哈里1号”" is a name, not the 1st).
 */
static bool closing_quote(const struct tx_tok *t)
{
    return t->b1 - t->b0 == 3 && memcmp(t->low, "\xE2\x80\x9D", 3) == 0;
}

/*
 * Whether a token is part of a word or number (not punctuation); a CJK
 * character or Hangul syllable is a word of its own, which a date may touch.
 */
static bool wordish(const struct tx_tok *t)
{
    if (cjk_char(t) || hangul(t) || arabic_punct(t))
        return false;
    return t->ndig > 0 || t->cls != 0 || (t->b1 - t->b0 > 1) ||
           (t->low[0] >= 'a' && t->low[0] <= 'z');
}

/*
 * Whether tokens j-1, j, j+1 are a range of two years: "2008-2009", or a
 * season or fiscal year whose end is written with two digits, "2012-13".
 */
static bool year_range(const struct tx_tok *toks, size_t n, size_t j)
{
    return j > 0 && j + 2 <= n && toks[j - 1].ndig == 4 &&
           (toks[j + 1].ndig == 4 ||
            (toks[j + 1].ndig == 2 && toks[j + 1].num == (toks[j - 1].num + 1) % 100)) &&
           toks[j].glued && toks[j + 1].glued &&
           (strcmp(toks[j].low, "-") == 0 || strcmp(toks[j].low, "\xe2\x80\x93") == 0) &&
           (j + 2 == n || !toks[j + 2].glued || !wordish(&toks[j + 2]));
}

/* Whether tokens j-1, j, j+1 are the days of a range in one month: "March 3-5". */
static bool day_range(const struct tx_tok *toks, size_t n, size_t j)
{
    return j > 0 && j + 1 < n && toks[j - 1].ndig >= 1 && toks[j - 1].ndig <= 2 &&
           toks[j + 1].ndig >= 1 && toks[j + 1].ndig <= 2 && toks[j].glued &&
           toks[j + 1].glued && toks[j + 1].num > toks[j - 1].num && toks[j + 1].num <= 31 &&
           (strcmp(toks[j].low, "-") == 0 || strcmp(toks[j].low, "\xe2\x80\x93") == 0) &&
           (j + 2 == n || !toks[j + 2].glued || !wordish(&toks[j + 2]));
}

/* Whether tokens j-1, j, j+1 are two months, two weekdays or a day and a month
 * joined by a hyphen: "March-April", "Monday-Friday", "Feb. 28-March 3" (each
 * end is a timex). */
static bool name_range(const struct tx_tok *toks, size_t n, size_t j)
{
    uint32_t months = (1u << TX_MONTH) | (1u << TX_MONTHCAP), wday = 1u << TX_WDAY;
    bool day = j > 0 && toks[j - 1].ndig >= 1 && toks[j - 1].ndig <= 2;

    return j > 0 && j + 1 < n && strcmp(toks[j].low, "-") == 0 && toks[j].glued &&
           toks[j + 1].glued &&
           (((toks[j - 1].cls & months || day) && (toks[j + 1].cls & months)) ||
            ((toks[j - 1].cls & wday) && (toks[j + 1].cls & wday)));
}

/* Whether a match ending before token `j` is not glued to what follows. */
static bool end_ok(const struct tx_tok *toks, size_t n, size_t j)
{
    if (j < n && toks[j].glued && !year_range(toks, n, j) && !day_range(toks, n, j) &&
        !name_range(toks, n, j)) {
        const struct tx_tok *q = &toks[j];
        if (wordish(q) || q->low[0] == '%')
            return false;
        /* The first part of a hyphenated word: "the 6-year-old", "a year-earlier"
         * (not a year range "2008-2009": TimeML tags each of its two years) */
        if (q->low[0] == '-' && q->low[1] == '\0' && j + 1 < n && toks[j + 1].glued &&
            wordish(&toks[j + 1]))
            return false;
        if ((q->low[0] == ',' || q->low[0] == '.') && j + 1 < n && toks[j + 1].glued &&
            toks[j + 1].ndig)
            return false;
    }
    return true;
}

/*
 * Whether a match of tokens [i, j) stands alone: not glued to a word or
 * number before or after ("$2000", "1,998", "1998abc" are not dates).
 */
static bool boundary_ok(const struct tx_tok *toks, size_t n, size_t i, size_t j)
{
    if (i > 0 && toks[i].glued && !(i > 1 && year_range(toks, n, i - 1))) {
        const struct tx_tok *p = &toks[i - 1];
        if (hangul(p))
            return false;
        if ((wordish(p) && !closing_quote(p)) || p->low[0] == '$')
            return false;
        if ((p->low[0] == ',' || p->low[0] == '.') && p->glued && i > 1 && toks[i - 2].ndig)
            return false;
    }
    return end_ok(toks, n, j);
}

/* A token that ends a sentence or clause for the tense search. */
static bool clause_end(const struct tx_tok *t)
{
    return (t->low[0] == '.' || t->low[0] == ';' || t->low[0] == '?' || t->low[0] == '!') &&
           t->low[1] == '\0';
}

/*
 * Whether a sentence ends between tokens k-1 and k: a full stop, or a line break. A point
 * glued between digits is a number's ("600.000 coches", "$4.6 billion"; round 25: it cut the
 * sentence, and "2.000 en marzo" lost the year and the verb before it).
 */
static bool break_before(const struct tx_tok *toks, size_t k)
{
    if (k >= 2 && toks[k - 1].glued && toks[k].glued && toks[k].ndig > 0 && toks[k - 2].ndig > 0 &&
        toks[k - 1].low[0] == '.')
        return toks[k].line;
    return clause_end(&toks[k - 1]) || toks[k].line;
}

/* Whether token `k` is one of the words in `list` ("a|b|c"). */
static bool word_in(const struct tx_tok *toks, size_t k, const char *list)
{
    size_t n = strlen(toks[k].low);
    const char *p = list;

    while (n > 0 && (p = strstr(p, toks[k].low)) != NULL) {
        if ((p == list || p[-1] == '|') && (p[n] == '|' || p[n] == '\0'))
            return true;
        p += n;
    }
    return false;
}

#define DETERMINERS \
    "a|an|the|its|their|his|her|this|that|our|still|el|la|los|las|un|una|su|sus"

/*
 * Whether `t` ends like an Italian past participle ("dimesso", "arrestati",
 * "venuta"); the pronouns, adverbs and numbers that end the same way are
 * none ("sono tutti in vacanza", "è spesso", "sono sette").
 */
static bool italian_participle(const struct tx_tok *t)
{
    static const char *const ends[] = {"ato",  "ata",  "ati", "ate", "ito", "ita",  "iti",
                                       "ite",  "uto",  "uta", "uti", "ute", "esso", "essa",
                                       "essi", "esse", "tto", "tta", "tti", "tte"};
    static const char *const none[] = {"tutto",  "tutta",  "tutti",  "tutte",  "sotto",  "sette",
                                       "spesso", "adesso", "stesso", "stessa", "stessi", "stesse"};
    size_t i, k;

    for (i = 0; i < sizeof(none) / sizeof(none[0]); i++)
        if (strcmp(t->low, none[i]) == 0)
            return false;
    for (i = 0; t->len > 4 && i < sizeof(ends) / sizeof(ends[0]); i++) {
        k = strlen(ends[i]);
        if (strcmp(t->low + t->len - k, ends[i]) == 0)
            return true;
    }
    return false;
}

/*
 * Whether the past form at token `k` follows an auxiliary that makes it a
 * passive or perfect ("will be paid", "has decided", "to be published"), or
 * a Spanish participle after a future "estar" or the like ("los mercados
 * permanecerán cerrados el lunes": the future verb before it decides).
 */
static bool past_after_aux(const struct tx_tok *toks, size_t k)
{
    return k > 0 && (word_in(toks, k - 1, "has|have|be|been|being|is|are|am|to|ser|sido|será") ||
                     word_in(toks, k - 1,
                             "serán|estará|estarán|permanecerá|permanecerán|quedará|quedarán|"
                             "seguirá|seguirán|estaría|estarían"));
}

/* What tense_of() returns for a present verb: a stop without a direction. */
#define TENSE_PRESENT 2

/*
 * -1, +1, TENSE_PRESENT or 0: the tense token `k` marks. A past form after an auxiliary is
 * a passive or perfect, not a past event ("will be paid", "has decided",
 * "to be published"), and "to be" looks ahead. DETERMINERS covers English
 * and Spanish.
 */
/*
 * Whether token `k`, which may look like a tense marker, is none: after a
 * determiner it is a noun or an adjective ("the plan", "a reduced rate"), and
 * Spanish "hasta" or German "bis zu" before an amount mean "up to".
 */
static bool no_marker(const struct tx_tok *toks, size_t n, size_t k)
{
    if (k > 0 && word_in(toks, k - 1, DETERMINERS))
        return true;
    /* round 25: a present form right after a past verb is its object, a noun: "rain delayed
     * play on Monday" (was the coming Monday, "play" read as a scheduled event) */
    if (k > 0 && (toks[k].cls & (1u << TX_PRESENT)) && (toks[k - 1].cls & (1u << TX_PAST)) &&
        !(toks[k].cls & (1u << TX_PAST)))
        return true;
    /* Spanish "hasta 300 millones", "hasta un 5%": up to an amount, no deadline (a year,
     * "hasta 2012", or a day, "hasta 15 de marzo", still is one) */
    if (k + 2 < n && strcmp(toks[k].low, "hasta") == 0 &&
        ((toks[k + 1].ndig > 0 && toks[k + 1].ndig != 4) || word_in(toks, k + 1, "un|una")) &&
        strcmp(toks[k + 2].low, "de") != 0)
        return true;
    /* German "bis zu acht Meter": up to an amount ("bis zum 3. März" is a deadline) */
    return k + 1 < n && strcmp(toks[k].low, "bis") == 0 && strcmp(toks[k + 1].low, "zu") == 0;
}

static int tense_of(const struct tx_tok *toks, size_t n, size_t k)
{
    if (no_marker(toks, n, k))
        return 0;
    if (toks[k].cls & (1u << TX_FUTURE))
        return 1;
    /* Italian "si è dimesso", "sono stati arrestati": "è"/"sono" and a participle make
     * the passato prossimo, a past ("è previsto", "è atteso" look ahead) */
    if (k + 1 < n && word_in(toks, k, "è|sono") && italian_participle(&toks[k + 1]))
        return (toks[k + 1].cls & (1u << TX_FUTURE)) ? 1 : -1;
    /* a bare verb after a modal or "to" is no present ("should resume", "plans to meet"):
     * the word before it decides */
    if ((toks[k].cls & (1u << TX_PRESENT)) && k > 0 &&
        word_in(toks, k - 1,
                "to|will|would|should|could|might|must|can|may|shall|did|do|does|not"))
        return 0;
    if (toks[k].cls & (1u << TX_PRESENT))
        return TENSE_PRESENT;
    if (k > 0 && strcmp(toks[k].low, "be") == 0 && strcmp(toks[k - 1].low, "to") == 0)
        return 1;
    /* "the mall is to open in August": a plan, ahead */
    if (k > 0 && strcmp(toks[k].low, "to") == 0 && word_in(toks, k - 1, "is|are|am"))
        return 1;
    if (!(toks[k].cls & (1u << TX_PAST)))
        return 0;
    return past_after_aux(toks, k) ? 0 : -1;
}

/*
 * The tense of the verb nearest to the match [i, j) in its sentence: the
 * nearest marker before it ("the monarch will meet Bush on Thursday",
 * "protesters planned a rally on Saturday"), else the nearest after it
 * ("on Tuesday, the group plans to ..."), else 0. A future marker is a
 * future verb or a word like "until"; a past marker a past verb. A present
 * verb before the match gives `present` ("the vote is on Tuesday" looks
 * ahead for a weekday), after it 0. Sets `*before` when the marker precedes
 * the match.
 */
static int tense_near(const struct tx_tok *toks, size_t n, size_t i, size_t j, size_t window,
                      int present, bool *before)
{
    size_t k;
    int t, outer = 0;
    bool sub = false;

    *before = true;
    for (k = i; k > 0 && i - k < window; k--) {
        if (break_before(toks, k))
            break;
        /* "said that on Tuesday it will ...": the verb of the clause the date
         * is in comes after it; the reporting verb is the fallback */
        if (!sub && word_in(toks, k - 1, "that|que")) {
            sub = true;
            continue;
        }
        if ((t = tense_of(toks, n, k - 1)) != 0) {
            if (!sub)
                return t == TENSE_PRESENT ? present : t;
            outer = t == TENSE_PRESENT ? present : t;
            break;
        }
    }
    *before = false;
    for (k = j; k < n && k - j < window; k++) {
        if (clause_end(&toks[k]) || toks[k].line)
            break;
        if ((t = tense_of(toks, n, k)) != 0)
            return t == TENSE_PRESENT ? 0 : t;
    }
    *before = outer != 0;
    return outer;
}

/*
 * Whether the match at token `i` opens its sentence, after at most a
 * preposition and an article ("In December, the minister resigned", "En
 * diciembre, el ministro dimitió"): its verb follows it.
 */
static bool fronted(const struct tx_tok *toks, size_t i)
{
    size_t k;

    for (k = i; k > 0 && i - k < 3; k--)
        if (break_before(toks, k))
            return true;
    return k == 0;
}

/*
 * round 27: whether the first verb after the match [i, j), in its clause, is the news present
 * of a scheduled event ("El lunes comienza el juicio", "El domingo se celebran elecciones",
 * "On Monday, the trial opens"), not a copula ("El lunes es festivo" is left to the reference),
 * and a weekday stands in the match.
 */
static bool weekday_before_scheduled(const struct tx_tok *toks, size_t n, size_t i, size_t j)
{
    size_t k;
    bool wday = false;
    int t;

    for (k = i; k < j; k++)
        wday = wday || (toks[k].cls & (1u << TX_WDAY));
    if (!wday)
        return false;
    for (k = j; k < n && k - j < TENSE_WINDOW; k++) {
        if (clause_end(&toks[k]) || toks[k].line)
            break;
        if ((t = tense_of(toks, n, k)) != 0)
            return t == TENSE_PRESENT && !word_in(toks, k, "is|are|am|es|son|está|están");
    }
    return false;
}

/*
 * round 27: a weekday that opens its sentence before a scheduled present looks ahead, as one
 * after it does with `present_ahead` (was the last one: a present after the match said
 * nothing): sets the weekday tense of `ref` to 1 when it has none.
 */
static void fronted_ahead(struct tx_ref *ref, const struct tx_tok *toks, size_t n, size_t i,
                          size_t j, bool present_ahead)
{
    if (ref->tense == 0 && present_ahead && fronted(toks, i) &&
        weekday_before_scheduled(toks, n, i, j))
        ref->tense = 1;
}

/* Spanish verbs and nouns that move a deadline: "prorrogó su oferta hasta", "el plazo hasta";
 * round 20: and that set one ("prohibió las exportaciones hasta el 30 de septiembre") */
#define DEADLINE_WORDS                                                                           \
    "prorrogó|prorrogaron|prorrogado|prorrogada|prorrogar|amplió|ampliaron|aplazó|aplazaron|" \
    "aplazado|aplazada|pospuso|pospusieron|extendió|extendieron|retrasó|retrasaron|plazo|"     \
    "prohibió|prohibieron|prohibido|prohibida|suspendió|suspendieron|suspendido|suspendida|"   \
    "vetó|vetaron|congeló|congelaron|congelado|congelada"

/*
 * Whether a word of DEADLINE_WORDS stands shortly before token `k` in its sentence: a past
 * verb there sets a new end, which may lie ahead ("la oferta se prorrogó hasta el 16 de
 * noviembre", written in October).
 */
static bool deadline_before(const struct tx_tok *toks, size_t k)
{
    size_t m;

    for (m = k; m > 0 && k - m < DATE_TENSE_WINDOW; m--) {
        if (break_before(toks, m))
            return false;
        if (word_in(toks, m - 1, DEADLINE_WORDS))
            return true;
    }
    return false;
}

/*
 * The tense of the first verb after token `i` in its sentence, across commas (a
 * fronted "Hasta el jueves, no lo habían acusado"), else 0.
 */
static int tense_after(const struct tx_tok *toks, size_t n, size_t i)
{
    size_t k;
    int t;

    for (k = i + 1; k < n && k - i < TENSE_WINDOW; k++) {
        if (break_before(toks, k))
            break;
        if ((t = tense_of(toks, n, k)) != 0)
            return t;
    }
    return 0;
}

/*
 * Whether the match at token `i` ends a range from today: "from today until", "desde hoy
 * (y) hasta", "from now through".
 */
static bool from_today_until(const struct tx_tok *toks, size_t i)
{
    size_t k;

    if (i < 3 || !word_in(toks, i - 1, "until|till|through|to|hasta"))
        return false;
    k = i - 2;
    if (word_in(toks, k, "y|and"))
        k--;
    return k > 0 && word_in(toks, k, "today|now|hoy|ahora") && word_in(toks, k - 1, "from|desde");
}

/*
 * Spanish "tiene hasta el 31 de marzo" is a deadline ahead, unless a past verb comes before it
 * ("estuvo cerrado hasta el 31 de marzo"); the match is at token `i`, after "hasta".
 */
static void hasta_tense(struct tx_ref *ref, const struct tx_tok *toks, size_t n, size_t i)
{
    bool before;
    int t = tense_near(toks, n, i - 1, i - 1, DATE_TENSE_WINDOW, 0, &before);

    ref->date_tense = before && t < 0 ? -1 : 1;
    if (ref->date_tense < 0 && deadline_before(toks, i - 1))
        ref->date_tense = 0; /* a deadline moved: the nearest such day */
}

/*
 * The Spanish words before the match at token `i` that set its tenses: "hasta" (a deadline),
 * "desde" (since a past day), "del" before a weekday (a named event).
 */
static void set_tense_es(struct tx_ref *ref, const struct tx_tok *toks, size_t n, size_t i)
{
    bool before;

    if (i > 1 && word_in(toks, i - 1, "hasta"))
        hasta_tense(ref, toks, n, i);
    /* Spanish "desde diciembre", "desde el martes": since a day already past, unless a
     * future verb comes before it ("abrirá desde el lunes") */
    if (i > 0 && word_in(toks, i - 1, "desde")) {
        int t = tense_near(toks, n, i - 1, i - 1, TENSE_WINDOW, 0, &before);
        if (!(before && t > 0))
            ref->tense = ref->date_tense = -1;
    }
    /* Spanish "la resolución del miércoles": a named event, as "Wednesday's ruling" (not
     * "a partir del lunes", "antes del lunes") */
    if (i > 1 && strcmp(toks[i - 1].low, "del") == 0 && toks[i].cls & (1u << TX_WDAY) &&
        !word_in(toks, i - 2, "partir|antes|después|despues|través|cerca|alrededor|dentro"))
        ref->tense = 0;
    /* round 20: "a partir del miércoles" starts something, the coming one, also after a past
     * verb ("anunció otro paro a partir del miércoles"; was the last one) */
    if (i > 1 && word_in(toks, i - 1, "del|de") && strcmp(toks[i - 2].low, "partir") == 0 &&
        toks[i].cls & (1u << TX_WDAY))
        ref->tense = 1;
    /* round 21: "a partir del 6 de agosto" starts something ahead, unless a past verb comes
     * before it ("entró en vigor a partir del 1 de enero") */
    if (i > 1 && word_in(toks, i - 1, "del|de") && strcmp(toks[i - 2].low, "partir") == 0 &&
        !(toks[i].cls & (1u << TX_WDAY))) {
        int t = tense_near(toks, n, i - 2, i - 2, DATE_TENSE_WINDOW, 0, &before);
        ref->date_tense = before && t < 0 ? -1 : 1;
    }
}

/*
 * round 24: whether the words before the match at token `i` start something from it:
 * German "ab", French "dès", "à partir de", Italian "a partire da", Portuguese "a partir
 * de|desta|deste" (Spanish "a partir del" has its own rules in set_tense_es()).
 */
/* English verbs that set or move an end, which may lie ahead after a past verb too ("the
 * judge adjourned the case until Monday", "gave them until Friday"), as DEADLINE_WORDS */
#define DEADLINE_WORDS_EN                                                                   \
    "extended|postponed|adjourned|delayed|deferred|recessed|suspended|banned|barred|froze|" \
    "closed|halted|gave|given|granted|set|scheduled|moved|pushed|put|ordered|told|asked|"   \
    "agreed|decided|deadline|expected|planned"

/*
 * round 25: whether the English "until" at token `k` follows a past verb of its clause with no
 * deadline word between: "the snow did not stop until late Saturday", "he stayed in custody
 * until Tuesday" look back, as Spanish "estuvo cerrado hasta el lunes" (set_tense_es()).
 */
static bool past_until(const struct tx_tok *toks, size_t n, size_t k)
{
    size_t m;
    int t;

    if (!word_in(toks, k, "until|till"))
        return false;
    for (m = k; m > 0 && k - m < DATE_TENSE_WINDOW && !break_before(toks, m); m--) {
        if (word_in(toks, m - 1, DEADLINE_WORDS_EN) ||
            word_in(toks, m - 1, "will|would|could|may|might|can|should|must|to"))
            return false;
        /* the verb, right before "until" or before a particle, a preposition or an object's
         * determiner: not an "-ed" adjective before its noun ("tariffs on imported rice
         * until March") */
        if ((t = tense_of(toks, n, m - 1)) != 0)
            return t == -1 && (m == k || word_in(toks, m,
                                                 "not|never|in|on|at|for|up|out|there|"
                                                 "here|home|away|off|down|open|the|a|"
                                                 "an|his|her|their|its"));
    }
    return false;
}

/* The copulas and auxiliaries that are a present but name no scheduled event. */
#define COPULAS "is|are|am|has|have|es|son|está|están|hay|ha|han|é|são|tem|têm"

/*
 * round 25: whether the verb nearest before the match at token `i` in its sentence is the
 * present of a scheduled event: "the fiscal year begins in July", "the trial opens in
 * March" look ahead for a year-less date (was the last July), as they do for a weekday.
 */
static bool scheduled_before(const struct tx_tok *toks, size_t n, size_t i, size_t window)
{
    size_t k;
    int t;

    for (k = i; k > 0 && i - k < window; k--) {
        if (break_before(toks, k) || word_in(toks, k - 1, "that|que"))
            return false;
        if ((t = tense_of(toks, n, k - 1)) != 0)
            return t == TENSE_PRESENT && !word_in(toks, k - 1, COPULAS);
    }
    return false;
}

static bool starts_from(const struct tx_tok *toks, size_t i)
{
    if (i > 0 && word_in(toks, i - 1, "ab|dès"))
        return true;
    return i > 1 && word_in(toks, i - 1, "de|da|desta|deste|dal") &&
           word_in(toks, i - 2, "partir|partire");
}

/*
 * round 25 (English only): "until" after a past verb looks back (past_until()); a scheduled
 * present before a year-less date looks ahead (scheduled_before()).
 */
static void set_tense_r25(struct tx_ref *ref, const struct tx_tok *toks, size_t n, size_t i,
                          size_t date_window)
{
    if (i > 1 && !fronted(toks, i) && past_until(toks, n, i - 1))
        ref->tense = ref->date_tense = -1;
    else if (ref->date_tense == 0 &&
             (i == 0 || !word_in(toks, i - 1, "by|until|till|through|before|to|hasta|antes")) &&
             scheduled_before(toks, n, i, date_window))
        ref->date_tense = 1;
}

/*
 * Sets the two tenses of the match [i, j) in `ref`: `tense` for weekdays,
 * `date_tense` for year-less dates. The latter only trusts a verb shortly
 * before the date (or after it when the date opens the sentence), and
 * none after a deadline word ("by Jan. 14", "until May"); a possessive
 * weekday ("Wednesday's ruling") names a past event. With `present_ahead`
 * a present verb before a weekday makes it future ("the vote is on Tuesday").
 * `date_window`: how far the verb of a year-less date may be.
 */
static void set_tense(struct tx_ref *ref, const struct tx_tok *toks, size_t n, size_t i,
                      size_t j, bool present_ahead, size_t date_window)
{
    bool before;

    ref->tense = tense_near(toks, n, i, j, TENSE_WINDOW, present_ahead ? 1 : 0, &before);
    fronted_ahead(ref, toks, n, i, j, present_ahead);
    ref->date_tense = tense_near(toks, n, i, j, date_window, 0, &before);
    if (!before && !fronted(toks, i))
        ref->date_tense = 0;
    if (i > 0 && word_in(toks, i - 1, "by|until|till|through|before|to|hasta|antes"))
        ref->date_tense = 0;
    /* ... unless a future or present verb comes before the deadline word: "must be held by
     * August", "payment is due by May" */
    if (i > 1 && word_in(toks, i - 1, "by|until|till|before")) {
        int t = tense_near(toks, n, i - 1, i - 1, DATE_TENSE_WINDOW, 1, &before);
        if (before && t > 0)
            ref->date_tense = 1;
    }
    set_tense_es(ref, toks, n, i);
    /* round 24: a weekday that starts something is the coming one, as Spanish "a partir del
     * miércoles" (round 20): "Karten gibt es ab Mittwoch", "à partir de lundi" */
    if (starts_from(toks, i) && toks[i].cls & (1u << TX_WDAY))
        ref->tense = 1;
    /* round 20: the end of a range from today lies ahead, whatever the verb: "has banned
     * sailing from today until Sept. 30", "ha prohibido desde hoy y hasta el 30 de
     * septiembre" (was the last Sept. 30) */
    if (from_today_until(toks, i))
        ref->tense = ref->date_tense = 1;
    /* round 20: a fronted "until" takes the tense of its sentence's verb: "Until Thursday,
     * police had not named him", "Hasta el jueves, no habían acusado a nadie" lie back (were
     * the coming Thursday) */
    if (i > 0 && word_in(toks, i - 1, "until|till|hasta") && fronted(toks, i) &&
        tense_after(toks, n, j - 1) < 0)
        ref->tense = ref->date_tense = -1;
    if (j + 1 < n && toks[j].glued && (toks[j].low[0] == '\'' || strcmp(toks[j].low, "’") == 0) &&
        strcmp(toks[j + 1].low, "s") == 0)
        ref->tense =
            i > 1 && strcmp(toks[i - 1].low, "of") == 0 && word_in(toks, i - 2, "ahead|advance|eve")
                ? 1 /* round 25: "ahead of Thursday's report" */
                : 0;
}

static enum td_err push(struct td_timex_list *l, const struct td_timex *x)
{
    struct td_timex *p;

    if (l->n == l->cap) {
        size_t ncap = l->cap ? l->cap * 2 : 16;
        p = td_realloc(l->items, ncap * sizeof(*p));
        if (p == NULL)
            return TD_ERR_NOMEM;
        l->items = p;
        l->cap = ncap;
    }
    l->items[l->n++] = *x;
    return TD_OK;
}

/*
 * An explicit date with a year and a month moves the narrative anchor
 * there; a bare year ("in 1995") is too often a side remark to anchor on.
 */
static void move_anchor(struct tx_ref *anchor, const struct tx_rule *rule,
                        const struct tx_caps *caps)
{
    if (caps->v[TX_C_YEAR] == TX_CAP_UNSET || caps->v[TX_C_MONTH] == TX_CAP_UNSET ||
        !narrative[rule->norm])
        return;
    anchor->known = true;
    anchor->y = caps->v[TX_C_YEAR];
    anchor->m = caps->v[TX_C_MONTH] != TX_CAP_UNSET ? caps->v[TX_C_MONTH] : 1;
    anchor->d = caps->v[TX_C_DAY] != TX_CAP_UNSET ? caps->v[TX_C_DAY] : 1;
    anchor->day_known = caps->v[TX_C_DAY] != TX_CAP_UNSET;
}

/*
 * Whether a value resolved against the reference date ("2021-12-31",
 * "2021-12") lies within NEAR_MONTHS months of it. Such a date is news of
 * the day ("on Aug. 2" in a mid-August article) and keeps the reference
 * even when the text has wandered to another year; a farther one ("New
 * Year's Eve" in a September article recalling December 2021) takes the
 * narrative anchor.
 */
static bool near_dct(const char *value, const struct tx_ref *dct)
{
    long y, m;
    char *end;

    if (!dct->known || strlen(value) < 7 || value[4] != '-')
        return true;
    y = strtol(value, &end, 10);
    if (end != value + 4 || value[5] < '0' || value[5] > '1')
        return true;
    m = strtol(value + 5, &end, 10);
    if (end != value + 7 || m < 1 || m > 12)
        return true;
    m = (y * 12 + m) - ((long)dct->y * 12 + dct->m);
    return m >= -NEAR_MONTHS && m <= NEAR_MONTHS;
}

/* Whether `value` is a quarter and nothing more ("1989-Q3"), its year in `*y`, number in `*n`. */
static bool quarter_value(const char *value, int64_t *y, int *n)
{
    size_t i;

    for (i = 0; i < 4; i++)
        if (value[i] < '0' || value[i] > '9')
            return false;
    if (strncmp(value + 4, "-Q", 2) != 0 || value[6] < '1' || value[6] > '4' || value[7] != '\0')
        return false;
    *y = strtol(value, NULL, 10);
    *n = value[6] - '0';
    return true;
}

/*
 * The latest completed quarter a value names ("1989-Q3") is the quarter
 * under discussion: financial reports compare it with "a year earlier",
 * meaning that quarter of the year before. An earlier quarter does not move
 * it, nor does the current or a future one (an outlook).
 */
static void move_quarter(struct tx_ref *q, const struct tx_ref *dct, const char *value)
{
    int64_t y;
    int n;

    if (!quarter_value(value, &y, &n))
        return;
    if (q->qknown && y * 4 + n <= q->qy * 4 + q->qn)
        return;
    if (dct->known && y * 4 + n > dct->y * 4 + (dct->m - 1) / 3)
        return;
    q->qknown = true;
    q->qy = y;
    q->qn = n;
}

/*
 * The last quarter a quarter rule wrote ("the third quarter", "Q3 2010"),
 * whether completed or not: "the same quarter last year" compares with it
 * (Apple's fiscal third quarter is reported in July, in the calendar's
 * third). A quarter computed from another ("the year-earlier quarter") does
 * not move it.
 */
static void name_quarter(struct tx_ref *q, const char *value)
{
    if (quarter_value(value, &q->qny, &q->qnn))
        q->qnamed = true;
}

/*
 * The last day the text has named, explicitly or not ("March 3, 2020",
 * "on Tuesday", "yesterday"): a value that starts with a full date. "The
 * next day" and "the following day" count from it.
 */
static bool move_day(struct tx_ref *day, const struct tx_ref *dct, const char *value)
{
    char *end;
    long y, m, d;
    size_t i;

    for (i = 0; i < 10; i++)
        if ((i == 4 || i == 7) ? value[i] != '-' : (value[i] < '0' || value[i] > '9'))
            return false;
    if (value[10] != '\0' && value[10] != 'T')
        return false;
    y = strtol(value, &end, 10);
    m = strtol(value + 5, &end, 10);
    d = strtol(value + 8, &end, 10);
    *day = *dct;
    day->known = true;
    day->y = y;
    day->m = (int)m;
    day->d = (int)d;
    day->day_known = true;
    return true;
}

/*
 * The last month the text has named on its own ("mayo de 2005", "el pasado
 * mes de octubre"): a value of the form YYYY-MM. "Ese mes" and "el año
 * siguiente" count from it when it comes after the last day named.
 */
static bool move_month(struct tx_ref *month, const struct tx_ref *dct, const char *value)
{
    size_t i;

    for (i = 0; i < 7; i++)
        if (i == 4 ? value[i] != '-' : (value[i] < '0' || value[i] > '9'))
            return false;
    if (value[7] != '\0' || value[5] > '1')
        return false;
    *month = *dct;
    month->known = true;
    month->y = strtol(value, NULL, 10);
    month->m = (int)strtol(value + 5, NULL, 10);
    month->d = 1;
    month->day_known = false;
    return month->m >= 1 && month->m <= 12;
}

/* Whether the text has moved the narrative anchor away from the reference. */
static bool anchor_moved(const struct tx_ref *anchor, const struct tx_ref *dct)
{
    return anchor->known != dct->known || anchor->y != dct->y || anchor->m != dct->m ||
           anchor->d != dct->d;
}

/*
 * Whether the narrative anchor lies within ANCHOR_YEARS years of the
 * reference: a story recalls its own recent past ("December 2021 ... New
 * Year's Eve" in 2024), while a date decades back ("born in October 1958")
 * is background, and a later "in late November" is news again.
 */
static bool anchor_close(const struct tx_ref *anchor, const struct tx_ref *dct)
{
    return !dct->known || (anchor->y - dct->y <= ANCHOR_YEARS && dct->y - anchor->y <= ANCHOR_YEARS);
}

/* Whether the narrative anchor lies after the reference (a text looking ahead). */
static bool anchor_after(const struct tx_ref *anchor, const struct tx_ref *dct)
{
    return anchor->known && dct->known &&
           (anchor->y * 12 + anchor->m) * 31 + anchor->d > (dct->y * 12 + dct->m) * 31 + dct->d;
}

/*
 * Whether the narrative anchor lies in a month before the reference's: a future verb does not
 * look ahead from a past story ("began in December 2021 ... Markets expect a cut by June", round
 * 16).
 */
static bool anchor_before(const struct tx_ref *anchor, const struct tx_ref *dct)
{
    return anchor->known && dct->known && anchor->y * 12 + anchor->m < dct->y * 12 + dct->m;
}

/* The month count y * 12 + m - 1 of a value starting "YYYY-MM", or -1. */
static long value_month(const char *value)
{
    size_t i;

    for (i = 0; i < 7; i++)
        if (i == 4 ? value[i] != '-' : (value[i] < '0' || value[i] > '9'))
            return -1;
    return strtol(value, NULL, 10) * 12 + strtol(value + 5, NULL, 10) - 1;
}

/*
 * Whether a year-less date read against the narrative anchor (`anchored`)
 * jumps back before the anchor's month while its reading against the
 * reference (`at_dct`) lies between the anchor and the reference: the text
 * has moved on from the anchor towards the present ("it vanished in July
 * 2024 ... seized days before the sale in March", written in October 2025,
 * is March 2025), so the reference's reading stands.
 */
static bool anchor_back(const char *anchored, const char *at_dct, const struct tx_ref *anchor,
                        const struct tx_ref *dct)
{
    long a = value_month(anchored), d = value_month(at_dct), am = anchor->y * 12L + anchor->m - 1;

    return a >= 0 && d >= 0 && dct->known && a < am && d >= am && d <= dct->y * 12L + dct->m - 1;
}

/* Whether token `k` is a count: digits, a number word or a per cent sign. */
static bool count_tok(const struct tx_tok *t)
{
    return t->ndig > 0 || (t->cls & (1u << TX_NUM)) || t->low[0] == '%' ||
           strcmp(t->low, "million") == 0 || strcmp(t->low, "billion") == 0 ||
           strcmp(t->low, "thousand") == 0 || strcmp(t->low, "percent") == 0;
}

/*
 * A bare plural of unknown length ("hours", "siglos", rule arg "X") right after a count is
 * no stretch: the count failed as one ("1999 siglos antes", a count too large for a value).
 */
static bool counted_plural(const struct tx_tok *toks, size_t i, size_t len,
                           const struct tx_rule *rule)
{
    return i > 0 && len == 1 && rule->norm == TX_N_DUR && rule->arg != NULL &&
           rule->arg[0] == 'X' && count_tok(&toks[i - 1]);
}

/* A one-word rate: "20% annually", "10,000 units annually". */
static bool rate_word(const struct tx_tok *toks, size_t i, size_t len)
{
    return len == 1 && (strcmp(toks[i].low, "annually") == 0 || strcmp(toks[i].low, "yearly") == 0);
}

/*
 * Whether the lone "May" at `i` is the verb of a wish or a question that opens its
 * sentence or a quote ("May God bless you", "``May we ask"), not the month ("In May we
 * met", which the old rule "may i|we|you" dropped).
 */
static bool may_verb(const struct tx_tok *toks, size_t n, size_t i, size_t len)
{
    size_t k = i;

    if (len != 1 || strcmp(toks[i].low, "may") != 0 || i + 1 >= n)
        return false;
    while (k > 0 && word_in(toks, k - 1, "\"|`|'|“|‘|("))
        k--;
    /* an opening quote starts a sentence too: 'He said: "May God bless you."' */
    if (k == i && k > 0 && !break_before(toks, k))
        return false;
    return word_in(toks, i + 1, "i|we|you|he|she|it|they|god|the|this|all|his|her|their|our|your");
}

/*
 * Whether the word for "daily" at `k` names a newspaper (round 20): a capitalised Spanish
 * "Diario" before a capitalised word or "de" / "del" ("© Diario de Canarias", "Diario
 * Vasco"), a capitalised "Daily" after a capitalised word ("By Subcontinent Daily staff"), a
 * "daily" after an article or an adjective and before a name ("the regional daily
 * Pohjaranniku Paevaleht").
 */
static bool daily_paper(const struct tx_tok *toks, size_t n, size_t k)
{
    const struct tx_tok *t = &toks[k];

    if (k + 1 < n && t->upper && strcmp(t->low, "diario") == 0 && !toks[k + 1].glued &&
        (toks[k + 1].upper || (word_in(toks, k + 1, "de|del") && k + 2 < n &&
                               (toks[k + 2].upper || word_in(toks, k + 2, "la|las|los")))))
        return true;
    if (strcmp(t->low, "daily") != 0 || k == 0)
        return false;
    /* A paper's name may open the text ("Pado Daily staff"): no break before its first word. */
    if (t->upper)
        return toks[k - 1].upper && toks[k - 1].ndig == 0 && !break_before(toks, k) &&
               (k < 2 || !break_before(toks, k - 1));
    return k + 1 < n && toks[k + 1].upper && !toks[k + 1].glued && !break_before(toks, k + 1) &&
           !(toks[k + 1].cls & ((1u << TX_MONTH) | (1u << TX_MONTHCAP) | (1u << TX_WDAY))) &&
           word_in(toks, k - 1, "a|the|regional|national|local|financial|business|evening|morning");
}

/* Whether the capitalised season, part of the day or "daily" at `k` opens a name. */
static bool title_name(const struct tx_tok *toks, size_t n, size_t k)
{
    const struct tx_tok *t = &toks[k], *u = &toks[k + 1];

    if (daily_paper(toks, n, k))
        return true;
    if (k + 1 >= n || !t->upper || !u->upper || u->glued ||
        (u->cls & ((1u << TX_MONTH) | (1u << TX_MONTHCAP) | (1u << TX_WDAY))))
        return false;
    return (t->cls & ((1u << TX_SEASON) | (1u << TX_PART))) || strcmp(t->low, "daily") == 0;
}

/*
 * Whether the match [i, i+len) in title case is a name (not in German, which capitalises
 * every noun): ABC's "This Week", "Good Morning America"; a season, a part of the day or
 * "daily" before a capitalised word ("the Summer Olympics", "Monday Night Football", "the
 * Daily Mail"); a count of a unit ("60 Minutes", "the Six-Day War", "the Hundred Years'
 * War"; not "Thanksgiving Day").
 */
static bool title_case_name(const struct tx_tok *toks, size_t n, size_t i, size_t len)
{
    const struct tx_tok *t = &toks[i], *last = &toks[i + len - 1];

    if (len >= 2 && t->upper && (t->cls & ((1u << TX_REL) | (1u << TX_DEIC))) &&
        toks[i + 1].upper && (toks[i + 1].cls & ((1u << TX_UNIT) | (1u << TX_PART))))
        return true;
    if (title_name(toks, n, i + len - 1))
        return true;
    return len >= 2 && last->upper && (last->cls & (1u << TX_UNIT)) &&
           (count_tok(&toks[i + len - 2]) ||
            (len >= 3 && toks[i + len - 2].low[0] == '-' && count_tok(&toks[i + len - 3])));
}

/* Whether tokens k and k+1 are a ":" and a number glued to what comes before them. */
static bool glued_colon_digits(const struct tx_tok *toks, size_t n, size_t k)
{
    return k + 1 < n && toks[k].glued && strcmp(toks[k].low, ":") == 0 && toks[k + 1].glued &&
           toks[k + 1].ndig > 0;
}

/*
 * Whether the match [i, i+len) lies in a group of digits and colons such as a race time
 * "2:08:47" (round 22): it starts at the minutes or seconds ("nach 1:59:48 Stunden" is no
 * 48 hours, "a las 10:15:30 hora local" no 30 hours), or it is the hours and minutes before
 * the seconds with no clock word before it ("ganó con 1:59:48", "verbeterd tot 2:08:47");
 * "at 10:15:30", "a las 10:15:30" keep their time of day.
 */
static bool in_digit_group(const struct tx_tok *toks, size_t n, size_t i, size_t len)
{
    if (i >= 2 && toks[i - 2].ndig > 0 && glued_colon_digits(toks, n, i - 1))
        return true;
    return toks[i].ndig > 0 && glued_colon_digits(toks, n, i + len) &&
           !(i > 0 &&
             word_in(toks, i - 1, "at|around|about|las|la|om|um|à|alle|às|kl|hacia|sobre"));
}

/*
 * Whether the match [i, i+len) is a Spanish age after a name: "(estudiante) de Farmacia de
 * 23 años,", "(exalcaldesa) de Arequipa de 52 años", "(un jubilado) de Burdeos de 66 años que":
 * "NUM años" after "de" and a capitalised word inside the sentence, before a comma, the end of
 * the sentence or "que" (not "el contrato de 5 años con", "una condena de 20 años de").
 */
static bool age_after_name(const struct tx_tok *toks, size_t n, size_t i, size_t len)
{
    size_t e = i + len;

    if (len != 2 || i < 3 || e >= n || strcmp(toks[i + 1].low, "años") != 0 ||
        !count_tok(&toks[i]) || strcmp(toks[i - 1].low, "de") != 0)
        return false;
    if (!toks[i - 2].upper || toks[i - 2].ndig > 0 || break_before(toks, i - 2))
        return false;
    return break_before(toks, e) || word_in(toks, e, ",|.|;|)|que");
}

/*
 * German "am frühen Morgen": a capital "Morgen" inside a sentence is the noun
 * (the morning), not the adverb "morgen" (tomorrow).
 */
static bool morning_noun(const struct tx_tok *toks, size_t i, size_t len)
{
    return len == 1 && toks[i].upper && strcmp(toks[i].low, "morgen") == 0 && i > 0 &&
           !break_before(toks, i);
}

/*
 * A bare month abbreviation with no period ("Jan Kavan"): three letters or
 * "sept"; "june" and "july" are full names, and so are the three-letter May
 * of German, French, Norwegian ("Mai") and Dutch ("mei").
 */
static bool month_abbrev(const struct tx_tok *toks, size_t n, size_t i, size_t len)
{
    const struct tx_tok *t = &toks[i];

    return len == 1 && (t->cls & (1u << TX_MONTH)) &&
           ((strlen(t->low) == 3 && !word_in(toks, i, "mai|mei")) || strcmp(t->low, "sept") == 0) &&
           !(i + 1 < n && toks[i + 1].glued && toks[i + 1].low[0] == '.');
}

/*
 * Matches that read as a timex but are none: a name in title case ("This
 * Week", see title_case_name), the verb "May" (may_verb), a bare month abbreviation with no period and no day ("Jan
 * Kavan"), and a rate "a UNIT" or
 * "annually" after a count ("24 hours a day", "$500 million a year", "700
 * seats a week", "8.5% annually").
 */
static bool not_a_timex(const struct tx_tok *toks, size_t n, size_t i, size_t len,
                        bool nouns_upper)
{
    const struct tx_tok *t = &toks[i];
    size_t k;

    if (!nouns_upper && title_case_name(toks, n, i, len))
        return true;
    if (may_verb(toks, n, i, len) || age_after_name(toks, n, i, len) ||
        in_digit_group(toks, n, i, len) || (nouns_upper && morning_noun(toks, i, len)) ||
        month_abbrev(toks, n, i, len))
        return true;
    if (i == 0 || !(rate_word(toks, i, len) ||
                    (len == 2 && (strcmp(t->low, "a") == 0 || strcmp(t->low, "an") == 0) &&
                     (toks[i + 1].cls & (1u << TX_UNIT)))))
        return false;
    if (count_tok(&toks[i - 1]))
        return true;
    /* "700 seats a week": a plural noun after a count */
    for (k = i - 1; k > 0 && i - k < 3; k--)
        if (count_tok(&toks[k - 1]))
            return toks[i - 1].low[0] != '\0' &&
                   toks[i - 1].low[strlen(toks[i - 1].low) - 1] == 's';
    return false;
}

/* English month names that are no abbreviation: a period after one is no part of it */
#define FULL_MONTHS "january|february|march|april|may|june|july|august|september|october|" \
                    "november|december"

/* A rule match at one token, kept across scans of the same tokens (timex_text). */
struct tx_memo {
    bool done;
    size_t len;
    const struct tx_rule *rule;
    struct tx_caps caps;
};

struct scan {
    const struct tx_tok *toks;
    size_t n;
    const struct tx_compiled *rules;
    struct tx_memo *memo; /* one per token, or NULL */
    bool nouns_upper; /* the language capitalises every noun (German) */
    bool lower_months;  /* months, seasons and weekdays are written in lower case */
    bool present_ahead; /* a present verb before a weekday looks ahead (not where
                           "est venu", "ist gekommen" make the perfect) */
    bool ago_lasting;   /* "há N anos" after a present verb is a duration (Portuguese) */
    size_t date_window; /* DATE_TENSE_WINDOW, or its Spanish value */
    bool year_scope;    /* round 25 (English): a year scopes the year-less dates of its
                           sentence (year_apposition()), "a year earlier" dates back a month
                           named before it, set_tense_r25() */
    bool time_story_day; /* a bare clock time is on the last day the text named, not only
                            one named in its own sentence (English, round 14) */
    const struct tx_ref *dct;
    struct tx_ref anchor;
    struct tx_ref quarter; /* only the q* and y* fields are used */
    struct tx_ref day;     /* the last day named (day_known: there is one) */
    size_t day_end;        /* the token after the timex that named it */
    struct tx_ref month;   /* the last month named alone (known: there is one) */
    size_t month_end;      /* the token after the timex that named it */
    bool month_range;      /* it ends a range of months ("from July to September") */
    bool month_bound;      /* it opens a stretch ("desde mayo de 2009", "since May"; round 26)
                              or closes one ("hasta finales de marzo", "until May"; round 27) */
    int64_t half_y;        /* the last half of a year named ("el primer semestre" 2013-H1; */
    int half_n;            /*   half_end > 0: there is one) and the token after it; round 26 */
    size_t half_end;
    size_t quarter_end;    /* the token after the last quarter named (round 26) */
    bool contracted_out;   /* a leading "al" or "del" stays out of a DATE or TIME (Spanish,
                              round 26) */
    int64_t year;          /* the last year written (year_end > 0: there is one), */
    bool year_month;       /*   with a month that moved the narrative anchor */
    bool year_since;       /*   after "since" ("desde junio de 2024": a stretch to now) */
    size_t year_end;       /*   and the token after its timex */
    int64_t year_said;     /* the last timex valued as a whole year ("2007", "last year", "el
                              año pasado"; year_said_end > 0: there is one) */
    size_t year_said_end;  /*   the token after it */
    bool year_said_chain;  /*   a month after it took its year (see year_apposition()) */
    bool year_said_front;  /*   it opens its sentence before a comma ("In 2011, ...") */
};

/*
 * What "the next day", "ese mes" or "el año siguiente" count from: the last
 * day the text named, or a month named after it when the unit is a month or
 * longer ("en mayo de 2005 ... ese mes"); NULL: the reference.
 */
static const struct tx_ref *next_anchor(const struct scan *s, const struct tx_caps *caps)
{
    int unit = caps->v[TX_C_UNIT];

    if (s->month.known && unit != TX_CAP_UNSET && unit >= TX_U_MONTH &&
        (!s->day.day_known || s->month_end > s->day_end))
        return &s->month;
    return s->day.day_known ? &s->day : NULL;
}

/*
 * Whether the rule is "that (same) day" ("ese mismo día", arg "0" or "0d"; a DATE, no part
 * of the day) and the text named a day and then a month alone ("MindSpring closed it on
 * Thursday ... the most recent was last October, when the doctor died; his name was crossed
 * out that same day"): a day of that month, which the text leaves unsaid (round 22; was the
 * day named before the month). With no day named, the story's day stays the reference's
 * ("imputó ... los cóndores hallados en julio. El mismo día la Legislatura prohibió").
 * A month that opens a stretch is no such month (round 26): "mantuvo ayer los tipos en el 1%,
 * su nivel desde mayo de 2009. Ese mismo día ..." is yesterday (was 2009-05-XX); nor one that
 * closes it (round 27): "comenzó el lunes y se prolongará hasta finales de marzo. Ese día, el
 * acusado ..." is that Monday (was 2012-03-XX).
 */
static bool day_of_month_named(const struct scan *s, const struct tx_rule *rule,
                               const struct tx_caps *caps)
{
    bool zero_d = rule->arg != NULL && strcmp(rule->arg, "0d") == 0;

    return rule->norm == TX_N_NEXT && rule->type == TD_TIMEX_DATE &&
           (zero_d || (rule->arg != NULL && strcmp(rule->arg, "0") == 0)) &&
           (zero_d || caps->v[TX_C_UNIT] == TX_U_DAY) && caps->v[TX_C_PART] == TX_CAP_UNSET &&
           s->month.known && !s->month_bound && s->day.day_known && s->month_end > s->day_end;
}

/* Whether `day` lies after the reference while `tense` is past, or before it while future. */
static bool day_against_tense(const struct tx_ref *day, const struct tx_ref *dct, int tense)
{
    int64_t d = (day->y * 12 + day->m) * 31 + day->d, r = (dct->y * 12 + dct->m) * 31 + dct->d;

    return dct->known && ((tense < 0 && d > r) || (tense > 0 && d < r));
}

/*
 * Whether a time at token `i` without a day of its own ("at 4 a.m.") has
 * one named earlier in its sentence ("On March 3, 2020, at 4 a.m."), or with
 * `time_story_day` anywhere earlier in the text: the day the story is at.
 */
/* Whether a dash or a bar follows the time that starts at token `i` within four tokens. */
static bool stamp_dash(const struct tx_tok *toks, size_t n, size_t i)
{
    size_t k;

    for (k = i + 1; k < n && k - i <= 4 && !toks[k].line; k++)
        if (word_in(toks, k, "-|–|—||"))
            return !toks[k].glued;
    return false;
}

static bool time_day_named(const struct scan *s, const struct tx_caps *caps, int tense,
                           size_t i)
{
    size_t k;

    if (!s->day.day_known || s->day_end > i || caps->v[TX_C_MONTH] != TX_CAP_UNSET ||
        caps->v[TX_C_DAY] != TX_CAP_UNSET || caps->v[TX_C_DEIC] != TX_CAP_UNSET ||
        caps->v[TX_C_WDAY] != TX_CAP_UNSET)
        return false;
    /* round 20: a time that opens a line before a dash or a bar is a live blog's time stamp,
     * on the reference's day ("07:00 CET - Evacuation begins." after "found on Friday") */
    if (s->toks[i].line && stamp_dash(s->toks, s->n, i))
        return false;
    /* round 16: a day named in an earlier sentence that the time's own tense cannot reach
     * is another story ("jobs data due on Feb. 7. Oil settled at 2:30 p.m." is today) */
    if (s->time_story_day)
        return !day_against_tense(&s->day, s->dct, tense);
    for (k = s->day_end; k < i; k++)
        if (break_before(s->toks, k + 1))
            return false;
    /* the period of an abbreviation that ends the sentence: "at 4 a.m. Power returned at
     * 6 p.m." */
    k = s->day_end - 1;
    return !(s->day_end > 0 && k + 1 < s->n && clause_end(&s->toks[k]) && s->toks[k + 1].upper);
}

/*
 * Whether a match at token `i` with a month and no year ends a range whose
 * start, a day, ends right before the connector: "March 3 to May 5", "del 3
 * de marzo al 5 de mayo".
 */
static bool range_end(const struct scan *s, const struct tx_caps *caps, size_t i)
{
    return s->day.day_known && i >= 1 && s->day_end == i - 1 &&
           caps->v[TX_C_MONTH] != TX_CAP_UNSET && caps->v[TX_C_YEAR] == TX_CAP_UNSET &&
           caps->v[TX_C_REL] == TX_CAP_UNSET &&
           word_in(s->toks, i - 1, "to|until|till|through|thru|and|-|al|y|hasta|a|au|bis|e");
}

/*
 * Whether a match at token `i` with a month alone ends a range whose start, a
 * month, ends right before the connector: "from November to February", "from
 * March 2021 through January". The end is the first such month after the start.
 */
static bool month_range_end(const struct scan *s, const struct tx_rule *rule,
                            const struct tx_caps *caps, size_t i)
{
    return rule->norm == TX_N_YM && s->month.known && i >= 1 && s->month_end == i - 1 &&
           caps->v[TX_C_MONTH] != TX_CAP_UNSET && caps->v[TX_C_YEAR] == TX_CAP_UNSET &&
           caps->v[TX_C_YY] == TX_CAP_UNSET && caps->v[TX_C_REL] == TX_CAP_UNSET &&
           word_in(s->toks, i - 1, "to|until|till|through|thru|-");
}

/*
 * Whether a year-less date at token `i` follows a written month and year in
 * its own sentence ("comenzó en agosto de 2007 y se agravó en septiembre"),
 * unless its tense points the other way from the reference (a future verb
 * and a past year are two stories) or the month and year open a stretch that
 * runs to the reference ("ha bajado los tipos desde junio de 2024 y no
 * descarta un recorte en abril": April near the reference, round 21). A bare year is no such
 * anchor: "approved in 1987 ... through Sept. 29" is this year's.
 */
static bool sentence_year(const struct scan *s, const struct tx_rule *rule,
                          const struct tx_caps *caps, const struct tx_ref *ref, size_t i)
{
    size_t k;

    if (!narrative[rule->norm] || s->year_end == 0 || s->year_end > i || !s->year_month ||
        s->year_since || caps->v[TX_C_YEAR] != TX_CAP_UNSET || caps->v[TX_C_YY] != TX_CAP_UNSET ||
        caps->v[TX_C_REL] != TX_CAP_UNSET)
        return false;
    if (s->dct->known && ((ref->date_tense > 0 && s->year < s->dct->y) ||
                          (ref->date_tense < 0 && s->year > s->dct->y)))
        return false;
    for (k = s->year_end; k < i; k++)
        if (break_before(s->toks, k + 1))
            return false;
    return true;
}

/*
 * Whether a weekday match at token `i` ends a range whose start, a day, ends
 * in a weekday right before the connector: "from Monday to Friday", "Monday
 * through Wednesday", also with a part of the day ("from Thursday evening through Saturday
 * morning", round 16; not "from Sept. 14 to Thursday"). The end is the first such weekday
 * after the start.
 */
static bool wday_range_end(const struct scan *s, const struct tx_rule *rule,
                           const struct tx_caps *caps, size_t i)
{
    return rule->norm == TX_N_WDAY && s->day.day_known && i >= 2 && s->day_end == i - 1 &&
           ((s->toks[i - 2].cls & (1u << TX_WDAY)) ||
            (i >= 3 && (s->toks[i - 2].cls & (1u << TX_PART)) &&
             (s->toks[i - 3].cls & (1u << TX_WDAY)))) &&
           caps->v[TX_C_WDAY] != TX_CAP_UNSET &&
           caps->v[TX_C_REL] == TX_CAP_UNSET &&
           word_in(s->toks, i - 1, "to|through|thru|until|till|-");
}

/* Whether the last year written ends in the sentence of token `i` or the one before. */
static bool year_recent(const struct scan *s, size_t i)
{
    size_t k, breaks = 0;

    if (s->year_end == 0 || s->year_end > i)
        return false;
    for (k = s->year_end; k < i && breaks < 2; k++)
        breaks += break_before(s->toks, k + 1) ? 1 : 0;
    return breaks < 2;
}

/*
 * Whether a year rule counts from the last year written ("in 2010 ... the following year",
 * `arg` "+Y"); "+y", "-y": only from one written in this sentence or the one before, and
 * not after a quarter ("en 2005 ... el año anterior"; not "fundada en 1976" paragraphs back).
 */
static bool from_year(const struct scan *s, const struct tx_rule *rule,
                      const struct tx_caps *caps, const struct tx_ref *ref, size_t i)
{
    return rule->norm == TX_N_NEXT && rule->arg != NULL && rule->arg[0] != '\0' &&
           (rule->arg[1] == 'Y' || (rule->arg[1] == 'y' && !ref->qknown && year_recent(s, i))) &&
           caps->v[TX_C_UNIT] == TX_U_YEAR && s->quarter.yknown;
}

/*
 * round 26: whether the comparison period at token `i` ("el mismo periodo del año anterior",
 * "the same period last year") follows a half of a year named after the last quarter: a
 * results report of halves ("ganó 1.900 millones en el primer semestre, un 25% más que en el
 * mismo periodo del año anterior" is 2012-H1; was the year, or a quarter named before).
 */
static bool period_half(const struct scan *s, const struct tx_rule *rule, size_t i)
{
    size_t k;

    if (!((rule->norm == TX_N_AGO && rule->arg != NULL && rule->arg[0] == 'Q') ||
          (rule->norm == TX_N_LAST_Q && rule->arg != NULL && strcmp(rule->arg, "-4") == 0)) ||
        s->half_end == 0 || s->half_end > i || s->half_end <= s->quarter_end)
        return false;
    for (k = i; k < s->n && k < i + 3; k++)
        if (word_in(s->toks, k, "periodo|período|period"))
            return true;
    return false;
}

/*
 * round 26: whether a part of the day the story is at ("through the night", "esa misma
 * noche": TIME rules "0d") would fall on a day its sentence's tense cannot reach (a past verb
 * after "resume at noon Saturday": "rain had delayed play in the afternoon" is today's).
 */
static bool story_part_against_tense(const struct scan *s, const struct tx_rule *rule,
                                     const struct tx_ref *ref)
{
    return rule->norm == TX_N_NEXT && rule->type == TD_TIMEX_TIME && rule->arg != NULL &&
           strcmp(rule->arg, "0d") == 0 && s->day.day_known &&
           day_against_tense(&s->day, s->dct, ref->tense);
}

/*
 * TX_N_NEXT from the story's day ("the next day" after the day the text named last) or, for
 * "that same day" after a month named alone, a day of that month (round 22): 1 written, 0
 * failed, -1 not such a rule or no anchor.
 */
static int story_next(const struct scan *s, const struct tx_rule *rule, const struct tx_caps *caps,
                      const struct tx_ref *ref, size_t i, char *value, size_t size)
{
    if (period_half(s, rule, i))
        return snprintf(value, size, "%04lld-H%d", (long long)(s->half_y - 1), s->half_n) > 0;
    if (story_part_against_tense(s, rule, ref))
        return 1; /* `value` holds the reading against the reference */
    if (day_of_month_named(s, rule, caps))
        return snprintf(value, size, "%04lld-%02d-XX", (long long)s->month.y, s->month.m) > 0;
    /* round 26: "hasta entonces" ("0t") points at the last date named: a month named after the
     * last day ("se venderá en mayo, y hasta entonces") or that day */
    if (rule->norm == TX_N_NEXT && rule->arg != NULL && strcmp(rule->arg, "0t") == 0 &&
        s->month.known && (!s->day.day_known || s->month_end > s->day_end))
        return snprintf(value, size, "%04lld-%02d", (long long)s->month.y, s->month.m) > 0;
    if (rule->norm == TX_N_NEXT && next_anchor(s, caps) != NULL)
        return timex_normalize(rule, caps, next_anchor(s, caps), value, size);
    return -1;
}

/*
 * The value of a match at token `i`: against the reference date `ref`, or
 * the narrative anchor, or the last day the text named. False: no value.
 */
static bool normalize_at(const struct scan *s, const struct tx_rule *rule,
                         const struct tx_caps *caps, const struct tx_ref *ref, size_t i,
                         char *value, size_t size)
{
    int k;

    if (!timex_normalize(rule, caps, ref, value, size))
        return false;
    /* the end of a month range is the first such month after its start */
    if (month_range_end(s, rule, caps, i)) {
        struct tx_ref a = s->month;
        a.y += a.m == 12;
        a.m = a.m % 12 + 1;
        a.tense = 0;
        a.date_tense = 1;
        a.tense_word = true;
        return timex_normalize(rule, caps, &a, value, size);
    }
    /* a month and year written earlier in the sentence are the anchor */
    if (sentence_year(s, rule, caps, ref, i)) {
        struct tx_ref a = s->anchor;
        a.tense = ref->tense;
        a.date_tense = 0;
        return timex_normalize(rule, caps, &a, value, size);
    }
    if (narrative[rule->norm] && caps->v[TX_C_REL] == TX_CAP_UNSET && !near_dct(value, s->dct) &&
        anchor_moved(&s->anchor, s->dct) && anchor_close(&s->anchor, s->dct) &&
        !(ref->date_tense < 0 && anchor_after(&s->anchor, s->dct)) &&
        !(ref->date_tense > 0 && anchor_before(&s->anchor, s->dct))) {
        struct tx_ref a = s->anchor;
        char at_dct[TD_TIMEX_VALUE_MAX];
        int n = snprintf(at_dct, sizeof(at_dct), "%s", value);
        a.tense = ref->tense;
        a.date_tense = 0; /* the anchor already is the story's past */
        if (!timex_normalize(rule, caps, &a, value, size))
            return false;
        if (n > 0 && (size_t)n < sizeof(at_dct) && (size_t)n < size &&
            anchor_back(value, at_dct, &s->anchor, s->dct))
            memcpy(value, at_dct, (size_t)n + 1);
    }
    /* the end of a range takes its year from the start: "from March 3 to March 5" */
    if (range_end(s, caps, i)) {
        struct tx_ref a = s->day;
        /* round 26: ... and an end day on or after it ("from June 1 to Nov. 30" was the
         * November before, the nearer by the reference's weighting of past and future); not a
         * month alone ("a revision Friday to December's figures" is no range) */
        a.tense = 0;
        a.date_tense = caps->v[TX_C_DAY] != TX_CAP_UNSET ? 1 : 0;
        a.tense_word = a.date_tense != 0;
        return timex_normalize(rule, caps, &a, value, size);
    }
    if (wday_range_end(s, rule, caps, i)) {
        struct tx_ref a = s->day;
        a.tense = 1;
        a.date_tense = 0;
        return timex_normalize(rule, caps, &a, value, size);
    }
    if (from_year(s, rule, caps, ref, i)) {
        struct tx_ref a = *ref;
        a.y = s->quarter.ly;
        return timex_normalize(rule, caps, &a, value, size);
    }
    /* "the next day" follows the day the story is at, when the text named one */
    if ((k = story_next(s, rule, caps, ref, i, value, size)) >= 0)
        return k == 1;
    /* "on March 3, 2020, at 4 a.m.": a bare time is on the day its sentence (English: its
     * text) named */
    if (rule->norm == TX_N_TIME && time_day_named(s, caps, ref->tense, i))
        return timex_normalize(rule, caps, &s->day, value, size);
    return true;
}

/*
 * Whether tokens j, j+1 are the words of a range's end day after a day
 * `day`: "(March 3) to 5", "(between March 3) and 5", "(March 3) or 4th";
 * the day may carry its ordinal ending, and what follows must not make the
 * number something else ("to 5 p.m.", "and 5 others"). Returns the tokens
 * of the end (2 or 3), else 0.
 */
static size_t day_range_words(const struct tx_tok *toks, size_t n, size_t j, int day)
{
    size_t e = j + 2;

    if (j + 1 >= n || toks[j].glued || toks[j + 1].glued ||
        !word_in(toks, j, "to|through|thru|until|till|and|or") || toks[j + 1].ndig < 1 ||
        toks[j + 1].ndig > 2 || toks[j + 1].num <= day || toks[j + 1].num > 31)
        return 0;
    if (e < n && toks[e].glued && word_in(toks, e, "st|nd|rd|th"))
        e++;
    if (e == n || toks[e].low[0] == '\n' || word_in(toks, e, ",|.|;|)|in|at|on|when|while|as|"
                                                              "with|for|before|after|but|the"))
        return e - j;
    return 0;
}

/*
 * The end day of a range after a dated day that ends before token `j`:
 * "March 3-5" is two DATEs, "March 3" and "5" (2022-03-05), as TimeML tags
 * each end; so are "March 3 to 5" and "between March 3 and 5". Returns the
 * tokens consumed ("-5": 2, " to 5": 2, " to 5th": 3, else 0).
 */
static size_t range_tail(struct scan *s, const struct td_timex *first, const struct tx_caps *caps,
                         size_t j, struct td_timex_list *out, enum td_err *rc)
{
    struct td_timex x = *first;
    const struct tx_tok *t;
    size_t used = 2;

    if (*rc != TD_OK || first->type != TD_TIMEX_DATE || caps->v[TX_C_DAY] == TX_CAP_UNSET ||
        caps->v[TX_C_MONTH] == TX_CAP_UNSET || strlen(first->value) != 10 ||
        first->value[7] != '-')
        return 0;
    if (!day_range(s->toks, s->n, j) &&
        (used = day_range_words(s->toks, s->n, j, caps->v[TX_C_DAY])) == 0)
        return 0;
    t = &s->toks[j + 1];
    x.value[8] = (char)('0' + t->num / 10);
    x.value[9] = (char)('0' + t->num % 10);
    /* a year after the end is the year of both days: "Jan. 10-12, 2012" */
    if (j + used + 1 < s->n && strcmp(s->toks[j + used].low, ",") == 0 &&
        s->toks[j + used + 1].ndig == 4 && s->toks[j + used + 1].num >= 1000 &&
        s->toks[j + used + 1].num < 3000 && end_ok(s->toks, s->n, j + used + 2) &&
        caps->v[TX_C_YEAR] == TX_CAP_UNSET && out->n > 0) {
        used += 2;
        memcpy(x.value, s->toks[j + used - 1].low, 4);
        memcpy(out->items[out->n - 1].value, x.value, 4);
    }
    x.start = t->b0;
    x.end = s->toks[j + used - 1].b1; /* with its ordinal ending: "5th" */
    x.start_cp = t->c0;
    x.end_cp = s->toks[j + used - 1].c1;
    *rc = push(out, &x);
    if (move_day(&s->day, s->dct, x.value)) /* "the next day" follows the end */
        s->day_end = j + used;
    return used;
}

/*
 * The two-digit end of a year range after a year that ends before token
 * `j`: "2012-13" is two DATEs, "2012" and "13" (2013), as "2012-2013" is.
 * Returns the tokens consumed ("-13": 2, else 0).
 */
static size_t year_tail(struct scan *s, const struct td_timex *first, size_t j,
                        struct td_timex_list *out, enum td_err *rc)
{
    struct td_timex x = *first;
    const struct tx_tok *t;
    long y;

    if (*rc != TD_OK || first->type != TD_TIMEX_DATE || strlen(first->value) != 4 ||
        !year_range(s->toks, s->n, j) || s->toks[j + 1].ndig != 2)
        return 0;
    t = &s->toks[j + 1];
    y = strtol(first->value, NULL, 10) + 1;
    if (y % 100 != t->num)
        return 0;
    snprintf(x.value, sizeof(x.value), "%04ld", y);
    x.start = t->b0;
    x.end = t->b1;
    x.start_cp = t->c0;
    x.end_cp = t->c1;
    *rc = push(out, &x);
    return 2;
}

/*
 * The second decade of "los años 80 y 90", "los ochenta y noventa": after a
 * decade that ends before token `j`, a connector and the tens of the same
 * century, as two digits or a word. Returns the tokens consumed (2, else 0).
 */
static size_t decade_tail(struct scan *s, const struct td_timex *first, size_t j,
                          struct td_timex_list *out, enum td_err *rc)
{
    struct td_timex x = *first;
    const struct tx_tok *t;
    int tens;

    if (*rc != TD_OK || first->type != TD_TIMEX_DATE || strlen(first->value) != 3 ||
        first->value[0] < '0' || first->value[0] > '9' || first->value[2] < '0' ||
        first->value[2] > '9' || j + 1 >= s->n || !word_in(s->toks, j, "y|e|o|u|and|or"))
        return 0;
    t = &s->toks[j + 1];
    tens = t->ndig == 2 ? t->num : t->ndig == 0 && (t->cls & (1u << TX_NUM)) ? t->val[TX_NUM] : -1;
    if (tens < 10 || tens > 90 || tens % 10 != 0 || tens / 10 <= first->value[2] - '0' ||
        !end_ok(s->toks, s->n, j + 2) ||
        (j + 2 < s->n && (s->toks[j + 2].cls & (1u << TX_UNIT))))
        return 0;
    x.value[2] = (char)('0' + tens / 10);
    x.start = t->b0;
    x.end = t->b1;
    x.start_cp = t->c0;
    x.end_cp = t->c1;
    *rc = push(out, &x);
    return 2;
}

/*
 * Whether token `i` is the verb "last" ("expected to last several weeks",
 * "will last two days"): after "to", a modal or "not", before a count or a
 * plural unit. The duration after it starts at the next token.
 */
static bool verb_last(const struct tx_tok *toks, size_t n, size_t i)
{
    const struct tx_tok *q;

    if (i == 0 || i + 1 >= n || strcmp(toks[i].low, "last") != 0 ||
        !word_in(toks, i - 1, "to|will|would|could|can|may|might|should|must|not|ll"))
        return false;
    q = &toks[i + 1];
    if (q->ndig > 0 || (q->cls & ((1u << TX_NUM) | (1u << TX_FEW))))
        return true;
    return (q->cls & (1u << TX_UNIT)) && q->low[0] != '\0' && q->low[strlen(q->low) - 1] == 's';
}

/*
 * Whether a one-word match at token `i` is a capitalised month, season or
 * weekday inside a sentence of a language that writes them in lower case:
 * a name ("Plaza de Mayo", "la Primavera Árabe", "Mayo Clinic"), also after an article
 * that opens the match ("La Primavera Árabe comenzó").
 */
static bool month_name(const struct scan *s, size_t i, size_t len)
{
    const struct tx_tok *t;

    if (len == 2 && word_in(s->toks, i, "el|la|le|il|lo|o|a")) {
        i++;
        len = 1;
    }
    t = &s->toks[i];
    return s->lower_months && len == 1 && t->upper && i > 0 && !break_before(s->toks, i) &&
           (t->cls & ((1u << TX_MONTH) | (1u << TX_SEASON) | (1u << TX_WDAY)));
}

/*
 * timex_match_at() at token `i`; its result does not depend on the
 * reference, so a scan with a memo computes it once per token.
 */
static size_t match_at(const struct scan *s, size_t i, const struct tx_rule **rule,
                       struct tx_caps *caps)
{
    struct tx_memo *m;

    if (s->memo == NULL)
        return timex_match_at(s->rules, s->toks, s->n, i, rule, caps);
    m = &s->memo[i];
    if (!m->done) {
        m->len = timex_match_at(s->rules, s->toks, s->n, i, &m->rule, &m->caps);
        m->done = true;
    }
    if (m->len > 0) {
        *rule = m->rule;
        *caps = m->caps;
    }
    return m->len;
}

/*
 * Whether the year-back rule matched at token `i` follows a past verb, so that it dates that
 * event ("la guerra, que empezó hace casi un año", "the plant closed a year ago"), not a
 * results report's comparison quarter ("frente a 3 millones hace un año") (round 22).
 */
static bool event_ago(const struct scan *s, const struct tx_rule *rule, size_t i)
{
    return rule->norm == TX_N_AGO && i > 0 && tense_of(s->toks, s->n, i - 1) == -1;
}

/* round 24: "há NUM UNIT" read as a stretch up to now (see ago_lasting()) */
static const struct tx_rule ago_duration = {"há NUM UNIT", TX_N_DUR, TD_TIMEX_DURATION, NULL};

/*
 * round 24: whether the year-back rule matched at token `i` is Portuguese "há" after a present
 * verb of its clause, which makes it a stretch up to now: "está preso há dois anos", "é o
 * presidente há três anos" (DURATION), not "foi preso há dois anos", "Há dois anos, ..."
 * (DATE). English says "for two years", Spanish "desde hace dos años".
 */
static bool ago_lasting(const struct scan *s, const struct tx_rule *rule, size_t i)
{
    bool before;
    size_t k;
    int t;

    if (!s->ago_lasting || rule->norm != TX_N_AGO || strcmp(s->toks[i].low, "há") != 0 ||
        fronted(s->toks, i))
        return false;
    t = tense_near(s->toks, s->n, i, i, TENSE_WINDOW, TENSE_PRESENT, &before);
    if (t != 0)
        return t == TENSE_PRESENT && before;
    /* no tense marker: a negated verb of the clause ("não vence o título há dez anos") */
    for (k = i; k > 0 && i - k < TENSE_WINDOW && !break_before(s->toks, k); k--)
        if (word_in(s->toks, k - 1, "não|nunca"))
            return true;
    return false;
}

/* Copies the quarter and year under discussion into `ref` for the rule matched at token `i`. */
static void quarter_context(const struct scan *s, const struct tx_rule *rule, size_t i,
                            struct tx_ref *ref)
{
    ref->qknown = s->quarter.qknown;
    ref->qy = s->quarter.qy;
    ref->qn = s->quarter.qn;
    ref->qnamed = s->quarter.qnamed;
    ref->qny = s->quarter.qny;
    ref->qnn = s->quarter.qnn;
    ref->yknown = s->quarter.yknown;
    ref->ly = s->quarter.ly;
    if (event_ago(s, rule, i))
        ref->qknown = ref->qnamed = false;
}

/* True when the `len` tokens matched at `i` are no timex after all: an empty match, a span
 * that cuts a word, a reading the context rules out, a month that is a name, a counted plural. */
static bool span_rejected(const struct scan *s, const struct tx_rule *rule, size_t i, size_t len)
{
    return len == 0 || !boundary_ok(s->toks, s->n, i, i + len) ||
           not_a_timex(s->toks, s->n, i, len, s->nouns_upper) || month_name(s, i, len) ||
           counted_plural(s->toks, i, len, rule);
}

/* A timex at `i` (`len` tokens) that names a year becomes the scan's last explicit year. */
static void move_year(struct scan *s, const struct tx_rule *rule, const struct tx_caps *caps,
                      size_t i, size_t len)
{
    s->year = caps->v[TX_C_YEAR];
    s->year_month = caps->v[TX_C_MONTH] != TX_CAP_UNSET && narrative[rule->norm];
    s->year_since = i > 0 && word_in(s->toks, i - 1, "since|desde");
    s->year_end = i + len;
    s->quarter.yknown = true;
    s->quarter.ly = caps->v[TX_C_YEAR];
}

/*
 * round 25: whether a year-less month or date at token `i` elaborates the whole year valued
 * just before it in its sentence, with no verb, conjunction or range word between: "both
 * left bankruptcy last year: Delta in April and Northwest in May", "el año pasado, en
 * abril" (April of that year; was the reference's April). After one month took the year, the
 * next may follow "and" ("... and Northwest in May"). A year fronted before a comma scopes its
 * whole sentence, verbs and all, and gives a season, a half or a quarter its year too.
 */
static bool year_apposition(const struct scan *s, const struct tx_rule *rule,
                            const struct tx_caps *caps, size_t i)
{
    size_t k;

    if (s->year_said_end == 0 || s->year_said_end > i || !part_of_year[rule->norm] ||
        caps->v[TX_C_YEAR] != TX_CAP_UNSET || caps->v[TX_C_YY] != TX_CAP_UNSET ||
        caps->v[TX_C_REL] != TX_CAP_UNSET || caps->v[TX_C_DEIC] != TX_CAP_UNSET ||
        caps->v[TX_C_WDAY] != TX_CAP_UNSET)
        return false;
    if (!s->year_scope)
        return false;
    for (k = s->year_said_end; k < i; k++)
        if (break_before(s->toks, k + 1))
            return false;
    /* a year that opens its sentence before a comma sets the scene for all of it: "En
     * 2011, la empresa vendió ... en el primer semestre", "Next year, it will open plants in
     * March and October" */
    if (s->year_said_front) {
        /* ... up to a new clause after a comma ("In 2008, he was elected, and in January he
         * took office": the January after) */
        for (k = s->year_said_end + 1; k < i; k++)
            if (strcmp(s->toks[k - 1].low, ",") == 0 &&
                word_in(s->toks, k, "and|but|while|whereas|y|e|pero|mientras"))
                return false;
        return true;
    }
    if (caps->v[TX_C_MONTH] == TX_CAP_UNSET || i - s->year_said_end > APPOSITION_TOKENS ||
        (i > 0 && word_in(s->toks, i - 1,
                          "by|until|till|through|to|before|after|since|from|hasta|desde|antes|"
                          "después|a|al")))
        return false;
    for (k = s->year_said_end; k < i; k++) {
        if (tense_of(s->toks, s->n, k) != 0 || (s->toks[k].cls & (1u << TX_PAST)) ||
            (!s->year_said_chain &&
             word_in(s->toks, k, "and|or|but|while|whereas|y|e|o|pero|mientras")))
            return false;
    }
    return true;
}

/*
 * round 25: whether the year-back rule at token `i` ("a year earlier", "a year ago", "hace un
 * año") compares with a month its sentence named before it: "sales rose in April from a year
 * earlier" is April a year back (was the year before, or the quarter); not after a range of
 * months ("entre julio y septiembre, un 8% menos que hace un año").
 */
static bool month_year_back(const struct scan *s, const struct tx_rule *rule,
                            const struct tx_caps *caps, size_t i)
{
    size_t k;

    if (rule->norm != TX_N_AGO || (rule->arg != NULL && rule->arg[0] != '\0') ||
        caps->v[TX_C_UNIT] != TX_U_YEAR || caps->v[TX_C_NUM] != 1 ||
        caps->v[TX_C_FEW] != TX_CAP_UNSET || !s->month.known || s->month_end == 0 ||
        s->month_end > i || s->month_range || !s->year_scope || event_ago(s, rule, i))
        return false;
    for (k = s->month_end; k < i; k++)
        if (break_before(s->toks, k + 1))
            return false;
    return true;
}

/* round 25: the values year_apposition() and month_year_back() give; the list of whole years */
static void year_said_value(struct scan *s, const struct tx_rule *rule, const struct tx_caps *caps,
                            size_t i, size_t len, struct td_timex *x)
{
    bool digits = strlen(x->value) >= 5 && x->value[4] == '-';
    size_t k;
    char y[8];

    for (k = 0; digits && k < 4; k++)
        digits = x->value[k] >= '0' && x->value[k] <= '9';
    if (digits && year_apposition(s, rule, caps, i) && s->year_said >= 1000 &&
        s->year_said <= 9999 && snprintf(y, sizeof(y), "%04lld", (long long)s->year_said) == 4) {
        memcpy(x->value, y, 4);
        s->year_said_end = i + len;
        s->year_said_chain = true;
        return;
    }
    if (month_year_back(s, rule, caps, i) && s->month.y > 1000 && s->month.y <= 9999) {
        snprintf(x->value, sizeof(x->value), "%04lld-%02d", (long long)(s->month.y - 1),
                 s->month.m);
        return;
    }
    for (k = 0; k < 4 && x->value[k] >= '0' && x->value[k] <= '9'; k++)
        ;
    if (x->type == TD_TIMEX_DATE && k == 4 && x->value[4] == '\0') {
        s->year_said = strtol(x->value, NULL, 10);
        s->year_said_end = i + len;
        s->year_said_chain = false;
        s->year_said_front =
            fronted(s->toks, i) && i + len < s->n && strcmp(s->toks[i + len].low, ",") == 0;
    }
}

/*
 * round 26: the one unit of a duration value ("P3D", "PT10M"): its rank from seconds (1) to
 * years (6) and where its number starts. 0: not such a value (a week, a decade, an "X", two
 * units).
 */
static int duration_rank(const char *v, size_t *num)
{
    static const char date_units[] = "DMY", time_units[] = "SMH";
    bool t = v[0] == 'P' && v[1] == 'T';
    size_t k = t ? 2 : 1, start = k;
    const char *u;

    if (v[0] != 'P')
        return 0;
    while (v[k] >= '0' && v[k] <= '9')
        k++;
    if (k == start || v[k] == '\0' || v[k + 1] != '\0')
        return 0;
    u = strchr(t ? time_units : date_units, v[k]);
    *num = start;
    return u == NULL ? 0 : (int)(u - (t ? time_units : date_units)) + (t ? 1 : 4);
}

/*
 * round 26: joins a duration and a smaller one after "and" into one value: "PT3H" and "PT10M"
 * give "PT3H10M", "P2D" and "PT5H" "P2DT5H". False: not two single units, larger first.
 */
static bool join_durations(char *value, size_t size, const char *more)
{
    size_t a, b;
    int ra = duration_rank(value, &a), rb = duration_rank(more, &b);
    char joined[TD_TIMEX_VALUE_MAX];
    int n;

    if (ra == 0 || rb == 0 || rb >= ra)
        return false;
    /* years, months and days before the "T", hours, minutes and seconds after it */
    n = snprintf(joined, sizeof(joined), "P%s%s%s%s", ra <= 3 ? "T" : "", value + a,
                 ra > 3 && rb <= 3 ? "T" : "", more + b);
    if (n <= 0 || (size_t)n >= sizeof(joined) || (size_t)n >= size)
        return false;
    memcpy(value, joined, (size_t)n + 1);
    return true;
}

/*
 * round 26: a counted duration after the one that ends before token `j` and "and" or "y", in
 * a smaller unit, is part of it: "three hours and 10 minutes" PT3H10M, "una hora y 35 minutos"
 * PT1H35M (TimeML tags the whole; were two DURATIONs). Returns the tokens consumed.
 */
static size_t duration_tail(struct scan *s, size_t j, struct td_timex_list *out, enum td_err *rc)
{
    const struct tx_rule *rule = NULL;
    struct tx_caps caps;
    struct td_timex *x;
    char more[TD_TIMEX_VALUE_MAX];
    size_t len;

    if (*rc != TD_OK || out->n == 0 || j + 1 >= s->n || !word_in(s->toks, j, "and|y") ||
        !(count_tok(&s->toks[j + 1]) || word_in(s->toks, j + 1, "a|an|one|un|una")))
        return 0;
    x = &out->items[out->n - 1];
    if (x->type != TD_TIMEX_DURATION || x->end != s->toks[j - 1].b1)
        return 0;
    len = match_at(s, j + 1, &rule, &caps);
    if (len == 0 || rule->type != TD_TIMEX_DURATION || rule->norm != TX_N_DUR ||
        span_rejected(s, rule, j + 1, len) ||
        !timex_normalize(rule, &caps, s->dct, more, sizeof(more)) ||
        !join_durations(x->value, sizeof(x->value), more))
        return 0;
    x->end = s->toks[j + len].b1;
    x->end_cp = s->toks[j + len].c1;
    return 1 + len;
}

/*
 * round 26: a TIME that a past sentence puts on the reference's day more than an hour after
 * the reference's own clock ("Polls closed at 10 p.m." in a report written at 06:30,
 * "thousands celebrated through the night" at 12:30, "collapsed late in the evening" at 09:00,
 * "alle 10.35 la sirena" at 08:00) was the day before: a past event is no later than its
 * report (the hour allows for a stamp a little early: "se restableció poco antes de las dos"
 * at 13:45). An afternoon starts at 12, an evening at 17, a night at 18. Not a time that names
 * its day ("lunedì sera", "yesterday evening"), nor one without the reference's clock.
 */
static void past_clock_back(const struct scan *s, const struct tx_ref *ref,
                            const struct tx_caps *caps, struct td_timex *x)
{
    static const struct {
        const char *part;
        int from;
    } parts[] = {{"AF", 12}, {"EV", 17}, {"NI", 18}};
    const struct tx_ref *r = s->dct;
    char day[16];
    bool later = false;
    int64_t y;
    size_t k;
    int m, d;

    int h, min;

    if (x->type != TD_TIMEX_TIME || ref->tense >= 0 || !r->known || !r->clock_known ||
        caps->v[TX_C_WDAY] != TX_CAP_UNSET || caps->v[TX_C_DEIC] != TX_CAP_UNSET ||
        caps->v[TX_C_DAY] != TX_CAP_UNSET || strlen(x->value) < 13 || x->value[10] != 'T' ||
        snprintf(day, sizeof(day), "%04lld-%02d-%02d", (long long)r->y, r->m, r->d) != 10 ||
        strncmp(x->value, day, 10) != 0)
        return;
    if (two_digits(x->value + 11, &h))
        later = h * 60 + (x->value[13] == ':' && two_digits(x->value + 14, &min) ? min : 0) >
                r->clock + 60;
    for (k = 0; k < sizeof(parts) / sizeof(parts[0]); k++)
        if (strcmp(x->value + 11, parts[k].part) == 0)
            later = r->clock < parts[k].from * 60;
    if (!later)
        return;
    time_civil_from_days(time_days_from_civil(r->y, r->m, r->d) - 1, &y, &m, &d);
    if (snprintf(day, sizeof(day), "%04lld-%02d-%02d", (long long)y, m, d) == 10)
        memcpy(x->value, day, 10);
}

/* round 26: keeps the last half of a year ("2013-H1") and the end of the last quarter named. */
static void note_half_quarter(struct scan *s, const char *value, size_t end)
{
    int64_t y;
    int n;

    if (quarter_value(value, &y, &n)) {
        s->quarter_end = end;
        return;
    }
    if (strspn(value, "0123456789") != 4 || value[4] != '-' || value[5] != 'H' ||
        (value[6] != '1' && value[6] != '2') || value[7] != '\0')
        return;
    s->half_y = strtol(value, NULL, 10);
    s->half_n = value[6] - '0';
    s->half_end = end;
}

/*
 * round 26: the first token of the span of a match at `i`: Spanish "al", "del" are a
 * preposition and the article, and the preposition stays out, the article with it ("al día
 * siguiente", "respecto al trimestre anterior": "día siguiente", as es_news has them); a rate
 * ("al día") and a stretch keep them.
 */
static size_t span_first(const struct scan *s, const struct tx_rule *rule, size_t i, size_t len)
{
    return s->contracted_out && len > 1 && rule->type != TD_TIMEX_SET &&
                   rule->type != TD_TIMEX_DURATION && word_in(s->toks, i, "al|del")
               ? i + 1
               : i;
}

/* The ends of ranges and the parts of a duration after the timex `x` that ends before `j`. */
static size_t tails(struct scan *s, const struct td_timex *x, const struct tx_caps *caps, size_t j,
                    struct td_timex_list *out, enum td_err *rc)
{
    size_t tail = range_tail(s, x, caps, j, out, rc);

    if (tail == 0)
        tail = year_tail(s, x, j, out, rc);
    if (tail == 0)
        tail = decade_tail(s, x, j, out, rc);
    if (tail == 0)
        tail = duration_tail(s, j, out, rc);
    return tail;
}

/* Tries a timex at token `i`; returns the tokens consumed (0: none). */
static size_t try_at(struct scan *s, size_t i, struct td_timex_list *out, enum td_err *rc)
{
    const struct tx_rule *rule = NULL;
    struct tx_caps caps;
    struct tx_ref ref;
    struct td_timex x;
    size_t len, first;

    /* no timex starts with a hyphen ("Feb. 28 - March 3": a rule's optional glued
     * "-" would take it when it is the first token) */
    if (verb_last(s->toks, s->n, i) || strcmp(s->toks[i].low, "-") == 0)
        return 0;
    len = match_at(s, i, &rule, &caps);

    /* an optional connector with nothing after it is not part of the span:
     * "the third quarter of", "el primer trimestre del", "March 3," */
    while (len > 1 && word_in(s->toks, i + len - 1, "of|or|de|del|di|du|von|,"))
        len--;
    /* the period after a month written in full ends the sentence: "on 4 January." */
    if (len > 1 && strcmp(s->toks[i + len - 1].low, ".") == 0 &&
        word_in(s->toks, i + len - 2, FULL_MONTHS))
        len--;
    if (span_rejected(s, rule, i, len))
        return 0;
    if (ago_lasting(s, rule, i))
        rule = &ago_duration;
    ref = *s->dct;
    set_tense(&ref, s->toks, s->n, i, i + len, s->present_ahead, s->date_window);
    if (s->year_scope)
        set_tense_r25(&ref, s->toks, s->n, i, s->date_window);
    quarter_context(s, rule, i, &ref);
    if (!normalize_at(s, rule, &caps, &ref, i, x.value, sizeof(x.value)))
        return 0;
    if (rule->norm == TX_N_SKIP)
        return len;
    first = span_first(s, rule, i, len);
    x.start = s->toks[first].b0;
    x.end = s->toks[i + len - 1].b1;
    x.start_cp = s->toks[first].c0;
    x.end_cp = s->toks[i + len - 1].c1;
    x.type = rule->type;
    x.rule = rule->pat;
    year_said_value(s, rule, &caps, i, len, &x);
    past_clock_back(s, &ref, &caps, &x);
    *rc = push(out, &x);
    move_anchor(&s->anchor, rule, &caps);
    move_quarter(&s->quarter, s->dct, x.value);
    if (rule->norm == TX_N_QUARTER)
        name_quarter(&s->quarter, x.value);
    note_half_quarter(s, x.value, i + len);
    if ((x.type == TD_TIMEX_DATE || x.type == TD_TIMEX_TIME) && move_day(&s->day, s->dct, x.value))
        s->day_end = i + len;
    if (x.type == TD_TIMEX_DATE && move_month(&s->month, s->dct, x.value)) {
        /* round 25: a month that ends a range of months ("entre julio y septiembre") */
        s->month_range = s->month_end > 0 && i >= 1 && s->month_end == i - 1 &&
                         word_in(s->toks, i - 1, "to|through|and|-|y|a|al|hasta");
        s->month_bound = i >= 1 && word_in(s->toks, i - 1, "since|desde|until|till|hasta");
        s->month_end = i + len;
    }
    if (caps.v[TX_C_YEAR] != TX_CAP_UNSET)
        move_year(s, rule, &caps, i, len);
    return len + tails(s, &x, &caps, i + len, out, rc);
}

/* Sets up a scan of `toks` against `dct`; `memo` (n entries, or NULL) keeps the rule matches. */
static void scan_init(struct scan *s, const struct tx_tok *toks, size_t n,
                      const struct tx_compiled *rules, struct tx_memo *memo,
                      const struct tx_ref *dct)
{
    const char *code = timex_compiled_lang(rules)->code;

    memset(s, 0, sizeof(*s));
    s->toks = toks;
    s->n = n;
    s->rules = rules;
    s->memo = memo;
    s->nouns_upper = strcmp(code, "de") == 0;
    /* round 24: Portuguese too, which makes no perfect with "é" */
    s->present_ahead =
        strcmp(code, "en") == 0 || strcmp(code, "es") == 0 || strcmp(code, "pt") == 0;
    s->ago_lasting = strcmp(code, "pt") == 0;
    /* English, German and Greek capitalise months and weekdays */
    s->lower_months = strcmp(code, "en") != 0 && strcmp(code, "de") != 0 && strcmp(code, "el") != 0;
    s->date_window = strcmp(code, "es") == 0 ? DATE_TENSE_WINDOW_ES : DATE_TENSE_WINDOW;
    s->time_story_day = strcmp(code, "en") == 0 || strcmp(code, "es") == 0;
    s->year_scope = strcmp(code, "en") == 0;
    s->contracted_out = strcmp(code, "es") == 0;
    s->dct = dct;
    s->anchor = *dct;
}

/* Tags the scan's tokens; replaces `*out` on success. Errors: TD_ERR_NOMEM. */
static enum td_err scan_run(struct scan *s, struct td_timex_list *out)
{
    struct td_timex_list res;
    enum td_err rc = TD_OK;
    size_t i = 0, step;

    td_timex_list_init(&res);
    while (i < s->n && rc == TD_OK) {
        step = try_at(s, i, &res, &rc);
        i += step ? step : 1;
    }
    if (rc == TD_OK) {
        td_timex_list_release(out);
        *out = res;
        td_timex_list_init(&res);
    }
    td_timex_list_release(&res);
    return rc;
}

enum td_err timex_find_ref(const char *text, size_t len, const struct tx_ref *dct,
                           const struct tx_lang *lang, struct td_timex_list *out)
{
    const struct tx_compiled *rules = NULL;
    struct tx_tok *toks = NULL;
    struct scan s;
    enum td_err rc;
    size_t n = 0;

    rc = timex_compiled_get(lang, &rules);
    if (rc == TD_OK)
        rc = timex_tokenize(text, len, rules, &toks, &n);
    if (rc == TD_OK) {
        scan_init(&s, toks, n, rules, NULL, dct);
        rc = scan_run(&s, out);
    }
    td_free(toks);
    return rc;
}

struct timex_text {
    const struct tx_compiled *rules;
    struct tx_tok *toks;
    size_t n;
    struct tx_memo *memo;
};

enum td_err timex_text_new(const char *text, size_t len, const char *lang,
                           struct timex_text **out)
{
    struct timex_text *tt;
    enum td_err rc;

    if (len > TD_MAX_LINE_BYTES)
        return TD_ERR_TOO_LARGE;
    if ((tt = td_calloc(1, sizeof(*tt))) == NULL)
        return TD_ERR_NOMEM;
    rc = timex_compiled_get(timex_lang(lang), &tt->rules);
    if (rc == TD_OK)
        rc = timex_tokenize(text, len, tt->rules, &tt->toks, &tt->n);
    if (rc == TD_OK && (tt->memo = td_calloc(tt->n + 1, sizeof(*tt->memo))) == NULL)
        rc = TD_ERR_NOMEM;
    if (rc != TD_OK) {
        timex_text_free(tt);
        return rc;
    }
    *out = tt;
    return TD_OK;
}

enum td_err timex_text_find(struct timex_text *tt, const char *dct, struct td_timex_list *out)
{
    struct tx_ref ref;
    struct scan s;
    enum td_err rc;

    if ((rc = parse_dct(dct, &ref, NULL)) != TD_OK)
        return rc;
    scan_init(&s, tt->toks, tt->n, tt->rules, tt->memo, &ref);
    return scan_run(&s, out);
}

void timex_text_free(struct timex_text *tt)
{
    if (tt == NULL)
        return;
    td_free(tt->toks);
    td_free(tt->memo);
    td_free(tt);
}

enum td_err td_timex_find(const char *text, size_t len, const char *dct, const char *lang,
                          struct td_timex_list *out, struct td_error *err)
{
    struct tx_ref ref;
    enum td_err rc;

    if (text == NULL || out == NULL)
        return td_error_set(err, TD_ERR_INVALID, "no text or result list");
    if (len > TD_MAX_LINE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "text longer than %zu bytes",
                            TD_MAX_LINE_BYTES);
    if ((rc = parse_dct(dct, &ref, err)) != TD_OK)
        return rc;
    rc = timex_find_ref(text, len, &ref, timex_lang(lang), out);
    if (rc == TD_OK)
        return TD_OK;
    return td_error_set(err, rc, rc == TD_ERR_NOMEM ? "out of memory"
                                                    : "temporal rule table too large to index");
}
