/*
 * dedup.c - content and record hashes (XXH3-128, streaming) for exact
 * duplicates and idempotent re-ingest.
 */
#include "dedup/dedup.h"

#include <stdbool.h>
#include <string.h>

#define XXH_STATIC_LINKING_ONLY /* XXH3_state_t on the stack */
#include <xxhash.h>

static bool is_space(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

/* Feeds `s` with each run of white space as one space and the ends trimmed. */
static void feed_collapsed(XXH3_state_t *st, const char *s)
{
    const char *p = s, *run;
    bool first = true;

    if (s == NULL)
        return;
    while (*p) {
        while (*p && is_space((unsigned char)*p))
            p++;
        if (!*p)
            break;
        run = p;
        while (*p && !is_space((unsigned char)*p))
            p++;
        if (!first)
            (void)XXH3_128bits_update(st, " ", 1);
        (void)XXH3_128bits_update(st, run, (size_t)(p - run));
        first = false;
    }
}

static void finish(XXH3_state_t *st, uint8_t out[DEDUP_HASH_BYTES])
{
    XXH128_hash_t h = XXH3_128bits_digest(st);
    XXH128_canonical_t c;

    XXH128_canonicalFromHash(&c, h);
    memcpy(out, c.digest, DEDUP_HASH_BYTES);
}

void dedup_content_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES])
{
    XXH3_state_t st;

    (void)XXH3_128bits_reset(&st);
    feed_collapsed(&st, a->title);
    (void)XXH3_128bits_update(&st, "\x1f", 1);
    feed_collapsed(&st, a->text);
    finish(&st, out);
}

/* Feeds a field as a tag byte, a presence byte and its bytes with a terminator. */
static void feed_field(XXH3_state_t *st, char tag, const char *v)
{
    char head[2] = {tag, v != NULL ? '1' : '0'};

    (void)XXH3_128bits_update(st, head, 2);
    if (v != NULL)
        (void)XXH3_128bits_update(st, v, strlen(v) + 1);
}

void dedup_record_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES])
{
    XXH3_state_t st;

    (void)XXH3_128bits_reset(&st);
    feed_field(&st, 't', a->title);
    feed_field(&st, 'b', a->text);
    feed_field(&st, 'u', a->url);
    feed_field(&st, 's', a->source);
    feed_field(&st, 'l', a->lang);
    feed_field(&st, 'd', a->date);
    feed_field(&st, 'm', a->meta_json);
    finish(&st, out);
}

void dedup_hex(const uint8_t h[DEDUP_HASH_BYTES], char out[2 * DEDUP_HASH_BYTES + 1])
{
    static const char digits[] = "0123456789abcdef";
    int i;

    for (i = 0; i < DEDUP_HASH_BYTES; i++) {
        out[2 * i] = digits[h[i] >> 4];
        out[2 * i + 1] = digits[h[i] & 15];
    }
    out[2 * DEDUP_HASH_BYTES] = '\0';
}
