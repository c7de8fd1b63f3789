/*
 * tense.c - what the wording around a date says about its place in a
 * story: a year-less month in a sentence about the future lies ahead of
 * the report ("will be opened for signature in May"), and a bare year is
 * seldom a happening the story reports (a target, a plan, the report's
 * own year, or background years back). mention.c asks both questions.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "timeline/timeline_int.h"
#include "core/banned.h"

/* A clause relative to its reference can hold about this many bytes of the sentence. */
#define LOOKBACK_MAX_BYTES 400

#define WORDS(...) ((const char *const[]){__VA_ARGS__, NULL})

/*
 * The future in one language: whole words (lower case, several words one
 * space apart) and the endings of a verb in the future tense; each list
 * NULL-terminated. "wird", "va", "será", "sera", "will", "is due to" ...
 */
struct future_words {
    const char *lang;
    const char *const *words, *const *endings;
};

static const char *const no_endings[] = {NULL};

static const struct future_words future_langs[] = {
    {"en",
     WORDS("will", "shall", "'ll", "is due to", "are due to", "is set to", "are set to", "plans to",
           "plan to", "is expected to", "are expected to", "is scheduled to", "are scheduled to",
           "is to", "are to"),
     no_endings},
    {"de", WORDS("wird", "werden", "soll", "sollen", "will", "wollen", "geplant"), no_endings},
    {"fr", WORDS("sera", "seront", "va", "vont", "doit", "doivent", "devrait", "prévu", "prévue"),
     WORDS("ira", "era", "dra", "ura", "ront")},
    {"es", WORDS("será", "serán", "va a", "van a", "previsto", "prevista", "prevé"),
     WORDS("rá", "rán")},
    {"it", WORDS("sarà", "saranno", "dovrebbe", "previsto", "prevista"), WORDS("rà", "ranno")},
    {"pt", WORDS("será", "serão", "vai", "vão", "previsto", "prevista"), WORDS("rá", "rão")},
    {"nl", WORDS("zal", "zullen", "gaat", "gepland"), no_endings},
    {"sv", WORDS("ska", "skall", "kommer att"), no_endings},
    {"ru", WORDS("будет", "будут", "планируется", "намерены"), no_endings},
};

/* Words that tie a year-less date to the past whatever the tense ("last May", "mai dernier"). */
static const char *const past_words[] = {
    "last",    "past",     "previous", "letzten", "vergangenen", "dernier",
    "passé",   "pasado",   "scorso",   "passado", "vorig",       "vorige",
    "прошлом", "прошлого", "去年",     "昨年",    NULL,
};

/* The future wording of `lang` (NULL: English), or NULL for none. */
static const struct future_words *future_of(const char *lang)
{
    size_t k;

    for (k = 0; k < sizeof(future_langs) / sizeof(future_langs[0]); k++)
        if (strncmp(lang != NULL ? lang : "en", future_langs[k].lang, 2) == 0)
            return &future_langs[k];
    return NULL;
}

/* Whether `s[0..n)` holds `w` as whole words (bounded by non-letters or the ends). */
static bool has_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w), i;
    unsigned char before, after;

    for (i = 0; k <= n && i + k <= n; i++) {
        if (strncmp(s + i, w, k) != 0)
            continue;
        before = i > 0 ? (unsigned char)s[i - 1] : ' ';
        after = i + k < n ? (unsigned char)s[i + k] : ' ';
        if (!isalnum(before) && before < 0x80 && !isalnum(after) && after < 0x80)
            return true;
    }
    return false;
}

