"""Find articles in the seeds folder, decode them and read their optional YAML front matter.

``load_articles`` never raises for one bad file: it returns the good articles and one
``SourceError`` (file name and reason) for each file it had to reject.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator.config import DEFAULTS

SUFFIXES = (".txt", ".md")
DEFAULT_MAX_BYTES: int = DEFAULTS["max_bytes"]
FRONT_MATTER_KEYS = {"title", "date", "source", "url", "tags", "slug"}
TITLE_MAX = 120

# A trailing agency credit: "(dpa/NAN)", "(Reuters)", "(AP/AFP)". Letters, slashes, dots, "&" and
# hyphens only, at most four words: "(2004)" or "(see above)" are left alone.
_CREDIT = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z.&/\- ]{0,38}[A-Za-z.])\s*\)\s*$")
_SLUG_BAD = re.compile(r"[^a-z0-9]+")


class SourceError(Exception):
    """An article that cannot be published, with the file it came from and why."""

    def __init__(self, path: str, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass
class Article:
    source: str  # the path as given (or relative to the seeds folder)
    slug: str
    title: str
    text: str  # the body: paragraphs separated by one blank line, title line removed
    raw: bytes = field(repr=False, default=b"")
    date: str | None = None
    credit: str | None = None
    url: str | None = None
    tags: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def digest(self) -> str:
        return hashlib.sha256(self.raw).hexdigest()


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG_BAD.sub("-", text).strip("-")[:80].strip("-")


def decode(raw: bytes, path: str, fallback: str | None = None) -> tuple[str, list[str]]:
    """UTF-8 (a BOM is dropped); with ``fallback`` set, that codec is tried next, with a warning."""
    if not raw.strip():
        raise SourceError(path, "the file is empty")
    if b"\x00" in raw[:8192]:
        raise SourceError(path, "the file looks binary (it contains NUL bytes), not text")
    warnings: list[str] = []
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if not fallback:
            raise SourceError(
                path,
                f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                "save it as UTF-8 or set the plugin option encoding_fallback",
            ) from None
        try:
            text = raw.decode(fallback)
        except (UnicodeDecodeError, LookupError) as exc2:
            raise SourceError(path, f"neither UTF-8 nor {fallback}: {exc2}") from None
        warnings.append(f"not UTF-8; decoded as {fallback}")
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise SourceError(path, f"the file looks binary ({controls} control characters), not text")
    return text, warnings


_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")  # category Cc except \t \n \f \r


def split_front_matter(text: str, path: str) -> tuple[dict, str]:
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            try:
                meta = yaml.safe_load(block) if block.strip() else {}
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark is not None else ""
                raise SourceError(path, f"malformed YAML front matter{where}: {getattr(exc, 'problem', exc)}") from None
            if meta is None:
                meta = {}
            if not isinstance(meta, dict):
                raise SourceError(path, "front matter must be a YAML mapping of key: value lines")
            return meta, "\n".join(lines[i + 1:])
    raise SourceError(path, "front matter opened with '---' is never closed")


_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs separated by blank lines; a text without blank lines has one paragraph per line.
    Line breaks inside a paragraph are soft wraps and become spaces."""
    if "&" in text:
        text = html.unescape(text)  # scraped text often carries "&#163;" for "£" or "&amp;" for "&"
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\t", " ")
    text = _INVISIBLE.sub("", text)  # zero-width and bidi controls would split names and reorder titles
    if re.search(r"\n[ \u00a0]*\n", text):
        blocks = re.split(r"\n[ \u00a0]*\n", text)
    else:
        blocks = text.split("\n")
    out = []
    for block in blocks:
        para = re.sub(r"[ \u00a0]*\n[ \u00a0]*", " ", block).strip()
        para = re.sub(r" {2,}", " ", para)
        if para:
            out.append(para)
    return out


def _first_sentence(para: str) -> str:
    m = re.search(r"(?<=[a-z0-9\)”’\"'])[.!?](?=\s+[A-Z“‘\"'])", para)
    sent = para[: m.start() + 1] if m else para
    if len(sent) > TITLE_MAX:
        cut = sent[:TITLE_MAX].rsplit(" ", 1)[0]
        sent = cut.rstrip(",;:") + "…"
    return sent


def _is_headline(first: str, rest: list[str]) -> bool:
    """A short first paragraph with no final full stop, followed by more text, is a headline."""
    return bool(rest) and len(first) <= 150 and not first.rstrip().endswith((".", ":", ";", ","))


def _meta_str(meta: dict, key: str, path: str) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()[:10]
    if not isinstance(value, (str, int, float)):
        raise SourceError(path, f"front matter '{key}' must be text, not {type(value).__name__}")
    value = str(value).strip()
    return value or None


