/*
 * cmd_dates.c - `tidings dates [--json] FILE.jsonl`: tags the temporal
 * expressions of each {"doc","dct","text"} line and prints one
 * {"doc","start","end","type","value"} line per timex on stdout. Bad lines
 * are reported on stderr with their line number and skipped; the exit
 * status is then 1. JSON Lines is the only output, so --json changes nothing.
 */
#include <stdio.h>
#include <string.h>

#include "commands.h"
#include "tidings/extract.h"

static void on_reject(void *ctx, size_t lineno, const char *msg)
{
    fprintf(stderr, "tidings: %s:%zu: %s\n", (const char *)ctx, lineno, msg);
}

int cmd_dates(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_error err;
    const char *file = NULL;
    size_t rejected = 0;
    enum td_err rc;
    FILE *f;
    int i;

    (void)ctx;
    for (i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--json"))
            continue;
        if (argv[i][0] == '-' && argv[i][1] != '\0')
            return cli_usage("dates: unknown option '%s'", argv[i]);
        if (file != NULL)
            return cli_usage("dates: only one FILE may be given");
        file = argv[i];
    }
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
