/*
 * extract.h - temporal expressions (TIMEX3) found in article text.
 *
 * `td_timex_find()` tags one text against a reference date (the article's
 * date, "DCT") and fills a `struct td_timex_list`: each `struct td_timex` is
 * a span of the text (bytes and Unicode code points), a TIMEX3 type (DATE,
 * TIME, DURATION, SET) and a normalised TIMEX3 value ("2021-12-31",
 * "2021-12", "2022-W01", "2020-SU", "P3D", "PT2H", "PRESENT_REF",
 * "XXXX-12-31"). The tagger is rule based: one table of rules per language
 * (en, es, de, fr, it, pt), matched over tokens of the raw text.
 *
 * Lifecycle: `td_timex_list_init()` the list, call `td_timex_find()` any
 * number of times (each call replaces the contents), `td_timex_list_release()`
 * at the end. `td_timex_tag_json()` is the JSON Lines driver behind
 * `tidings dates`.
 *
 * Thread-safety: no shared state; one list per thread.
 */
#ifndef TIDINGS_EXTRACT_H
#define TIDINGS_EXTRACT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "tidings/error.h"

/* ---- Timex values ---- */

enum td_timex_type { TD_TIMEX_DATE, TD_TIMEX_TIME, TD_TIMEX_DURATION, TD_TIMEX_SET };

#define TD_TIMEX_VALUE_MAX 32

struct td_timex {
    size_t start, end;        /* byte offsets into the text, end exclusive */
    size_t start_cp, end_cp;  /* the same span in Unicode code points */
    enum td_timex_type type;
    char value[TD_TIMEX_VALUE_MAX]; /* TIMEX3 value, NUL-terminated */
    const char *rule;         /* the pattern of the rule that matched: static, borrowed; for
                                 the rule report (TIDINGS_TIMEX_RULES, see `td_timex_tag_json`) */
};

struct td_timex_list {
    struct td_timex *items;   /* owned; `n` used of `cap` */
    size_t n, cap;
};

/* "DATE", "TIME", "DURATION" or "SET". */
const char *td_timex_type_name(enum td_timex_type type);

/* ---- Life cycle ---- */

/* Prepares an empty list; allocates nothing. */
void td_timex_list_init(struct td_timex_list *list);
/* Frees the items; the list is empty and reusable afterwards. */
void td_timex_list_release(struct td_timex_list *list);

/* ---- Tagging ---- */

/*
 * Finds the temporal expressions of `text` (`len` bytes of UTF-8) and
 * replaces the contents of `out` with them, in text order, never
 * overlapping. `dct` is the reference date as ISO 8601 ("2022-01-07",
 * a date-time, "2022-01" or "2022"); NULL or "" means none, and values that
 * need it then use X placeholders ("XXXX-12-31"). `lang` is a language
 * code ("en", "es", "de", "fr", "it", "pt"); NULL, "" or an unknown code
 * means English.
 * Unanchored expressions ("in March", "Christmas") use the year of the most
 * recent explicit date in the text, else the reference date.
 * Errors: TD_ERR_INVALID (NULL text or out), TD_ERR_PARSE (malformed `dct`),
 * TD_ERR_TOO_LARGE (text over 16 MiB), TD_ERR_NOMEM; on error `out` is
 * untouched.
 */
TD_NODISCARD enum td_err td_timex_find(const char *text, size_t len, const char *dct,
                                       const char *lang, struct td_timex_list *out,
                                       struct td_error *err);

/*
 * Tags one JSON Lines record {"doc","dct","text"[,"lang"]} (`len` bytes,
 * no newline; "dct" and "lang" may be missing, null or empty) and sets
 * `*out` to the result lines, one {"doc","start","end","type","value"}
 * object per timex, each ending in "\n" (an empty string when there is
 * none). start/end are code-point offsets into "text". When the
 * environment variable TIDINGS_TIMEX_RULES is set and not empty, each object
 * also has "rule", the pattern that produced the span (for the per-rule error
 * report of scripts/timex_rules.py; not in the default output). `*out` is a heap
 * string freed with `td_timex_string_free()`. Errors: TD_ERR_PARSE (not a
 * JSON object, malformed dct), TD_ERR_INVALID (missing or non-string
 * "doc"/"text"), TD_ERR_TOO_LARGE, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_timex_tag_json(const char *line, size_t len, char **out,
                                           struct td_error *err);

/* Called for a line `td_timex_tag_stream()` cannot tag; `msg` is borrowed. */
typedef void (*td_timex_reject_fn)(void *ctx, size_t lineno, const char *msg);

/*
 * Reads JSON Lines records from `in` until EOF and writes the result lines
 * of each (see `td_timex_tag_json()`) to `out`. Blank lines are skipped; a
 * line that cannot be tagged (bad JSON, missing field, over 16 MiB) goes to
 * `on_reject` (may be NULL) with its 1-based number and is counted in
 * `*rejected_out` (may be NULL). Errors: TD_ERR_IO (read or write failed),
 * TD_ERR_NOMEM; both stop the run.
 */
TD_NODISCARD enum td_err td_timex_tag_stream(FILE *in, FILE *out, td_timex_reject_fn on_reject,
                                             void *ctx, size_t *rejected_out,
                                             struct td_error *err);

/* Frees a string from `td_timex_tag_json()`; NULL is fine. */
void td_timex_string_free(char *s);

#endif
