/*
 * feed.c - RSS 2.0, RSS 1.0 (RDF) and Atom 1.0 feeds, read with libxml2's
 * streaming reader. Each <item> or <entry> is expanded on its own and
 * freed when the reader moves past it, so a feed of any size is read in
 * memory bounded by its largest item. The reader never substitutes
 * entities and never touches the network (XML_PARSE_NONET, no DTD loading):
 * a feed cannot make us read a local file or a URL.
 *
 * Mapping (the first element of each kind wins):
 *   id      RSS <guid>, Atom <id>, RSS 1.0 rdf:about, else the link
 *   title   <title> (Atom: by its type)
 *   text    <content:encoded> or Atom <content>, else <description> / <summary>
 *   url     RSS <link>, Atom <link href> (rel alternate or none)
 *   date    <pubDate>, <published>, <dc:date>, else Atom <updated>
 *   lang    <dc:language>, Atom xml:lang, else the channel's <language>
 *   source  the item's <source>, else the channel's (feed's) <title>
 *   meta    {"author": ..., "categories": [...]} when present
 */
#include <stdint.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlreader.h>

#include "core/alloc.h"
#include "core/limits.h"
#include "ingest/feed_int.h"
#include "ingest/ingest_int.h"
#include "core/banned.h"

#define NS_ATOM "http://www.w3.org/2005/Atom"
#define NS_RSS1 "http://purl.org/rss/1.0/"
#define NS_RDF "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define NS_DC "http://purl.org/dc/elements/1.1/"
#define NS_CONTENT "http://purl.org/rss/1.0/modules/content/"
/* Categories kept per item in `meta_json`. */
#define MAX_CATEGORIES 16
/* Bytes of a parser message quoted in a reject. */
#define XML_MSG_MAX 160

enum feed_kind { KIND_RSS, KIND_RDF, KIND_ATOM };

/* One feed being read. */
struct feed {
    const struct td_reader_opts *opts;
    const char *name;
    enum feed_kind kind;
    char *title;       /* the channel's or feed's title: the default source */
    char *lang;        /* the channel's language or the feed's xml:lang */
    xmlChar d1[16];    /* local name of the last element at depth 1 ("channel") */
    long err_line;     /* the first fatal parser error */
    char err_msg[XML_MSG_MAX];
    long long last_bytes; /* bytes consumed when the last item ended */
    long last_item;       /* line of the last item handed on, 0 before the first */
    /*
     * The input: `pre` (bytes already read), then `pull` (NULL: nothing
     * more); white space before the first other byte is not passed on.
     */
    const char *pre;
    size_t pre_len, pre_off;
    feed_pull_fn pull;
    void *pull_ctx;
    long skipped_lines;   /* line breaks before the first byte passed on */
    bool started;         /* a byte other than white space was passed on */
};

/* The elements of one expanded item (borrowed from the reader's tree). */
struct item {
    const xmlNode *title, *link, *id, *date, *updated, *lang, *source, *full, *summary, *author;
    const xmlNode *cats[MAX_CATEGORIES];
    size_t ncats;
    enum feed_markup title_m, full_m, summary_m;
};

static bool str_is(const xmlChar *a, const char *b)
{
    return a != NULL && strcmp((const char *)a, b) == 0;
}

/* The value of attribute `name` of `n` (no namespace, or any), borrowed; NULL if absent. */
static const xmlChar *attr(const xmlNode *n, const char *name)
{
    const xmlAttr *p;

    for (p = n->properties; p != NULL; p = p->next) {
        if (str_is(p->name, name) && p->children != NULL && p->children->type == XML_TEXT_NODE)
            return p->children->content;
    }
    return NULL;
}

/* How an Atom text construct or content element is written (its `type`). */
static enum feed_markup atom_markup(const xmlNode *n)
{
    const xmlChar *t = attr(n, "type");

    if (str_is(t, "html") || str_is(t, "text/html"))
        return FEED_HTML;
    if (str_is(t, "xhtml") || str_is(t, "application/xhtml+xml"))
        return FEED_XHTML;
    return FEED_TEXT;
}

/* The markup of a core element: Atom says it with `type`, RSS may hold HTML anywhere. */
static enum feed_markup markup_of(const struct feed *f, const xmlNode *n)
{
    return f->kind == KIND_ATOM ? atom_markup(n) : FEED_MAYBE_HTML;
}

static void first(const xmlNode **slot, const xmlNode *n)
{
    if (*slot == NULL)
        *slot = n;
}

