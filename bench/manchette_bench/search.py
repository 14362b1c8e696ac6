"""Search at scale: what one query costs the reader's browser, and how big the index is.

    python -m manchette_bench.search --articles 10000 --work /tmp/search-10k
        generates the benchmark corpus (manchette_bench.corpus, the archive of `manchette bench`),
        builds it once with `mkdocs build`, then measures its search;
    python -m manchette_bench.search --site path/to/site
        measures an already built site (for example `manchette bench N --keep DIR`'s).

For each query, a fresh browser tab (empty cache) opens /recherche/, types the query like a
reader, and records every response (Playwright network events: body + headers, as sent by
Python's http.server on localhost, i.e. uncompressed) and the time from the last keystroke to
the first result on screen (measured inside the page). Needs Debian's Chromium.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path

from manchette.publish.search import BUNDLE, run_pagefind
from manchette.publish.searchperiods import element_end

# Words of every kind: in nearly every article of an archive about Russia ("Russie", whose
# stem "russ" is the heaviest entry of the index after "de"), in many, in few, in none.
QUERIES = [
    "cessez-le-feu",
    "Lavrov",
    "sanctions économiques",
    "Kremlin",
    "Russie",
    "défense",
    "Riyad",
    "Ouchakov",
    "gazoduc",
]
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


# What GitHub Pages sends compressed (Pagefind's own files are gzip already, sent as they are).
COMPRESSED_TYPES = (
    "text/",
    "application/javascript",
    "application/json",
    "application/xml",
    "application/atom+xml",
    "image/svg+xml",
)


class _SiteHandler(http.server.SimpleHTTPRequestHandler):
    """Serves `directory` under the URL prefix `prefix` ("/" or "/depot/"); 404 elsewhere.
    With `compress`, text files go out gzip-compressed when the browser accepts it."""

    prefix = "/"
    compress = False

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404, "outside the site's prefix")
            return None
        if self.compress and "gzip" in self.headers.get("Accept-Encoding", ""):
            path = Path(self.translate_path(self.path))
            if path.is_dir() and self.path.split("?", 1)[0].endswith("/"):
                path = path / "index.html"
            kind = self.guess_type(str(path))
            if path.is_file() and kind.startswith(COMPRESSED_TYPES):
                data = gzip.compress(path.read_bytes(), 6)
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Encoding", "gzip")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                return io.BytesIO(data)
        return super().send_head()

    def translate_path(self, path: str) -> str:
        return super().translate_path("/" + path[len(self.prefix) :])

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        pass


@contextmanager
def serve_site(site_dir: Path, prefix: str = "/", compress: bool = False) -> Iterator[str]:
    """Serve `site_dir` on a free localhost port under `prefix`; yields the site's base URL."""
    prefix = "/" + prefix.strip("/") + "/" if prefix.strip("/") else "/"
    handler = type("Handler", (_SiteHandler,), {"prefix": prefix, "compress": compress})
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


FIELD = "#mc-search-input"
STATUS = "#mc-search-status"
FIRST_RESULT = ".mc-result .mc-result__title a"

# Runs in the page before its scripts: the time of the last keystroke in the search field, and
# the first time after it that the page shows a result for what was typed (the message names
# the query and a result link, or no result at all, is on screen).
TIMING_SCRIPT = """
window.__mcTiming = {last: 0, first: 0};
document.addEventListener('input', (event) => {
  if (event.target.matches(FIELD)) {
    window.__mcTiming.last = performance.now();
    window.__mcTiming.first = 0;
  }
}, true);
new MutationObserver(() => {
  const t = window.__mcTiming;
  if (!t.last || t.first) return;
  const field = document.querySelector(FIELD);
  const status = document.querySelector(STATUS);
  if (!field || !status || !status.textContent.includes(field.value.trim())) return;
  if (document.querySelector(SELECTOR) || status.textContent.startsWith('Aucun')) {
    t.first = performance.now();
  }
}).observe(document, {childList: true, subtree: true, characterData: true});
"""
for _name, _value in (("FIELD", FIELD), ("STATUS", STATUS), ("SELECTOR", FIRST_RESULT)):
    TIMING_SCRIPT = TIMING_SCRIPT.replace(_name, repr(_value))


