/*
 * store_stats.c - the per-story summary rows of migration 6 (story_stats:
 * size, date span, first seqs; story_langs: its languages), kept from C.
 *
 * A trigger kept them before migration 10: two statements for every
 * inserted article, 36 k instructions an article (3.5 % of an ingest,
 * callgrind). Now store_insert_article() counts each article into a small
 * table of the stories the open transaction touched, and store_commit()
 * writes one row per story and per new language. A 512-article batch of the
 * bench stream touches ~140 stories. Outside a transaction an article's
 * counts are written at once, so the rows never lag a committed article.
 * Articles are never deleted, and change story when a whole young
 * storyline moves into another (store_move_story() in store_merge.c adds
 * its row into the other's and deletes it) or when the event level moves
 * one into an event of another storyline (store_move_article_story() counts
 * both rows again from the articles); merges and split moves stay in one
 * storyline. Both flush this table first.
 */
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"
#include "store/store_int.h"

/* "No value" for the optional columns lo, hi, first_seq and title_seq. */
#define NONE INT64_MIN

static const char story_add_sql[] =
    "INSERT INTO story_stats VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
    " ON CONFLICT (story) DO UPDATE SET n = n + excluded.n,"
    " lo = CASE WHEN lo IS NULL OR excluded.lo < lo THEN coalesce(excluded.lo, lo) ELSE lo END,"
    " hi = CASE WHEN hi IS NULL OR excluded.hi > hi THEN coalesce(excluded.hi, hi) ELSE hi END,"
    " first_seq = coalesce(first_seq, excluded.first_seq),"
    " title_seq = coalesce(title_seq, excluded.title_seq)";
static const char story_lang_sql[] = "INSERT OR IGNORE INTO story_langs VALUES (?1, ?2)";

static void bind_opt_int(sqlite3_stmt *s, int i, int64_t v)
{
    if (v == NONE)
        sqlite3_bind_null(s, i);
    else
        sqlite3_bind_int64(s, i, v);
}

static enum td_err write_lang(struct td_store *st, int64_t story, const char *lang,
                              struct td_error *err)
{
    enum td_err rc = store_prepare(st, &st->story_lang, story_lang_sql, err);

    if (rc != TD_OK)
        return rc;
    sqlite3_bind_int64(st->story_lang, 1, story);
    sqlite3_bind_text(st->story_lang, 2, lang, -1, SQLITE_STATIC);
    return store_step_done(st, st->story_lang, "cannot count stories", err);
}

/* Adds one story's counts to story_stats and its languages to story_langs. */
static enum td_err write_delta(struct td_store *st, const struct store_story_delta *d,
                               struct td_error *err)
{
    sqlite3_stmt *s;
    enum td_err rc = store_prepare(st, &st->story_add, story_add_sql, err);
    size_t i;

    if (rc != TD_OK)
        return rc;
    s = st->story_add;
    sqlite3_bind_int64(s, 1, d->story);
    sqlite3_bind_int64(s, 2, d->n);
    bind_opt_int(s, 3, d->lo);
    bind_opt_int(s, 4, d->hi);
    bind_opt_int(s, 5, d->first_seq);
    bind_opt_int(s, 6, d->title_seq);
    rc = store_step_done(st, s, "cannot count stories", err);
    for (i = 0; rc == TD_OK && i < d->nlangs; i++)
        rc = write_lang(st, d->story, d->langs[i], err);
    return rc;
}

/* The delta of `story` in the open transaction, added when new; NULL when out of memory. */
static struct store_story_delta *delta_of(struct td_store *st, int64_t story)
{
    struct store_story_delta *d;
    uint32_t *slot;
    bool added;

    /* map64 keys 0 and 1 are one key: shift story ids (>= 0) past them. */
    if (map64_upsert(&st->story_index, (uint64_t)story + 2, 0, &slot, &added) != TD_OK)
        return NULL;
    if (!added)
        return &st->story_delta[*slot];
    if (td_grow((void **)&st->story_delta, &st->cap_story_delta, st->nstory_delta + 1,
                sizeof(*st->story_delta)) != TD_OK) {
        map64_clear(&st->story_index); /* keeps the map and the deltas in step */
        st->nstory_delta = 0;
        return NULL;
    }
    *slot = (uint32_t)st->nstory_delta;
    d = &st->story_delta[st->nstory_delta++];
    memset(d, 0, sizeof(*d));
    d->story = story;
    d->lo = d->hi = d->first_seq = d->title_seq = NONE;
    return d;
}

/* Counts `row` (stored as `seq`) into `d`. Returns false when its language found no slot. */
static bool add_row(struct store_story_delta *d, const struct store_article_row *row, int64_t seq)
{
    const struct td_article *a = row->art;
    size_t i, len = strlen(row->lang);

    d->n++;
    if (a->date != NULL) {
        if (d->lo == NONE || a->published_at < d->lo)
            d->lo = a->published_at;
        if (d->hi == NONE || a->published_at > d->hi)
            d->hi = a->published_at;
    }
    if (row->copy_of == NULL) {
        if (d->first_seq == NONE)
            d->first_seq = seq;
        if (d->title_seq == NONE && a->title != NULL && a->title[0] != '\0')
            d->title_seq = seq;
    }
    for (i = 0; i < d->nlangs; i++)
        if (strcmp(d->langs[i], row->lang) == 0)
            return true;
    if (d->nlangs == STORE_STORY_LANGS || len >= sizeof(d->langs[0]))
        return false;
    memcpy(d->langs[d->nlangs++], row->lang, len + 1);
    return true;
}

enum td_err store_stats_count(struct td_store *st, const struct store_article_row *row,
                              int64_t seq, struct td_error *err)
{
    struct store_story_delta one, *d;
    enum td_err rc;

    if (!st->in_tx) {
        memset(&one, 0, sizeof(one));
        one.story = row->story;
        one.lo = one.hi = one.first_seq = one.title_seq = NONE;
        d = &one;
    } else if ((d = delta_of(st, row->story)) == NULL) {
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    /* A language that finds no slot goes in at once (the write is idempotent). */
    rc = add_row(d, row, seq) ? TD_OK : write_lang(st, row->story, row->lang, err);
    return rc == TD_OK && d == &one ? write_delta(st, &one, err) : rc;
}

enum td_err store_stats_flush(struct td_store *st, struct td_error *err)
{
    enum td_err rc = TD_OK;
    size_t i;

    for (i = 0; rc == TD_OK && i < st->nstory_delta; i++)
        rc = write_delta(st, &st->story_delta[i], err);
    if (rc == TD_OK)
        store_stats_reset(st);
    return rc;
}

void store_stats_reset(struct td_store *st)
{
    if (st->nstory_delta > 0)
        map64_clear(&st->story_index);
    st->nstory_delta = 0;
}

void store_stats_free(struct td_store *st)
{
    sqlite3_finalize(st->story_add);
    sqlite3_finalize(st->story_lang);
    map64_release(&st->story_index);
    td_free(st->story_delta);
}
