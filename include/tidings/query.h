/*
 * query.h - the read side shared by the CLI and the server: story lists,
 * one story's articles, store statistics and the article -> story
 * assignment, as C structs and as JSON text.
 *
 * Every list is filled by a `td_query_*` call and released with its
 * `*_release` function (which frees the strings and re-initialises the
 * list). JSON renderers return a heap string the caller frees with
 * `td_string_free()`.
 * Thread-safety: use a store from one thread at a time.
 */
#ifndef TIDINGS_QUERY_H
#define TIDINGS_QUERY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "tidings/error.h"
#include "tidings/store.h"

struct td_story_info {
    int64_t id;
    int64_t size;        /* articles */
    char *title;         /* title of its first article, or the start of its body */
    char *first_date;    /* "YYYY-MM-DD" of the oldest dated article, or NULL */
    char *last_date;     /* likewise the newest, or NULL */
    char *languages;     /* comma-separated codes, e.g. "de,en" */
};

struct td_story_list {
    struct td_story_info *items;
    size_t n, cap;
};

struct td_article_info {
    char *id, *title, *date, *lang, *source, *url, *copy_of;  /* NULL when absent */
};

struct td_article_list {
    struct td_article_info *items;
    size_t n, cap;
};

struct td_lang_count {
    char lang[16];
    int64_t count;
};

struct td_stats {
    int64_t articles, stories;
    struct td_lang_count *langs;
    size_t nlangs;
};

/* All stories, largest first. Errors: TD_ERR_DB, TD_ERR_BUSY, TD_ERR_NOMEM. */
TD_NODISCARD enum td_err td_query_stories(struct td_store *st, struct td_story_list *out,
                                          struct td_error *err);
void td_story_list_release(struct td_story_list *l);

/*
 * The articles of story `id` in date order (undated last, then arrival).
 * Errors: TD_ERR_NOTFOUND (no such story), TD_ERR_DB, TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_query_story(struct td_store *st, int64_t id,
                                        struct td_article_list *out, struct td_error *err);
void td_article_list_release(struct td_article_list *l);

/* Totals and articles per language. Errors: TD_ERR_DB, TD_ERR_NOMEM. */
TD_NODISCARD enum td_err td_query_stats(struct td_store *st, struct td_stats *out,
                                        struct td_error *err);
void td_stats_release(struct td_stats *s);

/* Calls `fn(ctx, id, story)` for every article in arrival order. */
typedef enum td_err (*td_assign_fn)(void *ctx, const char *id, int64_t story);
TD_NODISCARD enum td_err td_query_assignment(struct td_store *st, td_assign_fn fn, void *ctx,
                                             struct td_error *err);

/* JSON renderers: `*out` is a heap string freed with td_string_free(). Errors: TD_ERR_NOMEM. */
TD_NODISCARD enum td_err td_json_stories(const struct td_story_list *l, char **out);
TD_NODISCARD enum td_err td_json_story(int64_t id, const struct td_article_list *l, char **out);
TD_NODISCARD enum td_err td_json_stats(const struct td_stats *s, char **out);
void td_string_free(char *s);

#endif
