/*
 * cache.c - rendered JSON replies shared by the worker threads (see cache.h).
 */
#include <string.h>

#include "cache.h"
#include "tidings/tidings.h"

bool reply_cache_init(struct reply_cache *c)
{
    memset(c, 0, sizeof(*c));
    return pthread_mutex_init(&c->mu, NULL) == 0;
}

void reply_cache_release(struct reply_cache *c)
{
    size_t i;

    for (i = 0; i < REPLY_CACHE_SLOTS; i++)
        td_string_free(c->slot[i].json);
    pthread_mutex_destroy(&c->mu);
    memset(c, 0, sizeof(*c));
}

/* The slot of `key` (under `mu`), or NULL. */
static struct reply_cache_slot *find(struct reply_cache *c, const char *key)
{
    size_t i;

    for (i = 0; i < REPLY_CACHE_SLOTS; i++)
        if (c->slot[i].used && strcmp(c->slot[i].key, key) == 0)
            return &c->slot[i];
    return NULL;
}

/* A slot for the new key `key` (under `mu`): a free one, else the least recently asked that nobody renders. */
static struct reply_cache_slot *claim(struct reply_cache *c, const char *key)
{
    struct reply_cache_slot *best = NULL;
    size_t i;

    for (i = 0; i < REPLY_CACHE_SLOTS; i++) {
        struct reply_cache_slot *s = &c->slot[i];
        if (!s->used) {
            best = s;
            break;
        }
        if (!s->rendering && (best == NULL || s->last < best->last))
            best = s;
    }
    if (best == NULL)
        return NULL;
    td_string_free(best->json);
    memset(best, 0, sizeof(*best));
    best->used = true;
    memcpy(best->key, key, strlen(key) + 1);
    return best;
}

enum reply_look reply_cache_get(struct reply_cache *c, const char *key, int64_t version,
                                char **out)
{
    struct reply_cache_slot *s;
    enum reply_look look = REPLY_RENDER;

    *out = NULL;
    if (strlen(key) >= REPLY_CACHE_KEY_MAX)
        return REPLY_RENDER;
    pthread_mutex_lock(&c->mu);
    s = find(c, key);
    if (s == NULL)
        s = claim(c, key);
    if (s != NULL) {
        s->last = ++c->clock;
        if (s->json != NULL && (s->version == version || s->rendering))
            look = s->version == version ? REPLY_HIT : REPLY_STALE;
        else if (s->rendering)
            look = REPLY_RENDER; /* nothing to give yet: render too, as before */
        else
            s->rendering = true;
        if (look != REPLY_RENDER && (*out = td_string_dup(s->json)) == NULL)
            look = REPLY_RENDER;
    }
    pthread_mutex_unlock(&c->mu);
    return look;
}

void reply_cache_put(struct reply_cache *c, const char *key, int64_t version, const char *json)
{
    struct reply_cache_slot *s;
    char *copy;

    if (strlen(key) >= REPLY_CACHE_KEY_MAX)
        return;
    copy = td_string_dup(json);
    pthread_mutex_lock(&c->mu);
    s = find(c, key);
    if (s != NULL) {
        s->rendering = false;
        /* A slower renderer of an older version does not replace a newer reply. */
        if (copy != NULL && (s->json == NULL || version >= s->version)) {
            td_string_free(s->json);
            s->json = copy;
            s->version = version;
            copy = NULL;
        }
    }
    pthread_mutex_unlock(&c->mu);
    td_string_free(copy);
}

void reply_cache_abandon(struct reply_cache *c, const char *key)
{
    struct reply_cache_slot *s;

    if (strlen(key) >= REPLY_CACHE_KEY_MAX)
        return;
    pthread_mutex_lock(&c->mu);
    if ((s = find(c, key)) != NULL)
        s->rendering = false;
    pthread_mutex_unlock(&c->mu);
}
