/*
 * cmd_export.c - `tidings export [--json]`: every article with its story,
 * event, date, language and copy_of, one line each in arrival order (JSON
 * Lines with --json, else tab-separated with "-" for absent values).
 */
#include <stdio.h>

#include "commands.h"

static const char *or_dash(const char *s)
{
    return s != NULL ? s : "-";
}

static enum td_err print_tsv(void *ctx, const struct td_export_row *r)
{
    (void)ctx;
    if (printf("%s\t%lld\t%lld\t%s\t%s\t%s\n", r->id, (long long)r->story, (long long)r->event,
               or_dash(r->date), or_dash(r->lang), or_dash(r->copy_of)) < 0)
        return TD_ERR_IO;
    return TD_OK;
}

static enum td_err print_json(void *ctx, const struct td_export_row *r)
{
    char *line = NULL;
    enum td_err rc = td_json_export_row(r, &line);

    (void)ctx;
    if (rc == TD_OK && puts(line) < 0)
        rc = TD_ERR_IO;
    td_string_free(line);
    return rc;
}

int cmd_export(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_store *st;
    struct td_error err = {0};
    bool json;
    enum td_err rc;
    int status = cli_json_only(argc, argv, "usage: tidings export [--json]", &json);

    if (status != CLI_OK || (status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    rc = td_query_export(st, json ? print_json : print_tsv, NULL, &err);
    td_store_close(st);
    if (rc == TD_OK && fflush(stdout) != 0)
        rc = TD_ERR_IO;
    return rc == TD_OK ? CLI_OK : cli_error(rc, &err);
}
