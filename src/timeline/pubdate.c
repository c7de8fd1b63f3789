/*
 * pubdate.c - estimated publication dates for undated articles: the latest
 * explicit date the text mentions bounds the writing from below, the
 * wording says how far past it the writer is, and the dated articles of
 * the story pick the month.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "core/time.h"
#include "extract/timex.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* How many days after the latest mention a story date may be and still date the article. */
#define WINDOW_RECENT_DAYS 31
#define WINDOW_DEFAULT_DAYS 183
/* How far a year-less date ("on October 25") may lie before or after the writing. */
#define YEARLESS_BEFORE_DAYS 45
#define YEARLESS_AFTER_DAYS 7
/*
 * An article of an event is dated from EVENT_BEFORE_DAYS before the event's
 * first report to EVENT_AFTER_DAYS after its last; up to EVENT_DAY_SPAN days
 * between those, the estimate is a day, else a month. Relative mentions are
 * weighed (one tagging per candidate day) for at most EVENT_MAX_CANDIDATES days.
 */
#define EVENT_BEFORE_DAYS 2
#define EVENT_AFTER_DAYS 3
#define EVENT_DAY_SPAN 7
#define EVENT_MAX_CANDIDATES 24

/*
 * Words just before a date that place the writer after it: "still in
 * December 2021", "back in 2019". Lower case; matched at the end of the
 * few bytes before the expression.
 */
static const char *const after_cues[] = {
    "still in", "back in",    "already in", "as early as",   "as far back as", "since",
    "until",    "earlier in", "late in",    "at the end of", "in late",
};

/*
 * Wording that ties the writing to the time it tells: when the text has
 * any of these, the story date must be close to the latest mention.
 */
static const char *const recent_cues[] = {
    "this week",  "last week",    "today",       "yesterday",    "this month",  "on monday",
    "on tuesday", "on wednesday", "on thursday", "on friday",    "on saturday", "on sunday",
    "recently",   "earlier this", "days ago",    "this weekend", "last night",  "tonight",
};

/*
 * Words that make a sentence speak of what is still to come ("deliveries
 * will start in 2010"): its dates say nothing about when it was written.
 */
static const char *const future_cues[] = {
    "will",
    "would",
    "shall",
    "expected",
    "expects",
    "expect",
    "plans",
    "planned",
    "plan",
    "scheduled",
    "due",
    "until",
    "forecast",
    "forecasts",
    "aims",
    "intends",
    "next",
    "upcoming",
    "going to",
    "hopes",
    "target",
    "'ll",
    /* German, Spanish, French, Italian, Portuguese: future tense, "until", "planned", "next". */
    "wird",
    "werden",
    "soll",
    "sollen",
    "bis",
    "geplant",
    "künftig",
    "nächste",
    "nächsten",
    "será",
    "serán",
    "hasta",
    "prevé",
    "previsto",
    "prevista",
    "planea",
    "próximo",
    "próxima",
    "sera",
    "seront",
    "jusqu'en",
    "jusqu'à",
    "prévu",
    "prévue",
    "prévoit",
    "d'ici",
    "prochain",
    "prochaine",
    "sarà",
    "saranno",
    "entro",
    "prevede",
    "prossimo",
    "prossima",
    "serão",
    "até",
    "prevê",
    /* Arabic: "until", "will" */
    "حتى",
    "سوف",
};

/* Whether `text[0..len)` holds `word` (lower case) at a word boundary, ignoring case. */
static bool has_word(const char *text, size_t len, const char *word)
{
    size_t wl = strlen(word), i, j;

    for (i = 0; i + wl <= len; i++) {
        if (i > 0 && isalnum((unsigned char)text[i - 1]))
            continue;
        /* unsigned on both sides: "será", "künftig" and "حتى" hold bytes over 127 */
        for (j = 0; j < wl && tolower((unsigned char)text[i + j]) == (unsigned char)word[j]; j++)
            ;
        if (j == wl && (i + wl == len || !isalnum((unsigned char)text[i + wl])))
            return true;
    }
    return false;
}

