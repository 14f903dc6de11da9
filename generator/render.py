"""Briefings to pages: Markdown (with HTML blocks) from Jinja2 templates, plus JSON data.

Every piece of article-derived text goes through one filter, ``text``: it turns HTML and Markdown
characters into character references, so text from an article is shown as text and can never become
markup, a link, a heading, a table cell break or template syntax. Output is deterministic: the same
briefings give byte-identical pages and data.
"""
from __future__ import annotations

import json
from importlib import resources
from typing import Any, Callable, Iterable

import jinja2

from generator.extract.amounts import format_amount
from generator.model import Briefing

# Characters with a meaning in HTML (& < > "), Markdown (code, emphasis, links, headings, tables, escapes,
# images, strike/sub/superscript, maths) and Jinja/MkDocs templates ({ }): numeric character references.
# Article text is only ever placed inside HTML blocks or after "# " on a heading line, where no other
# character starts markup.
_ESCAPE = {c: f"&#{ord(c)};" for c in "&<>\"`*_[]{}#|\\!~^$"}
_ESCAPE["\n"] = " "
_ESCAPE["\r"] = " "
_TABLE = str.maketrans(_ESCAPE)


def text(value: Any) -> str:
    """Escape article-derived text for Markdown and HTML alike."""
    if value is None:
        return ""
    return str(value).translate(_TABLE)


def anchor(index: int) -> str:
    return f"s{index + 1}"


def _env() -> jinja2.Environment:
    loader = jinja2.FunctionLoader(
        lambda name: resources.files("generator").joinpath("templates", name).read_text(encoding="utf-8"))
    env = jinja2.Environment(loader=loader, autoescape=False, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined)
    env.filters["text"] = text
    env.filters["amount"] = lambda a: format_amount(a) if a is not None else ""
    env.globals["anchor"] = anchor
    return env


ENV = _env()


def article_html(b: Briefing) -> list[str]:
    """Paragraphs of the article as HTML, each sentence wrapped in an anchor target."""
    paras: list[list[str]] = [[]]
    pos = 0
    for i, s in enumerate(b.sentences):
        gap = b.text[pos:s.start]
        if "\n" in gap and paras[-1]:
            paras.append([])
        paras[-1].append(f'<span class="briefing-sentence" id="{anchor(i)}">{text(b.text[s.start:s.end])}</span>')
        pos = s.end
    return [" ".join(p) for p in paras if p]


def commitment_line(c) -> str:
    parts = [c.actor or "Unattributed", ": "]
    words = [w for w in (c.action, c.sector, "spending" if c.sector and c.sector not in ("tax",) else None) if w]
    parts.append(" ".join(words) if words else "commitment")
    if c.amount is not None:
        parts.append(" to " if c.amount.unit == "percent_gdp" else " of ")
        parts.append(format_amount(c.amount))
    if c.year:
        parts.append(f" by {c.year}")
    parts.append(f" ({c.kind})")
    return "".join(parts)


def briefing_page(b: Briefing, data_file: str, link: Callable[[str | None], str] | None = None,
                  tags: list[tuple[str, str]] | None = None) -> str:
    """The briefing page. ``link`` turns an actor name into (escaped) HTML, a link where the actor has a page."""
    link = link or text
    by_speaker: dict[str, list] = {}
    for q in b.quotes:
        by_speaker.setdefault(q.speaker or "Unattributed", []).append(q)
    groups = sorted(by_speaker.items(), key=lambda kv: (kv[0] == "Unattributed", kv[1][0].start))
    return ENV.get_template("briefing.md.j2").render(
        b=b, paragraphs=article_html(b), quote_groups=groups, data_file=data_file, link=link, tags=tags or [],
        commitment_lines=[commitment_line(c) for c in b.commitments],
        summary=[(i, b.sentence_text(i)) for i in b.summary])


def one_line(b: Briefing) -> str:
    """The first summary sentence that does not just repeat the title."""
    head = b.title.rstrip("…").strip()[:60].lower()
    for i in b.summary:
        sentence = b.sentence_text(i)
        if not sentence.lower().startswith(head):
            return sentence
    return ""


def order(briefings: Iterable[Briefing]) -> list[Briefing]:
    """Newest first (undated last), then by title and slug: a stable order for every listing."""
    return sorted(briefings, key=lambda b: (-(int(b.date.replace("-", "")) if b.date else 0), b.title.lower(), b.slug))


def briefing_json(b: Briefing, data: dict[str, Any] | None = None) -> str:
    """``data``: ``b.to_json()`` when the caller has it already."""
    return json.dumps(data or b.to_json(), ensure_ascii=False, sort_keys=True) + "\n"


def all_json(briefings: list[Briefing], data: dict[int, dict[str, Any]] | None = None) -> str:
    """``data``: ``id(b) -> b.to_json()`` when the caller has them already."""
    data = [data[id(b)] if data else b.to_json() for b in order(briefings)]
    return json.dumps({"briefings": data}, ensure_ascii=False, sort_keys=True) + "\n"
