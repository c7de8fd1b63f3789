/*
 * fts_bench.c - times the one-core build of the full-text index alone, as the
 * bulk indexer's drain does it (src/query/indexer.c), on a copy of an
 * ingested store. Not part of the build; compile it against a plain build's
 * library (docs/BENCHMARKS.md, "perf18"):
 *
 *   cc -O2 -std=c11 -D_DEFAULT_SOURCE -Iinclude -Isrc bench/fts_bench.c \
 *      build-plain/libtidings_core.a $(pkg-config --libs sqlite3 json-c icu-uc) \
 *      -lutf8proc -lstemmer -lxxhash -lm -lpthread -o fts_bench
 *   ./fts_bench reset STORE.db          # empties the index once
 *   cp STORE.db RUN.db && taskset -c 0 ./fts_bench merged|unmerged RUN.db
 *
 * `merged` indexes 4,096 articles a transaction with FTS5 merging as it goes
 * (the drain before perf18); `unmerged` indexes them unmerged and merges once
 * at the end (store_fts_catch_up_unmerged, store_fts_merge). It prints the
 * process's CPU seconds for the build (the work runs on this thread) and the
 * number of chunks. FTS_BENCH_ROWS=N in the environment sets the chunk (default 4,096).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "store/store_int.h"
#include "tidings/store.h"

#define DRAIN_ROWS 4096
#define DRAIN_CACHE_KIB 8192
#define MERGE_PAGES 4096

static double cpu_seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Empties the index and marks every article unindexed. */
static int reset(struct td_store *st)
{
    const char *sql = "INSERT INTO articles_fts(articles_fts) VALUES ('delete-all');"
                      "UPDATE fts_state SET upto = 0;";

    if (sqlite3_exec(st->db, sql, NULL, NULL, NULL) != SQLITE_OK) {
        fprintf(stderr, "fts_bench: %s\n", sqlite3_errmsg(st->db));
        return 1;
    }
    return 0;
}

static enum td_err build(struct td_store *st, int unmerged, size_t *chunks, struct td_error *err)
{
    const char *rows_env = getenv("FTS_BENCH_ROWS");
    size_t n = 1, rows = rows_env != NULL ? (size_t)strtoul(rows_env, NULL, 10) : DRAIN_ROWS;
    bool more = unmerged != 0;
    enum td_err rc = store_set_cache_kib(st, DRAIN_CACHE_KIB, err);

    if (rc == TD_OK && td_store_checkpoint_in_background(st, NULL) != TD_OK)
        rc = TD_OK;
    while (rc == TD_OK && n > 0) {
        rc = unmerged ? store_fts_catch_up_unmerged(st, rows, &n, err)
                      : store_fts_catch_up(st, rows, &n, err);
        *chunks += n > 0;
    }
    while (rc == TD_OK && more)
        rc = store_fts_merge(st, MERGE_PAGES, &more, err);
    return rc;
}

int main(int argc, char **argv)
{
    struct td_store *st = NULL;
    struct td_error err = {0};
    size_t chunks = 0;
    double t0;
    int bad;

    if (argc != 3 || (strcmp(argv[1], "reset") != 0 && strcmp(argv[1], "merged") != 0 &&
                      strcmp(argv[1], "unmerged") != 0)) {
        fprintf(stderr, "usage: fts_bench reset|merged|unmerged STORE.db\n");
        return 2;
    }
    if (td_store_open(argv[2], &st, &err) != TD_OK) {
        fprintf(stderr, "fts_bench: %s\n", err.msg);
        return 1;
    }
    if (strcmp(argv[1], "reset") == 0) {
        bad = reset(st);
        td_store_close(st);
        return bad;
    }
    t0 = cpu_seconds();
    bad = build(st, strcmp(argv[1], "unmerged") == 0, &chunks, &err) != TD_OK;
    td_store_close(st);
    if (bad) {
        fprintf(stderr, "fts_bench: %s\n", err.msg);
        return 1;
    }
    printf("%s %zu chunks %.2f cpu s\n", argv[1], chunks, cpu_seconds() - t0);
    return 0;
}
