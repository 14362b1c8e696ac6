"""Archive -> generated Markdown pages (path under the build folder -> text).

The catalog (every list the pages show) is computed once; each renderer then only reads what
its own page shows, so the whole step is linear in the size of the archive.
"""

from __future__ import annotations

from ..archive import Archive
from ..project import Project
from .actors import render_actor, render_actor_index
from .article import render_article
from .catalog import Catalog, build_catalog
from .chronology import render_chronology
from .citation import citation_files
from .home import render_home
from .indexes import render_articles_index
from .siteinfo import site_info
from .sources import render_author, render_author_index, render_source, render_source_index
from .themes import render_theme, render_theme_index
from .urls import src_path


def render_pages(archive: Archive, project: Project) -> dict[str, str]:
    cat = build_catalog(archive, site_info(project))
    pages: dict[str, str] = {}
    for article in cat.published:
        pages[src_path(article.url)] = render_article(article, cat)
        pages.update(citation_files(article, cat.site))
    pages.update(index_pages(cat, project))
    return pages


def index_pages(cat: Catalog, project: Project) -> dict[str, str]:
    pages = {"index.md": render_home(cat, project)}
    pages.update(render_articles_index(cat))
    pages.update(render_chronology(cat))
    pages.update(render_actor_index(cat))
    for actor in cat.archive.actors.values():
        pages.update(render_actor(cat, actor))
    pages.update(render_theme_index(cat))
    for theme in cat.archive.themes.values():
        pages.update(render_theme(cat, theme))
    pages.update(render_source_index(cat))
    for group in cat.sources.values():
        pages.update(render_source(cat, group))
    pages.update(render_author_index(cat))
    for group in cat.authors.values():
        pages.update(render_author(cat, group))
    return pages
