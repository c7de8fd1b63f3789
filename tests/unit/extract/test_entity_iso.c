/*
 * test_entity_iso.c - tests of src/extract/entity_iso.c: the direct scan of
 * iso-codes JSON hands the gazetteer the same entries as json-c's tree, on
 * the installed iso-codes files (when there are any) and on made-up files of
 * every shape; files it does not take (escapes, numbers, nesting, duplicate
 * keys, trailing bytes) go to json-c; errors; and the ASCII shortcut of the
 * gazetteer's name folding agrees with utf8proc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "core/buf.h"
#include "extract/entity_int.h"
#include "test.h"

/* Appends each entry's five fields (or '-' for an absent one) to a log. */
static enum td_err log_entry(void *ctx, const struct iso_entry *e)
{
    struct td_buf *b = ctx;
    const char *f[5] = {e->name, e->common_name, e->official_name, e->alpha_2, e->alpha_3};
    size_t i;

    for (i = 0; i < 5; i++) {
        if (td_buf_add(b, f[i] != NULL ? f[i] : "-", strlen(f[i] != NULL ? f[i] : "-")) !=
                TD_OK ||
            td_buf_add(b, i < 4 ? "|" : "\n", 1) != TD_OK)
            return TD_ERR_NOMEM;
    }
    return TD_OK;
}

/* Reads `path` the way `how` says into `log` (reset first); the code entity_iso_each gave. */
static enum td_err read_log(const char *path, const char *key, enum iso_read how,
                            struct td_buf *log)
{
    td_buf_reset(log);
    return entity_iso_each(path, key, how, log_entry, log);
}

/* Writes `body` to a fresh file in the test's directory; its path in `path`. */
static bool write_tmp(const char *body, char *path, size_t cap)
{
    static int n;
    FILE *f;

    if (snprintf(path, cap, "%s/iso%d.json", td_test_tmpdir(), n++) >= (int)cap ||
        (f = fopen(path, "w")) == NULL)
        return false;
    fputs(body, f);
    return fclose(f) == 0;
}

/* The scan takes `body` and hands over what json-c does. */
static int scan_agrees(const char *body, const char *key)
{
    struct td_buf a, b;
    char path[1024];
    int ok;

    td_buf_init(&a, 0);
    td_buf_init(&b, 0);
    ok = write_tmp(body, path, sizeof(path)) &&
         read_log(path, key, ISO_READ_SCAN, &a) == TD_OK &&
         read_log(path, key, ISO_READ_JSONC, &b) == TD_OK && a.len == b.len &&
         memcmp(a.data, b.data, a.len) == 0 && read_log(path, key, ISO_READ_ANY, &a) == TD_OK &&
         a.len == b.len && memcmp(a.data, b.data, a.len) == 0;
    td_buf_release(&a);
    td_buf_release(&b);
    return ok;
}

/* The scan leaves `body` alone, and reading it anyway gives json-c's answer. */
static int scan_declines(const char *body, const char *key)
{
    struct td_buf a, b;
    char path[1024];
    int ok;

    td_buf_init(&a, 0);
    td_buf_init(&b, 0);
    ok = write_tmp(body, path, sizeof(path)) &&
         read_log(path, key, ISO_READ_SCAN, &a) == TD_ERR_PARSE && a.len == 0 &&
         read_log(path, key, ISO_READ_ANY, &a) == read_log(path, key, ISO_READ_JSONC, &b) &&
         a.len == b.len && (a.len == 0 || memcmp(a.data, b.data, a.len) == 0);
    td_buf_release(&a);
    td_buf_release(&b);
    return ok;
}

