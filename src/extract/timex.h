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

#endif
