"""Full-text search: the Pagefind index of the built site, one index per period.

Pagefind reads the rendered HTML and writes a chunked index into `site/pagefind/`: the browser
then downloads only the chunks a query needs, not the whole archive. Only the elements marked
`data-pagefind-body` (the article pages) are indexed, with French stemming.

Why periods: the index chunk of a word holds every place where the word occurs, and Pagefind
ranks every page that has it. In an archive about Russia, "russie" is in nearly every article:
at 10,000 articles its chunk weighed about 260 KB and ranking it took half a second. So each
period (`searchperiods`: whole months, about 1,000 articles) is its own index inside the one
bundle: Pagefind's per-language indexes, under private-use language tags such as
`fr-x-1a2b3c4d`, all with the French stemmer and one shared WebAssembly. The search page asks
the newest periods first (about 1,000 articles) and goes back in time as far as the reader
asks; `periods.json` tells it which periods there are.

Each period's index is kept in a cache folder under its key, which changes only when one of its
pages does: a rebuild indexes again only the periods whose articles changed.
"""

from __future__ import annotations

import importlib.metadata
import json
import logging
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .searchorder import sort_bundle
from .searchperiods import PERIOD_ARTICLES, Period, plan_periods
from .writer import write_atomically

BUNDLE = "pagefind"  # the index folder, relative to the site root (also the URL path)
PERIODS_FILE = "periods.json"  # read by docs/assets/search.js
ENTRY_FILE = "pagefind-entry.json"
# Read for filters and metadata but not as text: hidden elements (the year, the sort key),
# and the actor and theme labels of an article's header, which are facets: a query matches
# what the article says, and excerpts come from its text rather than from its labels.
UNREAD = '[hidden], [data-pagefind-filter="acteur"], [data-pagefind-filter="thème"]'
TIMEOUT = 1800  # seconds; a 10,000-article site indexes in well under a minute
# MANCHETTE_SEARCH=later: the build leaves the index to `python -m manchette.publish.search site/`, run
# after MkDocs has exited, so that Pagefind's memory does not add up with MkDocs' own.
LATER_ENV = "MANCHETTE_SEARCH"


@dataclass(frozen=True)
class IndexReport:
    ok: bool
    pages: int = 0
    periods: int = 0
    indexed: int = 0  # periods indexed by this run (the others came from the cache)
    message: str = ""
    cpu_s: float = 0.0  # Pagefind's CPU time, all periods
    peak_mb: int = 0  # the largest Pagefind process


def pagefind_executable() -> Path | None:
    """The Pagefind binary: PAGEFIND_BINARY_PATH, else the one in the `pagefind[bin]` wheel,
    else `pagefind` on PATH (the lookup of Pagefind's own Python API)."""
    try:
        from pagefind.service import get_executable

        found = get_executable()
    except (ImportError, FileNotFoundError):
        which = shutil.which("pagefind")
        found = Path(which) if which else None
    return found if found is not None and found.is_file() else None


def pagefind_version() -> str:
    try:
        return importlib.metadata.version("pagefind")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


