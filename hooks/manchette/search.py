"""Full-text search: the Pagefind index of the built site.

Pagefind reads the rendered HTML and writes a chunked index into `site/pagefind/`: the browser
then downloads only the chunks a query needs, not the whole archive. Only the elements marked
`data-pagefind-body` (the article pages) are indexed; the language, hence the French stemming,
comes from the pages' `<html lang>`.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"  # the index folder, relative to the site root (also the URL path)
# Read for filters and metadata but not as text: hidden elements (the year, the sort key),
# and the actor and theme labels of an article's header, which are facets: a query matches
# what the article says, and excerpts come from its text rather than from its labels.
UNREAD = '[hidden], [data-pagefind-filter="acteur"], [data-pagefind-filter="thème"]'
# Only the article pages (/articles/AAAA/MM/slug/, /articles/sans-date/slug/) are read: the
# other pages carry no data-pagefind-body, and not parsing them saves most of Pagefind's time.
ARTICLES_GLOB = "articles/*/**/*.{html}"
TIMEOUT = 1800
# MANCHETTE_SEARCH=later: the build leaves the index to `python -m manchette.search site/`, run
# after MkDocs has exited, so that Pagefind's memory (about 4 GB at 10,000 articles) does not
# add up with MkDocs' own.
LATER_ENV = "MANCHETTE_SEARCH"  # seconds; a 10,000-article site indexes in well under a minute


@dataclass(frozen=True)
class IndexReport:
    ok: bool
    pages: int = 0
    words: int = 0
    filters: int = 0
    message: str = ""


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


def pagefind_command(executable: Path, site_dir: Path) -> list[str]:
    return [
        *(str(executable), "--site", str(site_dir), "--output-subdir", BUNDLE),
        *("--glob", ARTICLES_GLOB),
        *("--exclude-selectors", UNREAD),
    ]


def _count(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    return int(found.group(1)) if found else 0


def run_pagefind(site_dir: Path, timeout: float = TIMEOUT) -> IndexReport:
    """Index `site_dir` into `site_dir/pagefind/`; never raises on a Pagefind failure."""
    executable = pagefind_executable()
    if executable is None:
        return IndexReport(
            False, message="the Pagefind binary is missing (pip install 'pagefind[bin]')"
        )
    bundle = site_dir / BUNDLE
    # A --dirty build keeps the old bundle: start clean so no stale chunk is served.
    shutil.rmtree(bundle, ignore_errors=True)
    if next((site_dir / "articles").glob("*/**/*.html"), None) is None:
        return IndexReport(True, message="no article page yet: the search index is empty")
    try:
        done = subprocess.run(
            pagefind_command(executable, site_dir),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        return IndexReport(False, message=f"Pagefind did not run: {error}")
    output = done.stdout + done.stderr
    if done.returncode != 0 or not (bundle / "pagefind.js").is_file():
        tail = " | ".join(line.strip() for line in output.strip().splitlines()[-5:])
        return IndexReport(False, message=f"Pagefind failed (exit {done.returncode}): {tail}")
    return IndexReport(
        True,
        pages=_count(r"Indexed (\d+) pages?", output),
        words=_count(r"Indexed (\d+) words?", output),
        filters=_count(r"Indexed (\d+) filters?", output),
    )


def index_site(site_dir: Path, log: logging.Logger) -> None:
    """Index the article pages of `site_dir` with Pagefind; a failure is a warning, not a crash."""
    if os.environ.get(LATER_ENV) == "later":
        log.info("search index: left for `python -m manchette.search %s`", site_dir)
        return
    report = run_pagefind(Path(site_dir))
    if not report.ok:
        log.warning("search index not built: %s", report.message)
        return
    if report.message:
        log.info("search index: %s", report.message)
        return
    log.info(
        "search index: %d pages, %d words, %d filters (Pagefind)",
        report.pages,
        report.words,
        report.filters,
    )


def main(argv: list[str] | None = None) -> int:
    """`python -m manchette.search SITE_DIR`: index an already built site."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python -m manchette.search SITE_DIR", file=sys.stderr)
        return 2
    report = run_pagefind(Path(args[0]))
    if not report.ok:
        print(f"search index not built: {report.message}", file=sys.stderr)
        return 1
    print(report.message or f"search index: {report.pages} pages, {report.words} words")
    return 0


if __name__ == "__main__":
    sys.exit(main())
