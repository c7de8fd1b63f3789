/* fuzz_jsonl.c - libFuzzer target for ingest_parse_jsonl: any bytes are one JSON Lines record. */
#include <stddef.h>
#include <stdint.h>

#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct td_article a;
    struct td_error err;

    td_article_init(&a);
    if (ingest_parse_jsonl((const char *)data, size, "story", &a, &err) == TD_OK)
        td_article_release(&a);
    return 0;
}
