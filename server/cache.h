/*
 * cache.h - a small cache of rendered JSON replies, one per worker thread
 * (so it needs no lock), keyed by the request and checked against the
 * database's data version: an entry is used only while no other connection
 * has committed anything since it was made. It serves the story list, which
 * every page view asks for and which only changes when articles arrive.
 *
 * Ownership: the cache owns copies of the keys and replies it keeps;
 * `reply_cache_get` hands out a fresh copy the caller frees with
 * td_string_free(). Not thread-safe: one cache per thread.
 */
#ifndef TD_SERVER_CACHE_H
#define TD_SERVER_CACHE_H

#include <stdbool.h>
#include <stdint.h>

/* Replies kept per thread, and the longest key kept. */
#define REPLY_CACHE_SLOTS 8
#define REPLY_CACHE_KEY_MAX 600

struct reply_cache_slot {
    char key[REPLY_CACHE_KEY_MAX];
    int64_t version;
    char *json; /* NULL: the slot is free */
};

struct reply_cache {
    struct reply_cache_slot slot[REPLY_CACHE_SLOTS];
    unsigned next; /* the slot the next miss replaces (round robin) */
};

/* Whether `key` has a reply made at `version`; if so `*out` gets a copy (NULL when out of memory). */
bool reply_cache_get(const struct reply_cache *c, const char *key, int64_t version, char **out);

/* Keeps a copy of `json` for `key` at `version`; keys over the limit and copies that fail are skipped. */
void reply_cache_put(struct reply_cache *c, const char *key, int64_t version, const char *json);

/* Frees every kept reply. */
void reply_cache_release(struct reply_cache *c);

#endif
