"""Search at scale: what one query costs the reader's browser, and how big the index is.

    python -m manchette.searchbench --articles 10000 --work /tmp/search-10k
        generates the benchmark corpus (manchette.corpus, the archive of `manchette bench`),
        builds it once with `mkdocs build`, then measures its search;
    python -m manchette.searchbench --site path/to/site
        measures an already built site (for example `manchette bench N --keep DIR`'s).

For each query, a fresh browser tab (empty cache) opens /recherche/, types the query like a
reader, and records every response (Playwright network events: body + headers, as sent by
Python's http.server on localhost, i.e. uncompressed) and the time from the last keystroke to
the first result on screen (measured inside the page). Needs Debian's Chromium.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .search import BUNDLE, run_pagefind

QUERIES = ["cessez-le-feu", "Lavrov", "sanctions économiques", "Kremlin", "gazoduc", "Zelensky"]
TYPING_DELAY_MS = 60  # between keystrokes: a quick typist; shorter than the UI's debounce
CHROMIUM = Path(os.environ.get("MANCHETTE_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under the URL prefix `prefix` ("/" or "/depot/"); 404 elsewhere."""

    prefix = "/"

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404, "outside the site's prefix")
            return None
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


@contextmanager
def serve_site(site_dir: Path, prefix: str = "/") -> Iterator[str]:
    """Serve `site_dir` on a free localhost port under `prefix`; yields the site's base URL."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = type("Handler", (_SiteHandler,), {"prefix": prefix})
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(handler, directory=str(site_dir))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


FIRST_RESULT = "li.pagefind-ui__result .pagefind-ui__result-link"

# Runs in the page before its scripts: the time of the last keystroke in the search field, and
# the first time after it that the page shows a result for what was typed (the message names
# the query and a result link, or no result at all, is on screen).
TIMING_SCRIPT = """
window.__mcTiming = {last: 0, first: 0};
document.addEventListener('input', (event) => {
  if (event.target.matches('.pagefind-ui__search-input')) {
    window.__mcTiming.last = performance.now();
    window.__mcTiming.first = 0;
  }
}, true);
new MutationObserver(() => {
  const t = window.__mcTiming;
  if (!t.last || t.first) return;
  const field = document.querySelector('.pagefind-ui__search-input');
  const message = document.querySelector('.pagefind-ui__message');
  const answered = document.querySelector(SELECTOR)
    || !document.querySelector('li.pagefind-ui__result');  // no result is an answer too
  if (field && message && message.textContent.includes(field.value.trim()) && answered) {
    t.first = performance.now();
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
""".replace("SELECTOR", repr(FIRST_RESULT))


@dataclass
class QueryCost:
    query: str
    results: int
    first_result_ms: float  # last keystroke -> first result link on screen
    query_bytes: int  # every response from the first keystroke until the results settle
    query_requests: int
    search_files_bytes: int  # responses under /pagefind/ from page load to settled results
    page_bytes: int  # the search page itself with its CSS, JS and fonts, before typing
    second_query: str = ""
    second_query_bytes: int = 0
    second_first_result_ms: float = 0.0
    files: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class IndexSize:
    pages: int
    bytes: int
    files: int
    index_bytes: int  # word index chunks (pf_index)
    fragment_bytes: int  # per-page fragments (pf_fragment)
    filter_bytes: int  # filter chunks (pf_filter)
    other_bytes: int  # JS, CSS, WebAssembly, metadata


def index_size(site: Path) -> IndexSize:
    bundle = site / BUNDLE
    sizes = {"pf_index": 0, "pf_fragment": 0, "pf_filter": 0}
    total = files = 0
    for path in bundle.rglob("*"):
        if path.is_file():
            size = path.stat().st_size
            total += size
            files += 1
            kind = path.suffix.lstrip(".")
            if kind in sizes:
                sizes[kind] += size
    entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = sum(lang.get("page_count", 0) for lang in entry.get("languages", {}).values())
    other = total - sum(sizes.values())
    return IndexSize(
        pages, total, files, sizes["pf_index"], sizes["pf_fragment"], sizes["pf_filter"], other
    )


def _launch(playwright):
    if not CHROMIUM.exists():
        raise SystemExit(
            f"Chromium not found at {CHROMIUM}: apt-get install -y chromium "
            "(or set MANCHETTE_CHROMIUM)"
        )
    return playwright.chromium.launch(
        executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
    )


class _Traffic:
    """Every response of a tab, and whether requests are still under way."""

    def __init__(self, page) -> None:
        self.seen: list[tuple[str, int]] = []
        self.pending = 0
        page.on("request", self._started)
        page.on("requestfinished", self._finished)
        page.on("requestfailed", self._failed)

    def _started(self, request) -> None:
        self.pending += 1

    def _finished(self, request) -> None:
        self.pending -= 1
        sizes = request.sizes()
        size = max(sizes.get("responseBodySize", 0), 0) + max(sizes["responseHeadersSize"], 0)
        self.seen.append((request.url, size))

    def _failed(self, request) -> None:
        self.pending -= 1

    def settle(self, page, quiet_ms: int = 500) -> None:
        """Wait until no request is under way and none starts for `quiet_ms`."""
        while True:
            count = len(self.seen)
            page.wait_for_timeout(quiet_ms)
            if self.pending <= 0 and len(self.seen) == count:
                return


def _type_and_wait(page, traffic: _Traffic, query: str) -> float:
    field_ = page.locator(".pagefind-ui__search-input")
    field_.fill("")
    field_.click()
    field_.press_sequentially(query, delay=TYPING_DELAY_MS)
    page.wait_for_function("window.__mcTiming.first > 0", timeout=60_000)
    timing = page.evaluate("window.__mcTiming")
    traffic.settle(page)
    return round(timing["first"] - timing["last"], 1)


def measure_query(browser, base: str, query: str, second: str) -> QueryCost:
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    context.add_init_script(TIMING_SCRIPT)
    page = context.new_page()
    traffic = _Traffic(page)
    page.goto(base + "recherche/")
    traffic.settle(page)
    page_bytes = sum(size for _, size in traffic.seen)
    before = len(traffic.seen)
    first_ms = _type_and_wait(page, traffic, query)
    message = page.locator(".pagefind-ui__message").inner_text()
    query_files = traffic.seen[before:]
    cost = QueryCost(
        query=query,
        results=int(message.split()[0]) if message[:1].isdigit() else 0,
        first_result_ms=first_ms,
        query_bytes=sum(size for _, size in query_files),
        query_requests=len(query_files),
        search_files_bytes=sum(size for url, size in traffic.seen if f"/{BUNDLE}/" in url),
        page_bytes=page_bytes,
        files=[(url.split(base, 1)[-1], size) for url, size in query_files],
    )
    if second:
        before = len(traffic.seen)
        cost.second_query = second
        cost.second_first_result_ms = _type_and_wait(page, traffic, second)
        cost.second_query_bytes = sum(size for _, size in traffic.seen[before:])
    context.close()
    return cost


def measure_site(site: Path, queries: list[str]) -> dict:
    from playwright.sync_api import sync_playwright

    size = index_size(site)
    costs = []
    with serve_site(site) as base, sync_playwright() as playwright:
        browser = _launch(playwright)
        for i, query in enumerate(queries):
            costs.append(measure_query(browser, base, query, queries[(i + 1) % len(queries)]))
        browser.close()
    return {"index": asdict(size), "queries": [asdict(c) for c in costs]}


def build_corpus_site(n: int, work: Path, project_root: Path, seed: int = 6) -> tuple[Path, dict]:
    """The benchmark corpus of `manchette bench` (N articles), built once with `mkdocs build`."""
    from .bench import copy_project
    from .corpus import read_samples, write_corpus
    from .project import Project

    project = Project(project_root)
    archive = work / "archive"
    if archive.exists():
        raise SystemExit(f"{archive} exists: give an empty --work folder")
    start = time.perf_counter()
    copy_project(project, archive)
    write_corpus(archive / "articles", read_samples(project.articles, project.layouts), n, seed)
    generated = time.perf_counter() - start
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q"],
        cwd=archive,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
    )
    built = time.perf_counter() - start
    (work / "build.log").write_text(done.stdout + done.stderr, encoding="utf-8")
    if done.returncode != 0 or not (archive / "site" / BUNDLE).is_dir():
        raise SystemExit(f"the build failed: see {work / 'build.log'}")
    return archive / "site", {
        "articles": n,
        "generate_s": round(generated, 1),
        "build_s": round(built, 1),
    }


def reindex_seconds(site: Path) -> float:
    """Pagefind alone on the built site (what every build adds for search)."""
    start = time.perf_counter()
    report = run_pagefind(site)
    if not report.ok:
        raise SystemExit(report.message)
    return round(time.perf_counter() - start, 1)


def format_report(report: dict) -> str:
    size = report["index"]
    kb = 1024
    lines = [
        f"site: {report['site']}",
        f"index: {size['pages']} pages, {size['bytes'] / kb / kb:.1f} MB in {size['files']} files"
        f" (word index {size['index_bytes'] / kb / kb:.1f} MB, fragments"
        f" {size['fragment_bytes'] / kb / kb:.1f} MB, filters {size['filter_bytes'] / kb:.0f} KB,"
        f" JS/CSS/wasm {size['other_bytes'] / kb:.0f} KB); Pagefind run: {report['pagefind_s']} s",
        "",
        f"{'query':<24}{'results':>8}{'first result':>14}{'query KB':>10}"
        f"{'requests':>10}{'search files KB':>17}{'next query KB':>15}{'next ms':>9}",
    ]
    for q in report["queries"]:
        lines.append(
            f"{q['query']:<24}{q['results']:>8}{q['first_result_ms']:>11.0f} ms"
            f"{q['query_bytes'] / kb:>10.0f}{q['query_requests']:>10}"
            f"{q['search_files_bytes'] / kb:>17.0f}{q['second_query_bytes'] / kb:>15.0f}"
            f"{q['second_first_result_ms']:>9.0f}"
        )
    qs = report["queries"]
    lines += [
        "",
        f"first query: median {statistics.median(q['query_bytes'] for q in qs) / kb:.0f} KB,"
        f" max {max(q['query_bytes'] for q in qs) / kb:.0f} KB;"
        f" first result median {statistics.median(q['first_result_ms'] for q in qs):.0f} ms,"
        f" max {max(q['first_result_ms'] for q in qs):.0f} ms",
        f"search page before typing: {statistics.median(q['page_bytes'] for q in qs) / kb:.0f} KB",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m manchette.searchbench", description=__doc__)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--site", type=Path, help="a built site to measure")
    source.add_argument("--articles", type=int, help="generate and build an N-article corpus")
    parser.add_argument("--work", type=Path, help="folder for --articles (kept)")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="project root")
    parser.add_argument("--query", action="append", help="a query (repeatable)")
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)

    report: dict = {}
    if args.articles:
        if args.work is None:
            parser.error("--articles needs --work")
        args.work.mkdir(parents=True, exist_ok=True)
        site, report["build"] = build_corpus_site(args.articles, args.work.resolve(), args.project)
    else:
        site = args.site.resolve()
    report["site"] = str(site)
    report["pagefind_s"] = reindex_seconds(site)
    report.update(measure_site(site, args.query or QUERIES))
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
