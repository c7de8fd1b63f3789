/*
 * timex_norm.c - turns the captures of a matched temporal rule into a
 * TIMEX3 value, with calendar arithmetic against the reference date (see
 * core/time.h). One normaliser per row of `norms[]`, indexed by
 * `enum tx_norm`; each returns false when the captures make no valid value.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/time.h"
#include "extract/timex_int.h"
#include "core/banned.h"

#define SET(c, k) ((c)->v[k] != TX_CAP_UNSET)

/* How far (in days) a tensed year-less date may lie on the wrong side of the reference. */
#define TENSE_SLACK_DAYS 7

/* Output of one normaliser: the buffer and its size. */
struct out {
    char *s;
    size_t size;
};

static bool put(struct out *o, const char *fmt, ...) TD_PRINTF(2, 3);
static bool put(struct out *o, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(o->s, o->size, fmt, ap);
    va_end(ap);
    return n > 0 && (size_t)n < o->size;
}

static int64_t days_of(const struct tx_ref *r)
{
    return time_days_from_civil(r->y, r->m, r->d);
}

/* 1 = Monday .. 7 = Sunday; 1970-01-01 was a Thursday. */
static int weekday_of(int64_t days)
{
    return (int)(((days % 7) + 7 + 3) % 7) + 1;
}

void timex_iso_week(int64_t y, int m, int d, int64_t *wy, int *wn)
{
    int64_t days = time_days_from_civil(y, m, d);
    int64_t thu = days - weekday_of(days) + 4;
    int tm, td;

    time_civil_from_days(thu, wy, &tm, &td);
    *wn = (int)((thu - time_days_from_civil(*wy, 1, 1)) / 7) + 1;
}

static bool put_days(struct out *o, int64_t days)
{
    int64_t y;
    int m, d;

    time_civil_from_days(days, &y, &m, &d);
    return put(o, "%04lld-%02d-%02d", (long long)y, m, d);
}

static bool put_week(struct out *o, int64_t days, const char *suffix)
{
    int64_t y, wy;
    int m, d, wn;

    time_civil_from_days(days, &y, &m, &d);
    timex_iso_week(y, m, d, &wy, &wn);
    return put(o, "%04lld-W%02d%s", (long long)wy, wn, suffix);
}

/* The year of a capture set: YEAR, else YY (two digits), else the anchor. */
static bool year_of(const struct tx_caps *c, const struct tx_ref *r, int64_t *y)
{
    if (SET(c, TX_C_YEAR))
        *y = c->v[TX_C_YEAR];
    else if (SET(c, TX_C_YY))
        *y = c->v[TX_C_YY] + (c->v[TX_C_YY] < 30 ? 2000 : 1900);
    else if (r->known)
        *y = r->y;
    else
        return false;
    return true;
}

/*
 * The year of an unanchored month `m` (day `d`): the one of the three years
 * around the reference that puts the date nearest to it, a future date
 * counting 1.75 times as far (news reports more than it announces), so
 * "December" in a January article is last December and "March" in a
 * November one is last March. The sentence's tense overrides that: a past
 * sentence takes the nearest date not after the reference ("it happened on
 * March 3" written in February is last year's), a future one the nearest
 * not before it. `d` 0 stands for the whole month.
 */
static int64_t near_year(const struct tx_ref *r, int m, int d)
{
    int64_t best = r->y, best_dist = -1, y;

    for (y = r->y - 1; y <= r->y + 1; y++) {
        int64_t dist = (y * 12 + m) * 31 + (d ? d : 15) - ((r->y * 12 + r->m) * 31 + r->d);
        /* d == 0: a whole month, compared with the reference's month; a
         * day may be a week off (the article date is often a day late) */
        int64_t side = d ? dist : (y * 12 + m) - (r->y * 12 + r->m);
        int64_t slack = d && !r->tense_word ? TENSE_SLACK_DAYS : 0;
        if ((r->date_tense < 0 && side > slack) || (r->date_tense > 0 && side < -slack))
            continue;
        dist = dist < 0 ? -dist * 4 : dist * 7 + 1;
        if (best_dist < 0 || dist < best_dist) {
            best = y;
            best_dist = dist;
        }
    }
    return best;
}

/* `year_of`, but a year taken from the reference is the nearest one. */
static bool year_near(const struct tx_caps *c, const struct tx_ref *r, int m, int d, int64_t *y)
{
    if (!year_of(c, r, y))
        return false;
    if (!SET(c, TX_C_YEAR) && !SET(c, TX_C_YY))
        *y = near_year(r, m, d);
    return true;
}

/* Rule argument "Y": REL names the year ("June last year", "marzo del año pasado"). */
static bool rel_year(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                     int64_t *y)
{
    if (ru->arg == NULL || ru->arg[0] != 'Y' || !SET(c, TX_C_REL) || !r->known ||
        SET(c, TX_C_YEAR))
        return false;
    *y = r->y + c->v[TX_C_REL];
    return true;
}

static const char *const part_names[] = {"", "MO", "AF", "EV", "NI"};

static const char *part_of(const struct tx_caps *c, const char *arg)
{
    if (SET(c, TX_C_PART) && c->v[TX_C_PART] >= 1 && c->v[TX_C_PART] <= 4)
        return part_names[c->v[TX_C_PART]];
    return arg != NULL ? arg : "";
}

static bool n_skip(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                   struct out *o)
{
    (void)ru;
    (void)c;
    (void)r;
    o->s[0] = '\0';
    return true;
}

static bool n_fixed(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                    struct out *o)
{
    (void)c;
    (void)r;
    return ru->arg != NULL && put(o, "%s", ru->arg);
}

/*
 * A year-less date with its weekday ("Saturday, April 25"): of `y` and the
 * years next to it, the one in which that day is that weekday, else `y`.
 */
static int64_t year_of_wday(int64_t y, int m, int d, int wd)
{
    static const int order[] = {0, -1, 1};
    size_t i;

    for (i = 0; i < 3; i++)
        if (time_valid_date(y + order[i], m, d) &&
            weekday_of(time_days_from_civil(y + order[i], m, d)) == wd)
            return y + order[i];
    return y;
}

