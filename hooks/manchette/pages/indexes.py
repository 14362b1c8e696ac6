"""Index pages: the list of all articles and the home page."""

from __future__ import annotations

from ..archive import Archive
from ..model import Article
from ..project import Project
from .common import esc, french_date, front_matter, plural, rel


def article_item(here: str, article: Article) -> str:
    """One line of an article list: date, title, source, authors."""
    meta = [esc(french_date(article.date))]
    if article.source:
        meta.append(esc(article.source))
    if article.authors:
        meta.append(esc(", ".join(article.authors)))
    return (
        f'<li class="mc-item"><a href="{esc(rel(here, article.url))}">{esc(article.title)}</a>'
        f'<span class="mc-item-meta">{" · ".join(meta)}</span></li>'
    )


def article_list(here: str, articles: list[Article]) -> str:
    return (
        '<ul class="mc-list">\n' + "\n".join(article_item(here, a) for a in articles) + "\n</ul>\n"
    )


def render_articles_index(archive: Archive) -> str:
    here = "articles/"
    published = archive.published()
    body = f'# Articles\n\n<p class="mc-count">{plural(len(published), "article")}, du plus récent au plus ancien ; les articles sans date suivent.</p>\n\n'
    body += article_list(here, published)
    return front_matter({"title": "Articles"}, body)


def render_home(archive: Archive, project: Project) -> str:
    here = ""
    published = archive.published()
    body = "# Manchette\n\n"
    body += f'<p class="mc-count">{plural(len(published), "article")} dans l\'archive.</p>\n\n'
    body += "## Derniers articles\n\n" + article_list(here, published[:10])
    return front_matter({"title": "Accueil"}, body)
