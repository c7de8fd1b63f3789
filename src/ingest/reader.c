/*
 * reader.c - `td_read_path()`: opens stdin, a file or a directory (see
 * walk.c), decides the format of each file and streams it through the
 * JSON Lines splitter (lines.c), the feed reader (feed.c) or the text-file
 * parser (text_file.c).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "ingest/feed_int.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "tidings/ingest.h"
#include "core/banned.h"

/* Bytes per fread; lines and files of any length pass through this window. */
#define CHUNK_BYTES ((size_t)64 * 1024)
/* `head` may hold a whole text file plus the chunk that proves it too big. */
#define HEAD_MAX_BYTES (TD_MAX_TEXT_FILE_BYTES + CHUNK_BYTES)

/* One open input being read. */
struct stream {
    const struct td_reader_opts *opts;
    FILE *fp;
    const char *name;   /* path for messages, "-" for stdin */
    bool is_stdin;
    char *chunk;        /* CHUNK_BYTES of scratch for fread */
    struct td_buf head; /* bytes read while sniffing, or the whole text file */
};

/* One row per format name accepted by `td_format_parse`. */
static const struct {
    const char *name;
    enum td_format format;
} format_names[] = {
    {"auto", TD_FORMAT_AUTO},
    {"jsonl", TD_FORMAT_JSONL},
    {"text", TD_FORMAT_TEXT},
    {"feed", TD_FORMAT_FEED},
};

/* File name extensions that mean JSON Lines whatever the content. */
static const char *const jsonl_exts[] = {"jsonl", "ndjson", "json"};
/* File name extensions that mean an RSS or Atom feed (other XML is rejected as no feed). */
static const char *const feed_exts[] = {"rss", "atom", "xml"};
/* How an XML document may start: a feed is sniffed by these. */
static const char *const xml_starts[] = {"<?xml", "<rss", "<feed", "<rdf:RDF", "<!--"};

/* Exact, case-sensitive names: they come from command lines and configs. */
enum td_err td_format_parse(const char *name, enum td_format *out)
{
    size_t i;

    for (i = 0; name != NULL && i < sizeof(format_names) / sizeof(format_names[0]); i++) {
        if (strcmp(name, format_names[i].name) == 0) {
            *out = format_names[i].format;
            return TD_OK;
        }
    }
    return TD_ERR_INVALID;
}

enum td_err reader_deliver(const struct td_reader_opts *opts, enum td_err parse_rc,
                           struct td_article *art, const struct td_error *perr,
                           const struct td_record_info *info, struct td_error *err)
{
    enum td_err rc;

    /* Rejecting a good record because we ran out of memory would lose it. */
    if (parse_rc == TD_ERR_NOMEM)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (parse_rc != TD_OK) {
        opts->on_reject(opts->ctx, info, td_error_message(perr, parse_rc));
        return TD_OK;
    }
    /* A handler that reports through the same `err` keeps its own message. */
    td_error_clear(err);
    rc = opts->on_record(opts->ctx, art, info);
    td_article_release(art);
    if (rc != TD_OK && err != NULL && err->code == rc && err->msg[0] != '\0')
        return rc;
    if (rc != TD_OK)
        return td_error_set(err, rc, "'%s' line %lld: record handler failed: %s", info->file,
                            (long long)info->line, td_strerror(rc));
    return TD_OK;
}

/* Reads the next chunk; `*n_out` is 0 at the end of the input. */
static enum td_err read_chunk(struct stream *st, size_t *n_out, struct td_error *err)
{
    /* fread fills the chunk unless the input ended or failed, even on a pipe. */
    size_t n = fread(st->chunk, 1, CHUNK_BYTES, st->fp);

    if (n < CHUNK_BYTES && ferror(st->fp))
        return td_error_set(err, TD_ERR_IO, "cannot read '%s': %s", st->name, strerror(errno));
    *n_out = n;
    return TD_OK;
}

/* The format a file name implies, or TD_FORMAT_AUTO to look inside. */
static enum td_format format_of_name(const char *path)
{
    const char *dot = strrchr(path, '.');
    size_t i;

