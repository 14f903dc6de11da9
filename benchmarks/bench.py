#!/usr/bin/env python3
"""Benchmarks on the BBC corpus (not tests): extraction in one process against a Dask LocalCluster, extraction
throughput against the stock pipeline, and site builds (cold, warm, one article changed with `mkdocs build`
and with `mkdocs build --dirty`, plain Material build of the same pages) at growing archive sizes.

    .venv/bin/python benchmarks/bench.py [--corpus ../shared/corpus/bbc] [--sizes 500,1000,2225] [--jobs 2]
                                         [--extract-size 500] [--rounds 3] [--json out.json]
                                         [--cluster-only | --extract-only] [--synthetic 20000 [--workdir DIR]]

Extraction against the stock pipeline runs --rounds pairs of runs, the two taking turns to go first, and reports
the medians (wall-clock and CPU time). Prints a table (or, with --cluster-only, --extract-only or --synthetic, the
figures as JSON on stdout); --json FILE writes the figures to FILE (--json - to stdout).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

EDIT = "\n\nThe minister said on Friday that more would follow.\n"  # the one-article change of the benchmark
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import nlp, pipeline  # noqa: E402
from generator.build import Settings, build_briefings, extract_articles  # noqa: E402
from generator.site import Site  # noqa: E402
from generator.sources import read_article  # noqa: E402

MEASURE = ("import resource, subprocess, sys, time; t = time.perf_counter(); "
           "r = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True); "
           "dt = time.perf_counter() - t; "
           "print(r.returncode, dt, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss); "
           "sys.stderr.write(r.stderr if r.returncode else '')")


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(corpus.glob("*/*.txt"), key=lambda p: (p.parent.name, p.name))


def spread(files: list[Path], n: int) -> list[Path]:
    """n files spread evenly over the sorted corpus (so every size mixes all categories)."""
    if n >= len(files):
        return files
    step = len(files) / n
    return [files[int(i * step)] for i in range(n)]


def run_build(project: Path, *extra: str) -> dict:
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    cmd = [sys.executable, "-c", MEASURE, sys.executable, "-m", "mkdocs", "build", "-q", *extra]
    out = subprocess.run(cmd, cwd=project, capture_output=True, text=True, env=env)
    code, seconds, rss_kb = out.stdout.split()
    if code != "0":
        raise SystemExit(f"mkdocs build failed in {project}:\n{out.stderr}")
    return {"seconds": round(float(seconds), 2), "peak_mb": round(int(rss_kb) / 1024, 1)}


def du(path: Path) -> float:
    return round(sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6, 2)


def make_project(where: Path, files: list[Path], jobs: int) -> Path:
    project = where / "proj"
    project.mkdir(parents=True)
    cfg = (ROOT / "mkdocs.yml").read_text().replace("      seeds_dir: seeds",
                                                    f"      seeds_dir: seeds\n      jobs: {jobs}")
    (project / "mkdocs.yml").write_text(cfg)
    shutil.copytree(ROOT / "docs", project / "docs")
    seeds = project / "seeds"
    seeds.mkdir()
    for f in files:
        shutil.copy(f, seeds / f"{f.parent.name}-{f.name}")
    return project


def plain_project(where: Path, project: Path, jobs: int) -> Path:
    """The same pages as static Markdown in docs/, built by Material with its own search and no briefings plugin."""
    plain = where / "plain"
    shutil.copytree(project / "docs", plain / "docs")
    settings = Settings(seeds_dir=project / "seeds", cache_dir=project / ".briefing-cache", jobs=jobs)
    briefings, errors, _ = build_briefings(settings)
    for path, content in Site(briefings, [(e.path, e.reason) for e in errors]).pages().items():
        target = plain / "docs" / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    cfg = (project / "mkdocs.yml").read_text()
    start = cfg.index("plugins:")
    end = cfg.index("\nextra_css")
    cfg = cfg[:start] + "plugins:\n  - search  # Material's own search, as a plain site has it\n" + cfg[end:]
    (plain / "mkdocs.yml").write_text(cfg.replace("watch:\n  - seeds\n", ""))
    return plain


def _cpu() -> float:
    """CPU seconds of this process and of its finished child processes."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def bench_extraction(files: list[Path], jobs: int, rounds: int = 3) -> dict:
    """Extraction (reading, our pipeline, the extraction passes) against the stock, unmodified pipeline a user
    would otherwise run (``spacy.load`` + ``nlp.pipe``), at the same number of processes; each timing includes
    loading its pipeline and starting its worker processes. ``rounds`` pairs of runs, the two taking turns to go
    first; the ratios are the medians of the rounds' (this shared machine's speed changes by a quarter from one
    minute to the next), in wall-clock time and in CPU time (all processes)."""
    import spacy

    articles = [read_article(f, f.as_posix()) for f in files]
    texts = [a.text for a in articles]

    def stock() -> None:
        nlp_stock = spacy.load(pipeline.DEFAULT_PIPELINE)
        for _ in nlp_stock.pipe(texts, batch_size=32, n_process=jobs):
            pass

    def ours() -> None:
        nlp.load_pipeline.cache_clear()
        extract_articles(articles, Settings(cache_dir=None, jobs=jobs))

    runs = []
    for r in range(rounds):
        timed = {}
        for name, run in (("stock", stock), ("ours", ours)) if r % 2 == 0 else (("ours", ours), ("stock", stock)):
            wall, cpu = time.perf_counter(), _cpu()
            run()
            timed[name] = (time.perf_counter() - wall, _cpu() - cpu)
        runs.append({"stock_s": round(timed["stock"][0], 2), "extract_s": round(timed["ours"][0], 2),
                     "stock_cpu_s": round(timed["stock"][1], 2), "extract_cpu_s": round(timed["ours"][1], 2),
                     "ratio": round(timed["stock"][0] / timed["ours"][0], 3),
                     "cpu_ratio": round(timed["stock"][1] / timed["ours"][1], 3)})
    bare = statistics.median(r["stock_s"] for r in runs)
    mine = statistics.median(r["extract_s"] for r in runs)
    return {"articles": len(texts), "jobs": jobs, "rounds": runs, "stock_pipe_s": bare, "extract_s": mine,
            "stock_per_s": round(len(texts) / bare, 1), "extract_per_s": round(len(texts) / mine, 1),
            "ratio": statistics.median(r["ratio"] for r in runs),
            "cpu_ratio": statistics.median(r["cpu_ratio"] for r in runs)}


