/*
 * time.c - proleptic Gregorian calendar arithmetic (the days-from-civil
 * algorithm, exact for all int64 years we accept), a strict ISO 8601
 * parser, and `time_parse_date` for publication dates as feeds write them
 * (ISO 8601's basic form, RFC 5322). No libc time-zone functions are used,
 * so results never depend on TZ.
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

/*
 * Reads "hh" SEP "mm" [SEP "ss"] at `*pp`, SEP being `sep` (':'), or nothing
 * when `sep` is '\0' (ISO 8601's basic form, where seconds are there when a
 * digit follows). With `fraction`, a decimal fraction may follow the seconds,
 * or the minutes in the basic form. Ranges are the caller's to check.
 */
static enum td_err read_hms(const char **pp, const char *end, char sep, bool fraction, int *hh,
                            int *mi, int *ss, struct td_error *err)
{
    const char *p = *pp;
    bool has_ss;

    *ss = 0;
    if (!digits(&p, end, 2, hh) || (sep != '\0' && (p >= end || *p++ != sep)) ||
        !digits(&p, end, 2, mi))
        return td_error_set(err, TD_ERR_PARSE, "bad time of day");
    has_ss = p < end && (sep != '\0' ? *p == sep : *p >= '0' && *p <= '9');
    if (has_ss) {
        if (sep != '\0')
            p++;
        if (!digits(&p, end, 2, ss))
            return td_error_set(err, TD_ERR_PARSE, "bad seconds");
    }
    if (fraction && (has_ss || sep == '\0') && p < end && (*p == '.' || *p == ',')) {
        if (++p >= end || *p < '0' || *p > '9')
            return td_error_set(err, TD_ERR_PARSE, "bad fraction of a second");
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    *pp = p;
    return TD_OK;
}

/* Seconds from midnight UTC of hh:mm:ss at offset `off` (a leap second counts as :59). */
static int64_t clock_secs(int hh, int mi, int ss, int off)
{
    return (int64_t)hh * 3600 + mi * 60 + (ss == 60 ? 59 : ss) - off;
}

/* Parses "hh:mm[:ss[.fff]]" then an optional offset; returns seconds of day. */
static enum td_err parse_clock(const char *p, const char *end, int64_t *secs_out,
                               struct td_error *err)
{
    int hh, mi, ss, off;
    enum td_err rc;

    if ((rc = read_hms(&p, end, ':', true, &hh, &mi, &ss, err)) != TD_OK)
        return rc;
    if (hh > 24 || mi > 59 || ss > 60 || (hh == 24 && (mi || ss)))
        return td_error_set(err, TD_ERR_INVALID, "impossible time of day");
    rc = parse_offset(p, end, &off, err);
    if (rc != TD_OK)
        return rc;
    *secs_out = clock_secs(hh, mi, ss, off);
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

/* Reads ISO 8601's basic time "hhmm[ss][.fff]" then an offset; sets seconds from midnight UTC. */
static enum td_err iso_basic_clock(const char *p, const char *end, int64_t *secs_out,
                                   int *off_out, struct td_error *err)
{
    int hh, mi, ss;
    enum td_err rc;

    if ((rc = read_hms(&p, end, '\0', true, &hh, &mi, &ss, err)) != TD_OK)
        return rc;
    if (hh > 23 || mi > 59 || ss > 60)
        return td_error_set(err, TD_ERR_INVALID, "impossible time of day");
    if ((rc = parse_offset(p, end, off_out, err)) != TD_OK)
        return rc;
    *secs_out = clock_secs(hh, mi, ss, *off_out);
    return TD_OK;
}

/* Parses ISO 8601's basic form: "20220107", "20220107T1030[00[.5]][Z|+0100]". */
static enum td_err parse_iso_basic(const char *p, const char *end, int64_t *unix_out,
                                   enum time_precision *prec_out, int *off_out,
                                   struct td_error *err)
{
    int y = 0, m = 0, d = 0;
    int64_t secs = 0;
    enum td_err rc;

    *off_out = 0;
    if (!digits(&p, end, 4, &y) || !digits(&p, end, 2, &m) || !digits(&p, end, 2, &d))
        return td_error_set(err, TD_ERR_PARSE, "expected YYYYMMDD");
    if (!time_valid_date(y, m, d))
        return td_error_set(err, TD_ERR_INVALID, "impossible date");
    *prec_out = TIME_PREC_DAY;
    if (p < end) {
        if (*p != 'T' && *p != 't')
            return td_error_set(err, TD_ERR_PARSE, "expected 'T' after the date");
        if ((rc = iso_basic_clock(p + 1, end, &secs, off_out, err)) != TD_OK)
            return rc;
        *prec_out = TIME_PREC_SECOND;
    }
    *unix_out = time_days_from_civil(y, m, d) * 86400 + secs;
    return TD_OK;
}

/* Whether the letters p[0..n) are `name` (lower case) in any case. */
static bool word_is(const char *p, size_t n, const char *name)
{
    size_t i;

    if (strlen(name) != n)
        return false;
    for (i = 0; i < n; i++)
        if ((p[i] | 0x20) != name[i])
            return false;
    return true;
}

/* The month (1-12) that an English name, its first three letters or "Sept" name, else 0. */
static int month_of(const char *p, size_t n)
{
    static const char *const full[12] = {"january", "february", "march",     "april",
                                         "may",     "june",     "july",      "august",
                                         "september", "october", "november", "december"};
    char abbr[4];
    int m;

    for (m = 0; m < 12; m++) {
        memcpy(abbr, full[m], 3);
        abbr[3] = '\0';
        if (word_is(p, n, abbr) || word_is(p, n, full[m]) || (m == 8 && word_is(p, n, "sept")))
            return m + 1;
    }
    return 0;
}

/* Whether p[0..n) names a day of the week, abbreviated or in full. */
static bool weekday_is(const char *p, size_t n)
{
    static const char *const days[7] = {"monday", "tuesday", "wednesday", "thursday",
                                        "friday", "saturday", "sunday"};
    char abbr[4];
    int i;

    for (i = 0; i < 7; i++) {
        memcpy(abbr, days[i], 3);
        abbr[3] = '\0';
        if (word_is(p, n, abbr) || word_is(p, n, days[i]))
            return true;
    }
    return false;
}

/* RFC 5322's zone names and their offsets in hours (obs-zone: UT, GMT and the US zones). */
static bool zone_name(const char *p, size_t n, int *off_out)
{
    static const struct {
        const char *name;
        int hours;
    } zones[] = {{"ut", 0},   {"utc", 0},  {"gmt", 0},  {"z", 0},    {"est", -5}, {"edt", -4},
                 {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6}, {"pst", -8}, {"pdt", -7}};
    size_t i;

    for (i = 0; i < sizeof(zones) / sizeof(zones[0]); i++)
        if (word_is(p, n, zones[i].name)) {
            *off_out = zones[i].hours * 3600;
            return true;
        }
    return false;
}

static const char *skip_spaces(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

/* The length of the run of ASCII letters at `p`. */
static size_t letters(const char *p, const char *end)
{
    const char *q = p;

    while (q < end && ((*q | 0x20) >= 'a' && (*q | 0x20) <= 'z'))
        q++;
    return (size_t)(q - p);
}

/* The length of the run of ASCII digits at `p`. */
static size_t digit_run(const char *p, const char *end)
{
    const char *q = p;

    while (q < end && *q >= '0' && *q <= '9')
        q++;
    return (size_t)(q - p);
}

/* Reads RFC 5322's "[Day,] d Mon yyyy" into y-m-d; `*p` moves past it. */
static enum td_err rfc_day(const char **pp, const char *end, int *y, int *m, int *d,
                           struct td_error *err)
{
    const char *p = skip_spaces(*pp, end);
    size_t n = letters(p, end);

    if (n > 0) {
        if (!weekday_is(p, n))
            return td_error_set(err, TD_ERR_PARSE, "expected a date");
        p = skip_spaces(p + n, end);
        if (p < end && *p == ',')
            p = skip_spaces(p + 1, end);
    }
    n = digit_run(p, end);
    if ((n != 1 && n != 2) || !digits(&p, end, (int)n, d))
        return td_error_set(err, TD_ERR_PARSE, "expected a day of the month");
    p = skip_spaces(p, end);
    n = letters(p, end);
    if ((*m = month_of(p, n)) == 0)
        return td_error_set(err, TD_ERR_PARSE, "expected an English month name");
    p = skip_spaces(p + n, end);
    n = digit_run(p, end);
    if ((n != 2 && n != 4) || !digits(&p, end, (int)n, y))
        return td_error_set(err, TD_ERR_PARSE, "expected a two- or four-digit year");
    /* RFC 5322's obsolete two-digit years: 00-49 are 2000-2049, 50-99 1950-1999. */
    if (n == 2)
        *y += *y < 50 ? 2000 : 1900;
    *pp = p;
    return TD_OK;
}

/* Reads RFC 5322's zone at `p` ("+0100", "GMT", "EST"; none is UTC) and a trailing comment. */
static enum td_err rfc_zone(const char *p, const char *end, int *off_out, struct td_error *err)
{
    size_t n;

    *off_out = 0;
    if (p < end && (*p == '+' || *p == '-')) {
        const char *z = p;
        enum td_err rc;

        while (z < end && *z != ' ' && *z != '\t' && *z != '(')
            z++;
        if ((rc = parse_offset(p, z, off_out, err)) != TD_OK)
            return rc;
        p = z;
    } else if ((n = letters(p, end)) > 0) {
        if (!zone_name(p, n, off_out))
            return td_error_set(err, TD_ERR_PARSE, "unknown time zone '%.*s'", (int)n, p);
        p += n;
    }
    p = skip_spaces(p, end);
    /* A trailing comment, as in "+0000 (UTC)". */
    if (p < end && *p == '(' && end[-1] == ')')
        p = end;
    if (p != end)
        return td_error_set(err, TD_ERR_PARSE, "unexpected characters after the time");
    return TD_OK;
}

/* Reads RFC 5322's "hh:mm[:ss] zone" (zone optional: UTC). */
static enum td_err rfc_clock(const char *p, const char *end, int64_t *secs_out, int *off_out,
                             struct td_error *err)
{
    int hh, mi, ss;
    enum td_err rc;

    if ((rc = read_hms(&p, end, ':', false, &hh, &mi, &ss, err)) != TD_OK)
        return rc;
    if (hh > 23 || mi > 59 || ss > 60)
        return td_error_set(err, TD_ERR_INVALID, "impossible time of day");
    if ((rc = rfc_zone(skip_spaces(p, end), end, off_out, err)) != TD_OK)
        return rc;
    *secs_out = clock_secs(hh, mi, ss, *off_out);
    return TD_OK;
}

/* Parses an RFC 5322 date ("Fri, 07 Jan 2022 10:30:00 +0100", or "7 January 2022"). */
static enum td_err parse_rfc5322(const char *p, const char *end, int64_t *unix_out,
                                 enum time_precision *prec_out, int *off_out,
                                 struct td_error *err)
{
    int y = 0, m = 0, d = 0;
    int64_t secs = 0;
    enum td_err rc = rfc_day(&p, end, &y, &m, &d, err);

    if (rc != TD_OK)
        return rc;
    if (!time_valid_date(y, m, d))
        return td_error_set(err, TD_ERR_INVALID, "impossible date");
    p = skip_spaces(p, end);
    *off_out = 0;
    *prec_out = TIME_PREC_DAY;
    if (p < end) {
        if ((rc = rfc_clock(p, end, &secs, off_out, err)) != TD_OK)
            return rc;
        *prec_out = TIME_PREC_SECOND;
    }
    *unix_out = time_days_from_civil(y, m, d) * 86400 + secs;
    return TD_OK;
}

/* Writes `t` as ISO 8601 in offset `off` ("2022-01-07T10:30:00+01:00"), or its date alone. */
static void format_iso(int64_t t, enum time_precision prec, int off, char *out, size_t size)
{
    int64_t local = t + off, y;
    int64_t day = time_day_of(local), sod = local - day * 86400;
    int m, d, a = off < 0 ? -off : off;

    time_civil_from_days(day, &y, &m, &d);
    if (prec != TIME_PREC_SECOND) {
        (void)snprintf(out, size, "%04lld-%02d-%02d", (long long)y, m, d);
        return;
    }
    (void)snprintf(out, size, "%04lld-%02d-%02dT%02d:%02d:%02d%c%02d:%02d", (long long)y, m, d,
                   (int)(sod / 3600), (int)(sod / 60 % 60), (int)(sod % 60), off < 0 ? '-' : '+',
                   a / 3600, a / 60 % 60);
}

enum td_err time_parse_date(const char *s, size_t len, int64_t *unix_out,
                            enum time_precision *prec_out, char *iso, size_t iso_size,
                            struct td_error *err)
{
    const char *end = s + len;
    struct td_error first;
    enum time_precision prec = TIME_PREC_DAY;
    int64_t t = 0;
    int off = 0;
    enum td_err rc, rc2;

    if (iso_size > 0)
        iso[0] = '\0';
    td_error_clear(&first);
    rc = time_parse_iso8601(s, len, unix_out, prec_out, &first);
    if (rc == TD_OK || rc == TD_ERR_INVALID || len < 8)
        return rc == TD_OK ? TD_OK : td_error_set(err, rc, "%s", td_error_message(&first, rc));
    if (digit_run(s, end) == 8)
        rc2 = parse_iso_basic(s, end, &t, &prec, &off, &first);
    else if (digit_run(s, end) <= 2)
        rc2 = parse_rfc5322(s, end, &t, &prec, &off, &first);
    else
        rc2 = rc;
    if (rc2 == TD_ERR_INVALID)
        return td_error_set(err, rc2, "%s", td_error_message(&first, rc2));
    if (rc2 != TD_OK)
        return td_error_set(err, rc2, "not ISO 8601 (2022-01-07) or RFC 5322 (Fri, 07 Jan 2022 "
                            "10:30:00 +0100): %s", td_error_message(&first, rc2));
    *unix_out = t;
    if (prec_out != NULL)
        *prec_out = prec;
    if (iso_size > 0)
        format_iso(t, prec, off, iso, iso_size);
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
