/*
 * timex.h (module interface) - what src/extract/ offers other modules: the
 * temporal tagger with an already parsed reference date, and the language
 * table lookup. The public API is include/tidings/extract.h.
 */
#ifndef TD_EXTRACT_TIMEX_H
#define TD_EXTRACT_TIMEX_H

#include <stddef.h>

#include "tidings/extract.h"

struct tx_lang;
struct tx_ref;

/* The rule table of language `code` ("en", "es", ...); English by default. */
const struct tx_lang *timex_lang(const char *code);

/*
 * `td_timex_find()` with the reference already parsed; replaces `*out` on
 * success. Errors: TD_ERR_NOMEM (no message set).
 */
TD_NODISCARD enum td_err timex_find_ref(const char *text, size_t len, const struct tx_ref *dct,
                                        const struct tx_lang *lang, struct td_timex_list *out);

/*
 * A text tokenized once and tagged against several reference dates (the
 * publication-date estimate tries one per candidate day): each tagging
 * gives what td_timex_find() gives with that reference, and the rule
 * matches, which do not depend on it, are computed once. The text is
 * copied into tokens; the caller may free it after timex_text_new().
 */
struct timex_text;

/*
 * Tokenizes `text` (language `lang`, English by default); `*out` is freed
 * with timex_text_free(). Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE (longer
 * than TD_MAX_LINE_BYTES); no message set.
 */
TD_NODISCARD enum td_err timex_text_new(const char *text, size_t len, const char *lang,
                                        struct timex_text **out);

/*
 * Tags `tt` against the reference `dct` (ISO 8601; NULL or "": none);
 * replaces `*out` on success. Errors: TD_ERR_PARSE (a bad `dct`),
 * TD_ERR_NOMEM; no message set. Not for concurrent use of one `tt`.
 */
TD_NODISCARD enum td_err timex_text_find(struct timex_text *tt, const char *dct,
                                         struct td_timex_list *out);

void timex_text_free(struct timex_text *tt);

#endif
