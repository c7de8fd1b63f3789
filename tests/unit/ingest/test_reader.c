/*
 * test_reader.c - tests of src/ingest/reader.c, lines.c and walk.c through
 * `td_read_path()`: directory order, hidden and symlinked entries, format
 * detection, exact line numbers, CRLF, oversized lines and files (made in
 * the test's temporary directory), stdin, errors, callbacks that stop the
 * read, and allocation failures.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "tidings/ingest.h"
#include "test.h"

#define DATA TD_TEST_DATA_DIR "/ingest"

/* What the callbacks saw, as text; a fixed array so OOM tests see only the reader's allocations. */
struct seen {
    char log[8192];
    size_t len;
    size_t prefix;       /* bytes of `info->file` to hide (the root given) */
    int records;
    int stop_at;         /* return TD_ERR_BUSY from this record on (0: never) */
    uint64_t last_bytes; /* `info->bytes` of the last callback */
    int hide_file;       /* log "R 4 id" instead of "R file:4 id" */
};

static void logf_(struct seen *s, const char *fmt, ...) TD_PRINTF(2, 3);
static void logf_(struct seen *s, const char *fmt, ...)
{
    va_list ap;
    int n;

    va_start(ap, fmt);
    n = vsnprintf(s->log + s->len, sizeof(s->log) - s->len, fmt, ap);
    va_end(ap);
    if (n > 0 && (size_t)n < sizeof(s->log) - s->len)
        s->len += (size_t)n;
}

/* "file:line" (the file relative to the root given), or just "line". */
static const char *where(struct seen *s, const struct td_record_info *info)
{
    static char out[600];
    const char *file = strlen(info->file) > s->prefix ? info->file + s->prefix : info->file;

    if (s->hide_file)
        (void)snprintf(out, sizeof(out), "%lld", (long long)info->line);
    else
        (void)snprintf(out, sizeof(out), "%s:%lld", file, (long long)info->line);
    return out;
}

static enum td_err on_record(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    struct seen *s = ctx;

    s->records++;
    s->last_bytes = info->bytes;
    logf_(s, "R %s %s%s%s\n", where(s, info), art->id ? art->id : "(none)",
          art->meta_json ? " " : "", art->meta_json ? art->meta_json : "");
    if (s->stop_at != 0 && s->records >= s->stop_at)
        return TD_ERR_BUSY;
    return TD_OK;
}

static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    struct seen *s = ctx;

    s->last_bytes = info->bytes;
    logf_(s, "X %s %s\n", where(s, info), reason);
}

/* Reads `path` with `fmt`; messages in `s->log` show paths relative to `root`. */
static enum td_err read_with(const char *path, enum td_format fmt, const char *root,
                             struct seen *s, struct td_error *err)
{
    struct td_reader_opts opts = TD_READER_OPTS_INIT;

    opts.format = fmt;
    opts.on_record = on_record;
    opts.on_reject = on_reject;
    opts.ctx = s;
    s->prefix = root ? strlen(root) + 1 : 0;
    return td_read_path(&opts, path, err);
}

static void write_file(const char *path, const char *data, size_t len)
{
    FILE *fp = fopen(path, "wb");

    if (fp == NULL || fwrite(data, 1, len, fp) != len || fclose(fp) != 0)
        td_test_fail(__FILE__, __LINE__, "cannot write %s", path);
}

static void tmp_path(char *out, size_t size, const char *name)
{
    (void)snprintf(out, size, "%s/%s", td_test_tmpdir(), name);
}

TD_TEST(test_reader__directory_in_byte_order_without_hidden)
{
    struct seen s = {0};
    struct td_error err;

    ASSERT_OK(read_with(DATA "/tree", TD_FORMAT_AUTO, DATA "/tree", &s, &err));
    ASSERT_STREQ(s.log, "R B.json:1 h1\n"
                        "R a.jsonl:1 a1\n"
                        "R a.jsonl:2 a2\n"
                        "R b/c.txt:1 c\n"
                        "R b/d.jsonl:1 d1\n"
                        "R e.ndjson:1 e1\n"
                        "R f:2 f1\n"
                        "R g.md:1 g\n");
}

