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

#include "core/time.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* The longest link between two weekdays of one range ("de samedi à dimanche": " à "). */
#define RANGE_LINK_MAX_BYTES 8
/* A clause relative to its reference can hold about this many bytes of the sentence. */
#define LOOKBACK_MAX_BYTES 400
/* A deadline read back further than this before its report is more likely the next one. */
#define DEADLINE_BACK_DAYS 90

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

/* The entry of `lang` (NULL: English) in `table` of `n`, or NULL. */
static const struct future_words *words_of(const struct future_words *table, size_t n,
                                           const char *lang)
{
    size_t k;

    for (k = 0; k < n; k++)
        if (strncmp(lang != NULL ? lang : "en", table[k].lang, 2) == 0)
            return &table[k];
    return NULL;
}

/* The entry of `lang` in the array `table` (words_of()). */
#define WORDS_OF(table, lang) words_of((table), sizeof(table) / sizeof((table)[0]), (lang))

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

/* Whether `s[0..n)` (lower case) holds one of the words of `fw` (may be NULL). */
static bool has_one_of(const char *s, size_t n, const struct future_words *fw)
{
    const char *const *w;

    for (w = fw != NULL ? fw->words : no_endings; *w != NULL; w++)
        if (has_word(s, n, *w))
            return true;
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
    const struct future_words *fw = WORDS_OF(future_langs, lang);

    if (lang != NULL && (strncmp(lang, "zh", 2) == 0 || strncmp(lang, "ja", 2) == 0))
        return strstr(s, "将") != NULL || strstr(s, "予定") != NULL || strstr(s, "计划") != NULL;
    if (fw == NULL)
        return false;
    return has_one_of(s, n, fw) || has_ending(s, n, fw->endings);
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

/*
 * A plan told in the past tense, which points forward from the report all
 * the same ("was due to arrive on Wednesday"), by language; each list
 * NULL-terminated.
 */
static const struct future_words planned_langs[] = {
    {"en",
     WORDS("was due to", "were due to", "was expected to", "were expected to", "was scheduled to",
           "were scheduled to", "was set to", "were set to", "was supposed to", "were supposed to",
           "was to", "were to"),
     no_endings},
    {"de", WORDS("sollte", "sollten", "war geplant", "waren geplant"), no_endings},
    {"fr", WORDS("devait", "devaient", "était prévu", "était prévue", "étaient prévus"),
     no_endings},
    {"es", WORDS("debía", "debían", "estaba previsto", "estaba prevista", "estaban previstos"),
     no_endings},
    {"it", WORDS("doveva", "dovevano", "era previsto", "era prevista"), no_endings},
    {"pt", WORDS("deveria", "deveriam", "devia", "estava previsto", "estava prevista"), no_endings},
    {"ru", WORDS("должен был", "должна была", "должно было", "должны были", "планировалось"),
     no_endings},
};

/*
 * The words that set a deadline just before a date ("until", "jusqu'au",
 * "hasta", "bis", "fino al", "até", "до", "حتى"), by language.
 */
static const struct future_words deadline_langs[] = {
    {"en", WORDS("until", "till", "through"), no_endings},
    {"de", WORDS("bis", "bis zum", "bis zur"), no_endings},
    {"fr",
     WORDS("jusqu'au", "jusqu'à", "jusqu'en",
           "jusqu\xE2\x80\x99"
           "au",
           "jusqu\xE2\x80\x99"
           "à"),
     no_endings},
    {"es", WORDS("hasta", "hasta el"), no_endings},
    {"it", WORDS("fino al", "fino a", "entro il"), no_endings},
    {"pt", WORDS("até", "até ao", "até o", "até a"), no_endings},
    {"ru", WORDS("до"), no_endings},
    {"ar", WORDS("حتى"), no_endings},
};

/* Whether `s[0..n)` (lower case) ends with one of the words of `fw`, a whole word. */
static bool ends_with_word(const char *s, size_t n, const struct future_words *fw)
{
    const char *const *w;
    size_t k;

    while (n > 0 && s[n - 1] == ' ')
        n--;
    for (w = fw != NULL ? fw->words : no_endings; *w != NULL; w++) {
        k = strlen(*w);
        if (k <= n && memcmp(s + n - k, *w, k) == 0 &&
            (k == n || s[n - k - 1] == ' ' || s[n - k - 1] == '('))
            return true;
    }
    return false;
}

/* Whether `text[from..to)` holds a digit (ASCII or full-width). */
static bool has_digit(const char *text, size_t from, size_t to)
{
    size_t i;

    for (i = from; i < to; i++)
        if (isdigit((unsigned char)text[i]) ||
            (i + 2 < to && (unsigned char)text[i] == 0xEF && (unsigned char)text[i + 1] == 0xBC &&
             (unsigned char)text[i + 2] >= 0x90 && (unsigned char)text[i + 2] <= 0x99))
            return true;
    return false;
}

/*
 * A weekday read back from the report in a plan told in the past tense:
 * "was due to arrive on Wednesday" in a report of Tuesday 6 March is 7
 * March, not 28 February. Only a day two to six days back that the
 * expression names without digits (a weekday, not "yesterday").
 */
static bool planned_weekday(const struct td_timeline_input *in, size_t s, size_t tx_start,
                            size_t tx_end, const struct tl_date *pub, struct tl_date *d)
{
    char buf[LOOKBACK_MAX_BYTES + 1];
    size_t from = tx_start - s > LOOKBACK_MAX_BYTES ? tx_start - LOOKBACK_MAX_BYTES : s, n;
    int64_t back = pub->first_day - d->first_day, y;
    int m, day;

    if (d->prec != TD_DATE_DAY || pub->prec != TD_DATE_DAY || back < 2 || back > 6 ||
        has_digit(in->text, tx_start, tx_end))
        return false;
    n = lower_copy(in->text, from, tx_start, buf, sizeof(buf));
    if (!has_one_of(buf, n, WORDS_OF(planned_langs, in->lang)))
        return false;
    time_civil_from_days(d->first_day + 7, &y, &m, &day);
    return tl_date_set(d, y, m, day, TD_DATE_DAY);
}

/* Whether the words just before `text[tx_start..)` set a deadline in `lang`. */
static bool after_deadline_word(const struct td_timeline_input *in, size_t s, size_t tx_start)
{
    char buf[48];
    size_t from = tx_start - s > 24 ? tx_start - 24 : s, n;

    n = lower_copy(in->text, from, tx_start, buf, sizeof(buf));
    /* Chinese writes no spaces: "自即日起至9月30日" (from today until 30 September). */
    if (in->lang != NULL && strncmp(in->lang, "zh", 2) == 0)
        return n >= 3 && memcmp(buf + n - 3, "\xE8\x87\xB3", 3) == 0;
    return ends_with_word(buf, n, WORDS_OF(deadline_langs, in->lang));
}

bool tense_future_deadline(const struct td_timeline_input *in, size_t s, size_t tx_start,
                           const struct tl_date *d, const struct tl_date *pub)
{
    return d->first_day > pub->last_day && after_deadline_word(in, s, tx_start);
}

/*
 * Whether the bytes `text[from..to)` only join two dates: a few letters,
 * spaces or a dash, no digit and no mark that ends a clause ("à", "to",
 * "auf", "into", "-").
 */
static bool short_link(const char *text, size_t from, size_t to)
{
    size_t i;

    if (to < from || to - from > RANGE_LINK_MAX_BYTES)
        return false;
    for (i = from; i < to; i++)
        if (strchr(",;.:()\n", text[i]) != NULL || isdigit((unsigned char)text[i]))
            return false;
    return true;
}

bool tense_weekday_range(const struct td_timeline_input *in, const struct tl_mention *prev,
                         size_t tx_start, size_t tx_end, struct tl_date *d)
{
    int64_t back = prev->date.first_day - d->first_day, y;
    int m, day;

    if (d->prec != TD_DATE_DAY || prev->date.prec != TD_DATE_DAY || prev->is_publication ||
        back < 1 || back > 6 || !short_link(in->text, prev->tx_end, tx_start) ||
        has_digit(in->text, prev->tx_start, prev->tx_end) || has_digit(in->text, tx_start, tx_end))
        return false;
    time_civil_from_days(d->first_day + 7, &y, &m, &day);
    return tl_date_set(d, y, m, day, TD_DATE_DAY);
}

/*
 * The words that make a month a traded contract's ("Wheat for September
 * delivery", "Weizen zur Lieferung im September", "the December contract",
 * "Dezember-Kontrakt", "للتسليم في يوليو"), by language: those that end the
 * words just before the month (a preposition may follow them), and those
 * that open the words just after it.
 */
static const struct future_words contract_before_langs[] = {
    {"en", WORDS("delivery"), no_endings},
    {"de", WORDS("lieferung", "lieferungen"), no_endings},
    {"fr", WORDS("livraison", "échéance"), no_endings},
    {"es", WORDS("entrega", "vencimiento"), no_endings},
    {"it", WORDS("consegna"), no_endings},
    {"pt", WORDS("entrega", "vencimento"), no_endings},
    {"ru", WORDS("поставкой", "поставки", "поставка"), no_endings},
    {"ar", WORDS("للتسليم", "تسليم"), no_endings},
};

static const struct future_words contract_after_langs[] = {
    {"en", WORDS("delivery", "contract", "contracts", "futures"), no_endings},
    {"de", WORDS("kontrakt", "kontrakte", "lieferung"), no_endings},
    {"fr", WORDS("livraison"), no_endings},
    {"es", WORDS("entrega"), no_endings},
    {"it", WORDS("consegna"), no_endings},
    {"pt", WORDS("entrega"), no_endings},
    {"ru", WORDS("поставки"), no_endings},
    {"zh", WORDS("交割", "合约", "期货"), no_endings},
};

/* Whether `s[0..n)` (lower case) opens with the whole word `w` ("-kontrakt" too). */
static bool opens_with_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w), i = 0;

    while (i < n && (s[i] == ' ' || s[i] == '-'))
        i++;
    return n - i >= k && memcmp(s + i, w, k) == 0 &&
           (n - i == k || !isalnum((unsigned char)s[i + k]) || (unsigned char)s[i + k] >= 0xE3);
}

