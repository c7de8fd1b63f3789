/*
 * buf.c - growable, capped, NUL-terminated byte strings (see buf.h).
 */
#include "core/buf.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"

char td_buf_empty[1];

static size_t limit(const struct td_buf *b)
{
    return b->max_bytes ? b->max_bytes : SIZE_MAX / 2;
}

void td_buf_init(struct td_buf *b, size_t max_bytes)
{
    b->data = td_buf_empty;
    b->len = 0;
    b->cap = 0;
    b->max_bytes = max_bytes;
}

void td_buf_release(struct td_buf *b)
{
    if (b->cap)
        td_free(b->data);
    td_buf_init(b, b->max_bytes);
}

void td_buf_reset(struct td_buf *b)
{
    b->len = 0;
    if (b->cap)
        b->data[0] = '\0';
}

enum td_err td_buf_grow_to(struct td_buf *b, size_t extra)
{
    size_t need, ncap;
    char *p;

    if (extra > limit(b) - b->len)
        return TD_ERR_TOO_LARGE;
    need = b->len + extra + 1;
    if (need <= b->cap)
        return TD_OK;
    ncap = b->cap ? b->cap : 64;
    while (ncap < need)
        ncap = ncap < SIZE_MAX / 4 ? ncap * 2 : need;
    p = td_realloc(b->cap ? b->data : NULL, ncap);
    if (p == NULL)
        return TD_ERR_NOMEM;
    if (!b->cap)
        p[0] = '\0';
    b->data = p;
    b->cap = ncap;
    return TD_OK;
}

enum td_err td_buf_add_to(struct td_buf *b, const void *data, size_t n)
{
    enum td_err rc = td_buf_grow_to(b, n);

    if (rc != TD_OK)
        return rc;
    if (n)
        memcpy(b->data + b->len, data, n);
    b->len += n;
    b->data[b->len] = '\0';
    return TD_OK;
}

enum td_err td_buf_adds(struct td_buf *b, const char *s)
{
    return td_buf_add(b, s, strlen(s));
}

enum td_err td_buf_addc(struct td_buf *b, char c)
{
    return td_buf_add(b, &c, 1);
}

enum td_err td_buf_vaddf(struct td_buf *b, const char *fmt, va_list ap)
{
    va_list cp;
    int n;
    enum td_err rc;

    va_copy(cp, ap);
    n = vsnprintf(NULL, 0, fmt, cp);
    va_end(cp);
    if (n < 0)
        return TD_ERR_INTERNAL;
    rc = td_buf_grow(b, (size_t)n);
    if (rc != TD_OK)
        return rc;
    if (vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap) != n)
        return TD_ERR_INTERNAL;
    b->len += (size_t)n;
    return TD_OK;
}

enum td_err td_buf_addf(struct td_buf *b, const char *fmt, ...)
{
    va_list ap;
    enum td_err rc;

    va_start(ap, fmt);
    rc = td_buf_vaddf(b, fmt, ap);
    va_end(ap);
    return rc;
}

/* The escape for byte `c` in a JSON string, or NULL when it stands as is. */
static const char *json_escape(unsigned char c, char tmp[8])
{
    switch (c) {
    case '"': return "\\\"";
    case '\\': return "\\\\";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    case '\b': return "\\b";
    case '\f': return "\\f";
    default: break;
    }
    if (c >= 0x20)
        return NULL;
    (void)snprintf(tmp, 8, "\\u%04x", c);
    return tmp;
}

enum td_err td_buf_add_json_str(struct td_buf *b, const char *s, size_t n)
{
    size_t i, run = 0;
    char tmp[8];
    enum td_err rc = td_buf_addc(b, '"');

    for (i = 0; rc == TD_OK && i < n; i++) {
        const char *esc = json_escape((unsigned char)s[i], tmp);
        if (esc == NULL)
            continue;
        rc = td_buf_add(b, s + run, i - run);
        if (rc == TD_OK)
            rc = td_buf_adds(b, esc);
        run = i + 1;
    }
    if (rc == TD_OK)
        rc = td_buf_add(b, s + run, n - run);
    if (rc == TD_OK)
        rc = td_buf_addc(b, '"');
    return rc;
}

char *td_buf_take(struct td_buf *b, size_t *len_out)
{
    char *p;

    if (len_out != NULL)
        *len_out = b->len;
    if (b->cap == 0) {
        p = td_strdup("");
    } else {
        p = b->data;
    }
    td_buf_init(b, b->max_bytes);
    return p;
}

bool td_buf_read_line(FILE *in, struct td_buf *b, bool *overlong)
{
    char chunk[8192];
    bool any = false;

    td_buf_reset(b);
    *overlong = false;
    while (fgets(chunk, sizeof(chunk), in) != NULL) {
        size_t n = strlen(chunk);
        bool eol = n > 0 && chunk[n - 1] == '\n';

        any = true;
        n -= eol ? 1 : 0;
        if (!*overlong && td_buf_add(b, chunk, n) != TD_OK)
            *overlong = true;
        if (eol)
            break;
    }
    if (b->len > 0 && b->data[b->len - 1] == '\r')
        b->data[--b->len] = '\0';
    return any;
}
