"""Building blocks of the index pages: article lists, counted lists, pagination, A-Z jumps."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from ..model import Article
from .catalog import Catalog
from .common import esc, french_date, link, plural, rel
from .urls import page_url

PER_PAGE = 50  # articles on a list's first page: every list page stays small whatever the archive
PER_PAGE_MORE = 100  # on its next pages
CONTEXT_MAX = 320  # characters of context shown under an article on an actor's page
TITLE_LINK = 'class="mc-item-title"'


def article_item(
    here: str, cat: Catalog, article: Article, context: str | None = None, show_source: bool = True
) -> str:
    """One line of an article list: title, then date · source · authors, then the context.

    An article is listed on many pages (its actors', themes', source's, month's...): the line
    is built once per depth of page and reused, its link written from the site's root."""
    up = "../" * here.count("/")
    key = (up, article.id, show_source)
    line = cat.item_cache.get(key)
    if line is None:
        line = cat.item_cache[key] = _item(up, cat, article, show_source)
    if context:
        text = context if len(context) <= CONTEXT_MAX else context[: CONTEXT_MAX - 1] + "…"
        return f'{line}<span class="mc-item-context">{esc(text)}</span></li>'
    return line + "</li>"


def _item(up: str, cat: Catalog, article: Article, show_source: bool) -> str:
    target = cat.original(article)
    date = (
        f'<time datetime="{esc(article.date)}">{esc(french_date(article.date))}</time>'
        if article.date
        else '<span class="mc-undated">sans date</span>'
    )
    meta = [date]
    if article.source and show_source:
        meta.append(f'<span class="mc-source">{esc(article.source)}</span>')
    if article.authors:
        meta.append(esc(", ".join(article.authors)))
    if target is not article:
        meta.append(f"reprise de « {esc(target.title)} »")
    return (
        f'<li class="mc-item"><a href="{esc(up + target.url)}" {TITLE_LINK}>{esc(article.title)}</a>'
        f'<span class="mc-item-meta">{" · ".join(meta)}</span>'
    )


def article_list(
    here: str,
    cat: Catalog,
    articles: Sequence[Article],
    contexts: dict[str, str] | None = None,
    show_source: bool = True,
) -> str:
    if not articles:
        return '<p class="mc-empty">Aucun article.</p>\n'
    items = "\n".join(
        article_item(here, cat, a, (contexts or {}).get(a.id), show_source) for a in articles
    )
    return f'<ul class="mc-list">\n{items}\n</ul>\n'


def top(counts: Mapping[str, int], n: int | None, name: Callable[[str], str]) -> list[tuple]:
    """The `n` largest counts (all if None), most first, ties by name: (key, count) pairs.
    A partial sort: an actor seen with thousands of others costs little more than one seen
    with ten."""
    key = lambda kv: (-kv[1], name(kv[0]).lower())  # noqa: E731
    if n is None:
        return sorted(counts.items(), key=key)
    return heapq.nsmallest(n, counts.items(), key=key)


def count_list(here: str, entries: Sequence[tuple[str, str, int]], cls: str = "") -> str:
    """Names with their number of articles: entries are (url, name, count)."""
    if not entries:
        return '<p class="mc-empty">Aucun.</p>\n'
    items = "\n".join(
        f'<li>{link(here, url, name)} <span class="mc-n" title="{esc(plural(n, "article"))}">{n}</span></li>'
        for url, name, n in entries
    )
    classes = f"mc-counts {cls}".strip()
    return f'<ul class="{classes}">\n{items}\n</ul>\n'


@dataclass
class Page:
    """One page of a paginated list."""

    url: str
    number: int
    total: int
    items: Sequence[Article]
    start: int  # 1-based rank of the first item


def paginate(
    first: str, items: Sequence[Article], per_page: int = PER_PAGE, more: int = PER_PAGE_MORE
) -> list[Page]:
    """Split `items` into pages: `first` with `per_page` items (the page with the overview),
    then `first`page/2/, page/3/... with `more` each (plain lists: fewer, longer pages)."""
    pages = [Page(first, 1, 1, items[:per_page], 1)]
    for start in range(per_page, len(items), more):
        n = len(pages) + 1
        pages.append(Page(page_url(first, n), n, 1, items[start : start + more], start + 1))
    for page in pages:
        page.total = len(pages)
    return pages


def pager(here: str, page: Page, first: str) -> str:
    """Links to the other pages of a list (first, previous, numbers around, next, last)."""
    if page.total <= 1:
        return ""
    numbers = sorted(
        {1, page.total, *range(max(1, page.number - 2), min(page.total, page.number + 2) + 1)}
    )
    parts = []
    if page.number > 1:
        parts.append(
            f'<a rel="prev" href="{esc(rel(here, page_url(first, page.number - 1)))}">← Plus récents</a>'
        )
    last = 0
    for n in numbers:
        if n - last > 1:
            parts.append('<span class="mc-gap">…</span>')
        if n == page.number:
            parts.append(f'<span aria-current="page">{n}</span>')
        else:
            parts.append(f'<a href="{esc(rel(here, page_url(first, n)))}">{n}</a>')
        last = n
    if page.number < page.total:
        parts.append(
            f'<a rel="next" href="{esc(rel(here, page_url(first, page.number + 1)))}">Plus anciens →</a>'
        )
    return f'<nav class="mc-pager" aria-label="Pages de la liste">{" ".join(parts)}</nav>\n'


def page_note(page: Page, count: int) -> str:
    """ "Articles 51 to 100 of 240" under a paginated list's heading."""
    if page.total <= 1:
        return ""
    end = page.start + len(page.items) - 1
    return (
        f'<p class="mc-count">Page {page.number} sur {page.total} : '
        f"articles {page.start} à {end} sur {count}.</p>\n"
    )


def jump_list(letters: Sequence[str], prefix: str) -> str:
    """A-Z links to the letter sections of the same page (ids `prefix`-A...)."""
    if len(letters) < 2:
        return ""
    links = " ".join(f'<a href="#{letter_id(prefix, x)}">{esc(x)}</a>' for x in letters)
    return f'<nav class="mc-jump" aria-label="Aller à la lettre">{links}</nav>\n'


def az_list(here: str, by_letter: dict[str, list[tuple[str, str, int]]], prefix: str) -> str:
    """One multi-column list, like a book's index: each letter, then its names with counts."""
    items = []
    for letter, entries in by_letter.items():
        label = "Autres" if letter == "#" else letter
        items.append(f'<li class="mc-letter" id="{letter_id(prefix, letter)}">{esc(label)}</li>')
        items.extend(
            f'<li>{link(here, url, name)} <span class="mc-n">{n}</span></li>'
            for url, name, n in entries
        )
    return '<ul class="mc-counts mc-columns mc-az">\n' + "\n".join(items) + "\n</ul>\n"


def letter_id(prefix: str, letter: str) -> str:
    return f"{prefix}-{'autres' if letter == '#' else letter.lower()}"