def bench_cluster(files: list[Path]) -> dict:
    """Extraction in one process against a Dask LocalCluster of one single-threaded worker per core (both with
    pipeline loading and, for the cluster, starting it); the same output either way."""
    articles = [read_article(f, f.as_posix()) for f in files]
    nlp.load_pipeline.cache_clear()
    t = time.perf_counter()
    one = extract_articles(articles, Settings(cache_dir=None, jobs=1))
    single = time.perf_counter() - t
    t = time.perf_counter()
    many = extract_articles(articles, Settings(cache_dir=None, scheduler="local"))
    cluster = time.perf_counter() - t
    same = [b.to_json() for b in one] == [b.to_json() for b in many]
    return {"articles": len(articles), "workers": os.cpu_count(), "one_process_s": round(single, 2),
            "local_cluster_s": round(cluster, 2), "speedup": round(single / cluster, 2), "same_output": same}


def synthetic_text(files: list[Path], i: int) -> str:
    """Article ``i`` of a synthetic archive: the corpus itself for the first ``len(files)``, then copy k of each
    article: its headline marked "(k)", its even paragraphs and the odd paragraphs of another article (k * STRIDE
    further on), and a closing sentence naming the copy. The mix keeps each copy a different text for the
    duplicate detector (a five-word-shingle similarity of about 0.3 with either source, where copies start at
    0.7), so the archive really has ``n`` briefings; copies with only a changed headline would be folded into one."""
    f = files[i % len(files)]
    k = i // len(files)
    text = f.read_text(encoding="utf-8")
    if not k:
        return text
    head, _, body = text.partition("\n")
    other = files[(i + k * STRIDE) % len(files)].read_text(encoding="utf-8").partition("\n")[2]
    ours = [p for p in body.split("\n\n") if p.strip()]
    theirs = [p for p in other.split("\n\n") if p.strip()]
    mixed = [ours[j] if j % 2 == 0 or j >= len(theirs) else theirs[j] for j in range(len(ours))]
    kept = sum(len(p) for p in mixed if p in ours)
    if kept > 0.5 * sum(map(len, mixed)):  # few or uneven paragraphs: the other article's text joins in full
        mixed = [p for p in mixed if p in ours] + theirs
    return f"{head} ({k})\n\n" + "\n\n".join(p.strip() for p in mixed) + f"\n\nThis is copy {k} of the report.\n"


