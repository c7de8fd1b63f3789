/*
 * test_page.c - tests of src/text/page.c: the block of page furniture that
 * closes a page is found by its lines' shape in any language, and nothing
 * of the article's own text goes with it.
 */
#include <stdio.h>
#include <string.h>

#include "text/text.h"
#include "test.h"

/* Checks that text_page_body_len() keeps exactly `body`, the head of `page`. */
static void expect_body(const char *page, const char *body, int line)
{
    size_t got = text_page_body_len(page, strlen(page));

    if (got != strlen(body) || strncmp(page, body, got) != 0)
        td_test_fail(__FILE__, line, "kept '%.*s', want '%s'", (int)got, page, body);
}

/* Checks that `page` keeps all its text. */
static void expect_whole(const char *page, int line)
{
    expect_body(page, page, line);
}

/*
 * The closing block in several languages and scripts: the copyright line,
 * the numbered "most read" list and the notice between them go; the
 * newsletter line above the list, which no marked line precedes, stays.
 */
TD_TEST(test_page__closing_block_in_any_language)
{
    static const char *const body[] = {
        "ZELENODOLSK - The tank cars left the rails at 5:18.\n\nThe fire was out by nine.\n\n"
        "Sign up for our evening letter.",
        /* Russian: Поезд сошёл с рельсов. */
        "\xd0\x9f\xd0\xbe\xd0\xb5\xd0\xb7\xd0\xb4 \xd1\x81\xd0\xbe\xd1\x88\xd1\x91\xd0\xbb "
        "\xd1\x81 \xd1\x80\xd0\xb5\xd0\xbb\xd1\x8c\xd1\x81\xd0\xbe\xd0\xb2.",
        /* Chinese: 残骸坠落在村口。 */
        "\xe6\xae\x8b\xe9\xaa\xb8\xe5\x9d\xa0\xe8\x90\xbd\xe5\x9c\xa8\xe6\x9d\x91\xe5\x8f\xa3"
        "\xe3\x80\x82",
    };
    static const char *const block[] = {
        "\n\nTrending now: 1. Rice prices steady 2. Typhoon outlook 3. New terminal opens\n\n"
        "This website uses cookies. Choose Accept or Manage preferences.\n\n"
        "\xc2\xa9 2041 Manila Harbour Times. All rights reserved.\n",
        /* Популярное: 1. Тарифы 2. Мост 3. Прогноз / cookie notice / © 2041 */
        "\n\xd0\x9f\xd0\xbe\xd0\xbf\xd1\x83\xd0\xbb\xd1\x8f\xd1\x80\xd0\xbd\xd0\xbe\xd0\xb5: 1. "
        "\xd0\xa2\xd0\xb0\xd1\x80\xd0\xb8\xd1\x84\xd1\x8b 2. \xd0\x9c\xd0\xbe\xd1\x81\xd1\x82 3. "
        "\xd0\x9f\xd1\x80\xd0\xbe\xd0\xb3\xd0\xbd\xd0\xbe\xd0\xb7\n"
        "\xd0\x9c\xd1\x8b \xd0\xb8\xd1\x81\xd0\xbf\xd0\xbe\xd0\xbb\xd1\x8c\xd0\xb7\xd1\x83\xd0\xb5"
        "\xd0\xbc cookie.\n\xc2\xa9 2041",
        /* 阅读排行：1. 校车 2. 预警 3. 步道 / © 2041 湘西 (a list right after a full-width colon)
         */
        "\n\n\xe9\x98\x85\xe8\xaf\xbb\xe6\x8e\x92\xe8\xa1\x8c\xef\xbc\x9a"
        "1. \xe6\xa0\xa1\xe8\xbd\xa6 "
        "2. \xe9\xa2\x84\xe8\xad\xa6 3. \xe6\xad\xa5\xe9\x81\x93\n\n\xc2\xa9 2041 "
        "\xe6\xb9\x98\xe8\xa5"
        "\xbf",
    };
    char page[1024];
    size_t i;

    for (i = 0; i < sizeof(body) / sizeof(body[0]); i++) {
        snprintf(page, sizeof(page), "%s%s", body[i], block[i]);
        expect_body(page, body[i], __LINE__);
    }
}

