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

/*
 * The arena's blocks: a batch of 512 bench articles (~3.5 KB each) takes
 * seven; a reset keeps up to PENDING_KEEP_BYTES of them, so a batch of
 * unusually long articles does not pin its memory.
 */
#define PENDING_BLOCK_BYTES ((size_t)256 << 10)
#define PENDING_KEEP_BYTES ((size_t)8 << 20)

void pending_init(struct pending *p)
{
    memset(p, 0, sizeof(*p));
    map64_init(&p->by_id);
    map64_init(&p->by_content);
    arena_init(&p->mem, PENDING_BLOCK_BYTES, PENDING_KEEP_BYTES);
}

void pending_clear(struct pending *p)
{
    p->n = 0;
    map64_clear(&p->by_id);
    map64_clear(&p->by_content);
    arena_reset(&p->mem);
}

void pending_release(struct pending *p)
{
    td_free(p->rows);
    map64_release(&p->by_id);
    map64_release(&p->by_content);
    arena_release(&p->mem);
    pending_init(p);
}

/* Deep-copies the article fields of `src` into `dst` (initialised), in `mem`; false on OOM. */
static bool copy_article(struct td_arena *mem, struct td_article *dst, const struct td_article *src)
{
    int oom = 0;

    dst->published_at = src->published_at;
    dst->date_prec = src->date_prec;
    dst->id = arena_strdup(mem, src->id, &oom);
    dst->title = arena_strdup(mem, src->title, &oom);
    dst->text = arena_strdup(mem, src->text, &oom);
    dst->url = arena_strdup(mem, src->url, &oom);
    dst->source = arena_strdup(mem, src->source, &oom);
    dst->lang = arena_strdup(mem, src->lang, &oom);
    dst->date = arena_strdup(mem, src->date, &oom);
    dst->meta_json = arena_strdup(mem, src->meta_json, &oom);
    return !oom;
}

static uint64_t content_key(const uint8_t content[STORE_HASH_BYTES])
{
    uint64_t k;

    memcpy(&k, content, sizeof(k));
    return k;
}

/* Fills `r` from `row`, its copies in `mem`; false on OOM. */
static bool fill_row(struct td_arena *mem, struct pending_row *r,
                     const struct store_article_row *row, const unsigned char sig[DEDUP_SIG_BYTES])
{
    int oom = 0;

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
    r->terms = arena_memdup(mem, row->terms, row->terms_len);
    if (r->terms == NULL)
        return false;
    if (row->names != NULL && (r->names = arena_memdup(mem, row->names, row->names_len)) == NULL)
        return false;
    r->copy_of = arena_strdup(mem, row->copy_of, &oom);
    return copy_article(mem, &r->art, row->art) && !oom;
}

enum td_err pending_push(struct pending *p, const struct store_article_row *row,
                         const unsigned char sig[DEDUP_SIG_BYTES])
{
    struct pending_row *r;
    struct arena_mark m = arena_mark(&p->mem);
    uint32_t *slot;
    bool added;

    if (td_grow((void **)&p->rows, &p->cap, p->n + 1, sizeof(*p->rows)) != TD_OK)
        return TD_ERR_NOMEM;
    r = &p->rows[p->n];
    if (!fill_row(&p->mem, r, row, sig) ||
        map64_upsert(&p->by_id, XXH3_64bits(r->art.id, strlen(r->art.id)), (uint32_t)p->n, &slot,
                     NULL) != TD_OK ||
        map64_upsert(&p->by_content, content_key(r->content), (uint32_t)p->n, &slot, &added) !=
            TD_OK) {
        /* The row's copies go back to the arena. */
        arena_rewind(&p->mem, m);
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