/*
 * Words right before a relative day that make it the start of a state
 * lasting to the writing ("dying since Friday", "seit Freitag verendet",
 * "desde el viernes", "depuis vendredi"): the day is no happening told
 * soon after it, only a day before the writing. Lower case.
 */
static const char *const since_cues[] = {
    "since", "seit", "desde", "depuis", "sinds", "dal", "dalla", "sedan", "siden", "sejak",
};

/* Whether the words right before byte `pos` end with one of `cues[0..n)`. */
static bool cue_before(const char *text, size_t pos, const char *const *cues, size_t n)
{
    size_t from = pos > 24 ? pos - 24 : 0, end = pos, i, cl;
    char low[32];

    while (end > from && isspace((unsigned char)text[end - 1]))
        end--;
    for (i = 0; i < end - from; i++)
        low[i] = (char)tolower((unsigned char)text[from + i]);
    low[end - from] = '\0';
    for (i = 0; i < n; i++) {
        cl = strlen(cues[i]);
        if (cl <= end - from && strcmp(low + (end - from - cl), cues[i]) == 0 &&
            (end - from == cl || !isalnum((unsigned char)low[end - from - cl - 1])))
            return true;
    }
    return false;
}

/* Whether the words right before byte `pos` end with one of `after_cues`. */
static bool after_cue_before(const char *text, size_t pos)
{
    return cue_before(text, pos, after_cues, sizeof(after_cues) / sizeof(after_cues[0]));
}

/* Whether the sentence around byte `pos` speaks of the future. */
static bool in_future_sentence(const char *text, size_t len, size_t pos, size_t pos_end)
{
    size_t s, e, i;

    mention_sentence(text, len, pos, pos_end, &s, &e);
    for (i = 0; i < sizeof(future_cues) / sizeof(future_cues[0]); i++)
        if (has_word(text + s, e - s, future_cues[i]))
            return true;
    return false;
}

static bool has_recent_wording(const char *text, size_t len)
{
    size_t i;

    for (i = 0; i < sizeof(recent_cues) / sizeof(recent_cues[0]); i++)
        if (has_word(text, len, recent_cues[i]))
            return true;
    return false;
}

/* Writes `day` at precision `prec` (a day at most) into `out`. */
static void set_estimate(struct td_pubdate *out, int64_t day, enum td_date_precision prec)
{
    struct tl_date d;
    int64_t y;
    int m, dd;

    time_civil_from_days(day, &y, &m, &dd);
    if (prec > TD_DATE_DAY)
        prec = TD_DATE_DAY;
    if (!tl_date_set(&d, y, m, dd, prec))
        return;
    memcpy(out->date, d.value, strlen(d.value) + 1);
    out->prec = prec;
    out->source = TD_DATE_SOURCE_ESTIMATED;
}

/* The earliest of `days` within [lo, hi], or -1 (with `*found` false). */
static int64_t earliest_in(const int64_t *days, size_t n, int64_t lo, int64_t hi, bool *found)
{
    int64_t best = 0;
    size_t i;

    *found = false;
    for (i = 0; i < n; i++) {
        if (days[i] >= lo && days[i] <= hi && (!*found || days[i] < best)) {
            best = days[i];
            *found = true;
        }
    }
    return best;
}

static int cmp_day(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

    return (x > y) - (x < y);
}

/*
 * The lower median of `days` (not sorted): the day x with fewer than
 * k + 1 days before it and at least k + 1 at or before it, k = (n - 1) / 2,
 * which is the k-th smallest. More than 8 days are sorted in a copy; a few
 * (or no memory for the copy) are counted, quadratic.
 */
static int64_t middle_day(const int64_t *days, size_t n)
{
    size_t i, j, before, upto, k = (n - 1) / 2;
    int64_t *sorted = n > 8 ? td_malloc(n * sizeof(*sorted)) : NULL, mid;

    /* the k-th smallest: sorted when there are many (a story's hundreds of days) */
    if (sorted != NULL) {
        memcpy(sorted, days, n * sizeof(*sorted));
        qsort(sorted, n, sizeof(*sorted), cmp_day);
        mid = sorted[k];
        td_free(sorted);
        return mid;
    }
    for (i = 0; i < n; i++) {
        for (before = upto = 0, j = 0; j < n; j++) {
            before += days[j] < days[i];
            upto += days[j] <= days[i];
        }
        if (before <= k && k < upto)
            return days[i];
    }
    return days[0];
}

