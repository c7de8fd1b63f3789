/*
 * collect.h - test helper for the text module: runs `text_analyze` and
 * joins the terms into one string, so a test can compare a whole analysis.
 */
#ifndef TD_TEST_TEXT_COLLECT_H
#define TD_TEST_TEXT_COLLECT_H

#include <stddef.h>

#include "text/text.h"

/*
 * Analyses NUL-terminated `s` in `lang` and writes the terms, separated by
 * spaces, into `out` (truncated to `cap`). With `with_kinds`, each term is
 * followed by ":w", ":n" or ":c" for WORD, NUMBER or CJK. Returns the code
 * of `text_analyze`.
 */
enum td_err collect_terms(struct text_analyzer *a, const char *lang, const char *s, char *out,
                          size_t cap, int with_kinds);

/* Names as `text_names` gives them, joined by spaces (`join_name` is its callback). */
struct joined {
    char s[512];
    size_t len;
};
void join_name(void *ctx, const char *term, size_t len, enum text_token_kind kind);
/* Appends `tag` and `term[0..len)` to `j`, a space before when not first; drops what does not fit. */
void joined_add(struct joined *j, const char *tag, const char *term, size_t len);

#endif
