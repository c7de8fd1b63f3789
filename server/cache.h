/*
 * cache.h - rendered JSON replies shared by the worker threads, keyed by
 * the request and checked against a version of the data they were made
 * from (the store's last article seq: articles are only ever added, and
 * what the story list shows changes only when some are). It serves the
 * story list, which every page view asks for.
 *
 * One thread renders a page that is out of date; while it does, the other
 * threads answer with the page they have (stale by at most one rendering,
 * a few milliseconds), instead of each rendering it again and holding up
 * the other connections of their event loop meanwhile.
 *
 * Ownership: the cache owns copies of the keys and replies it keeps;
 * `reply_cache_get` hands out a fresh copy the caller frees with
 * td_string_free(). Thread-safe.
 */
#ifndef TD_SERVER_CACHE_H
#define TD_SERVER_CACHE_H

#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

/* Replies kept, and the longest key kept. */
#define REPLY_CACHE_SLOTS 32
#define REPLY_CACHE_KEY_MAX 600

struct reply_cache_slot {
    char key[REPLY_CACHE_KEY_MAX];
    int64_t version;
    char *json;      /* NULL: nothing rendered yet */
    bool rendering;  /* a thread is rendering this key */
    bool used;       /* the slot holds `key` */
    uint64_t last;   /* when it was last asked for (the cache's clock) */
};

struct reply_cache {
    pthread_mutex_t mu;
    struct reply_cache_slot slot[REPLY_CACHE_SLOTS];
    uint64_t clock;
};

/* What `reply_cache_get` found. */
enum reply_look {
    REPLY_HIT,    /* `*out` is the reply at this version */
    REPLY_STALE,  /* `*out` is an older reply: another thread renders this one */
    REPLY_RENDER, /* the caller renders it, then calls reply_cache_put or _abandon */
};

/* Errors: none (false when the lock cannot be made). */
bool reply_cache_init(struct reply_cache *c);
void reply_cache_release(struct reply_cache *c);

/*
 * Looks `key` up at `version`. On REPLY_HIT and REPLY_STALE `*out` gets a
 * copy (REPLY_RENDER when the copy fails). A key too long to keep is always
 * REPLY_RENDER, and its put and abandon do nothing.
 */
enum reply_look reply_cache_get(struct reply_cache *c, const char *key, int64_t version,
                                char **out);

/* Keeps a copy of `json` for `key` at `version` and ends the rendering of `key`. */
void reply_cache_put(struct reply_cache *c, const char *key, int64_t version, const char *json);

/* Ends the rendering of `key` without a reply (it failed). */
void reply_cache_abandon(struct reply_cache *c, const char *key);

#endif
