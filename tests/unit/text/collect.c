/* collect.c - the term- and name-collecting test helpers declared in collect.h. */
#include "collect.h"

#include <stdio.h>
#include <string.h>

#include "core/buf.h"

struct collector {
    struct td_buf buf;
    int with_kinds;
    enum td_err rc; /* first append failure, reported after the analysis */
};

static void add_term(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    static const char *const suffix[] = {":w", ":n", ":c"};
    struct collector *c = ctx;

    if (c->rc == TD_OK && c->buf.len > 0)
        c->rc = td_buf_addc(&c->buf, ' ');
    if (c->rc == TD_OK)
        c->rc = td_buf_add(&c->buf, term, len);
    if (c->rc == TD_OK && c->with_kinds)
        c->rc = td_buf_adds(&c->buf, suffix[kind]);
}

enum td_err collect_terms(struct text_analyzer *a, const char *lang, const char *s, char *out,
                          size_t cap, int with_kinds)
{
    struct collector c;
    enum td_err rc;

    td_buf_init(&c.buf, 0);
    c.with_kinds = with_kinds;
    c.rc = TD_OK;
    rc = text_analyze(a, lang, s, s != NULL ? strlen(s) : 0, add_term, &c, NULL);
    if (rc == TD_OK)
        rc = c.rc;
    (void)snprintf(out, cap, "%s", c.buf.data);
    td_buf_release(&c.buf);
    return rc;
}

void joined_add(struct joined *j, const char *tag, const char *term, size_t len)
{
    size_t nt = strlen(tag);

    if (j->len + nt + len + 2 > sizeof(j->s))
        return;
    if (j->len > 0)
        j->s[j->len++] = ' ';
    memcpy(j->s + j->len, tag, nt);
    j->len += nt;
    memcpy(j->s + j->len, term, len);
    j->len += len;
    j->s[j->len] = '\0';
}

void join_name(void *ctx, const char *term, size_t len, enum text_token_kind kind)
{
    if (kind == TEXT_TOKEN_WORD)
        joined_add(ctx, "", term, len);
}