/* Dublin Core and content-module elements of an item. */
static void note_module(struct item *it, const xmlNode *c, const xmlChar *ns)
{
    if (str_is(ns, NS_CONTENT) && str_is(c->name, "encoded") && it->full == NULL) {
        it->full = c;
        it->full_m = FEED_HTML;
    } else if (str_is(ns, NS_DC) && str_is(c->name, "date")) {
        first(&it->date, c);
    } else if (str_is(ns, NS_DC) && str_is(c->name, "language")) {
        first(&it->lang, c);
    } else if (str_is(ns, NS_DC) && str_is(c->name, "creator")) {
        first(&it->author, c);
    } else if (str_is(ns, NS_DC) && str_is(c->name, "subject") && it->ncats < MAX_CATEGORIES) {
        it->cats[it->ncats++] = c;
    }
}

/* An Atom <link>: the first with no rel or rel="alternate" is the article's address. */
static void note_link(const struct feed *f, struct item *it, const xmlNode *c)
{
    const xmlChar *rel = attr(c, "rel");

    if (f->kind != KIND_ATOM)
        first(&it->link, c);
    else if ((rel == NULL || str_is(rel, "alternate")) && attr(c, "href") != NULL)
        first(&it->link, c);
}

/* Content given by reference (Atom `src`) holds no text here. */
static void note_text(const struct feed *f, struct item *it, const xmlNode *c, bool full)
{
    const xmlNode **slot = full ? &it->full : &it->summary;

    if (*slot != NULL || (f->kind == KIND_ATOM && attr(c, "src") != NULL))
        return;
    *slot = c;
    if (full)
        it->full_m = markup_of(f, c);
    else
        it->summary_m = markup_of(f, c);
}

/* Sorts one child element of an item into `it`. */
static void note_child(const struct feed *f, struct item *it, const xmlNode *c)
{
    const xmlChar *ns = c->ns != NULL ? c->ns->href : NULL;
    const xmlChar *n = c->name;

    if (str_is(ns, NS_DC) || str_is(ns, NS_CONTENT)) {
        note_module(it, c, ns);
        return;
    }
    /* Other modules (media:title, itunes:summary ...) never stand in for the core fields. */
    if (ns != NULL && !str_is(ns, NS_ATOM) && !str_is(ns, NS_RSS1))
        return;
    if (str_is(n, "title") && it->title == NULL) {
        it->title = c;
        it->title_m = markup_of(f, c);
    } else if (str_is(n, "link")) {
        note_link(f, it, c);
    } else if (str_is(n, "content")) {
        note_text(f, it, c, true);
    } else if (str_is(n, "description") || str_is(n, "summary")) {
        note_text(f, it, c, false);
    } else if (str_is(n, "guid") || str_is(n, "id")) {
        first(&it->id, c);
    } else if (str_is(n, "pubDate") || str_is(n, "published")) {
        it->date = c; /* over a dc:date seen before it */
    } else if (str_is(n, "updated")) {
        first(&it->updated, c);
    } else if (str_is(n, "source")) {
        first(&it->source, c);
    } else if (str_is(n, "author")) {
        first(&it->author, c);
    } else if (str_is(n, "category") && it->ncats < MAX_CATEGORIES) {
        it->cats[it->ncats++] = c;
    }
}

/* The first child element of `n` named `name` (Atom's <name>, <title>), or `n` itself. */
static const xmlNode *atom_child(const struct feed *f, const xmlNode *n, const char *name)
{
    const xmlNode *c;

    if (n == NULL || f->kind != KIND_ATOM)
        return n;
    for (c = n->children; c != NULL; c = c->next) {
        if (c->type == XML_ELEMENT_NODE && str_is(c->name, name))
            return c;
    }
    return n;
}

/* Copies the text of `n` into `*dst` (NULL when blank), capped like a JSON short field. */
static enum td_err put_short(const xmlNode *n, enum feed_markup m, const char *field, char **dst,
                             struct td_buf *tmp, struct td_error *err)
{
    enum td_err rc;

