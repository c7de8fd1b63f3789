/*
 * fuzz_pipeline.c - libFuzzer target for the text and clustering path: the
 * input is an article body run through the engine on an in-memory store.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "tidings/engine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static struct td_store *st;
    static struct td_engine *e;
    struct td_article a;
    char *text;

    if (!utf8_valid((const char *)data, size, NULL) || memchr(data, 0, size) != NULL)
        return 0;
    if (st == NULL && (td_store_open(":memory:", &st, NULL) != TD_OK ||
                       td_engine_open(st, NULL, &e, NULL) != TD_OK))
        return 0;
    text = td_strndup((const char *)data, size);
    if (text == NULL)
        return 0;
    td_article_init(&a);
    a.text = text;
    a.title = size > 10 ? (char *)"Fuzz title" : NULL;
    (void)td_engine_add(e, &a, NULL, NULL);
    td_free(text);
    return 0;
}