/*
 * The story day that the most year-less mentions ("October 25" as
 * XXXX-10-25) fit: each counts for a day it falls within YEARLESS_BEFORE_DAYS
 * before, or YEARLESS_AFTER_DAYS after, since news tells of the days around
 * its writing. Days before `lo` are not candidates. Ties go to the earlier
 * day; `*found` is false when no mention fits any day.
 */
static int64_t yearless_fit(const struct td_timex_list *tx, const int64_t *days, size_t n,
                            int64_t lo, bool *found)
{
    struct tl_date t;
    size_t i, k, score, best_score = 0;
    int64_t best = 0;

    for (k = 0; k < n; k++) {
        if (days[k] < lo)
            continue;
        for (score = 0, i = 0; i < tx->n; i++)
            score += tx->items[i].type == TD_TIMEX_DATE &&
                     tl_date_resolve(tx->items[i].value, days[k] + YEARLESS_AFTER_DAYS, &t) &&
                     t.last_day >= days[k] - YEARLESS_BEFORE_DAYS;
        if (score > best_score || (score == best_score && score > 0 && days[k] < best)) {
            best_score = score;
            best = days[k];
        }
    }
    *found = best_score > 0;
    return best;
}

/*
 * Whether the bare year at [start, end) is part of a code or a name with
 * digits: glued to a letter or hyphen before it ("COVID-2019", "A2020"),
 * or followed by a word mixing capitals and digits ("2009 RM17", an
 * asteroid designation). Such numbers are no dates of the writing.
 */
static bool is_code_number(const char *text, size_t len, size_t start, size_t end)
{
    size_t i = end, caps = 0, digits = 0;

    if (start > 0 && (isalpha((unsigned char)text[start - 1]) || text[start - 1] == '-'))
        return true;
    if (end - start != 4 || end + 1 >= len || text[end] != ' ')
        return false;
    for (i = end + 1; i < len && isalnum((unsigned char)text[i]); i++) {
        caps += isupper((unsigned char)text[i]) != 0;
        digits += isdigit((unsigned char)text[i]) != 0;
    }
    return caps > 0 && digits > 0;
}

/*
 * Words that make a bare year a decade when they stand among the two words
 * before it ("τη δεκαετία του 1990", "la década de 1990", "de jaren 1990"),
 * in any language; matched at the start of a word, lower case.
 */
static const char *const decade_before[] = {
    "decade", "década",    "décennie", "decenni", "jahrzehnt", "δεκαετί", "десятилет",
    "dekad",  "desetilet", "évtized",  "årti",    "jaren",     "années",  "anni",
    "anos",   "años",      "anys",     "anii",    "lata",      "latach",  "dècad",
};

/*
 * Endings glued to a bare year that make it a decade ("1990s", "1990er",
 * "1990-х", "1990-talet", "1990'larda", "1990-ih", "1990年代"): after an
 * optional hyphen or apostrophe, the start of the word's rest.
 */
static const char *const decade_after[] = {
    "s", "er", "х", "е", "ых", "ые", "tal", "luku", "luvu", "ih", "ima", "lar", "ler", "年代",
};

/* Whether `w[0..n)` starts with one of `list` (lower case). */
static bool starts_with_any(const char *w, size_t n, const char *const *list, size_t count)
{
    size_t i, l;

    for (i = 0; i < count; i++) {
        l = strlen(list[i]);
        if (l <= n && memcmp(w, list[i], l) == 0)
            return true;
    }
    return false;
}

