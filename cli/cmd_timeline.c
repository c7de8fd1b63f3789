/*
 * cmd_timeline.c - `tidings timeline [--json] STORY`: a story's dated events
 * in order, with their sources and first reporter; and `tidings timeline
 * --eval FILE.jsonl`, which scores event dating against gold timelines
 * (scripts/eval_timeline.sh prepares SemEval-2015 Task 4 in that form);
 * and `tidings timeline --pubdate FILE.jsonl`, one publication-date estimate
 * per line (scripts/eval_pubdate.py scores them leave-one-out).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

#define TIMELINE_USAGE                                                                      \
    "usage: tidings timeline [--json] STORY | tidings timeline --eval FILE.jsonl | "           \
    "tidings timeline --pubdate FILE.jsonl"

static void on_reject(void *ctx, size_t lineno, const char *msg)
{
    fprintf(stderr, "tidings: %s:%zu: %s\n", (const char *)ctx, lineno, msg);
}

/* Prints the score of an evaluation as one JSON object or a short text. */
static void print_score(const struct td_timeline_score *s, bool json)
{
    double share = s->gold > 0 ? (double)s->correct / (double)s->gold : 0.0;

    if (json)
        printf("{\"gold\":%zu,\"dated\":%zu,\"correct\":%zu,\"accuracy\":%.4f}\n", s->gold,
               s->dated, s->correct, share);
    else
        printf("gold entries %zu, dated %zu, dated the same %zu: %.1f%%\n", s->gold, s->dated,
               s->correct, 100.0 * share);
}

static int run_eval(const char *file, bool json)
{
    struct td_timeline_score score;
    struct td_error err;
    size_t rejected = 0;
    enum td_err rc;
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");

    if (f == NULL) {
        fprintf(stderr, "tidings: error: cannot open '%s'\n", file);
        return CLI_FAIL;
    }
    rc = td_timeline_eval_stream(f, &score, on_reject, (void *)file, &rejected, &err);
    if (f != stdin)
        fclose(f);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    print_score(&score, json);
    if (rejected > 0)
        fprintf(stderr, "tidings: %zu line(s) rejected\n", rejected);
    return rejected > 0 ? CLI_FAIL : CLI_OK;
}

/* Counts the rejected records of `--pubdate` and names their lines. */
struct pubdate_run {
    const char *file;
    size_t bad;
};

static void pubdate_reject(void *ctx, size_t lineno, const char *msg)
{
    fprintf(stderr, "tidings: %s:%zu: %s\n", ((struct pubdate_run *)ctx)->file, lineno, msg);
}

/* One {"date","precision"} line per record; a null date when unknown or unreadable. */
static void pubdate_print(void *ctx, const struct td_pubdate *p)
{
    static const char *const prec_names[] = {"none", "year", "month", "day", "day"};

    if (p == NULL)
        ((struct pubdate_run *)ctx)->bad++;
    if (p == NULL || p->date[0] == '\0')
        puts("{\"date\":null,\"precision\":\"none\"}");
    else
        printf("{\"date\":\"%s\",\"precision\":\"%s\"}\n", p->date, prec_names[p->prec]);
}

/* Prints one estimate per record of `file`, in order, so the output lines up with the input. */
static int run_pubdate(const char *file)
{
    struct pubdate_run run = {file, 0};
    struct td_error err;
    enum td_err rc;
    FILE *f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");

    if (f == NULL) {
        fprintf(stderr, "tidings: error: cannot open '%s'\n", file);
        return CLI_FAIL;
    }
    rc = td_pubdate_estimate_stream(f, pubdate_print, pubdate_reject, &run, &err);
    if (f != stdin)
        fclose(f);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (run.bad > 0)
        fprintf(stderr, "tidings: %zu line(s) rejected\n", run.bad);
    return run.bad > 0 ? CLI_FAIL : CLI_OK;
}

/* Two lines per event: what and when, then who reported it and who is named. */
static void print_event(const struct td_timeline *tl, size_t e)
{
    const struct td_timeline_event *ev = &tl->events[e];
    size_t i;

    printf("%3zu  %-10s  %s\n", e + 1, ev->date, ev->text);
    printf("     first: %s   sources:", tl->ids[ev->first]);
    for (i = 0; i < ev->narticles; i++)
        printf(" %s", tl->ids[ev->articles[i]]);
    if (ev->nentities > 0)
        printf("   names:");
    for (i = 0; i < ev->nentities; i++)
        printf("%s %s", i > 0 ? "," : "", ev->entities[i].name);
    putchar('\n');
}

static int show(struct cli_ctx *ctx, int64_t id, bool json)
{
    struct td_store *st;
    struct td_timeline tl;
    struct td_error err;
    enum td_err rc;
    char *out = NULL;
    size_t e;
    int status = cli_open_store(ctx, &st);

    if (status != CLI_OK)
        return status;
    rc = td_query_timeline(st, id, &tl, &err);
    td_store_close(st);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (json) {
        rc = td_json_timeline(id, &tl, &out);
        if (rc == TD_OK)
            puts(out);
        td_timeline_string_free(out);
        status = rc == TD_OK ? CLI_OK : cli_error(rc, NULL);
    } else {
        printf("story %lld: %zu events\n", (long long)id, tl.n);
        for (e = 0; e < tl.n; e++)
            print_event(&tl, e);
    }
    td_timeline_release(&tl);
    return status;
}

/* `--eval FILE`, `--pubdate FILE` and a story id exclude each other; --json applies to both. */
int cmd_timeline(struct cli_ctx *ctx, int argc, char **argv)
{
    const char *arg = NULL, *eval = NULL, *pubdate = NULL;
    bool json = false;
    char *end;
    long long v;
    int i;

    for (i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--json"))
            json = true;
        else if (cli_flag(argv[i], "--eval") && i + 1 < argc)
            eval = argv[++i];
        else if (cli_flag(argv[i], "--pubdate") && i + 1 < argc)
            pubdate = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1] != '\0')
            return cli_usage("timeline: unknown option '%s'", argv[i]);
        else if (arg == NULL)
            arg = argv[i];
        else
            return cli_usage("%s", TIMELINE_USAGE);
    }
    if (pubdate != NULL)
        return arg == NULL && eval == NULL ? run_pubdate(pubdate) : cli_usage("%s", TIMELINE_USAGE);
    if (eval != NULL)
        return arg == NULL ? run_eval(eval, json) : cli_usage("%s", TIMELINE_USAGE);
    if (arg == NULL)
        return cli_usage("%s", TIMELINE_USAGE);
    errno = 0;
    v = strtoll(arg, &end, 10);
    if (errno != 0 || end == arg || *end != '\0' || v < 1)
        return cli_usage("timeline: expected a story id (a positive integer), got '%s'", arg);
    return show(ctx, (int64_t)v, json);
}
