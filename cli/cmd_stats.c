/*
 * cmd_stats.c - `tidings stats [--json]`: articles, stories and languages.
 */
#include <stdio.h>

#include "commands.h"

int cmd_stats(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_store *st;
    struct td_stats s;
    struct td_error err;
    bool json = argc == 2 && cli_flag(argv[1], "--json");
    enum td_err rc;
    char *out = NULL;
    size_t i;
    int status;

    if (argc > 2 || (argc == 2 && !json))
        return cli_usage("usage: tidings stats [--json]");
    if ((status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    rc = td_query_stats(st, &s, &err);
    td_store_close(st);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (json) {
        rc = td_json_stats(&s, &out);
        if (rc == TD_OK)
            puts(out);
        td_string_free(out);
    } else {
        printf("articles %lld\nstories  %lld\n", (long long)s.articles, (long long)s.stories);
        for (i = 0; i < s.nlangs; i++)
            printf("  %-4s %lld\n", s.langs[i].lang, (long long)s.langs[i].count);
    }
    td_stats_release(&s);
    return rc == TD_OK ? CLI_OK : cli_error(rc, NULL);
}
