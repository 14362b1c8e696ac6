"""Full-text search: the Pagefind index of the built site, cut into periods.

Pagefind reads the rendered HTML and writes a chunked index into `site/pagefind/`: the browser
then downloads only the chunks a query needs, not the whole archive. Only the elements marked
`data-pagefind-body` (the article pages) are indexed, with French stemming.

Why periods: the index chunk of a word holds every place where the word occurs, and Pagefind
ranks every page that has it. In an archive about Russia, "russie" is in nearly every article:
at 10,000 articles its chunk weighs about 260 KB and ranking it takes half a second. So the
archive is indexed in periods of about `PERIOD_ARTICLES` articles (whole months, newest
first), each its own index inside the one bundle (Pagefind's per-language indexes, under
private-use language tags such as `fr-x-p1`, all with the French stemmer). The search page asks
the newest period first and goes back in time as far as the reader needs; `periods.json`
tells it which periods there are.
"""

from __future__ import annotations

import json
import logging
import os
import re
import resource
import shutil
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

BUNDLE = "pagefind"  # the index folder, relative to the site root (also the URL path)
PERIODS_FILE = "periods.json"  # read by docs/assets/search.js
# About 2,000 articles per period: a very frequent word then costs the reader tens of
# kilobytes and about 100 ms per period, and a rare word searched through every period of a
# 10,000-article archive stays under 300 KB.
PERIOD_ARTICLES = 2000
UNDATED = "sans-date"  # articles/sans-date/slug/: articles without a date
# Read for filters and metadata but not as text: hidden elements (the year, the sort key),
# and the actor and theme labels of an article's header, which are facets: a query matches
# what the article says, and excerpts come from its text rather than from its labels.
UNREAD = '[hidden], [data-pagefind-filter="acteur"], [data-pagefind-filter="thème"]'
ARTICLE_DIR = re.compile(r"(\d{4}/\d{2}|" + UNDATED + r")/[^/]+")  # under articles/
LANG_RE = re.compile(r'<html\b[^>]*\blang="([^"]+)"', re.I)
TIMEOUT = 1800  # seconds; a 10,000-article site indexes in well under a minute
# MANCHETTE_SEARCH=later: the build leaves the index to `python -m manchette.search site/`, run
# after MkDocs has exited, so that Pagefind's memory does not add up with MkDocs' own.
LATER_ENV = "MANCHETTE_SEARCH"


@dataclass(frozen=True)
class Period:
    """Consecutive months of the archive (newest first), indexed on their own."""

    key: str  # the index's language tag, e.g. "fr-x-p1"
    months: tuple[str, ...]  # "2025/12", ...; UNDATED for the articles without a date
    articles: int

    @property
    def first(self) -> str:  # oldest dated month, "AAAA-MM" ("" if only undated articles)
        dated = [m for m in self.months if m != UNDATED]
        return dated[-1].replace("/", "-") if dated else ""

    @property
    def last(self) -> str:  # newest dated month
        dated = [m for m in self.months if m != UNDATED]
        return dated[0].replace("/", "-") if dated else ""

    def glob(self) -> str:
        """The article pages of the period, for Pagefind's --glob."""
        return "articles/{" + ",".join(self.months) + "}/*/index.html"


@dataclass(frozen=True)
class IndexReport:
    ok: bool
    pages: int = 0
    words: int = 0
    filters: int = 0
    periods: int = 0
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


def article_months(site_dir: Path) -> tuple[Counter[str], str]:
    """How many article pages each month folder holds, and the pages' language."""
    counts: Counter[str] = Counter()
    lang = ""
    articles = site_dir / "articles"
    for page in articles.glob("*/**/index.html") if articles.is_dir() else ():
        found = ARTICLE_DIR.fullmatch(page.parent.relative_to(articles).as_posix())
        if found:
            counts[found.group(1)] += 1
            if not lang:
                head = LANG_RE.search(page.read_text(encoding="utf-8", errors="replace")[:2000])
                lang = head.group(1).split("-")[0].lower() if head else ""
    return counts, lang or "fr"


def plan_periods(counts: Counter[str], lang: str, size: int = PERIOD_ARTICLES) -> list[Period]:
    """Whole months, newest first, about `size` articles per period; the undated articles go
    with the oldest ones (the search page lists them after the dated ones)."""
    groups: list[list[str]] = []
    total = 0
    for month in sorted((m for m in counts if m != UNDATED), reverse=True):
        if not groups or total >= size:
            groups.append([])
            total = 0
        groups[-1].append(month)
        total += counts[month]
    if counts[UNDATED]:
        if groups:
            groups[-1].append(UNDATED)
        else:
            groups.append([UNDATED])
    return [
        Period(f"{lang}-x-p{i}", tuple(months), sum(counts[m] for m in months))
        for i, months in enumerate(groups, 1)
    ]