def _run_one(executable: Path, site_dir: Path, period: Period, out: Path, timeout: float) -> None:
    """Index one period into `out`; raises on failure."""
    command = [
        *(str(executable), "--site", str(site_dir), "--output-path", str(out)),
        *("--glob", period.glob(), "--force-language", period.key),
        *("--exclude-selectors", UNREAD),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    output = done.stdout + done.stderr
    if done.returncode != 0 or not (out / ENTRY_FILE).is_file():
        tail = " | ".join(line.strip() for line in output.strip().splitlines()[-5:])
        raise RuntimeError(f"Pagefind failed (exit {done.returncode}): {tail}")


def _place(source: Path, target: Path) -> None:
    """A hard link when the file system allows (the cache and the site hold the same bytes)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)


def _store(out: Path, stored: Path, common: Path, period: Period, lang: str) -> None:
    """Keep a fresh Pagefind output in the cache: the period's own files (its metadata and
    the index, fragment and filter folders) in `stored`, the files every index shares
    (Pagefind's scripts, the WebAssembly, named after the language) in `common`."""
    if not common.is_dir():
        shared = common.with_name(common.name + ".tmp")
        shutil.rmtree(shared, ignore_errors=True)
        shared.mkdir(parents=True)
        for path in out.iterdir():
            if path.is_file() and path.name != ENTRY_FILE and path.suffix != ".pf_meta":
                own_wasm = path.name == f"wasm.{period.key}.pagefind"
                shutil.copy2(path, shared / (f"wasm.{lang}.pagefind" if own_wasm else path.name))
        shared.rename(common)
    entry = json.loads((out / ENTRY_FILE).read_text(encoding="utf-8"))
    entry["languages"][period.key]["wasm"] = lang
    shutil.rmtree(stored, ignore_errors=True)
    stored.mkdir(parents=True)
    for path in out.iterdir():
        if path.is_dir() or path.suffix == ".pf_meta":
            path.rename(stored / path.name)
    # Written last and whole: a period without its entry file is not in the cache.
    write_atomically(stored / ENTRY_FILE, json.dumps(entry, ensure_ascii=False).encode())
    shutil.rmtree(out)


def _assemble(bundle: Path, common: Path, stored: list[Path], entry: dict) -> None:
    shutil.rmtree(bundle, ignore_errors=True)
    for path in common.iterdir():
        _place(path, bundle / path.name)
    for folder in stored:
        for path in folder.rglob("*"):
            if path.is_file() and path.name != ENTRY_FILE:
                _place(path, bundle / path.relative_to(folder))
    (bundle / ENTRY_FILE).write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")


def run_pagefind(
    site_dir: Path,
    cache_dir: Path | None = None,
    period_size: int = PERIOD_ARTICLES,
    timeout: float = TIMEOUT,
) -> IndexReport:
    """Index the article pages of `site_dir` into `site_dir/pagefind/`, one index per period,
    reusing the periods kept in `cache_dir` (none: index everything); never raises on a
    Pagefind failure."""
    if cache_dir is None:
        with tempfile.TemporaryDirectory(prefix="manchette-search-") as scratch:
            return run_pagefind(site_dir, Path(scratch), period_size, timeout)
    executable = pagefind_executable()
    if executable is None:
        return IndexReport(
            False, message="the Pagefind binary is missing (pip install 'pagefind[bin]')"
        )
    bundle = site_dir / BUNDLE
    # A --dirty build keeps the old bundle: start clean so no stale chunk is served.
    shutil.rmtree(bundle, ignore_errors=True)
    version = pagefind_version()
    periods = plan_periods(site_dir, f"{version}\0{UNREAD}", period_size)
    if not periods:
        return IndexReport(True, message="no article page yet: the search index is empty")
    lang = periods[0].key.split("-x-")[0]
    cache_dir.mkdir(parents=True, exist_ok=True)
    common = cache_dir / f"common-{version}"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    indexed = 0
    try:
        for period in periods:
            stored = cache_dir / period.key
            if (stored / ENTRY_FILE).is_file() and common.is_dir():
                continue
            out = cache_dir / f"{period.key}.tmp"
            shutil.rmtree(out, ignore_errors=True)
            _run_one(executable, site_dir, period, out, timeout)
            sort_bundle(out)  # the same bytes from the same pages (see searchorder.py)
            _store(out, stored, common, period, lang)
            indexed += 1
        entries = [
            json.loads((cache_dir / p.key / ENTRY_FILE).read_text(encoding="utf-8"))
            for p in periods
        ]
        entry = {**entries[0], "languages": {}}
        for one in entries:
            entry["languages"].update(one["languages"])
        _assemble(bundle, common, [cache_dir / p.key for p in periods], entry)
    except (OSError, subprocess.TimeoutExpired, RuntimeError, ValueError, KeyError) as error:
        shutil.rmtree(bundle, ignore_errors=True)
        message = (
            str(error) if isinstance(error, RuntimeError) else f"Pagefind did not run: {error}"
        )
        return IndexReport(False, message=message)
    _forget_others(cache_dir, {p.key for p in periods} | {common.name})
    described = [
        {"key": p.key, "articles": p.articles, "first": p.first, "last": p.last} for p in periods
    ]
    listed = {"first_search_articles": period_size, "periods": described}
    (bundle / PERIODS_FILE).write_text(json.dumps(listed, ensure_ascii=False), encoding="utf-8")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return IndexReport(
        True,
        pages=sum(p.articles for p in periods),
        periods=len(periods),
        indexed=indexed,
        cpu_s=round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
        peak_mb=round(after.ru_maxrss / 1024),
    )


def _forget_others(cache_dir: Path, kept: set[str]) -> None:
    """Drop the cached periods that this build did not use (old versions of a period)."""
    for path in cache_dir.iterdir():
        if path.is_dir() and path.name not in kept:
            shutil.rmtree(path, ignore_errors=True)


def index_site(
    site_dir: Path,
    log: logging.Logger,
    cache_dir: Path | None = None,
    period_size: int = PERIOD_ARTICLES,
) -> None:
    """Index the article pages of `site_dir` with Pagefind, reusing the periods kept in
    `cache_dir`; a failure is a warning, not a crash."""
    if os.environ.get(LATER_ENV) == "later":
        log.info("search index: left for `python -m manchette.publish.search %s`", site_dir)
        return
    report = run_pagefind(Path(site_dir), cache_dir, period_size)
    if not report.ok:
        log.warning("search index not built: %s", report.message)
        return
    log.info("search index: %s", describe(report))


def describe(report: IndexReport) -> str:
    if report.message:
        return report.message
    return (
        f"{report.pages} pages in {report.periods} period(s), {report.indexed} indexed"
        " again, the others unchanged (Pagefind)"
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m manchette.publish.search SITE_DIR [CACHE_DIR]`: index an already built site."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) not in (1, 2) or not Path(args[0]).is_dir():
        print("usage: python -m manchette.publish.search SITE_DIR [CACHE_DIR]", file=sys.stderr)
        return 2
    report = run_pagefind(Path(args[0]), Path(args[1]) if len(args) == 2 else None)
    if not report.ok:
        print(f"search index not built: {report.message}", file=sys.stderr)
        return 1
    print(f"search index: {describe(report)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
