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

/* is_space(c) || c == '\0', answered by one compare for most bytes (all six are below '!'). */
static inline bool is_space_or_end(unsigned char c)
{
    return c <= ' ' && (c == '\0' || is_space(c));
}

/*
 * Feeds `s` with each run of white space as one space and the ends trimmed.
 * Bytes are staged in a stack buffer so the hash sees a few large updates,
 * not one per word.
 */
static void feed_collapsed(XXH3_state_t *st, const char *s)
{
    char buf[4096];
    size_t n = 0;
    bool any = false;

    if (s == NULL)
        return;
    while (*s) {
        const char *run;
        size_t len;
        while (*s && is_space((unsigned char)*s))
            s++;
        if (!*s)
            break;
        for (run = s; !is_space_or_end((unsigned char)*s); s++)
            ;
        len = (size_t)(s - run);
        /* One separator before every run but the first; runs copied whole. */
        if (n + len + 1 > sizeof(buf)) {
            (void)XXH3_128bits_update(st, buf, n);
            n = 0;
        }
        if (any)
            buf[n++] = ' ';
        if (len + 1 > sizeof(buf)) {
            (void)XXH3_128bits_update(st, buf, n);
            (void)XXH3_128bits_update(st, run, len);
            n = 0;
        } else {
            memcpy(buf + n, run, len);
            n += len;
        }
        any = true;
    }
    (void)XXH3_128bits_update(st, buf, n);
}

static void finish(XXH3_state_t *st, uint8_t out[DEDUP_HASH_BYTES])
{
    XXH128_hash_t h = XXH3_128bits_digest(st);
    XXH128_canonical_t c;

    XXH128_canonicalFromHash(&c, h);
    memcpy(out, c.digest, DEDUP_HASH_BYTES);
}

/* Whether `s` holds anything but white space. */
static bool has_content(const char *s)
{
    for (; s != NULL && *s; s++)
        if (!is_space((unsigned char)*s))
            return true;
    return false;
}

void dedup_content_hash(const struct td_article *a, uint8_t out[DEDUP_HASH_BYTES])
{
    XXH3_state_t st;

    /*
     * The body is the content: a syndicated article re-run under another
     * headline is still a copy. Title-only articles are hashed by title,
     * under a different tag so they never match a body.
     */
    (void)XXH3_128bits_reset(&st);
    if (has_content(a->text)) {
        (void)XXH3_128bits_update(&st, "b", 1);
        feed_collapsed(&st, a->text);
    } else {
        (void)XXH3_128bits_update(&st, "t", 1);
        feed_collapsed(&st, a->title);
    }
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
