/*
 * cmd_entities.c - `tidings entities [--json] FILE.jsonl`: tags the named
 * entities (PER, ORG, LOC) of each {"doc","text"[,"lang"]} line and prints
 * one {"doc","start","end","type","text"} line per mention (code points).
 * `tidings entities --score GOLD.jsonl PRED.jsonl [--json]` scores such
 * predictions against gold mentions. JSON Lines is the only tagging output,
 * so --json changes nothing there. A missing gazetteer (iso-codes) is a
 * warning on stderr: tagging goes on without place names.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "tidings/entity.h"

static void on_reject(void *ctx, size_t lineno, const char *msg)
{
    fprintf(stderr, "tidings: %s:%zu: %s\n", (const char *)ctx, lineno, msg);
}

static void print_prf(const char *name, const struct td_entity_prf *x, bool json, bool last)
{
    if (json) {
        printf("\"%s\":{\"gold\":%zu,\"pred\":%zu,\"gold_found\":%zu,\"pred_correct\":%zu,"
               "\"precision\":%.6f,\"recall\":%.6f,\"f1\":%.6f}%s",
               name, x->gold, x->pred, x->gold_found, x->pred_correct, x->precision, x->recall,
               x->f1, last ? "" : ",");
        return;
    }
    printf("%-6s gold %5zu  pred %5zu  P %.4f  R %.4f  F1 %.4f\n", name, x->gold, x->pred,
           x->precision, x->recall, x->f1);
}

static int score(const char *gold, const char *pred, bool json)
{
    struct td_entity_scores s;
    struct td_error err;
    enum td_err rc = td_entity_score_files(gold, pred, &s, &err);

    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (json)
        printf("{\"docs\":%zu,", s.docs);
    else
        printf("docs %zu\n", s.docs);
    print_prf("PER", &s.per, json, false);
    print_prf("ORG", &s.org, json, false);
    print_prf("LOC", &s.loc, json, false);
    print_prf("micro", &s.micro, json, true);
    if (json)
        printf("}\n");
    return CLI_OK;
}

static int tag(const char *file)
{
    struct td_gazetteer *gaz = NULL;
    struct td_error err;
    size_t rejected = 0;
    enum td_err rc;
    FILE *f;

    rc = td_gazetteer_open(NULL, &gaz, &err);
    if (rc != TD_OK)
        fprintf(stderr, "tidings: warning: %s; going on without place names\n",
                td_error_message(&err, rc));
    f = strcmp(file, "-") == 0 ? stdin : fopen(file, "r");
    if (f == NULL) {
        td_gazetteer_close(gaz);
        fprintf(stderr, "tidings: error: cannot open '%s'\n", file);
        return CLI_FAIL;
    }
    rc = td_entities_tag_stream(gaz, f, stdout, on_reject, (void *)file, &rejected, &err);
    if (f != stdin)
        fclose(f);
    td_gazetteer_close(gaz);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (rejected > 0)
        fprintf(stderr, "tidings: %zu line(s) rejected\n", rejected);
    return rejected > 0 ? CLI_FAIL : CLI_OK;
}

int cmd_entities(struct cli_ctx *ctx, int argc, char **argv)
{
    const char *files[2] = {NULL, NULL};
    bool json = false, scoring = false;
    size_t nfiles = 0;
    int i;

    (void)ctx;
    for (i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--json"))
            json = true;
        else if (cli_flag(argv[i], "--score"))
            scoring = true;
        else if (argv[i][0] == '-' && argv[i][1] != '\0')
            return cli_usage("entities: unknown option '%s'", argv[i]);
        else if (nfiles < 2)
            files[nfiles++] = argv[i];
        else
            return cli_usage("entities: too many files");
    }
    if (scoring && nfiles == 2)
        return score(files[0], files[1], json);
    if (scoring || nfiles != 1)
        return cli_usage("usage: tidings entities [--json] FILE.jsonl | "
                         "tidings entities --score [--json] GOLD.jsonl PRED.jsonl");
    return tag(files[0]);
}
