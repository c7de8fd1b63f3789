/*
 * near_bench.c - times the near-copy index alone (src/dedup/near.c): the
 * signatures of a stream's texts are computed first, untimed, then each is
 * looked up and added as the engine does, and the thread's CPU time per
 * article is printed for every slice. Not part of the build; compile it
 * against a plain build's library (docs/BENCHMARKS.md, "perf17"):
 *
 *   cc -O2 -std=c11 -D_DEFAULT_SOURCE -Iinclude -Isrc -I/usr/include/json-c \
 *      bench/near_bench.c build-plain/libtidings_core.a -ljson-c -lxxhash -o near_bench
 *   taskset -c 0 ./near_bench bench/out/stream-100000.jsonl 25000
 */
#include <json.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "core/alloc.h"
#include "dedup/dedup.h"
#include "tidings/heap.h"

static double cpu_seconds(void)
{
    struct timespec t;

    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* Reads the "text" of every line of `path` into `*sigs` (`*n` of them); false on failure. */
static bool read_sigs(const struct dedup_near *nx, const char *path, struct dedup_sig **sigs,
                      size_t *n)
{
    FILE *in = fopen(path, "r");
    char *line = NULL;
    size_t cap = 0, sig_cap = 0;
    bool ok = in != NULL;

    while (ok && getline(&line, &cap, in) > 0) {
        struct json_object *o = json_tokener_parse(line), *t;
        const char *text =
            o != NULL && json_object_object_get_ex(o, "text", &t) ? json_object_get_string(t) : "";
        ok = td_grow_to((void **)sigs, &sig_cap, *n + 1, sizeof(**sigs)) == TD_OK;
        if (ok)
            dedup_near_sig(nx, text, &(*sigs)[(*n)++]);
        json_object_put(o);
    }
    free(line); /* getline's buffer comes from libc's malloc */
    if (in != NULL)
        fclose(in);
    return ok;
}

int main(int argc, char **argv)
{
    struct dedup_near *nx = NULL;
    struct dedup_sig *sigs = NULL;
    size_t n = 0, i, slice = argc > 2 ? (size_t)strtoul(argv[2], NULL, 10) : 10000;
    char id[32];
    double t0, mark;

    if (argc < 2 || slice == 0) {
        fprintf(stderr, "usage: near_bench STREAM.jsonl [SLICE]\n");
        return 2;
    }
    /* The CLI's heap: blocks below 32 MiB on huge pages, as in `tidings ingest`. */
    (void)td_heap_setup(1);
    if (dedup_near_new(0, &nx, NULL) != TD_OK || !read_sigs(nx, argv[1], &sigs, &n)) {
        fprintf(stderr, "near_bench: cannot read '%s'\n", argv[1]);
        return 1;
    }
    printf("| articles | us per article (find + add) |\n|---:|---:|\n");
    t0 = mark = cpu_seconds();
    for (i = 0; i < n; i++) {
        int64_t story;
        (void)dedup_near_find(nx, &sigs[i], &story, NULL);
        snprintf(id, sizeof(id), "a%zu", i);
        if (dedup_near_add(nx, &sigs[i], id, (int64_t)i, NULL) != TD_OK)
            return 1;
        if ((i + 1) % slice == 0) {
            double now = cpu_seconds();
            printf("| %zu | %.2f |\n", i + 1, (now - mark) / (double)slice * 1e6);
            mark = now;
        }
    }
    printf("total %.3f s CPU for %zu articles\n", cpu_seconds() - t0, n);
    dedup_near_free(nx);
    td_free(sigs);
    return 0;
}
