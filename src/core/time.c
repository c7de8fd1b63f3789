/*
 * time.c - proleptic Gregorian calendar arithmetic (the days-from-civil
 * algorithm, exact for all int64 years we accept) and a strict ISO 8601
 * parser. No libc time-zone functions are used, so results never depend on TZ.
 */
#include "core/time.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

int64_t time_days_from_civil(int64_t y, int m, int d)
{
    int64_t era, yoe, doy, doe;

    y -= m <= 2;
    era = (y >= 0 ? y : y - 399) / 400;
    yoe = y - era * 400;
    doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void time_civil_from_days(int64_t z, int64_t *y, int *m, int *d)
{
    int64_t era, doe, yoe, doy, mp;

    z += 719468;
    era = (z >= 0 ? z : z - 146096) / 146097;
    doe = z - era * 146097;
    yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = yoe + era * 400 + (*m <= 2);
}

int time_days_in_month(int64_t y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;

    if (m < 1 || m > 12)
        return 0;
    return m == 2 && leap ? 29 : dim[m - 1];
}

bool time_valid_date(int64_t y, int m, int d)
{
    return m >= 1 && m <= 12 && d >= 1 && d <= time_days_in_month(y, m);
}

/* Reads exactly `n` digits at `*p` (bounded by `end`) into `*out`. */
static bool digits(const char **p, const char *end, int n, int *out)
{
    int v = 0, i;

    if (end - *p < n)
        return false;
    for (i = 0; i < n; i++) {
        char c = (*p)[i];
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *p += n;
    *out = v;
    return true;
}

/* Parses "Z", "+hh:mm", "+hhmm" or "+hh" into seconds east of UTC. */
static enum td_err parse_offset(const char *p, const char *end, int *off_out,
                                struct td_error *err)
{
    int sign, hh, mm = 0;

    if (p == end) {
        *off_out = 0;
        return TD_OK;
    }
    if (*p == 'Z' || *p == 'z') {
        *off_out = 0;
        return p + 1 == end ? TD_OK : td_error_set(err, TD_ERR_PARSE, "trailing characters after 'Z'");
    }
    if (*p != '+' && *p != '-')
        return td_error_set(err, TD_ERR_PARSE, "expected a time-zone offset");
    sign = *p++ == '-' ? -1 : 1;
    if (!digits(&p, end, 2, &hh))
        return td_error_set(err, TD_ERR_PARSE, "bad time-zone offset");
    if (p < end && *p == ':')
        p++;
    if (p < end && !digits(&p, end, 2, &mm))
        return td_error_set(err, TD_ERR_PARSE, "bad time-zone offset");
    if (p != end)
        return td_error_set(err, TD_ERR_PARSE, "trailing characters after the offset");
    if (hh > 23 || mm > 59)
        return td_error_set(err, TD_ERR_INVALID, "impossible time-zone offset");
    *off_out = sign * (hh * 3600 + mm * 60);
    return TD_OK;
}

/* Parses "hh:mm[:ss[.fff]]" then an optional offset; returns seconds of day. */
static enum td_err parse_clock(const char *p, const char *end, int64_t *secs_out,
                               struct td_error *err)
{
    int hh, mi, ss = 0, off;
    enum td_err rc;

    if (!digits(&p, end, 2, &hh) || p >= end || *p++ != ':' || !digits(&p, end, 2, &mi))
        return td_error_set(err, TD_ERR_PARSE, "bad time of day");
    if (p < end && *p == ':') {
        p++;
        if (!digits(&p, end, 2, &ss))
            return td_error_set(err, TD_ERR_PARSE, "bad seconds");
        if (p < end && (*p == '.' || *p == ',')) {
            p++;
            if (p >= end || *p < '0' || *p > '9')
                return td_error_set(err, TD_ERR_PARSE, "bad fraction of a second");
            while (p < end && *p >= '0' && *p <= '9')
                p++;
        }
    }
    if (hh > 24 || mi > 59 || ss > 60 || (hh == 24 && (mi || ss)))
        return td_error_set(err, TD_ERR_INVALID, "impossible time of day");
    rc = parse_offset(p, end, &off, err);
    if (rc != TD_OK)
        return rc;
    *secs_out = (int64_t)hh * 3600 + mi * 60 + (ss == 60 ? 59 : ss) - off;
    return TD_OK;
}

enum td_err time_parse_iso8601(const char *s, size_t len, int64_t *unix_out,
                               enum time_precision *prec_out, struct td_error *err)
{
    const char *p = s, *end = s + len;
    int y, m = 1, d = 1;
    enum time_precision prec = TIME_PREC_YEAR;
    int64_t secs = 0;
    enum td_err rc;

    if (!digits(&p, end, 4, &y))
        return td_error_set(err, TD_ERR_PARSE, "expected a four-digit year");
    if (p < end && *p == '-') {
        p++;
        if (!digits(&p, end, 2, &m))
            return td_error_set(err, TD_ERR_PARSE, "expected a two-digit month");
        prec = TIME_PREC_MONTH;
        if (p < end && *p == '-') {
            p++;
            if (!digits(&p, end, 2, &d))
                return td_error_set(err, TD_ERR_PARSE, "expected a two-digit day");
            prec = TIME_PREC_DAY;
        }
    }
    if (m < 1 || m > 12 || !time_valid_date(y, m, d))
        return td_error_set(err, TD_ERR_INVALID, "impossible date");
    if (p < end) {
        if (prec != TIME_PREC_DAY || (*p != 'T' && *p != 't' && *p != ' '))
            return td_error_set(err, TD_ERR_PARSE, "unexpected characters after the date");
        rc = parse_clock(p + 1, end, &secs, err);
        if (rc != TD_OK)
            return rc;
        prec = TIME_PREC_SECOND;
    }
    *unix_out = time_days_from_civil(y, m, d) * 86400 + secs;
    if (prec_out != NULL)
        *prec_out = prec;
    return TD_OK;
}

int64_t time_day_of(int64_t unix_sec)
{
    return unix_sec / 86400 - (unix_sec % 86400 < 0);
}

void time_format_date(int64_t unix_sec, char *out, size_t out_size)
{
    int64_t days = time_day_of(unix_sec);
    int64_t y;
    int m, d;

    time_civil_from_days(days, &y, &m, &d);
    (void)snprintf(out, out_size, "%04lld-%02d-%02d", (long long)y, m, d);
}

double time_monotonic(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}
