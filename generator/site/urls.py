"""One URL scheme: where every generated page and data file lives (paths relative to ``docs/``), and links
between them, relative to the page they appear on, for both MkDocs URL styles (``use_directory_urls`` true or
false)."""
from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable

from generator.sources import slugify

HOME = "index.md"
ACTORS_INDEX = "actors/index.md"
QUOTES_INDEX = "quotes.md"
COMMITMENTS = "commitments.md"
TAGS_INDEX = "tags.md"
ARCHIVE_INDEX = "archive/index.md"
SEARCH = "search.md"  # the search page (with the plugin's search on)
INDEX_PAGES = (HOME, ACTORS_INDEX, QUOTES_INDEX, COMMITMENTS, TAGS_INDEX)
ALL_BRIEFINGS_JSON = "data/briefings.json"
COMMITMENTS_CSV = "data/commitments.csv"
QUOTES_CSV = "data/quotes.csv"


def relpath(target: str, base: str) -> str:
    """``posixpath.relpath`` for clean paths from the site root ("." for the root), without its calls to
    ``os.getcwd``: links are computed about a hundred thousand times for a large archive."""
    t = [] if target == "." else target.split("/")
    b = [] if base == "." else base.split("/")
    n = 0
    while n < len(t) and n < len(b) and t[n] == b[n]:
        n += 1
    return "/".join([".."] * (len(b) - n) + t[n:]) or "."


# top-level folders that hold generated files only (besides briefings_dir): a dirty build prunes them
GENERATED_FOLDERS = frozenset({"actors", "tags", "quotes", "archive", "data", "feeds", "commitments"})
# briefings_dir may be none of those, nor a folder of MkDocs' or Material's own files
OWNED_FOLDERS = GENERATED_FOLDERS | {"search", "pagefind", "assets", "stylesheets", "javascripts"}
_FOLDER = re.compile(r"[a-z0-9][a-z0-9_-]*(?:/[a-z0-9][a-z0-9_-]*)*")
ACTOR_LETTERS = "a-z"  # actors/a-z/<initial>.md: no actor's slug may take it
RESERVED = frozenset({"index"})  # "x/index.md" is the page at "x/": a slug never takes it


class SlugSpace:
    """Slugs unique within one folder: each name claims the first free slug of its base, then ``-2``, ``-3`` ...
    A name with no usable letters (a non-Latin script) gets ``fallback``; RESERVED slugs are never given."""

    def __init__(self, reserved: Iterable[str] = ()):
        self.taken: set[str] = set(RESERVED) | set(reserved)

    def claim(self, name: str, fallback: str = "item") -> str:
        base = slugify(name) or fallback
        slug, n = base, 1
        while slug in self.taken:
            n += 1
            slug = f"{base}-{n}"
        self.taken.add(slug)
        return slug


def unique_slugs(names: Iterable[str], fallback: str = "item", reserved: Iterable[str] = ()) -> dict[str, str]:
    """Name -> slug, unique in the order given (later clashes get -2, -3 ...), never a reserved one."""
    space = SlugSpace(reserved)
    return {name: space.claim(name, fallback) for name in names}


class UniquePaths:
    """Every generated file must land at its own URL (case-insensitively: some file systems fold case). The one
    place this is checked; a clash is a bug in how paths are made, so it stops the build with both paths."""

    def __init__(self, urls: Urls):
        self.urls = urls
        self.seen: dict[str, str] = {}

    def add(self, path: str) -> str:
        where = (self.urls.page(path) if path.endswith(".md") else path).casefold()
        if where in self.seen:
            raise ValueError(f"two generated files would share the URL '{where}': {self.seen[where]} and {path}")
        self.seen[where] = path
        return path


def _link(folder: str, to: str) -> str:
    """Relative link from a folder of the site to site URL or file ``to``."""
    base = folder.rstrip("/") or "."
    rel = relpath(to.rstrip("/") or ".", base)
    if to.endswith("/") and rel != ".":
        rel += "/"
    return "./" if rel == "." else rel


class Urls:
    """Page paths and the links between them."""

    def __init__(self, directory_urls: bool, briefings_dir: str = "briefings"):
        self.directory_urls = directory_urls
        self.bdir = briefings_dir.strip("/")
        if not _FOLDER.fullmatch(self.bdir) or self.bdir.split("/")[0] in OWNED_FOLDERS:
            raise ValueError(f"briefings_dir '{briefings_dir}' must be a folder of lower-case letters, digits, '-' "
                             f"and '_', and not one the site uses ({', '.join(sorted(OWNED_FOLDERS))})")

    # --- where things live --------------------------------------------------------------------------------
    def briefing(self, slug: str) -> str:
        return f"{self.bdir}/{slug}.md"

    def briefing_json(self, slug: str) -> str:
        return f"{self.bdir}/{slug}.json"

    @staticmethod
    def actor(slug: str) -> str:
        return f"actors/{slug}.md"

    @staticmethod
    def actors_letter(initial: str) -> str:
        return f"actors/{ACTOR_LETTERS}/{initial}.md"

    @staticmethod
    def tag(slug: str) -> str:
        return f"tags/{slug}.md"

    @staticmethod
    def quotes_page(initial: str, n: int = 1) -> str:
        """The n-th page of the quotes of speakers whose name starts with ``initial``."""
        return f"quotes/{initial}.md" if n == 1 else f"quotes/{initial}-{n}.md"

    @staticmethod
    def archive(slug: str) -> str:
        return f"archive/{slug}.md"

    @staticmethod
    def tracked(slug: str) -> str:
        """A tracked commitment's page."""
        return f"commitments/{slug}.md"

    @staticmethod
    def feed(kind: str = "", slug: str = "") -> str:
        """The Atom feed of the whole site (``feed()``), a section or an actor (``feed("actors", slug)``)."""
        return f"feeds/{kind}/{slug}.xml" if kind else "feeds/briefings.xml"

    def from_file(self, file: str, page: str) -> str:
        """Link from a generated file (a feed) to the page at Markdown path ``page``."""
        return _link(posixpath.dirname(file), self.page(page))

    # --- links --------------------------------------------------------------------------------------------
    def page(self, path: str) -> str:
        """Site URL (from the root, no leading slash) of a Markdown page path."""
        stem = path[:-3]
        if stem == "index" or stem.endswith("/index"):
            return stem[:-5]
        return f"{stem}/" if self.directory_urls else f"{stem}.html"

    def href(self, from_page: str, to: str) -> str:
        """Link from the page at Markdown path ``from_page`` to site URL or file ``to``."""
        here = self.page(from_page)
        return _link(here if here.endswith("/") or here == "" else posixpath.dirname(here), to)

    def to_page(self, from_page: str, path: str, anchor: str | None = None) -> str:
        """Link from one Markdown page to another (and an anchor on it)."""
        href = self.href(from_page, self.page(path))
        return f"{href}#{anchor}" if anchor else href