/* The day of a TX_N_YMD match; 0 when there is none. */
static int ymd_day(const struct tx_rule *ru, const struct tx_caps *c)
{
    int d = c->v[TX_C_DAY];

    /* "the first week of March" (ORD) names the week of its 4th day; "the last
     * week of April" (arg "WL") the week of the 27th, four days before its end */
    if (!SET(c, TX_C_DAY) && SET(c, TX_C_ORD) && c->v[TX_C_ORD] >= 1 && c->v[TX_C_ORD] <= 4)
        return 7 * (c->v[TX_C_ORD] - 1) + 4;
    if (!SET(c, TX_C_DAY) && ru->arg != NULL && strcmp(ru->arg, "WL") == 0)
        return 27;
    /* arg "D": the first of the month, written as a word ("el primero de octubre") */
    if (ru->arg != NULL && ru->arg[0] == 'D')
        return 1;
    /* arg "N": the first day of a range, a NUM before the end DAY ("del 3 al 5 de marzo") */
    if (ru->arg != NULL && ru->arg[0] == 'N')
        return SET(c, TX_C_NUM) && SET(c, TX_C_DAY) && c->v[TX_C_NUM] < d ? c->v[TX_C_NUM] : 0;
    return d;
}

static int64_t nth_weekday(int64_t y, int m, int nth, int wd);

/*
 * `arg` "O": the ORDth WDAY of MONTH ("the first Monday in September"),
 * "OL": the last one ("the last Sunday of May"); the year as for a date
 * in the middle of that month.
 */
static bool ord_wday(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                     struct out *o)
{
    int m = c->v[TX_C_MONTH], nth = ru->arg[1] == 'L' ? -1 : c->v[TX_C_ORD], mm, dd;
    int64_t y, days;

    if (!SET(c, TX_C_MONTH) || !SET(c, TX_C_WDAY) || (nth != -1 && (nth < 1 || nth > 5)))
        return false;
    if (!rel_year(ru, c, r, &y) && !year_near(c, r, m, 15, &y))
        return false;
    days = nth_weekday(y, m, nth, c->v[TX_C_WDAY]);
    time_civil_from_days(days, &y, &mm, &dd);
    return mm == m && put_days(o, days);
}

static bool n_ymd(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *ref,
                  struct out *o)
{
    int m = c->v[TX_C_MONTH], d = ymd_day(ru, c);
    struct tx_ref dir = *ref;
    const struct tx_ref *r = &dir;
    int64_t y;

    if (ru->arg != NULL && ru->arg[0] == 'O')
        return ord_wday(ru, c, ref, o);
    if (!SET(c, TX_C_MONTH) || d < 1 || d > 31)
        return false;
    /* "el pasado 7 de enero", "el 15 de marzo pasado": the word sets the direction */
    if (SET(c, TX_C_REL) && c->v[TX_C_REL] != 0) {
        dir.date_tense = c->v[TX_C_REL];
        dir.tense_word = true;
    }
    if (!rel_year(ru, c, r, &y) && !year_near(c, r, m, d, &y))
        return ru->arg != NULL && ru->arg[0] == 'W' ? put(o, "XXXX-WXX")
                                                    : put(o, "XXXX-%02d-%02d", m, d);
    if (!SET(c, TX_C_YEAR) && SET(c, TX_C_WDAY))
        y = year_of_wday(y, m, d, c->v[TX_C_WDAY]);
    if (!time_valid_date(y, m, d))
        return false;
    /* arg "W": the week of that day ("the week of March 6"); "WE": its weekend
     * ("the weekend of March 5-6") */
    if (ru->arg != NULL && ru->arg[0] == 'W')
        return put_week(o, time_days_from_civil(y, m, d), strcmp(ru->arg, "WE") == 0 ? "-WE" : "");
    /* "the morning of March 5": a part of that day */
    if (SET(c, TX_C_PART))
        return put(o, "%04lld-%02d-%02dT%s", (long long)y, m, d, part_of(c, NULL));
    return put(o, "%04lld-%02d-%02d", (long long)y, m, d);
}

static bool n_ym(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                 struct out *o)
{
    int64_t y;

    if (!SET(c, TX_C_MONTH))
        return false;
    if (!rel_year(ru, c, r, &y) && !year_near(c, r, c->v[TX_C_MONTH], 0, &y))
        return put(o, "XXXX-%02d", c->v[TX_C_MONTH]);
    return put(o, "%04lld-%02d", (long long)y, c->v[TX_C_MONTH]);
}

static bool n_y(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                struct out *o)
{
    int64_t y;

    (void)ru;
    if (!SET(c, TX_C_YEAR) && !SET(c, TX_C_YY))
        return false;
    return year_of(c, r, &y) && put(o, "%04lld", (long long)y);
}

static bool n_decade(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                     struct out *o)
{
    int64_t y;

    (void)ru;
    if (SET(c, TX_C_YEAR) && c->v[TX_C_YEAR] % 10 != 0)
        return false;
    /* a spelled-out decade of the 1900s: "los años ochenta" */
    if (!SET(c, TX_C_YEAR) && !SET(c, TX_C_YY) && SET(c, TX_C_NUM))
        return c->v[TX_C_NUM] >= 10 && c->v[TX_C_NUM] <= 90 && c->v[TX_C_NUM] % 10 == 0 &&
               put(o, "19%d", c->v[TX_C_NUM] / 10);
    if (!SET(c, TX_C_YEAR) && !SET(c, TX_C_YY))
        return false;
    return year_of(c, r, &y) && put(o, "%03lld", (long long)(y / 10));
}

static bool n_century(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                      struct out *o)
{
    (void)ru;
    (void)r;
    return SET(c, TX_C_ORD) && c->v[TX_C_ORD] >= 1 && c->v[TX_C_ORD] <= 30 &&
           put(o, "%02d", c->v[TX_C_ORD] - 1);
}

/* A date `off` days from the reference, with an optional part of day. */
static bool put_rel_day(struct out *o, const struct tx_ref *r, int64_t off, const char *part)
{
    char date[24];
    struct out od = {date, sizeof(date)};

    if (!r->known)
        return put(o, "XXXX-XX-XX%s%s", part[0] ? "T" : "", part);
    if (!put_days(&od, days_of(r) + off))
        return false;
    return put(o, "%s%s%s", date, part[0] ? "T" : "", part);
}

/*
 * `arg` is a part of day ("MO"), or a signed day offset ("-2") for a
 * deictic written as several words ("avant-hier", "pasado mañana"), whose
 * captured DEIC would be that of one of its words, optionally followed by
 * a part of day ("-1NI": "anoche").
 */
static bool n_deic(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                   struct out *o)
{
    int off = SET(c, TX_C_DEIC) ? c->v[TX_C_DEIC] : 0;

    if (ru->arg != NULL && (ru->arg[0] == '-' || ru->arg[0] == '+')) {
        char *end;
        long fixed = strtol(ru->arg, &end, 10);

        /* "-1NI": a fixed offset with its part of the day ("anoche") */
        return put_rel_day(o, r, fixed, part_of(c, *end != '\0' ? end : NULL));
    }
    return put_rel_day(o, r, off, part_of(c, ru->arg));
}

