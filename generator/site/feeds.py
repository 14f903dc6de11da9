"""Atom feeds (RFC 4287) of new briefings: the whole site, each section, each actor with a page.

Deterministic: the same briefings give the same bytes (no build time anywhere). A briefing's ``updated`` is its
date; an undated briefing takes the newest date of the feed, or 1970-01-01 when nothing in it is dated, and
undated briefings come after dated ones in the listing order the site uses everywhere. With ``site_url`` the
links and ids are absolute; without, links are relative to the feed file (feed readers resolve them against
the feed's address) and ids are ``tag:`` URIs made from the briefing's slug.
"""
from __future__ import annotations

from collections.abc import Callable
from xml.sax.saxutils import escape, quoteattr

from generator.model import Briefing

FEED_ENTRIES = 30  # the newest briefings in a feed
EPOCH = "1970-01-01"


def _when(date: str | None, fallback: str) -> str:
    return f"{date or fallback}T00:00:00Z"


def atom(title: str, feed_id: str, self_href: str, page_href: str, items: list[Briefing],
         href: Callable[[Briefing], str], entry_id: Callable[[Briefing], str], summary: Callable[[Briefing], str],
         author: str) -> str:
    """An Atom feed of ``items`` (newest first, already in listing order)."""
    items = items[:FEED_ENTRIES]
    newest = max((b.date for b in items if b.date), default=EPOCH)
    out = ['<?xml version="1.0" encoding="utf-8"?>',
           '<feed xmlns="http://www.w3.org/2005/Atom">',
           f"  <title>{escape(title)}</title>",
           f"  <id>{escape(feed_id)}</id>",
           f"  <updated>{_when(newest, EPOCH)}</updated>",
           f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(self_href)}/>",
           f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(page_href)}/>",
           f"  <author><name>{escape(author)}</name></author>"]
    for b in items:
        out += ["  <entry>",
                f"    <title>{escape(b.title)}</title>",
                f"    <id>{escape(entry_id(b))}</id>",
                f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(href(b))}/>",
                f"    <updated>{_when(b.date, newest)}</updated>"]
        if b.date:
            out.append(f"    <published>{_when(b.date, newest)}</published>")
        text = summary(b)
        if text:
            out.append(f"    <summary>{escape(text)}</summary>")
        out.append("  </entry>")
    out.append("</feed>")
    return "\n".join(out) + "\n"
