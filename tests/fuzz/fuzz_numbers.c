/*
 * fuzz_numbers.c - libFuzzer target for the number readers of
 * src/text/numbers.c: the Korean amounts and glued counters, the
 * Chinese/Japanese scale characters and the plain values, each read from
 * every offset of the input to its exact end (libFuzzer's copy of it, so a
 * read past the end is caught); then the whole input through the analyzer
 * as Korean, Chinese, Japanese, Hindi, Urdu and Sindhi text, where the
 * amounts are joined (CJK scale characters, lakh and crore).
 */
#include <math.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "core/utf8.h"
#include "text/text.h"
#include "text/text_int.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The analyzer's terms are dropped: only its reads and its arithmetic are checked. */
static void on_term(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    (void)ctx;
    (void)term;
    (void)kind;
    if (len == 0)
        abort();
}

/* Reads the number forms that open `s[0..len)`; aborts when a length runs past `len`. */
static void read_at(const char *s, size_t len)
{
    char buf[40];
    size_t n, used = 0;
    double v = -1.0, f;

    if ((n = text_number_hangul_glued(s, len)) > 0 && n + 3 > len)
        abort();
    /* An amount may end the word ("4만5000"), its last digits then being the word's last bytes. */
    if ((n = text_number_hangul_amount(s, len, &v)) > 0 && (n > len || !(v >= 0.0)))
        abort();
    if (n > 0)
        (void)text_number_format(v, buf, sizeof(buf));
    (void)text_number_hangul_time(s, len);
    if ((f = text_number_cjk_scale(s, len, &used)) != 0.0 && (used > len || !isfinite(f)))
        abort();
    if (text_number_value(s, len < 32 ? len : 32, (len & 1) != 0, &v) && !(v >= 0.0))
        abort();
    (void)text_number_group(s, len < 16 ? len : 16, (len & 1) != 0, &v);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const langs[] = {"ko", "zh", "ja", "hi", "ur", "sd"};
    static struct text_analyzer *a;
    const char *s = (const char *)data;
    size_t i;

    for (i = 0; i <= size && i < 256; i++)
        read_at(s + i, size - i);
    if (!utf8_valid(s, size, NULL))
        return 0;
    if (a == NULL && text_analyzer_new(&a, NULL) != TD_OK)
        return 0;
    for (i = 0; i < sizeof(langs) / sizeof(langs[0]); i++)
        (void)text_analyze_valid(a, langs[i], s, size, on_term, NULL, NULL);
    return 0;
}
