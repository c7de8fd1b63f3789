/*
 * pubdate_names.c - the middle day of an undated article's event, each of
 * the event's dated articles weighed by the names it shares with the
 * article: when one cluster holds two happenings days apart (a final and
 * the next day's final, two outbreaks in two countries), the article is
 * dated among the reports of the one it names.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/* A name is a capitalised word of at least NAME_MIN_BYTES bytes; at most NAME_MAX are kept. */
#define NAME_MIN_BYTES 5
#define NAME_MAX 512
/* Below this many names shared with the closest dated article, every one weighs the same. */
#define SAME_MIN_NAMES 2
/* The fewest reports on either side for the event to count as two happenings. */
#define GROUP_MIN 2

/* Whether code point `c` separates words (ASCII other than letters and digits, punctuation). */
static bool separates(int32_t c)
{
    if (c < 0x80)
        return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                 c == '-');
    return c <= 0xBF || (c >= 0x2000 && c <= 0x206F) || (c >= 0x3000 && c <= 0x303F) ||
           (c >= 0xFF00 && c <= 0xFF0F) || c == 0xD7 || c == 0xF7;
}

/* The lower case of `c` for Latin, Greek and Cyrillic capitals; `c` itself otherwise. */
static int32_t fold(int32_t c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7) ||
        (c >= 0x391 && c <= 0x3A9) || (c >= 0x410 && c <= 0x42F))
        return c + 0x20;
    if (c >= 0x400 && c <= 0x40F)
        return c + 0x50;
    if (c >= 0x100 && c <= 0x17F && c % 2 == 0)
        return c + 1;
    return c;
}

/* Whether `c` is a capital letter (the cases `fold` knows). */
static bool is_capital(int32_t c)
{
    return fold(c) != c;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;

    return (x > y) - (x < y);
}

/*
 * The hashes of the distinct names of `text` (see NAME_MIN_BYTES), folded
 * to lower case, sorted, into `out` (room for NAME_MAX); returns how many.
 */
static size_t name_hashes(const char *text, size_t len, uint32_t *out)
{
    size_t pos = 0, start, n = 0, i, k;
    uint32_t h;
    int32_t c;
    bool cap;

    while (pos < len && n < NAME_MAX) {
        start = pos;
        c = utf8_next(text, len, &pos);
        if (c < 0 || separates(c))
            continue;
        cap = is_capital(c);
        for (h = 2166136261u;; c = utf8_next(text, len, &pos)) {
            h = (h ^ (uint32_t)fold(c)) * 16777619u;
            if (pos >= len)
                break;
            k = pos;
            c = utf8_next(text, len, &k);
            if (c < 0 || separates(c))
                break;
        }
        if (cap && pos - start >= NAME_MIN_BYTES)
            out[n++] = h;
    }
    qsort(out, n, sizeof(*out), cmp_u32);
    for (i = k = 0; i < n; i++)
        if (k == 0 || out[i] != out[k - 1])
            out[k++] = out[i];
    return k;
}

/* How many of the sorted `names[0..n)` the text `t` holds. */
static size_t shared_names(const uint32_t *names, size_t n, const struct td_pubdate_text *t,
                           uint32_t *scratch)
{
    size_t m, i = 0, j = 0, shared = 0;

    if (t->text == NULL || n == 0)
        return 0;
    m = name_hashes(t->text, t->len, scratch);
    while (i < n && j < m) {
        if (names[i] == scratch[j]) {
            shared++;
            i++;
            j++;
        } else if (names[i] < scratch[j]) {
            i++;
        } else {
            j++;
        }
    }
    return shared;
}

/* A day and its weight, for the weighted middle. */
struct weighed_day {
    int64_t day;
    size_t weight;
};

static int cmp_weighed(const void *a, const void *b)
{
    int64_t x = ((const struct weighed_day *)a)->day, y = ((const struct weighed_day *)b)->day;

    return (x > y) - (x < y);
}

bool pubdate_event_middle(const char *text, size_t len, const int64_t *days,
                          const struct td_pubdate_text *texts, size_t n, int64_t *mid)
{
    uint32_t *names = NULL, *scratch = NULL;
    struct weighed_day *wd;
    size_t i, nn = 0, total = 0, sum = 0, most = 0;

    if (texts == NULL || n == 0 || n > TD_PUBDATE_NAMES_MAX ||
        (wd = td_calloc(n, sizeof(*wd))) == NULL)
        return false;
    names = td_malloc(NAME_MAX * sizeof(*names));
    scratch = td_malloc(NAME_MAX * sizeof(*scratch));
    if (names != NULL && scratch != NULL)
        nn = name_hashes(text, len, names);
    for (i = 0; i < n; i++) {
        wd[i].day = days[i];
        wd[i].weight = scratch != NULL ? shared_names(names, nn, &texts[i], scratch) : 0;
        most = wd[i].weight > most ? wd[i].weight : most;
    }
    /*
     * The articles that tell the same happening share about as many names
     * with it as the closest one does: those sharing at least half as many
     * count, the others not (when the closest shares few, every one counts).
     */
    for (i = 0; i < n; i++) {
        wd[i].weight = most < SAME_MIN_NAMES || 2 * wd[i].weight >= most;
        total += wd[i].weight;
    }
    /* Two happenings are two groups of reports: else every one counts. */
    if (total < GROUP_MIN || n - total < GROUP_MIN)
        for (total = n, i = 0; i < n; i++)
            wd[i].weight = 1;
    qsort(wd, n, sizeof(*wd), cmp_weighed);
    /* The lower weighted median: the first day where half the weight is reached. */
    for (i = 0; i < n; i++) {
        sum += wd[i].weight;
        if (2 * sum >= total)
            break;
    }
    *mid = wd[i < n ? i : n - 1].day;
    td_free(wd);
    td_free(names);
    td_free(scratch);
    return true;
}