/* Whether a decade or plural ending is glued after the year ending at byte `end`. */
static bool decade_ending_after(const char *text, size_t len, size_t end)
{
    char low[48];
    size_t i = end, n;
    bool apos = false;

    if (i < len && (text[i] == '-' || text[i] == '\'')) {
        apos = text[i] == '\'';
        i++;
    } else if (i + 3 <= len && memcmp(text + i, "\xE2\x80\x99", 3) == 0) { /* ’ */
        apos = true;
        i += 3;
    }
    for (n = 0; i + n < len && n < sizeof(low) - 1 && !isspace((unsigned char)text[i + n]) &&
                !ispunct((unsigned char)text[i + n]);
         n++)
        low[n] = (char)tolower((unsigned char)text[i + n]);
    /* "2024's budget" is a possessive, not a decade */
    return n > 0 && !(apos && n == 1 && low[0] == 's') &&
           starts_with_any(low, n, decade_after, sizeof(decade_after) / sizeof(*decade_after));
}

/* Whether one of the two words before byte `start` begins with a decade word. */
static bool decade_word_before(const char *text, size_t start)
{
    char low[48];
    size_t w, b, e = start, n;

    for (w = 0; w < 2; w++) {
        while (e > 0 && (isspace((unsigned char)text[e - 1]) || text[e - 1] == '\''))
            e--;
        for (b = e; b > 0 && !isspace((unsigned char)text[b - 1]); b--)
            ;
        /* the word's start, lower-cased (ASCII only) */
        for (n = 0; b + n < e && n < sizeof(low) - 1; n++)
            low[n] = (char)tolower((unsigned char)text[b + n]);
        if (n > 0 &&
            starts_with_any(low, n, decade_before, sizeof(decade_before) / sizeof(*decade_before)))
            return true;
        e = b;
    }
    return false;
}

/*
 * Whether the bare four-digit year at [start, end) names a decade, in any
 * language: a decade word among the two words before it, or a plural or
 * decade ending glued after it (see `decade_before`, `decade_after`). A
 * decade is background, never the time of writing.
 */
static bool is_decade_year(const char *text, size_t len, size_t start, size_t end)
{
    return end - start == 4 &&
           (decade_ending_after(text, len, end) || decade_word_before(text, start));
}

/*
 * The last day of the earliest year the page's copyright line names ("©
 * 2035 Baltic Newsline"), or INT64_MAX. The page was printed in that year
 * or before it, and the article written no later: a bound, never the date.
 */
static int64_t copyright_bound(const char *text, size_t len, const struct td_timex_list *tx)
{
    struct tl_date d;
    int64_t bound = INT64_MAX;
    size_t i;

    for (i = 0; i < tx->n; i++)
        if (tx->items[i].type == TD_TIMEX_DATE && tl_date_parse(tx->items[i].value, &d) &&
            d.prec == TD_DATE_YEAR && d.last_day < bound &&
            mention_on_copyright(text, len, tx->items[i].start, tx->items[i].end))
            bound = d.last_day;
    return bound;
}

/*
 * The latest explicit date the text mentions outside sentences about the
 * future and outside page furniture (a copyright line, a link to another
 * story, a caption: `mention_on_furniture`), starting no later than day
 * `cap` (nor after the copyright year) unless the words before it place
 * the writer past it ("still in April 2023" is no plan, whatever the dated
 * articles around say), and whether they do.
 */
static bool latest_mention(const char *text, size_t len, const struct td_timex_list *tx,
                           int64_t cap, struct tl_date *latest, bool *after)
{
    struct tl_date d;
    bool have = false;
    size_t i;
    int64_t bound = copyright_bound(text, len, tx);

    *after = false;
    memset(latest, 0, sizeof(*latest));
    cap = bound < cap ? bound : cap;
    for (i = 0; i < tx->n; i++) {
        if (tx->items[i].type != TD_TIMEX_DATE || !tl_date_parse(tx->items[i].value, &d) ||
            (d.first_day > cap && !after_cue_before(text, tx->items[i].start)) ||
            mention_on_furniture(text, len, tx->items[i].start, tx->items[i].end) ||
            is_code_number(text, len, tx->items[i].start, tx->items[i].end) ||
            is_decade_year(text, len, tx->items[i].start, tx->items[i].end) ||
            in_future_sentence(text, len, tx->items[i].start, tx->items[i].end))
            continue;
        if (!have || d.last_day > latest->last_day) {
            *latest = d;
            *after = false;
        }
        have = true;
        if (d.last_day == latest->last_day)
            *after = *after || after_cue_before(text, tx->items[i].start);
    }
    return have;
}

