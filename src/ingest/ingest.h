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
 * On failure `err->msg` is the reason printed after "FILE:LINE: "; `out`
 * is untouched. On success the previous contents of `out` are released.
 * Errors: TD_ERR_PARSE (not JSON, not an object), TD_ERR_INVALID (invalid
 * UTF-8, NUL byte, missing or empty text, wrong field type, bad date, bad
 * id or language tag), TD_ERR_TOO_LARGE (line over TD_MAX_LINE_BYTES, id
 * over TD_MAX_ID_BYTES, short field over TD_MAX_SHORT_FIELD_BYTES),
 * TD_ERR_NOMEM (only our allocations are counted; json-c uses malloc).
 */
TD_NODISCARD enum td_err ingest_parse_jsonl(const char *line, size_t len, const char *drop_field,
                                            struct td_article *out, struct td_error *err);

/*
 * Parses a plain-text article file. `name` is the file's path or base name
 * (the id is its base name without the last extension); NULL or "-" (stdin)
 * gives no id. `data` holds `len` bytes (not read when `len` is over
 * TD_MAX_TEXT_FILE_BYTES). Same contract and errors as `ingest_parse_jsonl`
 * (an empty body, an impossible date and a bad id are INVALID).
 */
TD_NODISCARD enum td_err ingest_parse_text(const char *name, const char *data, size_t len,
                                           struct td_article *out, struct td_error *err);

#endif