/* Day offset from the reference to weekday `wd` given a direction. */
static int64_t wday_offset(const struct tx_ref *r, int wd, int rel, bool has_rel)
{
    int diff = wd - weekday_of(days_of(r));

    if (has_rel && rel < 0)
        return diff >= 0 ? diff - 7 : diff;
    if (has_rel && rel > 0)
        return diff <= 0 ? diff + 7 : diff;
    /* "this Sunday": the one of this week, unless the verb says otherwise */
    if (has_rel && r->tense < 0 && diff > 0)
        return diff - 7;
    if (has_rel && r->tense > 0 && diff < 0)
        return diff + 7;
    if (has_rel || diff == 0)
        return diff;
    if (r->tense > 0)
        return diff > 0 ? diff : diff + 7;
    return diff < 0 ? diff : diff - 7;
}

static bool n_wday(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                   struct out *o)
{
    if (!SET(c, TX_C_WDAY))
        return false;
    /* arg "+": the coming one ("el lunes que viene"); "F": a future verb makes the
     * reference's own weekday next week's ("llegará el viernes" written on a Friday: that
     * day would be "hoy"); otherwise a part of day */
    bool ahead = ru->arg != NULL && ru->arg[0] == '+';
    bool next_week = ru->arg != NULL && ru->arg[0] == 'F';
    /* round 24: arg "-NI": the night before the (last) weekday captured ("in der Nacht zum
     * Freitag", "la nuit de lundi à mardi": Thursday's, Monday's night) */
    int eve = ru->arg != NULL && ru->arg[0] == '-' ? 1 : 0;
    const char *part = part_of(c, ahead || next_week ? NULL : eve ? ru->arg + 1 : ru->arg);

    if (!r->known)
        return put_rel_day(o, r, 0, part);
    /* arg "W": that weekday of the week REL names ("el martes de la semana pasada"); "W+":
     * of the coming week ("de la semana que viene") */
    if (ru->arg != NULL && ru->arg[0] == 'W') {
        int rel = ru->arg[1] == '+' ? 1 : SET(c, TX_C_REL) ? c->v[TX_C_REL] : 0;
        return put_rel_day(o, r, c->v[TX_C_WDAY] - weekday_of(days_of(r)) + 7 * rel,
                           part_of(c, NULL));
    }
    if (ahead)
        return put_rel_day(o, r, wday_offset(r, c->v[TX_C_WDAY], 1, true), part);
    if (next_week && !SET(c, TX_C_REL) && r->tense > 0 &&
        c->v[TX_C_WDAY] == weekday_of(days_of(r)))
        return put_rel_day(o, r, 7, part);
    int64_t k = wday_offset(r, c->v[TX_C_WDAY], c->v[TX_C_REL], SET(c, TX_C_REL)) - eve;
    /* the night before a weekday: the day before that weekday, or the eve's weekday
     * itself, whichever is nearer the reference ("la nuit de samedi à dimanche" written
     * on a Saturday is that night, not the last Sunday's eve) */
    if (eve) {
        int64_t k2 = wday_offset(r, c->v[TX_C_WDAY] == 1 ? 7 : c->v[TX_C_WDAY] - 1, c->v[TX_C_REL],
                                 SET(c, TX_C_REL));
        k = llabs(k2) < llabs(k) ? k2 : k;
    }
    return put_rel_day(o, r, k, part);
}

/* The reference shifted by `n` units of `unit`, at that unit's granularity. */
static bool put_shift(struct out *o, const struct tx_ref *r, int unit, int64_t n)
{
    int64_t mi = r->y * 12 + (r->m - 1) + n, q;

    if (!r->known)
        return put(o, "%s", unit == TX_U_MONTH ? "XXXX-XX" : unit == TX_U_WEEK ? "XXXX-WXX"
                                                           : unit == TX_U_DAY ? "XXXX-XX-XX"
                                                                              : "XXXX");
    switch (unit) {
    case TX_U_DAY: return put_days(o, days_of(r) + n);
    case TX_U_WEEK: return put_week(o, days_of(r) + 7 * n, "");
    case TX_U_WEEKEND: return put_week(o, days_of(r) + 7 * n, "-WE");
    case TX_U_MONTH: return put(o, "%04lld-%02d", (long long)(mi / 12), (int)(mi % 12) + 1);
    case TX_U_QUARTER:
        q = r->y * 4 + (r->m - 1) / 3 + n;
        return put(o, "%04lld-Q%d", (long long)(q / 4), (int)(q % 4) + 1);
    case TX_U_YEAR: return put(o, "%04lld", (long long)(r->y + n));
    case TX_U_DECADE: return put(o, "%03lld", (long long)(r->y / 10 + n));
    case TX_U_CENTURY: return put(o, "%02lld", (long long)(r->y / 100 + n));
    default: return put_days(o, days_of(r));
    }
}

/*
 * Whether a year rule with `arg` "9q" names the year of a fourth quarter the text named, the
 * year before the reference's: "profit fell in the fourth quarter ... For the full year", in
 * March, is last year (round 16).
 */
static bool full_year_of_q4(const struct tx_rule *ru, const struct tx_ref *r, int unit)
{
    return ru->arg != NULL && ru->arg[1] == 'q' && unit == TX_U_YEAR && r->known &&
           r->qknown && r->qn == 4 && r->qy == r->y - 1;
}

/*
 * Whether a weekend rule of `n_rel_unit` means the last weekend, on a reference from Monday to
 * Friday: arg "5p", "the weekend", unless the sentence is in the future; arg "5t" (round 27),
 * "este fin de semana", only when it looks back (else this week's).
 */
static bool last_weekend(const struct tx_rule *ru, const struct tx_ref *r)
{
    if (ru->arg == NULL || !r->known || weekday_of(days_of(r)) >= 6)
        return false;
    return (ru->arg[1] == 'p' && r->tense <= 0) || (ru->arg[1] == 't' && r->tense < 0);
}

static bool n_rel_unit(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                       struct out *o)
{
    int unit = c->v[TX_C_UNIT], rel = SET(c, TX_C_REL) ? c->v[TX_C_REL] : 0;
    char *end;

    /* A rule without a UNIT element names its unit in `arg` ("the weekend"), and may
     * follow it with a relation ("9-1": last year, Greek "πέρσι"). */
    if (!SET(c, TX_C_UNIT)) {
        unit = ru->arg != NULL ? (int)strtol(ru->arg, &end, 10) : 0;
        if (ru->arg != NULL && (*end == '-' || *end == '+'))
            rel = (int)strtol(end, NULL, 10);
    }
    if (unit == 0)
        return false;
    /* arg "9e": the last day of the year ("by year end"); of the year before in a past
     * sentence ("rose 5% since year-end" in January) */
    if (ru->arg != NULL && ru->arg[1] == 'e' && unit == TX_U_YEAR && r->known)
        return put(o, "%04lld-12-31", (long long)(r->y - (r->date_tense < 0 ? 1 : 0)));
    if (full_year_of_q4(ru, r, unit))
        return put(o, "%04lld", (long long)r->qy);
    if (last_weekend(ru, r))
        return put_shift(o, r, unit, -1);
    /* "next weekend" on a weekday is the coming one, of this week */
    if (unit == TX_U_WEEKEND && SET(c, TX_C_REL) && c->v[TX_C_REL] > 0 && r->known &&
        weekday_of(days_of(r)) < 6)
        return put_shift(o, r, unit, 0);
    return put_shift(o, r, unit, rel);
}

