#!/usr/bin/env bash
# scripts/follow-feeds.sh --once: every feed of the list is fetched (file://
# URLs here, so no network is needed) and ingested; a feed that cannot be
# fetched is reported and the others are still read; a rejected item names
# the feed; a second pass finds every item a duplicate, and an edited item
# becomes a revision.
source "$(dirname "$0")/lib.sh"

cat > "$WORK/quay.rss" <<'XML'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Quay Post</title><language>en</language>
<item><title>Lighthouse keeper retires after forty years</title><guid>qp-1</guid>
<pubDate>Mon, 04 Mar 2024 08:00:00 +0000</pubDate>
<description>The last lighthouse keeper of Orrin Quay retired on Monday after forty years at the lamp.</description></item>
<item><title>Item with a bad date</title><guid>qp-2</guid><pubDate>soon</pubDate><description>Text.</description></item>
</channel></rss>
XML
cat > "$WORK/harbour.atom" <<'XML'
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Harbour Notes</title>
<entry><id>hn-1</id><title>Orrin Quay lighthouse keeper steps down</title>
<published>2024-03-04T10:00:00Z</published>
<summary>After forty years at the lamp, the lighthouse keeper of Orrin Quay retired on Monday.</summary></entry>
</feed>
XML
{
    echo "# two feeds and one that is not there"
    echo "file://$WORK/quay.rss"
    echo
    echo "file://$WORK/harbour.atom"
    echo "file://$WORK/missing.rss"
} > "$WORK/feeds.txt"

run() { bash "$SRC/scripts/follow-feeds.sh" --once --tidings "$TD" --db "$DB" "$WORK/feeds.txt" \
    > "$WORK/out" 2> "$WORK/err"; }
run && fail "a missing feed and a bad item must make the pass fail"
expect_line "$WORK/err" "cannot fetch file://$WORK/missing.rss"
expect_line "$WORK/err" "_quay.rss.xml:6: bad date 'soon'"
expect_line "$WORK/err" "1 accepted \\(0 copies\\), 0 duplicates, 1 rejected"
expect_line "$WORK/err" "1 accepted \\(1 copies\\), 0 duplicates, 0 rejected"
expect_status 0 "$TD" export --json
events=$(grep -o '"event":[0-9]*' "$WORK/out" | sort -u | wc -l)
# The Atom entry retells the RSS item in other words: a near copy, in its event.
[ "$events" = 1 ] || fail "want the two lighthouse reports in one event: $(cat "$WORK/out")"

# Next pass: the publisher fixed the date and edited the Atom entry.
sed -i 's|<pubDate>soon</pubDate>|<pubDate>Tue, 05 Mar 2024 09:00:00 +0000</pubDate>|' "$WORK/quay.rss"
sed -i 's|retired on Monday.</summary>|retired on Monday, the harbour board said.</summary>|' "$WORK/harbour.atom"
grep -v missing "$WORK/feeds.txt" > "$WORK/feeds2.txt" && mv "$WORK/feeds2.txt" "$WORK/feeds.txt"
run || fail "second pass: $(cat "$WORK/err")"
expect_line "$WORK/err" "1 accepted \\(0 copies\\), 1 duplicates, 0 rejected"
expect_line "$WORK/err" "1 accepted \\(1 copies, 1 revisions\\), 0 duplicates, 0 rejected"
expect_status 0 "$TD" export --json
expect_line "$WORK/out" '"id":"hn-1#[0-9a-f]{16}",.*"copy_of":"hn-1"'
echo "ok"
