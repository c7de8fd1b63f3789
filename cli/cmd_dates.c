/*
 * cmd_dates.c - `tidings dates [--json] FILE.jsonl`: tags the temporal
 * expressions of each {"doc","dct","text"} line and prints one
 * {"doc","start","end","type","value"} line per timex on stdout. Bad lines
 * are reported on stderr with their line number and skipped; the exit
 * status is then 1. JSON Lines is the only output, so --json changes nothing.
 *
 * `tidings dates --score GOLD.jsonl [--json] [--errors] SYS.jsonl` scores
 * such output against gold (see tidings/timex_score.h): a table, or one JSON
 * object with --json; --errors then lists each error, one line each.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "tidings/extract.h"
#include "tidings/timex_score.h"

static void on_reject(void *ctx, size_t lineno, const char *msg)
{
    fprintf(stderr, "tidings: %s:%zu: %s\n", (const char *)ctx, lineno, msg);
}

static void print_prf_json(const char *name, const struct td_timex_prf *p)
{
    printf("\"%s\":{\"match\":%zu,\"P\":%.6f,\"R\":%.6f,\"F1\":%.6f},", name, p->match,
           p->precision, p->recall, p->f1);
}

static void print_scores(const struct td_timex_scores *s, bool json)
{
    if (json) {
        printf("{\"docs\":%zu,\"gold\":%zu,\"system\":%zu,", s->docs, s->gold, s->system);
        print_prf_json("strict", &s->strict);
        print_prf_json("relaxed", &s->relaxed);
        printf("\"type\":{\"correct\":%zu,\"accuracy\":%.6f,\"F1\":%.6f},", s->type_correct,
               s->type_accuracy, s->type_f1);
        printf("\"value\":{\"correct\":%zu,\"accuracy\":%.6f,\"F1\":%.6f},",
               s->value_correct, s->value_accuracy, s->value_f1);
        printf("\"ignored_unknown_doc_records\":%zu}\n", s->ignored);
        return;
    }
    printf("documents %zu   gold timexes %zu   system timexes %zu\n", s->docs, s->gold,
           s->system);
    printf("               match      P      R     F1\n");
    printf("strict     %9zu %6.2f %6.2f %6.2f\n", s->strict.match, 100 * s->strict.precision,
           100 * s->strict.recall, 100 * s->strict.f1);
    printf("relaxed    %9zu %6.2f %6.2f %6.2f\n", s->relaxed.match, 100 * s->relaxed.precision,
           100 * s->relaxed.recall, 100 * s->relaxed.f1);
    printf("value      %9zu accuracy %6.2f   F1 %6.2f\n", s->value_correct,
           100 * s->value_accuracy, 100 * s->value_f1);
    printf("type       %9zu accuracy %6.2f   F1 %6.2f\n", s->type_correct,
           100 * s->type_accuracy, 100 * s->type_f1);
}

/* `dates --score GOLD [--json] [--errors] SYS`: the options after --score. */
static int score(const char *gold, const char *sys, bool json, bool errors)
{
    struct td_timex_scores s;
    struct td_error err;
    enum td_err rc;

    if (sys == NULL)
        return cli_usage("usage: tidings dates --score GOLD.jsonl [--json] [--errors] SYS.jsonl");
    rc = td_timex_score_files(gold, sys, NULL, &s, &err);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (s.ignored > 0)
        fprintf(stderr, "tidings: warning: %zu system records name documents not in the gold "
                        "set (ignored)\n", s.ignored);
    if (s.bad_type > 0)
        fprintf(stderr, "tidings: warning: %zu system records have a type outside "
                        "DATE/TIME/DURATION/SET\n", s.bad_type);
    print_scores(&s, json);
    if (errors && (rc = td_timex_score_files(gold, sys, stdout, &s, &err)) != TD_OK)
        return cli_error(rc, &err);
    return fflush(stdout) == 0 ? CLI_OK : CLI_FAIL;
}

int cmd_dates(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_error err;
    const char *file = NULL;
    size_t rejected = 0;
    enum td_err rc;
    const char *gold = NULL;
    bool json = false, errors = false;
    FILE *f;
    int i;

    (void)ctx;
    for (i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--json")) {
            json = true;
            continue;
        }
        if (cli_flag(argv[i], "--errors")) {
            errors = true;
            continue;
        }
        if (cli_flag(argv[i], "--score")) {
            if (++i >= argc)
                return cli_usage("dates: --score needs a gold file");
            gold = argv[i];
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1] != '\0')
            return cli_usage("dates: unknown option '%s'", argv[i]);
        if (file != NULL)
            return cli_usage("dates: only one FILE may be given");
        file = argv[i];
    }
    if (gold != NULL)
        return score(gold, file, json, errors);
    if (errors)
        return cli_usage("dates: --errors needs --score");
    if (file == NULL)
        return cli_usage("usage: tidings dates [--json] FILE.jsonl");
    f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
    if (f == NULL) {
        fprintf(stderr, "tidings: error: cannot open '%s'\n", file);
        return CLI_FAIL;
    }
    rc = td_timex_tag_stream(f, stdout, on_reject, (void *)file, &rejected, &err);
    if (f != stdin)
        fclose(f);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (rejected > 0)
        fprintf(stderr, "tidings: %zu line(s) rejected\n", rejected);
    return rejected > 0 ? CLI_FAIL : CLI_OK;
}
