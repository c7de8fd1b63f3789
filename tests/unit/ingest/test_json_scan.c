/*
 * test_json_scan.c - tests of src/ingest/json_scan.c and the fast path it
 * gives `ingest_parse_jsonl`: every line must come out exactly as json-c
 * reads it (`jsonl_parse_full`): same result code, same message, same
 * fields and `meta_json`, on hand-written lines and on many generated ones.
 */
#include <stdint.h>
#include <string.h>

#include "core/buf.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "test.h"

static bool same_str(const char *a, const char *b)
{
    if (a == NULL || b == NULL)
        return a == b;
    return strcmp(a, b) == 0;
}

static bool same_article(const struct td_article *a, const struct td_article *b)
{
    return same_str(a->id, b->id) && same_str(a->title, b->title) &&
           same_str(a->text, b->text) && same_str(a->url, b->url) &&
           same_str(a->source, b->source) && same_str(a->lang, b->lang) &&
           same_str(a->date, b->date) && a->published_at == b->published_at &&
           a->date_prec == b->date_prec && same_str(a->meta_json, b->meta_json);
}

/* Parses `line` both ways; returns whether the two agree in every respect. */
static bool agree(const char *line, size_t len, const char *drop, int *rc_out)
{
    struct td_article fast, full;
    struct td_error efast = {TD_OK, ""}, efull = {TD_OK, ""};
    enum td_err rfast, rfull;
    bool same;

    td_article_init(&fast);
    td_article_init(&full);
    rfast = ingest_parse_jsonl(line, len, drop, &fast, &efast);
    rfull = jsonl_parse_full(line, len, drop, &full, &efull);
    same = rfast == rfull && (rfast == TD_OK ? same_article(&fast, &full)
                                             : strcmp(efast.msg, efull.msg) == 0);
    if (!same)
        fprintf(stderr, "disagree on: %.*s\n  fast %d '%s' full %d '%s'\n", (int)len, line,
                (int)rfast, efast.msg, (int)rfull, efull.msg);
    td_article_release(&fast);
    td_article_release(&full);
    *rc_out = (int)rfull;
    return same;
}

static const char *const lines[] = {
    "{\"id\":\"a1\",\"title\":\"T\",\"text\":\"Body\",\"lang\":\"en\",\"date\":\"2022-01-07\","
    "\"source\":\"Wire\",\"story\":\"s1\"}",
    "{ \"text\" : \"x\" , \"url\" :\"http://a/b\"\t}",
    "{\"text\":\"quote \\\" back \\\\ slash \\/ nl \\n tab \\t \\b \\f \\r\"}",
    "{\"text\":\"caf\xC3\xA9 \\u00e9 \\u00C9 \\ud83d\\ude00 \\u20ac\"}",
    "{\"text\":\"lone \\ud800 surrogate\"}",
    "{\"text\":\"low \\udc00 first\"}",
    "{\"text\":\"nul \\u0000 escape\"}",
    "{\"text\":\"bad \\x escape\"}",
    "{\"text\":\"x\",\"text\":\"y\"}",
    "{\"text\":\"x\",\"body\":\"y\"}",
    "{\"text\":\"x\",\"body\":5}",
    "{\"text\":null}",
    "{\"text\":true}",
    "{\"title\":\"T\",\"text\":\"  \"}",
    "{\"text\":\"  \"}",
    "{\"text\":\"x\",\"lang\":\"English language\"}",
    "{\"text\":\"x\",\"date\":\"2022-02-30\"}",
    "{\"text\":\"x\",\"id\":\"\"}",
    "{\"text\":\"x\",\"id\":\"a\\u0001b\"}",
    "{\"text\":\"x\",\"m\":\"del \x7f slash / amp & lt < \xE2\x80\xA8\"}",
    "{\"text\":\"x\",\"m\":\"esc \\n\",\"t\":true,\"f\":false,\"n\":null,\"k\":7}",
    "{\"text\":\"x\",\"ti\\u0074le\":\"T\"}",
    "{\"text\":\"x\",\"\":\"empty key\"}",
    "{\"text\":\"x\",}",
    "{\"text\":\"x\"} ",
    " {\"text\":\"x\"}",
    "{\"text\":\"x\"}}",
    "{\"text\":\"x\" \"a\":\"b\"}",
    "{\"text\":\"unterminated}",
    "{\"text\":\"ends in a backslash \\",
    "{\"text\":\"a long plain run, then an escape \\n and a raw \x01 control byte\"}",
    "{\"text\":\"a long plain run with a raw tab\there\",\"title\":\"T\"}",
    "{\"text\":\"an escaped quote \\\" is not the end\",\"title\":\"quote \\\"\"}",
    "{\"text\":\"x\",\"a\":nul}",
    "{\"text\":\"x\",\"a\":nullx}",
    "{}",
    "{ }",
    "[\"text\"]",
    "{\"text\":\"x\",\"story\":\"dropped\"}",
};

TD_TEST(test_json_scan__hand_written_lines_agree_with_json_c)
{
    size_t i;
    int rc;

    for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
        ASSERT_TRUE(agree(lines[i], strlen(lines[i]), NULL, &rc));
        ASSERT_TRUE(agree(lines[i], strlen(lines[i]), "story", &rc));
    }
}