@dataclass
class QueryCost:
    query: str
    results: int
    first_result_ms: float  # last keystroke -> first result on screen
    search_bytes: int  # everything under /pagefind/ from page load to the results, as sent
    search_raw_bytes: int  # the same files uncompressed
    typed_bytes: int  # every response from the first keystroke to the results, as sent
    page_bytes: int  # the search page with its CSS and JS before typing, as sent
    second_query: str = ""
    second_bytes: int = 0  # the next query in the same tab
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
    """Every response of a tab, and whether requests are still under way.

    Chromium reports a worker's own script (pagefind-worker.js) without its body: for a
    script said to have none, the size is that of the file as the server sends it. (A fetch
    without a body is a revalidated copy from the browser's cache: nothing was downloaded.)"""

    def __init__(self, page, site: Path, base: str) -> None:
        self.seen: list[tuple[str, int]] = []
        self.pending = 0
        self.site, self.base = site, base
        page.on("request", self._started)
        page.on("requestfinished", self._finished)
        page.on("requestfailed", self._failed)

    def _started(self, request) -> None:
        self.pending += 1

    def _finished(self, request) -> None:
        self.pending -= 1
        sizes = request.sizes()
        body = max(sizes.get("responseBodySize", 0), 0)
        response = request.response()
        if not body and request.resource_type == "script" and response and response.ok:
            body = _sent_size(self.site, self.base, request.url)
        self.seen.append((request.url, body + max(sizes["responseHeadersSize"], 0)))

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
    field_ = page.locator(FIELD)
    field_.fill("")
    field_.click()
    field_.press_sequentially(query, delay=TYPING_DELAY_MS)
    page.wait_for_function("window.__mcTiming.first > 0", timeout=60_000)
    timing = page.evaluate("window.__mcTiming")
    traffic.settle(page)
    return round(timing["first"] - timing["last"], 1)


def _site_file(site: Path, base: str, url: str) -> Path | None:
    """The file of `site` that the server sends for `url`."""
    path = site / url.split(base, 1)[-1].split("?", 1)[0]
    if path.is_dir():
        path = path / "index.html"
    return path if path.is_file() else None


def _sent_size(site: Path, base: str, url: str) -> int:
    """The body of `url` as serve_site(compress=True) sends it."""
    path = _site_file(site, base, url)
    if path is None:
        return 0
    kind = _SiteHandler.guess_type(_SiteHandler, str(path))
    data = path.read_bytes()
    return len(gzip.compress(data, 6)) if kind.startswith(COMPRESSED_TYPES) else len(data)


def _raw_size(site: Path, base: str, url: str) -> int:
    path = _site_file(site, base, url)
    return path.stat().st_size if path else 0


def _open_search_page(browser, site: Path, base: str):
    """A fresh tab (empty cache) on /recherche/, its traffic recorded and settled."""
    context = browser.new_context(locale="fr-FR", viewport={"width": 1280, "height": 900})
    context.add_init_script(TIMING_SCRIPT)
    page = context.new_page()
    traffic = _Traffic(page, site, base)
    page.goto(base + "recherche/")
    traffic.settle(page)
    return context, page, traffic


def measure_query(browser, site: Path, base: str, query: str, second: str) -> QueryCost:
    context, page, traffic = _open_search_page(browser, site, base)
    page_bytes = sum(size for _, size in traffic.seen)
    before = len(traffic.seen)
    first_ms = _type_and_wait(page, traffic, query)
    message = page.locator(STATUS).inner_text()
    search = [(url, size) for url, size in traffic.seen if f"/{BUNDLE}/" in url]
    cost = QueryCost(
        query=query,
        results=int(re.sub(r"\D", "", message.split(" article")[0]) or 0),
        first_result_ms=first_ms,
        search_bytes=sum(size for _, size in search),
        search_raw_bytes=sum(_raw_size(site, base, url) for url, _ in search),
        typed_bytes=sum(size for _, size in traffic.seen[before:]),
        page_bytes=page_bytes,
        files=[(url.split(base, 1)[-1], size) for url, size in traffic.seen],
    )
    if second:
        before = len(traffic.seen)
        cost.second_query = second
        cost.second_first_result_ms = _type_and_wait(page, traffic, second)
        cost.second_bytes = sum(size for _, size in traffic.seen[before:])
    context.close()
    return cost


def measure_filters(browser, site: Path, base: str, query: str) -> dict:
    """What opening the filters costs once, after a first query: bytes and time to the facets."""
    context, page, traffic = _open_search_page(browser, site, base)
    _type_and_wait(page, traffic, query)
    before = len(traffic.seen)
    start = time.perf_counter()
    page.get_by_role("button", name="Filtres").click()
    page.locator("fieldset.mc-facet").first.wait_for(timeout=120_000)
    shown_ms = (time.perf_counter() - start) * 1000
    traffic.settle(page)
    opened = traffic.seen[before:]
    context.close()
    return {
        "bytes": sum(size for _, size in opened),
        "ms": round(shown_ms),
        "files": [(url.split(base, 1)[-1], size) for url, size in opened],
    }


