/*
 * test_jsonl.c - tests of src/ingest/jsonl.c: a table of good and bad
 * records (one row per rule), field mapping, `meta_json`, size limits and
 * every allocation failure of `ingest_parse_jsonl`.
 */
#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "ingest/ingest.h"
#include "test.h"

/* A row: the raw line (NULs allowed), the code and a substring of the reason. */
struct jsonl_case {
    const char *line;
    size_t len;
    int rc;
    const char *why;
};
#define ROW(s, rc, why) {s, sizeof(s) - 1, rc, why}

static const struct jsonl_case cases[] = {
    /* Good records. */
    ROW("{\"text\":\"hello\"}", TD_OK, NULL),
    ROW("{\"body\":\"hello\"}", TD_OK, NULL),
    ROW("  {\"text\":\"hello\"}  \t", TD_OK, NULL),
    ROW("{\"id\":42,\"text\":\"x\"}", TD_OK, NULL),
    ROW("{\"id\":-7,\"text\":\"x\"}", TD_OK, NULL),
    ROW("{\"id\":null,\"text\":\"x\"}", TD_OK, NULL),
    ROW("{\"title\":\"T\",\"text\":\"\"}", TD_OK, NULL),
    ROW("{\"title\":\"T\",\"text\":\"  \\n \"}", TD_OK, NULL),
    ROW("{\"text\":\"x\",\"title\":null,\"url\":null,\"source\":null,\"date\":null,\"lang\":null}",
        TD_OK, NULL),
    ROW("{\"text\":\"x\",\"lang\":\"pt-BR\"}", TD_OK, NULL),
    ROW("{\"text\":\"x\",\"lang\":\"zh_Hant\"}", TD_OK, NULL),
    ROW("{\"text\":\"x\",\"date\":\"2022-01-07T10:30:00+01:00\"}", TD_OK, NULL),
    ROW("{\"text\":\"x\",\"extra\":{\"a\":[1,2.5,\"s\"]},\"n\":1e5}", TD_OK, NULL),
    ROW("{\"text\":\"caf\xC3\xA9 \\u00e9 \\ud83d\\ude00\"}", TD_OK, NULL),
    ROW("{\"text\":\"a\\\\u0000b\"}", TD_OK, NULL), /* an escaped backslash, then "u0000" */
    /* Invalid JSON. */
    ROW("", TD_ERR_PARSE, "invalid JSON: "),
    ROW("{\"text\":\"x\"", TD_ERR_PARSE, "invalid JSON: "),
    ROW("{\"text\":\"x\"} trailing", TD_ERR_PARSE, "invalid JSON: "),
    ROW("{\"text\":\"x\"}{}", TD_ERR_PARSE, "invalid JSON: "),
    ROW("{\"text\":\"x\",}", TD_ERR_PARSE, "invalid JSON: "),
    ROW("{'text':'x'}", TD_ERR_PARSE, "invalid JSON: "),
    ROW("{\"text\":\"x\",'a':1}", TD_ERR_PARSE, "invalid JSON: "),
    ROW("{'a':1,\"text\":\"x\"}", TD_ERR_PARSE, "invalid JSON: single-quoted string"),
    ROW("{\"text\":\"x\",\"n\":NaN}", TD_ERR_PARSE, "invalid JSON: NaN or Infinity"),
    ROW("{\"text\":\"x\",\"n\":-Infinity}", TD_ERR_PARSE, "invalid JSON: NaN or Infinity"),
    ROW("{\"text\":\"a\tb\"}", TD_ERR_PARSE, "invalid JSON: control character in a string"),
    /* Long strings: the raw scan skips eight plain bytes at a time. */
    ROW("{\"text\":\"a long line with \\\"quotes\\\" caf\xC3\xA9 and a \\\\ backslash, then "
        "more\"}",
        TD_OK, NULL),
    ROW("{\"text\":\"sixteen plain bytes\tthen a tab\"}", TD_ERR_PARSE,
        "invalid JSON: control character in a string"),
    ROW("{\"text\":\"\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\nnewline\"}",
        TD_ERR_PARSE, "invalid JSON: control character in a string"),
    ROW("{\"text\":\"a long string before the value\",\"n\":NaN}", TD_ERR_PARSE,
        "invalid JSON: NaN or Infinity"),
    ROW("{\"text\":\"a long string, then an escaped NUL \\u0000 inside\"}", TD_ERR_INVALID,
        "NUL character (\\u0000) in a string"),
    ROW("not json", TD_ERR_PARSE, "invalid JSON: "),
    /* Not an object. */
    ROW("[1,2]", TD_ERR_PARSE, "not a JSON object (got array)"),
    ROW("\"text\"", TD_ERR_PARSE, "not a JSON object (got string)"),
    ROW("123", TD_ERR_PARSE, "not a JSON object (got int)"),
    ROW("null", TD_ERR_PARSE, "not a JSON object (got null)"),
    /* Bytes. */
    ROW("{\"text\":\"\xFF\"}", TD_ERR_INVALID, "invalid UTF-8 at byte offset 9"),
    ROW("{\"text\":\"\xC0\xAF\"}", TD_ERR_INVALID, "invalid UTF-8 at byte offset 9"),
    ROW("{\"text\":\"a\0b\"}", TD_ERR_INVALID, "NUL byte at byte offset 10"),
    ROW("{\"text\":\"a\\u0000b\"}", TD_ERR_INVALID, "NUL character (\\u0000) in a string"),
    ROW("{\"text\":\"x\",\"k\\u0000\":1}", TD_ERR_INVALID, "NUL character (\\u0000) in a string"),
    /* Text. */
    ROW("{\"title\":\"t\"}", TD_ERR_INVALID, "missing 'text' (or 'body')"),
    ROW("{}", TD_ERR_INVALID, "missing 'text' (or 'body')"),
    ROW("{\"text\":\"a\",\"body\":\"b\"}", TD_ERR_INVALID, "both 'text' and 'body' given"),
    /* Escaped values too: the direct scan keeps an escaped text as it decodes it. */
    ROW("{\"text\":\"a\\nb\",\"body\":\"c\\nd\"}", TD_ERR_INVALID, "both 'text' and 'body' given"),
    ROW("{\"body\":\"c\\nd\",\"text\":\"a\"}", TD_ERR_INVALID, "both 'text' and 'body' given"),
    ROW("{\"text\":5}", TD_ERR_INVALID, "field 'text' must be a string"),
    ROW("{\"body\":null}", TD_ERR_INVALID, "field 'body' must be a string"),
    ROW("{\"text\":\"\"}", TD_ERR_INVALID, "empty 'text' and no 'title'"),
    ROW("{\"text\":\" \\n\\t \"}", TD_ERR_INVALID, "empty 'text' and no 'title'"),
    ROW("{\"text\":\"\",\"title\":\"   \"}", TD_ERR_INVALID, "empty 'text' and no 'title'"),
    ROW("{\"text\":\"\",\"title\":null}", TD_ERR_INVALID, "empty 'text' and no 'title'"),
    /* Field types. */
    ROW("{\"text\":\"x\",\"title\":5}", TD_ERR_INVALID, "field 'title' must be a string"),
    ROW("{\"text\":\"x\",\"url\":[]}", TD_ERR_INVALID, "field 'url' must be a string"),
    ROW("{\"text\":\"x\",\"source\":true}", TD_ERR_INVALID, "field 'source' must be a string"),
    ROW("{\"text\":\"x\",\"date\":20220107}", TD_ERR_INVALID, "field 'date' must be a string"),
    ROW("{\"text\":\"x\",\"lang\":{}}", TD_ERR_INVALID, "field 'lang' must be a string"),
    ROW("{\"text\":\"x\",\"id\":1.5}", TD_ERR_INVALID, "field 'id' must be a string or an integer"),
    ROW("{\"text\":\"x\",\"id\":true}", TD_ERR_INVALID,
        "field 'id' must be a string or an integer"),
    /* Dates. */
    ROW("{\"text\":\"x\",\"date\":\"2022-02-30\"}", TD_ERR_INVALID, "impossible date '2022-02-30'"),
    ROW("{\"text\":\"x\",\"date\":\"2022-13-01\"}", TD_ERR_INVALID, "impossible date '2022-13-01'"),
    ROW("{\"text\":\"x\",\"date\":\"yesterday\"}", TD_ERR_INVALID, "bad date 'yesterday': "),
    ROW("{\"text\":\"x\",\"date\":\"2022-1-7\"}", TD_ERR_INVALID, "bad date '2022-1-7': "),
    /* Ids. */
    ROW("{\"text\":\"x\",\"id\":\"\"}", TD_ERR_INVALID, "empty 'id'"),
    ROW("{\"text\":\"x\",\"id\":\"a\\u0001b\"}", TD_ERR_INVALID, "control character in 'id'"),
    ROW("{\"text\":\"x\",\"id\":\"a\\nb\"}", TD_ERR_INVALID, "control character in 'id'"),
    ROW("{\"text\":\"x\",\"id\":99999999999999999999}", TD_ERR_INVALID,
        "integer 'id' out of range"),
    /* Language tags. */
    ROW("{\"text\":\"x\",\"lang\":\"en us\"}", TD_ERR_INVALID, "bad language tag 'en us'"),
    ROW("{\"text\":\"x\",\"lang\":\"-en\"}", TD_ERR_INVALID, "bad language tag '-en'"),
    ROW("{\"text\":\"x\",\"lang\":\"abcdefghijklmnopq\"}", TD_ERR_INVALID, "bad language tag"),
};

