"""Command line: ``python -m generator extract FILE...`` and ``python -m generator check [SEEDS]``."""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from generator import pipeline
from generator.build import Settings, extract_articles, stderr_report
from generator.config import OPTIONS
from generator.sources import Article, SourceError, load_articles, read_article


def _common(p: argparse.ArgumentParser) -> None:
    """The configuration options that concern reading and parsing (``generator.config``), as flags."""
    for option in OPTIONS:
        if option.cli:
            default = "none" if option.default is None else repr(option.default)
            p.add_argument(option.flag, dest=option.name, type=option.type, default=option.default,
                           help=f"{option.help} (default {default})".replace("%", "%%"))
    p.add_argument("--quiet", action="store_true", help="no progress messages")


def _settings(args: argparse.Namespace) -> Settings:
    return Settings(pipeline=args.pipeline, jobs=max(1, args.jobs), batch_size=max(1, args.batch_size),
                    cache_dir=Path(args.cache_dir) if args.cache_dir else None,
                    max_bytes=args.max_bytes, encoding_fallback=args.encoding_fallback, scheduler=args.scheduler)


def _in_shard(name: str, shard: tuple[int, int] | None) -> bool:
    if shard is None:
        return True
    k, n = shard
    return int(hashlib.sha256(name.encode()).hexdigest(), 16) % n == k - 1


def _shard(text: str) -> tuple[int, int]:
    try:
        k, n = (int(x) for x in text.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError("--shard takes K/N, e.g. 2/8") from None
    if not 1 <= k <= n:
        raise argparse.ArgumentTypeError("--shard K/N needs 1 <= K <= N")
    return k, n


def cmd_extract(args: argparse.Namespace) -> int:
    articles: list[Article] = []
    failed = 0
    for name in args.files:
        if not _in_shard(name, args.shard):
            continue
        path = Path(name)
        try:
            articles.append(read_article(path, name, max_bytes=args.max_bytes, fallback=args.encoding_fallback))
        except SourceError as exc:
            print(f"error: {exc.path}: {exc.reason}", file=sys.stderr)
            failed += 1
    try:
        errors: list[SourceError] = []
        briefings = extract_articles(articles, _settings(args), None if args.quiet else stderr_report, errors)
    except pipeline.PipelineError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for err in errors:
        print(f"error: {err.path}: {err.reason}", file=sys.stderr)
        failed += 1
    for a in articles:
        for w in a.warnings:
            print(f"warning: {a.source}: {w}", file=sys.stderr)
    if not args.no_output:
        for b in briefings:
            sys.stdout.write(json.dumps(b.to_json(), ensure_ascii=False, sort_keys=True) + "\n")
    return 1 if failed else 0


def cmd_check(args: argparse.Namespace) -> int:
    seeds = Path(args.seeds)
    if not seeds.is_dir():
        what = "is not a folder" if seeds.exists() else "does not exist"
        print(f"error: {args.seeds} {what}; check takes the seeds folder (python -m generator check seeds)",
              file=sys.stderr)
        return 2
    articles, errors = load_articles(seeds, max_bytes=args.max_bytes, fallback=args.encoding_fallback)
    for a in articles:
        for w in a.warnings:
            print(f"warning: {a.source}: {w}")
    for e in errors:
        print(f"error: {e.path}: {e.reason}")
    print(f"{len(articles)} article(s) ready, {len(errors)} rejected")
    return 1 if errors else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    p = sub.add_parser("extract", help="print one JSON object per article (JSON Lines)")
    p.add_argument("files", nargs="+", help="article files (.txt or .md)")
    p.add_argument("--shard", type=_shard, default=None, metavar="K/N",
                   help="only the K-th of N shards of FILES (by a hash of the name): run N of these on N machines")
    p.add_argument("--no-output", action="store_true", help="only fill the cache (for sharded runs)")
    _common(p)
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("check", help="read every article in a seeds folder and report the ones that would be rejected")
    p.add_argument("seeds", nargs="?", default="seeds")
    _common(p)
    p.set_defaults(func=cmd_check)
    args = ap.parse_args(argv)
    status: int = args.func(args)
    return status
