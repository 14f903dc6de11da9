"""Quote marks, paired into spans.

Quote marks are paired paragraph by paragraph, so one unbalanced mark never swallows the rest of the
article: an opening mark with no closing one runs to the end of its paragraph (the newspaper convention for
a quote that continues in the next paragraph, which opens again).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
WORD_BEFORE_OPEN = " \t\n([{—–-/:;,"


@dataclass
class QuoteSpan:
    start: int  # offset of the content (after the opening mark)
    end: int  # offset after the content (before the closing mark)
    open_at: int
    close_at: int  # offset after the closing mark, or the paragraph end when unclosed
    closed: bool


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line of ``text``."""
    out, pos = [], 0
    for block in text.split("\n"):
        if block.strip():
            out.append((pos, pos + len(block)))
        pos += len(block) + 1
    return out


def _open_width(text: str, i: int) -> int:
    """Length of a double opening mark at ``i`` (0 if none): “ „ « always; " `` ‘‘ and '' (two apostrophes, a
    newspaper house style) when they stand where a quote can open and text follows."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in OPEN_DOUBLE:
        # not a left mark typed to close a quote ("It's unusual,“ said ..."): after the quote's last punctuation,
        # before a space
        return 0 if ch == "“" and _typed_close(text, i) else 1
    if ch == "”" and (before in WORD_BEFORE_OPEN or i == 0) and after.isalnum():
        return 1  # a right mark typed to open a quote ("Doing so ”appeared to be ..."): before a word, after a space
    width = 2 if text.startswith(("``", "‘‘", "''"), i) else 1 if ch == '"' else 0
    if not width:
        return 0
    after = text[i + width] if i + width < len(text) else " "
    opens = (before in WORD_BEFORE_OPEN or before in OPEN_DOUBLE + "‘'") and not after.isspace()
    if width == 2 and text[i] == "'":
        opens = opens and before not in "‘'" and after not in "'"
    return width if opens else 0


def _is_open(text: str, i: int) -> bool:
    return _open_width(text, i) > 0


def _typed_close(text: str, i: int) -> bool:
    """A left double mark at ``i`` typed where a quote closes: right after the quote's last punctuation, with a
    space (or the paragraph's end) after it."""
    return text[i] == "“" and 0 < i and text[i - 1] in ",.!?" and (i + 1 == len(text) or text[i + 1].isspace())


def _close_len(text: str, i: int) -> int:
    """Length of a double closing mark at ``i`` (0 if none): ”, ", ’’ or '' (or “ typed in its place)."""
    if text[i] in CLOSE_DOUBLE or _typed_close(text, i):
        return 1
    if text.startswith("’’", i) or text.startswith("''", i):
        return 2
    if text[i] == '"':
        before = text[i - 1] if i > 0 else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        # a quote inside a quote that ends with both, spaced apart (the house style of some US papers: "...
        # say, 'Well done,' " said ...): the double mark after a closing single one closes too
        spaced_after_single = i > 2 and before in " \u2009\u200a\u202f" and text[i - 2] in "'’" \
            and not text[i - 3].isspace() and not after.isalnum()
        return 1 if not before.isspace() or i == 0 or spaced_after_single else 0
    return 0


def _spaced_close(text: str, i: int) -> int:
    """A straight double mark typed with a space on each side after the quote's last punctuation ("... industry, "
    Eric Abensur said"): it closes the quote open before it (1), where no quote can open."""
    return 1 if text[i] == '"' and 1 < i < len(text) - 1 and text[i - 1] == " " and text[i - 2] in ",.!?" \
        and text[i + 1].isspace() else 0


def _single_close(text: str, i: int, end: int) -> bool:
    if text[i] not in "’'":
        return False
    after = text[i + 1] if i + 1 < end else " "
    before = text[i - 1] if i > 0 else " "
    return not after.isalnum() and not before.isspace()


_OPENERS = re.compile("[“„«\"`‘'”]")  # what can open a quote (double marks, or the first of a pair, or single)
_MARKS = re.compile("[“„«\"`‘'”»’]")  # what can open or close one


def find_quote_spans(text: str) -> list[QuoteSpan]:
    """Every quoted span of ``text``, in order; an unclosed one runs to the end of its paragraph."""
    spans: list[QuoteSpan] = []
    for pstart, pend in paragraphs(text):
        i = pstart
        while i < pend:
            m = _OPENERS.search(text, i, pend)  # every test below needs one of these at i: skip to the next
            if m is None:
                break
            i = m.start()
            ch = text[i]
            if _is_open(text, i):
                width = _open_width(text, i)
                j = i + width
                close = None
                while j < pend:
                    m = _MARKS.search(text, j, pend)  # a close or a new opening needs a mark at j
                    if m is None:
                        j = pend
                        break
                    j = m.start()
                    n = _close_len(text, j) or _spaced_close(text, j)
                    if n and j > i + width:
                        close = (j, j + n)
                        break
                    if _is_open(text, j) and text[j] in OPEN_DOUBLE + '"' and text[j - 1] in " \n":
                        break  # a new quote opens: the previous one was never closed
                    j += 1
                if close:
                    spans.append(QuoteSpan(i + width, close[0], i, close[1], True))
                    i = close[1]
                else:
                    spans.append(QuoteSpan(i + width, j, i, j, False))
                    i = j
                continue
            if ch == "‘" or (ch == "'" and (i == pstart or text[i - 1] in WORD_BEFORE_OPEN)):
                if i + 1 < pend and text[i + 1].isalpha():
                    j = i + 1
                    while j < pend and not _single_close(text, j, pend):
                        j += 1
                    if j < pend:
                        spans.append(QuoteSpan(i + 1, j, i, j + 1, True))
                        i = j + 1
                        continue
            i += 1
    out = []
    for s in spans:
        a, b = s.start, s.end
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append(QuoteSpan(a, b, s.open_at, s.close_at, s.closed))
    return out


def inside(offset: int, spans: list[QuoteSpan]) -> QuoteSpan | None:
    """The quote span (marks included) that ``offset`` lies in."""
    for s in spans:
        if s.open_at <= offset < s.close_at:
            return s
    return None
