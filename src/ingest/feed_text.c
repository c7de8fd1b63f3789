/*
 * feed_text.c - the text of a feed element: its character data, markup
 * turned into plain text (HTML through libxml2's HTML parser, XHTML walked
 * as it stands), white space folded so that a block element or a <br>
 * ends a line.
 *
 * Entities: the XML reader never substitutes them (no external entity is
 * ever loaded). Where an internal entity is referenced, its own replacement
 * text is taken as written, without following the references inside it,
 * so a chain of nested entities cannot blow up ("billion laughs").
 */
#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/entities.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>

#include "core/limits.h"
#include "ingest/feed_int.h"
#include "core/banned.h"

/* Deeper markup than this is read as flat text: no stack grows with the input. */
#define WALK_MAX_DEPTH 256

/* Elements whose content is never text a reader sees. */
static const char *const skipped[] = {"script", "style", "noscript", "iframe", "object",
                                      "svg", "template", "head", "math"};

/* Elements that start and end a line of their own. */
static const char *const blocks[] = {
    "p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "tr", "table", "section", "article", "header", "footer", "figure",
    "figcaption", "hr", "aside", "address", "caption", "summary", "details", "main", "nav"};

/* Whether `name` (ASCII, any case) is one of `list[0..n)`. */
static bool name_in(const xmlChar *name, const char *const *list, size_t n)
{
    size_t i;

    for (i = 0; name != NULL && i < n; i++) {
        if (xmlStrcasecmp(name, (const xmlChar *)list[i]) == 0)
            return true;
    }
    return false;
}

/* Appends `s[0..n)`; past the cap the gatherer stops with TD_ERR_TOO_LARGE. */
static enum td_err put(struct td_buf *out, const xmlChar *s, size_t n)
{
    return s == NULL ? TD_OK : td_buf_add(out, s, n);
}

/*
 * The replacement text of the entity `ref` refers to, as written: predefined
 * and internal entities only (an external one was never loaded).
 */
static const xmlChar *entity_text(const xmlNode *ref)
{
    const xmlEntity *ent = (const xmlEntity *)ref->children;

    if (ent == NULL || ent->type != XML_ENTITY_DECL)
        return NULL;
    if (ent->etype != XML_INTERNAL_GENERAL_ENTITY && ent->etype != XML_INTERNAL_PREDEFINED_ENTITY)
        return NULL;
    return ent->content;
}

/* Appends the text of `n` and its siblings; block elements end lines when `blocks_on`. */
static enum td_err walk(const xmlNode *n, bool blocks_on, int depth, struct td_buf *out)
{
    const xmlNode *c;
    enum td_err rc = TD_OK;
    bool block;

    for (c = n; c != NULL && rc == TD_OK; c = c->next) {
        switch (c->type) {
        case XML_TEXT_NODE:
        case XML_CDATA_SECTION_NODE:
            rc = put(out, c->content, c->content ? (size_t)xmlStrlen(c->content) : 0);
            break;
        case XML_ENTITY_REF_NODE: {
            const xmlChar *t = entity_text(c);
            rc = put(out, t, t ? (size_t)xmlStrlen(t) : 0);
            break;
        }
        case XML_ELEMENT_NODE:
            if (blocks_on && name_in(c->name, skipped, sizeof(skipped) / sizeof(skipped[0])))
                break;
            block = blocks_on && name_in(c->name, blocks, sizeof(blocks) / sizeof(blocks[0]));
            if (block)
                rc = td_buf_addc(out, '\n');
            if (rc == TD_OK && depth < WALK_MAX_DEPTH)
                rc = walk(c->children, blocks_on, depth + 1, out);
            if (rc == TD_OK && block)
                rc = td_buf_addc(out, '\n');
            break;
        default:
            break;
        }
    }
    return rc;
}

/*
 * Folds white space in place: a run of blanks becomes one space, a run
 * holding a line break one "\n", and the ends are trimmed.
 */
static void fold_space(struct td_buf *b)
{
    size_t i, w = 0;
    bool gap = false, newline = false;

    for (i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v') {
            gap = true;
            newline = newline || c == '\n';
            continue;
        }
        if (gap && w > 0)
            b->data[w++] = newline ? '\n' : ' ';
        gap = newline = false;
        b->data[w++] = (char)c;
    }
    b->len = w;
    b->data[w] = '\0';
}

