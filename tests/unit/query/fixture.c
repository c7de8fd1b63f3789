/*
 * fixture.c - the small store behind the query tests (see fixture.h).
 */
#include "fixture.h"

#include <string.h>

#include "store/store.h"

static const struct {
    const char *id;
    int64_t story;
    const char *lang;
    const char *date;
    int64_t at;
    const char *title, *body, *source, *url, *copy_of;
} rows[] = {
    {"s2-a", 2, "en", "2024-03-02", 1709337600, "Strike \"talks\" fail", "Crews walked out.",
     "Wire \\ Service", "https://example.org/a?x=1&y=2", NULL},
    {"s1-a", 1, "es", "2024-03-05", 1709596800, NULL, "Body only, no title", NULL, NULL, NULL},
    {"s2-b", 2, "de", "2024-03-01", 1709251200, "Fährstreik\tneu", "Besatzungen streiken.", NULL,
     NULL, NULL},
    {"s2-c", 2, "en", NULL, 0, "Strike \"talks\" fail", "Crews walked out.", NULL, NULL, "s2-a"},
    {"s3-a", 3, "en", NULL, 0, "", "Undated only", NULL, NULL, NULL},
};

static const unsigned char terms[12] = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};

static enum td_err insert(struct td_store *st, size_t i)
{
    struct td_article a;
    struct store_article_row r;
    uint8_t h[STORE_HASH_BYTES];

    td_article_init(&a);
    a.id = (char *)rows[i].id;
    a.title = (char *)rows[i].title;
    a.text = (char *)rows[i].body;
    a.source = (char *)rows[i].source;
    a.url = (char *)rows[i].url;
    a.date = (char *)rows[i].date;
    a.published_at = rows[i].at;
    memset(h, (int)i, sizeof(h));
    memset(&r, 0, sizeof(r));
    r.art = &a;
    r.lang = rows[i].lang;
    r.copy_of = rows[i].copy_of;
    r.story = rows[i].story;
    r.terms = terms;
    r.terms_len = sizeof(terms);
    r.record_hash = h;
    r.content_hash = h;
    return store_insert_article(st, &r, NULL);
}

enum td_err query_fixture_open(struct td_store **out)
{
    struct td_store *st = NULL;
    size_t i;
    enum td_err rc = td_store_open(":memory:", &st, NULL);

    for (i = 0; rc == TD_OK && i < sizeof(rows) / sizeof(rows[0]); i++)
        rc = insert(st, i);
    if (rc == TD_OK)
        *out = st;
    else
        td_store_close(st);
    return rc;
}
