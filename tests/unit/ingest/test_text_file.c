/*
 * test_text_file.c - tests of src/ingest/text_file.c: seed-style files
 * from a table (date header on the same line, leading blanks, BOM, no
 * date, bad dates, empty bodies, bad bytes), ids from file names, OOM.
 */
#include "core/alloc.h"
#include "core/limits.h"
#include "ingest/ingest.h"
#include "test.h"

/* A row: file name, content (NULs allowed), code, reason or expected fields. */
struct text_case {
    const char *name;
    const char *data;
    size_t len;
    int rc;
    const char *why;  /* substring of the reason when rc != 0 */
    const char *id;   /* expected id, NULL for none */
    const char *date; /* expected date, NULL for none */
    const char *text; /* expected body */
};
#define GOOD(name, s, id, date, text) {name, s, sizeof(s) - 1, TD_OK, NULL, id, date, text}
#define BAD(s, rc, why) {"x.txt", s, sizeof(s) - 1, rc, why, NULL, NULL, NULL}

static const struct text_case cases[] = {
    GOOD("seeds/000_43ffd9204fe86b63.txt", " date 2024-09-09 Julia Fox once shared details.",
         "000_43ffd9204fe86b63", "2024-09-09", "Julia Fox once shared details."),
    GOOD("a.txt", "date 2022-01-07\nNext month will mark a year.\n", "a", "2022-01-07",
         "Next month will mark a year."),
    GOOD("a.txt", "\n\n \t date   2022-01-07   Body  \n\n", "a", "2022-01-07", "Body"),
    GOOD("a.txt", "\xEF\xBB\xBF date 2022-01-07 Body", "a", "2022-01-07", "Body"),
    GOOD("a.txt", "\xEF\xBB\xBFPlain body", "a", NULL, "Plain body"),
    GOOD("b.txt", "Kanye West moves on with his life.\n", "b", NULL,
         "Kanye West moves on with his life."),
    GOOD("b.txt", "date night was fun", "b", NULL, "date night was fun"),
    GOOD("b.txt", "dates 2022-01-07 are words", "b", NULL, "dates 2022-01-07 are words"),
    GOOD("b.txt", "Body\nmentions date 2022-02-30 later", "b", NULL,
         "Body\nmentions date 2022-02-30 later"),
    GOOD("dir.v2/a.b.txt", "x", "a.b", NULL, "x"),
    GOOD("noext", "x", "noext", NULL, "x"),
    GOOD("/d/.hidden", "x", ".hidden", NULL, "x"),
    GOOD("-", "x", NULL, NULL, "x"),
    GOOD(NULL, "x", NULL, NULL, "x"),
    BAD("date 2022-02-30 Body", TD_ERR_INVALID, "impossible date '2022-02-30'"),
    BAD("date 2022-1-07 Body", TD_ERR_INVALID, "bad date '2022-1-07': "),
    BAD("date 2024-05 Body", TD_ERR_INVALID, "bad date '2024-05': expected YYYY-MM-DD"),
    BAD("date 2024-05-01T10:00:00Z Body", TD_ERR_INVALID, "expected YYYY-MM-DD"),
    BAD("date 2024-01-01   \n", TD_ERR_INVALID, "empty body"),
    BAD("", TD_ERR_INVALID, "empty body"),
    BAD(" \n\t\r\n", TD_ERR_INVALID, "empty body"),
    BAD("\xEF\xBB\xBF", TD_ERR_INVALID, "empty body"),
    BAD("abc\xC3(", TD_ERR_INVALID, "invalid UTF-8 at byte offset 3"),
    BAD("\xED\xA0\x80", TD_ERR_INVALID, "invalid UTF-8 at byte offset 0"),
    BAD("ab\0c", TD_ERR_INVALID, "NUL byte at byte offset 2"),
    {"bad\x01name.txt", "x", 1, TD_ERR_INVALID, "control character in 'id'", NULL, NULL, NULL},
    {".txt", "x", 1, TD_OK, NULL, ".txt", NULL, "x"},
};

