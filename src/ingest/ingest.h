/*
 * ingest.h (module interface) - the record parsers behind `td_read_path()`,
 * exposed for unit tests and for the HTTP ingest endpoint later.
 */
#ifndef TD_INGEST_INGEST_H
#define TD_INGEST_INGEST_H

#include <stddef.h>

#include "tidings/article.h"
#include "tidings/error.h"

/*
 * Parses one JSON Lines record (`len` bytes, no trailing newline) into `out`,
 * which must be initialised and is filled only on success. `drop_field` (may
 * be NULL) names a field removed before anything else looks at the record.
 * On failure `err->msg` is the reason printed after "FILE:LINE: ".
 * Errors: TD_ERR_PARSE (not JSON, not an object), TD_ERR_INVALID (invalid
 * UTF-8, NUL byte, missing or empty text, wrong field type, bad date),
 * TD_ERR_TOO_LARGE (line or field over its limit), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err ingest_parse_jsonl(const char *line, size_t len, const char *drop_field,
                                            struct td_article *out, struct td_error *err);

/*
 * Parses a plain-text article file. `name` is the file's path or base name
 * (the id is its base name without the last extension); `data` holds `len`
 * bytes. Same errors as `ingest_parse_jsonl` (an empty body is INVALID).
 */
TD_NODISCARD enum td_err ingest_parse_text(const char *name, const char *data, size_t len,
                                           struct td_article *out, struct td_error *err);

#endif
