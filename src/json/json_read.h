/*
 * json_read.h (library-private) - thin helpers over json-c for reading the
 * JSON Lines records of the extraction drivers (`tidings dates`, `tidings
 * entities`) and evaluations.
 */
#ifndef TD_JSON_JSON_READ_H
#define TD_JSON_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include <json-c/json.h>

#include "tidings/error.h"

/*
 * Parses `len` bytes of strict JSON (UTF-8 validated) that must be one
 * object; on success `*out` owns it (json_object_put). Errors: TD_ERR_NOMEM,
 * TD_ERR_INVALID ("invalid UTF-8 at byte offset N"), TD_ERR_PARSE ("not a
 * JSON object").
 */
TD_NODISCARD enum td_err json_parse_object(const char *line, size_t len, struct json_object **out,
                                           struct td_error *err);

/*
 * The string field `key` of `obj` (borrowed from `obj`), or NULL when it is
 * missing or null; when it has another type, NULL and `*bad` set.
 */
const char *json_str_field(struct json_object *obj, const char *key, bool *bad);

/*
 * One record of a JSON Lines stream (`len` bytes, no newline). Returns TD_OK,
 * or a record-level error with its reason in `why` (the record is counted as
 * rejected and the stream goes on); TD_ERR_NOMEM and TD_ERR_IO (`why` holds
 * the reason) stop the stream.
 */
typedef enum td_err (*json_record_fn)(void *ctx, const char *line, size_t len,
                                      struct td_error *why);
/* Told of each rejected record: its 1-based line and the reason. */
typedef void (*json_reject_fn)(void *ctx, size_t lineno, const char *msg);

/*
 * Reads `in` line by line (lines over TD_MAX_LINE_BYTES are rejected), skips
 * blank ones and hands every other to `fn(ctx, ...)`; rejected records go
 * to `on_reject(rctx, ...)` (may be NULL) and are counted in `*rejected`.
 * Errors: TD_ERR_NOMEM, TD_ERR_IO (reading `in`, or from `fn`).
 */
TD_NODISCARD enum td_err json_lines_each(FILE *in, json_record_fn fn, void *ctx,
                                         json_reject_fn on_reject, void *rctx, size_t *rejected,
                                         struct td_error *err);

#endif
