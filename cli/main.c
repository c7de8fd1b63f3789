/*
 * main.c - `tidings`: global options, the subcommand table and dispatch.
 * Each subcommand lives in its own cli/cmd_*.c file.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

static const struct {
    const char *name;
    int (*fn)(struct cli_ctx *ctx, int argc, char **argv);
    const char *help;
} commands[] = {
    {"ingest", cmd_ingest, "ingest [--format auto|jsonl|text|feed] [--revisions] [--mem-stats] PATH...  store and cluster articles"},
    {"stories", cmd_stories,
     "stories [--json] [--since DATE] [--lang CODE] [-q TEXT] [--limit N] [--cursor C]  list "
     "stories, largest first; with a filter, one page newest first"},
    {"story", cmd_story, "story ID [--json]                   a story's articles in date order"},
    {"stats", cmd_stats, "stats [--json]                      counts of articles, stories, languages"},
    {"export", cmd_export, "export [--json]                     one line per article: story, date, copy_of"},
    {"search", cmd_search,
     "search [--json] [--from DATE] [--to DATE] [--lang L] [--story ID] [--limit N] QUERY  "
     "full-text search"},
    {"serve", cmd_serve, "serve [--listen ADDR:PORT]          HTTP JSON API (default 127.0.0.1:8080)"},
    {"eval", cmd_eval,
     "eval [--label FIELD] [--json] [--assign OUT] [--model FILE | --threshold X] FILE.jsonl  "
     "score clustering"},
    {"train", cmd_train,
     "train [--label FIELD,...] [--features F,...] [--l2 X] [-o MODEL] FILE.jsonl...  learn the "
     "event scorer"},
    {"timeline", cmd_timeline,
     "timeline [--json] STORY | --eval FILE.jsonl  a story's dated events in order; score dating"},
    {"dates", cmd_dates,
     "dates [--json] FILE.jsonl | dates --score GOLD [--json] [--errors] SYS  tag / score TIMEX3"},
    {"entities", cmd_entities,
     "entities [--json] FILE.jsonl | entities --score GOLD PRED  named entities per line; scoring"},
};

static void usage(FILE *f)
{
    size_t i;

    fprintf(f, "usage: tidings [--db PATH] COMMAND [ARGS]\n\ncommands:\n");
    for (i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
        fprintf(f, "  %s\n", commands[i].help);
    fprintf(f, "\nThe database is --db PATH, else $TIDINGS_DB, else ./tidings.db.\n");
    fprintf(f, "The event model is $TIDINGS_MODEL, else the built-in one (see train).\n");
}

int cli_error(enum td_err rc, const struct td_error *err)
{
    fprintf(stderr, "tidings: error: %s\n", td_error_message(err, rc));
    return CLI_FAIL;
}

int cli_usage(const char *fmt, ...)
{
    va_list ap;

    fputs("tidings: ", stderr);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputs("\n(see 'tidings --help')\n", stderr);
    return CLI_USAGE;
}

int cli_open_store(const struct cli_ctx *ctx, struct td_store **out)
{
    struct td_error err;
    enum td_err rc = td_store_open(ctx->db_path, out, &err);

    return rc == TD_OK ? CLI_OK : cli_error(rc, &err);
}

int cli_json_only(int argc, char **argv, const char *usage, bool *json)
{
    *json = argc == 2 && cli_flag(argv[1], "--json");
    if (argc > 2 || (argc == 2 && !*json))
        return cli_usage("%s", usage);
    return CLI_OK;
}

int cli_print_json(enum td_err rc, char *json)
{
    if (rc == TD_OK)
        puts(json);
    td_string_free(json);
    return rc == TD_OK ? CLI_OK : cli_error(rc, NULL);
}

bool cli_flag(const char *arg, const char *name)
{
    return strcmp(arg, name) == 0;
}

const char *cli_opt_value(int argc, char **argv, int *i, const char *name)
{
    size_t n = strlen(name);

    if (strcmp(argv[*i], name) == 0 && *i + 1 < argc)
        return argv[++*i];
    if (strncmp(argv[*i], name, n) == 0 && argv[*i][n] == '=')
        return argv[*i] + n + 1;
    return NULL;
}

int main(int argc, char **argv)
{
    struct cli_ctx ctx;
    const char *env = getenv("TIDINGS_DB");
    int i = 1;
    size_t c;

    ctx.db_path = env != NULL && env[0] != '\0' ? env : "tidings.db";
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (cli_flag(argv[i], "--db") && i + 1 < argc) {
            ctx.db_path = argv[++i];
        } else if (strncmp(argv[i], "--db=", 5) == 0) {
            ctx.db_path = argv[i] + 5;
        } else if (cli_flag(argv[i], "--help") || cli_flag(argv[i], "-h")) {
            usage(stdout);
            return CLI_OK;
        } else if (cli_flag(argv[i], "--version")) {
            printf("tidings %s\n", TD_VERSION);
            return CLI_OK;
        } else {
            return cli_usage("unknown option '%s'", argv[i]);
        }
    }
    if (i >= argc) {
        usage(stderr);
        return CLI_USAGE;
    }
    /*
     * Huge pages for the working set of the commands that read a whole
     * stream; not for the server, where a 2 MiB page zeroed on first touch
     * lands in some request's latency (its p99 is a target, not throughput).
     */
    if (strcmp(argv[i], "serve") != 0)
        (void)td_heap_setup(1);
    for (c = 0; c < sizeof(commands) / sizeof(commands[0]); c++)
        if (strcmp(argv[i], commands[c].name) == 0)
            return commands[c].fn(&ctx, argc - i, argv + i);
    return cli_usage("unknown command '%s'", argv[i]);
}
