#!/usr/bin/env python3
"""Writes a JSON Lines article stream as one RSS 2.0 feed (for bench/feed.sh).

    python3 bench/jsonl2feed.py STREAM.jsonl OUT.rss

Each record becomes an <item>: id -> <guid>, title -> <title>, date -> <dc:date>
(ISO 8601 as given, so the stored dates are the same), lang -> <dc:language>,
source -> <source>, and the text as HTML in <description>, one <p> per
paragraph (paragraphs split at blank lines). Other fields are left out.
"""
import json
import sys
from xml.sax.saxutils import escape


def html_of(text):
    paras = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join("<p>%s</p>" % escape(p) for p in paras)


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: jsonl2feed.py STREAM.jsonl OUT.rss")
    with open(sys.argv[1], encoding="utf-8") as src, \
            open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                  "<channel>\n<title>Bench stream</title>\n")
        for line in src:
            if not line.strip():
                continue
            r = json.loads(line)
            parts = ["<item>"]
            if r.get("id") is not None:
                parts.append("<guid>%s</guid>" % escape(str(r["id"])))
            if r.get("title"):
                parts.append("<title>%s</title>" % escape(r["title"]))
            if r.get("date"):
                parts.append("<dc:date>%s</dc:date>" % escape(r["date"]))
            if r.get("lang"):
                parts.append("<dc:language>%s</dc:language>" % escape(r["lang"]))
            if r.get("source"):
                parts.append("<source>%s</source>" % escape(r["source"]))
            body = r.get("text", r.get("body", ""))
            if body:
                parts.append("<description>%s</description>" % escape(html_of(body)))
            parts.append("</item>\n")
            out.write("".join(parts))
        out.write("</channel>\n</rss>\n")


if __name__ == "__main__":
    main()
