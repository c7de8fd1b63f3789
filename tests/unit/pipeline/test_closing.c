/*
 * test_closing.c - tests of src/pipeline/closing.c: a text of 12 sentences
 * or more has its last quarter set apart, counted over full stops, line
 * breaks and CJK stops; shorter texts have none. Texts written for this test.
 */
#include <string.h>

#include "pipeline/closing.h"
#include "test.h"

struct closing_row {
    const char *text;
    const char *closing; /* the text from where the closing part starts; NULL: none */
};

static const struct closing_row rows[] = {
    {"One. Two. Three.", NULL},
    {"", NULL},
    /* 11 sentences: too short. */
    {"A a. B b. C c. D d. E e. F f. G g. H h. I i. J j. K k.", NULL},
    /* 12 sentences: the last 3 (from index 12 * 3 / 4 = 9). */
    {"A a. B b. C c. D d. E e. F f. G g. H h. I i. J j. K k. L l.", "J j. K k. L l."},
    /* Line breaks end sentences, blank lines are none, "3.5" and "e.g." inside a word are not ends.
     */
    {"A 3.5 a\nB\n\n\nC e.g.x\nD\nE\nF\nG\nH\nI\nJ\nK\nL!  M? N", "K\nL!  M? N"},
    /* CJK full stops end sentences without a space. */
    {"一。二。三。四。五。六。七。八。九。十。十一！十二？", "十。十一！十二？"},
};

TD_TEST(test_closing__last_quarter_of_long_texts)
{
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        size_t len = strlen(rows[i].text);
        size_t at = closing_start(rows[i].text, len);
        if (rows[i].closing == NULL)
            ASSERT_EQ_INT(at, len);
        else
            ASSERT_STREQ(rows[i].text + at, rows[i].closing);
    }
}

TD_TEST(test_closing__never_past_the_length)
{
    /* A length short of the NUL: the scan stops there. */
    const char *t = "A a. B b. C c. D d. E e. F f. G g. H h. I i. J j. K k. L l. M m.";

    ASSERT_EQ_INT(closing_start(t, 4), 4);
    ASSERT_EQ_INT(closing_start(t, 0), 0);
}
