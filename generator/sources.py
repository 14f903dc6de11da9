"""Find articles in the seeds folder, decode them and read their optional YAML front matter.

``load_articles`` never raises for one bad file: it returns the good articles and one
``SourceError`` (file name and reason) for each file it had to reject.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

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
    title_from_text: bool = False  # no headline: the title is the lead sentence, and extraction makes a headline
    digest: str = ""  # the SHA-256 of the file's bytes (what its extraction is cached under)
    path: str = ""  # the file it was read from
    light: bool = False  # known from the last build's reading (``seedmemo``): no text, no bytes

    def __post_init__(self) -> None:
        if not self.digest:
            self.digest = hashlib.sha256(self.raw).hexdigest()


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _SLUG_BAD.sub("-", text).strip("-")[:80].strip("-")


_BOMS = ((b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe\x00\x00", "utf-32-le"),
         (b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le"))
# C0 and C1 control characters except tab, line feed, form feed and carriage return
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_C0 = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_C1 = re.compile("[\x80-\x9f]")
_C0_BYTES = bytes([*range(0x00, 0x09), 0x0b, *range(0x0e, 0x20), 0x7f])  # the characters of _C0
# zero-width and bidi controls: they would split names ("Ali\u200bce") and reorder titles (U+202E)
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u202a-\u202e\u2066-\u2069]")
_NEWLINES = re.compile("\r\n|[\r\u2028\u2029\x85]")  # CR LF, lone CR, Unicode line/paragraph separators


def clean_text(text: str) -> str:
    """Line breaks as ``\\n``; control, zero-width and bidi characters removed. A C0 control becomes a space (so
    the words it separated stay apart); a C1 control is dropped: in news text it is nearly always a byte of
    mis-decoded UTF-8 inside a word ("FranÃ\\x83Â§ois"), which a space would split."""
    if text.isascii():  # most articles: only CR and C0 controls can be there (each test a fast scan)
        text = _NEWLINES.sub("\n", text) if "\r" in text else text
        raw = text.encode("ascii")
        return _C0.sub(" ", text) if len(raw.translate(None, _C0_BYTES)) != len(raw) else text
    text = _NEWLINES.sub("\n", text)
    text = _INVISIBLE.sub("", text)
    return _C1.sub("", _C0.sub(" ", text))


def decode(raw: bytes, path: str, fallback: str | None = None) -> tuple[str, list[str]]:
    """UTF-8 (a BOM is dropped); UTF-16 or UTF-32 with a byte-order mark; with ``fallback`` set, that codec is
    tried after UTF-8, with a warning. The text comes back cleaned (``clean_text``)."""
    if not raw.strip():
        raise SourceError(path, "the file is empty")
    warnings: list[str] = []
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise SourceError(path, f"starts with a {codec.upper()} byte-order mark but is not valid "
                                        f"{codec.upper()} (at byte {exc.start + len(bom)})") from None
            warnings.append(f"decoded as {codec.upper()} (byte-order mark); UTF-8 is preferred")
            break
    else:
        if b"\x00" in raw[:8192]:
            raise SourceError(path, "the file looks binary (it contains NUL bytes), not text; "
                                    "UTF-16 and UTF-32 are read only with a byte-order mark")
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
    text = _NEWLINES.sub("\n", text)
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, len(text) // 100):
        raise SourceError(path, f"the file looks binary ({controls} control characters), not text")
    if controls:
        warnings.append(f"{controls} control character(s) removed")
    if not text.strip():
        raise SourceError(path, "the file is empty")
    return clean_text(text), warnings


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML that leaves dates as text: ``parse_article`` checks them itself, so "2025-02-30" and
    "2025-13-45" are rejected with the same reason whether quoted or not."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
FRONT_MATTER_MAX = 16_384  # characters: front matter is a few lines of metadata


def split_front_matter(text: str, path: str) -> tuple[dict, str]:
    """(the front matter as a mapping of text keys, the rest of the text). Never raises anything but
    ``SourceError``, whatever the YAML holds."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    for i in range(1, len(lines)):
        if lines[i].strip() in ("---", "..."):
            block = "\n".join(lines[1:i])
            if len(block) > FRONT_MATTER_MAX:
                raise SourceError(path, f"front matter of {len(block):,} characters is over the limit of "
                                        f"{FRONT_MATTER_MAX:,}")
            try:
                meta = yaml.load(block, Loader=_FrontMatterLoader) if block.strip() else {}  # noqa: S506
            except yaml.YAMLError as exc:
                mark = getattr(exc, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark is not None else ""
                raise SourceError(path, f"malformed YAML front matter{where}: {getattr(exc, 'problem', exc)}") from None
            except RecursionError:
                raise SourceError(path, "malformed YAML front matter: nested too deeply") from None
            except (ValueError, TypeError, OverflowError) as exc:
                raise SourceError(path, f"malformed YAML front matter: {exc}") from None
            if meta is None:
                meta = {}
            if not isinstance(meta, dict):
                raise SourceError(path, "front matter must be a YAML mapping of key: value lines")
            bad = [k for k in meta if not isinstance(k, str)]
            if bad:
                raise SourceError(path, f"front matter keys must be words; {str(bad[0])[:40]!r} is not")
            return meta, "\n".join(lines[i + 1:])
    raise SourceError(path, "front matter opened with '---' is never closed")


def paragraphs_of(text: str) -> list[str]:
    """Paragraphs separated by blank lines; a text without blank lines has one paragraph per line.
    Line breaks inside a paragraph are soft wraps and become spaces, except before a list item's bullet ("-",
    "•", "–", "*" and a space): each item of a list set one per line is a paragraph of its own ("In his budget
    Mr Chidambaram has:" / "- Increased spending on health to 102.8bn rupees" / "- Pledged ...")."""
    if "&" in text:
        text = html.unescape(text)  # scraped text often carries "&#163;" for "£" or "&amp;" for "&"
    text = clean_text(text).replace("\f", "\n").replace("\t", " ")  # again: "&#8238;" or "&#0;" unescaped
    blocks = _BLANK_LINE.split(text) if _BLANK_LINE.search(text) else text.split("\n")
    blocks = [item for block in blocks for item in _LIST_ITEM.split(block)] if _LIST_ITEM.search(text) else blocks
    out = []
    for block in blocks:
        para = (_SOFT_WRAP.sub(" ", block) if "\n" in block else block).strip()
        if "  " in para:
            para = _SPACES.sub(" ", para)
        if para:
            out.append(para)
    return out


_BLANK_LINE = re.compile(r"\n[ \u00a0]*\n")
_SOFT_WRAP = re.compile(r"[ \u00a0]*\n[ \u00a0]*")
BULLETS = frozenset({"-", "•", "–", "*"})  # a list item's bullet at the start of a line
# a line break before a bullet and a space: a new paragraph
_LIST_ITEM = re.compile(r"[ \u00a0]*\n[ \u00a0]*(?=[" + re.escape("".join(sorted(BULLETS))) + r"] )")
_SPACES = re.compile(r" {2,}")


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
    if not isinstance(value, (str, int, float)):
        raise SourceError(path, f"front matter '{key}' must be text, not {type(value).__name__}")
    # YAML escapes ("\\x01", "\\u202e") can put back what decoding removed; one line, no controls
    text = re.sub(r"\s+", " ", clean_text(str(value))).strip()
    return text or None


def _date(value: str | None, path: str) -> str | None:
    """A YYYY-MM-DD date (a time after it is dropped) that exists in the calendar."""
    if value is None:
        return None
    m = re.fullmatch(r"(\d{4}-\d{2}-\d{2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?",
                     value)
    if not m:
        raise SourceError(path, f"front matter date {value[:40]!r} is not a YYYY-MM-DD date")
    try:
        dt.date.fromisoformat(m.group(1))
    except ValueError as exc:
        raise SourceError(path, f"front matter date {m.group(1)!r} is not a real date ({exc})") from None
    return m.group(1)


def parse_article(raw: bytes, source: str, stem: str, fallback: str | None = None) -> Article:
    """``stem`` names the article when the front matter gives no slug: the file's path relative to the seeds
    folder, without its suffix ("politics/003" -> slug "politics-003")."""
    text, warnings = decode(raw, source, fallback)
    meta, body = split_front_matter(text, source)
    for key in sorted(set(meta) - FRONT_MATTER_KEYS):
        warnings.append(f"front matter key '{key}' is not used")
    title = _meta_str(meta, "title", source)
    date = _date(_meta_str(meta, "date", source), source)
    url = _meta_str(meta, "url", source)
    if url and not re.match(r"https?://", url, re.I):
        raise SourceError(source, f"front matter url '{url}' must start with http:// or https://")
    credit = _meta_str(meta, "source", source)
    tags = meta.get("tags") or []
    if isinstance(tags, str):
        tags = [tags]
    if not isinstance(tags, list) or not all(isinstance(t, (str, int)) for t in tags):
        raise SourceError(source, "front matter 'tags' must be a list of words")
    tags = sorted({t for t in (re.sub(r"\s+", " ", clean_text(str(t))).strip() for t in tags) if t})

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
    from_text = False
    if not title:
        if _is_headline(paras[0], paras[1:]):
            title = paras.pop(0)
        else:
            title = _first_sentence(paras[0])
            from_text = True
    if not paras:
        raise SourceError(source, "the article has a title but no text")

    slug_src = _meta_str(meta, "slug", source) or stem
    slug = slugify(slug_src)
    if not slug:
        slug = "article-" + hashlib.sha256(raw).hexdigest()[:12]
        warnings.append(f"no usable slug in {slug_src!r}; using {slug}")
    return Article(source=source, slug=slug, title=title, text="\n\n".join(paras), raw=raw, date=date,
                   credit=credit, url=url, tags=tags, warnings=warnings, title_from_text=from_text)


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_article(path: Path, source: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES,
                 fallback: str | None = None, stem: str | None = None) -> Article:
    """Read and parse one file. Only a regular file is read (a FIFO would block, a device never end); the file
    is opened without blocking and read to at most ``max_bytes`` + 1 bytes."""
    source = source or str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        what = "a link to a missing file" if path.is_symlink() else "no such file"
        raise SourceError(source, what) from None
    except OSError as exc:
        raise SourceError(source, f"cannot be read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(source, f"is {_kind(info.st_mode)}, not an article file")
        if info.st_size > max_bytes:
            raise SourceError(source, f"{info.st_size:,} bytes is over the limit of {max_bytes:,} (option max_bytes)")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise SourceError(source, f"cannot be read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(raw) > max_bytes:
        raise SourceError(source, f"over the limit of {max_bytes:,} bytes (option max_bytes)")
    article = parse_article(raw, source, stem or path.stem, fallback)
    article.path = str(path)
    return article


def find_seed_files(seeds_dir: Path) -> tuple[list[Path], list[SourceError]]:
    """The article files under ``seeds_dir`` (``.txt`` and ``.md``, not hidden, sorted by path), and an error for
    each entry that looks like one and is not: a folder or a FIFO named ``*.txt``, a link that leads outside the
    seeds folder (it could publish ``/etc/passwd`` or ``.git/config``) or to nothing, a linked folder (not
    followed). A link to a file inside the seeds folder is read like the file."""
    if not seeds_dir.is_dir():
        return [], []
    root = seeds_dir.resolve()
    files: list[Path] = []
    errors: list[SourceError] = []

    def name_of(p: Path) -> str:
        return f"{seeds_dir.name}/{p.relative_to(seeds_dir).as_posix()}"

    for folder, dirs, names in os.walk(seeds_dir, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        here = Path(folder)
        for d in list(dirs):
            p = here / d
            if p.is_symlink():
                dirs.remove(d)
                errors.append(SourceError(name_of(p), "is a link to a folder; linked folders are not read"))
            elif p.suffix.lower() in SUFFIXES:
                errors.append(SourceError(name_of(p), "is a folder named like an article (the articles inside it "
                                                      "are read)"))
        for name in names:
            p = here / name
            if name.startswith(".") or p.suffix.lower() not in SUFFIXES:
                continue
            if p.is_symlink():
                try:
                    target = p.resolve(strict=True)
                except (OSError, RuntimeError):
                    errors.append(SourceError(name_of(p), "is a link to a missing file (or a loop of links)"))
                    continue
                if root not in target.parents:
                    errors.append(SourceError(name_of(p), "is a link to a file outside the seeds folder; "
                                                          "only files inside it are published"))
                    continue
            try:
                mode = p.stat().st_mode
            except OSError as exc:
                errors.append(SourceError(name_of(p), f"cannot be read: {exc.strerror or exc}"))
                continue
            if not stat.S_ISREG(mode):
                errors.append(SourceError(name_of(p), f"is {_kind(mode)}, not an article file"))
                continue
            files.append(p)
    files.sort(key=lambda p: p.relative_to(seeds_dir).as_posix())
    return files, errors


class ArticleMemo(Protocol):
    """What the last build read from each file (``generator.seedmemo.SeedMemo``)."""

    def article(self, source: str, path: Path, info: os.stat_result) -> Article | None: ...

    def keep(self, article: Article, info: os.stat_result) -> None: ...


def load_articles(seeds_dir: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, fallback: str | None = None,
                  memo: ArticleMemo | None = None) -> tuple[list[Article], list[SourceError]]:
    """Every article under ``seeds_dir`` (sorted by path), and an error for each rejected file.
    Two articles that would share a slug get distinct slugs (``-2``, ``-3``) and a warning. With ``memo``, a file
    in the state the last build read it in is not read again: its article comes back light (``seedmemo``)."""
    articles: list[Article] = []
    paths, errors = find_seed_files(seeds_dir)
    seen: dict[str, str] = {"index": "the folder's index page"}  # briefings/index.md would be the folder's page
    titles: dict[str, str] = {}
    for path in paths:
        rel = path.relative_to(seeds_dir).as_posix()
        source = f"{seeds_dir.name}/{rel}"
        info = None
        if memo is not None:
            try:
                info = path.stat()
            except OSError:
                info = None  # read_article says why
        known = memo.article(source, path, info) if memo is not None and info is not None else None
        try:
            article = known or read_article(path, source, max_bytes=max_bytes, fallback=fallback,
                                            stem=rel.rsplit(".", 1)[0])
        except SourceError as exc:
            errors.append(exc)
            continue
        except Exception as exc:  # noqa: BLE001  one article never stops the others; say what went wrong
            errors.append(SourceError(source, f"could not be read ({type(exc).__name__}: {exc})"[:300]))
            continue
        if known is None and memo is not None and info is not None:
            memo.keep(article, info)  # before the checks across files add their warnings
        base, n = article.slug, 1
        while article.slug in seen:
            n += 1
            article.slug = f"{base}-{n}"
        if n > 1:
            article.warnings.append(f"slug '{base}' is taken by {seen[base]}; published as '{article.slug}'")
        seen[article.slug] = article.source
        same = titles.setdefault(article.title.casefold(), article.source)
        if same != article.source:
            article.warnings.append(f"has the same title as {same}")
        articles.append(article)
    errors.sort(key=lambda e: e.path)
    return articles, errors
