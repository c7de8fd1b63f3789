/*
 * test_pubdate.c - tests of src/timeline/pubdate.c: estimated publication
 * dates of undated articles, one row per case (text, the story's dated
 * articles as the fixed reference, expected estimate).
 */
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "test.h"
#include "timeline/timeline_int.h"

struct ecase {
    const char *text;
    const char *story[3]; /* dated articles of the story, NULL-terminated */
    const char *want;     /* expected estimate; "" when unknown */
};

static const struct ecase cases[] = {
    /* "Still in" puts the writer past the month; the story's January article dates it. */
    {"Still in March 2023, the keeper lit the lamp every night.",
     {"2023-04-12", "2024-06-02", NULL},
     "2023-04"},
    /* Without a story date, "still in" alone gives the month after. */
    {"Still in March 2023, the keeper lit the lamp every night.", {NULL}, "2023-04"},
    /* A plain mention is a lower bound: the month itself without a story. */
    {"The pier was rebuilt in March 2023 after the storm.", {NULL}, "2023-03"},
    /* A day mention gives its month. */
    {"The vote on 10 March 2023 was close.", {NULL}, "2023-03"},
    /* A year mention stays a year. */
    {"The lighthouse was built in 1887.", {NULL}, "1887"},
    /* The latest of several mentions counts. */
    {"Built in 1887, closed in 1990 and sold in May 2022.", {"2022-05-20", NULL}, "2022-05"},
    /* A text of history is still news of its story's next date, however far... */
    {"The pier was rebuilt in March 2023.", {"2025-01-10", NULL}, "2025-01"},
    /* ...and the bound itself dates it when the story has nothing after it. */
    {"The pier was rebuilt in March 2023.", {"2022-12-10", NULL}, "2023-03"},
    /* A mention over half a year past the story's last date is a plan, whatever the wording. */
    {"The new pier opens in March 2027.", {"2022-01-10", NULL}, "2022-01"},
    /* Codes and names with digits are no years. */
    {"The asteroid 2009 RM17 passed close to Earth in May 2008.", {NULL}, "2008-05"},
    /* A story date within half a year dates it. */
    {"The pier was rebuilt in March 2023.", {"2023-08-01", NULL}, "2023-08"},
    /* "This week" wording prefers a story date within a month of the mention... */
    {"This week the pier reopened, a repair begun in March 2023.",
     {"2023-03-20", "2023-08-01", NULL},
     "2023-03"},
    /* ...else the story's next date, as for any text (measured better on Wikinews). */
    {"This week the pier reopened, a repair begun in March 2023.", {"2023-08-01", NULL}, "2023-08"},
    /* No date in the text: the story's middle date. */
    {"The keeper retired.", {"2023-01-05", "2023-02-10", NULL}, "2023-01"},
    {"The keeper retired.", {"2023-01-05", "2023-02-10", "2023-06-01"}, "2023-02"},
    /* A year-less day picks the story date it fits (within 45 days before it). */
    {"On October 25 the plant closed.", {"2007-03-19", "2007-10-30", "2008-01-02"}, "2007-10"},
    {"On October 25 the plant closed.", {"2007-03-19", "2008-01-02", NULL}, "2007-03"},
    /* Dates in sentences about the future do not bound the writing. */
    {"Deliveries will start in 2010. The plant opened in March 2008.", {NULL}, "2008-03"},
    {"The plant is expected to open in May 2012.", {NULL}, ""},
    /* Nothing at all to go on. */
    {"The keeper retired.", {NULL}, ""},
};

static int64_t day_of(const char *iso)
{
    struct tl_date d;

    return tl_date_parse(iso, &d) ? d.first_day : 0;
}

TD_TEST(test_pubdate__estimate_table)
{
    size_t i, n;
    int64_t days[3];
    struct td_pubdate p;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct ecase *c = &cases[i];

        for (n = 0; n < 3 && c->story[n] != NULL; n++)
            days[n] = day_of(c->story[n]);
        ASSERT_OK(td_pubdate_estimate(c->text, strlen(c->text), "en", days, n, &p, NULL));
        ASSERT_STREQ(p.date, c->want);
        ASSERT_EQ_INT(p.source, c->want[0] ? TD_DATE_SOURCE_ESTIMATED : TD_DATE_SOURCE_NONE);
    }
}