static bool n_rel_month(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                        struct out *o)
{
    int m = c->v[TX_C_MONTH], rel = SET(c, TX_C_REL) ? c->v[TX_C_REL] : 0;
    int64_t y;

    (void)ru;
    if (!SET(c, TX_C_MONTH))
        return false;
    if (!r->known)
        return put(o, "XXXX-%02d", m);
    y = r->y;
    if (rel < 0 && m >= r->m)
        y--;
    if (rel > 0 && m <= r->m)
        y++;
    return put(o, "%04lld-%02d", (long long)y, m);
}

static const char *const season_names[] = {"", "SP", "SU", "FA", "WI"};

/*
 * `arg` "T": a bare season ("en verano") is the one under way or next to the reference,
 * moved by the tense: a past sentence takes the last one begun by then, a future one the
 * next one not over ("en primavera" said in October is the coming spring). A winter is
 * the year it begins in (December).
 */
static bool season_by_tense(const struct tx_ref *r, int s, struct out *o)
{
    int64_t y = r->y - (s == TX_S_WI && r->m < 3 ? 1 : 0);
    int64_t start = y * 12 + 3 * s, now = r->y * 12 + r->m; /* months: SP 3, ..., WI 12 */

    /* the verb of a weekday when none is close enough for a date (round 16: "will present a
     * new strategy at an investor meeting in the spring", said in November) */
    int tense = r->date_tense != 0 ? r->date_tense : r->tense;

    if (tense < 0 && start > now)
        y--;
    else if (tense > 0 && start + 2 < now)
        y++;
    return put(o, "%04lld-%s", (long long)y, season_names[s]);
}

static bool n_season(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                     struct out *o)
{
    int s = c->v[TX_C_SEASON], cur, rel = SET(c, TX_C_REL) ? c->v[TX_C_REL] : 0;
    int64_t y;

    if (!SET(c, TX_C_SEASON) || s < 1 || s > 4)
        return false;
    if (SET(c, TX_C_YEAR) || !r->known)
        return year_of(c, r, &y) ? put(o, "%04lld-%s", (long long)y, season_names[s])
                                 : put(o, "XXXX-%s", season_names[s]);
    if (ru->arg != NULL && ru->arg[0] == 'T' && rel == 0)
        return season_by_tense(r, s, o);
    /* `arg` "Y": REL moves the year, not the season ("the fall of last year"); "Y+": the
     * next year ("el verano del año que viene") */
    if (ru->arg != NULL && ru->arg[0] == 'Y')
        return put(o, "%04lld-%s", (long long)(r->y + rel + (ru->arg[1] == '+')), season_names[s]);
    cur = r->m == 12 ? 4 : r->m < 3 ? 4 : (r->m - 3) / 3 + 1;
    /* January and February lie in the winter that began the year before, so
     * "last summer" in January 2022 is 2021-SU, not 2022-SU; `arg` "W": so does
     * this winter ("este invierno" in January 2022 is 2021-WI) */
    y = r->m < 3 && (rel != 0 || (s == TX_S_WI && ru->arg != NULL && ru->arg[0] == 'W'))
            ? r->y - 1
            : r->y;
    y += (rel < 0 && s >= cur ? -1 : 0) + (rel > 0 && s <= cur ? 1 : 0);
    return put(o, "%04lld-%s", (long long)y, season_names[s]);
}

/*
 * The number of the quarter a match names: its ordinal, else its last month
 * ("the July-September quarter"), else the quarter under discussion; `arg`
 * "L": the last one ("the final quarter of 2012"). 0: none.
 */
static int quarter_num(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r)
{
    if (ru->arg != NULL && ru->arg[0] == 'L')
        return 4;
    if (SET(c, TX_C_ORD))
        return c->v[TX_C_ORD];
    if (SET(c, TX_C_MONTH))
        return (c->v[TX_C_MONTH] - 1) / 3 + 1;
    return r->qknown ? r->qn : 0;
}

/*
 * The year of quarter `q` when the text wrote none: `y` (the reference's) moved by REL or by
 * a year offset in `arg`. A past sentence reports a quarter that is over: "fourth-quarter
 * profit fell" in March is last year's; `arg` "P": so does a sentence with no future verb
 * when the quarter is two or more ahead ("los resultados del cuarto trimestre" in January).
 */
static int64_t quarter_year(const struct tx_rule *ru, const struct tx_caps *c,
                            const struct tx_ref *r, int q, int64_t y)
{
    bool past = ru->arg != NULL && ru->arg[0] == 'P';

    /* a year offset; "L" (quarter_num) is none */
    if (ru->arg != NULL && !past && ru->arg[0] != 'L')
        y += strtol(ru->arg, NULL, 10);
    if (SET(c, TX_C_REL))
        return y + c->v[TX_C_REL];
    if ((ru->arg == NULL || past) && r->known && y == r->y &&
        ((r->tense < 0 && q > (r->m - 1) / 3 + 1) ||
         (past && r->tense == 0 && q >= (r->m - 1) / 3 + 3)))
        return y - 1;
    return y;
}

/*
 * An ordinal quarter of a year: a captured year, or this/next/last year
 * (REL), or `arg` years from the reference; without an ordinal, the
 * quarter under discussion ("the 1988 period").
 */
static bool n_quarter(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                      struct out *o)
{
    int q = quarter_num(ru, c, r);
    int64_t y;

    /* `arg` "Y": a comparison period of a written year with no quarter under discussion is
     * that year ("the same period of 2006") */
    if ((q < 1 || q > 4) && ru->arg != NULL && ru->arg[0] == 'Y' && SET(c, TX_C_YEAR))
        return put(o, "%04d", c->v[TX_C_YEAR]);
    if (q < 1 || q > 4)
        return false;
    if (!year_of(c, r, &y))
        return put(o, "XXXX-Q%d", q);
    if (!SET(c, TX_C_YEAR))
        y = quarter_year(ru, c, r, q, y);
    return put(o, "%04lld-Q%d", (long long)y, q);
}

