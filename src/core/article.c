/*
 * article.c - life cycle of `struct td_article` (see tidings/article.h).
 */
#include "tidings/article.h"

#include <string.h>

#include "core/alloc.h"

void td_article_init(struct td_article *a)
{
    memset(a, 0, sizeof(*a));
}

void td_article_release(struct td_article *a)
{
    td_free(a->id);
    td_free(a->title);
    td_free(a->text);
    td_free(a->url);
    td_free(a->source);
    td_free(a->lang);
    td_free(a->date);
    td_free(a->meta_json);
    td_article_init(a);
}
