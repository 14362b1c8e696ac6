"""Site URLs of the generated pages (French words, directory style), from names alone.

Every URL is site-relative and ends with "/" ("" is the home page); `src_path` gives the
Markdown file MkDocs renders at that URL.
"""

from __future__ import annotations

from slugify import slugify

ARTICLES = "articles/"
ACTORS = "acteurs/"
THEMES = "themes/"
SOURCES = "sources/"
AUTHORS = "auteurs/"
CHRONOLOGY = "chronologie/"
UNDATED = "chronologie/sans-date/"


def name_slug(name: str) -> str:
    return slugify(name, max_length=80) or "sans-nom"


def author_url(name: str) -> str:
    return f"{AUTHORS}{name_slug(name)}/"


def source_url(name: str) -> str:
    return f"{SOURCES}{name_slug(name)}/"


def actor_url(slug: str) -> str:
    return f"{ACTORS}{slug}/"


def theme_url(slug: str) -> str:
    return f"{THEMES}{slug}/"


def month_url(year_month: str) -> str:
    """The page of one month of the chronology: "2025-03" -> "chronologie/2025/03/"."""
    return f"{CHRONOLOGY}{year_month[:4]}/{year_month[5:7]}/"


def feed_url(page_url: str) -> str:
    """The Atom feed written beside an actor's or theme's page (see feeds.py)."""
    return f"{page_url}feed.xml"


def page_url(first: str, number: int) -> str:
    """Page `number` (1-based) of a paginated list whose first page is at `first`."""
    return first if number <= 1 else f"{first}page/{number}/"


def src_path(url: str) -> str:
    """The Markdown file for a directory URL: "a/b/" -> "a/b.md", "a/" index -> "a/index.md"."""
    if not url:
        return "index.md"
    if url.count("/") == 1:  # a section's index, e.g. "acteurs/"
        return url + "index.md"
    return url.rstrip("/") + ".md"