static bool n_last_q(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                     struct out *o)
{
    int64_t q;

    (void)c;
    if (ru->arg != NULL && (ru->arg[0] == 'Q' || ru->arg[0] == 'T') && !r->qknown)
        return false;
    /* "T": the quarter the text named ("that quarter") */
    if (ru->arg != NULL && ru->arg[0] == 'T')
        return put(o, "%04lld-Q%d", (long long)r->qy, r->qn);
    /* "P", "N": the quarter before or after the one the text named ("el trimestre
     * anterior"), else before or after the reference's */
    if (ru->arg != NULL && (ru->arg[0] == 'P' || ru->arg[0] == 'N') && (r->qknown || r->known)) {
        q = r->qknown ? r->qy * 4 + r->qn - 1 : r->y * 4 + (r->m - 1) / 3;
        q += ru->arg[0] == 'P' ? -1 : 1;
        return put(o, "%04lld-Q%d", (long long)(q / 4), (int)(q % 4) + 1);
    }
    if (!r->known)
        return put(o, "XXXX-QX");
    q = r->y * 4 + (r->m - 1) / 3 - 1 + (ru->arg != NULL ? (int)strtol(ru->arg, NULL, 10) : 0);
    return put(o, "%04lld-Q%d", (long long)(q / 4), (int)(q % 4) + 1);
}

/*
 * `arg` "+": forward ("in three days"), else back ("three days ago"); "+d"
 * or "-d": one day, for a word with no UNIT ("le lendemain", "la veille");
 * "0d": that very day ("ese mismo día").
 */
/*
 * `n` and a half units before the reference ("a year and a half ago": 18
 * months back, a month; "half a century ago": 50 years back, a year). A
 * half of a smaller unit has no calendar value at that unit: n units back,
 * and the reference day for less than a day.
 */
static bool ago_half(struct out *o, const struct tx_ref *r, int unit, int64_t n)
{
    switch (unit) {
    case TX_U_YEAR: return put_shift(o, r, TX_U_MONTH, -(12 * n + 6));
    case TX_U_DECADE: return put_shift(o, r, TX_U_YEAR, -(10 * n + 5));
    case TX_U_CENTURY: return put_shift(o, r, TX_U_YEAR, -(100 * n + 50));
    default: break;
    }
    if (unit < TX_U_DAY) /* "half an hour ago": the reference day */
        return put_shift(o, r, TX_U_DAY, 0);
    return put_shift(o, r, unit, -n);
}

/* The count of `n_ago`: "0" the unit the anchor is in, "2" "a couple of", "6" "half a dozen",
 * else the captured number or one. */
static int64_t ago_count(const char *a, const struct tx_caps *c)
{
    if (a[0] == '0' || a[0] == '2' || a[0] == '6')
        return a[0] - '0';
    return SET(c, TX_C_NUM) ? c->v[TX_C_NUM] : 1;
}

/* "M" with a year: the month the story is at, in that year ("el mismo mes de 2023", round 16). */
static bool month_in_year(const struct tx_caps *c, const struct tx_ref *r, int unit, struct out *o)
{
    return unit == TX_U_MONTH && r->known && put(o, "%04d-%02d", c->v[TX_C_YEAR], r->m);
}

/*
 * Whether "a year ago" is the quarter under discussion a year back: the
 * latest completed quarter the text named (no arg, "-y"), or with arg "Q"
 * ("el mismo trimestre del año pasado") also the last one it wrote, the
 * current one too ("los resultados del tercer trimestre fiscal" in July).
 */
static bool year_back_quarter(const struct tx_rule *ru, const struct tx_ref *r)
{
    if (ru->arg == NULL || strcmp(ru->arg, "-y") == 0)
        return r->qknown;
    return ru->arg[0] == 'Q' && (r->qknown || r->qnamed);
}

static bool n_ago(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                  struct out *o)
{
    const char *a = ru->arg != NULL ? ru->arg : "";
    int64_t n = ago_count(a, c);
    bool fwd = a[0] == '+';
    bool one_day = a[0] != '\0' && a[1] == 'd';
    int unit = SET(c, TX_C_UNIT) ? c->v[TX_C_UNIT] : one_day ? TX_U_DAY : 0;

    if (a[0] == 'M' && SET(c, TX_C_YEAR))
        return month_in_year(c, r, unit, o);
    if (unit == 0)
        return false;
    if (a[0] == 'h')
        return ago_half(o, r, unit, a[1] == '0' ? 0 : n);
    /* "M": the month the story is at, `n` years back ("el mismo mes del año anterior") */
    if (a[0] == 'M')
        return unit == TX_U_YEAR && put_shift(o, r, TX_U_MONTH, -12 * n);
    if (SET(c, TX_C_FEW))
        return put(o, "%s", fwd ? "FUTURE_REF" : "PAST_REF");
    if (unit == TX_U_DECADE || unit == TX_U_CENTURY) {
        n *= unit == TX_U_DECADE ? 10 : 100;
        unit = TX_U_YEAR;
    }
    if (unit < TX_U_DAY)
        unit = TX_U_DAY, n = 0;
    if (unit == TX_U_YEAR && n == 1 && year_back_quarter(ru, r))
        return put(o, "%04lld-Q%d", (long long)((r->qknown ? r->qy : r->qny) - 1),
                   r->qknown ? r->qn : r->qnn);
    return put_shift(o, r, unit, fwd ? n : -n);
}

/*
 * TX_N_NEXT: `n_ago` from the day the story is at, or a weekday after or
 * before it ("el martes siguiente", "el lunes anterior"), or a part of that
 * day or the next or previous one for a TIME rule ("esa misma noche" "0d",
 * "la mañana siguiente" "+d").
 */
static bool n_next(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                   struct out *o)
{
    const char *a = ru->arg != NULL ? ru->arg : "";
    bool fwd = a[0] == '+';

    if (SET(c, TX_C_WDAY) && r->known)
        return put_rel_day(o, r, wday_offset(r, c->v[TX_C_WDAY], fwd ? 1 : -1, true),
                           part_of(c, NULL));
    /* a day of the month the story is at: "el 24 de ese mes" */
    if (SET(c, TX_C_DAY))
        return SET(c, TX_C_UNIT) && c->v[TX_C_UNIT] == TX_U_MONTH && r->known &&
               time_valid_date(r->y, r->m, c->v[TX_C_DAY]) &&
               put(o, "%04lld-%02d-%02d", (long long)r->y, r->m, c->v[TX_C_DAY]);
    /* "0r": that very moment ("en ese momento"), the day the story is at, else a vague
     * past or future by the tense; "0t" the same for "hasta entonces" (round 26; the caller
     * gives a month named after that day first) */
    if (a[0] == '0' && (a[1] == 'r' || a[1] == 't'))
        return r->day_known ? put_rel_day(o, r, 0, "")
                            : put(o, "%s", r->tense > 0 ? "FUTURE_REF" : "PAST_REF");
    /* a TIME rule keeps the part ("la mañana siguiente"); a DATE rule is the day itself
     * ("the next morning", as TBAQ tags it) */
    if (SET(c, TX_C_PART) && ru->type == TD_TIMEX_TIME && a[0] != '\0' && a[1] == 'd')
        return put_rel_day(o, r, a[0] == '0' ? 0 : fwd ? 1 : -1, part_of(c, NULL));
    return n_ago(ru, c, r, o);
}