    /* A dot in a directory name ("v1.2/notes") is no extension. */
    if (dot == NULL || strchr(dot, '/') != NULL)
        return TD_FORMAT_AUTO;
    for (i = 0; i < sizeof(jsonl_exts) / sizeof(jsonl_exts[0]); i++) {
        if (strcmp(dot + 1, jsonl_exts[i]) == 0)
            return TD_FORMAT_JSONL;
    }
    for (i = 0; i < sizeof(feed_exts) / sizeof(feed_exts[0]); i++) {
        if (strcmp(dot + 1, feed_exts[i]) == 0)
            return TD_FORMAT_FEED;
    }
    return TD_FORMAT_AUTO;
}

/* Index of the first byte at or after `at` that is not a BOM or white space. */
static size_t skip_blank(const struct td_buf *head, size_t at)
{
    if (at == 0 && head->len >= 3 && memcmp(head->data, "\xEF\xBB\xBF", 3) == 0)
        at = 3;
    while (at < head->len && record_is_space((unsigned char)head->data[at]))
        at++;
    return at;
}

/* The format the first non-blank bytes `s[0..n)` show: '{' JSON Lines, an XML start a feed. */
static enum td_format format_of_start(const char *s, size_t n)
{
    size_t i, k;

    if (s[0] == '{')
        return TD_FORMAT_JSONL;
    for (i = 0; i < sizeof(xml_starts) / sizeof(xml_starts[0]); i++) {
        k = strlen(xml_starts[i]);
        if (n >= k && memcmp(s, xml_starts[i], k) == 0)
            return TD_FORMAT_FEED;
    }
    return TD_FORMAT_TEXT;
}

/*
 * Reads into `head` until the first non-blank byte shows the format: '{'
 * is JSON Lines, an XML declaration, comment or feed root element a feed,
 * anything else text. A blank input is text for a file (to
 * be rejected as empty) and JSON Lines for stdin (nothing to do). Past
 * TD_MAX_TEXT_FILE_BYTES of blanks we stop looking; `head` then holds
 * everything read so far, so no byte is lost whichever reader follows.
 */
static enum td_err sniff(struct stream *st, enum td_format *fmt, struct td_error *err)
{
    size_t n = 0, at = 0;
    enum td_err rc;

    *fmt = st->is_stdin ? TD_FORMAT_JSONL : TD_FORMAT_TEXT;
    while (st->head.len <= TD_MAX_TEXT_FILE_BYTES) {
        rc = read_chunk(st, &n, err);
        if (rc != TD_OK)
            return rc;
        if (td_buf_add(&st->head, st->chunk, n) != TD_OK)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
        at = skip_blank(&st->head, at);
        /* A '<' needs a few bytes after it, unless the input ended (a short chunk). */
        if (at < st->head.len &&
            (st->head.data[at] != '<' || st->head.len - at >= 16 || n < CHUNK_BYTES)) {
            *fmt = format_of_start(st->head.data + at, st->head.len - at);
            return TD_OK;
        }
        if (n == 0)
            return TD_OK;
    }
    return TD_OK;
}

/* Streams the rest of the input, `head` first, through the line splitter. */
static enum td_err read_jsonl(struct stream *st, struct td_error *err)
{
    struct lines ls;
    size_t n = 0;
    enum td_err rc;

    /* The sniffed bytes are the start of the stream; then `head` is not needed. */
    lines_init(&ls, st->opts, st->name);
    rc = lines_feed(&ls, st->head.data, st->head.len, err);
    td_buf_release(&st->head);
    while (rc == TD_OK) {
        rc = read_chunk(st, &n, err);
        if (rc != TD_OK || n == 0)
            break;
        rc = lines_feed(&ls, st->chunk, n, err);
    }
    if (rc == TD_OK)
        rc = lines_finish(&ls, err);
    lines_release(&ls);
    return rc;
}

/* The rest of a feed's stream, after the bytes sniffing put in `head`. */
struct pull {
    FILE *fp;
    bool failed; /* a read error, reported after the parse */
};

static int pull_bytes(void *ctx, char *buf, int len)
{
    struct pull *p = ctx;
    size_t want = len > 0 ? (size_t)len : 0, n = fread(buf, 1, want, p->fp);

    if (n < want && ferror(p->fp)) {
        p->failed = true;
        return -1;
    }
    return (int)n;
}

/* Streams the rest of the input, `head` first, through the feed reader. */
static enum td_err read_feed(struct stream *st, struct td_error *err)
{
    struct pull p = {st->fp, false};
    enum td_err rc =
        feed_read(st->opts, st->name, st->head.data, st->head.len, pull_bytes, &p, err);

