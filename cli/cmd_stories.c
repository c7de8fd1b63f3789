/*
 * cmd_stories.c - `tidings stories [--json]` (stories with their events)
 * and `tidings story ID [--json]`.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

#include "commands.h"

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

int cmd_stories(struct cli_ctx *ctx, int argc, char **argv)
{
    struct td_store *st;
    struct td_story_list l;
    struct td_error err;
    bool json;
    enum td_err rc;
    char *out = NULL;
    size_t i;
    int status = cli_json_only(argc, argv, "usage: tidings stories [--json]", &json);

    if (status != CLI_OK || (status = cli_open_store(ctx, &st)) != CLI_OK)
        return status;
    rc = td_query_stories(st, &l, &err);
    td_store_close(st);
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
