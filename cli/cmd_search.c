/*
 * cmd_search.c - `tidings search [--json] [--from DATE] [--to DATE]
 * [--lang L] [--story ID] [--limit N] QUERY...`: full-text search over
 * titles and bodies, best first, with the matched words shown as [[word]].
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

#define USAGE                                                                           \
    "usage: tidings search [--json] [--from DATE] [--to DATE] [--lang L] [--story ID] " \
    "[--limit N] QUERY..."

/* Longest query the CLI assembles from its arguments; the library checks its own limit. */
#define QUERY_MAX 8192

struct search_args {
    struct td_search_opts opts;
    bool json;
    char query[QUERY_MAX];
};

/* Parses an integer in [lo, hi]; false when `s` is anything else. */
static bool parse_int(const char *s, long long lo, long long hi, long long *out)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

/* Handles option `argv[*i]` that takes a value; returns CLI_OK or a usage error. */
static int take_value(struct search_args *a, int argc, char **argv, int *i)
{
    const char *flag = argv[*i], *v;
    long long n = 0;

    if (*i + 1 >= argc)
        return cli_usage("search: '%s' needs a value\n%s", flag, USAGE);
    v = argv[++*i];
    if (cli_flag(flag, "--from")) {
        a->opts.from = v;
    } else if (cli_flag(flag, "--to")) {
        a->opts.to = v;
    } else if (cli_flag(flag, "--lang")) {
        a->opts.lang = v;
    } else if (cli_flag(flag, "--story")) {
        if (!parse_int(v, 1, INT64_MAX, &n))
            return cli_usage("search: --story expects a story id (a positive integer), got '%s'",
                             v);
        a->opts.story = (int64_t)n;
    } else {
        if (!parse_int(v, 1, TD_SEARCH_MAX_LIMIT, &n))
            return cli_usage("search: --limit expects a number from 1 to %d, got '%s'",
                             TD_SEARCH_MAX_LIMIT, v);
        a->opts.limit = (size_t)n;
    }
    return CLI_OK;
}

static bool takes_value(const char *arg)
{
    return cli_flag(arg, "--from") || cli_flag(arg, "--to") || cli_flag(arg, "--lang") ||
           cli_flag(arg, "--story") || cli_flag(arg, "--limit");
}

/* Appends one query word; the words of the query are joined by single spaces. */
static int add_word(struct search_args *a, const char *w)
{
    size_t len = strlen(a->query), wlen = strlen(w);

    if (len + (len > 0) + wlen + 1 > sizeof(a->query))
        return cli_usage("search: query longer than %d bytes", QUERY_MAX - 1);
    if (len > 0)
        a->query[len++] = ' ';
    memcpy(a->query + len, w, wlen + 1);
    return CLI_OK;
}

static int parse_args(struct search_args *a, int argc, char **argv)
{
    bool options = true;
    int i, status = CLI_OK;

    for (i = 1; i < argc && status == CLI_OK; i++) {
        if (options && cli_flag(argv[i], "--")) {
            options = false;
        } else if (options && cli_flag(argv[i], "--json")) {
            a->json = true;
        } else if (options && takes_value(argv[i])) {
            status = take_value(a, argc, argv, &i);
        } else if (options && argv[i][0] == '-' && argv[i][1] == '-') {
            status = cli_usage("search: unknown option '%s'\n%s", argv[i], USAGE);
        } else {
            status = add_word(a, argv[i]);
        }
    }
    if (status == CLI_OK && a->query[0] == '\0')
        status = cli_usage("search: no query\n%s", USAGE);
    return status;
}

/* Prints `s` with the code-point spans `sp` wrapped in [[ and ]]. */
static void print_marked(const char *s, const struct td_search_span *sp, size_t n)
{
    size_t cp = 0, k = 0;
    const unsigned char *p = (const unsigned char *)s;

    for (; *p != '\0'; p++) {
        if ((*p & 0xC0) != 0x80) {
            if (k < n && cp == sp[k].end) {
                fputs("]]", stdout);
                k++;
            }
            if (k < n && cp == sp[k].start)
                fputs("[[", stdout);
            cp++;
        }
        putchar(*p);
    }
    if (k < n && cp == sp[k].end)
        fputs("]]", stdout);
    putchar('\n');
}

static void print_hits(const struct td_search_list *l)
{
    size_t i;

    if (l->n == 0)
        fputs("no results\n", stderr);
    for (i = 0; i < l->n; i++) {
        const struct td_search_hit *h = &l->items[i];
        printf("%s  story %lld  %s  %s  score %.2f\n", h->id, (long long)h->story,
               h->date ? h->date : "undated", h->lang, h->score);
        fputs("  ", stdout);
        print_marked(h->title ? h->title : "(no title)", h->title_highlights,
                     h->title ? h->ntitle_highlights : 0);
        fputs("  ", stdout);
        print_marked(h->snippet, h->highlights, h->nhighlights);
    }
}

int cmd_search(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct td_search_opts defaults = TD_SEARCH_OPTS_INIT;
    struct search_args a;
    struct td_search_list l;
    struct td_store *st;
    struct td_error err;
    enum td_err rc;
    char *json = NULL;
    int status;

    memset(&a, 0, sizeof(a));
    a.opts = defaults;
    if ((status = parse_args(&a, argc, argv)) != CLI_OK)
        return status;
    if ((status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    rc = td_query_search(st, a.query, &a.opts, &l, &err);
    td_store_close(st);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (a.json) {
        rc = td_json_search(&l, &json);
        status = cli_print_json(rc, json);
    } else {
        print_hits(&l);
    }
    td_search_list_release(&l);
    return status;
}
