/*
 * ingest_int.h (module-private) - pieces shared inside src/ingest/ only:
 * field checks common to both record formats (record.c), the streaming
 * JSON Lines splitter (lines.c), the directory walk (walk.c) and the file
 * reader (reader.c).
 */
#ifndef TD_INGEST_INGEST_INT_H
#define TD_INGEST_INGEST_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "core/buf.h"
#include "tidings/article.h"
#include "tidings/error.h"
#include "tidings/ingest.h"

/* ---- record.c: checks shared by the JSON Lines and text parsers ---- */

/* Whether `c` is ASCII white space (space, \t, \n, \v, \f, \r). */
bool record_is_space(unsigned char c);

/* Whether `s[0..len)` is empty or only ASCII white space. */
bool record_is_blank(const char *s, size_t len);

/*
 * Rejects raw bytes no record may hold: invalid UTF-8 ("invalid UTF-8 at
 * byte offset N") and NUL bytes ("NUL byte at byte offset N"). Offsets are
 * from `s`. Errors: TD_ERR_INVALID.
 */
TD_NODISCARD enum td_err record_check_bytes(const char *s, size_t len, struct td_error *err);

/*
 * Checks the length of a short field (title, url, source, lang, date):
 * at most TD_MAX_SHORT_FIELD_BYTES. Errors: TD_ERR_TOO_LARGE ("field
 * 'NAME' longer than N bytes").
 */
TD_NODISCARD enum td_err record_check_short(const char *field, size_t len, struct td_error *err);

/*
 * Checks an id: not empty, at most TD_MAX_ID_BYTES, no control characters.
 * Errors: TD_ERR_INVALID, TD_ERR_TOO_LARGE.
 */
TD_NODISCARD enum td_err record_check_id(const char *s, size_t len, struct td_error *err);

/*
 * Whether `s[0..len)` is shaped like a language tag as people write them
 * ("en", "pt-BR", "zh_Hant", "Spanish"): ASCII letters, then letters, '-'
 * or '_', at most 16 bytes.
 */
bool record_is_lang_tag(const char *s, size_t len);

/*
 * Parses the ISO 8601 date `s[0..len)` and stores a copy of it, its instant
 * and its precision in `a` (which it changes only on success).
 * Errors: TD_ERR_INVALID ("impossible date '...'", "bad date '...': ..."),
 * TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err record_set_date(struct td_article *a, const char *s, size_t len,
                                         struct td_error *err);

/* ---- json_scan.c: a direct scan of flat JSON objects (jsonl.c's fast path) ---- */

/* One member of a flat object, as raw slices of the line (escapes not decoded). */
struct json_scan_member {
    const char *key;  /* between the quotes */
    size_t key_len;
    const char *val;  /* a string's bytes between the quotes, or a literal's text */
    size_t val_len;
    bool is_string;   /* else the literal null, true or false */
    bool key_escaped; /* the raw key holds a backslash */
    bool val_escaped; /* the raw string value holds a backslash */
};

/*
 * Splits `line[0..len)` into at most `max` members when it is exactly one
 * JSON object (no white space before or after) whose values are strings
 * without raw control bytes, null, true or false; `*n` is the count. False
 * for any other line, which a full parser must then judge: false is never
 * an error by itself. The line must be valid UTF-8 (record_check_bytes).
 */
bool json_scan_object(const char *line, size_t len, struct json_scan_member *m, size_t max,
                      size_t *n);

/*
 * Decodes the escapes of the raw string `s[0..len)` into `out`, which must
 * hold `len` bytes (a decoded string is never longer); `*out_len` is its
 * length. False for escapes left to the full parser: \u0000, a lone
 * surrogate, an unknown or cut escape.
 */
bool json_scan_unescape(const char *s, size_t len, char *out, size_t *out_len);

/*
 * jsonl.c: `ingest_parse_jsonl` without the direct scan, every line read by
 * json-c. The result is the same; tests compare the two. Same errors.
 */
TD_NODISCARD enum td_err jsonl_parse_full(const char *line, size_t len, const char *drop_field,
                                          struct td_article *out, struct td_error *err);

/* The first index from `i` whose 8-byte word may hold a quote, backslash or control byte. */
size_t json_scan_skip_plain(const char *s, size_t len, size_t i);

/* ---- lines.c: splits a byte stream into JSON Lines records ---- */

/* State of one JSON Lines stream; fed in chunks of any size. */
struct lines {
    const struct td_reader_opts *opts; /* borrowed callbacks and options */
    const char *file;                  /* borrowed name for `td_record_info` */
    struct td_buf line;                /* the current line, capped */
    int64_t lineno;                    /* lines completed so far */
    uint64_t raw_bytes;                /* raw bytes of the current line so far */
    bool overlong;                     /* current line passed the limit */
};

void lines_init(struct lines *ls, const struct td_reader_opts *opts, const char *file);
void lines_release(struct lines *ls);
/*
 * Consumes `n` bytes, handing every complete line to the callbacks.
 * Errors: TD_ERR_NOMEM, or what `on_record` returned.
 */
TD_NODISCARD enum td_err lines_feed(struct lines *ls, const char *data, size_t n,
                                    struct td_error *err);
/* Handles a last line that has no newline. Same errors as `lines_feed`. */
TD_NODISCARD enum td_err lines_finish(struct lines *ls, struct td_error *err);

/* ---- reader.c / walk.c ---- */

/*
 * Hands a parse outcome to the callbacks: `on_record` with `art` when
 * `parse_rc` is TD_OK (then releases `art`), else `on_reject` with the
 * message of `perr`. Errors: TD_ERR_NOMEM (a parser ran out of memory:
 * that is no fault of the record), or what `on_record` returned.
 */
TD_NODISCARD enum td_err reader_deliver(const struct td_reader_opts *opts, enum td_err parse_rc,
                                        struct td_article *art, const struct td_error *perr,
                                        const struct td_record_info *info,
                                        struct td_error *err);

/*
 * Reads one file (not a directory) with `opts`. Errors: TD_ERR_IO,
 * TD_ERR_NOMEM, or what `on_record` returned.
 */
TD_NODISCARD enum td_err reader_read_file(const struct td_reader_opts *opts, const char *path,
                                          struct td_error *err);

/*
 * Reads the directory `path` recursively in byte-wise name order, skipping
 * hidden entries and symlinked directories; `depth` is 0 at the top.
 * Errors: TD_ERR_IO, TD_ERR_TOO_LARGE (deeper than TD_MAX_DIR_DEPTH),
 * TD_ERR_NOMEM, or what `on_record` returned.
 */
TD_NODISCARD enum td_err walk_dir(const struct td_reader_opts *opts, const char *path, int depth,
                                  struct td_error *err);

#endif
