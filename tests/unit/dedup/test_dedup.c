/*
 * test_dedup.c - tests of src/dedup/dedup.c: the content hash covers the
 * body (the title of a title-only article) and ignores white space and
 * headlines but not words; the record hash changes with every field; the
 * hex form.
 */
#include <stdio.h>
#include <string.h>

#include <xxhash.h>

#include "dedup/dedup.h"
#include "test.h"

static void art(struct td_article *a, const char *title, const char *text)
{
    td_article_init(a);
    a->id = (char *)"id-1";
    a->title = (char *)title;
    a->text = (char *)text;
    a->url = (char *)"https://example.org/1";
    a->source = (char *)"Wire";
    a->lang = (char *)"en";
    a->date = (char *)"2024-03-04";
    a->meta_json = (char *)"{\"k\":1}";
}

static bool same_content(const struct td_article *a, const struct td_article *b)
{
    uint8_t x[DEDUP_HASH_BYTES], y[DEDUP_HASH_BYTES];

    dedup_content_hash(a, x);
    dedup_content_hash(b, y);
    return memcmp(x, y, sizeof(x)) == 0;
}

/* The content is the body; the title stands in only when the body is blank. */
static const struct {
    const char *title1, *text1, *title2, *text2;
    bool same;
} content_cases[] = {
    {"Ferry strike", "Crews walked out.", "Ferry strike", "Crews walked out.", true},
    {"Ferry strike", "Crews walked out.", "Ferry strike", "Crews\n\n walked\r\nout.", true},
    {"Ferry strike", "Crews  walked out.", "Ferry strike", " Crews walked out. \n", true},
    {"Ferry strike", "Crews\twalked\vout.\f", "Ferry strike", "Crews walked out.", true},
    {"Ferry strike", "Crews walked out.", "Another headline", "Crews walked out.", true},
    {NULL, "Crews walked out.", "", "Crews walked out.", true},
    {"Ferry strike", "Crews walked out.", "Ferry strike", "Crews Walked out.", false},
    {"Ferry strike", "Crews walked out.", "Ferry strike", "Crews walkedout.", false},
    {"Ferry strike", "Crews walked out.", "Ferry strike", "Crews walked out!", false},
    {"Ferry strike", "", "  Ferry   strike", " \n ", true},
    {"Ferry strike", "", "Ferry strikes", "", false},
    {"Ferry strike", "", NULL, "Ferry strike", false}, /* a title never matches a body */
    {"", "", NULL, "", true},
    /* A control byte is no space: kept as it is, whichever way the text is hashed. */
    {"t", "a\x01 b", "t", " a\x01  b", true},
    {"t", "a\x01 b", "t", "a b", false},
};

TD_TEST(test_dedup__content_hash_table)
{
    size_t i;

    for (i = 0; i < sizeof(content_cases) / sizeof(content_cases[0]); i++) {
        struct td_article a, b;
        art(&a, content_cases[i].title1, content_cases[i].text1);
        art(&b, content_cases[i].title2, content_cases[i].text2);
        if (same_content(&a, &b) != content_cases[i].same) {
            td_test_fail(__FILE__, __LINE__, "content case %zu: expected %s", i,
                         content_cases[i].same ? "equal" : "different");
            return;
        }
    }
}

TD_TEST(test_dedup__content_hash_ignores_other_fields)
{
    struct td_article a, b;

    art(&a, "Ferry strike", "Crews walked out.");
    art(&b, "Ferry strike", "Crews walked out.");
    b.id = (char *)"other";
    b.url = NULL;
    b.source = (char *)"Other";
    b.date = NULL;
    ASSERT_TRUE(same_content(&a, &b));
}

TD_TEST(test_dedup__record_hash_changes_with_every_field)
{
    struct td_article base, a;
    uint8_t h0[DEDUP_HASH_BYTES], h[DEDUP_HASH_BYTES];
    char **fields[7];
    size_t i;

    art(&base, "Ferry strike", "Crews walked out.");
    dedup_record_hash(&base, h0);
    /* The id is not part of the record. */
    a = base;
    a.id = (char *)"id-2";
    dedup_record_hash(&a, h);
    ASSERT_TRUE(memcmp(h0, h, sizeof(h)) == 0);
    fields[0] = &a.title;
    fields[1] = &a.text;
    fields[2] = &a.url;
    fields[3] = &a.source;
    fields[4] = &a.lang;
    fields[5] = &a.date;
    fields[6] = &a.meta_json;
    for (i = 0; i < 7; i++) {
        a = base;
        *fields[i] = (char *)"changed";
        dedup_record_hash(&a, h);
        if (memcmp(h0, h, sizeof(h)) == 0)
            td_test_fail(__FILE__, __LINE__, "field %zu changed, hash did not", i);
        a = base;
        *fields[i] = i == 1 ? (char *)"" : NULL; /* absent differs from present */
        dedup_record_hash(&a, h);
        if (memcmp(h0, h, sizeof(h)) == 0)
            td_test_fail(__FILE__, __LINE__, "field %zu removed, hash did not change", i);
    }
}