    if (n == NULL)
        return TD_OK;
    rc = feed_text(n, m, tmp);
    /* Past TD_MAX_LINE_BYTES the text was cut short: too long for a short field all the same. */
    if (rc == TD_ERR_TOO_LARGE)
        return record_check_short(field, SIZE_MAX, err);
    if (rc != TD_OK)
        return td_error_set(err, rc, "out of memory");
    rc = record_check_short(field, tmp->len, err);
    if (rc != TD_OK)
        return rc;
    if (tmp->len == 0)
        return TD_OK;
    td_free(*dst);
    *dst = td_strndup(tmp->data, tmp->len);
    return *dst != NULL ? TD_OK : td_error_set(err, TD_ERR_NOMEM, "out of memory");
}

/* The body: the full content, else the summary. */
static enum td_err put_body(const struct item *it, struct td_article *a, struct td_buf *tmp,
                            struct td_error *err)
{
    enum td_err rc = feed_text(it->full, it->full_m, tmp);

    if (rc == TD_OK && tmp->len == 0)
        rc = feed_text(it->summary, it->summary_m, tmp);
    if (rc == TD_ERR_TOO_LARGE)
        return td_error_set(err, rc, "text longer than %zu bytes", TD_MAX_LINE_BYTES);
    if (rc != TD_OK)
        return td_error_set(err, rc, "out of memory");
    rc = record_check_bytes(tmp->data, tmp->len, err);
    if (rc != TD_OK)
        return rc;
    a->text = td_strndup(tmp->data, tmp->len);
    if (a->text == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    a->valid_utf8 = true;
    if (tmp->len == 0 && a->title == NULL)
        return td_error_set(err, TD_ERR_INVALID, "item has neither a title nor any text");
    return TD_OK;
}

/* The id: guid or Atom id, else RSS 1.0's rdf:about, else the link; none gives the content hash. */
static enum td_err put_id(const struct item *it, const xmlNode *node, struct td_article *a,
                          struct td_buf *tmp, struct td_error *err)
{
    const xmlChar *about = NULL;
    const xmlAttr *p;
    enum td_err rc;

    rc = put_short(it->id, FEED_TEXT, "id", &a->id, tmp, err);
    for (p = node->properties; rc == TD_OK && a->id == NULL && p != NULL; p = p->next) {
        if (str_is(p->name, "about") && p->ns != NULL && str_is(p->ns->href, NS_RDF) &&
            p->children != NULL)
            about = p->children->content;
    }
    if (rc == TD_OK && a->id == NULL) {
        const char *fallback = about != NULL && about[0] != '\0' ? (const char *)about : a->url;
        if (fallback != NULL && (a->id = td_strdup(fallback)) == NULL)
            return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    }
    if (rc == TD_OK && a->id != NULL)
        rc = record_check_id(a->id, strlen(a->id), err);
    return rc;
}

/* The language: the item's, else the feed's; a value not shaped like a tag is left to detection. */
static enum td_err put_lang(const struct feed *f, const struct item *it, const xmlNode *node,
                            struct td_article *a, struct td_buf *tmp, struct td_error *err)
{
    enum td_err rc = put_short(it->lang, FEED_TEXT, "lang", &a->lang, tmp, err);
    const char *inherited = NULL;
    xmlChar *xl = NULL;

    if (rc != TD_OK || a->lang != NULL)
        goto check;
    if (f->kind == KIND_ATOM)
        xl = xmlNodeGetLang(node);
    inherited = xl != NULL && xl[0] != '\0' ? (const char *)xl : f->lang;
    if (inherited != NULL && (a->lang = td_strdup(inherited)) == NULL)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    xmlFree(xl);
check:
    if (rc == TD_OK && a->lang != NULL && !record_is_lang_tag(a->lang, strlen(a->lang)))
        TD_FREE(a->lang);
    return rc;
}

/* `{"author": ..., "categories": [...]}` when the item has either. */
static enum td_err put_meta(const struct feed *f, const struct item *it, struct td_article *a,
                            struct td_buf *tmp, struct td_error *err)
{
    struct td_buf meta = TD_BUF_INIT;
    enum td_err rc = feed_text(atom_child(f, it->author, "name"), FEED_TEXT, tmp);
    size_t i, ncat = 0;

