/*
 * cmd_stories.c - `tidings stories [--json]` (stories with their events),
 * the same with the filters of GET /api/stories (one page of the story
 * list, through td_query_story_page() as the server does), and
 * `tidings story ID [--json]`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "commands.h"

#define STORIES_USAGE                                                                 \
    "usage: tidings stories [--json] [--since DATE] [--lang CODE] [-q|--query TEXT] " \
    "[--limit N] [--cursor C]"

/* What `tidings stories` was asked for. */
struct stories_args {
    struct td_story_filter filter; /* the strings borrow from argv */
    bool json;
    bool paged; /* a filter option was given: one page of the story list */
};

/* Writes "first..last" or "undated" into `span`. */
static void date_span(char *span, size_t size, const char *first, const char *last)
{
    if (first == NULL)
        (void)snprintf(span, size, "%s", "undated");
    else
        (void)snprintf(span, size, "%.10s..%.10s", first, last != NULL ? last : first);
}

/* One line per story, then one indented line per event. */
static void print_story_line(const struct td_story_info *s)
{
    char span[32];
    size_t i;

    date_span(span, sizeof(span), s->first_date, s->last_date);
    printf("%-6lld %-8lld %-22s %-12s %.90s\n", (long long)s->id, (long long)s->size, span,
           s->languages, s->title);
    for (i = 0; i < s->nevents; i++) {
        const struct td_event_info *ev = &s->events[i];
        date_span(span, sizeof(span), ev->first_date, ev->last_date);
        printf("  event %-6lld %-8lld %s\n", (long long)ev->id, (long long)ev->size, span);
    }
}

/* Parses an integer in [lo, hi]; false when `s` is anything else. */
static bool parse_int(const char *s, long long lo, long long hi, long long *out)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < lo || v > hi || s[0] == ' ' || s[0] == '+')
        return false;
    *out = v;
    return true;
}

/* The filter field option `flag` sets, or NULL when it is not a text filter. */
static const char **text_filter(struct stories_args *a, const char *flag)
{
    if (cli_flag(flag, "--since"))
        return &a->filter.since;
    if (cli_flag(flag, "--lang"))
        return &a->filter.lang;
    if (cli_flag(flag, "-q") || cli_flag(flag, "--query"))
        return &a->filter.q;
    if (cli_flag(flag, "--cursor"))
        return &a->filter.cursor;
    return NULL;
}

/* Handles option `argv[*i]`, which takes a value; returns CLI_OK or a usage error. */
static int take_value(struct stories_args *a, int argc, char **argv, int *i)
{
    const char *flag = argv[*i], *v, **field = text_filter(a, flag);
    long long n = 0;

    if (*i + 1 >= argc)
        return cli_usage("stories: '%s' needs a value\n%s", flag, STORIES_USAGE);
    v = argv[++*i];
    a->paged = true;
    if (field != NULL) {
        /* An empty value would mean "no filter" to the API: here it is a mistake. */
        if (v[0] == '\0')
            return cli_usage("stories: '%s' needs a value\n%s", flag, STORIES_USAGE);
        *field = v;
        return CLI_OK;
    }
    if (!parse_int(v, 1, TD_STORIES_MAX_LIMIT, &n))
        return cli_usage("stories: --limit expects a number from 1 to %d, got '%s'\n%s",
                         TD_STORIES_MAX_LIMIT, v, STORIES_USAGE);
    a->filter.limit = (size_t)n;
    return CLI_OK;
}

static int parse_stories_args(struct stories_args *a, int argc, char **argv)
{
    int i, status = CLI_OK;

    for (i = 1; i < argc && status == CLI_OK; i++) {
        if (cli_flag(argv[i], "--json"))
            a->json = true;
        else if (text_filter(a, argv[i]) != NULL || cli_flag(argv[i], "--limit"))
            status = take_value(a, argc, argv, &i);
        else
            status = cli_usage("stories: unexpected argument '%s'\n%s", argv[i], STORIES_USAGE);
    }
    return status;
}

/* All stories, largest first, each with its events. */
static int all_stories(struct td_store *st, bool json)
{
    struct td_story_list l;
    struct td_error err;
    enum td_err rc = td_query_stories(st, &l, &err);
    char *out = NULL;
    size_t i;
    int status = CLI_OK;

    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (json) {
        rc = td_json_stories(&l, &out);
        status = cli_print_json(rc, out);
    } else {
        printf("%-6s %-8s %-22s %-12s %s\n", "STORY", "ARTICLES", "DATES", "LANGUAGES", "TITLE");
        for (i = 0; i < l.n; i++)
            print_story_line(&l.items[i]);
    }
    td_story_list_release(&l);
    return status;
}

