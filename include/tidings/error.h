/*
 * error.h - the one error type of Tidings.
 *
 * Every function that can fail returns `enum td_err` (TD_OK is 0) and may
 * take an optional `struct td_error *` last parameter that receives a code
 * and a human message. The list below is written once, as an X-macro, and
 * the enum, `td_strerror()` and `td_errname()` are generated from it.
 *
 * The list is append-only: never renumber or reuse a code.
 * Thread-safety: all functions here are safe to call from any thread.
 */
#ifndef TIDINGS_ERROR_H
#define TIDINGS_ERROR_H

#include <stdarg.h>

#if defined(__GNUC__) || defined(__clang__)
#define TD_NODISCARD __attribute__((warn_unused_result))
#define TD_PRINTF(a, b) __attribute__((format(printf, a, b)))
#else
#define TD_NODISCARD
#define TD_PRINTF(a, b)
#endif

/* (name, default message) pairs; append only. */
#define TD_ERR_MAP(X)                                                     \
    X(OK, "success")                                                      \
    X(NOMEM, "out of memory")                                             \
    X(INVALID, "invalid argument or record")                              \
    X(PARSE, "cannot parse input")                                        \
    X(NOTFOUND, "not found")                                              \
    X(CONFLICT, "conflicts with stored data")                             \
    X(TOO_LARGE, "input exceeds a size limit")                            \
    X(IO, "input/output error")                                           \
    X(DB, "database error")                                               \
    X(BUSY, "database is busy")                                           \
    X(INTERNAL, "internal error")                                         \
    X(UNSUPPORTED, "unsupported feature or format")

enum td_err {
#define TD_ERR_ENUM(name, msg) TD_ERR_##name,
    TD_ERR_MAP(TD_ERR_ENUM)
#undef TD_ERR_ENUM
    TD_ERR__COUNT
};
#define TD_OK TD_ERR_OK

#define TD_ERROR_MSG_MAX 256

/* Details of a failure: the code and a message (NUL-terminated, may be ""). */
struct td_error {
    enum td_err code;
    char msg[TD_ERROR_MSG_MAX];
};

/* Reset `err` (may be NULL) to TD_OK with an empty message. */
void td_error_clear(struct td_error *err);

/*
 * Record `code` and a printf-style message in `err` (which may be NULL) and
 * return `code`, so that a failure exit is one line:
 *     return td_error_set(err, TD_ERR_PARSE, "unknown month '%s'", m);
 * Messages start lower-case and have no final period.
 */
enum td_err td_error_set(struct td_error *err, enum td_err code, const char *fmt, ...)
    TD_PRINTF(3, 4);

/* The static default message of `code` ("unknown error" when out of range). */
const char *td_strerror(enum td_err code);

/* The name of `code`, e.g. "TD_ERR_PARSE" ("TD_ERR_UNKNOWN" when out of range). */
const char *td_errname(enum td_err code);

/* The message of `err` if it has one, else `td_strerror(code)`. `err` may be NULL. */
const char *td_error_message(const struct td_error *err, enum td_err code);

#endif
