/*
 * store_rows.c - writes test articles straight into a store (see store_rows.h).
 */
#include "store_rows.h"

#include <string.h>

#include "store/store.h"

/* A one-term vector: every row needs one, its content does not matter here. */
static const unsigned char terms[12] = {1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0};

enum td_err test_row_insert_event(struct td_store *st, const struct test_row *row, uint8_t seed,
                                  int64_t event)
{
    struct td_article a;
    struct store_article_row r;
    uint8_t h[STORE_HASH_BYTES];

    td_article_init(&a);
    a.id = (char *)row->id;
    a.title = (char *)row->title;
    a.text = (char *)row->body;
    a.source = (char *)row->source;
    a.url = (char *)row->url;
    a.date = (char *)row->date;
    a.published_at = row->at;
    memset(h, seed, sizeof(h));
    memset(&r, 0, sizeof(r));
    r.art = &a;
    r.lang = row->lang;
    r.copy_of = row->copy_of;
    r.story = row->story;
    r.event = event;
    r.terms = terms;
    r.terms_len = sizeof(terms);
    r.record_hash = h;
    r.content_hash = h;
    return store_insert_article(st, &r, NULL);
}

enum td_err test_row_insert(struct td_store *st, const struct test_row *row, uint8_t seed)
{
    return test_row_insert_event(st, row, seed, row->story);
}

enum td_err test_rows_open(const struct test_row *rows, size_t n, struct td_store **out)
{
    struct td_store *st = NULL;
    size_t i;
    enum td_err rc = td_store_open(":memory:", &st, NULL);

    for (i = 0; rc == TD_OK && i < n; i++)
        rc = test_row_insert(st, &rows[i], (uint8_t)i);
    if (rc == TD_OK)
        *out = st;
    else
        td_store_close(st);
    return rc;
}
