/* fuzz_text_file.c - libFuzzer target for ingest_parse_text (seed-style article files). */
#include <stddef.h>
#include <stdint.h>

#include "ingest/ingest.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    struct td_article a;
    struct td_error err;

    td_article_init(&a);
    if (ingest_parse_text("dir/fuzz.txt", (const char *)data, size, &a, &err) == TD_OK)
        td_article_release(&a);
    return 0;
}
