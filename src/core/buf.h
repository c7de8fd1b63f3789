/*
 * buf.h - growable byte strings: always NUL-terminated, length-tracked and
 * capped at `max_bytes` (appending past the cap is TD_ERR_TOO_LARGE and
 * leaves the buffer unchanged). Use `td_buf_take()` to move the bytes out.
 */
#ifndef TD_CORE_BUF_H
#define TD_CORE_BUF_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>

#include "tidings/error.h"

struct td_buf {
    char *data;       /* NUL-terminated; never NULL after init ("" when empty) */
    size_t len;       /* bytes, not counting the NUL */
    size_t cap;       /* allocated bytes, 0 while `data` points at the shared "" */
    size_t max_bytes; /* cap on `len`; 0 means SIZE_MAX/2 */
};

#define TD_BUF_INIT {td_buf_empty, 0, 0, 0}
extern char td_buf_empty[1];

void td_buf_init(struct td_buf *b, size_t max_bytes);
/* Frees the contents; the buffer is left initialised and empty. */
void td_buf_release(struct td_buf *b);
/* Sets the length to 0 and keeps the memory. */
void td_buf_reset(struct td_buf *b);

/*
 * Replaces the contents of `b` with the next line of `in`, without its "\n"
 * or "\r\n". False at end of input with nothing read. A line longer than
 * `b` may grow (its cap), or one that cannot be stored, is read to its end
 * and dropped, with `*overlong` set and `b` holding its start.
 */
bool td_buf_read_line(FILE *in, struct td_buf *b, bool *overlong);
/* Makes room for `extra` more bytes. Errors: TD_ERR_NOMEM, TD_ERR_TOO_LARGE. */
TD_NODISCARD enum td_err td_buf_grow_to(struct td_buf *b, size_t extra);
/* Appends `data[0..n)` (see td_buf_add). */
TD_NODISCARD enum td_err td_buf_add_to(struct td_buf *b, const void *data, size_t n);

/*
 * Whether `extra` more bytes fit in `b` as allocated, within its cap: the
 * inline fast paths below then need no call (the analysis appends a few
 * bytes at a time, hundreds of thousands of times per thousand articles).
 */
static inline bool td_buf_fits(const struct td_buf *b, size_t extra)
{
    return extra < b->cap - b->len &&
           (b->max_bytes == 0 || (b->len <= b->max_bytes && extra <= b->max_bytes - b->len));
}

/* td_buf_grow_to(), inline when there is room already. */
TD_NODISCARD static inline enum td_err td_buf_grow(struct td_buf *b, size_t extra)
{
    return td_buf_fits(b, extra) ? TD_OK : td_buf_grow_to(b, extra);
}
/* Appends `data[0..n)`; inline when there is room already. */
TD_NODISCARD static inline enum td_err td_buf_add(struct td_buf *b, const void *data, size_t n)
{
    if (!td_buf_fits(b, n))
        return td_buf_add_to(b, data, n);
    if (n)
        memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return TD_OK;
}
TD_NODISCARD enum td_err td_buf_adds(struct td_buf *b, const char *s);
TD_NODISCARD enum td_err td_buf_addc(struct td_buf *b, char c);
TD_NODISCARD enum td_err td_buf_addf(struct td_buf *b, const char *fmt, ...) TD_PRINTF(2, 3);
TD_NODISCARD enum td_err td_buf_vaddf(struct td_buf *b, const char *fmt, va_list ap);
/* Appends `s` as a JSON string literal (quotes and escapes included). */
TD_NODISCARD enum td_err td_buf_add_json_str(struct td_buf *b, const char *s, size_t n);
/*
 * Moves the bytes out: returns a heap string the caller frees with
 * `td_free()` (NULL on OOM when the buffer was empty) and leaves `b` empty.
 */
char *td_buf_take(struct td_buf *b, size_t *len_out);

#endif
