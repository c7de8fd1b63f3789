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
