/*
 * seen_log.c - the log of the engine's records of names seen (seen_log.h).
 * An entry is one byte that says what it is, then its fields: 64-bit
 * values little-endian, a name's skeleton as a length byte and its bytes.
 */
#include "pipeline/seen_log.h"

#include <string.h>

/* What an entry is: its first byte. */
enum seen_op {
    OP_CLEAR = 1,      /* (nothing) */
    OP_NAME = 2,       /* anchor, key, n_sv, sv */
    OP_NAME_NOKEY = 3, /* anchor */
    OP_PAIR = 4,       /* hash, first, second */
    OP_ALIAS = 5,      /* anchor */
    OP_ALIAS_WORD = 6, /* anchor */
};

/* The longest entry: op, three values. A name's is op, two values and its skeleton. */
#define ENTRY_MAX (1 + 3 * 8 + 1 + SEEN_SV_MAX)

void seen_log_init(struct seen_log *l)
{
    int k;

    memset(l, 0, sizeof(*l));
    for (k = 0; k < SEEN_KINDS; k++)
        td_buf_init(&l->ops[k], 0);
}

void seen_log_release(struct seen_log *l)
{
    int k;

    for (k = 0; k < SEEN_KINDS; k++)
        td_buf_release(&l->ops[k]);
}

void seen_log_reset(struct seen_log *l)
{
    int k;

    for (k = 0; k < SEEN_KINDS; k++) {
        td_buf_reset(&l->ops[k]);
        l->base[k] = false;
    }
    l->oom = false;
}

bool seen_log_pending(const struct seen_log *l)
{
    return l->ops[SEEN_NAMES].len > 0 || l->ops[SEEN_PAIRS].len > 0 ||
           l->ops[SEEN_ALIASES].len > 0 || l->oom;
}

static unsigned char *put64(unsigned char *p, uint64_t v)
{
    int i;

    for (i = 0; i < 8; i++)
        *p++ = (unsigned char)(v >> (8 * i));
    return p;
}

static uint64_t get64(const unsigned char *p)
{
    uint64_t v = 0;
    int i;

    for (i = 7; i >= 0; i--)
        v = v << 8 | p[i];
    return v;
}

/* Appends the entry `e[0..n)` to the log of `kind`; out of memory is remembered. */
static void append(struct seen_log *l, enum seen_kind kind, const unsigned char *e, size_t n)
{
    if (td_buf_add(&l->ops[kind], e, n) != TD_OK)
        l->oom = true;
    l->entries[kind]++;
}

/* Appends an entry of op `op` and the `n` values `v`. */
static void append_values(struct seen_log *l, enum seen_kind kind, enum seen_op op,
                          const uint64_t *v, int n)
{
    unsigned char e[ENTRY_MAX], *p = e;
    int i;

    *p++ = (unsigned char)op;
    for (i = 0; i < n; i++)
        p = put64(p, v[i]);
    append(l, kind, e, (size_t)(p - e));
}

void seen_log_clear(struct seen_log *l, enum seen_kind kind)
{
    append_values(l, kind, OP_CLEAR, NULL, 0);
    l->base[kind] = true;
    l->entries[kind] = 1;
}

void seen_log_name(struct seen_log *l, uint64_t anchor, bool has_key, uint64_t key, const char *sv,
                   size_t n_sv)
{
    unsigned char e[ENTRY_MAX], *p = e;

    if (!has_key) {
        append_values(l, SEEN_NAMES, OP_NAME_NOKEY, &anchor, 1);
        return;
    }
    if (n_sv > SEEN_SV_MAX) {
        l->oom = true; /* cannot happen: the engine's skeletons are shorter */
        return;
    }
    *p++ = OP_NAME;
    p = put64(p, anchor);
    p = put64(p, key);
    *p++ = (unsigned char)n_sv;
    memcpy(p, sv, n_sv);
    append(l, SEEN_NAMES, e, (size_t)(p - e) + n_sv);
}

void seen_log_pair(struct seen_log *l, uint64_t hash, uint64_t first, uint64_t second)
{
    const uint64_t v[3] = {hash, first, second};

    append_values(l, SEEN_PAIRS, OP_PAIR, v, 3);
}

void seen_log_alias(struct seen_log *l, uint64_t anchor)
{
    append_values(l, SEEN_ALIASES, OP_ALIAS, &anchor, 1);
}

void seen_log_alias_word(struct seen_log *l, uint64_t anchor)
{
    append_values(l, SEEN_ALIASES, OP_ALIAS_WORD, &anchor, 1);
}

enum td_err seen_log_write(const struct seen_log *l, struct td_store *st, struct td_error *err)
{
    enum td_err rc = TD_OK;
    int k;

    if (l->oom)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    for (k = 0; k < SEEN_KINDS && rc == TD_OK; k++)
        if (l->ops[k].len > 0)
            rc = store_seen_append(st, k, l->ops[k].data, l->ops[k].len, l->base[k], err);
    return rc;
}

/* Replays the entry at `p` (`end` ends the row) through `fns`; NULL when it is cut short. */
static const unsigned char *replay_entry(struct seen_log *l, enum seen_kind kind,
                                         const unsigned char *p, const unsigned char *end,
                                         const struct seen_replay *fns, void *ctx)
{
    enum seen_op op = (enum seen_op) * p++;
    size_t left = (size_t)(end - p), n_sv;

    l->entries[kind]++;
    switch (op) {
    case OP_CLEAR:
        l->entries[kind] = 1;
        fns->clear(ctx, kind);
        return p;
    case OP_NAME:
        if (kind != SEEN_NAMES || left < 17 || left - 17 < (n_sv = p[16]))
            return NULL;
        fns->name(ctx, get64(p), true, get64(p + 8), (const char *)p + 17, n_sv);
        return p + 17 + n_sv;
    case OP_NAME_NOKEY:
        if (kind != SEEN_NAMES || left < 8)
            return NULL;
        fns->name(ctx, get64(p), false, 0, NULL, 0);
        return p + 8;
    case OP_PAIR:
        if (kind != SEEN_PAIRS || left < 24)
            return NULL;
        fns->pair(ctx, get64(p), get64(p + 8), get64(p + 16));
        return p + 24;
    case OP_ALIAS:
    case OP_ALIAS_WORD:
        if (kind != SEEN_ALIASES || left < 8)
            return NULL;
        (op == OP_ALIAS ? fns->alias : fns->alias_word)(ctx, get64(p));
        return p + 8;
    }
    return NULL;
}

enum td_err seen_log_replay(struct seen_log *l, int kind, const void *ops, size_t len,
                            const struct seen_replay *fns, void *ctx)
{
    const unsigned char *p = ops, *end = p + len;

    if (kind < 0 || kind >= SEEN_KINDS)
        return TD_ERR_PARSE;
    if (len == 0)
        return TD_OK; /* SQLite gives an empty blob as NULL */
    while (p != NULL && p < end)
        p = replay_entry(l, (enum seen_kind)kind, p, end, fns, ctx);
    return p != NULL ? TD_OK : TD_ERR_PARSE;
}
