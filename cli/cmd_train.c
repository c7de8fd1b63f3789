/*
 * cmd_train.c - `tidings train [--label FIELD[,FIELD...]] [--features F,F...] [--l2 X]
 * [--option NAME=0|1|none]... [--bias mean|min|regret|pooled] [-o MODEL] FILE.jsonl...`:
 * learns the event scorer from labelled articles (include/tidings/train.h)
 * and writes the model file that `--model` / $TIDINGS_MODEL select.
 * `--option` (repeatable, or comma-separated) sets the model options the
 * training runs with and the model carries; by default those of the
 * built-in model. `--bias` says how the join-bias offset is chosen from
 * the per-stream F1 (enum td_train_bias; default `mean`).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

#define USAGE                                                                       \
    "usage: tidings train [--label FIELD[,FIELD...]] [--features F,F...] [--l2 X] " \
    "[--option NAME=0|1|none]... [--bias mean|min|regret|pooled] [-o MODEL] FILE.jsonl..."
/* Most training files on one command line. */
#define MAX_FILES 64
/* Longest `--option` list, all of them joined by commas. */
#define MAX_OPTIONS_BYTES 512

static void print_stats(const struct td_train_stats *s, const char *out)
{
    printf("articles %zu   gold events %zu\n", s->articles, s->events);
    printf("ranking   %zu candidate pairs (%zu same event); gold event ranked first for "
           "%.4f of the articles that found it\n",
           s->pairs, s->pairs_positive, s->rank_accuracy);
    printf("decision  %zu articles with a candidate (%zu should join); training accuracy "
           "%.4f\n",
           s->decisions, s->decisions_positive, s->join_accuracy);
    printf("join bias moved by %+.2f: event B-cubed F1 on the training streams %.4f -> %.4f\n",
           s->bias_offset, s->fitted_bcubed_f1, s->tuned_bcubed_f1);
    printf("model written to %s\n", out);
}

/* The rule named `name` into `*rule`; false when there is none of that name. */
static bool parse_bias(const char *name, enum td_train_bias *rule)
{
    static const char *const names[] = {"mean", "min", "regret", "pooled"};
    static const enum td_train_bias rules[] = {TD_TRAIN_BIAS_MEAN, TD_TRAIN_BIAS_MIN,
                                               TD_TRAIN_BIAS_REGRET, TD_TRAIN_BIAS_POOLED};
    size_t i;

    for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        if (strcmp(name, names[i]) == 0) {
            *rule = rules[i];
            return true;
        }
    }
    return false;
}

int cmd_train(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_train_opts o = TD_TRAIN_OPTS_INIT;
    struct td_train_stats s;
    struct td_error err;
    const char *files[MAX_FILES], *v;
    char options[MAX_OPTIONS_BYTES];
    size_t nfiles = 0, nopt = 0;
    enum td_err rc;
    int i;

    (void)ctx;
    o.out_path = "events.model";
    for (i = 1; i < argc; i++) {
        if ((v = cli_opt_value(argc, argv, &i, "--label")) != NULL) {
            o.label = v;
        } else if ((v = cli_opt_value(argc, argv, &i, "-o")) != NULL ||
                   (v = cli_opt_value(argc, argv, &i, "--output")) != NULL) {
            o.out_path = v;
        } else if ((v = cli_opt_value(argc, argv, &i, "--features")) != NULL) {
            o.features = v;
        } else if ((v = cli_opt_value(argc, argv, &i, "--option")) != NULL) {
            size_t n = strlen(v);
            if (v[0] == '\0' || nopt + n + 2 > sizeof(options))
                return cli_usage("train: --option takes NAME=0|1 (at most %d bytes in all)",
                                 MAX_OPTIONS_BYTES - 2);
            if (nopt > 0)
                options[nopt++] = ',';
            memcpy(options + nopt, v, n + 1);
            nopt += n;
            o.options = options;
        } else if ((v = cli_opt_value(argc, argv, &i, "--bias")) != NULL) {
            if (!parse_bias(v, &o.bias))
                return cli_usage("train: --bias takes mean, min, regret or pooled");
        } else if ((v = cli_opt_value(argc, argv, &i, "--l2")) != NULL) {
            char *end;
            o.l2 = strtod(v, &end);
            if (*end != '\0' || !(o.l2 > 0 && o.l2 < 1e9))
                return cli_usage("train: --l2 takes a positive number");
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            return cli_usage("train: unknown option or missing value '%s'", argv[i]);
        } else if (nfiles == MAX_FILES) {
            return cli_usage("train: at most %d files", MAX_FILES);
        } else {
            files[nfiles++] = argv[i];
        }
    }
    if (o.label != NULL && (o.label[0] == '\0' || strpbrk(o.label, "\"\\\n\t") != NULL))
        return cli_usage("train: --label must be a plain field name");
    if (o.out_path[0] == '\0')
        return cli_usage("train: -o needs a file name");
    if (nfiles == 0)
        return cli_usage(USAGE);
    rc = td_train_files(files, nfiles, &o, &s, &err);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    print_stats(&s, o.out_path);
    return CLI_OK;
}