/* Compares an optional string with its expectation; reports and returns 0 on mismatch. */
static int same(size_t row, const char *what, const char *got, const char *want)
{
    if ((got == NULL) != (want == NULL) || (got != NULL && strcmp(got, want) != 0)) {
        td_test_fail(__FILE__, __LINE__, "row %zu %s: \"%s\", want \"%s\"", row, what,
                     got ? got : "(null)", want ? want : "(null)");
        return 0;
    }
    return 1;
}

static void check_row(size_t i, const struct text_case *c)
{
    struct td_article a;
    struct td_error err;
    enum td_err rc;

    td_error_clear(&err);
    td_article_init(&a);
    rc = ingest_parse_text(c->name, c->data, c->len, &a, &err);
    if ((int)rc != c->rc)
        td_test_fail(__FILE__, __LINE__, "row %zu: rc %d (%s), want %d", i, rc, err.msg, c->rc);
    else if (rc != TD_OK && strstr(err.msg, c->why) == NULL)
        td_test_fail(__FILE__, __LINE__, "row %zu: reason \"%s\", want \"%s\"", i, err.msg,
                     c->why);
    else if (rc == TD_OK && same(i, "id", a.id, c->id) && same(i, "date", a.date, c->date))
        (void)same(i, "text", a.text, c->text);
    if (rc == TD_OK && a.title != NULL)
        td_test_fail(__FILE__, __LINE__, "row %zu: title set", i);
    td_article_release(&a);
}

TD_TEST(test_text_file__table)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
        check_row(i, &cases[i]);
}

TD_TEST(test_text_file__date_fields)
{
    struct td_article a;
    const char *s = " date 2024-09-09 Body";

    td_article_init(&a);
    ASSERT_OK(ingest_parse_text("x.txt", s, strlen(s), &a, NULL));
    ASSERT_EQ_INT(a.date_prec, TD_DATE_DAY);
    ASSERT_EQ_INT(a.published_at, 1725840000LL);
    /* The file's bytes were checked, so the body is vouched for. */
    ASSERT_TRUE(a.valid_utf8);
    td_article_release(&a);
    /* No date means undated, never "today". */
    s = "Body";
    ASSERT_OK(ingest_parse_text("x.txt", s, strlen(s), &a, NULL));
    ASSERT_EQ_INT(a.date_prec, TD_DATE_NONE);
    ASSERT_EQ_INT(a.published_at, 0);
    td_article_release(&a);
}

TD_TEST(test_text_file__too_large_and_long_id)
{
    struct td_article a;
    struct td_error err;
    char name[TD_MAX_ID_BYTES + 8];

    td_article_init(&a);
    /* The length is checked before `data` is read (documented), so no big buffer is needed. */
    ASSERT_EQ_INT(ingest_parse_text("x.txt", "x", TD_MAX_TEXT_FILE_BYTES + 1, &a, &err),
                  TD_ERR_TOO_LARGE);
    ASSERT_STREQ(err.msg, "file larger than 16777216 bytes");
    memset(name, 'n', TD_MAX_ID_BYTES + 1);
    memcpy(name + TD_MAX_ID_BYTES + 1, ".txt", 5);
    ASSERT_EQ_INT(ingest_parse_text(name, "x", 1, &a, &err), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(err.msg, "'id' longer than 512 bytes");
    ASSERT_TRUE(a.text == NULL);
}

TD_TEST(test_text_file__oom_every_allocation)
{
    const char *s = " date 2024-09-09 Julia Fox once shared details.";
    long n;

    for (n = 0; n < 100; n++) {
        struct td_article a;
        enum td_err rc;

        td_article_init(&a);
        alloc_fail_after(n);
        rc = ingest_parse_text("dir/000_x.txt", s, strlen(s), &a, NULL);
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            ASSERT_STREQ(a.id, "000_x");
            ASSERT_EQ_INT(n, 3); /* date, id and text */
            td_article_release(&a);
            return;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        ASSERT_TRUE(a.id == NULL && a.text == NULL && a.date == NULL);
    }
    ASSERT_TRUE(0);
}