TD_TEST(test_jsonl__table)
{
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const struct jsonl_case *c = &cases[i];
        struct td_article a;
        struct td_error err;
        enum td_err rc;

        td_error_clear(&err);
        td_article_init(&a);
        rc = ingest_parse_jsonl(c->line, c->len, NULL, &a, &err);
        if ((int)rc != c->rc)
            td_test_fail(__FILE__, __LINE__, "row %zu '%s': rc %d (%s), want %d", i, c->line,
                         rc, err.msg, c->rc);
        else if (c->why != NULL && strstr(err.msg, c->why) == NULL)
            td_test_fail(__FILE__, __LINE__, "row %zu '%s': reason \"%s\", want \"%s\"", i,
                         c->line, err.msg, c->why);
        else if (rc != TD_OK && a.text != NULL)
            td_test_fail(__FILE__, __LINE__, "row %zu: output filled on failure", i);
        td_article_release(&a);
    }
}

/* Parses `line`, which must be good, into `a`. */
static enum td_err parse(const char *line, const char *drop, struct td_article *a)
{
    struct td_error err;
    enum td_err rc;

    td_article_init(a);
    rc = ingest_parse_jsonl(line, strlen(line), drop, a, &err);
    if (rc != TD_OK)
        fprintf(stderr, "parse failed: %s\n", err.msg);
    return rc;
}

