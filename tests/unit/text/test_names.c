/*
 * test_names.c - tests of src/text/names.c: which capitalised words are
 * spotted as names (one table row per sentence), case folding of non-ASCII
 * names, shouted words versus acronyms, and invalid UTF-8.
 */
#include <string.h>

#include "core/alloc.h"
#include "collect.h"
#include "text/text.h"
#include "test.h"

static const struct {
    const char *lang;
    const char *in;
    const char *names;
} cases[] = {
    {"en", "actress Julia Fox met Kanye West in Miami.", "julia fox kanye west miami"},
    {"en", "The mayor of Valdemora spoke.", "valdemora"},
    {"en", "Talks failed. Negotiators left Oslo. Strikes resumed!", "oslo"},
    {"en", "Was it over? Nobody knew: Crews waited; Unions met", ""},
    {"en", "first line\nSecond line names Lisbon", "lisbon"},
    {"es", "La líder sindical Inés Carvalho habló en Zürich.", "inés carvalho zürich"},
    /* German nouns are capitalised too; a shouted long word is still skipped. */
    {"de", "der Besuch in ÖSTERREICH und Österreich", "besuch österreich"},
    {"en", "reports from NASA and the UN said BREAKING news", "nasa un"},
    {"en", "officials in WASHINGTON said", ""},
    {"en", "a storm hit the Ｔｏｋｙｏ area", "tokyo"},
    {"en", "seen in Paris, The Hague and Of", "paris hague"},
    {"en", "after the Mr Smith case, I said X", "mr smith"},
    {"en", "Only Sentence Start Is Dropped", "sentence start dropped"},
    {"en", "", ""},
    {NULL, "met Anna in Köln", "anna köln"},
};

TD_TEST(test_names__table)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        struct joined j = {"", 0};
        struct td_error err;
        enum td_err rc =
            text_names(NULL, cases[i].lang, cases[i].in, strlen(cases[i].in), join_name, &j, &err);
        if (rc != TD_OK || strcmp(j.s, cases[i].names) != 0) {
            td_test_fail(__FILE__, __LINE__, "row %zu \"%s\": got \"%s\" (code %d), want \"%s\"", i,
                         cases[i].in, j.s, (int)rc, cases[i].names);
            return;
        }
    }
}

TD_TEST(test_names__invalid_utf8)
{
    static const char *const bad[] = {"Julia \xff Fox", "Zürich \xc3", "\xed\xa0\x80 Paris"};
    size_t i;

    for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
        struct joined j = {"", 0};
        struct td_error err;
        ASSERT_EQ_INT(text_names(NULL, "en", bad[i], strlen(bad[i]), join_name, &j, &err),
                      TD_ERR_INVALID);
        ASSERT_EQ_INT(err.code, TD_ERR_INVALID);
        ASSERT_TRUE(strstr(err.msg, "UTF-8") != NULL);
        ASSERT_STREQ(j.s, ""); /* nothing emitted before the check */
    }
}

TD_TEST(test_names__length_is_respected)
{
    static const char text[] = "met Julia Fox";
    struct joined j = {"", 0};

    /* Only "met Julia Fo" is scanned. */
    ASSERT_OK(text_names(NULL, "en", text, strlen(text) - 1, join_name, &j, NULL));
    ASSERT_STREQ(j.s, "julia fo");
}

TD_TEST(test_names__oom)
{
    static const char text[] = "met Inés Carvalho in Zürich and Julia Fox in Miami";
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        struct joined j = {"", 0};
        alloc_fail_after(n);
        rc = text_names(NULL, "en", text, strlen(text), join_name, &j, NULL);
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
        if (rc == TD_OK)
            ASSERT_STREQ(j.s, "inés carvalho zürich julia fox miami");
    }
    ASSERT_TRUE(n > 1);
}
