/*
 * error.c - messages and names of `enum td_err`, generated from TD_ERR_MAP,
 * and the `td_error_set()` helper every module uses to report failures.
 */
#include "tidings/error.h"

#include <stdio.h>
#include <string.h>

static const char *const messages[] = {
#define TD_ERR_MSG(name, msg) msg,
    TD_ERR_MAP(TD_ERR_MSG)
#undef TD_ERR_MSG
};

static const char *const names[] = {
#define TD_ERR_NAME(name, msg) "TD_ERR_" #name,
    TD_ERR_MAP(TD_ERR_NAME)
#undef TD_ERR_NAME
};

void td_error_clear(struct td_error *err)
{
    if (err == NULL)
        return;
    err->code = TD_OK;
    err->msg[0] = '\0';
}

enum td_err td_error_set(struct td_error *err, enum td_err code, const char *fmt, ...)
{
    va_list ap;

    if (err == NULL)
        return code;
    err->code = code;
    err->msg[0] = '\0';
    if (fmt != NULL) {
        va_start(ap, fmt);
        /* Truncation is acceptable: the message is advisory. */
        (void)vsnprintf(err->msg, sizeof(err->msg), fmt, ap);
        va_end(ap);
    }
    return code;
}

const char *td_strerror(enum td_err code)
{
    if ((int)code < 0 || code >= TD_ERR__COUNT)
        return "unknown error";
    return messages[code];
}

const char *td_errname(enum td_err code)
{
    if ((int)code < 0 || code >= TD_ERR__COUNT)
        return "TD_ERR_UNKNOWN";
    return names[code];
}

const char *td_error_message(const struct td_error *err, enum td_err code)
{
    if (err != NULL && err->msg[0] != '\0')
        return err->msg;
    return td_strerror(code);
}