TD_TEST(test_entity_iso__made_up_files)
{
    ASSERT_TRUE(scan_agrees("{\"3166-1\":[]}", "3166-1"));
    ASSERT_TRUE(scan_agrees(" {\n \"3166-1\" : [ { } , {\"name\":\"\"} ]\n}\n\n", "3166-1"));
    ASSERT_TRUE(scan_agrees("{\"3166-1\":[{\"alpha_2\":\"FD\",\"name\":\"Freedonia\","
                            "\"official_name\":\"Republic of Freedonia\",\"numeric\":\"999\"},"
                            "{\"common_name\":\"Br\xc3\xa9nland\",\"alpha_3\":\"BRL\","
                            "\"flag\":\"\xf0\x9f\x8f\xb3\"}]}",
                            "3166-1"));
    /* A repeated key the gazetteer does not read is no reason to decline. */
    ASSERT_TRUE(scan_agrees("{\"639-2\":[{\"x\":\"1\",\"x\":\"2\",\"name\":\"Zorbic\"}]}", "639-2"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"Caf\\u00e9 \\\"Land\\\"\"}]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"A\",\"numeric\":4}]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":{\"en\":\"A\"}}]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"A\",\"name\":\"B\"}]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[\"A\"]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"A\"}]} x", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"A\tB\"}]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"A\"}],\"more\":[]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"A\"},]}", "3166-1"));
    ASSERT_TRUE(scan_declines("{\"3166-1\":[{\"name\":\"A\"}", "3166-1"));
}

TD_TEST(test_entity_iso__errors)
{
    struct td_buf b;
    char path[1024];

    td_buf_init(&b, 0);
    ASSERT_TRUE(write_tmp("{\"4217\":[{\"alpha_3\":\"FDD\"}]}", path, sizeof(path)));
    /* Another array than the one asked for: not found, either way. */
    ASSERT_EQ_INT(read_log(path, "3166-1", ISO_READ_SCAN, &b), TD_ERR_NOTFOUND);
    ASSERT_EQ_INT(read_log(path, "3166-1", ISO_READ_ANY, &b), TD_ERR_NOTFOUND);
    ASSERT_TRUE(write_tmp("not json at all", path, sizeof(path)));
    ASSERT_EQ_INT(read_log(path, "3166-1", ISO_READ_ANY, &b), TD_ERR_IO);
    ASSERT_EQ_INT(read_log("/nonexistent/iso.json", "3166-1", ISO_READ_ANY, &b), TD_ERR_IO);
    ASSERT_EQ_INT(read_log("/nonexistent/iso.json", "3166-1", ISO_READ_SCAN, &b), TD_ERR_IO);
    ASSERT_EQ_INT(b.len, 0);
    td_buf_release(&b);
}

/* The files the gazetteer reads by default, when this machine has them. */
TD_TEST(test_entity_iso__installed_files_as_json_c_reads_them)
{
    static const char *const files[][2] = {{"iso_3166-1.json", "3166-1"},
                                            {"iso_3166-2.json", "3166-2"},
                                            {"iso_4217.json", "4217"},
                                            {"iso_639-2.json", "639-2"}};
    struct td_buf a, b;
    size_t i, read = 0;

    td_buf_init(&a, 0);
    td_buf_init(&b, 0);
    for (i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
        char path[512];
        (void)snprintf(path, sizeof(path), "/usr/share/iso-codes/json/%s", files[i][0]);
        if (read_log(path, files[i][1], ISO_READ_JSONC, &b) != TD_OK)
            continue;
        ASSERT_OK(read_log(path, files[i][1], ISO_READ_SCAN, &a));
        ASSERT_EQ_INT(a.len, b.len);
        ASSERT_TRUE(memcmp(a.data, b.data, a.len) == 0);
        read++;
    }
    if (read == 0)
        fprintf(stderr, "note: no iso-codes installed; only the made-up files were read\n");
    td_buf_release(&a);
    td_buf_release(&b);
}

/* utf8proc's NFKC + case folding (the gazetteer's options) of `s`, or NULL. */
static bool utf8proc_fold(const char *s, size_t n, char *out, size_t *out_n)
{
    utf8proc_int32_t cps[8];
    utf8proc_option_t opts = (utf8proc_option_t)(UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                 UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                                                 UTF8PROC_IGNORE);
    utf8proc_ssize_t k = utf8proc_decompose((const utf8proc_uint8_t *)s, (utf8proc_ssize_t)n,
                                            cps, 8, opts);

    if (k < 0 || k > 8 || (k = utf8proc_reencode(cps, k, opts)) < 0)
        return false;
    memcpy(out, cps, (size_t)k);
    *out_n = (size_t)k;
    return true;
}

/* What entity_gaz.c's fold_name takes for granted of ASCII: every character and pair lower-cased. */
TD_TEST(test_entity_iso__ascii_folds_to_lower_case)
{
    char in[2], want[2], got[32];
    size_t n, bad = 0;
    int a, b;

    for (a = 0; a < 128; a++) {
        for (b = -1; b < 128; b++) {
            in[0] = (char)a;
            want[0] = (char)(a >= 'A' && a <= 'Z' ? a + 32 : a);
            in[1] = (char)b;
            want[1] = (char)(b >= 'A' && b <= 'Z' ? b + 32 : b);
            n = b < 0 ? 1 : 2;
            if (!utf8proc_fold(in, n, got, &n) || n != (b < 0 ? 1u : 2u) ||
                memcmp(got, want, n) != 0)
                bad++;
        }
    }
    ASSERT_EQ_INT(bad, 0);
}