/* xorshift64*: a fixed sequence, so a failure repeats. */
static uint64_t next_rand(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 0x2545F4914F6CDD1DULL;
}

static const char *const keys[] = {"id",  "title", "text",  "body", "url", "source",
                                   "lang", "date", "story", "n",    "",    "ti\\u0074le"};
static const char *const pieces[] = {
    "word", " ", "Caf\xC3\xA9", "\\n", "\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d\\ude00",
    "\\ud800", "\\u0000", "\x7f", "/", "\\t", "\xE6\x9D\xB1", "-", "2022-01-07", "en", "\\q",
    /* Raw control bytes (invalid in a string) and plain runs longer than eight bytes. */
    "\x01", "\t", "\x1f", "a run of plain words longer than sixteen bytes", "caf\xC3\xA9 cr\xC3\xA8me"};
static const char *const literals[] = {"null", "true", "false", "42", "-1.5", "[1,\"a\"]",
                                       "{\"a\":null}", "\"\"", "nul"};
static const char *const gaps[] = {"", "", "", " ", "\t", "\r\n"};

static enum td_err add_value(struct td_buf *b, uint64_t *s)
{
    enum td_err rc = TD_OK;
    size_t k, n;

    if (next_rand(s) % 5 == 0)
        return td_buf_adds(b, literals[next_rand(s) % (sizeof(literals) / sizeof(literals[0]))]);
    rc = td_buf_addc(b, '"');
    n = next_rand(s) % 6;
    for (k = 0; k < n && rc == TD_OK; k++)
        rc = td_buf_adds(b, pieces[next_rand(s) % (sizeof(pieces) / sizeof(pieces[0]))]);
    return rc == TD_OK ? td_buf_addc(b, '"') : rc;
}

/* A random record-like line: mostly well-formed, sometimes not. */
static enum td_err random_line(struct td_buf *b, uint64_t *s)
{
    size_t n = next_rand(s) % 5, k;
    enum td_err rc = td_buf_adds(b, next_rand(s) % 40 ? "{\"text\":" : " {\"body\" :");

    /* Most lines carry a text, so that many are accepted. */
    if (rc == TD_OK)
        rc = next_rand(s) % 8 ? td_buf_adds(b, "\"Some words\"") : add_value(b, s);
    for (k = 0; k < n && rc == TD_OK; k++) {
        const char *gap = gaps[next_rand(s) % (sizeof(gaps) / sizeof(gaps[0]))];
        rc = td_buf_adds(b, ",");
        if (rc == TD_OK)
            rc = td_buf_adds(b, gap);
        if (rc == TD_OK)
            rc = td_buf_addf(b, "\"%s\"%s:", keys[next_rand(s) % (sizeof(keys) / sizeof(keys[0]))],
                             gap);
        if (rc == TD_OK)
            rc = add_value(b, s);
    }
    if (rc == TD_OK)
        rc = td_buf_adds(b, next_rand(s) % 30 ? "}" : "} ");
    return rc;
}

TD_TEST(test_json_scan__generated_lines_agree_with_json_c)
{
    struct td_buf b;
    uint64_t seed = 0x9E3779B97F4A7C15ULL;
    int i, rc, good = 0;

    td_buf_init(&b, 0);
    for (i = 0; i < 20000; i++) {
        td_buf_reset(&b);
        ASSERT_OK(random_line(&b, &seed));
        ASSERT_TRUE(agree(b.data, b.len, i % 3 == 0 ? "story" : NULL, &rc));
        good += rc == TD_OK;
    }
    /* Both kinds occur: the comparison covers accepted and rejected lines. */
    ASSERT_TRUE(good > 2000);
    ASSERT_TRUE(good < 19000);
    td_buf_release(&b);
}

TD_TEST(test_json_scan__splits_flat_objects_only)
{
    struct json_scan_member m[4];
    size_t n = 0;
    const char *ok = "{\"a\":\"x\\\"y\",\"b\" : null}";
    char out[16];
    size_t out_len = 0;

    ASSERT_TRUE(json_scan_object(ok, strlen(ok), m, 4, &n));
    ASSERT_EQ_INT(n, 2);
    ASSERT_EQ_INT(m[0].val_len, 4);
    ASSERT_TRUE(m[0].is_string && m[0].val_escaped && !m[1].is_string);
    ASSERT_TRUE(json_scan_unescape(m[0].val, m[0].val_len, out, &out_len));
    ASSERT_EQ_INT(out_len, 3);
    ASSERT_TRUE(memcmp(out, "x\"y", 3) == 0);
    /* Too many members for the caller's array, a number, a nested value. */
    ASSERT_TRUE(!json_scan_object(ok, strlen(ok), m, 1, &n));
    ASSERT_TRUE(!json_scan_object("{\"a\":1}", 7, m, 4, &n));
    ASSERT_TRUE(!json_scan_object("{\"a\":{}}", 8, m, 4, &n));
    ASSERT_TRUE(!json_scan_unescape("\\u0000", 6, out, &out_len));
}
