/*
 * test_feed.c - tests of src/ingest/feed.c and feed_text.c through
 * `td_read_buffer()` and `td_read_path()`: the RSS 2.0, RSS 1.0 and Atom
 * mappings, HTML and XHTML to text, rejects with their lines, broken XML,
 * other XML, entities that must not be loaded or expanded, format
 * detection, and a long feed read as a stream. Every feed here was written
 * for this test.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "core/alloc.h"
#include "core/buf.h"
#include "core/limits.h"
#include "tidings/ingest.h"
#include "test.h"

/* What the callbacks saw, one line per record or reject. */
struct seen {
    char *log;
    size_t len, cap;
    int records, rejects;
    long last_line;
};

static void logf_(struct seen *s, const char *fmt, ...) TD_PRINTF(2, 3);
static void logf_(struct seen *s, const char *fmt, ...)
{
    va_list ap;
    int n;

    if (s->log == NULL) {
        s->cap = 1 << 16;
        s->log = td_malloc(s->cap);
        ASSERT_TRUE(s->log != NULL);
        s->log[0] = '\0';
    }
    va_start(ap, fmt);
    n = vsnprintf(s->log + s->len, s->cap - s->len, fmt, ap);
    va_end(ap);
    if (n > 0 && (size_t)n < s->cap - s->len)
        s->len += (size_t)n;
}

static const char *or_dash(const char *s)
{
    return s != NULL ? s : "-";
}

static enum td_err on_record(void *ctx, struct td_article *a, const struct td_record_info *info)
{
    struct seen *s = ctx;

    s->records++;
    s->last_line = (long)info->line;
    if (s->records <= 20)
        logf_(s, "R %lld %s|%s|%s|%s|%s|%s|%s|%s\n", (long long)info->line, or_dash(a->id),
              or_dash(a->title), or_dash(a->url), or_dash(a->source), or_dash(a->lang),
              or_dash(a->date), a->text, or_dash(a->meta_json));
    return TD_OK;
}

static void on_reject(void *ctx, const struct td_record_info *info, const char *reason)
{
    struct seen *s = ctx;

    s->rejects++;
    logf_(s, "X %lld %s\n", (long long)info->line, reason);
}

static struct td_reader_opts opts_for(struct seen *s, enum td_format fmt)
{
    struct td_reader_opts o = TD_READER_OPTS_INIT;

    o.format = fmt;
    o.on_record = on_record;
    o.on_reject = on_reject;
    o.ctx = s;
    return o;
}

/* Reads the feed `xml` from memory. */
static void read_feed(struct seen *s, const char *xml)
{
    struct td_reader_opts o = opts_for(s, TD_FORMAT_FEED);
    struct td_error err;

    ASSERT_OK(td_read_buffer(&o, "feed", xml, strlen(xml), &err));
}

static void seen_free(struct seen *s)
{
    td_free(s->log);
    memset(s, 0, sizeof(*s));
}

static void write_file(const char *path, const char *data)
{
    size_t len = strlen(data);
    FILE *fp = fopen(path, "wb");

    if (fp == NULL || fwrite(data, 1, len, fp) != len || fclose(fp) != 0)
        td_test_fail(__FILE__, __LINE__, "cannot write %s", path);
}