    if (rc == TD_OK && p.failed)
        return td_error_set(err, TD_ERR_IO, "cannot read '%s': %s", st->name, strerror(errno));
    return rc;
}

/* Reads the whole text file (stopping just past the limit) and parses it. */
static enum td_err read_text(struct stream *st, struct td_error *err)
{
    struct td_record_info info = {st->name, 1, 0};
    struct td_article art;
    struct td_error perr;
    size_t n = 0;
    enum td_err rc;

    /* One byte past the limit is enough to reject; the rest is never read. */
    while (st->head.len <= TD_MAX_TEXT_FILE_BYTES) {
        rc = read_chunk(st, &n, err);
        if (rc != TD_OK)
            return rc;
        if (n == 0)
            break;
        if (td_buf_add(&st->head, st->chunk, n) != TD_OK)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    info.bytes = st->head.len;
    td_error_clear(&perr);
    td_article_init(&art);
    /* The text parser gives no id for "-", so stdin articles get their content hash. */
    rc = ingest_parse_text(st->name, st->head.data, st->head.len, &art, &perr);
    return reader_deliver(st->opts, rc, &art, &perr, &info, err);
}

/* Reads an open input in format `fmt` (TD_FORMAT_AUTO: sniff it first). */
static enum td_err read_stream(struct stream *st, enum td_format fmt, struct td_error *err)
{
    enum td_err rc = TD_OK;

    td_buf_init(&st->head, HEAD_MAX_BYTES);
    st->chunk = td_malloc(CHUNK_BYTES);
    if (st->chunk == NULL) {
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
        goto out;
    }
    if (fmt == TD_FORMAT_AUTO)
        rc = sniff(st, &fmt, err);
    if (rc == TD_OK && fmt == TD_FORMAT_FEED)
        rc = read_feed(st, err);
    else if (rc == TD_OK)
        rc = fmt == TD_FORMAT_JSONL ? read_jsonl(st, err) : read_text(st, err);
out:
    TD_FREE(st->chunk);
    td_buf_release(&st->head);
    return rc;
}

enum td_err reader_read_file(const struct td_reader_opts *opts, const char *path,
                             struct td_error *err)
{
    struct stream st = {opts, NULL, path, false, NULL, TD_BUF_INIT};
    enum td_format fmt = opts->format;
    enum td_err rc;

    /* The name decides when it can; only unknown extensions are sniffed. */
    if (fmt == TD_FORMAT_AUTO)
        fmt = format_of_name(path);
    st.fp = fopen(path, "rb");
    if (st.fp == NULL)
        return td_error_set(err, TD_ERR_IO, "cannot open '%s': %s", path, strerror(errno));
    rc = read_stream(&st, fmt, err);
    /* A read-only stream rarely fails to close, but it is checked all the same. */
    if (fclose(st.fp) != 0 && rc == TD_OK)
        rc = td_error_set(err, TD_ERR_IO, "cannot close '%s': %s", path, strerror(errno));
    return rc;
}

enum td_err td_read_path(const struct td_reader_opts *opts, const char *path,
                         struct td_error *err)
{
    struct stream st = {opts, stdin, "-", true, NULL, TD_BUF_INIT};
    struct stat sb;

    if (opts == NULL || path == NULL || opts->on_record == NULL || opts->on_reject == NULL)
        return td_error_set(err, TD_ERR_INVALID, "reading needs a path and both callbacks");
    if (opts->format != TD_FORMAT_AUTO && opts->format != TD_FORMAT_JSONL &&
        opts->format != TD_FORMAT_TEXT && opts->format != TD_FORMAT_FEED)
        return td_error_set(err, TD_ERR_INVALID, "unknown input format %d", (int)opts->format);
    td_error_clear(err);
    /* stdin is never closed here: it belongs to the program. */
    if (strcmp(path, "-") == 0)
        return read_stream(&st, opts->format, err);
    /* stat, not lstat: a symlink named by the user is followed, even to a directory. */
    if (stat(path, &sb) != 0)
        return td_error_set(err, TD_ERR_IO, "cannot read '%s': %s", path, strerror(errno));
    if (S_ISDIR(sb.st_mode))
        return walk_dir(opts, path, 0, err);
    return reader_read_file(opts, path, err);
}
