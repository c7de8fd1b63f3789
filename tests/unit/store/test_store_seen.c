/*
 * test_store_seen.c - tests of src/store/store_seen.c: the log of the
 * engine's records of names seen gives its rows back in the order they were
 * appended, with their kinds and bytes (an empty row too), a row that starts
 * its kind over deletes that kind's earlier rows only, a rollback drops what
 * its transaction appended, and the reader's error stops the read.
 */
#include <stdio.h>
#include <string.h>

#include "store/store.h"
#include "test.h"

/* What the rows read so far were: "kind:bytes;" each. */
struct seen_rows {
    char got[256];
    size_t stop_after; /* 0: read them all */
    size_t n;
};

static enum td_err on_row(void *ctx, int kind, const void *ops, size_t len)
{
    struct seen_rows *r = ctx;
    size_t at = strlen(r->got);

    if (r->stop_after > 0 && r->n == r->stop_after)
        return TD_ERR_PARSE;
    r->n++;
    (void)snprintf(r->got + at, sizeof(r->got) - at, "%d:%.*s;", kind, (int)len,
                   len > 0 ? (const char *)ops : "");
    return TD_OK;
}

/* The rows of `st`'s log as on_row() writes them, into `r`. */
static enum td_err read_all(struct td_store *st, struct seen_rows *r, size_t *rows)
{
    memset(r->got, 0, sizeof(r->got));
    r->n = 0;
    return store_seen_read(st, on_row, r, rows, NULL);
}

TD_TEST(test_store_seen__rows_come_back_in_order_and_a_base_trims_its_kind)
{
    struct td_store *st;
    struct seen_rows r = {{0}, 0, 0};
    size_t rows = 99;

    ASSERT_OK(td_store_open(":memory:", &st, NULL));
    ASSERT_OK(read_all(st, &r, &rows));
    ASSERT_EQ_INT(rows, 0);
    ASSERT_STREQ(r.got, "");
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_seen_append(st, 0, "ab", 2, false, NULL));
    ASSERT_OK(store_seen_append(st, 1, "cd", 2, false, NULL));
    ASSERT_OK(store_seen_append(st, 0, "", 0, false, NULL));
    ASSERT_OK(store_seen_append(st, 2, "ef", 2, false, NULL));
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(read_all(st, &r, &rows));
    ASSERT_EQ_INT(rows, 4);
    ASSERT_STREQ(r.got, "0:ab;1:cd;0:;2:ef;");
    /* A base row of kind 0 leaves kinds 1 and 2 alone. */
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_seen_append(st, 0, "gh", 2, true, NULL));
    ASSERT_OK(store_seen_append(st, 1, "ij", 2, false, NULL));
    ASSERT_OK(store_commit(st, NULL));
    ASSERT_OK(read_all(st, &r, &rows));
    ASSERT_EQ_INT(rows, 4);
    ASSERT_STREQ(r.got, "1:cd;2:ef;0:gh;1:ij;");
    /* A rolled-back transaction leaves nothing. */
    ASSERT_OK(store_begin(st, NULL));
    ASSERT_OK(store_seen_append(st, 2, "kl", 2, true, NULL));
    store_rollback(st);
    ASSERT_OK(read_all(st, &r, &rows));
    ASSERT_STREQ(r.got, "1:cd;2:ef;0:gh;1:ij;");
    /* The reader's error ends the read and is returned. */
    r.stop_after = 2;
    ASSERT_EQ_INT(read_all(st, &r, &rows), TD_ERR_PARSE);
    ASSERT_STREQ(r.got, "1:cd;2:ef;");
    td_store_close(st);
}
