/*
 * fuzz_names.c - libFuzzer target for the name finder and the name
 * spellings: the first byte picks a language and the analyzer's switches
 * (Han names, uncased names), the rest is the text; each name it passes
 * (katakana and pinyin spellings too) goes through the key, sound, loose
 * fold and skeleton spellings, with room for all of it and with little room,
 * and through the base forms of the language's case endings (text_name_bases()).
 * The text goes through the same spellings as one name as well (when it is
 * valid UTF-8, as the names are).
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/alloc.h"
#include "core/utf8.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Room enough for every spelling of a name of up to 64 bytes. */
#define SPELLING_BYTES 160

static void spellings(const char *term, size_t len)
{
    /* The room given, each in a block of its own size, so a write past it is caught. */
    static const size_t caps[] = {1, 2, 3, 4, 5, 6, 8, 12, 17, 33, 65, 72, 129, SPELLING_BYTES};
    size_t c, n;

    for (c = 0; c < sizeof(caps) / sizeof(caps[0]); c++) {
        size_t cap = caps[c];
        char *out = td_malloc(cap);
        if (out == NULL)
            return;
        /* Each result must fit in the room given, NUL included. */
        if ((n = text_name_key(term, len, false, out, cap)) > 0 && n >= cap)
            abort();
        if ((n = text_name_key(term, len, true, out, cap)) > 0 && n >= cap)
            abort();
        if ((n = text_name_sound(term, len, out, cap)) > 0 && n >= cap)
            abort();
        if ((n = text_name_loose(term, len, true, out, cap)) > 0 && n >= cap)
            abort();
        if ((n = text_name_loose(term, len, false, out, cap)) > 0 && n >= cap)
            abort();
        if ((n = text_name_fold(term, len, out, cap)) > 0 && n >= cap)
            abort();
        if (cap == SPELLING_BYTES) {
            (void)text_name_skeleton(term, len, out, cap);
            (void)text_name_vowels(term, len, out, cap);
            (void)text_name_kana_vowels(term, len, out, cap);
        }
        td_free(out);
    }
}

/* Every base form offered must end with its NUL (text_base_fn). */
static bool check_base(void *ctx, const char *base, size_t len)
{
    (void)ctx;
    if (base[len] != '\0')
        abort();
    return false;
}

static void on_term(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    (void)kind;
    spellings(term, len);
    (void)text_name_bases(ctx, term, len, check_base, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"ja", "zh", "en", "ru", "ko", "my",
                                        "ku", "es", "fa", "ps", "ur", "ar"};
    static struct text_analyzer *a;
    struct td_error err;
    const char *lang;

    if (size == 0)
        return 0;
    if (a == NULL && text_analyzer_new(&a, NULL) != TD_OK)
        return 0;
    text_analyzer_set_han_names(a, (data[0] & 8) != 0);
    text_analyzer_set_uncased_names(a, (data[0] & 16) != 0);
    text_analyzer_set_acronym_defs(a, (data[0] & 32) != 0);
    /* bits 0-2 and 6-7 pick the language (bits 3-5 are the switches) */
    lang = langs[((data[0] & 7u) | ((data[0] & 0xC0u) >> 3)) % 12];
    (void)text_names(a, lang, (const char *)data + 1, size - 1, on_term,
                     (void *)text_inflection_find(lang), &err);
    if (utf8_valid((const char *)data + 1, size - 1, NULL))
        spellings((const char *)data + 1, size - 1);
    return 0;
}