    if (rc == TD_OK && tmp->len > 0 && tmp->len <= TD_MAX_SHORT_FIELD_BYTES) {
        rc = td_buf_adds(&meta, "{\"author\":");
        if (rc == TD_OK)
            rc = td_buf_add_json_str(&meta, tmp->data, tmp->len);
    }
    for (i = 0; rc == TD_OK && i < it->ncats; i++) {
        const xmlChar *term = f->kind == KIND_ATOM ? attr(it->cats[i], "term") : NULL;
        if (term != NULL) {
            td_buf_reset(tmp);
            rc = td_buf_adds(tmp, (const char *)term);
        } else {
            rc = feed_text(it->cats[i], FEED_TEXT, tmp);
        }
        if (rc != TD_OK || tmp->len == 0 || tmp->len > TD_MAX_SHORT_FIELD_BYTES)
            continue;
        rc = td_buf_adds(&meta, meta.len == 0 ? "{\"categories\":[" :
                                ncat == 0    ? ",\"categories\":[" : ",");
        if (rc == TD_OK)
            rc = td_buf_add_json_str(&meta, tmp->data, tmp->len);
        ncat++;
    }
    if (rc == TD_OK && meta.len > 0)
        rc = td_buf_adds(&meta, ncat > 0 ? "]}" : "}");
    if (rc == TD_OK && meta.len > 0 && (a->meta_json = td_buf_take(&meta, NULL)) == NULL)
        rc = TD_ERR_NOMEM;
    td_buf_release(&meta);
    return rc == TD_OK ? TD_OK : td_error_set(err, TD_ERR_NOMEM, "out of memory");
}

/* Fills `a` from the expanded item `node`; on failure `err` holds the reason. */
static enum td_err build(const struct feed *f, const xmlNode *node, struct td_article *a,
                         struct td_error *err)
{
    struct item it;
    struct td_buf tmp;
    const xmlNode *c;
    enum td_err rc;

    memset(&it, 0, sizeof(it));
    for (c = node->children; c != NULL; c = c->next) {
        if (c->type == XML_ELEMENT_NODE)
            note_child(f, &it, c);
    }
    td_buf_init(&tmp, TD_MAX_LINE_BYTES);
    rc = put_short(it.title, it.title_m, "title", &a->title, &tmp, err);
    if (rc == TD_OK && it.link != NULL && f->kind == KIND_ATOM) {
        const char *href = (const char *)attr(it.link, "href");
        rc = record_check_short("url", strlen(href), err);
        if (rc == TD_OK && (a->url = td_strdup(href)) == NULL)
            rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    } else if (rc == TD_OK) {
        rc = put_short(it.link, FEED_TEXT, "url", &a->url, &tmp, err);
    }
    if (rc == TD_OK)
        rc = put_body(&it, a, &tmp, err);
    if (rc == TD_OK)
        rc = put_id(&it, node, a, &tmp, err);
    if (rc == TD_OK)
        rc = feed_text(it.date != NULL ? it.date : it.updated, FEED_TEXT, &tmp);
    if (rc == TD_OK && tmp.len > 0)
        rc = record_set_date(a, tmp.data, tmp.len, err);
    if (rc == TD_OK)
        rc = put_lang(f, &it, node, a, &tmp, err);
    if (rc == TD_OK)
        rc = put_short(atom_child(f, it.source, "title"), FEED_TEXT, "source", &a->source, &tmp,
                       err);
    if (rc == TD_OK && a->source == NULL && f->title != NULL &&
        (a->source = td_strdup(f->title)) == NULL)
        rc = td_error_set(err, TD_ERR_NOMEM, "out of memory");
    if (rc == TD_OK)
        rc = put_meta(f, &it, a, &tmp, err);
    td_buf_release(&tmp);
    return rc;
}

/* Expands the item under the reader and hands it on, as an article or a reject. */
static enum td_err on_item(struct feed *f, xmlTextReaderPtr r, struct td_error *err)
{
    struct td_record_info info = {f->name, 0, 0};
    xmlNodePtr node = xmlTextReaderExpand(r);
    long long consumed = xmlTextReaderByteConsumed(r);
    struct td_article art;
    struct td_error perr;
    enum td_err rc;

