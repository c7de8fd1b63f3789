/*
 * test_mention.c - tests of src/timeline/mention.c: the sentence around a
 * date expression (one row per case: text, the expression, the sentence
 * expected) and the trimmed excerpt of a long one.
 */
#include <string.h>

#include "core/alloc.h"
#include "test.h"
#include "timeline/timeline_int.h"

struct scase {
    const char *text, *expr, *want;
};

static const struct scase cases[] = {
    {"It rained. The vote was on May 3, 2021. Then it stopped.", "May 3, 2021",
     "The vote was on May 3, 2021."},
    /* Abbreviations, initials and ordinals do not end a sentence. */
    {"Intro. Mr. Brell said the lamp failed on May 3, 2021 at dusk. Outro.", "May 3, 2021",
     "Mr. Brell said the lamp failed on May 3, 2021 at dusk."},
    {"Intro. The U.S. firm J. Holm Ltd. signed on May 3, 2021. Outro.", "May 3, 2021",
     "The U.S. firm J. Holm Ltd. signed on May 3, 2021."},
    {"Vorher. Der Vertrag wurde am 7. Januar 2022 unterschrieben. Danach.", "7. Januar 2022",
     "Der Vertrag wurde am 7. Januar 2022 unterschrieben."},
    /* A year closes a sentence as any word does. */
    {"It opened in 2021. It closed in 2023.", "2023", "It closed in 2023."},
    /* Closing quotes stay with their sentence; lines break sentences. */
    {"\"We opened on May 3, 2021.\" Then more.", "May 3, 2021", "\"We opened on May 3, 2021.\""},
    {"Headline of May 3, 2021\nBody text.", "May 3, 2021", "Headline of May 3, 2021"},
};

TD_TEST(test_mention__sentence_table)
{
    size_t i, s, e, at;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct scase *c = &cases[i];
        char got[256];

        at = (size_t)(strstr(c->text, c->expr) - c->text);
        mention_sentence(c->text, strlen(c->text), at, at + strlen(c->expr), &s, &e);
        ASSERT_TRUE(e - s < sizeof(got));
        memcpy(got, c->text + s, e - s);
        got[e - s] = '\0';
        ASSERT_STREQ(got, c->want);
    }
}

TD_TEST(test_mention__excerpt_keeps_the_date_in_view)
{
    char text[2048];
    size_t n = 0, at;
    char *x;
    int k;

    for (k = 0; k < 100; k++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "alpha ");
    at = n;
    n += (size_t)snprintf(text + n, sizeof(text) - n, "on May 3, 2021 ");
    for (k = 0; k < 100; k++)
        n += (size_t)snprintf(text + n, sizeof(text) - n, "omega ");
    x = mention_excerpt(text, 0, n, at);
    ASSERT_TRUE(x != NULL);
    ASSERT_TRUE(strstr(x, "on May 3, 2021") != NULL);
    ASSERT_TRUE(strncmp(x, "…alpha ", strlen("…alpha ")) == 0);
    ASSERT_TRUE(strlen(x) < 260);
    ASSERT_TRUE(strcmp(x + strlen(x) - strlen("omega…"), "omega…") == 0);
    td_free(x);
    /* Short text is kept whole, with white space collapsed. */
    x = mention_excerpt("It  rained\n on May 3.", 0, 21, 0);
    ASSERT_STREQ(x, "It rained on May 3.");
    td_free(x);
}