/* The smallest and largest of `days[0..n)`, n > 0. */
static void day_range(const int64_t *days, size_t n, int64_t *lo, int64_t *hi)
{
    size_t i;

    *lo = *hi = days[0];
    for (i = 1; i < n; i++) {
        *lo = days[i] < *lo ? days[i] : *lo;
        *hi = days[i] > *hi ? days[i] : *hi;
    }
}

/*
 * Whether the timex at [start, end) is a part of the day named with "the" ("worked through the
 * night", "in the afternoon": timex round 26): the part of a day the text has named, told
 * relative to the story, not to the writing ("last night", "tonight" are).
 */
static bool story_part(const char *text, size_t start, size_t end)
{
    return end - start > 4 && tolower((unsigned char)text[start]) == 't' &&
           text[start + 1] == 'h' && text[start + 2] == 'e' && text[start + 3] == ' ';
}

/*
 * Whether item `i` of `tx` is a day told relative to the writing ("yesterday", "on Tuesday"),
 * with or without its part of the day ("Monday evening", "last night": XXXX-XX-XXTEV).
 */
static bool is_relative_day(const char *text, size_t len, const struct td_timex_list *tx, size_t i)
{
    const char *v = tx->items[i].value;

    if (tx->items[i].type == TD_TIMEX_TIME &&
        story_part(text, tx->items[i].start, tx->items[i].end))
        return false;
    return (tx->items[i].type == TD_TIMEX_DATE || tx->items[i].type == TD_TIMEX_TIME) &&
           strncmp(v, "XXXX-XX-XX", 10) == 0 && (v[10] == '\0' || v[10] == 'T') &&
           !in_future_sentence(text, len, tx->items[i].start, tx->items[i].end);
}

/* Whether a day's value ends in an evening or a night ("2035-06-11TEV", "...TNI"). */
static bool evening(const char *value)
{
    return strlen(value) >= 13 && value[10] == 'T' &&
           (strncmp(value + 11, "EV", 2) == 0 || strncmp(value + 11, "NI", 2) == 0);
}

/* Whether a day's value is its night ("2035-06-11TNI"), which runs into the next day. */
static bool night(const char *value)
{
    return strlen(value) >= 13 && value[10] == 'T' && strncmp(value + 11, "NI", 2) == 0;
}

/*
 * How far the relative days of the text land from the event's happening
 * when the article is written on day `p`: the text is tagged against `p`
 * and each day it then resolves counts its distance from [first - 1,
 * first], `first` being the event's first report (news tells the happening
 * on that day or the next). `tt` is the text tokenized once for all the
 * candidate days (NULL: it could not be); `rel[i]`: is_relative_day() of
 * item i, worked out once (NULL: not). -1 when tagging fails.
 */
