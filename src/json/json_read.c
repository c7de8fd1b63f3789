/*
 * json_read.c - reading helpers over json-c (see json_read.h).
 */
#include "json/json_read.h"

enum td_err json_parse_object(const char *line, size_t len, struct json_object **out,
                              struct td_error *err)
{
    struct json_tokener *tok = json_tokener_new();
    struct json_object *obj;

    if (tok == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    json_tokener_set_flags(tok, JSON_TOKENER_STRICT | JSON_TOKENER_VALIDATE_UTF8);
    obj = json_tokener_parse_ex(tok, line, (int)len);
    json_tokener_free(tok);
    if (obj == NULL || !json_object_is_type(obj, json_type_object)) {
        json_object_put(obj);
        return td_error_set(err, TD_ERR_PARSE, "not a JSON object");
    }
    *out = obj;
    return TD_OK;
}

const char *json_str_field(struct json_object *obj, const char *key, bool *bad)
{
    struct json_object *v;

    if (!json_object_object_get_ex(obj, key, &v) || v == NULL)
        return NULL;
    if (!json_object_is_type(v, json_type_string)) {
        *bad = true;
        return NULL;
    }
    return json_object_get_string(v);
}