TD_TEST(test_dedup__record_hash_field_boundaries)
{
    struct td_article a, b;
    uint8_t x[DEDUP_HASH_BYTES], y[DEDUP_HASH_BYTES];

    /* Moving text from one field to the next must change the hash. */
    art(&a, "Ferry", "strike");
    art(&b, "Ferry strike", "");
    a.url = (char *)"ab";
    a.source = (char *)"c";
    b.url = (char *)"a";
    b.source = (char *)"bc";
    dedup_record_hash(&a, x);
    dedup_record_hash(&b, y);
    ASSERT_TRUE(memcmp(x, y, sizeof(x)) != 0);
    /* NULL and "" differ in the record, though not in the content hash. */
    art(&a, NULL, "body");
    art(&b, "", "body");
    dedup_record_hash(&a, x);
    dedup_record_hash(&b, y);
    ASSERT_TRUE(memcmp(x, y, sizeof(x)) != 0);
    /* White space counts in the record hash. */
    art(&a, "Ferry strike", "body");
    art(&b, "Ferry  strike", "body");
    dedup_record_hash(&a, x);
    dedup_record_hash(&b, y);
    ASSERT_TRUE(memcmp(x, y, sizeof(x)) != 0);
}

TD_TEST(test_dedup__hex_format)
{
    uint8_t h[DEDUP_HASH_BYTES];
    char out[2 * DEDUP_HASH_BYTES + 1];
    struct td_article a;
    size_t i;

    for (i = 0; i < DEDUP_HASH_BYTES; i++)
        h[i] = (uint8_t)(i * 17);
    memset(out, 'X', sizeof(out));
    dedup_hex(h, out);
    ASSERT_STREQ(out, "00112233445566778899aabbccddeeff");
    memset(h, 0xa5, sizeof(h));
    h[15] = 0x0f;
    dedup_hex(h, out);
    ASSERT_STREQ(out, "a5a5a5a5a5a5a5a5a5a5a5a5a5a5a50f");
    art(&a, "Ferry strike", "Crews walked out.");
    dedup_content_hash(&a, h);
    dedup_hex(h, out);
    ASSERT_EQ_INT(strlen(out), 32);
    ASSERT_EQ_INT(strspn(out, "0123456789abcdef"), 32);
}

/* Bodies longer than the hashing stage buffer: spacing still does not matter. */
TD_TEST(test_dedup__long_body_spacing)
{
    static char a_text[20000], b_text[40000];
    struct td_article a, b;
    size_t i, na = 0, nb = 0;

    for (i = 0; i < 3000; i++) {
        na += (size_t)snprintf(a_text + na, sizeof(a_text) - na, "w%zu ", i % 97);
        nb += (size_t)snprintf(b_text + nb, sizeof(b_text) - nb, "%sw%zu", i % 5 ? "\t \n" : " ",
                               i % 97);
    }
    art(&a, "t", a_text);
    art(&b, "t", b_text);
    ASSERT_TRUE(na > 8192 && nb < sizeof(b_text) - 1);
    ASSERT_TRUE(same_content(&a, &b));
    b_text[nb - 1] = 'X';
    ASSERT_TRUE(!same_content(&a, &b));
}

/*
 * White space of every kind, runs of it, control bytes inside words and
 * blank ends, as random text: the hash is that of the text written with
 * single spaces (built here the plain way), and the digests of two fixed
 * texts are those the byte-at-a-time version of the hash gave.
 */
