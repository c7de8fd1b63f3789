#!/usr/bin/env bash
# RSS and Atom feeds: a directory holding an RSS 2.0 feed, an Atom feed and
# a broken one is read in name order; the items become articles with their
# dates, sources and languages; the reports of one happening from both feeds
# land in one event; a bad item and the broken XML are reported with their
# lines; re-reading the same feed (a poller fetching it again) adds nothing;
# a feed on stdin is recognised by its first bytes; an edited item is kept as
# a revision with --revisions.
source "$(dirname "$0")/lib.sh"

d="$WORK/feeds"
mkdir -p "$d"
cat > "$d/a-harbour.rss" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel>
  <title>Velmora Harbour Gazette</title>
  <language>en</language>
  <item>
    <title>Harbour crane collapses in Velmora</title>
    <link>https://gazette.example/crane</link>
    <guid>gz-crane-1</guid>
    <pubDate>Tue, 14 May 2024 09:15:00 +0200</pubDate>
    <description>&lt;p&gt;A harbour crane collapsed in Velmora on Tuesday morning, the port authority said.&lt;/p&gt;&lt;p&gt;Two dock workers were hurt and the container terminal was closed.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Velmora port reopens after crane collapse</title>
    <guid>gz-crane-2</guid>
    <pubDate>Wed, 15 May 2024 08:00:00 +0200</pubDate>
    <content:encoded><![CDATA[<p>The port of Velmora reopened on Wednesday, a day after the harbour crane collapse closed the container terminal.</p><p>The two dock workers hurt by the crane are out of hospital.</p>]]></content:encoded>
  </item>
  <item>
    <title>Item with a date nobody reads</title>
    <guid>gz-bad</guid>
    <pubDate>mid-May</pubDate>
    <description>Text.</description>
  </item>
</channel>
</rss>
XML
cat > "$d/b-courier.atom" <<'XML'
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Coastline Courier</title>
  <entry>
    <id>tag:courier.example,2024:crane</id>
    <title>Crane collapse shuts Velmora container terminal</title>
    <link href="https://courier.example/crane"/>
    <published>2024-05-14T10:05:00+02:00</published>
    <content type="html">&lt;p&gt;The container terminal of Velmora harbour was shut on Tuesday after a crane collapsed, hurting two dock workers, the port authority said.&lt;/p&gt;</content>
  </entry>
</feed>
XML
printf '<?xml version="1.0"?>\n<rss><channel>\n<item><title>Cut off\n' > "$d/c-broken.xml"

expect_status 1 "$TD" ingest "$d"
expect_line "$WORK/err" "^$d/a-harbour.rss:19: bad date 'mid-May'"
expect_line "$WORK/err" "^$d/c-broken.xml:[34]: invalid XML: .*no item was read"
expect_line "$WORK/err" "3 accepted \\(0 copies\\), 0 duplicates, 2 rejected"
expect_status 0 "$TD" export --json
expect_line "$WORK/out" '"id":"gz-crane-1",.*"date":"2024-05-14","date_source":"given","lang":"en"'
expect_line "$WORK/out" '"id":"tag:courier.example,2024:crane",.*"date":"2024-05-14"'
events=$(grep -o '"event":[0-9]*' "$WORK/out" | sort -u | wc -l)
[ "$events" = 1 ] || fail "want the three crane reports in one event, got $events: $(cat "$WORK/out")"
expect_status 0 "$TD" search --json terminal
expect_line "$WORK/out" '"id":"tag:courier.example,2024:crane"'
story=$(grep -o '"story":[0-9]*' "$WORK/out" | head -n 1 | cut -d: -f2)
expect_status 0 "$TD" story --json "$story"
expect_line "$WORK/out" '"id":"tag:courier.example,2024:crane",.*"source":"Coastline Courier","url":"https://courier.example/crane"'
expect_line "$WORK/out" '"id":"gz-crane-2",.*"source":"Velmora Harbour Gazette"'

# The same feed fetched again: every item is a duplicate.
expect_status 1 "$TD" ingest "$d/a-harbour.rss"
expect_line "$WORK/err" "0 accepted \\(0 copies\\), 2 duplicates, 1 rejected"

# On stdin, the XML declaration says "feed"; one item is new, one was seen.
cat > "$WORK/again.rss" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Velmora Harbour Gazette</title><language>en</language>
<item><title>Harbour crane collapses in Velmora</title><link>https://gazette.example/crane</link><guid>gz-crane-1</guid>
<pubDate>Tue, 14 May 2024 09:15:00 +0200</pubDate>
<description>&lt;p&gt;A harbour crane collapsed in Velmora on Tuesday morning, the port authority said.&lt;/p&gt;&lt;p&gt;Two dock workers were hurt and the container terminal was closed.&lt;/p&gt;</description></item>
<item><title>Crane inquiry opens in Velmora</title><guid>gz-crane-3</guid>
<pubDate>Thu, 16 May 2024 12:00:00 +0200</pubDate>
<description>An inquiry into the harbour crane collapse in Velmora opened on Thursday.</description></item>
</channel></rss>
XML
"$TD" ingest - < "$WORK/again.rss" > "$WORK/out" 2> "$WORK/err" || fail "stdin feed: $(cat "$WORK/err")"
expect_line "$WORK/err" "1 accepted \\(0 copies\\), 1 duplicates, 0 rejected"

# The publisher edits an item: its id is taken, with other content. Refused by default;
# kept as a revision "ID#REV" with --revisions, and the same edit read again is a duplicate.
sed 's/the port authority said\./the port authority said on Tuesday afternoon./' "$WORK/again.rss" > "$WORK/edited.rss"
expect_status 1 "$TD" ingest "$WORK/edited.rss"
expect_line "$WORK/err" "edited.rss:3: id 'gz-crane-1' is already stored with different content"
expect_status 0 "$TD" ingest --revisions "$WORK/edited.rss"
expect_line "$WORK/err" "1 accepted \\(1 copies, 1 revisions\\), 1 duplicates, 0 rejected"
expect_status 0 "$TD" ingest --revisions "$WORK/edited.rss"
expect_line "$WORK/err" "0 accepted \\(0 copies\\), 2 duplicates, 0 rejected"
expect_status 0 "$TD" export --json
expect_line "$WORK/out" '"id":"gz-crane-1#[0-9a-f]{16}",.*"copy_of":"gz-crane-1"'
echo "ok"