/* A list of links run into one line with "|", "·" or "•" is marked too, like a numbered one. */
TD_TEST(test_page__link_lists)
{
    expect_body("Body of the report.\nMore in World: Storm hits coast | Budget vote | Zoo opens\n"
                "We use cookies.\n(c) 2029 Harbour Gazette",
                "Body of the report.", __LINE__);
    expect_body("Body.\n\nMehr: Politik \xc2\xb7 Wirtschaft \xc2\xb7 Sport\n\xc2\xa9 Kurier",
                "Body.", __LINE__);
    expect_body("Body.\nMore: A \xe2\x80\xa2 B \xe2\x80\xa2 C\nCopyright 2030 Orbis Wire", "Body.",
                __LINE__);
    /* One separator is no list: the line stays, and so does what it stands above. */
    expect_body("Body.\nRegion | Alle Meldungen\n\xc2\xa9 2041 Echo",
                "Body.\nRegion | Alle Meldungen", __LINE__);
}

/*
 * Nothing of the article's own text goes: a short last paragraph, a quote
 * or one-line live-blog entries above a copyright line stay (only the
 * copyright line goes), and so does a line below a copyright line, a line
 * that ends the page, and a second unmarked line in a row.
 */
TD_TEST(test_page__article_text_stays)
{
    expect_body("The ferry listed at 4am.\n\nThe owner said it was cleared to sail.\n\n"
                "\xc2\xa9 2041 Manila Harbour Times.",
                "The ferry listed at 4am.\n\nThe owner said it was cleared to sail.", __LINE__);
    expect_body("Il porto \xc3\xa8 chiuso.\n\xc2\xab"
                "Senza barche non si esce\xc2\xbb\n"
                "\xc2\xa9 2038 Giornale",
                "Il porto \xc3\xa8 chiuso.\n\xc2\xab"
                "Senza barche non si esce\xc2\xbb",
                __LINE__);
    expect_body(
        "09:40 GMT - Airports stay shut\n09:10 GMT - 4,400 flights cancelled\n\xc2\xa9 Wire",
        "09:40 GMT - Airports stay shut\n09:10 GMT - 4,400 flights cancelled", __LINE__);
    /* A caption's credit above the last paragraph: nothing below a copyright line goes. */
    expect_whole("The roof fell.\n(Photo \xc2\xa9 Feldkamp)\nNobody was hurt.", __LINE__);
    expect_body("The roof fell.\n(c) Feldkamp\nNobody was hurt.\n\xc2\xa9 2041 Echo",
                "The roof fell.\n(c) Feldkamp\nNobody was hurt.", __LINE__);
    /* Two unmarked lines below a list: the block is the copyright line alone. */
    expect_body("Body.\nMost read: 1. A 2. B 3. C\nThe mayor spoke.\nShe left.\n\xc2\xa9 X",
                "Body.\nMost read: 1. A 2. B 3. C\nThe mayor spoke.\nShe left.", __LINE__);
    /* A line over GAP_MAX_CHARS below a list is a paragraph and ends the block. */
    {
        char page[1024];
        char para[400];
        memset(para, 'a', sizeof(para) - 2);
        para[sizeof(para) - 2] = '.';
        para[sizeof(para) - 1] = '\0';
        snprintf(page, sizeof(page), "Body.\nMost read: 1. A 2. B 3. C\n%s\n\xc2\xa9 X", para);
        ASSERT_EQ_INT(text_page_body_len(page, strlen(page)),
                      strlen(page) - strlen("\n\xc2\xa9 X"));
    }
    /* A line over LINE_MAX_BYTES is a paragraph, whatever it holds: not read as furniture. */
    {
        char page[1400];
        memset(page, 'b', sizeof(page));
        memcpy(page, "Body.\n", 6);
        memcpy(page + sizeof(page) - 8, " \xc2\xa9 2041", 7);
        page[sizeof(page) - 1] = '\0';
        expect_whole(page, __LINE__);
    }
}

/*
 * Dates and ordinals in prose are no numbered list ("am 1. und 13. April":
 * no "3." of its own), and a page that is nothing but furniture, a blank
 * page or a title-only item keeps its text.
 */
TD_TEST(test_page__no_block)
{
    expect_body("Der Markt \xc3\xb6"
                "ffnet am 1. M\xc3\xa4rz, am 2. und am 13. April.\nHinweis.\n"
                "\xc2\xa9 2041 Echo",
                "Der Markt \xc3\xb6"
                "ffnet am 1. M\xc3\xa4rz, am 2. und am 13. April.\nHinweis.",
                __LINE__);
    expect_whole("Body of the report, no furniture.", __LINE__);
    expect_whole("Body.\nMost read: 1. A 2. B 3. C\nThe last paragraph.", __LINE__);
    expect_whole("\xc2\xa9 2041 Echo", __LINE__);
    expect_whole("Most read: 1. A 2. B 3. C\n\n\xc2\xa9 2041 Echo\n", __LINE__);
    expect_whole("  \n\n", __LINE__);
    ASSERT_EQ_INT(text_page_body_len(NULL, 0), 0);
    ASSERT_EQ_INT(text_page_body_len("", 0), 0);
}
