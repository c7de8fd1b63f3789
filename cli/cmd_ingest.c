/*
 * cmd_ingest.c - `tidings ingest [--format F] [--revisions] [--mem-stats] PATH...`:
 * reads articles, reports every rejected record as FILE:LINE: reason, prints
 * a summary and shows progress when stderr is a terminal.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "commands.h"

struct ingest_run {
    struct td_engine *engine;
    uint64_t rejected, records, bytes;
    bool tty;
    double started, last_shown;
};

static double now_seconds(void)
{
    struct timespec ts;

    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void show_progress(struct ingest_run *r, bool final)
{
    double t = now_seconds(), dt;

    if (!r->tty || (!final && t - r->last_shown < 0.25))
        return;
    r->last_shown = t;
    dt = t - r->started > 1e-9 ? t - r->started : 1e-9;
    fprintf(stderr, "\r%llu records, %.0f records/s, %.1f MB, %.1f MB/s%s",
            (unsigned long long)r->records, (double)r->records / dt, (double)r->bytes / 1e6,
            (double)r->bytes / 1e6 / dt, final ? "\n" : "");
}

static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    struct ingest_run *r = ctx;

    if (r->tty)
        fputs("\r\033[K", stderr);
    fprintf(stderr, "%s:%lld: %s\n", info->file, (long long)info->line, reason);
    r->rejected++;
    r->records++;
    r->bytes += info->bytes;
}

static enum td_err on_record(void *ctx, struct td_article *art, const struct td_record_info *info)
{
    struct ingest_run *r = ctx;
    struct td_error err;
    enum td_err rc = td_engine_add(r->engine, art, NULL, &err);

    r->records++;
    r->bytes += info->bytes;
    show_progress(r, false);
    if (rc == TD_ERR_CONFLICT || rc == TD_ERR_INVALID) {
        on_reject(ctx, info, td_error_message(&err, rc));
        r->records--;
        r->bytes -= info->bytes;
        return TD_OK;
    }
    if (rc != TD_OK)
        fprintf(stderr, "%s:%lld: %s\n", info->file, (long long)info->line,
                td_error_message(&err, rc));
    return rc;
}

/* The command line of `ingest`. */
struct ingest_args {
    enum td_format fmt;
    bool revisions;
    bool mem_stats; /* --mem-stats: memory reports on stderr */
    int first;      /* index of the first path */
};

/* Parses the options into `a`. */
static int parse_args(int argc, char **argv, struct ingest_args *a)
{
    int i;

    memset(a, 0, sizeof(*a));
    a->fmt = TD_FORMAT_AUTO;
    for (i = 1; i < argc && argv[i][0] == '-' && argv[i][1] != '\0'; i++) {
        const char *v = NULL;
        if (cli_flag(argv[i], "--"))
            return (a->first = i + 1) < argc ? CLI_OK : cli_usage("ingest: no PATH given");
        if (cli_flag(argv[i], "--revisions")) {
            a->revisions = true;
            continue;
        }
        if (cli_flag(argv[i], "--mem-stats")) {
            a->mem_stats = true;
            continue;
        }
        if (cli_flag(argv[i], "--format") && i + 1 < argc)
            v = argv[++i];
        else if (strncmp(argv[i], "--format=", 9) == 0)
            v = argv[i] + 9;
        else
            return cli_usage("ingest: unknown option '%s'", argv[i]);
        if (td_format_parse(v, &a->fmt) != TD_OK)
            return cli_usage("ingest: unknown format '%s' (auto, jsonl, text or feed)", v);
    }
    a->first = i;
    return i < argc ? CLI_OK : cli_usage("ingest: no PATH given");
}

static void print_mem_row(void *ctx, const char *what, size_t entries, size_t bytes)
{
    size_t *total = ctx;

    *total += strncmp(what, "sqlite: whole", 13) == 0 ? 0 : bytes;
    fprintf(stderr, "  %-50s %12zu %10.2f\n", what, entries, (double)bytes / 1048576.0);
}

/*
 * --mem-stats: what the engine holds (NULL: SQLite's memory through `st`),
 * and the process's heap and resident memory.
 */