def measure_site(site: Path, queries: list[str]) -> dict:
    """Each query in a fresh tab, served as GitHub Pages serves (text gzip-compressed)."""
    from playwright.sync_api import sync_playwright

    size = index_size(site)
    costs = []
    with serve_site(site, compress=True) as base, sync_playwright() as playwright:
        browser = _launch(playwright)
        for i, query in enumerate(queries):
            second = queries[(i + 1) % len(queries)] if len(queries) > 1 else ""
            costs.append(measure_query(browser, site, base, query, second))
        filters = measure_filters(browser, site, base, queries[0])
        browser.close()
    return {
        "index": asdict(size),
        "queries": [asdict(c) for c in costs],
        "filters": filters,
        "load_average": os.getloadavg(),
        "cores": os.cpu_count(),
    }


def build_corpus_site(n: int, work: Path, project_root: Path, seed: int = 6) -> tuple[Path, dict]:
    """The benchmark corpus of `manchette bench` (N articles), built once with `mkdocs build`."""
    from manchette.project import Project

    from .builds import copy_project
    from .corpus import read_samples, write_corpus

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


# --- a synthetic site: N article pages made from the article pages of a built site -----------

TITLE_RE = re.compile(r'(<(h\d)[^>]*data-pagefind-meta="title"[^>]*>)(.*?)(</\2>)', re.S)
ACTOR_RE = re.compile(r'(<a [^>]*data-pagefind-filter="acteur"[^>]*>)([^<]*)(</a>)')
YEAR_RE = re.compile(r'(data-pagefind-filter="année"[^>]*>)([^<]*)(<)')
PARAGRAPH_RE = re.compile(r"<(p|h2|h3|ul|ol|blockquote)\b.*?</\1>", re.S)


@dataclass
class _Frame:
    html: str
    body: tuple[int, int]  # the inside of the article's text element (.mc-body)
    paragraphs: list[str]
    undated: bool


def _frames(template: Path) -> list[_Frame]:
    frames = []
    for path in sorted((template / "articles").glob("*/**/index.html")):
        html = path.read_text(encoding="utf-8")
        if "data-pagefind-body" not in html or 'class="mc-body"' not in html:
            continue
        open_at = html.index('<div class="mc-body"')
        inner_start = html.index(">", open_at) + 1
        inner_end = element_end(html, open_at) - len("</div>")
        paragraphs = [m.group(0) for m in PARAGRAPH_RE.finditer(html[inner_start:inner_end])]
        undated = "sans-date" in path.relative_to(template).parts
        frames.append(_Frame(html, (inner_start, inner_end), paragraphs, undated))
    return frames


def _page(frame: _Frame, body: list[str], title: str, year: str, rng, pool: list[str]) -> str:
    from .corpus import pick_name

    def rename(found: re.Match) -> str:
        name = found.group(2)
        if " " in name and rng.random() < 0.5:  # people (two words or more), not countries
            name = escape(pick_name(rng, pool))
        return found.group(1) + name + found.group(3)

    html = frame.html[: frame.body[0]] + "\n".join(body) + frame.html[frame.body[1] :]
    html = TITLE_RE.sub(lambda m: m.group(1) + escape(title) + m.group(4), html, count=1)
    html = ACTOR_RE.sub(rename, html)
    return YEAR_RE.sub(lambda m: m.group(1) + year + m.group(3), html)