    if (node == NULL)
        return TD_OK; /* the parser failed: the loop reports its error */
    info.line = xmlGetLineNo(node) + f->skipped_lines;
    f->last_item = info.line;
    info.bytes = consumed > f->last_bytes ? (uint64_t)(consumed - f->last_bytes) : 0;
    f->last_bytes = consumed;
    td_article_init(&art);
    td_error_clear(&perr);
    rc = build(f, node, &art, &perr);
    if (rc != TD_OK)
        td_article_release(&art);
    return reader_deliver(f->opts, rc, &art, &perr, &info, err);
}

/* Records the first fatal error of the parser, for the reject that ends the feed. */
static void on_xml_error(void *ctx, xmlErrorPtr e)
{
    struct feed *f = ctx;
    size_t n;

    /* Namespace and other recoverable errors do not stop the reader: only a fatal one does. */
    if (e == NULL || e->level < XML_ERR_FATAL || f->err_msg[0] != '\0')
        return;
    f->err_line = e->line + f->skipped_lines;
    (void)snprintf(f->err_msg, sizeof(f->err_msg), "%s", e->message ? e->message : "error");
    n = strlen(f->err_msg);
    while (n > 0 && (f->err_msg[n - 1] == '\n' || f->err_msg[n - 1] == ' '))
        f->err_msg[--n] = '\0';
}

/* A reject for the whole rest of the feed, at `line`. */
static void reject_feed(const struct feed *f, long line, const char *reason)
{
    struct td_record_info info = {f->name, line > 0 ? line : 1, 0};

    f->opts->on_reject(f->opts->ctx, &info, reason);
}

/*
 * The root element decides the kind of feed; any other XML ends the read
 * (`*stop`) with a reject naming the root.
 */
static enum td_err on_root(struct feed *f, xmlTextReaderPtr r, bool *stop, struct td_error *err)
{
    const xmlChar *name = xmlTextReaderConstLocalName(r);
    const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);
    const xmlChar *lang = xmlTextReaderConstXmlLang(r);
    char reason[128];

    if (str_is(name, "rss")) {
        f->kind = KIND_RSS;
    } else if (str_is(name, "RDF") && str_is(ns, NS_RDF)) {
        f->kind = KIND_RDF;
    } else if (str_is(name, "feed") && str_is(ns, NS_ATOM)) {
        f->kind = KIND_ATOM;
    } else {
        (void)snprintf(reason, sizeof(reason), "not an RSS or Atom feed (root element <%.64s>)",
                       name != NULL ? (const char *)name : "?");
        reject_feed(f, xmlGetLineNo(xmlTextReaderCurrentNode(r)) + f->skipped_lines, reason);
        *stop = true;
        return TD_OK;
    }
    if (lang != NULL && lang[0] != '\0' && (f->lang = td_strdup((const char *)lang)) == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    return TD_OK;
}

/* The channel's title and language (RSS: under <channel>; Atom: the feed's <title>). */
static enum td_err on_channel_field(struct feed *f, xmlTextReaderPtr r, int depth)
{
    const xmlChar *name = xmlTextReaderConstLocalName(r);
    const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);
    bool in_channel = f->kind == KIND_ATOM ? depth == 1 : depth == 2 && str_is(f->d1, "channel");
    bool is_title = str_is(name, "title") && (ns == NULL || str_is(ns, NS_ATOM) ||
                                              str_is(ns, NS_RSS1));
    bool is_lang = (str_is(name, "language") && ns == NULL) ||
                   (str_is(name, "language") && str_is(ns, NS_DC));
    char **slot = is_title ? &f->title : &f->lang;
    struct td_buf tmp;
    xmlNodePtr node;
    enum td_err rc;

    if (!in_channel || (!is_title && !is_lang) || *slot != NULL)
        return TD_OK;
    node = xmlTextReaderExpand(r);
    if (node == NULL)
        return TD_OK;
    td_buf_init(&tmp, TD_MAX_SHORT_FIELD_BYTES);
    rc = feed_text(node, is_title && f->kind == KIND_ATOM ? atom_markup(node) : FEED_MAYBE_HTML,
                   &tmp);
    if (rc == TD_OK && tmp.len > 0 && (*slot = td_strndup(tmp.data, tmp.len)) == NULL)
        rc = TD_ERR_NOMEM;
    td_buf_release(&tmp);
    /* A title too long for a source is no source: the items go without one. */
    return rc == TD_ERR_NOMEM ? rc : TD_OK;
}

/* Whether the element under the reader is an item of this kind of feed. */
static bool is_item(const struct feed *f, xmlTextReaderPtr r, int depth)
{
    const xmlChar *name = xmlTextReaderConstLocalName(r);
    const xmlChar *ns = xmlTextReaderConstNamespaceUri(r);

    if (f->kind == KIND_ATOM)
        return depth == 1 && str_is(name, "entry") && str_is(ns, NS_ATOM);
    return depth <= 2 && str_is(name, "item") && (ns == NULL || str_is(ns, NS_RSS1));
}

/* One element start; `*next` says the reader already moved on (past an item). */
static enum td_err on_element(struct feed *f, xmlTextReaderPtr r, bool *stop, int *next,
                              struct td_error *err)
{
    int depth = xmlTextReaderDepth(r);
    enum td_err rc;

