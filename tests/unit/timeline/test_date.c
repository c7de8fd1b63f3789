/*
 * test_date.c - tests of src/timeline/date.c: which TIMEX3 values place an
 * event and at what precision, and year-less values pinned to a reference
 * day, one row per case.
 */
#include <string.h>

#include "core/time.h"
#include "test.h"
#include "timeline/timeline_int.h"

struct pcase {
    const char *value;
    bool ok;
    const char *norm; /* expected value when ok */
    enum td_date_precision prec;
};

static const struct pcase parse_cases[] = {
    {"2021-12-31", true, "2021-12-31", TD_DATE_DAY},
    {"2021-12-31T20:00", true, "2021-12-31", TD_DATE_DAY},
    {"2021-12-31TNI", true, "2021-12-31", TD_DATE_DAY},
    {"2021-12", true, "2021-12", TD_DATE_MONTH},
    {"2014", true, "2014", TD_DATE_YEAR},
    {"2021-02-30", false, NULL, TD_DATE_NONE},
    {"2021-13", false, NULL, TD_DATE_NONE},
    {"XXXX-12-31", false, NULL, TD_DATE_NONE},
    {"PRESENT_REF", false, NULL, TD_DATE_NONE},
    {"2021-W52", false, NULL, TD_DATE_NONE},
    {"2020-SU", false, NULL, TD_DATE_NONE},
    {"2021-Q3", false, NULL, TD_DATE_NONE},
    {"199", false, NULL, TD_DATE_NONE},
    {"P3D", false, NULL, TD_DATE_NONE},
    {"", false, NULL, TD_DATE_NONE},
};

TD_TEST(test_date__parse_table)
{
    size_t i;
    struct tl_date d;

    for (i = 0; i < sizeof(parse_cases) / sizeof(parse_cases[0]); i++) {
        const struct pcase *c = &parse_cases[i];
        bool ok = tl_date_parse(c->value, &d);

        ASSERT_EQ_INT(ok, c->ok);
        if (!ok)
            continue;
        ASSERT_STREQ(d.value, c->norm);
        ASSERT_EQ_INT(d.prec, c->prec);
    }
}

TD_TEST(test_date__span_days)
{
    struct tl_date d;

    ASSERT_TRUE(tl_date_parse("2021-12", &d));
    ASSERT_EQ_INT(d.first_day, time_days_from_civil(2021, 12, 1));
    ASSERT_EQ_INT(d.last_day, time_days_from_civil(2021, 12, 31));
    ASSERT_TRUE(tl_date_parse("2020", &d));
    ASSERT_EQ_INT(d.last_day - d.first_day, 365); /* a leap year */
}

struct rcase {
    const char *value, *ref; /* ref: the reference day */
    const char *want;        /* NULL: not resolvable */
};

static const struct rcase resolve_cases[] = {
    /* New Year's Eve told in January is the one just past. */
    {"XXXX-12-31", "2022-01-31", "2021-12-31"}, {"XXXX-12-31", "2021-12-31", "2021-12-31"},
    {"XXXX-03-01", "2022-05-31", "2022-03-01"}, {"XXXX-06", "2022-05-31", "2021-06"},
    {"XXXX-05", "2022-05-31", "2022-05"},       {"XXXX-02-29", "2022-05-31", "2020-02-29"},
    {"XXXX-XX-XX", "2022-05-31", NULL},         {"2021-12-31", "2022-05-31", NULL},
    {"XXXX-WXX", "2022-05-31", NULL},
};

TD_TEST(test_date__resolve_table)
{
    size_t i;
    struct tl_date d, ref;

    for (i = 0; i < sizeof(resolve_cases) / sizeof(resolve_cases[0]); i++) {
        const struct rcase *c = &resolve_cases[i];
        bool ok;

        ASSERT_TRUE(tl_date_parse(c->ref, &ref));
        ok = tl_date_resolve(c->value, ref.last_day, &d);
        ASSERT_EQ_INT(ok, c->want != NULL);
        if (ok)
            ASSERT_STREQ(d.value, c->want);
    }
}

struct mcase {
    const char *from, *dur; /* a concrete value and a TIMEX3 duration */
    enum td_date_precision prec;
    const char *want; /* NULL: not computable */
};

static const struct mcase minus_cases[] = {
    /* "Next month (2022-02) will mark a year since": the month a year back. */
    {"2022-02", "P1Y", TD_DATE_DAY, "2021-02"},
    {"2022-01-07", "P2Y", TD_DATE_YEAR, "2020"},
    {"2022-01-07", "P6M", TD_DATE_MONTH, "2021-07"},
    {"2022-03-31", "P1M", TD_DATE_DAY, "2022-02-28"}, /* clamped to the month's end */
    {"2024-02-29", "P1Y", TD_DATE_DAY, "2023-02-28"},
    {"2022-01-07", "P2W", TD_DATE_DAY, "2021-12-24"},
    {"2022-01-07", "P10D", TD_DATE_DAY, "2021-12-28"},
    {"2022", "P10Y", TD_DATE_DAY, "2012"}, /* never finer than the value it starts from */
    {"2022-01-07", "PT2H", TD_DATE_DAY, NULL},
    {"2022-01-07", "P1.5Y", TD_DATE_DAY, NULL},
    {"2022-01-07", "PXY", TD_DATE_DAY, NULL},
    {"2022-01-07", "P", TD_DATE_DAY, NULL},
    {"2022-01-07", "P3000Y", TD_DATE_DAY, NULL}, /* before year 1 */
};

TD_TEST(test_date__minus_table)
{
    size_t i;
    struct tl_date d, from;

    for (i = 0; i < sizeof(minus_cases) / sizeof(minus_cases[0]); i++) {
        const struct mcase *c = &minus_cases[i];
        bool ok;

        ASSERT_TRUE(tl_date_parse(c->from, &from));
        ok = tl_date_minus(&from, c->dur, c->prec, &d);
        ASSERT_EQ_INT(ok, c->want != NULL);
        if (ok)
            ASSERT_STREQ(d.value, c->want);
    }
}