def parse_article(raw: bytes, source: str, stem: str, fallback: str | None = None) -> Article:
    """``stem`` names the article when the front matter gives no slug: the file's path relative to the seeds
    folder, without its suffix ("politics/003" -> slug "politics-003")."""
    text, warnings = decode(raw, source, fallback)
    meta, body = split_front_matter(text, source)
    for key in sorted(set(meta) - FRONT_MATTER_KEYS):
        warnings.append(f"front matter key '{key}' is not used")
    title = _meta_str(meta, "title", source)
    date = _meta_str(meta, "date", source)
    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        raise SourceError(source, f"front matter date '{date}' is not a YYYY-MM-DD date")
    url = _meta_str(meta, "url", source)
    if url and not re.match(r"https?://", url, re.I):
        raise SourceError(source, f"front matter url '{url}' must start with http:// or https://")
    credit = _meta_str(meta, "source", source)
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, (str, int)) for t in tags):
        raise SourceError(source, "front matter 'tags' must be a list of words")
    tags = sorted({str(t).strip() for t in tags if str(t).strip()})

    paras = paragraphs_of(body)
    if not paras:
        raise SourceError(source, "the article has no text")
    if paras:
        m = _CREDIT.search(paras[-1])
        if m and len(m.group(1).split()) <= 4:
            found = m.group(1).strip()
            credit = credit or found
            paras[-1] = paras[-1][: m.start()].rstrip()
            if not paras[-1]:
                paras.pop()
    if not title:
        if _is_headline(paras[0], paras[1:]):
            title = paras.pop(0)
        else:
            title = _first_sentence(paras[0])
    if not paras:
        raise SourceError(source, "the article has a title but no text")

    slug_src = _meta_str(meta, "slug", source) or stem
    slug = slugify(slug_src)
    if not slug:
        slug = "article-" + hashlib.sha256(raw).hexdigest()[:12]
        warnings.append(f"no usable slug in {slug_src!r}; using {slug}")
    return Article(source=source, slug=slug, title=title, text="\n\n".join(paras), raw=raw, date=date,
                   credit=credit, url=url, tags=tags, warnings=warnings)


def read_article(path: Path, source: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 fallback: str | None = None, stem: str | None = None) -> Article:
    source = source or str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise SourceError(source, f"{size:,} bytes is over the limit of {max_bytes:,} (option max_bytes)")
        raw = path.read_bytes()
    except FileNotFoundError:
        raise SourceError(source, "the file disappeared before it could be read") from None
    except IsADirectoryError:
        raise SourceError(source, "is a folder, not an article") from None
    except OSError as exc:
        raise SourceError(source, f"cannot be read: {exc.strerror or exc}") from None
    if len(raw) > max_bytes:
        raise SourceError(source, f"{len(raw):,} bytes is over the limit of {max_bytes:,} (option max_bytes)")
    return parse_article(raw, source, stem or path.stem, fallback)


def find_seed_files(seeds_dir: Path) -> list[Path]:
    if not seeds_dir.is_dir():
        return []
    files = [p for p in seeds_dir.rglob("*")
             if p.suffix.lower() in SUFFIXES and not p.name.startswith(".") and p.is_file()]
    return sorted(files, key=lambda p: p.relative_to(seeds_dir).as_posix())


def load_articles(seeds_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES,
                  fallback: str | None = None) -> tuple[list[Article], list[SourceError]]:
    """Every article under ``seeds_dir`` (sorted by path), and an error for each rejected file.
    Two articles that would share a slug get distinct slugs (``-2``, ``-3``) and a warning."""
    articles: list[Article] = []
    errors: list[SourceError] = []
    seen: dict[str, str] = {}
    titles: dict[str, str] = {}
    for path in find_seed_files(seeds_dir):
        rel = path.relative_to(seeds_dir).as_posix()
        try:
            article = read_article(path, f"{seeds_dir.name}/{rel}", max_bytes=max_bytes, fallback=fallback,
                                   stem=rel.rsplit(".", 1)[0])
        except SourceError as exc:
            errors.append(exc)
            continue
        base, n = article.slug, 1
        while article.slug in seen:
            n += 1
            article.slug = f"{base}-{n}"
        if n > 1:
            article.warnings.append(f"slug '{base}' is taken by {seen[base]}; published as '{article.slug}'")
        seen[article.slug] = article.source
        same = titles.setdefault(article.title.casefold(), article.source)
        if same != article.source:
            article.warnings.append(f"has the same title as {same}; both are published")
        articles.append(article)
    return articles, errors
