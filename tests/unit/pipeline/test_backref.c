/*
 * test_backref.c - tests of src/pipeline/backref.c: a time unit of days or weeks
 * next to the language's "after" starts a clause about another happening,
 * which ends at a clause boundary or after BACKREF_WORDS words; hours, a
 * bare "after" and languages without a table give none. The texts are
 * written for this test.
 */
#include <stdio.h>
#include <string.h>

#include "pipeline/backref.h"
#include "test.h"

/* Finds the clauses of `text` in `lang`; the first one's text in `first` ("" when none). */
static size_t clauses(const char *text, const char *lang, char *first, size_t cap)
{
    struct backref_spans sp;
    size_t n;

    backref_find(text, strlen(text), lang, &sp);
    first[0] = '\0';
    if (sp.n > 0) {
        n = sp.end[0] - sp.start[0];
        if (n >= cap)
            n = cap - 1;
        memcpy(first, text + sp.start[0], n);
        first[n] = '\0';
    }
    return sp.n;
}

TD_TEST(test_backref__a_unit_and_after_open_a_clause)
{
    char c[256];

    ASSERT_EQ_INT(clauses("Thirty whales beached on Tessaloe on Thursday, three days after 74 came "
                          "ashore on Romsholm. Twelve were alive.",
                          "en", c, sizeof(c)),
                  1);
    ASSERT_STREQ(c, "days after 74 came ashore on Romsholm");
    /* Six words after "after" at most: the article's own subject may follow in the sentence. */
    ASSERT_EQ_INT(clauses("Drei Tage nach der Massenstrandung auf Romsholm sind auf der Insel "
                          "Tessaloe 31 Grindwale angespült worden.",
                          "de", c, sizeof(c)),
                  1);
    ASSERT_STREQ(c, "Tage nach der Massenstrandung auf Romsholm sind auf");
    ASSERT_EQ_INT(
        clauses("Trente globicéphales se sont échoués, un jour après le drame de Romsholm.", "fr",
                c, sizeof(c)),
        1);
    ASSERT_STREQ(c, "jour après le drame de Romsholm");
    /* Arabic puts the unit after "بعد"; "،" ends the clause. */
    ASSERT_EQ_INT(
        clauses("وجاءت الصفقة بعد يوم واحد من طلبية سافرون، وقال محللون", "ar", c, sizeof(c)), 1);
    ASSERT_STREQ(c, "بعد يوم واحد من طلبية سافرون");
    /* Chinese tells the other happening before "三天后", back to the last "，". */
    ASSERT_EQ_INT(
        clauses("据报道，在罗姆斯霍尔姆74头鲸搁浅三天后，又有31头鲸搁浅。", "zh", c, sizeof(c)), 1);
    ASSERT_STREQ(c, "在罗姆斯霍尔姆74头鲸搁浅三");
    /* A comma inside a number does not end the clause ("in" does not count towards the bound). */
    ASSERT_EQ_INT(clauses("Two days after 1,200 workers marched in Delsk the plant shut.", "en", c,
                          sizeof(c)),
                  1);
    ASSERT_STREQ(c, "days after 1,200 workers marched in Delsk the plant");
}

/*
 * Weeks date another happening as days do ("three weeks after", "drei
 * Wochen nach"), and Dutch "N weken geleden" ("N weeks ago") opens a clause
 * as its "na" does.
 */
TD_TEST(test_backref__weeks_and_a_dutch_ago_open_a_clause)
{
    char c[256];

    ASSERT_EQ_INT(
        clauses("Chebet won in Amstel, three weeks after Rotich broke the record in Berlin.", "en",
                c, sizeof(c)),
        1);
    ASSERT_STREQ(c, "weeks after Rotich broke the record in Berlin");
    ASSERT_EQ_INT(
        clauses("Drei Wochen nach dem Rekord von Rotich fiel auch dieser.", "de", c, sizeof(c)), 1);
    ASSERT_STREQ(c, "Wochen nach dem Rekord von Rotich fiel auch");
    ASSERT_EQ_INT(
        clauses("Drie weken geleden liep Rotich in Berlijn een record.", "nl", c, sizeof(c)), 1);
    ASSERT_STREQ(c, "weken geleden liep Rotich in Berlijn een record");
}

