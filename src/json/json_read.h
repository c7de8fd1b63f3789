/*
 * json_read.h (library-private) - thin helpers over json-c for reading the
 * JSON Lines records of the extraction drivers (`tidings dates`, `tidings
 * entities`) and evaluations.
 */
#ifndef TD_JSON_JSON_READ_H
#define TD_JSON_JSON_READ_H

#include <stdbool.h>
#include <stddef.h>

#include <json-c/json.h>

#include "tidings/error.h"

/*
 * Parses `len` bytes of strict JSON (UTF-8 validated) that must be one
 * object; on success `*out` owns it (json_object_put). Errors: TD_ERR_NOMEM,
 * TD_ERR_PARSE ("not a JSON object").
 */
TD_NODISCARD enum td_err json_parse_object(const char *line, size_t len, struct json_object **out,
                                           struct td_error *err);

/*
 * The string field `key` of `obj` (borrowed from `obj`), or NULL when it is
 * missing or null; when it has another type, NULL and `*bad` set.
 */
const char *json_str_field(struct json_object *obj, const char *key, bool *bad);

#endif
