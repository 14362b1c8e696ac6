"""The list of all articles (/articles/): newest first, then the undated ones, 100 per page."""

from __future__ import annotations

from .catalog import Catalog
from .common import front_matter, link, page_text, plural
from .listing import article_list, page_note, pager, paginate
from .rawhtml import assemble
from .urls import ARTICLES, CHRONOLOGY, src_path

PER_PAGE = 100


def render_articles_index(cat: Catalog) -> dict[str, str]:
    pages = {}
    count = len(cat.published)
    for page in paginate(ARTICLES, cat.published, PER_PAGE, PER_PAGE):
        here = page.url
        title = "Articles" if page.number == 1 else f"Articles, page {page.number}"
        intro = (
            f"{plural(count, 'article')}, du plus récent au plus ancien ; les articles sans date "
            f"suivent. Mois par mois : la {link(here, CHRONOLOGY, 'chronologie')}."
        )
        body = [
            f"# {title}",
            f'<p class="mc-count">{intro}</p>',
            page_note(page, count),
            article_list(here, cat, page.items),
            pager(here, page, ARTICLES),
        ]
        pages[src_path(here)] = front_matter(page_text({"title": title}), assemble(body))
    return pages