static const char rss2[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
    "     xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:media=\"http://search.yahoo.com/mrss/\">\n"
    "<channel>\n"
    "  <title>Harbour Gazette</title>\n"
    "  <language>en-gb</language>\n"
    "  <item>\n"
    "    <title>Ferry runs &amp;amp; pier &lt;b&gt;mended&lt;/b&gt;</title>\n"
    "    <media:title>not the title</media:title>\n"
    "    <link>https://gazette.example/ferry</link>\n"
    "    <guid isPermaLink=\"false\">gz-1</guid>\n"
    "    <pubDate>Fri, 07 Jan 2022 10:30:00 +0100</pubDate>\n"
    "    <description>&lt;p&gt;The ferry ran again.&lt;/p&gt;&lt;p&gt;Crews   worked&lt;br/&gt;all "
    "night.&lt;/p&gt;</description>\n"
    "    <category>Transport</category><dc:creator>Ines Marlow</dc:creator>\n"
    "  </item>\n"
    "  <item>\n"
    "    <title>Pier reopens</title>\n"
    "    <guid>gz-2</guid>\n"
    "    <description>a teaser</description>\n"
    "    <content:encoded><![CDATA[<div><p>The north pier <b>reopened</b>.</p>"
    "<script>var x = 1;</script><style>p {}</style><p>It cost less.</p></div>]]></content:encoded>\n"
    "    <source url=\"https://wire.example/\">Coast Wire</source>\n"
    "  </item>\n"
    "  <item><title>Only a headline</title><link>https://gazette.example/h</link></item>\n"
    "</channel>\n"
    "</rss>\n";

TD_TEST(test_feed__rss2_fields_html_and_modules)
{
    struct seen s = {0};

    read_feed(&s, rss2);
    ASSERT_STREQ(s.log,
                 "R 7 gz-1|Ferry runs & pier mended|https://gazette.example/ferry|Harbour "
                 "Gazette|en-gb|2022-01-07T10:30:00+01:00|The ferry ran again.\nCrews worked\nall "
                 "night.|{\"author\":\"Ines Marlow\",\"categories\":[\"Transport\"]}\n"
                 "R 16 gz-2|Pier reopens|-|Coast Wire|en-gb|-|The north pier reopened.\nIt cost "
                 "less.|-\n"
                 "R 23 https://gazette.example/h|Only a headline|https://gazette.example/h|Harbour "
                 "Gazette|en-gb|-||-\n");
    seen_free(&s);
}

static const char atom[] =
    "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
    "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"fr\">\n"
    "  <title type=\"html\">Le &lt;i&gt;Courrier&lt;/i&gt;</title>\n"
    "  <entry>\n"
    "    <id>tag:courrier.example,2022:1</id>\n"
    "    <title type=\"html\">Le &lt;em&gt;ferry&lt;/em&gt; reprend</title>\n"
    "    <link rel=\"self\" href=\"https://courrier.example/self/1\"/>\n"
    "    <link href=\"https://courrier.example/ferry\"/>\n"
    "    <updated>2022-01-08T11:00:00Z</updated>\n"
    "    <published>2022-01-07T11:00:00+01:00</published>\n"
    "    <author><name>Jeanne Roux</name><email>j@courrier.example</email></author>\n"
    "    <category term=\"transport\"/>\n"
    "    <content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Le ferry a "
    "repris.</p><p>La jet\xC3\xA9" "e est r\xC3\xA9par\xC3\xA9" "e.</p></div></content>\n"
    "  </entry>\n"
    "  <entry xml:lang=\"es\">\n"
    "    <id>tag:courrier.example,2022:2</id>\n"
    "    <title>El muelle &lt;reabre&gt;</title>\n"
    "    <updated>2022-01-08T12:00:00Z</updated>\n"
    "    <content src=\"https://courrier.example/2.html\" type=\"text/html\"/>\n"
    "    <summary>El muelle norte reabri\xC3\xB3.</summary>\n"
    "  </entry>\n"
    "</feed>\n";

TD_TEST(test_feed__atom_types_links_dates_and_languages)
{
    struct seen s = {0};

    read_feed(&s, atom);
    ASSERT_STREQ(s.log,
                 "R 4 tag:courrier.example,2022:1|Le ferry reprend|https://courrier.example/ferry|Le "
                 "Courrier|fr|2022-01-07T11:00:00+01:00|Le ferry a repris.\nLa jet\xC3\xA9"
                 "e est r\xC3\xA9par\xC3\xA9"
                 "e.|{\"author\":\"Jeanne Roux\",\"categories\":[\"transport\"]}\n"
                 "R 15 tag:courrier.example,2022:2|El muelle <reabre>|-|Le "
                 "Courrier|es|2022-01-08T12:00:00Z|El muelle norte reabri\xC3\xB3.|-\n");
    seen_free(&s);
}

TD_TEST(test_feed__rss1_rdf_about_and_dublin_core)
{
    struct seen s = {0};

    read_feed(&s, "<?xml version=\"1.0\"?>\n"
                  "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"\n"
                  "  xmlns=\"http://purl.org/rss/1.0/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                  "<channel rdf:about=\"https://mill.example/\"><title>Mill Post</title>"
                  "<dc:language>de</dc:language></channel>\n"
                  "<item rdf:about=\"https://mill.example/1\">\n"
                  "  <title>M\xC3\xBChle steht</title><link>https://mill.example/1</link>\n"
                  "  <description>Die M\xC3\xBChle steht still.</description>\n"
                  "  <dc:date>2022-01-07</dc:date>\n"
                  "</item>\n"
                  "</rdf:RDF>\n");
    ASSERT_STREQ(s.log, "R 5 https://mill.example/1|M\xC3\xBChle steht|https://mill.example/1|Mill "
                        "Post|de|2022-01-07|Die M\xC3\xBChle steht still.|-\n");
    seen_free(&s);
}

TD_TEST(test_feed__bad_items_are_rejected_with_their_lines)
{
    struct seen s = {0};
    struct td_buf xml = TD_BUF_INIT;
    size_t i;

    ASSERT_OK(td_buf_adds(&xml, "<rss><channel><title>T</title><language>not a tag!</language>\n"
                                "<item><title>A</title><pubDate>soon</pubDate></item>\n"
                                "<item><guid>only-an-id</guid></item>\n"
                                "<item><title>"));
    for (i = 0; i <= TD_MAX_SHORT_FIELD_BYTES; i++)
        ASSERT_OK(td_buf_addc(&xml, 'x'));
    ASSERT_OK(td_buf_adds(&xml, "</title></item>\n"
                                "<item><title>Kept</title><description>Fine.</description></item>\n"
                                "</channel></rss>\n"));
    read_feed(&s, xml.data);
    /* A language that is no tag is left to detection (lang "-"), not a reason to drop the item. */
    ASSERT_STREQ(s.log, "X 2 bad date 'soon': expected a four-digit year\n"
                        "X 3 item has neither a title nor any text\n"
                        "X 4 field 'title' longer than 65536 bytes\n"
                        "R 5 -|Kept|-|T|-|-|Fine.|-\n");
    td_buf_release(&xml);
    seen_free(&s);
}

TD_TEST(test_feed__broken_xml_keeps_the_items_before_it)
{
    struct seen s = {0};
    struct td_buf xml = TD_BUF_INIT;
    int i;

    ASSERT_OK(td_buf_adds(&xml, "<?xml version=\"1.0\"?>\n<rss><channel>\n"));
    for (i = 0; i < 200; i++)
        ASSERT_OK(td_buf_addf(&xml, "<item><guid>i%d</guid><title>Item %d</title></item>\n", i, i));
    ASSERT_OK(td_buf_adds(&xml, "<item><title>Broken</titel></item>\n"
                                "<item><guid>after</guid><title>After</title></item>\n"
                                "</channel></rss>\n"));
    read_feed(&s, xml.data);
    /* The parser reads ahead by a few hundred bytes: the items in that window go with it. */
    ASSERT_TRUE(s.records >= 190 && s.records <= 200);
    ASSERT_EQ_INT(s.rejects, 1);
    ASSERT_TRUE(strstr(s.log, "X 203 invalid XML: Opening and ending tag mismatch") != NULL);
    ASSERT_TRUE(strstr(s.log, "nothing after the item at line") != NULL);
    ASSERT_TRUE(strstr(s.log, "After") == NULL);
    td_buf_release(&xml);
    seen_free(&s);
}

TD_TEST(test_feed__other_xml_and_empty_input_are_rejected)
{
    struct seen s = {0};

    read_feed(&s, "<?xml version=\"1.0\"?>\n\n<html><body>hi</body></html>\n");
    read_feed(&s, "");
    read_feed(&s, "\n\n \n");
    read_feed(&s, "<feed><entry><title>no Atom namespace</title></entry></feed>");
    ASSERT_STREQ(s.log, "X 3 not an RSS or Atom feed (root element <html>)\n"
                        "X 1 empty feed\n"
                        "X 4 empty feed\n"
                        "X 1 not an RSS or Atom feed (root element <feed>)\n");
    seen_free(&s);
}

TD_TEST(test_feed__external_entities_are_never_loaded)
{
    struct seen s = {0};
    char secret[512], xml[2048];

    (void)snprintf(secret, sizeof(secret), "%s/secret.txt", td_test_tmpdir());
    write_file(secret, "TOPSECRET");
    (void)snprintf(xml, sizeof(xml),
                   "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n"
                   "<!ENTITY s SYSTEM \"file://%s\">\n<!ENTITY w \"word\">\n]>\n"
                   "<rss><channel><item><title>A &s; B &w;</title></item></channel></rss>\n",
                   secret);
    read_feed(&s, xml);
    ASSERT_STREQ(s.log, "R 6 -|A B word|-|-|-|-||-\n");
    seen_free(&s);
}

TD_TEST(test_feed__entity_bomb_is_refused)
{
    struct seen s = {0};
    struct td_buf xml = TD_BUF_INIT;
    int i, j;

    ASSERT_OK(td_buf_adds(&xml, "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY e0 \"ha\">\n"));
    for (i = 1; i < 10; i++) {
        ASSERT_OK(td_buf_addf(&xml, "<!ENTITY e%d \"", i));
        for (j = 0; j < 10; j++)
            ASSERT_OK(td_buf_addf(&xml, "&e%d;", i - 1));
        ASSERT_OK(td_buf_adds(&xml, "\">\n"));
    }
    ASSERT_OK(td_buf_adds(&xml, "]>\n<rss><channel><item><title>&e9;</title></item></channel>"
                                "</rss>\n"));
    read_feed(&s, xml.data);
    /* 10^9 copies of "ha" are never made: the item is either refused or holds little text. */
    ASSERT_EQ_INT(s.records + s.rejects, 1);
    ASSERT_TRUE(s.len < 4096);
    td_buf_release(&xml);
    seen_free(&s);
}

TD_TEST(test_feed__detected_by_name_or_content)
{
    struct seen s = {0};
    struct td_reader_opts o = opts_for(&s, TD_FORMAT_AUTO);
    char path[512];
    struct td_error err;

    (void)snprintf(path, sizeof(path), "%s/noext", td_test_tmpdir());
    write_file(path, "\n  <?xml version=\"1.0\"?><rss><channel><item><title>Sniffed</title></item>"
                     "</channel></rss>");
    ASSERT_OK(td_read_path(&o, path, &err));
    (void)snprintf(path, sizeof(path), "%s/page.xml", td_test_tmpdir());
    write_file(path, "<rss><channel><item><title>By name</title></item></channel></rss>");
    ASSERT_OK(td_read_path(&o, path, &err));
    (void)snprintf(path, sizeof(path), "%s/note.txt", td_test_tmpdir());
    write_file(path, "<b>Bold</b> is not a feed.");
    ASSERT_OK(td_read_path(&o, path, &err));
    ASSERT_STREQ(s.log, "R 2 -|Sniffed|-|-|-|-||-\n"
                        "R 1 -|By name|-|-|-|-||-\n"
                        "R 1 note|-|-|-|-|-|<b>Bold</b> is not a feed.|-\n");
    seen_free(&s);
}

TD_TEST(test_feed__a_long_feed_is_read_as_a_stream)
{
    struct seen s = {0};
    struct td_reader_opts o = opts_for(&s, TD_FORMAT_AUTO);
    char path[512];
    struct td_error err;
    FILE *fp;
    int i;

    (void)snprintf(path, sizeof(path), "%s/long.rss", td_test_tmpdir());
    fp = fopen(path, "wb");
    ASSERT_TRUE(fp != NULL);
    fputs("<?xml version=\"1.0\"?>\n<rss>\n<channel>\n", fp);
    for (i = 0; i < 20000; i++)
        fprintf(fp, "<item><guid>n%d</guid><title>Number %d</title><description>Report %d "
                    "from the quay.</description></item>\n", i, i, i);
    fputs("</channel>\n</rss>\n", fp);
    ASSERT_TRUE(fclose(fp) == 0);
    ASSERT_OK(td_read_path(&o, path, &err));
    ASSERT_EQ_INT(s.records, 20000);
    ASSERT_EQ_INT(s.rejects, 0);
    ASSERT_EQ_INT(s.last_line, 20003);
    seen_free(&s);
}
