/*
 * date.c - TIMEX3 date values as calendar spans for the timeline: which
 * values are concrete enough to place an event, the days each covers, and
 * year-less values ("XXXX-12-31") pinned to a reference date.
 */
#include <stdio.h>
#include <string.h>

#include "core/time.h"
#include "timeline/timeline_int.h"
#include "core/banned.h"

/*
 * The span in days is what the rest of the module compares: ordering events,
 * "near the publication" and estimate windows all work on first/last days,
 * so a month and a day inside it can be compared without string games.
 */
bool tl_date_set(struct tl_date *out, int64_t y, int m, int d, enum td_date_precision prec)
{
    int n;

    if (y < 1 || y > 9999)
        return false;
    if (prec == TD_DATE_YEAR) {
        out->first_day = time_days_from_civil(y, 1, 1);
        out->last_day = time_days_from_civil(y, 12, 31);
        n = snprintf(out->value, sizeof(out->value), "%04lld", (long long)y);
    } else if (prec == TD_DATE_MONTH) {
        if (m < 1 || m > 12)
            return false;
        out->first_day = time_days_from_civil(y, m, 1);
        out->last_day = time_days_from_civil(y, m, time_days_in_month(y, m));
        n = snprintf(out->value, sizeof(out->value), "%04lld-%02d", (long long)y, m);
    } else if (prec == TD_DATE_DAY) {
        if (!time_valid_date(y, m, d))
            return false;
        out->first_day = out->last_day = time_days_from_civil(y, m, d);
        n = snprintf(out->value, sizeof(out->value), "%04lld-%02d-%02d", (long long)y, m, d);
    } else {
        return false;
    }
    out->prec = prec;
    return n > 0 && (size_t)n < sizeof(out->value);
}

/* Reads exactly `n` digits at `s`; returns -1 when they are not all there. */
static int digits(const char *s, int n)
{
    int v = 0, i;

    for (i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

/*
 * Only the three precisions a timeline shows are accepted. Weeks, seasons
 * and quarters would need a span that is not a calendar unit of the
 * output, and decades ("199") are too vague to place an event.
 */
bool tl_date_parse(const char *value, struct tl_date *out)
{
    int y = digits(value, 4), m, d;

    if (y < 0)
        return false;
    if (value[4] == '\0')
        return tl_date_set(out, y, 1, 1, TD_DATE_YEAR);
    if (value[4] != '-' || (m = digits(value + 5, 2)) < 0)
        return false;
    if (value[7] == '\0')
        return tl_date_set(out, y, m, 1, TD_DATE_MONTH);
    if (value[7] != '-' || (d = digits(value + 8, 2)) < 0)
        return false;
    /* A time of day ("T20:00", "TNI") still places the event on its day. */
    if (value[10] != '\0' && value[10] != 'T')
        return false;
    return tl_date_set(out, y, m, d, TD_DATE_DAY);
}

bool tl_date_resolve(const char *value, int64_t ref_last_day, struct tl_date *out)
{
    int64_t y;
    int m, d = 1, rm, rd, back;
    enum td_date_precision prec = TD_DATE_MONTH;
    struct tl_date t;

    if (strncmp(value, "XXXX-", 5) != 0 || (m = digits(value + 5, 2)) < 0)
        return false;
    if (value[7] == '-') {
        if ((d = digits(value + 8, 2)) < 0 || (value[10] != '\0' && value[10] != 'T'))
            return false;
        prec = TD_DATE_DAY;
    } else if (value[7] != '\0') {
        return false;
    }
    time_civil_from_days(ref_last_day, &y, &rm, &rd);
    /* The latest year back from the reference where the day exists (February 29: 8 at most). */
    for (back = 0; back < 8; back++) {
        if (tl_date_set(&t, y - back, m, d, prec) && t.first_day <= ref_last_day) {
            *out = t;
            return true;
        }
    }
    return false;
}

bool tl_date_minus(const struct tl_date *t, const char *dur, enum td_date_precision prec,
                   struct tl_date *out)
{
    int64_t y, months, n = 0;
    int m, d, k;
    char unit;

    if (dur[0] != 'P')
        return false;
    for (k = 1; k < 5 && dur[k] >= '0' && dur[k] <= '9'; k++)
        n = n * 10 + (dur[k] - '0');
    unit = dur[k];
    if (k == 1 || unit == '\0' || dur[k + 1] != '\0')
        return false;
    if (prec > t->prec)
        prec = t->prec;
    time_civil_from_days(t->first_day, &y, &m, &d);
    if (unit == 'W' || unit == 'D') {
        time_civil_from_days(t->first_day - n * (unit == 'W' ? 7 : 1), &y, &m, &d);
    } else if (unit == 'Y' || unit == 'M') {
        months = y * 12 + (m - 1) - n * (unit == 'Y' ? 12 : 1);
        if (months < 12)
            return false;
        y = months / 12;
        m = (int)(months % 12) + 1;
        /* A year back from February 29 is February 28. */
        if (d > time_days_in_month(y, m))
            d = time_days_in_month(y, m);
    } else {
        return false;
    }
    return tl_date_set(out, y, m, d, prec);
}

/* "2021-12" and "2021-12-31" are different events even though one holds the other. */
bool tl_date_same(const struct tl_date *a, const struct tl_date *b)
{
    return a->prec == b->prec && strcmp(a->value, b->value) == 0;
}
