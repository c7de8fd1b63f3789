/*
 * test_inflect.c - tests of src/text/inflect.c: which base forms an
 * inflected name is offered as, per language, and the limits (short
 * stems, the word itself, languages without a table).
 */
#include <stdio.h>
#include <string.h>

#include "text/text.h"
#include "test.h"

/* The bases offered, joined by spaces, and the one `fit` accepts. */
struct offered {
    char s[512];
    size_t len;
    const char *want;
};

static bool collect_base(void *ctx, const char *base, size_t len)
{
    struct offered *o = ctx;
    int n = snprintf(o->s + o->len, sizeof(o->s) - o->len, "%s%.*s", o->len > 0 ? " " : "",
                     (int)len, base);

    if (n > 0 && (size_t)n < sizeof(o->s) - o->len)
        o->len += (size_t)n;
    return o->want != NULL && strlen(o->want) == len && memcmp(o->want, base, len) == 0;
}

/* Whether `w` in `lang` is offered as `base`. */
static bool offers(const char *lang, const char *w, const char *base)
{
    struct offered o = {"", 0, base};

    return text_name_bases(text_inflection_find(lang), w, strlen(w), collect_base, &o);
}

TD_TEST(test_inflect__case_endings_meet_the_base)
{
    ASSERT_TRUE(offers("pl", "wąsowicza", "wąsowicz"));
    ASSERT_TRUE(offers("pl", "wąsowiczem", "wąsowicz"));
    ASSERT_TRUE(offers("pl", "gdyni", "gdynia"));
    ASSERT_TRUE(offers("pl-PL", "warszawie", "warszawa"));
    ASSERT_TRUE(offers("cs", "novákovi", "novák"));
    ASSERT_TRUE(offers("hr", "beogradu", "beograd"));
    ASSERT_TRUE(offers("sr", "zagreba", "zagreb"));
    ASSERT_TRUE(offers("hu", "budapesten", "budapest"));
    ASSERT_TRUE(offers("hu", "orbánnak", "orbán"));
    ASSERT_TRUE(offers("sk", "bratislave", "bratislava"));
}

TD_TEST(test_inflect__limits)
{
    struct offered o = {"", 0, NULL};

    /* Languages without a table, and a NULL one. */
    ASSERT_TRUE(text_inflection_find("en") == NULL);
    ASSERT_TRUE(text_inflection_find("tr") == NULL);
    ASSERT_TRUE(text_inflection_find(NULL) == NULL);
    ASSERT_TRUE(!offers("en", "wąsowicza", "wąsowicz"));
    /* A stem under four letters is none ("jana" is no form of "jan"). */
    ASSERT_TRUE(!offers("cs", "jana", "jan"));
    ASSERT_TRUE(!offers("cs", "brně", "brno"));
    /* Hungarian has no nominative ending to put back. */
    ASSERT_TRUE(!offers("hu", "budapesta", "budapesto"));
    /* The word itself is never offered, nor anything for a word too long. */
    ASSERT_TRUE(!text_name_bases(text_inflection_find("pl"), "gdynia", 6, collect_base, &o));
    ASSERT_TRUE(strstr(o.s, "gdynia") == NULL);
    ASSERT_TRUE(strstr(o.s, "gdyni") != NULL);
    o.len = 0;
    o.s[0] = '\0';
    ASSERT_TRUE(!text_name_bases(text_inflection_find("pl"),
                                 "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", 65,
                                 collect_base, &o));
    ASSERT_TRUE(o.len == 0);
}
