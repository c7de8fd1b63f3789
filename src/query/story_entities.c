/*
 * story_entities.c - the names a story's headlines mention most, for the
 * story list: the titles of its newest articles go through the entity
 * recogniser (extract/, include/tidings/entity.h), their mentions are merged
 * into story entities ("West" joins "Kanye West"), and the most mentioned
 * few are kept. Headlines only: they are short, so a page of 50 stories
 * costs a few milliseconds, and they name what the story is about.
 */
#include <string.h>

#include "core/alloc.h"
#include "query/query_int.h"
#include "store/store.h"
#include "tidings/entity.h"

/* The titles being tagged, one entity set over them all. */
struct title_ctx {
    const struct td_gazetteer *gaz;
    struct td_entity_set *set;
    struct td_mention_list ml;
    struct td_error *err;
};

static enum td_err tag_title(void *ctx, const struct store_row *r)
{
    struct title_ctx *tc = ctx;
    const char *title = r->col[0];
    enum td_err rc;

    if (title == NULL)
        return TD_OK;
    rc = td_entities_find(tc->gaz, title, strlen(title), r->col[1], &tc->ml, tc->err);
    /* A title that is not valid UTF-8 names nobody; the others still count. */
    if (rc == TD_ERR_INVALID)
        return TD_OK;
    if (rc == TD_OK)
        rc = td_entity_set_add(tc->set, title, strlen(title), &tc->ml, tc->err);
    return rc;
}

/* Copies the `TD_STORY_TOP_ENTITIES` most mentioned entities of the resolved set into `s`. */
static enum td_err keep_top(const struct td_entity_set *set, struct td_story_info *s)
{
    size_t i, n = td_entity_set_count(set);

    if (n > TD_STORY_TOP_ENTITIES)
        n = TD_STORY_TOP_ENTITIES;
    if (n == 0)
        return TD_OK;
    if ((s->entities = td_calloc(n, sizeof(*s->entities))) == NULL)
        return TD_ERR_NOMEM;
    for (i = 0; i < n; i++) {
        const struct td_entity *e = td_entity_set_get(set, i);
        size_t len = strlen(e->name) + 1;
        if ((s->entities[i].name = td_malloc(len)) == NULL)
            return TD_ERR_NOMEM;
        memcpy(s->entities[i].name, e->name, len);
        s->entities[i].type = td_entity_type_name(e->type);
        s->entities[i].count = e->count;
        s->nentities++;
    }
    return TD_OK;
}

enum td_err query_story_entities(struct td_store *st, struct td_story_info *s,
                                 struct td_error *err)
{
    struct title_ctx tc = {NULL, NULL, {NULL, 0, 0}, err};
    enum td_err rc = td_gazetteer_shared(&tc.gaz);

    if (rc == TD_OK)
        rc = td_entity_set_new(&tc.set, err);
    td_mention_list_init(&tc.ml);
    if (rc == TD_OK)
        rc = store_query_run(st, STORE_Q_STORY_TITLES, s->id, tag_title, &tc, err);
    if (rc == TD_OK)
        rc = td_entity_set_resolve(tc.set, err);
    if (rc == TD_OK)
        rc = keep_top(tc.set, s);
    td_mention_list_release(&tc.ml);
    td_entity_set_free(tc.set);
    return rc == TD_ERR_NOMEM ? td_error_set(err, rc, "out of memory") : rc;
}
