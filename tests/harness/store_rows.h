/*
 * store_rows.h - test helper: articles written straight into a store
 * through store/ (no pipeline), for the store and query tests.
 */
#ifndef TD_TEST_STORE_ROWS_H
#define TD_TEST_STORE_ROWS_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/store.h"

/* One article row; trailing fields may be left out of an initializer (NULL). */
struct test_row {
    const char *id;
    int64_t story;
    const char *lang;
    const char *date;  /* NULL: undated */
    int64_t at;        /* Unix time of `date` */
    const char *title, *body, *source, *url, *copy_of;
};

/*
 * Inserts `row` in event `event`; its record and content hashes are 16
 * bytes of `seed`.
 */
enum td_err test_row_insert_event(struct td_store *st, const struct test_row *row, uint8_t seed,
                                  int64_t event);

/* Inserts `row` with its event numbered as its story. */
enum td_err test_row_insert(struct td_store *st, const struct test_row *row, uint8_t seed);

/*
 * Opens ":memory:" and inserts rows[0..n) in order, row i with hash seed i.
 * On failure nothing stays open.
 */
enum td_err test_rows_open(const struct test_row *rows, size_t n, struct td_store **out);

#endif
