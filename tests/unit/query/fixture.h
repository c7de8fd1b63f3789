/*
 * fixture.h - test helper for the query module: a small in-memory store
 * written directly through store/ (three stories, three languages, quotes,
 * a backslash, NULL fields and one copy).
 */
#ifndef TD_TEST_QUERY_FIXTURE_H
#define TD_TEST_QUERY_FIXTURE_H

#include "tidings/store.h"

/*
 * Opens ":memory:" and stores, in this arrival order:
 *   s2-a story 2 event 2 en 2024-03-02 "Strike \"talks\" fail" (source, url set)
 *   s1-a story 1 event 1 es 2024-03-05 no title, body "Body only, no title"
 *   s2-b story 2 event 5 de 2024-03-01 "Fährstreik\tneu"
 *   s2-c story 2 event 2 en undated, copy of s2-a
 *   s3-a story 3 event 3 en undated, no title
 * On failure nothing stays open.
 */
enum td_err query_fixture_open(struct td_store **out);

#endif