/* What reading mixed.jsonl must report, LF or CRLF alike. */
static const char mixed_log[] = "R 1 m1\n"
                                "X 3 invalid JSON: null expected\n"
                                "R 4 m2 {\"tag\":\"x\"}\n"
                                "X 6 empty 'text' and no 'title'\n"
                                "X 7 not a JSON object (got array)\n"
                                "X 8 impossible date '2022-02-30'\n"
                                "R 9 m4\n"
                                "R 10 m5\n";

TD_TEST(test_reader__exact_line_numbers_of_rejects)
{
    struct seen s = {0};
    struct td_error err;

    s.hide_file = 1;
    ASSERT_OK(read_with(DATA "/mixed.jsonl", TD_FORMAT_AUTO, NULL, &s, &err));
    ASSERT_STREQ(s.log, mixed_log);
    ASSERT_EQ_INT(s.last_bytes, strlen("{\"id\":\"m5\",\"body\":\"five, no final newline\"}"));
}

/* Copies the fixture `name` into the temp dir as `out`, with every "\n" as "\r\n". */
static void copy_as_crlf(const char *name, const char *out)
{
    char in_path[512], buf[8192];
    size_t n = 0;
    FILE *fp;
    int c;

    (void)snprintf(in_path, sizeof(in_path), "%s/%s", DATA, name);
    fp = fopen(in_path, "rb");
    if (fp == NULL)
        return;
    while ((c = fgetc(fp)) != EOF && n + 2 < sizeof(buf)) {
        if (c == '\n')
            buf[n++] = '\r';
        buf[n++] = (char)c;
    }
    fclose(fp);
    write_file(out, buf, n);
}

TD_TEST(test_reader__crlf_lines)
{
    struct seen s = {0};
    char path[512];

    s.hide_file = 1;
    tmp_path(path, sizeof(path), "crlf.jsonl");
    copy_as_crlf("mixed.jsonl", path);
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, NULL, &s, NULL));
    ASSERT_STREQ(s.log, mixed_log);
}

TD_TEST(test_reader__record_bytes_count_newlines)
{
    struct seen s = {0};
    char path[512];

    tmp_path(path, sizeof(path), "b.jsonl");
    write_file(path, "{\"text\":\"x\"}\r\n", 14);
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, NULL, &s, NULL));
    ASSERT_EQ_INT(s.last_bytes, 14);
    tmp_path(path, sizeof(path), "b.txt");
    write_file(path, "  body  \n", 9);
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, NULL, &s, NULL));
    ASSERT_EQ_INT(s.last_bytes, 9);
    ASSERT_EQ_INT(s.records, 2);
}

TD_TEST(test_reader__bad_bytes_and_bom)
{
    struct seen s = {0};
    char path[512];
    static const char data[] = "\xEF\xBB\xBF{\"id\":\"b1\",\"text\":\"bom\"}\n"
                               "{\"text\":\"\xFF\"}\n"
                               "{\"text\":\"a\0b\"}\n"
                               "\xEF\xBB\xBF{\"text\":\"bom again\"}\n";

    tmp_path(path, sizeof(path), "bytes.jsonl");
    write_file(path, data, sizeof(data) - 1);
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, td_test_tmpdir(), &s, NULL));
    ASSERT_STREQ(s.log, "R bytes.jsonl:1 b1\n"
                        "X bytes.jsonl:2 invalid UTF-8 at byte offset 9\n"
                        "X bytes.jsonl:3 NUL byte at byte offset 10\n"
                        "X bytes.jsonl:4 invalid JSON: invalid utf-8 string\n");
}

/* Writes `n` bytes of 'a' to `fp`. */
static int write_as(FILE *fp, size_t n)
{
    static char block[65536];
    size_t k;

    memset(block, 'a', sizeof(block));
    while (n > 0) {
        k = n < sizeof(block) ? n : sizeof(block);
        if (fwrite(block, 1, k, fp) != k)
            return -1;
        n -= k;
    }
    return 0;
}

