"""The periods of the search index: which article pages each one holds, and its name.

A period is whole months of the archive, about `PERIOD_ARTICLES` articles. Periods are counted
from the oldest month, so that new articles (which are mostly recent) only change the newest
period: the others keep their pages, hence their name (a digest of what Pagefind reads in
them), hence their index, which a rebuild can reuse. Undated articles go with the oldest
period.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

# About 1,000 articles per period. A new query searches the newest periods until it covers
# that many articles (the newest period may be small): at most about 2,200 articles, so that
# a word found in nearly every article costs at most about 300 KB and 500 ms, whatever the
# size of the archive. Small periods also keep cheap the rebuild that adds an article.
PERIOD_ARTICLES = 1000
UNDATED = "sans-date"  # articles/sans-date/slug/: articles without a date
ARTICLE_DIR = re.compile(r"(\d{4}/\d{2}|" + UNDATED + r")/[^/]+")  # under articles/
LANG_RE = re.compile(r'<html\b[^>]*\blang="([^"]+)"', re.I)
TAG_RE = re.compile(r"<(\w+)")


@dataclass(frozen=True)
class Period:
    """Consecutive months of the archive, indexed on their own."""

    key: str  # the index's language tag: "fr-x-" + a digest of the period's pages
    months: tuple[str, ...]  # newest first: "2025/12", ...; UNDATED last if any
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


def article_pages(site_dir: Path) -> dict[str, list[Path]]:
    """The article pages of a built site by month folder ("2025/02", UNDATED)."""
    pages: dict[str, list[Path]] = {}
    articles = site_dir / "articles"
    for page in sorted(articles.glob("*/**/index.html")) if articles.is_dir() else ():
        found = ARTICLE_DIR.fullmatch(page.parent.relative_to(articles).as_posix())
        if found:
            pages.setdefault(found.group(1), []).append(page)
    return pages


def group_months(counts: Counter[str], size: int = PERIOD_ARTICLES) -> list[list[str]]:
    """Months in periods of at least `size` articles counted from the oldest (the newest
    period holds what is left), newest period first, each newest month first; the undated
    articles go with the oldest period."""
    groups: list[list[str]] = []
    total = 0
    for month in sorted(m for m in counts if m != UNDATED):
        if not groups or total >= size:
            groups.append([])
            total = 0
        groups[-1].append(month)
        total += counts[month]
    if counts[UNDATED]:
        if not groups:
            groups.append([])
        groups[0].append(UNDATED)
    return [sorted(g, key=lambda m: (m != UNDATED, m), reverse=True) for g in reversed(groups)]


def element_end(html: str, start: int) -> int:
    """Index just after the element that opens at `start` (same-name nesting counted)."""
    tag = TAG_RE.match(html, start).group(1)
    depth, pos = 0, start
    for found in re.compile(rf"<(/?){tag}\b[^>]*>").finditer(html, start):
        depth += -1 if found.group(1) else 1
        pos = found.end()
        if depth == 0:
            return pos
    return pos


def indexed_part(html: str) -> str:
    """What Pagefind reads in a page: its data-pagefind-body element without the elements
    marked data-pagefind-ignore. A new article changes the boxes around its neighbours
    ("À lire aussi", previous and next), not this: their period need not be indexed again.
    (Plain string search: a regular expression over every tag took seconds at 10,000 pages.)"""
    marker = html.find("data-pagefind-body")
    if marker < 0:
        return html
    start = html.rfind("<", 0, marker)
    part = html[start : element_end(html, start)]
    kept, pos, scan = [], 0, 0
    while (marker := part.find("data-pagefind-ignore", scan)) >= 0:
        tag = part.rfind("<", pos, marker)
        if tag < 0 or ">" in part[tag:marker]:  # words of the text, not an attribute
            scan = marker + 1
            continue
        kept.append(part[pos:tag])
        pos = scan = element_end(part, tag)
    kept.append(part[pos:])
    return "".join(kept)


def page_language(page: Path) -> str:
    """The primary language of a page's <html lang> ("fr" when it has none)."""
    head = LANG_RE.search(page.read_text(encoding="utf-8", errors="replace")[:2000])
    return head.group(1).split("-")[0].lower() if head else "fr"


def plan_periods(site_dir: Path, salt: str, size: int = PERIOD_ARTICLES) -> list[Period]:
    """The periods of the site's article pages, newest first. A period's key changes when
    what Pagefind reads in its pages (or `salt`: what else shapes an index) changes."""
    pages = article_pages(site_dir)
    if not pages:
        return []
    lang = page_language(next(iter(pages.values()))[0])
    periods = []
    for months in group_months(Counter({m: len(p) for m, p in pages.items()}), size):
        digest = hashlib.sha1(salt.encode())
        for month in months:
            for page in pages[month]:
                digest.update(page.relative_to(site_dir).as_posix().encode() + b"\0")
                html = page.read_text(encoding="utf-8", errors="replace")
                digest.update(hashlib.sha1(indexed_part(html).encode()).digest())
        key = f"{lang}-x-{digest.hexdigest()[:8]}"
        periods.append(Period(key, tuple(months), sum(len(pages[m]) for m in months)))
    return periods