def synthetic_site(template: Path, out: Path, n: int, seed: int = 6) -> Path:
    """N article pages with the markup of `template`'s (a built Manchette site): each takes a
    page of the template as its frame, with a new title, date and year, half of its people
    renamed from the benchmark's long tail of names, and a body mixing its own paragraphs
    with other pages' (like the benchmark corpus). Everything else is copied as it is."""
    from .corpus import make_title, name_pool

    frames = _frames(template)
    if not frames:
        raise SystemExit(f"no article page with Manchette's markup in {template}")
    if out.exists():
        raise SystemExit(f"{out} exists: give an empty --work folder")
    shutil.copytree(template, out, ignore=shutil.ignore_patterns("articles", BUNDLE))
    rng = random.Random(f"searchbench:{seed}")
    pool = name_pool(seed)
    titles: set[str] = set()
    for i in range(n):
        frame = frames[i % len(frames)]
        title = make_title(rng, pool)
        while title in titles:
            title = make_title(rng, pool)
        titles.add(title)
        own = rng.sample(frame.paragraphs, k=max(1, int(len(frame.paragraphs) * 0.6)))
        others = [rng.choice(rng.choice(frames).paragraphs or [""]) for _ in range(len(own) // 2)]
        body = own + others
        rng.shuffle(body)
        year, month = rng.randint(2020, 2025), rng.randint(1, 12)
        html = _page(frame, body, title, "sans date" if frame.undated else str(year), rng, pool)
        folder = ("sans-date",) if frame.undated else (str(year), f"{month:02d}")
        page = out.joinpath("articles", *folder, f"article-{i:05d}", "index.html")
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(html, encoding="utf-8")
    return out


def reindex(site: Path) -> dict:
    """Pagefind alone on the built site, as every build runs it: wall, CPU and peak memory."""
    start = time.perf_counter()
    report = run_pagefind(site)
    wall = time.perf_counter() - start
    if not report.ok:
        raise SystemExit(f"Pagefind failed: {report.message}")
    return {
        "wall_s": round(wall, 1),
        "cpu_s": report.cpu_s,
        "peak_mb": report.peak_mb,
        "periods": report.periods,
    }


def _pagefind_line(run: dict | None) -> str:
    if not run:
        return "Pagefind: not run (the index as built)"
    return (
        f"Pagefind on the whole site: {run['wall_s']} s wall, {run['cpu_s']} s CPU,"
        f" {run['peak_mb']} MB peak memory, {run.get('periods', 1)} period(s)"
    )


def format_report(report: dict) -> str:
    size, queries = report["index"], report["queries"]
    kb, mb = 1024, 1024 * 1024
    lines = [
        f"site: {report['site']}",
        f"index: {size['pages']} pages, {size['bytes'] / mb:.1f} MB in {size['files']} files"
        f" (word index {size['index_bytes'] / mb:.1f} MB, fragments"
        f" {size['fragment_bytes'] / mb:.1f} MB, filters {size['filter_bytes'] / kb:.0f} KB,"
        f" JS/CSS/wasm {size['other_bytes'] / kb:.0f} KB)",
        _pagefind_line(report.get("pagefind")),
        "",
        "first query in a fresh tab (KB as sent, text gzip-compressed as GitHub Pages does):",
        f"{'query':<24}{'results':>8}{'first result':>14}{'search KB':>11}{'uncompressed':>14}"
        f"{'after typing':>14}{'next query':>12}{'next ms':>9}",
    ]
    for q in queries:
        lines.append(
            f"{q['query']:<24}{q['results']:>8}{q['first_result_ms']:>11.0f} ms"
            f"{q['search_bytes'] / kb:>11.0f}{q['search_raw_bytes'] / kb:>14.0f}"
            f"{q['typed_bytes'] / kb:>14.0f}{q['second_bytes'] / kb:>12.0f}"
            f"{q['second_first_result_ms']:>9.0f}"
        )

    def spread(key: str, scale: float = 1) -> str:
        values = [q[key] / scale for q in queries]
        return f"median {statistics.median(values):.0f}, max {max(values):.0f}"

    lines += [
        "",
        f"search KB: {spread('search_bytes', kb)} (uncompressed {spread('search_raw_bytes', kb)});"
        f" first result ms: {spread('first_result_ms')}",
        f"the search page before typing: {spread('page_bytes', kb)} KB",
        f"opening the filters (once): {report['filters']['bytes'] / kb:.0f} KB,"
        f" {report['filters']['ms']} ms to the facets",
        f"machine: {report['cores']} cores, load average {report['load_average'][0]:.1f}"
        " at the end (timings grow with the load)",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m manchette_bench.search", description=__doc__)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--site", type=Path, help="a built site to measure")
    source.add_argument("--articles", type=int, help="generate and build an N-article corpus")
    source.add_argument(
        "--synthetic", type=int, help="make N article pages from --template's, no build"
    )
    parser.add_argument("--template", type=Path, help="a built site whose article pages to use")
    parser.add_argument("--work", type=Path, help="folder for --articles or --synthetic (kept)")
    parser.add_argument("--project", type=Path, default=Path.cwd(), help="project root")
    parser.add_argument("--query", action="append", help="a query (repeatable)")
    parser.add_argument(
        "--no-reindex",
        action="store_true",
        help="measure the site's index as it is (no Pagefind run)",
    )
    parser.add_argument("--json", type=Path, help="also write the numbers here")
    args = parser.parse_args(argv)

    report: dict = {}
    if args.articles:
        if args.work is None:
            parser.error("--articles needs --work")
        args.work.mkdir(parents=True, exist_ok=True)
        site, report["build"] = build_corpus_site(args.articles, args.work.resolve(), args.project)
    elif args.synthetic:
        if args.work is None or args.template is None:
            parser.error("--synthetic needs --template and --work")
        start = time.perf_counter()
        site = synthetic_site(args.template, args.work.resolve() / "site", args.synthetic)
        # The search page's own script and style as they are now in the project.
        for name in ("search.js", "search.css"):
            source = args.project / "docs" / "assets" / name
            if source.is_file():
                shutil.copy2(source, site / "assets" / name)
        report["build"] = {
            "synthetic_pages": args.synthetic,
            "template": str(args.template),
            "generate_s": round(time.perf_counter() - start, 1),
        }
    else:
        site = args.site.resolve()
    report["site"] = str(site)
    report["pagefind"] = None if args.no_reindex else reindex(site)
    report.update(measure_site(site, args.query or QUERIES))
    print(format_report(report))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
