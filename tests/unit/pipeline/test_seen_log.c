/*
 * test_seen_log.c - tests of src/pipeline/seen_log.c: each kind of entry
 * comes back from the replay with its values, in order and in its own
 * kind's row; a clear marks the row as starting its kind over and restarts
 * the count of entries; what the store holds replays the same; rows cut
 * short, of an unknown entry or of the wrong kind are errors, and an
 * engine does not open on one.
 */
#include <stdio.h>
#include <string.h>

#include "pipeline/seen_log.h"
#include "test.h"
#include "tidings/engine.h"

/* The entries replayed, written as text: "c0;" "n<anchor>,<key>,<sv>;" ... */
struct trace {
    char s[512];
};

/* Where the next entry of `t` is written, and the room left. */
#define AT(t) ((t)->s + strlen((t)->s)), (sizeof((t)->s) - strlen((t)->s))

static void on_clear(void *ctx, enum seen_kind kind)
{
    struct trace *t = ctx;

    (void)snprintf(AT(t), "c%d;", (int)kind);
}

static void on_name(void *ctx, uint64_t anchor, bool has_key, uint64_t key, const char *sv,
                    size_t n_sv)
{
    struct trace *t = ctx;

    if (!has_key) {
        (void)snprintf(AT(t), "n%llu;", (unsigned long long)anchor);
        return;
    }
    /* The skeleton and the vowels, NUL between: shown as "skel/vowels". */
    (void)snprintf(AT(t), "n%llu,%llu,%s/%s(%zu);", (unsigned long long)anchor,
                   (unsigned long long)key, sv, sv + strlen(sv) + 1, n_sv);
}

static void on_pair(void *ctx, uint64_t hash, uint64_t first, uint64_t second)
{
    struct trace *t = ctx;

    (void)snprintf(AT(t), "p%llu,%llu,%llu;", (unsigned long long)hash, (unsigned long long)first,
                   (unsigned long long)second);
}

static void on_alias(void *ctx, uint64_t anchor)
{
    struct trace *t = ctx;

    (void)snprintf(AT(t), "a%llu;", (unsigned long long)anchor);
}

static void on_word(void *ctx, uint64_t anchor)
{
    struct trace *t = ctx;

    (void)snprintf(AT(t), "w%llu;", (unsigned long long)anchor);
}

static const struct seen_replay fns = {on_clear, on_name, on_pair, on_alias, on_word};

/* Replays every kind's open entries of `l` into `t`, kind by kind, counting into `into`. */
static enum td_err replay_all(const struct seen_log *l, struct seen_log *into, struct trace *t)
{
    enum td_err rc = TD_OK;
    int k;

    for (k = 0; k < SEEN_KINDS && rc == TD_OK; k++)
        rc = seen_log_replay(into, k, l->ops[k].data, l->ops[k].len, &fns, t);
    return rc;
}

TD_TEST(test_seen_log__entries_replay_in_order_by_kind)
{
    static const char sv[] = "lndqvst\0"
                             "0201";
    struct seen_log l, counted;
    struct trace t = {{0}};

    seen_log_init(&l);
    seen_log_init(&counted);
    ASSERT_TRUE(!seen_log_pending(&l));
    seen_log_name(&l, 7, true, 0xFFFFFFFFFFFFFFFFull, sv, sizeof(sv));
    seen_log_pair(&l, 1, 2, 3);
    seen_log_name(&l, 8, false, 0, NULL, 0);
    seen_log_alias(&l, 9);
    seen_log_alias_word(&l, 10);
    seen_log_clear(&l, SEEN_PAIRS);
    seen_log_pair(&l, 4, 5, 6);
    ASSERT_TRUE(seen_log_pending(&l));
    ASSERT_TRUE(!l.base[SEEN_NAMES] && l.base[SEEN_PAIRS] && !l.base[SEEN_ALIASES]);
    ASSERT_EQ_INT(l.entries[SEEN_NAMES], 2);
    ASSERT_EQ_INT(l.entries[SEEN_PAIRS], 2); /* the clear and the pair after it */
    ASSERT_EQ_INT(l.entries[SEEN_ALIASES], 2);
    ASSERT_OK(replay_all(&l, &counted, &t));
    ASSERT_STREQ(t.s, "n7,18446744073709551615,lndqvst/0201(13);n8;"
                      "p1,2,3;c1;p4,5,6;"
                      "a9;w10;");
    /* The replay counts as the log did. */
    ASSERT_EQ_INT(counted.entries[SEEN_NAMES], 2);
    ASSERT_EQ_INT(counted.entries[SEEN_PAIRS], 2);
    ASSERT_EQ_INT(counted.entries[SEEN_ALIASES], 2);
    seen_log_reset(&l);
    ASSERT_TRUE(!seen_log_pending(&l) && !l.base[SEEN_PAIRS]);
    seen_log_release(&l);
    seen_log_release(&counted);
}