/* Letter and scale of a duration unit ("Y" x1 for years, "Y" x10 for decades). */
static bool unit_code(int unit, const char **t, const char **letter, int *scale)
{
    static const struct { int unit; const char *t, *letter; int scale; } codes[] = {
        {TX_U_SEC, "T", "S", 1},   {TX_U_MIN, "T", "M", 1},     {TX_U_HOUR, "T", "H", 1},
        {TX_U_DAY, "", "D", 1},    {TX_U_WEEKEND, "", "WE", 1}, {TX_U_WEEK, "", "W", 1},
        {TX_U_MONTH, "", "M", 1},  {TX_U_QUARTER, "", "Q", 1},  {TX_U_YEAR, "", "Y", 1},
        {TX_U_DECADE, "", "DE", 1}, {TX_U_CENTURY, "", "CE", 1},
    };
    size_t i;

    for (i = 0; i < sizeof(codes) / sizeof(codes[0]); i++) {
        if (codes[i].unit == unit) {
            *t = codes[i].t;
            *letter = codes[i].letter;
            *scale = codes[i].scale;
            return true;
        }
    }
    return false;
}

/*
 * `n` and a half units ("2 1/2 years"), written in the next smaller unit as
 * TimeML does: P2Y6M, PT5H30M, PT1M30S; false for seconds.
 */
static bool put_half(struct out *o, int unit, int n)
{
    switch (unit) {
    case TX_U_MIN: return put(o, "PT%dM30S", n);
    case TX_U_HOUR: return put(o, "PT%dH30M", n);
    case TX_U_DAY: return put(o, "P%dDT12H", n);
    case TX_U_WEEK: return put(o, "P%dDT12H", n * 7 + 3);
    case TX_U_MONTH: return put(o, "P%dM15D", n);
    case TX_U_QUARTER: return put(o, "P%dM15D", n * 3 + 1);
    case TX_U_YEAR: return put(o, "P%dY6M", n);
    case TX_U_DECADE: return put(o, "P%dY", n * 10 + 5);
    case TX_U_CENTURY: return put(o, "P%dY", n * 100 + 50);
    default: return false;
    }
}

/*
 * The count of a duration as its rule's `arg` changes it: "F" one (a
 * frequency's count is no period), "2" two ("a couple of"), "6" six ("half a
 * dozen"), "A" only a dozen or a hundred ("a dozen years"; not "a five year
 * plan"). False: no duration.
 */
static bool dur_count(const char *arg, int *n)
{
    if (arg != NULL && arg[0] == 'F')
        *n = 1;
    if (arg != NULL && (arg[0] == '2' || arg[0] == '6'))
        *n = arg[0] - '0';
    return arg == NULL || arg[0] != 'A' || *n == 12 || *n == 100;
}

static bool n_dur(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                  struct out *o)
{
    const char *t, *letter;
    int scale, n = SET(c, TX_C_NUM) ? c->v[TX_C_NUM] : 1;

    (void)r;
    if (!SET(c, TX_C_UNIT) || !unit_code(c->v[TX_C_UNIT], &t, &letter, &scale) ||
        !dur_count(ru->arg, &n))
        return false;
    if (ru->arg != NULL && ru->arg[0] == 'H')
        return SET(c, TX_C_UNIT) && n >= 1 && put_half(o, c->v[TX_C_UNIT], n);
    /* arg "X": an unknown count ("recent weeks", "los últimos años") */
    bool unknown = SET(c, TX_C_FEW) || n <= 0 || (ru->arg != NULL && ru->arg[0] == 'X');

    /* "a quarter" is mostly a fraction, but not "every quarter" (P1Q); two
     * quarters are six months */
    if (c->v[TX_C_UNIT] == TX_U_QUARTER && ru->norm == TX_N_SET && !unknown)
        return put(o, "P%dQ", n);
    if (c->v[TX_C_UNIT] == TX_U_QUARTER)
        return unknown ? put(o, "PXQ") : n > 1 && put(o, "P%dM", n * 3);
    if (c->v[TX_C_UNIT] == TX_U_DECADE && !unknown)
        return put(o, "P%dY", n * 10);
    if (c->v[TX_C_UNIT] == TX_U_CENTURY && !unknown)
        return put(o, "P%dY", n * 100);
    if (unknown)
        return put(o, "P%sX%s", t, letter);
    return put(o, "P%s%d%s", t, n * scale, letter);
}

/* An Easter Sunday (anonymous Gregorian algorithm) as days since 1970. */
static int64_t easter_days(int64_t y)
{
    int64_t a = y % 19, b = y / 100, cc = y % 100, d = b / 4, e = b % 4;
    int64_t f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
    int64_t i = cc / 4, k = cc % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    int64_t m = (a + 11 * h + 22 * l) / 451;
    int64_t month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

    return time_days_from_civil(y, (int)month, (int)day);
}

/* The `nth` weekday `wd` of month `m` (nth -1: the last one). */
static int64_t nth_weekday(int64_t y, int m, int nth, int wd)
{
    int64_t first = time_days_from_civil(y, m, 1), last;

    if (nth > 0)
        return first + (wd - weekday_of(first) + 7) % 7 + 7 * (nth - 1);
    last = first + time_days_in_month(y, m) - 1;
    return last - (weekday_of(last) - wd + 7) % 7;
}

/*
 * The day of holiday `a` ("MM-DD", "M/N/W", "M/N/W+K", "E+N", "MM-DD/W": the
 * first weekday W on or after that day) in year `y`, as days since 1970;
 * false for a malformed argument.
 */