static int64_t relative_cost(const char *text, size_t len, struct timex_text *tt,
                             const struct td_timex_list *tx, const bool *rel, int64_t p,
                             int64_t first, int64_t last)
{
    struct td_timex_list t2;
    struct tl_date d;
    char dct[16];
    int64_t y, cost = 0;
    int m, dd;
    size_t i, j = 0;

    time_civil_from_days(p, &y, &m, &dd);
    if (tt == NULL ||
        snprintf(dct, sizeof(dct), "%04lld-%02d-%02d", (long long)y, m, dd) >= (int)sizeof(dct))
        return -1;
    td_timex_list_init(&t2);
    if (timex_text_find(tt, dct, &t2) != TD_OK) {
        td_timex_list_release(&t2);
        return -1;
    }
    for (i = 0; i < tx->n; i++) {
        if (!(rel != NULL ? rel[i] : is_relative_day(text, len, tx, i)))
            continue;
        while (j < t2.n && t2.items[j].start < tx->items[i].start)
            j++;
        if (j == t2.n || t2.items[j].start != tx->items[i].start ||
            !tl_date_parse(t2.items[j].value, &d) || d.prec != TD_DATE_DAY)
            continue;
        /*
         * "Since Friday" starts a state that lasts to the writing: it may begin before the
         * event's first report, and the writing need not come soon after it.
         */
        if (cue_before(text, tx->items[i].start, since_cues,
                       sizeof(since_cues) / sizeof(since_cues[0]))) {
            cost += d.first_day > last ? 2 * (d.first_day - last) : 0;
            continue;
        }
        /*
         * A day before the event's happening is recalled background (another leak "on
         * Monday", days before this one): it lies farther from the event the later the
         * writing, but the writing need not come soon after it.
         */
        if (d.first_day < first - 1) {
            cost += 2 * (first - 1 - d.first_day);
            continue;
        }
        cost += 2 * (d.first_day > last ? d.first_day - last : 0);
        /*
         * News tells its days soon: "on Monday" is likelier written Monday than Sunday next;
         * an evening or a night ("Monday evening", "last night") that day or the next. A
         * night told in the past ("flooded in the night from Tuesday to Wednesday") ended
         * after midnight: told on its own day it would still be under way, so that day costs
         * one, as the day after next does.
         */
        cost += d.first_day < p ? p - d.first_day - (evening(t2.items[j].value) ? 1 : 0)
                : night(t2.items[j].value) && d.first_day == p ? 1
                                                               : 0;
    }
    td_timex_list_release(&t2);
    return cost;
}

/* Counts the relative days of `tx` (see `is_relative_day`). */
static size_t count_relative(const char *text, size_t len, const struct td_timex_list *tx)
{
    size_t i, n = 0;

    for (i = 0; i < tx->n; i++)
        n += is_relative_day(text, len, tx, i);
    return n;
}

static int64_t day_gap(int64_t a, int64_t b)
{
    return a > b ? a - b : b - a;
}

/*
 * Dates the article within its event (`ev`, its dated articles' days): no
 * earlier than `lo` (from the text's own mentions), no later than `until`
 * (the stream's clock, when it leaves a day) and within a few days of the
 * event. Among those days, the one where the relative days of the text
 * best meet the event's first report; ties, and texts without relative
 * days, go to the day nearest the event's middle. False when `lo` lies past
 * the event (the text tells of later things than the event does).
 */
static bool event_pick(const char *text, size_t len, const char *lang,
                       const struct td_timex_list *tx, int64_t lo, int64_t until, const int64_t *ev,
                       const struct td_pubdate_text *ev_texts, size_t n, int64_t *day_out)
{
    int64_t first, last, mid, from, to, p, best = 0, best_cost = -1, cost;
    bool relative = count_relative(text, len, tx) > 0;
    struct timex_text *tt = NULL;
    bool *rel;
    size_t i;

    if (!pubdate_event_middle(text, len, ev, ev_texts, n, &mid))
        mid = middle_day(ev, n);
    day_range(ev, n, &first, &last);
    from = first - EVENT_BEFORE_DAYS > lo ? first - EVENT_BEFORE_DAYS : lo;
    to = last + EVENT_AFTER_DAYS;
    if (from > to)
        return false;
    if (until >= from && until < to)
        to = until;
    if (to - from > EVENT_MAX_CANDIDATES)
        relative = false;
    if (relative && timex_text_new(text, len, lang, &tt) != TD_OK)
        tt = NULL;
    rel = relative ? td_calloc(tx->n + 1, sizeof(*rel)) : NULL;
    for (i = 0; rel != NULL && i < tx->n; i++)
        rel[i] = is_relative_day(text, len, tx, i);
    for (p = from; p <= to; p++) {
        cost = relative ? relative_cost(text, len, tt, tx, rel, p, first, last) : 0;
        if (cost < 0)
            cost = 0;
        if (best_cost < 0 || cost < best_cost ||
            (cost == best_cost && day_gap(p, mid) < day_gap(best, mid))) {
            best_cost = cost;
            best = p;
        }
    }
    timex_text_free(tt);
    td_free(rel);
    *day_out = best;
    return true;
}

