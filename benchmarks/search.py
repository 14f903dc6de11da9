"""Search benchmark (not a test): what a browser fetches and how long it waits for the first results of a query
on a built site, in headless Chromium (Debian's chromium + chromedriver) against a local server.

    .venv/bin/python benchmarks/search.py SITE_DIR ["Gordon Brown" ...] [--runs 3] [--synthetic 20000]

For each query: a fresh browser profile opens ``search/?q=QUERY``; the figures are the bytes of every
resource the page fetched from the moment the search started (Pagefind's scripts, WebAssembly, index chunks,
fragments; the page itself and Material's assets apart), the time from page load to the first result on screen,
and the first results. Bytes are as served, uncompressed (``python -m http.server``; GitHub Pages gzips).
With ``--synthetic N`` the site is first grown to N briefings (copies of its briefing pages, each copy's title
and text given a distinct word, under new URLs; actor pages as they are) and indexed again with Pagefind, so
the figures show how search grows with the archive; the index time and size are printed too.
"""
from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote

from selenium import webdriver
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1000")


SERVED: list[str] = []  # paths requested, in order (the browser's own resource timings miss Pagefind's worker)


class Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        SERVED.append(self.path.split("?")[0])
        super().do_GET()


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def browser() -> webdriver.Chrome:
    opts = webdriver.ChromeOptions()
    opts.binary_location = shutil.which("chromium") or shutil.which("google-chrome") or "chromium"
    for flag in FLAGS:
        opts.add_argument(flag)
    opts.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='chrome-')}")
    service = webdriver.ChromeService(executable_path=shutil.which("chromedriver") or "chromedriver")
    return webdriver.Chrome(service=service, options=opts)


def measure(base: str, query: str, gz_sizes: dict[str, int], site: Path) -> dict:
    driver = browser()
    try:
        SERVED.clear()
        started = time.perf_counter()
        driver.get(f"{base}search/?q={quote(query)}")
        loaded = time.perf_counter()
        WebDriverWait(driver, 60, poll_frequency=0.02).until(
            lambda d: d.find_elements(By.CSS_SELECTOR, ".briefing-search__result a.briefing-search__title"))
        first = time.perf_counter()
        links = driver.find_elements(By.CSS_SELECTOR, ".briefing-search__result a.briefing-search__title")
        results = [(a.text, a.get_attribute("href").removeprefix(base)) for a in links[:5]]
        count = driver.find_element(By.CSS_SELECTOR, ".briefing-search__status").text
        time.sleep(0.5)  # requests still in flight for the first results' excerpts
        served = list(SERVED)
    finally:
        driver.quit()
    fetched = [(p.lstrip("/"), (site / p.lstrip("/")).stat().st_size) for p in served if p.startswith("/pagefind/")]
    total = sum(size for _, size in fetched)
    gz = sum(gz_sizes.setdefault(n, _gzip_size(site / n)) for n, _ in fetched)
    return {"query": query, "count": count, "bytes": total, "gzip_bytes": gz, "requests": len(fetched),
            "page_load_s": round(loaded - started, 3), "first_result_s": round(first - started, 3),
            "first_result_after_load_s": round(first - loaded, 3), "results": results,
            "files": sorted(((n, s, gz_sizes[n]) for n, s in fetched), key=lambda kv: -kv[2])}


def _gzip_size(path: Path) -> int:
    try:
        return len(gzip.compress(path.read_bytes(), 6))
    except OSError:
        return 0


def synthesize(site: Path, out: Path, n: int) -> int:
    """A copy of ``site`` with ``n`` briefing pages: the real ones and varied copies. Returns the copies made."""
    shutil.copytree(site, out, copy_function=os.link, ignore=shutil.ignore_patterns("pagefind"))
    pages = sorted((site / "briefings").glob("*/index.html"))
    made = 0
    for i in range(max(0, n - len(pages))):
        src = pages[i % len(pages)]
        k = i // len(pages) + 1
        html = src.read_text(encoding="utf-8")
        word = f"variant{k}x{i}"
        html = html.replace("</h1>", f" ({word})</h1>", 1).replace('<p class="briefing-meta">',
                                                                    f'<p class="briefing-meta">{word} ', 1)
        dest = out / "briefings" / f"{src.parent.name}-copy{k}" / "index.html"
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_text(html, encoding="utf-8")
        made += 1
    return made


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("queries", nargs="*", default=["Gordon Brown", "Microsoft", "£2bn", "Brown pension"])
    ap.add_argument("--runs", type=int, default=3, help="runs per query (median time reported)")
    ap.add_argument("--synthetic", type=int, default=0, help="grow the site to this many briefings first")
    args = ap.parse_args()
    site = args.site.resolve()
    extra: dict = {}
    if args.synthetic:
        from generator import search as pagefind_index
        work = Path(tempfile.mkdtemp(prefix="search-bench-"))
        grown = work / "site"
        extra["copies"] = synthesize(site, grown, args.synthetic)
        report = pagefind_index.index_site(grown)
        extra.update(briefings=args.synthetic, index_pages=report.pages, index_s=round(report.seconds, 1),
                     index_words=report.words)
        print(f"grown to {args.synthetic} briefings: {report.summary()}", file=sys.stderr)
        site = grown
    if not (site / "pagefind" / "pagefind.js").is_file():
        raise SystemExit(f"{site} has no Pagefind index (pagefind/pagefind.js)")
    index = site / "pagefind"
    size = sum(p.stat().st_size for p in index.rglob("*") if p.is_file())
    server, base = serve(site)
    out = {"site": str(site), "index_files": sum(1 for p in index.rglob("*") if p.is_file()),
           "index_mb": round(size / 1e6, 2), **extra, "queries": []}
    gz: dict[str, int] = {}
    try:
        for q in args.queries:
            runs = [measure(base, q, gz, site) for _ in range(args.runs)]
            best = runs[0]
            best["first_result_s"] = statistics.median(r["first_result_s"] for r in runs)
            best["first_result_after_load_s"] = statistics.median(r["first_result_after_load_s"] for r in runs)
            out["queries"].append(best)
            print(f"{q!r}: {best['bytes'] / 1000:.0f} KB ({best['gzip_bytes'] / 1000:.0f} KB gzipped) in "
                  f"{best['requests']} requests, first result {best['first_result_s']:.2f} s; {best['count']}; "
                  f"top: {[t for t, _ in best['results'][:3]]}", file=sys.stderr)
    finally:
        server.shutdown()
        if args.synthetic:
            shutil.rmtree(site.parent, ignore_errors=True)
    json.dump(out, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
