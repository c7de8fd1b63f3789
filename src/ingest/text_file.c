/*
 * text_file.c - one plain-text article file -> `struct td_article`. The
 * format is that of the seed files: optional white space, an optional
 * "date YYYY-MM-DD" header, then the body, often on the same line.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "core/utf8.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "core/banned.h"

#define BOM "\xEF\xBB\xBF"
#define BOM_LEN 3

/* A read-only byte range of the input. */
struct span {
    const char *p;
    const char *end;
};

/* Advances past ASCII white space, including newlines. */
static void skip_space(struct span *s)
{
    while (s->p < s->end && record_is_space((unsigned char)*s->p))
        s->p++;
}

/*
 * Whether `s` starts with "date", white space and something meant as a
 * date. "date" is also an English word, so the header needs a token that
 * begins like a year ("2024-"); "date night ..." stays body text.
 */
static bool has_date_header(const struct span *s)
{
    const char *q = s->p + 4;

    if (s->end - s->p < 5 || memcmp(s->p, "date", 4) != 0 || !record_is_space((unsigned char)*q))
        return false;
    while (q < s->end && record_is_space((unsigned char)*q))
        q++;
    return s->end - q >= 5 && utf8_is_digit(q[0]) && utf8_is_digit(q[1]) && utf8_is_digit(q[2]) &&
           utf8_is_digit(q[3]) && q[4] == '-';
}

/* Consumes the date header (see `has_date_header`) and stores its date in `a`. */
static enum td_err take_date(struct span *s, struct td_article *a, struct td_error *err)
{
    const char *tok;
    enum td_err rc;

    /* The date is one token; the body may follow on the same line. */
    s->p += 4;
    skip_space(s);
    tok = s->p;
    while (s->p < s->end && !record_is_space((unsigned char)*s->p))
        s->p++;
    rc = record_set_date(a, tok, (size_t)(s->p - tok), err);
    if (rc != TD_OK)
        return rc;
    /* The format promises a day; "date 2024-05" is a typo, not a month. */
    if (a->date_prec != TD_DATE_DAY)
        return td_error_set(err, TD_ERR_INVALID, "bad date '%s': expected YYYY-MM-DD", a->date);
    return TD_OK;
}

/*
 * The id of the file `name`: its base name without the last extension.
 * NULL or "-" (stdin) gives no id, so the engine uses the content hash.
 */
static enum td_err set_id_from_name(struct td_article *a, const char *name, struct td_error *err)
{
    const char *base, *dot;
    size_t len;
    enum td_err rc;

    if (name == NULL || strcmp(name, "-") == 0)
        return TD_OK;
    base = strrchr(name, '/');
    base = base ? base + 1 : name;
    dot = strrchr(base, '.');
    /* A leading dot starts a hidden name, not an extension. */
    len = dot != NULL && dot != base ? (size_t)(dot - base) : strlen(base);
    rc = record_check_id(base, len, err);
    if (rc != TD_OK)
        return rc;
    a->id = td_strndup(base, len);
    if (a->id == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    return TD_OK;
}

/* Parses header and body of an already byte-checked file into `a`. */
static enum td_err parse_content(struct span *s, const char *name, struct td_article *a,
                                 struct td_error *err)
{
    enum td_err rc = TD_OK;

    /* The header may only come first, after blank lines or indentation. */
    skip_space(s);
    if (has_date_header(s))
        rc = take_date(s, a, err);
    if (rc != TD_OK)
        return rc;
    /* Surrounding blanks of the body carry nothing and would defeat dedup. */
    skip_space(s);
    while (s->end > s->p && record_is_space((unsigned char)s->end[-1]))
        s->end--;
    if (s->p == s->end)
        return td_error_set(err, TD_ERR_INVALID, "empty body");
    rc = set_id_from_name(a, name, err);
    if (rc != TD_OK)
        return rc;
    a->text = td_strndup(s->p, (size_t)(s->end - s->p));
    if (a->text == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    /* The file is valid UTF-8 and the body a part of it cut at ASCII bytes. */
    a->valid_utf8 = true;
    return TD_OK;
}

enum td_err ingest_parse_text(const char *name, const char *data, size_t len,
                              struct td_article *out, struct td_error *err)
{
    struct span s = {data, data + len};
    struct td_article art;
    enum td_err rc;

    /* Checked before `data` is touched: the reader may stop reading at the limit. */
    if (len > TD_MAX_TEXT_FILE_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "file larger than %zu bytes",
                            TD_MAX_TEXT_FILE_BYTES);
    rc = record_check_bytes(data, len, err);
    if (rc != TD_OK)
        return rc;
    /* Editors on Windows add a BOM; it is not part of the text. */
    if (len >= BOM_LEN && memcmp(data, BOM, BOM_LEN) == 0)
        s.p += BOM_LEN;
    /* Fill a private article so that `out` changes only on success. */
    td_article_init(&art);
    rc = parse_content(&s, name, &art, err);
    if (rc != TD_OK) {
        td_article_release(&art);
        return rc;
    }
    td_article_release(out);
    *out = art;
    return TD_OK;
}