/*
 * The stream's clock when the article arrived (see `arrival_days` in
 * td_pubdate_context, newest first), by the numbers of the clustering's
 * `undated_now` (dated() in cluster.c): the latest of the TD_PUBDATE_AGREE
 * latest dated arrivals when they lie within TD_PUBDATE_ARRIVAL_SPAN days
 * of each other; else the newest of the TD_PUBDATE_ARRIVALS latest when
 * all but one of them came no more than TD_PUBDATE_ARRIVAL_SPAN days
 * before the newest of those that arrived before them (a feed in date
 * order with one late arrival). Not the clustering's function, whose
 * results differ at the edges: it also counts arrivals dated to the month
 * or year, and its in-order test and clock read the newest date of the
 * whole stream, not of these arrivals; here only the store's last
 * TD_PUBDATE_ARRIVALS rows dated to the day are read.
 */
static bool arrival_clock(const struct td_pubdate_context *ctx, int64_t *day)
{
    const int64_t *a = ctx->arrival_days;
    int64_t lo, hi, newest;
    size_t i, in_order = 1;

    if (ctx->narrival < TD_PUBDATE_AGREE)
        return false;
    day_range(a, TD_PUBDATE_AGREE, &lo, &hi);
    *day = hi;
    if (hi - lo <= TD_PUBDATE_ARRIVAL_SPAN)
        return true;
    if (ctx->narrival < TD_PUBDATE_ARRIVALS)
        return false;
    newest = a[TD_PUBDATE_ARRIVALS - 1];
    for (i = TD_PUBDATE_ARRIVALS - 1; i-- > 0;) {
        in_order += a[i] >= newest - TD_PUBDATE_ARRIVAL_SPAN;
        newest = a[i] > newest ? a[i] : newest;
    }
    *day = newest;
    return in_order >= TD_PUBDATE_ARRIVALS - 1;
}

/*
 * Whether the stream's clock (`arrival_clock`) dates an article whose event
 * has no dated article, and the clock. Always when its story has none
 * either. Else the story's dated days tell when it was written unless the
 * clock lies more than TD_PUBDATE_ARRIVAL_SPAN days past the story's last
 * (the story took up a new happening: a ship home three months after its
 * rescue), or the story's days lie within EVENT_BEFORE_DAYS of each other
 * and the clock among them (to EVENT_AFTER_DAYS after): one happening the
 * article arrived in, so it takes a day, not the story's month.
 */
static bool clock_dates_it(const struct td_pubdate_context *ctx, int64_t *clock)
{
    int64_t first, last;

    if (!arrival_clock(ctx, clock))
        return false;
    if (ctx->nstory == 0)
        return true;
    day_range(ctx->story_days, ctx->nstory, &first, &last);
    return *clock > last + TD_PUBDATE_ARRIVAL_SPAN ||
           (last - first <= EVENT_BEFORE_DAYS && *clock >= first &&
            *clock <= last + EVENT_AFTER_DAYS);
}

void pubdate_from_timexes(const char *text, size_t len, const char *lang,
                          const struct td_timex_list *tx, const struct td_pubdate_context *ctx,
                          struct td_pubdate *out)
{
    static const struct td_pubdate_context none = TD_PUBDATE_CONTEXT_INIT;
    struct tl_date latest;
    bool have, after, found;
    int64_t lo, hi, until, day, first = 0, last = 0, cap, clock;
    const int64_t *ev_days;
    size_t nev;

