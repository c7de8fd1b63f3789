/*
 * feed_int.h (module-private) - RSS and Atom feeds (feed.c) and the text
 * of their elements (feed_text.c).
 */
#ifndef TD_INGEST_FEED_INT_H
#define TD_INGEST_FEED_INT_H

#include <stddef.h>

#include <libxml/tree.h>

#include "core/buf.h"
#include "tidings/error.h"
#include "tidings/ingest.h"

/* What an element's content is written in. */
enum feed_markup {
    FEED_TEXT,       /* plain text (Atom type="text") */
    FEED_HTML,       /* escaped HTML (Atom type="html") */
    FEED_XHTML,      /* inline XHTML elements (Atom type="xhtml") */
    FEED_MAYBE_HTML  /* RSS: HTML when it holds a '<' or an '&' */
};

/*
 * Replaces `out` with the plain text of `node`'s content read as `markup`,
 * white space folded (a block element ends a line) and trimmed; NULL gives
 * "". Errors: TD_ERR_TOO_LARGE (past the cap of `out` or
 * TD_MAX_LINE_BYTES of character data), TD_ERR_NOMEM.
 */
TD_NODISCARD enum td_err feed_text(const xmlNode *node, enum feed_markup markup,
                                   struct td_buf *out);

/*
 * The next bytes of a feed: fills `buf[0..len)` and returns how many, 0 at
 * the end, or -1 on a read error (which the caller reports itself).
 */
typedef int (*feed_pull_fn)(void *ctx, char *buf, int len);

/*
 * Reads one feed: the `pre_len` bytes at `pre` (borrowed; bytes a caller
 * already read, or a whole feed in memory), then what `pull` gives (NULL:
 * nothing more). Every <item> (RSS 2.0,
 * RSS 1.0) or <entry> (Atom) becomes an article for `opts->on_record`, or
 * a reject with its line and reason; XML that is not well formed ends the
 * feed with one reject naming the line (the items before it stay
 * delivered), and so does a root element that is not a feed's.
 * Errors: TD_ERR_NOMEM, or what `on_record` returned.
 */
TD_NODISCARD enum td_err feed_read(const struct td_reader_opts *opts, const char *name,
                                   const char *pre, size_t pre_len, feed_pull_fn pull,
                                   void *pull_ctx, struct td_error *err);

#endif