STRIDE = 97  # copy k of article i takes its odd paragraphs from article i + k * STRIDE


def synthetic_project(where: Path, files: list[Path], n: int, jobs: int) -> Path:
    """A project of ``n`` articles (``synthetic_text``), in section folders as the corpus has them."""
    project = make_project(where, [], jobs)
    seeds = project / "seeds"
    for i in range(n):
        f = files[i % len(files)]
        k = i // len(files)
        folder = seeds / f.parent.name
        folder.mkdir(exist_ok=True)
        (folder / (f.stem + (f"-c{k}" if k else "") + ".txt")).write_text(synthetic_text(files, i), encoding="utf-8")
    return project


def bench_synthetic(files: list[Path], n: int, jobs: int, workdir: Path | None = None) -> dict:
    """Builds of a synthetic archive of ``n`` articles: cold, warm, one article changed, another changed with
    ``--dirty``. With ``workdir`` the project is made and kept there (to build it again later), else in a
    temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        where = workdir if workdir is not None else Path(tmp)
        project = synthetic_project(where, files, n, jobs)
        cold = run_build(project)
        warm = run_build(project)
        seeds = sorted((project / "seeds").rglob("*.txt"))
        seed = seeds[n // 2]
        seed.write_text(seed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        one = run_build(project)
        other = seeds[n // 3]
        other.write_text(other.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        one_dirty = run_build(project, "--dirty")
        site = project / "site"
        pages = sum(1 for _ in site.rglob("*.html"))
        briefings = sum(1 for _ in (site / "briefings").glob("*/index.html"))
        return {"articles": n, "briefings": briefings, "cold_s": cold["seconds"], "warm_s": warm["seconds"],
                "one_changed_s": one["seconds"], "one_changed_dirty_s": one_dirty["seconds"],
                "peak_mb": {"cold": cold["peak_mb"], "warm": warm["peak_mb"], "one_changed": one["peak_mb"],
                            "one_changed_dirty": one_dirty["peak_mb"]},
                "site_mb": du(site),
                "html_pages": pages, "search_index_mb": du(site / "pagefind"),
                "ms_per_page_warm": round(warm["seconds"] * 1000 / pages, 2)}


def bench_size(files: list[Path], jobs: int) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        where = Path(tmp)
        project = make_project(where, files, jobs)
        cold = run_build(project)
        warm = run_build(project)
        seeds = sorted((project / "seeds").iterdir())
        seed = seeds[len(files) // 2]
        seed.write_text(seed.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        one = run_build(project)
        other = seeds[len(files) // 3]
        other.write_text(other.read_text(encoding="utf-8") + EDIT, encoding="utf-8")
        one_dirty = run_build(project, "--dirty")
        site = project / "site"
        n = len(files)
        plain = run_build(plain_project(where, project, jobs))
        page = site / "briefings" / seed.stem.lower() / "index.html"
        return {"articles": n, "cold_s": cold["seconds"], "warm_s": warm["seconds"], "one_changed_s": one["seconds"],
                "one_changed_dirty_s": one_dirty["seconds"],
                "plain_material_s": plain["seconds"], "warm_vs_plain": round(warm["seconds"] / plain["seconds"], 2),
                "peak_mb": max(cold["peak_mb"], warm["peak_mb"], one["peak_mb"], one_dirty["peak_mb"]),
                "site_mb": du(site),
                "search_index_mb": du(site / "pagefind"),
                "kb_per_page": round(du(site / "briefings") * 1000 / n, 1),
                "ms_per_page_warm": round(warm["seconds"] * 1000 / n, 1),
                "sample_page_kb": round(page.stat().st_size / 1000, 1) if page.exists() else None}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus" / "bbc"))
    ap.add_argument("--sizes", default="500,1000,2225")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--extract-size", type=int, default=500)
    ap.add_argument("--rounds", type=int, default=3,
                    help="pairs of extraction runs (stock and ours, taking turns to go first); medians reported")
    ap.add_argument("--json", default=None, help="write the figures as JSON to this file ('-' for stdout)")
    ap.add_argument("--cluster-only", action="store_true", help="only extraction on one process vs a LocalCluster")
    ap.add_argument("--extract-only", action="store_true",
                    help="only extraction against the stock pipeline (no cluster, no builds)")
    ap.add_argument("--synthetic", type=int, default=0,
                    help="only builds of a synthetic archive of this many articles (the corpus repeated, varied)")
    ap.add_argument("--workdir", type=Path, default=None,
                    help="with --synthetic: make the project in this (new or empty) folder and keep it")
    args = ap.parse_args()
    if args.workdir is not None and args.workdir.exists() and any(args.workdir.iterdir()):
        raise SystemExit(f"--workdir {args.workdir} is not empty")
    files = corpus_files(Path(args.corpus))
    if not files:
        raise SystemExit(f"no articles under {args.corpus}")
    result = {"corpus_articles": len(files), "pipeline": pipeline.pipeline_id(), "cpus": os.cpu_count()}
    if args.synthetic:
        print(f"builds of a synthetic archive of {args.synthetic} articles ...", file=sys.stderr)
        result["synthetic"] = bench_synthetic(files, args.synthetic, args.jobs, args.workdir)
        return _output(result, args.json)
    if not args.extract_only:
        print(f"extraction on {args.extract_size} articles: one process vs a Dask LocalCluster ...", file=sys.stderr)
        result["cluster"] = c = bench_cluster(spread(files, args.extract_size))
        print(f"one process {c['one_process_s']} s, LocalCluster of {c['workers']} {c['local_cluster_s']} s: "
              f"x{c['speedup']}, same output: {c['same_output']}", file=sys.stderr)
    if args.cluster_only:
        return _output(result, args.json)
    print(f"extraction on {args.extract_size} articles, jobs={args.jobs}, {args.rounds} rounds ...", file=sys.stderr)
    result["extraction"] = e = bench_extraction(spread(files, args.extract_size), args.jobs, args.rounds)
    for r in e["rounds"]:
        print(f"  stock {r['stock_s']} s ({r['stock_cpu_s']} s CPU), ours {r['extract_s']} s ({r['extract_cpu_s']} s "
              f"CPU): ratio {r['ratio']} (CPU {r['cpu_ratio']})", file=sys.stderr)
    print(f"median ratio {e['ratio']} (CPU {e['cpu_ratio']})", file=sys.stderr)
    if args.extract_only:
        return _output(result, args.json)
    result["builds"] = []
    for n in [int(s) for s in args.sizes.split(",")]:
        print(f"site builds with {n} articles ...", file=sys.stderr)
        result["builds"].append(bench_size(spread(files, n), args.jobs))
    print(f"\nExtraction, {e['articles']} articles, {e['jobs']} processes: stock spacy.load + nlp.pipe "
          f"{e['stock_per_s']}/s, "
          f"extract {e['extract_per_s']}/s, ratio {e['ratio']} (CPU time {e['cpu_ratio']})")
    cols = ["articles", "cold_s", "warm_s", "one_changed_s", "one_changed_dirty_s", "plain_material_s", "warm_vs_plain",
            "peak_mb",
            "site_mb", "search_index_mb", "kb_per_page", "ms_per_page_warm"]
    print("\n| " + " | ".join(cols) + " |\n|" + "---|" * len(cols))
    for row in result["builds"]:
        print("| " + " | ".join(str(row[c]) for c in cols) + " |")
    return _output(result, args.json, table_printed=True)


def _output(result: dict, where: str | None, table_printed: bool = False) -> int:
    """The figures as JSON: to the file ``where``, to stdout with "-", or (no table printed) to stdout."""
    text = json.dumps(result, indent=1)
    if where and where != "-":
        Path(where).write_text(text + "\n")
    elif where == "-" or not table_printed:
        print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
