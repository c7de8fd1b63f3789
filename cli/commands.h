/*
 * commands.h - the subcommands of `tidings`, one function and one table row
 * each (the table is in main.c).
 *
 * How to add a subcommand: write `int cmd_NAME(struct cli_ctx *ctx, int argc,
 * char **argv)` in cli/cmd_NAME.c (argv[0] is the subcommand name; return
 * the exit status: 0 success, 1 failure, 2 usage error), declare it here
 * and add a row to `commands[]` in main.c with its one-line help.
 * Front ends use only the public API in include/tidings/.
 */
#ifndef TD_CLI_COMMANDS_H
#define TD_CLI_COMMANDS_H

#include <stdbool.h>

#include "tidings/tidings.h"

struct cli_ctx {
    const char *db_path;  /* --db, $TIDINGS_DB or ./tidings.db */
};

/* Exit statuses. */
#define CLI_OK 0
#define CLI_FAIL 1
#define CLI_USAGE 2

int cmd_ingest(struct cli_ctx *ctx, int argc, char **argv);
int cmd_stories(struct cli_ctx *ctx, int argc, char **argv);
int cmd_story(struct cli_ctx *ctx, int argc, char **argv);
int cmd_stats(struct cli_ctx *ctx, int argc, char **argv);
int cmd_export(struct cli_ctx *ctx, int argc, char **argv);
int cmd_timeline(struct cli_ctx *ctx, int argc, char **argv);
int cmd_eval(struct cli_ctx *ctx, int argc, char **argv);
int cmd_dates(struct cli_ctx *ctx, int argc, char **argv);
int cmd_entities(struct cli_ctx *ctx, int argc, char **argv);
int cmd_search(struct cli_ctx *ctx, int argc, char **argv);
int cmd_serve(struct cli_ctx *ctx, int argc, char **argv);
int cmd_train(struct cli_ctx *ctx, int argc, char **argv);

/* Prints "tidings: error: <message>" and returns CLI_FAIL. */
int cli_error(enum td_err rc, const struct td_error *err);
/* Prints "tidings: <usage line>" for a usage error and returns CLI_USAGE. */
int cli_usage(const char *fmt, ...) TD_PRINTF(1, 2);
/* Opens the store named by `ctx`; prints the error itself on failure. */
int cli_open_store(const struct cli_ctx *ctx, struct td_store **out);
/*
 * For commands whose only option is --json: sets `*json` and returns CLI_OK,
 * or prints `usage` and returns CLI_USAGE.
 */
int cli_json_only(int argc, char **argv, const char *usage, bool *json);
/* Prints a rendered JSON string (if `rc` is TD_OK) and frees it; returns the exit status. */
int cli_print_json(enum td_err rc, char *json);
/* Whether argv[i] is the flag `name`. */
bool cli_flag(const char *arg, const char *name);
/*
 * The value of option `name` at argv[*i], given as "--x V" (then `*i` moves
 * to V) or "--x=V"; NULL when argv[*i] is not that option.
 */
const char *cli_opt_value(int argc, char **argv, int *i, const char *name);

#endif