/* store_seen_fn: replays a stored row into the trace. */
static enum td_err on_row(void *ctx, int kind, const void *ops, size_t len)
{
    static struct seen_log counted;

    return seen_log_replay(&counted, kind, ops, len, &fns, ctx);
}

TD_TEST(test_seen_log__written_rows_replay_the_same)
{
    struct td_store *st;
    struct seen_log l;
    struct trace t = {{0}};
    size_t rows = 0;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    seen_log_init(&l);
    seen_log_name(&l, 1, false, 0, NULL, 0);
    seen_log_alias(&l, 2);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(seen_log_write(&l, st, NULL));
    ASSERT_OK(store_commit(st, NULL));
    seen_log_reset(&l);
    /* A clear starts its kind over: the rows before it go. */
    seen_log_clear(&l, SEEN_NAMES);
    seen_log_name(&l, 3, false, 0, NULL, 0);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(seen_log_write(&l, st, NULL));
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(store_seen_read(st, on_row, &t, &rows, NULL));
    ASSERT_EQ_INT(rows, 2);
    ASSERT_STREQ(t.s, "a2;c0;n3;");
    seen_log_release(&l);
    td_store_close(st);
}

TD_TEST(test_seen_log__broken_rows_are_parse_errors)
{
    struct seen_log l, counted;
    struct trace t = {{0}};
    static const unsigned char unknown[] = {0x7f};

    seen_log_init(&l);
    seen_log_init(&counted);
    seen_log_pair(&l, 1, 2, 3);
    /* Cut short by a byte. */
    ASSERT_EQ_INT(seen_log_replay(&counted, SEEN_PAIRS, l.ops[SEEN_PAIRS].data,
                                  l.ops[SEEN_PAIRS].len - 1, &fns, &t),
                  TD_ERR_PARSE);
    /* A pair in the names' row, a kind that does not exist, an unknown entry. */
    ASSERT_EQ_INT(seen_log_replay(&counted, SEEN_NAMES, l.ops[SEEN_PAIRS].data,
                                  l.ops[SEEN_PAIRS].len, &fns, &t),
                  TD_ERR_PARSE);
    ASSERT_EQ_INT(seen_log_replay(&counted, SEEN_KINDS, l.ops[SEEN_PAIRS].data,
                                  l.ops[SEEN_PAIRS].len, &fns, &t),
                  TD_ERR_PARSE);
    ASSERT_EQ_INT(seen_log_replay(&counted, SEEN_ALIASES, unknown, sizeof(unknown), &fns, &t),
                  TD_ERR_PARSE);
    /* An empty row (SQLite's NULL blob) is no entry and no error. */
    ASSERT_OK(seen_log_replay(&counted, SEEN_NAMES, NULL, 0, &fns, &t));
    seen_log_release(&l);
    seen_log_release(&counted);
}

/* An engine does not open on a broken log: it would not know the names the live one knew. */
TD_TEST(test_seen_log__engine_refuses_a_broken_log)
{
    static const unsigned char cut[] = {4, 1, 2}; /* a pair entry cut short */
    struct td_store *st;
    struct td_engine *e = NULL;
    struct td_error err = {0};

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(td_engine_open(st, NULL, &e, NULL));
    td_engine_close(e);
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_seen_append(st, SEEN_PAIRS, cut, sizeof(cut), false, NULL));
    ASSERT_OK(store_commit(st, NULL));
    e = NULL;
    ASSERT_EQ_INT(td_engine_open(st, NULL, &e, &err), TD_ERR_PARSE);
    ASSERT_TRUE(e == NULL);
    ASSERT_TRUE(strstr(err.msg, "names log") != NULL);
    td_store_close(st);
}