TD_TEST(test_jsonl__fields_are_mapped)
{
    struct td_article a;

    ASSERT_OK(parse("{\"id\":\"n-1\",\"title\":\"T\",\"text\":\"Body\",\"url\":\"http://x/a\","
                    "\"source\":\"Wire\",\"lang\":\"en\",\"date\":\"2022-01-07\"}",
                    NULL, &a));
    ASSERT_STREQ(a.id, "n-1");
    ASSERT_STREQ(a.title, "T");
    ASSERT_STREQ(a.text, "Body");
    ASSERT_STREQ(a.url, "http://x/a");
    ASSERT_STREQ(a.source, "Wire");
    ASSERT_STREQ(a.lang, "en");
    ASSERT_STREQ(a.date, "2022-01-07");
    ASSERT_EQ_INT(a.published_at, 1641513600LL);
    ASSERT_EQ_INT(a.date_prec, TD_DATE_DAY);
    ASSERT_TRUE(a.meta_json == NULL);
    td_article_release(&a);
}

TD_TEST(test_jsonl__date_precisions)
{
    static const struct {
        const char *date;
        long long at;
        int prec;
    } rows[] = {
        {"2022", 1640995200LL, TD_DATE_YEAR},
        {"2022-01", 1640995200LL, TD_DATE_MONTH},
        {"2022-01-07", 1641513600LL, TD_DATE_DAY},
        {"2022-01-07T10:30:00+01:00", 1641547800LL, TD_DATE_SECOND},
    };
    size_t i;
    char line[128];

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        struct td_article a;
        (void)snprintf(line, sizeof(line), "{\"text\":\"x\",\"date\":\"%s\"}", rows[i].date);
        ASSERT_OK(parse(line, NULL, &a));
        ASSERT_STREQ(a.date, rows[i].date);
        ASSERT_EQ_INT(a.published_at, rows[i].at);
        ASSERT_EQ_INT(a.date_prec, rows[i].prec);
        td_article_release(&a);
    }
}