/* Whether some word of `s[0..n)` of five bytes or more ends with one of `endings`. */
static bool has_ending(const char *s, size_t n, const char *const *endings)
{
    size_t i = 0, w, k;
    const char *const *e;

    while (i < n) {
        for (w = i; i < n && (isalnum((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80); i++)
            ;
        for (e = endings; i - w >= 5 && *e != NULL; e++) {
            k = strlen(*e);
            if (k < i - w && memcmp(s + i - k, *e, k) == 0)
                return true;
        }
        if (i == w)
            i++;
    }
    return false;
}

/* `text[from..to)` lower-cased (ASCII and Cyrillic capitals) into `out` of `cap` bytes. */
static size_t lower_copy(const char *text, size_t from, size_t to, char *out, size_t cap)
{
    size_t n = 0, i;
    unsigned char c, d;

    for (i = from; i < to && n + 1 < cap; i++) {
        c = (unsigned char)text[i];
        out[n++] = (char)tolower(c);
        /* Cyrillic А..Я (D0 90..D0 AF) -> а..я (D0 B0..D0 BF, D1 80..D1 8F). */
        if (c == 0xD0 && i + 1 < to && n + 1 < cap) {
            d = (unsigned char)text[++i];
            if (d >= 0x90 && d <= 0x9F)
                d = (unsigned char)(d + 0x20);
            else if (d >= 0xA0 && d <= 0xAF) {
                out[n - 1] = (char)0xD1;
                d = (unsigned char)(d - 0x20);
            }
            out[n++] = (char)d;
        }
    }
    out[n] = '\0';
    return n;
}

/* Whether `s[0..n)` (lower case) speaks of the future in `lang`. */
static bool speaks_future(const char *s, size_t n, const char *lang)
{
    const struct future_words *fw = future_of(lang);
    const char *const *w;

    if (lang != NULL && (strncmp(lang, "zh", 2) == 0 || strncmp(lang, "ja", 2) == 0))
        return strstr(s, "将") != NULL || strstr(s, "予定") != NULL || strstr(s, "计划") != NULL;
    if (fw == NULL)
        return false;
    for (w = fw->words; *w != NULL; w++)
        if (has_word(s, n, *w))
            return true;
    return has_ending(s, n, fw->endings);
}

/* The year and month of a "YYYY-MM..." value. */
static void year_month(const char *value, int64_t *y, int *m)
{
    *y = strtol(value, NULL, 10);
    *m = (int)strtol(value + 5, NULL, 10);
}

/* Whether `text[from..to)` holds four digits in a row (a written year). */
static bool has_year_digits(const char *text, size_t from, size_t to)
{
    size_t run = 0, i;

    for (i = from; i < to; i++) {
        run = isdigit((unsigned char)text[i]) ? run + 1 : 0;
        if (run == 4)
            return true;
    }
    return false;
}

bool tense_next_year(const struct td_timeline_input *in, size_t s, size_t tx_start, size_t tx_end,
                     const struct tl_date *pub, struct tl_date *d)
{
    char buf[LOOKBACK_MAX_BYTES + 1], expr[96];
    size_t from = tx_start - s > LOOKBACK_MAX_BYTES ? tx_start - LOOKBACK_MAX_BYTES : s, n, k;
    int64_t y, py;
    int m, pm, day;

    if (d->prec != TD_DATE_MONTH && d->prec != TD_DATE_DAY)
        return false;
    year_month(d->value, &y, &m);
    year_month(pub->value, &py, &pm);
    if (y != py || m >= pm || pub->prec == TD_DATE_YEAR ||
        has_year_digits(in->text, tx_start, tx_end))
        return false;
    lower_copy(in->text, tx_start, tx_end, expr, sizeof(expr));
    for (k = 0; past_words[k] != NULL; k++)
        if (strstr(expr, past_words[k]) != NULL)
            return false;
    n = lower_copy(in->text, from, tx_start, buf, sizeof(buf));
    if (!speaks_future(buf, n, in->lang))
        return false;
    day = d->prec == TD_DATE_DAY ? (int)strtol(d->value + 8, NULL, 10) : 1;
    return tl_date_set(d, y + 1, m, day, d->prec);
}

bool tense_years_back(const struct tl_date *d, const struct tl_date *pub)
{
    return d->prec == TD_DATE_YEAR &&
           strtol(d->value, NULL, 10) <= strtol(pub->value, NULL, 10) - 2;
}

bool tense_year_background(const char *clause, const struct tl_date *d, const struct tl_date *pub)
{
    int64_t y, py;

    if (d->prec != TD_DATE_YEAR)
        return false;
    y = strtol(d->value, NULL, 10);
    py = strtol(pub->value, NULL, 10);
    /* The report's own year or a later one: a target, a plan, a forecast or "this year". */
    if (y >= py)
        return true;
    /* Years back: background, except the life of a person the clause is about. */
    return y <= py - 2 && !(clause != NULL &&
                            (strncmp(clause, "who ", 4) == 0 || strncmp(clause, "whom ", 5) == 0 ||
                             strncmp(clause, "whose ", 6) == 0));
}