def _count(pattern: str, text: str) -> int:
    found = re.search(pattern, text)
    return int(found.group(1)) if found else 0


def _run_one(executable: Path, site_dir: Path, period: Period, timeout: float) -> str:
    """Index one period into the bundle; returns Pagefind's output, raises on failure."""
    command = [
        *(str(executable), "--site", str(site_dir), "--output-path", str(site_dir / BUNDLE)),
        *("--glob", period.glob(), "--force-language", period.key),
        *("--exclude-selectors", UNREAD),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    output = done.stdout + done.stderr
    entry = site_dir / BUNDLE / "pagefind-entry.json"
    if done.returncode != 0 or not entry.is_file():
        tail = " | ".join(line.strip() for line in output.strip().splitlines()[-5:])
        raise RuntimeError(f"Pagefind failed (exit {done.returncode}): {tail}")
    return output


def _share_one_webassembly(bundle: Path, entry: dict, lang: str) -> None:
    """Each period's index names its own copy of the (identical) French WebAssembly; point
    them all at one file, so that the browser downloads it once."""
    shared = bundle / f"wasm.{lang}.pagefind"
    for index in entry["languages"].values():
        own = bundle / f"wasm.{index['wasm']}.pagefind"
        if not shared.exists():
            own.rename(shared)
        elif own != shared and own.read_bytes() == shared.read_bytes():
            own.unlink()
        else:
            continue
        index["wasm"] = lang


def run_pagefind(
    site_dir: Path, period_size: int = PERIOD_ARTICLES, timeout: float = TIMEOUT
) -> IndexReport:
    """Index the article pages of `site_dir` into `site_dir/pagefind/`, one index per period;
    never raises on a Pagefind failure."""
    executable = pagefind_executable()
    if executable is None:
        return IndexReport(
            False, message="the Pagefind binary is missing (pip install 'pagefind[bin]')"
        )
    bundle = site_dir / BUNDLE
    # A --dirty build keeps the old bundle: start clean so no stale chunk is served.
    shutil.rmtree(bundle, ignore_errors=True)
    counts, lang = article_months(site_dir)
    if not counts:
        return IndexReport(True, message="no article page yet: the search index is empty")
    periods = plan_periods(counts, lang, period_size)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    languages: dict[str, dict] = {}
    outputs = []
    try:
        for period in periods:
            outputs.append(_run_one(executable, site_dir, period, timeout))
            # Each run writes an entry file naming only its own index: keep them all.
            entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
            languages.update(entry["languages"])
    except (OSError, subprocess.TimeoutExpired, RuntimeError, ValueError, KeyError) as error:
        shutil.rmtree(bundle, ignore_errors=True)
        message = (
            str(error) if isinstance(error, RuntimeError) else f"Pagefind did not run: {error}"
        )
        return IndexReport(False, message=message)
    entry["languages"] = languages
    _share_one_webassembly(bundle, entry, lang)
    (bundle / "pagefind-entry.json").write_text(json.dumps(entry, ensure_ascii=False), "utf-8")
    described = [
        {"key": p.key, "articles": p.articles, "first": p.first, "last": p.last} for p in periods
    ]
    (bundle / PERIODS_FILE).write_text(
        json.dumps({"periods": described}, ensure_ascii=False), encoding="utf-8"
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return IndexReport(
        True,
        pages=sum(_count(r"Indexed (\d+) pages?", out) for out in outputs),
        words=sum(_count(r"Indexed (\d+) words?", out) for out in outputs),
        filters=max(_count(r"Indexed (\d+) filters?", out) for out in outputs),
        periods=len(periods),
        cpu_s=round(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime, 1),
        peak_mb=round(after.ru_maxrss / 1024),
    )


def index_site(site_dir: Path, log: logging.Logger, period_size: int = PERIOD_ARTICLES) -> None:
    """Index the article pages of `site_dir` with Pagefind; a failure is a warning, not a crash."""
    if os.environ.get(LATER_ENV) == "later":
        log.info("search index: left for `python -m manchette.search %s`", site_dir)
        return
    report = run_pagefind(Path(site_dir), period_size)
    if not report.ok:
        log.warning("search index not built: %s", report.message)
        return
    if report.message:
        log.info("search index: %s", report.message)
        return
    log.info(
        "search index: %d pages, %d words, %d filters, %d period(s) (Pagefind)",
        report.pages,
        report.words,
        report.filters,
        report.periods,
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
    print(
        report.message
        or f"search index: {report.pages} pages, {report.words} words, {report.periods} period(s)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