/* A decade is background, in any language: no estimate from it alone (no story dates). */
static const struct {
    const char *lang, *text, *want;
} decade_cases[] = {
    /* the Greek table reads the decade ("199"), which is no date of the writing */
    {"el", "Το άγαλμα είχε κλαπεί τη δεκαετία του 1990.", ""},
    /* languages without a table: a decade word before the year, or an ending glued after */
    {"ru", "Статуя была украдена в 1990-х годах.", ""},
    {"sv", "Statyn stals på 1990-talet.", ""},
    {"tr", "Heykel 1990'larda çalındı.", ""},
    {"pl", "Posąg skradziono w latach 1990.", ""},
    {"ca", "L'estàtua va ser robada a la dècada de 1990 i retornada el 2021.", "2021"},
    /* a year with no decade word keeps its year */
    {"hu", "A szobrot 2024 nyarán lopták el.", "2024"},
    {"sv", "Statyn stals 1990 och hittades 2021.", "2021"},
    {"sv", "Statyn stals 1990.", "1990"},
    /* a possessive is no decade */
    {"en", "The statue was the museum's pride, 2024's best find.", "2024"},
    {"en", "The statue was stolen in the 1990s and returned in 2021.", "2021"},
};

TD_TEST(test_pubdate__decade_is_no_date)
{
    struct td_pubdate p;
    size_t i;

    for (i = 0; i < sizeof(decade_cases) / sizeof(decade_cases[0]); i++) {
        const char *t = decade_cases[i].text;

        ASSERT_OK(td_pubdate_estimate(t, strlen(t), decade_cases[i].lang, NULL, 0, &p, NULL));
        ASSERT_STREQ(p.date, decade_cases[i].want);
    }
}