/* A line with a `text` of `n` bytes: {"text":"aaa..."} plus `eol`. */
static int write_big_line(FILE *fp, size_t n, const char *eol)
{
    if (fputs("{\"text\":\"", fp) < 0 || write_as(fp, n) != 0 || fputs("\"}", fp) < 0)
        return -1;
    return fputs(eol, fp) < 0 ? -1 : 0;
}

TD_TEST(test_reader__overlong_line_is_skipped_and_reading_goes_on)
{
    struct seen s = {0};
    char path[512];
    FILE *fp;

    tmp_path(path, sizeof(path), "big.jsonl");
    fp = fopen(path, "wb");
    ASSERT_TRUE(fp != NULL);
    ASSERT_TRUE(fputs("{\"id\":\"before\",\"text\":\"x\"}\n", fp) >= 0);
    ASSERT_OK(write_big_line(fp, TD_MAX_LINE_BYTES, "\n"));
    /* Exactly at the limit (11 bytes of JSON around the text), with CRLF: accepted. */
    ASSERT_OK(write_big_line(fp, TD_MAX_LINE_BYTES - 11, "\r\n"));
    ASSERT_TRUE(fputs("{\"id\":\"after\",\"text\":\"x\"}", fp) >= 0);
    ASSERT_OK(fclose(fp));
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, td_test_tmpdir(), &s, NULL));
    ASSERT_STREQ(s.log, "R big.jsonl:1 before\n"
                        "X big.jsonl:2 line longer than 16777216 bytes\n"
                        "R big.jsonl:3 (none)\n"
                        "R big.jsonl:4 after\n");
}

TD_TEST(test_reader__overlong_reject_reports_raw_bytes)
{
    struct seen s = {0};
    char path[512];
    FILE *fp;

    tmp_path(path, sizeof(path), "big.jsonl");
    fp = fopen(path, "wb");
    ASSERT_TRUE(fp != NULL);
    ASSERT_OK(write_big_line(fp, TD_MAX_LINE_BYTES, "\n"));
    ASSERT_OK(fclose(fp));
    ASSERT_OK(read_with(path, TD_FORMAT_JSONL, NULL, &s, NULL));
    ASSERT_EQ_INT(s.records, 0);
    ASSERT_EQ_INT(s.last_bytes, TD_MAX_LINE_BYTES + 12);
}

TD_TEST(test_reader__text_file_over_limit)
{
    struct seen s = {0};
    char path[512];
    FILE *fp;

    tmp_path(path, sizeof(path), "big.txt");
    fp = fopen(path, "wb");
    ASSERT_TRUE(fp != NULL);
    ASSERT_OK(write_as(fp, TD_MAX_TEXT_FILE_BYTES + 1));
    ASSERT_OK(fclose(fp));
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, td_test_tmpdir(), &s, NULL));
    ASSERT_STREQ(s.log, "X big.txt:1 file larger than 16777216 bytes\n");
}

TD_TEST(test_reader__forced_formats)
{
    struct seen s = {0};

    ASSERT_OK(read_with(DATA "/tree/a.jsonl", TD_FORMAT_TEXT, DATA "/tree", &s, NULL));
    ASSERT_OK(read_with(DATA "/tree/g.md", TD_FORMAT_JSONL, DATA "/tree", &s, NULL));
    ASSERT_STREQ(s.log, "R a.jsonl:1 a\n"
                        "X g.md:1 invalid JSON: unexpected character\n");
}

TD_TEST(test_reader__empty_inputs)
{
    struct seen s = {0};
    char path[512];

    tmp_path(path, sizeof(path), "empty.jsonl");
    write_file(path, "\n\n  \n", 5);
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, td_test_tmpdir(), &s, NULL));
    tmp_path(path, sizeof(path), "empty.txt");
    write_file(path, "", 0);
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, td_test_tmpdir(), &s, NULL));
    ASSERT_STREQ(s.log, "X empty.txt:1 empty body\n");
}

