/*
 * text_days.c - the days an article's text gives for the event level's
 * `date_split`: a dateline, and a lower bound on when it was written
 * (td_pubdate_estimate() with no story, over each sentence that holds a
 * year, so the tagger reads only those).
 */
#include "pipeline/text_days.h"

#include <string.h>

#include "core/sort.h"
#include "core/time.h"
#include "core/utf8.h"
#include "tidings/extract.h"
#include "tidings/timeline.h"
#include "core/banned.h"

/* The value of the `n` digits at `v` (all digits). */
static int digits(const char *v, int n)
{
    int x = 0, i;

    for (i = 0; i < n; i++)
        x = x * 10 + (v[i] - '0');
    return x;
}

/* The first day of "YYYY", "YYYY-MM" or "YYYY-MM-DD" at `v`, when it is one. */
static bool first_day_of(const char *v, int64_t *day)
{
    int64_t t;

    if (time_parse_iso8601(v, strlen(v), &t, NULL, NULL) != TD_OK)
        return false;
    *day = time_day_of(t);
    return true;
}

/*
 * A full date ("YYYY-MM-DD") starting in the first bytes of a short first
 * line (a line of its own, as datelines are, not the first sentence).
 */
static void read_dateline(const char *text, size_t len, const char *lang, struct text_days *out)
{
    size_t head = strcspn(text, "\n"), i;
    struct td_timex_list tx;

    if (head >= len || head > TEXT_DAYS_DATELINE_BYTES)
        return;
    for (i = 0; i < head && !utf8_is_digit(text[i]); i++)
        ;
    if (i == head)
        return;
    td_timex_list_init(&tx);
    if (td_timex_find(text, head, NULL, lang, &tx, NULL) == TD_OK)
        for (i = 0; i < tx.n && !out->has_told; i++)
            out->has_told = tx.items[i].type == TD_TIMEX_DATE &&
                            tx.items[i].start < TEXT_DAYS_DATELINE_START &&
                            strlen(tx.items[i].value) == 10 &&
                            first_day_of(tx.items[i].value, &out->told_day);
    td_timex_list_release(&tx);
}

/* Whether a sentence ends at byte `i` of `text`: a line break, or . ! ? before a space. */
static bool sentence_end(const char *text, size_t len, size_t i)
{
    return text[i] == '\n' ||
           ((text[i] == '.' || text[i] == '!' || text[i] == '?') && i + 1 < len &&
            (text[i + 1] == ' ' || text[i + 1] == '\n'));
}

/* Whether the four digits at `i` stand alone and read as a year (1900-2099). */
static bool year_at(const char *text, size_t len, size_t i)
{
    if (i + 4 > len || (i > 0 && utf8_is_digit(text[i - 1])) ||
        (i + 4 < len && utf8_is_digit(text[i + 4])))
        return false;
    return (text[i] == '1' && text[i + 1] == '9') || (text[i] == '2' && text[i + 1] == '0');
}

/* The latest day one sentence `text[s..e)` mentions, as td_pubdate_estimate() bounds it. */
static void read_sentence(const char *text, size_t s, size_t e, const char *lang,
                          struct text_days *out)
{
    struct td_pubdate pd;
    int64_t day;

    if (td_pubdate_estimate(text + s, e - s, lang, NULL, 0, &pd, NULL) == TD_OK &&
        pd.prec != TD_DATE_NONE && first_day_of(pd.date, &day) &&
        (!out->has_after || day > out->after_day)) {
        out->after_day = day;
        out->has_after = true;
    }
}

/* A sentence holding a year: its bounds and the year. */
struct year_sentence {
    size_t s, e;
    int year;
};

/* Collects up to TEXT_DAYS_MAX_YEARS sentences holding a year, each once; returns how many. */
static size_t year_sentences(const char *text, size_t len, struct year_sentence *ys)
{
    size_t i, s, e, n = 0, done = 0;

    for (i = 0; i + 4 <= len && n < TEXT_DAYS_MAX_YEARS; i++) {
        /* Most bytes are no digits: the library's vector scan skips them (a NUL ends the text). */
        i += strcspn(text + i, "0123456789");
        if (i + 4 > len)
            break;
        if (!year_at(text, len, i))
            continue;
        if (i < done) {
            /* Another year of the sentence just taken: it is read for the latest. */
            ys[n - 1].year = digits(text + i, 4) > ys[n - 1].year ? digits(text + i, 4)
                                                                   : ys[n - 1].year;
            continue;
        }
        for (s = i; s > 0 && i - s < TEXT_DAYS_BEFORE_BYTES && !sentence_end(text, len, s - 1);
             s--)
            ;
        for (e = i + 4; e < len && e - i < TEXT_DAYS_AFTER_BYTES && !sentence_end(text, len, e);
             e++)
            ;
        ys[n].s = s;
        ys[n].e = e;
        ys[n++].year = digits(text + i, 4);
        done = e;
    }
    return n;
}

void text_days_read(const char *text, size_t len, const char *lang, struct text_days *out)
{
    struct year_sentence ys[TEXT_DAYS_MAX_YEARS];
    size_t i, n;
    int64_t y;
    int m, d;

    memset(out, 0, sizeof(*out));
    if (text == NULL || len == 0)
        return;
    read_dateline(text, len, lang, out);
    /* Written on its dateline's day, it was written on or after that day: no tighter bound. */
    if (out->has_told) {
        out->has_after = true;
        out->after_day = out->told_day;
        return;
    }
    n = year_sentences(text, len, ys);
    TD_SHELL_SORT(struct year_sentence, ys, n, b.year > a.year || (b.year == a.year && b.s < a.s));
    /*
     * From the latest year down, the first in the text among equals: once a
     * sentence bounds the writing within a year, the others cannot raise
     * the bound but by a later month of that year, which three years of
     * margin (CLUSTER_DATE_SPLIT_DAYS) do not need.
     */
    for (i = 0; i < n; i++) {
        if (out->has_after) {
            time_civil_from_days(out->after_day, &y, &m, &d);
            if (y >= ys[i].year)
                break;
        }
        read_sentence(text, ys[i].s, ys[i].e, lang, out);
    }
}
