/*
 * test_buffer.c - tests of src/ingest/buffer.c: `td_read_buffer()` over
 * JSON Lines, one (pretty-printed) JSON object and text held in memory,
 * with the same validation as files; and `struct td_upload`, the capped
 * body collector of the HTTP server.
 */
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "tidings/ingest.h"
#include "test.h"

/* What the callbacks saw, one line per record: "R line id" or "X line reason". */
struct seen {
    char log[2048];
    size_t len;
};

static void add_line(struct seen *s, char kind, int64_t line, const char *what)
{
    int n = snprintf(s->log + s->len, sizeof(s->log) - s->len, "%c %lld %s\n", kind,
                     (long long)line, what);

    if (n > 0 && (size_t)n < sizeof(s->log) - s->len)
        s->len += (size_t)n;
}

static enum td_err on_record(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    add_line(ctx, 'R', info->line, art->id != NULL ? art->id : "(none)");
    return TD_OK;
}

static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    add_line(ctx, 'X', info->line, reason);
}

/* Reads `data` in `format` and returns the log (static storage). */
static const char *read_log(enum td_format format, const char *data, enum td_err *rc)
{
    static struct seen s;
    struct td_reader_opts o = TD_READER_OPTS_INIT;

    memset(&s, 0, sizeof(s));
    o.format = format;
    o.on_record = on_record;
    o.on_reject = on_reject;
    o.ctx = &s;
    *rc = td_read_buffer(&o, "body", data, strlen(data), NULL);
    return s.log;
}

TD_TEST(test_buffer__formats)
{
    static const struct {
        enum td_format format;
        const char *data, *log;
    } cases[] = {
        {TD_FORMAT_JSONL, "{\"id\":\"a\",\"text\":\"x\"}\n\nnope\n{\"id\":\"b\",\"text\":\"y\"}",
         "R 1 a\nX 3 invalid JSON: null expected\nR 4 b\n"},
        {TD_FORMAT_AUTO, "{\"id\":\"a\"}\r\n", "X 1 missing 'text' (or 'body')\n"},
        {TD_FORMAT_JSONL, "", ""},
        {TD_FORMAT_JSON, "\xEF\xBB\xBF {\n  \"id\": \"p\",\n  \"text\": \"pretty\"\n}\n",
         "R 1 p\n"},
        {TD_FORMAT_JSON, " \n ", "X 1 empty body\n"},
        {TD_FORMAT_JSON, "{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}", NULL},
        {TD_FORMAT_JSON, "{\"id\":\"a\",\"text\":\"bad \\u0000\"}", NULL},
        {TD_FORMAT_TEXT, "date 2024-03-01\nA body.", "R 1 (none)\n"},
    };
    enum td_err rc;
    size_t i;

    for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const char *log = read_log(cases[i].format, cases[i].data, &rc);
        ASSERT_OK(rc);
        if (cases[i].log != NULL)
            ASSERT_STREQ(log, cases[i].log);
        else
            ASSERT_TRUE(strncmp(log, "X 1 ", 4) == 0 && strchr(log + 4, '\n')[1] == '\0');
    }
}

TD_TEST(test_buffer__bad_arguments)
{
    struct td_reader_opts o = TD_READER_OPTS_INIT;
    struct td_error err;

    ASSERT_EQ_INT(td_read_buffer(&o, "body", "", 0, &err), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_read_buffer(NULL, "body", "", 0, NULL), TD_ERR_INVALID);
    o.on_record = on_record;
    o.on_reject = on_reject;
    ASSERT_EQ_INT(td_read_buffer(&o, NULL, "", 0, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_read_buffer(&o, "body", NULL, 3, NULL), TD_ERR_INVALID);
    o.format = (enum td_format)42;
    ASSERT_EQ_INT(td_read_buffer(&o, "body", "", 0, &err), TD_ERR_INVALID);
    ASSERT_TRUE(strstr(err.msg, "format") != NULL);
    /* TD_FORMAT_JSON is for buffers only. */
    o.format = TD_FORMAT_JSON;
    ASSERT_EQ_INT(td_read_path(&o, "-", NULL), TD_ERR_INVALID);
}

TD_TEST(test_buffer__upload_cap)
{
    struct td_upload *u = NULL;
    struct td_error err;
    size_t len = 99;

    ASSERT_OK(td_upload_new(8, &u, NULL));
    ASSERT_OK(td_upload_add(u, "abcd", 4, NULL));
    ASSERT_OK(td_upload_add(u, "efgh", 4, NULL));
    ASSERT_OK(td_upload_check(u, NULL));
    ASSERT_STREQ(td_upload_data(u, &len), "abcdefgh");
    ASSERT_EQ_INT(len, 8);
    ASSERT_EQ_INT(td_upload_add(u, "i", 1, &err), TD_ERR_TOO_LARGE);
    ASSERT_TRUE(strstr(err.msg, "8 bytes") != NULL);
    /* Refused for good: later pieces, even small ones, do not revive it. */
    ASSERT_EQ_INT(td_upload_add(u, "", 0, NULL), TD_ERR_TOO_LARGE);
    ASSERT_EQ_INT(td_upload_check(u, &err), TD_ERR_TOO_LARGE);
    ASSERT_STREQ(td_upload_data(u, &len), "");
    ASSERT_EQ_INT(len, 0);
    td_upload_free(u);
    td_upload_free(NULL);
}

TD_TEST(test_buffer__oom)
{
    struct td_upload *u = NULL;
    enum td_err rc = TD_ERR_NOMEM;
    long n;

    for (n = 0; rc != TD_OK; n++) {
        alloc_fail_after(n);
        rc = td_upload_new(64, &u, NULL);
        if (rc == TD_OK) {
            rc = td_upload_add(u, "abc", 3, NULL);
            td_upload_free(u);
        }
        alloc_fail_after(-1);
        ASSERT_TRUE(rc == TD_OK || rc == TD_ERR_NOMEM);
    }
    ASSERT_TRUE(n > 1);
}
