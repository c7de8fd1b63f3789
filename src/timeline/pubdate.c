/*
 * pubdate.c - estimated publication dates for undated articles: the latest
 * explicit date the text mentions bounds the writing from below, the
 * wording says how far past it the writer is, and the dated articles of
 * the story pick the month.
 */
#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include "core/limits.h"
#include "core/time.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* How many days after the latest mention a story date may be and still date the article. */
#define WINDOW_RECENT_DAYS 31
#define WINDOW_DEFAULT_DAYS 183
/* How far a year-less date ("on October 25") may lie before or after the writing. */
#define YEARLESS_BEFORE_DAYS 45
#define YEARLESS_AFTER_DAYS 7

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
    "will", "would",     "shall",    "expected", "expects",  "expect",    "plans", "planned",
    "plan", "scheduled", "due",      "until",    "forecast", "forecasts", "aims",  "intends",
    "next", "upcoming",  "going to", "hopes",    "target",   "'ll",
};

/* Whether `text[0..len)` holds `word` (lower case) at a word boundary, ignoring case. */
static bool has_word(const char *text, size_t len, const char *word)
{
    size_t wl = strlen(word), i, j;

    for (i = 0; i + wl <= len; i++) {
        if (i > 0 && isalnum((unsigned char)text[i - 1]))
            continue;
        for (j = 0; j < wl && tolower((unsigned char)text[i + j]) == word[j]; j++)
            ;
        if (j == wl && (i + wl == len || !isalnum((unsigned char)text[i + wl])))
            return true;
    }
    return false;
}

/* Whether the words right before byte `pos` end with one of `after_cues`. */
static bool after_cue_before(const char *text, size_t pos)
{
    size_t from = pos > 24 ? pos - 24 : 0, end = pos, i, cl;
    char low[32];

    while (end > from && isspace((unsigned char)text[end - 1]))
        end--;
    for (i = 0; i < end - from; i++)
        low[i] = (char)tolower((unsigned char)text[from + i]);
    low[end - from] = '\0';
    for (i = 0; i < sizeof(after_cues) / sizeof(after_cues[0]); i++) {
        cl = strlen(after_cues[i]);
        if (cl <= end - from && strcmp(low + (end - from - cl), after_cues[i]) == 0 &&
            (end - from == cl || !isalnum((unsigned char)low[end - from - cl - 1])))
            return true;
    }
    return false;
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

/* Writes the month (or coarser) that holds `day` into `out`. */
static void set_estimate(struct td_pubdate *out, int64_t day, enum td_date_precision prec)
{
    struct tl_date d;
    int64_t y;
    int m, dd;

    time_civil_from_days(day, &y, &m, &dd);
    if (prec > TD_DATE_MONTH)
        prec = TD_DATE_MONTH;
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

/*
 * The lower median of `days` (not sorted): the day x with fewer than
 * k + 1 days before it and at least k + 1 at or before it, k = (n - 1) / 2.
 * Quadratic, but a story has few dated articles compared with its words.
 */
static int64_t middle_day(const int64_t *days, size_t n)
{
    size_t i, j, before, upto, k = (n - 1) / 2;

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

void pubdate_from_timexes(const char *text, size_t len, const struct td_timex_list *tx,
                          const int64_t *story_days, size_t ndays, struct td_pubdate *out)
{
    struct tl_date d, latest;
    bool have = false, after = false, found;
    int64_t lo, hi, day;
    size_t i;

    memset(out, 0, sizeof(*out));
    memset(&latest, 0, sizeof(latest));
    for (i = 0; i < tx->n; i++) {
        if (tx->items[i].type != TD_TIMEX_DATE || !tl_date_parse(tx->items[i].value, &d) ||
            in_future_sentence(text, len, tx->items[i].start, tx->items[i].end))
            continue;
        if (!have || d.last_day > latest.last_day) {
            latest = d;
            after = false;
        }
        have = true;
        if (d.last_day == latest.last_day)
            after = after || after_cue_before(text, tx->items[i].start);
    }
    lo = !have ? INT64_MIN : after ? latest.last_day + 1 : latest.first_day;
    /* Year-less days ("on October 25") pin the writing closest; they go first. */
    day = yearless_fit(tx, story_days, ndays, lo, &found);
    if (!found && have) {
        hi = latest.last_day +
             (has_recent_wording(text, len) ? WINDOW_RECENT_DAYS : WINDOW_DEFAULT_DAYS);
        day = earliest_in(story_days, ndays, lo, hi, &found);
    }
    if (found)
        set_estimate(out, day, TD_DATE_MONTH);
    else if (have)
        set_estimate(out, lo, latest.prec);
    else if (ndays > 0)
        set_estimate(out, middle_day(story_days, ndays), TD_DATE_MONTH);
}

enum td_err td_pubdate_estimate(const char *text, size_t len, const char *lang,
                                const int64_t *story_days, size_t ndays, struct td_pubdate *out,
                                struct td_error *err)
{
    struct td_timex_list tx;
    enum td_err rc;

    if (text == NULL || out == NULL || (story_days == NULL && ndays > 0))
        return td_error_set(err, TD_ERR_INVALID, "no text or output for the date estimate");
    if (len > TD_MAX_TEXT_FILE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "text of %zu bytes is over the limit", len);
    td_timex_list_init(&tx);
    rc = td_timex_find(text, len, NULL, lang, &tx, err);
    if (rc == TD_OK)
        pubdate_from_timexes(text, len, &tx, story_days, ndays, out);
    td_timex_list_release(&tx);
    return rc;
}

const char *td_date_source_name(enum td_date_source src)
{
    switch (src) {
    case TD_DATE_SOURCE_GIVEN: return "given";
    case TD_DATE_SOURCE_ESTIMATED: return "estimated";
    default: return NULL;
    }
}
