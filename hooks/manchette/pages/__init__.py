"""Archive -> generated Markdown pages (relative path under the build folder -> text)."""

from __future__ import annotations

from ..archive import Archive
from ..project import Project
from .article import render_article
from .indexes import render_articles_index, render_home
from .urls import src_path

# Index pages whose renderers are not written yet.
PLACEHOLDERS = {
    "chronologie": "Chronologie",
    "acteurs": "Acteurs",
    "themes": "Thèmes",
    "sources": "Sources",
    "auteurs": "Auteurs",
}


def render_pages(archive: Archive, project: Project) -> dict[str, str]:
    pages: dict[str, str] = {}
    published = archive.published()
    dated = [a for a in published if a.date]
    for article in published:
        neighbours = (None, None)
        if article.date:
            i = dated.index(article)
            older = dated[i + 1] if i + 1 < len(dated) else None
            newer = dated[i - 1] if i > 0 else None
            neighbours = (older, newer)
        pages[src_path(article.url)] = render_article(article, archive, neighbours)
    pages["articles/index.md"] = render_articles_index(archive)
    pages["index.md"] = render_home(archive, project)
    for folder, title in PLACEHOLDERS.items():
        pages.setdefault(f"{folder}/index.md", f"# {title}\n")
    return pages
