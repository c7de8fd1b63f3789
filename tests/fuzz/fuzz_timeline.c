/*
 * fuzz_timeline.c - libFuzzer target for story timelines: the input, cut at
 * each 0x1F byte into up to six articles, is one story; each article's
 * language and publication date come from its place (English, Russian,
 * German, Japanese, Spanish, Italian; dated days apart, the fourth undated),
 * so grouping across languages, folds and estimates all run. Texts that
 * are not valid UTF-8 are skipped, as the store never holds them.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "core/utf8.h"
#include "tidings/timeline.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"en", "ru", "de", "ja", "es", "it"};
    static const char *const dates[] = {"2024-03-12", "2024-03-13", "2023-12-31",
                                        NULL,         "2024-03-12", "2025-06-20"};
    struct td_timeline_input in[6];
    struct td_timeline tl;
    const char *p = (const char *)data, *end = p + size, *cut;
    size_t n = 0;

    while (n < 6 && p <= end) {
        cut = memchr(p, 0x1F, (size_t)(end - p));
        if (cut == NULL)
            cut = end;
        memset(&in[n], 0, sizeof(in[n]));
        in[n].id = langs[n];
        in[n].text = p;
        in[n].text_len = (size_t)(cut - p);
        in[n].date = dates[n];
        in[n].lang = langs[n];
        in[n].event = n % 2 + 1;
        if (!utf8_valid(in[n].text, in[n].text_len, NULL))
            return 0;
        n++;
        p = cut + 1;
    }
    td_timeline_init(&tl);
    if (td_timeline_build(in, n, &tl, NULL) == TD_OK)
        td_timeline_release(&tl);
    return 0;
}