TD_TEST(test_reader__symlinks)
{
    struct seen s = {0};
    char root[512], path[512], other[512];

    tmp_path(root, sizeof(root), "root");
    tmp_path(other, sizeof(other), "other");
    ASSERT_OK(mkdir(root, 0700));
    ASSERT_OK(mkdir(other, 0700));
    tmp_path(path, sizeof(path), "other/x.jsonl");
    write_file(path, "{\"id\":\"via-dir-link\",\"text\":\"x\"}\n", 34);
    tmp_path(path, sizeof(path), "root/dirlink");
    ASSERT_OK(symlink(other, path));
    tmp_path(other, sizeof(other), "root/real.jsonl");
    write_file(other, "{\"id\":\"r\",\"text\":\"x\"}\n", 22);
    tmp_path(path, sizeof(path), "root/link.jsonl");
    ASSERT_OK(symlink(other, path));
    ASSERT_OK(read_with(root, TD_FORMAT_AUTO, root, &s, NULL));
    ASSERT_STREQ(s.log, "R link.jsonl:1 r\n"
                        "R real.jsonl:1 r\n");
}

/* Makes `levels` nested directories under `root` with a file at the bottom. */
static int make_deep(char *path, size_t size, int levels)
{
    size_t len = strlen(path);
    int i;

    for (i = 0; i < levels; i++) {
        if (len + 3 >= size)
            return -1;
        memcpy(path + len, "/d", 3);
        len += 2;
        if (mkdir(path, 0700) != 0)
            return -1;
    }
    if (len + 9 >= size)
        return -1;
    memcpy(path + len, "/x.jsonl", 9);
    write_file(path, "{\"text\":\"deep\"}\n", 16);
    return 0;
}

TD_TEST(test_reader__directory_depth_limit)
{
    struct seen s = {0};
    struct td_error err;
    char path[1024];

    tmp_path(path, sizeof(path), "ok");
    ASSERT_OK(mkdir(path, 0700));
    ASSERT_OK(make_deep(path, sizeof(path), TD_MAX_DIR_DEPTH));
    tmp_path(path, sizeof(path), "ok");
    ASSERT_OK(read_with(path, TD_FORMAT_AUTO, NULL, &s, &err));
    ASSERT_EQ_INT(s.records, 1);
    tmp_path(path, sizeof(path), "deep");
    ASSERT_OK(mkdir(path, 0700));
    ASSERT_OK(make_deep(path, sizeof(path), TD_MAX_DIR_DEPTH + 1));
    tmp_path(path, sizeof(path), "deep");
    ASSERT_EQ_INT(read_with(path, TD_FORMAT_AUTO, NULL, &s, &err), TD_ERR_TOO_LARGE);
    ASSERT_TRUE(strstr(err.msg, "nested deeper than 64 levels") != NULL);
    ASSERT_EQ_INT(s.records, 1);
}

TD_TEST(test_reader__missing_path_is_io_error)
{
    struct seen s = {0};
    struct td_error err;

    ASSERT_EQ_INT(read_with(DATA "/no-such-file.jsonl", TD_FORMAT_AUTO, NULL, &s, &err),
                  TD_ERR_IO);
    ASSERT_EQ_INT(err.code, TD_ERR_IO);
    ASSERT_TRUE(strstr(err.msg, "no-such-file.jsonl") != NULL);
    ASSERT_TRUE(strstr(err.msg, "No such file or directory") != NULL);
}