/* Whether `s[0..n)` (lower case) ends with the whole word `w`, or with it and a short word. */
static bool ends_near_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w), e = n, b;

    while (e > 0 && s[e - 1] == ' ')
        e--;
    for (b = e; b > 0 && s[b - 1] != ' '; b--)
        ;
    /* A preposition of four bytes at most between: "Lieferung im", "livraison en". */
    if (e - b <= 4 && !(e >= k && memcmp(s + e - k, w, k) == 0))
        for (e = b; e > 0 && s[e - 1] == ' '; e--)
            ;
    return e >= k && memcmp(s + e - k, w, k) == 0 &&
           (e == k || !isalnum((unsigned char)s[e - k - 1]));
}

bool tense_contract_month(const struct td_timeline_input *in, size_t s, size_t e, size_t tx_start,
                          size_t tx_end, const struct tl_date *d)
{
    const struct future_words *before = WORDS_OF(contract_before_langs, tl_lang(in));
    const struct future_words *after = WORDS_OF(contract_after_langs, tl_lang(in));
    const char *const *w;
    char buf[48];
    size_t n;

    if (d->prec != TD_DATE_MONTH || (before == NULL && after == NULL))
        return false;
    n = lower_copy(in->text, tx_start - s > 24 ? tx_start - 24 : s, tx_start, buf, sizeof(buf));
    for (w = before != NULL ? before->words : no_endings; *w != NULL; w++)
        if (ends_near_word(buf, n, *w))
            return true;
    n = lower_copy(in->text, tx_end, e - tx_end > 24 ? tx_end + 24 : e, buf, sizeof(buf));
    for (w = after != NULL ? after->words : no_endings; *w != NULL; w++)
        if (opens_with_word(buf, n, *w))
            return true;
    return false;
}

