/*
 * cmd_stats.c - `tidings stats [--json]`: articles, stories, events and languages.
 */
#include <stdio.h>

#include "commands.h"

int cmd_stats(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_store *st;
    struct td_stats s;
    struct td_error err;
    bool json;
    enum td_err rc;
    char *out = NULL;
    size_t i;
    int status = cli_json_only(argc, argv, "usage: tidings stats [--json]", &json);

    if (status != CLI_OK || (status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    rc = td_query_stats(st, &s, &err);
    td_store_close(st);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (json) {
        rc = td_json_stats(&s, &out);
        status = cli_print_json(rc, out);
    } else {
        printf("articles %lld\nstories  %lld\nevents   %lld\n", (long long)s.articles,
               (long long)s.stories, (long long)s.events);
        for (i = 0; i < s.nlangs; i++)
            printf("  %-4s %lld\n", s.langs[i].lang, (long long)s.langs[i].count);
    }
    td_stats_release(&s);
    return status;
}
