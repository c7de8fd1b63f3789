/*
 * pending.c - the in-memory batch of the engine (see pending.h).
 */
#include "pipeline/pending.h"

#include <stdio.h>
#include <string.h>

/* Inlined: the hashes here are of a few bytes, where a library call costs as much as the hash. */
#define XXH_INLINE_ALL
#include <xxhash.h>

#include "core/alloc.h"

void pending_init(struct pending *p)
{
    memset(p, 0, sizeof(*p));
    map64_init(&p->by_id);
    map64_init(&p->by_content);
}

static void row_release(struct pending_row *r)
{
    td_article_release(&r->art);
    td_free(r->copy_of);
    td_free(r->terms);
    td_free(r->names);
}

void pending_clear(struct pending *p)
{
    size_t i;

    for (i = 0; i < p->n; i++)
        row_release(&p->rows[i]);
    p->n = 0;
    map64_clear(&p->by_id);
    map64_clear(&p->by_content);
}

void pending_release(struct pending *p)
{
    pending_clear(p);
    td_free(p->rows);
    map64_release(&p->by_id);
    map64_release(&p->by_content);
    pending_init(p);
}

/* Copies an optional string; false on OOM. */
static bool dup_opt(char **dst, const char *src)
{
    *dst = src != NULL ? td_strdup(src) : NULL;
    return src == NULL || *dst != NULL;
}

/* Deep-copies the article fields of `src` into `dst` (initialised). */
static bool copy_article(struct td_article *dst, const struct td_article *src)
{
    dst->published_at = src->published_at;
    dst->date_prec = src->date_prec;
    return dup_opt(&dst->id, src->id) && dup_opt(&dst->title, src->title) &&
           dup_opt(&dst->text, src->text) && dup_opt(&dst->url, src->url) &&
           dup_opt(&dst->source, src->source) && dup_opt(&dst->lang, src->lang) &&
           dup_opt(&dst->date, src->date) && dup_opt(&dst->meta_json, src->meta_json);
}

static uint64_t content_key(const uint8_t content[STORE_HASH_BYTES])
{
    uint64_t k;

    memcpy(&k, content, sizeof(k));
    return k;
}

/* Fills `r` from `row`; false on OOM (then `r` holds what it has, to release). */
static bool fill_row(struct pending_row *r, const struct store_article_row *row,
                     const unsigned char sig[DEDUP_SIG_BYTES])
{
    memset(r, 0, sizeof(*r));
    td_article_init(&r->art);
    (void)snprintf(r->lang, sizeof(r->lang), "%s", row->lang);
    r->lang_given = row->lang_given;
    r->story = row->story;
    r->event = row->event;
    r->joined = row->joined;
    r->terms_len = row->terms_len;
    r->names_len = row->names_len;
    memcpy(r->sig, sig, DEDUP_SIG_BYTES);
    memcpy(r->record, row->record_hash, STORE_HASH_BYTES);
    memcpy(r->content, row->content_hash, STORE_HASH_BYTES);
    r->terms = td_malloc(row->terms_len ? row->terms_len : 1);
    if (r->terms == NULL)
        return false;
    if (row->terms_len)
        memcpy(r->terms, row->terms, row->terms_len);
    if (row->names != NULL) {
        r->names = td_malloc(row->names_len ? row->names_len : 1);
        if (r->names == NULL)
            return false;
        if (row->names_len)
            memcpy(r->names, row->names, row->names_len);
    }
    return copy_article(&r->art, row->art) && dup_opt(&r->copy_of, row->copy_of);
}

enum td_err pending_push(struct pending *p, const struct store_article_row *row,
                         const unsigned char sig[DEDUP_SIG_BYTES])
{
    struct pending_row *r;
    uint32_t *slot;
    bool added;

    if (td_grow((void **)&p->rows, &p->cap, p->n + 1, sizeof(*p->rows)) != TD_OK)
        return TD_ERR_NOMEM;
    r = &p->rows[p->n];
    if (!fill_row(r, row, sig) ||
        map64_upsert(&p->by_id, XXH3_64bits(r->art.id, strlen(r->art.id)), (uint32_t)p->n,
                     &slot, NULL) != TD_OK ||
        map64_upsert(&p->by_content, content_key(r->content), (uint32_t)p->n, &slot, &added) !=
            TD_OK) {
        row_release(r);
        return TD_ERR_NOMEM;
    }
    p->n++;
    return TD_OK;
}

const struct pending_row *pending_find_id(const struct pending *p, const char *id)
{
    const uint32_t *i = map64_get(&p->by_id, XXH3_64bits(id, strlen(id)));

    return i != NULL && *i < p->n && strcmp(p->rows[*i].art.id, id) == 0 ? &p->rows[*i] : NULL;
}

const struct pending_row *pending_find_content(const struct pending *p,
                                               const uint8_t content[STORE_HASH_BYTES])
{
    const uint32_t *i = map64_get(&p->by_content, content_key(content));

    if (i == NULL || *i >= p->n || memcmp(p->rows[*i].content, content, STORE_HASH_BYTES) != 0)
        return NULL;
    return &p->rows[*i];
}

enum td_err pending_write(const struct pending *p, struct td_store *st, struct td_error *err)
{
    size_t i;
    enum td_err rc = TD_OK;

    for (i = 0; rc == TD_OK && i < p->n; i++) {
        const struct pending_row *r = &p->rows[i];
        struct store_article_row row;
        memset(&row, 0, sizeof(row));
        row.art = &r->art;
        row.lang = r->lang;
        row.lang_given = r->lang_given;
        row.copy_of = r->copy_of;
        row.story = r->story;
        row.event = r->event;
        row.joined = r->joined;
        row.names = r->names;
        row.names_len = r->names_len;
        row.terms = r->terms;
        row.terms_len = r->terms_len;
        row.record_hash = r->record;
        row.content_hash = r->content;
        row.near_sig = r->sig;
        row.near_sig_len = DEDUP_SIG_BYTES;
        rc = store_insert_article(st, &row, err);
    }
    return rc;
}
