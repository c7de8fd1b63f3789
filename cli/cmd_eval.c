/*
 * cmd_eval.c - `tidings eval [--level event|story] [--label FIELD] [--json]
 * [--assign OUT] [--model FILE | --threshold X] FILE`: runs the pipeline on a labelled file in a throwaway
 * store and prints B-cubed and pairwise scores of the events or stories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

static void print_scores(const struct td_eval_scores *s, const char *label, const char *level,
                         bool json)
{
    if (json) {
        printf("{\"articles\":%zu,\"gold_clusters\":%zu,\"clusters\":%zu,"
               "\"bcubed_precision\":%.6f,\"bcubed_recall\":%.6f,\"bcubed_f1\":%.6f,"
               "\"pairwise_precision\":%.6f,\"pairwise_recall\":%.6f,\"pairwise_f1\":%.6f,"
               "\"rejected\":%zu,\"label\":\"%s\",\"level\":\"%s\",\"seconds\":%.3f}\n",
               s->articles, s->gold_clusters, s->clusters, s->bcubed_precision,
               s->bcubed_recall, s->bcubed_f1, s->pairwise_precision, s->pairwise_recall,
               s->pairwise_f1, s->rejected, label, level, s->seconds);
        return;
    }
    printf("articles %zu   %s clusters: predicted %zu, gold %zu (label: %s)\n", s->articles,
           level, s->clusters, s->gold_clusters, label);
    printf("B-cubed   P %.4f  R %.4f  F1 %.4f\n", s->bcubed_precision, s->bcubed_recall,
           s->bcubed_f1);
    printf("pairwise  P %.4f  R %.4f  F1 %.4f\n", s->pairwise_precision, s->pairwise_recall,
           s->pairwise_f1);
    printf("rejected %zu   %.2f s\n", s->rejected, s->seconds);
}

int cmd_eval(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_eval_opts o = TD_EVAL_OPTS_INIT;
    struct td_eval_scores s;
    struct td_error err;
    const char *file = NULL, *v, *level;
    bool json = false;
    enum td_err rc;
    int i;

    (void)ctx;
    for (i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--json"))
            json = true;
        else if ((v = cli_opt_value(argc, argv, &i, "--label")) != NULL)
            o.label = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--level")) != NULL) {
            if (strcmp(v, "event") == 0)
                o.level = TD_LEVEL_EVENT;
            else if (strcmp(v, "story") == 0)
                o.level = TD_LEVEL_STORY;
            else
                return cli_usage("eval: --level takes 'event' or 'story', got '%s'", v);
        }
        else if ((v = cli_opt_value(argc, argv, &i, "--assign")) != NULL)
            o.assign_path = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--model")) != NULL)
            o.model_path = v;
        else if ((v = cli_opt_value(argc, argv, &i, "--threshold")) != NULL) {
            char *end;
            o.threshold = strtod(v, &end);
            if (*end != '\0' || !(o.threshold > 0 && o.threshold < 1))
                return cli_usage("eval: --threshold takes a number between 0 and 1");
        }
        else if (argv[i][0] == '-' && argv[i][1] != '\0')
            return cli_usage("eval: unknown option '%s'", argv[i]);
        else if (file == NULL)
            file = argv[i];
        else
            return cli_usage("eval: only one FILE may be given");
    }
    if (o.label != NULL && (o.label[0] == '\0' || strpbrk(o.label, "\"\\\n\t") != NULL))
        return cli_usage("eval: --label must be a plain field name");
    if (file == NULL)
        return cli_usage("usage: tidings eval [--level event|story] [--label FIELD] [--json] "
                         "[--assign OUT] [--model FILE | --threshold X] FILE.jsonl");
    rc = td_eval_file(file, &o, &s, &err);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    level = o.level == TD_LEVEL_EVENT ? "event" : "story";
    print_scores(&s, o.label != NULL ? o.label : level, level, json);
    return CLI_OK;
}
