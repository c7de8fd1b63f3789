/* test_time.c - tests of src/core/time.c: calendar arithmetic and ISO 8601. */
#include "core/time.h"
#include "test.h"

TD_TEST(test_time__civil_round_trip)
{
    int64_t d, y;
    int m, dd;

    ASSERT_EQ_INT(time_days_from_civil(1970, 1, 1), 0);
    ASSERT_EQ_INT(time_days_from_civil(2000, 3, 1), 11017);
    for (d = -800000; d < 800000; d += 997) {
        time_civil_from_days(d, &y, &m, &dd);
        ASSERT_EQ_INT(time_days_from_civil(y, m, dd), d);
    }
}

static const struct {
    const char *in;
    int rc;
    long long unix_sec;
    int prec;
} iso_cases[] = {
    {"2022-01-07", 0, 1641513600LL, TIME_PREC_DAY},
    {"2022-01", 0, 1640995200LL, TIME_PREC_MONTH},
    {"2022", 0, 1640995200LL, TIME_PREC_YEAR},
    {"2022-01-07T10:30:00Z", 0, 1641551400LL, TIME_PREC_SECOND},
    {"2022-01-07T10:30:00+01:00", 0, 1641547800LL, TIME_PREC_SECOND},
    {"2022-01-07 10:30:00.25-0130", 0, 1641556800LL, TIME_PREC_SECOND},
    {"2022-01-07T10:30", 0, 1641551400LL, TIME_PREC_SECOND},
    {"2024-02-29", 0, 1709164800LL, TIME_PREC_DAY},
    {"2023-02-29", TD_ERR_INVALID, 0, 0},
    {"2022-13-01", TD_ERR_INVALID, 0, 0},
    {"2022-01-07T25:00:00Z", TD_ERR_INVALID, 0, 0},
    {"2022-1-7", TD_ERR_PARSE, 0, 0},
    {"yesterday", TD_ERR_PARSE, 0, 0},
    {"2022-01-07X", TD_ERR_PARSE, 0, 0},
    {"2022-01-07T10:30:00+", TD_ERR_PARSE, 0, 0},
    {"", TD_ERR_PARSE, 0, 0},
};

TD_TEST(test_time__iso8601_table)
{
    size_t i;

    for (i = 0; i < sizeof(iso_cases) / sizeof(iso_cases[0]); i++) {
        int64_t t = -1;
        enum time_precision p = 0;
        struct td_error err;
        enum td_err rc = time_parse_iso8601(iso_cases[i].in, strlen(iso_cases[i].in), &t, &p, &err);
        if ((int)rc != iso_cases[i].rc)
            td_test_fail(__FILE__, __LINE__, "'%s': rc %d, want %d", iso_cases[i].in, rc,
                         iso_cases[i].rc);
        if (rc == TD_OK && (t != iso_cases[i].unix_sec || (int)p != iso_cases[i].prec))
            td_test_fail(__FILE__, __LINE__, "'%s': %lld/%d, want %lld/%d", iso_cases[i].in,
                         (long long)t, p, iso_cases[i].unix_sec, iso_cases[i].prec);
    }
}

TD_TEST(test_time__format_date)
{
    char out[16];

    time_format_date(1641551400LL, out, sizeof(out));
    ASSERT_STREQ(out, "2022-01-07");
    time_format_date(-1, out, sizeof(out));
    ASSERT_STREQ(out, "1969-12-31");
}

TD_TEST(test_time__day_of_floors)
{
    ASSERT_EQ_INT(time_day_of(0), 0);
    ASSERT_EQ_INT(time_day_of(86399), 0);
    ASSERT_EQ_INT(time_day_of(86400), 1);
    ASSERT_EQ_INT(time_day_of(-1), -1);
    ASSERT_EQ_INT(time_day_of(-86400), -1);
    ASSERT_EQ_INT(time_day_of(-86401), -2);
}