/*
 * A year-less deadline read a year back: "banned exports until 30
 * September" in a June report is this September, though the sentence is in
 * the past tense. Only when the date read back lies more than a quarter
 * before the report and a year later falls within the year after it.
 */
static bool deadline_ahead(const struct td_timeline_input *in, size_t s, size_t tx_start,
                           size_t tx_end, const struct tl_date *pub, struct tl_date *d)
{
    struct tl_date later;
    int64_t y;
    int m;

    if ((d->prec != TD_DATE_DAY && d->prec != TD_DATE_MONTH) || pub->prec != TD_DATE_DAY ||
        d->last_day >= pub->first_day - DEADLINE_BACK_DAYS ||
        has_year_digits(in->text, tx_start, tx_end))
        return false;
    if (!after_deadline_word(in, s, tx_start))
        return false;
    year_month(d->value, &y, &m);
    if (!tl_date_set(&later, y + 1, m,
                     d->prec == TD_DATE_DAY ? (int)strtol(d->value + 8, NULL, 10) : 1, d->prec) ||
        later.first_day <= pub->first_day || later.first_day > pub->first_day + 366)
        return false;
    *d = later;
    return true;
}

bool tense_planned_ahead(const struct td_timeline_input *in, size_t s, size_t tx_start,
                         size_t tx_end, const struct tl_date *pub, struct tl_date *d)
{
    return planned_weekday(in, s, tx_start, tx_end, pub, d) ||
           deadline_ahead(in, s, tx_start, tx_end, pub, d);
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