static void print_mem(const struct td_engine *engine, struct td_store *st, const char *when)
{
    struct td_heap_stats h;
    size_t total = 0;

    fprintf(stderr, "tidings: memory %s\n  %-50s %12s %10s\n", when, "holder", "entries", "MiB");
    if (engine != NULL)
        td_engine_mem(engine, print_mem_row, &total);
    else
        td_store_mem(st, print_mem_row, &total);
    print_mem_row(&total, "total of the rows above (not sqlite: whole process)", 0, total);
    td_heap_stats(&h);
    fprintf(stderr, "  heap %.2f MiB (in use %.2f, free %.2f), resident %.2f MiB, peak %.2f MiB\n",
            (double)h.heap_bytes / 1048576.0, (double)h.in_use_bytes / 1048576.0,
            (double)h.free_bytes / 1048576.0, (double)h.rss_bytes / 1048576.0,
            (double)h.peak_rss_bytes / 1048576.0);
}

static int summarise(struct ingest_run *r, const struct td_engine_counts *counts, bool failed)
{
    struct td_engine_counts c = *counts;
    char revisions[40] = "";

    show_progress(r, true);
    /* Revisions are named only when there are some (ingest --revisions). */
    if (c.revisions > 0)
        (void)snprintf(revisions, sizeof(revisions), ", %llu revisions",
                       (unsigned long long)c.revisions);
    fprintf(stderr, "tidings: %llu accepted (%llu copies%s), %llu duplicates, %llu rejected\n",
            (unsigned long long)c.stored, (unsigned long long)c.copies, revisions,
            (unsigned long long)c.duplicates, (unsigned long long)r->rejected);
    return failed || r->rejected ? CLI_FAIL : CLI_OK;
}

int cmd_ingest(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_reader_opts ro = TD_READER_OPTS_INIT;
    struct ingest_run run;
    struct td_store *st = NULL;
    struct td_indexer *indexer = NULL;
    struct td_error err;
    enum td_err rc = TD_OK;
    struct td_engine_opts eo = TD_ENGINE_OPTS_INIT;
    struct td_engine_counts counts;
    struct ingest_args a;
    int i, status = parse_args(argc, argv, &a);
    bool failed = false;

    if (status != CLI_OK)
        return status;
    if (a.mem_stats)
        td_store_track_memory();
    ro.format = a.fmt;
    eo.revisions = a.revisions;
    if ((status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    memset(&run, 0, sizeof(run));
    run.tty = isatty(fileno(stderr));
    run.started = now_seconds();
    rc = td_engine_open(st, &eo, &run.engine, &err);
    if (rc != TD_OK) {
        td_store_close(st);
        return cli_error(rc, &err);
    }
    /* Checkpoints, and their waits for the disk, go to a thread of their own. */
    if (td_store_checkpoint_in_background(st, &err) != TD_OK)
        fprintf(stderr, "tidings: warning: %s\n", err.msg);
    /* Search is indexed beside the ingest, on another connection and core (after it on one CPU). */
    if (td_indexer_start_bulk(ctx->db_path, &indexer, NULL) != TD_OK)
        indexer = NULL;
    ro.on_record = on_record;
    ro.on_reject = on_reject;
    ro.ctx = &run;
    for (i = a.first; i < argc && !failed; i++) {
        rc = td_read_path(&ro, argv[i], &err);
        /* An unreadable path is reported and the others are still read. */
        if (rc == TD_ERR_IO)
            cli_error(rc, &err);
        failed = rc != TD_OK && rc != TD_ERR_IO;
        status = rc != TD_OK ? CLI_FAIL : status;
        /*
         * Each path is an input of its own: the engine settles when it ends
         * (td_engine_flush()), so `ingest A B` leaves what `ingest A` then
         * `ingest B` leave.
         */
        if (!failed && (rc = td_engine_flush(run.engine, &err)) != TD_OK)
            failed = true;
    }
    if (a.mem_stats)
        print_mem(run.engine, st, "after the articles (before the search index)");
    /*
     * The engine's memory goes back to the heap before the index is built
     * (on one CPU, after the articles), which then reuses it: the peak is the
     * larger of the two, not their sum.
     */
    td_engine_counts(run.engine, &counts);
    td_engine_close(run.engine);
    run.engine = NULL;
    /*
     * The search index is built after the articles commit, in large chunks
     * (several times cheaper than row by row); an ingest killed here has
     * lost nothing, and the next search or ingest finishes the index.
     */
    if (td_indexer_stop(indexer, &err) != TD_OK)
        fprintf(stderr, "tidings: warning: search indexer: %s\n", err.msg);
    if (!failed && (rc = td_search_index_catch_up(st, &err)) != TD_OK)
        failed = true;
    if (failed)
        cli_error(rc, &err);
    if (a.mem_stats)
        print_mem(NULL, st, "at the end");
    status = summarise(&run, &counts, failed || status != CLI_OK);
    td_store_close(st);
    return status;
}
