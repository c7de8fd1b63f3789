/*
 * article.h - one news article as it enters Tidings.
 *
 * A `struct td_article` owns all of its strings (heap copies, freed by
 * `td_article_release()`). Ingest fills it from JSON Lines or a text file;
 * the engine reads it. Only `text` is always present in a validated article
 * (it may be "" when `title` is not empty). `valid_utf8` is a promise about
 * `text`: set it only for text known to be valid UTF-8.
 * Thread-safety: plain data; no shared state.
 */
#ifndef TIDINGS_ARTICLE_H
#define TIDINGS_ARTICLE_H

#include <stdbool.h>
#include <stdint.h>

/* How much of the publication date is known. */
enum td_date_precision {
    TD_DATE_NONE = 0,
    TD_DATE_YEAR,
    TD_DATE_MONTH,
    TD_DATE_DAY,
    TD_DATE_SECOND
};

struct td_article {
    char *id;         /* stable id; NULL means "use the content hash" */
    char *title;      /* may be NULL */
    char *text;       /* body; "" allowed only with a non-empty title */
    char *url;        /* may be NULL */
    char *source;     /* outlet name, may be NULL */
    char *lang;       /* language code as given (e.g. "en"), or NULL to detect */
    char *date;       /* publication date as given (ISO 8601), or NULL */
    int64_t published_at;              /* Unix seconds UTC; valid when `date` */
    enum td_date_precision date_prec;  /* TD_DATE_NONE when `date` is NULL */
    char *meta_json;  /* the record's other fields as a JSON object, or NULL */
    /*
     * Set when whoever filled `text` has checked that it is valid UTF-8 (the
     * reader does, for the records it checks byte by byte); the engine then
     * skips its own pass over the body. Whoever changes `text` clears it.
     * False (as `td_article_init` leaves it): the engine checks the bytes.
     */
    bool valid_utf8;
};

/* Prepares `a` (caller-provided memory): all fields NULL/zero. */
void td_article_init(struct td_article *a);
/* Frees every string of `a` and re-initialises it. */
void td_article_release(struct td_article *a);

#endif
