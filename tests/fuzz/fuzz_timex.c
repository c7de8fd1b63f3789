/*
 * fuzz_timex.c - libFuzzer target for the temporal tagger: the first byte
 * picks a language, the rest is the text, tagged against a fixed date; and
 * the whole input as one `tidings dates` JSON line.
 */
#include <stddef.h>
#include <stdint.h>

#include "tidings/extract.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"en", "es", "de", "fr", "it", "pt", "zh",
                                        "ja", "ko", "nl", "ar", "el", "ru"};
    struct td_timex_list l;
    char *out = NULL;

    if (size == 0)
        return 0;
    td_timex_list_init(&l);
    if (td_timex_find((const char *)data + 1, size - 1, "2022-01-07", langs[data[0] % 13], &l,
                      NULL) == TD_OK)
        td_timex_list_release(&l);
    if (td_timex_tag_json((const char *)data, size, &out, NULL) == TD_OK)
        td_timex_string_free(out);
    return 0;
}