TD_TEST(test_reader__bad_arguments)
{
    struct td_reader_opts opts = TD_READER_OPTS_INIT;
    struct seen s = {0};

    ASSERT_EQ_INT(td_read_path(&opts, DATA "/mixed.jsonl", NULL), TD_ERR_INVALID);
    opts.on_record = on_record;
    opts.on_reject = on_reject;
    opts.ctx = &s;
    ASSERT_EQ_INT(td_read_path(&opts, NULL, NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(td_read_path(NULL, DATA "/mixed.jsonl", NULL), TD_ERR_INVALID);
    opts.format = (enum td_format)7;
    ASSERT_EQ_INT(td_read_path(&opts, DATA "/mixed.jsonl", NULL), TD_ERR_INVALID);
    ASSERT_EQ_INT(s.records, 0);
}

TD_TEST(test_reader__callback_stops_the_read)
{
    struct seen s = {0};
    struct td_error err;

    s.stop_at = 2;
    ASSERT_EQ_INT(read_with(DATA "/tree", TD_FORMAT_AUTO, DATA "/tree", &s, &err), TD_ERR_BUSY);
    ASSERT_EQ_INT(err.code, TD_ERR_BUSY);
    ASSERT_EQ_INT(s.records, 2);
    ASSERT_STREQ(s.log, "R B.json:1 h1\nR a.jsonl:1 a1\n");
    /* Also from inside a text file read. */
    memset(&s, 0, sizeof(s));
    s.stop_at = 1;
    ASSERT_EQ_INT(read_with(DATA "/tree/g.md", TD_FORMAT_AUTO, NULL, &s, &err), TD_ERR_BUSY);
}

TD_TEST(test_reader__drop_field)
{
    struct td_reader_opts opts = TD_READER_OPTS_INIT;
    struct seen s = {0};

    opts.drop_field = "tag";
    opts.on_record = on_record;
    opts.on_reject = on_reject;
    opts.ctx = &s;
    ASSERT_OK(td_read_path(&opts, DATA "/mixed.jsonl", NULL));
    ASSERT_TRUE(strstr(s.log, "R " DATA "/mixed.jsonl:4 m2\n") != NULL);
}

/* Points stdin at a temp file holding `data`. */
static int stdin_from(const char *data)
{
    char path[512];

    tmp_path(path, sizeof(path), "stdin");
    write_file(path, data, strlen(data));
    return freopen(path, "rb", stdin) != NULL ? 0 : -1;
}

TD_TEST(test_reader__stdin_auto_detects)
{
    struct seen s = {0};

    ASSERT_OK(stdin_from("\n\n {\"id\":\"s1\",\"text\":\"x\"}\nbad\n"));
    ASSERT_OK(read_with("-", TD_FORMAT_AUTO, NULL, &s, NULL));
    ASSERT_OK(stdin_from("  date 2024-09-09 From a pipe.\n"));
    ASSERT_OK(read_with("-", TD_FORMAT_AUTO, NULL, &s, NULL));
    ASSERT_OK(stdin_from(""));
    ASSERT_OK(read_with("-", TD_FORMAT_AUTO, NULL, &s, NULL));
    ASSERT_STREQ(s.log, "R -:3 s1\n"
                        "X -:4 invalid JSON: unexpected character\n"
                        "R -:1 (none)\n");
}

TD_TEST(test_reader__format_names)
{
    static const struct {
        const char *name;
        int rc;
        enum td_format fmt;
    } rows[] = {
        {"auto", TD_OK, TD_FORMAT_AUTO}, {"jsonl", TD_OK, TD_FORMAT_JSONL},
        {"text", TD_OK, TD_FORMAT_TEXT}, {"JSONL", TD_ERR_INVALID, TD_FORMAT_AUTO},
        {"", TD_ERR_INVALID, TD_FORMAT_AUTO}, {NULL, TD_ERR_INVALID, TD_FORMAT_AUTO},
    };
    size_t i;

    for (i = 0; i < sizeof(rows) / sizeof(rows[0]); i++) {
        enum td_format f = (enum td_format)99;
        ASSERT_EQ_INT(td_format_parse(rows[i].name, &f), rows[i].rc);
        ASSERT_EQ_INT(f, rows[i].rc == TD_OK ? rows[i].fmt : (enum td_format)99);
    }
}

/* Fails allocation n = 0, 1, ... of reading `path` until it succeeds. */
static void oom_loop(const char *path, int want_records)
{
    long n;

    for (n = 0; n < 10000; n++) {
        struct seen s = {0};
        struct td_error err;
        enum td_err rc;
        int failed;

        alloc_fail_after(n);
        rc = read_with(path, TD_FORMAT_AUTO, NULL, &s, &err);
        failed = alloc_failed();
        alloc_fail_after(-1);
        if (rc == TD_OK) {
            ASSERT_EQ_INT(s.records, want_records);
            return;
        }
        ASSERT_EQ_INT(rc, TD_ERR_NOMEM);
        ASSERT_TRUE(failed);
    }
    ASSERT_TRUE(0);
}

TD_TEST(test_reader__oom_every_allocation)
{
    oom_loop(DATA "/mixed.jsonl", 4);
    oom_loop(DATA "/tree", 8);
}