static bool holiday_days(const char *a, int64_t y, int64_t *days)
{
    int m, d, nth, wd, used = 0;

    if (a[0] == 'E') {
        *days = easter_days(y) + strtol(a + 1, NULL, 10);
        return true;
    }
    if (sscanf(a, "%d-%d/%d", &m, &d, &wd) == 3 && time_valid_date(y, m, d) && wd >= 1 &&
        wd <= 7) {
        *days = time_days_from_civil(y, m, d);
        *days += (wd - weekday_of(*days) + 7) % 7;
        return true;
    }
    if (sscanf(a, "%d/%d/%d%n", &m, &nth, &wd, &used) == 3 && m >= 1 && m <= 12) {
        /* "M/N/W+K": K days after ("Black Friday": 11/4/4+1) */
        *days = nth_weekday(y, m, nth, wd) + strtol(a + used, NULL, 10);
        return true;
    }
    if (sscanf(a, "%d-%d", &m, &d) == 2 && time_valid_date(y, m, d)) {
        *days = time_days_from_civil(y, m, d);
        return true;
    }
    return false;
}

static bool n_holiday(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *ref,
                      struct out *o)
{
    const char *a = ru->arg;
    struct tx_ref dir = *ref;
    const struct tx_ref *r = &dir;
    int64_t y, days;
    int m, d;

    if (a == NULL)
        return false;
    /* "last Thanksgiving", "next Easter": the word sets the direction */
    if (SET(c, TX_C_REL) && c->v[TX_C_REL] != 0) {
        dir.date_tense = c->v[TX_C_REL];
        dir.tense_word = true;
    }
    /* The year is chosen with the holiday's own day in the reference year
     * ("New Year's Day" a week before the article is this year's, not a
     * month from the 15th) */
    if (!year_of(c, r, &y)) {
        if (sscanf(a, "%d-%d", &m, &d) == 2 && strchr(a, '/') == NULL)
            return put(o, "XXXX-%02d-%02d", m, d);
        return put(o, "XXXX-XX-XX");
    }
    if (!holiday_days(a, y, &days))
        return false;
    time_civil_from_days(days, &y, &m, &d);
    if (!year_near(c, r, m, d, &y) || !holiday_days(a, y, &days))
        return false;
    /* "Easter week", "the Labor Day weekend": the week or the weekend of the day (a
     * Monday holiday ends the weekend before its ISO week) */
    if (SET(c, TX_C_UNIT) && c->v[TX_C_UNIT] == TX_U_WEEK)
        return put_week(o, days, "");
    if (SET(c, TX_C_UNIT) && c->v[TX_C_UNIT] == TX_U_WEEKEND)
        return put_week(o, (days % 7 + 10) % 7 == 0 ? days - 1 : days, "-WE");
    return put_days(o, days);
}

/* The day of a time: a captured weekday, month and day, or day offset. */
static bool time_day(const struct tx_caps *c, const struct tx_ref *r, int64_t *days)
{
    int64_t y;

    if (SET(c, TX_C_MONTH) && SET(c, TX_C_DAY)) {
        if (!year_near(c, r, c->v[TX_C_MONTH], c->v[TX_C_DAY], &y) ||
            !time_valid_date(y, c->v[TX_C_MONTH], c->v[TX_C_DAY]))
            return false;
        *days = time_days_from_civil(y, c->v[TX_C_MONTH], c->v[TX_C_DAY]);
        return true;
    }
    if (!r->known)
        return false;
    *days = days_of(r) + (SET(c, TX_C_DEIC) ? c->v[TX_C_DEIC] : 0);
    if (SET(c, TX_C_WDAY))
        *days = days_of(r) + wday_offset(r, c->v[TX_C_WDAY], 0, false);
    return true;
}

/* `arg`: "am" or "pm" for the hour, "noon" or "midnight" for a fixed one. */
/* `arg` "+30": minutes past the hour ("las 10 y media"), "-15": before it ("las 8 menos
 * cuarto"); `*h` and `*mi` are the hour and minute of the match. */
static void quarter_minutes(const char *arg, int *h, int *mi)
{
    *mi = (int)strtol(arg + 1, NULL, 10);
    if (arg[0] == '-') {
        *h = *h == 0 ? 23 : *h - 1;
        *mi = 60 - *mi;
    }
}

static bool n_time(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                   struct out *o)
{
    const char *a = ru->arg != NULL ? ru->arg : "";
    int h = c->v[TX_C_HOUR], mi = SET(c, TX_C_MIN) ? c->v[TX_C_MIN] : 0;
    char date[24];
    struct out od = {date, sizeof(date)};
    int64_t days;

    /* HHMM: both in one capture ("0400 GMT") */
    if (SET(c, TX_C_HOUR) && h >= 100) {
        mi = h % 100;
        h /= 100;
    }
    if (strcmp(a, "noon") == 0 || strcmp(a, "midnight") == 0)
        h = a[0] == 'n' ? 12 : 24;
    else if (!SET(c, TX_C_HOUR))
        return false;
    if (a[0] == '+' || a[0] == '-')
        quarter_minutes(a, &h, &mi);
    if (strcmp(a, "pm") == 0 && h < 12)
        h += 12;
    if (strcmp(a, "am") == 0 && h == 12)
        h = 0;
    if (h > 24 || ((a[0] == 'a' || a[0] == 'p') && c->v[TX_C_HOUR] > 12))
        return false;
    if (!r->known && !SET(c, TX_C_MONTH))
        return put(o, "XXXX-XX-XXT%02d:%02d", h, mi);
    if (!time_day(c, r, &days))
        return false;
    return put_days(&od, days) && put(o, "%sT%02d:%02d", date, h, mi);
}

static bool n_part(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                   struct out *o)
{
    int rel = SET(c, TX_C_REL) ? c->v[TX_C_REL] : 0;

    return put_rel_day(o, r, rel, part_of(c, ru->arg));
}

/* arg "1" or "2": a half of a captured year, or of the reference year moved by REL; "1+",
 * "2+": of the year after the reference's ("el primer semestre del año que viene"). */
static bool n_half(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                   struct out *o)
{
    int h = ru->arg != NULL ? (int)strtol(ru->arg, NULL, 10) : 0;
    int64_t y;

    if (h < 1 || h > 2)
        return false;
    /* round 25: arg "1Q", "2Q": a half alone ("the first half"), only in a text that named a
     * quarter; the reference's year, the one before when a past verb speaks of a half not yet
     * over, the one after when a future verb speaks of one already over */
    if (ru->arg[1] == 'Q') {
        if (!r->known || !(r->qknown || r->qnamed))
            return false;
        y = r->y;
        if (r->tense < 0 && (h == 2 || r->m <= 6))
            y--;
        else if (r->tense > 0 && h == 1 && r->m > 6)
            y++;
        return put(o, "%04lld-H%d", (long long)y, h);
    }
    if (!year_of(c, r, &y))
        return put(o, "XXXX-H%d", h);
    if (!SET(c, TX_C_YEAR) && SET(c, TX_C_REL))
        y += c->v[TX_C_REL];
    if (!SET(c, TX_C_YEAR) && ru->arg[1] == '+')
        y++;
    return put(o, "%04lld-H%d", (long long)y, h);
}