/*
 * One page of the story list, newest first, as GET /api/stories gives it.
 * A bad filter value (a malformed date or cursor, a query FTS5 rejects) is
 * a usage error, as a bad --limit is. In text mode the next page's cursor
 * goes to stderr, so stdout stays the table.
 */
static int story_page(struct td_store *st, const struct stories_args *a)
{
    struct td_story_list l;
    struct td_error err;
    char next[TD_CURSOR_MAX], *out = NULL;
    enum td_err rc = td_query_story_page(st, &a->filter, &l, next, &err);
    size_t i;
    int status = CLI_OK;

    if (rc == TD_ERR_INVALID || rc == TD_ERR_PARSE || rc == TD_ERR_TOO_LARGE)
        return cli_usage("stories: %s\n%s", td_error_message(&err, rc), STORIES_USAGE);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (a->json) {
        rc = td_json_story_page(&l, next, &out);
        status = cli_print_json(rc, out);
    } else {
        printf("%-6s %-8s %-22s %-12s %s\n", "STORY", "ARTICLES", "DATES", "LANGUAGES", "TITLE");
        for (i = 0; i < l.n; i++)
            print_story_line(&l.items[i]);
        if (next[0] != '\0')
            fprintf(stderr, "tidings: next page: --cursor %s\n", next);
    }
    td_story_list_release(&l);
    return status;
}

int cmd_stories(struct cli_ctx *ctx, int argc, char **argv)
{
    static const struct td_story_filter defaults = TD_STORY_FILTER_INIT;
    struct stories_args a;
    struct td_store *st;
    int status;

    memset(&a, 0, sizeof(a));
    a.filter = defaults;
    if ((status = parse_stories_args(&a, argc, argv)) != CLI_OK ||
        (status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    status = a.paged ? story_page(st, &a) : all_stories(st, a.json);
    td_store_close(st);
    return status;
}

/* Parses a story id; returns false when `s` is not a positive integer. */
static bool parse_id(const char *s, int64_t *out)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || v < 1)
        return false;
    *out = v;
    return true;
}

int cmd_story(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_store *st;
    struct td_article_list l;
    struct td_error err;
    int64_t id = 0;
    bool json = false;
    const char *idarg = NULL;
    enum td_err rc;
    char *out = NULL;
    int i, status;

    for (i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--json"))
            json = true;
        else if (idarg == NULL)
            idarg = argv[i];
        else
            return cli_usage("usage: tidings story ID [--json]");
    }
    if (idarg == NULL || !parse_id(idarg, &id))
        return cli_usage("story: expected a story id (a positive integer), got '%s'",
                         idarg ? idarg : "");
    if ((status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    rc = td_query_story(st, id, &l, &err);
    td_store_close(st);
    if (rc != TD_OK)
        return cli_error(rc, &err);
    if (json) {
        rc = td_json_story(id, &l, &out);
        status = cli_print_json(rc, out);
    } else {
        printf("story %lld: %zu articles\n", (long long)id, l.n);
        for (i = 0; (size_t)i < l.nentities; i++)
            printf("%s%s (%s, %zu)%s", i == 0 ? "names: " : ", ", l.entities[i].name,
                   l.entities[i].type, l.entities[i].count, (size_t)i + 1 == l.nentities ? "\n" : "");
        for (i = 0; (size_t)i < l.n; i++) {
            const struct td_article_info *a = &l.items[i];
            char date[16];
            /* An estimated date is marked "~" so it is not read as given. */
            (void)snprintf(date, sizeof(date), "%s%.10s", a->date_source != NULL &&
                           a->date_source[0] == 'e' ? "~" : "", a->date ? a->date : "undated");
            printf("%-10.11s %-3s event %-6lld %-24s %s%s%s%s\n", date, a->lang,
                   (long long)a->event, a->id, a->title ? a->title : "",
                   a->copy_of ? "  [copy of " : "",
                   a->copy_of ? a->copy_of : "", a->copy_of ? "]" : "");
        }
    }
    td_article_list_release(&l);
    return status;
}