TD_TEST(test_dedup__collapse_random_spacing)
{
    static const char *const gaps[8] = {" ", "  ", "\t", "\n\n", " \r\n", "\f", "\v ", " \t "};
    static const char *const words[] = {"harbour", "x", "Kai\x01" "de", "\x02", "9,5",
                                        "caf\xc3\xa9", "longerwordthaneightbytes"};
    static char raw[4096], plain[4096];
    struct td_article a, b;
    char hex[2 * DEDUP_HASH_BYTES + 1];
    uint8_t h[DEDUP_HASH_BYTES];
    uint32_t x = 12345;
    size_t round, i;

    for (round = 0; round < 200; round++) {
        size_t nr = 0, np = 0, nw;
        x = x * 1103515245u + 12345u;
        nw = (x >> 16) % 40;
        if (x & 1)
            nr += (size_t)snprintf(raw + nr, sizeof(raw) - nr, "%s", gaps[(x >> 8) % 8]);
        for (i = 0; i < nw; i++) {
            const char *w;
            x = x * 1103515245u + 12345u;
            w = words[(x >> 16) % (sizeof(words) / sizeof(words[0]))];
            nr += (size_t)snprintf(raw + nr, sizeof(raw) - nr, "%s%s", i ? gaps[(x >> 20) % 8] : "",
                                   w);
            np += (size_t)snprintf(plain + np, sizeof(plain) - np, "%s%s", i ? " " : "", w);
        }
        if (x & 2)
            nr += (size_t)snprintf(raw + nr, sizeof(raw) - nr, "%s", gaps[(x >> 4) % 8]);
        if (nw == 0)
            continue; /* a blank body is hashed by its title */
        art(&a, "t", raw);
        art(&b, "t", plain);
        ASSERT_TRUE(same_content(&a, &b));
    }
    art(&a, "t", "  Crews\twalked  out \n\n at dawn.\x01 The  ferry\r\nstayed\fput. ");
    dedup_content_hash(&a, h);
    dedup_hex(h, hex);
    ASSERT_STREQ(hex, "4fb8adac82eec2672457d13b0820b9a7");
    art(&a, "t", "one two three four five six seven eight nine ten eleven");
    dedup_content_hash(&a, h);
    dedup_hex(h, hex);
    ASSERT_STREQ(hex, "d24b740c7fdeea55abe93f21da67288c");
}

/* The digest dedup.c gives for `n` bytes hashed at once (XXH3-128, canonical bytes). */
static void one_shot(const char *p, size_t n, uint8_t out[DEDUP_HASH_BYTES])
{
    XXH128_canonical_t c;

    XXH128_canonicalFromHash(&c, XXH3_128bits(p, n));
    memcpy(out, c.digest, DEDUP_HASH_BYTES);
}

/* Appends a record field as dedup_record_hash() feeds it: tag, presence, bytes and NUL. */
static size_t put_field(char *buf, size_t n, char tag, const char *v)
{
    buf[n++] = tag;
    buf[n++] = v != NULL ? '1' : '0';
    if (v != NULL) {
        memcpy(buf + n, v, strlen(v) + 1);
        n += strlen(v) + 1;
    }
    return n;
}

/*
 * Both hashes gather their pieces into runs before XXH3 sees them: with
 * fields and bodies of lengths around and past the run buffer (4,096
 * bytes), the digests are those of the whole input hashed at once.
 */
TD_TEST(test_dedup__hashes_equal_one_shot_over_their_input)
{
    static const size_t body_lens[] = {1,    100,  4000, 4085, 4090, 4094,
                                       4095, 4096, 4097, 8191, 12000};
    static const size_t title_lens[] = {0, 3, 60, 4093, 5000};
    static char title[6000], body[13000], all[20000];
    struct td_article a;
    uint8_t got[DEDUP_HASH_BYTES], want[DEDUP_HASH_BYTES];
    size_t i, j, k, n;

    for (i = 0; i < sizeof(body_lens) / sizeof(body_lens[0]); i++) {
        for (j = 0; j < sizeof(title_lens) / sizeof(title_lens[0]); j++) {
            for (k = 0; k < body_lens[i]; k++) /* words and single spaces: already collapsed */
                body[k] =
                    k % 7 == 6 && k + 1 < body_lens[i] ? ' ' : (char)('a' + (k * 31 + i) % 26);
            body[body_lens[i]] = '\0';
            memset(title, 'T', title_lens[j]);
            title[title_lens[j]] = '\0';
            art(&a, title, body);
            a.meta_json = j % 2 ? NULL : a.meta_json;
            n = put_field(all, 0, 't', a.title);
            n = put_field(all, n, 'b', a.text);
            n = put_field(all, n, 'u', a.url);
            n = put_field(all, n, 's', a.source);
            n = put_field(all, n, 'l', a.lang);
            n = put_field(all, n, 'd', a.date);
            n = put_field(all, n, 'm', a.meta_json);
            dedup_record_hash(&a, got);
            one_shot(all, n, want);
            ASSERT_TRUE(memcmp(got, want, sizeof(got)) == 0);
            all[0] = 'b';
            memcpy(all + 1, body, body_lens[i]);
            dedup_content_hash(&a, got);
            one_shot(all, body_lens[i] + 1, want);
            ASSERT_TRUE(memcmp(got, want, sizeof(got)) == 0);
        }
    }
}