TD_TEST(test_jsonl__integer_id_and_absent_fields)
{
    struct td_article a;

    ASSERT_OK(parse("{\"id\":-42,\"text\":\"x\",\"title\":null,\"url\":\"\",\"date\":\"\"}", NULL,
                    &a));
    ASSERT_STREQ(a.id, "-42");
    ASSERT_TRUE(a.title == NULL && a.url == NULL && a.date == NULL);
    ASSERT_EQ_INT(a.date_prec, TD_DATE_NONE);
    td_article_release(&a);
    ASSERT_OK(parse("{\"id\":18446744073709551614,\"text\":\"x\"}", NULL, &a));
    ASSERT_STREQ(a.id, "18446744073709551614");
    td_article_release(&a);
}

/*
 * `valid_utf8` is set when the direct scan took the record (the line was
 * checked and the escapes decoded to code points), never by json-c's path.
 */
TD_TEST(test_jsonl__valid_utf8_only_from_the_direct_scan)
{
    struct td_article a;

    ASSERT_OK(parse("{\"text\":\"caf\xC3\xA9 \\u00e9 \\ud83d\\ude00\\n\\\"q\\\"\"}", NULL, &a));
    ASSERT_STREQ(a.text, "caf\xC3\xA9 \xC3\xA9 \xF0\x9F\x98\x80\n\"q\"");
    ASSERT_TRUE(a.valid_utf8);
    td_article_release(&a);
    ASSERT_TRUE(!a.valid_utf8);
    /* A nested value is json-c's to read: the text is not vouched for. */
    ASSERT_OK(parse("{\"text\":\"x\",\"m\":{\"a\":1}}", NULL, &a));
    ASSERT_STREQ(a.text, "x");
    ASSERT_TRUE(!a.valid_utf8);
    td_article_release(&a);
    /* So is a lone surrogate escape, whatever json-c makes of it. */
    if (parse("{\"text\":\"a \\ud800 b\"}", NULL, &a) == TD_OK)
        ASSERT_TRUE(!a.valid_utf8);
    td_article_release(&a);
}

/* An escaped text is decoded in place of a copy; its length is its own, not the raw value's. */
TD_TEST(test_jsonl__escaped_text_decoded)
{
    struct td_article a;

    ASSERT_OK(
        parse("{\"title\":\"T\\tU\",\"body\":\"line one\\nline \\\"two\\\"\\u00e9\"}", NULL, &a));
    ASSERT_STREQ(a.text, "line one\nline \"two\"\xC3\xA9");
    ASSERT_EQ_INT(strlen(a.text), 21);
    ASSERT_STREQ(a.title, "T\tU");
    ASSERT_TRUE(a.valid_utf8);
    td_article_release(&a);
}

TD_TEST(test_jsonl__blank_text_under_title_becomes_empty)
{
    struct td_article a;

    ASSERT_OK(parse("{\"title\":\"Only a title\",\"text\":\" \\n \"}", NULL, &a));
    ASSERT_STREQ(a.text, "");
    ASSERT_STREQ(a.title, "Only a title");
    td_article_release(&a);
}

TD_TEST(test_jsonl__meta_keeps_other_fields_in_order)
{
    struct td_article a;

    ASSERT_OK(parse("{\"z\":1,\"text\":\"x\",\"a\":{\"b\":[1,\"/\",2.50]},\"n\":null,"
                    "\"s\":\"caf\\u00e9 \\\"q\\\"\"}",
                    NULL, &a));
    ASSERT_STREQ(a.meta_json, "{\"z\":1,\"a\":{\"b\":[1,\"/\",2.50]},\"n\":null,"
                              "\"s\":\"caf\xC3\xA9 \\\"q\\\"\"}");
    td_article_release(&a);
}

TD_TEST(test_jsonl__drop_field_is_removed_first)
{
    struct td_article a;

    ASSERT_OK(parse("{\"text\":\"x\",\"gold\":\"c7\",\"k\":2}", "gold", &a));
    ASSERT_STREQ(a.meta_json, "{\"k\":2}");
    td_article_release(&a);
    ASSERT_OK(parse("{\"text\":\"x\",\"gold\":\"c7\"}", "gold", &a));
    ASSERT_TRUE(a.meta_json == NULL);
    td_article_release(&a);
    /* A dropped field is not validated either. */
    ASSERT_OK(parse("{\"text\":\"x\",\"title\":5}", "title", &a));
    ASSERT_TRUE(a.title == NULL);
    td_article_release(&a);
}