TD_TEST(test_backref__hours_a_bare_after_and_other_languages_give_none)
{
    char c[64];

    /* Hours after the quake is the same happening. */
    ASSERT_EQ_INT(
        clauses("Rescuers reached Delsk hours after the quake struck.", "en", c, sizeof(c)), 0);
    ASSERT_EQ_INT(clauses("After the vote in Delsk, the mayor resigned.", "en", c, sizeof(c)), 0);
    /* "afterwards" and "aftermath" are no "after". */
    ASSERT_EQ_INT(clauses("Two days afterwards Delsk reopened.", "en", c, sizeof(c)), 0);
    ASSERT_EQ_INT(
        clauses("Three days after the flood in Delsk the bridge reopened.", "ko", c, sizeof(c)), 0);
    ASSERT_EQ_INT(clauses("", "en", c, sizeof(c)), 0);
}

TD_TEST(test_backref__clauses_in_text_order_at_most_the_cap)
{
    struct backref_spans sp;
    char text[2048];
    size_t i, at = 0;

    for (i = 0; i < BACKREF_MAX_SPANS + 3; i++)
        at += (size_t)snprintf(text + at, sizeof(text) - at, "It came %zu days after the storm. ",
                               i + 2);
    backref_find(text, at, "en", &sp);
    ASSERT_EQ_INT(sp.n, BACKREF_MAX_SPANS);
    for (i = 1; i < sp.n; i++)
        ASSERT_TRUE(sp.start[i] >= sp.end[i - 1]);
}

/*
 * The clause's bound counts words of three letters or more: languages spend
 * short linking words ("att en", "a", "at", "i") unevenly, and the name the
 * clause recalls comes after them.
 */
TD_TEST(test_backref__short_words_do_not_count_towards_the_bound)
{
    char c[256];

    ASSERT_EQ_INT(clauses("Flygplatsen Norrvik stängdes i kväll. Det sker två dagar efter att en "
                          "drönare stängde flygplatsen i Tessaloe.",
                          "sv", c, sizeof(c)),
                  1);
    ASSERT_STREQ(c, "dagar efter att en drönare stängde flygplatsen i Tessaloe");
    ASSERT_EQ_INT(clauses("Norrvik closed two days after a drone grounded flights at the airport "
                          "of Tessaloe and then all the others",
                          "en", c, sizeof(c)),
                  1);
    ASSERT_STREQ(c, "days after a drone grounded flights at the airport of Tessaloe");
}

/*
 * Chinese "第二起" ("the second [incident]") counts the article's happening
 * as the second of its kind; the first is told in the rest of the sentence,
 * past its commas, so the clause runs to the sentence's end. "第二天" ("the
 * next day") and text without the cue give none.
 */
TD_TEST(test_backref__a_second_incident_opens_a_clause_to_the_sentence_end)
{
    char c[256];

    ASSERT_EQ_INT(clauses("临川一家化工厂周六发生氨气泄漏，12人送医。这是三天内第二起氨气泄漏"
                          "事故，周三青石镇一座冷库的泄漏曾致27人送医。工厂已停产。",
                          "zh", c, sizeof(c)),
                  1);
    ASSERT_STREQ(c, "第二起氨气泄漏事故，周三青石镇一座冷库的泄漏曾致27人送医");
    ASSERT_EQ_INT(
        clauses("青石镇一座冷库发生泄漏。事故发生后第二天，冷库停产整顿。", "zh", c, sizeof(c)), 0);
    /* The cue is Chinese: another language's table does not hold it. */
    ASSERT_EQ_INT(
        clauses("这是三天内第二起氨气泄漏事故，青石镇的泄漏曾致27人送医。", "ja", c, sizeof(c)), 0);
}