TD_TEST(test_pubdate__source_names_and_errors)
{
    struct td_pubdate p;
    struct td_error err;
    int64_t day = 0;

    ASSERT_STREQ(td_date_source_name(TD_DATE_SOURCE_GIVEN), "given");
    ASSERT_STREQ(td_date_source_name(TD_DATE_SOURCE_ESTIMATED), "estimated");
    ASSERT_TRUE(td_date_source_name(TD_DATE_SOURCE_NONE) == NULL);
    ASSERT_EQ_INT(td_pubdate_estimate(NULL, 0, "en", NULL, 0, &p, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_pubdate_estimate("x", 1, "en", NULL, 1, &p, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_pubdate_estimate("x", 1, "en", &day, 1, NULL, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_pubdate_estimate("x", (size_t)17 * 1024 * 1024, "en", NULL, 0, &p, &err),
                  TD_ERR_TOO_LARGE);
}

/* Every allocation failure gives TD_ERR_NOMEM and leaves the output alone. */
TD_TEST(test_pubdate__oom)
{
    const char *text = "Still in March 2023, the keeper lit the lamp every night.";
    struct td_pubdate p;
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        memset(&p, 0x5a, sizeof(p));
        alloc_fail_after(n);
        rc = td_pubdate_estimate(text, strlen(text), "en", NULL, 0, &p, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc != TD_OK)
            ASSERT_EQ_INT(p.date[0], 0x5a);
    }
    ASSERT_STREQ(p.date, "2023-04");
    ASSERT_TRUE(n > 1);
}

struct evcase {
    const char *text;
    const char *lang;
    const char *event[4]; /* dated articles of the article's event, NULL-terminated */
    const char *want;
};

/* Reference days fixed: 2023-03-14 is a Tuesday. */
static const struct evcase event_cases[] = {
    /* No relative day: the event's middle day, at day precision (a tight event). */
    {"The council met and voted.", "en", {"2023-03-15", "2023-03-16", "2023-03-20", NULL},
     "2023-03-16"},
    /* An event spread over more than a week gives a month only. */
    {"The council met and voted.", "en", {"2023-03-01", "2023-03-20", NULL}, "2023-03"},
    /* "Yesterday" meets the event's first report the day after it. */
    {"Gestern hat das Gericht getagt.", "de", {"2023-03-15", "2023-03-16", NULL}, "2023-03-15"},
    /* "On Tuesday" is written on the Tuesday or soon after, not a week later. */
    {"Police arrested the former minister on Tuesday.", "en",
     {"2023-03-15", "2023-03-16", "2023-03-17", NULL}, "2023-03-14"},
    /* A later explicit date bounds the estimate from below, inside the event. */
    {"The tally of 20 March 2023 was final.", "en",
     {"2023-03-15", "2023-03-16", "2023-03-22", NULL}, "2023-03-20"},
    /* A year past the event is a plan, not the time of writing. */
    {"The new line opens in 2027.", "en", {"2023-03-15", NULL}, "2023-03-15"},
    /* ... but "still in" a month past the event places the writing after it, event or not. */
    {"Still in April 2023, the keeper lit the lamp every night.", "en", {"2023-03-15", NULL},
     "2023-05"},
};

/*
 * Estimates each case's date against the dated articles of its event and
 * checks the value (and, when `with_prec`, that the precision is that of
 * the wanted value: a day or a month).
 */
static void run_event_cases(const struct evcase *rows, size_t nrows, bool with_prec)
{
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    int64_t days[4];
    struct td_pubdate p;
    size_t i, n;

    for (i = 0; i < nrows; i++) {
        const struct evcase *c = &rows[i];

        for (n = 0; n < 4 && c->event[n] != NULL; n++)
            days[n] = day_of(c->event[n]);
        ctx.event_days = ctx.story_days = days;
        ctx.nevent = ctx.nstory = n;
        ASSERT_OK(td_pubdate_estimate_in(c->text, strlen(c->text), c->lang, &ctx, &p, NULL));
        ASSERT_STREQ(p.date, c->want);
        if (with_prec)
            ASSERT_EQ_INT(p.prec, strlen(c->want) == 10 ? TD_DATE_DAY : TD_DATE_MONTH);
    }
}

TD_TEST(test_pubdate__event_table)
{
    run_event_cases(event_cases, sizeof(event_cases) / sizeof(event_cases[0]), true);
}

/*
 * A weekday after "since" starts a state lasting to the writing: it may lie
 * before the event's first report and asks for no writing soon after it.
 * Reference days fixed: 2040-10-05 is a Friday, the event's reports Monday
 * 10-08 and Tuesday 10-09.
 */
static const struct evcase since_cases[] = {
    {"Am See sind seit Freitag mehr als 6000 Flamingos verendet.",
     "de",
     {"2040-10-08", "2040-10-08", "2040-10-09", NULL},
     "2040-10-08"},
    {"Flamingos have been dying at the lake since Friday, rangers said.",
     "en",
     {"2040-10-08", "2040-10-08", "2040-10-09", NULL},
     "2040-10-08"},
    {"Los flamencos mueren en el lago desde el viernes.",
     "es",
     {"2040-10-08", "2040-10-08", "2040-10-09", NULL},
     "2040-10-08"},
    /* a Sunday inside the event: "seit" asks for no writing that very day... */
    {"Am See sind seit Sonntag mehr als 6000 Flamingos verendet.",
     "de",
     {"2040-10-08", "2040-10-08", "2040-10-09", NULL},
     "2040-10-08"},
    /* ...without it the Sunday is the happening, told that day */
    {"Am See sind am Sonntag mehr als 6000 Flamingos verendet.",
     "de",
     {"2040-10-08", "2040-10-08", "2040-10-09", NULL},
     "2040-10-07"},
};

/*
 * A weekday before the event's happening is recalled background: it asks
 * for no writing soon after it. 2040-11-19 is a Monday; the event's reports
 * Thursday 11-22 and Friday 11-23 (before: the Tuesday 11-20, "soon" after
 * the Monday, though before the event's first report).
 */
static const struct evcase background_cases[] = {
    {"A chlorine leak at a dye factory sent 19 workers to hospital. On Monday, a leak at a "
     "water plant in another city sent 41 people to hospital.",
     "en",
     {"2040-11-22", "2040-11-23", NULL},
     "2040-11-22"},
};

TD_TEST(test_pubdate__since_a_weekday)
{
    run_event_cases(since_cases, sizeof(since_cases) / sizeof(since_cases[0]), true);
}

TD_TEST(test_pubdate__a_weekday_before_the_event_is_background)
{
    run_event_cases(background_cases, sizeof(background_cases) / sizeof(background_cases[0]), true);
}

/*
 * In a feed in date order the stream's clock bounds the writing: by the day
 * after it. The reports of a leak all on Saturday 2040-11-24; the undated
 * one recalls another leak "on Monday" (11-19). Without the clock, Monday
 * 11-26 (two days after the reports) fits "on Monday" best; the clock at
 * 11-24 leaves 11-22 to 11-25, where the Monday is background and the
 * event's middle day wins.
 */
TD_TEST(test_pubdate__the_stream_clock_bounds_an_event_pick)
{
    const char *text = "A chlorine leak at a dye factory sent 19 workers to hospital. On "
                       "Monday, a leak at a water plant in another city sent 41 people to "
                       "hospital.";
    int64_t ev[3] = {day_of("2040-11-24"), day_of("2040-11-24"), day_of("2040-11-24")};
    int64_t arrivals[3] = {day_of("2040-11-24"), day_of("2040-11-24"), day_of("2040-11-19")};
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    struct td_pubdate p;

    ctx.event_days = ctx.story_days = ev;
    ctx.nevent = ctx.nstory = 3;
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-11-26");
    ctx.arrival_days = arrivals;
    ctx.narrival = 3;
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-11-24");
    /* an archive in any order (the three latest arrivals weeks apart): no clock */
    arrivals[2] = day_of("2040-09-01");
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-11-26");
}

TD_TEST(test_pubdate__json_records)
{
    struct td_pubdate p;
    struct td_error err;
    struct td_buf b;
    const char *ok = "{\"text\":\"Gestern hat das Gericht getagt.\",\"lang\":\"de\","
                     "\"story\":[\"2023-01-02\",\"2023-03-15\"],\"event\":[\"2023-03-15\"]}";
    size_t i;

    ASSERT_OK(td_pubdate_estimate_json(ok, strlen(ok), &p, NULL));
    ASSERT_STREQ(p.date, "2023-03-15");
    ASSERT_EQ_INT(p.source, TD_DATE_SOURCE_ESTIMATED);
    ASSERT_EQ_INT(td_pubdate_estimate_json("[1]", 3, &p, &err), TD_ERR_PARSE);
    ASSERT_EQ_INT(td_pubdate_estimate_json("{\"lang\":\"en\"}", 13, &p, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_pubdate_estimate_json("{\"text\":7}", 10, &p, &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "not a string") != NULL);
    ASSERT_EQ_INT(td_pubdate_estimate_json("{\"text\":\"x\",\"event\":[\"soon\"]}", 30, &p, &err),
                  TD_ERR_PARSE);
    ASSERT_TRUE(strstr(err.msg, "event") != NULL);
    ASSERT_EQ_INT(td_pubdate_estimate_json("{\"text\":\"x\",\"story\":7}", 22, &p, &err),
                  TD_ERR_PARSE);
    ASSERT_EQ_INT(td_pubdate_estimate_json(NULL, 0, &p, &err), TD_ERR_INVALID);
    td_buf_init(&b, 0);
    ASSERT_OK(td_buf_adds(&b, "{\"text\":\"x\",\"story\":[\"2023-01-01\""));
    for (i = 0; i < 64; i++)
        ASSERT_OK(td_buf_adds(&b, ",\"2023-01-01\""));
    ASSERT_OK(td_buf_adds(&b, "]}"));
    ASSERT_EQ_INT(td_pubdate_estimate_json(b.data, b.len, &p, &err), TD_ERR_TOO_LARGE);
    td_buf_release(&b);
}

/*
 * The event path under failing allocations: the first tagging fails with
 * TD_ERR_NOMEM and leaves the output alone; a failed re-tagging of a
 * candidate day only leaves the relative days unweighed, never a leak.
 */
TD_TEST(test_pubdate__event_oom)
{
    const char *rec = "{\"text\":\"Police arrested the former minister on Tuesday.\","
                      "\"event\":[\"2023-03-15\",\"2023-03-16\",\"2023-03-17\"]}";
    struct td_pubdate p;
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        memset(&p, 0x5a, sizeof(p));
        alloc_fail_after(n);
        rc = td_pubdate_estimate_json(rec, strlen(rec), &p, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc != TD_OK)
            ASSERT_EQ_INT(p.date[0], 0x5a);
    }
    ASSERT_TRUE(strncmp(p.date, "2023-03-1", 9) == 0);
    ASSERT_TRUE(n > 1);
    ASSERT_OK(td_pubdate_estimate_json(rec, strlen(rec), &p, NULL));
    ASSERT_STREQ(p.date, "2023-03-14");
}

/*
 * Page furniture holds no publication date: a copyright line's year (at
 * most a bound: no later mention dates the writing), a link to another
 * story, a caption. No story dates.
 */
static const struct {
    const char *text, *want;
} furniture_cases[] = {
    {"The museum reopened after the repairs.\n\nCopyright 2035 Northline Media. Reproduction "
     "without written permission is prohibited.",
     ""},
    {"The museum reopened after the repairs.\n\n\xC2\xA9 2035 Northline Media", ""},
    /* other mentions still count ... */
    {"The pier was rebuilt in March 2023.\n\n\xC2\xA9 2035 Northline Media", "2023-03"},
    /* ... but none after the copyright year: the page was printed before it */
    {"The bridge was finished in 2038.\n\n\xC2\xA9 2035 Northline Media", ""},
    {"The ferry sank off the cape.\n\nRelated: Harbour records busiest March 2031\n", ""},
    {"The ferry sank off the cape.\n\n(Photo: The harbour in May 2030. Northline)\n", ""},
};

TD_TEST(test_pubdate__furniture_is_no_date)
{
    struct td_pubdate p;
    size_t i;

    for (i = 0; i < sizeof(furniture_cases) / sizeof(furniture_cases[0]); i++) {
        const char *t = furniture_cases[i].text;

        ASSERT_OK(td_pubdate_estimate(t, strlen(t), "en", NULL, 0, &p, NULL));
        ASSERT_STREQ(p.date, furniture_cases[i].want);
    }
}

/* Reference days fixed: 2023-03-12 is a Sunday, 2023-03-14 a Tuesday. */
static const struct evcase relative_cases[] = {
    /* A weekday with its part of the day is a relative day too ("Monday evening")... */
    {"He landed at the airport on Monday evening.",
     "en",
     {"2023-03-12", "2023-03-12", "2023-03-12", NULL},
     "2023-03-13"},
    /* ... and an evening or a night is told that day or the next as readily. */
    {"The quake struck the coast on Tuesday night.",
     "en",
     {"2023-03-14", "2023-03-15", "2023-03-15", "2023-03-15"},
     "2023-03-15"},
    /*
     * ... but a night that ran from one weekday into the next, told as past, had ended:
     * written the day it ended, not the day it began (the mates' middle is Tuesday).
     */
    {"La ville a été inondée dans la nuit de mardi à mercredi.",
     "fr",
     {"2023-03-14", "2023-03-14", "2023-03-15", NULL},
     "2023-03-15"},
    /*
     * ... but "the night" after a named day is that day's night, told relative to the story,
     * not to the writing (timex round 26 tags it): the weekday alone decides, as without it.
     */
    {"A fire broke out at the port late on Monday. Firefighters worked through the night.",
     "en",
     {"2023-03-14", "2023-03-14", "2023-03-16", NULL},
     "2023-03-13"},
    /* Norwegian, Danish and Swedish weekdays are read (timex_nb.c): a final won on Sunday. */
    {"Haugsvær vant finalen i Paris søndag.",
     "nb",
     {"2023-03-11", "2023-03-11", "2023-03-12"},
     "2023-03-12"},
    {"Han landade på Arlanda i söndags.",
     "sv",
     {"2023-03-11", "2023-03-11", "2023-03-12"},
     "2023-03-12"},
};

TD_TEST(test_pubdate__relative_days_with_parts_and_nordic)
{
    run_event_cases(relative_cases, sizeof(relative_cases) / sizeof(relative_cases[0]), false);
}

/*
 * One cluster, two happenings: four reports of a French cheese outbreak
 * (days 3 to 5) and three of a German one (day 6). An undated German item
 * with no date word is dated by the reports that share its names, not by
 * the cluster's middle day (day 5); without the texts, the middle day.
 */
TD_TEST(test_pubdate__names_pick_the_happening)
{
    static const char *const mates[] = {
        "Listeria : trois morts, une tomme du Jura rappelée par la fruitière de Septmoncel.",
        "Les autorités sanitaires du Jura confirment trois décès liés à la tomme.",
        "La fruitière de Septmoncel retire toute sa production de tomme.",
        "Listériose : un quatrième décès, la fruitière de Septmoncel fermée.",
        "Listerien in Fleischsalat von Feinkost Haberlander: zwei Tote in Kaufbeuren.",
        "Haberlander ruft Fleischsalat zurück; Kaufbeuren prüft weitere Fälle.",
        "Two dead in Kaufbeuren after Haberlander meat salad recall.",
    };
    static const char *const when[] = {"2035-07-03", "2035-07-03", "2035-07-03", "2035-07-05",
                                       "2035-07-06", "2035-07-06", "2035-07-06"};
    const char *text = "Das LGL prüft, ob der Tod einer Frau in Kaufbeuren mit dem Fleischsalat "
                       "von Feinkost Haberlander zusammenhängt.";
    const char *rec = "{\"text\":\"Haberlander: Fleischsalat aus Kaufbeuren\","
                      "\"event\":[\"2035-07-03\",\"2035-07-03\",\"2035-07-06\",\"2035-07-06\"],"
                      "\"event_texts\":[\"Tomme du Jura\",\"Septmoncel\","
                      "\"Haberlander Fleischsalat Kaufbeuren\",\"Kaufbeuren Haberlander\"]}";
    const char *bad = "{\"text\":\"x\",\"event\":[\"2035-07-03\"],\"event_texts\":[]}";
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    struct td_pubdate_text texts[7];
    int64_t days[7];
    struct td_pubdate p;
    struct td_error err;
    size_t i;

    for (i = 0; i < 7; i++) {
        days[i] = day_of(when[i]);
        texts[i].text = mates[i];
        texts[i].len = strlen(mates[i]);
    }
    ctx.event_days = ctx.story_days = days;
    ctx.nevent = ctx.nstory = 7;
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "de", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2035-07-05");
    ctx.event_texts = texts;
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "de", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2035-07-06");
    /* one happening: every report shares the names, the middle day stands */
    for (i = 0; i < 7; i++) {
        texts[i].text = "Haberlander Fleischsalat Kaufbeuren";
        texts[i].len = strlen(texts[i].text);
    }
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "de", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2035-07-05");
    /* the same through `tidings timeline --pubdate`'s records */
    ASSERT_OK(td_pubdate_estimate_json(rec, strlen(rec), &p, NULL));
    ASSERT_STREQ(p.date, "2035-07-06");
    ASSERT_EQ_INT(td_pubdate_estimate_json(bad, strlen(bad), &p, &err), TD_ERR_PARSE);
    ASSERT_TRUE(strstr(err.msg, "event_texts") != NULL);
}

/*
 * An undated article alone in its event and story: the dated articles that
 * arrived just before it (newest first) date it when the three latest lie
 * within a week (a feed in date order), as a one-report event of the latest
 * day, its weekday words resolved against that day; not when they are
 * spread wider (an archive in any order) or fewer than three, and not over
 * its event's or story's own dates.
 */
TD_TEST(test_pubdate__the_stream_clock_dates_a_lone_article)
{
    const char *plain = "Residents still may not drink the tap water, the town said.";
    const char *weekday = "The governor toured the cleared streets on Monday.";
    int64_t arrivals[3] = {day_of("2038-08-07"), day_of("2038-08-06"), day_of("2038-08-06")};
    int64_t story = day_of("2038-08-02");
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    struct td_pubdate p;

    ctx.arrival_days = arrivals;
    ctx.narrival = 3;
    ASSERT_OK(td_pubdate_estimate_in(plain, strlen(plain), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2038-08-07");
    ASSERT_EQ_INT(p.prec, TD_DATE_DAY);
    /* 2038-08-07 is a Saturday: "on Monday" is the Monday after it, written that day */
    ASSERT_OK(td_pubdate_estimate_in(weekday, strlen(weekday), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2038-08-09");
    /* a late arrival among the three: no clock, no guess */
    arrivals[2] = day_of("2038-07-25");
    ASSERT_OK(td_pubdate_estimate_in(plain, strlen(plain), "en", &ctx, &p, NULL));
    ASSERT_EQ_INT(p.source, TD_DATE_SOURCE_NONE);
    arrivals[2] = day_of("2038-08-06");
    ctx.narrival = 2;
    ASSERT_OK(td_pubdate_estimate_in(plain, strlen(plain), "en", &ctx, &p, NULL));
    ASSERT_EQ_INT(p.source, TD_DATE_SOURCE_NONE);
    /* its story's dates come first when the clock is within a week of them */
    ctx.narrival = 3;
    ctx.story_days = &story;
    ctx.nstory = 1;
    ASSERT_OK(td_pubdate_estimate_in(plain, strlen(plain), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2038-08");
    ctx.nstory = 0;
    ctx.story_days = NULL;
    ctx.arrival_days = NULL;
    ASSERT_EQ_INT(td_pubdate_estimate_in(plain, strlen(plain), "en", &ctx, &p, NULL),
                  TD_ERR_INVALID);
}

/*
 * An undated article alone in its event but not in its story: the stream's
 * clock dates it when it lies more than a week past the story's last dated
 * day (the story took up a new happening: the ship home three months after
 * its rescue, not in the month its text recalls), or among the days of a
 * story that spans two days or less (a day, not the story's month); else
 * the story's dates, as before.
 */
TD_TEST(test_pubdate__the_stream_clock_dates_a_new_happening_of_a_story)
{
    const char *home = "The research vessel, freed from the pack ice by an icebreaker in "
                       "January, docked at its home port on Monday to a welcome from families.";
    int64_t arrivals[3] = {day_of("2040-04-16"), day_of("2040-04-12"), day_of("2040-04-12")};
    int64_t story[4] = {day_of("2040-01-09"), day_of("2040-01-09"), day_of("2040-01-10"),
                        day_of("2040-01-19")};
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    struct td_pubdate p;

    ctx.arrival_days = arrivals;
    ctx.narrival = 3;
    ctx.story_days = story;
    ctx.nstory = 4;
    /* 2040-04-16 is a Monday */
    ASSERT_OK(td_pubdate_estimate_in(home, strlen(home), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-04-16");
    ASSERT_EQ_INT(p.prec, TD_DATE_DAY);
    /* no clock (an archive): the month the text recalls fits the story */
    ctx.narrival = 0;
    ASSERT_OK(td_pubdate_estimate_in(home, strlen(home), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-01");
    /* a clock a week past the story's last day is no new happening yet: the story's month */
    ctx.narrival = 3;
    story[3] = day_of("2040-04-09");
    ASSERT_OK(td_pubdate_estimate_in("", 0, "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-01");
    /* a story of one happening (two days at most) the article arrived in: the clock's day */
    story[0] = story[1] = story[2] = day_of("2040-04-15");
    story[3] = day_of("2040-04-16");
    ASSERT_OK(td_pubdate_estimate_in("", 0, "es", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-04-16");
    /* ...not one of a week (several happenings): its month */
    story[0] = day_of("2040-04-10");
    ASSERT_OK(td_pubdate_estimate_in("", 0, "es", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2040-04");
}

/* Sets `out[0..8)` to the days of `dates` (newest arrival first). */
static void days_of(const char *const dates[8], int64_t out[8])
{
    size_t i;

    for (i = 0; i < 8; i++)
        out[i] = day_of(dates[i]);
}

/*
 * When the three latest dated arrivals do not agree, the eight latest
 * still give the clock if all but one came in date order: a feed that
 * jumped two weeks between two events (the clock is the newest day), or
 * one late arrival among them. Not an archive replayed in any order, nor
 * fewer than eight.
 */
TD_TEST(test_pubdate__the_stream_clock_after_a_jump)
{
    static const char *const jump[8] = {"2038-04-07", "2038-04-06", "2038-03-21", "2038-03-20",
                                        "2038-03-19", "2038-03-18", "2038-03-17", "2038-03-16"};
    static const char *const late[8] = {"2038-04-07", "2038-03-01", "2038-04-06", "2038-04-05",
                                        "2038-04-04", "2038-04-03", "2038-04-02", "2038-04-01"};
    static const char *const shuffled[8] = {"2039-06-01", "2040-11-20", "2041-03-05", "2038-01-01",
                                            "2041-02-01", "2037-05-05", "2040-01-01", "2039-01-01"};
    const char *text = "Residents still may not drink the tap water, the town said.";
    struct td_pubdate_context ctx = TD_PUBDATE_CONTEXT_INIT;
    struct td_pubdate p;
    int64_t days[8];

    ctx.arrival_days = days;
    ctx.narrival = 8;
    days_of(jump, days);
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2038-04-07");
    days_of(late, days);
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "en", &ctx, &p, NULL));
    ASSERT_STREQ(p.date, "2038-04-07");
    days_of(shuffled, days);
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "en", &ctx, &p, NULL));
    ASSERT_EQ_INT(p.source, TD_DATE_SOURCE_NONE);
    days_of(jump, days);
    ctx.narrival = 7;
    ASSERT_OK(td_pubdate_estimate_in(text, strlen(text), "en", &ctx, &p, NULL));
    ASSERT_EQ_INT(p.source, TD_DATE_SOURCE_NONE);
}