static bool n_set_day(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                      struct out *o)
{
    const char *part = part_of(c, ru->arg);

    (void)r;
    if (SET(c, TX_C_MONTH))
        return put(o, "XXXX-%02d", c->v[TX_C_MONTH]);
    /* round 24: every summer ("ogni estate", "chaque été"): XXXX-SU */
    if (SET(c, TX_C_SEASON) && c->v[TX_C_SEASON] >= 1 && c->v[TX_C_SEASON] <= 4)
        return put(o, "XXXX-%s", season_names[c->v[TX_C_SEASON]]);
    if (!SET(c, TX_C_WDAY))
        return false;
    return put(o, "XXXX-WXX-%d%s%s", c->v[TX_C_WDAY], part[0] ? "T" : "", part);
}

/* "that year", "ese mismo año": the year the text last named, else the reference's; `arg`
 * a year offset from it ("翌年", the year after: "+1"). */
static bool n_that_year(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                        struct out *o)
{
    long off = ru->arg != NULL ? strtol(ru->arg, NULL, 10) : 0;
    int64_t y = r->yknown ? r->ly + off : r->y + off;
    int m = SET(c, TX_C_MONTH) ? c->v[TX_C_MONTH] : 0;

    if (!r->yknown && !r->known)
        return m > 0 ? put(o, "XXXX-%02d", m) : put(o, "XXXX");
    /* a month (and day) of that year: "junio de ese año", "June of that year" */
    if (m > 0 && SET(c, TX_C_DAY))
        return time_valid_date(y, m, c->v[TX_C_DAY]) &&
               put(o, "%04lld-%02d-%02d", (long long)y, m, c->v[TX_C_DAY]);
    if (m > 0)
        return put(o, "%04lld-%02d", (long long)y, m);
    return put(o, "%04lld", (long long)y);
}

/* The day `d` of the month `k` months from the reference's, as days since 1970; false if none. */
static bool day_in_month(const struct tx_ref *r, int k, int d, int64_t *days)
{
    int64_t mi = r->y * 12 + (r->m - 1) + k;
    int m = (int)(mi % 12) + 1;

    if (!time_valid_date(mi / 12, m, d))
        return false;
    *days = time_days_from_civil(mi / 12, m, d);
    return true;
}

/* The month offset (-1..1) where day `d` falls on the captured weekday; 2: none or no weekday. */
static int wday_month(const struct tx_caps *c, const struct tx_ref *r, int d)
{
    int64_t days;
    int k, wd_k = 2;

    for (k = -1; k <= 1 && SET(c, TX_C_WDAY); k++)
        if (day_in_month(r, k, d, &days) && weekday_of(days) == c->v[TX_C_WDAY])
            wd_k = k;
    return wd_k;
}

/*
 * A day of the month with the month left unsaid ("el día 14"): of the
 * reference's month and the months next to it, the last such day not after
 * the reference for a past REL or tense, the first not before it for a
 * future one, else the nearest. A weekday with it ("el lunes día 13") keeps
 * only a month where the day falls on it, when one of the three does.
 */
static bool n_day(const struct tx_rule *ru, const struct tx_caps *c, const struct tx_ref *r,
                  struct out *o)
{
    int d = c->v[TX_C_DAY], dir = SET(c, TX_C_REL) ? c->v[TX_C_REL] : r->date_tense;
    int64_t ref_days, best = 0, best_dist = -1, days, dist;
    int k, wd_k; /* the month offset where the weekday fits; 2: none */

    if (!SET(c, TX_C_DAY) || d < 1 || d > 31)
        return false;
    if (!r->known)
        return put(o, "XXXX-XX-%02d", d);
    /* arg "M": the day of the month REL names ("el 15 de este mes", "del mes pasado") */
    if (ru->arg != NULL && ru->arg[0] == 'M')
        return day_in_month(r, SET(c, TX_C_REL) ? c->v[TX_C_REL] : 0, d, &days) &&
               put_days(o, days);
    ref_days = days_of(r);
    wd_k = wday_month(c, r, d);
    for (k = -1; k <= 1; k++) {
        if (!day_in_month(r, k, d, &days) || (wd_k != 2 && k != wd_k))
            continue;
        if (wd_k == 2 && ((dir < 0 && days > ref_days) || (dir > 0 && days < ref_days)))
            continue;
        dist = days > ref_days ? days - ref_days : ref_days - days;
        if (best_dist < 0 || dist < best_dist) {
            best = days;
            best_dist = dist;
        }
    }
    return best_dist >= 0 && put_days(o, best);
}

typedef bool (*norm_fn)(const struct tx_rule *ru, const struct tx_caps *c,
                        const struct tx_ref *r, struct out *o);

/* One row per `enum tx_norm`, in enum order. */
static const norm_fn norms[TX_N_COUNT] = {
    [TX_N_FIXED] = n_fixed,         [TX_N_YMD] = n_ymd,         [TX_N_YM] = n_ym,
    [TX_N_Y] = n_y,                 [TX_N_DECADE] = n_decade,   [TX_N_CENTURY] = n_century,
    [TX_N_DEIC] = n_deic,           [TX_N_WDAY] = n_wday,       [TX_N_REL_UNIT] = n_rel_unit,
    [TX_N_REL_MONTH] = n_rel_month, [TX_N_SEASON] = n_season,   [TX_N_QUARTER] = n_quarter,
    [TX_N_LAST_Q] = n_last_q,       [TX_N_AGO] = n_ago,         [TX_N_DUR] = n_dur,
    [TX_N_SET] = n_dur,             [TX_N_HOLIDAY] = n_holiday, [TX_N_TIME] = n_time,
    [TX_N_PART] = n_part,           [TX_N_SKIP] = n_skip,       [TX_N_HALF] = n_half,
    [TX_N_SET_DAY] = n_set_day,     [TX_N_THAT_YEAR] = n_that_year,
    [TX_N_NEXT] = n_next,            [TX_N_DAY] = n_day,
};

/*
 * Whether a value names a year TIMEX3 can write: arithmetic far from the
 * reference ("1999 siglos antes", "la década pasada" in the year 1) gives
 * negative or five-digit years, which are dropped.
 */
static bool year_in_range(const char *value)
{
    size_t ndig = strspn(value, "0123456789");

    return value[0] != '-' && ndig <= 4;
}

bool timex_normalize(const struct tx_rule *rule, const struct tx_caps *caps,
                     const struct tx_ref *ref, char *out, size_t out_size)
{
    struct out o = {out, out_size};

    if ((size_t)rule->norm >= TX_N_COUNT || norms[rule->norm] == NULL)
        return false;
    return norms[rule->norm](rule, caps, ref, &o) && year_in_range(out);
}