/* Builds {"text":"x","<field>":"<n times c>"} on the heap. */
static char *line_with_field(const char *field, size_t n)
{
    struct td_buf b;
    size_t i;
    enum td_err rc;

    td_buf_init(&b, 0);
    rc = td_buf_addf(&b, "{\"text\":\"x\",\"%s\":\"", field);
    for (i = 0; rc == TD_OK && i < n; i++)
        rc = td_buf_addc(&b, 'a');
    if (rc == TD_OK)
        rc = td_buf_adds(&b, "\"}");
    if (rc != TD_OK) {
        td_buf_release(&b);
        return NULL;
    }
    return td_buf_take(&b, NULL);
}

/* Parses a line whose `field` holds `n` bytes; returns the code, reason in `err`. */
static enum td_err parse_sized(const char *field, size_t n, struct td_error *err)
{
    char *line = line_with_field(field, n);
    struct td_article a;
    enum td_err rc;

    if (line == NULL)
        return TD_ERR_NOMEM;
    td_article_init(&a);
    rc = ingest_parse_jsonl(line, strlen(line), NULL, &a, err);
    td_article_release(&a);
    td_free(line);
    return rc;
}

TD_TEST(test_jsonl__size_limits)
{
    struct td_error err;

    ASSERT_OK(parse_sized("id", TD_MAX_ID_BYTES, &err));
    ASSERT_EQ_INT(parse_sized("id", TD_MAX_ID_BYTES + 1, &err), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(err.msg, "'id' longer than 512 bytes");
    ASSERT_OK(parse_sized("title", TD_MAX_SHORT_FIELD_BYTES, &err));
    ASSERT_EQ_INT(parse_sized("title", TD_MAX_SHORT_FIELD_BYTES + 1, &err), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(err.msg, "field 'title' longer than 65536 bytes");
    ASSERT_EQ_INT(parse_sized("url", TD_MAX_SHORT_FIELD_BYTES + 1, &err), TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(parse_sized("source", TD_MAX_SHORT_FIELD_BYTES + 1, &err), TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(parse_sized("lang", TD_MAX_SHORT_FIELD_BYTES + 1, &err), TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(parse_sized("date", TD_MAX_SHORT_FIELD_BYTES + 1, &err), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(err.msg, "field 'date' longer than 65536 bytes");
}

TD_TEST(test_jsonl__line_over_limit)
{
    size_t len = TD_MAX_LINE_BYTES + 1;
    char *line = td_malloc(len);
    struct td_article a;
    struct td_error err;

    ASSERT_TRUE(line != NULL);
    memset(line, ' ', len);
    td_article_init(&a);
    ASSERT_EQ_INT(ingest_parse_jsonl(line, len, NULL, &a, &err), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(err.msg, "line longer than 16777216 bytes");
    td_free(line);
}

TD_TEST(test_jsonl__failure_leaves_output_untouched)
{
    struct td_article a;
    struct td_error err;
    const char *bad = "{\"text\":\"x\",\"title\":\"t\",\"date\":\"2022-02-30\"}";

    ASSERT_OK(parse("{\"text\":\"kept\"}", NULL, &a));
    ASSERT_EQ_INT(ingest_parse_jsonl(bad, strlen(bad), NULL, &a, &err), TD_ERR_INVALID);
    ASSERT_STREQ(a.text, "kept");
    ASSERT_TRUE(a.title == NULL);
    td_article_release(&a);
}

TD_TEST(test_jsonl__oom_every_allocation)
{
    const char *line = "{\"id\":7,\"title\":\"T\",\"text\":\"Body\",\"url\":\"u\",\"source\":\"s\","
                       "\"lang\":\"en\",\"date\":\"2022-01-07\",\"m1\":[1,2],\"m2\":\"v\","
                       "\"m3\":\"0123456789012345678901234567890123456789012345678901234567890\"}";
    long n;

    for (n = 0; n < 1000; n++) {
        struct td_article a;
        struct td_error err;
        enum td_err rc;

        td_article_init(&a);
        alloc_fail_after(n);
        rc = ingest_parse_jsonl(line, strlen(line), NULL, &a, &err);
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            ASSERT_STREQ(a.id, "7");
            ASSERT_STREQ(a.date, "2022-01-07");
            ASSERT_TRUE(a.meta_json != NULL && strstr(a.meta_json, "\"m3\"") != NULL);
            td_article_release(&a);
            ASSERT_TRUE(n >= 9); /* eight strings and the meta buffer at least */
            return;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        ASSERT_TRUE(a.id == NULL && a.text == NULL && a.meta_json == NULL);
    }
    ASSERT_TRUE(0);
}
