/*
 * record.c - validation shared by the JSON Lines and text-file parsers:
 * raw-byte checks, ids and publication dates. Both formats must reject the
 * same bad input with the same words, so the messages live here once.
 */
#include <string.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "core/time.h"
#include "core/utf8.h"
#include "ingest/ingest_int.h"
#include "core/banned.h"

/* Quote at most this many bytes of a bad value in a message. */
#define QUOTE_MAX 64

/*
 * ASCII white space only: Unicode spaces (U+00A0 ...) are content as far
 * as ingest is concerned; the text module normalises them later.
 */
bool record_is_space(unsigned char c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

bool record_is_blank(const char *s, size_t len)
{
    size_t i;

    for (i = 0; i < len; i++) {
        if (!record_is_space((unsigned char)s[i]))
            return false;
    }
    return true;
}

enum td_err record_check_bytes(const char *s, size_t len, struct td_error *err)
{
    size_t bad_at = 0;
    const char *nul;

    /* UTF-8 first: its offset points at the real damage in binary input. */
    if (!utf8_valid(s, len, &bad_at))
        return td_error_set(err, TD_ERR_INVALID, "invalid UTF-8 at byte offset %zu", bad_at);
    nul = memchr(s, '\0', len);
    if (nul != NULL)
        return td_error_set(err, TD_ERR_INVALID, "NUL byte at byte offset %zu",
                            (size_t)(nul - s));
    return TD_OK;
}

enum td_err record_check_short(const char *field, size_t len, struct td_error *err)
{
    if (len > TD_MAX_SHORT_FIELD_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "field '%s' longer than %zu bytes", field,
                            TD_MAX_SHORT_FIELD_BYTES);
    return TD_OK;
}

/*
 * The same rules hold for ids from JSON and from file names, so that an id
 * accepted in one format is accepted in the other.
 */
enum td_err record_check_id(const char *s, size_t len, struct td_error *err)
{
    size_t i;

    if (len == 0)
        return td_error_set(err, TD_ERR_INVALID, "empty 'id'");
    if (len > TD_MAX_ID_BYTES)
        return td_error_set(err, TD_ERR_TOO_LARGE, "'id' longer than %zu bytes", TD_MAX_ID_BYTES);
    /* Ids end up in messages, URLs and terminals: control bytes would garble them. */
    for (i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < 0x20 || c == 0x7f)
            return td_error_set(err, TD_ERR_INVALID, "control character in 'id'");
    }
    return TD_OK;
}

/* Longest language tag we accept ("zh-Hant-TW" is 10). */
#define LANG_MAX_BYTES 16

/* ASCII letters only: isalpha() would follow the locale. */
static bool is_letter(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool record_is_lang_tag(const char *s, size_t len)
{
    size_t i;

    if (len == 0 || len > LANG_MAX_BYTES || !is_letter((unsigned char)s[0]))
        return false;
    for (i = 1; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (!is_letter(c) && c != '-' && c != '_')
            return false;
    }
    return true;
}

/* Maps the parser's precision onto the public enum. */
static enum td_date_precision precision(enum time_precision p)
{
    switch (p) {
    case TIME_PREC_YEAR: return TD_DATE_YEAR;
    case TIME_PREC_MONTH: return TD_DATE_MONTH;
    case TIME_PREC_DAY: return TD_DATE_DAY;
    case TIME_PREC_SECOND: return TD_DATE_SECOND;
    }
    return TD_DATE_NONE;
}

enum td_err record_set_date(struct td_article *a, const char *s, size_t len,
                            struct td_error *err)
{
    struct td_error perr;
    enum time_precision prec = TIME_PREC_YEAR;
    int64_t at = 0;
    /* `s` need not be NUL-terminated (text files), hence "%.*s" below. */
    int shown = (int)(len < QUOTE_MAX ? len : QUOTE_MAX);
    char iso[TIME_ISO_MAX];
    enum td_err rc;
    char *copy;

    td_error_clear(&perr);
    rc = time_parse_date(s, len, &at, &prec, iso, sizeof(iso), &perr);
    /* The parser says "impossible" for dates that do not exist (2022-02-30). */
    if (rc == TD_ERR_INVALID)
        return td_error_set(err, TD_ERR_INVALID, "impossible date '%.*s'", shown, s);
    if (rc != TD_OK)
        return td_error_set(err, TD_ERR_INVALID, "bad date '%.*s': %s", shown, s,
                            td_error_message(&perr, rc));
    /*
     * Keep an ISO 8601 date as written: it is what users see and grep for.
     * Other forms (RSS's RFC 5322 dates) are kept in ISO 8601, which every
     * later reader of `date` (the timex tagger's reference date) expects.
     */
    copy = iso[0] != '\0' ? td_strdup(iso) : td_strndup(s, len);
    if (copy == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    td_free(a->date);
    a->date = copy;
    a->published_at = at;
    a->date_prec = precision(prec);
    return TD_OK;
}