/* Whether the character data `s` looks like escaped markup or entities. */
static bool looks_like_html(const char *s, size_t n)
{
    return memchr(s, '<', n) != NULL || memchr(s, '&', n) != NULL;
}

/* What the HTML reader's callbacks write to. */
struct html_sink {
    struct td_buf *out;
    int skip;       /* depth inside elements whose content is dropped */
    enum td_err rc; /* the first failure; later callbacks do nothing */
};

static void html_start(void *ctx, const xmlChar *name, const xmlChar **atts)
{
    struct html_sink *k = ctx;

    (void)atts;
    if (k->rc != TD_OK)
        return;
    if (k->skip > 0 || name_in(name, skipped, sizeof(skipped) / sizeof(skipped[0])))
        k->skip++;
    else if (name_in(name, blocks, sizeof(blocks) / sizeof(blocks[0])))
        k->rc = td_buf_addc(k->out, '\n');
}

static void html_end(void *ctx, const xmlChar *name)
{
    struct html_sink *k = ctx;

    if (k->rc != TD_OK)
        return;
    if (k->skip > 0)
        k->skip--;
    else if (name_in(name, blocks, sizeof(blocks) / sizeof(blocks[0])))
        k->rc = td_buf_addc(k->out, '\n');
}

static void html_chars(void *ctx, const xmlChar *s, int n)
{
    struct html_sink *k = ctx;

    if (k->rc == TD_OK && k->skip == 0 && n > 0)
        k->rc = td_buf_add(k->out, s, (size_t)n);
}

/* The HTML reader's complaints about tag soup are no concern of ours. */
static void html_quiet(void *ctx, const char *msg, ...)
{
    (void)ctx;
    (void)msg;
}

/*
 * Reads the HTML in `raw` and appends its text to `out`. libxml2's HTML
 * parser runs with callbacks (no tree is built): start and end tags mark
 * lines and skipped content, character data is appended, entities arrive
 * decoded.
 */
static enum td_err html_text(const struct td_buf *raw, struct td_buf *out)
{
    const int opts = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING |
                     HTML_PARSE_NONET | HTML_PARSE_NOIMPLIED;
    struct html_sink sink = {out, 0, TD_OK};
    htmlParserCtxtPtr ctxt;
    htmlSAXHandler sax;

    if (raw->len == 0)
        return TD_OK;
    /* The cap keeps `raw` far below INT_MAX, the parser's size type. */
    ctxt = htmlCreateMemoryParserCtxt(raw->data, (int)raw->len);
    if (ctxt == NULL)
        return TD_ERR_NOMEM;
    memset(&sax, 0, sizeof(sax));
    sax.startElement = html_start;
    sax.endElement = html_end;
    sax.characters = html_chars;
    sax.cdataBlock = html_chars;
    sax.warning = html_quiet;
    sax.error = html_quiet;
    sax.fatalError = html_quiet;
    memcpy(ctxt->sax, &sax, sizeof(sax));
    ctxt->userData = &sink;
    (void)htmlCtxtUseOptions(ctxt, opts);
    (void)xmlSwitchEncoding(ctxt, XML_CHAR_ENCODING_UTF8);
    (void)htmlParseDocument(ctxt);
    if (ctxt->myDoc != NULL)
        xmlFreeDoc(ctxt->myDoc);
    htmlFreeParserCtxt(ctxt);
    return sink.rc;
}

enum td_err feed_text(const xmlNode *node, enum feed_markup markup, struct td_buf *out)
{
    struct td_buf raw;
    enum td_err rc;

    td_buf_reset(out);
    if (node == NULL)
        return TD_OK;
    if (markup == FEED_XHTML) {
        rc = walk(node->children, true, 0, out);
    } else {
        td_buf_init(&raw, TD_MAX_LINE_BYTES);
        rc = walk(node->children, false, 0, &raw);
        if (rc == TD_OK && (markup == FEED_HTML ||
                            (markup == FEED_MAYBE_HTML && looks_like_html(raw.data, raw.len))))
            rc = html_text(&raw, out);
        else if (rc == TD_OK)
            rc = td_buf_add(out, raw.data, raw.len);
        td_buf_release(&raw);
    }
    if (rc == TD_OK)
        fold_space(out);
    return rc;
}
