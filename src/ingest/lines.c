/*
 * lines.c - splits a JSON Lines byte stream, fed in chunks, into records
 * and hands each to the reader callbacks with its exact 1-based line
 * number. Memory stays bounded: a line over TD_MAX_LINE_BYTES is dropped
 * as soon as it passes the limit and the rest of it is only counted.
 */
#include <stdio.h>
#include <string.h>

#include "core/limits.h"
#include "ingest/ingest.h"
#include "ingest/ingest_int.h"
#include "core/banned.h"

#define BOM "\xEF\xBB\xBF"
#define BOM_LEN 3

/* One byte of slack for the "\r" of a CRLF line that is exactly at the limit. */
#define LINE_BUF_MAX (TD_MAX_LINE_BYTES + 1)

/* No allocation here: the line buffer grows on the first byte. */
void lines_init(struct lines *ls, const struct td_reader_opts *opts, const char *file)
{
    ls->opts = opts;
    ls->file = file;
    td_buf_init(&ls->line, LINE_BUF_MAX);
    ls->lineno = 0;
    ls->raw_bytes = 0;
    ls->overlong = false;
}

void lines_release(struct lines *ls)
{
    td_buf_release(&ls->line);
}

/* Parses one complete line and hands the outcome to the callbacks. */
static enum td_err dispatch(struct lines *ls, const char *p, size_t n,
                            const struct td_record_info *info, struct td_error *err)
{
    struct td_article art;
    struct td_error perr;
    enum td_err rc;

    td_error_clear(&perr);
    td_article_init(&art);
    rc = ingest_parse_jsonl(p, n, ls->opts->drop_field, &art, &perr);
    return reader_deliver(ls->opts, rc, &art, &perr, info, err);
}

/* Same words as `ingest_parse_jsonl` uses for a long line it is handed. */
static void reject_overlong(struct lines *ls, const struct td_record_info *info)
{
    char msg[64];

    (void)snprintf(msg, sizeof(msg), "line longer than %zu bytes", TD_MAX_LINE_BYTES);
    ls->opts->on_reject(ls->opts->ctx, info, msg);
}

/* Handles the line collected so far and starts the next one. */
static enum td_err emit(struct lines *ls, struct td_error *err)
{
    struct td_record_info info = {ls->file, ++ls->lineno, ls->raw_bytes};
    const char *p = ls->line.data;
    size_t n = ls->line.len;
    enum td_err rc = TD_OK;

    /* CRLF files are common from Windows tools; the "\r" is not data. */
    if (n > 0 && p[n - 1] == '\r')
        n--;
    /* A BOM is only a BOM at the start of the file. */
    if (ls->lineno == 1 && n >= BOM_LEN && memcmp(p, BOM, BOM_LEN) == 0) {
        p += BOM_LEN;
        n -= BOM_LEN;
    }
    /* Blank lines still count above, so later line numbers stay exact. */
    if (ls->overlong || n > TD_MAX_LINE_BYTES)
        reject_overlong(ls, &info);
    else if (!record_is_blank(p, n))
        rc = dispatch(ls, p, n, &info, err);
    td_buf_reset(&ls->line);
    ls->raw_bytes = 0;
    ls->overlong = false;
    return rc;
}

/* Adds a piece of the current line, or just counts it once the line is too long. */
static enum td_err append(struct lines *ls, const char *data, size_t n, struct td_error *err)
{
    ls->raw_bytes += n;
    if (ls->overlong)
        return TD_OK;
    if (n > LINE_BUF_MAX - ls->line.len) {
        /* Give the memory back: the rest of this line is never looked at. */
        ls->overlong = true;
        td_buf_release(&ls->line);
        return TD_OK;
    }
    if (td_buf_add(&ls->line, data, n) != TD_OK)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    return TD_OK;
}

enum td_err lines_feed(struct lines *ls, const char *data, size_t n, struct td_error *err)
{
    enum td_err rc = TD_OK;

    /* A line may span any number of chunks, and a chunk hold many lines. */
    while (n > 0 && rc == TD_OK) {
        const char *nl = memchr(data, '\n', n);
        size_t seg = nl != NULL ? (size_t)(nl - data) : n;

        rc = append(ls, data, seg, err);
        if (rc != TD_OK || nl == NULL)
            break;
        ls->raw_bytes++; /* the newline belongs to the record's raw size */
        rc = emit(ls, err);
        data += seg + 1;
        n -= seg + 1;
    }
    return rc;
}

enum td_err lines_finish(struct lines *ls, struct td_error *err)
{
    /* A last line without a newline is still a line. */
    if (ls->raw_bytes == 0)
        return TD_OK;
    return emit(ls, err);
}
