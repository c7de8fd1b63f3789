/*
 * fuzz_feed.c - libFuzzer target for the feed reader: any bytes are one RSS
 * or Atom feed read from memory (td_read_buffer with TD_FORMAT_FEED).
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "tidings/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Bytes of the strings delivered, so that every one of them is read to its end. */
static size_t seen_bytes;

static size_t len_or_0(const char *s)
{
    return s != NULL ? strlen(s) : 0;
}

static enum td_err on_record(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    (void)ctx;
    (void)info;
    /* An unterminated or freed string shows here under ASan. */
    seen_bytes += strlen(art->text) + len_or_0(art->title) + len_or_0(art->id) +
                  len_or_0(art->url) + len_or_0(art->source) + len_or_0(art->lang) +
                  len_or_0(art->date) + len_or_0(art->meta_json);
    return TD_OK;
}

static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    (void)ctx;
    (void)info;
    (void)reason;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct td_reader_opts o = TD_READER_OPTS_INIT;
    struct td_error err;

    o.format = TD_FORMAT_FEED;
    o.on_record = on_record;
    o.on_reject = on_reject;
    (void)td_read_buffer(&o, "fuzz", (const char *)data, size, &err);
    return 0;
}