    if (depth == 0)
        return on_root(f, r, stop, err);
    if (is_item(f, r, depth)) {
        rc = on_item(f, r, err);
        *next = rc == TD_OK ? xmlTextReaderNext(r) : 0;
        return rc;
    }
    if (depth == 1)
        (void)snprintf((char *)f->d1, sizeof(f->d1), "%s",
                       (const char *)xmlTextReaderConstLocalName(r));
    rc = on_channel_field(f, r, depth);
    return rc == TD_OK ? TD_OK : td_error_set(err, rc, "out of memory");
}

/*
 * Pulls the next bytes for the parser. White space before the first other
 * byte is dropped, as an XML declaration must come first and feeds are
 * often served with a blank line before it; the lines dropped are added
 * back to every line reported.
 */
/* The next bytes of the input: the rest of `pre`, then `pull`'s (0 at the end, -1 on an error). */
static int next_bytes(struct feed *f, char *buf, int len)
{
    size_t n = len > 0 ? (size_t)len : 0;

    if (f->pre_off < f->pre_len) {
        if (n > f->pre_len - f->pre_off)
            n = f->pre_len - f->pre_off;
        memcpy(buf, f->pre + f->pre_off, n);
        f->pre_off += n;
        return (int)n;
    }
    return f->pull != NULL ? f->pull(f->pull_ctx, buf, len) : 0;
}

static int pull_trimmed(void *ctx, char *buf, int len)
{
    struct feed *f = ctx;
    int n, i;

    for (;;) {
        n = next_bytes(f, buf, len);
        if (n <= 0 || f->started)
            return n;
        for (i = 0; i < n && (buf[i] == ' ' || buf[i] == '\t' || buf[i] == '\r' ||
                              buf[i] == '\n');
             i++)
            f->skipped_lines += buf[i] == '\n';
        if (i < n) {
            f->started = true;
            memmove(buf, buf + i, (size_t)(n - i));
            return n - i;
        }
    }
}

enum td_err feed_read(const struct td_reader_opts *opts, const char *name, const char *pre,
                      size_t pre_len, feed_pull_fn pull, void *pull_ctx, struct td_error *err)
{
    const int xml_opts = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_COMPACT;
    struct feed f;
    xmlTextReaderPtr r;
    enum td_err rc = TD_OK;
    bool stop = false;
    int ret;

    memset(&f, 0, sizeof(f));
    f.opts = opts;
    f.name = name;
    f.pre = pre;
    f.pre_len = pre_len;
    f.pull = pull;
    f.pull_ctx = pull_ctx;
    xmlInitParser();
    r = xmlReaderForIO(pull_trimmed, NULL, &f, NULL, NULL, xml_opts);
    if (r == NULL)
        return td_error_set(err, TD_ERR_NOMEM, "out of memory");
    xmlTextReaderSetStructuredErrorHandler(r, on_xml_error, &f);
    ret = xmlTextReaderRead(r);
    while (ret == 1 && rc == TD_OK && !stop) {
        int next = -2;
        if (xmlTextReaderNodeType(r) == XML_READER_TYPE_ELEMENT)
            rc = on_element(&f, r, &stop, &next, err);
        ret = next != -2 ? next : xmlTextReaderRead(r);
    }
    if (rc == TD_OK && !stop && ret < 0 && !f.started) {
        reject_feed(&f, f.skipped_lines + 1, "empty feed");
    } else if (rc == TD_OK && !stop && ret < 0) {
        char reason[XML_MSG_MAX + 96];
        /* The parser reads ahead: items just before the damage may be lost with it. */
        if (f.last_item > 0)
            (void)snprintf(reason, sizeof(reason),
                           "invalid XML: %s; nothing after the item at line %ld was read",
                           f.err_msg[0] != '\0' ? f.err_msg : "cannot parse", f.last_item);
        else
            (void)snprintf(reason, sizeof(reason), "invalid XML: %s; no item was read",
                           f.err_msg[0] != '\0' ? f.err_msg : "cannot parse");
        reject_feed(&f,
                    f.err_msg[0] != '\0' ? f.err_line
                                         : xmlTextReaderGetParserLineNumber(r) + f.skipped_lines,
                    reason);
    }
    xmlFreeTextReader(r);
    td_free(f.title);
    td_free(f.lang);
    return rc;
}
