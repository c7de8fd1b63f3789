/*
 * cache.c - per-thread cache of rendered JSON replies (see cache.h).
 */
#include <string.h>

#include "cache.h"
#include "tidings/tidings.h"

bool reply_cache_get(const struct reply_cache *c, const char *key, int64_t version, char **out)
{
    size_t i;

    for (i = 0; i < REPLY_CACHE_SLOTS; i++) {
        const struct reply_cache_slot *s = &c->slot[i];
        if (s->json != NULL && s->version == version && strcmp(s->key, key) == 0) {
            *out = td_string_dup(s->json);
            return *out != NULL;
        }
    }
    return false;
}

void reply_cache_put(struct reply_cache *c, const char *key, int64_t version, const char *json)
{
    struct reply_cache_slot *s = NULL;
    size_t i, n = strlen(key);

    if (n >= REPLY_CACHE_KEY_MAX)
        return;
    /* The same key at an older version is replaced in place. */
    for (i = 0; i < REPLY_CACHE_SLOTS && s == NULL; i++)
        if (c->slot[i].json != NULL && strcmp(c->slot[i].key, key) == 0)
            s = &c->slot[i];
    if (s == NULL) {
        s = &c->slot[c->next];
        c->next = (c->next + 1) % REPLY_CACHE_SLOTS;
    }
    td_string_free(s->json);
    s->json = td_string_dup(json);
    s->version = version;
    memcpy(s->key, key, n + 1);
}

void reply_cache_release(struct reply_cache *c)
{
    size_t i;

    for (i = 0; i < REPLY_CACHE_SLOTS; i++) {
        td_string_free(c->slot[i].json);
        c->slot[i].json = NULL;
    }
}
