/*
 * ingest.h - reading articles from JSON Lines, plain-text files, directories
 * and stdin, with validation.
 *
 * `td_read_path()` walks one input (a file, a directory read recursively in
 * name order, or "-" for stdin) and calls `on_record` for every valid record
 * and `on_reject` for every bad one, with the file name and line number
 * (1-based; for text files the line is 1). Reading never stops at a bad
 * record; it stops only when a callback returns an error or on an I/O error.
 *
 * Formats (see README "Input formats"):
 *  - JSON Lines: one object per line; `text` or `body` (string) required,
 *    may be "" only when `title` is a non-empty string; optional string
 *    fields `id` (also an integer), `title`, `url`, `source`, `date` (ISO
 *    8601 date or date-time with offset), `lang` (a tag such as "pt-BR");
 *    null or "" means absent; every other field is kept in `meta_json`.
 *    Blank lines are skipped but counted. A trailing "\r" and a BOM at the
 *    start of the file are ignored. A line over TD_MAX_LINE_BYTES is
 *    rejected without being held in memory, and reading goes on.
 *    Invalid UTF-8 and NUL bytes (raw or \u0000) are rejected.
 *  - Text: one article per file (at most TD_MAX_TEXT_FILE_BYTES); an
 *    optional leading "date YYYY-MM-DD" (after optional white space or a
 *    BOM) is the publication date, the rest is the body (trimmed, must not
 *    be empty); the id is the file name without its extension, or NULL for
 *    stdin (the engine then uses the content hash). No date means undated.
 *  - Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom 1.0, read as a stream; one
 *    article per <item> or <entry>, with the line the item starts on (see
 *    src/ingest/feed.c for the mapping of elements to fields; HTML becomes
 *    plain text). XML that is not well formed, or whose root is no feed's,
 *    ends the file with one reject naming the line; the items before it
 *    stay delivered. No entity is substituted and nothing is fetched.
 * Auto-detection: ".jsonl", ".ndjson" and ".json" files are JSON Lines,
 * ".rss", ".atom" and ".xml" files feeds; other files (and stdin) are JSON
 * Lines when their first non-blank byte is '{', feeds when they start like
 * XML ("<?xml", "<rss", "<feed", "<rdf:RDF", "<!--"), otherwise text. In directories, hidden entries (".name") are skipped,
 * symlinks to files are read, symlinks to directories are not followed,
 * and other special files are ignored.
 *
 * Thread-safety: no shared state; callbacks run on the calling thread.
 */
#ifndef TIDINGS_INGEST_H
#define TIDINGS_INGEST_H

#include <stddef.h>
#include <stdint.h>

#include "tidings/article.h"
#include "tidings/error.h"

/*
 * Input formats. TD_FORMAT_JSON (the whole input is one JSON object, which
 * may span lines) is for in-memory bodies only (`td_read_buffer`).
 */
enum td_format {
    TD_FORMAT_AUTO = 0,
    TD_FORMAT_JSONL,
    TD_FORMAT_TEXT,
    TD_FORMAT_JSON,
    TD_FORMAT_FEED /* RSS 2.0, RSS 1.0 (RDF) or Atom 1.0 */
};

/* Where a record came from, for messages and progress. */
struct td_record_info {
    const char *file;  /* path as given, or "-" for stdin */
    int64_t line;      /* 1-based line of the record (1 for text files) */
    uint64_t bytes;    /* raw size of the record in bytes */
};

/*
 * A valid record. `art` is borrowed for the duration of the call (the callee
 * may move strings out of it and set them to NULL). Returning anything but
 * TD_OK stops the read, and `td_read_path` returns that code.
 */
typedef enum td_err (*td_record_fn)(void *ctx, struct td_article *art,
                                    const struct td_record_info *info);
/* A rejected record and the reason ("invalid JSON: ...", "missing 'text'"). */
typedef void (*td_reject_fn)(void *ctx, const struct td_record_info *info, const char *reason);

struct td_reader_opts {
    enum td_format format;
    const char *drop_field;  /* a JSON field to drop from every record (eval's gold label), or NULL */
    td_record_fn on_record;
    td_reject_fn on_reject;
    void *ctx;
};
#define TD_READER_OPTS_INIT {TD_FORMAT_AUTO, NULL, NULL, NULL, NULL}

/*
 * Reads `path` ("-" for stdin) as described above. `opts` and `path` are
 * borrowed. Errors: TD_ERR_IO (cannot open or read; the message names the
 * path), TD_ERR_INVALID (NULL callbacks, path or opts, unknown format),
 * TD_ERR_TOO_LARGE (directories nested deeper than TD_MAX_DIR_DEPTH),
 * TD_ERR_NOMEM, or whatever `on_record` returned. Records delivered before
 * an error stay delivered.
 */
TD_NODISCARD enum td_err td_read_path(const struct td_reader_opts *opts, const char *path,
                                      struct td_error *err);

/*
 * Reads records from the `len` bytes at `data` (an HTTP request body, say)
 * with the same validation and callbacks as `td_read_path`; `name` (borrowed,
 * not NULL) is the `file` of each `td_record_info`. `opts->format` chooses:
 * TD_FORMAT_JSONL or TD_FORMAT_AUTO reads JSON Lines (line numbers as in a
 * file), TD_FORMAT_FEED as a feed, TD_FORMAT_JSON reads the whole buffer as one JSON record (line 1;
 * a leading BOM and surrounding white space are ignored) and TD_FORMAT_TEXT
 * as one text article without an id. The caller caps `len`; records over
 * the per-record limits are rejected as in files. Errors: TD_ERR_INVALID
 * (NULL arguments or callbacks, unknown format), TD_ERR_NOMEM, or whatever
 * `on_record` returned. Records delivered before an error stay delivered.
 */
TD_NODISCARD enum td_err td_read_buffer(const struct td_reader_opts *opts, const char *name,
                                        const char *data, size_t len, struct td_error *err);

/*
 * An upload: a request body collected in pieces, capped at `max_bytes`,
 * then read with `td_read_buffer`. The HTTP server keeps one per POST.
 * td_upload_new: Errors: TD_ERR_NOMEM. Free with td_upload_free (NULL is a no-op).
 */
struct td_upload;
TD_NODISCARD enum td_err td_upload_new(size_t max_bytes, struct td_upload **out,
                                       struct td_error *err);
/*
 * Appends `n` bytes. Errors: TD_ERR_TOO_LARGE (the body would pass
 * `max_bytes`: nothing is added, the bytes held so far are freed, as the
 * body is refused whole, and every later add fails the same way),
 * TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err td_upload_add(struct td_upload *u, const char *data, size_t n,
                                       struct td_error *err);
/* TD_ERR_TOO_LARGE (with its message) once an add went past the cap, else TD_OK. */
TD_NODISCARD enum td_err td_upload_check(const struct td_upload *u, struct td_error *err);
/* The bytes so far (NUL-terminated, borrowed until the next add or free); `*len` gets the size. */
const char *td_upload_data(const struct td_upload *u, size_t *len);
void td_upload_free(struct td_upload *u);

/*
 * Parses a format name ("auto", "jsonl", "text", "feed"; exact case). `*out` is set
 * only on success. Errors: TD_ERR_INVALID (unknown name or NULL).
 */
TD_NODISCARD enum td_err td_format_parse(const char *name, enum td_format *out);

#endif