/* Publication dates in the forms feeds use: `iso` "" means "kept as written". */
static const struct {
    const char *in;
    int rc;
    long long unix_sec;
    int prec;
    const char *iso;
} feed_cases[] = {
    {"2022-01-07", 0, 1641513600LL, TIME_PREC_DAY, ""},
    {"2022-01-07T10:30:00+01:00", 0, 1641547800LL, TIME_PREC_SECOND, ""},
    {"20220107", 0, 1641513600LL, TIME_PREC_DAY, "2022-01-07"},
    {"20220107T103000Z", 0, 1641551400LL, TIME_PREC_SECOND, "2022-01-07T10:30:00+00:00"},
    {"20220107T1030+0100", 0, 1641547800LL, TIME_PREC_SECOND, "2022-01-07T10:30:00+01:00"},
    {"Fri, 07 Jan 2022 10:30:00 +0100", 0, 1641547800LL, TIME_PREC_SECOND,
     "2022-01-07T10:30:00+01:00"},
    {"Fri, 7 Jan 2022 10:30:00 GMT", 0, 1641551400LL, TIME_PREC_SECOND,
     "2022-01-07T10:30:00+00:00"},
    /* The local day stays the day written, though UTC is already the 8th. */
    {"Fri, 07 Jan 2022 23:30:00 -0500", 0, 1641616200LL, TIME_PREC_SECOND,
     "2022-01-07T23:30:00-05:00"},
    {"Friday, 7 January 2022 10:30 EST", 0, 1641569400LL, TIME_PREC_SECOND,
     "2022-01-07T10:30:00-05:00"},
    {"07 Jan 22 10:30:00 +0000 (UTC)", 0, 1641551400LL, TIME_PREC_SECOND,
     "2022-01-07T10:30:00+00:00"},
    {"7 Sept 2022", 0, 1662508800LL, TIME_PREC_DAY, "2022-09-07"},
    {"Fri, 31 Feb 2022 10:30:00 GMT", TD_ERR_INVALID, 0, 0, ""},
    {"20221301", TD_ERR_INVALID, 0, 0, ""},
    {"Fri, 07 Jan 2022 24:30:00 GMT", TD_ERR_INVALID, 0, 0, ""},
    {"Fri, 07 Jan 2022 10:30:00 XYZ", TD_ERR_PARSE, 0, 0, ""},
    {"Fri, 07 Foo 2022", TD_ERR_PARSE, 0, 0, ""},
    {"Frx, 07 Jan 2022", TD_ERR_PARSE, 0, 0, ""},
    {"07.01.2022", TD_ERR_PARSE, 0, 0, ""},
    {"2022/01/07", TD_ERR_PARSE, 0, 0, ""},
    {"1641551400", TD_ERR_PARSE, 0, 0, ""},
    {"20220107T10", TD_ERR_PARSE, 0, 0, ""},
};

TD_TEST(test_time__feed_dates_table)
{
    size_t i;

    for (i = 0; i < sizeof(feed_cases) / sizeof(feed_cases[0]); i++) {
        const char *in = feed_cases[i].in;
        int64_t t = -1;
        enum time_precision p = 0;
        char iso[TIME_ISO_MAX];
        struct td_error err;
        enum td_err rc = time_parse_date(in, strlen(in), &t, &p, iso, sizeof(iso), &err);
        if ((int)rc != feed_cases[i].rc) {
            td_test_fail(__FILE__, __LINE__, "'%s': rc %d, want %d (%s)", in, rc,
                         feed_cases[i].rc, err.msg);
            continue;
        }
        if (rc != TD_OK) {
            if (err.msg[0] == '\0')
                td_test_fail(__FILE__, __LINE__, "'%s': no message", in);
            continue;
        }
        if (t != feed_cases[i].unix_sec || (int)p != feed_cases[i].prec ||
            strcmp(iso, feed_cases[i].iso) != 0)
            td_test_fail(__FILE__, __LINE__, "'%s': %lld/%d/'%s', want %lld/%d/'%s'", in,
                         (long long)t, p, iso, feed_cases[i].unix_sec, feed_cases[i].prec,
                         feed_cases[i].iso);
    }
}