    memset(out, 0, sizeof(*out));
    if (ctx == NULL)
        ctx = &none;
    ev_days = ctx->event_days;
    nev = ctx->nevent;
    /*
     * Its event has no dated article: in a feed that runs in date order,
     * the article was written about when it arrived, as a one-report event
     * of the stream's clock, when its story does not say otherwise (see
     * `clock_dates_it`).
     */
    if (nev == 0 && clock_dates_it(ctx, &clock)) {
        ev_days = &clock;
        nev = 1;
    }
    /*
     * A mention well past the dated articles around the article is taken
     * for a plan or a forecast the wording did not give away ("bis 2027"),
     * not for the time of writing: past the event's last report, or half a
     * year past the story's last, it does not bound the estimate.
     */
    cap = INT64_MAX;
    if (nev > 0) {
        day_range(ev_days, nev, &first, &last);
        cap = last + EVENT_AFTER_DAYS;
    } else if (ctx->nstory > 0) {
        day_range(ctx->story_days, ctx->nstory, &first, &last);
        cap = last + WINDOW_DEFAULT_DAYS;
    }
    have = latest_mention(text, len, tx, cap, &latest, &after);
    lo = !have ? INT64_MIN : after ? latest.last_day + 1 : latest.first_day;
    /*
     * In a feed that runs in date order the article came in when the stream's clock read
     * `clock`: written by the next day at the latest, whatever its weekday words would fit.
     */
    until = ev_days == ctx->event_days && arrival_clock(ctx, &clock) ? clock + 1 : INT64_MAX;
    /* The event's articles were written days apart: the closest evidence there is. */
    if (nev > 0 && event_pick(text, len, lang, tx, lo, until, ev_days,
                              ev_days == ctx->event_days ? ctx->event_texts : NULL, nev, &day)) {
        set_estimate(out, day, last - first <= EVENT_DAY_SPAN ? TD_DATE_DAY : TD_DATE_MONTH);
        return;
    }
    /* Year-less days ("on October 25") pin the writing closest; they go first. */
    day = yearless_fit(tx, ctx->story_days, ctx->nstory, lo, &found);
    if (!found && have) {
        hi = latest.last_day +
             (has_recent_wording(text, len) ? WINDOW_RECENT_DAYS : WINDOW_DEFAULT_DAYS);
        day = earliest_in(ctx->story_days, ctx->nstory, lo, hi, &found);
        /* A text that only tells history is still news of its story's days. */
        if (!found)
            day = earliest_in(ctx->story_days, ctx->nstory, lo, INT64_MAX, &found);
    }
    if (found)
        set_estimate(out, day, TD_DATE_MONTH);
    else if (have)
        set_estimate(out, lo, latest.prec > TD_DATE_MONTH ? TD_DATE_MONTH : latest.prec);
    else if (ctx->nstory > 0)
        set_estimate(out, middle_day(ctx->story_days, ctx->nstory), TD_DATE_MONTH);
}

enum td_err td_pubdate_estimate_in(const char *text, size_t len, const char *lang,
                                   const struct td_pubdate_context *ctx, struct td_pubdate *out,
                                   struct td_error *err)
{
    struct td_timex_list tx;
    enum td_err rc;

    if (text == NULL || out == NULL ||
        (ctx != NULL && ((ctx->story_days == NULL && ctx->nstory > 0) ||
                         (ctx->event_days == NULL && ctx->nevent > 0) ||
                         (ctx->arrival_days == NULL && ctx->narrival > 0))))
        return td_error_set(err, TD_ERR_INVALID, "no text or output for the date estimate");
    if (len > TD_MAX_TEXT_FILE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "text of %zu bytes is over the limit", len);
    td_timex_list_init(&tx);
    rc = td_timex_find(text, len, NULL, lang, &tx, err);
    if (rc == TD_OK)
        pubdate_from_timexes(text, len, lang, &tx, ctx, out);
    td_timex_list_release(&tx);
    return rc;
}

enum td_err td_pubdate_estimate(const char *text, size_t len, const char *lang,
                                const int64_t *story_days, size_t ndays, struct td_pubdate *out,
                                struct td_error *err)
{
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;

    ctx.story_days = story_days;
    ctx.nstory = ndays;
    return td_pubdate_estimate_in(text, len, lang, &ctx, out, err);
}

const char *td_date_source_name(enum td_date_source src)
{
    switch (src) {
    case TD_DATE_SOURCE_GIVEN: return "given";
    case TD_DATE_SOURCE_ESTIMATED: return "estimated";
    default: return NULL;
    }
}
