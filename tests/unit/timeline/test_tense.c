/*
 * test_tense.c - tests of src/timeline/tense.c: a year-less month or day in
 * a sentence about the future lies after its report, and a bare year is
 * background unless it is the year before the report or a person's own.
 */
#include <stdio.h>
#include <string.h>

#include "test.h"
#include "timeline/timeline_int.h"

/* One sentence, the date expression in it, its value as the tagger reads it, and the result. */
struct next_row {
    const char *lang, *text, *expr, *value, *pub, *want;
};

/* Every report is of 2025-11-29 unless the row says otherwise. */
static const struct next_row next_rows[] = {
    {"en", "It will be opened for signature at a conference in Panama City in May.", "May",
     "2025-05", "2025-11-29", "2026-05"},
    {"en", "The plant is due to reopen on March 3.", "March 3", "2025-03-03", "2025-11-29",
     "2026-03-03"},
    {"fr", "Le traité sera ouvert à la signature lors d'une conférence à Panama en mai.", "mai",
     "2025-05", "2025-11-30", "2026-05"},
    {"es", "El PNUMA abrirá el texto a la firma en una conferencia en mayo.", "mayo", "2025-05",
     "2025-11-30", "2026-05"},
    {"de", "Das Abkommen soll im Mai zur Unterzeichnung aufgelegt werden.", "Mai", "2025-05",
     "2025-11-30", "2026-05"},
    {"it", "Il trattato sarà aperto alla firma a maggio.", "maggio", "2025-05", "2025-11-30",
     "2026-05"},
    {"ru", "Договор будет открыт для подписания в мае.", "мае", "2025-05", "2025-11-30", "2026-05"},
    {"zh", "条约将于5月在巴拿马城开放签署。", "5月", "2025-05", "2025-11-30", "2026-05"},
    /* Past, a written year, "last May", a later month, the report's own month: unchanged. */
    {"en", "It was opened for signature at a conference in May.", "May", "2025-05", "2025-11-29",
     "2025-05"},
    {"en", "It will be reviewed, as agreed in May 2025.", "May 2025", "2025-05", "2025-11-29",
     "2025-05"},
    {"en", "It will build on what was agreed last May.", "last May", "2025-05", "2025-11-29",
     "2025-05"},
    {"en", "It will be opened for signature in December.", "December", "2025-12", "2025-11-29",
     "2025-12"},
    {"en", "It will be opened for signature in November.", "November", "2025-11", "2025-11-29",
     "2025-11"},
    {"en", "Willow growers met in May.", "May", "2025-05", "2025-11-29", "2025-05"},
};

TD_TEST(test_tense__future_month_is_next_year)
{
    struct td_timeline_input in;
    struct tl_date pub, d;
    const char *at;
    size_t k;

    for (k = 0; k < sizeof(next_rows) / sizeof(next_rows[0]); k++) {
        const struct next_row *r = &next_rows[k];

        memset(&in, 0, sizeof(in));
        in.text = r->text;
        in.text_len = strlen(r->text);
        in.lang = r->lang;
        at = strstr(r->text, r->expr);
        ASSERT_TRUE(at != NULL);
        ASSERT_TRUE(tl_date_parse(r->pub, &pub));
        ASSERT_TRUE(tl_date_parse(r->value, &d));
        tense_next_year(&in, 0, (size_t)(at - r->text), (size_t)(at - r->text) + strlen(r->expr),
                        &pub, &d);
        if (strcmp(d.value, r->want) != 0)
            fprintf(stderr, "row %zu: %s\n", k, r->text);
        ASSERT_STREQ(d.value, r->want);
    }
}

/* A bare year, the clause before it (lower case) and whether it is background. */
struct year_row {
    const char *clause, *year, *pub;
    bool background;
};

static const struct year_row year_rows[] = {
    {"cut production by 30 percent by", "2040", "2025-11-29", true}, /* a target */
    {"bis", "2040", "2025-11-30", true},
    {"the next summit will be held in", "2027", "2026-06-12", true},          /* a plan */
    {"that sounds bold until you remember that", "2025", "2025-12-03", true}, /* its own year */
    {"the team began digging at the site in", "2021", "2023-11-08", true},    /* years back */
    {"takes output back to where it stood", "2015", "2025-12-03", true},      /* "a decade ago" */
    {"sales fell in", "2024", "2025-11-29", false},                           /* the year before */
    {"who she'd been married to since", "2014", "2022-01-07", false},         /* a person's life */
    {NULL, "2019", "2025-11-29", true},
};

TD_TEST(test_tense__bare_years)
{
    struct tl_date pub, d;
    size_t k;

    for (k = 0; k < sizeof(year_rows) / sizeof(year_rows[0]); k++) {
        ASSERT_TRUE(tl_date_parse(year_rows[k].pub, &pub));
        ASSERT_TRUE(tl_date_parse(year_rows[k].year, &d));
        if (tense_year_background(year_rows[k].clause, &d, &pub) != year_rows[k].background)
            fprintf(stderr, "row %zu: %s\n", k, year_rows[k].year);
        ASSERT_TRUE(tense_year_background(year_rows[k].clause, &d, &pub) ==
                    year_rows[k].background);
    }
    /* Only bare years. */
    ASSERT_TRUE(tl_date_parse("2040-05", &d));
    ASSERT_TRUE(!tense_year_background("by", &d, &pub));
}
